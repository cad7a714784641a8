#include "core/eval/checks.h"

#include "core/eval/jsonextract.h"

#include <QRegularExpression>

namespace fapo {

namespace {

qint64 codePointCount(const QString& text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString quoted(const QString& text, qsizetype maxChars = 60)
{
    QString shown = text.size() > maxChars ? QString(text.left(maxChars) + QStringLiteral("...")) : text;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

CheckResult runCheck(const Check& check, const QString& outputText, const std::optional<nlohmann::json>& parsed)
{
    CheckResult result;
    result.type = check.type;

    if (check.type == CheckType::JsonValid) {
        if (parsed) {
            result.passed = true;
            result.detail = QStringLiteral("valid JSON");
            return result;
        }
        QString error;
        result.passed = extractJson(outputText, &error).has_value();
        result.detail = result.passed ? QStringLiteral("valid JSON") : error;
        return result;
    }

    if (check.type == CheckType::Regex) {
        const QRegularExpression re(check.pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            result.passed = false;
            result.detail = QStringLiteral("invalid regex %1: %2 at offset %3")
                                .arg(quoted(check.pattern), re.errorString())
                                .arg(re.patternErrorOffset());
            return result;
        }
        const QRegularExpressionMatch match = re.match(outputText);
        result.passed = match.hasMatch();
        result.detail = result.passed ? QStringLiteral("matched %1").arg(quoted(match.captured(0)))
                                      : QStringLiteral("no match for /%1/").arg(check.pattern);
        return result;
    }

    if (check.type == CheckType::MaxChars || check.type == CheckType::MinChars) {
        const qint64 count = codePointCount(outputText);
        const bool isMax = check.type == CheckType::MaxChars;
        result.passed = isMax ? count <= check.number : count >= check.number;
        result.detail = QStringLiteral("%1 characters (%2 %3)")
                            .arg(count)
                            .arg(isMax ? QStringLiteral("max") : QStringLiteral("min"))
                            .arg(check.number);
        return result;
    }

    if (check.type == CheckType::Contains) {
        result.passed = outputText.contains(check.text);
        result.detail = (result.passed ? QStringLiteral("contains ") : QStringLiteral("does not contain ")) + quoted(check.text);
        return result;
    }

    if (check.type == CheckType::NotEmpty) {
        result.passed = !outputText.trimmed().isEmpty();
        result.detail = result.passed
            ? QStringLiteral("not empty")
            : (outputText.isEmpty() ? QStringLiteral("empty output") : QStringLiteral("output is only white space"));
        return result;
    }

    result.passed = false; // not reached: every type returned above
    return result;
}

std::vector<CheckResult> runChecks(const std::vector<Check>& checks, const QString& outputText, const std::optional<nlohmann::json>& parsed)
{
    std::vector<CheckResult> results;
    results.reserve(checks.size());
    for (const Check& check : checks)
        results.push_back(runCheck(check, outputText, parsed));
    return results;
}

bool allPassed(const std::vector<CheckResult>& results)
{
    for (const CheckResult& result : results) {
        if (!result.passed)
            return false;
    }
    return true;
}

nlohmann::json toJson(const std::vector<CheckResult>& results)
{
    nlohmann::json array = nlohmann::json::array();
    for (const CheckResult& result : results) {
        array.push_back({ { "type", stdNameOf(result.type) }, { "passed", result.passed }, { "detail", result.detail.toStdString() } });
    }
    return array;
}

} // namespace fapo
