#pragma once

#include "domain/handoff.h"

#include <QDialog>

class Core;
class HandoffAnnounceBox;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The guided handoff of a role (command by default): the outgoing holder corrects the prefilled ICS-201
// briefing, the incoming holder reads it and acknowledges, and only then is the handoff recorded.
class HandoffDialog final : public QDialog
{
    Q_OBJECT
public:
    HandoffDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent = nullptr);

    void setIncoming(qint64 personId);
    qint64 incoming() const;
    Briefing briefing() const;
    qint64 recordedHandoffId() const { return m_recorded; }
    qint64 offerId() const { return m_offered; } // set when offered instead of recorded

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void fillPeople();
    void offer();

    Core& m_core;
    qint64 m_incidentId;
    QString m_roleKey;
    qint64 m_outgoingId = 0;
    qint64 m_recorded = 0;
    qint64 m_offered = 0;
    QLabel* m_intro;
    QLabel* m_fromLabel;
    QLabel* m_from;
    QLabel* m_toLabel;
    QComboBox* m_to;
    QGroupBox* m_briefingBox;
    QLabel* m_situationLabel;
    QPlainTextEdit* m_situation;
    QLabel* m_objectivesLabel;
    QPlainTextEdit* m_objectives;
    QLabel* m_actionsLabel;
    QPlainTextEdit* m_actions;
    QLabel* m_organisationLabel;
    QPlainTextEdit* m_organisation;
    QCheckBox* m_ack;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_offer;
    HandoffAnnounceBox* m_announce;
};
