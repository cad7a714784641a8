#include "core/runview/statustexts.h"
#include <QCoreApplication>

namespace fapo {

QString runStatusText(const QString& status)
{
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("StatusTexts", "done");
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("StatusTexts", "running");
    if (status == QLatin1String("interrupted"))
        return QCoreApplication::translate("StatusTexts", "interrupted");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("StatusTexts", "failed");
    return status;
}

} // namespace fapo
