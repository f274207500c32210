/**
 * The error codes of `arrears/compliance`. Codes are public API: renaming one is a breaking
 * change. Generic schema failures (wrong type, missing field) use the
 * {@link arrears!CoreErrorCodes}; bad instants and time zones use the calendar codes
 * (`CALENDAR_INVALID_INSTANT`, `CALENDAR_UNKNOWN_TIME_ZONE`).
 *
 * A contact that the law forbids is not an error: {@link checkContact} returns it as a
 * violation. These codes are for input that is malformed or asks for something impossible.
 *
 * @example
 * ```ts
 * import { ComplianceErrorCodes } from 'arrears/compliance';
 * ComplianceErrorCodes.COMPLIANCE_UNKNOWN_STATE; // => 'COMPLIANCE_UNKNOWN_STATE'
 * ```
 */
export const ComplianceErrorCodes = {
  /** `consumer.jurisdiction` (or a definition's `states`) is not the ISO 3166-2 code of a US state, district or territory. */
  COMPLIANCE_UNKNOWN_STATE: 'COMPLIANCE_UNKNOWN_STATE',
  /** A jurisdiction id is neither built in nor defined in the input's `jurisdictions`. */
  COMPLIANCE_UNKNOWN_JURISDICTION: 'COMPLIANCE_UNKNOWN_JURISDICTION',
  /** A custom jurisdiction reuses the id of a built-in one, or two share an id. */
  COMPLIANCE_DUPLICATE_JURISDICTION: 'COMPLIANCE_DUPLICATE_JURISDICTION',
  /** An attempt names a debt that is not in `debts`. */
  COMPLIANCE_UNKNOWN_DEBT: 'COMPLIANCE_UNKNOWN_DEBT',
  /** The proposed contact lies before `checkedAt` and the policy does not allow checking past contacts. */
  COMPLIANCE_ATTEMPT_IN_PAST: 'COMPLIANCE_ATTEMPT_IN_PAST',
  /** A history entry lies after `checkedAt`: history is what already happened. */
  COMPLIANCE_HISTORY_AFTER_CHECKED_AT: 'COMPLIANCE_HISTORY_AFTER_CHECKED_AT',
  /** A policy tries to loosen a legal rule (a calling window wider than 08:00-21:00). */
  COMPLIANCE_POLICY_LOOSER_THAN_LAW: 'COMPLIANCE_POLICY_LOOSER_THAN_LAW',
  /** A local time window is malformed: its end is not after its start, or a time is not on a whole minute (`'08:00:30'`). A time that is not a wall-clock time at all is calendar's `CALENDAR_INVALID_TIME`. */
  COMPLIANCE_INVALID_WINDOW: 'COMPLIANCE_INVALID_WINDOW',
  /** {@link getContactRule}: the id is not in the rule catalogue. */
  COMPLIANCE_UNKNOWN_RULE: 'COMPLIANCE_UNKNOWN_RULE',
  /** A batch attempt refers to an account that is not in the batch. */
  COMPLIANCE_UNKNOWN_ACCOUNT: 'COMPLIANCE_UNKNOWN_ACCOUNT',
} as const;

/**
 * One of the {@link ComplianceErrorCodes}.
 */
export type ComplianceErrorCode = (typeof ComplianceErrorCodes)[keyof typeof ComplianceErrorCodes];
