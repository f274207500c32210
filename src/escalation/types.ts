import type { DeepReadonly } from '../internal/readonly.js';
import type * as z from 'zod/mini';
import type { EscalationEventSchema, EscalationOpenSchema, EscalationPolicySchema } from './schemas.js';
import type { EscalationReasonCode } from './codes.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import type { CalendarDate } from '../calendar/types.js';

/** What {@link createEscalation} accepts as a policy; see {@link EscalationPolicySchema}. */
export type EscalationPolicyInput = DeepReadonly<z.input<typeof EscalationPolicySchema>>;

/** What `initialState` accepts; see {@link EscalationOpenSchema}. */
export type EscalationOpenInput = DeepReadonly<z.input<typeof EscalationOpenSchema>>;

/** One event as `transition` accepts it; see {@link EscalationEventSchema}. */
export type EscalationEventInput = DeepReadonly<z.input<(typeof EscalationEventSchema)['def']['out']>>;

/** One event after parsing; see {@link EscalationEventSchema}. */
export type EscalationEvent = z.output<typeof EscalationEventSchema>;

/** The `type` of an event. */
export type EscalationEventType = EscalationEvent['type'];


/** The kind of a hold. */
export type HoldKind =
  | 'dispute'
  | 'bankruptcy'
  | 'ceaseCommunication'
  | 'attorney'
  | 'deceased'
  | 'servicemember'
  | 'hardship'
  | 'disaster'
  | 'fraudClaim'
  | 'manual'
  | 'exempt';

/** What a hold freezes; see {@link HoldFreezesSchema}. */
export interface HoldFreezes {
  /** The days-past-due clock stops. */
  clock: boolean;
  /** No contact with the consumer (actions of category `contact`). */
  contact: boolean;
  /** No fees (actions of category `fees`). */
  fees: boolean;
  /** No promises, plans or settlements, and no offers. */
  offers: boolean;
  /** No stage moves up, no charge-off, placement, sale or custom transition. */
  escalation: boolean;
  /** No legal referral or legal review. */
  legal: boolean;
  /** No credit reporting. */
  reporting: boolean;
}

/** A hold: a legal or business pause that sits beside the stage. Holds stack; lifting one never lifts another. */
export interface Hold {
  /** Unique among the account's active holds (the kind, or the caller's id for manual holds). */
  id: string;
  /** The kind. */
  kind: HoldKind;
  /** Why it was placed. */
  reason: string;
  /** The day it started. */
  start: CalendarDate;
  /** The last day it is in force (included: the hold is lifted the day after), or `null` while it has no end date. */
  end: CalendarDate | null;
  /** The event type that placed it. */
  source: string;
  /** The rule behind it. */
  citation: string | null;
  /** What it freezes. */
  freezes: HoldFreezes;
  /**
   * Whom communications go to instead of the consumer while the hold is active: `'attorney'`
   * (12 CFR 1006.6(b)(2)), `'estate'` (the person authorized to act for the estate, 1006.6(a)(4)).
   * Missing on other holds.
   */
  addressee?: 'attorney' | 'estate';
}

/** An installment due and not yet paid (the part still owed). */
export interface Due {
  /** The due date. */
  dueDate: CalendarDate;
  /** The amount still owed on it. */
  amount: string;
}

/** A promise to pay, beside the stage. */
export interface PromiseArrangement {
  /** Discriminant. */
  kind: 'promiseToPay';
  /** The day it was made. */
  agreedOn: CalendarDate;
  /** The amount promised. */
  amount: string;
  /** The day it is due. */
  dueDate: CalendarDate;
  /** Paid toward it so far. */
  paid: string;
  /** The day it is broken if not kept (due date + grace + 1). */
  breaksOn: CalendarDate;
}

/** A payment plan, beside the stage. */
export interface PlanArrangement {
  /** Discriminant. */
  kind: 'paymentPlan';
  /** The day it was agreed. */
  agreedOn: CalendarDate;
  /** The installments. */
  installments: Due[];
  /** Paid toward it so far. */
  paid: string;
  /** Installments missed beyond the tolerance so far. */
  missed: number;
  /** Index of the next installment to check. */
  nextInstallment: number;
}

/** A settlement accepted and not yet paid. */
export interface SettlementArrangement {
  /** Discriminant. */
  kind: 'settlementPending';
  /** The day it was accepted. */
  agreedOn: CalendarDate;
  /** The amount that settles the debt. */
  amount: string;
  /** The day it is due. */
  dueDate: CalendarDate;
  /** Paid toward it so far. */
  paid: string;
  /** The day it lapses if unpaid (due date + grace + 1). */
  lapsesOn: CalendarDate;
}

/** A hardship arrangement (forbearance), with its hold. */
export interface HardshipArrangement {
  /** Discriminant. */
  kind: 'hardship';
  /** The day it was granted (the first day of the forbearance). */
  start: CalendarDate;
  /** The last day of the forbearance (included), or `null` until `hardshipEnded`. */
  end: CalendarDate | null;
}

/** The arrangement beside the stage, at most one at a time. */
export type Arrangement = PromiseArrangement | PlanArrangement | SettlementArrangement | HardshipArrangement;

/** A payment posted, kept so that a reversal can undo exactly what it did. */
export interface PaymentRecord {
  /** The caller's id, or `p<seq>`. */
  id: string;
  /** The day posted. */
  date: CalendarDate;
  /** The amount. */
  amount: string;
  /** The amount applied to each installment, oldest first. */
  applied: Due[];
  /** Whether it was reversed. */
  reversed: boolean;
}

/** An event as recorded in the account's log. */
export interface LoggedEvent {
  /** Recording sequence number, from 1. */
  seq: number;
  /** The account's clock when it was recorded. */
  clock: CalendarDate;
  /** The day it was recorded. */
  recordedOn: CalendarDate;
  /** The event, as parsed. */
  event: EscalationEvent;
}

/** The category of an action: what a hold must leave unfrozen for it to go out. */
export type ActionCategory = 'contact' | 'fees' | 'offers' | 'reporting' | 'legal' | 'internal';

/**
 * Whom an action is for, so that a caller can route it: `consumer`, `attorney` (the consumer's
 * attorney, under an attorney hold), `estate` (the person authorized to act for a deceased
 * consumer's estate), `consumerReportingAgency`, or `internal` (the collector itself).
 */
export type ActionAddressee = 'consumer' | 'attorney' | 'estate' | 'consumerReportingAgency' | 'internal';

/** Something the caller should do: pure data. */
export interface EscalationAction {
  /** The action type (`sendNotice`, `assessLateFee`, `reportToBureau`, `stopContact`, ...). */
  type: string;
  /** The day it became due. */
  date: CalendarDate;
  /** Its category. */
  category: ActionCategory;
  /**
   * Whom it is for. Communications with the consumer go to the attorney under an attorney hold
   * and to the estate under a deceased hold with an open estate. (Missing on the actions of audit
   * entries written before this field existed.)
   */
  addressee: ActionAddressee;
  /** The notice or template name, for notices. */
  notice?: string;
  /** The due date of the installment it is about (a missed plan installment). */
  dueDate?: CalendarDate;
  /** The day to schedule it on, for `scheduleReminder`. */
  scheduledOn?: CalendarDate;
  /** The annual rate cap, for `applyInterestRateCap` (`'0.06'`). */
  annualRate?: string;
  /** The first day a cap or a status applies. */
  startDate?: CalendarDate;
  /** The rule behind it. */
  citation?: string;
  /** Why, as a sentence. */
  message: string;
}

/** An action that a hold or a rule kept from going out, and why. */
export interface SuppressedAction {
  /** The action that did not go out. */
  action: EscalationAction;
  /** The hold ids or the rule that stopped it. */
  by: string[];
  /** Why, as a sentence. */
  message: string;
}

/** What marks the first audit entry of a replay after a back-dated event. */
export interface AuditCorrection {
  /** The day the back-dated event was recorded. */
  recordedOn: CalendarDate;
  /** The audit `seq` numbers whose effect the replay replaces (they stay in the trail). */
  supersedes: number[];
}

/** A period when the days-past-due clock was stopped: `{ start, end }`, both days included. */
export interface ClockStop {
  /** The first day stopped. */
  start: CalendarDate;
  /** The last day stopped (the clock runs again the day after), or `null` while stopped. */
  end: CalendarDate | null;
}

/** One line of the audit trail: a move (or a self-move) of the account, with its reasons. */
export interface AuditEntry {
  /** Position in the trail, from 1. */
  seq: number;
  /** The day the move took effect. */
  date: CalendarDate;
  /** The event type, or `'time'` for a move made by `advance`. */
  event: string;
  /** The log sequence number of the event, when an event caused it. */
  eventSeq: number | null;
  /** The state before. */
  from: string;
  /** The state after. */
  to: string;
  /** The rule that fired (`stage.daysPastDue`, `hold.placed`, `promise.broken`, ...). */
  rule: string;
  /** Why, as a sentence. */
  message: string;
  /** Effective days past due after the move. */
  daysPastDue: number;
  /** Active hold ids after the move. */
  holds: string[];
  /** Actions emitted. */
  actions: EscalationAction[];
  /** Actions held back, with the reason. */
  suppressed: SuppressedAction[];
  /** For the first entry of a replay after a back-dated event: when it was recorded and the entries it supersedes. */
  correction: AuditCorrection | null;
}

/** Statute-of-limitations facts of the account. */
export interface LimitationsState {
  /** The jurisdiction, or `null`. */
  jurisdiction: string | null;
  /**
   * The kind of debt; `'unknown'` when the opening did not say, and then the shorter of the
   * jurisdiction's two periods applies.
   */
  debtKind: 'writtenContract' | 'openAccount' | 'unknown';
  /**
   * The period in years, or `null` when unknown (no jurisdiction and no `years` at opening): the
   * limitation status is then unknown, a legal referral needs `withinLimitationPeriod: true` on
   * the event and notices that threaten suit are held back.
   */
  years: number | null;
  /** The accrual day fixed by the caller, or `null` for the default (the day after the oldest unpaid due date). */
  accruedOn: CalendarDate | null;
  /** The first day the debt is time-barred, or `null` when unknown. */
  timeBarredOn: CalendarDate | null;
  /** Whether the debt is time-barred as of the account's clock. */
  timeBarred: boolean;
}

/** Communication facts that gate credit reporting (12 CFR 1006.30(a)). */
export interface CommunicationState {
  /** The first day reporting is allowed, or `null` while no qualifying communication has been made. */
  reportingAllowedOn: CalendarDate | null;
  /** Whether a report is waiting for that day. */
  reportPending: boolean;
  /** The last day a report went out. */
  reportedOn: CalendarDate | null;
  /**
   * The facts the reporting rule reads (conversations with the consumer, letters and electronic
   * messages sent, notices of undeliverability), until reporting is allowed; facts older than
   * the wait that did not allow it are dropped. `reportingAllowedOn` is recomputed from them
   * whenever the machine did not write the account itself. Missing in accounts stored by
   * earlier versions: no fact is known, so reporting waits for a new communication.
   */
  history?: readonly CommunicationFact[];
}

/**
 * One communication fact of the reporting rule (12 CFR 1006.30(a)(1)): the collector `spoke`
 * with the consumer about the debt in person or by telephone, `sent` a letter or electronic
 * message to the consumer about it, or received a notice that one was `undeliverable`.
 */
export interface CommunicationFact {
  /** The day it happened. */
  date: CalendarDate;
  /** How: `inPerson` or `telephone` for a conversation, `letter` or `electronic` for a message; `null` for a notice of undeliverability. */
  channel: 'inPerson' | 'telephone' | 'letter' | 'electronic' | null;
  /** What happened. */
  outcome: 'spoke' | 'sent' | 'undeliverable';
}

/** Counters kept for policy and `explain`. */
export interface EscalationCounters {
  /** Promises broken. */
  brokenPromises: number;
  /** Promises kept. */
  keptPromises: number;
  /** Plans broken. */
  brokenPlans: number;
}

/**
 * The state of one account: plain JSON that round-trips through `JSON.stringify`/`JSON.parse`.
 * Treat it as opaque data to store and pass back; read any field.
 */
export interface EscalationAccount {
  /** The format tag, `'arrears.escalation/1'`. */
  format: 'arrears.escalation/1';
  /** The caller's account id, or `null`. */
  accountId: string | null;
  /** ISO 4217 currency of every amount. */
  currency: string;
  /** The day the machine started following the account. */
  openedOn: CalendarDate;
  /**
   * The clock: the last day something happened to the account (it opened, an event was
   * applied, or a time-based rule was due). Every time-based rule has been applied through this
   * day, and none is due before `nextReviewOn`: the account stays exactly as it is until then,
   * so `advance` to an earlier day returns this very object and leaves `clock` where it is. Use
   * `countDaysPastDue(account, day)` for the day counts on a later day.
   */
  clock: CalendarDate;
  /** The current state (a ladder stage, a collection state, a custom state or a terminal state). */
  stage: string;
  /** The day it entered the current state. */
  stageEnteredOn: CalendarDate;
  /** The balance owed. */
  balance: string;
  /** Installments still owed, oldest first. */
  dues: Due[];
  /** Effective days past due on `clock`: days since the oldest unpaid due date, minus days under a hold that stops the clock (derived). */
  daysPastDue: number;
  /** Days of the current delinquency under a clock-stopping hold, on `clock` (derived). */
  pausedDays: number;
  /** Periods when the clock was stopped, `[from, to)`; `to` is `null` while stopped. */
  clockStops: ClockStop[];
  /** Active holds. */
  holds: Hold[];
  /** The arrangement beside the stage, or `null`. */
  arrangement: Arrangement | null;
  /** Counters. */
  counters: EscalationCounters;
  /** Credit-reporting gate. */
  communication: CommunicationState;
  /** Statute of limitations. */
  limitations: LimitationsState;
  /** Payments posted. */
  payments: PaymentRecord[];
  /**
   * The next day a time-based rule is due, or `null` (derived: a machine recomputes it, with the
   * day counts and the time bar, for any account it did not write itself).
   */
  nextReviewOn: CalendarDate | null;
  /** The opening input, for replay. */
  opening: EscalationOpenInput;
  /** Every accepted event, in recording order. */
  log: LoggedEvent[];
  /** The audit trail, append-only. */
  audit: AuditEntry[];
}

/** One reason a guard refused an event (internal: a refusal returns these as violation {@link arrears!Finding}s). */
export interface RejectionReason {
  /** The reason code. */
  code: EscalationReasonCode;
  /** The guard that refused (`noTimeBarredLegalAction`, `bankruptcyStay`, a policy guard id, ...). */
  guard: string;
  /** Why, as a sentence. */
  message: string;
  /** The rule behind it, when there is one. */
  citation: string | null;
}

/**
 * What `transition` and `advance` return when the event is accepted: `ok: true`, no findings,
 * the new account, the actions and the audit entries of the call.
 */
export interface EscalationAccepted {
  /** Always `true` here. */
  readonly ok: true;
  /** Always empty here (an accepted event has no violation). */
  readonly findings: readonly Finding[];
  /** The new state. */
  readonly account: EscalationAccount;
  /** What the caller should do, in order. */
  readonly actions: readonly EscalationAction[];
  /** The audit entries appended by this call, in order. */
  readonly audit: readonly AuditEntry[];
}

/**
 * What `advance` returns: the account, what the time-based rules did, and the day counts on the
 * day asked for (the account's `clock` stays on the last day something happened, see
 * {@link EscalationAccount}). Not a verdict: `advance` applies rules that are due and never
 * refuses (a malformed account or date is an error), so it has no `ok` and no `findings`.
 */
export interface EscalationAdvanced {
  /** The account, advanced: the very same object when no rule was due (identity means "unchanged"). */
  readonly account: EscalationAccount;
  /** The actions the rules emitted, in date order. */
  readonly actions: readonly EscalationAction[];
  /** The audit entries appended, one per move. */
  readonly audit: readonly AuditEntry[];
  /** Effective days past due on the day asked for. */
  readonly daysPastDue: number;
  /** Days of the current delinquency paused by clock-stopping holds, on `asOf`. */
  readonly pausedDays: number;
}

/**
 * What `transition` returns when the event is refused: `ok: false`, the account unchanged and
 * one violation {@link arrears!Finding} per guard that refused (first the one that decided),
 * each with a code of {@link EscalationReasonCodes}, a sentence, the citation when a rule of law
 * is behind it, and `details: { guard, event, state }`.
 */
export interface EscalationRefused {
  /** Always `false` here. */
  readonly ok: false;
  /** Why: the violations, first the one that decided. */
  readonly findings: readonly Finding[];
  /** The account, unchanged. */
  readonly account: EscalationAccount;
  /** Always empty. */
  readonly actions: readonly EscalationAction[];
  /** Always empty: a refusal changes nothing. */
  readonly audit: readonly AuditEntry[];
}

/** Effective days past due on a given day; see `countDaysPastDue`. */
export interface EscalationDayCount {
  /** The day counted to. */
  asOf: CalendarDate;
  /** Effective days past due on that day. */
  daysPastDue: number;
  /** Days of the current delinquency paused by clock-stopping holds, on that day. */
  pausedDays: number;
}

/** The result of `transition` or `advance`. */
export type EscalationResult = EscalationAccepted | EscalationRefused;

/** One step of an explanation. */
export interface ExplanationStep {
  /** When. */
  date: CalendarDate;
  /** From which state. */
  from: string;
  /** To which state. */
  to: string;
  /** What caused it. */
  event: string;
  /** The rule. */
  rule: string;
  /** Why. */
  message: string;
}

/** Why the account is where it is, from its audit trail; see `explain`. */
export interface EscalationExplanation {
  /** The current state. */
  stage: string;
  /** The day the account entered its current stage. */
  stageEnteredOn: CalendarDate;
  /** Whether the state is terminal. */
  terminal: boolean;
  /** Effective days past due. */
  daysPastDue: number;
  /** The oldest unpaid due date that has passed, or `null`. */
  oldestUnpaidDueDate: CalendarDate | null;
  /** Days paused by holds in the current delinquency. */
  pausedDays: number;
  /** Active hold ids. */
  holds: string[];
  /** The arrangement kind, or `null`. */
  arrangement: string | null;
  /** Whether the debt is time-barred. */
  timeBarred: boolean;
  /** The limitation status: `'unknown'` when the account has no limitation period (no jurisdiction and no years). */
  limitationStatus: 'withinPeriod' | 'timeBarred' | 'unknown';
  /** Facts the account lacks and what the machine assumes without them (warnings), as findings. */
  findings: Finding[];
  /** The moves that led to the current state, since the account was last current (or opened). */
  steps: ExplanationStep[];
  /** The explanation as sentences. */
  summary: string[];
}

/** One row of the statute-of-limitations table. */
export interface StatuteOfLimitations {
  /** Two-letter code. */
  jurisdiction: string;
  /** Name of the state. */
  name: string;
  /** Years for actions on written contracts. */
  writtenContract: number;
  /** Citation for the written-contract period. */
  writtenContractCitation: string;
  /** Years for open accounts (credit cards), where the state has a distinct rule; else the same as written contracts. */
  openAccount: number;
  /** Citation for the open-account period. */
  openAccountCitation: string;
  /** Whether the statute text was read from a primary or authoritative source for this table. */
  verified: boolean;
  /** Where it was read, or what is uncertain. */
  source: string;
  /** Caveats. */
  note: string | null;
}

/** A compiled escalation machine; see {@link createEscalation}. */
export interface EscalationMachine {
  /** The effective policy (defaults merged), plain JSON. */
  readonly policy: z.input<typeof EscalationPolicySchema>;
  /** Opens an account; see {@link EscalationOpenSchema}. */
  initialState(input: EscalationOpenInput): EscalationAccount;
  /** Applies one event (advancing the clock to its date first, or replaying when it is back-dated). */
  transition(account: EscalationAccount, event: EscalationEventInput): EscalationResult;
  /**
   * Applies every time-based rule due up to `asOf`, one transition per stage crossed. When no
   * rule is due, returns the very same account object: identity means "unchanged".
   */
  advance(account: EscalationAccount, asOf: CalendarDate): EscalationAdvanced;
  /** Effective days past due (and paused days) on `asOf`, after the rules due up to it. */
  countDaysPastDue(account: EscalationAccount, asOf: CalendarDate): EscalationDayCount;
  /** The event types the account accepts now (payload-independent guards). */
  allowedEvents(account: EscalationAccount): EscalationEventType[];
  /** Whether this event would be accepted now, without applying it. */
  can(account: EscalationAccount, event: EscalationEventInput): boolean;
  /** Why the account is where it is; with `asOf`, after the rules due up to that day and with its day counts. */
  explain(account: EscalationAccount, asOf?: CalendarDate): EscalationExplanation;
  /** Rebuilds the account from its opening and its log: equal to the account when nothing was tampered with. */
  replay(account: EscalationAccount): EscalationAccount;
  /** The policy's graph as a Mermaid `stateDiagram-v2`. */
  toMermaid(): string;
  /** `initialState` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeInitialState(input: unknown): ArrearsResult<EscalationAccount>;
  /** `transition` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeTransition(account: unknown, event: unknown): ArrearsResult<EscalationResult>;
  /** `advance` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeAdvance(account: unknown, asOf: unknown): ArrearsResult<EscalationAdvanced>;
  /** `countDaysPastDue` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeCountDaysPastDue(account: unknown, asOf: unknown): ArrearsResult<EscalationDayCount>;
  /** `allowedEvents` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeAllowedEvents(account: unknown): ArrearsResult<EscalationEventType[]>;
  /** `can` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeCan(account: unknown, event: unknown): ArrearsResult<boolean>;
  /** `explain` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeExplain(account: unknown, asOf?: unknown): ArrearsResult<EscalationExplanation>;
  /** `replay` that returns `{ success, data | error }` instead of throwing; takes anything. */
  safeReplay(account: unknown): ArrearsResult<EscalationAccount>;
}
