#include "rosterdialog.h"
#include "fileread.h"
#include "filewrite.h"

#include "core.h"
#include "peoplemodel.h"
#include "personeditdialog.h"
#include "services/personservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

RosterDialog::RosterDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_model(new PeopleModel(core, this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_status(new QLabel(this)), m_errors(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("rosterDialog"));
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_edit->setObjectName(QStringLiteral("editPerson"));
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (QPushButton* b : {m_add, m_edit, m_import, m_export})
        b->setAutoDefault(false);
    m_status->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_status->setTextFormat(Qt::PlainText);
    m_errors->setReadOnly(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errors->setMaximumHeight(120);
    m_errors->hide();

    auto* row = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_import, m_export})
        row->addWidget(b);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &RosterDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &RosterDialog::editPerson);
    connect(m_view, &QTableView::doubleClicked, this, &RosterDialog::editPerson);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import roster"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export roster"), QStringLiteral("roster.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(900, 520);
}

void RosterDialog::showErrors(const QString& title, const QString& errors)
{
    m_status->setText(title);
    m_errors->setPlainText(errors);
    m_errors->setVisible(!errors.isEmpty());
}

bool RosterDialog::importFrom(const QString& path)
{
    const auto csv = FileRead::upTo(path, People::maxCsvBytes);
    if (!csv) {
        showErrors(csv.error(), {});
        return false;
    }
    const auto summary = m_core.people().importCsv(QString::fromUtf8(csv.value()));
    if (!summary) {
        showErrors(tr("Nothing was imported. Fix these rows and import the file again:"), summary.error());
        return false;
    }
    showErrors(tr("Imported: %1 added, %2 updated.").arg(summary->added).arg(summary->updated), {});
    return true;
}

bool RosterDialog::exportTo(const QString& path)
{
    const auto csv = m_core.people().exportCsv();
    const Status written = csv ? FileWrite::atomically(path, csv->toUtf8()) : Status(csv.failure());
    if (!written) {
        showErrors(written.error(), {});
        return false;
    }
    showErrors(tr("Exported %n people to %1.", "", m_model->rowCount()).arg(path), {});
    return true;
}

void RosterDialog::addPerson()
{
    PersonEditDialog dialog(m_core, {}, this);
    dialog.exec();
}

void RosterDialog::editPerson()
{
    const Person* p = m_model->personAt(m_view->currentIndex().row());
    if (!p)
        return;
    PersonEditDialog dialog(m_core, *p, this);
    dialog.exec();
}

void RosterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RosterDialog::retranslateUi()
{
    setWindowTitle(tr("Roster"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_import->setText(tr("Import CSV…"));
    m_export->setText(tr("Export CSV…"));
    m_import->setToolTip(
        tr("Columns: name, handle, phone, email, team, languages, skills. A row whose handle is "
           "already on the roster updates that person."));
    m_model->reload(); // headers and the "(on call)" note are translated
}
