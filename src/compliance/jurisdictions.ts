import { UnsupportedOptionError, attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { ComplianceErrorCodes } from './codes.js';
import type { JurisdictionDefinitionInput } from './types.js';

/** Freezes a plain JSON value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Telephone-type channels the Massachusetts rules count (live calls, texts, recorded messages). */
const MA_CHANNELS = ['call', 'voicemail', 'sms'] as const;
/** Outcomes Massachusetts counts: every attempt that reached the line (Armata v. Target, 480 Mass. 14 (2018)). */
const MA_OUTCOMES = ['connected', 'noAnswer', 'voicemail', 'messageSent'] as const;
/** Every medium: New York City and Washington count communications in any form. */
const ALL_MEDIA = ['call', 'voicemail', 'sms', 'email', 'letter', 'inPerson', 'socialMedia'] as const;
/** A communication: information reached the consumer (a limited-content voicemail does not count). */
const COMMUNICATED = ['connected', 'voicemail', 'messageSent'] as const;
/** An attempt: the contact was made, whether or not it reached the consumer. */
const ATTEMPTED = ['connected', 'noAnswer', 'voicemail', 'messageSent'] as const;

const MA_CITATION = '940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d)';
const NYC_CITATION = '6 RCNY 5-77(b)(1)';

/**
 * The built-in state and city rules, as data (the same shape a caller passes in
 * `jurisdictions` to add one), frozen to the last field. Each applies on top of the federal
 * rules; the stricter wins. {@link getJurisdiction} looks one up by id.
 *
 * - `US-MA` Massachusetts, 940 CMR 7.04(1)(f) (creditors) and 209 CMR 18.16(1)(d) (licensed
 *   collectors): at most two collector-initiated telephone communications (calls, texts,
 *   recorded messages) per debt in each seven-day period to the residence or mobile phone,
 *   and two in each 30-day period to any other number. Unanswered calls count (Armata v.
 *   Target Corp., 480 Mass. 14 (2018)); calls that never reached the line do not, nor do
 *   unanswered calls that reached no voicemail or answering service (history `noVoicemail`):
 *   the Attorney General's 2013 guidance, as the court quotes it, exempts a creditor "truly
 *   unable to reach the debtor or to leave a message for the debtor".
 * - `US-NY-NYC` New York City, 6 RCNY 5-77(b)(1): until 2026-08-31, at most two
 *   communications in a seven-calendar-day period across all media, per consumer, not counting
 *   answers to the consumer, returned mail or limited-content messages; 08:00-21:00. From
 *   2026-09-01 (the amended rule adopted by DCWP on 2026-02-26), at most three attempts in
 *   seven days per account, across calls, texts, emails and other non-mail media (letters are
 *   not capped); every attempt counts, unanswered calls and limited-content messages too. Date
 *   and number are from DCWP's own announcement of 2026-02-26; the amended rule text was not
 *   available to us (see docs/compliance.md).
 * - `US-WA` Washington, RCW 19.16.250: at most three communications with the debtor in a
 *   week, one at the place of employment; at the residence not 21:00-07:30 (the federal
 *   08:00 is stricter).
 * - `US-CA` California, Cal. Civ. Code 1788.11(d), (e) and 1788.17: no numeric cap; a warning
 *   records that the Rosenthal Act was considered.
 *
 * @example
 * ```ts
 * import { BUILT_IN_JURISDICTIONS } from 'arrears/compliance';
 * BUILT_IN_JURISDICTIONS.map((j) => j.id); // => ['US-MA', 'US-NY-NYC', 'US-WA', 'US-CA']
 * ```
 */
export const BUILT_IN_JURISDICTIONS: readonly JurisdictionDefinitionInput[] = deepFreeze([
  {
    id: 'US-MA',
    name: 'Massachusetts',
    timeZone: 'America/New_York',
    states: ['US-MA'],
    versions: [
      {
        limits: [
          {
            id: 'MA-CALLS-7D',
            citation: MA_CITATION,
            max: 2,
            periodDays: 7,
            scope: 'debt',
            channels: [...MA_CHANNELS],
            addressKinds: ['home', 'mobile'],
            outcomes: [...MA_OUTCOMES],
            // "truly unable to reach the debtor or to leave a message" (AG guidance, 2013, as quoted in Armata, 480 Mass. at 15).
            excludeNoVoicemail: true,
          },
          {
            id: 'MA-CALLS-30D',
            citation: MA_CITATION,
            max: 2,
            periodDays: 30,
            scope: 'debt',
            channels: [...MA_CHANNELS],
            addressKinds: ['work', 'other'],
            outcomes: [...MA_OUTCOMES],
            // "truly unable to reach the debtor or to leave a message" (AG guidance, 2013, as quoted in Armata, 480 Mass. at 15).
            excludeNoVoicemail: true,
          },
        ],
      },
    ],
  },
  {
    id: 'US-NY-NYC',
    name: 'New York City',
    timeZone: 'America/New_York',
    versions: [
      {
        endDate: '2026-08-31',
        windows: [{ id: 'NYC-TIME', citation: NYC_CITATION, start: '08:00', end: '21:00' }],
        limits: [
          {
            id: 'NYC-FREQ',
            citation: NYC_CITATION,
            max: 2,
            periodDays: 7,
            scope: 'consumer',
            channels: [...ALL_MEDIA],
            outcomes: [...COMMUNICATED],
            excludeLimitedContent: true,
          },
        ],
      },
      {
        startDate: '2026-09-01',
        windows: [{ id: 'NYC-TIME', citation: `${NYC_CITATION} (as amended 2026)`, start: '08:00', end: '21:00' }],
        limits: [
          {
            id: 'NYC-FREQ',
            citation: `${NYC_CITATION} (as amended 2026)`,
            // "limiting collectors to three attempts within seven days" (DCWP, 2026-02-26), per
            // account; written mail is not capped. Attempts: every outcome but a call that never
            // reached the number or a message that bounced.
            max: 3,
            periodDays: 7,
            scope: 'debt',
            channels: ALL_MEDIA.filter((c) => c !== 'letter'),
            outcomes: [...ATTEMPTED],
          },
        ],
      },
    ],
  },
  {
    id: 'US-WA',
    name: 'Washington',
    timeZone: 'America/Los_Angeles',
    states: ['US-WA'],
    versions: [
      {
        windows: [{ id: 'WA-TIME', citation: 'RCW 19.16.250', start: '07:30', end: '21:00', addressKinds: ['home'] }],
        limits: [
          { id: 'WA-FREQ', citation: 'RCW 19.16.250', max: 3, periodDays: 7, scope: 'consumer', channels: [...ALL_MEDIA], outcomes: [...COMMUNICATED] },
          {
            id: 'WA-WORK-FREQ',
            citation: 'RCW 19.16.250',
            max: 1,
            periodDays: 7,
            scope: 'consumer',
            channels: [...ALL_MEDIA],
            addressKinds: ['work'],
            outcomes: [...COMMUNICATED],
          },
        ],
      },
    ],
  },
  {
    id: 'US-CA',
    name: 'California',
    timeZone: 'America/Los_Angeles',
    states: ['US-CA'],
    versions: [
      {
        limits: [],
        advisories: [
          {
            id: 'CA-ROSENTHAL',
            citation: 'Cal. Civ. Code 1788.11(d), (e); 1788.17',
            message:
              'California forbids calls and visits with unreasonable frequency (Rosenthal Act); there is no numeric cap, so the federal limits were applied.',
            channels: ['call', 'voicemail', 'sms', 'inPerson'],
          },
        ],
      },
    ],
  },
]);

/**
 * A built-in jurisdiction by its ISO 3166-2 id (`US-MA`, `US-NY-NYC`), as
 * {@link BUILT_IN_JURISDICTIONS} holds it (frozen).
 *
 * @param id - a jurisdiction id
 * @returns the frozen definition
 * @throws {@link arrears!UnsupportedOptionError} `COMPLIANCE_UNKNOWN_JURISDICTION` for an id that is not built in
 *
 * @example
 * ```ts
 * import { getJurisdiction } from 'arrears/compliance';
 * getJurisdiction('US-MA').name; // => 'Massachusetts'
 * getJurisdiction('US-TX'); // throws COMPLIANCE_UNKNOWN_JURISDICTION
 * ```
 */
export function getJurisdiction(id: string): JurisdictionDefinitionInput {
  const found = typeof id === 'string' ? BUILT_IN_JURISDICTIONS.find((j) => j.id === id) : undefined;
  if (found === undefined) {
    throw new UnsupportedOptionError(
      `The jurisdiction ${typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : `(a ${typeof id})`} is not built in (${BUILT_IN_JURISDICTIONS.map((j) => j.id).join(', ')}); define it in "jurisdictions" to use it.`,
      { path: [], details: { known: BUILT_IN_JURISDICTIONS.map((j) => j.id) } },
      ComplianceErrorCodes.COMPLIANCE_UNKNOWN_JURISDICTION,
    );
  }
  return found;
}

/**
 * The non-throwing twin of {@link getJurisdiction}, for ids that come from user input.
 *
 * @param id - anything; a jurisdiction id is expected
 * @returns `{ success: true, data }` with the definition, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetJurisdiction } from 'arrears/compliance';
 * safeGetJurisdiction('US-WA').success; // => true
 * safeGetJurisdiction('WA').success; // => false
 * ```
 */
export function safeGetJurisdiction(id: unknown): ArrearsResult<JurisdictionDefinitionInput> {
  return attempt(() => getJurisdiction(id as string));
}
