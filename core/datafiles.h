#pragma once
// Data files installed beside the programs: prices.json and the translation catalogues live in
// <prefix>/share/fapo-studio when installed (cmake --install, the .deb), found relative to the
// executable so a relocated prefix works too. A build tree has no such folder; there the copies
// embedded in the binary (Qt resources) are used.
#include <QString>

namespace fapo {

// The installed data folder (absolute), or an empty string when the program runs from a build tree.
QString installedDataDir();

// `relativePath` inside the installed data folder when that file exists, else `embeddedFallback`.
QString dataFile(const QString& relativePath, const QString& embeddedFallback);

} // namespace fapo
