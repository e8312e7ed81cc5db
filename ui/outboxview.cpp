#include "outboxview.h"

#include "core.h"
#include "outboxmodel.h"
#include "services/outboxservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OutboxView::OutboxView(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_model(new OutboxModel(core, this)), m_table(new QTableView),
      m_detail(new QPlainTextEdit), m_error(new QLabel), m_retry(new QPushButton), m_cancel(new QPushButton)
{
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxModel::StateColumn, 220);
    m_detail->setReadOnly(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::showSelected);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelSelected);
    retranslateUi();
    showSelected();
}

void OutboxView::setIncident(qint64 incidentId)
{
    m_model->setIncident(incidentId);
}

qint64 OutboxView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->data(rows.first(), OutboxModel::MessageIdRole).toLongLong();
}

void OutboxView::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear();
        m_retry->setEnabled(false);
        m_cancel->setEnabled(false);
        return;
    }
    const OutboxMessage m = m_model->message(rows.first().row());
    // Delivery first (what happened, why, the id a receiver logs), then the message as it reads.
    QString detail = OutboxModel::describeState(m);
    if (!m.lastError.isEmpty() && m.state != OutboxState::Failed)
        detail += QStringLiteral(" — ") + m.lastError;
    detail += QStringLiteral("\n") + tr("Event id: %1").arg(m.eventId) + QStringLiteral("\n\n") + m.summary;
    m_detail->setPlainText(detail);
    m_retry->setEnabled(m.state == OutboxState::Failed || m.state == OutboxState::Cancelled ||
                        m.state == OutboxState::Retrying);
    m_cancel->setEnabled(m.state == OutboxState::Queued || m.state == OutboxState::Retrying ||
                         m.state == OutboxState::Failed);
}

bool OutboxView::act(bool retry)
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    const Status s = retry ? m_core.outbox().retry(id) : m_core.outbox().cancel(id);
    m_error->setVisible(!s.ok());
    m_error->setText(s.ok() ? QString() : s.error());
    return s.ok();
}

bool OutboxView::retrySelected()
{
    return act(true);
}

bool OutboxView::cancelSelected()
{
    return act(false);
}

void OutboxView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxView::retranslateUi()
{
    m_retry->setText(tr("Retry now"));
    m_cancel->setText(tr("Cancel message"));
    m_detail->setPlaceholderText(tr("Select a message to see its full text and delivery history."));
    m_model->reload();
}
