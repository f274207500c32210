import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatePath, parseJsonText, positionAt, stripBom } from '../../src/cli/json-text.js';

function problemOf(text: string): { line: number; column: number; message: string } {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return result.problem;
}

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\n', 99)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseJsonText', () => {
  it('parses valid JSON as JSON.parse does', () => {
    expect(parseJsonText('{"a": [1, true, null, "x\\n"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'x\n'] } });
  });

  it('places a missing value on its line and column', () => {
    expect(problemOf('{\n  "amount": "1.00",\n  "date": }')).toEqual({ line: 3, column: 11, message: 'expected a JSON value but found character "}".' });
  });

  it('names trailing commas, unquoted keys, unclosed strings and extra text', () => {
    expect(problemOf('{"a": 1,}')).toMatchObject({ line: 1, column: 9, message: expect.stringContaining('trailing comma') });
    expect(problemOf('[1, 2,]')).toMatchObject({ column: 7, message: expect.stringContaining('trailing comma') });
    expect(problemOf("{a: 1}")).toMatchObject({ column: 2, message: expect.stringContaining('property name in double quotes') });
    expect(problemOf('{"a": "abc')).toMatchObject({ column: 7, message: 'this string is never closed.' });
    expect(problemOf('{"a": 1} x')).toMatchObject({ column: 10, message: expect.stringContaining('after the JSON value') });
    expect(problemOf('')).toMatchObject({ line: 1, column: 1, message: expect.stringContaining('empty') });
    expect(problemOf('{"a" 1}')).toMatchObject({ column: 6, message: expect.stringContaining('":"') });
    expect(problemOf('{"a": 1 "b": 2}')).toMatchObject({ column: 9, message: expect.stringContaining('"," or "}"') });
    expect(problemOf('[1 2]')).toMatchObject({ column: 4, message: expect.stringContaining('"," or "]"') });
  });

  it('names bad literals, numbers, escapes and raw control characters', () => {
    expect(problemOf('{"a": tru}').message).toContain('true, false and null');
    expect(problemOf('[01]').message).toContain('leading zeros');
    expect(problemOf('[-]').message).toContain('digits must follow');
    expect(problemOf('["\\x"]').message).toContain('"\\x" is not a JSON escape');
    expect(problemOf('["\\u12"]').message).toContain('four hexadecimal digits');
    expect(problemOf('["a\tb"]').message).toContain('control character');
    expect(problemOf('["\\').message).toContain('lone backslash');
  });

  it('stops at 512 levels of nesting', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}x`;
    expect(problemOf(deep)).toMatchObject({ line: 1, column: 514, message: expect.stringContaining('512 levels') });
  });

  it('agrees with JSON.parse on what is valid, for random text and mangled JSON', () => {
    const mangled = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '0', '-', ' ', '\\', 'x')).map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mangled), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const result = parseJsonText(text);
        expect(result.ok).toBe(valid);
        if (!result.ok) expect(result.problem.message).not.toMatch(/at position|^Unexpected/);
      }),
    );
  });
});

describe('locatePath', () => {
  const text = '{\n  "payments": [\n    { "amount": "1,00", "date": "2026-01-01" }\n  ],\n  "currency": "USD"\n}';

  it('finds the value at a path', () => {
    expect(locatePath(text, ['payments', 0, 'amount'])).toEqual({ line: 3, column: 17 });
    expect(locatePath(text, ['currency'])).toEqual({ line: 5, column: 15 });
    expect(locatePath(text, [])).toEqual({ line: 1, column: 1 });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(locatePath(text, ['payments', 0, 'count'])).toEqual({ line: 3, column: 5 });
    expect(locatePath(text, ['payments', 5])).toEqual({ line: 2, column: 15 });
  });

  it('gives nothing for text that is not JSON at all', () => {
    expect(locatePath('', ['a'])).toBeUndefined();
  });

  it('points at the start of every value of compact JSON', () => {
    const paths = (value: unknown, at: Array<string | number> = []): Array<Array<string | number>> => {
      if (value === null || typeof value !== 'object') return [at];
      const children = Array.isArray(value) ? value.map((v, i) => paths(v, [...at, i])) : Object.entries(value).map(([k, v]) => paths(v, [...at, k]));
      return [at, ...children.flat()];
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        for (const path of paths(value)) {
          // Duplicate keys cannot occur in a parsed value, so every path names one value.
          let sub: unknown = value;
          for (const key of path) sub = (sub as Record<string | number, unknown>)[key];
          const at = locatePath(json, path);
          expect(at?.line).toBe(1);
          expect(json.slice((at?.column ?? 0) - 1).startsWith(JSON.stringify(sub))).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('stripBom', () => {
  it('drops a leading byte-order mark only', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(stripBom('{}')).toBe('{}');
  });
});
