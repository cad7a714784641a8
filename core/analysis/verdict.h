#pragma once
// Where one failed example's failure starts, how it was found and what it rests on.
#include "core/domain/enums.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace fapo {

struct Verdict {
    QString exampleId;
    QString origin; // step id where the failure starts
    VerdictMethod method = VerdictMethod::Fallback; // how it was found
    FailureClass failureClass = FailureClass::Unknown;
    FixLevel fixLevel = FixLevel::Prompt;
    double confidence = 0.0;
    QString explanation; // one or two sentences, English (views translate the codes above)
    QStringList path; // the origin, then the steps the failure travelled through to the output
    nlohmann::json evidence = nlohmann::json::object();

    // Rules this sure are not second-guessed by replay or the critic.
    bool settled() const { return confidence >= 0.6; }
};

} // namespace fapo
