import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { findSchema, listSchemas, schemaName, toJsonSchema } from '../../src/cli/json-schema.js';
import { cliModules } from '../../src/cli/modules.js';

const entries = listSchemas(cliModules);

/** Every sub-schema of a JSON Schema, with where it is. */
function walk(schema: unknown, at = '#'): Array<[string, Record<string, unknown>]> {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const out: Array<[string, Record<string, unknown>]> = [[at, node]];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === '$defs') for (const [k, v] of Object.entries(value as object)) out.push(...walk(v, `${at}/${key}/${k}`));
    else if (key === 'items' || key === 'not' || key === 'additionalProperties') out.push(...walk(value, `${at}/${key}`));
    else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === 'prefixItems') (value as unknown[]).forEach((v, i) => out.push(...walk(v, `${at}/${key}/${i}`)));
  }
  return out;
}

describe('schemaName', () => {
  it('turns an export name into a kebab-case name without Schema', () => {
    expect(schemaName('AprInputSchema')).toBe('apr-input');
    expect(schemaName('UsFederalCalendarOptionsSchema')).toBe('us-federal-calendar-options');
    expect(schemaName('LocalDateTimeInputSchema')).toBe('local-date-time-input');
  });
});

describe('listSchemas', () => {
  it('lists every exported zod schema of every module once, under a unique name', () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    const exported = cliModules.flatMap((m) => Object.keys(m.exports).filter((k) => k.endsWith('Schema') && !(m.jsonIncompatible ?? {})[k]));
    expect(entries.map((e) => e.exportName).sort()).toEqual([...new Set(exported)].sort());
    expect(entries.map((e) => e.name)).toContain('apr-input');
  });

  it('leaves out only schemas JSON cannot carry, each for a reason that holds', () => {
    for (const module of cliModules) {
      for (const [exportName, reason] of Object.entries(module.jsonIncompatible ?? {})) {
        const schema = module.exports[exportName] as z.ZodType;
        expect(reason.length, exportName).toBeGreaterThan(10);
        expect(() => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }), exportName).toThrow();
      }
    }
  });
});

describe('findSchema', () => {
  it('accepts the kebab name, the type name and the export name, in any case', () => {
    for (const name of ['apr-input', 'AprInput', 'AprInputSchema', 'aprinput', ' APR-INPUT ']) expect(findSchema(cliModules, name)?.exportName).toBe('AprInputSchema');
    expect(findSchema(cliModules, 'no-such-thing')).toBeUndefined();
  });
});

describe('toJsonSchema', () => {
  it.each(entries.map((e) => [e.name, e] as const))('converts %s into a draft 2020-12 JSON Schema without holes', (_name, entry) => {
    const schema = toJsonSchema(entry, cliModules);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe(entry.exportName.replace(/Schema$/, ''));
    expect(schema.description).toContain(`arrears validate --schema ${entry.name}`);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    for (const [at, node] of walk(schema)) {
      // An empty schema accepts anything: only a `not: {}` (a part JSON cannot carry) may contain one.
      if (!at.endsWith('/not')) expect(Object.keys(node).length, at).toBeGreaterThan(0);
    }
  });

  it('adds the patterns and formats refinements hide, and they agree with the zod schemas', () => {
    const json = toJsonSchema(findSchema(cliModules, 'apr-input')!, cliModules);
    const props = json.properties as Record<string, Record<string, unknown>>;
    expect(props.advanceDate).toMatchObject({ type: 'string', format: 'date' });
    expect(props.currency).toMatchObject({ pattern: '^[A-Z]{3}$' });
    // A unit period is a name of the one list or a multiple; the branch that only carries the error accepts nothing.
    expect(props.unitPeriod).toMatchObject({ anyOf: [{ enum: ['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually'] }, { type: 'object', required: ['everyDays'] }, { type: 'object', required: ['everyWeeks'] }, { type: 'object', required: ['everyMonths'] }, { not: {} }] });
    const samples: Record<string, string[]> = {
      amount: ['1', '-0.50', '1234.56', '007', '1e3', '1,000', ' 1', '+1', '.5', '5.', '', 'NaN', '1'.repeat(31)],
      'decimal-string': ['0.0525', '-3', '1e-3', '0x10'],
      'calendar-date': ['2026-01-31', '2026-1-31', '20260131', '2026-01-31T00:00:00Z'],
      'local-time': ['08:00', '23:59:59.999', '24:00', '24:00:00.000', '24:01', '8:00', '08:00:00.1234'],
      instant: ['2026-03-10T12:30:00Z', '2026-03-10T08:30:00.250-04:00', '2026-03-10T08:30:00', '2026-03-10T08:30Z'],
    };
    for (const [name, values] of Object.entries(samples)) {
      const entry = findSchema(cliModules, name)!;
      const pattern = new RegExp(toJsonSchema(entry, cliModules).pattern as string);
      for (const value of values) {
        // The pattern may accept more than zod (real days, ranges) but never reject what zod accepts.
        if (entry.schema.safeParse(value).success) expect(pattern.test(value), `${name}: ${value}`).toBe(true);
      }
      expect(values.some((v) => !pattern.test(v)), `${name} rejects something`).toBe(true);
    }
  });

  it('marks a part JSON cannot carry as never valid', () => {
    const json = toJsonSchema(findSchema(cliModules, 'create-calendar-input')!, cliModules);
    expect((json.properties as Record<string, unknown>).extends).toMatchObject({ not: {} });
  });
});
