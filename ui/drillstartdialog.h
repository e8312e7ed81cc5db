#pragma once

#include "drill/drillsetup.h"
#include "drill/scenariolibrary.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// "Start a drill": the scenario (bundled or a file), its briefing, the speed (1×, 2×, 5×, step by step),
// the language of the injects, the game master and the participants with the role each practises.
class DrillStartDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DrillStartDialog(const QString& userName, QWidget* parent = nullptr);

    DrillSetup setup() const;
    void setError(const QString& message);
    // Adds a scenario file to the list and selects it; false (and the reason shown) when it is invalid.
    bool addScenarioFile(const QString& path);
    void addParticipant(const QString& person, const QString& role);
    static QList<double> speeds() { return {1, 2, 5, 0}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showScenario();
    void openFile();
    void removeParticipant();

    QList<LoadedScenario> m_scenarios;
    QLabel* m_scenarioLabel;
    QComboBox* m_scenario;
    QPushButton* m_openFile;
    QTextBrowser* m_briefing;
    QLabel* m_details;
    QLabel* m_speedLabel;
    QComboBox* m_speed;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_gameMasterLabel;
    QLineEdit* m_gameMaster;
    QLabel* m_participantsLabel;
    QTableWidget* m_participants;
    QPushButton* m_addParticipant;
    QPushButton* m_removeParticipant;
    QLabel* m_hint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
