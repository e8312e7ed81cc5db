#include "reportdocument.h"

namespace {
ReportBlock textBlock(ReportBlock::Type type, const QString& text)
{
    ReportBlock b;
    b.type = type;
    b.text = text;
    return b;
}
} // namespace

void ReportDocument::addHeading(const QString& text)
{
    blocks << textBlock(ReportBlock::Type::Heading, text);
}

void ReportDocument::addSubheading(const QString& text)
{
    blocks << textBlock(ReportBlock::Type::Subheading, text);
}

void ReportDocument::addParagraph(const QString& text)
{
    blocks << textBlock(ReportBlock::Type::Paragraph, text);
}

void ReportDocument::addNote(const QString& text)
{
    blocks << textBlock(ReportBlock::Type::Note, text);
}

void ReportDocument::addBanner(const QString& text)
{
    blocks << textBlock(ReportBlock::Type::Banner, text);
}

void ReportDocument::addFacts(const QList<QPair<QString, QString>>& facts)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Facts;
    b.facts = facts;
    blocks << b;
}

void ReportDocument::addTable(const QStringList& headers, const QList<QStringList>& rows, int linkColumn)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.headers = headers;
    b.rows = rows;
    b.linkColumn = linkColumn;
    blocks << b;
}

void ReportDocument::addBullets(const QStringList& items)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Bullets;
    b.items = items;
    blocks << b;
}
