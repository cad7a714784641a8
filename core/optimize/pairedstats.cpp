#include "core/optimize/pairedstats.h"
#include <cmath>

namespace fapo {

double binomialUpperTail(int k, int n)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    // Sum in log space: n can reach thousands.
    double total = 0.0;
    for (int i = k; i <= n; ++i)
        total += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) - n * std::log(2.0));
    return std::min(1.0, total);
}

PairedComparison comparePaired(const std::map<QString, ExampleResult>& before, const std::map<QString, ExampleResult>& after,
                               const QStringList& ids)
{
    PairedComparison c;
    std::vector<double> diffs;
    for (const QString& id : ids) {
        const auto b = before.find(id);
        const auto a = after.find(id);
        if (b == before.end() || a == after.end())
            continue;
        ++c.n;
        const double sb = b->second.status == ExampleStatus::Error ? 0.0 : b->second.score;
        const double sa = a->second.status == ExampleStatus::Error ? 0.0 : a->second.score;
        c.baseline += sb;
        c.candidate += sa;
        diffs.push_back(sa - sb);
        const bool passedBefore = b->second.status == ExampleStatus::Passed;
        const bool passedAfter = a->second.status == ExampleStatus::Passed;
        if (!passedBefore && passedAfter)
            c.fixed << id;
        if (passedBefore && !passedAfter)
            c.regressed << id;
        if (sa > sb + 1e-9)
            ++c.improved;
        else if (sa < sb - 1e-9)
            ++c.worsened;
    }
    if (c.n == 0)
        return c;
    c.baseline /= c.n;
    c.candidate /= c.n;
    c.gain = c.candidate - c.baseline;
    c.pValue = binomialUpperTail(c.improved, c.improved + c.worsened);
    double variance = 0.0;
    for (double d : diffs)
        variance += (d - c.gain) * (d - c.gain);
    variance = c.n > 1 ? variance / (c.n - 1) : 0.0;
    c.noise = std::sqrt(variance / c.n);
    return c;
}

} // namespace fapo
