#pragma once
// Incremental Server-Sent Events parser (https://html.spec.whatwg.org/multipage/server-sent-events.html).
// Bytes may arrive split anywhere, even inside a UTF-8 character: they are buffered and only complete
// lines are decoded. Lines end with "\n", "\r\n" or "\r". Comments (": ping") are skipped; several
// "data:" lines are joined with "\n"; an event without data is not dispatched (as the spec says).
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace fapo {

struct SseEvent {
    QString event = QStringLiteral("message"); // the "event:" field, "message" when absent
    QString data; // "data:" lines joined with "\n"
    QString id; // last "id:" seen (persists across events, as the spec says)
    bool operator==(const SseEvent& o) const { return event == o.event && data == o.data && id == o.id; }
};

class SseDecoder {
public:
    // Feeds raw bytes; returns the events completed by them, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // End of stream. Lenient: a last event whose terminating blank line never came is dispatched too.
    QList<SseEvent> finish();
    void reset();
    // True when bytes or fields of an unfinished event are buffered.
    bool hasPending() const { return !m_buffer.isEmpty() || !m_data.isEmpty() || m_hasEventName; }

private:
    void processLine(QByteArrayView line, QList<SseEvent>& out);
    void dispatch(QList<SseEvent>& out);

    QByteArray m_buffer; // bytes of the current, incomplete line
    bool m_skipLf = false; // the previous chunk ended with '\r': a leading '\n' belongs to it
    bool m_firstLine = true; // a UTF-8 BOM may start the stream
    QString m_eventName;
    bool m_hasEventName = false;
    QString m_data;
    QString m_lastId;
};

} // namespace fapo
