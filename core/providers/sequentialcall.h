#pragma once
// Several HTTP calls one after the other, seen as one ModelCall (a batch API that uploads a file and
// then creates the batch; results in two files). Each step gets the previous reply and starts the next
// call, or returns nullptr to end with that reply. The first failure ends it with that failure.
#include "core/providers/modelprovider.h"
#include <QPointer>
#include <functional>
#include <vector>

namespace fapo {

class SequentialCall final : public ModelCall {
    Q_OBJECT
public:
    using Step = std::function<ModelCall*(const ModelResponse& previous, QObject* parent)>;

    SequentialCall(ModelCall* first, std::vector<Step> steps, QObject* parent);
    void abort() override;
    // Applied to the last reply before finished() (e.g. to join what the steps collected).
    void setFinalize(std::function<void(ModelResponse&)> finalize) { m_finalize = std::move(finalize); }

private:
    void follow(ModelCall* call);

    std::vector<Step> m_steps;
    std::function<void(ModelResponse&)> m_finalize;
    size_t m_next = 0;
    QPointer<ModelCall> m_current;
};

} // namespace fapo
