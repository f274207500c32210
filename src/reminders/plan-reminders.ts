import type * as z from 'zod/mini';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { accountFacts, planAccount } from './plan-account.js';
import { prepareRun } from './run.js';
import { PlanRemindersBatchInputSchema, PlanRemindersInputSchema, PlanRemindersPartsSchema } from './schemas.js';
import { fastAccountParts } from './fast-input.js';
import { prepareComplianceParts } from './compliance-parts.js';
import type { PlanRemindersInput, PlanRemindersResult } from './types.js';
import { checkAccountFacts, checkRun } from './validate.js';

/**
 * Plans the reminders of one payment plan: for each unpaid installment and each policy
 * offset in this run's days (`asOf` through `asOf + horizonDays`), the target day (due date
 * plus offset, moved off weekends and US federal holidays as the policy says), the first
 * channel in the policy's order that may be used (text consent known and not revoked,
 * 47 U.S.C. 227(b)(1)(A)(iii) and 47 CFR 64.1200(a)(10); safe-harbor basis, 12 CFR
 * 1006.6(d)(3)-(5); no employer email, 1006.22(f)(3)), its text from `arrears/messages` with
 * the disclosures and opt-out statement that medium needs, and the earliest instant inside the
 * send window in every zone of the consumer that `checkContact` of `arrears/compliance`
 * allows, with the history **and the reminders planned before it** counted (so they count
 * toward 7-in-7, state and policy caps exactly as compliance counts them). A reminder a rule
 * blocks may move up to `maxDelayDays` later (never onto the next reminder's day); otherwise
 * it is skipped with the rule.
 *
 * Fail closed: an unknown consent, a missing safe-harbor basis (when required), a hold that
 * freezes contact, a cease request, an attorney, an unverified dispute, an opt-out, a
 * bankruptcy stay: each keeps the reminder off that channel, and `skipped` says which rule
 * and cites it. Paid installments and closed plans get no reminder (`info`). Follow-ups after
 * a missed installment (positive offsets) speak of the missed payment and offer only the
 * policy's `waysForward`.
 *
 * The run is given by `asOf` (a calendar date: the first day reminders are planned for) and
 * `at` (an instant: nothing is planned before it; the "now" of every compliance check).
 *
 * @param input - see {@link PlanRemindersInputSchema}
 * @returns `{ reminders, skipped, warnings }`, reminders ordered by `sendAt`
 * @throws {@link arrears!ValidationError} for malformed input, with the path: an unknown zone
 *   (`CALENDAR_UNKNOWN_TIME_ZONE`), a channel without an address (`INPUT_MISSING`), a bad
 *   address (`REMINDERS_INVALID_ADDRESS`), offsets out of range (`REMINDERS_INVALID_OFFSETS`),
 *   a window closing before it opens (`REMINDERS_INVALID_WINDOW`)
 * @throws {@link arrears!DomainRuleError} `REMINDERS_CURRENCY_MISMATCH`,
 *   `REMINDERS_FACT_AFTER_AS_OF` (a consent dated after the run), `REMINDERS_RUN_MISMATCH`,
 *   and the errors of `checkContact` (`COMPLIANCE_HISTORY_AFTER_CHECKED_AT`, ...)
 *
 * @example
 * ```ts
 * import { planReminders } from 'arrears/reminders';
 * const result = planReminders({
 *   asOf: '2026-12-01',
 *   at: '2026-12-01T15:00:00Z',
 *   plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00' }] },
 *   account: { currency: 'USD' },
 *   consumer: { timeZones: ['America/New_York', 'America/Los_Angeles'] },
 *   language: 'en',
 *   channels: [{ id: 'em1', medium: 'email', address: 'pat@example.com', addressKind: 'other', safeHarbor: { basis: 'consumerUsed' } }],
 *   debts: [{ id: 'd1' }],
 *   history: [],
 *   policy: {
 *     offsetsDays: [-3, 0, 3],
 *     channels: ['sms', 'email'],
 *     sendWindow: { start: '09:00', end: '20:00' },
 *     horizonDays: 30,
 *     sender: { kind: 'debtCollector', businessName: 'ABC Recovery' },
 *   },
 * });
 * result.reminders.map((r) => r.sendAt); // => ['2026-12-11T17:00:00.000Z', '2026-12-15T17:00:00.000Z', '2026-12-18T17:00:00.000Z']
 * result.reminders[0]?.local; // => { 'America/New_York': '2026-12-11T12:00', 'America/Los_Angeles': '2026-12-11T09:00' }
 * result.reminders.map((r) => r.kind); // => ['upcoming', 'dueToday', 'pastDue']
 * ```
 */
export function planReminders(input: PlanRemindersInput): PlanRemindersResult {
  const parsed = fastInput(input) ?? parseInput(PlanRemindersPartsSchema, input);
  const at = Date.parse(parsed.at);
  const atText = new Date(at).toISOString();
  checkRun(parsed.asOf, at, []);
  // The caller's objects go to arrears/compliance as they are (read, never changed).
  const raw = input as unknown as z.input<typeof PlanRemindersInputSchema>;
  const contacts = prepareComplianceParts(raw, atText, raw.jurisdictions, []);
  const facts = accountFacts(parsed, raw, contacts, parsed.plan.id ?? parsed.account.id ?? 'plan');
  checkAccountFacts(facts.parsed, parsed.asOf, at, []);
  return planAccount(prepareRun(parsed.asOf, atText, parsed.policy, raw.jurisdictions), facts);
}

/**
 * The input without zod for the account parts when they are in the common shape (see
 * fast-input.ts), the run fields through their schemas; `undefined` when anything is off, and
 * the whole schema then decides (and reports the error).
 */
function fastInput(input: unknown): z.output<typeof PlanRemindersPartsSchema> | undefined {
  const parts = fastAccountParts(input, false);
  if (parts === undefined) return undefined;
  const { asOf, at, policy, jurisdictions } = input as Record<string, unknown>;
  if (jurisdictions !== undefined) return undefined;
  const run = PlanRemindersBatchInputSchema.safeParse({ asOf, at, policy, accounts: [] });
  return run.success ? { asOf: run.data.asOf, at: run.data.at, ...parts, policy: run.data.policy } : undefined;
}

/**
 * The non-throwing twin of {@link planReminders}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePlanReminders } from 'arrears/reminders';
 * safePlanReminders({ asOf: '2026-12-01' }).success; // => false
 * ```
 */
export function safePlanReminders(input: unknown): ArrearsResult<PlanRemindersResult> {
  return attempt(() => planReminders(input as PlanRemindersInput));
}
