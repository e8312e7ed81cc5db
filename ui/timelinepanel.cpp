#include "timelinepanel.h"

#include "core.h"
#include "services/timelineservice.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

TimelinePanel::TimelinePanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_model(new TimelineModel(core, this)), m_view(new QTableView(this)),
      m_kind(new QComboBox(this)), m_input(new QLineEdit(this)), m_error(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_input->setObjectName(QStringLiteral("timelineInput"));
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_kind);
    entry->addWidget(m_input, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &TimelinePanel::submit);
    retranslateUi();
}

void TimelinePanel::setIncident(qint64 incidentId)
{
    m_model->setIncident(incidentId);
    m_input->setEnabled(incidentId != 0);
}

QString TimelinePanel::title() const
{
    return tr("Timeline");
}

void TimelinePanel::submit()
{
    if (m_model->incidentId() == 0 || m_input->text().trimmed().isEmpty())
        return;
    EntryDraft d;
    d.kind = EntryKind(m_kind->currentData().toInt());
    d.text = m_input->text();
    d.author = m_core.userName();
    const auto saved = m_core.timeline().add(m_model->incidentId(), d);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return; // keep the text so nothing typed is lost
    }
    m_error->hide();
    m_input->clear();
}

void TimelinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void TimelinePanel::retranslateUi()
{
    const int current = m_kind->currentIndex();
    m_kind->clear();
    for (EntryKind k : EntryKinds::all())
        m_kind->addItem(EntryKinds::label(k), int(k));
    m_kind->setCurrentIndex(current < 0 ? 0 : current);
    m_input->setPlaceholderText(tr("What happened? Enter saves the entry."));
    m_model->reload();
}
