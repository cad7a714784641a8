#include "core/formats/jsonfieldreader.h"
#include <QFileInfo>
#include <limits>

namespace fapo {

using nlohmann::json;

// JSON type names as they appear in messages ("... must be a string, not a list").
DiagnosticText typeName(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return { QStringLiteral("null") }; // a JSON literal, not a word
    case json::value_t::boolean:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a boolean"));
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "an integer"));
    case json::value_t::number_float:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a number"));
    case json::value_t::string:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a string"));
    case json::value_t::array:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a list"));
    case json::value_t::object:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "an object"));
    default:
        return diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a value"));
    }
}

std::optional<QString> JsonFieldReader::string(const json& obj, const std::string& ptr, const char* key, bool required,
                                               const DiagnosticText& where)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 needs the field \"%2\""), where, QLatin1String(key)));
        return std::nullopt;
    }
    if (!it->is_string()) {
        error(
            jsonPointer(ptr, key),
            diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be a string, not %3"), where, QLatin1String(key), typeName(*it)));
        return std::nullopt;
    }
    return QString::fromStdString(it->get<std::string>());
}

std::optional<qint64> JsonFieldReader::integer(const json& obj, const std::string& ptr, const char* key, qint64 min,
                                               const DiagnosticText& where)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_number_integer()) {
        error(jsonPointer(ptr, key),
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be an integer, not %3"), where, QLatin1String(key),
                   typeName(*it)));
        return std::nullopt;
    }
    const qint64 v = it->get<qint64>();
    if (v < min) {
        error(jsonPointer(ptr, key),
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be at least %3, not %4"), where, QLatin1String(key), min, v));
        return std::nullopt;
    }
    return v;
}

std::optional<double> JsonFieldReader::number(const json& obj, const std::string& ptr, const char* key, double min, double max,
                                              const DiagnosticText& where)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_number()) {
        error(
            jsonPointer(ptr, key),
            diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be a number, not %3"), where, QLatin1String(key), typeName(*it)));
        return std::nullopt;
    }
    const double v = it->get<double>();
    if (v < min || v > max) {
        error(jsonPointer(ptr, key),
              max == std::numeric_limits<double>::infinity()
                  ? diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be at least %3, not %4"), where, QLatin1String(key),
                         QString::number(min), QString::number(v))
                  : diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be between %3 and %4, not %5"), where, QLatin1String(key),
                         QString::number(min), QString::number(max), QString::number(v)));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> JsonFieldReader::boolean(const json& obj, const std::string& ptr, const char* key, const DiagnosticText& where)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_boolean()) {
        error(jsonPointer(ptr, key),
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be true or false, not %3"), where, QLatin1String(key),
                   typeName(*it)));
        return std::nullopt;
    }
    return it->get<bool>();
}

std::optional<QStringList> JsonFieldReader::stringList(const json& obj, const std::string& ptr, const char* key,
                                                       const DiagnosticText& where)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    const std::string fieldPtr = jsonPointer(ptr, key);
    if (!it->is_array()) {
        error(fieldPtr,
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\" must be a list of strings, not %3"), where, QLatin1String(key),
                   typeName(*it)));
        return std::nullopt;
    }
    QStringList out;
    for (size_t i = 0; i < it->size(); ++i) {
        const json& item = (*it)[i];
        if (!item.is_string()) {
            error(jsonPointer(fieldPtr, i),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"%2\"[%3] must be a string, not %4"), where, QLatin1String(key), i,
                       typeName(item)));
            return std::nullopt;
        }
        out << QString::fromStdString(item.get<std::string>());
    }
    return out;
}

QString JsonFieldReader::existingFile(const QString& relative, const std::string& ptr, const DiagnosticText& what)
{
    const QString path = QDir::cleanPath(m_dir.absoluteFilePath(relative));
    if (m_checkFiles && !QFileInfo(path).isFile()) {
        error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 %2 not found (looked for %3)"), what, q(relative), path));
        return QString();
    }
    return path;
}

void JsonFieldReader::unknownFields(const json& obj, const std::string& ptr, const QSet<QString>& known, const DiagnosticText& where)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!known.contains(key))
            warning(jsonPointer(ptr, it.key()),
                    diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: unknown field %2 is ignored"), where, q(key)));
    }
}

} // namespace fapo
