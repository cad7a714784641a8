// fapo follows the locale: its help, usage and error texts come out in German and Chinese, while the C
// locale keeps the English texts as they were and --json documents stay the same in every language.
// The locales need not be installed: QLocale reads LC_ALL, LANG and LANGUAGE itself.
#include "fapoprocess.h"
#include <QTemporaryDir>
#include <QtTest>

using Result = fapo::test::FapoResult;

namespace {

const QString kPipeline = QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop/pipeline.json");

// The overview `fapo --help` printed before the command line was translated; it must not change.
const char* kEnglishUsage = R"(usage: fapo COMMAND [options]

commands:
  validate PIPELINE              check a pipeline (and its corpora, models); print the step graph
  run PIPELINE --dataset FILE    run every example; store traces, scores, tokens and cost
  analyze [PIPELINE]             find the step where each failure of the newest run starts, and how it spreads
  optimize PIPELINE --dataset FILE
                                 rounds of analyse, propose rewrites, evaluate, review
  proposals [PIPELINE]           the review queue
  approve ID / reject ID         decide a proposal (stored before it is reported)
  export --out DIR [PIPELINE]    the accepted prompts, a diff and a report
  import FILE                    read traces (OTLP JSON, Langfuse, Phoenix, fapo JSONL); print their step graph
  runs [PIPELINE]                the runs of a workspace: own runs, replays, evaluations, imports
  serve [PIPELINE]               receive traces over OTLP/HTTP (port 4318) and store them as they arrive
  workspace copy FROM TO         copy a workspace between a file and a PostgreSQL database (postgresql://...)

fapo COMMAND --help shows a command's options.
exit codes: 0 done, 1 the work failed, 2 bad input or usage, 3 --fail-under missed
)";

QProcessEnvironment localeEnvironment(const QString& locale, const QString& language)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    return env;
}

Result runIn(const QStringList& args, const QProcessEnvironment& env) { return fapo::test::runFapo(args, env); }

} // namespace

class TestCliTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_inputs; // not emptied between runs, unlike m_dir
    QString m_badPipeline;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_inputs.isValid());
        m_badPipeline = m_inputs.filePath(QStringLiteral("bad.json"));
        QFile f(m_badPipeline);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({
  "format": "fapo.pipeline/1",
  "steps": [
    {"id": "answer", "kind": "llm", "prompt": 42}
  ]
}
)");
    }

    // Diagnostics on stderr are for people: they follow the locale, keeping file:line:column, ids and
    // field names as they are.
    void diagnostics_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected"); // after "FILE:4:47: "
        QTest::addRow("C") << QStringLiteral("C") << QString()
                           << QStringLiteral("error: step \"answer\": \"prompt\" must be a string, not an integer");
        QTest::addRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                            << QStringLiteral(
                                   "Fehler: Schritt \"answer\": \"prompt\" muss eine Zeichenkette sein, ist aber eine ganze Zahl");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("zh_CN")
                               << QStringLiteral("错误: 步骤 \"answer\"：\"prompt\" 必须是字符串，而不是整数");
    }

    void diagnostics()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Result r = runIn({ QStringLiteral("validate"), m_badPipeline }, localeEnvironment(locale, language));
        QCOMPARE(r.code, 2);
        QCOMPARE(QString::fromUtf8(r.err), m_badPipeline + QStringLiteral(":4:47: ") + expected + QLatin1Char('\n'));
        QVERIFY(r.out.isEmpty());
    }

    void translated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("overview"); // from `fapo --help`
        QTest::addColumn<QString>("option"); // an option's description in `fapo run --help`
        QTest::addColumn<QString>("qtHeading"); // QCommandLineParser's own text, from Qt's catalogue
        QTest::addColumn<QString>("unknownCommand");
        QTest::addColumn<QString>("usage"); // `fapo run PIPELINE` without --dataset
        QTest::addRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                            << QStringLiteral("Aufruf: fapo COMMAND [Optionen]\n\nBefehle:\n  validate PIPELINE")
                            << QStringLiteral("Datensatzdatei (JSONL).") << QStringLiteral("Optionen:")
                            << QStringLiteral("fapo: unbekannter Befehl „frob“\nAufruf: fapo COMMAND")
                            << QStringLiteral("fapo: Aufruf: fapo run PIPELINE --dataset FILE [Optionen] (siehe fapo run --help)");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("zh_CN")
                               << QStringLiteral("用法：fapo COMMAND [选项]\n\n命令：\n  validate PIPELINE")
                               << QStringLiteral("数据集文件（JSONL）。") << QStringLiteral("选项：")
                               << QStringLiteral("fapo: 未知命令“frob”\n用法：fapo COMMAND")
                               << QStringLiteral("fapo: 用法：fapo run PIPELINE --dataset FILE [选项]（参见 fapo run --help）");
    }

    void translated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, overview);
        QFETCH(QString, option);
        QFETCH(QString, qtHeading);
        QFETCH(QString, unknownCommand);
        QFETCH(QString, usage);
        const QProcessEnvironment env = localeEnvironment(locale, language);

        const Result help = runIn({ QStringLiteral("--help") }, env);
        QCOMPARE(help.code, 0);
        QVERIFY2(QString::fromUtf8(help.out).startsWith(overview), help.out.constData());

        const Result runHelp = runIn({ QStringLiteral("run"), QStringLiteral("--help") }, env);
        QCOMPARE(runHelp.code, 0);
        QVERIFY2(QString::fromUtf8(runHelp.out).contains(option), runHelp.out.constData());
        QVERIFY2(QString::fromUtf8(runHelp.out).contains(qtHeading), runHelp.out.constData());
        QVERIFY(runHelp.out.contains("--dataset <FILE>")); // option names stay as they are

        const Result unknown = runIn({ QStringLiteral("frob") }, env);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(QString::fromUtf8(unknown.err).startsWith(unknownCommand), unknown.err.constData());

        const Result noDataset = runIn({ QStringLiteral("run"), kPipeline }, env);
        QCOMPARE(noDataset.code, 2);
        QCOMPARE(QString::fromUtf8(noDataset.err).trimmed(), usage);
    }

    void englishUnchanged()
    {
        const QProcessEnvironment c = localeEnvironment(QStringLiteral("C"), QString());
        const Result help = runIn({ QStringLiteral("--help") }, c);
        QCOMPARE(help.code, 0);
        QCOMPARE(QString::fromUtf8(help.out), QString::fromUtf8(kEnglishUsage));
        const Result unknown = runIn({ QStringLiteral("frob") }, c);
        QCOMPARE(unknown.code, 2);
        QCOMPARE(QString::fromUtf8(unknown.err), QStringLiteral("fapo: unknown command \"frob\"\n") + QString::fromUtf8(kEnglishUsage));
        const Result noDataset = runIn({ QStringLiteral("run"), kPipeline }, c);
        QCOMPARE(QString::fromUtf8(noDataset.err),
                 QStringLiteral("fapo: usage: fapo run PIPELINE --dataset FILE [options] (see fapo run --help)\n"));
        const Result runHelp = runIn({ QStringLiteral("run"), QStringLiteral("--help") }, c);
        QVERIFY(runHelp.out.contains("Dataset file (JSONL)."));
        QVERIFY(runHelp.out.contains("Options:"));
        const Result validate = runIn({ QStringLiteral("validate"), kPipeline }, c);
        QCOMPARE(validate.code, 0);
        QVERIFY2(validate.out.startsWith("multihop-qa: 5 steps, "), validate.out.constData());
    }

    void jsonSameInEveryLocale_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("validate") << QStringList { QStringLiteral("validate"), kPipeline, QStringLiteral("--json") };
        // Writes a workspace: each run starts from none at the same path, so the documents may match.
        QTest::addRow("import") << QStringList { QStringLiteral("import"),
                                                 QStringLiteral(FAPO_SOURCE_DIR "/tests/data/import/two-stages.fapo.jsonl"),
                                                 QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("import.fapo")),
                                                 QStringLiteral("--json") };
        QTest::addRow("bad number") << QStringList { QStringLiteral("run"),       kPipeline,
                                                     QStringLiteral("--dataset"), QStringLiteral("x.jsonl"),
                                                     QStringLiteral("--limit"),   QStringLiteral("none"),
                                                     QStringLiteral("--json") };
        QTest::addRow("bad pipeline") << QStringList { QStringLiteral("validate"), m_badPipeline, QStringLiteral("--json") };
    }

    void jsonSameInEveryLocale()
    {
        QFETCH(QStringList, args);
        const auto fresh = [this] {
            for (const QString& f : QDir(m_dir.path()).entryList(QDir::Files))
                QFile::remove(m_dir.filePath(f));
        };
        fresh();
        const Result english = runIn(args, localeEnvironment(QStringLiteral("C"), QString()));
        QVERIFY(!english.out.isEmpty() || english.code != 0);
        for (const auto& [locale, language] : { std::pair { "de_DE.UTF-8", "de" }, std::pair { "zh_CN.UTF-8", "zh_CN" } }) {
            fresh();
            const Result r = runIn(args, localeEnvironment(QString::fromLatin1(locale), QString::fromLatin1(language)));
            QCOMPARE(r.code, english.code);
            QCOMPARE(r.out, english.out);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
