#pragma once
// A named model configuration from the pipeline's "models" object.
#include "core/domain/enums.h"
#include <QString>
#include <optional>

namespace fapo {

struct ModelConfig {
    QString name; // key in "models", e.g. "worker"
    ProviderType provider = ProviderType::Anthropic;
    QString model; // model id sent to the API
    QString baseUrl; // from the file; empty: environment, then the provider default
    QString rulesPath; // scripted: absolute path of the rules file
    int maxTokens = 1024;
    std::optional<double> temperature;
    int timeoutMs = 120000; // inactivity timeout per HTTP call
    int maxRetries = 2; // as the official SDKs
    bool stream = false;
};

} // namespace fapo
