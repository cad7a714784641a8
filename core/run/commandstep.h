#pragma once
// Runs a command step's program: inputs as JSON on stdin, stdout as output, an inactivity-free
// wall-clock timeout, and the stderr tail on failure. The program's text is never interpreted.
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace fapo {

class CommandStep : public QObject {
    Q_OBJECT
public:
    CommandStep(const QStringList& argv, const QByteArray& stdinBytes, int timeoutMs, const QString& workingDir, QObject* parent = nullptr);
    ~CommandStep() override;
    // Before start(): the program's environment (default: this process's).
    void setEnvironment(const QProcessEnvironment& environment) { m_process.setProcessEnvironment(environment); }
    void start();
    void abort();
    const QString& output() const { return m_output; }
    const QString& error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void done(const QString& error);
    QProcess m_process;
    QTimer m_timer;
    QStringList m_argv;
    QByteArray m_stdin;
    QString m_output;
    QString m_error;
    bool m_done = false;
    int m_timeoutMs;
};

} // namespace fapo
