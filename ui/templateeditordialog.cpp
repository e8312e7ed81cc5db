#include "templateeditordialog.h"
#include "filewrite.h"

#include "core.h"
#include "domain/checklistrole.h"
#include "plainmessagebox.h"
#include "services/templateservice.h"
#include "templateitemeditor.h"
#include "uiformat.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QVBoxLayout>

TemplateEditorDialog::TemplateEditorDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_templateLabel(new QLabel), m_template(new QComboBox),
      m_nameEnLabel(new QLabel), m_nameEn(new QLineEdit), m_nameJaLabel(new QLabel), m_nameJa(new QLineEdit),
      m_origin(new QLabel), m_severityLabel(new QLabel), m_severity(new QComboBox), m_items(new QListWidget),
      m_addItem(new QPushButton), m_removeItem(new QPushButton), m_up(new QPushButton),
      m_down(new QPushButton), m_itemEditor(new TemplateItemEditor), m_message(new QLabel),
      m_import(new QPushButton), m_export(new QPushButton), m_reset(new QPushButton), m_copy(new QPushButton),
      m_save(new QPushButton), m_close(new QPushButton)
{
    setObjectName(QStringLiteral("templateEditor"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_nameEn->setObjectName(QStringLiteral("templateNameEn"));
    m_nameJa->setObjectName(QStringLiteral("templateNameJa"));
    m_origin->setObjectName(QStringLiteral("templateOrigin"));
    m_severity->setObjectName(QStringLiteral("templateSeverity"));
    m_items->setObjectName(QStringLiteral("templateItems"));
    m_addItem->setObjectName(QStringLiteral("templateAddItem"));
    m_removeItem->setObjectName(QStringLiteral("templateRemoveItem"));
    m_up->setObjectName(QStringLiteral("templateMoveUp"));
    m_down->setObjectName(QStringLiteral("templateMoveDown"));
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_import->setObjectName(QStringLiteral("templateImport"));
    m_export->setObjectName(QStringLiteral("templateExport"));
    m_reset->setObjectName(QStringLiteral("templateReset"));
    m_copy->setObjectName(QStringLiteral("templateCopy"));
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_message->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_message->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_items->setWordWrap(false);
    m_items->setTextElideMode(Qt::ElideRight);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setUniformItemSizes(true);
    // Enter in a text field must not trigger a button (adding an item or saving by accident).
    for (QPushButton* b :
         {m_addItem, m_removeItem, m_up, m_down, m_import, m_export, m_reset, m_copy, m_save, m_close})
        b->setAutoDefault(false);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* head = new QGridLayout;
    head->addWidget(m_templateLabel, 0, 0);
    head->addWidget(m_template, 0, 1);
    head->addWidget(m_origin, 0, 2);
    head->addWidget(m_nameEnLabel, 1, 0);
    head->addWidget(m_nameEn, 1, 1, 1, 2);
    head->addWidget(m_nameJaLabel, 2, 0);
    head->addWidget(m_nameJa, 2, 1, 1, 2);
    head->addWidget(m_severityLabel, 3, 0);
    head->addWidget(m_severity, 3, 1);
    head->setColumnStretch(2, 1);
    auto* order = new QHBoxLayout;
    for (QPushButton* b : {m_addItem, m_removeItem, m_up, m_down})
        order->addWidget(b);
    order->addStretch(1);
    auto* bottom = new QHBoxLayout;
    for (QPushButton* b : {m_import, m_export, m_copy, m_reset})
        bottom->addWidget(b);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_items, 1);
    layout->addLayout(order);
    layout->addWidget(m_itemEditor);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_template, &QComboBox::activated, this, [this](int index) {
        if (m_template->itemData(index).toString() == m_working.key)
            return;
        if (!confirmDiscard()) { // stay on the template being edited
            const QSignalBlocker block(m_template);
            m_template->setCurrentIndex(m_template->findData(m_working.key));
            return;
        }
        loadSelected();
    });
    connect(m_items, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        m_itemEditor->setEnabled(row >= 0);
        if (row >= 0)
            m_itemEditor->setItem(m_working.items.at(row), customRoleKeys());
    });
    connect(m_itemEditor, &TemplateItemEditor::changed, this, &TemplateEditorDialog::onItemEdited);
    connect(m_severity, &QComboBox::activated, this, [this] {
        const QVariant v = m_severity->currentData();
        m_working.severity = v.toInt() ? std::optional<Severity>(Severity(v.toInt())) : std::nullopt;
        m_dirty = true;
    });
    connect(m_nameEn, &QLineEdit::textEdited, this, &TemplateEditorDialog::onNameEdited);
    connect(m_nameJa, &QLineEdit::textEdited, this, &TemplateEditorDialog::onNameEdited);
    connect(m_addItem, &QPushButton::clicked, this, &TemplateEditorDialog::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &TemplateEditorDialog::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditorDialog::resetToDefault);
    connect(m_copy, &QPushButton::clicked, this, &TemplateEditorDialog::askCopy);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import checklist template"), {},
                                                          tr("Checklist templates (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export checklist template"),
                                                          m_working.key + QStringLiteral(".json"),
                                                          tr("Checklist templates (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    retranslateUi();
    reloadTemplates(QString());
    resize(900, 640);
}

void TemplateEditorDialog::reloadTemplates(const QString& selectKey)
{
    const auto templates = m_core.templates().list();
    if (!templates) {
        setMessage(templates.error(), true);
        return;
    }
    {
        const QSignalBlocker block(m_template);
        m_template->clear();
        for (const ChecklistTemplate& t : templates.value())
            m_template->addItem(t.name.current(), t.key);
        m_template->setCurrentIndex(
            qMax(0, m_template->findData(selectKey.isEmpty() ? m_working.key : selectKey)));
    }
    loadSelected();
}

void TemplateEditorDialog::selectTemplate(const QString& key)
{
    reloadTemplates(key);
}

void TemplateEditorDialog::loadSelected()
{
    const auto t = m_core.templates().get(m_template->currentData().toString());
    if (!t) {
        setMessage(t.error(), true);
        return;
    }
    m_working = t.value();
    m_dirty = false;
    m_loading = true;
    m_nameEn->setText(m_working.name.en);
    m_nameJa->setText(m_working.name.ja);
    m_loading = false;
    m_origin->setText(
        m_working.isBuiltIn()
            ? tr("Shipped default for %1; saving keeps your version instead.")
                  .arg(m_working.severity ? Severities::code(*m_working.severity) : m_working.key)
            : tr("Revision %1, saved by %2, %3")
                  .arg(m_working.revision)
                  .arg(m_working.updatedBy, UiFormat::dateTimeShort(m_working.updatedAt)));
    m_reset->setEnabled(!m_working.isBuiltIn());
    showSeverity();
    showItems();
    selectItem(m_working.items.isEmpty() ? -1 : 0);
    setMessage({}, false);
}

QString TemplateEditorDialog::itemLine(int row) const
{
    const TemplateItem& i = m_working.items.at(row);
    QString line =
        QStringLiteral("%1. [%2] %3").arg(row + 1).arg(ChecklistPhases::label(i.phase), i.text.current());
    if (!i.roleKey.isEmpty())
        line += QStringLiteral(" — ") + ChecklistRoles::label(i.roleKey);
    return line;
}

// A shipped template keeps its severity; a team's own may serve one severity or none (used only by hand).
void TemplateEditorDialog::showSeverity()
{
    const QSignalBlocker block(m_severity);
    m_severity->clear();
    m_severity->addItem(tr("(none: not used automatically)"), 0);
    for (Severity s : Severities::all())
        m_severity->addItem(Severities::code(s), int(s));
    m_severity->setCurrentIndex(m_working.severity ? m_severity->findData(int(*m_working.severity)) : 0);
    m_severity->setEnabled(!TemplateService::shippedDefault(m_working.key).has_value());
}

void TemplateEditorDialog::showItems()
{
    m_loading = true;
    const int row = m_items->currentRow();
    m_items->clear();
    for (int r = 0; r < m_working.items.size(); ++r)
        m_items->addItem(itemLine(r));
    m_loading = false;
    if (row >= 0 && row < m_items->count())
        m_items->setCurrentRow(row);
}

void TemplateEditorDialog::selectItem(int row)
{
    m_items->setCurrentRow(row);
    m_itemEditor->setEnabled(row >= 0);
    if (row >= 0)
        m_itemEditor->setItem(m_working.items.at(row), customRoleKeys());
}

QStringList TemplateEditorDialog::customRoleKeys() const
{
    QStringList keys;
    for (const TemplateItem& i : m_working.items)
        if (i.roleKey.startsWith(QLatin1String("custom:")) && !keys.contains(i.roleKey))
            keys << i.roleKey;
    return keys;
}

void TemplateEditorDialog::onItemEdited()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_working.items.size())
        return;
    m_working.items[row] = m_itemEditor->item();
    m_items->item(row)->setText(itemLine(row));
    m_dirty = true;
}

void TemplateEditorDialog::onNameEdited()
{
    if (m_loading)
        return;
    m_working.name = {m_nameEn->text(), m_nameJa->text()};
    m_dirty = true;
}

void TemplateEditorDialog::addItem()
{
    const int row = m_items->currentRow();
    TemplateItem item;
    if (row >= 0) // a new item joins the selected item's phase, just below it
        item.phase = m_working.items.at(row).phase;
    const int at = row >= 0 ? row + 1 : int(m_working.items.size());
    m_working.items.insert(at, item);
    m_dirty = true;
    showItems();
    selectItem(at);
}

void TemplateEditorDialog::removeItem()
{
    const int row = m_items->currentRow();
    if (row < 0)
        return;
    m_working.items.removeAt(row);
    m_dirty = true;
    showItems();
    selectItem(qMin(row, int(m_working.items.size()) - 1));
}

void TemplateEditorDialog::moveItem(int delta)
{
    const int row = m_items->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_working.items.size())
        return;
    m_working.items.move(row, to);
    m_dirty = true;
    showItems();
    selectItem(to);
}

bool TemplateEditorDialog::save()
{
    const auto saved = m_core.templates().save(m_working, m_core.userName());
    if (!saved) {
        setMessage(saved.error(), true);
        return false;
    }
    reloadTemplates(saved->key);
    setMessage(tr("Saved revision %1 of \"%2\". New incidents of this severity start with it.")
                   .arg(saved->revision)
                   .arg(saved->name.current()),
               false);
    return true;
}

bool TemplateEditorDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const auto imported = m_core.templates().importJson(file.read(2 * 1024 * 1024), m_core.userName());
    if (!imported) {
        setMessage(tr("Nothing was imported. %1").arg(imported.error()), true);
        return false;
    }
    reloadTemplates(imported->key);
    setMessage(tr("Imported \"%1\" (revision %2).").arg(imported->name.current()).arg(imported->revision),
               false);
    return true;
}

bool TemplateEditorDialog::exportFile(const QString& path)
{
    const auto json = m_core.templates().exportJson(m_working.key);
    const Status written = json ? FileWrite::atomically(path, json.value()) : Status(json.failure());
    if (!written) {
        setMessage(written.error(), true);
        return false;
    }
    setMessage(m_dirty ? tr("Exported the saved version to %1; unsaved edits are not in the file.").arg(path)
                       : tr("Exported to %1.").arg(path),
               false);
    return true;
}

void TemplateEditorDialog::askCopy()
{
    if (!confirmDiscard())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("copyTemplateDialog"));
    dialog.setWindowTitle(tr("Copy as new template"));
    dialog.setLabelText(
        tr("Key of the new template (lowercase letters, digits, '-' or '_'), e.g. payments-sev2:"));
    if (dialog.exec() == QDialog::Accepted)
        copyAs(dialog.textValue().trimmed());
}

bool TemplateEditorDialog::copyAs(const QString& key)
{
    if (!ChecklistTemplates::isValidKey(key) || TemplateService::shippedDefault(key) ||
        m_core.templates().get(key).ok()) {
        setMessage(
            tr("\"%1\" cannot be used: choose a new key of lowercase letters, digits, '-' or '_'.").arg(key),
            true);
        return false;
    }
    m_working.key = key;
    m_working.severity.reset();
    m_working.revision = 0;
    m_dirty = true;
    {
        const QSignalBlocker block(m_template);
        m_template->addItem(key, key);
        m_template->setCurrentIndex(m_template->count() - 1);
    }
    m_origin->setText(
        tr("New template \"%1\", not saved yet. Choose a severity to make it that severity's playbook.")
            .arg(key));
    m_reset->setEnabled(false);
    showSeverity();
    setMessage({}, false);
    return true;
}

void TemplateEditorDialog::resetToDefault()
{
    if (PlainMessageBox::question(
            this, tr("Reset template"),
            tr("Drop your version of \"%1\"? A shipped template returns to its default; "
               "a template of your own is deleted.")
                .arg(m_working.name.current())) != QMessageBox::Yes)
        return;
    if (Status s = m_core.templates().reset(m_working.key); !s) {
        setMessage(s.error(), true);
        return;
    }
    reloadTemplates(m_working.key);
}

bool TemplateEditorDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    return PlainMessageBox::question(
               this, tr("Unsaved changes"),
               tr("Discard the unsaved changes to \"%1\"?").arg(m_working.name.current()),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void TemplateEditorDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

void TemplateEditorDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->setVisible(!text.isEmpty());
}

void TemplateEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplateEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Checklist templates"));
    m_templateLabel->setText(tr("Template:"));
    m_nameEnLabel->setText(tr("Name (English):"));
    m_nameJaLabel->setText(tr("Name (Japanese):"));
    m_severityLabel->setText(tr("Used for:"));
    showSeverity();
    m_addItem->setText(tr("Add item"));
    m_removeItem->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_import->setText(tr("Import JSON…"));
    m_export->setText(tr("Export JSON…"));
    m_reset->setText(tr("Reset…"));
    m_copy->setText(tr("Copy as new…"));
    m_save->setText(tr("Save"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_template->count(); ++i)
        if (const auto t = m_core.templates().get(m_template->itemData(i).toString()))
            m_template->setItemText(i, t->name.current());
    for (int r = 0; r < m_items->count() && r < m_working.items.size(); ++r)
        m_items->item(r)->setText(itemLine(r));
}
