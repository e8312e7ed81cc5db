#include "filewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {
struct FileWriteText
{
    Q_DECLARE_TR_FUNCTIONS(FileWrite)
};
} // namespace

Status FileWrite::atomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return fail(FileWriteText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const Status s = failed();
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return failed();
    return {};
}
