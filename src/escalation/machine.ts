import { CalendarDateSchema } from '../calendar/index.js';
import { attempt, CoreErrorCodes, DomainRuleError, isArrearsError, ValidationError } from '../errors/index.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { appended, deepFreeze, NO_HOLDS, seal, sealedBy, sealFacts } from './account.js';
import type { Counting, SealFacts } from './account.js';
import { checkAccountFacts, plainCopy } from './account-check.js';
import { EscalationErrorCodes } from './codes.js';
import { dayOf, knownDay } from './days.js';
import { apply, clockRunning, Draft, guard, isTerminal, noteTimeBar, openStage, runUntil, setNextReview, typeGuards, withDerivedFields } from './engine.js';
import { checkEvent } from './event-check.js';
import { effectiveEntries, explainAccount } from './explain.js';
import { checkAgainstLog, projectLog } from './log-check.js';
import { amount, mergeDues, minor, sumDues } from './ledger.js';
import { limitationYears } from './limitations-years.js';
import { toMermaidDiagram } from './mermaid.js';
import { compilePolicy } from './policy.js';
import { EscalationAccountSchema, EscalationEventSchema, EscalationOpenSchema, MAX_ACCOUNT_AUDIT_ENTRIES, MAX_ACCOUNT_EVENTS } from './schemas.js';
import { EVENT_TYPES } from './states.js';
import type {
  AuditEntry,
  Due,
  EscalationAccepted,
  EscalationAdvanced,
  EscalationAccount,
  EscalationAction,
  EscalationDayCount,
  EscalationEvent,
  EscalationEventInput,
  EscalationEventType,
  EscalationExplanation,
  EscalationMachine,
  EscalationOpenInput,
  EscalationPolicyInput,
  EscalationResult,
  LoggedEvent,
  RejectionReason,
} from './types.js';

/** A day number from a date argument: memoised for valid strings, checked otherwise. */
function readDay(value: unknown, path: Array<string | number>): number {
  return knownDay(value) ?? dayOf(parseInput(CalendarDateSchema, value, path));
}

/** The findings of every accepted result: none (shared, frozen). */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function accepted(account: EscalationAccount, actions: EscalationAction[], audit: AuditEntry[]): EscalationAccepted {
  return { ok: true, findings: NO_FINDINGS, account, actions, audit };
}

/** A refusal's reasons as violation findings (`details`: the guard, the event and the state). */
function violations(reasons: readonly RejectionReason[], event: string, state: string): Finding[] {
  return reasons.map((r) => ({
    code: r.code,
    severity: 'violation' as const,
    message: r.message,
    ...(r.citation === null ? {} : { citation: r.citation }),
    details: { guard: r.guard, event, state },
  }));
}

/**
 * Creates an escalation machine for a policy (the default consumer process when omitted). The
 * machine is pure: every method returns new plain-JSON state and never mutates its input.
 *
 * - `initialState(input)` opens an account (see {@link EscalationOpenSchema}).
 * - `transition(account, event)` applies one event (see {@link EscalationEventSchema}): it first
 *   advances the clock to the event's date, then checks the guards. The result is a verdict:
 *   `{ ok: true, findings: [], account, actions, audit }`, or for a refused event `{ ok: false,
 *   findings }` with one violation finding per guard (codes of {@link EscalationReasonCodes},
 *   citations), never thrown. An event dated before the account's clock (a back-dated event)
 *   replays the account from that day; the audit trail keeps every earlier entry and appends a
 *   correction.
 * - `advance(account, asOf)` applies every time-based rule due up to `asOf`, in date order: one
 *   transition per stage crossed, each on the day its threshold was reached. Idempotent for the
 *   same `asOf`; advancing day by day gives the same account as one call for the last day. When
 *   no rule is due up to `asOf` (before the account's `nextReviewOn`) it returns the very same
 *   account object: identity means "unchanged". The account's `clock` is the last day
 *   something happened to it (its `daysPastDue` is the count on that day); the result's
 *   `daysPastDue` and `pausedDays` are the counts on `asOf`. It is no verdict (it never refuses):
 *   `{ account, actions, audit, daysPastDue, pausedDays }`.
 * - `countDaysPastDue(account, asOf)`: effective days past due and paused days on `asOf`.
 * - `allowedEvents`, `can`, `explain` (optionally as of a day), `replay`, `toMermaid`.
 *
 * The machine trusts only the exact account objects it returned (stamped with a private field
 * and frozen). Any other object (a JSON copy from storage, a spread copy with an edited field,
 * a Proxy) is copied, validated with {@link EscalationAccountSchema} and fact by fact
 * (`ESCALATION_INVALID_ACCOUNT`), checked against a replay of its own log
 * (`ESCALATION_ACCOUNT_LOG_MISMATCH`), and its derived fields (`daysPastDue`, `pausedDays`,
 * `limitations.timeBarredOn`, `limitations.timeBarred`, `nextReviewOn`) are recomputed from the
 * account's facts, so a stale or edited cache cannot make the machine skip a rule. Every method
 * has a `safe*` twin that takes anything and returns `{ success, data | error }`.
 *
 * @param policy - an {@link EscalationPolicySchema} value; missing keys take the defaults of
 *   {@link DEFAULT_ESCALATION_POLICY}
 * @returns the machine
 * @throws {@link arrears!ValidationError} for a malformed policy, `ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER`,
 *   `ESCALATION_POLICY_UNREACHABLE_STATE` or `ESCALATION_POLICY_UNKNOWN_STATE`
 *
 * @example
 * ```ts
 * import { createEscalation } from 'arrears/escalation';
 * const machine = createEscalation();
 * const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }] });
 * const later = machine.advance(opened, '2026-02-20');
 * later.audit.map((e) => [e.date, e.to]); // => [['2026-01-16', 'grace'], ['2026-01-31', 'early'], ['2026-02-15', 'mid']]
 * [later.account.clock, later.account.daysPastDue, later.daysPastDue]; // => ['2026-02-15', 31, 36]
 * machine.advance(later.account, '2026-02-21').account === later.account; // => true
 * machine.countDaysPastDue(later.account, '2026-02-21').daysPastDue; // => 37
 * const refused = machine.transition(later.account, { type: 'legalReferral', date: '2026-02-21' });
 * [refused.ok, refused.findings[0]?.code]; // => [false, 'ESCALATION_NOT_ALLOWED_IN_STATE']
 * machine.transition(later.account, { type: 'teleport', date: '2026-02-21' }); // throws ESCALATION_UNKNOWN_EVENT
 * ```
 */
export function createEscalation(policy?: EscalationPolicyInput): EscalationMachine {
  const p = compilePolicy(policy);
  // Accounts this machine returned are trusted without re-validation: each carries the
  // machine's token in a private field and is frozen (see account.ts). Anything else (a JSON
  // copy, a spread copy, an object built by hand, an account of another machine) is copied,
  // validated and has its derived fields recomputed, once per call.
  const token: object = {};

  /** How the day counts of `a` move after its clock (computed before `seal` freezes the hold array). */
  const countingOf = (a: EscalationAccount): Counting => {
    // The delinquency clock runs when the oldest unpaid installment is past due, that is when
    // the day counts are not both zero (they sum to the days since that due date); a hold may
    // stop it. A terminal account's counts stay.
    if (a.daysPastDue + a.pausedDays === 0 || p.terminal.has(a.stage)) return 'still';
    return clockRunning(a.holds) ? 'runs' : 'paused';
  };

  const own = (account: EscalationAccount, source?: EscalationAccount): EscalationAccount => seal(account, { token, clockDay: dayOf(account.clock), counting: countingOf(account) }, source);

  const readAccount = (value: unknown): EscalationAccount => {
    if (sealedBy(value, token)) return value;
    // A plain-JSON copy first: validation and the rules then read the same values, whatever
    // getters, proxies or prototypes the object had, and the caller's object is never frozen.
    const copy = plainCopy(value);
    parseInput(EscalationAccountSchema, copy, ['account']);
    const account = copy as EscalationAccount;
    const known = (state: string): boolean => p.states.has(state);
    const bad = [account.stage, ...account.audit.flatMap((e) => [e.from, e.to])].find((s) => !known(s));
    if (bad !== undefined) {
      throw new ValidationError([{ code: EscalationErrorCodes.ESCALATION_INVALID_ACCOUNT, path: ['account', 'stage'], message: `"account.stage": "${bad}" is not a state of this policy.` }]);
    }
    checkAccountFacts(account, p);
    // Derived fields (day counts, time bar, next review) are recomputed, never trusted: a
    // tampered or stale `nextReviewOn` must not make `advance` skip a rule.
    const derived = withDerivedFields(account, p);
    // What the log decides (holds, counters, arrangement, payments, the stage timeline...) must
    // be what the account says: one replay of the log, event by event (see log-check.ts).
    checkAgainstLog(derived, openedFrom(account), p);
    return own(derived);
  };

  /** The account the machine opens from a stored account's opening; an opening it refuses makes the account invalid. */
  const openedFrom = (account: EscalationAccount): EscalationAccount => {
    try {
      return initialState(account.opening);
    } catch (error) {
      if (!isArrearsError(error)) throw error;
      throw new ValidationError([{ code: EscalationErrorCodes.ESCALATION_INVALID_ACCOUNT, path: ['account', 'opening'], message: `"account.opening": this machine does not open an account from it (${error.message})` }], { cause: error });
    }
  };

  const finish = (d: Draft): EscalationAccount => own(d.settled(), d.source);

  const initialState = (input: EscalationOpenInput): EscalationAccount => {
    const o = parseInput(EscalationOpenSchema, input, ['input']);
    const cur = o.currency;
    const t = dayOf(o.openedOn);
    const balance = minor(o.balance, cur);
    const dues: Due[] = mergeDues(o.dues ?? [], cur);
    if (sumDues(dues, cur) > balance) {
      throw new DomainRuleError(EscalationErrorCodes.ESCALATION_DUES_EXCEED_BALANCE, `"input.dues": the installments due total more than the balance owed (${o.balance}).`, { path: ['input', 'dues'] });
    }
    const l = o.limitations ?? {};
    // Without a debt kind, the shorter of the two periods (the strict answer); without a
    // jurisdiction and years, no period: the limitation status is unknown (see engine.legalGuards).
    const kind = l.debtKind ?? 'unknown';
    const years = l.years ?? (l.jurisdiction === undefined ? null : limitationYears(p, l.jurisdiction, kind));
    const opening = deepFreeze(JSON.parse(JSON.stringify(input)) as EscalationOpenInput);
    const blank: EscalationAccount = {
      format: 'arrears.escalation/1',
      accountId: o.accountId ?? null,
      currency: cur,
      openedOn: o.openedOn,
      clock: o.openedOn,
      stage: 'current',
      stageEnteredOn: o.openedOn,
      balance: amount(balance, cur),
      dues,
      daysPastDue: 0,
      pausedDays: 0,
      clockStops: [],
      holds: NO_HOLDS,
      arrangement: null,
      counters: { brokenPromises: 0, keptPromises: 0, brokenPlans: 0 },
      communication: { reportingAllowedOn: null, reportPending: false, reportedOn: null, history: [] },
      limitations: { jurisdiction: l.jurisdiction ?? null, debtKind: kind, years, accruedOn: l.accruedOn ?? null, timeBarredOn: null, timeBarred: false },
      payments: [],
      nextReviewOn: null,
      opening,
      log: [],
      audit: [],
    };
    const d = new Draft(blank);
    openStage(d, p, t, o.stage);
    return own(d.settled());
  };

  /** Applies a parsed event; the account is trusted. */
  const transitionParsed = (acc: EscalationAccount, ev: EscalationEvent, recordedOn: string): EscalationResult => {
    const last = acc.log[acc.log.length - 1];
    if (last !== undefined && dayOf(recordedOn) < dayOf(last.recordedOn)) {
      throw new DomainRuleError(
        EscalationErrorCodes.ESCALATION_EVENT_OUT_OF_ORDER,
        `"event.recordedOn": the event is recorded on ${recordedOn}, before the last recorded event (${last.recordedOn}); the log is append-only. Record a back-dated event with a later "recordedOn".`,
        { path: ['event', ev.recordedOn === undefined ? 'date' : 'recordedOn'] },
      );
    }
    if (dayOf(ev.date) < dayOf(acc.openedOn)) {
      throw new DomainRuleError(EscalationErrorCodes.ESCALATION_EVENT_OUT_OF_ORDER, `"event.date": ${ev.date} is before the account was opened (${acc.openedOn}).`, { path: ['event', 'date'] });
    }
    const t = dayOf(ev.date);
    const clock = dayOf(acc.clock);
    if (acc.log.length >= MAX_ACCOUNT_EVENTS || acc.audit.length >= MAX_ACCOUNT_AUDIT_ENTRIES) {
      throw new DomainRuleError(
        EscalationErrorCodes.ESCALATION_LIMIT_EXCEEDED,
        `"account": the account holds ${acc.log.length} events and ${acc.audit.length} audit entries; the bounds are ${MAX_ACCOUNT_EVENTS} and ${MAX_ACCOUNT_AUDIT_ENTRIES}. Archive the account and open a new one from its balance and dues.`,
        { path: ['account', acc.log.length >= MAX_ACCOUNT_EVENTS ? 'log' : 'audit'] },
      );
    }
    // Frozen where it is built: `seal` freezes only the log array (see account.ts).
    const logged: LoggedEvent = Object.freeze({ seq: acc.log.length + 1, clock: acc.clock, recordedOn, event: deepFreeze(ev) });
    if (isTerminal(p, acc.stage) || t >= clock) {
      const d = new Draft(acc);
      runUntil(d, p, t, true);
      const reasons = guard(d, p, ev);
      if (reasons.length > 0) return refuse(acc, ev, d.a.stage, reasons);
      const barred = d.a.limitations.timeBarred;
      apply(d, p, ev, logged.seq);
      noteTimeBar(d, p, t, { event: ev.type, seq: logged.seq }, barred);
      d.a.log = appended(acc.log, logged);
      setNextReview(d, p);
      // An event effective before the day it was recorded: the rules due between the two days
      // apply now, so the account shows the stage the days justify on the recording day and its
      // next review is after it.
      const recorded = dayOf(recordedOn);
      if (recorded > t) runUntil(d, p, recorded, false);
      if (isTerminal(p, d.a.stage)) d.a.nextReviewOn = null;
      return accepted(finish(d), d.out.actions, d.out.audit);
    }
    return backdate(acc, logged);
  };

  const refuse = (acc: EscalationAccount, ev: EscalationEvent, state: string, reasons: RejectionReason[]): EscalationResult => ({
    ok: false,
    findings: violations(reasons, ev.type === 'custom' ? `custom:${ev.name}` : ev.type, state),
    account: acc,
    actions: [],
    audit: [],
  });

  /** The effective timeline of a log: events in date order (then recording order), from the opening. */
  const project = (acc: EscalationAccount, log: readonly LoggedEvent[], until: number): { account: EscalationAccount; voided: Map<number, RejectionReason[]> } =>
    projectLog(initialState(acc.opening), log, until, p);

  const entryKey = (e: AuditEntry): string => JSON.stringify({ ...e, seq: 0 });

  const backdate = (acc: EscalationAccount, logged: LoggedEvent): EscalationResult => {
    const clock = dayOf(acc.clock);
    const log = acc.log.concat([logged]);
    const old = project(acc, acc.log, clock);
    const before = old.account;
    // The replay runs to the recording day when it is after the clock (see transitionParsed).
    const after = project(acc, log, Math.max(clock, dayOf(logged.recordedOn)));
    const refusal = after.voided.get(logged.seq);
    if (refusal !== undefined) return refuse(acc, logged.event, acc.stage, refusal);
    let k = 0;
    while (k < before.audit.length && k < after.account.audit.length && entryKey(before.audit[k] as AuditEntry) === entryKey(after.account.audit[k] as AuditEntry)) k += 1;
    const current = effectiveEntries(acc.audit);
    const superseded = current.slice(k).map((e) => e.seq);
    const replayed = after.account.audit.slice(k);
    const first = replayed[0];
    const previous = after.account.audit[k - 1];
    const voidedText = [...after.voided.keys()].filter((s) => s !== logged.seq && !old.voided.has(s));
    const marker: AuditEntry = {
      seq: acc.audit.length + 1,
      date: first?.date ?? logged.event.date,
      event: logged.event.type,
      eventSeq: logged.seq,
      from: acc.stage,
      to: first?.from ?? after.account.stage,
      rule: 'audit.correction',
      message:
        `Back-dated ${logged.event.type} dated ${logged.event.date}, recorded on ${logged.recordedOn}: the account is replayed from ${first?.date ?? logged.event.date}; ` +
        `${superseded.length} earlier entr${superseded.length === 1 ? 'y is' : 'ies are'} superseded.` +
        (voidedText.length > 0 ? ` Events refused on replay: ${voidedText.map((s) => `#${s}`).join(', ')}.` : ''),
      daysPastDue: previous?.daysPastDue ?? 0,
      holds: previous?.holds ?? [],
      actions: [],
      suppressed: [],
      correction: { recordedOn: logged.recordedOn, supersedes: superseded },
    };
    const appended = replayed.map((e, i) => ({ ...e, seq: acc.audit.length + 2 + i }));
    // Actions already produced by the superseded timeline are not repeated.
    const seen = new Map<string, number>();
    for (const e of before.audit.slice(k)) for (const a of e.actions) seen.set(JSON.stringify(a), (seen.get(JSON.stringify(a)) ?? 0) + 1);
    const actions: EscalationAction[] = [];
    for (const e of appended) {
      for (const a of e.actions) {
        const key = JSON.stringify(a);
        const n = seen.get(key) ?? 0;
        if (n > 0) seen.set(key, n - 1);
        else actions.push(a);
      }
    }
    const next: EscalationAccount = { ...after.account, log, audit: acc.audit.concat([marker], appended) };
    return accepted(own(next), actions, [marker, ...appended]);
  };

  const transition = (account: EscalationAccount, input: EscalationEventInput): EscalationResult => {
    const acc = readAccount(account);
    const ev = checkEvent(input) ?? parseInput(EscalationEventSchema, input, ['event']);
    const recordedOn = ev.recordedOn ?? ev.date;
    if (dayOf(ev.date) > dayOf(recordedOn)) {
      throw new ValidationError([{ code: EscalationErrorCodes.ESCALATION_EVENT_AFTER_RECORDING, path: ['event', 'date'], message: `"event.date": ${ev.date} is after the day it was recorded (${recordedOn}).` }]);
    }
    if (ev.type === 'communicationMade' && ev.spokeWithConsumer !== undefined && (ev.channel === 'letter' || ev.channel === 'electronic')) {
      // An option without effect is an error: a letter or a message is not a conversation.
      throw new ValidationError([{ code: CoreErrorCodes.INPUT_INVALID_VALUE, path: ['event', 'spokeWithConsumer'], message: `"event.spokeWithConsumer" describes a conversation (channel "inPerson" or "telephone"), not a ${ev.channel === 'letter' ? 'letter' : 'electronic message'}; leave it out.` }]);
    }
    return transitionParsed(acc, ev, recordedOn);
  };

  // The last `asOf` checked: a daily pass advances every account to the same day. It starts as
  // a value no caller can pass, so the first call is always validated (`undefined` is junk too).
  let checkedAsOf: unknown = Symbol('unchecked');
  let checkedDay = 0;

  /** An `advance` result: the account and what the rules did, with the day counts of `at` carried forward to the day asked for (no rule is due in between). */
  const advanced = (at: EscalationAccount, actions: EscalationAction[], audit: AuditEntry[], day: number): EscalationAdvanced => {
    // Facts recorded when the account was written (see `countingOf`), not read from its frozen
    // arrays. Five fields, one object: `advance` runs once per account per day.
    let daysPastDue = at.daysPastDue;
    let pausedDays = at.pausedDays;
    const facts = sealFacts(at) as SealFacts;
    if (facts.counting === 'runs') daysPastDue += day - facts.clockDay;
    else if (facts.counting === 'paused') pausedDays += day - facts.clockDay;
    return { account: at, actions, audit, daysPastDue, pausedDays };
  };

  const advance = (account: EscalationAccount, asOf: string): EscalationAdvanced => {
    const acc = readAccount(account);
    if (asOf !== checkedAsOf) {
      checkedDay = readDay(asOf, ['asOf']);
      checkedAsOf = asOf;
    }
    const day = checkedDay;
    // Valid ISO dates compare as strings in date order.
    if (asOf < acc.clock) {
      throw new DomainRuleError(EscalationErrorCodes.ESCALATION_ADVANCE_BACKWARDS, `"asOf": ${asOf} is before the account's clock (${acc.clock}); time only moves forward. Record a back-dated event instead.`, { path: ['asOf'] });
    }
    // Nothing is due up to `asOf`: the account does
    // not change, and the very same object comes back. Its clock stays on the last day
    // something happened; `countDaysPastDue` extends the day counts to any later day.
    const review = acc.nextReviewOn;
    // Fresh empty arrays, not shared frozen ones: a caller's `for...of` over a frozen array
    // takes V8's generic iterator path, which allocates on every call.
    if (review === null || review > asOf) return advanced(acc, [], [], day);
    const d = new Draft(acc);
    runUntil(d, p, day, false);
    return advanced(finish(d), d.out.actions, d.out.audit, day);
  };

  const countDaysPastDue = (account: EscalationAccount, asOf: string): EscalationDayCount => {
    const r = advance(account, asOf);
    return { asOf, daysPastDue: r.daysPastDue, pausedDays: r.pausedDays };
  };

  const allowedEvents = (account: EscalationAccount): EscalationEventType[] => {
    const acc = readAccount(account);
    const d = new Draft(acc);
    return EVENT_TYPES.filter((type) => typeGuards(d, p, type).length === 0);
  };

  const can = (account: EscalationAccount, event: EscalationEventInput): boolean => transition(account, event).ok;

  const replay = (account: EscalationAccount): EscalationAccount => {
    const acc = readAccount(account);
    let state = initialState(acc.opening);
    for (const e of acc.log) {
      if (dayOf(e.clock) > dayOf(state.clock)) state = advance(state, e.clock).account;
      const result = transitionParsed(state, e.event, e.recordedOn);
      state = result.account;
    }
    if (dayOf(acc.clock) > dayOf(state.clock)) state = advance(state, acc.clock).account;
    return state;
  };

  const explain = (account: EscalationAccount, asOf?: string): EscalationExplanation => {
    if (asOf === undefined) return explainAccount(p, readAccount(account));
    const r = advance(account, asOf);
    return explainAccount(p, r.account, { asOf, daysPastDue: r.daysPastDue, pausedDays: r.pausedDays });
  };

  const mermaid = toMermaidDiagram(p);

  return Object.freeze({
    // The compiled policy's JSON: the same shape as the input type, typed without DeepReadonly so
    // typedoc documents it through the schema.
    policy: p.json as EscalationMachine['policy'],
    initialState,
    transition,
    advance,
    countDaysPastDue,
    allowedEvents,
    can,
    explain,
    replay,
    toMermaid: () => mermaid,
    safeInitialState: (input: unknown) => attempt(() => initialState(input as EscalationOpenInput)),
    safeTransition: (account: unknown, event: unknown) => attempt(() => transition(account as EscalationAccount, event as EscalationEventInput)),
    safeAdvance: (account: unknown, asOf: unknown) => attempt(() => advance(account as EscalationAccount, asOf as string)),
    safeCountDaysPastDue: (account: unknown, asOf: unknown) => attempt(() => countDaysPastDue(account as EscalationAccount, asOf as string)),
    safeAllowedEvents: (account: unknown) => attempt(() => allowedEvents(account as EscalationAccount)),
    safeCan: (account: unknown, event: unknown) => attempt(() => can(account as EscalationAccount, event as EscalationEventInput)),
    safeExplain: (account: unknown, asOf?: unknown) => attempt(() => explain(account as EscalationAccount, asOf as string | undefined)),
    safeReplay: (account: unknown) => attempt(() => replay(account as EscalationAccount)),
  });
}

/**
 * The non-throwing twin of {@link createEscalation}: `{ success: true, data: machine }` or
 * `{ success: false, error }` with the typed error a malformed policy gets. The machine's own
 * methods have `safe*` twins too (`safeTransition`, `safeAdvance`, ...).
 *
 * @param policy - anything; an {@link EscalationPolicySchema} value is accepted
 * @returns the machine, or the error
 *
 * @example
 * ```ts
 * import { safeCreateEscalation } from 'arrears/escalation';
 * safeCreateEscalation({ timers: { promiseGraceDays: 5 } }).success; // => true
 * const bad = safeCreateEscalation({ stages: [{ id: 'a', minDaysPastDue: 30 }, { id: 'b', minDaysPastDue: 10 }] });
 * bad.success ? null : bad.error.code; // => 'ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER'
 * ```
 */
export function safeCreateEscalation(policy?: unknown): ArrearsResult<EscalationMachine> {
  return attempt(() => createEscalation(policy as EscalationPolicyInput));
}
