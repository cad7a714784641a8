#include "core/analysis/labels.h"
#include <QCoreApplication>

namespace fapo {

namespace {
QString t(const char* text) { return QCoreApplication::translate("fapo::AnalysisLabels", text); }
} // namespace

namespace {
const char* failureClassSource(const QString& code)
{
    if (code == QLatin1String("retrieval_miss"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "retrieval miss");
    if (code == QLatin1String("cascade"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "cascade from an error or empty output");
    if (code == QLatin1String("check_failed"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "failed checks");
    if (code == QLatin1String("wrong_output"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "wrong output");
    if (code == QLatin1String("format"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "right answer, wrong form");
    if (code == QLatin1String("reasoning"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "reasoning: good inputs, wrong conclusion");
    if (code == QLatin1String("error"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "errors");
    if (code == QLatin1String("unknown"))
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "unexplained");
    return nullptr;
}
} // namespace

QString failureClassText(const QString& code)
{
    const char* source = failureClassSource(code);
    return source ? t(source) : code;
}

QString failureClassName(const QString& code)
{
    const char* source = failureClassSource(code);
    return source ? QString::fromLatin1(source) : code;
}

QString methodText(const QString& code)
{
    if (code == QLatin1String("gold"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "step gold"));
    if (code == QLatin1String("cascade"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "first error"));
    if (code == QLatin1String("check"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "failed check"));
    if (code == QLatin1String("format"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "answer present, form wrong"));
    if (code == QLatin1String("answer_lost"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "answer lost"));
    if (code == QLatin1String("dropped_terms"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "names dropped from the query"));
    if (code == QLatin1String("answer_source"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "where passing examples find the answer"));
    if (code == QLatin1String("replay"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "counterfactual replay"));
    if (code == QLatin1String("critic"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "critic model"));
    if (code == QLatin1String("fallback"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "first failing step"));
    return code;
}

QString fixLevelText(const QString& code)
{
    if (code == QLatin1String("prompt"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "prompt"));
    if (code == QLatin1String("parameter"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "parameter"));
    if (code == QLatin1String("structure"))
        return t(QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "structure"));
    return code;
}

} // namespace fapo
