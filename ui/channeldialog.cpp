#include "channeldialog.h"

#include "core.h"
#include "notify/webhooksignature.h"
#include "services/channelservice.h"
#include "services/notificationservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChannelDialog::ChannelDialog(Core& core, qint64 channelId, QWidget* parent)
    : QDialog(parent), m_core(core), m_channelId(channelId), m_nameLabel(new QLabel), m_name(new QLineEdit),
      m_kindLabel(new QLabel), m_kind(new QComboBox), m_urlLabel(new QLabel), m_url(new QLineEdit),
      m_secretLabel(new QLabel), m_secret(new QLineEdit), m_generate(new QPushButton),
      m_audienceLabel(new QLabel), m_audience(new QComboBox), m_enabled(new QCheckBox),
      m_drills(new QCheckBox), m_hint(new QLabel), m_result(new QLabel), m_test(new QPushButton),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("channelDialog"));
    m_name->setObjectName(QStringLiteral("channelName"));
    m_kind->setObjectName(QStringLiteral("channelKind"));
    m_url->setObjectName(QStringLiteral("channelUrl"));
    m_secret->setObjectName(QStringLiteral("channelSecret"));
    m_generate->setObjectName(QStringLiteral("channelGenerateSecret"));
    m_audience->setObjectName(QStringLiteral("channelAudience"));
    m_enabled->setObjectName(QStringLiteral("channelEnabled"));
    m_drills->setObjectName(QStringLiteral("channelDrills"));
    m_result->setObjectName(QStringLiteral("channelResult"));
    m_test->setObjectName(QStringLiteral("channelSendTest"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_url->setMinimumWidth(420);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555555;"));
    m_result->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    m_enabled->setChecked(true);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_generate);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_secretLabel, secretRow);
    form->addRow(m_audienceLabel, m_audience);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_drills);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_result);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ChannelDialog::sendTest);
    connect(m_generate, &QPushButton::clicked, this, &ChannelDialog::generateSecret);
    retranslateUi();
    load();
}

void ChannelDialog::load()
{
    if (!m_channelId)
        return;
    const auto c = m_core.channels().get(m_channelId);
    if (!c) {
        showResult(c.error(), true);
        return;
    }
    m_name->setText(c->name);
    m_kind->setCurrentIndex(m_kind->findData(int(c->kind)));
    m_url->setText(c->url.toString());
    m_audience->setCurrentIndex(m_audience->findData(int(c->audience)));
    m_enabled->setChecked(c->enabled);
    m_drills->setChecked(c->useInDrills);
    m_hasSecret = c->hasSecret;
    if (!c->disabledReason.isEmpty())
        showResult(c->disabledReason, true);
    retranslateUi();
}

ChannelDraft ChannelDialog::draft() const
{
    ChannelDraft d;
    d.name = m_name->text();
    d.kind = ChannelKind(m_kind->currentData().toInt());
    d.url = m_url->text();
    d.secret = m_secret->text().trimmed();
    d.keepSecret = d.secret.isEmpty();
    d.enabled = m_enabled->isChecked();
    d.audience = Audience(m_audience->currentData().toInt());
    d.useInDrills = m_drills->isChecked();
    return d;
}

bool ChannelDialog::save()
{
    const ChannelDraft d = draft();
    const auto saved = m_channelId ? m_core.channels().update(m_channelId, d) : m_core.channels().add(d);
    if (!saved) {
        showResult(saved.error(), true);
        return false;
    }
    m_channelId = saved->id;
    m_hasSecret = saved->hasSecret;
    m_secret->clear(); // once stored, the secret is not shown again
    retranslateUi();
    return true;
}

void ChannelDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ChannelDialog::sendTest()
{
    if (!save())
        return;
    const auto id = m_core.notifications().sendTest(m_channelId, m_core.userName());
    if (!id) {
        showResult(id.error(), true);
        return;
    }
    showResult(
        tr("Test message queued (outbox message %1). Its delivery shows in the outbox.").arg(id.value()),
        false);
}

void ChannelDialog::generateSecret()
{
    m_secret->setEchoMode(QLineEdit::Normal);
    m_secret->setText(WebhookSignature::generateSecret());
    showResult(tr("Copy this secret into the receiving service now: it is not shown again once saved."),
               false);
}

void ChannelDialog::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_result->show();
}

void ChannelDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChannelDialog::retranslateUi()
{
    setWindowTitle(m_channelId ? tr("Channel settings") : tr("New channel"));
    m_nameLabel->setText(tr("Name:"));
    m_kindLabel->setText(tr("Kind:"));
    m_urlLabel->setText(tr("Webhook URL:"));
    m_secretLabel->setText(tr("Signing secret:"));
    m_audienceLabel->setText(tr("Audience:"));
    m_enabled->setText(tr("Enabled"));
    m_drills->setText(tr("Use during drills (drill updates are otherwise kept in the outbox)"));
    m_generate->setText(tr("Generate"));
    m_test->setText(tr("Send test"));
    m_url->setPlaceholderText(tr("https://…"));
    m_secret->setPlaceholderText(m_hasSecret ? tr("Set — leave empty to keep it")
                                             : tr("whsec_… (generic JSON only)"));
    m_hint->setText(
        tr("HTTPS is required, except for addresses on this computer. The secret signs generic JSON "
           "events (Standard Webhooks) and is never shown, logged or exported."));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    for (ChannelKind k : ChannelKinds::all())
        m_kind->addItem(ChannelKinds::label(k), int(k));
    m_kind->setCurrentIndex(qMax(0, kind));
    const int audience = m_audience->currentIndex();
    m_audience->clear();
    for (Audience a : Audiences::all())
        m_audience->addItem(Audiences::label(a), int(a));
    m_audience->setCurrentIndex(qMax(0, audience));
}
