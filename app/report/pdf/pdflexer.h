#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// The pieces of PDF syntax PdfToUnicodeFix reads (ISO 32000-1, 7.2 and 7.3): white space, numbers,
// references, names, strings, and the tokens of a CMap program. Positions are byte offsets into the whole
// file.
namespace PdfLexer {

bool isWhite(char c);
bool isDelimiter(char c);
qsizetype skipWhite(QByteArrayView d, qsizetype i);
bool hasAt(QByteArrayView d, qsizetype i, QByteArrayView word);

// An unsigned decimal at i (advanced past it).
std::optional<qint64> readNumber(QByteArrayView d, qsizetype& i);
// "N G R" at i (advanced past it): the object number N.
std::optional<qint64> readReference(QByteArrayView d, qsizetype& i);
// A name "/Abc#20d" at i (advanced past it), its #xx escapes decoded, without the slash.
std::optional<QByteArray> readName(QByteArrayView d, qsizetype& i);
// Skips a literal string "(…)" starting at i (balanced parentheses, backslash escapes); -1 when unclosed.
qsizetype skipLiteralString(QByteArrayView d, qsizetype i);
// The value of /Key in a flat dictionary between from and to (a key followed by white space or a delimiter,
// so /Length1 is not /Length): the position after the key, or -1.
qsizetype findKey(QByteArrayView d, qsizetype from, qsizetype to, QByteArrayView key);

// The bytes of a hex string token "<…>"; white space inside is allowed, an odd last digit counts as 0.
std::optional<QByteArray> hexBytes(QByteArrayView token);
// A hex string of 1 to 4 bytes as a number.
std::optional<qint64> hexValue(QByteArrayView token);

// The tokens of a CMap program, as far as ToUnicode needs them.
struct Token
{
    enum Kind { Hex, Word, ArrayOpen, ArrayClose, Other };
    Kind kind;
    qsizetype start;
    qsizetype end;
};
std::optional<QList<Token>> tokenize(QByteArrayView d);

} // namespace PdfLexer
