#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Replaces non-overlapping byte ranges of a file in one pass; shift() then tells where an old position went
// (so the cross-reference offsets can follow the objects).
class PdfSplice final
{
public:
    struct Edit
    {
        qsizetype start;
        qsizetype end;
        QByteArray bytes;
    };

    explicit PdfSplice(QList<Edit> edits);

    bool valid() const; // no two edits overlap
    bool insideEdit(qsizetype pos) const;
    QByteArray apply(QByteArrayView in) const;
    qsizetype shift(qsizetype pos) const;

private:
    QList<Edit> m_edits;
};
