#include "pdftounicodefix.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace {

struct Edit
{
    qsizetype start;
    qsizetype end;
    QByteArray bytes;
};

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

qsizetype skipWhite(QByteArrayView d, qsizetype i)
{
    while (i < d.size() && isWhite(d[i]))
        ++i;
    return i;
}

bool hasAt(QByteArrayView d, qsizetype i, QByteArrayView word)
{
    return i >= 0 && i + word.size() <= d.size() && d.sliced(i, word.size()) == word;
}

// An unsigned decimal at i (advanced past it).
std::optional<qint64> readNumber(QByteArrayView d, qsizetype& i)
{
    const qsizetype start = i;
    qint64 value = 0;
    while (i < d.size() && d[i] >= '0' && d[i] <= '9' && i - start < 15)
        value = value * 10 + (d[i++] - '0');
    if (i == start || (i < d.size() && d[i] >= '0' && d[i] <= '9'))
        return std::nullopt;
    return value;
}

// "N G R" at i (advanced past it): the object number N.
std::optional<qint64> readReference(QByteArrayView d, qsizetype& i)
{
    const std::optional<qint64> number = readNumber(d, i);
    i = skipWhite(d, i);
    if (!number || !readNumber(d, i))
        return std::nullopt;
    i = skipWhite(d, i);
    if (!hasAt(d, i, "R"))
        return std::nullopt;
    ++i;
    return number;
}

// Skips a literal string "(…)" starting at i (balanced parentheses, backslash escapes).
qsizetype skipLiteralString(QByteArrayView d, qsizetype i)
{
    int depth = 0;
    for (; i < d.size(); ++i) {
        if (d[i] == '\\')
            ++i;
        else if (d[i] == '(')
            ++depth;
        else if (d[i] == ')' && --depth == 0)
            return i + 1;
    }
    return -1;
}

QByteArray inflate(const QByteArray& zlib)
{
    // qUncompress wants the expected size in front; it grows its buffer when the guess is short.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(std::max<qsizetype>(zlib.size() * 4, 4096)), framed.data());
    return qUncompress(framed + zlib);
}

QByteArray deflate(const QByteArray& data)
{
    return qCompress(data).mid(4); // qCompress puts the length in front of a zlib stream
}

// The bytes of a hex string token "<…>"; white space inside is allowed, an odd last digit counts as 0.
std::optional<QByteArray> hexBytes(QByteArrayView token)
{
    QByteArray digits;
    for (char c : token.sliced(1, token.size() - 2)) {
        if (isWhite(c))
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() % 2)
        digits.append('0');
    return QByteArray::fromHex(digits);
}

std::optional<qint64> hexValue(QByteArrayView token)
{
    const std::optional<QByteArray> bytes = hexBytes(token);
    if (!bytes || bytes->isEmpty() || bytes->size() > 4)
        return std::nullopt;
    qint64 value = 0;
    for (char c : *bytes)
        value = value << 8 | static_cast<unsigned char>(c);
    return value;
}

// The tokens of a CMap program, as far as ToUnicode needs them.
struct Token
{
    enum Kind { Hex, Word, ArrayOpen, ArrayClose, Other };
    Kind kind;
    qsizetype start;
    qsizetype end;
};

std::optional<QList<Token>> tokenize(QByteArrayView d)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while ((i = skipWhite(d, i)) < d.size()) {
        const qsizetype start = i;
        const char c = d[i];
        Token::Kind kind = Token::Other;
        if (c == '%') {
            while (i < d.size() && d[i] != '\n' && d[i] != '\r')
                ++i;
            continue;
        } else if (hasAt(d, i, "<<") || hasAt(d, i, ">>")) {
            i += 2;
        } else if (c == '<') {
            i = d.indexOf('>', i);
            if (i < 0)
                return std::nullopt;
            ++i;
            kind = Token::Hex;
        } else if (c == '(') {
            i = skipLiteralString(d, i);
            if (i < 0)
                return std::nullopt;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++i;
            kind = c == '[' ? Token::ArrayOpen : c == ']' ? Token::ArrayClose : Token::Other;
        } else if (c == '>' || c == ')') {
            return std::nullopt;
        } else {
            ++i; // a name's slash, or the first regular character of a word
            while (i < d.size() && !isWhite(d[i]) && !isDelimiter(d[i]))
                ++i;
            kind = c == '/' ? Token::Other : Token::Word;
        }
        tokens.append({kind, start, i});
    }
    return tokens;
}

// Where each object starts, and where the entry saying so sits in the cross-reference table.
struct XrefEntry
{
    qint64 offset;
    qsizetype fieldPos; // the 10 digits of the offset
};

struct Xref
{
    QHash<qint64, XrefEntry> inUse;
    qsizetype tablePos = 0;
    qsizetype startxrefValue = 0; // the number after the last "startxref"
    qsizetype startxrefValueEnd = 0;
};

std::optional<Xref> readXref(QByteArrayView pdf, bool& incremental)
{
    Xref xref;
    const qsizetype keyword = pdf.lastIndexOf(QByteArrayView("startxref"));
    if (keyword < 0)
        return std::nullopt;
    qsizetype i = xref.startxrefValue = skipWhite(pdf, keyword + 9);
    const std::optional<qint64> tablePos = readNumber(pdf, i);
    xref.startxrefValueEnd = i;
    if (!tablePos || !hasAt(pdf, *tablePos, "xref"))
        return std::nullopt;
    xref.tablePos = *tablePos;
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
                xref.inUse.insert(*first + n, {*offset, field});
            }
        }
    }
    incremental = pdf.sliced(i, keyword - i).contains(QByteArrayView("/Prev"));
    return xref;
}

// A stream object: where its /Length value and its data are.
struct StreamObject
{
    qsizetype lengthStart; // "/Length 567" or "/Length 12 0 R": the value
    qsizetype lengthEnd;
    qsizetype dataStart;
    qsizetype dataEnd;
    bool flate;
};

// Where the body of object `number` starts (after "N G obj").
std::optional<qsizetype> objectBody(QByteArrayView pdf, const Xref& xref, qint64 number)
{
    if (!xref.inUse.contains(number))
        return std::nullopt;
    qsizetype i = xref.inUse.value(number).offset;
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

// The number inside "N 0 obj 567 endobj" (an indirect /Length).
std::optional<qint64> readIntegerObject(QByteArrayView pdf, const Xref& xref, qint64 number)
{
    std::optional<qsizetype> body = objectBody(pdf, xref, number);
    return body ? readNumber(pdf, *body) : std::nullopt;
}

// The value of /Key in a flat dictionary (a key followed by white space or a delimiter, so /Length1 is not
// /Length): the position after the key, or -1.
qsizetype findKey(QByteArrayView pdf, qsizetype from, qsizetype to, QByteArrayView key)
{
    for (qsizetype at = pdf.indexOf(key, from); at >= 0 && at < to; at = pdf.indexOf(key, at + 1)) {
        const qsizetype after = at + key.size();
        if (after < to && (isWhite(pdf[after]) || isDelimiter(pdf[after])))
            return after;
    }
    return -1;
}

enum class StreamError { Damaged, UnsupportedFilter };

std::optional<StreamObject> readStream(QByteArrayView pdf, const Xref& xref, qint64 number,
                                       StreamError& error)
{
    error = StreamError::Damaged;
    const std::optional<qsizetype> body = objectBody(pdf, xref, number);
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

    StreamObject stream{};
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
        length = readIntegerObject(pdf, xref, *lengthObject);
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

// Applies non-overlapping edits; shift() then tells where an old position went.
class Splice final
{
public:
    explicit Splice(QList<Edit> edits) : m_edits(std::move(edits))
    {
        std::sort(m_edits.begin(), m_edits.end(),
                  [](const Edit& a, const Edit& b) { return a.start < b.start; });
    }
    bool valid() const
    {
        for (qsizetype k = 1; k < m_edits.size(); ++k)
            if (m_edits[k].start < m_edits[k - 1].end)
                return false;
        return true;
    }
    bool insideEdit(qsizetype pos) const
    {
        return std::any_of(m_edits.begin(), m_edits.end(),
                           [pos](const Edit& e) { return pos > e.start && pos < e.end; });
    }
    QByteArray apply(QByteArrayView in) const
    {
        QByteArray out;
        out.reserve(in.size() + 1024);
        qsizetype from = 0;
        for (const Edit& e : m_edits) {
            out.append(in.sliced(from, e.start - from)).append(e.bytes);
            from = e.end;
        }
        return out.append(in.sliced(from));
    }
    qsizetype shift(qsizetype pos) const
    {
        qsizetype moved = pos;
        for (const Edit& e : m_edits)
            if (e.end <= pos)
                moved += e.bytes.size() - (e.end - e.start);
        return moved;
    }

private:
    QList<Edit> m_edits;
};

QByteArray hexToken(const QString& text)
{
    QByteArray token = "<";
    for (QChar unit : text)
        token += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
    return token + '>';
}

using Replacements = QHash<char32_t, char32_t>;

// A destination string "<…>" (UTF-16BE) with `offset` added to its last code unit (the n-th code of a
// bfrange) and every code point in `table` swapped, as a hex token again.
std::optional<QByteArray> destination(QByteArrayView hex, int offset, const Replacements& table)
{
    const std::optional<QByteArray> bytes = hexBytes(hex);
    if (!bytes || bytes->isEmpty() || bytes->size() % 2)
        return std::nullopt;
    QString text;
    for (qsizetype k = 0; k < bytes->size(); k += 2)
        text.append(QChar(qFromBigEndian<quint16>(bytes->constData() + k)));
    const int last = text.back().unicode() + offset;
    if (last > 0xFFFF)
        return std::nullopt;
    text.back() = QChar(last);
    QList<uint> ucs = text.toUcs4();
    for (uint& c : ucs)
        c = table.value(c, c);
    return hexToken(QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData()), ucs.size()));
}

// The edits that swap the destinations of the bfchar and bfrange sections of one CMap.
class CMapRewriter final
{
public:
    CMapRewriter(QByteArrayView cmap, QList<Token> tokens, const Replacements& table)
        : m_cmap(cmap), m_tokens(std::move(tokens)), m_table(table)
    {
    }

    std::optional<QList<Edit>> edits()
    {
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            if (isWord(k, "beginbfchar")) {
                for (++k; !isWord(k, "endbfchar"); k += 2)
                    if (!is(k, Token::Hex) || !replaceDestination(k + 1))
                        return std::nullopt;
            } else if (isWord(k, "beginbfrange")) {
                for (++k; !isWord(k, "endbfrange"); ++k)
                    if (!range(k))
                        return std::nullopt;
            }
        }
        return m_edits;
    }

private:
    QByteArrayView text(qsizetype k) const
    {
        return m_cmap.sliced(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start);
    }
    bool is(qsizetype k, Token::Kind kind) const { return k < m_tokens.size() && m_tokens[k].kind == kind; }
    bool isWord(qsizetype k, QByteArrayView word) const { return is(k, Token::Word) && text(k) == word; }

    void replace(qsizetype k, const QByteArray& bytes)
    {
        if (text(k) != bytes)
            m_edits.append({m_tokens[k].start, m_tokens[k].end, bytes});
    }

    bool replaceDestination(qsizetype k)
    {
        const std::optional<QByteArray> dst =
            is(k, Token::Hex) ? destination(text(k), 0, m_table) : std::nullopt;
        if (dst)
            replace(k, *dst);
        return dst.has_value();
    }

    // <low> <high> [<dst> …]  or  <low> <high> <dst> (consecutive destinations); k ends on the last token.
    bool range(qsizetype& k)
    {
        if (!is(k, Token::Hex) || !is(k + 1, Token::Hex))
            return false;
        // value_or rather than operator*: GCC 12 at -O3 warns (maybe-uninitialized) on the optionals otherwise.
        const qint64 low = hexValue(text(k)).value_or(-1);
        const qint64 high = hexValue(text(k + 1)).value_or(-1);
        if (low < 0 || high < low || high - low > 255)
            return false;
        k += 2;
        if (is(k, Token::ArrayOpen)) {
            for (++k; is(k, Token::Hex); ++k)
                if (!replaceDestination(k))
                    return false;
            return is(k, Token::ArrayClose);
        }
        if (!is(k, Token::Hex))
            return false;
        // Once one destination of the run is replaced it is no longer consecutive: spell it out as an array.
        QByteArrayList mapped;
        bool changed = false;
        for (int n = 0; n <= high - low; ++n) {
            const std::optional<QByteArray> dst = destination(text(k), n, m_table);
            const std::optional<QByteArray> same = destination(text(k), n, {});
            if (!dst || !same)
                return false;
            changed = changed || *dst != *same;
            mapped.append(*dst);
        }
        if (changed)
            replace(k, mapped.size() == 1 ? mapped.front() : '[' + mapped.join(' ') + ']');
        return true;
    }

    QByteArrayView m_cmap;
    QList<Token> m_tokens;
    const Replacements& m_table;
    QList<Edit> m_edits;
};

} // namespace

PdfToUnicodeFix::PdfToUnicodeFix(QHash<char32_t, char32_t> replacements)
    : m_replacements(std::move(replacements))
{
}

static Failure broken(const QString& reason)
{
    return fail(
        PdfToUnicodeFix::tr("Cannot finish the PDF: correcting its text for copy and search failed (%1).")
            .arg(reason));
}

Result<QByteArray> PdfToUnicodeFix::applyToCMap(const QByteArray& cmap) const
{
    std::optional<QList<Token>> tokens = tokenize(cmap);
    const std::optional<QList<Edit>> edits =
        tokens ? CMapRewriter(cmap, std::move(*tokens), m_replacements).edits() : std::nullopt;
    if (!edits)
        return broken(tr("a character map is damaged"));
    return Splice(*edits).apply(cmap);
}

Result<QByteArray> PdfToUnicodeFix::apply(const QByteArray& pdf) const
{
    if (!pdf.startsWith("%PDF-"))
        return broken(tr("the file is not a PDF"));
    bool incremental = false;
    const std::optional<Xref> xref = readXref(pdf, incremental);
    if (!xref)
        return broken(tr("its cross-reference table cannot be read"));
    if (incremental)
        return broken(tr("it has been updated incrementally"));
    for (auto it = xref->inUse.cbegin(); it != xref->inUse.cend(); ++it)
        if (!objectBody(pdf, *xref, it.key()))
            return broken(tr("its cross-reference table cannot be read"));

    QList<qint64> cmaps; // object numbers of the ToUnicode streams
    for (qsizetype at = pdf.indexOf("/ToUnicode"); at >= 0; at = pdf.indexOf("/ToUnicode", at + 1)) {
        qsizetype i = skipWhite(pdf, at + 10);
        if (const std::optional<qint64> number = readReference(pdf, i); number && !cmaps.contains(*number))
            cmaps.append(*number);
    }

    QList<Edit> edits;
    for (qint64 number : std::as_const(cmaps)) {
        StreamError error = StreamError::Damaged;
        const std::optional<StreamObject> stream = readStream(pdf, *xref, number, error);
        if (!stream)
            return broken(error == StreamError::UnsupportedFilter
                              ? tr("object %1 is compressed in a way this program does not read").arg(number)
                              : tr("object %1 is missing or damaged").arg(number));
        const QByteArray data = pdf.sliced(stream->dataStart, stream->dataEnd - stream->dataStart);
        const QByteArray cmap = stream->flate ? inflate(data) : data;
        if (cmap.isEmpty())
            return broken(tr("object %1 is missing or damaged").arg(number));
        const Result<QByteArray> fixed = applyToCMap(cmap);
        if (!fixed)
            return fixed.failure();
        if (*fixed == cmap)
            continue;
        const QByteArray encoded = stream->flate ? deflate(*fixed) : *fixed;
        edits.append({stream->lengthStart, stream->lengthEnd, QByteArray::number(encoded.size())});
        edits.append({stream->dataStart, stream->dataEnd, encoded});
    }
    if (edits.isEmpty())
        return pdf;

    const Splice splice(edits);
    if (!splice.valid() || splice.insideEdit(xref->tablePos))
        return broken(tr("its cross-reference table cannot be read"));
    QByteArray out = splice.apply(pdf);
    // Every object after a rewritten stream moved: rewrite its 10-digit offset in the table, then startxref.
    for (const XrefEntry& entry : xref->inUse) {
        if (splice.insideEdit(entry.offset))
            return broken(tr("its cross-reference table cannot be read"));
        const QByteArray field = QByteArray::number(splice.shift(entry.offset)).rightJustified(10, '0');
        if (field.size() != 10)
            return broken(tr("its cross-reference table cannot be read"));
        out.replace(splice.shift(entry.fieldPos), 10, field);
    }
    return out.replace(splice.shift(xref->startxrefValue), xref->startxrefValueEnd - xref->startxrefValue,
                       QByteArray::number(splice.shift(xref->tablePos)));
}
