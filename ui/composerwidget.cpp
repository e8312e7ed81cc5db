#include "composerwidget.h"

#include "channelpicker.h"
#include "core.h"
#include "previewhtml.h"
#include "templatedialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}
} // namespace

ComposerWidget::ComposerWidget(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_audienceLabel(new QLabel), m_audience(new QComboBox),
      m_languageLabel(new QLabel), m_language(new QComboBox), m_templateLabel(new QLabel),
      m_template(new QComboBox), m_refill(new QPushButton), m_templates(new QPushButton),
      m_channelsLabel(new QLabel), m_channels(new ChannelPicker(core)), m_titleLabel(new QLabel),
      m_title(new QLineEdit), m_textLabel(new QLabel), m_text(new QPlainTextEdit), m_previewLabel(new QLabel),
      m_preview(new QTabWidget), m_error(new QLabel), m_status(new QLabel), m_send(new QPushButton),
      m_previewTimer(new QTimer(this))
{
    m_audience->setObjectName(QStringLiteral("composerAudience"));
    m_language->setObjectName(QStringLiteral("composerLanguage"));
    m_template->setObjectName(QStringLiteral("composerTemplate"));
    m_refill->setObjectName(QStringLiteral("composerRefill"));
    m_templates->setObjectName(QStringLiteral("composerTemplates"));
    m_title->setObjectName(QStringLiteral("composerTitle"));
    m_text->setObjectName(QStringLiteral("composerText"));
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_error->setObjectName(QStringLiteral("composerError"));
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    m_send->setDefault(true);

    auto* choices = new QGridLayout;
    choices->addWidget(m_audienceLabel, 0, 0);
    choices->addWidget(m_audience, 0, 1);
    choices->addWidget(m_languageLabel, 0, 2);
    choices->addWidget(m_language, 0, 3);
    // The template's name gets the whole row, its buttons the next: sharing a row with them, the name was
    // cut ("Tactical repor") in the default 1280-pixel window.
    choices->addWidget(m_templateLabel, 1, 0);
    choices->addWidget(m_template, 1, 1, 1, 3);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_templates);
    templateButtons->addWidget(m_refill);
    templateButtons->addStretch();
    choices->addLayout(templateButtons, 2, 1, 1, 3);
    choices->setColumnStretch(1, 1);
    choices->setColumnStretch(3, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(choices);
    leftLayout->addWidget(m_channelsLabel);
    leftLayout->addWidget(m_channels);
    leftLayout->addWidget(m_titleLabel);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_textLabel);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_error);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_status, 1);
    sendRow->addWidget(m_send);
    leftLayout->addLayout(sendRow);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_audience, &QComboBox::activated, this,
            [this] { choose(Audience(m_audience->currentData().toInt()), QString()); });
    connect(m_language, &QComboBox::activated, this, &ComposerWidget::refill);
    connect(m_template, &QComboBox::activated, this, &ComposerWidget::refill);
    connect(m_refill, &QPushButton::clicked, this, &ComposerWidget::refill);
    connect(m_templates, &QPushButton::clicked, this, [this] {
        TemplateDialog dialog(m_core, this);
        dialog.select(m_template->currentData().toString(), uiLanguage());
        dialog.exec();
    });
    connect(m_channels, &ChannelPicker::selectionChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_title, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &ComposerWidget::updatePreview);
    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::send);
    connect(&core.notifications(), &NotificationService::templatesChanged, this,
            &ComposerWidget::reloadTemplates);
    retranslateUi();
    m_language->setCurrentIndex(m_language->findData(
        int(uiLanguage() == QStringLiteral("ja") ? MessageLanguage::Japanese : MessageLanguage::English)));
    choose(Audience::Responders, QString());
}

void ComposerWidget::setIncident(qint64 incidentId)
{
    const bool changed = incidentId != m_incidentId;
    m_incidentId = incidentId;
    setEnabled(incidentId != 0);
    if (changed) {
        m_status->clear();
        refill();
    }
}

void ComposerWidget::reloadTemplates()
{
    const QString current = m_template->currentData().toString();
    const QString lang = uiLanguage();
    const auto templates = m_core.notifications().templates();
    const QSignalBlocker block(m_template);
    m_template->clear();
    if (!templates)
        return;
    for (const NotificationTemplate& t : templates.value())
        if (t.language == lang)
            m_template->addItem(t.name, t.key);
    m_template->setCurrentIndex(qMax(0, m_template->findData(current)));
}

void ComposerWidget::choose(Audience audience, const QString& templateKey)
{
    m_audience->setCurrentIndex(m_audience->findData(int(audience)));
    QString key = templateKey;
    if (key.isEmpty()) {
        const auto templates = m_core.notifications().templates();
        if (templates)
            for (const NotificationTemplate& t : templates.value())
                if (t.audience == audience) {
                    key = t.key;
                    break;
                }
    }
    m_template->setCurrentIndex(qMax(0, m_template->findData(key)));
    m_channels->checkFor(audience);
    refill();
}

void ComposerWidget::refill()
{
    if (!m_incidentId)
        return;
    const ComposeRequest r{m_incidentId, Audience(m_audience->currentData().toInt()),
                           MessageLanguage(m_language->currentData().toInt()),
                           m_template->currentData().toString()};
    const auto composed = m_core.notifications().compose(r);
    if (!composed) {
        showError(composed.error());
        return;
    }
    m_title->setText(composed->title);
    m_text->setPlainText(composed->text);
    updatePreview();
}

SendRequest ComposerWidget::request() const
{
    SendRequest r;
    r.incidentId = m_incidentId;
    r.audience = Audience(m_audience->currentData().toInt());
    r.language = MessageLanguage(m_language->currentData().toInt());
    r.templateKey = m_template->currentData().toString();
    r.title = m_title->text();
    r.text = m_text->toPlainText();
    r.channelIds = m_channels->checkedChannels();
    r.author = m_core.userName();
    return r;
}

void ComposerWidget::updatePreview()
{
    m_previewTimer->stop();
    const int current = m_preview->currentIndex();
    while (m_preview->count() > 0) {
        QWidget* page = m_preview->widget(0);
        m_preview->removeTab(0);
        page->deleteLater();
    }
    if (!m_incidentId)
        return;
    const SendRequest r = request();
    const auto previews = m_core.notifications().preview(r);
    if (!previews) {
        showError(previews.error());
        m_send->setEnabled(false);
        return;
    }
    m_error->hide();
    m_send->setEnabled(!r.channelIds.isEmpty());
    for (const ChannelPreview& p : previews.value()) {
        auto* view = new QTextBrowser;
        view->setObjectName(QStringLiteral("preview_%1").arg(p.channel.name));
        view->setHtml(PreviewHtml::render(p));
        m_preview->addTab(view, p.channel.name);
    }
    if (previews->isEmpty()) {
        auto* hint = new QLabel(tr("Choose one or more channels to see the update as each will show it."));
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        m_preview->addTab(hint, tr("No channel"));
    }
    m_preview->setCurrentIndex(qMax(0, qMin(current, m_preview->count() - 1)));
}

bool ComposerWidget::send()
{
    const auto receipt = m_core.notifications().send(request());
    if (!receipt) {
        showError(receipt.error());
        return false;
    }
    m_error->hide();
    QString text = tr("Sent %n message(s) to the outbox.", "", int(receipt->messageIds.size()));
    if (receipt->suppressed)
        text += QLatin1Char(' ') + tr("%n kept locally (drill).", "", receipt->suppressed);
    m_status->setText(text);
    emit sent(receipt->updateId);
    return true;
}

void ComposerWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ComposerWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComposerWidget::retranslateUi()
{
    m_audienceLabel->setText(tr("Audience:"));
    m_languageLabel->setText(tr("Language:"));
    m_templateLabel->setText(tr("Template:"));
    m_refill->setText(tr("Fill from template"));
    m_templates->setText(tr("Edit templates…"));
    m_refill->setToolTip(tr("Replace the draft with the template filled from the incident's current state."));
    m_channelsLabel->setText(tr("Send to:"));
    m_titleLabel->setText(tr("Title:"));
    m_textLabel->setText(tr("Message (placeholders such as {{status}} are filled in when sent):"));
    m_previewLabel->setText(tr("Preview, as each destination will show it:"));
    m_send->setText(tr("Send update"));
    const int audience = qMax(0, m_audience->currentIndex());
    const int language = qMax(0, m_language->currentIndex());
    const QSignalBlocker a(m_audience);
    const QSignalBlocker l(m_language);
    m_audience->clear();
    for (Audience x : Audiences::all())
        m_audience->addItem(Audiences::label(x), int(x));
    m_audience->setCurrentIndex(audience);
    m_language->clear();
    for (MessageLanguage x : MessageLanguages::all())
        m_language->addItem(MessageLanguages::label(x), int(x));
    m_language->setCurrentIndex(language);
    reloadTemplates();
    updatePreview();
}
