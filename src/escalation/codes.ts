/**
 * The error codes of `arrears/escalation`. Errors are thrown only for malformed input (a
 * {@link arrears!ValidationError}) or a request the machine cannot honour (a
 * {@link arrears!DomainRuleError}); an event that is merely not allowed in the account's
 * current state is not an error but a rejection value (see {@link EscalationReasonCodes}).
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { EscalationErrorCodes, createEscalation } from 'arrears/escalation';
 * EscalationErrorCodes.ESCALATION_UNKNOWN_EVENT; // => 'ESCALATION_UNKNOWN_EVENT'
 * createEscalation({ stages: [{ id: 'early', minDaysPastDue: 30 }, { id: 'mid', minDaysPastDue: 10 }] }); // throws ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER
 * ```
 */
export const EscalationErrorCodes = {
  /** An event's `type` is not one the machine knows (ValidationError). */
  ESCALATION_UNKNOWN_EVENT: 'ESCALATION_UNKNOWN_EVENT',
  /** An event is recorded before the last recorded event, or dated before the account was opened (DomainRuleError). */
  ESCALATION_EVENT_OUT_OF_ORDER: 'ESCALATION_EVENT_OUT_OF_ORDER',
  /** An event is dated after the day it is recorded on (ValidationError). */
  ESCALATION_EVENT_AFTER_RECORDING: 'ESCALATION_EVENT_AFTER_RECORDING',
  /** `advance` was asked to move the clock backwards (DomainRuleError). */
  ESCALATION_ADVANCE_BACKWARDS: 'ESCALATION_ADVANCE_BACKWARDS',
  /** The account state is not one this version wrote: a missing field, a wrong type, a stage the policy does not know (ValidationError). */
  ESCALATION_INVALID_ACCOUNT: 'ESCALATION_INVALID_ACCOUNT',
  /** An account the machine did not return itself does not agree with a replay of its own log under the machine's policy: it was edited, or written by a machine with another policy (ValidationError). */
  ESCALATION_ACCOUNT_LOG_MISMATCH: 'ESCALATION_ACCOUNT_LOG_MISMATCH',
  /** Stage thresholds are not strictly increasing, or start below one day (ValidationError). */
  ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER: 'ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER',
  /** A policy state can never be entered: a stage at or beyond the charge-off threshold, or a custom state no transition leads to from a reachable state (ValidationError). */
  ESCALATION_POLICY_UNREACHABLE_STATE: 'ESCALATION_POLICY_UNREACHABLE_STATE',
  /** A policy names a state twice, reuses a built-in state name, or refers to a state it does not define (ValidationError). */
  ESCALATION_POLICY_UNKNOWN_STATE: 'ESCALATION_POLICY_UNKNOWN_STATE',
  /** The installments due would exceed the balance owed (DomainRuleError). */
  ESCALATION_DUES_EXCEED_BALANCE: 'ESCALATION_DUES_EXCEED_BALANCE',
  /** A jurisdiction is not in the statute-of-limitations table and no override was given (UnsupportedOptionError). */
  ESCALATION_UNKNOWN_JURISDICTION: 'ESCALATION_UNKNOWN_JURISDICTION',
  /** An account would grow past a documented bound (events in its log, entries in its audit trail) (DomainRuleError). */
  ESCALATION_LIMIT_EXCEEDED: 'ESCALATION_LIMIT_EXCEEDED',
} as const;

/**
 * One of the {@link EscalationErrorCodes}.
 */
export type EscalationErrorCode = (typeof EscalationErrorCodes)[keyof typeof EscalationErrorCodes];

/**
 * The reason codes of a refused event: what `transition` returns (as data, never thrown) when
 * an event is well-formed but not allowed in the account's current state. Each finding of a
 * refusal (`ok: false`) carries one of these codes, `severity: 'violation'`, a sentence, where a
 * rule of law is behind it a citation, and in `details` the guard that refused, the event and
 * the state.
 *
 * @example
 * ```ts
 * import { EscalationReasonCodes } from 'arrears/escalation';
 * EscalationReasonCodes.ESCALATION_TIME_BARRED; // => 'ESCALATION_TIME_BARRED'
 * ```
 */
export const EscalationReasonCodes = {
  /** The account is in a terminal state; terminal states are absorbing. */
  ESCALATION_ACCOUNT_CLOSED: 'ESCALATION_ACCOUNT_CLOSED',
  /** The event does not apply in the current state (a recall of an account that was never placed, ...). */
  ESCALATION_NOT_ALLOWED_IN_STATE: 'ESCALATION_NOT_ALLOWED_IN_STATE',
  /** A bankruptcy stay is in force: nothing but payment posting (11 U.S.C. 362(a)). */
  ESCALATION_BANKRUPTCY_STAY: 'ESCALATION_BANKRUPTCY_STAY',
  /** A dispute is open and verification has not been sent (12 CFR 1006.38(d)(2)). */
  ESCALATION_DISPUTE_UNVERIFIED: 'ESCALATION_DISPUTE_UNVERIFIED',
  /** The debt is time-barred: no suit and no threat of suit (12 CFR 1006.26(b)). */
  ESCALATION_TIME_BARRED: 'ESCALATION_TIME_BARRED',
  /**
   * The limitation status is unknown (the account has no jurisdiction and no limitation period)
   * and the event does not state that the debt is within the limitation period (12 CFR 1006.26(b)).
   */
  ESCALATION_LIMITATION_STATUS_UNKNOWN: 'ESCALATION_LIMITATION_STATUS_UNKNOWN',
  /** A plan installment reported missed is still within the policy's tolerance (`timers.planGraceDays`). */
  ESCALATION_WITHIN_TOLERANCE: 'ESCALATION_WITHIN_TOLERANCE',
  /** A hold freezes what the event would do (offers, escalation, legal action, fees). */
  ESCALATION_HOLD_IN_FORCE: 'ESCALATION_HOLD_IN_FORCE',
  /** A guard added by the policy refused the event. */
  ESCALATION_POLICY_GUARD: 'ESCALATION_POLICY_GUARD',
  /** The event refers to something that does not exist (a payment id, a hold id, an arrangement). */
  ESCALATION_NOT_FOUND: 'ESCALATION_NOT_FOUND',
  /** The same hold or arrangement is already in force. */
  ESCALATION_ALREADY_ACTIVE: 'ESCALATION_ALREADY_ACTIVE',
  /** An SCRA notice came more than 180 days after the end of military service (50 U.S.C. 3937(b)(1)). */
  ESCALATION_SCRA_NOTICE_LATE: 'ESCALATION_SCRA_NOTICE_LATE',
} as const;

/**
 * One of the {@link EscalationReasonCodes}.
 */
export type EscalationReasonCode = (typeof EscalationReasonCodes)[keyof typeof EscalationReasonCodes];
