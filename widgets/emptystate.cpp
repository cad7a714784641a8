#include "widgets/emptystate.h"
#include <QLabel>
#include <QVBoxLayout>

namespace fapo {

EmptyState::EmptyState(const QString& title, const QString& detail, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(detail, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(2);
    layout->setContentsMargins(24, 24, 24, 24);
}

} // namespace fapo
