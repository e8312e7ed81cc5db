#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

// A small grouped bar chart drawn with QPainter (Qt Charts is not needed): one group per category, one bar
// per series, the value written above each bar.
class BarChart final : public QWidget
{
    Q_OBJECT
public:
    struct Group
    {
        QString label;
        QList<double> values; // one per series; negative = no value
    };

    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSeries(const QStringList& names, const QList<QColor>& colors);
    void setGroups(const QList<Group>& groups);
    void setValueFormatter(std::function<QString(double)> format);
    const QList<Group>& groups() const { return m_groups; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QStringList m_series;
    QList<QColor> m_colors;
    QList<Group> m_groups;
    std::function<QString(double)> m_format;
};
