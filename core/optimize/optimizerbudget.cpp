// What the rewrite loop may cost: the estimate shown before a round starts, and the budget checks
// before each evaluation spends.
#include "core/optimize/optimizer.h"
#include "core/pricing.h"
#include "core/run/callqueue.h"
#include "core/run/runner.h"

namespace fapo {

qint64 Optimizer::callsPerExample() const
{
    return std::max(1, modelCallsPerExample(m_pipeline, m_target)); // no target yet: the whole pipeline
}

double Optimizer::costPerExample() const
{
    // From the baseline's billed tokens of the steps that run again (a cached baseline says nothing:
    // then typical sizes are assumed).
    double total = 0.0;
    for (const QString& s : m_target.isEmpty() ? m_pipeline.graph.steps : m_pipeline.graph.affectedBy(m_target)) {
        const Step* step = m_pipeline.step(s);
        if (step->kind != StepKind::Llm)
            continue;
        Usage typical;
        typical.inputTokens = 1500;
        typical.outputTokens = step->maxTokens.value_or(300);
        total += PriceTable::builtin().cost(m_pipeline.modelFor(*step)->model, typical);
    }
    return total;
}

OptimizeEstimate Optimizer::estimate() const
{
    OptimizeEstimate e;
    const qint64 n = m_exampleIds.size();
    const qint64 evalExamples = qint64(m_options.candidates) * (std::min<qint64>(m_options.minibatch, n) + qint64(n * m_options.validation))
        + qint64(n * m_options.holdout) + n; // candidates, the holdout of one, the next version's baseline
    e.calls = m_options.candidates + evalExamples * callsPerExample();
    e.tokens = qint64(m_options.candidates) * (8000 + 1500) + evalExamples * callsPerExample() * (1500 + 300);
    Usage request;
    request.inputTokens = 8000;
    request.outputTokens = 1500;
    const auto optimizer = m_pipeline.models.find(QStringLiteral("optimizer"));
    e.usd = double(m_options.candidates)
            * (optimizer == m_pipeline.models.end() ? 0.0 : PriceTable::builtin().cost(optimizer->second.model, request))
        + double(evalExamples) * costPerExample();
    return e;
}

bool Optimizer::affordable(qint64 calls, const QString& what)
{
    const qint64 used = m_calls->networkCalls() + m_runCalls;
    if (m_options.budgetCalls > 0 && used + calls > m_options.budgetCalls) {
        m_notes << tr("stopped before %1: it may take %2 calls and %3 of --budget-calls %4 are left")
                       .arg(what)
                       .arg(calls)
                       .arg(m_options.budgetCalls - used)
                       .arg(m_options.budgetCalls);
        return false;
    }
    if (m_options.budgetUsd > 0.0 && m_cost >= m_options.budgetUsd) {
        m_notes << tr("stopped before %1: $%2 of --budget-usd %3 spent").arg(what).arg(m_cost, 0, 'f', 4).arg(m_options.budgetUsd);
        return false;
    }
    return true;
}

} // namespace fapo
