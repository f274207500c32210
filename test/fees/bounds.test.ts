import { describe, expect, it } from 'vitest';
import { assessLateFees, FeeExpressionSchema, LateFeePolicySchema, safeAssessLateFees, safeLateFeeFor } from '../../src/fees/index.js';
import type { FeeExpression } from '../../src/fees/index.js';
import { isArrearsError } from '../../src/errors/index.js';

// Issue 18 item 15: bounded output and bounded recursion, with typed errors.

function weekly(count: number): { currency: string; installments: Array<{ number: number; dueDate: string; amount: string }> } {
  const start = Date.UTC(2026, 0, 5);
  return {
    currency: 'USD',
    installments: Array.from({ length: count }, (_, i) => ({ number: i + 1, dueDate: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10), amount: '10.00' })),
  };
}

function nested(depth: number): unknown {
  let expr: unknown = { type: 'flat', amount: '1.00' };
  for (let i = 0; i < depth; i++) expr = { type: 'greaterOf', of: [expr] };
  return expr;
}

describe('assessLateFees: bounded output', () => {
  it('refuses a daily recurrence over 100 weekly installments and 11 years with FEES_TOO_MANY_FEES, not 365,000 fees', () => {
    const input = { schedule: weekly(100), payments: [], policy: { amount: { type: 'flat', amount: '1.00' }, recurrence: { everyDays: 1 } }, asOf: '2037-01-01' } as const;
    const result = safeAssessLateFees(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('FEES_TOO_MANY_FEES');
    expect(result.error.path).toEqual(['policy', 'recurrence']);
  });

  it('still lists 10,000 occurrences: 100 installments recurring daily for 99 days', () => {
    const schedule = weekly(100);
    const policy = { amount: { type: 'flat', amount: '1.00' } as FeeExpression, recurrence: { everyDays: 1, maxFees: 100 } };
    const result = assessLateFees({ schedule, payments: [], policy, asOf: '2029-01-01' });
    expect(result.fees.length).toBe(10_000);
    expect(() => assessLateFees({ schedule: weekly(101), payments: [], policy, asOf: '2029-01-01' })).toThrow(/more than 10000 fee occurrences/);
  });
});

describe('FeeExpressionSchema: nesting is limited before parsing recurses', () => {
  it('refuses an expression nested 1,000 and 100,000 deep with FEES_INVALID_EXPRESSION, from the safe twins too', () => {
    for (const depth of [1_000, 100_000]) {
      const amount = nested(depth);
      const parsed = FeeExpressionSchema.safeParse(amount);
      expect(parsed.success).toBe(false);
      const policy = { amount } as never;
      const assessed = safeAssessLateFees({ schedule: weekly(1), payments: [], policy, asOf: '2026-03-01' });
      expect(assessed.success).toBe(false);
      if (!assessed.success) expect([assessed.error.code, assessed.error.path]).toEqual(['FEES_INVALID_EXPRESSION', ['policy', 'amount']]);
      const quoted = safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-01-05', amount: '10.00' }, policy });
      expect(quoted.success).toBe(false);
      const caps = safeAssessLateFees({ schedule: weekly(1), payments: [], policy: { amount: { type: 'flat', amount: '1.00' }, caps: { perFee: amount } } as never, asOf: '2026-03-01' });
      expect(caps.success).toBe(false);
    }
  });

  it('accepts 8 levels and refuses 9 (the documented limit)', () => {
    expect(LateFeePolicySchema.safeParse({ amount: nested(7) }).success).toBe(true);
    const nine = LateFeePolicySchema.safeParse({ amount: nested(8) });
    expect(nine.success).toBe(false);
  });

  it('refuses an expression too wide to be one (more than 10,000 terms) without walking it all', () => {
    const wide = { type: 'sum', of: Array.from({ length: 20_000 }, () => ({ type: 'flat', amount: '1.00' })) };
    const result = safeAssessLateFees({ schedule: weekly(1), payments: [], policy: { amount: wide } as never, asOf: '2026-03-01' });
    expect(result.success).toBe(false);
    if (!result.success) expect(isArrearsError(result.error) && result.error.code).toBe('FEES_INVALID_EXPRESSION');
  });
});
