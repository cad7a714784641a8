#include "widgets/appearance.h"
#include <QApplication>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>

namespace fapo {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x2a), base(0x16, 0x19, 0x1e), text(0xe6, 0xe8, 0xeb);
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
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x5a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    return p;
}

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

void applyAppearance(const AppSettings& settings)
{
    // The palette the system gave at start-up, so "System" can go back to it.
    static const QPalette systemPalette = QApplication::palette();
    static const QFont systemFont = QApplication::font();
    switch (settings.theme) {
    case Theme::System:
        QApplication::setPalette(systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        applyDarkPalette();
        break;
    }
    QFont font = systemFont;
    if (settings.fontPointSize > 0)
        font.setPointSize(settings.fontPointSize);
    QApplication::setFont(font);
}

} // namespace fapo
