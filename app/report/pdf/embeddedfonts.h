#pragma once

#include <QByteArray>
#include <QRawFont>
#include <QStringList>

// Which installed font a PDF font name stands for. QPdfWriter names each embedded font by its PostScript name
// (/BaseFont /NotoSansCJKjp-Regular, a subset tag "ABCDEF+" in front in some writers); this finds the face of
// one of the given families whose 'name' table says the same, so its cmap can be read.
class EmbeddedFonts final
{
public:
    explicit EmbeddedFonts(QStringList families);

    // An invalid QRawFont when no style of the families has that PostScript name.
    QRawFont find(const QByteArray& pdfFontName) const;
    // The PostScript name (name ID 6) from the font's 'name' table; empty when it has none.
    static QByteArray postscriptName(const QRawFont& font);
    // "ABCDEF+Name" → "Name" (ISO 32000-1, 9.6.4); anything else unchanged.
    static QByteArray withoutSubsetTag(const QByteArray& pdfFontName);

private:
    QStringList m_families;
};
