#include "core/import/traceimport.h"
#include "core/formats/jsondocument.h"
#include "core/formats/jsonspace.h"
#include "core/import/importgraph.h"
#include "core/import/mappedfile.h"
#include "core/import/otlpprotobuf.h"
#include "core/import/otlpsax.h"
#include "core/import/otlpsimd.h"
#include "core/import/spanreaders.h"
#include <QElapsedTimer>
#include <algorithm>
#include <cstring>
#include <spdlog/spdlog.h>
#include <thread>

namespace fapo {

using nlohmann::json;
using namespace importdetail;

namespace {

const char* kExpected = "expected an OTLP ExportTraceServiceRequest ({\"resourceSpans\": [...]}), a JSON array or JSON Lines "
                        "of them, a Langfuse export ({\"trace\", \"observations\"}), a Phoenix span list "
                        "([{\"context\": {\"span_id\"}}, ...]), fapo JSONL ({\"trace_id\", \"span_id\", ...} per line) "
                        "or a flat GenAI/OpenInference attribute map";

struct Failure {
    ImportProblem problem;
};

ImportProblem at(const QByteArray& text, qsizetype offset, const QString& message, int firstLine = 1)
{
    const TextPosition p = positionOfOffset(text, offset);
    return ImportProblem { message, p.line + firstLine - 1, p.column, offset };
}

// nlohmann's error, located; `base` is where `text` starts in the file.
ImportProblem parseFailure(const QByteArray& file, qsizetype base, qsizetype length, const json::parse_error& e)
{
    const qsizetype rel = e.byte > 0 ? qsizetype(e.byte) - 1 : 0;
    QString what = QString::fromUtf8(e.what());
    const int i = what.indexOf(QLatin1String("syntax error"));
    if (i >= 0)
        what = what.mid(i);
    const bool truncated = rel >= length - 1 && what.contains(QLatin1String("end of input"));
    return at(file, base + std::min(rel, length),
              (truncated ? QStringLiteral("truncated JSON: ") : QStringLiteral("invalid JSON: ")) + what);
}

QString describe(const json& v)
{
    if (v.is_object()) {
        QStringList keys;
        for (auto it = v.begin(); it != v.end() && keys.size() < 6; ++it)
            keys << QString::fromStdString(it.key());
        return keys.isEmpty() ? QStringLiteral("an empty object")
                              : QStringLiteral("an object with keys ") + keys.join(QStringLiteral(", "));
    }
    if (v.is_array())
        return QStringLiteral("an array of %1 entries").arg(v.size());
    return QStringLiteral("a JSON %1").arg(QString::fromUtf8(v.type_name()));
}

// One whole JSON document of a known shape.
bool readDocument(const json& doc, ReadContext& ctx, ImportResult& r, ImportProblem* failure)
{
    QString error;
    bool ok = true;
    if (isOtlpRequest(doc)) {
        r.format = QStringLiteral("otlp");
        ok = readOtlpRequest(doc, ctx, &error);
    } else if (isLangfuseExport(doc)) {
        r.format = QStringLiteral("langfuse");
        ok = readLangfuse(doc, ctx, &error);
    } else if (doc.is_array() && !doc.empty() && isOtlpRequest(doc.front())) {
        r.format = QStringLiteral("otlp");
        for (size_t i = 0; ok && i < doc.size(); ++i) {
            if (!isOtlpRequest(doc[i])) {
                error = QStringLiteral("entry %1 of the array is not an ExportTraceServiceRequest").arg(i + 1);
                ok = false;
            } else {
                ok = readOtlpRequest(doc[i], ctx, &error);
            }
        }
    } else if (doc.is_array() && !doc.empty() && isPhoenixSpan(doc.front())) {
        r.format = QStringLiteral("phoenix");
        ok = readPhoenix(doc, ctx, &error);
    } else if (doc.is_array() && !doc.empty() && isFapoRecord(doc.front())) {
        r.format = QStringLiteral("fapo-jsonl");
        for (size_t i = 0; ok && i < doc.size(); ++i)
            ok = readFapoRecord(doc[i], ctx, &error);
    } else if (doc.is_array() && doc.empty()) {
        r.format = QStringLiteral("otlp");
        r.problems.push_back({ QStringLiteral("the file holds an empty array: no spans") });
    } else if (isFapoRecord(doc)) {
        r.format = QStringLiteral("fapo-jsonl");
        ok = readFapoRecord(doc, ctx, &error);
    } else if (isFlatAttributeMap(doc)) {
        r.format = QStringLiteral("attributes");
        readFlatAttributes(doc, ctx);
    } else {
        error = QStringLiteral("unrecognised trace format: %1; got %2").arg(QLatin1String(kExpected), describe(doc));
        ok = false;
    }
    if (!ok)
        *failure = ImportProblem { error, 1, 1, 0 };
    return ok;
}

struct Line {
    qsizetype start;
    qsizetype length;
    int number;
};

std::vector<Line> nonEmptyLines(const QByteArray& text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    int number = 1;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        qsizetype len = end - start;
        if (len > 0 && text.at(start + len - 1) == '\r')
            --len;
        bool blank = true;
        for (qsizetype i = start; i < start + len && blank; ++i)
            blank = text.at(i) == ' ' || text.at(i) == '\t';
        if (!blank)
            lines.push_back({ start, len, number });
        start = end + 1;
        ++number;
    }
    return lines;
}

std::optional<json> parseRange(const QByteArray& text, qsizetype start, qsizetype length, ImportProblem* failure)
{
    try {
        const char* b = text.constData() + start;
        return json::parse(b, b + length);
    } catch (const json::parse_error& e) {
        *failure = parseFailure(text, start, length, e);
    }
    return std::nullopt;
}

// JSON Lines: every non-empty line one object (an OTLP request or a fapo record).
bool readJsonLines(const QByteArray& text, const std::vector<Line>& lines, ReadContext& ctx, ImportResult& r, ImportProblem* failure)
{
    bool otlp = false, fapo = false, phoenix = false;
    for (const Line& line : lines) {
        const auto value = parseRange(text, line.start, line.length, failure);
        if (!value)
            return false;
        ctx.searchFrom = line.start;
        QString error;
        bool ok = true;
        if (isOtlpRequest(*value)) {
            otlp = true;
            ok = readOtlpRequest(*value, ctx, &error);
        } else if (isFapoRecord(*value)) {
            fapo = true;
            ok = readFapoRecord(*value, ctx, &error);
        } else if (isPhoenixSpan(*value)) {
            phoenix = true;
            ok = readPhoenix(json::array({ *value }), ctx, &error);
        } else {
            ok = false;
            error = QStringLiteral("line %1 is not a trace record: expected an OTLP ExportTraceServiceRequest, a Phoenix span or a "
                                   "fapo record ({\"trace_id\", \"span_id\"} or {\"run_id\", \"example_id\", \"step_id\"}); got %2")
                        .arg(line.number)
                        .arg(describe(*value));
        }
        if (!ok) {
            *failure = ImportProblem { error, line.number, 1, line.start };
            return false;
        }
    }
    const int kinds = int(otlp) + int(fapo) + int(phoenix);
    r.format = kinds > 1 ? QStringLiteral("mixed-jsonl")
        : otlp           ? QStringLiteral("otlp-jsonl")
        : phoenix        ? QStringLiteral("phoenix-jsonl")
                         : QStringLiteral("fapo-jsonl");
    return true;
}

std::optional<ImportResult> finish(ImportResult& r, const ReadContext& ctx)
{
    if (ctx.suppressed > 0)
        r.problems.push_back({ QStringLiteral("%1 more problems not listed").arg(ctx.suppressed) });
    QElapsedTimer clock;
    clock.start();
    buildImportGraph(r);
    spdlog::debug("import: {} spans grouped into {} steps in {} ms", r.spans.size(), r.steps.size(), clock.elapsed());
    return std::move(r);
}

enum class Whole { Declined, Failed, Read };

// One whole document through `reader` (it fills the spans and returns the document's skeleton, or declines),
// then the format readers over the skeleton. *out is set when the document was read.
template <typename Reader>
Whole readWhole(const QByteArray& input, bool keepAttributes, ImportProblem* failure, std::optional<ImportResult>* out, Reader&& reader)
{
    ImportResult r;
    ReadContext ctx;
    ctx.keepAttributes = keepAttributes;
    ctx.text = &input;
    ctx.spans = &r.spans;
    ctx.problems = &r.problems;
    json skeleton;
    if (!reader(ctx, &skeleton))
        return Whole::Declined;
    if (!readDocument(skeleton, ctx, r, failure))
        return Whole::Failed;
    *out = finish(r, ctx);
    return Whole::Read;
}

// What a text seems to be: JSON Lines when its first non-blank line is an object of its own and more
// follows (the lines are parsed to be sure).
enum class Shape { Lines, Document, Unsure };

// A first line is looked for in the first `window` bytes only: a one-line document of 100 MB is not
// scanned whole for a line break it does not have. Past the window, a line break in the last `window`
// bytes after an object's end, with more after it, still says JSON Lines (of long lines); without one the
// shape is Unsure: read it as a document first.
Shape shapeOf(const QByteArray& input, qsizetype window)
{
    const char* p = input.constData();
    const char* end = p + input.size();
    while (p < end && isJsonSpace(*p))
        ++p;
    if (p == end || *p != '{')
        return Shape::Document;
    // The last line break with more than blanks after it (one at the very end says nothing), looked for
    // on a second thread while the first is looked for: in a one-line document each search reads all of
    // its window, and the first reading of a file's pages is most of what the search costs.
    const char* lastLine = nullptr;
    std::thread tail;
    if (end - p > window)
        tail = std::thread([&lastLine, from = std::max(p + window, end - window), end] {
            const char* blankFrom = end;
            const char* at = static_cast<const char*>(memrchr(from, '\n', size_t(end - from)));
            while (at && std::all_of(at, blankFrom, isJsonSpace)) {
                blankFrom = at;
                at = static_cast<const char*>(memrchr(from, '\n', size_t(at - from)));
            }
            lastLine = at;
        });
    const char* lineEnd = static_cast<const char*>(std::memchr(p, '\n', size_t(std::min<qsizetype>(end - p, window))));
    if (tail.joinable())
        tail.join();
    if (!lineEnd && end - p > window) {
        lineEnd = lastLine;
        if (!lineEnd)
            return Shape::Unsure;
    }
    if (!lineEnd)
        return Shape::Document; // one line: a document
    const char* last = lineEnd;
    while (last > p && isJsonSpace(last[-1]))
        --last;
    if (last[-1] != '}')
        return Shape::Document;
    return std::all_of(lineEnd, end, isJsonSpace) ? Shape::Document : Shape::Lines;
}

// OTLP JSON Lines the fast way: every line walked by simdjson, the spans read as for one document.
Whole readJsonLinesWhole(const QByteArray& input, bool mappedFile, bool keepAttributes, ImportProblem* failure,
                         std::optional<ImportResult>* out)
{
    ImportResult r;
    ReadContext ctx;
    ctx.keepAttributes = keepAttributes;
    ctx.text = &input;
    ctx.spans = &r.spans;
    ctx.problems = &r.problems;
    std::vector<JsonLinesRecord> records;
    if (!readJsonLinesFast(input.constData(), input.size(), mappedFile, ctx, &records))
        return Whole::Declined;
    for (const JsonLinesRecord& record : records) {
        QString error;
        ctx.searchFrom = record.offset;
        if (!readOtlpRequest(record.skeleton, ctx, &error)) {
            *failure = ImportProblem { error, record.line, 1, record.offset };
            return Whole::Failed;
        }
    }
    r.format = QStringLiteral("otlp-jsonl");
    *out = finish(r, ctx);
    return Whole::Read;
}

// `mappedFile`: `input` is a read-only file mapping (its pages may be dropped once read). `padded`: it has
// fastReadPadding() readable bytes after its end. `fast`: the simdjson reads may be tried first.
std::optional<ImportResult> read(const QByteArray& input, ImportProblem* failure, bool mappedFile, bool padded, bool fast,
                                 bool keepAttributes)
{
    std::optional<ImportResult> result;
    constexpr qsizetype kLineWindow = qsizetype(16) << 20;
    const Shape shape = fast && padded ? shapeOf(input, kLineWindow) : Shape::Document;
    if (shape == Shape::Lines) {
        // JSON Lines: a whole-document read would only fail after the first line.
        const Whole lines = readJsonLinesWhole(input, mappedFile, keepAttributes, failure, &result);
        if (lines != Whole::Declined)
            return result;
    } else {
        // One JSON object, the fast way: simdjson finds the spans, which are then read (on two threads when large).
        if (fast && padded && !input.isEmpty()
            && readWhole(input, keepAttributes, failure, &result,
                         [&](ReadContext& ctx, json* skeleton) {
                             return readJsonObjectFast(input.constData(), input.size(), mappedFile, ctx, skeleton);
                         })
                != Whole::Declined)
            return result;
        // Not one document: JSON Lines whose lines are all longer than the window, perhaps.
        if (shape == Shape::Unsure && shapeOf(input, input.size()) == Shape::Lines
            && readJsonLinesWhole(input, mappedFile, keepAttributes, failure, &result) != Whole::Declined)
            return result;
        // One JSON document, streamed by nlohmann's SAX parser: slower, but it takes any document.
        if (!input.isEmpty() && !input.startsWith("\xEF\xBB\xBF")
            && readWhole(input, keepAttributes, failure, &result,
                         [&](ReadContext& ctx, json* skeleton) {
                             return streamJsonDocument(input.constData(), input.constData() + input.size(), mappedFile, ctx, skeleton);
                         })
                != Whole::Declined)
            return result;
    }
    // Anything else (JSON Lines, a broken or unusual file) the DOM way.
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.replace(0, 3, "   "); // keep offsets and columns
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0) {
        *failure = ImportProblem { QStringLiteral("not a text file (a NUL byte); ") + QLatin1String(kExpected), 0, 0, nul };
        return std::nullopt;
    }
    const std::vector<Line> lines = nonEmptyLines(text);
    if (lines.empty()) {
        *failure = ImportProblem { QStringLiteral("the file is empty; ") + QLatin1String(kExpected), 1, 1, 0 };
        return std::nullopt;
    }
    ImportResult r;
    ReadContext ctx;
    ctx.keepAttributes = keepAttributes;
    ctx.text = &text;
    ctx.spans = &r.spans;
    ctx.problems = &r.problems;

    ImportProblem wholeFailure;
    const auto doc = parseRange(text, 0, text.size(), &wholeFailure);
    if (doc) {
        if (!readDocument(*doc, ctx, r, failure))
            return std::nullopt;
    } else {
        // Not one document: JSON Lines when the first line is a complete object of its own.
        ImportProblem firstFailure;
        const auto first = lines.size() > 1 ? parseRange(text, lines[0].start, lines[0].length, &firstFailure) : std::nullopt;
        if (!first || !first->is_object()) {
            *failure = wholeFailure;
            return std::nullopt;
        }
        if (!readJsonLines(text, lines, ctx, r, failure))
            return std::nullopt;
    }
    return finish(r, ctx);
}

std::optional<ImportResult> importBytes(const QByteArray& bytes, const QString& fileLabel, QString* fatalError, ImportProblem* fatalDetail,
                                        bool mappedFile, bool padded, bool fast = true, bool keepAttributes = true)
{
    ImportProblem failure;
    std::optional<ImportResult> result;
    try {
        result = read(bytes, &failure, mappedFile, padded, fast, keepAttributes);
    } catch (const json::exception& e) {
        // Not a syntax error the readers locate (e.g. a number beyond a double): still refused, never a crash.
        failure = ImportProblem { QStringLiteral("unreadable JSON value: ") + QString::fromUtf8(e.what()) };
        result.reset();
    }
    if (!result) {
        if (fatalError)
            *fatalError = formatImportProblem(fileLabel, failure);
        if (fatalDetail)
            *fatalDetail = failure;
    }
    return result;
}

} // namespace

QString formatImportProblem(const QString& file, const ImportProblem& p, const QString& severity)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(p.line).arg(p.column).arg(severity, p.message);
    if (p.offset >= 0)
        return QStringLiteral("%1: byte %2: %3: %4").arg(file).arg(p.offset).arg(severity, p.message);
    return QStringLiteral("%1: %2: %3").arg(file, severity, p.message);
}

std::optional<ImportResult> importTraceBytes(const QByteArray& bytes, const QString& fileLabel, QString* fatalError,
                                             ImportProblem* fatalDetail)
{
    // The fast read needs readable bytes past the end: a copy with room for them.
    QByteArray padded;
    padded.reserve(bytes.size() + fastReadPadding());
    padded.append(bytes);
    return importBytes(padded, fileLabel, fatalError, fatalDetail, false, padded.capacity() - padded.size() >= fastReadPadding());
}

std::optional<ImportResult> importdetail::importTraceBytesGeneral(const QByteArray& bytes, const QString& fileLabel, QString* fatalError,
                                                                  ImportProblem* fatalDetail)
{
    return importBytes(bytes, fileLabel, fatalError, fatalDetail, false, false, false);
}

std::optional<ImportResult> importOtlpProtobuf(const QByteArray& body, const QString& label, QString* fatalError,
                                               ImportProblem* fatalDetail)
{
    ProtobufError broken;
    const std::optional<json> request = otlpProtobufToJson(body, &broken);
    ImportResult r;
    ReadContext ctx;
    ctx.spans = &r.spans;
    ctx.problems = &r.problems;
    r.format = QStringLiteral("otlp-protobuf");
    QString why;
    if (request && readOtlpRequest(*request, ctx, &why))
        return finish(r, ctx);
    ImportProblem p { QStringLiteral("not an OTLP protobuf ExportTraceServiceRequest: ") + (request ? why : broken.message), 0, 0,
                      request ? -1 : broken.offset };
    if (fatalError)
        *fatalError = formatImportProblem(label, p);
    if (fatalDetail)
        *fatalDetail = p;
    return std::nullopt;
}

std::optional<ImportResult> importTraceFile(const QString& path, QString* fatalError, ImportProblem* fatalDetail, SpanAttributes attributes)
{
    // Mapped, not read: the streaming reads then never hold the whole file in memory.
    MappedFile file;
    QString reason;
    if (!file.open(path, fastReadPadding(), &reason)) {
        const ImportProblem p { QStringLiteral("cannot read the file: ") + reason };
        if (fatalError)
            *fatalError = formatImportProblem(path, p);
        if (fatalDetail)
            *fatalDetail = p;
        return std::nullopt;
    }
    return importBytes(file.bytes(), path, fatalError, fatalDetail, file.isMapping(), true, true, attributes == SpanAttributes::Keep);
}

} // namespace fapo
