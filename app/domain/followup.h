#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A follow-up action item from an incident's postmortem (Monzo Response's typed actions plus "process").
enum class FollowUpType { Detective, Preventative, Corrective, Process };
enum class FollowUpPriority { High, Medium, Low };
enum class FollowUpStatus { Open, InProgress, Done, WontDo };

struct FollowUp
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString title;
    QString owner;
    QDate dueDate; // null: no due date
    FollowUpType type = FollowUpType::Corrective;
    FollowUpPriority priority = FollowUpPriority::Medium;
    FollowUpStatus status = FollowUpStatus::Open;
    QString trackerUrl; // http(s) link to the external tracker's issue, or empty
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt; // set when done or won't do
    QString createdBy;
    // Read with the item for lists across incidents; not written.
    QString incidentCode;
    QString incidentTitle;
    bool incidentIsDrill = false;

    bool isOpen() const { return status == FollowUpStatus::Open || status == FollowUpStatus::InProgress; }
    // Overdue: still open and its due day is before `today` (the reader's local date).
    bool isOverdue(const QDate& today) const { return isOpen() && dueDate.isValid() && dueDate < today; }
};

namespace FollowUps {
constexpr int maxTitleLength = 300;

QString typeKey(FollowUpType t);          // "detective", stored and exported
QString typeLabel(FollowUpType t);        // translated
const char* typeLabelSource(FollowUpType t); // untranslated, for reports in another language
std::optional<FollowUpType> parseType(const QString& key);
QList<FollowUpType> types();

QString priorityKey(FollowUpPriority p);
QString priorityLabel(FollowUpPriority p);
const char* priorityLabelSource(FollowUpPriority p);
std::optional<FollowUpPriority> parsePriority(const QString& key);
QList<FollowUpPriority> priorities();

QString statusKey(FollowUpStatus s); // "open", "in_progress", "done", "wont_do"
QString statusLabel(FollowUpStatus s);
const char* statusLabelSource(FollowUpStatus s);
std::optional<FollowUpStatus> parseStatus(const QString& key);
QList<FollowUpStatus> statuses();

// The context the labels are translated in.
inline constexpr const char* trContext = "FollowUp";
} // namespace FollowUps
