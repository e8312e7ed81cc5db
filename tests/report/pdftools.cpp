#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

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

QList<char32_t> toUnicodeTargets(const QByteArray& pdf)
{
    // Qt writes its CMaps unfiltered: "<src> <dst>" pairs in bfchar, "<lo> <hi> <dst>" or "<lo> <hi> [<dst>
    // …]" in bfrange. Every hex string after the source codes is a destination (a bfrange's first only: the
    // rest follow from it, and Qt writes arrays).
    static const QRegularExpression section(QStringLiteral("begin(bfchar|bfrange)(.*?)end\\1"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]*)>"));
    QList<char32_t> named;
    for (auto s = section.globalMatch(QString::fromLatin1(pdf)); s.hasNext();) {
        const QRegularExpressionMatch m = s.next();
        const int sources = m.captured(1) == QStringLiteral("bfchar") ? 1 : 2;
        for (const QString& line : m.captured(2).split(QLatin1Char('\n'))) {
            int k = 0;
            for (auto h = hex.globalMatch(line); h.hasNext(); ++k) {
                const QString digits = h.next().captured(1);
                if (k < sources)
                    continue;
                QString text;
                for (qsizetype at = 0; at + 4 <= digits.size(); at += 4)
                    text.append(QChar(char16_t(digits.mid(at, 4).toUShort(nullptr, 16))));
                for (char32_t ucs : text.toUcs4())
                    named.append(ucs);
            }
        }
    }
    return named;
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
