// Time to first paint of the window on a large workspace: 100,000 examples x 6 steps.
// Prints the time until the window first paints, and until it shows the run (examples table filled,
// graph laid out). Target: under 1 s for the window to show the run.
//   fapo-bench-window [--examples N]   (run with QT_QPA_PLATFORM=offscreen on a machine without display)
#include "widgets/examplespanel.h"
#include "core/formats/pipelineloader.h"
#include "widgets/graph/graphscene.h"
#include "widgets/mainwindow.h"
#include "core/session/studiosession.h"
#include "core/runview/cellstate.h"
#include "core/workspace/workspace.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace fapo;

namespace {

// Writes the workspace straight through SQL in one transaction: generating it is not what we measure.
bool generate(const QString& dir, const QString& path, int examples)
{
    const QByteArray source = "{\"format\": \"fapo.pipeline/1\", \"name\": \"large\", \"steps\": ["
                              "{\"id\": \"clean\", \"kind\": \"transform\", \"template\": \"{{input.question}}\"},"
                              "{\"id\": \"rewrite\", \"kind\": \"transform\", \"template\": \"{{clean}}\"},"
                              "{\"id\": \"retrieve\", \"kind\": \"transform\", \"template\": \"{{rewrite}}\"},"
                              "{\"id\": \"extract\", \"kind\": \"transform\", \"template\": \"{{retrieve}} {{input.question}}\"},"
                              "{\"id\": \"reason\", \"kind\": \"transform\", \"template\": \"{{extract}}\"},"
                              "{\"id\": \"answer\", \"kind\": \"transform\", \"template\": \"{{reason}} {{retrieve}}\"}]}";
    PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/large.json"), source);
    if (!load.pipeline)
        return false;
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws)
        return false;
    Dataset dataset;
    dataset.path = dir + QStringLiteral("/large.jsonl");
    dataset.hash = QStringLiteral("large-%1").arg(examples);
    const qint64 pipelineId = ws->storePipeline(*load.pipeline);
    const qint64 datasetId = ws->storeDataset(dataset);
    const qint64 runId = ws->createRun(pipelineId, datasetId, examples, nlohmann::json::object());
    QSqlDatabase db = ws->database();
    db.transaction();
    QSqlQuery ex(db), rec(db), inp(db);
    // As the runner stores them: each example with its packed cells (runview/cellstate.h).
    ex.prepare(QStringLiteral("INSERT INTO examples (run_id, example_id, position, status, score, metrics, final_output, "
                              "input_tokens, output_tokens, cost_usd, latency_ms, cells) VALUES (?,?,?,?,?,'[]','',?,?,?,?,?)"));
    rec.prepare(QStringLiteral(
        "INSERT INTO step_records (run_id, example_id, step_id, kind, prompt, output, passed, error, "
        "duration_ms, input_tokens, output_tokens, cost_usd, called, cache_hit) VALUES (?,?,?,'transform','p','o',?,?,3,0,0,0,0,0)"));
    inp.prepare(QStringLiteral("INSERT INTO dataset_examples (dataset_id, position, example_id, input) VALUES (?,?,?,?)"));
    const QStringList steps = load.pipeline->graph.steps;
    for (int i = 0; i < examples; ++i) {
        const QString id = QStringLiteral("ex%1").arg(i, 6, 10, QLatin1Char('0'));
        const int failingStep = i % 3 == 0 ? (i / 3) % 6 : -1; // a third fail, at varying steps
        QStringList cells;
        for (int s = 0; s < steps.size(); ++s)
            cells << QString::number(s * 4 + int(s == failingStep ? CellState::CheckFailed : CellState::Passed));
        for (const QVariant& v : QVariantList { runId, id, i, failingStep < 0 ? QStringLiteral("passed") : QStringLiteral("failed"),
                                                failingStep < 0 ? 1.0 : 0.0, 120, 30, 0.0004, 850, cells.join(QLatin1Char(',')) })
            ex.addBindValue(v);
        ex.exec();
        for (const QVariant& v : QVariantList { datasetId, i, id, QStringLiteral("{\"question\": \"question number %1\"}").arg(i) })
            inp.addBindValue(v);
        inp.exec();
        for (int s = 0; s < steps.size(); ++s) {
            const bool failed = s == failingStep;
            for (const QVariant& v : QVariantList { runId, id, steps[s], !failed, QVariant() })
                rec.addBindValue(v);
            rec.exec();
        }
    }
    db.commit();
    ws->setRunStatus(runId, RunStatus::Done);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("examples"), QStringLiteral("Examples (default 100000)."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.process(app);
    const int examples = parser.value(QStringLiteral("examples")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.fapo"));
    QElapsedTimer clock;
    clock.start();
    if (!generate(dir.path(), path, examples)) {
        std::fprintf(stderr, "cannot generate the workspace\n");
        return 1;
    }
    std::printf("window first paint: %d examples x 6 steps (generated in %lld ms)\n", examples, static_cast<long long>(clock.elapsed()));

    {
        QString error;
        auto ws = Workspace::open(path, &error);
        clock.restart();
        const auto snapshot = RunSnapshot::load(*ws, 0, &error, false);
        std::printf("  loading the run snapshot alone (rows and cells; input previews follow): %lld ms\n",
                    static_cast<long long>(clock.elapsed()));
    }
    MainWindow window(MainWindow::Mode::Unattended);
    window.resize(1600, 1000);
    clock.restart();
    window.show();
    window.openFile(path);
    window.grab(); // forces a full paint, as the first frame on screen
    const qint64 firstPaint = clock.elapsed();
    QEventLoop loop;
    QObject::connect(window.session(), &StudioSession::snapshotLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (window.graphScene()->isLayoutPending()) {
        QEventLoop layout;
        QObject::connect(window.graphScene(), &GraphScene::layoutApplied, &layout, &QEventLoop::quit);
        QTimer::singleShot(30000, &layout, &QEventLoop::quit);
        layout.exec();
    }
    window.grab(); // the frame that shows the run
    const qint64 shown = clock.elapsed();
    const int rows = window.examplesPanel()->table()->model()->rowCount();
    std::printf("  first paint %lld ms; run shown (%d rows, graph laid out) %lld ms (target < 1000 ms)\n",
                static_cast<long long>(firstPaint), rows, static_cast<long long>(shown));

    // Scrolling: page through the table and time the repaints.
    QTableView* table = window.examplesPanel()->table();
    clock.restart();
    for (int i = 0; i < 50; ++i) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() * i / 50);
        table->viewport()->grab();
    }
    std::printf("  scrolling: 50 jumps through %d rows, %.1f ms per repaint\n", rows, double(clock.elapsed()) / 50.0);
    return rows == examples ? 0 : 1;
}
