#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo serve [--workspace W | PIPELINE]: an OTLP/HTTP receiver storing what arrives, until Ctrl-C.
int serveCommand(const QStringList& args);
}
