import { prepareContactPolicy } from '../compliance/index.js';
import type { ContactLimitInput, ContactPolicyInput, JurisdictionDefinitionInput, PreparedContactPolicy } from '../compliance/index.js';
import { dayOfText } from './rules/rule.js';
import type { ReminderPolicy } from './types.js';

/** One run, prepared once for every account: the dates, the policy's defaults, the caps as compliance limits. */
export interface PreparedRun {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly at: number;
  readonly atText: string;
  readonly horizonEndDay: number;
  readonly policy: ReminderPolicy;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly weekend: 'keep' | 'shiftEarlier' | 'shiftLater' | 'skip';
  readonly holidays: 'keep' | 'shiftEarlier' | 'shiftLater' | 'skip';
  readonly maxDelayDays: number;
  readonly requireSafeHarbor: boolean;
  readonly capLimits: readonly ContactLimitInput[];
  readonly jurisdictions: JurisdictionDefinitionInput[] | undefined;
  /** The merged contact policy of an account without its own (shared). */
  readonly defaultContactPolicy: ContactPolicyInput;
  /** {@link defaultContactPolicy}, validated by `arrears/compliance` at its first use (once per run). */
  preparedDefault: PreparedContactPolicy | undefined;
}

/** The run's default contact policy, validated once (at the first account that needs it, where each check used to validate it). */
export function preparedDefaultPolicy(run: PreparedRun): PreparedContactPolicy {
  run.preparedDefault ??= prepareContactPolicy(run.defaultContactPolicy);
  return run.preparedDefault;
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function text(m: number): string {
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return `${h < 10 ? '0' : ''}${String(h)}:${mm < 10 ? '0' : ''}${String(mm)}`;
}

/** Prepares a run from the parsed run fields and policy. */
export function prepareRun(asOf: string, atText: string, policy: ReminderPolicy, jurisdictions: JurisdictionDefinitionInput[] | undefined): PreparedRun {
  const asOfDay = dayOfText(asOf);
  const capLimits: ContactLimitInput[] = (policy.caps ?? []).map((cap) => ({
    id: `POLICY-REMINDERS-${cap.medium.toUpperCase()}-${String(cap.periodDays)}D`,
    citation: 'Company policy (reminder caps)',
    max: cap.max,
    periodDays: cap.periodDays,
    scope: 'consumer',
    channels: [cap.medium],
  }));
  const run = {
    asOf,
    asOfDay,
    at: Date.parse(atText),
    atText,
    horizonEndDay: asOfDay + (policy.horizonDays ?? 14),
    policy,
    windowStart: minutes(policy.sendWindow.start),
    windowEnd: minutes(policy.sendWindow.end),
    weekend: policy.weekend ?? 'shiftEarlier',
    holidays: policy.holidays ?? 'shiftEarlier',
    maxDelayDays: policy.maxDelayDays ?? 1,
    requireSafeHarbor: policy.requireSafeHarbor ?? true,
    capLimits,
    jurisdictions,
  };
  return { ...run, defaultContactPolicy: mergeContactPolicy(run, undefined) ?? {}, preparedDefault: undefined };
}

/**
 * The contact policy the planner checks every reminder with: the account's own, narrowed to
 * the send window, with the reminder caps as limits, and weekends or federal holidays as
 * quiet days when the reminder policy moves reminders off them (so a reminder a rule delays
 * does not land there either). `undefined` when the windows do not meet.
 */
export function mergeContactPolicy(
  run: Pick<PreparedRun, 'windowStart' | 'windowEnd' | 'weekend' | 'holidays' | 'capLimits'>,
  own: ContactPolicyInput | undefined,
): ContactPolicyInput | undefined {
  let start = run.windowStart;
  let end = run.windowEnd;
  if (own?.callingWindow !== undefined) {
    start = Math.max(start, minutes(own.callingWindow.start));
    end = Math.min(end, own.callingWindow.end === '24:00' ? 24 * 60 : minutes(own.callingWindow.end));
  }
  if (end <= start) return undefined;
  const merged: ContactPolicyInput = { ...own, callingWindow: { start: text(start), end: text(end) } };
  const quiet = new Set(own?.quietWeekdays ?? []);
  if (run.weekend !== 'keep') {
    quiet.add(6);
    quiet.add(7);
  }
  const out: { -readonly [K in keyof ContactPolicyInput]: ContactPolicyInput[K] } = { ...merged };
  if (quiet.size > 0) out.quietWeekdays = [...quiet].sort((a, b) => a - b) as ContactPolicyInput['quietWeekdays'];
  if (run.holidays !== 'keep') out.avoidFederalHolidays = true;
  if (run.capLimits.length > 0) out.limits = [...(own?.limits ?? []), ...run.capLimits];
  return out;
}
