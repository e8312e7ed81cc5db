#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

JsonLocator::JsonLocator(const QByteArray& json) : m_json(json)
{
    scanValue(skipSpace(0), QStringLiteral("$"));
}

std::pair<int, int> JsonLocator::lineColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(json.at(i)) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

int JsonLocator::lineOf(const QString& path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.constEnd())
            return lineColumn(m_json, it.value()).first;
        const int cut = qMax(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return 0;
}

int JsonLocator::skipSpace(int pos) const
{
    while (pos < m_json.size() && QByteArrayView(" \t\r\n").contains(m_json.at(pos)))
        ++pos;
    return pos;
}

int JsonLocator::scanString(int pos, QString* decoded) const
{
    const int start = pos++; // opening quote
    bool escaped = false;
    while (pos < m_json.size()) {
        const char c = m_json.at(pos++);
        if (c == '\\') {
            escaped = true;
            ++pos;
        } else if (c == '"') {
            break;
        }
    }
    if (decoded) {
        const QByteArray raw = m_json.mid(start, pos - start);
        if (!escaped)
            *decoded = QString::fromUtf8(raw.mid(1, raw.size() - 2));
        else
            *decoded = QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
    }
    return pos;
}

// Records the offset of every value under its path; returns the position after the value. The text has
// already been parsed by QJsonDocument, so it is well formed; the scanner only needs to stay in step.
int JsonLocator::scanValue(int pos, const QString& path)
{
    if (pos >= m_json.size())
        return pos;
    m_offsets.insert(path, pos);
    const char c = m_json.at(pos);
    if (c == '"')
        return scanString(pos, nullptr);
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        pos = skipSpace(pos + 1);
        for (int index = 0; pos < m_json.size() && m_json.at(pos) != close; ++index) {
            QString child;
            if (object) {
                QString key;
                pos = skipSpace(scanString(pos, &key));
                pos = skipSpace(pos + 1); // ':'
                child = path + QLatin1Char('.') + key;
            } else {
                child = path + QStringLiteral("[%1]").arg(index);
            }
            pos = skipSpace(scanValue(pos, child));
            if (pos < m_json.size() && m_json.at(pos) == ',')
                pos = skipSpace(pos + 1);
        }
        return pos + 1;
    }
    while (pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(pos)))
        ++pos;
    return pos;
}
