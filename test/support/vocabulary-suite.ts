import { describe, expect, it } from 'vitest';
import { isSchema, schemaProblems, verdictProblems } from './vocabulary.js';

/**
 * The vocabulary suite of STYLE.md for migrated modules: every exported schema names its fields
 * by the rules, every document function (one with a `<Fn>InputSchema`) has a `safe*` twin, and
 * every verdict call returns `{ ok, findings }` with the shared `Finding`.
 *
 * @param migrated - module name (`'arrears/plan'`) -> its exports (`import * as plan`)
 * @param verdicts - a name -> a call returning a verdict; include blocked and allowed cases
 * @param options - `documentFunctions: false` for a module of small positional helpers only
 *   (money): it must then have no `<Fn>InputSchema` at all
 */
export function describeVocabulary(
  migrated: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  verdicts: Readonly<Record<string, () => unknown>>,
  options: { readonly documentFunctions?: boolean } = {},
): void {
  describe('the vocabulary holds in every migrated module', () => {
    for (const [module, exports] of Object.entries(migrated)) {
      const schemas = Object.entries(exports).filter(([, value]) => isSchema(value));
      it(`${module}: finds the exported schemas`, () => {
        expect(schemas.length).toBeGreaterThan(5);
        expect(schemas.every(([name]) => name.endsWith('Schema'))).toBe(true);
      });
      for (const [name, schema] of schemas) {
        it(`${module}: ${name} names its fields by the rules`, () => {
          expect(schemaProblems(name, schema)).toEqual([]);
        });
      }
      it(`${module}: every document function has a safe* twin`, () => {
        const functions = Object.keys(exports).filter((n) => typeof exports[n] === 'function' && !n.startsWith('safe') && !n.startsWith('is'));
        const documentFunctions = functions.filter((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}InputSchema` in exports);
        if (options.documentFunctions === false) {
          expect(Object.keys(exports).filter((n) => n.endsWith('InputSchema'))).toEqual([]);
          return;
        }
        expect(documentFunctions.length).toBeGreaterThan(0);
        for (const n of documentFunctions) expect([n, typeof exports[`safe${n.charAt(0).toUpperCase()}${n.slice(1)}`]]).toEqual([n, 'function']);
      });
    }
    for (const [name, call] of Object.entries(verdicts)) {
      it(`${name} returns { ok, findings } with the shared Finding`, () => {
        expect(verdictProblems(name, call())).toEqual([]);
      });
    }
  });
}
