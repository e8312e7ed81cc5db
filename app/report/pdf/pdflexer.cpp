#include "pdflexer.h"

#include <cctype>

namespace PdfLexer {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

qsizetype skipWhite(QByteArrayView d, qsizetype i)
{
    while (i < d.size() && isWhite(d[i]))
        ++i;
    return i;
}

bool hasAt(QByteArrayView d, qsizetype i, QByteArrayView word)
{
    return i >= 0 && i + word.size() <= d.size() && d.sliced(i, word.size()) == word;
}

std::optional<qint64> readNumber(QByteArrayView d, qsizetype& i)
{
    const qsizetype start = i;
    qint64 value = 0;
    while (i < d.size() && d[i] >= '0' && d[i] <= '9' && i - start < 15)
        value = value * 10 + (d[i++] - '0');
    if (i == start || (i < d.size() && d[i] >= '0' && d[i] <= '9'))
        return std::nullopt;
    return value;
}

std::optional<qint64> readReference(QByteArrayView d, qsizetype& i)
{
    const std::optional<qint64> number = readNumber(d, i);
    i = skipWhite(d, i);
    if (!number || !readNumber(d, i))
        return std::nullopt;
    i = skipWhite(d, i);
    if (!hasAt(d, i, "R"))
        return std::nullopt;
    ++i;
    return number;
}

std::optional<QByteArray> readName(QByteArrayView d, qsizetype& i)
{
    if (!hasAt(d, i, "/"))
        return std::nullopt;
    QByteArray name;
    for (++i; i < d.size() && !isWhite(d[i]) && !isDelimiter(d[i]); ++i) {
        if (d[i] != '#') {
            name.append(d[i]);
            continue;
        }
        if (i + 2 >= d.size() || !std::isxdigit(static_cast<unsigned char>(d[i + 1])) ||
            !std::isxdigit(static_cast<unsigned char>(d[i + 2])))
            return std::nullopt;
        name.append(QByteArray::fromHex(d.sliced(i + 1, 2).toByteArray()));
        i += 2;
    }
    return name;
}

qsizetype skipLiteralString(QByteArrayView d, qsizetype i)
{
    int depth = 0;
    for (; i < d.size(); ++i) {
        if (d[i] == '\\')
            ++i;
        else if (d[i] == '(')
            ++depth;
        else if (d[i] == ')' && --depth == 0)
            return i + 1;
    }
    return -1;
}

qsizetype findKey(QByteArrayView d, qsizetype from, qsizetype to, QByteArrayView key)
{
    for (qsizetype at = d.indexOf(key, from); at >= 0 && at < to; at = d.indexOf(key, at + 1)) {
        const qsizetype after = at + key.size();
        if (after < to && (isWhite(d[after]) || isDelimiter(d[after])))
            return after;
    }
    return -1;
}

std::optional<QByteArray> hexBytes(QByteArrayView token)
{
    QByteArray digits;
    for (char c : token.sliced(1, token.size() - 2)) {
        if (isWhite(c))
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() % 2)
        digits.append('0');
    return QByteArray::fromHex(digits);
}

std::optional<qint64> hexValue(QByteArrayView token)
{
    const std::optional<QByteArray> bytes = hexBytes(token);
    if (!bytes || bytes->isEmpty() || bytes->size() > 4)
        return std::nullopt;
    qint64 value = 0;
    for (char c : *bytes)
        value = value << 8 | static_cast<unsigned char>(c);
    return value;
}

std::optional<QList<Token>> tokenize(QByteArrayView d)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while ((i = skipWhite(d, i)) < d.size()) {
        const qsizetype start = i;
        const char c = d[i];
        Token::Kind kind = Token::Other;
        if (c == '%') {
            while (i < d.size() && d[i] != '\n' && d[i] != '\r')
                ++i;
            continue;
        } else if (hasAt(d, i, "<<") || hasAt(d, i, ">>")) {
            i += 2;
        } else if (c == '<') {
            i = d.indexOf('>', i);
            if (i < 0)
                return std::nullopt;
            ++i;
            kind = Token::Hex;
        } else if (c == '(') {
            i = skipLiteralString(d, i);
            if (i < 0)
                return std::nullopt;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++i;
            kind = c == '[' ? Token::ArrayOpen : c == ']' ? Token::ArrayClose : Token::Other;
        } else if (c == '>' || c == ')') {
            return std::nullopt;
        } else {
            ++i; // a name's slash, or the first regular character of a word
            while (i < d.size() && !isWhite(d[i]) && !isDelimiter(d[i]))
                ++i;
            kind = c == '/' ? Token::Other : Token::Word;
        }
        tokens.append({kind, start, i});
    }
    return tokens;
}

} // namespace PdfLexer
