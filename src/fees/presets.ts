import { attempt, UnsupportedOptionError } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { FeesErrorCodes } from './codes.js';
import { cite } from './expression.js';
import type { FeeExpression, FeePreset, FeePresetVersion } from './types.js';

const flat = (amount: string): FeeExpression => ({ type: 'flat', amount });
const percent = (rate: string, of: 'installment' | 'principalAndInterest' | 'pastDue' | 'minimumPayment'): FeeExpression => ({ type: 'percent', rate, of });

/** 12 CFR 1026.52(b)(1)(ii)(A)/(B) safe harbor: first violation, repeat within six billing cycles. */
function cardVersion(start: string, end: string | undefined, first: string, repeat: string): FeePresetVersion {
  return {
    effective: end === undefined ? { start } : { start, end },
    // Late = the required minimum periodic payment not received by the due date: a fee the next day.
    trigger: { graceDays: 0, counting: 'within' },
    // (b)(1)(ii) safe harbor amounts, and (b)(2)(i)(A): never above the dollar amount associated
    // with the violation, the required minimum periodic payment due immediately before the fee.
    perFee: {
      type: 'lesserOf',
      of: [
        {
          type: 'repeat',
          first: cite(flat(first), '12 CFR 1026.52(b)(1)(ii)(A)'),
          repeat: cite(flat(repeat), '12 CFR 1026.52(b)(1)(ii)(B)'),
          withinCycles: 6,
        },
        cite(percent('1', 'minimumPayment'), '12 CFR 1026.52(b)(2)(i)(A)'),
      ],
    },
    // (b)(2)(ii): no more than one penalty fee based on a single event or transaction.
    oncePerInstallment: true,
  };
}

/**
 * The jurisdiction presets this version ships, a frozen list. Each is data: its topic `id`,
 * its `jurisdiction` (ISO 3166-2: `'US'` for federal rules), citation, where it was read, scope,
 * and effective-dated versions (`effective: { start, end? }`, both days included) with the earliest first fee day, the caps and
 * whether one fee per installment is the most. A policy names them in `presets` (with its `accountKind`); they
 * clamp whatever the policy asks (the latest first fee day and the lowest maximum win).
 *
 * - `us-card-act`: credit cards, 12 CFR 1026.52(b): safe harbor $25/$35 from 2010-08-22,
 *   $26/$37 from 2014, $27/$38 from 2015, $28/$39 from 2019, $29/$40 from 2020, $30/$41 from
 *   2022-01-01 (the 2024 $8 rule, 89 FR 19128, was vacated on 2025-04-15 and never took effect);
 *   never above the minimum payment due; one fee per late payment.
 * - `us-hoepa`: high-cost mortgages, 12 CFR 1026.34(a)(8): 4% of the payment past due, once,
 *   not before the end of the 15-day period beginning on the due date.
 * - `us-ny-rent`: N.Y. Real Prop. Law 238-a(2): lesser of $50 or 5% of the monthly rent, not
 *   before rent is unpaid "within five days" (first fee day D+6).
 * - `us-ny-mortgage`: N.Y. Real Prop. Law 254-b(1): 2% of the delinquent installment,
 *   "regardless of the period it remains in default"; none if paid within 15 days (D+16).
 * - `us-ca-mortgage`: Cal. Civ. Code 2954.4: greater of 6% of the principal-and-interest part
 *   or $5; once per installment; none if paid within 10 days (D+11); payments go to the most
 *   recent installment.
 * - `us-ca-retail-installment`: Cal. Civ. Code 1810.12: $10 after at least 10 days in default,
 *   $15 after at least 15; one charge per installment.
 * - `us-tx-rent-small` / `us-tx-rent-large`: Tex. Prop. Code 92.019 (from 2019-09-01): 12%
 *   (structures of up to 4 units) or 10% of the month's rent, initial and daily fees combined;
 *   none until unpaid two full days after due (D+3).
 * - `us-co-rent`: C.R.S. 38-12-105 (from 2021-10-01, read in secondary sources only): greater
 *   of $50 or 5% of the past-due rent, not before 7 days late (D+7).
 * - `us-ma-rent`: M.G.L. c. 186, 15B(1)(c): no interest or penalty until 30 days after due
 *   (D+30); no amount cap.
 *
 * @example
 * ```ts
 * import { FEE_PRESET_LIST } from 'arrears/fees';
 * FEE_PRESET_LIST.length; // => 10
 * FEE_PRESET_LIST.filter((p) => p.jurisdiction === 'US-NY').map((p) => p.id); // => ['us-ny-rent', 'us-ny-mortgage']
 * ```
 */
export const FEE_PRESET_LIST: readonly FeePreset[] = deepFreeze<readonly FeePreset[]>([
  {
    id: 'us-card-act',
    jurisdiction: 'US',
    title: 'Credit card penalty fees (CARD Act)',
    citation: '12 CFR 1026.52(b)',
    source:
      'https://www.consumerfinance.gov/rules-policy/regulations/1026/52/ ; amounts: 75 FR 37526 (2010), CFPB annual threshold adjustments (2015-2022, NCUA 21-RA-10 for 2022); vacatur of 89 FR 19128: U.S. Chamber of Commerce v. CFPB (N.D. Tex. 2025-04-15)',
    verification: 'secondary',
    scope: ['creditCard'],
    versions: [
      cardVersion('2010-08-22', '2013-12-31', '25.00', '35.00'),
      cardVersion('2014-01-01', '2014-12-31', '26.00', '37.00'),
      cardVersion('2015-01-01', '2018-12-31', '27.00', '38.00'),
      cardVersion('2019-01-01', '2019-12-31', '28.00', '39.00'),
      cardVersion('2020-01-01', '2021-12-31', '29.00', '40.00'),
      cardVersion('2022-01-01', undefined, '30.00', '41.00'),
    ],
    notes:
      'Safe-harbor amounts of 1026.52(b)(1)(ii)(A)/(B) as adjusted under (b)(1)(ii)(D); the CFPB made no adjustment for 2023-2025 and the 2024 rule ($8 for larger issuers; $32/$43 otherwise) was vacated, so $30/$41 applies. The cost-justified path of (b)(1)(i) is outside the preset. Repeat amounts use the six billing cycles before the late payment, cycles being schedule installments.',
  },
  {
    id: 'us-hoepa',
    jurisdiction: 'US',
    title: 'High-cost mortgages (HOEPA)',
    citation: '12 CFR 1026.34(a)(8)',
    source: 'https://compliance.docutech.com/?p=10476 (quotes (a)(8)(i)); https://www.consumerfinance.gov/rules-policy/regulations/1026/34/',
    verification: 'secondary',
    scope: ['highCostMortgage'],
    versions: [
      {
        effective: { start: '2014-01-10' },
        trigger: { graceDays: 15, counting: 'periodBeginningOnDueDate' },
        perFee: cite(percent('0.04', 'pastDue'), '12 CFR 1026.34(a)(8)(i)'),
        perInstallment: cite(percent('0.04', 'pastDue'), '12 CFR 1026.34(a)(8)(i)'),
        oncePerInstallment: true,
      },
    ],
    notes: 'The 30-day period for loans whose interest is paid in advance ((a)(8)(ii)) is not modelled: use a policy trigger of 30 days.',
  },
  {
    id: 'us-ny-rent',
    jurisdiction: 'US-NY',
    title: 'New York residential rent',
    citation: 'N.Y. Real Prop. Law § 238-a(2)',
    source: 'https://legalservicesli.org/?p=1414 (quotes 238-a(2)); https://www.nysenate.gov/legislation/laws/RPP/238-A',
    verification: 'primary',
    scope: ['residentialRent'],
    versions: [
      {
        effective: { start: '2019-06-14' },
        trigger: { graceDays: 5, counting: 'within' },
        perFee: { type: 'lesserOf', of: [flat('50.00'), percent('0.05', 'installment')] },
        perInstallment: { type: 'lesserOf', of: [flat('50.00'), percent('0.05', 'installment')] },
        oncePerInstallment: false,
      },
    ],
    notes: 'Added by the Housing Stability and Tenant Protection Act of 2019 (effective 2019-06-14). The cap applies to all fees for one late payment together.',
  },
  {
    id: 'us-ny-mortgage',
    jurisdiction: 'US-NY',
    title: 'New York owner-occupied 1-6 family mortgages',
    citation: 'N.Y. Real Prop. Law § 254-b(1)',
    source: 'https://www.nysenate.gov/legislation/laws/RPP/254-B',
    verification: 'primary',
    // A high-cost mortgage on such a home is still such a mortgage: it names this preset with us-hoepa.
    scope: ['mortgage', 'highCostMortgage'],
    versions: [
      {
        effective: { start: '1900-01-01' },
        trigger: { graceDays: 15, counting: 'within' },
        perFee: percent('0.02', 'installment'),
        perInstallment: percent('0.02', 'installment'),
        oncePerInstallment: false,
      },
    ],
    notes: 'The installment includes escrowed taxes and insurance when the note collects them; loans insured by FHA or guaranteed by the VA are excluded (254-b(2)).',
  },
  {
    id: 'us-ca-mortgage',
    jurisdiction: 'US-CA',
    title: 'California single-family owner-occupied mortgages',
    citation: 'Cal. Civ. Code § 2954.4',
    source: 'https://law.onecle.com/california/civil/2954.4.html',
    verification: 'primary',
    // A high-cost mortgage on such a home is still such a mortgage: it names this preset with us-hoepa.
    scope: ['mortgage', 'highCostMortgage'],
    versions: [
      {
        effective: { start: '1900-01-01' },
        trigger: { graceDays: 10, counting: 'within' },
        perFee: { type: 'greaterOf', of: [percent('0.06', 'principalAndInterest'), flat('5.00')] },
        oncePerInstallment: true,
        paymentApplication: 'currentFirst',
      },
    ],
    notes: 'Not applicable to credit unions, industrial loan companies and finance lenders (2954.4(e)).',
  },
  {
    id: 'us-ca-retail-installment',
    jurisdiction: 'US-CA',
    title: 'California retail installment accounts',
    citation: 'Cal. Civ. Code § 1810.12',
    source: 'https://california.public.law/codes/ca_civ_code_section_1810.12',
    verification: 'primary',
    scope: ['retailInstallment'],
    versions: [
      {
        effective: { start: '1900-01-01' },
        trigger: { graceDays: 10, counting: 'atLeast' },
        perFee: {
          type: 'tiers',
          tiers: [
            { minDaysLate: 10, amount: flat('10.00') },
            { minDaysLate: 15, amount: flat('15.00') },
          ],
        },
        oncePerInstallment: true,
      },
    ],
    notes: '"Only one delinquency charge may be collected on any installment regardless of the period during which it remains in default" (1810.12(b)). The one charge is priced on its own date: $10 when the policy charges it from 10 days in default, $15 from 15 days; it does not step up afterwards.',
  },
  {
    id: 'us-tx-rent-small',
    jurisdiction: 'US-TX',
    title: 'Texas residential rent, structures of up to four units',
    citation: 'Tex. Prop. Code § 92.019(a)(3), (a-1)(1)(A), (b)',
    source: 'http://www.weblaws.org/texas/laws/tex._prop._code_section_92.019_late_payment_of_rent;_fees ; https://capitol.texas.gov/tlodocs/86R/billtext/html/SB01414H.htm',
    verification: 'primary',
    scope: ['residentialRent'],
    versions: [
      {
        effective: { start: '2019-09-01' },
        trigger: { graceDays: 2, counting: 'fullDaysAfter' },
        perInstallment: cite(percent('0.12', 'installment'), 'Tex. Prop. Code § 92.019(a-1)(1)(A), (b)'),
        oncePerInstallment: false,
      },
    ],
    notes: 'The safe-harbor percentage of (a-1)(1); a larger fee justified by the landlord\'s damages ((a-1)(2)) is outside the preset. Initial and daily fees count as a single fee (b).',
  },
  {
    id: 'us-tx-rent-large',
    jurisdiction: 'US-TX',
    title: 'Texas residential rent, structures of more than four units',
    citation: 'Tex. Prop. Code § 92.019(a)(3), (a-1)(1)(B), (b)',
    source: 'http://www.weblaws.org/texas/laws/tex._prop._code_section_92.019_late_payment_of_rent;_fees ; https://capitol.texas.gov/tlodocs/86R/billtext/html/SB01414H.htm',
    verification: 'primary',
    scope: ['residentialRent'],
    versions: [
      {
        effective: { start: '2019-09-01' },
        trigger: { graceDays: 2, counting: 'fullDaysAfter' },
        perInstallment: cite(percent('0.1', 'installment'), 'Tex. Prop. Code § 92.019(a-1)(1)(B), (b)'),
        oncePerInstallment: false,
      },
    ],
    notes: 'As us-tx-rent-small with 10% for structures of more than four units.',
  },
  {
    id: 'us-co-rent',
    jurisdiction: 'US-CO',
    title: 'Colorado residential rent',
    citation: 'C.R.S. § 38-12-105',
    source: 'https://legalclarity.org/colorado-rental-laws-on-late-fees-what-landlords-can-charge ; https://observed.org/late-rent-fees-in-colorado/ (secondary)',
    verification: 'secondary',
    scope: ['residentialRent'],
    versions: [
      {
        effective: { start: '2021-10-01' },
        trigger: { graceDays: 7, counting: 'atLeast' },
        perFee: { type: 'greaterOf', of: [flat('50.00'), percent('0.05', 'pastDue')] },
        perInstallment: { type: 'greaterOf', of: [flat('50.00'), percent('0.05', 'pastDue')] },
        oncePerInstallment: true,
      },
    ],
    notes: 'Read in secondary sources only: confirm against the official C.R.S. text before relying on it.',
  },
  {
    id: 'us-ma-rent',
    jurisdiction: 'US-MA',
    title: 'Massachusetts residential rent',
    citation: 'M.G.L. c. 186, § 15B(1)(c)',
    source: 'https://cityrulelookup.com/rental-property/late-fees/boston-ma (quotes 15B(1)(c)); https://malegislature.gov/Laws/GeneralLaws/PartII/TitleI/Chapter186/Section15B',
    verification: 'secondary',
    scope: ['residentialRent'],
    versions: [{ effective: { start: '1900-01-01' }, trigger: { graceDays: 30, counting: 'atLeast' }, oncePerInstallment: false }],
    notes: '"No lease or other rental agreement shall impose any interest or penalty for failure to pay rent until thirty days after such rent shall have been due"; no amount cap.',
  },
]);


const BY_ID: ReadonlyMap<string, FeePreset> = new Map(FEE_PRESET_LIST.map((p) => [p.id, p]));

/** Freezes the preset data all the way down (internal). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Looks up a jurisdiction preset by id.
 *
 * @param id - a preset id such as `'us-ny-rent'`
 * @returns the preset (frozen data)
 * @throws {@link arrears!UnsupportedOptionError} `FEES_UNKNOWN_PRESET` for an id this version does not ship
 *
 * @example
 * ```ts
 * import { getFeePreset } from 'arrears/fees';
 * getFeePreset('us-tx-rent-small').versions[0]?.effective; // => { start: '2019-09-01' }
 * getFeePreset('us-ny-rent').jurisdiction; // => 'US-NY'
 * getFeePreset('us-zz-rent'); // throws FEES_UNKNOWN_PRESET
 * ```
 */
export function getFeePreset(id: string): FeePreset {
  return presetOrThrow(id, ['id']);
}

/**
 * {@link getFeePreset} without throwing: accepts anything and answers `{ success: true, data }`
 * or `{ success: false, error }` with the typed error.
 *
 * @param id - a preset id, or anything
 * @returns an {@link arrears!ArrearsResult}
 *
 * @example
 * ```ts
 * import { safeGetFeePreset } from 'arrears/fees';
 * safeGetFeePreset('us-ma-rent').success; // => true
 * safeGetFeePreset(42).success; // => false
 * ```
 */
export function safeGetFeePreset(id: unknown): ArrearsResult<FeePreset> {
  return attempt(() => presetOrThrow(id, ['id']));
}

/** Looks up a preset or throws with the given path (internal). */
export function presetOrThrow(id: unknown, path: ReadonlyArray<string | number>): FeePreset {
  const preset = typeof id === 'string' ? BY_ID.get(id) : undefined;
  if (preset !== undefined) return preset;
  const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : typeof id;
  const known = [...BY_ID.keys()];
  throw new UnsupportedOptionError(
    `"${path.join('.')}": ${shown} is not a fee preset this version ships; use one of ${known.join(', ')}.`,
    { path, details: { known } },
    FeesErrorCodes.FEES_UNKNOWN_PRESET,
  );
}

/** The version of a preset in effect on a day (as `YYYY-MM-DD`), if any (internal). */
export function presetVersionOn(preset: FeePreset, date: string): FeePresetVersion | undefined {
  for (const version of preset.versions) {
    if (date >= version.effective.start && (version.effective.end === undefined || date <= version.effective.end)) return version;
  }
  return undefined;
}
