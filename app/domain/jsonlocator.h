#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Finds where a value sits in a JSON text, so that an error found after parsing (a wrong type, a missing
// language) can name the line as well as the path. Paths are written $.items[3].text.ja.
class JsonLocator final
{
public:
    explicit JsonLocator(const QByteArray& json);

    // 1-based line of the value at `path`; for a path that is absent, the line of its nearest present
    // parent (a missing field is reported where its object starts). 0 when nothing is known.
    int lineOf(const QString& path) const;
    // 1-based line and column of a byte offset (QJsonParseError::offset).
    static std::pair<int, int> lineColumn(const QByteArray& json, int offset);

private:
    int scanValue(int pos, const QString& path);
    int skipSpace(int pos) const;
    int scanString(int pos, QString* decoded) const;

    const QByteArray& m_json;
    QHash<QString, int> m_offsets;
};
