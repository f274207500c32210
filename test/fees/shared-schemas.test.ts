// Fees speak the shared schemas: money's PositiveAmountSchema and NonNegativeAmountSchema for
// amounts, calendar's CalendarSpecSchema for a trigger's business calendar. The user sees the
// owning module's code and sentence, at the field's own path.
import { describe, expect, it } from 'vitest';
import { CalendarSpecSchema, safeCalendarFromSpec } from '../../src/calendar/index.js';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../../src/money/index.js';
import { firstLateFeeDate, safeAssessLateFees, safeFirstLateFeeDate, safeLateFeeFor } from '../../src/fees/index.js';
import * as fees from '../../src/fees/index.js';
import type { ArrearsResult } from '../../src/errors/index.js';
import { issuesOf } from '../support/errors.js';

const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] };
const policy = { trigger: { graceDays: 10 }, amount: { type: 'flat', amount: '5.00' } } as const;
const input = { schedule, payments: [], policy, asOf: '2026-06-01' };

function issue(result: ArrearsResult<unknown>): { code: string; path: readonly (string | number)[]; message: string } | undefined {
  if (result.success) return undefined;
  const first = issuesOf(result.error)[0];
  return first === undefined ? undefined : { code: first.code, path: first.path, message: first.message };
}

function sentence(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } } }, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('passed');
  return result.error?.issues[0]?.message ?? '';
}

describe('fee amounts (money\'s NonNegativeAmountSchema)', () => {
  it('refuses a negative flat fee with MONEY_NEGATIVE and money\'s sentence at its path', () => {
    expect(issue(safeAssessLateFees({ ...input, policy: { ...policy, amount: { type: 'flat', amount: '-0.01' } } }))).toEqual({
      code: 'MONEY_NEGATIVE',
      path: ['policy', 'amount', 'amount'],
      message: `"policy.amount.amount": ${sentence(NonNegativeAmountSchema, '-0.01')}`,
    });
  });

  it('accepts a zero fee, a zero cap and "-0", the close negatives', () => {
    expect(safeAssessLateFees({ ...input, policy: { ...policy, amount: { type: 'flat', amount: '0.00' } } }).success).toBe(true);
    expect(safeAssessLateFees({ ...input, policy: { ...policy, caps: { lifetime: { max: '0' } } } }).success).toBe(true);
    expect(safeAssessLateFees({ ...input, policy: { ...policy, amount: { type: 'flat', amount: '-0' } } }).success).toBe(true);
  });

  it('names the nested path of a cap, a threshold and a schedule amount', () => {
    expect(issue(safeAssessLateFees({ ...input, policy: { ...policy, caps: { lifetime: { max: '-1' } } } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'caps', 'lifetime', 'max'] });
    expect(issue(safeAssessLateFees({ ...input, policy: { ...policy, minUnpaidAmount: '-5.00' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'minUnpaidAmount'] });
    expect(issue(safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '-200.00' }, policy }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['installment', 'amount'] });
  });
});

describe('payments (money\'s PositiveAmountSchema)', () => {
  it('refuses a zero payment with MONEY_NOT_POSITIVE and money\'s sentence at its path', () => {
    expect(issue(safeAssessLateFees({ ...input, payments: [{ amount: '0.00', date: '2026-05-02' }] }))).toEqual({
      code: 'MONEY_NOT_POSITIVE',
      path: ['payments', 0, 'amount'],
      message: `"payments[0].amount": ${sentence(PositiveAmountSchema, '0.00')}`,
    });
  });

  it('accepts the smallest payment; a payment with a payment id takes the schema and says the same', () => {
    expect(safeAssessLateFees({ ...input, payments: [{ amount: '0.01', date: '2026-05-02' }] }).success).toBe(true);
    expect(issue(safeAssessLateFees({ ...input, payments: [{ amount: '-0.00', date: '2026-05-02', paymentId: 'p1' }] }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['payments', 0, 'amount'] });
  });

  it('no longer has a code of its own for either rule', () => {
    expect('FEES_NEGATIVE_AMOUNT' in fees.FeesErrorCodes).toBe(false);
  });
});

describe('the trigger\'s calendar (calendar\'s CalendarSpecSchema)', () => {
  const business = (calendar: unknown): unknown => ({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar } });

  it('reads every spec word of calendar: usFederal, weekendsOnly, extends, usFederalDates', () => {
    // Independence Day 2026 (Saturday) is observed on Friday 3 July; its statutory date is the 4th.
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: 'usFederal' } })).toBe('2026-07-07');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: 'weekendsOnly' } })).toBe('2026-07-04');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: { extends: 'usFederal', holidays: ['2026-07-06'] } } })).toBe('2026-07-08');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: { extends: 'usFederal', usFederalDates: 'statutory' } } })).toBe('2026-07-04');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: { name: 'Office', extends: 'weekendsOnly', holidays: ['2026-07-01'] } } })).toBe('2026-07-07');
  });

  it('gives the same calendar as calendarFromSpec for the same spec', () => {
    const spec = { extends: 'usFederal', holidays: ['2026-07-06'] } as const;
    const built = safeCalendarFromSpec(spec);
    expect(built.success && built.data.isHoliday('2026-07-06')).toBe(true);
    expect(CalendarSpecSchema.safeParse(spec).success).toBe(true);
  });

  it('refuses an unknown word with calendar\'s error, at the trigger\'s path', () => {
    const fromCalendar = issue(safeCalendarFromSpec('US'));
    const fromFees = issue(safeFirstLateFeeDate(business('US')));
    expect(fromFees).toMatchObject({ code: fromCalendar?.code, path: ['trigger', 'calendar'] });
    expect(fromFees?.message).toBe(fromCalendar?.message.replace(/^The input/, '"trigger.calendar"'));
  });

  it('refuses the old fees-only key extendsUsFederal (now extends: "usFederal") as an unknown key', () => {
    expect(issue(safeFirstLateFeeDate(business({ holidays: ['2026-07-06'], extendsUsFederal: true })))).toMatchObject({ code: 'INPUT_UNRECOGNIZED_KEYS', path: ['trigger', 'calendar'] });
  });

  it('refuses usFederalDates without extends: "usFederal" with CALENDAR_INVALID_CALENDAR', () => {
    expect(issue(safeFirstLateFeeDate(business({ holidays: ['2026-07-06'], usFederalDates: 'both' })))).toMatchObject({ code: 'CALENDAR_INVALID_CALENDAR', path: ['trigger', 'calendar', 'usFederalDates'] });
  });

  it('refuses a bad holiday date with calendar\'s date code at its path', () => {
    expect(issue(safeFirstLateFeeDate(business({ holidays: ['2026-02-30'] })))).toMatchObject({ code: 'CALENDAR_INVALID_DATE', path: ['trigger', 'calendar', 'holidays', 0] });
  });

  it('still refuses a calendar that would change nothing (fail closed), whatever its form', () => {
    for (const calendar of ['usFederal', { extends: 'usFederal' }, { holidays: [] }]) {
      expect(issue(safeFirstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, calendar } }))).toMatchObject({ code: 'FEES_OPTION_WITHOUT_EFFECT', path: ['trigger', 'calendar'] });
    }
    expect(safeFirstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, extendToBusinessDay: true, calendar: { holidays: [] } } }).success).toBe(true);
  });

  it('no longer exports a calendar schema of its own', () => {
    expect('FeeCalendarSchema' in fees).toBe(false);
  });
});
