#include "core/run/commandstep.h"

namespace fapo {

CommandStep::CommandStep(const QStringList& argv, const QByteArray& stdinBytes, int timeoutMs, const QString& workingDir, QObject* parent)
    : QObject(parent)
    , m_argv(argv)
    , m_stdin(stdinBytes)
    , m_timeoutMs(timeoutMs)
{
    m_process.setWorkingDirectory(workingDir);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_process.kill();
        done(tr("timed out after %1 ms").arg(m_timeoutMs));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(tr("cannot start %1: %2").arg(m_argv.value(0), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_output = QString::fromUtf8(m_process.readAllStandardOutput());
        if (m_output.endsWith(QLatin1Char('\n')))
            m_output.chop(1);
        if (status != QProcess::NormalExit || code != 0) {
            const QString tail = QString::fromUtf8(m_process.readAllStandardError()).right(500).trimmed();
            done(tr("%1 exited with code %2%3")
                     .arg(m_argv.value(0))
                     .arg(status == QProcess::NormalExit ? code : -1)
                     .arg(tail.isEmpty() ? QString() : QStringLiteral(": ") + tail));
            return;
        }
        done(QString());
    });
}

CommandStep::~CommandStep()
{
    // A killed program is reaped here, so no zombie outlives the step.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void CommandStep::start()
{
    m_timer.start(m_timeoutMs);
    m_process.start(m_argv.value(0), m_argv.mid(1));
    m_process.write(m_stdin);
    m_process.closeWriteChannel();
}

void CommandStep::abort()
{
    m_process.kill();
    done(tr("cancelled"));
}

void CommandStep::done(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_error = error;
    QMetaObject::invokeMethod(this, &CommandStep::finished, Qt::QueuedConnection);
}

} // namespace fapo
