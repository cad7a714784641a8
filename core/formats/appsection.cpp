#include "core/formats/appsection.h"
#include <QFile>
#include <QRegularExpression>
#include <limits>

namespace fapo {

using nlohmann::json;

bool AppSectionReader::read(const json& root, Pipeline& p)
{
    const size_t errorsBefore = m_out.size();
    for (const char* declared : { "steps", "output" })
        if (root.contains(declared))
            error(jsonPointer("", declared),
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                         "an app pipeline has no %1: its program is the pipeline (remove %1, or remove \"app\")"),
                       qs(declared)));
    readApp(root["app"], p);
    readPrompts(root, p);
    for (size_t i = errorsBefore; i < m_out.size(); ++i)
        if (m_out[i].severity == Diagnostic::Severity::Error)
            return false;
    // What the program declares, as steps the views can show before a run finds the real ones.
    for (const PromptFile& prompt : p.prompts) {
        Step s;
        s.id = prompt.name;
        s.kind = StepKind::Llm;
        s.model = p.app->model;
        s.prompt = prompt.text;
        s.optimize = prompt.optimize;
        s.description = prompt.file;
        s.promptName = prompt.name;
        p.steps.push_back(s);
        p.graph.steps << s.id;
    }
    return true;
}

void AppSectionReader::readApp(const json& v, Pipeline& p)
{
    const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\""));
    if (!v.is_object()) {
        error("/app", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\" must be an object, not %1"), typeName(v)));
        return;
    }
    AppConfig app;
    unknownFields(v, "/app",
                  { QStringLiteral("command"), QStringLiteral("timeout_ms"), QStringLiteral("parse"), QStringLiteral("concurrency"),
                    QStringLiteral("model") },
                  where);
    if (!v.contains("command"))
        error("/app",
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\" needs a \"command\": the program to run, as a list of arguments")));
    else if (const auto command = stringList(v, "/app", "command", where)) {
        if (command->isEmpty() || command->front().trimmed().isEmpty())
            error(
                "/app/command",
                diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\".\"command\" is empty: name the program to run, then its arguments")));
        app.command = *command;
    }
    if (const auto timeout = integer(v, "/app", "timeout_ms", 1, where))
        app.timeoutMs = int(std::min<qint64>(*timeout, std::numeric_limits<int>::max()));
    if (const auto concurrency = integer(v, "/app", "concurrency", 1, where))
        app.concurrency = int(std::min<qint64>(*concurrency, std::numeric_limits<int>::max()));
    if (const auto parse = string(v, "/app", "parse", false, where)) {
        if (const auto mode = parseName<ParseMode>(*parse))
            app.parse = *mode;
        else
            error("/app/parse",
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\".\"parse\" must be \"text\" or \"json\", not %1"), q(*parse)));
    }
    if (const auto model = string(v, "/app", "model", false, where)) {
        if (!p.models.count(*model))
            error("/app/model",
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"app\" answers its calls with model %1, which \"models\" does not define"),
                       q(*model)));
        app.model = *model;
    }
    p.app = app;
}

void AppSectionReader::readPrompts(const json& root, Pipeline& p)
{
    const auto it = root.find("prompts");
    if (it == root.end()) {
        error("",
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                     "an app pipeline needs \"prompts\": each prompt the program reads, by name, with its file")));
        return;
    }
    if (!it->is_object() || it->empty()) {
        error("/prompts",
              diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"prompts\" must be an object of name: {\"file\": PATH}, with at least one")));
        return;
    }
    // Prompt names become step ids, so they follow the same rule.
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (auto entry = it->begin(); entry != it->end(); ++entry) {
        const QString name = QString::fromStdString(entry.key());
        const std::string ptr = jsonPointer("/prompts", entry.key());
        const DiagnosticText where = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "prompt %1"), q(name));
        if (!namePattern.match(name).hasMatch()) {
            error(ptr,
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "prompt name %1 must match [a-z][a-z0-9_]* (lower case letter first)"),
                       q(name)));
            continue;
        }
        if (name == QLatin1String("input")) {
            error(ptr, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"input\" is reserved for dataset inputs; rename the prompt")));
            continue;
        }
        const json& v = entry.value();
        if (!v.is_object()) {
            error(ptr,
                  diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 must be an object like {\"file\": \"prompts/%2.txt\"}, not %3"), where,
                       name, typeName(v)));
            continue;
        }
        unknownFields(v, ptr, { QStringLiteral("file"), QStringLiteral("optimize"), QStringLiteral("template") }, where);
        PromptFile prompt;
        prompt.name = name;
        prompt.optimize = boolean(v, ptr, "optimize", where).value_or(true);
        const auto file = string(v, ptr, "file", true, where);
        if (!file)
            continue;
        prompt.file = *file;
        prompt.path = m_dir.absoluteFilePath(*file);
        // A stored version (and a candidate) carries its texts: the file only says where export writes it.
        if (const auto inline_ = string(v, ptr, "template", false, where)) {
            prompt.text = *inline_;
        } else if (m_checkFiles) {
            prompt.path = existingFile(*file, jsonPointer(ptr, "file"), where);
            if (prompt.path.isEmpty())
                continue;
            QFile f(prompt.path);
            if (!f.open(QIODevice::ReadOnly)) {
                error(jsonPointer(ptr, "file"),
                      diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: cannot read %2: %3"), where, q(*file), f.errorString()));
                continue;
            }
            prompt.text = QString::fromUtf8(f.readAll());
            if (prompt.text.trimmed().isEmpty())
                warning(jsonPointer(ptr, "file"), diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1: %2 is empty"), where, q(*file)));
        }
        p.prompts.push_back(prompt);
    }
}

} // namespace fapo
