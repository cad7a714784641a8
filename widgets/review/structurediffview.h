#pragma once
// A structural proposal's graph diff: the pipeline before and after, side by side, each laid out like
// the main graph; the steps the proposal adds (green, "new") and changes (amber, "changed") and the
// edges it adds are marked. Read-only: the scenes mirror two graph models of their own.
#include "core/formats/pipeline.h"
#include <QWidget>

namespace fapo {

class GraphScene;
class GraphView;
class StepGraphModel;

class StructureDiffView : public QWidget {
    Q_OBJECT
public:
    explicit StructureDiffView(QWidget* parent = nullptr);
    ~StructureDiffView() override;

    void setVersions(const Pipeline& before, const Pipeline& after, const QStringList& added, const QStringList& changed);
    GraphScene* beforeScene() const { return m_beforeScene; }
    GraphScene* afterScene() const { return m_afterScene; }
    bool isLayoutPending() const;
    void fit(); // both sides whole, in the viewports they have now

Q_SIGNALS:
    void laidOut(); // both sides are laid out and fitted

protected:
    // Each side shows its whole graph at whatever size the panel gives it.
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitLater();
    StepGraphModel* m_beforeModel;
    StepGraphModel* m_afterModel;
    GraphScene* m_beforeScene;
    GraphScene* m_afterScene;
    GraphView* m_beforeView;
    GraphView* m_afterView;
};

} // namespace fapo
