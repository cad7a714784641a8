#pragma once
// The questions a session asks a person before it spends money or runs programs. The window answers
// with dialogs; tests, renders and scripts answer with FixedAnswers. Nothing asks which platform it
// runs on: whoever owns the session decides who answers.
#include "core/analysis/analyzer.h"
#include "core/optimize/optimizer.h"
#include <QStringList>

namespace fapo {

class SessionPrompter {
public:
    virtual ~SessionPrompter() = default;
    // The pipeline runs these programs ("step: argv") on this machine; true trusts its file.
    virtual bool trustCommands(const QStringList& programs) = 0;
    // The rules settled part of the failures; the rest may cost up to `calls` model calls (`usd`).
    virtual bool spendOnAnalysis(const AnalysisEstimate& estimate, qint64 calls, double usd) = 0;
    // One round of rewrites may cost this much.
    virtual bool proposeRound(const OptimizeEstimate& estimate, const OptimizeOptions& options) = 0;
};

// Fixed answers, for tests, offscreen renders and anything without a person at hand. By default it
// never trusts programs and never spends on analysis, and it lets a round of proposals start (every
// proposal still waits for a person's decision).
struct FixedAnswers : SessionPrompter {
    bool trust = false;
    bool spend = false;
    bool propose = true;
    int asked = 0; // questions answered so far

    bool trustCommands(const QStringList&) override { return ++asked, trust; }
    bool spendOnAnalysis(const AnalysisEstimate&, qint64, double) override { return ++asked, spend; }
    bool proposeRound(const OptimizeEstimate&, const OptimizeOptions&) override { return ++asked, propose; }
};

} // namespace fapo
