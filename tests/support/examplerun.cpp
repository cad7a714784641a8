#include "examplerun.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include "core/runview/snapshotloader.h"
#include "core/workspace/workspace.h"
#include <QSignalSpy>
#include <QTest>

namespace fapo::test {

RunSnapshotPtr runBundledExample(const QTemporaryDir& dir, QString* error)
{
    qRegisterMetaType<RunOutcome>();
    const QString example = QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop/");
    const PipelineLoad load = loadPipeline(example + QStringLiteral("pipeline.json"));
    Diagnostics diags;
    auto dataset = loadDataset(example + QStringLiteral("dataset.jsonl"), &diags);
    if (!load.pipeline || !dataset) {
        *error = QStringLiteral("the bundled example does not load");
        return nullptr;
    }
    const QString workspace = dir.filePath(QStringLiteral("view.fapo"));
    {
        auto ws = Workspace::open(workspace, error);
        if (!ws)
            return nullptr;
        Runner runner(*load.pipeline, *dataset, ws.get(), ProviderEnvironment(), RunOptions());
        if (!runner.prepare(error))
            return nullptr;
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        if (!finished.wait(30000)) {
            *error = QStringLiteral("the bundled example did not finish");
            return nullptr;
        }
    }
    SnapshotLoader loader;
    QSignalSpy loaded(&loader, &SnapshotLoader::loaded);
    loader.load(workspace, 0);
    if (!loaded.wait(30000)) {
        *error = QStringLiteral("the bundled example's run did not load");
        return nullptr;
    }
    return loaded.at(0).at(0).value<RunSnapshotPtr>();
}

void BundledExampleTest::initTestCase()
{
    QString error;
    m_snapshot = runBundledExample(m_dir, &error);
    QVERIFY2(m_snapshot, qPrintable(error));
}

} // namespace fapo::test
