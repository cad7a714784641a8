#pragma once
// Rewrites one step's prompt (and system prompt) in a pipeline file's bytes, leaving every other
// byte as it was: what an approval stores as the next version and what export writes out.
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include <QByteArray>
#include <optional>

namespace fapo {

// `newSystem` empty leaves the system prompt as it is. Returns nullopt (and *error) when the bytes do
// not hold that step as a JSON object with a string "prompt".
std::optional<QByteArray> rewriteStepTemplates(const QByteArray& source, const Pipeline& pipeline, const QString& stepId,
                                               const QString& newPrompt, const QString& newSystem, QString* error);

// Applies a rewrite and loads the result (without checking files on disk): the next version.
std::optional<Pipeline> pipelineWithRewrite(const Pipeline& pipeline, const QString& stepId, const QString& newPrompt,
                                            const QString& newSystem, QString* error);

// Sets one key of a step to a JSON value (a knob: top_k, max_tokens, model, parse), in place when the
// step has the key, else added first in its object.
std::optional<QByteArray> setStepValue(const QByteArray& source, const Pipeline& pipeline, const QString& stepId, const QString& key,
                                       const nlohmann::json& value, QString* error);

// A proposal of any level applied to the bytes of the version it was made from.
std::optional<QByteArray> applyProposal(const QByteArray& source, const Pipeline& pipeline, const Proposal& proposal, QString* error);

// Applies a proposal and loads the result (without checking files on disk): the next version.
std::optional<Pipeline> pipelineWithProposal(const Pipeline& pipeline, const Proposal& proposal, QString* error);

// A unified diff of two texts, line by line (dtl), with the given file labels.
QString unifiedDiff(const QString& before, const QString& after, const QString& fromLabel, const QString& toLabel);

} // namespace fapo
