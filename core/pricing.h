#pragma once
// Model prices in USD per million tokens, matched by the longest model-id prefix.
// The built-in table is resources/prices.json (Qt resource :/fapo/prices.json); the file named by
// FAPO_PRICES, when set, is merged over it (prices change every few weeks). Unknown models (local
// ones: Ollama, llama.cpp, vLLM, scripted) cost 0.
#include "core/providers/modelrequest.h"
#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace fapo {

struct Price {
    double input = 0; // uncached input tokens
    double output = 0;
    double cacheRead = 0;
    double cacheWrite = 0;
    double batch = 0.5; // the share of the price a call sent through a batch API pays (both providers: half)
    bool operator==(const Price&) const = default;
};

class PriceTable {
public:
    // Built-in prices merged with $FAPO_PRICES (read once, on first use; a bad override file is
    // reported through spdlog and ignored).
    static const PriceTable& builtin();
    // The resource table merged with the file named by FAPO_PRICES in env; *warning names a bad file.
    static PriceTable load(const QProcessEnvironment& env, QString* warning = nullptr);
    // {"updated": "...", "models": {"PREFIX": {"input", "output", "cache_read", "cache_write", "batch"}}}.
    // Missing cache_read defaults to 0.1 x input, missing cache_write to 1.25 x input, missing batch to 0.5. On error the
    // table is empty and *error says why.
    static PriceTable fromJson(const QByteArray& json, QString* error = nullptr);
    static PriceTable fromFile(const QString& path, QString* error = nullptr);

    // Longest prefix match, case-insensitive; "vendor/model" ids fall back to the part after '/'.
    std::optional<Price> find(const QString& modelId) const;
    // USD for this usage; 0 when the model is unknown. batched: answered through a batch API.
    double cost(const QString& modelId, const Usage& usage, bool batched = false) const;

    void insert(const QString& prefix, const Price& price);
    // Entries of other replace or extend this table's.
    void merge(const PriceTable& other);
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    QString updated() const { return m_updated; }

private:
    struct Entry {
        QString prefix; // lower case
        Price price;
    };
    QList<Entry> m_entries;
    QString m_updated;
};

} // namespace fapo
