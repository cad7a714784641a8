#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo import FILE [--json]: reads a trace file (OTLP JSON, Langfuse, Phoenix, fapo JSONL, GenAI/OpenInference
// attributes) and prints its step graph; problems are warnings on stderr (exit 0), a broken file exits 2.
int importCommand(const QStringList& args);
}
