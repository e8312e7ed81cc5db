#include "debriefdocument.h"

#include "domain/reportescape.h"

namespace {
QString htmlText(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

QString DebriefDocument::toMarkdown() const
{
    QString md;
    for (const Block& b : m_blocks) {
        switch (b.type) {
        case Block::Type::Banner:
            md += QStringLiteral("> **%1**\n\n").arg(ReportEscape::markdown(b.text));
            break;
        case Block::Type::Heading:
            md += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + ReportEscape::markdownLine(b.text) +
                  QStringLiteral("\n\n");
            break;
        case Block::Type::Paragraph:
            md += ReportEscape::markdown(b.text) + QStringLiteral("\n\n");
            break;
        case Block::Type::Table: {
            QStringList head;
            for (const QString& h : b.header)
                head << ReportEscape::markdownCell(h);
            md += QStringLiteral("| %1 |\n|%2\n")
                      .arg(head.join(QStringLiteral(" | ")),
                           QStringLiteral(" --- |").repeated(int(b.header.size())));
            for (const QStringList& row : b.rows) {
                QStringList cells;
                for (const QString& c : row)
                    cells << ReportEscape::markdownCell(c);
                md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
            md += QLatin1Char('\n');
            break;
        }
        }
    }
    return md;
}

QString DebriefDocument::toHtml(const QString& title, const QString& lang) const
{
    QString body;
    for (const Block& b : m_blocks) {
        switch (b.type) {
        case Block::Type::Banner:
            body += QStringLiteral("<p class=\"drill\">%1</p>\n").arg(htmlText(b.text));
            break;
        case Block::Type::Heading:
            body += QStringLiteral("<h%1>%2</h%1>\n").arg(qBound(1, b.level, 6)).arg(htmlText(b.text));
            break;
        case Block::Type::Paragraph:
            body += QStringLiteral("<p>%1</p>\n").arg(htmlText(b.text));
            break;
        case Block::Type::Table:
            body += QStringLiteral("<table>\n<tr>");
            for (const QString& h : b.header)
                body += QStringLiteral("<th>%1</th>").arg(htmlText(h));
            body += QStringLiteral("</tr>\n");
            for (const QStringList& row : b.rows) {
                body += QStringLiteral("<tr>");
                for (const QString& c : row)
                    body += QStringLiteral("<td>%1</td>").arg(htmlText(c));
                body += QStringLiteral("</tr>\n");
            }
            body += QStringLiteral("</table>\n");
            break;
        }
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
               "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
               "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;"
               "text-align:left;vertical-align:top}th{background:#eee}"
               ".drill{background:#6a1b9a;color:#fff;font-weight:bold;padding:6px;text-align:center}"
               "@media print{.drill{-webkit-print-color-adjust:exact;print-color-adjust:exact}}</style>\n"
               "</head>\n<body>\n%3</body>\n</html>\n")
        .arg(lang.toHtmlEscaped(), title.toHtmlEscaped(), body);
}
