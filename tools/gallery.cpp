// fapo-gallery OUTDIR [PIPELINE DATASET]: pictures of the window and of every inspector tab, light and
// dark, at narrow and wide dock widths, for a person to look at after changing a view. It runs the
// pipeline (default: the bundled example, with its scripted model) in a temporary copy, so no
// workspace lands next to the sources. Not a test: it checks nothing, it only draws.
#include "widgets/appearance.h"
#include "widgets/examplespanel.h"
#include "widgets/graph/graphscene.h"
#include "widgets/inspector/stepinspector.h"
#include "core/jobs/waitforsignal.h"
#include "widgets/mainwindow.h"
#include "widgets/rundialog.h"
#include "widgets/statusline.h"
#include "core/session/sessionprompter.h"
#include "core/session/studiosession.h"
#include "core/translations.h"
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>

using namespace fapo;

namespace {

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    QCoreApplication::processEvents(); // pending layouts, as the event loop would
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "fapo-gallery: cannot write %s\n", qUtf8Printable(path));
        return false;
    }
    std::printf("%s\n", qUtf8Printable(path));
    return true;
}

// A copy of the pipeline's folder (its corpus and rules files come along).
QString copyFolder(const QString& pipeline, const QTemporaryDir& into)
{
    const QDir source = QFileInfo(pipeline).absoluteDir();
    for (const QString& f : source.entryList(QDir::Files))
        if (!f.contains(QLatin1String(".fapo")))
            QFile::copy(source.filePath(f), into.filePath(f));
    return into.filePath(QFileInfo(pipeline).fileName());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fapo-gallery"));
    installTranslations(app);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() == 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: fapo-gallery OUTDIR [PIPELINE DATASET]\n");
        return 2;
    }
    const QDir out(args[0]);
    QDir().mkpath(out.path());
    const QString example = QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop/");
    QTemporaryDir work;
    const QString pipeline = copyFolder(args.size() == 3 ? args[1] : example + QStringLiteral("pipeline.json"), work);
    const QString dataset = args.size() == 3 ? QFileInfo(args[2]).absoluteFilePath() : example + QStringLiteral("dataset.jsonl");

    MainWindow window(MainWindow::Mode::Unattended);
    window.resize(1600, 1000);
    window.show();
    QString error;
    if (!window.openFile(pipeline, &error) || !window.session()->runDataset(dataset, &error)) {
        std::fprintf(stderr, "fapo-gallery: %s\n", qUtf8Printable(error));
        return 2;
    }
    if (!waitForSignal(window.session(), &StudioSession::snapshotLoaded, 60000)) {
        std::fprintf(stderr, "fapo-gallery: the run did not load\n");
        return 1;
    }
    window.examplesPanel()->selectFirstFailure();
    if (window.graphScene()->isLayoutPending())
        waitForSignal(window.graphScene(), &GraphScene::layoutApplied, 20000);

    bool ok = true;
    const QPalette light = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        for (const auto& [view, name] :
             { std::pair { MainWindow::View::Graph, "window-graph" }, std::pair { MainWindow::View::Charts, "window-charts" },
               std::pair { MainWindow::View::Matrix, "window-matrix" } }) {
            window.showView(view);
            ok &= save(&window, out, QLatin1String(name) + suffix);
        }
        // The inspector alone, at the dock's width, narrower and wider, on each tab.
        StepInspector* inspector = window.inspector();
        for (const int width : { 380, 520, 900 }) {
            auto* dock = qobject_cast<QDockWidget*>(inspector->parentWidget());
            dock->setFloating(true); // its own size, whatever the window's layout
            dock->resize(width, 760);
            dock->show();
            for (const auto& [tab, name] :
                 { std::pair { StepInspector::PromptTab, "prompt" }, std::pair { StepInspector::TemplateTab, "template" },
                   std::pair { StepInspector::OutputTab, "output" }, std::pair { StepInspector::ParsedTab, "parsed" },
                   std::pair { StepInspector::ChecksTab, "checks" } }) {
                inspector->tabs()->setCurrentIndex(tab);
                ok &= save(inspector, out, QStringLiteral("inspector-%1-%2%3").arg(QLatin1String(name)).arg(width).arg(suffix));
            }
            window.selectStep(QStringLiteral("retrieve"));
            inspector->tabs()->setCurrentIndex(StepInspector::PassagesTab);
            ok &= save(inspector, out, QStringLiteral("inspector-passages-%1%2").arg(width).arg(suffix));
            window.selectStep(window.snapshot()->pipeline.output);
            dock->setFloating(false);
        }
    }
    // Run › Run Dataset… with batches chosen, and the status bar while batches are at the provider.
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        RunDialog dialog(QFileInfo(pipeline).absolutePath(), &window);
        dialog.setDatasetPath(dataset);
        dialog.setChoices(RunChoices { true });
        dialog.show();
        ok &= save(&dialog, out, QStringLiteral("dialog-run") + suffix);
        QStatusBar bar;
        bar.resize(1400, bar.sizeHint().height());
        StatusLine line(&bar);
        line.startProgress(1000);
        line.setProgress(0, 1000);
        BatchProgress first { QStringLiteral("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF"),
                              QStringLiteral("claude-haiku-5-5"),
                              QStringLiteral("in_progress"),
                              1000,
                              640,
                              352,
                              8 };
        line.setBatches({ first });
        bar.show();
        ok &= save(&bar, out, QStringLiteral("statusbar-batch") + suffix);
        BatchProgress second = first;
        second.batchId = QStringLiteral("msgbatch_01HqQ4b7cXJ2m1V9t3kP8sY6Wz");
        second.model = QStringLiteral("claude-sonnet-5-5");
        line.setBatches({ first, second });
        ok &= save(&bar, out, QStringLiteral("statusbar-batches") + suffix);
    }
    QApplication::setPalette(light);
    return ok ? 0 : 1;
}
