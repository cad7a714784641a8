#pragma once
// A string's JSON text, written as nlohmann::json's dump() writes it, without building a json value: an
// import writes one per trace (tens of thousands), and dump() checks every byte's UTF-8 as it goes.
#include <QByteArray>
#include <QByteArrayView>

namespace fapo {

// Appends `"` + utf8 + `"` with `"`, `\` and the control characters escaped as dump() escapes them
// (\b \t \n \f \r by name, the others as \u00xx), every other byte as it is. `utf8` must be valid UTF-8:
// dump() refuses anything else, and this does not look.
void appendJsonString(QByteArray* out, QByteArrayView utf8);

} // namespace fapo
