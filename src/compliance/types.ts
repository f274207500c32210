import type * as z from 'zod/mini';
import type { Finding } from '../errors/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type {
  AddressKindSchema,
  BatchAttemptSchema,
  CheckContactInputSchema,
  CheckContactsInputSchema,
  CheckFurnishingInputSchema,
  ContactAccountSchema,
  ContactAttemptSchema,
  ContactChannelSchema,
  ContactHistoryEntrySchema,
  ContactLimitSchema,
  ContactOutcomeSchema,
  ContactPolicySchema,
  ContactPurposeSchema,
  ContactRecipientSchema,
  ConsumerSchema,
  DebtSchema,
  JurisdictionDefinitionSchema,
  NoticeMethodSchema,
  ValidationPeriodInputSchema,
} from './schemas.js';

/** A contact channel: `call`, `voicemail`, `sms`, `email`, `letter`, `inPerson`, `socialMedia`. */
export type ContactChannel = z.output<typeof ContactChannelSchema>;
/** A number or address kind: `home`, `mobile`, `work`, `other`. */
export type AddressKind = z.output<typeof AddressKindSchema>;
/** What happened to a past contact. */
export type ContactOutcome = z.output<typeof ContactOutcomeSchema>;
/** Who a contact is addressed to. */
export type ContactRecipient = z.output<typeof ContactRecipientSchema>;
/** Why a contact is made. */
export type ContactPurpose = z.output<typeof ContactPurposeSchema>;
/** How a validation notice was provided. */
export type NoticeMethod = z.output<typeof NoticeMethodSchema>;

/** A proposed contact, as {@link checkContact} accepts it (read-only arrays and `as const` objects too, as every input type). */
export type ContactAttemptInput = DeepReadonly<z.input<typeof ContactAttemptSchema>>;
/** A past contact, as accepted. */
export type ContactHistoryEntryInput = DeepReadonly<z.input<typeof ContactHistoryEntrySchema>>;
/** A consumer, as accepted. */
export type ConsumerInput = DeepReadonly<z.input<typeof ConsumerSchema>>;
/** A debt, as accepted. */
export type DebtInput = DeepReadonly<z.input<typeof DebtSchema>>;
/** A company policy, as accepted. */
export type ContactPolicyInput = DeepReadonly<z.input<typeof ContactPolicySchema>>;
/** A frequency limit, as accepted. */
export type ContactLimitInput = DeepReadonly<z.input<typeof ContactLimitSchema>>;
/** A jurisdiction definition, as accepted. */
export type JurisdictionDefinitionInput = DeepReadonly<z.input<typeof JurisdictionDefinitionSchema>>;
/** One account (consumer, debts, history, policy), as accepted. */
export type ContactAccountInput = DeepReadonly<z.input<typeof ContactAccountSchema>>;
/** The input of {@link checkContact} and {@link earliestAllowedAt}. */
export type CheckContactInput = DeepReadonly<z.input<typeof CheckContactInputSchema>>;
/** One proposed contact of a batch: an attempt plus its `accountId`. */
export type BatchAttemptInput = DeepReadonly<z.input<typeof BatchAttemptSchema>>;
/** The input of {@link checkContacts}. */
export type CheckContactsInput = DeepReadonly<z.input<typeof CheckContactsInputSchema>>;
/** The input of {@link checkFurnishing}. */
export type CheckFurnishingInput = DeepReadonly<z.input<typeof CheckFurnishingInputSchema>>;
/** The input of {@link validationPeriod}. */
export type ValidationPeriodInput = DeepReadonly<z.input<typeof ValidationPeriodInputSchema>>;

/** A parsed attempt (instants as epoch milliseconds; internal). */
export type ParsedAttempt = z.output<typeof ContactAttemptSchema>;
/** A parsed history entry (internal). */
export type ParsedHistoryEntry = z.output<typeof ContactHistoryEntrySchema>;
/** A parsed account (internal). */
export type ParsedAccount = z.output<typeof ContactAccountSchema>;
/** A parsed limit (internal). */
export type ParsedLimit = z.output<typeof ContactLimitSchema>;
/** A parsed jurisdiction (internal). */
export type ParsedJurisdiction = z.output<typeof JurisdictionDefinitionSchema>;

/**
 * One entry of the rule catalogue ({@link CONTACT_RULES}).
 */
export interface ContactRule {
  /** The stable rule id, such as `REGF-7IN7`: the `code` of its findings. */
  readonly id: string;
  /** `law` for a rule of federal, state or city law; `policy` for the company's own rules. */
  readonly source: 'law' | 'policy';
  /** For a rule of law: `US` for federal law, an ISO 3166-2 code such as `US-MA` for a state or city. Absent for policy rules. */
  readonly jurisdiction?: string;
  /** The source: regulation, statute or `Company policy`. */
  readonly citation: string;
  /** What the rule checks, in one sentence. */
  readonly checks: string;
}

/**
 * The answer of {@link checkContact}: may the contact go ahead now (`ok`), every reason as a
 * {@link arrears!Finding} (the rules it breaks as `violation`s, the allowed-but-risky ones as
 * `warning`s), and the first instant at which the same contact would pass every rule.
 *
 * Each finding's `code` is the rule id (`REGF-TIME`, `MA-CALLS-7D`, `POLICY-SMS-3D`), its
 * `citation` the regulation, statute or policy, and its `details` say where the rule comes
 * from: `{ source: 'law', jurisdiction: 'US' | 'US-MA' | ... }` or `{ source: 'policy' }`.
 */
export interface ContactCheckResult {
  /** `true` when no rule forbids the contact at its time (no finding is a `violation`). */
  readonly ok: boolean;
  /** The violations first (empty when `ok`), then the warnings (the last call a limit allows, the validation period, ...). */
  readonly findings: readonly Finding[];
  /**
   * The first instant at or after the attempt's time at which the same contact passes every
   * rule (UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`): the attempt's own time when `ok`, `null` when no
   * time will do (cease request, attorney, opt-out, missing content features, ...).
   */
  readonly earliestAllowedAt: string | null;
}

/**
 * The answer of {@link validationPeriod}.
 */
export interface ValidationPeriodResult {
  /** The date the validation information was provided. */
  readonly providedOn: string;
  /** How it was provided. */
  readonly method: NoticeMethod;
  /** The assumed receipt date: five days after `providedOn`, not counting Saturdays, Sundays and holidays. */
  readonly assumedReceiptOn: string;
  /** The last day of the validation period: 30 days after `assumedReceiptOn` (never moved off a weekend or holiday). */
  readonly endsOn: string;
  /** The federal holiday dates skipped: `'statutory'` or `'both'`. */
  readonly holidayDates: 'statutory' | 'both';
}

/**
 * One answer of {@link checkContacts}: the attempt's index in the input and account id,
 * with the {@link ContactCheckResult} fields.
 */
export interface BatchCheckResult extends ContactCheckResult {
  /** The attempt's index in `attempts`. */
  readonly index: number;
  /** The account the attempt was for. */
  readonly accountId: string;
}

/**
 * The answer of {@link checkFurnishing}: may the debt be furnished to a consumer reporting
 * agency at `checkedAt` (`ok`), why not (a `REGF-REPORTING` violation), and from when.
 */
export interface FurnishingCheckResult {
  /** `true` when 12 CFR 1006.30(a)(1) is met at `checkedAt`. */
  readonly ok: boolean;
  /** A `REGF-REPORTING` violation when not `ok` (empty when `ok`). */
  readonly findings: readonly Finding[];
  /**
   * The first instant at or after `checkedAt` at which furnishing is allowed, if no notice of
   * undeliverability arrives before then (UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`): `checkedAt` itself
   * when `ok`, `null` when nothing recorded leads there (no communication yet).
   */
  readonly earliestAllowedAt: string | null;
}
