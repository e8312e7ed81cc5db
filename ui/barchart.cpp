#include "barchart.h"
#include "plaintooltip.h"

#include <QPainter>
#include <QPaintEvent>

#include <algorithm>

BarChart::BarChart(QWidget* parent)
    : QWidget(parent), m_format([](double v) { return QString::number(v, 'g', 4); })
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void BarChart::setSeries(const QStringList& names, const QList<QColor>& colors)
{
    m_series = names;
    m_colors = colors;
    update();
}

void BarChart::setGroups(const QList<Group>& groups)
{
    m_groups = groups;
    // The figures as text, for screen readers and the tooltip.
    QStringList parts;
    for (const Group& g : m_groups) {
        QStringList values;
        for (double v : g.values)
            values << (v < 0 ? QStringLiteral("—") : m_format(v));
        parts << g.label + QStringLiteral(": ") + values.join(QStringLiteral(" / "));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    setToolTip(plainToolTip(parts.join(QLatin1Char('\n'))));
    update();
}

void BarChart::setValueFormatter(std::function<QString(double)> format)
{
    m_format = std::move(format);
    update();
}

QSize BarChart::sizeHint() const
{
    return {420, 240};
}

QSize BarChart::minimumSizeHint() const
{
    return {260, 180};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    QRect area = rect().adjusted(8, 6, -8, -6);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(area.left(), area.top(), area.width(), line, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    area.setTop(area.top() + line + 4);

    // Legend (only with more than one series), right-aligned on its own line.
    if (m_series.size() > 1) {
        int x = area.right();
        for (int s = int(m_series.size()) - 1; s >= 0; --s) {
            const int w = fm.horizontalAdvance(m_series.at(s));
            x -= w;
            p.setPen(palette().color(QPalette::Text));
            p.drawText(x, area.top(), w, line, Qt::AlignVCenter, m_series.at(s));
            x -= line;
            p.fillRect(x, area.top() + line / 4, line / 2, line / 2, m_colors.value(s, Qt::gray));
            x -= 12;
        }
        area.setTop(area.top() + line + 4);
    }
    const QRect plot = area.adjusted(0, line + 2, 0, -(line + 6)); // room for values above, labels below
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_groups.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No data"));
        return;
    }
    double max = 0;
    for (const Group& g : m_groups)
        for (double v : g.values)
            max = std::max(max, v);
    if (max <= 0)
        max = 1;
    const int seriesCount = std::max<int>(1, int(m_series.size()));
    const double groupWidth = double(plot.width()) / double(m_groups.size());
    const double barWidth = std::min(48.0, groupWidth * 0.8 / seriesCount);
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups.at(g);
        const double left = plot.left() + g * groupWidth + (groupWidth - barWidth * seriesCount) / 2.0;
        for (int s = 0; s < group.values.size() && s < seriesCount; ++s) {
            const double v = group.values.at(s);
            const QRectF slot(left + s * barWidth, plot.top(), barWidth, plot.height());
            if (v < 0) {
                p.setPen(palette().color(QPalette::PlaceholderText));
                p.drawText(QRectF(slot.left() - 10, plot.bottom() - line, slot.width() + 20, line), Qt::AlignCenter,
                           QStringLiteral("—"));
                continue;
            }
            const double h = plot.height() * v / max;
            const QRectF bar(slot.left() + 1, plot.bottom() - h, barWidth - 2, h);
            p.fillRect(bar, m_colors.value(s, QColor(0x42, 0x85, 0xf4)));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(bar.center().x() - groupWidth / 2, bar.top() - line - 1, groupWidth, line), Qt::AlignCenter,
                       m_format(v));
        }
        p.setPen(palette().color(QPalette::Text));
        const QString label = fm.elidedText(group.label, Qt::ElideRight, int(groupWidth) - 2);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 4, groupWidth, line), Qt::AlignCenter, label);
    }
}
