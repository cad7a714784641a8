#include "core/analysis/labels.h"
#include <QCoreApplication>

namespace fapo {

namespace {

QString t(const char* text) { return QCoreApplication::translate("fapo::AnalysisLabels", text); }

const char* failureClassSource(FailureClass c)
{
    switch (c) {
    case FailureClass::RetrievalMiss:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "retrieval miss");
    case FailureClass::Cascade:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "cascade from an error or empty output");
    case FailureClass::CheckFailed:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "failed checks");
    case FailureClass::WrongOutput:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "wrong output");
    case FailureClass::Format:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "right answer, wrong form");
    case FailureClass::Reasoning:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "reasoning: good inputs, wrong conclusion");
    case FailureClass::Error:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "errors");
    case FailureClass::Unknown:
        break;
    }
    return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "unexplained");
}

const char* methodSource(VerdictMethod m)
{
    switch (m) {
    case VerdictMethod::Gold:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "step gold");
    case VerdictMethod::Cascade:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "first error");
    case VerdictMethod::Check:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "failed check");
    case VerdictMethod::Format:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "answer present, form wrong");
    case VerdictMethod::AnswerLost:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "answer lost");
    case VerdictMethod::DroppedTerms:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "names dropped from the query");
    case VerdictMethod::AnswerSource:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "where passing examples find the answer");
    case VerdictMethod::Replay:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "counterfactual replay");
    case VerdictMethod::Critic:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "critic model");
    case VerdictMethod::Fallback:
        break;
    }
    return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "first failing step");
}

const char* fixLevelSource(FixLevel level)
{
    switch (level) {
    case FixLevel::Parameter:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "parameter");
    case FixLevel::Structure:
        return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "structure");
    case FixLevel::Prompt:
        break;
    }
    return QT_TRANSLATE_NOOP("fapo::AnalysisLabels", "prompt");
}

} // namespace

QString failureClassText(FailureClass c) { return t(failureClassSource(c)); }

QString failureClassName(FailureClass c) { return QString::fromLatin1(failureClassSource(c)); }

QString methodText(VerdictMethod m) { return t(methodSource(m)); }

QString fixLevelText(FixLevel level) { return t(fixLevelSource(level)); }

} // namespace fapo
