import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/plan/index.js';

const terms = { principal: '1000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 } as const;

describe('a schedule is plain data (issue 19 item 5, audit F6/F7)', () => {
  it('keeps apr through a spread, Object.assign, structuredClone and JSON', () => {
    const s = buildSchedule(terms);
    expect({ ...s }.apr.aprPercent).toBe('12.00');
    expect(Object.assign({}, s).apr.aprPercent).toBe('12.00');
    expect(structuredClone(s).apr.aprPercent).toBe('12.00');
    expect((JSON.parse(JSON.stringify(s)) as typeof s).apr.aprPercent).toBe('12.00');
    // A copy that keeps the prototype does not throw.
    expect((Object.assign(Object.create(Object.getPrototypeOf(s) as object), s) as typeof s).apr.aprPercent).toBe('12.00');
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s)).toContain('apr');
  });

  it('names the regular installment and the regular principal part apart', () => {
    const level = buildSchedule(terms);
    expect([level.regularInstallmentAmount, level.regularPrincipalAmount]).toEqual(['88.85', undefined]);
    const byPrincipal = buildSchedule({ ...terms, method: 'equalPrincipal' });
    expect([byPrincipal.regularInstallmentAmount, byPrincipal.regularPrincipalAmount, byPrincipal.installments[0]?.amount]).toEqual([undefined, '83.33', '93.33']);
    const flat = buildSchedule({ ...terms, annualRate: '0', installments: 3 });
    expect(flat.regularInstallmentAmount).toBe('333.33');
  });
});

describe('the apr of a schedule', () => {
  it('is computed from the data and then kept as a plain value', () => {
    const s = buildSchedule(terms);
    expect(typeof Object.getOwnPropertyDescriptor(s, 'apr')?.get).toBe('function');
    const first = s.apr;
    expect(Object.getOwnPropertyDescriptor(s, 'apr')).toMatchObject({ value: first, enumerable: true });
    expect(s.apr).toBe(first);
  });

  it('still answers on a frozen schedule', () => {
    expect(Object.freeze(buildSchedule(terms)).apr.aprPercent).toBe('12.00');
  });
});
