#pragma once
// The bundled example (examples/multihop), run once in-process with its scripted model and loaded
// off the GUI thread as the window loads it: what the model tests feed their models.
#include "core/runview/runsnapshot.h"
#include <QObject>
#include <QTemporaryDir>

namespace fapo::test {

// Runs the example into dir/view.fapo and returns its snapshot; nullptr (and a test failure message
// in *error) when it cannot.
RunSnapshotPtr runBundledExample(const QTemporaryDir& dir, QString* error);

// A test case over the bundled example's run: initTestCase runs it once into m_snapshot (Qt Test runs
// the slots a test class inherits).
class BundledExampleTest : public QObject {
    Q_OBJECT
protected:
    QTemporaryDir m_dir;
    RunSnapshotPtr m_snapshot;

private Q_SLOTS:
    void initTestCase();
};

} // namespace fapo::test
