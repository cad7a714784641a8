#include "widgets/graph/layoutjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fapo {

LayoutJob::LayoutJob(QObject* parent)
    : QObject(parent)
    , m_function(&layoutGraph)
{
    qRegisterMetaType<GraphLayoutResult>();
}

void LayoutJob::setLayoutFunction(LayoutFunction function) { m_function = function ? std::move(function) : LayoutFunction(&layoutGraph); }

int LayoutJob::request(const GraphLayoutInput& input)
{
    const int id = ++m_latest;
    ++m_running;
    auto* watcher = new QFutureWatcher<GraphLayoutResult>(this);
    connect(watcher, &QFutureWatcher<GraphLayoutResult>::finished, this, [this, watcher, id] {
        --m_running;
        watcher->deleteLater();
        if (id != m_latest)
            return; // superseded
        Q_EMIT finished(watcher->result());
    });
    // The function and the input are copied into the task: nothing it reads belongs to the GUI thread.
    watcher->setFuture(QtConcurrent::run([function = m_function, input] { return function(input); }));
    return id;
}

void LayoutJob::cancel() { ++m_latest; }

} // namespace fapo
