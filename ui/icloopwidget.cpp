#include "icloopwidget.h"

#include "checklistformat.h"
#include "core.h"
#include "domain/clock.h"
#include "services/timelineservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kCadenceKey = QStringLiteral("checklist/updateCadenceMinutes");
}

IcLoopWidget::IcLoopWidget(Core& core, QWidget* parent)
    : QFrame(parent), m_core(core), m_title(new QLabel), m_hint(new QLabel), m_due(new QLabel),
      m_cadenceLabel(new QLabel), m_cadence(new QSpinBox), m_next(new QPushButton), m_posted(new QPushButton)
{
    setObjectName(QStringLiteral("icLoop"));
    m_hint->setObjectName(QStringLiteral("icLoopHint"));
    m_due->setObjectName(QStringLiteral("nextUpdateDue"));
    m_cadence->setObjectName(QStringLiteral("updateCadence"));
    m_next->setObjectName(QStringLiteral("icLoopNext"));
    m_posted->setObjectName(QStringLiteral("updatePostedButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#icLoop { background: #e3f2fd; border: 1px solid #90caf9; }"));
    m_hint->setWordWrap(true);
    m_cadence->setRange(5, 240);
    m_cadence->setValue(QSettings().value(kCadenceKey, IcLoop::defaultCadenceMinutes).toInt());

    auto* steps = new QHBoxLayout;
    steps->addWidget(m_title);
    for (int i = 0; i < IcLoop::all().size(); ++i) {
        auto* l = new QLabel;
        l->setObjectName(QStringLiteral("icLoopStep%1").arg(i));
        m_stepLabels << l;
        steps->addWidget(l);
    }
    steps->addStretch(1);
    steps->addWidget(m_next);
    auto* update = new QHBoxLayout;
    update->addWidget(m_due, 1);
    update->addWidget(m_cadenceLabel);
    update->addWidget(m_cadence);
    update->addWidget(m_posted);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(steps);
    layout->addWidget(m_hint);
    layout->addLayout(update);

    connect(m_next, &QPushButton::clicked, this, &IcLoopWidget::advance);
    connect(m_posted, &QPushButton::clicked, this, &IcLoopWidget::postUpdate);
    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(kCadenceKey, minutes);
        refreshClock();
    });
    connect(&core.timeline(), &TimelineService::entryAdded, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            refreshClock();
    });
    retranslateUi();
    hide();
}

void IcLoopWidget::setIncident(qint64 incidentId, const QDateTime& declaredAt, bool open)
{
    m_incidentId = incidentId;
    m_declaredAt = declaredAt;
    setVisible(incidentId && declaredAt.isValid() && open);
    retranslateUi();
}

void IcLoopWidget::advance()
{
    m_steps[m_incidentId] = IcLoop::next(step());
    retranslateUi();
}

QDateTime IcLoopWidget::lastUpdateAt() const
{
    // The newest Communication entry among the recent ones is the last update; older history does not matter.
    const auto page = m_core.timeline().page(m_incidentId, true, {}, 200);
    if (!page)
        return {};
    for (const TimelineEntry& e : page.value())
        if (e.kind == EntryKind::Communication)
            return e.occurredAt;
    return {};
}

QDateTime IcLoopWidget::nextUpdateDue() const
{
    return IcLoop::nextUpdateDue(m_declaredAt, lastUpdateAt(), m_cadence->value());
}

void IcLoopWidget::postUpdate()
{
    EntryDraft d;
    d.kind = EntryKind::Communication;
    d.author = m_core.userName();
    d.text = tr("Stakeholder update posted (IC loop reminder).");
    if (const auto saved = m_core.timeline().add(m_incidentId, d); !saved)
        emit errorOccurred(saved.error());
    if (step() == IcLoopStep::Update)
        advance();
}

void IcLoopWidget::refreshClock()
{
    if (!m_incidentId || !m_declaredAt.isValid())
        return;
    const QDateTime due = nextUpdateDue();
    const QDateTime now = m_core.clock().now();
    const QString at = QLocale().toString(due.toLocalTime().time(), QLocale::ShortFormat);
    if (due < now) {
        m_due->setText(tr("Stakeholder update overdue: it was due at %1 (%2 ago).")
                           .arg(at, ChecklistFormat::minutes(due.secsTo(now) / 60)));
        m_due->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    } else {
        m_due->setText(tr("Next stakeholder update due at %1 (in %2).")
                           .arg(at, ChecklistFormat::minutes((now.secsTo(due) + 59) / 60)));
        m_due->setStyleSheet(QString());
    }
}

void IcLoopWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void IcLoopWidget::retranslateUi()
{
    m_title->setText(tr("IC loop:"));
    const QList<IcLoopStep> all = IcLoop::all();
    for (int i = 0; i < all.size(); ++i) {
        const bool current = all.at(i) == step();
        m_stepLabels.at(i)->setText((i ? QStringLiteral("→ ") : QString()) + IcLoop::label(all.at(i)));
        m_stepLabels.at(i)->setStyleSheet(current ? QStringLiteral("background: #1565c0; color: white; "
                                                                   "font-weight: bold; padding: 1px 6px;")
                                                  : QStringLiteral("padding: 1px 6px;"));
    }
    m_hint->setText(IcLoop::hint(step()));
    m_next->setText(tr("Next step"));
    m_cadenceLabel->setText(tr("Update every"));
    m_cadence->setSuffix(tr(" min"));
    m_posted->setText(tr("Update posted"));
    refreshClock();
}
