import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ArrearsError,
  attempt,
  CoreErrorCodes,
  DomainRuleError,
  isArrearsError,
  UnsupportedOptionError,
  ValidationError,
} from '../../src/errors/index.js';
import { arrearsIssue, parseInput } from '../../src/internal/parse.js';

describe('ArrearsError', () => {
  it('carries a code, a frozen path, details and a cause', () => {
    const cause = new Error('inner');
    const error = new ArrearsError('MONEY_INVALID_AMOUNT', 'amount is bad.', { path: ['a', 0], details: { got: 'x' }, cause });
    expect(error.code).toBe('MONEY_INVALID_AMOUNT');
    expect(error.path).toEqual(['a', 0]);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(error.details).toEqual({ got: 'x' });
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ArrearsError');
  });

  it('defaults to an empty path and no cause', () => {
    const error = new ArrearsError('X', 'm');
    expect(error.path).toEqual([]);
    expect('cause' in error).toBe(false);
    expect(error.details).toBeUndefined();
  });

  it('serialises to plain JSON without the brand', () => {
    expect(JSON.parse(JSON.stringify(new DomainRuleError('R', 'rule', { path: ['x'] })))).toEqual({
      name: 'DomainRuleError',
      code: 'R',
      path: ['x'],
      message: 'rule',
    });
    expect(new ArrearsError('R', 'rule', { details: { a: 1 } }).toJSON().details).toEqual({ a: 1 });
  });
});

describe('subclasses', () => {
  it('name each kind and keep instanceof', () => {
    const v = new ValidationError([{ code: 'INPUT_MISSING', path: ['x'], message: 'x is required.' }]);
    const d = new DomainRuleError('R', 'rule');
    const u = new UnsupportedOptionError('nope');
    expect([v.name, d.name, u.name]).toEqual(['ValidationError', 'DomainRuleError', 'UnsupportedOptionError']);
    for (const e of [v, d, u]) expect(e).toBeInstanceOf(ArrearsError);
    expect(u.code).toBe(CoreErrorCodes.UNSUPPORTED_OPTION);
    expect(new UnsupportedOptionError('nope', {}, 'CUSTOM').code).toBe('CUSTOM');
  });

  it('summarises several validation issues in the message', () => {
    const issue = { code: 'INPUT_MISSING', path: ['x'], message: 'x is required.' };
    expect(new ValidationError([issue, issue]).message).toBe('x is required. (and 1 more problem)');
    expect(new ValidationError([issue, issue, issue]).message).toBe('x is required. (and 2 more problems)');
  });

  it('makes a generic issue when given none', () => {
    const e = new ValidationError([]);
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.issues).toHaveLength(1);
  });
});

describe('isArrearsError', () => {
  it('recognises branded errors from another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('arrears.error')]: true });
    expect(isArrearsError(foreign)).toBe(true);
  });

  it('rejects everything else', () => {
    for (const value of [null, undefined, 0, 'ArrearsError', new Error('x'), { code: 'X' }]) {
      expect(isArrearsError(value)).toBe(false);
    }
  });
});

describe('attempt', () => {
  it('returns the value or the arrears error', () => {
    expect(attempt(() => 3)).toEqual({ success: true, data: 3 });
    const result = attempt(() => {
      throw new DomainRuleError('R', 'rule');
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('R');
  });

  it('answers a ValidationError when given something that is not a function', () => {
    const result = attempt(42 as never);
    expect(result.success).toBe(false);
    if (!result.success) expect([result.error.name, result.error.code, result.error.path]).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['fn']]);
  });

  it('lets any other exception propagate, because it is a bug', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('parseInput', () => {
  const schema = z.strictObject({
    amount: z.string().refine((s) => /^\d+$/.test(s), { message: 'must be digits.', params: arrearsIssue('MONEY_INVALID_AMOUNT') }),
    count: z.number().int().min(1).optional(),
    kind: z.enum(['a', 'b']).optional(),
    day: z.iso.date().optional(),
    either: z.union([z.literal(1), z.literal(2)]).optional(),
    custom: z.union([z.string().refine(() => false, { message: 'never.', params: arrearsIssue('X_CUSTOM') }), z.number()]).optional(),
    list: z.array(z.string()).optional(),
  });

  const fails = (input: unknown): ValidationError => {
    try {
      parseInput(schema, input, ['root']);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    }
    throw new Error('expected a ValidationError');
  };

  it('returns the parsed value', () => {
    expect(parseInput(schema, { amount: '12' })).toEqual({ amount: '12' });
  });

  it('keeps the code of a custom check and prefixes the path', () => {
    const e = fails({ amount: '1e3' });
    expect([e.code, e.path, e.message]).toEqual(['MONEY_INVALID_AMOUNT', ['root', 'amount'], '"root.amount": must be digits.']);
    expect(e.cause).toBeDefined();
  });

  it('maps generic zod failures to core codes', () => {
    expect(fails({}).code).toBe('INPUT_MISSING');
    expect(fails({ amount: 12 }).message).toBe('"root.amount" must be a string, but got the number 12.');
    expect(fails({ amount: '1', count: 0 }).code).toBe('INPUT_OUT_OF_RANGE');
    expect(fails({ amount: '1', kind: 'c' }).code).toBe('INPUT_INVALID_VALUE');
    expect(fails({ amount: '1', day: '2025-02-30' }).code).toBe('INPUT_INVALID_VALUE');
    expect(fails({ amount: '1', extra: 1 }).code).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(fails({ amount: '1', either: 3 }).code).toBe('INPUT_INVALID_VALUE');
    expect(fails({ amount: '1', custom: 'x' }).code).toBe('X_CUSTOM');
    expect(fails({ amount: '1', count: 1.5 }).code).toBe('INPUT_INVALID_TYPE');
    expect(fails({ amount: '1', list: [1] }).path).toEqual(['root', 'list', 0]);
  });

  it('describes what it received', () => {
    expect(fails({ amount: Number.NaN }).message).toContain('NaN');
    expect(fails({ amount: null }).message).toContain('null');
    expect(fails({ amount: [] }).message).toContain('an array');
    expect(fails({ amount: 1n }).message).toContain('bigint');
    expect(fails({ amount: {} }).message).toContain('an object');
    expect(fails({ amount: '1', kind: '' }).message).toContain('an empty string');
    expect(fails({ amount: '1', kind: 'x'.repeat(50) }).message).toContain('...');
    expect(fails('x').message).toBe('"root" must be an object, but got the string "x".');
    expect(() => parseInput(schema, 'x')).toThrow('The input must be an object, but got the string "x".');
  });

  it('falls back to a generic code for other zod issues', () => {
    const odd = z.string().check((ctx) => {
      ctx.issues.push({ code: 'not_multiple_of', divisor: 2, input: ctx.value, origin: 'number' } as never);
    });
    try {
      parseInput(odd, 'x');
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).code).toBe('INPUT_INVALID');
    }
  });
});

describe('unreachable', () => {
  it('throws a plain Error, which safe twins let through as a bug', async () => {
    const { unreachable } = await import('../../src/internal/unreachable.js');
    expect(() => unreachable('two checks disagree')).toThrow('arrears internal error (please report): two checks disagree');
    expect(() => attempt(() => unreachable('x'))).toThrow(Error);
  });
});
