// The window while traces stream in: File › Listen for Traces… on a free port, then several keep-alive
// clients post OTLP protobuf requests of a RAG pipeline (one request in flight each, as exporters send)
// for a fixed time. Prints the spans/s answered 200, how the window's event loop fared (the longest
// and the 99th-percentile gap between 10 ms ticks: what a person's click would wait for), how many
// times the run was reloaded, and the time from the last 200 to every span being on show.
// Targets: the window stays responsive (gaps well under 100 ms) and shows arrivals within a second.
//   fapo-bench-live-window [--seconds 10] [--clients 4] [--traces 16]
//   (run with QT_QPA_PLATFORM=offscreen on a machine without display)
#include "otlptraffic.h"
#include "core/session/studiosession.h"
#include "widgets/mainwindow.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace fapo;
using namespace fapo::bench;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("seconds"), QStringLiteral("How long the clients send (default 10)."), QStringLiteral("N"), QStringLiteral("10") },
        { QStringLiteral("clients"), QStringLiteral("Keep-alive clients sending at once (default 4)."), QStringLiteral("N"),
          QStringLiteral("4") },
        { QStringLiteral("traces"), QStringLiteral("Traces per request (default 16, 6 spans each)."), QStringLiteral("N"),
          QStringLiteral("16") },
    });
    parser.process(app);
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
    const RequestTemplate request = makeTemplate(std::max(1, parser.value(QStringLiteral("traces")).toInt()));

    QTemporaryDir dir;
    MainWindow window(MainWindow::Mode::Unattended);
    window.resize(1400, 900);
    window.show();
    StudioSession* session = window.session();
    quint16 port = 0;
    QObject::connect(session, &StudioSession::listening, &app, [&](const QUrl& url) { port = quint16(url.port()); });
    ReceiverOptions options;
    options.port = 0;
    QString error;
    if (!window.listenForTraces(options, dir.filePath(QStringLiteral("live.fapo")), &error)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer wait;
    wait.start();
    while (port == 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (port == 0) {
        std::fprintf(stderr, "the window did not start listening\n");
        return 1;
    }

    // The clients, on threads of their own; the window's event loop runs on this one.
    std::atomic<qint64> spansAnswered { 0 };
    std::atomic<int> others { 0 };
    std::atomic<quint32> serial { 1 };
    std::atomic<bool> stop { false };
    std::atomic<qint64> lastAnswerMs { 0 };
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> senders;
    for (int c = 0; c < clients; ++c)
        senders.emplace_back([&] {
            Client client(port);
            while (!stop.load()) {
                const Answer a = client.post(requestBody(request, serial.fetch_add(1)));
                if (a.status == 200) {
                    spansAnswered += request.spans;
                    lastAnswerMs = clock.elapsed();
                } else {
                    ++others;
                    std::this_thread::sleep_for(std::chrono::milliseconds(a.retryAfter > 0 ? 1000 * a.retryAfter : 100));
                }
            }
        });

    // The event loop's heartbeat: a 10 ms timer; a late tick is time the window could not answer.
    std::vector<double> gaps;
    QElapsedTimer beat;
    beat.start();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] { gaps.push_back(double(beat.restart())); });
    int reloads = 0;
    QObject::connect(session, &StudioSession::snapshotLoaded, &app, [&] { ++reloads; });
    ticker.start(10);
    while (clock.elapsed() < qint64(seconds) * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    stop = true;
    for (std::thread& t : senders)
        t.join();
    ticker.stop();
    const qint64 sent = spansAnswered.load();
    const double elapsed = double(lastAnswerMs.load()) / 1000.0;

    // Every span answered 200 on show: the run's span count in the snapshot.
    const auto onShow = [&] {
        const RunSnapshotPtr s = window.snapshot();
        return s ? s->run.options.value("spans", qint64(0)) : qint64(0);
    };
    while (onShow() < sent && clock.elapsed() - lastAnswerMs.load() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const qint64 shownAfter = clock.elapsed() - lastAnswerMs.load();
    const RunSnapshotPtr s = window.snapshot();

    std::printf("the window listening, %d clients, %.1f s, %d spans (%lld KB) per request:\n", clients, elapsed, request.spans,
                static_cast<long long>(request.body.size() / 1024));
    std::printf("  answered 200: %.0f spans/s (%lld spans), other answers %d\n", double(sent) / std::max(0.001, elapsed),
                static_cast<long long>(sent), others.load());
    std::printf("  event loop: longest gap %.0f ms, 99th percentile %.0f ms, median %.0f ms between 10 ms ticks\n",
                gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end()), percentile(gaps, 0.99), percentile(gaps, 0.5));
    std::printf("  %d reloads of the run; every span on show %lld ms after the last 200 (%s); %zu examples, %lld steps\n", reloads,
                static_cast<long long>(shownAfter), onShow() >= sent ? "ok" : "NOT ALL SHOWN", s ? s->examples.size() : size_t(0),
                static_cast<long long>(s ? s->steps.size() : 0));
    window.stopListening();
    return onShow() >= sent ? 0 : 1;
}
