#include "glyphtwins.h"

#include <QList>
#include <QRawFont>
#include <QString>

int GlyphTwins::rank(char32_t ucs)
{
    if ((ucs >= 0x3000 && ucs <= 0x30FF) || (ucs >= 0x4E00 && ucs <= 0x9FFF) ||
        (ucs >= 0xFF00 && ucs <= 0xFF9F) || (ucs >= 0xFFE0 && ucs <= 0xFFEF))
        return 0;
    if (ucs >= 0x3400 && ucs <= 0x4DBF)
        return 1;
    if (ucs >= 0xF900 && ucs <= 0xFAFF)
        return 2;
    return -1;
}

QHash<char32_t, char32_t> GlyphTwins::forFont(const QRawFont& font, const QSet<char32_t>& used)
{
    if (!font.isValid())
        return {};
    // The glyph of every BMP code point, as Qt's reverse map sees them (same engine, same fallbacks).
    QString all;
    for (char32_t ucs = 0; ucs <= 0xFFFF; ++ucs)
        if (!QChar::isSurrogate(ucs))
            all.append(QChar(char16_t(ucs)));
    const QList<quint32> glyphs = font.glyphIndexesForString(all);
    if (glyphs.size() != all.size())
        return {};
    QHash<quint32, QList<char32_t>> codesOf; // each list ascending: front() is what Qt writes
    for (qsizetype k = 0; k < all.size(); ++k)
        if (glyphs.at(k) != 0)
            codesOf[glyphs.at(k)].append(all.at(k).unicode());

    QHash<char32_t, char32_t> twins;
    for (const QList<char32_t>& codes : std::as_const(codesOf)) {
        if (codes.size() < 2)
            continue;
        char32_t best = 0;
        int bestRank = -1;
        QList<char32_t> inText;
        for (char32_t ucs : codes) {
            const int r = rank(ucs);
            if (r >= 0 && (bestRank < 0 || r < bestRank)) {
                best = ucs;
                bestRank = r;
            }
            if (used.contains(ucs))
                inText.append(ucs);
        }
        if (bestRank < 0)
            continue;                                                       // rule 1
        const char32_t chosen = inText.size() == 1 ? inText.front() : best; // rules 2 and 3
        if (chosen != codes.front())
            twins.insert(codes.front(), chosen);
    }
    return twins;
}
