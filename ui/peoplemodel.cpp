#include "peoplemodel.h"

#include "core.h"
#include "plaintooltip.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "storage/database.h"

#include <QFont>
#include <QMimeData>

PeopleModel::PeopleModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(&core.people(), &PersonService::peopleChanged, this, &PeopleModel::reload);
    connect(&core.onCall(), &OnCallService::rotationsChanged, this, &PeopleModel::reload);
    connect(&core.database(), &Database::externalChange, this, &PeopleModel::reload);
    reload();
}

QString PeopleModel::mimeType()
{
    return QStringLiteral("application/x-incident-commander-person");
}

void PeopleModel::reload()
{
    beginResetModel();
    const auto people = m_core.people().list();
    m_people = people ? people.value() : QList<Person>();
    m_onCall.clear();
    if (const auto now = m_core.onCall().onCall())
        for (const OnCallService::OnCallNow& n : now.value())
            if (n.shift.primaryId)
                m_onCall.insert(n.shift.primaryId);
    endResetModel();
}

const Person* PeopleModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PeopleModel::rowOf(qint64 personId) const
{
    for (int r = 0; r < m_people.size(); ++r)
        if (m_people.at(r).id == personId)
            return r;
    return -1;
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const Person* p = index.isValid() ? personAt(index.row()) : nullptr;
    if (!p)
        return {};
    const bool onCall = m_onCall.contains(p->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return onCall ? tr("%1 (on call)").arg(p->name) : p->name;
        case Handle:
            return p->handle.isEmpty() ? QString() : QLatin1Char('@') + p->handle;
        case Phone:
            return p->phone;
        case Email:
            return p->email;
        case Team:
            return p->team;
        case Languages:
            return p->languages.join(QStringLiteral(", "));
        case Skills:
            return p->skills.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return plainToolTip(p->reachText().isEmpty() ? p->name
                                                     : p->name + QLatin1Char('\n') + p->reachText());
    case Qt::FontRole:
        if (onCall && index.column() == Name) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case PersonIdRole:
        return p->id;
    case OnCallRole:
        return onCall;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Handle:
        return tr("Handle");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Team:
        return tr("Team");
    case Languages:
        return tr("Languages");
    case Skills:
        return tr("Skills");
    default:
        return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList PeopleModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* PeopleModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const Person* p = personAt(indexes.constFirst().row());
    if (!p)
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(p->id));
    mime->setText(p->label());
    return mime;
}
