#include "radicaltwins.h"

#include <QList>
#include <QRawFont>
#include <QString>

namespace {

// Among several ideographs on one glyph: the unified block first, then extension A, then the compatibility
// ideographs; anything else from U+3000 on last.
int preference(char32_t ucs)
{
    if (ucs >= 0x4E00 && ucs <= 0x9FFF)
        return 0;
    if (ucs >= 0x3400 && ucs <= 0x4DBF)
        return 1;
    if (ucs >= 0xF900 && ucs <= 0xFAFF)
        return 2;
    return 3;
}

char32_t nfkc(char32_t radical)
{
    const QList<uint> folded =
        QString::fromUcs4(&radical, 1).normalized(QString::NormalizationForm_KC).toUcs4();
    return folded.size() == 1 ? char32_t(folded.front()) : radical;
}

} // namespace

QHash<char32_t, char32_t> RadicalTwins::forFont(const QRawFont& font)
{
    // The glyph of every BMP code point from U+3000 (kana, ideographs, compatibility ideographs) …
    QString ideographs;
    for (char32_t ucs = 0x3000; ucs <= 0xFFFF; ++ucs)
        if (!QChar::isSurrogate(ucs))
            ideographs.append(QChar(char16_t(ucs)));
    const QList<quint32> ideographGlyphs =
        font.isValid() ? font.glyphIndexesForString(ideographs) : QList<quint32>();
    QHash<quint32, char32_t> ideographOfGlyph;
    QHash<char32_t, quint32> glyphOf;
    if (ideographGlyphs.size() == ideographs.size()) {
        for (qsizetype k = 0; k < ideographs.size(); ++k) {
            const char32_t ucs = ideographs.at(k).unicode();
            const quint32 glyph = ideographGlyphs.at(k);
            if (glyph == 0)
                continue;
            glyphOf.insert(ucs, glyph);
            const auto known = ideographOfGlyph.constFind(glyph);
            if (known == ideographOfGlyph.cend() || preference(ucs) < preference(*known))
                ideographOfGlyph.insert(glyph, ucs);
        }
    }
    // … then each radical: the NFKC ideograph when the font draws both alike, else the ideograph that shares
    // the radical's glyph, else NFKC.
    QString radicals;
    for (char32_t radical = first; radical <= last; ++radical)
        radicals.append(QChar(char16_t(radical)));
    const QList<quint32> radicalGlyphs =
        font.isValid() ? font.glyphIndexesForString(radicals) : QList<quint32>();
    QHash<char32_t, char32_t> twins;
    for (qsizetype k = 0; k < radicals.size(); ++k) {
        const char32_t radical = radicals.at(k).unicode();
        const char32_t folded = nfkc(radical);
        const quint32 glyph = radicalGlyphs.size() == radicals.size() ? radicalGlyphs.at(k) : 0;
        const char32_t twin =
            glyph != 0 && glyphOf.value(folded) != glyph ? ideographOfGlyph.value(glyph, folded) : folded;
        if (twin != radical)
            twins.insert(radical, twin);
    }
    return twins;
}
