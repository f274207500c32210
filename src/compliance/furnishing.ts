import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { historyAfterCheckedAt } from './prepare.js';
import { ruleOf } from './rules.js';
import { CheckFurnishingInputSchema } from './schemas.js';
import type { Finding } from '../errors/index.js';
import type { CheckFurnishingInput, ContactChannel, FurnishingCheckResult, ParsedHistoryEntry } from './types.js';
import { DAY_MS, formatInstantMs, zoneClock } from './zone-offsets.js';
import type { ZoneClock } from './zone-offsets.js';

/** The reasonable period after a letter or electronic message: 14 consecutive days (comment 30(a)(1)-2). */
const DEFAULT_WAIT_DAYS = 14;

/** A letter (placed in the mail) or an electronic message (12 CFR 1006.30(a)(1)(ii)). */
const WRITTEN: ReadonlySet<ContactChannel> = new Set(['letter', 'email', 'sms', 'socialMedia']);

function toConsumerAbout(e: ParsedHistoryEntry, debtId: string): boolean {
  return (e.recipient ?? 'consumer') === 'consumer' && e.debtIds.includes(debtId);
}

const REPORTING = ruleOf('REGF-REPORTING');
const REPORTING_DETAILS = Object.freeze({ source: 'law', jurisdiction: REPORTING.jurisdiction as string });

function finding(message: string): Finding {
  return { code: REPORTING.id, severity: 'violation', message, citation: REPORTING.citation, details: REPORTING_DETAILS };
}

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * May this debt be furnished to a consumer reporting agency now? 12 CFR 1006.30(a)(1): not
 * before the collector (i) speaks to the consumer about the debt in person or by telephone, or
 * (ii) places a letter in the mail or sends an electronic message to the consumer about the
 * debt and waits a reasonable period for a notice of undeliverability.
 *
 * - Speaking: a history entry about the debt on channel `call` or `inPerson` with outcome
 *   `connected`, addressed to the consumer (whoever started it). A voicemail, limited-content
 *   or not, is not speaking.
 * - Writing: a `letter`, `email`, `sms` or `socialMedia` entry about the debt with outcome
 *   `messageSent`, sent by the collector to the consumer. The wait is 14 consecutive days, the
 *   sending day first (comment 30(a)(1)-2: a letter mailed May 1 and no notice from May 1 to
 *   May 14 allows furnishing after May 14), counted in the consumer's local days in every
 *   zone; `waitDays` may make it longer.
 * - A notice of undeliverability is a history entry about the debt on one of those channels
 *   with outcome `bounced`: dated during a message's waiting days (at or after it was sent),
 *   it keeps that message from counting (comment 30(a)(1)-3); dated after them, it changes
 *   nothing. A message recorded as `bounced` never counts.
 * - The rule of the escalation module (`communicationMade`, `reportToBureau`) is the same, with
 *   its `timers.reportingWaitDays`; see docs/compliance.md for where the two differ.
 *
 * @param input - `{ checkedAt, debtId, timeZones, history, waitDays? }`
 * @returns `{ ok, findings, earliestAllowedAt }`: a `REGF-REPORTING` violation when not `ok`
 * @throws {@link arrears!ValidationError} for malformed input (a `waitDays` below 14:
 *   `INPUT_OUT_OF_RANGE`)
 * @throws {@link arrears!DomainRuleError} `COMPLIANCE_HISTORY_AFTER_CHECKED_AT`
 *
 * @example
 * ```ts
 * import { checkFurnishing } from 'arrears/compliance';
 * const letter = { channel: 'letter', at: '2026-05-01T14:00:00Z', outcome: 'messageSent', debtIds: ['d1'] } as const;
 * const input = { checkedAt: '2026-05-14T20:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [letter] } as const;
 * checkFurnishing(input).ok; // => false
 * checkFurnishing(input).earliestAllowedAt; // => '2026-05-15T04:00:00.000Z'
 * checkFurnishing({ ...input, checkedAt: '2026-05-15T04:00:00Z' }).ok; // => true
 * checkFurnishing({ ...input, history: [] }).earliestAllowedAt; // => null
 * ```
 */
export function checkFurnishing(input: CheckFurnishingInput): FurnishingCheckResult {
  const parsed = parseInput(CheckFurnishingInputSchema, input);
  const { checkedAt, debtId, history } = parsed;
  const wait = parsed.waitDays ?? DEFAULT_WAIT_DAYS;
  const zones: ZoneClock[] = [];
  for (const name of parsed.timeZones) {
    const zone = zoneClock(name);
    if (!zones.includes(zone)) zones.push(zone);
  }
  history.forEach((e, index) => {
    if (e.at > checkedAt) throw historyAfterCheckedAt(index, e.at, checkedAt, []);
  });
  const about = history.filter((e) => toConsumerAbout(e, debtId));
  const spoken = about.some((e) => (e.channel === 'call' || e.channel === 'inPerson') && e.outcome === 'connected');
  if (spoken) return { ok: true, findings: NONE, earliestAllowedAt: formatInstantMs(checkedAt) };

  const notices = about.filter((e) => WRITTEN.has(e.channel) && e.outcome === 'bounced');
  let earliest = Number.POSITIVE_INFINITY;
  let basis: ParsedHistoryEntry | undefined;
  for (const m of about) {
    if (!WRITTEN.has(m.channel) || m.outcome !== 'messageSent' || m.initiatedBy === 'consumer') continue;
    // A notice of undeliverability during the waiting days (in any zone's reading) disqualifies the message.
    const returned = notices.some((n) => n.at >= m.at && zones.some((z) => z.day(n.at) < z.day(m.at) + wait));
    if (returned) continue;
    let from = m.at;
    for (const z of zones) from = Math.max(from, z.firstAtOrAfterLocal((z.day(m.at) + wait) * DAY_MS, m.at));
    if (from < earliest) {
      earliest = from;
      basis = m;
    }
  }
  if (earliest <= checkedAt) return { ok: true, findings: NONE, earliestAllowedAt: formatInstantMs(checkedAt) };
  if (basis === undefined) {
    const message = `Nothing recorded has communicated debt ${debtId} to the consumer: speak to the consumer about it in person or by telephone, or mail a letter or send an electronic message about it and wait ${wait} consecutive days for a notice of undeliverability.`;
    return { ok: false, findings: [finding(message)], earliestAllowedAt: null };
  }
  const sent = formatInstantMs(basis.at).slice(0, 10);
  const from = formatInstantMs(earliest);
  const message = `The ${basis.channel === 'letter' ? 'letter' : 'electronic message'} about debt ${debtId} of ${sent} (UTC) is still in its ${wait} consecutive days of waiting for a notice of undeliverability: furnishing may start at ${from} if none arrives before then.`;
  return { ok: false, findings: [finding(message)], earliestAllowedAt: from };
}

/**
 * The non-throwing twin of {@link checkFurnishing}.
 *
 * @param input - as for {@link checkFurnishing}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCheckFurnishing } from 'arrears/compliance';
 * safeCheckFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [], waitDays: 7 }).success; // => false
 * ```
 */
export function safeCheckFurnishing(input: unknown): ArrearsResult<FurnishingCheckResult> {
  return attempt(() => checkFurnishing(input as CheckFurnishingInput));
}
