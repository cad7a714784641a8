#pragma once
// A problem found in an input file, located by file, line and column (1-based; 0 = unknown).
#include <QString>
#include <vector>

namespace fapo {

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: error: message" (parts that are unknown are left out)
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

} // namespace fapo
