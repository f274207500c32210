import { ValidationError } from '../errors/index.js';
import { EscalationErrorCodes } from './codes.js';
import { dayOf } from './days.js';
import { apply, Draft, guard, noteTimeBar, runUntil, setNextReview } from './engine.js';
import { effectiveEntries } from './explain.js';
import type { CompiledPolicy } from './policy.js';
import type { AuditEntry, EscalationAccount, LoggedEvent, RejectionReason } from './types.js';

// An account the machine did not return itself (read back from storage, a spread copy) is
// checked against its own log: what the log decides (stage and audit timeline, holds, clock
// stops, counters, arrangement, payments, dues and balance, communication and limitation facts)
// must be what the account says. The check replays the log once, event by event in date order
// (then recording order), from the opening: the engine jumps from one due rule to the next
// (`runUntil`), never day by day, so its cost is linear in the log and in the rules that fire,
// whatever the dates.

/** The effective timeline of a log from `start` (the account at its opening): its account on day `until`, and the events it refuses. */
export function projectLog(start: EscalationAccount, log: readonly LoggedEvent[], until: number, p: CompiledPolicy): { account: EscalationAccount; voided: Map<number, RejectionReason[]> } {
  const d = new Draft(start);
  const voided = new Map<number, RejectionReason[]>();
  const ordered = log.map((e) => ({ e, t: dayOf(e.event.date) })).sort((a, b) => a.t - b.t || a.e.seq - b.e.seq);
  for (const { e, t } of ordered) {
    runUntil(d, p, t, true);
    const reasons = guard(d, p, e.event);
    if (reasons.length > 0) {
      voided.set(e.seq, reasons);
      continue;
    }
    const barred = d.a.limitations.timeBarred;
    apply(d, p, e.event, e.seq);
    noteTimeBar(d, p, t, { event: e.event.type, seq: e.seq }, barred);
    setNextReview(d, p);
  }
  runUntil(d, p, until, true);
  return { account: d.settled(), voided };
}

/** The fields of an account its opening and log decide, compared in this order (`opening`, `log`, `format` are the inputs; `audit` is compared by its effective timeline). */
const DECIDED = [
  'accountId',
  'currency',
  'openedOn',
  'clock',
  'stage',
  'stageSince',
  'balance',
  'dues',
  'daysPastDue',
  'pausedDays',
  'clockStops',
  'holds',
  'arrangement',
  'counters',
  'communication',
  'limitations',
  'payments',
  'nextReviewOn',
] as const satisfies ReadonlyArray<keyof EscalationAccount>;

/**
 * Checks that an account (schema-valid, its facts checked, its derived fields recomputed)
 * agrees with the replay of its own log from its opening under the policy `p`. `opened` is the
 * account the machine opens from `a.opening`.
 *
 * @throws ValidationError with code `ESCALATION_ACCOUNT_LOG_MISMATCH` and the path of the first field that disagrees
 */
export function checkAgainstLog(a: EscalationAccount, opened: EscalationAccount, p: CompiledPolicy): void {
  const replayed = projectLog(opened, a.log, dayOf(a.clock), p).account;
  for (const key of DECIDED) {
    let want: unknown = replayed[key];
    // An account stored before `communication.history` existed has none: the machine assumes
    // no communication is known (credit reporting waits for a new one), the strict reading.
    if (key === 'communication' && a.communication.history === undefined) want = { ...replayed.communication, history: undefined, reportableFrom: a.communication.reportableFrom };
    const at = firstDifference(want, a[key], [key]);
    if (at !== null) throw mismatch(at, valueAt(replayed, at), valueAt(a, at));
  }
  // The audit trail: its chain of stages is unbroken, each correction names a back-dated event
  // of the log, and the timeline it leaves (corrections applied) is the replay's, entry by entry.
  const audit = a.audit;
  for (let i = 0; i < audit.length; i += 1) {
    const e = audit[i] as AuditEntry;
    const previous = audit[i - 1];
    if (previous !== undefined && e.from !== previous.to) throw mismatch(['audit', i, 'from'], previous.to, e.from);
    if (e.correction !== null) {
      const logged = e.eventSeq === null ? undefined : a.log[e.eventSeq - 1];
      if (logged === undefined || logged.recordedOn !== e.correction.recordedOn || logged.event.type !== e.event || dayOf(logged.event.date) >= dayOf(logged.clock)) {
        throw mismatch(['audit', i, 'correction'], 'a back-dated event of the log', e.correction);
      }
      for (const s of e.correction.supersedes) if (!(s >= 1 && s <= e.seq)) throw mismatch(['audit', i, 'correction', 'supersedes'], 'earlier entries', e.correction.supersedes);
    }
  }
  const timeline = effectiveEntries(audit);
  const expected = replayed.audit;
  const n = Math.max(timeline.length, expected.length);
  for (let i = 0; i < n; i += 1) {
    const got = timeline[i];
    const want = expected[i];
    const index = got === undefined ? audit.length : got.seq - 1;
    if (got === undefined || want === undefined) throw mismatch(['audit', index], want ?? 'no entry', got ?? 'no entry');
    const at = want.seq === got.seq ? firstDifference(want, got, ['audit', index]) : firstDifference({ ...want, seq: 0 }, { ...got, seq: 0 }, ['audit', index]);
    if (at !== null) throw mismatch(at, valueAt({ audit: { [index]: want } }, at), valueAt({ audit: { [index]: got } }, at));
  }
}

/** The path of the first difference between two JSON values (object keys in any order; a missing key and `undefined` are the same), or `null`. */
export function firstDifference(x: unknown, y: unknown, path: Array<string | number>): Array<string | number> | null {
  const at = path.slice();
  return differs(x, y, at) ? at : null;
}

/** Whether two JSON values differ; `path` (a stack) is left at the first difference. */
function differs(x: unknown, y: unknown, path: Array<string | number>): boolean {
  if (x === y) return false;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return true;
  const xa = Array.isArray(x);
  if (xa !== Array.isArray(y)) return true;
  if (xa) {
    const xs = x as unknown[];
    const ys = y as unknown[];
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i += 1) {
      path.push(i);
      if (differs(xs[i], ys[i], path)) return true;
      path.pop();
    }
    if (xs.length === ys.length) return false;
    path.push(n);
    return true;
  }
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  for (const key in xo) {
    path.push(key);
    if (differs(xo[key], yo[key], path)) return true;
    path.pop();
  }
  for (const key in yo) {
    if (!(key in xo) && yo[key] !== undefined) {
      path.push(key);
      return true;
    }
  }
  return false;
}

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = root;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function mismatch(path: Array<string | number>, expected: unknown, actual: unknown): ValidationError {
  const where = ['account', ...path].join('.');
  return new ValidationError([
    {
      code: EscalationErrorCodes.ESCALATION_ACCOUNT_LOG_MISMATCH,
      path: ['account', ...path],
      message:
        `"${where}" does not agree with a replay of the account's own log: the log gives ${shown(expected)}, the account has ${shown(actual)}. ` +
        'The account was edited after the machine wrote it, or it was written by a machine with another policy. Load it with a machine created with the policy that wrote it; to correct it, open it again from its opening (\`initialState(account.opening)\`) and record the events of its log with \`transition\`. Never edit a stored account by hand.',
    },
  ]);
}
