// libFuzzer target: trace files in every format the import reads (OTLP JSON and JSON Lines, GenAI and
// OpenInference attribute maps, Langfuse exports, Phoenix span lists, fapo JSONL), through format
// detection, span reading and the import graph; and the fast document read as large files take it (the
// document walked in two parts at once, the spans read on two threads), which small inputs never reach.
#include "fuzzsupport.h"
#include "core/import/otlpsimd.h"
#include "core/import/traceimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    const QByteArray text = fapo::fuzz::bytes(data, size);
    QString error;
    fapo::importTraceBytes(text, QStringLiteral("fuzz/trace.json"), &error);

    QByteArray padded = text;
    padded.append(QByteArray(fapo::importdetail::fastReadPadding(), '\0'));
    std::vector<fapo::ImportedSpan> spans;
    std::vector<fapo::ImportProblem> problems;
    fapo::importdetail::ReadContext ctx;
    ctx.text = &padded;
    ctx.spans = &spans;
    ctx.problems = &problems;
    nlohmann::json skeleton;
    fapo::importdetail::readJsonObjectFast(padded.constData(), text.size(), false, ctx, &skeleton, 0);
    return 0;
}
