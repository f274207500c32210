/**
 * Contact compliance for debt collection: may we contact this consumer now, on this channel,
 * and if not, when? Regulation F (12 CFR part 1006) and the FDCPA, state and city rules as
 * data (Massachusetts, New York City, Washington, California built in), company policies that
 * can only add restrictions, and the validation period of 12 CFR 1006.34(b)(5).
 *
 * - {@link checkContact} judges one proposed contact and explains it; {@link checkContacts}
 *   judges a dialer list, compiling each account once; {@link checkEachContact} streams the
 *   same results to a callback.
 * - {@link earliestAllowedAt} gives the first instant the same contact would pass.
 * - {@link validationPeriod} computes the validation period's end date.
 * - Every check returns `{ ok, findings }` with the shared {@link arrears!Finding}: `code` is
 *   the rule id (`REGF-7IN7`, `MA-CALLS-7D`). {@link CONTACT_RULES} and
 *   {@link BUILT_IN_JURISDICTIONS} list the rules ({@link getContactRule},
 *   {@link getJurisdiction} look one up).
 * - {@link checkFurnishing} says whether a debt may be furnished to a consumer reporting
 *   agency yet (12 CFR 1006.30(a)).
 * - Instants are ISO 8601 strings with an offset; results are UTC. Nothing reads a clock:
 *   "now" is the `checkedAt` input.
 *
 * @module arrears/compliance
 */
export * from '../errors/index.js';
export { ComplianceErrorCodes } from './codes.js';
export type { ComplianceErrorCode } from './codes.js';
export {
  AddressKindSchema,
  CallConsentSchema,
  CheckContactInputSchema,
  CheckContactsInputSchema,
  CheckFurnishingInputSchema,
  ConsumerSchema,
  ContactAccountSchema,
  ContactAddressSchema,
  ContactAttemptSchema,
  ContactChannelSchema,
  ContactHistoryEntrySchema,
  ContactInitiatorSchema,
  ContactLimitSchema,
  ContactOutcomeSchema,
  ContactPolicySchema,
  ContactPurposeSchema,
  ContactRecipientSchema,
  DebtSchema,
  InconvenientTimeSchema,
  JurisdictionAdvisorySchema,
  JurisdictionDefinitionSchema,
  JurisdictionLimitSchema,
  JurisdictionVersionSchema,
  JurisdictionWindowSchema,
  NoticeMethodSchema,
  OptOutSchema,
  TimeWindowSchema,
  ValidationPeriodInputSchema,
} from './schemas.js';
export type {
  AddressKind,
  BatchAttemptInput,
  BatchCheckResult,
  CheckContactInput,
  CheckContactsInput,
  CheckFurnishingInput,
  ConsumerInput,
  ContactAccountInput,
  ContactAttemptInput,
  ContactChannel,
  ContactCheckResult,
  ContactHistoryEntryInput,
  ContactLimitInput,
  ContactOutcome,
  ContactPolicyInput,
  ContactPurpose,
  ContactRecipient,
  ContactRule,
  DebtInput,
  FurnishingCheckResult,
  JurisdictionDefinitionInput,
  NoticeMethod,
  ValidationPeriodInput,
  ValidationPeriodResult,
} from './types.js';
export { CONTACT_RULES, getContactRule, safeGetContactRule } from './rules.js';
export { BUILT_IN_JURISDICTIONS, getJurisdiction, safeGetJurisdiction } from './jurisdictions.js';
export { checkContact, earliestAllowedAt, safeCheckContact, safeEarliestAllowedAt } from './check-contact.js';
export { checkContacts, checkEachContact, safeCheckContacts, safeCheckEachContact } from './batch.js';
export { safeValidationPeriod, validationPeriod } from './validation-period.js';
export { checkFurnishing, safeCheckFurnishing } from './furnishing.js';
export { PrepareContactAccountInputSchema, prepareContactAccount, prepareContactPolicy, safePrepareContactAccount, safePrepareContactPolicy } from './prepared-account.js';
export type { PrepareContactAccountInput, PreparedContactAccount, PreparedContactPolicy } from './prepared-account.js';
