import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarDateSchema } from '../src/calendar/index.js';
import * as settlement from '../src/settlement/index.js';
import { schemaProblems, verdictProblems } from './support/vocabulary.js';
import { describeVocabulary } from './support/vocabulary-suite.js';

// Issue 20 item 4: the vocabulary of STYLE.md holds for every module that has migrated to it.
// Each migrated module has its own file, test/vocabulary/<module>.test.ts, calling
// describeVocabulary with its exports (every schema is walked) and the calls that return a
// verdict (blocked and not), so a later change cannot drift. Settlement, the first, is here.
const MIGRATED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'arrears/settlement': settlement,
};

const account = { currency: 'USD', principal: '800.00', interest: '150.00', fees: '50.00', delinquencyDate: '2025-07-01' };
const policy = { bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.4' } }], floor: { minRate: '0.6' }, offerWindow: { days: 30 }, settlementPlan: { maxInstallments: 3, minInstallment: '100.00' } };
const blocked = { ...account, bankruptcy: true };
const asOf = '2026-01-17';

const VERDICTS: Readonly<Record<string, () => unknown>> = {
  'settlementOffers': () => settlement.settlementOffers({ account, policy, asOf }),
  'settlementOffers (blocked)': () => settlement.settlementOffers({ account: blocked, policy, asOf }),
  'offersWithinBudget': () => settlement.offersWithinBudget({ account, policy, asOf, budget: { monthlyAmount: '150.00', firstDueDate: '2026-03-01' } }),
  'offersWithinBudget (blocked)': () => settlement.offersWithinBudget({ account: blocked, policy, asOf, budget: { monthlyAmount: '150.00' } }),
  'evaluateCounterOffer (accept)': () => settlement.evaluateCounterOffer({ account, policy, asOf, counter: { amount: '900.00' } }),
  'evaluateCounterOffer (escalate)': () => settlement.evaluateCounterOffer({ account, policy, asOf, counter: { amount: '700.00' } }),
  'evaluateCounterOffer (counter)': () => settlement.evaluateCounterOffer({ account, policy, asOf, counter: { amount: '700.00', installments: 9 } }),
  'evaluateCounterOffer (reject)': () => settlement.evaluateCounterOffer({ account: blocked, policy, asOf, counter: { amount: '900.00' } }),
  'validateSettlementTerms': () => settlement.validateSettlementTerms({ terms: { account, asOf, amount: '800.00' }, policy }),
  'validateSettlementTerms (broken)': () => settlement.validateSettlementTerms({ terms: { account: blocked, asOf, amount: '500.00', installments: 9 }, policy }),
  'validateSettlementTerms (no settlement fits)': () => settlement.validateSettlementTerms({ terms: { account, asOf, amount: '500.00' }, policy: { ...policy, currency: 'EUR' } }),
};

describeVocabulary(MIGRATED, VERDICTS);

describe('the vocabulary checker catches a planted violation', () => {
  const rules = (schema: unknown): string[] => schemaProblems('Planted', schema).map((p) => `${p.where}: ${p.rule}`);

  it('passes a schema that follows every rule', () => {
    const good = z.strictObject({
      dueDate: CalendarDateSchema,
      annualRate: z.string().check(z.regex(/^0(\.[0-9]+)?$|^1$/)),
      sentAt: z.iso.datetime({ offset: true }),
      frequency: z.optional(z.enum(['monthly', 'fourWeekly'])),
      roundingMode: z.optional(z.enum(['halfExpand', 'halfEven'])),
      jurisdiction: z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}$/)),
    });
    expect(rules(good)).toEqual([]);
  });

  it('catches a rate without a fraction ceiling, even nested in an array of optional objects', () => {
    const planted = z.strictObject({ bands: z.array(z.optional(z.strictObject({ discountRate: z.string() }))) });
    expect(rules(planted)).toEqual(['Planted.bands.discountRate: a ...Rate field has a fraction ceiling: "12" (a percent typed into it) must be refused']);
  });

  it('catches a percent input, a date field that takes instants and an instant field that takes dates', () => {
    expect(rules(z.strictObject({ discountPercent: z.string() }))).toEqual(['Planted.discountPercent: no input holds a percent: name a fraction ...Rate']);
    expect(rules(z.strictObject({ paidOn: z.string() }))).toEqual([
      'Planted.paidOn: a ...Date/...On/asOf field takes calendar dates only, not an instant',
      'Planted.paidOn: a ...Date/...On/asOf field refuses a day that does not exist',
    ]);
    expect(rules(z.strictObject({ receivedAt: CalendarDateSchema }))).toEqual([
      'Planted.receivedAt: an ...At field takes an instant with an offset',
      'Planted.receivedAt: an ...At field takes instants only, not a calendar date',
    ]);
    expect(rules(z.union([z.strictObject({ asOf: z.iso.datetime({ offset: true }) }), z.string()]))).toContain('Planted.asOf: a ...Date/...On/asOf field takes a calendar date YYYY-MM-DD');
  });

  it('catches "mode", a kebab-case enum value, a foreign rounding mode or frequency, and a free-text jurisdiction', () => {
    expect(rules(z.strictObject({ mode: z.enum(['spread']) }))).toEqual(['Planted.mode: "mode" is never a field: say roundingMode, or name the strategy']);
    expect(rules(z.strictObject({ remainder: z.enum(['largest-remainder']) }))).toEqual(['Planted.remainder: enum values are camelCase, not "largest-remainder"']);
    expect(rules(z.strictObject({ roundingMode: z.enum(['halfUp']) }))).toEqual(['Planted.roundingMode: roundingMode takes Intl.NumberFormat\'s values, not "halfUp"']);
    expect(rules(z.strictObject({ frequency: z.enum(['month']) }))).toEqual(['Planted.frequency: a frequency comes from the one list, not "month"']);
    expect(rules(z.strictObject({ jurisdiction: z.string() }))).toEqual(['Planted.jurisdiction: a jurisdiction refuses anything but ISO 3166-2 ("ny")']);
  });

  it('catches a date range named until, from or to (ranges are { start, end }), not a state named from', () => {
    expect(rules(z.strictObject({ until: CalendarDateSchema }))).toEqual([
      'Planted.until: a range of dates is { start, end } with both days included (or an inclusive ...Date such as endDate), never "until", whose end is ambiguous',
    ]);
    expect(rules(z.strictObject({ from: z.string(), to: z.string() }))).toEqual([]);
    expect(rules(z.strictObject({ start: CalendarDateSchema, end: CalendarDateSchema, endDate: CalendarDateSchema }))).toEqual([]);
  });

  it('catches the old verdict shapes and a finding that is not the shared Finding', () => {
    const rulesOf = (result: unknown): string[] => verdictProblems('Planted', result).map((p) => p.rule);
    expect(rulesOf({ ok: true, findings: [] })).toEqual([]);
    expect(rulesOf({ valid: false, violations: [] })).toEqual([
      'a verdict says "ok" and "findings", not "valid"',
      'a verdict says "ok" and "findings", not "violations"',
      'a verdict has a boolean "ok"',
      'a verdict has a "findings" array',
    ]);
    expect(rulesOf({ ok: true, findings: [{ code: 'X_Y', severity: 'violation', message: 'm' }] })).toEqual(['"ok" is false exactly when a finding is a violation']);
    expect(rulesOf({ ok: false, findings: [{ code: 'withinGrace', severity: 'error', message: 'm', citation: null, limit: '3' }] })).toEqual([
      'a finding has a code: a rule id or a module-prefixed UPPER_SNAKE code',
      'a finding has a severity: violation, warning or info',
      'an absent citation is left out, never null',
      'a citation is a string',
      'a finding has no "limit": put it in details',
      '"ok" is false exactly when a finding is a violation',
    ]);
  });
});

describe('no module can drift out of the vocabulary test', () => {
  it('has a vocabulary test for every public subpath', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    const modules = Object.keys(pkg.exports)
      .filter((k) => /^\.\/[a-z]+$/.test(k))
      .map((k) => k.slice(2));
    expect(modules.length).toBeGreaterThan(8);
    const covered = new Set(readdirSync(new URL('./vocabulary/', import.meta.url)).map((f) => f.replace(/\.test\.ts$/, '')));
    covered.add('settlement'); // in this file
    expect(modules.filter((m) => !covered.has(m))).toEqual([]);
  });
});
