#include "pdftounicodefix.h"

#include "pdflexer.h"
#include "pdfsplice.h"
#include "pdfxref.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <utility>

using namespace PdfLexer;

namespace {

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

QByteArray hexToken(const QString& text)
{
    QByteArray token = "<";
    for (QChar unit : text)
        token += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
    return token + '>';
}

using Replacements = PdfToUnicodeFix::Replacements;
using Expansions = PdfToUnicodeFix::Expansions;

// A destination string "<…>" (UTF-16BE) with `offset` added to its last code unit (the n-th code of a
// bfrange), every code point in `table` swapped and every one in `expansions` spelled out, as a hex token
// again.
std::optional<QByteArray> destination(QByteArrayView hex, int offset, const Replacements& table,
                                      const Expansions& expansions)
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
    QString out;
    for (const uint code : text.toUcs4()) {
        const char32_t c = table.value(code, code);
        const auto expanded = expansions.constFind(c);
        out += expanded != expansions.cend() ? *expanded : QString::fromUcs4(&c, 1);
    }
    return hexToken(out);
}

// The edits that swap the destinations of the bfchar and bfrange sections of one CMap.
class CMapRewriter final
{
public:
    CMapRewriter(QByteArrayView cmap, QList<Token> tokens, const Replacements& table, const Expansions& expansions)
        : m_cmap(cmap), m_tokens(std::move(tokens)), m_table(table), m_expansions(expansions)
    {
    }

    std::optional<QList<PdfSplice::Edit>> edits()
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
            is(k, Token::Hex) ? destination(text(k), 0, m_table, m_expansions) : std::nullopt;
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
            const std::optional<QByteArray> dst = destination(text(k), n, m_table, m_expansions);
            const std::optional<QByteArray> same = destination(text(k), n, {}, {});
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
    const Expansions& m_expansions;
    QList<PdfSplice::Edit> m_edits;
};

// The font dictionary around a "/ToUnicode N G R" at `at`: its /BaseFont, empty when it has none.
QByteArray baseFontAround(QByteArrayView pdf, const PdfXref& xref, qsizetype at)
{
    const std::optional<qint64> owner = xref.objectAt(at);
    if (!owner)
        return {};
    const qsizetype start = xref.inUse().value(*owner).offset;
    qsizetype i = findKey(pdf, start, xref.objectEnd(start), "/BaseFont");
    if (i < 0)
        return {};
    i = skipWhite(pdf, i);
    return readName(pdf, i).value_or(QByteArray());
}

} // namespace

PdfToUnicodeFix::PdfToUnicodeFix(TableForFont tableFor, Expansions expansions)
    : m_tableFor(std::move(tableFor)), m_expansions(std::move(expansions))
{
}

PdfToUnicodeFix::Expansions PdfToUnicodeFix::ligatureExpansions(const QSet<char32_t>& usedInText)
{
    static const QList<std::pair<char32_t, const char16_t*>> ligatures = {
        {0xFB00, u"ff"}, {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"},
        {0xFB04, u"ffl"}, {0xFB05, u"\u017Ft"}, {0xFB06, u"st"}};
    Expansions out;
    for (const auto& [ligature, letters] : ligatures)
        if (!usedInText.contains(ligature))
            out.insert(ligature, QString::fromUtf16(letters));
    return out;
}

static Failure broken(const QString& reason)
{
    return fail(
        PdfToUnicodeFix::tr("Cannot finish the PDF: correcting its text for copy and search failed (%1).")
            .arg(reason));
}

Result<QByteArray> PdfToUnicodeFix::applyToCMap(const QByteArray& cmap, const Replacements& table,
                                                 const Expansions& expansions)
{
    std::optional<QList<Token>> tokens = tokenize(cmap);
    const std::optional<QList<PdfSplice::Edit>> edits =
        tokens ? CMapRewriter(cmap, std::move(*tokens), table, expansions).edits() : std::nullopt;
    if (!edits)
        return broken(tr("a character map is damaged"));
    return PdfSplice(*edits).apply(cmap);
}

Result<QByteArray> PdfToUnicodeFix::apply(const QByteArray& pdf) const
{
    if (!pdf.startsWith("%PDF-"))
        return broken(tr("the file is not a PDF"));
    bool incremental = false;
    const std::optional<PdfXref> xref = PdfXref::read(pdf, incremental);
    if (!xref)
        return broken(tr("its cross-reference table cannot be read"));
    if (incremental)
        return broken(tr("it has been updated incrementally"));
    for (auto it = xref->inUse().cbegin(); it != xref->inUse().cend(); ++it)
        if (!xref->objectBody(pdf, it.key()))
            return broken(tr("its cross-reference table cannot be read"));

    // Each ToUnicode stream, in the order first named, with the table of the font(s) naming it.
    QList<qint64> cmaps;
    QHash<qint64, Replacements> tables;
    for (qsizetype at = pdf.indexOf("/ToUnicode"); at >= 0; at = pdf.indexOf("/ToUnicode", at + 1)) {
        qsizetype i = skipWhite(pdf, at + 10);
        const std::optional<qint64> number = readReference(pdf, i);
        if (!number)
            continue;
        const Replacements table = m_tableFor ? m_tableFor(baseFontAround(pdf, *xref, at)) : Replacements();
        if (!cmaps.contains(*number)) {
            cmaps.append(*number);
            tables.insert(*number, table);
        } else if (tables.value(*number) != table) {
            tables.insert(*number, {}); // two fonts that disagree share it: no table fits both
        }
    }

    QList<PdfSplice::Edit> edits;
    for (qint64 number : std::as_const(cmaps)) {
        PdfXref::StreamError error = PdfXref::StreamError::Damaged;
        const std::optional<PdfXref::Stream> stream = xref->readStream(pdf, number, error);
        if (!stream)
            return broken(error == PdfXref::StreamError::UnsupportedFilter
                              ? tr("object %1 is compressed in a way this program does not read").arg(number)
                              : tr("object %1 is missing or damaged").arg(number));
        if (tables.value(number).isEmpty() && m_expansions.isEmpty())
            continue;
        const QByteArray data = pdf.sliced(stream->dataStart, stream->dataEnd - stream->dataStart);
        const QByteArray cmap = stream->flate ? inflate(data) : data;
        if (cmap.isEmpty())
            return broken(tr("object %1 is missing or damaged").arg(number));
        // Without a table, only a CMap that names a ligature (U+FB00–U+FB06) is parsed and rewritten.
        if (tables.value(number).isEmpty() && !cmap.contains("FB0") && !cmap.contains("fb0"))
            continue;
        const Result<QByteArray> fixed = applyToCMap(cmap, tables.value(number), m_expansions);
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

    const PdfSplice splice(edits);
    if (!splice.valid() || splice.insideEdit(xref->tablePos()))
        return broken(tr("its cross-reference table cannot be read"));
    QByteArray out = splice.apply(pdf);
    // Every object after a rewritten stream moved: rewrite its 10-digit offset in the table, then startxref.
    for (const PdfXref::Entry& entry : xref->inUse()) {
        if (splice.insideEdit(entry.offset))
            return broken(tr("its cross-reference table cannot be read"));
        const QByteArray field = QByteArray::number(splice.shift(entry.offset)).rightJustified(10, '0');
        if (field.size() != 10)
            return broken(tr("its cross-reference table cannot be read"));
        out.replace(splice.shift(entry.fieldPos), 10, field);
    }
    return out.replace(splice.shift(xref->startxrefValue()),
                       xref->startxrefValueEnd() - xref->startxrefValue(),
                       QByteArray::number(splice.shift(xref->tablePos())));
}
