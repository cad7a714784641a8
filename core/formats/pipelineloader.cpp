#include "core/formats/pipelineloader.h"
#include "core/formats/appsection.h"
#include "core/formats/jsondocument.h"
#include "core/formats/jsonfieldreader.h"
#include "core/formats/templatetext.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <limits>

namespace fapo {

using nlohmann::json;

namespace {

// The widest range any provider takes (OpenAI: 0 to 2; Anthropic: 0 to 1, which its API checks).
constexpr double kMaxTemperature = 2.0;

class PipelineValidator : public JsonFieldReader {
public:
    PipelineValidator(const JsonDocument& doc, Diagnostics& out, bool checkFiles)
        : JsonFieldReader(doc, out, QFileInfo(doc.file()).absoluteDir(), checkFiles)
    {
    }

    std::optional<Pipeline> run();

private:
    void readModels(Pipeline& p);
    std::optional<ModelConfig> readModel(const std::string& name, const json& v, const std::string& ptr);
    void readSteps(Pipeline& p);
    std::optional<Step> readStep(const json& v, const std::string& ptr);
    void readChecks(Step& step, const json& v, const std::string& ptr);
    void readMetrics(Pipeline& p);
    void checkReferences(Pipeline& p);
    std::optional<Pipeline> readApp(Pipeline& p);
    std::optional<Pipeline> finish(Pipeline& p);

    std::map<QString, std::string> m_stepPointers; // step id -> pointer of the step object
    // Ids of steps left out for their own errors: a reference to one is not a second error.
    QSet<QString> m_stepsWithErrors;
};

std::optional<Pipeline> PipelineValidator::run()
{
    const json& root = m_doc.value();
    if (!root.is_object()) {
        error("", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a pipeline file must hold one JSON object, not %1"), typeName(root)));
        return std::nullopt;
    }
    Pipeline p;
    const DiagnosticText top = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "the pipeline"));
    const auto format = string(root, "", "format", true, top);
    if (format && *format != QLatin1String("fapo.pipeline/1"))
        error("/format", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "unsupported format %1 (expected \"fapo.pipeline/1\")"), q(*format)));
    p.name = string(root, "", "name", false, top).value_or(QFileInfo(m_doc.file()).completeBaseName());
    p.description = string(root, "", "description", false, top).value_or(QString());
    unknownFields(root, "",
                  { QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("models"),
                    QStringLiteral("steps"), QStringLiteral("output"), QStringLiteral("metrics"), QStringLiteral("app"),
                    QStringLiteral("prompts") },
                  top);
    readModels(p);
    if (root.contains("app"))
        return readApp(p);
    if (root.contains("prompts"))
        error("/prompts",
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                     "\"prompts\" belongs to an app pipeline: add \"app\" with the program's command, or "
                                     "write the prompts into \"steps\"")));
    readSteps(p);
    if (p.steps.empty())
        return std::nullopt;
    checkReferences(p);

    const auto output = string(root, "", "output", false, top);
    p.output = output.value_or(p.steps.back().id);
    if (output && !p.step(*output))
        error("/output", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"output\" names step %1, which is not defined"), q(*output)));
    return finish(p);
}

// The user's program is the pipeline; its prompts are files (appsection.cpp).
std::optional<Pipeline> PipelineValidator::readApp(Pipeline& p)
{
    if (!AppSectionReader(m_doc, m_out, m_dir, m_checkFiles).read(m_doc.value(), p))
        return std::nullopt;
    return finish(p);
}

std::optional<Pipeline> PipelineValidator::finish(Pipeline& p)
{
    readMetrics(p);
    if (hasErrors(m_out))
        return std::nullopt;
    // The file's content alone, so a stored version (read back without its files) keeps its hash. An app's
    // prompt texts are not in it: the prompt set a run used is stored with that run.
    p.hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(m_doc.value().dump()), QCryptographicHash::Sha256).toHex());
    return p;
}

void PipelineValidator::readModels(Pipeline& p)
{
    const json& root = m_doc.value();
    const auto it = root.find("models");
    if (it != root.end()) {
        if (!it->is_object()) {
            error("/models",
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"models\" must be an object of named models, not %1"), typeName(*it)));
        } else {
            for (auto m = it->begin(); m != it->end(); ++m) {
                if (auto config = readModel(m.key(), m.value(), jsonPointer({ "models", m.key() })))
                    p.models[config->name] = *config;
            }
        }
    }
    // The optimizer defaults to Anthropic's current Sonnet; the critic to the optimizer.
    if (!p.models.count(QStringLiteral("optimizer")))
        p.models[QStringLiteral("optimizer")] = defaultOptimizerModel();
    if (!p.models.count(QStringLiteral("critic"))) {
        ModelConfig critic = p.models[QStringLiteral("optimizer")];
        critic.name = QStringLiteral("critic");
        p.models[QStringLiteral("critic")] = critic;
    }
}

std::optional<ModelConfig> PipelineValidator::readModel(const std::string& name, const json& v, const std::string& ptr)
{
    const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "model %1"), qs(name));
    if (!v.is_object()) {
        error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 must be an object, not %2"), where, typeName(v)));
        return std::nullopt;
    }
    const size_t before = m_out.size();
    ModelConfig c;
    c.name = QString::fromStdString(name);
    const QString provider = string(v, ptr, "provider", true, where).value_or(QString());
    const auto providerType = parseName<ProviderType>(provider);
    if (!provider.isEmpty() && !providerType)
        error(jsonPointer(ptr, "provider"),
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: unknown provider %2 (expected anthropic, openai or scripted)"), where,
                   q(provider)));
    c.provider = providerType.value_or(ProviderType::Anthropic);
    if (c.provider == ProviderType::Scripted) {
        if (const auto rules = string(v, ptr, "rules", true, where))
            c.rulesPath
                = existingFile(*rules, jsonPointer(ptr, "rules"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: rules file"), where));
        c.model = string(v, ptr, "model", false, where).value_or(QStringLiteral("scripted"));
    } else {
        c.model = string(v, ptr, "model", true, where).value_or(QString());
        if (v.contains("model") && c.model.trimmed().isEmpty())
            error(jsonPointer(ptr, "model"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"model\" must not be empty"), where));
    }
    if (const auto url = string(v, ptr, "base_url", false, where)) {
        const QUrl u(*url);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
            error(jsonPointer(ptr, "base_url"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"base_url\" must be an http(s) URL"), where));
        c.baseUrl = *url;
    }
    c.maxTokens = int(integer(v, ptr, "max_tokens", 1, where).value_or(c.maxTokens));
    c.temperature = number(v, ptr, "temperature", 0.0, kMaxTemperature, where);
    c.timeoutMs = int(integer(v, ptr, "timeout_ms", 1, where).value_or(c.timeoutMs));
    c.maxRetries = int(integer(v, ptr, "max_retries", 0, where).value_or(c.maxRetries));
    c.stream = boolean(v, ptr, "stream", where).value_or(false);
    for (const char* key : { "api_key", "key", "apiKey" })
        if (v.contains(key))
            error(jsonPointer(ptr, key),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                         "%1: API keys never go in a pipeline file; set "
                                         "ANTHROPIC_API_KEY or OPENAI_API_KEY in the environment"),
                       where));
    unknownFields(v, ptr,
                  { QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("base_url"), QStringLiteral("rules"),
                    QStringLiteral("max_tokens"), QStringLiteral("temperature"), QStringLiteral("timeout_ms"),
                    QStringLiteral("max_retries"), QStringLiteral("stream"), QStringLiteral("api_key"), QStringLiteral("key"),
                    QStringLiteral("apiKey") },
                  where);
    if (m_out.size() != before && hasErrors(Diagnostics(m_out.begin() + before, m_out.end())))
        return std::nullopt;
    return c;
}

void PipelineValidator::readSteps(Pipeline& p)
{
    const json& root = m_doc.value();
    const auto it = root.find("steps");
    if (it == root.end()) {
        error("", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "the pipeline needs a \"steps\" list")));
        return;
    }
    if (!it->is_array() || it->empty()) {
        error("/steps", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"steps\" must be a non-empty list of steps")));
        return;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (size_t i = 0; i < it->size(); ++i) {
        const std::string ptr = jsonPointer("/steps", i);
        auto step = readStep((*it)[i], ptr);
        if (!step)
            continue;
        if (!idPattern.match(step->id).hasMatch()) {
            error(jsonPointer(ptr, "id"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step id %1 must match [a-z][a-z0-9_]* (lower case letter first)"),
                       q(step->id)));
            m_stepsWithErrors.insert(step->id);
            continue;
        }
        if (step->id == QLatin1String("input")) {
            error(jsonPointer(ptr, "id"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"input\" is reserved for dataset inputs; rename the step")));
            continue;
        }
        if (m_stepPointers.count(step->id)) {
            const TextPosition first = m_doc.positionOf(m_stepPointers[step->id]);
            error(jsonPointer(ptr, "id"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "duplicate step id %1 (first defined at line %2)"), q(step->id), first.line));
            continue;
        }
        m_stepPointers[step->id] = ptr;
        if (step->kind == StepKind::Llm && !p.models.count(step->model)) {
            error(step->model == QLatin1String("worker") && !(*it)[i].contains("model") ? ptr : jsonPointer(ptr, "model"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step %1 uses model %2, which \"models\" does not define"), q(step->id),
                       q(step->model)));
        }
        p.steps.push_back(*step);
    }
}

std::optional<Step> PipelineValidator::readStep(const json& v, const std::string& ptr)
{
    if (!v.is_object()) {
        error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a step must be an object, not %1"), typeName(v)));
        return std::nullopt;
    }
    Step s;
    const auto id = string(v, ptr, "id", true, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a step")));
    if (!id)
        return std::nullopt;
    s.id = *id;
    m_stepsWithErrors.insert(s.id); // until the step has been read whole
    const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step %1"), q(s.id));
    const auto kindName = string(v, ptr, "kind", true, where);
    if (!kindName)
        return std::nullopt;
    const auto kind = parseName<StepKind>(*kindName);
    if (!kind) {
        error(jsonPointer(ptr, "kind"),
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: unknown kind %2 (expected llm, retrieve, transform or command)"), where,
                   q(*kindName)));
        return std::nullopt;
    }
    s.kind = *kind;
    s.description = string(v, ptr, "description", false, where).value_or(QString());
    const size_t before = m_out.size();
    QSet<QString> known { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("checks"), QStringLiteral("description") };
    const auto parse = [&] {
        const QString mode = string(v, ptr, "parse", false, where).value_or(nameOf(s.parse));
        if (const auto parsed = parseName<ParseMode>(mode))
            s.parse = *parsed;
        else
            error(jsonPointer(ptr, "parse"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"parse\" must be \"text\" or \"json\""), where));
        known << QStringLiteral("parse");
    };
    switch (s.kind) {
    case StepKind::Llm:
        s.model = string(v, ptr, "model", false, where).value_or(s.model);
        s.system = string(v, ptr, "system", false, where).value_or(QString());
        s.prompt = string(v, ptr, "prompt", true, where).value_or(QString());
        if (const auto mt = integer(v, ptr, "max_tokens", 1, where))
            s.maxTokens = int(*mt);
        s.temperature = number(v, ptr, "temperature", 0.0, kMaxTemperature, where);
        s.stop = stringList(v, ptr, "stop", where).value_or(QStringList());
        s.optimize = boolean(v, ptr, "optimize", where).value_or(true);
        parse();
        known << QStringLiteral("model") << QStringLiteral("system") << QStringLiteral("prompt") << QStringLiteral("max_tokens")
              << QStringLiteral("temperature") << QStringLiteral("stop") << QStringLiteral("optimize");
        break;
    case StepKind::Retrieve:
        if (const auto corpus = string(v, ptr, "corpus", true, where))
            s.corpusPath
                = existingFile(*corpus, jsonPointer(ptr, "corpus"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: corpus"), where));
        s.query = string(v, ptr, "query", true, where).value_or(QString());
        s.topK = int(integer(v, ptr, "top_k", 1, where).value_or(s.topK));
        known << QStringLiteral("corpus") << QStringLiteral("query") << QStringLiteral("top_k");
        break;
    case StepKind::Transform:
        s.templateText = string(v, ptr, "template", true, where).value_or(QString());
        parse();
        known << QStringLiteral("template");
        break;
    case StepKind::Command:
        if (!v.contains("argv"))
            error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 needs the field \"argv\""), where));
        s.argv = stringList(v, ptr, "argv", where).value_or(QStringList());
        if (v.contains("argv") && v["argv"].is_array() && s.argv.isEmpty())
            error(jsonPointer(ptr, "argv"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"argv\" must name a program"), where));
        s.inputs = stringList(v, ptr, "inputs", where).value_or(QStringList());
        s.timeoutMs = int(integer(v, ptr, "timeout_ms", 1, where).value_or(s.timeoutMs));
        parse();
        known << QStringLiteral("argv") << QStringLiteral("inputs") << QStringLiteral("timeout_ms");
        break;
    }
    if (v.contains("checks"))
        readChecks(s, v["checks"], jsonPointer(ptr, "checks"));
    unknownFields(v, ptr, known, where);
    if (hasErrors(Diagnostics(m_out.begin() + before, m_out.end())))
        return std::nullopt;
    m_stepsWithErrors.remove(s.id);
    return s;
}

void PipelineValidator::readChecks(Step& step, const json& v, const std::string& ptr)
{
    const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step %1"), q(step.id));
    if (!v.is_array()) {
        error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: \"checks\" must be a list, not %2"), where, typeName(v)));
        return;
    }
    for (size_t i = 0; i < v.size(); ++i) {
        const std::string cptr = jsonPointer(ptr, i);
        const DiagnosticText cwhere = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1, check %2"), where, i + 1);
        if (!v[i].is_object()) {
            error(cptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 must be an object, not %2"), cwhere, typeName(v[i])));
            continue;
        }
        Check c;
        const QString type = string(v[i], cptr, "type", true, cwhere).value_or(QString());
        const auto checkType = parseName<CheckType>(type);
        c.type = checkType.value_or(CheckType::NotEmpty);
        if (!checkType) {
            if (!type.isEmpty())
                error(jsonPointer(cptr, "type"),
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                             "%1: unknown check type %2 (expected json_valid, regex, "
                                             "max_chars, min_chars, contains or not_empty)"),
                           cwhere, q(type)));
        } else if (c.type == CheckType::Regex) {
            c.pattern = string(v[i], cptr, "pattern", true, cwhere).value_or(QString());
            const QRegularExpression re(c.pattern);
            if (!re.isValid())
                error(jsonPointer(cptr, "pattern"),
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: invalid regular expression: %2"), cwhere, re.errorString()));
        } else if (c.type == CheckType::Contains) {
            c.text = string(v[i], cptr, "value", true, cwhere).value_or(QString());
        } else if (c.type == CheckType::MaxChars || c.type == CheckType::MinChars) {
            if (!v[i].contains("value"))
                error(cptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 needs the field \"value\""), cwhere));
            c.number = integer(v[i], cptr, "value", 0, cwhere).value_or(0);
        }
        step.checks.push_back(c);
    }
}

void PipelineValidator::readMetrics(Pipeline& p)
{
    const json& root = m_doc.value();
    const auto it = root.find("metrics");
    if (it == root.end())
        return;
    if (!it->is_array()) {
        error("/metrics", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"metrics\" must be a list, not %1"), typeName(*it)));
        return;
    }
    bool anyGate = false;
    for (size_t i = 0; i < it->size(); ++i) {
        const std::string ptr = jsonPointer("/metrics", i);
        const json& v = (*it)[i];
        DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "metric %1"), i + 1);
        if (!v.is_object()) {
            error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 must be an object, not %2"), where, typeName(v)));
            continue;
        }
        Metric m;
        const QString type = string(v, ptr, "type", true, where).value_or(QString());
        const auto metricType = parseName<MetricType>(type);
        if (!type.isEmpty() && !metricType)
            error(jsonPointer(ptr, "type"),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: unknown metric type %2 (expected %3)"), where, q(type),
                       allNames<MetricType>()));
        m.type = metricType.value_or(MetricType::ExactMatch);
        m.name = string(v, ptr, "name", false, where).value_or(type);
        where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "metric %1"), q(m.name));
        m.output = string(v, ptr, "output", false, where).value_or(QString());
        m.expected = string(v, ptr, "expected", false, where).value_or(QString());
        m.threshold = number(v, ptr, "threshold", 0.0, 1.0, where).value_or(1.0);
        m.gate = boolean(v, ptr, "gate", where).value_or(false);
        m.tolerance = number(v, ptr, "tolerance", 0.0, std::numeric_limits<double>::infinity(), where).value_or(0.0);
        m.pattern = string(v, ptr, "pattern", false, where).value_or(QString());
        m.rubric = string(v, ptr, "rubric", m.type == MetricType::LlmJudge, where).value_or(QString());
        if (!m.pattern.isEmpty() && !QRegularExpression(m.pattern).isValid())
            error(jsonPointer(ptr, "pattern"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: invalid regular expression"), where));
        unknownFields(v, ptr,
                      { QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("output"), QStringLiteral("expected"),
                        QStringLiteral("threshold"), QStringLiteral("gate"), QStringLiteral("tolerance"), QStringLiteral("pattern"),
                        QStringLiteral("rubric") },
                      where);
        anyGate = anyGate || m.gate;
        p.metrics.push_back(m);
    }
    if (!anyGate && !p.metrics.empty())
        p.metrics.front().gate = true; // the first metric gates by default
}

void PipelineValidator::checkReferences(Pipeline& p)
{
    QHash<QString, int> index;
    for (int i = 0; i < int(p.steps.size()); ++i)
        index.insert(p.steps[size_t(i)].id, i);

    StepGraph& g = p.graph;
    QHash<QString, QStringList> deps; // step -> steps it reads
    QSet<QPair<QString, QString>> edgeSet; // each edge once, without a search per edge (imports have thousands)
    const auto addEdge = [&](const QString& from, const QString& to) {
        if (!edgeSet.contains({ from, to })) {
            edgeSet.insert({ from, to });
            g.edges.push_back(GraphEdge { from, to });
        }
    };
    for (const Step& s : p.steps) {
        const std::string sptr = m_stepPointers[s.id];
        const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step %1"), q(s.id));
        std::vector<std::pair<std::string, TemplateRef>> refs;
        for (const auto& [field, text] : s.templates()) {
            const TemplateParse parsed = parseTemplate(text);
            const std::string fptr = jsonPointer(sptr, field.toStdString());
            if (!parsed.error.isEmpty()) {
                error(fptr,
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1, field \"%2\", offset %3: %4"), where, field, parsed.errorOffset,
                           parsed.errorText));
                continue;
            }
            for (const TemplateRef& r : parsed.refs)
                refs.emplace_back(fptr, r);
        }
        for (int i = 0; i < s.inputs.size(); ++i) {
            DiagnosticText err;
            const std::string iptr = jsonPointer(jsonPointer(sptr, "inputs"), size_t(i));
            if (auto r = parseReference(s.inputs[i], &err))
                refs.emplace_back(iptr, *r);
            else
                error(iptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: %2"), where, err));
        }
        for (const auto& [rptr, r] : refs) {
            if (r.isInput()) {
                const QString node = r.node();
                if (!g.inputNodes.contains(node))
                    g.inputNodes << node;
                addEdge(node, s.id);
                continue;
            }
            if (!index.contains(r.source)) {
                if (m_stepsWithErrors.contains(r.source))
                    continue;
                error(rptr,
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 refers to {{%2}}, but no step is called %3"), where, r.text,
                           q(r.source)));
                continue;
            }
            const Step& producer = p.steps[size_t(index[r.source])];
            if (!r.field.isEmpty() && producer.kind != StepKind::Retrieve && producer.parse != ParseMode::Json)
                error(rptr,
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                             "%1 refers to {{%2}}, but step %3 does not parse JSON (add \"parse\": \"json\" "
                                             "to it, or refer to {{%4}})"),
                           where, r.text, q(r.source), r.source));
            addEdge(r.source, s.id);
            if (!deps[s.id].contains(r.source))
                deps[s.id] << r.source;
        }
    }

    // Cycles first (they name every step on the loop), then references to later steps.
    QStringList order;
    for (const Step& s : p.steps)
        order << s.id;
    const std::vector<StepCycle> cycles = findCycles(order, deps);
    for (const StepCycle& c : cycles)
        error(m_stepPointers[c.at],
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "cycle between steps: %1"), c.loop.join(QStringLiteral(" -> "))));
    if (cycles.empty()) {
        for (const Step& s : p.steps)
            for (const QString& d : deps.value(s.id))
                if (index[d] > index[s.id])
                    error(m_stepPointers[s.id],
                          diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                                 "step %1 refers to {{%2}}, a later step; steps may "
                                                 "only read steps defined before them"),
                               q(s.id), d));
    }
    for (const Step& s : p.steps)
        g.steps << s.id;
}

} // namespace

ModelConfig defaultOptimizerModel()
{
    ModelConfig c;
    c.name = QStringLiteral("optimizer");
    c.provider = ProviderType::Anthropic;
    c.model = QStringLiteral("claude-sonnet-5-5");
    c.maxTokens = 4096;
    return c;
}

PipelineLoad loadPipelineFromBytes(const QString& path, const QByteArray& bytes, bool checkFiles)
{
    PipelineLoad result;
    Diagnostic syntax;
    const auto doc = JsonDocument::parse(path, bytes, &syntax);
    if (!doc) {
        result.diagnostics.push_back(syntax);
        return result;
    }
    auto pipeline = PipelineValidator(*doc, result.diagnostics, checkFiles).run();
    if (pipeline && !hasErrors(result.diagnostics)) {
        pipeline->path = QFileInfo(path).absoluteFilePath();
        pipeline->source = bytes;
        result.pipeline = std::move(pipeline);
    }
    return result;
}

PipelineLoad loadPipeline(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PipelineLoad result;
        result.diagnostics.push_back(
            Diagnostic::make(Diagnostic::Severity::Error, path, 0, 0,
                             diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "cannot read the file: %1"), file.errorString())));
        return result;
    }
    return loadPipelineFromBytes(path, file.readAll());
}

} // namespace fapo
