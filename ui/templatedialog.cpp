#include "templatedialog.h"

#include "core.h"
#include "notify/templateengine.h"
#include "services/notificationservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

TemplateDialog::TemplateDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_list(new QListWidget), m_keyLabel(new QLabel), m_key(new QLineEdit),
      m_languageLabel(new QLabel), m_language(new QComboBox), m_audienceLabel(new QLabel),
      m_audience(new QComboBox), m_nameLabel(new QLabel), m_name(new QLineEdit), m_titleLabel(new QLabel),
      m_title(new QLineEdit), m_bodyLabel(new QLabel), m_body(new QPlainTextEdit), m_help(new QLabel),
      m_message(new QLabel), m_new(new QPushButton), m_save(new QPushButton), m_remove(new QPushButton),
      m_close(new QPushButton)
{
    setObjectName(QStringLiteral("templateDialog"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_key->setObjectName(QStringLiteral("templateKey"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_audience->setObjectName(QStringLiteral("templateAudience"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_remove->setObjectName(QStringLiteral("templateRemove"));
    m_new->setObjectName(QStringLiteral("templateNew"));
    m_list->setMinimumWidth(260);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: #555555;"));
    m_message->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_language->addItem(QStringLiteral("日本語 (ja)"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));

    auto* form = new QFormLayout;
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_audienceLabel, m_audience);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_titleLabel, m_title);
    auto* editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_bodyLabel);
    editor->addWidget(m_body, 1);
    editor->addWidget(m_help);
    editor->addWidget(m_message);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(editor, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_templates.size())
            display(m_templates.at(row));
    });
    connect(m_new, &QPushButton::clicked, this, &TemplateDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &TemplateDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &TemplateDialog::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    reload();
    m_list->setCurrentRow(0);
}

void TemplateDialog::reload()
{
    const auto all = m_core.notifications().templates();
    m_templates = all ? all.value() : QList<NotificationTemplate>{};
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const NotificationTemplate& t : std::as_const(m_templates))
        m_list->addItem(
            QStringLiteral("%1 (%2) — %3").arg(t.name, t.language, t.bundled ? tr("bundled") : tr("team")));
}

void TemplateDialog::select(const QString& key, const QString& language)
{
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).key == key && m_templates.at(i).language == language) {
            m_list->setCurrentRow(i);
            display(m_templates.at(i));
        }
}

void TemplateDialog::display(const NotificationTemplate& t)
{
    m_key->setText(t.key);
    m_key->setReadOnly(!t.key.isEmpty());
    m_language->setCurrentIndex(qMax(0, m_language->findData(t.language)));
    m_language->setEnabled(t.key.isEmpty());
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(int(t.audience))));
    m_name->setText(t.name);
    m_title->setText(t.title);
    m_body->setPlainText(t.body);
    m_remove->setEnabled(!t.bundled && !t.key.isEmpty());
    m_message->hide();
}

void TemplateDialog::startNew()
{
    m_list->clearSelection();
    NotificationTemplate t;
    t.bundled = false;
    t.language = m_language->currentData().toString();
    display(t);
    m_key->setFocus();
}

bool TemplateDialog::save()
{
    NotificationTemplate t;
    t.key = m_key->text().trimmed();
    t.language = m_language->currentData().toString();
    t.audience = Audience(m_audience->currentData().toInt());
    t.name = m_name->text().trimmed();
    t.title = m_title->text();
    t.body = m_body->toPlainText();
    if (Status s = m_core.notifications().saveTemplate(t); !s) {
        showMessage(s.error(), true);
        return false;
    }
    reload();
    select(t.key, t.language);
    showMessage(tr("Saved as your team's template. The composer uses it from now on."), false);
    return true;
}

void TemplateDialog::removeSelected()
{
    const QString key = m_key->text();
    const QString language = m_language->currentData().toString();
    if (Status s = m_core.notifications().removeTemplate(key, language); !s) {
        showMessage(s.error(), true);
        return;
    }
    reload();
    m_list->setCurrentRow(0);
    select(key, language); // the bundled one with this key, if there is one
}

void TemplateDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

void TemplateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplateDialog::retranslateUi()
{
    setWindowTitle(tr("Message templates"));
    m_keyLabel->setText(tr("Key:"));
    m_languageLabel->setText(tr("Language:"));
    m_audienceLabel->setText(tr("Audience:"));
    m_nameLabel->setText(tr("Name:"));
    m_titleLabel->setText(tr("Title:"));
    m_bodyLabel->setText(tr("Body:"));
    m_help->setText(tr("Placeholders: %1")
                        .arg(QStringLiteral("{{") +
                             TemplateEngine::knownNames().join(QStringLiteral("}} {{")) +
                             QStringLiteral("}}")));
    m_new->setText(tr("New template"));
    m_save->setText(tr("Save as team template"));
    m_remove->setText(tr("Remove team template"));
    m_close->setText(tr("Close"));
    const int audience = qMax(0, m_audience->currentIndex());
    m_audience->clear();
    for (Audience a : Audiences::all())
        m_audience->addItem(Audiences::label(a), int(a));
    m_audience->setCurrentIndex(audience);
    const int row = m_list->currentRow();
    reload();
    m_list->setCurrentRow(row);
}
