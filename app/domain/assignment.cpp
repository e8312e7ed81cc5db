#include "assignment.h"

#include <QCoreApplication>

QString AssignmentEnds::key(AssignmentEnd e)
{
    switch (e) {
    case AssignmentEnd::Released:
        return QStringLiteral("released");
    case AssignmentEnd::Reassigned:
        return QStringLiteral("reassigned");
    case AssignmentEnd::HandedOff:
        return QStringLiteral("handed_off");
    }
    return {};
}

QString AssignmentEnds::label(AssignmentEnd e)
{
    switch (e) {
    case AssignmentEnd::Released:
        return QCoreApplication::translate("AssignmentEnd", "Released");
    case AssignmentEnd::Reassigned:
        return QCoreApplication::translate("AssignmentEnd", "Reassigned");
    case AssignmentEnd::HandedOff:
        return QCoreApplication::translate("AssignmentEnd", "Handed off");
    }
    return {};
}

std::optional<AssignmentEnd> AssignmentEnds::parse(const QString& key)
{
    for (AssignmentEnd e : {AssignmentEnd::Released, AssignmentEnd::Reassigned, AssignmentEnd::HandedOff})
        if (AssignmentEnds::key(e) == key)
            return e;
    return std::nullopt;
}
