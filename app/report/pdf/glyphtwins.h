#pragma once

#include <QHash>
#include <QSet>

class QRawFont;

// Which code point a PDF's ToUnicode CMap should name for each glyph of one font (see PdfToUnicodeFix).
//
// Qt builds ToUnicode by walking the font's cmap upwards from U+0000 and keeping the first code point that
// reaches each glyph. Where a font draws several code points with one glyph, that lowest one is often not
// what a Japanese document contains. In Noto Sans CJK JP: every CJK radical and its kanji (⽇ U+2F47 and 日,
// ⻑ U+2ED1 and 長), ‧ U+2027 and ・ U+30FB, the em space U+2003 and the ideographic space U+3000, ∕ U+2215
// and ／ U+FF0F, 〈〉 U+2329/U+232A and 〈〉 U+3008/U+3009, ‵ U+2035 and ｀ U+FF40, and a few CJK Extension A
// ideographs and their unified twins. DejaVu Sans draws no two of its code points alike (Qt's tab → space
// fallback aside), so its table is empty.
//
// The rule, for each glyph reached by two or more BMP code points (Qt's reverse map is BMP-only):
//  1. Only glyphs that some code point of a Japanese block reaches are touched; elsewhere Qt's choice stays
//     (so a font without Japanese text, like DejaVu Sans, keeps its table exactly).
//  2. If the document's text uses exactly one of the glyph's code points, that one (〜 U+301C and ～ U+FF5E
//     share a glyph: a report that says ～ copies as ～, one that says 〜 as 〜; a radical typed on purpose
//     stays a radical).
//  3. Otherwise the best-ranked code point of a Japanese block, the lowest on a tie:
//       rank 0: CJK Symbols and Punctuation, Hiragana, Katakana U+3000–U+30FF; CJK Unified Ideographs
//               U+4E00–U+9FFF; Fullwidth Forms and halfwidth katakana U+FF00–U+FF9F; fullwidth signs
//               U+FFE0–U+FFEF (not the halfwidth Hangul U+FFA0–U+FFDF between them);
//       rank 1: CJK Unified Ideographs Extension A U+3400–U+4DBF;
//       rank 2: CJK Compatibility Ideographs U+F900–U+FAFF.
//     Radicals, General Punctuation, Miscellaneous Technical, Hangul and everything else never win.
class GlyphTwins final
{
public:
    // 0–2 as above for a code point of a Japanese block, -1 for any other.
    static int rank(char32_t ucs);
    // What Qt writes → what to write instead, for one font; empty for an invalid font.
    static QHash<char32_t, char32_t> forFont(const QRawFont& font, const QSet<char32_t>& used = {});
};
