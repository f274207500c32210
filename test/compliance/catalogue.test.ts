import { describe, expect, it } from 'vitest';
import { BUILT_IN_JURISDICTIONS, CONTACT_RULES, checkContact, getContactRule, getJurisdiction, safeGetContactRule, safeGetJurisdiction } from '../../src/compliance/index.js';

describe('getContactRule', () => {
  it('finds every catalogue rule by its id, the code of its findings', () => {
    for (const rule of CONTACT_RULES) expect(getContactRule(rule.id)).toBe(rule);
    expect(getContactRule('REGF-7IN7')).toEqual({ id: 'REGF-7IN7', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.14(b)(2)(i)(A)', checks: expect.any(String) });
    expect(getContactRule('POLICY-TIME')).not.toHaveProperty('jurisdiction');
  });

  it('refuses an id that is not in the catalogue, a jurisdiction rule included, with a coded error', () => {
    expect(() => getContactRule('REGF-NOPE')).toThrow(expect.objectContaining({ code: 'COMPLIANCE_UNKNOWN_RULE' }));
    expect(safeGetContactRule('MA-CALLS-7D')).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_RULE' } });
    expect(safeGetContactRule(null)).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_RULE' } });
    expect(safeGetContactRule('REGF-TIME')).toMatchObject({ success: true, data: { id: 'REGF-TIME' } });
  });

  it('names each rule of law with the jurisdiction its findings carry in details', () => {
    const r = checkContact({ checkedAt: '2026-03-10T12:00:00Z', attempt: { channel: 'call', at: '2026-03-11T02:00:00Z', debtIds: ['d1'] }, consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-NY' }, debts: [{ id: 'd1' }], history: [] });
    expect(r.findings).toEqual([{ code: 'REGF-TIME', severity: 'violation', message: expect.any(String), citation: getContactRule('REGF-TIME').citation, details: { source: 'law', jurisdiction: 'US' } }]);
  });
});

describe('getJurisdiction', () => {
  it('finds each built-in jurisdiction by its ISO 3166-2 id', () => {
    for (const j of BUILT_IN_JURISDICTIONS) expect(getJurisdiction(j.id)).toBe(j);
    expect(getJurisdiction('US-NY-NYC').name).toBe('New York City');
    expect(safeGetJurisdiction('US-CA')).toMatchObject({ success: true, data: { states: ['US-CA'] } });
  });

  it('refuses an id that is not built in (a two-letter state code included) as COMPLIANCE_UNKNOWN_JURISDICTION', () => {
    expect(() => getJurisdiction('US-TX')).toThrow(expect.objectContaining({ code: 'COMPLIANCE_UNKNOWN_JURISDICTION' }));
    expect(safeGetJurisdiction('MA')).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_JURISDICTION' } });
    expect(safeGetJurisdiction(undefined)).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_JURISDICTION' } });
  });

  it('hands out frozen data: the catalogues cannot be edited in place', () => {
    const ma = getJurisdiction('US-MA');
    expect(Object.isFrozen(ma)).toBe(true);
    expect(Object.isFrozen(ma.versions[0]?.limits[0])).toBe(true);
    expect(Object.isFrozen(getContactRule('REGF-TIME'))).toBe(true);
    expect(Object.isFrozen(CONTACT_RULES)).toBe(true);
  });
});

describe('input types', () => {
  it('accept read-only arrays and as-const objects (a type error before issue 20)', () => {
    const zones: readonly string[] = ['America/New_York'];
    const history = [{ channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] }] as const;
    const input = { checkedAt: '2026-03-10T12:00:00Z', attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] }, consumer: { timeZones: zones, jurisdiction: 'US-NY' }, debts: [{ id: 'd1' }], history } as const;
    expect(checkContact(input).ok).toBe(true);
  });
});

describe('catalogue getters given junk', () => {
  it('answer with a coded error for any value, a bigint or a symbol included (found by the junk test)', () => {
    for (const junk of [10n, Symbol('x'), { id: 'REGF-TIME' }, ['US-MA'], () => 'US-MA']) {
      expect(safeGetContactRule(junk)).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_RULE' } });
      expect(safeGetJurisdiction(junk)).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_JURISDICTION' } });
    }
  });
});
