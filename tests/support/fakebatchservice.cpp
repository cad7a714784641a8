#include "fakebatchservice.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <atomic>
#include <map>

namespace fapo::test {

using nlohmann::json;

namespace {

std::string s(const QString& q) { return q.toStdString(); }
QString q(const std::string& str) { return QString::fromStdString(str); }

// Ids unique within the process, so a client that mixes up two servers' batches is caught.
QString uniqueId(const char* prefix)
{
    static std::atomic<int> counter { 0 };
    return QLatin1String(prefix) + QStringLiteral("%1").arg(++counter, 4, 10, QLatin1Char('0'))
        + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16);
}

json rfc3339(const QDateTime& t)
{
    if (!t.isValid())
        return nullptr;
    return s(t.toUTC().toString(Qt::ISODateWithMs));
}

json unixTime(const QDateTime& t)
{
    if (!t.isValid())
        return nullptr;
    return t.toSecsSinceEpoch();
}

FakeReply anthropicBadRequest(const QString& message)
{
    return FakeReply::anthropicError(400, QStringLiteral("invalid_request_error"), message);
}

FakeReply openaiError(int status, const QString& message, const QString& type = QStringLiteral("invalid_request_error"),
                      const json& param = nullptr, const json& code = nullptr)
{
    return FakeReply::json({ { "error", { { "message", s(message) }, { "type", s(type) }, { "param", param }, { "code", code } } } },
                           status);
}

// The HTTP status the real services give to an error of this type.
int statusForErrorType(const QString& type)
{
    static const QHash<QString, int> statuses {
        { QStringLiteral("invalid_request_error"), 400 }, { QStringLiteral("authentication_error"), 401 },
        { QStringLiteral("billing_error"), 402 },         { QStringLiteral("permission_error"), 403 },
        { QStringLiteral("not_found_error"), 404 },       { QStringLiteral("request_too_large"), 413 },
        { QStringLiteral("rate_limit_error"), 429 },      { QStringLiteral("api_error"), 500 },
        { QStringLiteral("overloaded_error"), 529 },
    };
    return statuses.value(type, 500);
}

bool isString(const json& v, const char* key) { return v.is_object() && v.contains(key) && v[key].is_string(); }

// The boundary parameter of a multipart content type, without quotes.
QByteArray multipartBoundary(const QByteArray& contentType)
{
    for (QByteArray part : contentType.split(';')) {
        part = part.trimmed();
        if (part.toLower().startsWith("boundary=")) {
            QByteArray b = part.mid(9).trimmed();
            if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"'))
                b = b.mid(1, b.size() - 2);
            return b;
        }
    }
    return {};
}

struct FormPart {
    QByteArray name;
    QByteArray filename;
    QByteArray content;
};

// Splits a multipart/form-data body; false when it is not one.
bool parseMultipart(const QByteArray& body, const QByteArray& boundary, QList<FormPart>* parts)
{
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter; // a part's content ends before this
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    pos += delimiter.size();
    while (true) {
        if (body.mid(pos, 2) == "--")
            return true; // the closing delimiter
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return false;
        const qsizetype next = body.indexOf(separator, headerEnd + 4);
        if (next < 0)
            return false;
        FormPart part;
        for (const QByteArray& line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray header = line.trimmed();
            if (!header.toLower().startsWith("content-disposition:"))
                continue;
            for (QByteArray param : header.mid(20).split(';')) {
                param = param.trimmed();
                const qsizetype eq = param.indexOf('=');
                if (eq < 0)
                    continue;
                QByteArray value = param.mid(eq + 1).trimmed();
                if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                    value = value.mid(1, value.size() - 2);
                const QByteArray key = param.left(eq).trimmed().toLower();
                if (key == "name")
                    part.name = value;
                else if (key == "filename")
                    part.filename = value;
            }
        }
        part.content = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts->append(std::move(part));
        pos = next + separator.size();
    }
}

} // namespace

// ---------------------------------------------------------------- state

struct FakeBatchService::Entry {
    enum class Result { Succeeded, Errored, Expired, Canceled };
    QString customId;
    Result result = Result::Succeeded;
    int status = 200; // of the interactive reply, or the one an Errored outcome stands for
    json body; // Succeeded: the reply; Errored from a reply: its error body (null when from an outcome)
    QString errorType;
    QString errorMessage;
    QString requestId;
};

struct FakeBatchService::Batch {
    enum class Phase { Running, Canceling, Ended };
    QString id;
    bool openai = false;
    int submission = 0;
    QString collectionPath; // where it was created, e.g. "/v1/messages/batches": results_url follows it
    QList<Entry> entries; // in submission order
    int polls = 0;
    Phase phase = Phase::Running;
    QDateTime createdAt;
    QDateTime endedAt;
    QDateTime cancelAt;
    // OpenAI only
    QString endpoint;
    QString inputFileId;
    QString outputFileId;
    QString errorFileId;
    json metadata;
};

namespace {

struct StoredFile {
    QString id;
    QString filename;
    QString purpose;
    QByteArray content;
    QDateTime createdAt;
    QList<json> lines; // input files: the parsed lines
    bool output = false; // written by a batch: reading it counts as a result fetch
};

} // namespace

struct FakeBatchService::State {
    int pollsBeforeEnd = 1;
    bool held = false;
    OutcomeFunction outcome;
    std::map<QString, Batch> batches;
    QList<QString> order; // batch ids, oldest first
    QHash<QString, StoredFile> files;
    QList<QList<json>> submitted;
    int polls = 0;
    int resultFetches = 0;
    int interactiveCalls = 0;
};

// ---------------------------------------------------------------- FakeBatchService

FakeBatchService::FakeBatchService(FakeModelServer& server, FakeModelServer::Handler interactive, QObject* parent)
    : QObject(parent)
    , m_server(&server)
    , m_interactive(std::move(interactive))
    , d(std::make_unique<State>())
{
    if (!m_interactive)
        m_interactive = [](const FakeRequest& r) { return FakeReply::forRequest(r, QStringLiteral("echo: ") + r.prompt()); };
    // The server may outlive the service: then it falls back to the interactive handler alone.
    QPointer<FakeBatchService> self(this);
    server.setDefaultHandler([self, fallback = m_interactive](const FakeRequest& r) { return self ? self->handle(r) : fallback(r); });
}

FakeBatchService::~FakeBatchService() = default;

void FakeBatchService::setPollsBeforeEnd(int n) { d->pollsBeforeEnd = std::max(0, n); }
void FakeBatchService::setHeld(bool held) { d->held = held; }
void FakeBatchService::setOutcome(OutcomeFunction outcome) { d->outcome = std::move(outcome); }
int FakeBatchService::submissions() const { return int(d->submitted.size()); }

QList<json> FakeBatchService::submittedRequests(int submission) const
{
    if (submission < 1 || submission > d->submitted.size())
        return {};
    return d->submitted[submission - 1];
}

int FakeBatchService::polls() const { return d->polls; }
int FakeBatchService::resultFetches() const { return d->resultFetches; }
int FakeBatchService::interactiveCalls() const { return d->interactiveCalls; }

FakeReply FakeBatchService::handle(const FakeRequest& request)
{
    // Matched from the end of the path, so any prefix ("/v1", a proxy's "/openai/v1") works.
    const QStringList seg = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = seg.size();
    auto at = [&](qsizetype fromEnd) { return fromEnd <= n ? seg[n - fromEnd] : QString(); };
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const QString messages = QStringLiteral("messages");
    const QString batches = QStringLiteral("batches");
    const QString files = QStringLiteral("files");

    int anthropic = 0; // 1: ".../messages/batches", 2: ".../messages/batches/{id}", 3: ".../{id}/results" or ".../{id}/cancel"
    if (at(2) == messages && at(1) == batches)
        anthropic = 1;
    else if (at(3) == messages && at(2) == batches)
        anthropic = 2;
    else if (at(4) == messages && at(3) == batches && (at(1) == QStringLiteral("results") || at(1) == QStringLiteral("cancel")))
        anthropic = 3;
    if (anthropic > 0) {
        if (!request.hasHeader("x-api-key"))
            return FakeReply::anthropicError(401, QStringLiteral("authentication_error"), QStringLiteral("x-api-key header is required"));
        if (!request.hasHeader("anthropic-version"))
            return anthropicBadRequest(QStringLiteral("anthropic-version: header is required"));
        if (anthropic == 1 && post)
            return anthropicCreate(request);
        if (anthropic == 1 && get)
            return anthropicList(request);
        if (anthropic == 2 && get)
            return anthropicGet(at(1));
        if (anthropic == 3 && get && at(1) == QStringLiteral("results"))
            return anthropicResults(at(2));
        if (anthropic == 3 && post && at(1) == QStringLiteral("cancel"))
            return anthropicCancel(at(2));
        return FakeReply::anthropicError(404, QStringLiteral("not_found_error"),
                                         QStringLiteral("%1 %2 is not supported").arg(QString::fromLatin1(request.method), request.path));
    }

    if (at(1) == batches && post)
        return openaiCreate(request);
    if (at(2) == batches && get)
        return openaiGet(at(1));
    if (at(3) == batches && at(1) == QStringLiteral("cancel") && post)
        return openaiCancel(at(2));
    if (at(1) == files && post)
        return openaiUpload(request);
    if (at(2) == files && get)
        return openaiFile(at(1), false);
    if (at(3) == files && at(1) == QStringLiteral("content") && get)
        return openaiFile(at(2), true);

    ++d->interactiveCalls;
    return m_interactive(request);
}

FakeBatchService::Entry FakeBatchService::answer(const json& params, const QString& path, const FakeRequest& outer, int submission,
                                                 const QString& customId)
{
    Entry e;
    e.customId = customId;
    e.requestId = uniqueId("req_");
    if (d->outcome) {
        if (const std::optional<FakeBatchOutcome> o = d->outcome(params, submission)) {
            switch (o->kind) {
            case FakeBatchOutcome::Kind::Reply:
                break;
            case FakeBatchOutcome::Kind::Errored:
                e.result = Entry::Result::Errored;
                e.errorType = o->errorType.isEmpty() ? QStringLiteral("api_error") : o->errorType;
                e.errorMessage = o->errorMessage;
                e.status = statusForErrorType(e.errorType);
                return e;
            case FakeBatchOutcome::Kind::Expired:
                e.result = Entry::Result::Expired;
                return e;
            case FakeBatchOutcome::Kind::Canceled:
                e.result = Entry::Result::Canceled;
                return e;
            }
        }
    }

    FakeRequest inner;
    inner.method = "POST";
    inner.path = path;
    inner.headers = outer.headers;
    inner.body = QByteArray::fromStdString(params.dump());
    inner.json = params;
    const FakeReply reply = m_interactive(inner);
    auto fail = [&e](const QString& message) {
        e.result = Entry::Result::Errored;
        e.status = 500;
        e.body = nullptr;
        e.errorType = QStringLiteral("api_error");
        e.errorMessage = message;
        return e;
    };
    // Batch requests never stream, and a batch has no connection to drop or hold.
    if (!reply.chunks.isEmpty())
        return fail(QStringLiteral("the interactive handler answered a batch request with a stream"));
    if (reply.hang || reply.dropAfterBytes >= 0)
        return fail(QStringLiteral("the interactive handler answered a batch request with a broken connection"));
    for (const auto& [name, value] : reply.headers) {
        if (name.compare("request-id", Qt::CaseInsensitive) == 0 || name.compare("x-request-id", Qt::CaseInsensitive) == 0)
            e.requestId = QString::fromLatin1(value);
    }
    const json body = json::parse(reply.body.cbegin(), reply.body.cend(), nullptr, false);
    if (reply.status == 200) {
        if (body.is_discarded() || !body.is_object())
            return fail(QStringLiteral("the interactive handler's reply is not a JSON object"));
        e.body = body;
        return e;
    }
    e.result = Entry::Result::Errored;
    e.status = reply.status;
    e.body = body.is_discarded() ? json(nullptr) : body;
    // Both services put {"type","message"} under "error".
    const json& error = body.is_object() && body.contains("error") && body["error"].is_object() ? body["error"] : json::object();
    e.errorType = isString(error, "type") ? q(error["type"].get<std::string>()) : QStringLiteral("api_error");
    e.errorMessage = isString(error, "message")
        ? q(error["message"].get<std::string>())
        : QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(200)));
    return e;
}

void FakeBatchService::advance(Batch& batch)
{
    ++batch.polls;
    ++d->polls;
    if (batch.phase == Batch::Phase::Ended || d->held)
        return;
    if (batch.phase == Batch::Phase::Canceling) {
        // Nothing has run before the end, so every request is unfinished.
        for (Entry& e : batch.entries)
            e.result = Entry::Result::Canceled;
        end(batch);
    } else if (batch.polls > d->pollsBeforeEnd) {
        end(batch);
    }
}

void FakeBatchService::end(Batch& batch)
{
    batch.phase = Batch::Phase::Ended;
    batch.endedAt = QDateTime::currentDateTimeUtc();
    if (!batch.openai)
        return;

    // The output and error files, newest request first like the Anthropic results.
    QByteArray output;
    QByteArray errors;
    for (auto it = batch.entries.crbegin(); it != batch.entries.crend(); ++it) {
        const Entry& e = *it;
        json line = { { "id", s(uniqueId("batch_req_")) }, { "custom_id", s(e.customId) } };
        switch (e.result) {
        case Entry::Result::Succeeded:
            line["response"] = { { "status_code", 200 }, { "request_id", s(e.requestId) }, { "body", e.body } };
            line["error"] = nullptr;
            break;
        case Entry::Result::Errored: {
            json body = e.body;
            if (body.is_null()) {
                body = { { "error",
                           { { "message", s(e.errorMessage) }, { "type", s(e.errorType) }, { "param", nullptr }, { "code", nullptr } } } };
            }
            line["response"] = { { "status_code", e.status }, { "request_id", s(e.requestId) }, { "body", body } };
            line["error"] = nullptr;
            break;
        }
        case Entry::Result::Expired:
            line["response"] = nullptr;
            line["error"] = { { "code", "batch_expired" },
                              { "message", "This request could not be executed before the completion window expired." } };
            break;
        case Entry::Result::Canceled:
            line["response"] = nullptr;
            line["error"] = { { "code", "batch_cancelled" }, { "message", "This request was cancelled before it was executed." } };
            break;
        }
        (e.result == Entry::Result::Succeeded ? output : errors) += QByteArray::fromStdString(line.dump()) + '\n';
    }
    auto store = [this, &batch](const QByteArray& content, const char* name) {
        StoredFile f;
        f.id = uniqueId("file-");
        f.filename = QStringLiteral("%1_%2.jsonl").arg(batch.id, QLatin1String(name));
        f.purpose = QStringLiteral("batch_output");
        f.content = content;
        f.createdAt = batch.endedAt;
        f.output = true;
        d->files.insert(f.id, f);
        return f.id;
    };
    batch.outputFileId = store(output, "output");
    if (!errors.isEmpty())
        batch.errorFileId = store(errors, "error");
}

// ---------------------------------------------------------------- Anthropic

FakeReply FakeBatchService::anthropicCreate(const FakeRequest& request)
{
    const json& body = request.json;
    if (!body.is_object())
        return anthropicBadRequest(QStringLiteral("The request body is not valid JSON."));
    if (!body.contains("requests") || !body["requests"].is_array())
        return anthropicBadRequest(QStringLiteral("requests: Field required"));
    const json& requests = body["requests"];
    if (requests.empty())
        return anthropicBadRequest(QStringLiteral("requests: List should have at least 1 item after validation, not 0"));

    static const QRegularExpression customIdPattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    QSet<QString> seen;
    for (size_t i = 0; i < requests.size(); ++i) {
        const json& item = requests[i];
        const QString where = QStringLiteral("requests.%1").arg(i);
        if (!item.is_object())
            return anthropicBadRequest(where + QStringLiteral(": Input should be a valid dictionary"));
        if (!isString(item, "custom_id"))
            return anthropicBadRequest(where + QStringLiteral(".custom_id: Field required"));
        const QString customId = q(item["custom_id"].get<std::string>());
        if (!customIdPattern.match(customId).hasMatch())
            return anthropicBadRequest(where + QStringLiteral(".custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"));
        if (seen.contains(customId))
            return anthropicBadRequest(
                where + QStringLiteral(".custom_id: Duplicate custom_id '%1': custom_id must be unique within a batch").arg(customId));
        seen.insert(customId);
        if (!item.contains("params") || !item["params"].is_object())
            return anthropicBadRequest(where + QStringLiteral(".params: Field required"));
        const json& params = item["params"];
        if (!isString(params, "model"))
            return anthropicBadRequest(where + QStringLiteral(".params.model: Field required"));
        if (!params.contains("max_tokens") || !params["max_tokens"].is_number_integer())
            return anthropicBadRequest(where + QStringLiteral(".params.max_tokens: Field required"));
        if (!params.contains("messages") || !params["messages"].is_array())
            return anthropicBadRequest(where + QStringLiteral(".params.messages: Field required"));
        if (params.contains("stream") && params["stream"].is_boolean() && params["stream"].get<bool>())
            return anthropicBadRequest(where + QStringLiteral(".params.stream: Streaming is not supported in batch requests"));
    }

    Batch batch;
    batch.id = uniqueId("msgbatch_");
    batch.submission = int(d->submitted.size()) + 1;
    batch.collectionPath = request.path;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    QList<json> sent;
    for (const json& item : requests) {
        sent.append(item);
        batch.entries.append(
            answer(item["params"], QStringLiteral("/v1/messages"), request, batch.submission, q(item["custom_id"].get<std::string>())));
    }
    d->submitted.append(sent);
    const json reply = anthropicBatchJson(batch);
    const int submission = batch.submission;
    d->order.append(batch.id);
    d->batches.emplace(batch.id, std::move(batch));
    Q_EMIT submitted(submission);
    return FakeReply::json(reply);
}

FakeReply FakeBatchService::anthropicList(const FakeRequest&)
{
    json data = json::array();
    for (auto it = d->order.crbegin(); it != d->order.crend(); ++it) {
        const Batch& b = d->batches.at(*it);
        if (!b.openai)
            data.push_back(anthropicBatchJson(b));
    }
    const json first = data.empty() ? json(nullptr) : data.front()["id"];
    const json last = data.empty() ? json(nullptr) : data.back()["id"];
    return FakeReply::json({ { "data", data }, { "has_more", false }, { "first_id", first }, { "last_id", last } });
}

FakeReply FakeBatchService::anthropicGet(const QString& id)
{
    const auto it = d->batches.find(id);
    if (it == d->batches.end() || it->second.openai)
        return FakeReply::anthropicError(404, QStringLiteral("not_found_error"), QStringLiteral("No batch with id %1").arg(id));
    advance(it->second);
    const FakeReply reply = FakeReply::json(anthropicBatchJson(it->second));
    Q_EMIT polled(d->polls);
    return reply;
}

FakeReply FakeBatchService::anthropicResults(const QString& id)
{
    const auto it = d->batches.find(id);
    if (it == d->batches.end() || it->second.openai)
        return FakeReply::anthropicError(404, QStringLiteral("not_found_error"), QStringLiteral("No batch with id %1").arg(id));
    const Batch& batch = it->second;
    if (batch.phase != Batch::Phase::Ended)
        return anthropicBadRequest(QStringLiteral("Batch %1 is still processing: results are available once it has ended").arg(id));
    ++d->resultFetches;
    QByteArray lines;
    for (auto e = batch.entries.crbegin(); e != batch.entries.crend(); ++e) {
        json result;
        switch (e->result) {
        case Entry::Result::Succeeded:
            result = { { "type", "succeeded" }, { "message", e->body } };
            break;
        case Entry::Result::Errored:
            result
                = { { "type", "errored" },
                    { "error", { { "type", "error" }, { "error", { { "type", s(e->errorType) }, { "message", s(e->errorMessage) } } } } } };
            break;
        case Entry::Result::Expired:
            result = { { "type", "expired" } };
            break;
        case Entry::Result::Canceled:
            result = { { "type", "canceled" } };
            break;
        }
        lines += QByteArray::fromStdString(json { { "custom_id", s(e->customId) }, { "result", result } }.dump()) + '\n';
    }
    return FakeReply::raw(200, lines, "application/binary");
}

FakeReply FakeBatchService::anthropicCancel(const QString& id)
{
    const auto it = d->batches.find(id);
    if (it == d->batches.end() || it->second.openai)
        return FakeReply::anthropicError(404, QStringLiteral("not_found_error"), QStringLiteral("No batch with id %1").arg(id));
    Batch& batch = it->second;
    if (batch.phase == Batch::Phase::Running) {
        batch.phase = Batch::Phase::Canceling;
        batch.cancelAt = QDateTime::currentDateTimeUtc();
    }
    return FakeReply::json(anthropicBatchJson(batch));
}

json FakeBatchService::anthropicBatchJson(const Batch& batch) const
{
    const bool ended = batch.phase == Batch::Phase::Ended;
    int processing = 0, succeeded = 0, errored = 0, canceled = 0, expired = 0;
    for (const Entry& e : batch.entries) {
        if (!ended)
            ++processing;
        else if (e.result == Entry::Result::Succeeded)
            ++succeeded;
        else if (e.result == Entry::Result::Errored)
            ++errored;
        else if (e.result == Entry::Result::Expired)
            ++expired;
        else
            ++canceled;
    }
    const char* status = ended ? "ended" : batch.phase == Batch::Phase::Canceling ? "canceling" : "in_progress";
    json resultsUrl = nullptr;
    if (ended && m_server)
        resultsUrl = s(m_server->baseUrl() + batch.collectionPath + QLatin1Char('/') + batch.id + QStringLiteral("/results"));
    return {
        { "id", s(batch.id) },
        { "type", "message_batch" },
        { "processing_status", status },
        { "request_counts",
          { { "processing", processing },
            { "succeeded", succeeded },
            { "errored", errored },
            { "canceled", canceled },
            { "expired", expired } } },
        { "ended_at", rfc3339(batch.endedAt) },
        { "created_at", rfc3339(batch.createdAt) },
        { "expires_at", rfc3339(batch.createdAt.addSecs(24 * 3600)) },
        { "archived_at", nullptr },
        { "cancel_initiated_at", rfc3339(batch.cancelAt) },
        { "results_url", resultsUrl },
    };
}

// ---------------------------------------------------------------- OpenAI

FakeReply FakeBatchService::openaiUpload(const FakeRequest& request)
{
    QList<FormPart> parts;
    if (!parseMultipart(request.body, multipartBoundary(request.header("content-type")), &parts))
        return openaiError(400, QStringLiteral("The request must be multipart/form-data with a 'file' and a 'purpose'."));
    QByteArray purpose;
    const FormPart* file = nullptr;
    for (const FormPart& p : parts) {
        if (p.name == "purpose")
            purpose = p.content.trimmed();
        else if (p.name == "file")
            file = &p;
    }
    if (!file)
        return openaiError(400, QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("invalid_request_error"), "file");
    if (purpose != "batch")
        return openaiError(400, QStringLiteral("This fake only takes files with purpose 'batch'."), QStringLiteral("invalid_request_error"),
                           "purpose");

    StoredFile stored;
    int lineNumber = 0;
    QSet<QString> seen;
    for (const QByteArray& raw : file->content.split('\n')) {
        ++lineNumber;
        if (raw.trimmed().isEmpty())
            continue;
        const json line = json::parse(raw.cbegin(), raw.cend(), nullptr, false);
        auto bad = [lineNumber](const QString& why) { return openaiError(400, QStringLiteral("Line %1: %2").arg(lineNumber).arg(why)); };
        if (line.is_discarded() || !line.is_object())
            return bad(QStringLiteral("not a JSON object."));
        if (!isString(line, "custom_id") || line["custom_id"].get<std::string>().empty())
            return bad(QStringLiteral("'custom_id' is required."));
        const QString customId = q(line["custom_id"].get<std::string>());
        if (seen.contains(customId))
            return bad(QStringLiteral("duplicate custom_id '%1': each custom_id must be unique within a batch.").arg(customId));
        seen.insert(customId);
        if (!isString(line, "method") || line["method"] != "POST")
            return bad(QStringLiteral("'method' must be 'POST'."));
        if (!isString(line, "url") || line["url"] != "/v1/chat/completions")
            return bad(QStringLiteral("'url' must be '/v1/chat/completions'."));
        if (!line.contains("body") || !line["body"].is_object())
            return bad(QStringLiteral("'body' must be an object."));
        stored.lines.append(line);
    }
    if (stored.lines.isEmpty())
        return openaiError(400, QStringLiteral("The file holds no requests."));

    stored.id = uniqueId("file-");
    stored.filename = file->filename.isEmpty() ? QStringLiteral("batch.jsonl") : QString::fromUtf8(file->filename);
    stored.purpose = QStringLiteral("batch");
    stored.content = file->content;
    stored.createdAt = QDateTime::currentDateTimeUtc();
    const json reply = {
        { "id", s(stored.id) },
        { "object", "file" },
        { "bytes", stored.content.size() },
        { "created_at", stored.createdAt.toSecsSinceEpoch() },
        { "filename", s(stored.filename) },
        { "purpose", "batch" },
    };
    d->files.insert(stored.id, stored);
    return FakeReply::json(reply);
}

FakeReply FakeBatchService::openaiFile(const QString& id, bool content)
{
    const auto it = d->files.constFind(id);
    if (it == d->files.constEnd())
        return openaiError(404, QStringLiteral("No such File object: %1").arg(id), QStringLiteral("invalid_request_error"), "id");
    if (!content) {
        return FakeReply::json({
            { "id", s(it->id) },
            { "object", "file" },
            { "bytes", it->content.size() },
            { "created_at", it->createdAt.toSecsSinceEpoch() },
            { "filename", s(it->filename) },
            { "purpose", s(it->purpose) },
        });
    }
    if (it->output)
        ++d->resultFetches;
    return FakeReply::raw(200, it->content, "application/octet-stream");
}

FakeReply FakeBatchService::openaiCreate(const FakeRequest& request)
{
    const json& body = request.json;
    if (!body.is_object())
        return openaiError(400, QStringLiteral("The request body is not valid JSON."));
    if (!isString(body, "input_file_id"))
        return openaiError(400, QStringLiteral("Missing required parameter: 'input_file_id'."), QStringLiteral("invalid_request_error"),
                           "input_file_id");
    if (!isString(body, "endpoint") || body["endpoint"] != "/v1/chat/completions")
        return openaiError(400, QStringLiteral("This fake only takes batches for the endpoint '/v1/chat/completions'."),
                           QStringLiteral("invalid_request_error"), "endpoint");
    if (!isString(body, "completion_window") || body["completion_window"] != "24h")
        return openaiError(400, QStringLiteral("Invalid value for 'completion_window': the only supported value is '24h'."),
                           QStringLiteral("invalid_request_error"), "completion_window");
    const QString fileId = q(body["input_file_id"].get<std::string>());
    const auto file = d->files.constFind(fileId);
    if (file == d->files.constEnd() || file->purpose != QStringLiteral("batch"))
        return openaiError(404, QStringLiteral("No such File object: %1").arg(fileId), QStringLiteral("invalid_request_error"),
                           "input_file_id");

    Batch batch;
    batch.id = uniqueId("batch_");
    batch.openai = true;
    batch.submission = int(d->submitted.size()) + 1;
    batch.collectionPath = request.path;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.endpoint = QStringLiteral("/v1/chat/completions");
    batch.inputFileId = fileId;
    batch.metadata = body.contains("metadata") ? body["metadata"] : json(nullptr);
    for (const json& line : file->lines) {
        batch.entries.append(answer(line["body"], QStringLiteral("/v1/chat/completions"), request, batch.submission,
                                    q(line["custom_id"].get<std::string>())));
    }
    d->submitted.append(file->lines);
    const json reply = openaiBatchJson(batch);
    const int submission = batch.submission;
    d->order.append(batch.id);
    d->batches.emplace(batch.id, std::move(batch));
    Q_EMIT submitted(submission);
    return FakeReply::json(reply);
}

FakeReply FakeBatchService::openaiGet(const QString& id)
{
    const auto it = d->batches.find(id);
    if (it == d->batches.end() || !it->second.openai)
        return openaiError(404, QStringLiteral("No such Batch object: %1").arg(id), QStringLiteral("invalid_request_error"), "id");
    advance(it->second);
    const FakeReply reply = FakeReply::json(openaiBatchJson(it->second));
    Q_EMIT polled(d->polls);
    return reply;
}

FakeReply FakeBatchService::openaiCancel(const QString& id)
{
    const auto it = d->batches.find(id);
    if (it == d->batches.end() || !it->second.openai)
        return openaiError(404, QStringLiteral("No such Batch object: %1").arg(id), QStringLiteral("invalid_request_error"), "id");
    Batch& batch = it->second;
    if (batch.phase == Batch::Phase::Running) {
        batch.phase = Batch::Phase::Canceling;
        batch.cancelAt = QDateTime::currentDateTimeUtc();
    }
    return FakeReply::json(openaiBatchJson(batch));
}

json FakeBatchService::openaiBatchJson(const Batch& batch) const
{
    const bool ended = batch.phase == Batch::Phase::Ended;
    const bool canceled = batch.cancelAt.isValid();
    int completed = 0, failed = 0;
    if (ended) {
        for (const Entry& e : batch.entries)
            ++(e.result == Entry::Result::Succeeded ? completed : failed);
    }
    // Created "validating", polled "in_progress" until it ends.
    const char* status = "validating";
    if (ended)
        status = canceled ? "cancelled" : "completed";
    else if (batch.phase == Batch::Phase::Canceling)
        status = "cancelling";
    else if (batch.polls > 0)
        status = "in_progress";
    const QDateTime inProgressAt = batch.polls > 0 ? batch.createdAt : QDateTime();
    auto fileId = [](const QString& id) { return id.isEmpty() ? json(nullptr) : json(s(id)); };
    return {
        { "id", s(batch.id) },
        { "object", "batch" },
        { "endpoint", s(batch.endpoint) },
        { "errors", nullptr },
        { "input_file_id", s(batch.inputFileId) },
        { "completion_window", "24h" },
        { "status", status },
        { "output_file_id", fileId(batch.outputFileId) },
        { "error_file_id", fileId(batch.errorFileId) },
        { "created_at", unixTime(batch.createdAt) },
        { "in_progress_at", unixTime(inProgressAt) },
        { "expires_at", unixTime(batch.createdAt.addSecs(24 * 3600)) },
        { "finalizing_at", unixTime(ended && !canceled ? batch.endedAt : QDateTime()) },
        { "completed_at", unixTime(ended && !canceled ? batch.endedAt : QDateTime()) },
        { "failed_at", nullptr },
        { "expired_at", nullptr },
        { "cancelling_at", unixTime(batch.cancelAt) },
        { "cancelled_at", unixTime(ended && canceled ? batch.endedAt : QDateTime()) },
        { "request_counts", { { "total", batch.entries.size() }, { "completed", completed }, { "failed", failed } } },
        { "metadata", batch.metadata },
    };
}

} // namespace fapo::test
