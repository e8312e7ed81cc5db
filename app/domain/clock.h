#pragma once

#include <QDateTime>

// Where "now" comes from. Services take a Clock so that tests and drills can control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that moves only when told; for tests and step-by-step drills.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

namespace Time {
QDateTime fromMs(qint64 ms); // UTC; null QDateTime for 0
qint64 toMs(const QDateTime& t); // 0 for a null QDateTime
QVariant toDbValue(const QDateTime& t); // NULL for a null QDateTime
QDateTime fromDbValue(const QVariant& v);
// Parses ISO 8601 with or without offset (no offset means local time). Null on failure.
QDateTime parseIso(const QString& text);
} // namespace Time
