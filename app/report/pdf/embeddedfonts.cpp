#include "embeddedfonts.h"

#include <QFontDatabase>
#include <QtEndian>

#include <utility>

EmbeddedFonts::EmbeddedFonts(QStringList families) : m_families(std::move(families)) {}

QByteArray EmbeddedFonts::withoutSubsetTag(const QByteArray& pdfFontName)
{
    if (pdfFontName.size() < 8 || pdfFontName.at(6) != '+')
        return pdfFontName;
    for (char c : pdfFontName.first(6))
        if (c < 'A' || c > 'Z')
            return pdfFontName;
    return pdfFontName.mid(7);
}

QRawFont EmbeddedFonts::find(const QByteArray& pdfFontName) const
{
    const QByteArray wanted = withoutSubsetTag(pdfFontName);
    if (wanted.isEmpty())
        return {};
    for (const QString& family : m_families) {
        for (const QString& style : QFontDatabase::styles(family)) {
            const QRawFont font = QRawFont::fromFont(QFontDatabase::font(family, style, 12));
            if (font.isValid() && postscriptName(font) == wanted)
                return font;
        }
    }
    return {};
}

QByteArray EmbeddedFonts::postscriptName(const QRawFont& font)
{
    // 'name': format, count, string offset, then 12-byte records (platform, encoding, language, name ID,
    // length, offset). Windows records (platform 3) are UTF-16BE, Macintosh Roman ones (platform 1) ASCII.
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&table](qsizetype at) {
        return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : quint16(0);
    };
    const qsizetype count = u16(2);
    const qsizetype strings = u16(4);
    for (qsizetype r = 0; r < count && 6 + 12 * (r + 1) <= table.size(); ++r) {
        const qsizetype record = 6 + 12 * r;
        const quint16 platform = u16(record);
        if (u16(record + 6) != 6 || (platform != 1 && platform != 3))
            continue;
        const QByteArray bytes = table.mid(strings + u16(record + 10), u16(record + 8));
        if (platform == 1)
            return bytes;
        QByteArray ascii;
        for (qsizetype k = 0; k + 1 < bytes.size(); k += 2)
            ascii.append(bytes.at(k + 1)); // PostScript names are printable ASCII
        return ascii;
    }
    return {};
}
