#include "pdfxref.h"

#include "pdflexer.h"

using namespace PdfLexer;

std::optional<PdfXref> PdfXref::read(QByteArrayView pdf, bool& incremental)
{
    PdfXref xref;
    const qsizetype keyword = pdf.lastIndexOf(QByteArrayView("startxref"));
    if (keyword < 0)
        return std::nullopt;
    qsizetype i = xref.m_startxrefValue = skipWhite(pdf, keyword + 9);
    const std::optional<qint64> tablePos = readNumber(pdf, i);
    xref.m_startxrefValueEnd = i;
    if (!tablePos || !hasAt(pdf, *tablePos, "xref"))
        return std::nullopt;
    xref.m_tablePos = *tablePos;
    i = *tablePos + 4;
    while (!hasAt(pdf, i = skipWhite(pdf, i), "trailer")) {
        const std::optional<qint64> first = readNumber(pdf, i);
        i = skipWhite(pdf, i);
        const std::optional<qint64> count = readNumber(pdf, i);
        if (!first || !count || *count > pdf.size() / 20)
            return std::nullopt;
        for (qint64 n = 0; n < *count; ++n) {
            const qsizetype field = i = skipWhite(pdf, i);
            const std::optional<qint64> offset = readNumber(pdf, i);
            const bool fixedWidth = i - field == 10;
            i = skipWhite(pdf, i);
            const std::optional<qint64> generation = readNumber(pdf, i);
            i = skipWhite(pdf, i);
            if (!offset || !generation || i >= pdf.size() || (pdf[i] != 'n' && pdf[i] != 'f'))
                return std::nullopt;
            if (pdf[i++] == 'n') {
                // Only fixed-width fields can be rewritten in place; an offset must point before the table.
                if (!fixedWidth || *offset >= *tablePos)
                    return std::nullopt;
                xref.m_inUse.insert(*first + n, {*offset, field});
            }
        }
    }
    incremental = pdf.sliced(i, keyword - i).contains(QByteArrayView("/Prev"));
    return xref;
}

std::optional<qsizetype> PdfXref::objectBody(QByteArrayView pdf, qint64 number) const
{
    if (!m_inUse.contains(number))
        return std::nullopt;
    qsizetype i = m_inUse.value(number).offset;
    if (readNumber(pdf, i) != number)
        return std::nullopt;
    i = skipWhite(pdf, i);
    if (!readNumber(pdf, i))
        return std::nullopt;
    i = skipWhite(pdf, i);
    if (!hasAt(pdf, i, "obj"))
        return std::nullopt;
    return skipWhite(pdf, i + 3);
}

std::optional<qint64> PdfXref::objectAt(qsizetype pos) const
{
    std::optional<qint64> found;
    qint64 start = -1;
    for (auto it = m_inUse.cbegin(); it != m_inUse.cend(); ++it)
        if (it->offset <= pos && it->offset > start) {
            start = it->offset;
            found = it.key();
        }
    return pos < m_tablePos ? found : std::nullopt;
}

qsizetype PdfXref::objectEnd(qint64 offset) const
{
    qsizetype end = m_tablePos;
    for (const Entry& entry : m_inUse)
        if (entry.offset > offset && entry.offset < end)
            end = entry.offset;
    return end;
}

std::optional<qint64> PdfXref::readIntegerObject(QByteArrayView pdf, qint64 number) const
{
    std::optional<qsizetype> body = objectBody(pdf, number);
    return body ? readNumber(pdf, *body) : std::nullopt;
}

std::optional<PdfXref::Stream> PdfXref::readStream(QByteArrayView pdf, qint64 number,
                                                   StreamError& error) const
{
    error = StreamError::Damaged;
    const std::optional<qsizetype> body = objectBody(pdf, number);
    if (!body || !hasAt(pdf, *body, "<<"))
        return std::nullopt;
    const qsizetype dictStart = *body;
    qsizetype i = dictStart;
    int depth = 0;
    do {
        if (hasAt(pdf, i, "<<") || hasAt(pdf, i, ">>")) {
            depth += pdf[i] == '<' ? 1 : -1;
            i += 2;
        } else if (pdf[i] == '(') {
            i = skipLiteralString(pdf, i);
        } else if (pdf[i] == '<') { // a hex string
            i = pdf.indexOf('>', i);
            i = i < 0 ? i : i + 1;
        } else {
            ++i;
        }
    } while (depth > 0 && i >= 0 && i < pdf.size());
    if (depth != 0 || i < 0)
        return std::nullopt;
    const qsizetype dictEnd = i;
    i = skipWhite(pdf, i);
    if (!hasAt(pdf, i, "stream"))
        return std::nullopt;
    i += 6;
    if (hasAt(pdf, i, "\r"))
        ++i;
    if (!hasAt(pdf, i, "\n"))
        return std::nullopt;

    Stream stream{};
    stream.dataStart = i + 1;
    qsizetype at = findKey(pdf, dictStart, dictEnd, "/Length");
    if (at < 0)
        return std::nullopt;
    stream.lengthStart = at = skipWhite(pdf, at);
    std::optional<qint64> length = readNumber(pdf, at);
    stream.lengthEnd = at;
    qsizetype ref = stream.lengthStart;
    if (const std::optional<qint64> lengthObject = readReference(pdf, ref)) {
        stream.lengthEnd = ref;
        length = readIntegerObject(pdf, *lengthObject);
    }
    if (!length || *length > pdf.size() - stream.dataStart)
        return std::nullopt;
    stream.dataEnd = stream.dataStart + *length;
    if (!hasAt(pdf, skipWhite(pdf, stream.dataEnd), "endstream"))
        return std::nullopt;

    error = StreamError::UnsupportedFilter;
    if (findKey(pdf, dictStart, dictEnd, "/DecodeParms") >= 0)
        return std::nullopt;
    at = findKey(pdf, dictStart, dictEnd, "/Filter");
    if (at >= 0) {
        at = skipWhite(pdf, at);
        const bool array = hasAt(pdf, at, "[");
        if (array)
            at = skipWhite(pdf, at + 1);
        if (!hasAt(pdf, at, "/FlateDecode") || (array && !hasAt(pdf, skipWhite(pdf, at + 12), "]")))
            return std::nullopt; // another filter, or Flate and then another
        stream.flate = true;
    }
    return stream;
}
