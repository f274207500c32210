import { describe, expect, it } from 'vitest';
import { getCurrency, isArrearsError, isCurrencyCode, listCurrencies, safeGetCurrency, ValidationError } from '../../src/money/index.js';
import type { ArrearsError } from '../../src/money/index.js';
import { NON_STRINGS } from '../arbitraries/money.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return `${error.name} ${error.code}`;
    throw error;
  }
  return undefined;
}

describe('getCurrency', () => {
  it('returns the whole table entry for USD', () => {
    expect(getCurrency('USD')).toEqual({ code: 'USD', numericCode: '840', minorUnits: 2, name: 'US Dollar' });
  });

  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['XOF', 0],
    ['USD', 2],
    ['EUR', 2],
    ['BHD', 3],
    ['IQD', 3],
    ['JOD', 3],
    ['KWD', 3],
    ['LYD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['UYI', 0],
  ])('gives %s %i minor units, as ISO 4217 lists them', (code, minorUnits) => {
    expect(getCurrency(code).minorUnits).toBe(minorUnits);
  });

  it('keeps leading zeros in numeric codes', () => {
    expect(getCurrency('ALL').numericCode).toBe('008');
    expect(getCurrency('ARS').numericCode).toBe('032');
  });

  it('includes the codes added by amendments 176 and 179 and the newest currencies', () => {
    expect(getCurrency('XCG')).toEqual({ code: 'XCG', numericCode: '532', minorUnits: 2, name: 'Caribbean Guilder' });
    expect(getCurrency('XAD')).toEqual({ code: 'XAD', numericCode: '396', minorUnits: 2, name: 'Arab Accounting Dinar' });
    expect(getCurrency('ZWG').numericCode).toBe('924');
    expect(getCurrency('VED').numericCode).toBe('926');
    expect(getCurrency('SLE').numericCode).toBe('925');
  });

  it.each(['XAU', 'XAG', 'XPD', 'XPT', 'XDR', 'XUA', 'XSU', 'XBA', 'XBB', 'XBC', 'XBD', 'XTS', 'XXX'])(
    'rejects %s, whose minor unit ISO 4217 lists as N.A.',
    (code) => {
      expect(codeOf(() => getCurrency(code))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
    },
  );

  it.each(['BGN', 'ANG', 'CUC', 'HRK', 'SLL', 'ZWL', 'VEF', 'MRO', 'STD', 'DEM'])('rejects the withdrawn code %s', (code) => {
    expect(codeOf(() => getCurrency(code))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });

  it('suggests the uppercase code for a lowercase one', () => {
    const error = (() => {
      try {
        getCurrency('usd');
      } catch (e) {
        return e as ArrearsError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.path).toEqual(['currency']);
    expect(error?.message).toBe('"currency": "usd" is not a currency code: codes are uppercase, use "USD".');
  });

  it.each(['', 'US', 'USDD', ' USD', 'toString', '__proto__', 'constructor'])('rejects %j as an unknown currency', (code) => {
    expect(codeOf(() => getCurrency(code))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });

  it.each(NON_STRINGS.map((v) => [v]))('rejects the non-string %s with a type error', (value) => {
    const code = codeOf(() => getCurrency(value as string));
    expect(code === 'ValidationError INPUT_INVALID_TYPE' || code === 'ValidationError INPUT_MISSING').toBe(true);
  });
});

describe('safeGetCurrency', () => {
  it('returns the entry for a known code', () => {
    expect(safeGetCurrency('KWD')).toEqual({ success: true, data: { code: 'KWD', numericCode: '414', minorUnits: 3, name: 'Kuwaiti Dinar' } });
  });

  it('returns the error for junk instead of throwing', () => {
    const result = safeGetCurrency(840);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INPUT_INVALID_TYPE');
  });
});

describe('isCurrencyCode', () => {
  it('accepts every listed code and nothing else', () => {
    for (const c of listCurrencies()) expect(isCurrencyCode(c.code)).toBe(true);
    for (const junk of ['usd', 'XAU', 'XXX', '', 'BGN', 840, null, undefined, {}, ['USD']]) expect(isCurrencyCode(junk)).toBe(false);
  });
});

describe('listCurrencies', () => {
  const list = listCurrencies();

  it('holds the 165 active ISO 4217 codes with a minor unit, sorted by code', () => {
    expect(list).toHaveLength(165);
    const codes = list.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('has unique alphabetic and numeric codes, each well-formed', () => {
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.numericCode)).size).toBe(list.length);
    for (const c of list) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.numericCode).toMatch(/^\d{3}$/);
      expect([0, 2, 3, 4]).toContain(c.minorUnits);
      expect(c.name.length).toBeGreaterThan(2);
    }
  });

  it('only has 3 and 4 minor units where ISO 4217 says so', () => {
    expect(list.filter((c) => c.minorUnits === 3).map((c) => c.code)).toEqual(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
    expect(list.filter((c) => c.minorUnits === 4).map((c) => c.code)).toEqual(['CLF', 'UYW']);
    expect(list.filter((c) => c.minorUnits === 0).map((c) => c.code)).toEqual(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
  });

  it('is frozen, entries included', () => {
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(() => {
      (list as Array<unknown>).push('x');
    }).toThrow(TypeError);
  });
});
