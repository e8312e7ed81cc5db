#include "htmlrenderer.h"

#include "domain/reportescape.h"
#include "reportdocument.h"

namespace {
using ReportEscape::html;

QString cell(const QString& tag, const QString& content)
{
    return QStringLiteral("<%1>%2</%1>").arg(tag, content);
}

QString linkCell(const QString& text)
{
    const QUrl url = ReportEscape::safeUrl(text);
    if (!url.isValid())
        return html(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(html(QString::fromLatin1(url.toEncoded())), html(text));
}

QString table(const ReportBlock& b)
{
    QString out = QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (const QString& h : b.headers)
        out += cell(QStringLiteral("th"), html(h));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : b.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            out += cell(QStringLiteral("td"), c == b.linkColumn ? linkCell(row.at(c)) : html(row.at(c)));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString facts(const ReportBlock& b)
{
    QString out = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto& f : b.facts)
        out += QStringLiteral("<tr>") + cell(QStringLiteral("th"), html(f.first)) + cell(QStringLiteral("td"), html(f.second))
               + QStringLiteral("</tr>\n");
    return out + QStringLiteral("</table>\n");
}

QString block(const ReportBlock& b)
{
    switch (b.type) {
    case ReportBlock::Type::Heading:
        return cell(QStringLiteral("h2"), html(b.text)) + QLatin1Char('\n');
    case ReportBlock::Type::Subheading:
        return cell(QStringLiteral("h3"), html(b.text)) + QLatin1Char('\n');
    case ReportBlock::Type::Paragraph:
        return cell(QStringLiteral("p"), html(b.text)) + QLatin1Char('\n');
    case ReportBlock::Type::Note:
        return QStringLiteral("<p class=\"note\"><i>%1</i></p>\n").arg(html(b.text));
    case ReportBlock::Type::Banner:
        return QStringLiteral("<table class=\"banner\" width=\"100%\" cellpadding=\"6\" bgcolor=\"#6a1b9a\"><tr>"
                              "<td align=\"center\"><font color=\"#ffffff\"><b>%1</b></font></td></tr></table>\n")
            .arg(html(b.text));
    case ReportBlock::Type::Facts:
        return facts(b);
    case ReportBlock::Type::Table:
        return table(b);
    case ReportBlock::Type::Bullets: {
        QString out = QStringLiteral("<ul>\n");
        for (const QString& item : b.items)
            out += cell(QStringLiteral("li"), html(item)) + QLatin1Char('\n');
        return out + QStringLiteral("</ul>\n");
    }
    }
    return {};
}
} // namespace

QString HtmlRenderer::styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP', sans-serif; "
        "font-size: 10pt; color: #1a1a1a; margin: 2em; line-height: 145%; }\n"
        "h1 { font-size: 18pt; margin: 0 0 0.4em 0; line-height: 120%; }\n"
        "h2 { font-size: 13pt; margin: 1.2em 0 0.3em 0; line-height: 120%; border-bottom: 1px solid #999999; }\n"
        "h3 { font-size: 11pt; margin: 0.9em 0 0.2em 0; line-height: 120%; }\n"
        "table { border-collapse: collapse; margin: 0.3em 0; }\n"
        "table.grid th { background-color: #eeeeee; text-align: left; }\n"
        "table.grid th, table.grid td { border: 1px solid #999999; vertical-align: top; }\n"
        "table.facts th { text-align: left; padding-right: 1.5em; font-weight: bold; }\n"
        "table.banner { margin-bottom: 0.8em; }\n"
        "p.note { color: #666666; }\n"
        "p.footer { color: #666666; font-size: 8pt; margin-top: 2em; }\n"
        "@page { size: A4; margin: 15mm; }\n"
        "@media print { body { margin: 0; } thead { display: table-header-group; } tr { page-break-inside: avoid; } }\n");
}

QString HtmlRenderer::render(const ReportDocument& doc)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n<h1>%2</h1>\n")
                      .arg(html(doc.languageCode), html(doc.title), styleSheet());
    for (const ReportBlock& b : doc.blocks)
        out += block(b);
    if (!doc.footer.isEmpty())
        out += QStringLiteral("<p class=\"footer\">%1</p>\n").arg(html(doc.footer));
    return out + QStringLiteral("</body>\n</html>\n");
}
