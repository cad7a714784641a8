#pragma once
// Runs the fapo binary from a test. The event loop keeps turning while it runs, so a model server in
// the test process keeps answering.
#include <QProcess>
#include <QSignalSpy>
#include <nlohmann/json.hpp>

namespace fapo::test {

struct FapoResult {
    int code = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
    nlohmann::json document() const { return nlohmann::json::parse(out.constData(), out.constData() + out.size(), nullptr, false); }
};

// `extra` is added to the environment; ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL are cleared first, and
// the locale is C (English messages, whatever the machine's) unless `extra` sets LC_ALL or LANGUAGE.
inline FapoResult runFapo(const QStringList& args, const QProcessEnvironment& extra = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    env.remove(QStringLiteral("ANTHROPIC_BASE_URL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(FAPO_FAPO_BIN), args);
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return FapoResult { -1, p.readAllStandardOutput(), p.readAllStandardError() };
    }
    return FapoResult { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace fapo::test
