#include "followupsoverviewdialog.h"
#include "filewrite.h"

#include "core.h"
#include "followuplist.h"
#include "followupmodel.h"
#include "report/followupexport.h"
#include "services/followupservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

FollowUpsOverviewDialog::FollowUpsOverviewDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_showLabel(new QLabel), m_show(new QComboBox), m_drills(new QCheckBox),
      m_list(new FollowUpList(core, true)), m_csv(new QPushButton), m_json(new QPushButton), m_message(new QLabel)
{
    setObjectName(QStringLiteral("followUpsOverview"));
    m_show->setObjectName(QStringLiteral("followUpShow"));
    m_drills->setObjectName(QStringLiteral("followUpIncludeDrills"));
    m_csv->setObjectName(QStringLiteral("exportFollowUpsCsv"));
    m_json->setObjectName(QStringLiteral("exportFollowUpsJson"));
    m_message->setObjectName(QStringLiteral("followUpsMessage"));
    // Messages and names quote user text: shown as typed, never as rich text.
    m_message->setTextFormat(Qt::PlainText);
    for (Show s : {Show::Open, Show::Overdue, Show::All})
        m_show->addItem(QString(), int(s));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_drills);
    filters->addStretch(1);
    filters->addWidget(m_csv);
    filters->addWidget(m_json);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QComboBox::currentIndexChanged, this, &FollowUpsOverviewDialog::refresh);
    connect(m_drills, &QCheckBox::toggled, this, &FollowUpsOverviewDialog::refresh);
    connect(m_csv, &QPushButton::clicked, this, [this] { exportInteractively(false); });
    connect(m_json, &QPushButton::clicked, this, [this] { exportInteractively(true); });
    connect(m_list, &FollowUpList::errorOccurred, m_message, &QLabel::setText);
    connect(&core.followUps(), &FollowUpService::followUpChanged, this, &FollowUpsOverviewDialog::refresh);
    connect(&core.database(), &Database::externalChange, this, &FollowUpsOverviewDialog::refresh);
    retranslateUi();
    resize(980, 560);
}

void FollowUpsOverviewDialog::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void FollowUpsOverviewDialog::setIncludeDrills(bool include)
{
    m_drills->setChecked(include);
}

void FollowUpsOverviewDialog::refresh()
{
    const auto show = Show(m_show->currentData().toInt());
    FollowUpStore::Filter filter;
    filter.openOnly = show != Show::All;
    filter.includeDrills = m_drills->isChecked();
    Result<QList<FollowUp>> items = m_core.followUps().list(filter);
    if (!items) {
        m_message->setText(items.error());
        return;
    }
    const QDate today = m_core.followUps().today();
    QList<FollowUp> shown;
    for (const FollowUp& f : items.value())
        if (show != Show::Overdue || f.isOverdue(today))
            shown << f;
    m_list->setItems(shown);
}

bool FollowUpsOverviewDialog::exportTo(const QString& path, bool json)
{
    const QDate today = m_core.followUps().today();
    const QList<FollowUp>& items = m_list->model()->items();
    const QByteArray bytes = json ? QJsonDocument(FollowUpExport::json(items, today)).toJson(QJsonDocument::Indented)
                                  : FollowUpExport::csv(items, today).toUtf8();
    if (Status s = FileWrite::atomically(path, bytes); !s) {
        m_message->setText(s.error());
        return false;
    }
    m_message->setText(tr("Exported %n follow-up(s) to %1", "", int(items.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void FollowUpsOverviewDialog::exportInteractively(bool json)
{
    const QString name = json ? QStringLiteral("follow-ups.json") : QStringLiteral("follow-ups.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export follow-ups"), QDir::home().filePath(name),
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, json);
}

void FollowUpsOverviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FollowUpsOverviewDialog::retranslateUi()
{
    setWindowTitle(tr("Follow-ups across incidents"));
    m_showLabel->setText(tr("Show:"));
    m_show->setItemText(0, tr("Open"));
    m_show->setItemText(1, tr("Overdue"));
    m_show->setItemText(2, tr("All"));
    m_drills->setText(tr("Include drills"));
    m_csv->setText(tr("Export CSV…"));
    m_json->setText(tr("Export JSON…"));
    refresh();
}
