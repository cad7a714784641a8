#include "core/analysis/stepgold.h"
#include "core/eval/textnormalize.h"
#include <QRegularExpression>
#include <QSet>

namespace fapo {

using nlohmann::json;

namespace {

QStringList asStrings(const json& v)
{
    QStringList out;
    if (v.is_array()) {
        for (const json& item : v)
            out << (item.is_string() ? QString::fromStdString(item.get<std::string>()) : QString::fromStdString(item.dump()));
    } else if (v.is_string()) {
        out << QString::fromStdString(v.get<std::string>());
    } else if (!v.is_null()) {
        out << QString::fromStdString(v.dump());
    }
    return out;
}

bool containsNormalized(const QString& haystack, const QString& needle)
{
    const QString n = normalizeAnswer(needle);
    if (n.isEmpty())
        return true;
    const QString padded = QLatin1Char(' ') + normalizeAnswer(haystack) + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + n + QLatin1Char(' '));
}

} // namespace

GoldResult checkStepGold(const json& gold, const StepRecord& record)
{
    GoldResult result;
    if (!gold.is_object() || gold.empty())
        return result;
    result.present = true;
    QStringList problems;
    if (gold.contains("ids_include")) {
        QSet<QString> ids;
        if (record.parsed.is_array())
            for (const json& p : record.parsed)
                if (p.is_object() && p.contains("id"))
                    ids.insert(p["id"].is_string() ? QString::fromStdString(p["id"].get<std::string>())
                                                   : QString::fromStdString(p["id"].dump()));
        QStringList missing;
        for (const QString& id : asStrings(gold["ids_include"])) {
            const bool found = record.parsed.is_array() ? ids.contains(id) : record.output.contains(id);
            if (!found)
                missing << id;
        }
        if (!missing.isEmpty())
            problems << QStringLiteral("missing %1").arg(missing.join(QStringLiteral(", ")));
    }
    if (gold.contains("contains")) {
        QStringList missing;
        for (const QString& text : asStrings(gold["contains"]))
            if (!containsNormalized(record.output, text))
                missing << QStringLiteral("\"%1\"").arg(text);
        if (!missing.isEmpty())
            problems << QStringLiteral("does not contain %1").arg(missing.join(QStringLiteral(", ")));
    }
    if (gold.contains("regex")) {
        for (const QString& pattern : asStrings(gold["regex"])) {
            const QRegularExpression re(pattern);
            if (!re.isValid() || !re.match(record.output).hasMatch())
                problems << QStringLiteral("does not match /%1/").arg(pattern);
        }
    }
    if (gold.contains("equals")) {
        const json& want = gold["equals"];
        bool same = false;
        if (want.is_string())
            same = normalizeAnswer(record.output) == normalizeAnswer(QString::fromStdString(want.get<std::string>()));
        else
            same = !record.parsed.is_null() && record.parsed == want;
        if (!same)
            problems << QStringLiteral("differs from %1").arg(QString::fromStdString(want.dump()));
    }
    result.passed = problems.isEmpty();
    result.detail = problems.join(QStringLiteral("; "));
    return result;
}

} // namespace fapo
