#include "screenshot.h"
#include "examplespanel.h"
#include "graph/graphscene.h"
#include "mainwindow.h"
#include <QApplication>
#include <QEventLoop>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>

namespace fapo {

namespace {

// Spins the event loop until `signal` fires or the timeout passes.
template<typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x1f, 0x23, 0x2a), base(0x16, 0x19, 0x1e), text(0xe6, 0xe8, 0xeb), mid(0x3a, 0x40, 0x4a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1b, 0x1f, 0x25));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9e));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x5a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    QApplication::setPalette(p);
}

int renderScreenshot(MainWindow& window, const QString& file, const QString& output, const QString& view)
{
    static const QStringList views { QStringLiteral("graph"), QStringLiteral("inspector"), QStringLiteral("review"), QStringLiteral("charts"),
                                     QStringLiteral("matrix") };
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
            waitFor(&window, &MainWindow::snapshotLoaded, 20000);
        if (window.snapshot())
            window.examplesPanel()->selectFirstFailure();
    }
    window.showView(view == QLatin1String("inspector") ? MainWindow::View::Inspector
                        : view == QLatin1String("review")  ? MainWindow::View::Review
                        : view == QLatin1String("charts")  ? MainWindow::View::Charts
                        : view == QLatin1String("matrix")  ? MainWindow::View::Matrix
                                                           : MainWindow::View::Graph);
    if (window.graphScene()->isLayoutPending())
        waitFor(window.graphScene(), &GraphScene::layoutApplied, 20000);
    QApplication::processEvents();
    const QPixmap picture = window.grab();
    if (!picture.save(output, "PNG")) {
        std::fprintf(stderr, "fapo-studio: cannot write %s\n", qUtf8Printable(output));
        return 1;
    }
    return 0;
}

} // namespace fapo
