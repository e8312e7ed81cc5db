#include "reportescape.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
QString escapeMarkdownLine(const QString& line)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~&!{}");
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // Block markers only matter at the start of a line (after indentation).
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#>+=-]|\\d+[.)])"));
    const auto m = blockStart.match(out);
    if (m.hasMatch()) {
        const int at = m.capturedEnd(2) - 1; // escape the marker's last character: "1\." "\#" "\-"
        out.insert(at, QLatin1Char('\\'));
    }
    return out;
}
} // namespace

QString ReportEscape::html(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\'': out += QStringLiteral("&#39;"); break;
        case '\r': break;
        case '\n': out += QStringLiteral("<br>"); break;
        default: out += c;
        }
    }
    return out;
}

QString ReportEscape::markdown(const QString& text)
{
    QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    // Four spaces or a tab of indentation would start a code block, where nothing is escaped any more.
    static const QRegularExpression indentation(QStringLiteral("^\\s+"));
    for (QString& line : lines)
        line = escapeMarkdownLine(line.remove(indentation));
    return lines.join(QStringLiteral("\\\n"));
}

QString ReportEscape::markdownLine(const QString& text)
{
    return escapeMarkdownLine(text.simplified());
}

QString ReportEscape::markdownCell(const QString& text)
{
    QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = escapeMarkdownLine(line.trimmed());
    return lines.join(QStringLiteral("<br>"));
}

QUrl ReportEscape::safeUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return {};
    if ((scheme == QStringLiteral("http") || scheme == QStringLiteral("https")) && !url.host().isEmpty())
        return url;
    if (scheme == QStringLiteral("mailto") && !url.path().isEmpty())
        return url;
    return {};
}
