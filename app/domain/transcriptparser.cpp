#include "transcriptparser.h"

#include <QRegularExpression>

namespace {
struct Header
{
    QDate date;
    QTime time;
    QString author;
    QString text;
};

// "[2026-11-29 09:31] name: text", "2026/11/29 9:31 name text", "09:31 name: text", "[09:31:05] name: text".
std::optional<Header> readHeader(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*\\[?\\s*(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ T]+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*\\]?\\s+"
        "(.+)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Header h;
    if (!m.captured(1).isEmpty())
        h.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    h.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!h.time.isValid() || (!m.captured(1).isEmpty() && !h.date.isValid()))
        return std::nullopt;
    // "name: text" (also the full-width colon of Japanese input) where the name is one or two words
    // ("Taro Yamada"); otherwise the first word is the name ("alice restarted db: done").
    const QString rest = m.captured(7).trimmed();
    static const QRegularExpression named(QStringLiteral("^([^:：\\s][^:：]{0,40}?)\\s*[:：]\\s*(.*)$"));
    const auto n = named.match(rest);
    if (n.hasMatch() && n.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 2) {
        h.author = n.captured(1).trimmed();
        h.text = n.captured(2);
    } else {
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        h.author = space < 0 ? rest : rest.left(space);
        h.text = space < 0 ? QString() : rest.mid(space + 1).trimmed();
    }
    return h;
}
} // namespace

QList<TranscriptLine> TranscriptParser::parse(const QString& paste, const QDate& date)
{
    QList<TranscriptLine> out;
    const QStringList lines = paste.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        if (const auto h = readHeader(line)) {
            TranscriptLine t;
            t.at = QDateTime(h->date.isValid() ? h->date : date, h->time, Qt::LocalTime).toUTC();
            t.author = h->author;
            t.text = h->text;
            t.sourceLine = i + 1;
            out << t;
            continue;
        }
        if (out.isEmpty()) {
            TranscriptLine t;
            t.text = line.trimmed();
            t.sourceLine = i + 1;
            out << t;
            continue;
        }
        TranscriptLine& last = out.last();
        last.text = last.text.isEmpty() ? line.trimmed() : last.text + QLatin1Char('\n') + line.trimmed();
    }
    return out;
}
