#pragma once

#include <QByteArrayView>
#include <QHash>

#include <optional>

// The classic cross-reference table of a PDF (ISO 32000-1, 7.5.4) and the objects it locates: where each
// object starts, where the 10-digit field saying so sits (so it can be rewritten in place), and the stream
// objects PdfToUnicodeFix edits. Reads what QPdfWriter writes; xref streams are not read.
class PdfXref final
{
public:
    struct Entry
    {
        qint64 offset;
        qsizetype fieldPos; // the 10 digits of the offset
    };

    // A stream object: where its /Length value and its data are.
    struct Stream
    {
        qsizetype lengthStart; // "/Length 567" or "/Length 12 0 R": the value
        qsizetype lengthEnd;
        qsizetype dataStart;
        qsizetype dataEnd;
        bool flate;
    };
    enum class StreamError { Damaged, UnsupportedFilter };

    // The table startxref points at; nullopt when it cannot be read. `incremental`: the trailer has /Prev.
    static std::optional<PdfXref> read(QByteArrayView pdf, bool& incremental);

    const QHash<qint64, Entry>& inUse() const { return m_inUse; }
    qsizetype tablePos() const { return m_tablePos; }
    qsizetype startxrefValue() const { return m_startxrefValue; } // the number after the last "startxref"
    qsizetype startxrefValueEnd() const { return m_startxrefValueEnd; }

    // Where the body of object `number` starts (after "N G obj").
    std::optional<qsizetype> objectBody(QByteArrayView pdf, qint64 number) const;
    // The object whose text holds byte `pos`: the one starting last at or before it.
    std::optional<qint64> objectAt(qsizetype pos) const;
    // Where the object starting at `offset` ends at the latest: the next object, or the table.
    qsizetype objectEnd(qint64 offset) const;
    std::optional<Stream> readStream(QByteArrayView pdf, qint64 number, StreamError& error) const;

private:
    // The number inside "N 0 obj 567 endobj" (an indirect /Length).
    std::optional<qint64> readIntegerObject(QByteArrayView pdf, qint64 number) const;

    QHash<qint64, Entry> m_inUse;
    qsizetype m_tablePos = 0;
    qsizetype m_startxrefValue = 0;
    qsizetype m_startxrefValueEnd = 0;
};
