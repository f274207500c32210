/** The error codes of the writing half of `arrears/messages` (internal: exported as part of {@link MessagesErrorCodes}). */
export const MessageTextErrorCodes = {
  /** The channel cannot carry this kind of text (UnsupportedOptionError). */
  MESSAGES_CHANNEL_NOT_SUPPORTED: 'MESSAGES_CHANNEL_NOT_SUPPORTED',
  /** A field was given that has no effect in this case (ValidationError: silence is not consent, and neither is noise). */
  MESSAGES_OPTION_WITHOUT_EFFECT: 'MESSAGES_OPTION_WITHOUT_EFFECT',
  /** A fact the text needs was not given, for example the days late of a missed payment (ValidationError). */
  MESSAGES_MISSING_FACT: 'MESSAGES_MISSING_FACT',
  /** A consequence the text would have to state is not declared by the terms policy (DomainRuleError). */
  MESSAGES_CONSEQUENCE_NOT_DECLARED: 'MESSAGES_CONSEQUENCE_NOT_DECLARED',
  /** Two amounts that must be in one currency are not (DomainRuleError). */
  MESSAGES_CURRENCY_MISMATCH: 'MESSAGES_CURRENCY_MISMATCH',
  /** An installment number is outside `1..of`, or the numbers are not in order (ValidationError). */
  MESSAGES_INVALID_INSTALLMENT: 'MESSAGES_INVALID_INSTALLMENT',
  /** A telephone number or web address is not in a form we can print (ValidationError). */
  MESSAGES_INVALID_CONTACT: 'MESSAGES_INVALID_CONTACT',
  /** An amount to print is negative (ValidationError). */
  MESSAGES_NEGATIVE_AMOUNT: 'MESSAGES_NEGATIVE_AMOUNT',
  /** The plan state has nothing left to pay, so there are no terms to describe (DomainRuleError). */
  MESSAGES_NOTHING_DUE: 'MESSAGES_NOTHING_DUE',
  /** A late-fee policy whose fee cannot be stated as one amount per late payment: it accrues, recurs, depends on partial payments or on other installments, or has waivers (UnsupportedOptionError). */
  MESSAGES_FEE_NOT_DESCRIBABLE: 'MESSAGES_FEE_NOT_DESCRIBABLE',
  /** A name or other free text is empty, too long, or has line breaks or markup where none may be (ValidationError). */
  MESSAGES_INVALID_TEXT: 'MESSAGES_INVALID_TEXT',
} as const;

/** The rule ids a refusal of the writing functions can carry as its error `code`, each with its citation (internal). */
export const MessageTextRuleIds = {
  /** A fee or charge with no basis in the agreement or the law. */
  'REGF-UNAUTH-AMOUNT': '15 U.S.C. 1692f(1); 12 CFR 1006.22(b)',
  /** Legal action stated for a time-barred debt. */
  'REGF-TIMEBARRED-THREAT': '12 CFR 1006.26(b)',
  /** Amounts that do not add up: a misstated amount. */
  'REGF-FALSE-AMOUNT': '15 U.S.C. 1692e(2)(A); 12 CFR 1006.18(b)(2)(i)',
  /** A validation-notice itemization that does not reconcile. */
  'REGF-VN-RECONCILE': '12 CFR 1006.34(c)(2)(viii)-(ix)',
  /** A message on public social media. */
  'REGF-SOCIAL': '12 CFR 1006.22(f)(4)',
  /** Debt content on an envelope. */
  'REGF-ENVELOPE': '15 U.S.C. 1692f(8); 12 CFR 1006.22(f)(2)',
  /** A voicemail whose business name indicates debt collection cannot be a limited-content message. */
  'REGF-LCM-BUSINESS-NAME': '12 CFR 1006.2(j)',
} as const;

