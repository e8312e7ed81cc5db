#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A report as a list of blocks, independent of the output format: the builders decide what a document
// says, the renderers (Markdown, HTML) decide how it is written and escape every piece of text once.
struct ReportBlock
{
    enum class Type { Heading, Subheading, Paragraph, Note, Banner, Facts, Table, Bullets };
    Type type = Type::Paragraph;
    QString text;                          // Heading, Subheading, Paragraph (multi-line), Note, Banner
    QList<QPair<QString, QString>> facts;  // Facts: label → value
    QStringList headers;                   // Table
    QList<QStringList> rows;               // Table
    int linkColumn = -1;                   // Table: cells of this column are links when they are safe URLs
    QStringList items;                     // Bullets
};

class ReportDocument final
{
public:
    QString title;
    QString languageCode = QStringLiteral("en");
    QString footer;
    QList<ReportBlock> blocks;

    void addHeading(const QString& text);
    void addSubheading(const QString& text); // a part of a section (### / h3)
    void addParagraph(const QString& text);
    void addNote(const QString& text);   // a small, de-emphasised line (e.g. "not recorded yet")
    void addBanner(const QString& text); // the DRILL marker
    void addFacts(const QList<QPair<QString, QString>>& facts);
    void addTable(const QStringList& headers, const QList<QStringList>& rows, int linkColumn = -1);
    void addBullets(const QStringList& items);
};
