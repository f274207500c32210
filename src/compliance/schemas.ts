import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema, IsoWeekdaySchema, LocalTimeSchema, TimeZoneSchema, parseInstant } from '../calendar/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { ComplianceErrorCodes } from './codes.js';
import { ContactIdSchema } from '../internal/contact-id.js';
import { US_STATE_JURISDICTIONS } from './us-states.js';

/** Epoch milliseconds of an instant already checked by `InstantSchema` (canonical UTC text parses exactly). */
function instantMs(value: string): number {
  return Date.parse(parseInstant(value));
}

/** An instant (ISO 8601 with `Z` or an offset), parsed to epoch milliseconds inside. */
const InstantMsSchema = z.pipe(InstantSchema, z.transform(instantMs));


/**
 * How a contact is made. `voicemail` is a telephone call that leaves a recorded message
 * (a call placed, for the Regulation F count); `letter` is paper mail; `inPerson` a visit.
 *
 * @example
 * ```ts
 * import { ContactChannelSchema } from 'arrears/compliance';
 * ContactChannelSchema.options; // => ['call', 'voicemail', 'sms', 'email', 'letter', 'inPerson', 'socialMedia']
 * ```
 */
export const ContactChannelSchema = z.enum(['call', 'voicemail', 'sms', 'email', 'letter', 'inPerson', 'socialMedia']);

/**
 * What kind of number or address a contact uses: the consumer's `home`, `mobile`, `work`
 * (provided by or located at the employer) or `other`.
 *
 * @example
 * ```ts
 * import { AddressKindSchema } from 'arrears/compliance';
 * AddressKindSchema.options; // => ['home', 'mobile', 'work', 'other']
 * ```
 */
export const AddressKindSchema = z.enum(['home', 'mobile', 'work', 'other']);

/**
 * What happened to a past contact: `connected` (a conversation, or a visit that met the
 * consumer), `noAnswer` (rang, nobody answered, no message left), `voicemail` (a message was
 * left), `messageSent` (a text, email or letter went out), `bounced` (returned or
 * undeliverable), `notConnected` (the call never reached the dialed number: busy signal,
 * network failure).
 *
 * @example
 * ```ts
 * import { ContactOutcomeSchema } from 'arrears/compliance';
 * ContactOutcomeSchema.options.length; // => 6
 * ```
 */
export const ContactOutcomeSchema = z.enum(['connected', 'noAnswer', 'voicemail', 'messageSent', 'bounced', 'notConnected']);

/**
 * Who a contact is addressed to: the `consumer`; one of the persons a debt collector may
 * always communicate with about the debt (12 CFR 1006.6(d)(1)(ii)-(vi), 15 U.S.C. 1692c(b)):
 * the consumer's attorney, a consumer reporting agency, the creditor, the creditor's attorney
 * or the debt collector's attorney; or another `thirdParty` (only to ask for location
 * information, 1006.10). Calls to anyone but the consumer are not counted in the telephone
 * call frequency of 1006.14(b)(2) (the exclusion of 1006.14(b)(3)); the cease, attorney and
 * deceased rules guard contacts addressed to the consumer.
 *
 * @example
 * ```ts
 * import { ContactRecipientSchema } from 'arrears/compliance';
 * ContactRecipientSchema.options; // => ['consumer', 'consumerAttorney', 'consumerReportingAgency', 'creditor', 'creditorAttorney', 'collectorAttorney', 'thirdParty']
 * ```
 */
export const ContactRecipientSchema = z.enum(['consumer', 'consumerAttorney', 'consumerReportingAgency', 'creditor', 'creditorAttorney', 'collectorAttorney', 'thirdParty']);

/**
 * Why a contact is made. `collection` is the default; `ceaseConfirmation` (telling the
 * consumer collection efforts end) and `remedyNotice` (a notice that a specified remedy may
 * or will be invoked) are the contacts 12 CFR 1006.6(c)(2) still allows after a cease
 * request; `verification` answers a dispute (12 CFR 1006.38(d)(2)); `locationInformation` is
 * a call to a third party under 12 CFR 1006.10.
 *
 * @example
 * ```ts
 * import { ContactPurposeSchema } from 'arrears/compliance';
 * ContactPurposeSchema.options.includes('remedyNotice'); // => true
 * ```
 */
export const ContactPurposeSchema = z.enum(['collection', 'ceaseConfirmation', 'remedyNotice', 'verification', 'locationInformation']);

/**
 * Who started a past contact: the `collector` or the `consumer` (an inbound call or reply).
 *
 * @example
 * ```ts
 * import { ContactInitiatorSchema } from 'arrears/compliance';
 * ContactInitiatorSchema.options; // => ['collector', 'consumer']
 * ```
 */
export const ContactInitiatorSchema = z.enum(['collector', 'consumer']);

/**
 * The ISO 3166-2 code of a US state, district or territory (`US-MA`, `US-DC`, `US-PR`), upper
 * case. Anything else fails with `COMPLIANCE_UNKNOWN_STATE` (internal).
 */
const StateJurisdictionSchema = z.string().check(z.superRefine((value, ctx) => {
  if (!US_STATE_JURISDICTIONS.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected the ISO 3166-2 code of a US state, district or territory such as "US-MA" or "US-PR", but got ${JSON.stringify(value.slice(0, 16))}.`,
      params: arrearsIssue(ComplianceErrorCodes.COMPLIANCE_UNKNOWN_STATE),
      input: value,
    });
  }
}));

/**
 * A wall-clock time of day, read in the consumer's zone: calendar's `LocalTimeSchema` (`HH:mm`,
 * `HH:mm:ss` or `HH:mm:ss.SSS`, hours 00-23, or `24:00` for the end of the day;
 * `CALENDAR_INVALID_TIME` otherwise), on a whole minute: compliance's windows are counted in
 * minutes, so `'08:00:30'` fails with `COMPLIANCE_INVALID_WINDOW` rather than being rounded.
 * Inside it becomes minutes after midnight (internal). One transform after calendar's schema
 * does both (a check and a transform cost a schema call per time: windows are parsed on every
 * `checkContact`).
 */
const LocalTimeOfDaySchema = z.pipe(LocalTimeSchema, z.transform((value: string, payload): number => {
  // Calendar's schema passed: `HH:mm`, or `HH:mm:ss[.SSS]` whose seconds must all be zeros.
  if (value.length > 5 && /[1-9]/.test(value.slice(6))) {
    payload.issues.push({
      code: 'custom',
      message: `${JSON.stringify(value)} is not on a whole minute: windows are counted in minutes, so write "${value.slice(0, 5)}" or the minute after it.`,
      params: arrearsIssue(ComplianceErrorCodes.COMPLIANCE_INVALID_WINDOW),
      input: value,
      path: [],
    });
    return Number.NaN;
  }
  return (value.charCodeAt(0) - 48) * 600 + (value.charCodeAt(1) - 48) * 60 + (value.charCodeAt(3) - 48) * 10 + (value.charCodeAt(4) - 48);
}));

/**
 * Which US federal holiday dates the validation period skips, in the words of calendar's
 * `HolidayDatesSchema`: `'statutory'` (the dates 5 U.S.C. 6103(a) names) or `'both'` (also the
 * in-lieu observed days). Internal: the fields that take it document it.
 */
const ValidationHolidayDatesSchema = z.enum(['statutory', 'both']);

function windowOrdered(w: { start: number; end: number }): boolean {
  // A time that failed its own schema (still the input string, or NaN) was reported once.
  if (!Number.isFinite(w.start) || !Number.isFinite(w.end)) return true;
  return w.end > w.start;
}

/**
 * A local time window `[start, end)`, half-open: `{ start: '08:00', end: '21:00' }` allows
 * 08:00:00 and 20:59:59 but not 21:00:00. `end` must be after `start`. Each time is calendar's
 * `LocalTimeSchema` (`HH:mm`, or with zero seconds `HH:mm:00`; `24:00` ends at midnight) on a
 * whole minute.
 *
 * @example
 * ```ts
 * import { TimeWindowSchema } from 'arrears/compliance';
 * TimeWindowSchema.parse({ start: '09:00', end: '20:00' }); // => { start: 540, end: 1200 }
 * TimeWindowSchema.safeParse({ start: '20:00', end: '09:00' }).success; // => false
 * TimeWindowSchema.parse({ start: '09:00:00', end: '24:00' }); // => { start: 540, end: 1440 }
 * TimeWindowSchema.safeParse({ start: '09:00:30', end: '20:00' }).success; // => false
 * ```
 */
export const TimeWindowSchema = z
  .strictObject({
    /** The first allowed local time, `HH:mm` (calendar's `LocalTimeSchema`, on a whole minute). */
    start: LocalTimeOfDaySchema,
    /** The first local time no longer allowed, `HH:mm` (`24:00` for midnight). */
    end: LocalTimeOfDaySchema,
  }).check(z.refine(windowOrdered, { message: 'the window must end after it starts.', params: arrearsIssue(ComplianceErrorCodes.COMPLIANCE_INVALID_WINDOW) }));

/**
 * A time the consumer said is inconvenient: local `[start, end)` on the given ISO weekdays
 * (1 = Monday ... 7 = Sunday; all days when omitted), half-open like every window. A whole day
 * is `start: '00:00', end: '24:00'`.
 *
 * @example
 * ```ts
 * import { InconvenientTimeSchema } from 'arrears/compliance';
 * InconvenientTimeSchema.safeParse({ start: '00:00', end: '12:00' }).success; // => true
 * InconvenientTimeSchema.safeParse({ start: '00:00', end: '24:00', weekdays: [7] }).success; // => true
 * ```
 */
export const InconvenientTimeSchema = z
  .strictObject({
    /** Start of the inconvenient time, `HH:mm`, local. */
    start: LocalTimeOfDaySchema,
    /** End (exclusive), `HH:mm`, local; `24:00` for midnight. */
    end: LocalTimeOfDaySchema,
    /** The ISO weekdays it applies to; every day when omitted. */
    weekdays: z.optional(z.array(IsoWeekdaySchema).check(z.minLength(1), z.maxLength(7))),
  }).check(z.refine(windowOrdered, { message: 'an inconvenient time must end after it starts.', params: arrearsIssue(ComplianceErrorCodes.COMPLIANCE_INVALID_WINDOW) }));

/**
 * The number or address a contact uses: its `kind`, optionally its `value` (a phone number
 * or email address, matched against opt-outs), and, for work email, whether the consumer used
 * it with the collector or consented to it (12 CFR 1006.22(f)(3)).
 *
 * @example
 * ```ts
 * import { ContactAddressSchema } from 'arrears/compliance';
 * ContactAddressSchema.safeParse({ kind: 'mobile', value: '+16175550100' }).success; // => true
 * ```
 */
export const ContactAddressSchema = z.strictObject({
  /** home, mobile, work or other. */
  kind: AddressKindSchema,
  /** The phone number, email address or postal address (free text, compared case-insensitively). */
  value: z.optional(z.string().check(z.minLength(1), z.maxLength(320))),
  /** For a `work` email address: the consumer used it to reach the collector, or consented to its use. */
  consumerUsedOrConsented: z.optional(z.boolean()),
});

const DebtIdsSchema = z.array(ContactIdSchema).check(z.minLength(1), z.maxLength(100));

/**
 * The proposed contact: its `channel`, the instant `at`, the `debtIds` it is about, where it
 * goes (`to`), who it is for and why, and the content features the caller declares.
 *
 * @example
 * ```ts
 * import { ContactAttemptSchema } from 'arrears/compliance';
 * ContactAttemptSchema.safeParse({ channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] }).success; // => true
 * ContactAttemptSchema.safeParse({ channel: 'call', at: '2026-03-10T15:00:00', debtIds: ['d1'] }).success; // => false
 * ```
 */
export const ContactAttemptSchema = z.strictObject({
  /** How the contact is made. */
  channel: ContactChannelSchema,
  /** When, as an ISO 8601 instant with an offset. */
  at: InstantMsSchema,
  /** The debts the contact is about (at least one). */
  debtIds: DebtIdsSchema,
  /**
   * The number or address used. Without `to.kind`, every kind-specific rule applies (the
   * workplace rules included); without `to.value`, an opt-out of any one address of the
   * channel stops the contact.
   */
  to: z.optional(ContactAddressSchema),
  /** Who the contact is addressed to; default `consumer`. */
  recipient: z.optional(ContactRecipientSchema),
  /** Why; default `collection`. */
  purpose: z.optional(ContactPurposeSchema),
  /** Email/SMS: the message carries a clear and simple way to opt out (12 CFR 1006.6(e)). */
  optOutNotice: z.optional(z.boolean()),
  /** Voicemail: the message is a limited-content message (12 CFR 1006.2(j)). */
  limitedContent: z.optional(z.boolean()),
  /** Social media: the message is private, not viewable by the public or the consumer's contacts. */
  private: z.optional(z.boolean()),
  /** The contact says or implies the collector will sue (or has sued) on the debt. */
  threatensSuit: z.optional(z.boolean()),
  /** A payment deadline the contact demands, as a calendar date. */
  paymentDeadlineDate: z.optional(CalendarDateSchema),
  /** The place of an in-person contact, or where the consumer is known to be (free text). */
  place: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /**
   * Your id of the person a `thirdParty` contact is for, so a second location request to the
   * same person is caught (15 U.S.C. 1692b(3); 12 CFR 1006.10(c)); match it to `recipientId`
   * in history.
   */
  recipientId: z.optional(ContactIdSchema),
  /**
   * Why a second location request to the same person is allowed: the person asked to be
   * contacted again (`requestedByPerson`), or the collector reasonably believes the earlier
   * answer was wrong or incomplete and the person now has correct or complete information
   * (`earlierAnswerIncomplete`); 15 U.S.C. 1692b(3), 12 CFR 1006.10(c).
   */
  locationFollowUp: z.optional(z.enum(['requestedByPerson', 'earlierAnswerIncomplete'])),
  /**
   * The `id` of the history entry this contact answers: a communication the consumer
   * initiated. A reply is not counted by state limits that leave replies out, and it gets the
   * exceptions the rules give one reply through the same medium (12 CFR 1006.6(b)(1), comment
   * 6(b)(1)-2; 1006.14(h)(2)(ii); comment 6(b)(2)-1). A reply to an entry that is not in
   * history, or that the consumer did not initiate, is refused (`REGF-REPLY`).
   */
  inReplyTo: z.optional(ContactIdSchema),
});

/**
 * A past contact or conversation: channel, instant, outcome, the debts it was about, who
 * started it and, when known, the number or address kind it used.
 *
 * @example
 * ```ts
 * import { ContactHistoryEntrySchema } from 'arrears/compliance';
 * ContactHistoryEntrySchema.safeParse({ channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] }).success; // => true
 * ContactHistoryEntrySchema.safeParse({ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] }).success; // => false
 * ```
 */
export const ContactHistoryEntrySchema = z
  .strictObject({
  /** How the contact was made. */
  channel: ContactChannelSchema,
  /** When it happened (an ISO 8601 instant with an offset). */
  at: InstantMsSchema,
  /** What happened. */
  outcome: ContactOutcomeSchema,
  /** The debts it was about (a conversation about several debts counts for each). */
  debtIds: DebtIdsSchema,
  /** Who started it; default `collector`. */
  initiatedBy: z.optional(ContactInitiatorSchema),
  /** Who it was addressed to; default `consumer`. */
  recipient: z.optional(ContactRecipientSchema),
  /** The kind of number or address used; when missing it counts under every kind-specific limit. */
  toKind: z.optional(AddressKindSchema),
  /** A voicemail that was a limited-content message (12 CFR 1006.2(j)). */
  limitedContent: z.optional(z.boolean()),
  /** The collector was answering the consumer's own message (state counts leave these out). */
  inResponseToConsumer: z.optional(z.boolean()),
  /** Your id of the person a `thirdParty` contact reached (see the attempt's `recipientId`). */
  recipientId: z.optional(ContactIdSchema),
  /** Your id of this entry, unique in the history, so a reply can name it (`inReplyTo`). */
  id: z.optional(ContactIdSchema),
  /** The `id` of the consumer-initiated entry this contact answered (each may get one reply the exceptions allow). */
  inReplyTo: z.optional(ContactIdSchema),
  /**
   * An unanswered call (`outcome: 'noAnswer'`) that reached no voicemail or answering service,
   * so no message could be left. Regulation F still counts it (comment 14(b)(3)(ii)-1);
   * Massachusetts does not (see docs/compliance.md). Only for calls with outcome `noAnswer`.
   */
  noVoicemail: z.optional(z.boolean()),
  }).check(z.superRefine((entry, ctx) => {
    if (entry.noVoicemail === true && (entry.channel !== 'call' || entry.outcome !== 'noAnswer')) {
      ctx.addIssue({
        code: 'custom',
        path: ['noVoicemail'],
        message: `noVoicemail describes an unanswered call (channel "call", outcome "noAnswer"), not a ${entry.channel} with outcome "${entry.outcome}".`,
        params: arrearsIssue('INPUT_INVALID_VALUE'),
        input: entry.noVoicemail,
      });
    }
  }));

/**
 * A consumer's opt-out of a channel, of one address, or of both (12 CFR 1006.6(e), 1006.14(h)).
 * `channel: 'call'` covers calls and voicemails; an opt-out without a channel or address
 * covers every electronic and telephone medium.
 *
 * @example
 * ```ts
 * import { OptOutSchema } from 'arrears/compliance';
 * OptOutSchema.safeParse({ at: '2026-01-05T10:00:00Z', channel: 'sms' }).success; // => true
 * ```
 */
export const OptOutSchema = z.strictObject({
  /** When the consumer opted out. */
  at: InstantMsSchema,
  /** The channel opted out of; all telephone and electronic channels when omitted. */
  channel: z.optional(ContactChannelSchema),
  /** The number or address opted out of; every address when omitted. */
  address: z.optional(z.string().check(z.minLength(1), z.maxLength(320))),
});

/**
 * Direct prior consent to telephone calls about some debts (12 CFR 1006.14(b)(3)(i)): calls
 * placed within seven consecutive days from the day of consent (that day is the first) do
 * not count toward the call frequencies; `expiresAt` ends it earlier, and so does a telephone
 * conversation about the debt after it (comment 14(b)(3)(i)-2).
 *
 * @example
 * ```ts
 * import { CallConsentSchema } from 'arrears/compliance';
 * CallConsentSchema.safeParse({ givenAt: '2026-03-02T15:00:00Z' }).success; // => true
 * ```
 */
export const CallConsentSchema = z.strictObject({
  /** When the consumer gave the consent, directly to the collector. */
  givenAt: InstantMsSchema,
  /** The debts it covers; all when omitted. */
  debtIds: z.optional(DebtIdsSchema),
  /** When it ends, if before the seventh day. */
  expiresAt: z.optional(InstantMsSchema),
});

/**
 * The consumer: known time zones (several when unsure: a contact must be convenient in all),
 * the jurisdiction of residence (an ISO 3166-2 state code), local jurisdictions, and the flags
 * that restrict contact.
 *
 * @example
 * ```ts
 * import { ConsumerSchema } from 'arrears/compliance';
 * ConsumerSchema.safeParse({ timeZones: ['America/New_York'], jurisdiction: 'US-NY' }).success; // => true
 * ConsumerSchema.safeParse({ timeZones: ['Mars/Olympus'] }).success; // => false
 * ```
 */
export const ConsumerSchema = z.strictObject({
  /** Every IANA zone the collector has information about (area code, address, ...). */
  timeZones: z.array(TimeZoneSchema).check(z.minLength(1), z.maxLength(8)),
  /**
   * The state (district, territory) of residence as an ISO 3166-2 code (`US-MA`, `US-PR`);
   * its built-in rules apply when there are any. Without it no state rule is applied and
   * every result carries a `STATE-UNKNOWN` warning (or, with `policy.requireJurisdiction`, the
   * input is an error).
   */
  jurisdiction: z.optional(StateJurisdictionSchema),
  /** Extra jurisdictions that apply, ISO 3166-2 style (a city such as `US-NY-NYC`). */
  jurisdictions: z.optional(z.array(ContactIdSchema).check(z.maxLength(16))),
  /** A written refusal to pay or request to cease communication (12 CFR 1006.6(c)). */
  ceaseCommunication: z.optional(z.strictObject({
      /** When it was received. */
      receivedAt: InstantMsSchema,
      /** The debts it covers; all when omitted. */
      debtIds: z.optional(DebtIdsSchema),
    })),
  /** Representation by an attorney (12 CFR 1006.6(b)(2)). */
  attorney: z.optional(z.strictObject({
      /** When the collector learned of the representation. */
      knownAt: InstantMsSchema,
      /** The attorney's name (known or readily ascertainable). */
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      /** The attorney's address or number. */
      contact: z.optional(z.string().check(z.minLength(1), z.maxLength(320))),
      /** The debts the attorney represents the consumer for; all when omitted. */
      debtIds: z.optional(DebtIdsSchema),
      /** The attorney consents to direct communication with the consumer. */
      consentsToDirectContact: z.optional(z.boolean()),
      /** The attorney failed to respond within a reasonable time to a communication. */
      failedToRespond: z.optional(z.boolean()),
    })),
  /** Times the consumer said are inconvenient (12 CFR 1006.6(b)(1)(i)). */
  inconvenientTimes: z.optional(z.array(InconvenientTimeSchema).check(z.maxLength(50))),
  /** Places the consumer said are inconvenient (free text, matched case-insensitively; `work` matches work addresses). */
  inconvenientPlaces: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50))),
  /** The collector knows or has reason to know the employer prohibits such communications (12 CFR 1006.6(b)(3)). */
  employerProhibitsContact: z.optional(z.boolean()),
  /** Massachusetts: the consumer asked not to be called at work (209 CMR 18.16(1)(c)). */
  workCallsRefused: z.optional(z.strictObject({
      /** When the request was made. */
      requestedAt: InstantMsSchema,
      /** The request was made in writing, or confirmed in writing within seven days. */
      inWriting: z.boolean(),
    })),
  /** Opt-outs of channels or addresses. */
  optOuts: z.optional(z.array(OptOutSchema).check(z.maxLength(200))),
  /** Direct prior consents to calls. */
  callConsents: z.optional(z.array(CallConsentSchema).check(z.maxLength(200))),
  /** A bankruptcy case (11 U.S.C. 362(a)(6)): no collection from `filedAt` until `closedAt`. */
  bankruptcy: z.optional(z.strictObject({
      /** When the petition was filed. */
      filedAt: InstantMsSchema,
      /** When the stay ended (case closed or dismissed), if it has. */
      closedAt: z.optional(InstantMsSchema),
    })),
  /** When the consumer died, if known: contact the estate's representative instead. */
  deceasedAt: z.optional(InstantMsSchema),
});

/**
 * A debt: its id, the student-loan servicing account it belongs to (student loans serviced
 * under one account count as one debt for the call frequencies), its validation notice, its
 * dispute and verification, and whether it is time-barred.
 *
 * @example
 * ```ts
 * import { DebtSchema } from 'arrears/compliance';
 * DebtSchema.safeParse({ id: 'd1', validationNoticeSentOn: '2026-11-02' }).success; // => true
 * ```
 */
export const DebtSchema = z.strictObject({
  /** The caller's id of the debt. */
  id: ContactIdSchema,
  /** Student loans: the servicing account number; loans sharing it are one debt for 12 CFR 1006.14(b). */
  studentLoanAccount: z.optional(ContactIdSchema),
  /** The date the validation information was provided (12 CFR 1006.34). */
  validationNoticeSentOn: z.optional(CalendarDateSchema),
  /**
   * The validation period's end date printed on the notice. The later of it and the date
   * computed from `validationNoticeSentOn` governs (a warning when the printed one is earlier).
   */
  validationPeriodEndsOn: z.optional(CalendarDateSchema),
  /** When a written dispute was received. */
  disputedAt: z.optional(InstantMsSchema),
  /** When verification (or a copy of a judgment) was sent in answer. */
  verificationSentAt: z.optional(InstantMsSchema),
  /** When a written request for the original creditor's name and address was received. */
  originalCreditorRequestedAt: z.optional(InstantMsSchema),
  /** When the original creditor's name and address were sent. */
  originalCreditorSentAt: z.optional(InstantMsSchema),
  /**
   * The statute of limitations has run (12 CFR 1006.26). Not given: unknown, so a contact that
   * threatens suit is refused until `false` says the debt is within the limitation period.
   */
  timeBarred: z.optional(z.boolean()),
});

/**
 * A frequency limit, as data: at most `max` counted contacts (the proposed one included) in
 * any `periodDays` consecutive local calendar days, counted per debt or per consumer, over
 * the given channels, number kinds and outcomes. Jurisdictions and policies use the same shape.
 *
 * @example
 * ```ts
 * import { ContactLimitSchema } from 'arrears/compliance';
 * ContactLimitSchema.safeParse({ id: 'POLICY-SMS-3D', max: 1, periodDays: 3, scope: 'consumer', channels: ['sms'] }).success; // => true
 * ```
 */
export const ContactLimitSchema = z.strictObject({
  /** The rule's id, reported as the `code` of its findings, `UPPER-KEBAB` (e.g. `MA-CALLS-7D`, `POLICY-SMS-3D`). */
  id: z.string().check(z.regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'expected an UPPER-KEBAB rule id such as "POLICY-SMS-3D".'), z.maxLength(40)),
  /** The source of the rule; `Company policy` when omitted. */
  citation: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The most contacts allowed in the period, the proposed one included (0 forbids the channel). */
  max: z.int().check(z.gte(0), z.lte(1000)),
  /** The period in consecutive local calendar days (7 = the day of the contact and the six before). */
  periodDays: z.int().check(z.gte(1), z.lte(366)),
  /** Count per `debt` (each debt on its own) or per `consumer` (all debts together). */
  scope: z.enum(['debt', 'consumer']),
  /**
   * The channels counted, and the channels of proposed contacts the limit applies to. `call`
   * covers voicemails too (a voicemail, limited-content or not, is a call placed: 12 CFR
   * 1006.2(b), comment 14(b)-1), as it does in opt-outs.
   */
  channels: z.array(ContactChannelSchema).check(z.minLength(1)),
  /** Only contacts to these number kinds (all when omitted). */
  addressKinds: z.optional(z.array(AddressKindSchema).check(z.minLength(1))),
  /** The outcomes counted; every outcome except `notConnected` and `bounced` when omitted. */
  outcomes: z.optional(z.array(ContactOutcomeSchema).check(z.minLength(1))),
  /** Leave out limited-content voicemails (they are not communications). */
  excludeLimitedContent: z.optional(z.boolean()),
  /** Count contacts the consumer started, or that answered the consumer; default false. */
  countConsumerInitiated: z.optional(z.boolean()),
  /** Leave out unanswered calls that reached no voicemail or answering service (history `noVoicemail`). */
  excludeNoVoicemail: z.optional(z.boolean()),
});

/**
 * A local calling window a jurisdiction imposes, with its rule id and citation, optionally
 * only for some number kinds (Washington's applies at the residence).
 *
 * @example
 * ```ts
 * import { JurisdictionWindowSchema } from 'arrears/compliance';
 * JurisdictionWindowSchema.safeParse({ id: 'XX-TIME', citation: 'X Code 1', start: '09:00', end: '20:00' }).success; // => true
 * ```
 */
export const JurisdictionWindowSchema = z
  .strictObject({
    /** The rule's id, reported as the `code` of its findings. */
    id: z.string().check(z.minLength(1), z.maxLength(40)),
    /** Source of the rule. */
    citation: z.string().check(z.minLength(1), z.maxLength(200)),
    /** First allowed local time. */
    start: LocalTimeOfDaySchema,
    /** First local time no longer allowed. */
    end: LocalTimeOfDaySchema,
    /** The number kinds it applies to; all when omitted. */
    addressKinds: z.optional(z.array(AddressKindSchema).check(z.minLength(1))),
  }).check(z.refine(windowOrdered, { message: 'the window must end after it starts.', params: arrearsIssue(ComplianceErrorCodes.COMPLIANCE_INVALID_WINDOW) }));

/**
 * A jurisdiction's frequency limit: a {@link ContactLimitSchema} whose citation is required.
 *
 * @example
 * ```ts
 * import { JurisdictionLimitSchema } from 'arrears/compliance';
 * JurisdictionLimitSchema.safeParse({ id: 'XX-FREQ', citation: 'X Code 2', max: 3, periodDays: 7, scope: 'consumer', channels: ['call'] }).success; // => true
 * ```
 */
export const JurisdictionLimitSchema = z.extend(ContactLimitSchema, {
  /** Source of the rule. */
  citation: z.string().check(z.minLength(1), z.maxLength(200)),
});

/**
 * An advisory: a warning a jurisdiction attaches to contacts on some channels (a rule with no
 * numeric test, such as California's "unreasonable frequency").
 *
 * @example
 * ```ts
 * import { JurisdictionAdvisorySchema } from 'arrears/compliance';
 * JurisdictionAdvisorySchema.safeParse({ id: 'XX-NOTE', citation: 'X Code 3', message: 'Be reasonable.', channels: ['call'] }).success; // => true
 * ```
 */
export const JurisdictionAdvisorySchema = z.strictObject({
  /** The rule's id, reported as the `code` of its findings. */
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Source of the rule. */
  citation: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The warning, a plain sentence. */
  message: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The channels it applies to. */
  channels: z.array(ContactChannelSchema).check(z.minLength(1)),
});

/**
 * One version of a jurisdiction's rules, in force from `startDate` through `endDate` (a range
 * of local dates in the jurisdiction's zone, both days included; open when omitted).
 *
 * @example
 * ```ts
 * import { JurisdictionVersionSchema } from 'arrears/compliance';
 * JurisdictionVersionSchema.safeParse({ startDate: '2027-01-01', limits: [] }).success; // => true
 * ```
 */
export const JurisdictionVersionSchema = z.strictObject({
  /** First day in force (included). */
  startDate: z.optional(CalendarDateSchema),
  /** Last day in force (included). */
  endDate: z.optional(CalendarDateSchema),
  /** Calling windows (only those stricter than 08:00-21:00 can change an outcome). */
  windows: z.optional(z.array(JurisdictionWindowSchema).check(z.maxLength(20))),
  /** Frequency limits. */
  limits: z.array(JurisdictionLimitSchema).check(z.maxLength(50)),
  /** Warnings without a numeric test. */
  advisories: z.optional(z.array(JurisdictionAdvisorySchema).check(z.maxLength(20))),
});

/**
 * A jurisdiction as data: an id (`US-MA`, `US-NY-NYC`), a name, the zone its effective dates
 * are read in, the states whose residents it covers automatically, and its versions. Adding a
 * jurisdiction needs no code: pass a definition in `jurisdictions`.
 *
 * @example
 * ```ts
 * import { JurisdictionDefinitionSchema } from 'arrears/compliance';
 * JurisdictionDefinitionSchema.safeParse({ id: 'US-ZZ', name: 'Example', timeZone: 'America/Chicago', versions: [{ limits: [] }] }).success; // => true
 * ```
 */
export const JurisdictionDefinitionSchema = z.strictObject({
  /** `US-<state>` or `US-<state>-<locality>`, upper case. */
  id: z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,10}){0,3}$/, 'expected a jurisdiction id such as "US-MA" or "US-NY-NYC".')),
  /** A name for messages. */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The IANA zone its effective dates are read in. */
  timeZone: TimeZoneSchema,
  /** Residents of these states (ISO 3166-2 codes such as `US-MA`) are covered without naming the id. */
  states: z.optional(z.array(StateJurisdictionSchema).check(z.maxLength(60))),
  /** Its rules over time, at least one version. */
  versions: z.array(JurisdictionVersionSchema).check(z.minLength(1), z.maxLength(20)),
});

/**
 * A company policy: restrictions on top of the law, never fewer. A calling window must lie
 * inside 08:00-21:00 (`COMPLIANCE_POLICY_LOOSER_THAN_LAW` otherwise); limits, quiet weekdays
 * and holidays only add blocks.
 *
 * @example
 * ```ts
 * import { ContactPolicySchema } from 'arrears/compliance';
 * ContactPolicySchema.safeParse({ callingWindow: { start: '09:00', end: '20:00' }, avoidFederalHolidays: true }).success; // => true
 * ```
 */
export const ContactPolicySchema = z.strictObject({
  /** The company's calling window, inside the legal one. */
  callingWindow: z.optional(TimeWindowSchema),
  /** ISO weekdays with no contact (1 = Monday ... 7 = Sunday). */
  quietWeekdays: z.optional(z.array(IsoWeekdaySchema).check(z.maxLength(7))),
  /** No contact on US federal holidays (the observed days and the statutory dates), local dates. */
  avoidFederalHolidays: z.optional(z.boolean()),
  /** Extra local dates with no contact. */
  blockedDates: z.optional(z.array(CalendarDateSchema).check(z.maxLength(1000))),
  /** The company's own frequency caps. */
  limits: z.optional(z.array(ContactLimitSchema).check(z.maxLength(50))),
  /** Allow checking contacts before `checkedAt` (audits); otherwise that is an error. */
  allowPastAttempts: z.optional(z.boolean()),
  /** Warn when a contact is the last one a limit allows; default true. */
  warnOnLastAllowed: z.optional(z.boolean()),
  /** The federal holiday dates skipped in the validation period (see `validationPeriod`): calendar's `'statutory'` (default) or `'both'`. */
  validationHolidayDates: z.optional(ValidationHolidayDatesSchema),
  /**
   * Require `consumer.jurisdiction`: without it the check is an error (`INPUT_MISSING`) instead
   * of a `STATE-UNKNOWN` warning that state rules were not applied.
   */
  requireJurisdiction: z.optional(z.boolean()),
});

/**
 * Everything about one consumer except the proposed contact: who, which debts, what happened
 * and the company policy. {@link CheckContactInputSchema} adds the attempt; a batch lists many.
 *
 * @example
 * ```ts
 * import { ContactAccountSchema } from 'arrears/compliance';
 * ContactAccountSchema.safeParse({ consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }).success; // => true
 * ```
 */
export const ContactAccountSchema = z.strictObject({
  /** The consumer. */
  consumer: ConsumerSchema,
  /** The consumer's debts (at least one). */
  debts: z.array(DebtSchema).check(z.minLength(1), z.maxLength(1000)),
  /** Past contacts and conversations, in any order. */
  history: z.array(ContactHistoryEntrySchema).check(z.maxLength(10_000)),
  /** The company policy. */
  policy: z.optional(ContactPolicySchema),
});

/**
 * The input of {@link checkContact} and {@link earliestAllowedAt}: the proposed `attempt`,
 * the consumer, debts, history, policy, the instant the check is made `checkedAt`, and custom
 * `jurisdictions` (data definitions added to the built-in ones).
 *
 * @example
 * ```ts
 * import { CheckContactInputSchema } from 'arrears/compliance';
 * const input = {
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
 *   consumer: { timeZones: ['America/New_York'] },
 *   debts: [{ id: 'd1' }],
 *   history: [],
 * };
 * CheckContactInputSchema.safeParse(input).success; // => true
 * ```
 */
export const CheckContactInputSchema = z.extend(ContactAccountSchema, {
  /** The proposed contact. */
  attempt: ContactAttemptSchema,
  /**
   * The instant the check is made ("now"), an ISO 8601 instant: history must lie at or before
   * it, and the attempt at or after it (unless `policy.allowPastAttempts`).
   */
  checkedAt: InstantMsSchema,
  /** Custom jurisdictions (data), added to the built-in ones. */
  jurisdictions: z.optional(z.array(JurisdictionDefinitionSchema).check(z.maxLength(50))),
});

/** One proposed contact in a batch: a {@link ContactAttemptSchema} plus the `accountId` of the account it is for (internal). */
export const BatchAttemptSchema = z.extend(ContactAttemptSchema, {
  /** The id of the account in the batch. */
  accountId: ContactIdSchema,
});

/**
 * The input of {@link checkContacts}: accounts (each validated and prepared once), the
 * proposed contacts that refer to them (each with the `accountId` of its account), `checkedAt`
 * and custom jurisdictions.
 *
 * @example
 * ```ts
 * import { CheckContactsInputSchema } from 'arrears/compliance';
 * CheckContactsInputSchema.safeParse({ checkedAt: '2026-03-10T12:00:00Z', accounts: [], attempts: [] }).success; // => true
 * ```
 */
export const CheckContactsInputSchema = z.strictObject({
  /** The instant the check is made ("now"). */
  checkedAt: InstantMsSchema,
  /** The accounts, each with a unique `id`. */
  accounts: z.array(z.extend(ContactAccountSchema, { /** The account's id. */ id: ContactIdSchema })).check(z.maxLength(1_000_000)),
  /** The proposed contacts. */
  attempts: z.array(z.unknown()).check(z.maxLength(10_000_000)),
  /** Custom jurisdictions (data), added to the built-in ones. */
  jurisdictions: z.optional(z.array(JurisdictionDefinitionSchema).check(z.maxLength(50))),
});

/**
 * How a validation notice was provided. The assumed-receipt rule of 12 CFR 1006.34(b)(5)
 * applies to every method: the method is recorded in the result for the audit trail.
 *
 * @example
 * ```ts
 * import { NoticeMethodSchema } from 'arrears/compliance';
 * NoticeMethodSchema.options; // => ['mail', 'electronic', 'inPerson', 'oral']
 * ```
 */
export const NoticeMethodSchema = z.enum(['mail', 'electronic', 'inPerson', 'oral']);

/**
 * The input of {@link validationPeriod}: when the validation information was provided (the
 * calendar date `noticeDate`, or the instant `noticeSentAt` with the `timeZone` whose local
 * date counts: exactly one of the two), how, and which holiday dates to skip.
 *
 * @example
 * ```ts
 * import { ValidationPeriodInputSchema } from 'arrears/compliance';
 * ValidationPeriodInputSchema.safeParse({ noticeDate: '2026-11-02', method: 'mail' }).success; // => true
 * ValidationPeriodInputSchema.safeParse({ noticeSentAt: '2026-11-02T23:30:00Z', timeZone: 'America/Chicago', method: 'mail' }).success; // => true
 * ValidationPeriodInputSchema.safeParse({ noticeSentAt: '2026-11-02T23:30:00Z', method: 'mail' }).success; // => false
 * ```
 */
export const ValidationPeriodInputSchema = z
  .strictObject({
    /** The calendar date the notice was provided (`YYYY-MM-DD`); or give `noticeSentAt` and `timeZone`. */
    noticeDate: z.optional(CalendarDateSchema),
    /** The instant the notice was provided (ISO 8601 with an offset); its local date in `timeZone` counts. */
    noticeSentAt: z.optional(InstantSchema),
    /** The IANA zone whose local date of `noticeSentAt` counts (required with it, refused without it). */
    timeZone: z.optional(TimeZoneSchema),
    /** How the notice was provided. */
    method: NoticeMethodSchema,
    /** `'statutory'` (default): skip the holiday dates 5 U.S.C. 6103(a) names; `'both'`: also the in-lieu observed days (an equal or later end). */
    holidayDates: z.optional(ValidationHolidayDatesSchema),
  }).check(z.superRefine((value, ctx) => {
    const issue = (path: string, code: 'INPUT_MISSING' | 'INPUT_INVALID_VALUE', message: string, input: unknown): void => {
      ctx.addIssue({ code: 'custom', path: [path], message, params: arrearsIssue(code), input });
    };
    if (value.noticeDate === undefined && value.noticeSentAt === undefined) {
      issue('noticeDate', 'INPUT_MISSING', 'give the date the notice was provided (noticeDate), or the instant (noticeSentAt) with its timeZone.', undefined);
    } else if (value.noticeDate !== undefined && value.noticeSentAt !== undefined) {
      issue('noticeSentAt', 'INPUT_INVALID_VALUE', 'give noticeDate or noticeSentAt, not both.', value.noticeSentAt);
    } else if (value.noticeSentAt !== undefined && value.timeZone === undefined) {
      issue('timeZone', 'INPUT_MISSING', 'a time zone is required with noticeSentAt, to know its local date.', undefined);
    } else if (value.noticeDate !== undefined && value.timeZone !== undefined) {
      issue('timeZone', 'INPUT_INVALID_VALUE', 'timeZone has no effect with noticeDate (a calendar date): leave it out, or give noticeSentAt.', value.timeZone);
    }
  }));

/**
 * The input of {@link checkFurnishing}: the instant the check is made `checkedAt`, the debt to furnish,
 * every zone the consumer may be in (days are counted in each), the history of contacts, and
 * the wait after a letter or electronic message (14 days, the period comment 30(a)(1)-2 calls
 * reasonable; a policy may wait longer, never less).
 *
 * @example
 * ```ts
 * import { CheckFurnishingInputSchema } from 'arrears/compliance';
 * CheckFurnishingInputSchema.safeParse({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [] }).success; // => true
 * CheckFurnishingInputSchema.safeParse({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [], waitDays: 7 }).success; // => false
 * ```
 */
export const CheckFurnishingInputSchema = z.strictObject({
  /** The instant the check is made ("now"): may the debt be furnished at this instant? */
  checkedAt: InstantMsSchema,
  /** The debt to furnish to a consumer reporting agency. */
  debtId: ContactIdSchema,
  /** Every IANA zone the consumer may be in: the waiting days are counted in each. */
  timeZones: z.array(TimeZoneSchema).check(z.minLength(1), z.maxLength(8)),
  /** Past contacts (letters, messages, calls and their outcomes), in any order, none after `checkedAt`. */
  history: z.array(ContactHistoryEntrySchema).check(z.maxLength(10_000)),
  /** Consecutive days to wait for a notice of undeliverability, the sending day first; 14 to 365, default 14. */
  waitDays: z.optional(z.int().check(z.gte(14), z.lte(365))),
});
