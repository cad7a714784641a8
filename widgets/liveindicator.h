#pragma once
// The status bar's part while the window listens for traces: where, how many spans a second arrive
// and how many so far, and Stop.
#include <QUrl>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fapo {

class LiveIndicator : public QWidget {
    Q_OBJECT
public:
    explicit LiveIndicator(QWidget* parent = nullptr);

    void setListening(const QUrl& url); // shows it
    void setTraffic(double spansPerSecond, qint64 spans);
    void setStopped(); // hides it
    QString text() const; // for tests

Q_SIGNALS:
    void stopRequested();

private:
    void updateText();
    QLabel* m_dot;
    QLabel* m_label;
    QToolButton* m_stop;
    QUrl m_url;
    double m_rate = 0;
    qint64 m_spans = 0;
};

} // namespace fapo
