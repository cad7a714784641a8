#include "testworlds.h"
#include <QDir>
#include <QFile>

namespace fapo::test {

using nlohmann::json;

QString madeUpName(int i, int salt)
{
    static const char* syllables[] = { "ka", "lor", "ve", "mi", "tas", "dun", "ri", "sol", "ben", "qua", "zet", "or" };
    QString s;
    int n = i * 7 + salt * 13 + 5;
    for (int k = 0; k < 3; ++k) {
        s += QString::fromLatin1(syllables[n % 12]);
        n = n / 12 + k * 5 + i + 3;
    }
    s[0] = s[0].toUpper();
    return s + QString::number(i);
}

QByteArray jsonl(const std::vector<json>& rows)
{
    QByteArray out;
    for (const json& r : rows)
        out += QByteArray::fromStdString(r.dump()) + '\n';
    return out;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

void copyWorldFiles(const QString& world, const QString& dir)
{
    const QString from = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/analysis/") + world;
    QDir().mkpath(dir);
    for (const QString& f : QDir(from).entryList(QDir::Files))
        QFile::copy(from + QLatin1Char('/') + f, dir + QLatin1Char('/') + f);
}

World middleWorld(const QString& dir, int n, bool withGold)
{
    World w;
    copyWorldFiles(QStringLiteral("middle"), dir);
    std::vector<json> rows;
    for (int i = 0; i < n; ++i) {
        const QString land = madeUpName(i, 1), city = madeUpName(i, 2), rumour = madeUpName(i, 3);
        const QString id = QStringLiteral("m%1").arg(i);
        QString context = QStringLiteral("The capital of %1 is %2.").arg(land, city);
        if (i % 3 == 0) {
            context += QStringLiteral(" Rumour has it the answer is %1.").arg(rumour);
            w.faulty.insert(id);
        }
        json row { { "id", id.toStdString() },
                   { "input",
                     { { "question", QStringLiteral("What is the capital of %1?").arg(land).toStdString() },
                       { "context", context.toStdString() } } },
                   { "expected", { { "answer", city.toStdString() } } } };
        if (withGold)
            row["step_expected"] = { { "extract", { { "contains", city.toStdString() } } } };
        rows.push_back(row);
    }
    w.pipeline = dir + QStringLiteral("/pipeline.json");
    w.dataset = dir + QStringLiteral("/dataset.jsonl");
    writeBytes(w.dataset, jsonl(rows));
    return w;
}

namespace {
json readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return json::parse(f.readAll().toStdString());
}
} // namespace

World optimizableWorld(const QString& dir)
{
    World w = middleWorld(dir, 60, false);
    json pipeline = readJson(w.pipeline);
    pipeline["models"]["optimizer"] = { { "provider", "scripted" }, { "rules", "optimizer.rules.json" } };
    writeBytes(w.pipeline, QByteArray::fromStdString(pipeline.dump(2)));
    json worker = readJson(dir + QStringLiteral("/model.rules.json"));
    worker.insert(worker.begin(), json { { "match", "EXTRACT-FACTS [\\s\\S]*? is (\\w+)\\." }, { "reply", "$1" } });
    writeBytes(dir + QStringLiteral("/model.rules.json"), QByteArray::fromStdString(worker.dump(2)));
    const std::string leaked = madeUpName(4, 2).toStdString(); // example m4's answer
    json optimizer = json::array();
    optimizer.push_back({ { "match", "candidate 1 of 2" },
                          { "json",
                            { { "step_id", "extract" },
                              { "new_prompt", "EXTRACT-FACTS {{input.context}} GOAL {{plan}}" },
                              { "rationale", "Take what the context states as fact; ignore rumours." } } } });
    optimizer.push_back({ { "match", "candidate 2 of 2" },
                          { "json",
                            { { "step_id", "extract" },
                              { "new_prompt", "EXTRACT {{input.context}} GOAL {{plan}} (hint: answers look like " + leaked + ")" },
                              { "rationale", "Show the model what an answer looks like." } } } });
    writeBytes(dir + QStringLiteral("/optimizer.rules.json"), QByteArray::fromStdString(optimizer.dump(2)));
    return w;
}

} // namespace fapo::test
