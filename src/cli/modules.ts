import { calendarCli } from './modules/calendar.js';
import { complianceCli } from './modules/compliance.js';
import { escalationCli } from './modules/escalation.js';
import { feesCli } from './modules/fees.js';
import { moneyCli } from './modules/money.js';
import { planCli } from './modules/plan.js';
import { createSettlementCli } from './modules/settlement.js';
import * as settlement from '../settlement/index.js';
import type { CliModule } from './registry.js';

/**
 * Every module the command line knows, one entry each. A new module adds its file in
 * `modules/` (schemas, JSON Schema hints, commands, validation kinds) and one line here.
 *
 * Settlement: `arrears settle` runs `settlementOffers` on each document and exits 1 when the
 * account is not eligible for offers (a bankruptcy, an unverified dispute, ...).
 */
const settlementCli: CliModule = createSettlementCli(settlement, {
  settle: settlement.settlementOffers,
  accepted: (result) => (result as { eligible: boolean }).eligible,
  subjectSchema: 'settlement-offers-input',
  policySchema: 'settlement-policy',
});

export const cliModules: readonly CliModule[] = [moneyCli, calendarCli, planCli, feesCli, escalationCli, complianceCli, settlementCli];
