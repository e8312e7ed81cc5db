#pragma once

class CommandRegistry;

// The game master's icctl commands for a live drill (drill start, status, fire, delay, skip, inject, speed,
// advance, step, finish, notes). Registered by registerDrillCommands.
void registerDrillGameMasterCommands(CommandRegistry& registry);
