#pragma once
// Lets a person edit a proposed prompt before it is re-evaluated (plain text, never rich text).
#include <QString>
#include <optional>

class QWidget;

namespace fapo {

// The edited prompt, or nothing when the person cancels.
std::optional<QString> editProposedPrompt(QWidget* parent, qint64 proposalId, const QString& prompt);

} // namespace fapo
