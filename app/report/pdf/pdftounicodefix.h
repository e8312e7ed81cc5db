#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

// Rewrites the ToUnicode CMaps of a finished PDF, replacing destination code points by others, font by font.
//
// Why: a ToUnicode CMap maps each glyph of an embedded font back to text (copy, search, pdftotext). Qt builds
// it by walking the font's cmap upwards from U+0000 and keeping the first code point that reaches a glyph.
// Noto Sans CJK draws a Kangxi radical and its ideograph with one glyph (⽇ U+2F47 and 日 U+65E5), ‧ U+2027
// and ・ U+30FB, ∕ U+2215 and ／ U+FF0F …, and the lower code point comes first, so 日 copied out of the PDF
// came back as ⽇ and ・ as ‧. QPdfWriter has no hook into that table, so the finished file is corrected
// instead. Which code point is right depends on the font (DejaVu Sans has its own glyph for ‧, which must
// stay ‧), so each CMap gets the table of the font that uses it: the /BaseFont of the font dictionary whose
// /ToUnicode names the CMap (GlyphTwins builds the tables).
//
// Reads what QPdfWriter writes: one classic cross-reference table (no /Prev, no xref streams), ToUnicode
// streams unfiltered or FlateDecode, /Length direct or indirect. Only the ToUnicode streams change; every
// object after them moves, so the xref offsets and startxref are rewritten. Anything it cannot read is
// refused with a translated sentence rather than guessed at.
class PdfToUnicodeFix final
{
    Q_DECLARE_TR_FUNCTIONS(PdfToUnicodeFix)

public:
    using Replacements = QHash<char32_t, char32_t>;
    // The replacements for one font, by the name the PDF gives it (/BaseFont, a subset tag "ABCDEF+" left
    // on; empty when the font dictionary has none). An empty table leaves that font's CMap as it is.
    using TableForFont = std::function<Replacements(const QByteArray& baseFont)>;
    // Code points written as several, in every font's CMap after its Replacements: DejaVu Sans sets "ff",
    // "fi", "fl" … as ligature glyphs that its cmap reaches from U+FB00–U+FB06, so Qt names the ligature and
    // "off" copied out of the PDF came back as "oﬀ".
    using Expansions = QHash<char32_t, QString>;

    explicit PdfToUnicodeFix(TableForFont tableFor, Expansions expansions = {});

    // The Latin ligatures U+FB00–U+FB06 as the letters they join, except those the document's text itself
    // contains (someone who typed ﬁ gets ﬁ back).
    static Expansions ligatureExpansions(const QSet<char32_t>& usedInText);

    // The whole PDF with its ToUnicode CMaps rewritten; the input itself when nothing needs replacing. A CMap
    // that fonts with different tables share gets no replacements (only the expansions).
    Result<QByteArray> apply(const QByteArray& pdf) const;
    // One CMap's text: bfchar and bfrange destinations replaced (and expanded) (a bfrange whose run crosses a replaced code
    // point becomes an explicit array). Source codes and everything else stay byte for byte.
    static Result<QByteArray> applyToCMap(const QByteArray& cmap, const Replacements& table,
                                          const Expansions& expansions = {});

private:
    TableForFont m_tableFor;
    Expansions m_expansions;
};
