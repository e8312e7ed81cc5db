#pragma once

#include "domain/person.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class Core;

// The roster as a table (name, handle, phone, e-mail, team, languages, skills). Rows can be dragged onto a
// role card; the people on call now are shown in bold with a note.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Handle, Phone, Email, Team, Languages, Skills, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, OnCallRole };
    static QString mimeType(); // carries the person's id as ASCII digits

    explicit PeopleModel(Core& core, QObject* parent = nullptr);

    const Person* personAt(int row) const;
    int rowOf(qint64 personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

public slots:
    void reload();

private:
    Core& m_core;
    QList<Person> m_people;
    QSet<qint64> m_onCall;
};
