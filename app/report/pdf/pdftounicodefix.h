#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

// Rewrites the ToUnicode CMaps of a finished PDF, replacing destination code points by others.
//
// Why: a ToUnicode CMap maps each glyph of an embedded font back to text (copy, search, pdftotext). Qt builds
// it by walking the font's cmap upwards from U+0000 and keeping the first code point that reaches a glyph.
// Noto Sans CJK draws a Kangxi radical and its ideograph with one glyph (⽇ U+2F47 and 日 U+65E5, ⻑ U+2ED1
// and 長 U+9577), and the radical blocks come first, so every such kanji copied out of the PDF came back as
// its radical. QPdfWriter has no hook into that table, so the finished file is corrected instead.
//
// Reads what QPdfWriter writes: one classic cross-reference table (no /Prev, no xref streams), ToUnicode
// streams unfiltered or FlateDecode, /Length direct or indirect. Only the ToUnicode streams change; every
// object after them moves, so the xref offsets and startxref are rewritten. Anything it cannot read is
// refused with a translated sentence rather than guessed at.
class PdfToUnicodeFix final
{
    Q_DECLARE_TR_FUNCTIONS(PdfToUnicodeFix)

public:
    explicit PdfToUnicodeFix(QHash<char32_t, char32_t> replacements);

    // The whole PDF with its ToUnicode CMaps rewritten; the input itself when nothing needs replacing.
    Result<QByteArray> apply(const QByteArray& pdf) const;
    // One CMap's text: bfchar and bfrange destinations replaced (a bfrange whose run crosses a replaced code
    // point becomes an explicit array). Source codes and everything else stay byte for byte.
    Result<QByteArray> applyToCMap(const QByteArray& cmap) const;

private:
    QHash<char32_t, char32_t> m_replacements;
};
