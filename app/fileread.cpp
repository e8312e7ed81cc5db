#include "fileread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {
struct FileReadText
{
    Q_DECLARE_TR_FUNCTIONS(FileRead)
};
} // namespace

Result<QByteArray> FileRead::upTo(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FileReadText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Read one byte more than allowed: devices and pipes have no size to check beforehand.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(FileReadText::tr("%1 is too large (more than %2 KB); nothing was read.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(maxBytes / 1024));
    if (file.error() != QFileDevice::NoError)
        return fail(FileReadText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}
