#include "screenshot.h"
#include "widgets/comparepanel.h"
#include "widgets/examplespanel.h"
#include "widgets/graph/graphscene.h"
#include "widgets/inspector/stepinspector.h"
#include "core/jobs/waitforsignal.h"
#include "widgets/mainwindow.h"
#include "models/proposalsmodel.h"
#include "widgets/review/reviewpanel.h"
#include "widgets/review/structurediffview.h"
#include "core/session/studiosession.h"
#include <QApplication>
#include <QTimer>
#include <cstdio>

namespace fapo {

int renderScreenshot(MainWindow& window, const ScreenshotRequest& request)
{
    const QString& file = request.file;
    const QString& view = request.view;
    const auto& listen = request.listen;
    static const QStringList views { QStringLiteral("graph"),  QStringLiteral("inspector"), QStringLiteral("review"),
                                     QStringLiteral("charts"), QStringLiteral("matrix"),    QStringLiteral("compare") };
    // In the order of StepInspector::Tab.
    static const QStringList tabs { QStringLiteral("prompt"),  QStringLiteral("template"), QStringLiteral("output"),
                                    QStringLiteral("parsed"),  QStringLiteral("checks"),   QStringLiteral("passages"),
                                    QStringLiteral("evidence") };
    if (!request.tab.isEmpty() && !tabs.contains(request.tab)) {
        std::fprintf(stderr, "fapo-studio: --tab must be one of %s\n", qUtf8Printable(tabs.join(QStringLiteral(", "))));
        return 2;
    }
    if (!views.contains(view)) {
        std::fprintf(stderr, "fapo-studio: --view must be one of %s\n", qUtf8Printable(views.join(QStringLiteral(", "))));
        return 2;
    }
    window.resize(1600, 1000);
    window.show();
    if (!file.isEmpty()) {
        QString error;
        if (!window.openFile(file, &error)) {
            std::fprintf(stderr, "fapo-studio: %s\n", qUtf8Printable(error));
            return 2;
        }
        if (!window.snapshot())
            waitForSignal(window.session(), &StudioSession::snapshotLoaded, 20000);
        if (const RunSnapshotPtr shown = window.snapshot(); shown && !request.example.isEmpty()) {
            if (shown->exampleIndex(request.example) < 0) {
                std::fprintf(stderr, "fapo-studio: --select: the run on show has no example \"%s\"\n", qUtf8Printable(request.example));
                return 2;
            }
            window.examplesPanel()->selectExample(request.example);
        } else if (shown) {
            window.examplesPanel()->selectFirstFailure();
        }
        if (const RunSnapshotPtr shown = window.snapshot(); shown && !request.step.isEmpty()) {
            if (!shown->pipeline.step(request.step)) {
                std::fprintf(stderr, "fapo-studio: --step: the pipeline has no step \"%s\"\n", qUtf8Printable(request.step));
                return 2;
            }
            window.selectStep(request.step);
        }
    }
    if (listen) {
        QString error;
        if (!window.listenForTraces(*listen, request.liveWorkspace, &error)) {
            std::fprintf(stderr, "fapo-studio: %s\n", qUtf8Printable(error));
            return 1;
        }
        if (!waitForSignal(window.session(), &StudioSession::listening, 10000)) {
            std::fprintf(stderr, "fapo-studio: could not listen for traces\n");
            return 1;
        }
    }
    if (!request.tab.isEmpty())
        window.inspector()->tabs()->setCurrentIndex(int(tabs.indexOf(request.tab)));
    window.showView(view == QLatin1String("inspector")     ? MainWindow::View::Inspector
                        : view == QLatin1String("review")  ? MainWindow::View::Review
                        : view == QLatin1String("charts")  ? MainWindow::View::Charts
                        : view == QLatin1String("matrix")  ? MainWindow::View::Matrix
                        : view == QLatin1String("compare") ? MainWindow::View::Compare
                                                           : MainWindow::View::Graph);
    if (view == QLatin1String("compare") && window.snapshot()) {
        // The comparison loads the other run in the background; show one fixed example's diff.
        if (window.comparePanel()->comparison().otherRun == 0)
            waitForSignal(window.comparePanel(), &ComparePanel::compared, 10000);
        const RunComparison& c = window.comparePanel()->comparison();
        const QStringList changed = c.fixed + c.regressed;
        if (!changed.isEmpty()) {
            window.examplesPanel()->selectExample(changed.first());
            window.selectStep(window.snapshot()->pipeline.output);
        }
    }
    if (request.proposal > 0) {
        if (window.reviewPanel()->model()->rowOf(request.proposal) < 0) {
            std::fprintf(stderr, "fapo-studio: --proposal: the workspace has no proposal %lld\n", static_cast<long long>(request.proposal));
            return 2;
        }
        window.reviewPanel()->selectProposal(request.proposal);
        // A structural proposal's graph diff lays out both sides in the background.
        if (window.reviewPanel()->structureDiff()->isVisible() && window.reviewPanel()->structureDiff()->isLayoutPending())
            waitForSignal(window.reviewPanel()->structureDiff(), &StructureDiffView::laidOut, 20000);
    }
    if (window.graphScene()->isLayoutPending())
        waitForSignal(window.graphScene(), &GraphScene::layoutApplied, 20000);
    QApplication::processEvents();
    if (window.reviewPanel()->structureDiff()->isVisible()) { // fitted to the viewports the window settled on
        window.reviewPanel()->structureDiff()->fit();
        QApplication::processEvents();
    }
    const QPixmap picture = window.grab();
    if (!picture.save(request.output, "PNG")) {
        std::fprintf(stderr, "fapo-studio: cannot write %s\n", qUtf8Printable(request.output));
        return 1;
    }
    return 0;
}

} // namespace fapo
