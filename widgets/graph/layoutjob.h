#pragma once
// Runs a layout function on a worker thread. Latest wins: results of superseded requests are dropped,
// so only the layout of the newest request reaches `finished`, always on the GUI thread.
#include "widgets/graph/graphlayout.h"
#include <QObject>

namespace fapo {

class LayoutJob : public QObject {
    Q_OBJECT
public:
    explicit LayoutJob(QObject* parent = nullptr);
    // The strategy (default layoutGraph); it runs off the GUI thread, so it must not touch QObjects.
    void setLayoutFunction(LayoutFunction function);

    // Starts a layout and returns its id; any earlier request still running is superseded.
    int request(const GraphLayoutInput& input);
    // Drops the running request's result (e.g. the graph it was for is gone).
    void cancel();
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void finished(const fapo::GraphLayoutResult& result);

private:
    LayoutFunction m_function;
    int m_latest = 0;
    int m_running = 0;
};

} // namespace fapo
