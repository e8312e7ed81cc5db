#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace FileRead {
// The whole of a file the user named (an import, a template body), refused when larger than `maxBytes`
// so that a wrong file (a disk image, /dev/urandom) is an error at once instead of a hang.
Result<QByteArray> upTo(const QString& path, qint64 maxBytes);
} // namespace FileRead
