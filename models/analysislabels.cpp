#include "analysislabels.h"
#include <QCoreApplication>

namespace fapo {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("fapo::AnalysisLabels", text);
}
} // namespace

QString failureClassText(const QString& code)
{
    if (code == QLatin1String("retrieval_miss"))
        return t("retrieval miss");
    if (code == QLatin1String("cascade"))
        return t("cascade from an error or empty output");
    if (code == QLatin1String("check_failed"))
        return t("failed checks");
    if (code == QLatin1String("wrong_output"))
        return t("wrong output");
    if (code == QLatin1String("format"))
        return t("right answer, wrong form");
    if (code == QLatin1String("reasoning"))
        return t("good inputs, wrong conclusion");
    if (code == QLatin1String("error"))
        return t("errors");
    if (code == QLatin1String("unknown"))
        return t("unexplained");
    return code;
}

QString methodText(const QString& code)
{
    if (code == QLatin1String("gold"))
        return t("step gold");
    if (code == QLatin1String("cascade"))
        return t("first error");
    if (code == QLatin1String("check"))
        return t("failed check");
    if (code == QLatin1String("format"))
        return t("answer present, form wrong");
    if (code == QLatin1String("answer_lost"))
        return t("answer lost");
    if (code == QLatin1String("dropped_terms"))
        return t("names dropped from the query");
    if (code == QLatin1String("answer_source"))
        return t("where passing examples find the answer");
    if (code == QLatin1String("replay"))
        return t("counterfactual replay");
    if (code == QLatin1String("critic"))
        return t("critic model");
    if (code == QLatin1String("fallback"))
        return t("first failing step");
    return code;
}

QString fixLevelText(const QString& code)
{
    if (code == QLatin1String("prompt"))
        return t("prompt");
    if (code == QLatin1String("parameter"))
        return t("parameter");
    if (code == QLatin1String("structure"))
        return t("structure");
    return code;
}

} // namespace fapo
