#include "core/run/cachekey.h"
#include <QCryptographicHash>

namespace fapo {

QString cacheKey(const ModelProvider& provider, const ModelRequest& request)
{
    ModelRequest plain = request;
    plain.stream = false;
    nlohmann::json body = provider.requestBody(plain);
    body.erase("stream");
    body.erase("stream_options");
    const QByteArray material = provider.cacheIdentity().toUtf8() + '\n' + QByteArray::fromStdString(body.dump());
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

} // namespace fapo
