// A sweep of every option of an input schema against its effect: "no option is accepted and
// ignored" (issue 19 item 4; STYLE.md "Silence is not consent"). A module adds its schemas by
// calling `sweepOptions` from its own test file (see test/plan/option-sweep.test.ts).
//
// For each key of the schema, the sweep needs either values to try, or an exemption with its
// reason (a required field, data that another function reads). A new option added to a schema
// without a sweep entry fails the coverage check. Each value is tried on the base input (or on
// the value's own base): the call must either fail with an arrears error (the option was
// refused) or give a different result from the base call (the option had an effect). Cases
// listed in `refused` must fail with the code given: the idle cases a module refuses on purpose.
import { describe, expect, it } from 'vitest';
import { attempt, isArrearsError } from '../../src/errors/index.js';

/** One value of an option to try, optionally on its own base input. */
export interface SweepValue<I> {
  readonly value: unknown;
  readonly base?: I;
}

/** What to do with one key of the schema. */
export type SweepEntry<I> = { readonly values: ReadonlyArray<unknown | SweepValue<I>> } | { readonly exempt: string };

/** One sweep: a schema, a call, a base input and an entry for every key. */
export interface Sweep<I extends object> {
  /** A zod object schema (its keys are read from its shape). */
  readonly schema: unknown;
  /** Runs the function on an input (the option object or the document). */
  readonly call: (input: I) => unknown;
  /** A valid input on which every option can show its effect. */
  readonly base: I;
  /** Every key of the schema: values to try, or an exemption with its reason. */
  readonly options: Readonly<Record<string, SweepEntry<I>>>;
  /** Idle cases refused on purpose, with the error code expected. */
  readonly refused?: ReadonlyArray<{ readonly input: I; readonly code: string; readonly why: string }>;
}

/** The keys of a zod object schema (also through refinements and pipes). */
export function schemaKeys(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { shape?: Record<string, unknown>; in?: unknown } } };
  const shape = s.shape ?? s._zod?.def?.shape;
  if (shape !== undefined) return Object.keys(shape);
  if (s._zod?.def?.in !== undefined) return schemaKeys(s._zod.def.in);
  throw new Error('option sweep: not an object schema');
}

function isSweepValue<I>(v: unknown): v is SweepValue<I> {
  return typeof v === 'object' && v !== null && 'value' in v && Object.keys(v).every((k) => k === 'value' || k === 'base');
}

function outcome(call: () => unknown): { ok: true; json: string } | { ok: false; code: string } {
  const result = attempt(call);
  if (!result.success) return { ok: false, code: result.error.code };
  return { ok: true, json: JSON.stringify(result.data, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) };
}

/** Registers the tests of one sweep. */
export function sweepOptions<I extends object>(name: string, sweep: Sweep<I>): void {
  describe(`${name}: every option has an effect or is refused`, () => {
    it('has a sweep entry for every key of its schema, and nothing else', () => {
      expect(Object.keys(sweep.options).sort()).toEqual(schemaKeys(sweep.schema).sort());
    });
    for (const [key, entry] of Object.entries(sweep.options)) {
      if ('exempt' in entry) continue;
      it(`option ${key}`, () => {
        for (const raw of entry.values) {
          const { value, base = sweep.base } = isSweepValue<I>(raw) ? raw : { value: raw, base: sweep.base };
          const before = outcome(() => sweep.call(base));
          expect(before.ok, `${name}: the base input of ${key} must work`).toBe(true);
          const after = outcome(() => sweep.call({ ...base, [key]: value }));
          if (after.ok && before.ok) {
            expect(after.json, `${name}: ${key} = ${JSON.stringify(value)} was accepted and changed nothing`).not.toBe(before.json);
          }
        }
      });
    }
    for (const r of sweep.refused ?? []) {
      it(`refuses: ${r.why}`, () => {
        let code = 'none';
        try {
          sweep.call(r.input);
        } catch (error) {
          if (!isArrearsError(error)) throw error;
          code = error.code;
        }
        expect(code).toBe(r.code);
      });
    }
  });
}
