// libFuzzer target: scripted-model rules files (the example's model, optimizer and critic rules).
#include "fuzzsupport.h"
#include "core/providers/scriptedprovider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    fapo::ModelConfig config;
    config.name = QStringLiteral("fuzz");
    config.provider = fapo::ProviderType::Scripted;
    QString error;
    fapo::ScriptedProvider::fromJson(config, fapo::fuzz::bytes(data, size), QStringLiteral("fuzz/rules.json"), &error);
    return 0;
}
