#pragma once
// Builds providers from model configurations. Keys come only from the environment.
#include "core/providers/modelconfig.h"
#include "core/providers/modelprovider.h"
#include <QProcessEnvironment>
#include <memory>

namespace fapo {

class NetworkPool;

struct ProviderEnvironment {
    QString anthropicBaseUrl; // ANTHROPIC_BASE_URL
    QString anthropicApiKey; // ANTHROPIC_API_KEY (kept in memory only)
    QString openaiBaseUrl; // OPENAI_BASE_URL
    QString openaiApiKey; // OPENAI_API_KEY
    static ProviderEnvironment fromProcess(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

// Returns nullptr and sets *error when the configuration cannot be served (unknown provider,
// unreadable rules file, ...). The pool must outlive the provider.
// Why a configuration cannot work before a single call is made: the hosted Anthropic or OpenAI API
// without its key (empty when nothing is known to be missing; local servers need no key).
QString missingKey(const ModelConfig& config, const ProviderEnvironment& env);

std::unique_ptr<ModelProvider> createProvider(const ModelConfig& config, const ProviderEnvironment& env, NetworkPool* pool, QString* error);

} // namespace fapo
