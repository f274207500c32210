import { DomainRuleError, ValidationError, attempt as attemptResult } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { ComplianceErrorCodes } from './codes.js';
import { earliestFor, evaluateAttempt } from './evaluate.js';
import { commonSingleInput } from './fast-attempt.js';
import { NO_HISTORY, checkHistoryBefore, historyAfterCheckedAt, jurisdictionRegistry, prepareAccount } from './prepare.js';
import type { HistoryRow, PreparedAccount } from './prepare.js';
import { CheckContactInputSchema } from './schemas.js';
import type { CheckContactInput, ContactCheckResult, ParsedAccount, ParsedAttempt } from './types.js';

/** Checks an attempt's debts exist and its time against checkedAt (internal). */
export function checkAttemptAgainst(account: ParsedAccount, prepared: PreparedAccount, attempt: ParsedAttempt, checkedAt: number, path: readonly (string | number)[]): void {
  attempt.debtIds.forEach((id, index) => {
    if (!prepared.debtIds.has(id)) {
      throw new ValidationError([
        { code: ComplianceErrorCodes.COMPLIANCE_UNKNOWN_DEBT, path: [...path, 'debtIds', index], message: `"${[...path, 'debtIds'].join('.')}[${index}]": the debt "${id}" is not in debts.` },
      ]);
    }
  });
  if (attempt.at < checkedAt && account.policy?.allowPastAttempts !== true) {
    throw new DomainRuleError(
      ComplianceErrorCodes.COMPLIANCE_ATTEMPT_IN_PAST,
      `The proposed contact at ${new Date(attempt.at).toISOString()} is before checkedAt (${new Date(checkedAt).toISOString()}); set policy.allowPastAttempts to audit past contacts.`,
      { path: [...path, 'at'] },
    );
  }
}

function prepareSingle(input: CheckContactInput): { prepared: PreparedAccount; attempt: ParsedAttempt } {
  // The common shape is validated without zod (the same acceptance, tested); anything else,
  // including every invalid input, goes through the schema, which reports the error.
  const common = commonSingleInput(input);
  if (common !== undefined) {
    const { checkedAt, attempt, shell, times } = common;
    const { consumer, debts, policy, rawHistory } = shell;
    for (let i = 0; i < rawHistory.length; i++) {
      const at = times.at(i);
      if (at > checkedAt) throw historyAfterCheckedAt(i, at, checkedAt, []);
    }
    const account: ParsedAccount = policy === undefined ? { consumer, debts, history: NO_HISTORY } : { consumer, debts, history: NO_HISTORY, policy };
    const prepared = prepareAccount(account, jurisdictionRegistry(undefined), [], { entries: rawHistory as readonly HistoryRow[], rows: times, offset: 0 });
    checkAttemptAgainst(account, prepared, attempt, checkedAt, ['attempt']);
    return { prepared, attempt };
  }
  const parsed = parseInput(CheckContactInputSchema, input);
  const registry = jurisdictionRegistry(parsed.jurisdictions);
  checkHistoryBefore(parsed, parsed.checkedAt, []);
  const prepared = prepareAccount(parsed, registry);
  checkAttemptAgainst(parsed, prepared, parsed.attempt, parsed.checkedAt, ['attempt']);
  return { prepared, attempt: parsed.attempt };
}

/**
 * May we make this contact now, on this channel, and if not, when? Checks a proposed contact
 * against Regulation F (12 CFR part 1006), the FDCPA, the rules of the consumer's state or
 * city (Massachusetts, New York City, Washington, California built in; more as data) and the
 * company policy, and explains the answer.
 *
 * - Calling hours are local [08:00, 21:00) in **every** zone the consumer may be in
 *   (12 CFR 1006.6(b)(1)(i)); letters are not held to them.
 * - Day counts (seven calls in seven days, state periods) use the consumer's local calendar
 *   days: a contact on day D is judged with days D-6..D (D-29..D for 30 days), in every zone.
 * - A proposed contact is judged as if it becomes what each limit counts.
 * - `earliestAllowedAt` is computed from the rules (windows, days rolling off, effective
 *   dates), not searched minute by minute; `null` when no time will do.
 * - A missing fact gives the strict answer: without `to.kind` the workplace rules apply,
 *   without `to.value` an opt-out of any address of the channel stops the contact, without
 *   `consumer.jurisdiction` every result warns `STATE-UNKNOWN` (see docs/compliance.md, "What is
 *   assumed when a fact is missing").
 * - `attempt.inReplyTo` declares a reply to a consumer-initiated history entry (refused as
 *   `REGF-REPLY` when there is none).
 *
 * @param input - `{ attempt, consumer, debts, history, policy?, checkedAt, jurisdictions? }`
 * @returns `{ ok, findings, earliestAllowedAt }`: violations first, then warnings
 * @throws {@link arrears!ValidationError} for malformed input: a timestamp without an offset
 *   (`CALENDAR_INVALID_INSTANT`), an unknown zone (`CALENDAR_UNKNOWN_TIME_ZONE`) or state
 *   (`COMPLIANCE_UNKNOWN_STATE`), a history entry without a time (`INPUT_MISSING`), a debt id
 *   not in `debts` (`COMPLIANCE_UNKNOWN_DEBT`), no `consumer.jurisdiction` under
 *   `policy.requireJurisdiction` (`INPUT_MISSING`), two history entries with one `id`
 *   (`INPUT_INVALID_VALUE`)
 * @throws {@link arrears!DomainRuleError} `COMPLIANCE_ATTEMPT_IN_PAST`,
 *   `COMPLIANCE_HISTORY_AFTER_CHECKED_AT`, `COMPLIANCE_POLICY_LOOSER_THAN_LAW`,
 *   `COMPLIANCE_DUPLICATE_JURISDICTION`
 * @throws {@link arrears!UnsupportedOptionError} `COMPLIANCE_UNKNOWN_JURISDICTION`
 *
 * @example
 * ```ts
 * import { checkContact } from 'arrears/compliance';
 * const input = {
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   attempt: { channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
 *   consumer: { timeZones: ['America/New_York', 'America/Los_Angeles'], jurisdiction: 'US-NY' },
 *   debts: [{ id: 'd1' }],
 *   history: [],
 * } as const;
 * const result = checkContact(input);
 * result.ok; // => false
 * result.findings.map((f) => f.code); // => ['REGF-TIME']
 * result.earliestAllowedAt; // => '2026-03-10T15:00:00.000Z'
 * checkContact({ ...input, attempt: { ...input.attempt, at: '2026-03-10T15:00:00Z' } }).ok; // => true
 * checkContact({ ...input, attempt: { ...input.attempt, at: '2026-03-10T15:00:00' } }); // throws CALENDAR_INVALID_INSTANT
 * ```
 */
export function checkContact(input: CheckContactInput): ContactCheckResult {
  const { prepared, attempt } = prepareSingle(input);
  return evaluateAttempt(prepared, attempt);
}

/**
 * The non-throwing twin of {@link checkContact}.
 *
 * @param input - as for {@link checkContact}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCheckContact } from 'arrears/compliance';
 * safeCheckContact({ checkedAt: 'now' }).success; // => false
 * ```
 */
export function safeCheckContact(input: unknown): ArrearsResult<ContactCheckResult> {
  return attemptResult(() => checkContact(input as CheckContactInput));
}

/**
 * The first instant at or after the attempt's time at which the same contact passes every
 * rule: the attempt's own time when it is allowed, `null` when no time will do (a cease
 * request, an attorney, an opt-out, a missing opt-out notice, ...). Same input and rules as
 * {@link checkContact}; computed from the rules, not searched minute by minute.
 *
 * @param input - as for {@link checkContact}
 * @returns a UTC instant `YYYY-MM-DDTHH:mm:ss.SSSZ`, or `null`
 * @throws as {@link checkContact}
 *
 * @example
 * ```ts
 * import { earliestAllowedAt } from 'arrears/compliance';
 * const input = {
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   attempt: { channel: 'call', at: '2026-03-11T02:00:00Z', debtIds: ['d1'] },
 *   consumer: { timeZones: ['America/New_York'] },
 *   debts: [{ id: 'd1' }],
 *   history: [],
 * } as const;
 * earliestAllowedAt(input); // => '2026-03-11T12:00:00.000Z'
 * ```
 */
export function earliestAllowedAt(input: CheckContactInput): string | null {
  const { prepared, attempt } = prepareSingle(input);
  const at = earliestFor(prepared, attempt);
  return at === null ? null : new Date(at).toISOString();
}

/**
 * The non-throwing twin of {@link earliestAllowedAt}: accepts anything and answers
 * `{ success: true, data }` (the instant, or `null` when no time will do) or
 * `{ success: false, error }` with the typed error {@link earliestAllowedAt} would throw.
 *
 * @param input - as for {@link checkContact}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEarliestAllowedAt } from 'arrears/compliance';
 * const input = {
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   attempt: { channel: 'call', at: '2026-03-11T02:00:00Z', debtIds: ['d1'] },
 *   consumer: { timeZones: ['America/New_York'] },
 *   debts: [{ id: 'd1' }],
 *   history: [],
 * } as const;
 * safeEarliestAllowedAt(input); // => { success: true, data: '2026-03-11T12:00:00.000Z' }
 * safeEarliestAllowedAt({ ...input, checkedAt: 'now' }).success; // => false
 * ```
 */
export function safeEarliestAllowedAt(input: unknown): ArrearsResult<string | null> {
  return attemptResult(() => earliestAllowedAt(input as CheckContactInput));
}
