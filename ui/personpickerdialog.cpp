#include "personpickerdialog.h"

#include "core.h"
#include "peoplemodel.h"
#include "services/oncallservice.h"
#include "services/roleservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

PersonPickerDialog::PersonPickerDialog(Core& core, const QString& roleKey, QWidget* parent)
    : QDialog(parent), m_core(core), m_roleKey(roleKey), m_model(new PeopleModel(core, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_prompt(new QLabel(this)), m_suggestion(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personPicker"));
    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_suggestion->setObjectName(QStringLiteral("pickerSuggestion"));
    m_prompt->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_prompt->setTextFormat(Qt::PlainText);
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, handle, team, skills …
    m_list->setModel(m_proxy);
    m_list->setModelColumn(PeopleModel::Name);
    m_filter->setClearButtonEnabled(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PersonPickerDialog::updateButtons);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const auto suggested = m_core.onCall().suggestion(roleKey); suggested && suggested.value())
        selectPerson(suggested.value()->id);
    retranslateUi();
    updateButtons();
    resize(420, 420);
}

qint64 PersonPickerDialog::personId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0;
}

void PersonPickerDialog::selectPerson(qint64 personId)
{
    const int row = m_model->rowOf(personId);
    if (row >= 0)
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, PeopleModel::Name)));
}

void PersonPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(personId() != 0);
}

void PersonPickerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const qint64 selected = personId();
        m_model->reload(); // the "(on call)" note is translated; a reset loses the selection
        selectPerson(selected);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PersonPickerDialog::retranslateUi()
{
    const auto role = m_core.roles().definition(m_roleKey);
    const QString roleName = role ? role->displayName() : m_roleKey;
    setWindowTitle(tr("Assign %1").arg(roleName));
    m_prompt->setText(tr("Who takes %1?").arg(roleName));
    m_filter->setPlaceholderText(tr("Filter by name, handle, team or skill"));
    const auto suggested = m_core.onCall().suggestion(m_roleKey);
    m_suggestion->setText(suggested && suggested.value()
                              ? tr("On call now: %1 (suggested)").arg(suggested.value()->label())
                              : tr("Nobody is on call for this role; pick someone from the roster."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
}
