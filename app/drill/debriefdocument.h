#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A small document model — headings, paragraphs, tables — written out as Markdown or as self-contained
// HTML. All text is plain; each writer escapes every string for its format, so user text (titles, entries,
// debrief notes) can never inject markup.
class DebriefDocument final
{
public:
    struct Block
    {
        enum class Type { Heading, Paragraph, Table, Banner };
        Type type = Type::Paragraph;
        int level = 1;
        QString text;
        QStringList header;
        QList<QStringList> rows;
    };

    void banner(const QString& text) { m_blocks.append({Block::Type::Banner, 0, text, {}, {}}); }
    void heading(int level, const QString& text)
    {
        m_blocks.append({Block::Type::Heading, level, text, {}, {}});
    }
    void paragraph(const QString& text) { m_blocks.append({Block::Type::Paragraph, 0, text, {}, {}}); }
    void table(const QStringList& header, const QList<QStringList>& rows)
    {
        m_blocks.append({Block::Type::Table, 0, {}, header, rows});
    }
    const QList<Block>& blocks() const { return m_blocks; }

    QString toMarkdown() const;
    QString toHtml(const QString& title, const QString& lang) const;

private:
    QList<Block> m_blocks;
};
