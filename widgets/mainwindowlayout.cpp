// The window's layout: menus, the tool bar, the docks and which one a view raises.
#include "widgets/analysis/analysispanel.h"
#include "widgets/comparepanel.h"
#include "widgets/examplespanel.h"
#include "widgets/failurelegend.h"
#include "widgets/failurematrixview.h"
#include "widgets/graph/graphview.h"
#include "widgets/inspector/stepinspector.h"
#include "widgets/mainwindow.h"
#include "widgets/rundialog.h"
#include "widgets/recentfiles.h"
#include "widgets/review/reviewpanel.h"
#include "widgets/review/roundschart.h"
#include "core/session/studiosession.h"
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QToolBar>
#include <QUndoStack>

namespace fapo {

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Pipeline or Workspace"), QString(),
                                                          tr("Pipelines and workspaces (*.json *.fapo);;All files (*)"));
        if (!path.isEmpty())
            openFileInBackground(path);
    });
    m_openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Team Workspace…"), this, &MainWindow::askForTeamWorkspace);
    file->addAction(tr("&Import Traces…"), this,
                    [this] {
                        const QString path = QFileDialog::getOpenFileName(this, tr("Import Traces"), QString(),
                                                                          tr("Trace files (*.json *.jsonl);;All files (*)"));
                        if (!path.isEmpty())
                            importTraces(path);
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_listenAction = file->addAction(tr("&Listen for Traces…"), this, &MainWindow::askToListen);
    m_listenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_exportAction = file->addAction(tr("&Export Accepted Prompts…"), this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Export Accepted Prompts"), QFileInfo(m_session->pipelinePath()).absolutePath());
        if (!dir.isEmpty())
            exportAccepted(dir);
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the prompts with every approved or accepted rewrite, a diff and a report to a folder"));
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")));
    connect(m_recent, &RecentFiles::chosen, this, &MainWindow::openFileInBackground);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings)->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(tr("Run &Dataset…"), this, [this] {
        RunDialog dialog(QFileInfo(m_session->pipelinePath()).absolutePath(), this);
        if (dialog.exec() == QDialog::Accepted)
            runDataset(dialog.datasetPath(), nullptr, dialog.choices());
    });
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_analyzeAction = run->addAction(tr("&Analyze Failures"), this, [this] { analyzeRun(); });
    m_analyzeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_analyzeAction->setToolTip(tr("Find the step where each failure of the run on show starts"));
    m_proposeAction = run->addAction(tr("&Propose Rewrites"), this, [this] { proposeRewrites(); });
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_proposeAction->setToolTip(tr("Ask the optimizer model for rewrites of the step where most failures start"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit Graph"), m_view, &GraphView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Zoom &In"), m_view, &GraphView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), m_view, &GraphView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FAPO Studio"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About FAPO Studio"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("FAPO Studio %1\nFinds where pipeline failures start, and lets you decide every prompt change.")
                        .arg(QApplication::applicationVersion()));
        box.exec();
    });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : { m_openAction, m_runAction, m_analyzeAction, m_proposeAction })
        tools->addAction(a);
    tools->addSeparator();
    tools->addAction(fit);
    updateActions();
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
            view->addAction(d->toggleViewAction());
        return d;
    };
    m_examplesDock = dock(tr("Examples"), QStringLiteral("examplesDock"), m_examples, Qt::BottomDockWidgetArea);
    // The matrix with its key below it.
    auto* matrixPage = new QWidget(this);
    auto* matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->setSpacing(0);
    matrixLayout->addWidget(m_matrix, 1);
    matrixLayout->addWidget(new FailureLegend(FailureLegend::matrixEntries(), matrixPage));
    m_matrixDock = dock(tr("Failure Matrix"), QStringLiteral("matrixDock"), matrixPage, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_matrixDock);
    m_compareDock = dock(tr("Compare Runs"), QStringLiteral("compareDock"), m_compare, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_compareDock);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_analysis, tr("Where Failures Start"));
    m_chartTabs->addTab(m_rounds, tr("Rounds"));
    m_analysisDock = dock(tr("Analysis"), QStringLiteral("analysisDock"), m_chartTabs, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_analysisDock);
    m_examplesDock->raise();
    m_inspectorDock = dock(tr("Step Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_reviewDock = dock(tr("Review"), QStringLiteral("reviewDock"), m_review, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_reviewDock);
    m_inspectorDock->raise();
    resizeDocks({ m_inspectorDock }, { 620 }, Qt::Horizontal); // every inspector tab shows
    resizeDocks({ m_examplesDock }, { 300 }, Qt::Vertical);
}

void MainWindow::raiseDock(QDockWidget* dock)
{
    dock->show();
    dock->raise();
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Graph:
        m_view->setFocus();
        break;
    case View::Inspector:
        raiseDock(m_inspectorDock);
        break;
    case View::Review:
        raiseDock(m_reviewDock);
        break;
    case View::Charts:
        m_chartTabs->setCurrentWidget(m_rounds->roundCount() > 0 ? static_cast<QWidget*>(m_rounds) : m_analysis);
        raiseDock(m_analysisDock);
        resizeDocks({ m_analysisDock }, { std::max(340, height() * 2 / 5) }, Qt::Vertical);
        break;
    case View::Matrix:
        raiseDock(m_matrixDock);
        break;
    case View::Compare:
        raiseDock(m_compareDock);
        break;
    }
}

} // namespace fapo
