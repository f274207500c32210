import { MessageTextErrorCodes } from './text-codes.js';

/**
 * The error codes of `arrears/messages`, one list for the whole module. A message that breaks a
 * rule is not an error: it comes back from {@link checkMessage} as a finding. These codes are
 * for input that is malformed (a policy phrase that is not a valid pattern, an unknown rule id),
 * an option that would have no effect, or text the writing functions refuse to write (a
 * consequence the terms do not declare); a refusal a rule of law causes carries the rule's id
 * instead (`REGF-UNAUTH-AMOUNT`, `REGF-TIMEBARRED-THREAT`, `REGF-FALSE-AMOUNT`,
 * `REGF-VN-RECONCILE`, `REGF-SOCIAL`, `REGF-ENVELOPE`, `REGF-LCM-BUSINESS-NAME`). Generic schema failures use the {@link arrears!CoreErrorCodes}; a bad amount
 * or currency uses the money codes (`MONEY_INVALID_AMOUNT`, `MONEY_UNKNOWN_CURRENCY`).
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { MessagesErrorCodes } from 'arrears/messages';
 * MessagesErrorCodes.MESSAGES_INVALID_PATTERN; // => 'MESSAGES_INVALID_PATTERN'
 * MessagesErrorCodes.MESSAGES_CONSEQUENCE_NOT_DECLARED; // => 'MESSAGES_CONSEQUENCE_NOT_DECLARED'
 * ```
 */
export const MessagesErrorCodes = {
  /** The codes of the writing functions ({@link reminderText}, {@link describePlan}, {@link validationNotice}). */
  ...MessageTextErrorCodes,
  /** A lexicon or policy phrase is not a valid phrase pattern (see docs/messages.md). */
  MESSAGES_INVALID_PATTERN: 'MESSAGES_INVALID_PATTERN',
  /** A policy names a rule id that is not in the catalogue (nor a custom rule of the same policy). */
  MESSAGES_UNKNOWN_RULE: 'MESSAGES_UNKNOWN_RULE',
  /** A custom rule reuses the id of a built-in rule, or two custom rules share an id. */
  MESSAGES_DUPLICATE_RULE: 'MESSAGES_DUPLICATE_RULE',
  /** A policy loosens a rule (switches it off or caps its severity) without a written `reason`. */
  MESSAGES_POLICY_LOOSENS_RULE: 'MESSAGES_POLICY_LOOSENS_RULE',
  /** A jurisdiction is not an ISO 3166-2 code of the form `US`, `US-MA` or `US-NY-NYC`. */
  MESSAGES_INVALID_JURISDICTION: 'MESSAGES_INVALID_JURISDICTION',
} as const;

/**
 * One of the {@link MessagesErrorCodes}.
 */
export type MessagesErrorCode = (typeof MessagesErrorCodes)[keyof typeof MessagesErrorCodes];
