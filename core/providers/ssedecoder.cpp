#include "core/providers/ssedecoder.h"

namespace fapo {

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    if (m_skipLf && n > 0) {
        if (bytes[0] == '\n')
            i = 1;
        m_skipLf = false;
    }
    while (i < n) {
        qsizetype j = i;
        while (j < n && bytes[j] != '\n' && bytes[j] != '\r')
            ++j;
        if (j == n) {
            m_buffer.append(bytes.sliced(i));
            break;
        }
        if (m_buffer.isEmpty()) {
            processLine(bytes.sliced(i, j - i), out);
        } else {
            m_buffer.append(bytes.sliced(i, j - i));
            const QByteArray line = std::exchange(m_buffer, QByteArray());
            processLine(line, out);
        }
        if (bytes[j] == '\r') {
            if (j + 1 < n) {
                if (bytes[j + 1] == '\n')
                    ++j;
            } else {
                m_skipLf = true;
            }
        }
        i = j + 1;
    }
    return out;
}

QList<SseEvent> SseDecoder::finish()
{
    QList<SseEvent> out;
    if (!m_buffer.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, QByteArray());
        processLine(line, out);
    }
    dispatch(out);
    reset();
    return out;
}

void SseDecoder::reset()
{
    m_buffer.clear();
    m_skipLf = false;
    m_firstLine = true;
    m_eventName.clear();
    m_hasEventName = false;
    m_data.clear();
    m_lastId.clear();
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent>& out)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line[0] == ':')
        return; // comment, e.g. ": ping"
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data += QString::fromUtf8(value);
        m_data += QLatin1Char('\n');
    } else if (field == "event") {
        m_eventName = QString::fromUtf8(value);
        m_hasEventName = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    }
    // "retry" and unknown fields are ignored.
}

void SseDecoder::dispatch(QList<SseEvent>& out)
{
    if (m_data.isEmpty()) {
        m_eventName.clear();
        m_hasEventName = false;
        return;
    }
    SseEvent ev;
    if (m_hasEventName && !m_eventName.isEmpty())
        ev.event = m_eventName;
    m_data.chop(1); // the last "\n"
    ev.data = std::exchange(m_data, QString());
    ev.id = m_lastId;
    m_eventName.clear();
    m_hasEventName = false;
    out.append(std::move(ev));
}

} // namespace fapo
