#include "drillinjectmodel.h"

#include "drill/drillduration.h"
#include "plaintooltip.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

void DrillInjectModel::setRun(const DrillRun& run)
{
    beginResetModel();
    m_run = run;
    m_order.clear();
    for (int i = 0; i < m_run.injects.size(); ++i)
        m_order << i;
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const DrillInjectState& x = m_run.injects.at(a);
        const DrillInjectState& y = m_run.injects.at(b);
        return x.dueMs < y.dueMs || (x.dueMs == y.dueMs && x.seq < y.seq);
    });
    endResetModel();
}

QString DrillInjectModel::injectIdAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_run.injects.at(m_order.at(row)).injectId : QString();
}

int DrillInjectModel::rowOf(const QString& injectId) const
{
    for (int r = 0; r < m_order.size(); ++r)
        if (m_run.injects.at(m_order.at(r)).injectId == injectId)
            return r;
    return -1;
}

int DrillInjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int DrillInjectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillInjectModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const DrillInjectState& s = m_run.injects.at(m_order.at(index.row()));
    if (role == InjectIdRole)
        return s.injectId;
    if (role == Qt::ForegroundRole && s.state != DrillInjectState::State::Pending)
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::FontRole && s.state == DrillInjectState::State::Pending && index.column() == Due) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return plainToolTip(m_run.textOf(s));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due:
        return DrillDuration::clock(s.dueMs);
    case Kind: {
        const ScenarioInject* i = m_run.scenarioInject(s);
        const QString kind = InjectKinds::label(m_run.kindOf(s));
        if (s.freeForm)
            return tr("%1 (added)").arg(kind);
        if (!i || i->condition.mode == InjectCondition::Mode::Always)
            return kind;
        const QString fact = DrillFactKeys::label(i->condition.fact);
        return i->condition.mode == InjectCondition::Mode::If ? tr("%1 (if %2)").arg(kind, fact)
                                                              : tr("%1 (unless %2)").arg(kind, fact);
    }
    case From:
        return m_run.sourceOf(s);
    case Text:
        return m_run.textOf(s).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case State:
        return DrillInjectState::stateLabel(s.state);
    default:
        return {};
    }
}

QVariant DrillInjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Kind:
        return tr("Kind");
    case From:
        return tr("From");
    case Text:
        return tr("Inject");
    case State:
        return tr("State");
    default:
        return {};
    }
}
