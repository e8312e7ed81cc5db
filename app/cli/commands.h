#pragma once

#include <QStringList>

class CommandRegistry;
class QTextStream;

// One function per area; commands.cpp calls them all.
void registerIncidentCommands(CommandRegistry& registry);
void registerLogCommands(CommandRegistry& registry);
void registerChannelCommands(CommandRegistry& registry);
void registerNotifyCommands(CommandRegistry& registry);
void registerMessageTemplateCommands(CommandRegistry& registry);
void registerCadenceCommands(CommandRegistry& registry);
void registerLogEditCommands(CommandRegistry& registry);
void registerLogImportCommands(CommandRegistry& registry);
void registerChangeCommands(CommandRegistry& registry);
void registerDocumentCommands(CommandRegistry& registry);
void registerReportCommands(CommandRegistry& registry);
void registerFollowUpCommands(CommandRegistry& registry);
void registerMetricsCommands(CommandRegistry& registry);
void registerChecklistCommands(CommandRegistry& registry);
void registerTemplateCommands(CommandRegistry& registry);
void registerDrillCommands(CommandRegistry& registry);
void registerRoleCommands(CommandRegistry& registry);
void registerPersonCommands(CommandRegistry& registry);
void registerOnCallCommands(CommandRegistry& registry);
void registerBackupCommands(CommandRegistry& registry);

void registerAllCommands(CommandRegistry& registry);

// Runs icctl with its arguments (without the program name). Returns the exit status.
int runIcctl(const QStringList& arguments, QTextStream& out, QTextStream& err);
