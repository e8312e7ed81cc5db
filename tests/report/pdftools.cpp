#include "pdftools.h"

#include <QProcess>

namespace PdfTools {

TestSupport::Run run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    return TestSupport::finish(p);
}

QStringList radicals(const QString& text)
{
    QStringList found;
    for (char32_t ucs : text.toUcs4())
        if (ucs >= 0x2E80 && ucs <= 0x2FDF)
            found << QString::fromUcs4(&ucs, 1) +
                         QStringLiteral(" U+%1").arg(uint(ucs), 4, 16, QLatin1Char('0')).toUpper();
    found.removeDuplicates();
    return found;
}

QString complaints(const QString& path)
{
    QString said;
    for (const QString& tool : {QStringLiteral("pdfinfo"), QStringLiteral("pdftotext")}) {
        const QStringList args =
            tool == QStringLiteral("pdftotext") ? QStringList{path, QStringLiteral("-")} : QStringList{path};
        const TestSupport::Run r = run(tool, args);
        if (r.exitCode != 0 || !r.err.trimmed().isEmpty())
            said += QStringLiteral("%1 (exit %2): %3\n").arg(tool).arg(r.exitCode).arg(r.err);
    }
    return said;
}

} // namespace PdfTools
