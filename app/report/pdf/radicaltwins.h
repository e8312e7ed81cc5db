#pragma once

#include <QHash>

class QRawFont;

// What a CJK radical written into a PDF's ToUnicode CMap stands for (see PdfToUnicodeFix).
//
// A report never means ⽇ (U+2F47) or ⻑ (U+2ED1); they appear only because the font draws them with the
// glyph of 日 and 長. NFKC names the ideograph of every Kangxi radical, but not of most CJK Radicals
// Supplement code points (⻑ 長, ⻘ 青, ⻄ 西, ⻭ 歯 …), and for ⼾ it names 戶 while the Japanese glyph is
// 戸. So the font decides: the ideograph that shares the radical's glyph, NFKC only where the font has none.
class RadicalTwins final
{
public:
    static constexpr char32_t first = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
    static constexpr char32_t last = 0x2FDF;

    static bool isRadical(char32_t ucs) { return ucs >= first && ucs <= last; }
    // Every radical of the two blocks that has an ideograph → that ideograph.
    static QHash<char32_t, char32_t> forFont(const QRawFont& font);
};
