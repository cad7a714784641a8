// fapo-studio: the desktop application. `--screenshot FILE.png [--view graph|inspector|review|charts|matrix|compare]
// [--select EXAMPLE] [--step STEP] [--tab TAB]` renders the window (offscreen too), saves the picture and exits.
#include "core/logging.h"
#include "widgets/mainwindow.h"
#include "widgets/appearance.h"
#include "widgets/keystore.h"
#include "screenshot.h"
#include "core/translations.h"
#include "core/workspace/sqliteconfig.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <optional>
#include <cstdio>

int main(int argc, char** argv)
{
    fapo::configureSqlite();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fapo-studio"));
    QApplication::setOrganizationName(QStringLiteral("FAPO"));
    QApplication::setApplicationDisplayName(QStringLiteral("FAPO Studio"));
    QApplication::setApplicationVersion(QStringLiteral(FAPO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fapo-studio.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fapostudio.FapoStudio")); // the installed .desktop

    fapo::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Finds where LLM pipeline failures start."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A pipeline (.json) or workspace (.fapo)."));
    parser.addOption({ QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to FILE.png and exit."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("view"),
                       QApplication::translate("main", "graph, inspector, review, charts, matrix or compare (with --screenshot)."),
                       QStringLiteral("VIEW"), QStringLiteral("graph") });
    parser.addOption({ QStringLiteral("select"),
                       QApplication::translate("main", "The example to select (with --screenshot; default: the first failing one)."),
                       QStringLiteral("EXAMPLE") });
    parser.addOption(
        { QStringLiteral("step"),
          QApplication::translate("main", "The step to inspect (with --screenshot; default: where the example's failure starts)."),
          QStringLiteral("STEP") });
    parser.addOption({ QStringLiteral("tab"),
                       QApplication::translate("main",
                                               "The inspector's tab: prompt, template, output, parsed, checks, passages or evidence (with "
                                               "--screenshot)."),
                       QStringLiteral("TAB") });
    parser.addOption({ QStringLiteral("proposal"),
                       QApplication::translate("main", "The proposal to show in the review view (with --screenshot)."),
                       QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette (the system's is used otherwise).") });
    parser.addOption({ QStringLiteral("log-level"), QApplication::translate("main", "trace, debug, info, warn, error or off."),
                       QStringLiteral("LEVEL") });
    parser.addOption({ QStringLiteral("listen"),
                       QApplication::translate("main",
                                               "Listen for OpenTelemetry traces on 127.0.0.1:PORT from the start (0: any free port), into "
                                               "the file's workspace, else live-traces.fapo in the documents folder."),
                       QStringLiteral("PORT") });
    parser.process(app);
    std::optional<fapo::ReceiverOptions> listen;
    if (parser.isSet(QStringLiteral("listen"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("listen")).toUInt(&ok);
        if (!ok || port > 65535) {
            std::fprintf(stderr, "fapo-studio: %s\n",
                         qUtf8Printable(QApplication::translate("main", "--listen: \"%1\" is not a port (0 to 65535)")
                                            .arg(parser.value(QStringLiteral("listen")))));
            return 2;
        }
        listen = fapo::ReceiverOptions {};
        listen->port = quint16(port);
    }
    const QString liveWorkspace
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("live-traces.fapo"));

    QString logError;
    fapo::setupAppLogging(parser.value(QStringLiteral("log-level")), &logError);
    if (!logError.isEmpty())
        std::fprintf(stderr, "fapo-studio: %s\n", qUtf8Printable(logError));
    fapo::AppSettings appearance = fapo::AppSettings::load();
    if (parser.isSet(QStringLiteral("dark")))
        appearance.theme = fapo::Theme::Dark;
    fapo::applyAppearance(appearance);

    const QString file = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // Nobody is there to answer questions while a picture is rendered.
        fapo::MainWindow window(fapo::MainWindow::Mode::Unattended);
        return fapo::renderScreenshot(window,
                                      { file, parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("view")),
                                        parser.value(QStringLiteral("select")), parser.value(QStringLiteral("step")),
                                        parser.value(QStringLiteral("tab")), listen, liveWorkspace,
                                        parser.value(QStringLiteral("proposal")).toLongLong() });
    }
    fapo::MainWindow window;
    window.show();
    if (!file.isEmpty())
        window.openFile(file);
    if (listen)
        window.listenForTraces(*listen, liveWorkspace); // a failure is shown
    return app.exec();
}
