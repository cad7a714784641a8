#include "core/translations.h"
#include "core/datafiles.h"
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fapo {

namespace {

// A catalogue that answers only for some contexts; the others fall through to the source text.
class ContextTranslator : public QTranslator {
public:
    ContextTranslator(const QByteArrayList& contexts, QObject* parent)
        : QTranslator(parent)
        , m_contexts(contexts)
    {
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        if (!m_contexts.isEmpty() && !m_contexts.contains(QByteArray(context)))
            return QString();
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }

private:
    QByteArrayList m_contexts;
};

} // namespace

void installTranslations(QCoreApplication& app, const QByteArrayList& onlyContexts)
{
    auto* qt = new ContextTranslator(onlyContexts, &app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Installed catalogues first (a packager may ship newer ones), then the embedded copies.
    auto* own = new ContextTranslator(onlyContexts, &app);
    const QString installed = installedDataDir();
    const auto loadFrom = [&](const QString& dir) {
        return !dir.isEmpty()
            && (own->load(QLocale(), QStringLiteral("fapo"), QStringLiteral("_"), dir) || own->load(QStringLiteral("fapo_en.qm"), dir));
    };
    if (loadFrom(installed.isEmpty() ? QString() : installed + QStringLiteral("/translations")) || loadFrom(QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace fapo
