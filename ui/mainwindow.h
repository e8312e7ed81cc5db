#pragma once

#include <QMainWindow>

class Core;
class DeclareDialog;
class DrillMenu;
class IncidentListModel;
class IncidentListPanel;
class IncidentWorkspace;
class Localizer;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

// The commander's window: incidents on the left, the chosen incident's workspace on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core& core, Localizer& localizer, QWidget* parent = nullptr);
    // `incidents`: the incident list's rows, read by the caller while fontconfig loads (see main.cpp); taken over.
    MainWindow(Core& core, Localizer& localizer, IncidentListModel* incidents, QWidget* parent = nullptr);

    IncidentListPanel* incidentList() const { return m_list; }
    IncidentWorkspace* workspace() const { return m_workspace; }
    // Opens the declare dialog; returns the new incident's id or 0. Public so tests drive it.
    qint64 declareIncident();
    DeclareDialog* activeDeclareDialog() const { return m_declareDialog; }
    DrillMenu* drills() const { return m_drills; }

    // The window's size and place and where the list ends, as the user left them (saved on close).
    void restoreLayout();

    // The status bar slot where the notifications area shows its undelivered count.
    QLabel* outboxLabel() const { return m_outboxLabel; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void switchDatabase(const QString& path, bool create);
    void newDatabase();
    void openDatabase();
    void backupDatabase();
    void about();
    void switchLanguage(const QString& code);
    void showError(const QString& message);
    void updateWindowTitle();
    void showIncident(qint64 id);
    void restoreIncident();
    void rememberIncident(qint64 id);
    QString databaseKey() const;

    Core& m_core;
    Localizer& m_localizer;
    IncidentListPanel* m_list;
    IncidentWorkspace* m_workspace;
    QSplitter* m_split = nullptr;
    DeclareDialog* m_declareDialog = nullptr;
    DrillMenu* m_drills = nullptr;
    bool m_shownOnce = false;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_declareAction = nullptr;
    QAction* m_newDbAction = nullptr;
    QAction* m_openDbAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_japanese = nullptr;
    QAction* m_english = nullptr;
    QAction* m_aboutAction = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_outboxLabel;
};
