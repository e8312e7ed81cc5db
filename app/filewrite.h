#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace FileWrite {
// Replaces `path` with `bytes` all at once (QSaveFile), or leaves it as it was and says why. A write that
// fails only when the buffer is flushed (a full disk, a file size limit) is reported too: in Qt 6.4,
// QSaveFile::commit() does not notice it and puts an empty file in place of the old one.
Status atomically(const QString& path, const QByteArray& bytes);
} // namespace FileWrite
