import { calendarCli } from './modules/calendar.js';
import { complianceCli } from './modules/compliance.js';
import { escalationCli } from './modules/escalation.js';
import { feesCli } from './modules/fees.js';
import { messagesCli } from './modules/messages.js';
import { moneyCli } from './modules/money.js';
import { planCli } from './modules/plan.js';
import { settlementCli } from './modules/settlement.js';
import type { CliModule } from './registry.js';

/**
 * Every module the command line knows, one entry each. A new module adds its file in
 * `modules/` (schemas, JSON Schema hints, commands, validation kinds) and one line here.
 */
export const cliModules: readonly CliModule[] = [moneyCli, calendarCli, planCli, feesCli, escalationCli, complianceCli, settlementCli, messagesCli];
