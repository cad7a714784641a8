#pragma once
// The bundled example (examples/multihop), run once in-process with its scripted model and loaded
// off the GUI thread as the window loads it: what the model tests feed their models.
#include "runview/runsnapshot.h"
#include <QTemporaryDir>

namespace fapo::test {

// Runs the example into dir/view.fapo and returns its snapshot; nullptr (and a test failure message
// in *error) when it cannot.
RunSnapshotPtr runBundledExample(const QTemporaryDir& dir, QString* error);

} // namespace fapo::test
