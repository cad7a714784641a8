#include "core/providers/sequentialcall.h"

namespace fapo {

SequentialCall::SequentialCall(ModelCall* first, std::vector<Step> steps, QObject* parent)
    : ModelCall(parent)
    , m_steps(std::move(steps))
{
    first->setParent(this);
    follow(first);
}

void SequentialCall::follow(ModelCall* call)
{
    m_current = call;
    connect(call, &ModelCall::finished, this, [this, call] {
        call->deleteLater();
        ModelResponse response = call->response();
        if (m_finished)
            return;
        ModelCall* next = response.ok() && m_next < m_steps.size() ? m_steps[m_next++](response, this) : nullptr;
        if (next)
            follow(next);
        else {
            if (m_finalize && response.ok())
                m_finalize(response);
            finish(response); // the calls' own finished() came from the event loop: so does this one
        }
    });
}

void SequentialCall::abort()
{
    if (m_current)
        m_current->abort(); // its finished() (cancelled) ends this call
}

} // namespace fapo
