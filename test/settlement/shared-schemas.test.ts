// Settlement speaks the shared schemas: money's PositiveAmountSchema and NonNegativeAmountSchema
// for amounts, calendar's CalendarSpecSchema for the offer window's business calendar. The user
// sees the owning module's code and sentence, at the field's own path.
import { describe, expect, it } from 'vitest';
import { safeCalendarFromSpec } from '../../src/calendar/index.js';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../../src/money/index.js';
import * as settlement from '../../src/settlement/index.js';
import { safeEvaluateCounterOffer, safeOffersWithinBudget, safeSettlementOffers, safeValidateSettlementTerms, settlementOffers } from '../../src/settlement/index.js';
import type { ArrearsResult } from '../../src/errors/index.js';
import { issuesOf } from '../support/errors.js';

const policy = { bands: [{ minAgeDays: 0, discountRate: '0.3' }], offerWindow: { days: 30 } };
const account = { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' };
const asOf = '2026-01-16';
const base = { account, policy, asOf };

function issue(result: ArrearsResult<unknown>): { code: string; path: readonly (string | number)[]; message: string } | undefined {
  if (result.success) return undefined;
  const first = issuesOf(result.error)[0];
  return first === undefined ? undefined : { code: first.code, path: first.path, message: first.message };
}

function sentence(schema: typeof PositiveAmountSchema, value: string): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('passed');
  return result.error.issues[0]?.message ?? '';
}

describe('amounts that may be zero (money\'s NonNegativeAmountSchema)', () => {
  it('refuses a negative principal with MONEY_NEGATIVE and money\'s sentence at its path', () => {
    expect(issue(safeSettlementOffers({ ...base, account: { ...account, principal: '-0.01' } }))).toEqual({
      code: 'MONEY_NEGATIVE',
      path: ['account', 'principal'],
      message: `"account.principal": ${sentence(NonNegativeAmountSchema, '-0.01')}`,
    });
  });

  it('accepts zero parts (and "-0") beside a positive one', () => {
    expect(safeSettlementOffers({ ...base, account: { ...account, interest: '0.00', fees: '-0' } }).success).toBe(true);
  });

  it('names the nested path of a policy limit, a band, the debtor\'s finances and a budget', () => {
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, maxForgiven: '-1.00' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'maxForgiven'] });
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, floor: { minAmount: '-1.00' } } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'floor', 'minAmount'] });
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, bands: [{ minAgeDays: 0, minBalance: '-1', discountRate: '0.3' }] } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'bands', 0, 'minBalance'] });
    expect(issue(safeOffersWithinBudget({ ...base, budget: { monthlyAmount: '-150.00' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['budget', 'monthlyAmount'] });
    expect(safeOffersWithinBudget({ ...base, budget: { monthlyAmount: '0.00', availableNow: '700.00' } }).success).toBe(true);
  });

  it('refuses negative debtor finances, which it used to take (income below zero is no fact)', () => {
    expect(issue(safeSettlementOffers({ ...base, debtor: { monthlyIncome: '-2500.00', monthlyExpenses: '0' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['debtor', 'monthlyIncome'] });
    expect(issue(safeSettlementOffers({ ...base, debtor: { monthlyIncome: '2500.00', monthlyExpenses: '2000.00', availableFunds: '-1' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['debtor', 'availableFunds'] });
    expect(safeSettlementOffers({ ...base, debtor: { monthlyIncome: '0', monthlyExpenses: '0' } }).success).toBe(true);
  });
});

describe('amounts that must be greater than zero (money\'s PositiveAmountSchema)', () => {
  it('refuses terms of zero with MONEY_NOT_POSITIVE and money\'s sentence at "terms.amount"', () => {
    expect(issue(safeValidateSettlementTerms({ terms: { account, asOf, amount: '0.00' }, policy }))).toEqual({
      code: 'MONEY_NOT_POSITIVE',
      path: ['terms', 'amount'],
      message: `"terms.amount": ${sentence(PositiveAmountSchema, '0.00')}`,
    });
    expect(safeValidateSettlementTerms({ terms: { account, asOf, amount: '0.01' }, policy }).success).toBe(true);
  });

  it('refuses a counter-offer, a rounding increment, a plan minimum and a band bound of zero', () => {
    expect(issue(safeEvaluateCounterOffer({ ...base, counter: { amount: '-0.00' } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['counter', 'amount'] });
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, roundingIncrement: '0' } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['policy', 'roundingIncrement'] });
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, settlementPlan: { maxInstallments: 3, minInstallment: '0.00' } } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['policy', 'settlementPlan', 'minInstallment'] });
    expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, bands: [{ minAgeDays: 0, balanceBelow: '0', discountRate: '0.3' }] } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['policy', 'bands', 0, 'balanceBelow'] });
    expect(safeSettlementOffers({ ...base, policy: { ...policy, roundingIncrement: '0.01' } }).success).toBe(true);
  });

  it('keeps SETTLEMENT_INVALID_AMOUNT for what money cannot know: the account currency\'s decimals', () => {
    expect(issue(safeValidateSettlementTerms({ terms: { account, asOf, amount: '700.001' }, policy }))).toMatchObject({ code: 'SETTLEMENT_INVALID_AMOUNT', path: ['terms', 'amount'] });
    // A wrong sign is reported once, by money, not again as a currency problem.
    const negative = safeValidateSettlementTerms({ terms: { account, asOf, amount: '-700.001' }, policy });
    expect(negative.success ? [] : issuesOf(negative.error).map((i) => i.code)).toEqual(['MONEY_NOT_POSITIVE']);
  });
});

describe('the offer window\'s calendar (calendar\'s CalendarSpecSchema)', () => {
  const window = (calendar: unknown): unknown => ({ ...base, policy: { ...policy, offerWindow: { days: 2, dayType: 'business', calendar } } });
  const expiry = (calendar: unknown): string | undefined => settlementOffers(window(calendar) as never).offers[0]?.expiresOn;

  it('reads every spec word of calendar: usFederal, weekendsOnly, a name-less object, extends, usFederalDates', () => {
    // 2026-01-16 is a Friday; Monday 19 January is Martin Luther King Jr. Day.
    expect(expiry('usFederal')).toBe('2026-01-21');
    expect(expiry('weekendsOnly')).toBe('2026-01-20');
    expect(expiry({ holidays: ['2026-01-20'] })).toBe('2026-01-21');
    expect(expiry({ extends: 'usFederal', holidays: ['2026-01-20'] })).toBe('2026-01-22');
    expect(expiry({ extends: 'usFederal', usFederalDates: 'statutory' })).toBe('2026-01-21');
  });

  it('refuses an unknown word with calendar\'s error, at the window\'s path', () => {
    const fromCalendar = issue(safeCalendarFromSpec('federal'));
    const fromSettlement = issue(safeSettlementOffers(window('federal')));
    expect(fromSettlement).toMatchObject({ code: fromCalendar?.code, path: ['policy', 'offerWindow', 'calendar'] });
    expect(fromSettlement?.message).toBe(fromCalendar?.message.replace(/^The input/, '"policy.offerWindow.calendar"'));
  });

  it('refuses usFederalDates without extends: "usFederal", and a bad holiday, with calendar\'s codes', () => {
    expect(issue(safeSettlementOffers(window({ holidays: [], usFederalDates: 'both' })))).toMatchObject({ code: 'CALENDAR_INVALID_CALENDAR', path: ['policy', 'offerWindow', 'calendar', 'usFederalDates'] });
    expect(issue(safeSettlementOffers(window({ holidays: ['2026-01-32'] })))).toMatchObject({ code: 'CALENDAR_INVALID_DATE', path: ['policy', 'offerWindow', 'calendar', 'holidays', 0] });
  });

  it('still refuses a calendar on a window of calendar days (fail closed), whatever its form', () => {
    for (const calendar of ['usFederal', { extends: 'usFederal' }, { name: 'Office', holidays: [] }]) {
      expect(issue(safeSettlementOffers({ ...base, policy: { ...policy, offerWindow: { days: 30, calendar } } }))).toMatchObject({ code: 'INPUT_INVALID_VALUE', path: ['policy', 'offerWindow', 'calendar'] });
    }
  });

  it('no longer exports a calendar schema of its own', () => {
    expect('SettlementCalendarSchema' in settlement).toBe(false);
  });
});
