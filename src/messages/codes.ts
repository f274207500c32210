/**
 * The error codes of `arrears/messages`. A message that breaks a rule is not an error: it comes
 * back from {@link checkMessage} as a finding. These codes are for input that is malformed
 * (a policy phrase that is not a valid pattern, an unknown rule id) or an option that would
 * have no effect. Generic schema failures use the {@link arrears!CoreErrorCodes}; a bad amount
 * or currency uses the money codes (`MONEY_INVALID_AMOUNT`, `MONEY_UNKNOWN_CURRENCY`).
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { MessagesErrorCodes } from 'arrears/messages';
 * MessagesErrorCodes.MESSAGES_INVALID_PATTERN; // => 'MESSAGES_INVALID_PATTERN'
 * ```
 */
export const MessagesErrorCodes = {
  /** A lexicon or policy phrase is not a valid phrase pattern (see docs/messages.md). */
  MESSAGES_INVALID_PATTERN: 'MESSAGES_INVALID_PATTERN',
  /** A policy names a rule id that is not in the catalogue (nor a custom rule of the same policy). */
  MESSAGES_UNKNOWN_RULE: 'MESSAGES_UNKNOWN_RULE',
  /** A custom rule reuses the id of a built-in rule, or two custom rules share an id. */
  MESSAGES_DUPLICATE_RULE: 'MESSAGES_DUPLICATE_RULE',
  /** A policy loosens a rule (switches it off or caps its severity) without a written `reason`. */
  MESSAGES_POLICY_LOOSENS_RULE: 'MESSAGES_POLICY_LOOSENS_RULE',
  /** An input field has no effect for this message (a `subject` on a text, `postcard` on an email). */
  MESSAGES_OPTION_WITHOUT_EFFECT: 'MESSAGES_OPTION_WITHOUT_EFFECT',
  /** A jurisdiction is not an ISO 3166-2 code of the form `US`, `US-MA` or `US-NY-NYC`. */
  MESSAGES_INVALID_JURISDICTION: 'MESSAGES_INVALID_JURISDICTION',
} as const;

/**
 * One of the {@link MessagesErrorCodes}.
 */
export type MessagesErrorCode = (typeof MessagesErrorCodes)[keyof typeof MessagesErrorCodes];
