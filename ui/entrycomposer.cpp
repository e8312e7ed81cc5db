#include "entrycomposer.h"

#include "domain/quickentry.h"
#include "entryinput.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

EntryComposer::EntryComposer(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_role(new QComboBox(this)),
      m_input(new EntryInput(this)), m_hint(new QLabel(this)), m_error(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_role->setObjectName(QStringLiteral("timelineRole"));
    m_input->setObjectName(QStringLiteral("timelineInput"));
    m_error->setObjectName(QStringLiteral("timelineError"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_role, 1, 0, Qt::AlignTop);
    layout->addWidget(m_input, 0, 1, 2, 1);
    layout->addWidget(m_error, 2, 0, 1, 2);
    layout->addWidget(m_hint, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_input, &EntryInput::submitted, this, &EntryComposer::submitted);
    retranslateUi();
}

EntryDraft EntryComposer::draft() const
{
    EntryDraft d = QuickEntry::parse(m_input->toPlainText(), EntryKind(m_kind->currentData().toInt()));
    d.role = m_role->currentData().toString();
    return d;
}

void EntryComposer::clear()
{
    m_input->clear();
    m_error->hide();
}

void EntryComposer::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EntryComposer::setRole(const QString& roleKey)
{
    const int i = m_role->findData(roleKey);
    m_role->setCurrentIndex(i < 0 ? 0 : i);
}

void EntryComposer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntryComposer::retranslateUi()
{
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    for (EntryKind k : EntryKinds::all())
        m_kind->addItem(EntryKinds::label(k), int(k));
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
    m_kind->setToolTip(tr("Kind of the next entry (a prefix such as /d overrides it)"));
    const int role = m_role->currentIndex();
    m_role->clear();
    m_role->addItem(tr("No role"), QString());
    for (EntryRole r : EntryRoles::table().all())
        m_role->addItem(EntryRoles::label(r), EntryRoles::key(r));
    m_role->setCurrentIndex(role < 0 ? 0 : role);
    m_role->setToolTip(tr("Your incident role, written with each entry"));
    m_input->setPlaceholderText(tr("What happened? Enter saves, Shift+Enter starts a new line."));
    m_hint->setText(tr("/o observation · /a action · /d decision · /h hypothesis · /c communication · "
                       "/m milestone · /detected /declared /mitigated /resolved · ! important"));
}
