#include "oncalldialog.h"

#include "core.h"
#include "rotationdialog.h"
#include "services/oncallservice.h"
#include "services/roleservice.h"
#include "uiformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

OnCallDialog::OnCallDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_intro(new QLabel(this)), m_table(new QTableWidget(this)),
      m_newRotation(new QPushButton(this)), m_override(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("onCallDialog"));
    m_table->setObjectName(QStringLiteral("onCallTable"));
    m_newRotation->setObjectName(QStringLiteral("newRotation"));
    m_override->setObjectName(QStringLiteral("newOverride"));
    m_intro->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (QPushButton* b : {m_newRotation, m_override})
        b->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_newRotation);
    row->addWidget(m_override);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_newRotation, &QPushButton::clicked, this, [this] {
        RotationDialog dialog(m_core, RotationDialog::Mode::NewRotation, this);
        dialog.exec();
    });
    connect(m_override, &QPushButton::clicked, this, [this] {
        RotationDialog dialog(m_core, RotationDialog::Mode::Override, this);
        dialog.exec();
    });
    connect(&core.onCall(), &OnCallService::rotationsChanged, this, &OnCallDialog::reload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(820, 420);
}

void OnCallDialog::reload()
{
    const auto now = m_core.onCall().onCall();
    const QList<OnCallService::OnCallNow> rows = now ? now.value() : QList<OnCallService::OnCallNow>();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const OnCallService::OnCallNow& n = rows.at(r);
        const auto role = m_core.roles().definition(n.rotation.roleKey);
        const QString shift = n.rotation.kind == RotationKind::Weekly
                                  ? tr("Weekly")
                                  : tr("%n hour(s)", "", n.rotation.shiftHours);
        auto who = [this](const std::optional<Person>& p, bool overridden) {
            if (!p)
                return QStringLiteral("—");
            return overridden ? tr("%1 (override)").arg(p->label()) : p->label();
        };
        const QStringList cells{n.rotation.name,
                                role ? role->displayName() : n.rotation.roleKey,
                                shift,
                                who(n.primary, n.shift.primaryOverridden),
                                who(n.secondary, n.shift.secondaryOverridden),
                                UiFormat::dateTime(n.shift.shiftEnd)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_override->setEnabled(!rows.isEmpty());
}

void OnCallDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OnCallDialog::retranslateUi()
{
    setWindowTitle(tr("On-call rotations"));
    m_intro->setText(
        tr("Who is on call now. The role board suggests the primary of the rotation for a role."));
    m_newRotation->setText(tr("New rotation…"));
    m_override->setText(tr("Override…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rotation"), tr("Role"), tr("Shift"), tr("Primary"), tr("Secondary"), tr("Shift ends")});
    reload();
}
