import { appended, copied, copyAccount, NO_HOLDS } from './account.js';
import { EscalationReasonCodes } from './codes.js';
import type { EscalationReasonCode } from './codes.js';
import { dateOf, dayOf } from './days.js';
import { HOLD_DEFAULTS } from './holds.js';
import { addDue, amount, applyToDues, firstDueFrom, minor, pastDue, sumDues } from './ledger.js';
import { timeBarredFrom } from './limitations-years.js';
import type { CompiledPolicy, Rung } from './policy.js';
import { recordCommunication, reportableFrom } from './furnishing.js';
import { ACTION_CATEGORY } from './states.js';
import type {
  ActionAddressee,
  ActionCategory,
  Arrangement,
  AuditEntry,
  ClockStop,
  CommunicationFact,
  Due,
  EscalationAccount,
  EscalationAction,
  EscalationEvent,
  Hold,
  HoldFreezes,
  HoldKind,
  RejectionReason,
  SuppressedAction,
} from './types.js';

// The pure core of the machine. A call works on a Draft: a shallow copy of the account whose
// top-level fields are replaced (never mutated in place), so the input account is untouched
// and unchanged arrays are shared with it.

type Template = Rung['actions'][number];
type ActionType = keyof typeof ACTION_CATEGORY;

/** Output of one call: actions and audit entries in order. */
export interface Output {
  readonly actions: EscalationAction[];
  readonly audit: AuditEntry[];
}

/**
 * A mutable working copy of an account. Arrays the account keeps are written at their exact size
 * (`concat`, `slice`): V8 gives arrays grown by `push` or built by a spread spare capacity (17
 * slots for one element, 47 for 21), which a kept account version would carry until it dies.
 */
export class Draft {
  readonly a: EscalationAccount;
  /** 0: the audit array is the input account's; 1: a copy with one new entry; 2: grown by push. */
  private auditState = 0;
  readonly out: Output = { actions: [], audit: [] };
  /** Set while a legal referral the caller declared within the limitation period is applied. */
  withinLimitationPeriod = false;

  /** The account the draft started from. */
  readonly source: EscalationAccount;

  constructor(account: EscalationAccount) {
    this.source = account;
    this.a = copyAccount(account);
  }

  /** The working account, its audit array trimmed to its exact size. */
  settled(): EscalationAccount {
    if (this.auditState === 2) {
      this.a.audit = this.a.audit.slice();
      this.auditState = 1;
    }
    return this.a;
  }

  pushAudit(entry: AuditEntry): void {
    if (this.auditState === 0) {
      this.a.audit = appended(this.a.audit, entry);
      this.auditState = 1;
    } else {
      this.a.audit.push(entry);
      this.auditState = 2;
    }
    this.out.audit.push(entry);
    const actions = entry.actions;
    for (let i = 0; i < actions.length; i += 1) this.out.actions.push(actions[i] as EscalationAction);
  }
}

/** The cause of an audit entry. */
interface Cause {
  readonly event: string;
  readonly seq: number | null;
}

const TIME: Cause = { event: 'time', seq: null };

export function isTerminal(p: CompiledPolicy, stage: string): boolean {
  return p.terminal.has(stage);
}

function holdIdsFreezing(d: Draft, key: keyof HoldFreezes): string[] {
  const holds = d.a.holds;
  if (holds.length === 0) return NO_IDS;
  const ids: string[] = [];
  for (let i = 0; i < holds.length; i += 1) {
    const h = holds[i] as Hold;
    if (h.freezes[key]) ids.push(h.id);
  }
  return ids;
}

function frozen(d: Draft, key: keyof HoldFreezes): boolean {
  const holds = d.a.holds;
  for (let i = 0; i < holds.length; i += 1) if ((holds[i] as Hold).freezes[key]) return true;
  return false;
}

export function clockRunning(holds: readonly Hold[]): boolean {
  for (let i = 0; i < holds.length; i += 1) if ((holds[i] as Hold).freezes.clock) return false;
  return true;
}

function escalationSuspended(d: Draft, p: CompiledPolicy): boolean {
  return (p.suspendOnArrangement && d.a.arrangement !== null) || frozen(d, 'escalation');
}

// ---------------------------------------------------------------------------------------------
// Clock and days past due

/** Moves the clock forward to `to` (no rule fires in between: the caller guarantees it). */
export function moveClock(d: Draft, to: number): void {
  const from = dayOf(d.a.clock);
  if (to <= from) return;
  const first = d.a.dues[0];
  if (first !== undefined && dayOf(first.dueDate) < from) {
    if (clockRunning(d.a.holds)) d.a.daysPastDue += to - from;
    else d.a.pausedDays += to - from;
  }
  d.a.clock = dateOf(to);
}

/** Recomputes effective days past due from the oldest unpaid due date and the clock stops. */
export function recomputeDaysPastDue(d: Draft): void {
  const t = dayOf(d.a.clock);
  const first = d.a.dues[0];
  if (first === undefined || dayOf(first.dueDate) >= t) {
    d.a.daysPastDue = 0;
    d.a.pausedDays = 0;
  } else {
    const anchor = dayOf(first.dueDate);
    let paused = 0;
    const stops = d.a.clockStops;
    for (let i = 0; i < stops.length; i += 1) {
      const stop = stops[i] as ClockStop;
      // Inclusive stops: the clock was stopped from `start` through `end`.
      const a = Math.max(dayOf(stop.start), anchor);
      const b = Math.min(stop.end === null ? t : dayOf(stop.end) + 1, t);
      if (b > a) paused += b - a;
    }
    d.a.daysPastDue = t - anchor - paused;
    d.a.pausedDays = paused;
  }
  refreshLimitations(d);
}

/** Recomputes the time-bar day from the accrual day (fixed, or the day after the oldest unpaid due date). */
function refreshLimitations(d: Draft): void {
  const l = d.a.limitations;
  if (l.years === null) return;
  const t = dayOf(d.a.clock);
  let accrual = l.accruedOn;
  if (accrual === null) {
    const first = d.a.dues[0];
    accrual = first !== undefined && dayOf(first.dueDate) < t ? dateOf(dayOf(first.dueDate) + 1) : null;
  }
  const on = accrual === null ? null : timeBarredFrom(accrual, l.years);
  const barred = on !== null && dayOf(on) <= t;
  if (on !== l.timeBarredOn || barred !== l.timeBarred) d.a.limitations = { ...l, timeBarredOn: on, timeBarred: barred };
}

/** Replaces the hold set, keeping the clock-stop periods in step. */
function setHolds(d: Draft, holds: Hold[], t: number): void {
  const wasRunning = clockRunning(d.a.holds);
  const running = clockRunning(holds);
  d.a.holds = holds.length === 0 ? NO_HOLDS : holds;
  if (wasRunning && !running) {
    d.a.clockStops = appended(d.a.clockStops, { start: dateOf(t), end: null });
  } else if (!wasRunning && running) {
    const stops = copied(d.a.clockStops);
    const last = stops[stops.length - 1];
    if (last !== undefined) {
      if (last.start === dateOf(t)) stops.pop();
      else stops[stops.length - 1] = { start: last.start, end: dateOf(t - 1) };
    }
    d.a.clockStops = stops;
  }
}

// ---------------------------------------------------------------------------------------------
// Actions and audit entries

function makeAction(type: ActionType, t: number, reason: string, extra: Partial<EscalationAction> = {}): EscalationAction {
  const category = ACTION_CATEGORY[type];
  return { type, date: dateOf(t), category, addressee: ADDRESSEE[category], ...extra, message: reason };
}

/** An action from a policy template: the fields of `makeAction`, written out for each shape (no spread). */
function fromTemplate(template: Template, t: number, reason: string): EscalationAction {
  const type = template.type;
  const date = dateOf(t);
  const category = ACTION_CATEGORY[type];
  const addressee = ADDRESSEE[category];
  const notice = template.notice;
  if (type === 'reportToBureau') {
    const citation = '12 CFR 1006.30(a)';
    return notice === undefined ? { type, date, category, addressee, citation, message: reason } : { type, date, category, addressee, notice, citation, message: reason };
  }
  return notice === undefined ? { type, date, category, addressee, message: reason } : { type, date, category, addressee, notice, message: reason };
}

/** Where an action of a category goes before any hold reroutes it. */
const ADDRESSEE: Readonly<Record<ActionCategory, ActionAddressee>> = {
  contact: 'consumer',
  offers: 'consumer',
  reporting: 'consumerReportingAgency',
  fees: 'internal',
  legal: 'internal',
  internal: 'internal',
};

/** How the holds treat a communication with the consumer: who holds it back, or whom it goes to instead. */
interface Route {
  readonly by: readonly string[];
  readonly to: ActionAddressee | null;
}

const NO_ROUTE: Route = Object.freeze({ by: Object.freeze([]) as readonly string[], to: null });

/**
 * A communication with the consumer (an action of category `contact` or `offers`) is held back
 * by every hold that freezes contact (or, for an offer, offers), except a hold that names an
 * addressee (an attorney, 12 CFR 1006.6(b)(2); the estate, 1006.6(a)(4)), which sends it there
 * instead; a notice 12 CFR 1006.6(c)(2) allows passes a cease-communication hold.
 */
function route(d: Draft, category: ActionCategory, ceaseException: boolean): Route {
  const holds = d.a.holds;
  if (holds.length === 0) return NO_ROUTE;
  let by: string[] | null = null;
  let to: ActionAddressee | null = null;
  for (let i = 0; i < holds.length; i += 1) {
    const h = holds[i] as Hold;
    if (h.addressee !== undefined) {
      if (to === null || h.addressee === 'attorney') to = h.addressee;
      continue;
    }
    if (!h.freezes.contact && !(category === 'offers' && h.freezes.offers)) continue;
    if (ceaseException && h.kind === 'ceaseCommunication') continue;
    (by ??= []).push(h.id);
  }
  if (by === null && to === null) return NO_ROUTE;
  return { by: by ?? NO_IDS, to };
}

/** Why a legal action or a notice that threatens suit is held back for the limitation period, or `null`. */
function limitationHold(d: Draft): SuppressedAction['by'] | null {
  const l = d.a.limitations;
  if (l.timeBarred) return ['noTimeBarredLegalAction'];
  if (l.years === null && !d.withinLimitationPeriod) return ['limitationStatusUnknown'];
  return null;
}

/**
 * Splits actions into those that go out and those a hold or a rule keeps back. Both arrays are
 * new and of exact size (see {@link Draft}): when nothing is held back or rerouted, one copy of
 * `actions`.
 */
function screen(d: Draft, p: CompiledPolicy, t: number, actions: readonly EscalationAction[], templates?: readonly Template[]): { sent: EscalationAction[]; suppressed: SuppressedAction[] } {
  if (actions.length === 0) return NOTHING_SCREENED;
  // Built only from the first action held back or rerouted; until then every action goes out as it is.
  let sent: EscalationAction[] | null = null;
  let suppressed: SuppressedAction[] = NO_SUPPRESSED;
  for (let i = 0; i < actions.length; i += 1) {
    let action = actions[i] as EscalationAction;
    const category = action.category;
    const template = templates?.[i];
    let held: SuppressedAction | null = null;
    let rerouted = false;
    if (category === 'contact' || category === 'offers') {
      const r = route(d, category, template?.ceaseException !== undefined);
      if (r.by.length > 0) held = { action, by: r.by.slice(), message: `Held back: ${r.by.join(', ')} stop${r.by.length === 1 ? 's' : ''} communication with the consumer${category === 'offers' ? ', offers included' : ''}.` };
      else if (r.to !== null && r.to !== action.addressee) {
        action = { ...action, addressee: r.to };
        rerouted = true;
      }
    } else if (category !== 'internal') {
      const by = holdIdsFreezing(d, category === 'legal' ? 'legal' : category);
      if (by.length > 0) held = { action, by: by.slice(), message: `Held back: ${by.join(', ')} freeze${by.length === 1 ? 's' : ''} ${category}.` };
    }
    if (held === null && (template?.threatensSuit === true || category === 'legal')) {
      const by = limitationHold(d);
      if (by !== null) {
        const what = category === 'legal' ? 'The action is a legal action' : 'The notice threatens suit';
        held = {
          action,
          by,
          message:
            by[0] === 'noTimeBarredLegalAction'
              ? `Held back: ${what.toLowerCase()} and the debt is time-barred (12 CFR 1006.26(b)).`
              : `Held back: ${what.toLowerCase()} and the limitation status is unknown (no "limitations.jurisdiction" and no "limitations.years" at opening) (12 CFR 1006.26(b)).`,
        };
      }
    }
    if (held === null && action.type === 'reportToBureau' && p.requirePriorCommunication) {
      const from = d.a.communication.reportableFrom;
      if (from === null || dayOf(from) > t) {
        d.a.communication = { ...d.a.communication, reportPending: true };
        held = {
          action,
          by: ['priorCommunication'],
          message:
            from === null
              ? 'Deferred: no report before the consumer has been spoken to, or a letter or electronic message has gone out and the wait for a notice of undeliverability has passed (12 CFR 1006.30(a)(1)).'
              : `Deferred to ${from}: the wait for a notice of undeliverability has not passed (12 CFR 1006.30(a)(1)(ii)).`,
        };
      }
    }
    if (held !== null) {
      if (sent === null) {
        sent = actions.slice(0, i);
        suppressed = [];
      }
      if (suppressed === NO_SUPPRESSED) suppressed = [];
      suppressed.push(held);
      continue;
    }
    if (action.type === 'reportToBureau') d.a.communication = { ...d.a.communication, reportPending: false, reportedOn: dateOf(t) };
    if (rerouted && sent === null) sent = actions.slice(0, i);
    if (sent !== null) sent.push(action);
  }
  if (sent === null) return { sent: actions.slice(), suppressed: NO_SUPPRESSED };
  return { sent: sent.length === 0 ? NO_ACTIONS : sent.slice(), suppressed: suppressed.length === 0 ? NO_SUPPRESSED : suppressed.slice() };
}

// Audit entries without holds, actions or suppressed actions share one frozen empty array each:
// most entries have none, and a year of entries over many accounts is a lot of memory.
const NO_IDS = Object.freeze([]) as unknown as string[];
const NO_ACTIONS = Object.freeze([]) as unknown as EscalationAction[];
const NO_SUPPRESSED = Object.freeze([]) as unknown as SuppressedAction[];
const NOTHING_SCREENED = Object.freeze({ sent: NO_ACTIONS, suppressed: NO_SUPPRESSED });

// Audit texts repeat across accounts ("Effective days past due reached 16, meeting the threshold
// of early ..."): each distinct text is kept once (bounded), so a year of audit trails over many
// accounts holds one flat copy of each instead of one per entry.
const TEXTS_LIMIT = 50_000;
const texts = new Map<string, string>();

function intern(text: string): string {
  const known = texts.get(text);
  if (known !== undefined) return known;
  if (texts.size >= TEXTS_LIMIT) texts.clear();
  texts.set(text, text);
  return text;
}

// Audit entries are frozen where `enter` builds them, with their arrays and the elements of
// those (the shared empty arrays above are frozen once): `seal` then freezes only the audit
// array, with no walk over the entries (see account.ts).

/** `actions`, each action and the array frozen. */
function frozenActions(actions: EscalationAction[]): EscalationAction[] {
  for (let i = 0; i < actions.length; i += 1) Object.freeze(actions[i]);
  return Object.freeze(actions) as EscalationAction[];
}

/** `suppressed`, each entry, its action and its hold list frozen, and the array. */
function frozenSuppressed(suppressed: SuppressedAction[]): SuppressedAction[] {
  for (let i = 0; i < suppressed.length; i += 1) {
    const x = suppressed[i] as SuppressedAction;
    Object.freeze(x.action);
    Object.freeze(x.by);
    Object.freeze(x);
  }
  return Object.freeze(suppressed) as SuppressedAction[];
}

/** Appends an audit entry (frozen), moving the account to `to`. */
function enter(d: Draft, p: CompiledPolicy, t: number, cause: Cause, to: string, rule: string, why: string, actions: readonly EscalationAction[] = NO_ACTIONS, templates?: readonly Template[]): void {
  const from = d.a.stage;
  if (to !== from && p.customStates.size > 0) stateHolds(d, p, t, from, to);
  const { sent, suppressed } = screen(d, p, t, actions, templates);
  const entry: AuditEntry = {
    seq: d.a.audit.length + 1,
    date: dateOf(t),
    event: cause.event,
    eventSeq: cause.seq,
    from,
    to,
    rule,
    message: intern(why),
    daysPastDue: d.a.daysPastDue,
    holds: d.a.holds.length === 0 ? NO_IDS : (Object.freeze(d.a.holds.map((h) => h.id)) as string[]),
    actions: sent.length === 0 ? NO_ACTIONS : frozenActions(sent),
    suppressed: suppressed.length === 0 ? NO_SUPPRESSED : frozenSuppressed(suppressed),
    correction: null,
  };
  Object.freeze(entry);
  if (to !== from) {
    d.a.stage = to;
    d.a.stageSince = dateOf(t);
  }
  d.pushAudit(entry);
}

/** The id of the hold a custom state that freezes something places while the account is in it. */
export function stateHoldId(state: string): string {
  return `state.${state}`;
}

/** Leaving a custom state that freezes something lifts its hold; entering one places it. */
function stateHolds(d: Draft, p: CompiledPolicy, t: number, from: string, to: string): void {
  const left = p.customStates.get(from)?.freezes ?? null;
  const entered = p.terminal.has(to) ? null : (p.customStates.get(to)?.freezes ?? null);
  if (left === null && entered === null) return;
  let holds: Hold[] = d.a.holds;
  if (left !== null) holds = holds.filter((h) => h.id !== stateHoldId(from));
  if (entered !== null) {
    const what = (Object.keys(entered) as Array<keyof HoldFreezes>).filter((k) => entered[k]).join(', ');
    holds = appended(holds, { id: stateHoldId(to), kind: 'manual', reason: `The policy state "${to}" freezes ${what}.`, start: dateOf(t), end: null, source: 'policy.state', citation: null, freezes: entered });
  }
  setHolds(d, holds, t);
}

/** The actions of templates, one exact-size array (every action shares the one reason string). */
function actionsFrom(templates: readonly Template[], t: number, reason: string): EscalationAction[] {
  return templates.map((tpl) => fromTemplate(tpl, t, reason));
}

function enterRung(d: Draft, p: CompiledPolicy, t: number, cause: Cause, rung: Rung, rule: string, why: string): void {
  const templates = rung.actions;
  enter(d, p, t, cause, rung.id, rule, why, templates.length === 0 ? NO_ACTIONS : actionsFrom(templates, t, intern(`Entering ${rung.id}.`)), templates);
}

// ---------------------------------------------------------------------------------------------
// Stages

function rungMet(d: Draft, rung: Rung, t: number): boolean {
  if (d.a.daysPastDue < rung.minDays) return false;
  if (rung.minPastDue !== null || rung.minUnpaid > 0) {
    const due = pastDue(d.a.dues, t, d.a.currency);
    if (rung.minPastDue !== null && due.units < minor(rung.minPastDue, d.a.currency)) return false;
    if (due.count < rung.minUnpaid) return false;
  }
  return true;
}

function thresholdText(rung: Rung): string {
  const parts = [`${rung.minDays} days past due`];
  if (rung.minPastDue !== null) parts.push(`past-due amount ${rung.minPastDue}`);
  if (rung.minUnpaid > 0) parts.push(`${rung.minUnpaid} unpaid installments`);
  return parts.join(', ');
}

// The text of a threshold crossing depends only on the stage and the day count: each is built
// once (per rung, bounded), not once per crossing and then interned.
const thresholdWhys = new WeakMap<Rung, Map<number, string>>();

function thresholdWhy(rung: Rung, days: number): string {
  let byDays = thresholdWhys.get(rung);
  if (byDays === undefined) {
    byDays = new Map();
    thresholdWhys.set(rung, byDays);
  }
  let why = byDays.get(days);
  if (why === undefined) {
    why = intern(`Effective days past due reached ${days}, meeting the threshold of ${rung.id} (${thresholdText(rung)}).`);
    if (byDays.size >= 1_000) byDays.clear();
    byDays.set(days, why);
  }
  return why;
}

/** Moves up the ladder one stage at a time while the next stage's conditions hold. */
function escalate(d: Draft, p: CompiledPolicy, t: number, cause: Cause): void {
  if (escalationSuspended(d, p)) return;
  if (!p.ladderIndex.has(d.a.stage)) {
    leaveCustomState(d, p, t, cause);
    return;
  }
  for (;;) {
    const index = p.ladderIndex.get(d.a.stage);
    if (index === undefined) return;
    const next = p.ladder[index + 1];
    if (next !== undefined) {
      if (!rungMet(d, next, t)) return;
      enterRung(d, p, t, cause, next, 'stage.threshold', thresholdWhy(next, d.a.daysPastDue));
    } else {
      if (p.chargeOffDays === null || d.a.daysPastDue < p.chargeOffDays) return;
      const templates = p.chargeOffActions;
      enter(
        d,
        p,
        t,
        cause,
        'chargedOff',
        'chargeOff.threshold',
        `Effective days past due reached ${d.a.daysPastDue}, the charge-off threshold of ${p.chargeOffDays} days.`,
        templates.map((tpl) => fromTemplate(tpl, t, 'Charge-off.')),
        templates,
      );
      return;
    }
  }
}

/**
 * In a custom state that does not freeze escalation, the ladder keeps running: on the day the
 * effective days past due reach a stage's threshold (when its other conditions hold then) or
 * the charge-off threshold, the account moves there.
 */
function leaveCustomState(d: Draft, p: CompiledPolicy, t: number, cause: Cause): void {
  const stage = d.a.stage;
  if (!p.customStates.has(stage) || p.terminal.has(stage)) return;
  const days = d.a.daysPastDue;
  if (p.chargeOffDays !== null && days === p.chargeOffDays) {
    const templates = p.chargeOffActions;
    enter(d, p, t, cause, 'chargedOff', 'chargeOff.threshold', `Effective days past due reached ${days}, the charge-off threshold of ${p.chargeOffDays} days (the ladder runs in the policy state ${stage}).`, templates.map((tpl) => fromTemplate(tpl, t, 'Charge-off.')), templates);
    return;
  }
  for (let i = 1; i < p.ladder.length; i += 1) {
    const rung = p.ladder[i] as Rung;
    if (rung.minDays === days && rungMet(d, rung, t)) {
      enterRung(d, p, t, cause, rung, 'stage.threshold', thresholdWhy(rung, days));
      return;
    }
  }
}

/** The ladder stage (or charge-off) the days past due justify on day `t`. */
function justifiedStage(d: Draft, p: CompiledPolicy, t: number): string {
  const index = justifiedIndex(d, p, t);
  return p.chargeOffDays !== null && index === p.ladder.length - 1 && d.a.daysPastDue >= p.chargeOffDays ? 'chargedOff' : (p.ladder[index] as Rung).id;
}

/** The ladder stage the account's delinquency justifies now (walking up while conditions hold). */
function justifiedIndex(d: Draft, p: CompiledPolicy, t: number): number {
  let index = 0;
  while (index + 1 < p.ladder.length && rungMet(d, p.ladder[index + 1] as Rung, t)) index += 1;
  return index;
}

/** Re-derives the stage after the dues changed: down in one move, or up one stage at a time. */
function rederive(d: Draft, p: CompiledPolicy, t: number, cause: Cause): void {
  const index = p.ladderIndex.get(d.a.stage);
  if (index === undefined) return;
  const target = justifiedIndex(d, p, t);
  if (target < index) {
    const rung = p.ladder[target] as Rung;
    const oldest = d.a.dues[0];
    const why =
      target === 0
        ? 'Nothing is past due any more.'
        : `The oldest unpaid installment is now due ${oldest?.dueDate ?? '-'}: ${d.a.daysPastDue} effective days past due justify ${rung.id}.`;
    if (target === 0 && d.a.communication.reportPending) d.a.communication = { ...d.a.communication, reportPending: false };
    enter(d, p, t, cause, rung.id, 'stage.rederived', why);
  } else {
    escalate(d, p, t, cause);
  }
}

// ---------------------------------------------------------------------------------------------
// Time

/** The next day a time-based rule fires, after `t`; `null` if none. */
export function nextReview(d: Draft, p: CompiledPolicy): number | null {
  if (isTerminal(p, d.a.stage)) return null;
  const t = dayOf(d.a.clock);
  // The earliest candidate day after `t` (plain comparisons, no closure: this runs on every change).
  let next = Number.POSITIVE_INFINITY;
  let day: number;
  const dues = d.a.dues;
  const upcoming = dues[firstDueFrom(dues, t)];
  if (upcoming !== undefined) {
    day = dayOf(upcoming.dueDate);
    if (day + 1 < next) next = day + 1;
  }
  const holds = d.a.holds;
  for (let i = 0; i < holds.length; i += 1) {
    const end = (holds[i] as Hold).end;
    if (end !== null) {
      // Lifted the day after its last day.
      day = dayOf(end) + 1;
      if (day > t && day < next) next = day;
    }
  }
  const arr = d.a.arrangement;
  if (arr !== null) {
    day = Number.NaN;
    if (arr.kind === 'promiseToPay') day = dayOf(arr.breaksOn);
    else if (arr.kind === 'settlementPending') day = dayOf(arr.lapsesOn);
    else if (arr.kind === 'paymentPlan') {
      const inst = arr.installments[arr.nextInstallment];
      if (inst !== undefined) day = dayOf(inst.dueDate) + p.timers.planGraceDays + 1;
    }
    if (day > t && day < next) next = day;
  }
  const l = d.a.limitations;
  if (l.timeBarredOn !== null && !l.timeBarred) {
    day = dayOf(l.timeBarredOn);
    if (day > t && day < next) next = day;
  }
  const c = d.a.communication;
  if (c.reportPending && c.reportableFrom !== null) {
    day = dayOf(c.reportableFrom);
    if (day > t && day < next) next = day;
  }
  const index = p.ladderIndex.get(d.a.stage);
  const custom = index === undefined && p.customStates.has(d.a.stage);
  if ((index !== undefined || custom) && !escalationSuspended(d, p) && clockRunning(d.a.holds)) {
    const first = d.a.dues[0];
    if (first !== undefined && dayOf(first.dueDate) < t) {
      let threshold: number | null;
      if (index !== undefined) {
        const rung = p.ladder[index + 1];
        threshold = rung !== undefined ? rung.minDays : p.chargeOffDays;
      } else {
        threshold = null;
        for (let i = 0; i < p.thresholds.length; i += 1) {
          const x = p.thresholds[i] as number;
          if (x > d.a.daysPastDue) {
            threshold = x;
            break;
          }
        }
      }
      if (threshold !== null && threshold > d.a.daysPastDue) {
        day = t + threshold - d.a.daysPastDue;
        if (day > t && day < next) next = day;
      }
    }
  }
  return Number.isFinite(next) ? next : null;
}

export function setNextReview(d: Draft, p: CompiledPolicy): void {
  const next = nextReview(d, p);
  d.a.nextReviewOn = next === null ? null : dateOf(next);
}

/**
 * The account with its derived fields recomputed from its facts: the day counts (from the
 * oldest unpaid due date, the clock stops and `asOf`), the time bar (from the limitation years
 * and the accrual day) and `nextReviewOn` (from the dues, holds, arrangement, time bar, pending
 * report and the next threshold). Returns `a` itself when every derived field already agrees.
 * Used for accounts the machine did not write, so a tampered or stale cache (a `nextReviewOn`
 * in the future, say) can never make `advance` skip a rule. (A terminal account's clock stopped
 * on the day it closed, so its counts are those of that day; its next review is `null`.)
 */
/** Records a communication fact and the first day credit reporting is allowed, by compliance's rule (see furnishing.ts). */
function noteCommunication(d: Draft, p: CompiledPolicy, t: number, fact: CommunicationFact): void {
  const c = d.a.communication;
  const next = recordCommunication(c.history ?? NO_FACTS, c.reportableFrom, fact, t, p.timers.reportingWaitDays);
  if (next.history !== c.history || next.reportableFrom !== c.reportableFrom) d.a.communication = { ...c, reportableFrom: next.reportableFrom, history: next.history };
}

const NO_FACTS: readonly CommunicationFact[] = Object.freeze([]);

export function withDerivedFields(a: EscalationAccount, p: CompiledPolicy): EscalationAccount {
  const d = new Draft(a);
  const c = d.a.communication;
  // The first day of credit reporting comes from the communication facts, never from the
  // stored value (an account without facts, stored by an earlier version, has none).
  const from = reportableFrom(c.history ?? NO_FACTS, dayOf(d.a.clock), p.timers.reportingWaitDays);
  if (from !== c.reportableFrom) d.a.communication = { ...c, reportableFrom: from };
  const l = d.a.limitations;
  if (l.years === null && (l.timeBarred || l.timeBarredOn !== null)) d.a.limitations = { ...l, timeBarredOn: null, timeBarred: false };
  recomputeDaysPastDue(d);
  setNextReview(d, p);
  const b = d.a;
  const same = b.daysPastDue === a.daysPastDue && b.pausedDays === a.pausedDays && b.nextReviewOn === a.nextReviewOn && b.limitations === a.limitations && b.communication === a.communication;
  return same ? a : b;
}

/** Fires every time-based rule due on day `t` (the clock is at `t`). */
function fireTime(d: Draft, p: CompiledPolicy, t: number): void {
  const barred = d.a.limitations.timeBarred;
  recomputeDaysPastDue(d);
  noteTimeBar(d, p, t, TIME, barred);
  // Holds that end today.
  const holds = d.a.holds;
  for (let i = 0; i < holds.length; i += 1) {
    const h = holds[i] as Hold;
    if (h.end !== null && dayOf(h.end) < t) {
      const contactWas = frozen(d, 'contact');
      setHolds(d, d.a.holds.filter((x) => x.id !== h.id), t);
      let why = `The ${HOLD_DEFAULTS[h.kind].label} hold "${h.id}" ended on ${h.end}, its last day.`;
      if (h.kind === 'hardship' && d.a.arrangement?.kind === 'hardship') {
        d.a.arrangement = null;
        why += ' The hardship arrangement ends.';
      }
      const actions = contactWas && !frozen(d, 'contact') ? [makeAction('resumeContact', t, 'No hold freezes contact any more.')] : [];
      enter(d, p, t, TIME, d.a.stage, 'hold.expired', why, actions);
    }
  }
  const arr = d.a.arrangement;
  if (arr?.kind === 'promiseToPay' && dayOf(arr.breaksOn) <= t) {
    d.a.arrangement = null;
    d.a.counters = { ...d.a.counters, brokenPromises: d.a.counters.brokenPromises + 1 };
    enter(d, p, t, TIME, d.a.stage, 'promise.broken', `The promise to pay ${arr.amount} by ${arr.dueDate} was not kept within ${p.timers.promiseGraceDays} days of grace (${arr.paid} paid).`, [
      makeAction('sendNotice', t, 'A promise to pay was broken.', { notice: 'promiseBroken' }),
    ]);
  } else if (arr?.kind === 'settlementPending' && dayOf(arr.lapsesOn) <= t) {
    d.a.arrangement = null;
    enter(d, p, t, TIME, d.a.stage, 'settlement.lapsed', `The settlement of ${arr.amount} due ${arr.dueDate} lapsed unpaid (${arr.paid} paid, credited to the full balance).`);
  } else if (arr?.kind === 'paymentPlan') {
    checkPlan(d, p, t, arr);
  }
  const c = d.a.communication;
  if (c.reportPending && c.reportableFrom !== null && dayOf(c.reportableFrom) <= t) {
    if (!frozen(d, 'reporting')) {
      enter(d, p, t, TIME, d.a.stage, 'reporting.priorCommunicationMet', 'The consumer has been communicated with (12 CFR 1006.30(a)(1)): the deferred credit report can go out.', [
        makeAction('reportToBureau', t, 'Deferred report.', { citation: '12 CFR 1006.30(a)' }),
      ]);
    }
  }
  escalate(d, p, t, TIME);
}

/** Records a change of the time-bar status (it runs out with time, and moves when the accrual day moves). */
export function noteTimeBar(d: Draft, p: CompiledPolicy, t: number, cause: Cause, was: boolean): void {
  const l = d.a.limitations;
  if (!was && l.timeBarred) {
    enter(d, p, t, cause, d.a.stage, 'limitations.expired', `The ${l.years ?? ''}-year statute of limitations${l.jurisdiction === null ? '' : ` of ${l.jurisdiction}`} ran on ${l.timeBarredOn ?? ''}: the debt is time-barred; no suit and no threat of suit (12 CFR 1006.26(b)).`, [
      makeAction('flagTimeBarred', t, 'The debt is time-barred.', { citation: '12 CFR 1006.26(b)' }),
    ]);
  } else if (was && !l.timeBarred) {
    enter(d, p, t, cause, d.a.stage, 'limitations.restarted', `The accrual day moved with the oldest unpaid installment: the limitation period now runs to ${l.timeBarredOn ?? 'an unknown day'}. Whether a payment revives a time-barred debt depends on state law; pass "limitations.accruedOn" to fix the accrual day.`);
  }
}

function checkPlan(d: Draft, p: CompiledPolicy, t: number, plan: Extract<Arrangement, { kind: 'paymentPlan' }>): void {
  const cur = d.a.currency;
  let { missed, nextInstallment } = plan;
  const paid = minor(plan.paid, cur);
  let cumulative = 0n;
  for (let i = 0; i < nextInstallment; i += 1) cumulative += minor((plan.installments[i] as Due).amount, cur);
  for (;;) {
    const inst = plan.installments[nextInstallment];
    if (inst === undefined || dayOf(inst.dueDate) + p.timers.planGraceDays + 1 > t) break;
    cumulative += minor(inst.amount, cur);
    nextInstallment += 1;
    if (paid >= cumulative) continue;
    missed += 1;
    const last = nextInstallment === plan.installments.length;
    d.a.arrangement = { ...plan, missed, nextInstallment };
    enter(d, p, t, TIME, d.a.stage, 'plan.installmentMissed', `The plan installment due ${inst.dueDate} was not paid within ${p.timers.planGraceDays} days (${amount(paid, cur)} paid of ${amount(cumulative, cur)} due so far).`, [
      makeAction('sendNotice', t, `The plan installment due ${inst.dueDate} was missed.`, { notice: 'planInstallmentMissed', dueDate: inst.dueDate }),
    ]);
    if (missed > p.timers.maxMissedPlanInstallments || last) {
      breakPlan(d, p, t, TIME, missed > p.timers.maxMissedPlanInstallments ? `${missed} missed installment(s) exceed the ${p.timers.maxMissedPlanInstallments} the policy tolerates.` : 'The last installment was missed.');
      return;
    }
  }
  d.a.arrangement = { ...plan, missed, nextInstallment };
}

function breakPlan(d: Draft, p: CompiledPolicy, t: number, cause: Cause, why: string): void {
  d.a.arrangement = null;
  d.a.counters = { ...d.a.counters, brokenPlans: d.a.counters.brokenPlans + 1 };
  enter(d, p, t, cause, d.a.stage, 'plan.broken', `The payment plan is broken: ${why} The stage follows the delinquency again.`, [
    makeAction('sendNotice', t, 'The payment plan is broken.', { notice: 'planBroken' }),
  ]);
}

/**
 * Applies every time-based rule due up to day `target`, in date order. With `settle`, then
 * moves the clock to `target` (an event is about to be applied on that day); without it, the
 * clock stays on the last day a rule was due (what `advance` leaves: the account does not
 * change on days when nothing is due, see `advance`).
 */
export function runUntil(d: Draft, p: CompiledPolicy, target: number, settle: boolean): void {
  if (isTerminal(p, d.a.stage)) {
    // A closed account's clock stops on the day it closed.
    d.a.nextReviewOn = null;
    return;
  }
  for (;;) {
    const next = d.a.nextReviewOn === null ? null : dayOf(d.a.nextReviewOn);
    if (next === null || next > target) break;
    moveClock(d, next);
    fireTime(d, p, next);
    setNextReview(d, p);
    if (isTerminal(p, d.a.stage)) break;
  }
  if (settle) moveClock(d, target);
}

// ---------------------------------------------------------------------------------------------
// Guards

function reason(code: EscalationReasonCode, guard: string, message: string, citation: string | null = null): RejectionReason {
  return { code, guard, message, citation };
}

/** Events refused during a bankruptcy stay: every collection act (11 U.S.C. 362(a)). */
const STAY_REFUSED: ReadonlySet<string> = new Set([
  'promiseMade',
  'planAgreed',
  'settlementAccepted',
  'settlementPaid',
  'hardshipGranted',
  'verificationSent',
  'communicationMade',
  'chargeOff',
  'placedWithAgency',
  'legalReferral',
  'sold',
  'custom',
]);

const HOLD_EVENT: Partial<Record<string, HoldKind>> = {
  disputeReceived: 'dispute',
  ceaseRequested: 'ceaseCommunication',
  attorneyNotice: 'attorney',
  bankruptcyFiled: 'bankruptcy',
  fraudClaimed: 'fraudClaim',
};

const RELEASE_EVENT: Partial<Record<string, HoldKind>> = {
  verificationSent: 'dispute',
  ceaseWithdrawn: 'ceaseCommunication',
  attorneyWithdrawn: 'attorney',
  bankruptcyDismissed: 'bankruptcy',
  fraudResolved: 'fraudClaim',
};

function hasHold(d: Draft, kind: HoldKind): boolean {
  const holds = d.a.holds;
  for (let i = 0; i < holds.length; i += 1) if ((holds[i] as Hold).kind === kind) return true;
  return false;
}

/** A hold-freeze guard: refuses when a hold freezes `key`; a dispute is reported as such. */
function freezeGuard(d: Draft, key: keyof HoldFreezes, what: string, out: RejectionReason[], except?: string): void {
  const holds = d.a.holds;
  for (let i = 0; i < holds.length; i += 1) {
    const h = holds[i] as Hold;
    if (!h.freezes[key] || h.kind === 'bankruptcy' || h.id === except) continue;
    if (h.kind === 'dispute') {
      out.push(reason(EscalationReasonCodes.ESCALATION_DISPUTE_UNVERIFIED, 'noCollectionWhileDisputed', `A dispute is open and verification has not been sent: no ${what} until it is (12 CFR 1006.38(d)(2)).`, '12 CFR 1006.38(d)(2)'));
    } else {
      out.push(reason(EscalationReasonCodes.ESCALATION_HOLD_IN_FORCE, `hold.${h.kind}`, `The ${HOLD_DEFAULTS[h.kind].label} hold "${h.id}" freezes ${key}: no ${what}.`, h.citation));
    }
  }
}

/**
 * The guards that depend only on the event type and the account (what `allowedEvents` shows).
 * Payload-dependent checks come in {@link payloadGuards}.
 */
export function typeGuards(d: Draft, p: CompiledPolicy, type: string, customName?: string): RejectionReason[] {
  const out: RejectionReason[] = [];
  const stage = d.a.stage;
  if (isTerminal(p, stage)) {
    out.push(reason(EscalationReasonCodes.ESCALATION_ACCOUNT_CLOSED, 'terminalIsAbsorbing', `The account is ${stage}, a terminal state: no event changes it.`));
    return out;
  }
  if (hasHold(d, 'bankruptcy') && STAY_REFUSED.has(type)) {
    out.push(reason(EscalationReasonCodes.ESCALATION_BANKRUPTCY_STAY, 'bankruptcyStay', `A bankruptcy stay is in force: nothing but payment posting (${type} refused).`, '11 U.S.C. 362(a)'));
  }
  const inState = (ok: boolean, what: string): void => {
    if (!ok) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'state', `${type} is not allowed in ${stage}: ${what}.`));
  };
  const onLadder = p.ladderIndex.has(stage);
  const arr = d.a.arrangement;
  switch (type) {
    case 'promiseMade':
      inState(arr === null, `a ${arr?.kind ?? ''} arrangement is in force`);
      freezeGuard(d, 'offers', 'promises, plans or settlements', out);
      break;
    case 'planAgreed':
      inState(arr === null || arr.kind === 'promiseToPay', `a ${arr?.kind ?? ''} arrangement is in force`);
      freezeGuard(d, 'offers', 'promises, plans or settlements', out);
      break;
    case 'settlementAccepted':
      inState(stage !== 'current', 'nothing is past due');
      inState(arr === null || arr.kind === 'promiseToPay' || arr.kind === 'paymentPlan', `a ${arr?.kind ?? ''} arrangement is in force`);
      freezeGuard(d, 'offers', 'promises, plans or settlements', out);
      break;
    case 'hardshipGranted':
      inState(arr === null || arr.kind === 'promiseToPay', `a ${arr?.kind ?? ''} arrangement is in force`);
      break;
    case 'planInstallmentMissed':
    case 'planBroken':
    case 'planCompleted':
      if (arr?.kind !== 'paymentPlan') out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'arrangement', `${type} needs an active payment plan.`));
      break;
    case 'hardshipEnded':
      if (arr?.kind !== 'hardship') out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'arrangement', 'hardshipEnded needs an active hardship arrangement.'));
      break;
    case 'settlementPaid':
      if (arr?.kind !== 'settlementPending') out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'arrangement', 'settlementPaid needs an accepted settlement.'));
      break;
    case 'legalReferral':
      inState(p.legalReferralFrom.has(stage), `legal referral is open only from ${[...p.legalReferralFrom].join(', ')}`);
      if (d.a.limitations.timeBarred) legalGuards(d, undefined, out);
      freezeGuard(d, 'legal', 'legal action', out);
      break;
    case 'placedWithAgency':
      inState(p.placementFrom.has(stage), `placement is open only from ${[...p.placementFrom].join(', ')}`);
      freezeGuard(d, 'escalation', 'placement', out);
      break;
    case 'recalled':
      inState(stage === 'placed', 'only a placed account can be recalled');
      break;
    case 'chargeOff':
      inState(onLadder && stage !== 'current', 'charge-off comes from a delinquency stage');
      freezeGuard(d, 'escalation', 'charge-off', out);
      break;
    case 'writtenOff':
      inState(!onLadder || stage !== 'current', 'nothing is past due');
      break;
    case 'sold':
      freezeGuard(d, 'escalation', 'sale', out);
      break;
    case 'custom': {
      const list = customName === undefined ? [...p.customTransitions.values()].flat() : (p.customTransitions.get(customName) ?? []);
      const tr = list.find((t) => t.from.has(stage));
      inState(tr !== undefined, customName === undefined ? 'no policy transition leaves this state' : `the policy has no "${customName}" transition from ${stage}`);
      // The hold of the custom state the account is in does not keep it from leaving.
      freezeGuard(d, 'escalation', 'policy transitions', out, stateHoldId(stage));
      // A policy transition into legal referral passes the same guards as a legal referral; it
      // carries no statement about the limitation period, so an unknown status refuses it.
      if (customName !== undefined && tr?.to === 'referredToLegal') legalGuards(d, undefined, out);
      break;
    }
    default: {
      const kind = HOLD_EVENT[type];
      if (kind !== undefined && hasHold(d, kind)) out.push(reason(EscalationReasonCodes.ESCALATION_ALREADY_ACTIVE, 'holdOnce', `A ${HOLD_DEFAULTS[kind].label} hold is already in force.`));
      const release = RELEASE_EVENT[type];
      if (release !== undefined && !hasHold(d, release)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'holdExists', `${type} needs an active ${HOLD_DEFAULTS[release].label} hold.`));
      if (type === 'deathNotified' && hasHold(d, 'deceased')) out.push(reason(EscalationReasonCodes.ESCALATION_ALREADY_ACTIVE, 'holdOnce', 'The consumer is already recorded as deceased.'));
      if (type === 'paymentReversed' && !d.a.payments.some((x) => !x.reversed)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'paymentExists', 'There is no posted payment to reverse.'));
      if (type === 'holdLifted' && !d.a.holds.some((h) => h.source === 'holdPlaced')) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'holdExists', 'There is no hold placed with holdPlaced to lift.'));
    }
  }
  policyGuards(d, p, customName ?? type, out);
  return out;
}

/**
 * The limitation-period guards of a legal action (12 CFR 1006.26(b)): refused on a time-barred
 * debt; refused when the status is unknown (no limitation period) unless the caller states the
 * debt is within the period (`within`); refused when the caller states it is not.
 */
function legalGuards(d: Draft, within: boolean | undefined, out: RejectionReason[]): void {
  const l = d.a.limitations;
  if (l.timeBarred) {
    out.push(reason(EscalationReasonCodes.ESCALATION_TIME_BARRED, 'noTimeBarredLegalAction', `The debt is time-barred since ${l.timeBarredOn ?? ''}: a debt collector must not bring or threaten a legal action (12 CFR 1006.26(b)).`, '12 CFR 1006.26(b)'));
  } else if (within === false) {
    out.push(reason(EscalationReasonCodes.ESCALATION_TIME_BARRED, 'noTimeBarredLegalAction', 'The event says the debt is not within the limitation period: a debt collector must not bring or threaten a legal action (12 CFR 1006.26(b)).', '12 CFR 1006.26(b)'));
  } else if (l.years === null && within !== true) {
    out.push(
      reason(
        EscalationReasonCodes.ESCALATION_LIMITATION_STATUS_UNKNOWN,
        'limitationStatusKnown',
        'The limitation status is unknown: the account has no jurisdiction and no limitation period. Give "withinLimitationPeriod: true" on the event once you have checked that the debt is within the limitation period, or open the account with "limitations.jurisdiction" or "limitations.years" (12 CFR 1006.26(b)).',
        '12 CFR 1006.26(b)',
      ),
    );
  }
}

function policyGuards(d: Draft, p: CompiledPolicy, name: string, out: RejectionReason[]): void {
  for (const g of p.guards) {
    if (!g.events.includes(name)) continue;
    const w = g.when;
    if (w.states !== undefined && !w.states.includes(d.a.stage)) continue;
    if (w.holds !== undefined && !d.a.holds.some((h) => w.holds?.includes(h.kind))) continue;
    if (w.minDaysPastDue !== undefined && d.a.daysPastDue < w.minDaysPastDue) continue;
    if (w.maxDaysPastDue !== undefined && d.a.daysPastDue > w.maxDaysPastDue) continue;
    if (w.balanceBelow !== undefined && minor(d.a.balance, d.a.currency) >= minor(w.balanceBelow, d.a.currency)) continue;
    // An unknown limitation status meets either condition: the guard refuses (the strict answer).
    if (w.timeBarred !== undefined && d.a.limitations.years !== null && d.a.limitations.timeBarred !== w.timeBarred) continue;
    if (w.jurisdictions !== undefined && (d.a.limitations.jurisdiction === null || !w.jurisdictions.includes(d.a.limitations.jurisdiction))) continue;
    out.push(reason(EscalationReasonCodes.ESCALATION_POLICY_GUARD, g.id, g.description, g.citation ?? null));
  }
}

/** Checks that need the event's payload. */
function payloadGuards(d: Draft, p: CompiledPolicy, ev: EscalationEvent, out: RejectionReason[]): void {
  const cur = d.a.currency;
  switch (ev.type) {
    case 'legalReferral':
      if (!d.a.limitations.timeBarred) legalGuards(d, ev.withinLimitationPeriod, out);
      break;
    case 'planInstallmentMissed': {
      const plan = d.a.arrangement;
      if (plan?.kind !== 'paymentPlan') break;
      const index = plan.installments.findIndex((i) => i.dueDate === ev.dueDate);
      if (index < 0) {
        out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'planInstallmentExists', `The payment plan has no installment due ${ev.dueDate}.`));
      } else if (index < plan.nextInstallment) {
        out.push(reason(EscalationReasonCodes.ESCALATION_ALREADY_ACTIVE, 'planInstallmentChecked', `The installment due ${ev.dueDate} was already checked when its tolerance of ${p.timers.planGraceDays} days ran out (missed or paid); record a paymentReversed for a payment that did not clear.`));
      } else {
        const missedOn = dayOf(ev.dueDate) + p.timers.planGraceDays + 1;
        out.push(reason(EscalationReasonCodes.ESCALATION_WITHIN_TOLERANCE, 'planMissTolerance', `The installment due ${ev.dueDate} counts as missed only from ${dateOf(missedOn)}, after the policy's tolerance of ${p.timers.planGraceDays} days; the machine counts it then by itself.`));
      }
      break;
    }
    case 'paymentReversed': {
      const pay = d.a.payments.find((x) => x.id === ev.paymentId);
      if (pay === undefined || pay.reversed) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'paymentExists', `No posted, unreversed payment has the id "${ev.paymentId}".`));
      break;
    }
    case 'holdLifted': {
      const h = d.a.holds.find((x) => x.id === ev.holdId);
      if (h === undefined) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_FOUND, 'holdExists', `No active hold has the id "${ev.holdId}".`));
      else if (h.source !== 'holdPlaced') out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'holdRelease', `The ${HOLD_DEFAULTS[h.kind].label} hold is lifted by its own event, not by holdLifted.`));
      break;
    }
    case 'holdPlaced': {
      const id = ev.holdId ?? `${ev.kind}`;
      if (d.a.holds.some((h) => h.id === id)) out.push(reason(EscalationReasonCodes.ESCALATION_ALREADY_ACTIVE, 'holdOnce', `A hold with the id "${id}" is already in force.`));
      if (ev.endDate !== undefined && dayOf(ev.endDate) < dayOf(ev.date)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'holdDates', 'A hold cannot end before it starts (endDate is its last day, included).'));
      break;
    }
    case 'hardshipGranted':
      if (ev.endDate !== undefined && dayOf(ev.endDate) < dayOf(ev.date)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'holdDates', 'A hardship cannot end before it starts (endDate is its last day, included).'));
      break;
    case 'promiseMade':
    case 'settlementAccepted':
      if (dayOf(ev.dueDate) < dayOf(ev.date)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'arrangementDates', 'The due date is before the day of the agreement.'));
      if (minor(ev.amount, cur) > minor(d.a.balance, cur)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'arrangementAmount', `${ev.amount} is more than the balance owed (${d.a.balance}).`));
      break;
    case 'planAgreed': {
      let total = 0n;
      let prev = dayOf(ev.date) - 1;
      for (const inst of ev.installments) {
        total += minor(inst.amount, cur);
        const day = dayOf(inst.dueDate);
        if (day <= prev) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'arrangementDates', 'Plan installments must fall on or after the day of the agreement, in increasing order.'));
        prev = day;
      }
      if (total > minor(d.a.balance, cur)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'arrangementAmount', `The plan totals ${amount(total, cur)}, more than the balance owed (${d.a.balance}).`));
      break;
    }
    case 'servicememberNotice':
      if (ev.serviceEnd !== undefined && dayOf(ev.date) > dayOf(ev.serviceEnd) + 180) {
        out.push(reason(EscalationReasonCodes.ESCALATION_SCRA_NOTICE_LATE, 'scraNoticeWindow', `The notice came more than 180 days after military service ended on ${ev.serviceEnd}.`, '50 U.S.C. 3937(b)(1)'));
      }
      if (ev.serviceEnd !== undefined && dayOf(ev.serviceEnd) < dayOf(ev.serviceStart)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'holdDates', 'Service ends before it starts.'));
      if (hasHold(d, 'servicemember')) out.push(reason(EscalationReasonCodes.ESCALATION_ALREADY_ACTIVE, 'holdOnce', 'A servicemember hold is already in force.'));
      break;
    case 'installmentDue':
      if (sumDues(d.a.dues, cur) + minor(ev.amount, cur) > minor(d.a.balance, cur)) {
        out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'duesWithinBalance', `The installments due would total more than the balance owed (${d.a.balance}); adjust the balance first.`));
      }
      break;
    case 'balanceAdjusted': {
      const next = minor(d.a.balance, cur) + minor(ev.amount, cur);
      if (next < sumDues(d.a.dues, cur)) out.push(reason(EscalationReasonCodes.ESCALATION_NOT_ALLOWED_IN_STATE, 'balanceCoversDues', `The balance would fall below the installments still owed (${amount(sumDues(d.a.dues, cur), cur)}).`));
      break;
    }
    default:
      break;
  }
}

/** Every reason to refuse `ev` now; empty when it is allowed. */
export function guard(d: Draft, p: CompiledPolicy, ev: EscalationEvent): RejectionReason[] {
  const out = typeGuards(d, p, ev.type, ev.type === 'custom' ? ev.name : undefined);
  if (out.length > 0 && out[0]?.code === EscalationReasonCodes.ESCALATION_ACCOUNT_CLOSED) return out;
  payloadGuards(d, p, ev, out);
  if (out.length < 2) return out;
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.code}|${r.guard}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Applying events (the guard has passed; the clock is at the event's date)

function newHold(p: CompiledPolicy, kind: HoldKind, id: string, t: number, end: number | null, source: string, why: string, freezes?: { [K in keyof HoldFreezes]?: boolean | undefined }, addressee?: 'attorney' | 'estate'): Hold {
  const clean: Partial<HoldFreezes> = {};
  if (freezes !== undefined) for (const [k, v] of Object.entries(freezes)) if (v !== undefined) clean[k as keyof HoldFreezes] = v;
  const hold: Hold = { id, kind, reason: why, start: dateOf(t), end: end === null ? null : dateOf(end), source, citation: HOLD_DEFAULTS[kind].citation, freezes: { ...p.freezes[kind], ...clean } };
  if (addressee !== undefined) hold.addressee = addressee;
  return hold;
}

function placeHold(d: Draft, p: CompiledPolicy, t: number, cause: Cause, hold: Hold, why: string, actions: EscalationAction[] = []): void {
  setHolds(d, appended(d.a.holds, hold), t);
  enter(d, p, t, cause, d.a.stage, 'hold.placed', why, actions);
}

function liftHold(d: Draft, p: CompiledPolicy, t: number, cause: Cause, id: string, why: string, actions: EscalationAction[] = []): void {
  const contactWas = frozen(d, 'contact');
  setHolds(d, d.a.holds.filter((h) => h.id !== id), t);
  recomputeDaysPastDue(d);
  if (contactWas && !frozen(d, 'contact')) actions.push(makeAction('resumeContact', t, 'No hold freezes contact any more.'));
  enter(d, p, t, cause, d.a.stage, 'hold.lifted', why, actions);
  rederive(d, p, t, cause);
}

function settle(d: Draft, p: CompiledPolicy, t: number, cause: Cause, to: string, rule: string, why: string): void {
  d.a.arrangement = null;
  enter(d, p, t, cause, to, rule, why, [makeAction('closeAccount', t, why)]);
}

/** Applies an allowed event at its date. */
export function apply(d: Draft, p: CompiledPolicy, ev: EscalationEvent, seq: number): void {
  const t = dayOf(ev.date);
  const cause: Cause = { event: ev.type, seq };
  const cur = d.a.currency;
  const stage = d.a.stage;
  switch (ev.type) {
    case 'installmentDue': {
      const due = ev.dueDate ?? ev.date;
      d.a.dues = addDue(d.a.dues, due, minor(ev.amount, cur), cur);
      recomputeDaysPastDue(d);
      enter(d, p, t, cause, stage, 'ledger.installmentDue', `An installment of ${ev.amount} is due on ${due}.`);
      rederive(d, p, t, cause);
      return;
    }
    case 'paymentReceived': {
      const units = minor(ev.amount, cur);
      const balance = minor(d.a.balance, cur);
      const toBalance = units < balance ? units : balance;
      const applied = applyToDues(d.a.dues, toBalance, cur);
      d.a.dues = applied.dues;
      d.a.balance = amount(balance - toBalance, cur);
      const id = ev.paymentId ?? `p${seq}`;
      d.a.payments = appended(d.a.payments, { id, date: ev.date, amount: amount(toBalance, cur), applied: applied.applied, reversed: false });
      recomputeDaysPastDue(d);
      const extra = units > balance ? [makeAction('notify', t, `Overpayment of ${amount(units - balance, cur)} to refund.`, { notice: 'refundOverpayment' })] : NO_ACTIONS;
      enter(d, p, t, cause, stage, 'ledger.payment', `Payment of ${ev.amount} posted${applied.applied.length > 0 ? ` to the installments due ${applied.applied.map((a) => a.dueDate).join(', ')}` : ''}; balance ${d.a.balance}.`, extra);
      const arr = d.a.arrangement;
      if (arr !== null && arr.kind !== 'hardship') {
        const paid = minor(arr.paid, cur) + toBalance;
        if (arr.kind === 'settlementPending' && paid >= minor(arr.amount, cur)) {
          settle(d, p, t, cause, 'settled', 'settlement.paid', `The settlement of ${arr.amount} is paid in full.`);
          return;
        }
        d.a.arrangement = { ...arr, paid: amount(paid, cur) };
        if (arr.kind === 'promiseToPay' && paid >= minor(arr.amount, cur)) {
          d.a.arrangement = null;
          d.a.counters = { ...d.a.counters, keptPromises: d.a.counters.keptPromises + 1 };
          enter(d, p, t, cause, d.a.stage, 'promise.kept', `The promise to pay ${arr.amount} by ${arr.dueDate} is kept.`);
        } else if (arr.kind === 'paymentPlan') {
          let total = 0n;
          for (const inst of arr.installments) total += minor(inst.amount, cur);
          if (paid >= total) {
            d.a.arrangement = null;
            enter(d, p, t, cause, d.a.stage, 'plan.completed', `Every plan installment is paid (${amount(total, cur)}).`);
          }
        }
      }
      if (d.a.balance === amount(0n, cur)) {
        settle(d, p, t, cause, 'paidInFull', 'ledger.paidInFull', 'The balance is paid in full.');
        return;
      }
      rederive(d, p, t, cause);
      return;
    }
    case 'paymentReversed': {
      const index = d.a.payments.findIndex((x) => x.id === ev.paymentId && !x.reversed);
      const pay = d.a.payments[index] as (typeof d.a.payments)[number];
      let dues = d.a.dues;
      for (const part of pay.applied) dues = addDue(dues, part.dueDate, minor(part.amount, cur), cur);
      d.a.dues = dues;
      d.a.balance = amount(minor(d.a.balance, cur) + minor(pay.amount, cur), cur);
      const payments = copied(d.a.payments);
      payments[index] = { ...pay, reversed: true };
      d.a.payments = payments;
      const arr = d.a.arrangement;
      if (arr !== null && arr.kind !== 'hardship' && dayOf(pay.date) >= dayOf(arr.since)) {
        const paid = minor(arr.paid, cur) - minor(pay.amount, cur);
        d.a.arrangement = { ...arr, paid: amount(paid > 0n ? paid : 0n, cur) };
      }
      recomputeDaysPastDue(d);
      enter(d, p, t, cause, stage, 'ledger.paymentReversed', `Payment "${pay.id}" of ${pay.amount} (${pay.date}) was reversed${ev.reason === undefined ? '' : ` (${ev.reason})`}: the installments it paid are owed again.`);
      rederive(d, p, t, cause);
      return;
    }
    case 'balanceAdjusted':
      d.a.balance = amount(minor(d.a.balance, cur) + minor(ev.amount, cur), cur);
      enter(d, p, t, cause, stage, 'ledger.adjusted', `Balance adjusted by ${ev.amount} (${ev.reason}); balance ${d.a.balance}.`);
      return;
    case 'promiseMade': {
      const breaks = dayOf(ev.dueDate) + p.timers.promiseGraceDays + 1;
      d.a.arrangement = { kind: 'promiseToPay', since: ev.date, amount: amount(minor(ev.amount, cur), cur), dueDate: ev.dueDate, paid: amount(0n, cur), breaksOn: dateOf(breaks) };
      enter(d, p, t, cause, stage, 'promise.made', `Promise to pay ${ev.amount} by ${ev.dueDate}; escalation waits until ${dateOf(breaks)}.`, [
        makeAction('scheduleReminder', t, 'Remind the consumer of the promise.', { on: ev.dueDate, notice: 'promiseReminder' }),
      ]);
      return;
    }
    case 'planAgreed': {
      const replaced = d.a.arrangement?.kind === 'promiseToPay' ? ' It replaces the open promise.' : '';
      d.a.arrangement = {
        kind: 'paymentPlan',
        since: ev.date,
        installments: ev.installments.map((i) => ({ dueDate: i.dueDate, amount: amount(minor(i.amount, cur), cur) })),
        paid: amount(0n, cur),
        missed: 0,
        nextInstallment: 0,
      };
      enter(d, p, t, cause, stage, 'plan.agreed', `Payment plan of ${ev.installments.length} installment(s) agreed.${replaced}`);
      return;
    }
    case 'planInstallmentMissed':
      // The guards refuse every report: an installment within the tolerance is not missed yet,
      // and the machine counts one past it by itself (checkPlan) before any later event.
      return;
    case 'planBroken':
      breakPlan(d, p, t, cause, 'reported broken.');
      rederive(d, p, t, cause);
      return;
    case 'planCompleted':
      d.a.arrangement = null;
      enter(d, p, t, cause, stage, 'plan.completed', 'The payment plan is reported complete.');
      rederive(d, p, t, cause);
      return;
    case 'hardshipGranted': {
      const end = ev.endDate === undefined ? null : dayOf(ev.endDate);
      d.a.arrangement = { kind: 'hardship', start: ev.date, end: ev.endDate ?? null };
      placeHold(d, p, t, cause, newHold(p, 'hardship', 'hardship', t, end, ev.type, ev.reason ?? 'Hardship forbearance.'), `Hardship granted${ev.endDate === undefined ? '' : ` through ${ev.endDate}`}: the clock, fees and escalation pause.`);
      return;
    }
    case 'hardshipEnded':
      d.a.arrangement = null;
      liftHold(d, p, t, cause, 'hardship', 'The hardship arrangement ended.');
      return;
    case 'settlementAccepted': {
      const lapses = dayOf(ev.dueDate) + p.timers.settlementGraceDays + 1;
      d.a.arrangement = { kind: 'settlementPending', since: ev.date, amount: amount(minor(ev.amount, cur), cur), dueDate: ev.dueDate, paid: amount(0n, cur), lapsesOn: dateOf(lapses) };
      enter(d, p, t, cause, stage, 'settlement.accepted', `Settlement of ${ev.amount} accepted, due ${ev.dueDate}.`);
      return;
    }
    case 'settlementPaid':
      settle(d, p, t, cause, 'settled', 'settlement.paid', 'The settlement is reported paid.');
      return;
    case 'disputeReceived': {
      const within = ev.withinValidationPeriod ?? true;
      const why = within
        ? 'Dispute received within the validation period: collection stops until verification is sent (12 CFR 1006.38(d)(2)).'
        : 'Dispute received outside the validation period: 12 CFR 1006.38(d)(2) does not require a pause, the policy pauses anyway until verification is sent.';
      placeHold(d, p, t, cause, newHold(p, 'dispute', 'dispute', t, null, ev.type, ev.reason ?? why), why, [
        makeAction('obtainVerification', t, 'Obtain verification of the debt to answer the dispute.', { citation: '12 CFR 1006.38(d)(2)' }),
        makeAction('stopCollection', t, 'Collection stops until verification is sent.', { citation: '12 CFR 1006.38(d)(2)' }),
      ]);
      return;
    }
    case 'ceaseRequested':
      placeHold(d, p, t, cause, newHold(p, 'ceaseCommunication', 'ceaseCommunication', t, null, ev.type, 'The consumer asked in writing to stop communication.'), 'Cease-communication request: contact stops except the notices 12 CFR 1006.6(c)(2) permits; payments still post.', [
        makeAction('stopContact', t, 'Cease-communication request.', { citation: '12 CFR 1006.6(c)' }),
      ]);
      return;
    case 'attorneyNotice':
      placeHold(d, p, t, cause, newHold(p, 'attorney', 'attorney', t, null, ev.type, ev.attorney === undefined ? 'Represented by an attorney.' : `Represented by ${ev.attorney}.`, undefined, 'attorney'), 'The consumer is represented by an attorney: communications go to the attorney, not the consumer (12 CFR 1006.6(b)(2)).', [
        makeAction('stopContact', t, 'Route communication to the attorney.', { citation: '12 CFR 1006.6(b)(2)' }),
      ]);
      return;
    case 'bankruptcyFiled':
      placeHold(d, p, t, cause, newHold(p, 'bankruptcy', 'bankruptcy', t, null, ev.type, `Bankruptcy petition filed${ev.chapter === undefined ? '' : ` (chapter ${ev.chapter})`}.`), 'Bankruptcy filed: the automatic stay stops every collection act; only payment posting continues (11 U.S.C. 362(a)).', [
        makeAction('stopCollection', t, 'Automatic stay.', { citation: '11 U.S.C. 362(a)' }),
        makeAction('stopContact', t, 'Automatic stay.', { citation: '11 U.S.C. 362(a)' }),
      ]);
      return;
    case 'bankruptcyDismissed':
      liftHold(d, p, t, cause, 'bankruptcy', 'The bankruptcy case was dismissed: the stay ends and collection resumes.', [makeAction('resumeCollection', t, 'Bankruptcy dismissed.')]);
      return;
    case 'bankruptcyDischarged':
      settle(d, p, t, cause, 'discharged', 'bankruptcy.discharged', 'The debt was discharged in bankruptcy: collection is barred (11 U.S.C. 524(a)).');
      return;
    case 'deathNotified':
      if (ev.estate === 'none') {
        settle(d, p, t, cause, 'closedDeceased', 'deceased.noEstate', 'The consumer died with no estate: the account is closed.');
      } else {
        const open = ev.estate === 'open';
        placeHold(d, p, t, cause, newHold(p, 'deceased', 'deceased', t, null, ev.type, open ? 'The consumer is deceased; the estate is open.' : 'The consumer is deceased; whether there is an estate is unknown.', undefined, open ? 'estate' : undefined), open ? 'The consumer is deceased: communications go only to the person authorized to act for the estate (12 CFR 1006.6(a)(4)).' : 'The consumer is deceased and whether there is an estate is unknown: communications are held back until the estate is known (12 CFR 1006.6(a)(4)).', [
          makeAction('stopContact', t, 'Contact only the estate representative.', { citation: '12 CFR 1006.6(a)(4)' }),
        ]);
      }
      return;
    case 'servicememberNotice': {
      let end: number | null = null;
      // The last day protected, included: the last day of service, or one year after it for a
      // mortgage (50 U.S.C. 3937(a)(1)).
      if (ev.serviceEnd !== undefined) end = ev.mortgage === true ? dayOf(timeBarredFrom(ev.serviceEnd, 1)) : dayOf(ev.serviceEnd);
      if (end !== null && end < t) end = null;
      const hold = newHold(p, 'servicemember', 'servicemember', t, end, ev.type, `Military service from ${ev.serviceStart}${ev.serviceEnd === undefined ? '' : ` to ${ev.serviceEnd}`}.`);
      placeHold(d, p, t, cause, hold, `Servicemember notice: interest (fees included) is capped at 6% a year from ${ev.serviceStart} for the period of service${ev.mortgage === true ? ' and one year after (mortgage)' : ''} (50 U.S.C. 3937(a), (c)).`, [
        makeAction('applyInterestRateCap', t, 'SCRA interest cap on a pre-service obligation; the excess is forgiven.', { annualRate: '0.06', startDate: ev.serviceStart, citation: '50 U.S.C. 3937' }),
      ]);
      return;
    }
    case 'fraudClaimed':
      placeHold(d, p, t, cause, newHold(p, 'fraudClaim', 'fraudClaim', t, null, ev.type, 'Fraud or identity theft claimed.'), 'Fraud claimed: collection stops while it is reviewed.', [makeAction('stopCollection', t, 'Fraud claim under review.')]);
      return;
    case 'fraudResolved':
      liftHold(d, p, t, cause, 'fraudClaim', ev.confirmed ? 'The fraud claim was confirmed.' : 'The fraud claim was not confirmed: collection resumes.', ev.confirmed ? [makeAction('notify', t, 'Fraud confirmed: the consumer does not owe the debt.', { notice: 'fraudConfirmed' })] : []);
      return;
    case 'holdPlaced': {
      const id = ev.holdId ?? ev.kind;
      placeHold(d, p, t, cause, newHold(p, ev.kind, id, t, ev.endDate === undefined ? null : dayOf(ev.endDate), ev.type, ev.reason, ev.freezes), `Hold "${id}" placed: ${ev.reason}`);
      return;
    }
    case 'holdLifted':
      liftHold(d, p, t, cause, ev.holdId, `Hold "${ev.holdId}" lifted.`);
      return;
    case 'verificationSent':
      liftHold(d, p, t, cause, 'dispute', 'Verification sent: the dispute hold is lifted (12 CFR 1006.38(d)(2)).', [makeAction('resumeCollection', t, 'Verification sent.')]);
      return;
    case 'ceaseWithdrawn':
      liftHold(d, p, t, cause, 'ceaseCommunication', 'The consumer withdrew the cease-communication request.');
      return;
    case 'attorneyWithdrawn':
      liftHold(d, p, t, cause, 'attorney', 'The attorney no longer represents the consumer.');
      return;
    case 'communicationMade': {
      const spoken = ev.channel === 'inPerson' || ev.channel === 'telephone';
      if (spoken && ev.spokeWithConsumer !== true) {
        enter(
          d,
          p,
          t,
          cause,
          stage,
          'communication.made',
          `A ${ev.channel === 'inPerson' ? 'visit' : 'call'} the event does not say was a conversation with the consumer ("spokeWithConsumer" missing or false): it is not speaking to the consumer and does not open credit reporting (12 CFR 1006.30(a)(1)(i)).`,
        );
        return;
      }
      noteCommunication(d, p, t, { date: dateOf(t), channel: ev.channel, outcome: spoken ? 'spoke' : 'sent' });
      const from = d.a.communication.reportableFrom;
      const open = from !== null && dayOf(from) <= t;
      enter(
        d,
        p,
        t,
        cause,
        stage,
        'communication.made',
        spoken
          ? `Spoke to the consumer about the debt: credit reporting is allowed${open && dayOf(from) < t ? ` (since ${from})` : ''} (12 CFR 1006.30(a)(1)(i)).`
          : open
            ? `A ${ev.channel === 'letter' ? 'letter' : 'electronic message'} about the debt went out; credit reporting is already allowed since ${from} (12 CFR 1006.30(a)(1)).`
            : `A ${ev.channel === 'letter' ? 'letter' : 'electronic message'} about the debt went out: credit reporting is allowed from ${from ?? '-'} unless a notice of undeliverability arrives before then (12 CFR 1006.30(a)(1)(ii)).`,
      );
      return;
    }
    case 'communicationUndeliverable': {
      const before = d.a.communication.reportableFrom;
      noteCommunication(d, p, t, { date: dateOf(t), channel: null, outcome: 'undeliverable' });
      const after = d.a.communication.reportableFrom;
      let why: string;
      if (after !== null && dayOf(after) <= t) why = `Notice of undeliverability: credit reporting stays allowed since ${after}; no letter or message it could concern is still in its wait (12 CFR 1006.30(a)(1)(ii)).`;
      else if (before === null) why = 'Notice of undeliverability: no letter or message was waiting (12 CFR 1006.30(a)(1)(ii)).';
      else if (after === null) why = 'Notice of undeliverability within the waiting period: no credit reporting until another communication (12 CFR 1006.30(a)(1)(ii)).';
      else why = `Notice of undeliverability within the waiting period: credit reporting is allowed from ${after} (12 CFR 1006.30(a)(1)(ii)).`;
      enter(d, p, t, cause, stage, 'communication.undeliverable', why);
      return;
    }
    case 'chargeOff':
      d.a.arrangement = null;
      enter(d, p, t, cause, 'chargedOff', 'chargeOff.manual', 'Charged off by decision.', p.chargeOffActions.map((tpl) => fromTemplate(tpl, t, 'Charge-off.')), p.chargeOffActions);
      return;
    case 'placedWithAgency':
      enter(d, p, t, cause, 'placed', 'placement', `Placed with ${ev.agency ?? 'a collection agency'}: the agency sends the validation notice (12 CFR 1006.34).`, [
        makeAction('sendValidationNotice', t, 'A new debt collector must give validation information (12 CFR 1006.34(a)).', { citation: '12 CFR 1006.34' }),
      ]);
      return;
    case 'recalled':
      enter(d, p, t, cause, 'recalled', 'placement.recalled', 'Recalled from the agency: closed for the agency.', [makeAction('closeAccount', t, 'Recalled.')]);
      return;
    case 'legalReferral':
      d.withinLimitationPeriod = ev.withinLimitationPeriod === true;
      enter(
        d,
        p,
        t,
        cause,
        'referredToLegal',
        'legal.referral',
        d.a.limitations.years === null
          ? 'Referred for legal review: the caller states the debt is within the limitation period (the account has none); undisputed and not under a stay.'
          : 'Referred for legal review: the debt is within the limitation period, undisputed and not under a stay.',
        [makeAction('requestLegalReview', t, 'Legal referral.')],
      );
      d.withinLimitationPeriod = false;
      return;
    case 'sold':
      settle(d, p, t, cause, 'sold', 'sold', `Sold${ev.buyer === undefined ? '' : ` to ${ev.buyer}`}.`);
      return;
    case 'writtenOff':
      settle(d, p, t, cause, 'writtenOff', 'writtenOff', 'Written off.');
      return;
    case 'custom': {
      const tr = (p.customTransitions.get(ev.name) ?? []).find((x) => x.from.has(stage));
      if (tr === undefined) return;
      const to = tr.to ?? justifiedStage(d, p, t);
      const why = tr.description ?? (tr.to === null ? `Policy transition "${ev.name}": back to the stage ${d.a.daysPastDue} effective days past due justify.` : `Policy transition "${ev.name}".`);
      enter(d, p, t, cause, to, `policy.${ev.name}`, why, tr.actions.map((tpl) => fromTemplate(tpl, t, `Policy transition ${ev.name}.`)), tr.actions);
      if (p.terminal.has(to)) d.a.arrangement = null;
      return;
    }
  }
}

/** Opens the account's stage on day `t` (no crossing entries: the account arrives in that state). */
export function openStage(d: Draft, p: CompiledPolicy, t: number, stage: string | undefined): void {
  recomputeDaysPastDue(d);
  const to = stage ?? justifiedStage(d, p, t);
  const why = to === 'current' ? 'Account opened; nothing past due.' : `Account opened in ${to} (${d.a.daysPastDue} effective days past due).`;
  enter(d, p, t, { event: 'opened', seq: null }, to, 'account.opened', why);
  noteTimeBar(d, p, t, TIME, false);
  setNextReview(d, p);
}
