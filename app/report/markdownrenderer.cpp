#include "markdownrenderer.h"

#include "domain/reportescape.h"
#include "reportdocument.h"

namespace {
QString link(const QString& text)
{
    const QUrl url = ReportEscape::safeUrl(text);
    if (!url.isValid())
        return ReportEscape::markdownCell(text);
    // The target in <…> may hold parentheses; the encoded form has no spaces, < or >.
    return QStringLiteral("[%1](<%2>)")
        .arg(ReportEscape::markdownCell(text), QString::fromLatin1(url.toEncoded()));
}

QString tableRow(const QStringList& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString table(const ReportBlock& b)
{
    QStringList header;
    QStringList rule;
    for (const QString& h : b.headers) {
        header << ReportEscape::markdownCell(h);
        rule << QStringLiteral("---");
    }
    QString out = tableRow(header) + tableRow(rule);
    for (const QStringList& row : b.rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c == b.linkColumn ? link(row.at(c)) : ReportEscape::markdownCell(row.at(c)));
        out += tableRow(cells);
    }
    return out;
}

QString block(const ReportBlock& b)
{
    switch (b.type) {
    case ReportBlock::Type::Heading:
        return QStringLiteral("## ") + ReportEscape::markdownLine(b.text) + QLatin1Char('\n');
    case ReportBlock::Type::Subheading:
        return QStringLiteral("### ") + ReportEscape::markdownLine(b.text) + QLatin1Char('\n');
    case ReportBlock::Type::Paragraph:
        return ReportEscape::markdown(b.text) + QLatin1Char('\n');
    case ReportBlock::Type::Note:
        return QLatin1Char('*') + ReportEscape::markdown(b.text) + QStringLiteral("*\n");
    case ReportBlock::Type::Banner:
        return QStringLiteral("> **") + ReportEscape::markdown(b.text) + QStringLiteral("**\n");
    case ReportBlock::Type::Facts: {
        QString out;
        for (const auto& f : b.facts)
            out += QStringLiteral("- **%1:** %2\n").arg(ReportEscape::markdown(f.first), ReportEscape::markdown(f.second));
        return out;
    }
    case ReportBlock::Type::Table:
        return table(b);
    case ReportBlock::Type::Bullets: {
        QString out;
        for (const QString& item : b.items)
            out += QStringLiteral("- ") + ReportEscape::markdown(item).replace(QStringLiteral("\\\n"), QStringLiteral("\\\n  "))
                   + QLatin1Char('\n');
        return out;
    }
    }
    return {};
}
} // namespace

QString MarkdownRenderer::render(const ReportDocument& doc)
{
    QString out = QStringLiteral("# ") + ReportEscape::markdownLine(doc.title) + QStringLiteral("\n\n");
    for (const ReportBlock& b : doc.blocks)
        out += block(b) + QLatin1Char('\n');
    if (!doc.footer.isEmpty())
        out += QStringLiteral("---\n\n") + ReportEscape::markdown(doc.footer) + QLatin1Char('\n');
    return out;
}
