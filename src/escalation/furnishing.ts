import { checkFurnishing } from '../compliance/furnishing.js';
import type { ContactHistoryEntryInput } from '../compliance/types.js';
import { dateOf, dayOf } from './days.js';
import type { CommunicationFact } from './types.js';

// Credit reporting (12 CFR 1006.30(a)(1)) has ONE implementation: compliance's
// `checkFurnishing`. The machine keeps the communication facts the rule reads
// (`communication.history`) and asks `checkFurnishing` on which day reporting becomes allowed;
// it never decides the rule itself. Escalation works in calendar days: each fact is an instant
// at noon UTC of its day and the days are counted in UTC, so "the sending day + 14" is the
// same day in both modules.

const DEBT = 'account';
const ZONES = ['UTC'];

function instantOf(day: number): string {
  return `${dateOf(day)}T12:00:00Z`;
}

/** A compliance history entry for one fact (the debt is the account). */
function entryOf(f: CommunicationFact): ContactHistoryEntryInput {
  const at = `${f.date}T12:00:00Z`;
  if (f.outcome === 'spoke') return { channel: f.channel === 'inPerson' ? 'inPerson' : 'call', at, outcome: 'connected', debtIds: [DEBT] };
  if (f.outcome === 'sent') return { channel: f.channel === 'letter' ? 'letter' : 'email', at, outcome: 'messageSent', debtIds: [DEBT] };
  return { channel: 'letter', at, outcome: 'bounced', debtIds: [DEBT] };
}

/** The compliance history of the facts dated on or before day `t`. */
function historyUntil(facts: readonly CommunicationFact[], t: number): ContactHistoryEntryInput[] {
  const out: ContactHistoryEntryInput[] = [];
  for (const f of facts) if (dayOf(f.date) <= t) out.push(entryOf(f));
  return out;
}

/**
 * The verdict of `checkFurnishing` on day `t` for the facts dated on or before it: `allowed`,
 * or the first day it will be allowed if no notice of undeliverability arrives (`null` when no
 * communication is waiting).
 */
function verdict(facts: readonly CommunicationFact[], t: number, waitDays: number): { allowed: boolean; from: number | null } {
  // Days in UTC have no gaps, so the verdict depends only on the facts' days relative to `t`:
  // the same relative history gives the same answer, shifted. Memoised on that key (a pure
  // function's values, bounded), since most accounts have the same few histories.
  let key = `${waitDays}`;
  for (const f of facts) if (dayOf(f.date) <= t) key += `|${t - dayOf(f.date)}${f.outcome[0] ?? ''}${f.channel?.[0] ?? ''}`;
  let relative = verdicts.get(key);
  if (relative === undefined) {
    const r = checkFurnishing({ checkedAt: instantOf(t), debtId: DEBT, timeZones: ZONES, history: historyUntil(facts, t), waitDays });
    relative = r.ok ? 0 : r.earliestAllowedAt === null ? null : dayOf(r.earliestAllowedAt.slice(0, 10)) - t;
    if (verdicts.size >= VERDICT_LIMIT) verdicts.clear();
    verdicts.set(key, relative);
  }
  if (relative === 0) return { allowed: true, from: t };
  return { allowed: false, from: relative === null ? null : t + relative };
}

/** Verdicts by relative history: `0` allowed, `n` allowed `n` days later, `null` nothing waiting. */
const verdicts = new Map<string, number | null>();
const VERDICT_LIMIT = 10_000;

/**
 * The first day credit reporting is allowed by the facts, as seen on day `t` (every fact dated
 * on or before it): a day on or before `t` when it is already allowed, a later day while a
 * letter or electronic message waits for a notice of undeliverability, `null` when nothing
 * allows it. Allowed once, allowed for good (a later notice cannot reach back into a wait that
 * ended), so the first allowed day is found by bisecting the days the facts can open it: a
 * conversation's day, a message's day plus the wait.
 */
export function reportingAllowedOn(facts: readonly CommunicationFact[], t: number, waitDays: number): string | null {
  const now = verdict(facts, t, waitDays);
  if (!now.allowed) return now.from === null ? null : dateOf(now.from);
  const days = [...new Set(facts.map((f) => (f.outcome === 'spoke' ? dayOf(f.date) : dayOf(f.date) + waitDays)))].filter((d) => d <= t).sort((a, b) => a - b);
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verdict(facts, days[mid] as number, waitDays).allowed) hi = mid;
    else lo = mid + 1;
  }
  return dateOf(days[lo] ?? t);
}

/**
 * The communication history after a new fact on day `t`, and the first day reporting is
 * allowed. Once reporting is allowed nothing changes it, so the history stops growing; facts
 * older than the wait that did not allow it can never matter again and are dropped, and a fact
 * already in the history is not added twice.
 */
export function recordCommunication(
  history: readonly CommunicationFact[],
  from: string | null,
  fact: CommunicationFact,
  t: number,
  waitDays: number,
): { history: readonly CommunicationFact[]; reportingAllowedOn: string | null } {
  if (from !== null && dayOf(from) <= t) return { history, reportingAllowedOn: from };
  // A fact the history already holds (same day, channel and outcome) changes no verdict: the
  // rule reads days, channels and outcomes, and a notice of undeliverability answers every
  // message of its days. Kept once, the history stays bounded by the days of the wait.
  for (const f of history) if (f.date === fact.date && f.outcome === fact.outcome && f.channel === fact.channel) return { history, reportingAllowedOn: from };
  const kept = history.filter((f) => dayOf(f.date) > t - waitDays);
  kept.push(fact);
  const v = verdict(kept, t, waitDays);
  return { history: kept, reportingAllowedOn: v.from === null ? null : dateOf(v.from) };
}
