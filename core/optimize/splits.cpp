#include "core/optimize/splits.h"
#include <QCryptographicHash>
#include <map>

namespace fapo {

using nlohmann::json;

namespace {

quint64 rank(quint64 seed, const QString& id)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray(QByteArray::number(seed) + ':' + id.toUtf8()), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest[i]);
    return v;
}

json toArray(const QStringList& ids)
{
    json a = json::array();
    for (const QString& id : ids)
        a.push_back(id.toStdString());
    return a;
}

QStringList fromArray(const json& v)
{
    QStringList out;
    if (v.is_array())
        for (const json& id : v)
            if (id.is_string())
                out << QString::fromStdString(id.get<std::string>());
    return out;
}

} // namespace

json Splits::toJson() const
{
    return json { { "train", toArray(train) }, { "validation", toArray(validation) }, { "test", toArray(test) } };
}

Splits Splits::fromJson(const json& v)
{
    Splits s;
    if (!v.is_object())
        return s;
    s.train = fromArray(v.value("train", json::array()));
    s.validation = fromArray(v.value("validation", json::array()));
    s.test = fromArray(v.value("test", json::array()));
    for (const QString& id : s.train)
        s.of.insert(id, Split::Train);
    for (const QString& id : s.validation)
        s.of.insert(id, Split::Validation);
    for (const QString& id : s.test)
        s.of.insert(id, Split::Test);
    return s;
}

Splits makeSplits(const std::vector<std::pair<QString, QString>>& strata, quint64 seed, double testFraction, double validationFraction)
{
    std::map<QString, std::vector<std::pair<quint64, QString>>> groups;
    for (const auto& [id, stratum] : strata)
        groups[stratum].push_back({ rank(seed, id), id });
    Splits s;
    for (auto& [stratum, members] : groups) {
        std::sort(members.begin(), members.end());
        const double n = double(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            const double u = (double(i) + 0.5) / n;
            const Split split = u < testFraction ? Split::Test : u < testFraction + validationFraction ? Split::Validation : Split::Train;
            s.of.insert(members[i].second, split);
        }
    }
    for (const auto& [id, stratum] : strata) { // dataset order within each split
        switch (s.of.value(id)) {
        case Split::Train:
            s.train << id;
            break;
        case Split::Validation:
            s.validation << id;
            break;
        case Split::Test:
            s.test << id;
            break;
        }
    }
    return s;
}

} // namespace fapo
