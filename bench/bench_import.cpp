// Trace import throughput: generates an OTLP JSON file of the given size (many traces of a RAG
// pipeline: retrieve, llm calls with GenAI attributes) and reports MB/s and peak memory.
// Target: at least 100 MB/s, memory under 2x the file size.
//   fapo-bench-import [--megabytes N]
#include "core/import/traceimport.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <limits>
#include <optional>
#include <sys/resource.h>

using namespace fapo;

namespace {

QByteArray span(int trace, int index, int parent, const char* name, const QByteArray& attributes)
{
    const QByteArray traceId = QByteArray::number(trace, 16).rightJustified(32, '0');
    return "{\"traceId\":\"" + traceId + "\",\"spanId\":\"" + QByteArray::number(trace * 8 + index, 16).rightJustified(16, '0')
        + "\",\"parentSpanId\":\"" + (parent < 0 ? QByteArray() : QByteArray::number(trace * 8 + parent, 16).rightJustified(16, '0'))
        + "\",\"name\":\"" + name + "\",\"kind\":\"SPAN_KIND_INTERNAL\",\"startTimeUnixNano\":\""
        + QByteArray::number(1700000000000000000LL + trace * 1000000LL + index) + "\",\"endTimeUnixNano\":\""
        + QByteArray::number(1700000000000000000LL + trace * 1000000LL + index + 500) + "\",\"attributes\":[" + attributes
        + "],\"status\":{}}";
}

QByteArray attr(const char* key, const QByteArray& value)
{
    return "{\"key\":\"" + QByteArray(key) + "\",\"value\":{\"stringValue\":\"" + value + "\"}}";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("megabytes"), QStringLiteral("File size (default 200)."), QStringLiteral("N"), QStringLiteral("200") });
    parser.addOption({ QStringLiteral("repeat"), QStringLiteral("Imports to time; the best is reported (default 3)."), QStringLiteral("N"),
                       QStringLiteral("3") });
    parser.process(app);
    const qint64 target = parser.value(QStringLiteral("megabytes")).toLongLong() * 1024 * 1024;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.otlp.json"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("{\"resourceSpans\":[{\"resource\":{\"attributes\":[]},\"scopeSpans\":[{\"scope\":{\"name\":\"bench\"},\"spans\":[");
        const QByteArray question = "Which river runs through the town where Orlin Vasko was born? ";
        for (int t = 0; f.size() < target; ++t) {
            QByteArray out = t ? "," : "";
            out += span(t, 0, -1, "pipeline", attr("input.value", question));
            out += ","
                + span(t, 1, 0, "rewrite",
                       attr("gen_ai.request.model", "claude-haiku-5-5") + "," + attr("gen_ai.prompt", question) + ","
                           + attr("gen_ai.completion", "Orlin Vasko birthplace river"));
            out += ","
                + span(t, 2, 0, "retrieve",
                       attr("openinference.span.kind", "RETRIEVER") + "," + attr("input.value", "Orlin Vasko birthplace river") + ","
                           + attr("output.value", question.repeated(8)));
            out += ","
                + span(t, 3, 0, "answer",
                       attr("gen_ai.request.model", "claude-haiku-5-5") + "," + attr("gen_ai.prompt", question.repeated(8)) + ","
                           + attr("gen_ai.completion", "Tessel"));
            f.write(out);
        }
        f.write("]}]}]}");
    }
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    // The best of a few runs: a shared machine's noise only ever adds time.
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QString error;
    std::optional<ImportResult> result;
    qint64 ms = std::numeric_limits<qint64>::max();
    double peakMb = 0;
    for (int i = 0; i < repeat; ++i) {
        result.reset();
        QElapsedTimer clock;
        clock.start();
        result = importTraceFile(path, &error);
        ms = std::min(ms, clock.elapsed());
        if (!result)
            break;
        if (i == 0) { // the peak of one import (later ones reuse freed memory unevenly)
            rusage usage {};
            getrusage(RUSAGE_SELF, &usage);
            peakMb = double(usage.ru_maxrss) / 1024.0;
        }
    }
    if (!result) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("trace import: %.1f MB OTLP JSON, %zu spans, %d traces, %lld steps\n", megabytes, result->spans.size(), result->traces,
                static_cast<long long>(result->steps.size()));
    std::printf("  %lld ms (best of %d), %.1f MB/s (target >= 100), peak memory %.0f MB = %.2fx the file (target < 2x)\n",
                static_cast<long long>(ms), repeat, megabytes * 1000.0 / double(std::max<qint64>(1, ms)), peakMb, peakMb / megabytes);
    return 0;
}
