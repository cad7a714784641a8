#pragma once
// JUnit XML reports of a run, for CI systems (one test case per example).
#include <QString>
#include <vector>

namespace fapo {

struct JUnitCase {
    QString name;
    QString classname; // empty: the suite's name
    double seconds = 0.0;
    bool failed = false; // <failure>
    bool error = false; // <error> (wins over failed: the example could not be scored)
    QString message; // the element's message attribute
    QString details; // the element's text
};

struct JUnitSuite {
    QString name;
    std::vector<JUnitCase> cases;
    double seconds = 0.0;
};

// Writes <testsuites><testsuite name tests failures errors skipped time><testcase name classname time>
// [<failure message type>details</failure> | <error message type>details</error>]</testcase>...
// UTF-8, escaped by QXmlStreamWriter; characters XML 1.0 forbids (control characters other than tab,
// line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD.
// The file is replaced atomically. Returns false and sets `error` when it cannot be written.
bool writeJUnit(const QString& path, const JUnitSuite& suite, QString* error = nullptr);

// `text` with the characters XML 1.0 forbids replaced by U+FFFD.
QString xmlSafe(const QString& text);

} // namespace fapo
