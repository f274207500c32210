import type { BusinessCalendar } from '../calendar/index.js';
import { addBusinessDays, addDays, calendarFromSpec, daysBetween } from '../calendar/index.js';
import { DomainRuleError } from '../errors/index.js';
import { fromMinorUnits, parseRatio, toMinorUnits } from '../money/index.js';
import { SettlementErrorCodes, SettlementReasonCodes } from './codes.js';
import { compareDecimalStrings } from './schemas.js';
import type { Finding } from '../errors/index.js';
import type { SettlementPolicy } from './types.js';
import { survivalCurve } from './valuation.js';
import type { Survival } from './valuation.js';
import type * as z from 'zod/mini';
import type { DebtorFinancesSchema, SettlementAccountSchema } from './schemas.js';

type Account = z.output<typeof SettlementAccountSchema>;
type Debtor = z.output<typeof DebtorFinancesSchema>;

/** Everything an offer needs, validated and in minor units. @internal */
export interface Prepared {
  readonly currency: string;
  readonly policy: SettlementPolicy;
  readonly asOf: string;
  readonly parts: { readonly principal: bigint; readonly interest: bigint; readonly fees: bigint };
  readonly balance: bigint;
  readonly ageDays: number;
  readonly levels: readonly string[];
  readonly levelIndex: number;
  /** The band's discount rate per level, as an exact ratio. */
  readonly discountByLevel: ReadonlyArray<{ readonly numerator: bigint; readonly denominator: bigint }>;
  readonly floor: bigint;
  readonly maxForgiven: bigint | null;
  readonly increment: bigint;
  readonly expiresOn: string;
  readonly businessCalendar: BusinessCalendar | null;
  readonly capacity: bigint | null;
  readonly availableFunds: bigint;
  readonly curve: { readonly at: Survival; readonly months: number } | null;
  /** The most each level may forgive (its authority limit), null when the level has none. */
  readonly maxForgivenByLevel: ReadonlyArray<bigint | null>;
  /** What blocks offers: `violation` findings, paths from the input's root. */
  readonly blocks: Finding[];
  readonly timeBarred: boolean;
  readonly disclosureKeys: readonly string[];
}

function minor(value: string, currency: string, path: Array<string | number>): bigint {
  try {
    return toMinorUnits(value, currency);
  } catch {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT, `"${path.join('.')}": ${JSON.stringify(value)} has more decimals than ${currency} allows.`, { path });
  }
}

/** Validates the cross-field rules and converts to minor units. @internal */
export function prepare(account: Account, policy: SettlementPolicy, asOf: string, debtor: Debtor | undefined, level: string | undefined): Prepared {
  const currency = account.currency;
  if (policy.currency !== undefined && policy.currency !== currency) {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_CURRENCY_MISMATCH, `"policy.currency": the policy is in ${policy.currency} but the account is in ${currency}.`, { path: ['policy', 'currency'] });
  }
  const levels = policy.authorityLevels ?? ['agent', 'supervisor'];
  const levelIndex = level === undefined ? 0 : levels.indexOf(level);
  if (levelIndex < 0) {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"level": "${level ?? ''}" is not one of the policy's authority levels (${levels.join(', ')}).`, { path: ['level'] });
  }
  const parts = {
    principal: minor(account.principal, currency, ['account', 'principal']),
    interest: minor(account.interest ?? '0', currency, ['account', 'interest']),
    fees: minor(account.fees ?? '0', currency, ['account', 'fees']),
  };
  const balance = parts.principal + parts.interest + parts.fees;
  if (balance <= 0n) throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_NOTHING_OWED, '"account": the balance (principal + interest + fees) is zero; there is nothing to settle.', { path: ['account', 'principal'] });
  const ageFrom = policy.ageFrom ?? 'delinquency';
  const ageDate = ageFrom === 'chargeOff' ? account.chargeOffDate : account.delinquencyDate;
  if (ageDate === undefined) {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_CHARGE_OFF_DATE_MISSING, '"account.chargeOffDate": the policy ages debt from charge-off (ageFrom "chargeOff"), but the account has no charge-off date.', { path: ['account', 'chargeOffDate'] });
  }
  const ageDays = daysBetween(ageDate, asOf);
  if (ageDays < 0) {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_AS_OF_BEFORE_AGE_DATE, `"asOf": ${asOf} is before the ${ageFrom === 'chargeOff' ? 'charge-off' : 'delinquency'} date ${ageDate}.`, { path: ['asOf'] });
  }
  const balanceText = fromMinorUnits(balance, currency);
  const band = policy.bands.find(
    (b) =>
      ageDays >= b.minAgeDays &&
      (b.maxAgeDays === undefined || ageDays <= b.maxAgeDays) &&
      compareDecimalStrings(balanceText, b.minBalance ?? '0') >= 0 &&
      (b.balanceBelow === undefined || compareDecimalStrings(balanceText, b.balanceBelow) < 0),
  );
  /* c8 ignore next */
  if (band === undefined) throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_INCONSISTENT_BANDS, '"policy.bands": no band covers this account.', { path: ['policy', 'bands'] });
  const discountByLevel: Array<{ numerator: bigint; denominator: bigint }> = [];
  const maxForgivenByLevel: Array<bigint | null> = [];
  let previous = '0';
  for (const name of levels) {
    const d = typeof band.discountRate === 'string' ? band.discountRate : (band.discountRate[name] ?? previous);
    previous = d;
    // The role's own limit, set once for every band: the lower of it and the band's wins.
    const limit = policy.authority?.[name];
    const capped = limit?.maxDiscountRate !== undefined && compareDecimalStrings(limit.maxDiscountRate, d) < 0 ? limit.maxDiscountRate : d;
    discountByLevel.push(parseRatio(capped));
    maxForgivenByLevel.push(limit?.maxForgiven === undefined ? null : minor(limit.maxForgiven, currency, ['policy', 'authority', name, 'maxForgiven']));
  }
  const minRate = parseRatio(policy.floor?.minRate ?? '0');
  const rateFloor = ceilDiv(balance * minRate.numerator, minRate.denominator);
  const minAmount = policy.floor?.minAmount === undefined ? 0n : minor(policy.floor.minAmount, currency, ['policy', 'floor', 'minAmount']);
  if (minAmount > balance) {
    throw new DomainRuleError(SettlementErrorCodes.SETTLEMENT_FLOOR_ABOVE_BALANCE, `"policy.floor.minAmount": the floor ${policy.floor?.minAmount ?? ''} is above the balance ${balanceText}.`, { path: ['policy', 'floor', 'minAmount'] });
  }
  const floor = rateFloor > minAmount ? rateFloor : minAmount;
  const increment = policy.roundingIncrement === undefined ? 1n : minor(policy.roundingIncrement, currency, ['policy', 'roundingIncrement']);
  const window = policy.offerWindow;
  let businessCalendar: BusinessCalendar | null = null;
  let expiresOn: string;
  if ((window.dayType ?? 'calendar') === 'business') {
    const spec = window.calendar ?? 'usFederal';
    businessCalendar = calendarFromSpec(spec);
    expiresOn = addBusinessDays(asOf, window.days, businessCalendar);
  } else {
    expiresOn = addDays(asOf, window.days);
  }
  const capacityRaw = debtor === undefined ? null : minor(debtor.monthlyIncome, currency, ['debtor', 'monthlyIncome']) - minor(debtor.monthlyExpenses, currency, ['debtor', 'monthlyExpenses']);
  const { blocks, timeBarred, disclosureKeys } = findBlocks(account, policy);
  return {
    currency,
    policy,
    asOf,
    parts,
    balance,
    ageDays,
    levels,
    levelIndex,
    discountByLevel,
    floor,
    maxForgiven: policy.maxForgiven === undefined ? null : minor(policy.maxForgiven, currency, ['policy', 'maxForgiven']),
    increment,
    expiresOn,
    businessCalendar,
    capacity: capacityRaw === null ? null : capacityRaw < 0n ? 0n : capacityRaw,
    availableFunds: debtor?.availableFunds === undefined ? 0n : minor(debtor.availableFunds, currency, ['debtor', 'availableFunds']),
    curve: policy.defaultModel === undefined ? null : survivalCurve(policy.defaultModel),
    maxForgivenByLevel,
    blocks,
    timeBarred,
    disclosureKeys,
  };
}

/** `ceil(a / b)` for a >= 0, b > 0. @internal */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** The conditions that stop offers, in precedence order. @internal */
export function findBlocks(account: Account, policy: SettlementPolicy): { blocks: Finding[]; timeBarred: boolean; disclosureKeys: string[] } {
  const blocks: Finding[] = [];
  const block = (code: string, field: string, message: string, citation?: string): void => {
    blocks.push({ code, severity: 'violation', message, path: ['account', field], ...(citation === undefined ? {} : { citation }) });
  };
  if (account.bankruptcy === true) {
    block(SettlementReasonCodes.SETTLEMENT_BLOCKED_BANKRUPTCY, 'bankruptcy', 'A bankruptcy case is open: the automatic stay stops collection, settlement offers included.', '11 U.S.C. 362(a)');
  }
  if (account.dispute === 'unverified') {
    block(SettlementReasonCodes.SETTLEMENT_BLOCKED_UNVERIFIED_DISPUTE, 'dispute', 'The debt is disputed and not yet verified: collection waits until verification is sent.', '15 U.S.C. 1692g(b)');
  }
  if (account.fraudClaim === true) {
    block(SettlementReasonCodes.SETTLEMENT_BLOCKED_FRAUD_CLAIM, 'fraudClaim', 'The consumer says the debt is not theirs (fraud or identity theft); no offer until the claim is resolved.');
  }
  if (account.deceased === true && account.estateContact !== true) {
    block(SettlementReasonCodes.SETTLEMENT_BLOCKED_DECEASED_NO_ESTATE_CONTACT, 'estateContact', 'The debtor has died and no one authorized to act for the estate has been identified.', '12 CFR 1006.6(a)(4)');
  }
  const timeBarred = account.timeBarred === true;
  const provided = account.disclosureKeys ?? [];
  let required: string[] = [];
  if (timeBarred) {
    const jurisdiction = account.jurisdiction;
    const table = policy.timeBarredDisclosures ?? {};
    const entry = jurisdiction === undefined ? undefined : table[jurisdiction];
    if (entry === undefined) {
      block(
        SettlementReasonCodes.SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION,
        'jurisdiction',
        `The debt is time-barred and the policy lists no disclosures for ${jurisdiction === undefined ? 'an account without a jurisdiction' : `jurisdiction "${jurisdiction}"`}; add it to timeBarredDisclosures (an empty list if none is required).`,
        '12 CFR 1006.26',
      );
    } else {
      required = [...entry];
      const missing = entry.filter((key) => !provided.includes(key));
      if (missing.length > 0) {
        block(
          SettlementReasonCodes.SETTLEMENT_BLOCKED_TIME_BARRED_DISCLOSURES_MISSING,
          'disclosureKeys',
          `The debt is time-barred; the offer must carry the disclosure(s) ${missing.map((k) => `"${k}"`).join(', ')} that ${jurisdiction ?? ''} requires.`,
          '12 CFR 1006.26',
        );
      }
    }
  }
  return { blocks, timeBarred, disclosureKeys: timeBarred ? [...new Set([...required, ...provided])] : [...provided] };
}
