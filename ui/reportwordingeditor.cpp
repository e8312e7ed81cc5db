#include "reportwordingeditor.h"

#include "report/reportwording.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGroupBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QDateTime fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

ReportWordingEditor::ReportWordingEditor(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_hint(new QLabel), m_period(new QGroupBox),
      m_periodStartLabel(new QLabel), m_periodEndLabel(new QLabel), m_periodStart(new QDateTimeEdit),
      m_periodEnd(new QDateTimeEdit)
{
    m_period->setObjectName(QStringLiteral("impactPeriod"));
    m_periodStart->setObjectName(QStringLiteral("impactStart"));
    m_periodEnd->setObjectName(QStringLiteral("impactEnd"));
    m_period->setCheckable(true);
    m_period->setChecked(false);
    auto* period = new QFormLayout(m_period);
    for (QDateTimeEdit* e : {m_periodStart, m_periodEnd}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setTimeSpec(Qt::LocalTime);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &ReportWordingEditor::markEdited);
    }
    // The period cannot end before it began (the service refuses it too).
    connect(m_periodStart, &QDateTimeEdit::dateTimeChanged, m_periodEnd, &QDateTimeEdit::setMinimumDateTime);
    period->addRow(m_periodStartLabel, m_periodStart);
    period->addRow(m_periodEndLabel, m_periodEnd);
    connect(m_period, &QGroupBox::toggled, this, &ReportWordingEditor::markEdited);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("wordingHint"));
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_period);
    layout->addLayout(m_form, 1);
    retranslateUi();
}

void ReportWordingEditor::setSections(ReportKind kind, const QMap<QString, QString>& saved,
                                      const QMap<QString, QString>& defaults)
{
    m_kind = kind;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    for (const WordingSection& s : ReportWording::sections(kind)) {
        const QString key = QString::fromLatin1(s.key);
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("wording_") + QString(key).replace(QLatin1Char('.'), QLatin1Char('_')));
        edit->setTabChangesFocus(true);
        edit->setPlainText(saved.value(key));
        edit->setPlaceholderText(defaults.value(key));
        edit->setMinimumHeight(60);
        connect(edit, &QPlainTextEdit::textChanged, this, &ReportWordingEditor::markEdited);
        auto* label = new QLabel;
        m_labels.insert(key, label);
        m_editors.insert(key, edit);
        m_form->addRow(label, edit);
    }
    const bool customer = kind == ReportKind::CustomerReport;
    const QString startKey = QString::fromLatin1(ReportWording::impactStartKey);
    const QString endKey = QString::fromLatin1(ReportWording::impactEndKey);
    {
        const QSignalBlocker b1(m_period), b2(m_periodStart), b3(m_periodEnd);
        m_period->setVisible(customer);
        m_period->setChecked(customer && saved.contains(startKey));
        const QDateTime start = fromIso(saved.value(startKey, defaults.value(startKey)));
        const QDateTime end = fromIso(saved.value(endKey, defaults.value(endKey)));
        m_periodStart->setDateTime(start.isValid() ? start.toLocalTime() : QDateTime::currentDateTime());
        m_periodEnd->setDateTime(end.isValid() ? end.toLocalTime() : m_periodStart->dateTime());
    }
    m_modified = false;
    retranslateUi();
}

void ReportWordingEditor::markEdited()
{
    m_modified = true;
    emit edited();
}

QMap<QString, QString> ReportWordingEditor::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        out.insert(it.key(), it.value()->toPlainText());
    if (m_kind == ReportKind::CustomerReport) {
        const bool adjusted = m_period->isChecked();
        out.insert(QString::fromLatin1(ReportWording::impactStartKey),
                   adjusted ? m_periodStart->dateTime().toUTC().toString(Qt::ISODate) : QString());
        out.insert(QString::fromLatin1(ReportWording::impactEndKey),
                   adjusted ? m_periodEnd->dateTime().toUTC().toString(Qt::ISODate) : QString());
    }
    return out;
}

void ReportWordingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportWordingEditor::retranslateUi()
{
    m_hint->setText(m_editors.isEmpty()
                        ? tr("This document is written from the incident as it stands; there is no wording to edit.")
                        : tr("Edit the wording before you export. An empty box uses the text shown in grey, derived "
                             "from the incident."));
    m_period->setTitle(tr("Adjust the period of impact (your local time)"));
    m_period->setToolTip(tr("Customers may have been affected before we detected it. Off: detection to "
                            "mitigation, as recorded."));
    m_periodStartLabel->setText(tr("Impact began:"));
    m_periodEndLabel->setText(tr("Impact ended:"));
    for (const WordingSection& s : ReportWording::sections(m_kind))
        if (QLabel* label = m_labels.value(QString::fromLatin1(s.key)))
            label->setText(QCoreApplication::translate("Report", s.label));
}
