#pragma once
// Reading the fields of a user's JSON file with a diagnostic for each mistake: the field's name, what
// it should be and what it is, at the file, line and column of the value (the JsonDocument knows where).
#include "core/formats/diagnostic.h"
#include "core/formats/jsondocument.h"
#include <QDir>
#include <QSet>
#include <QStringList>
#include <optional>

namespace fapo {

// JSON type names as they appear in messages ("... must be a string, not a list").
DiagnosticText typeName(const nlohmann::json& v);
// "name" in double quotes, as messages quote names.
inline QString q(const QString& s) { return QLatin1Char('"') + s + QLatin1Char('"'); }
inline QString qs(const std::string& s) { return q(QString::fromStdString(s)); }

class JsonFieldReader {
public:
    // `dir` resolves relative file names; `checkFiles` false skips the check that they exist.
    JsonFieldReader(const JsonDocument& doc, Diagnostics& out, const QDir& dir, bool checkFiles)
        : m_doc(doc)
        , m_out(out)
        , m_dir(dir)
        , m_checkFiles(checkFiles)
    {
    }

    void error(const std::string& ptr, const DiagnosticText& msg) { m_out.push_back(m_doc.error(ptr, msg)); }
    void warning(const std::string& ptr, const DiagnosticText& msg) { m_out.push_back(m_doc.warning(ptr, msg)); }

    // Typed field access: reports a wrong type or a missing required field and returns nullopt.
    std::optional<QString> string(const nlohmann::json& obj, const std::string& ptr, const char* key, bool required,
                                  const DiagnosticText& where);
    std::optional<qint64> integer(const nlohmann::json& obj, const std::string& ptr, const char* key, qint64 min,
                                  const DiagnosticText& where);
    // A number within [min, max] (a value outside is reported, not clamped: -1 is a typo, not a choice).
    std::optional<double> number(const nlohmann::json& obj, const std::string& ptr, const char* key, double min, double max,
                                 const DiagnosticText& where);
    std::optional<bool> boolean(const nlohmann::json& obj, const std::string& ptr, const char* key, const DiagnosticText& where);
    std::optional<QStringList> stringList(const nlohmann::json& obj, const std::string& ptr, const char* key, const DiagnosticText& where);
    // The absolute path of a file named relative to the document; empty (and an error) when it is missing.
    QString existingFile(const QString& relative, const std::string& ptr, const DiagnosticText& what);
    // A warning for each field of `obj` not in `known`.
    void unknownFields(const nlohmann::json& obj, const std::string& ptr, const QSet<QString>& known, const DiagnosticText& where);

protected:
    const JsonDocument& m_doc;
    Diagnostics& m_out;
    QDir m_dir;
    bool m_checkFiles;
};

} // namespace fapo
