#include "icloop.h"

#include <QCoreApplication>

namespace {
struct StepInfo
{
    const char* label;
    const char* hint;
};

const StepInfo kSteps[] = {
    {QT_TRANSLATE_NOOP("IcLoop", "Size up"),
     QT_TRANSLATE_NOOP("IcLoop", "What is happening, what is the impact, who is working on what?")},
    {QT_TRANSLATE_NOOP("IcLoop", "Stabilise"),
     QT_TRANSLATE_NOOP("IcLoop", "Stop the bleeding first: mitigate before looking for the root cause.")},
    {QT_TRANSLATE_NOOP("IcLoop", "Update"),
     QT_TRANSLATE_NOOP(
         "IcLoop", "Tell responders and stakeholders where things stand, and when the next update comes.")},
    {QT_TRANSLATE_NOOP("IcLoop", "Verify"),
     QT_TRANSLATE_NOOP("IcLoop",
                       "Check that the actions worked and that every task has an owner and a time box.")},
};
} // namespace

QList<IcLoopStep> IcLoop::all()
{
    return {IcLoopStep::SizeUp, IcLoopStep::Stabilise, IcLoopStep::Update, IcLoopStep::Verify};
}

QString IcLoop::label(IcLoopStep s)
{
    return QCoreApplication::translate("IcLoop", kSteps[int(s)].label);
}

QString IcLoop::hint(IcLoopStep s)
{
    return QCoreApplication::translate("IcLoop", kSteps[int(s)].hint);
}

IcLoopStep IcLoop::next(IcLoopStep s)
{
    return IcLoopStep((int(s) + 1) % 4);
}

QDateTime IcLoop::nextUpdateDue(const QDateTime& declaredAt, const QDateTime& lastUpdateAt,
                                int cadenceMinutes)
{
    if (!declaredAt.isValid())
        return {};
    const QDateTime from = lastUpdateAt.isValid() && lastUpdateAt > declaredAt ? lastUpdateAt : declaredAt;
    return from.addSecs(qint64(qMax(1, cadenceMinutes)) * 60);
}
