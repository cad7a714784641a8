#include "core/pricing.h"
#include "core/datafiles.h"

#include <QFile>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace fapo {

namespace {

std::optional<double> number(const nlohmann::json& o, const char* key)
{
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

} // namespace

PriceTable PriceTable::fromJson(const QByteArray& json, QString* error)
{
    PriceTable table;
    const nlohmann::json doc = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error)
            *error = QStringLiteral("prices: not a JSON object");
        return table;
    }
    const auto models = doc.find("models");
    if (models == doc.end() || !models->is_object()) {
        if (error)
            *error = QStringLiteral("prices: no \"models\" object");
        return table;
    }
    for (auto it = models->begin(); it != models->end(); ++it) {
        const QString prefix = QString::fromStdString(it.key());
        if (!it->is_object()) {
            if (error)
                *error = QStringLiteral("prices: \"%1\" is not an object").arg(prefix);
            return PriceTable();
        }
        const auto input = number(*it, "input");
        const auto output = number(*it, "output");
        if (!input || !output || *input < 0 || *output < 0) {
            if (error)
                *error = QStringLiteral("prices: \"%1\" needs non-negative numbers \"input\" and \"output\"").arg(prefix);
            return PriceTable();
        }
        Price p;
        p.input = *input;
        p.output = *output;
        p.cacheRead = number(*it, "cache_read").value_or(0.1 * p.input);
        p.cacheWrite = number(*it, "cache_write").value_or(1.25 * p.input);
        p.batch = number(*it, "batch").value_or(0.5);
        if (p.batch < 0 || p.batch > 1) {
            if (error)
                *error = QStringLiteral("prices: \"%1\": \"batch\" is the share of the price a batch pays, between 0 and 1").arg(prefix);
            return PriceTable();
        }
        table.insert(prefix, p);
    }
    if (const auto updated = doc.find("updated"); updated != doc.end() && updated->is_string())
        table.m_updated = QString::fromStdString(updated->get<std::string>());
    return table;
}

PriceTable PriceTable::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return PriceTable();
    }
    QString why;
    PriceTable table = fromJson(file.readAll(), &why);
    if (!why.isEmpty() && error)
        *error = path + QStringLiteral(": ") + why;
    return table;
}

PriceTable PriceTable::load(const QProcessEnvironment& env, QString* warning)
{
    QString why;
    PriceTable table = fromFile(dataFile(QStringLiteral("prices.json"), QStringLiteral(":/fapo/prices.json")), &why);
    if (!why.isEmpty() && warning)
        *warning = why;
    const QString overridePath = env.value(QStringLiteral("FAPO_PRICES"));
    if (!overridePath.isEmpty()) {
        QString bad;
        const PriceTable extra = fromFile(overridePath, &bad);
        if (bad.isEmpty())
            table.merge(extra);
        else if (warning)
            *warning = QStringLiteral("FAPO_PRICES ignored: ") + bad;
    }
    return table;
}

const PriceTable& PriceTable::builtin()
{
    static const PriceTable table = [] {
        QString warning;
        PriceTable t = load(QProcessEnvironment::systemEnvironment(), &warning);
        if (!warning.isEmpty())
            spdlog::warn("{}", warning.toStdString());
        return t;
    }();
    return table;
}

void PriceTable::insert(const QString& prefix, const Price& price)
{
    const QString key = prefix.trimmed().toLower();
    for (Entry& e : m_entries) {
        if (e.prefix == key) {
            e.price = price;
            return;
        }
    }
    m_entries.append({ key, price });
}

void PriceTable::merge(const PriceTable& other)
{
    for (const Entry& e : other.m_entries)
        insert(e.prefix, e.price);
    if (!other.m_updated.isEmpty())
        m_updated = other.m_updated;
}

std::optional<Price> PriceTable::find(const QString& modelId) const
{
    const QString id = modelId.trimmed().toLower();
    const Entry* best = nullptr;
    for (const Entry& e : m_entries) {
        if (!e.prefix.isEmpty() && id.startsWith(e.prefix) && (!best || e.prefix.size() > best->prefix.size()))
            best = &e;
    }
    if (best)
        return best->price;
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0 && slash + 1 < id.size())
        return find(id.mid(slash + 1));
    return std::nullopt;
}

double PriceTable::cost(const QString& modelId, const Usage& usage, bool batched) const
{
    const auto p = find(modelId);
    if (!p)
        return 0.0;
    return (double(usage.inputTokens) * p->input + double(usage.outputTokens) * p->output + double(usage.cacheReadTokens) * p->cacheRead
            + double(usage.cacheWriteTokens) * p->cacheWrite)
        / 1e6 * (batched ? p->batch : 1.0);
}

} // namespace fapo
