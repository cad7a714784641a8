#include "core/eval/junitwriter.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

namespace fapo {

namespace {

QString seconds(double value) { return QString::number(value < 0 ? 0.0 : value, 'f', 3); }

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

void writeDocument(QXmlStreamWriter& xml, const JUnitSuite& suite)
{
    int failures = 0;
    int errors = 0;
    for (const JUnitCase& testCase : suite.cases) {
        if (testCase.error)
            ++errors;
        else if (testCase.failed)
            ++failures;
    }
    const QString tests = QString::number(suite.cases.size());

    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(suite.name));
    xml.writeAttribute(QStringLiteral("tests"), tests);
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("time"), seconds(suite.seconds));

    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(suite.name));
    xml.writeAttribute(QStringLiteral("tests"), tests);
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), seconds(suite.seconds));

    for (const JUnitCase& testCase : suite.cases) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(testCase.name));
        xml.writeAttribute(QStringLiteral("classname"), xmlSafe(testCase.classname.isEmpty() ? suite.name : testCase.classname));
        xml.writeAttribute(QStringLiteral("time"), seconds(testCase.seconds));
        if (testCase.error || testCase.failed) {
            xml.writeStartElement(testCase.error ? QStringLiteral("error") : QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(testCase.message));
            xml.writeAttribute(QStringLiteral("type"), testCase.error ? QStringLiteral("error") : QStringLiteral("failure"));
            if (!testCase.details.isEmpty())
                xml.writeCharacters(xmlSafe(testCase.details));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // testcase
    }

    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
}

} // namespace

QString xmlSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                safe.append(ch);
                safe.append(text.at(i + 1));
                ++i;
            } else {
                safe.append(QChar(QChar::ReplacementCharacter));
            }
            continue;
        }
        if (ch.isLowSurrogate() || !isXmlChar(ch.unicode())) {
            safe.append(QChar(QChar::ReplacementCharacter));
            continue;
        }
        safe.append(ch);
    }
    return safe;
}

bool writeJUnit(const QString& path, const JUnitSuite& suite, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamWriter xml(&file);
    writeDocument(xml, suite);
    if (xml.hasError() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fapo
