import { inspect } from 'node:util';
import fc from 'fast-check';
import { isArrearsError } from '../../../src/errors/index.js';
import type { JunkCase } from './catalogue.js';
import { TOTAL } from './catalogue.js';
import type { OversizedKind } from './values.js';
import { OVERSIZED_KINDS, badValueIn, changedSince, junkValue, oversized, pathsOf, plant, snapshot, valueAt } from './values.js';

// The checks of one call and the runs over one case: junk as whole arguments, junk planted
// inside the valid arguments, oversized whole arguments and oversized planted values. Runs in
// a worker thread (test/support/junk/worker.ts) so that a hang or a heap blow-up is caught.

/** Options of a run. */
export interface RunOptions {
  readonly seed: number;
  /** Runs of each junk property. */
  readonly junkRuns: number;
  /** Oversized calls per case (a seeded sample of the arguments and paths, and of the kinds). */
  readonly oversizedRuns: number;
  /** Try every oversized kind at every argument and path (profiling); otherwise `oversizedRuns` of them. */
  readonly exhaustive: boolean;
  /** Only these oversized kinds (profiling); all when undefined. */
  readonly kinds?: readonly OversizedKind[] | undefined;
}

/** What the worker tells the test: a call about to start, a finished case, a timing. */
export type Report =
  | { readonly type: 'call'; readonly name: string; readonly detail: string }
  | { readonly type: 'timing'; readonly name: string; readonly detail: string; readonly ms: number }
  | { readonly type: 'case'; readonly name: string; readonly failures: readonly string[] };

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString().length > 30 ? `bigint(${value.toString().length} digits)` : `${value}n`;
  if (Array.isArray(value) && value.length > 50) return `array(${value.length})`;
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 50) return `object(${Object.keys(value).length} keys)`;
  return inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 5, maxStringLength: 60 }).slice(0, 400);
}

/**
 * Calls a case with arguments and returns what is wrong, or null: a thrown value that is not
 * an arrears error (or anything thrown by a total function or a safe* twin), NaN, Infinity or
 * bad text in the result, a safe* twin that does not answer `{ success }`, a mutated argument.
 */
export function checkCall(c: JunkCase, args: readonly unknown[]): string | null {
  const before = snapshot(args);
  const method = c.name.slice(c.name.lastIndexOf('.') + 1);
  let result: unknown;
  try {
    result = c.call(...args);
  } catch (error) {
    if (TOTAL.has(method)) return `threw ${String(error)} (a total function must answer)`;
    if (method.startsWith('safe')) return `a safe* twin threw ${isArrearsError(error) ? `${error.name} ${error.code}` : String(error)}`;
    if (!isArrearsError(error)) return `threw a ${error instanceof Error ? error.constructor.name : typeof error}: ${String(error).slice(0, 300)}`;
    const changed = changedSince(before.tree, args);
    return changed === null ? null : `mutated its input at ${changed}`;
  }
  if (method.startsWith('safe')) {
    const r = result as { success?: unknown; error?: unknown } | null;
    if (r === null || typeof r !== 'object' || typeof r.success !== 'boolean') return 'a safe* twin did not answer { success }';
    if (r.success === false && !isArrearsError(r.error)) return `a safe* twin answered a failure without an arrears error: ${String(r.error)}`;
  }
  const bad = badValueIn(result, before.texts);
  if (bad !== null) return `returned ${bad}`;
  const changed = changedSince(before.tree, args);
  return changed === null ? null : `mutated its input at ${changed}`;
}

function propertyFailure<T extends unknown[]>(label: string, details: fc.RunDetails<T>): string | null {
  if (!details.failed) return null;
  const example: unknown[] = details.counterexample ?? [];
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${label}: ${cause}\n    counterexample: ${example.map((e) => describeValue(e)).join(', ')} (seed ${details.seed}, path "${details.counterexamplePath ?? ''}")`;
}

/** Runs every check of one case; `report` hears of each oversized call before it starts. */
export function runCase(c: JunkCase, options: RunOptions, report: (r: Report) => void): string[] {
  const failures: string[] = [];
  const valid = c.args();
  const arity = valid.length;
  const paths = pathsOf(valid).filter((p) => p.length > 1);
  const fail = (message: string | null): void => {
    if (message !== null) throw new Error(message);
  };
  const fcOptions = { seed: options.seed, numRuns: options.junkRuns };

  // The valid call itself passes every check (else the catalogue is wrong).
  const validFailure = checkCall(c, c.args());
  if (validFailure !== null) failures.push(`the valid example: ${validFailure}`);

  // Junk as whole arguments: all of them, or one of the valid ones replaced.
  const whole = fc.oneof(
    fc.array(junkValue, { maxLength: arity + 1 }),
    fc.tuple(fc.nat({ max: Math.max(arity - 1, 0) }), junkValue).map(([i, v]) => {
      const args = c.args();
      args[i] = v;
      return args;
    }),
  );
  const r1 = fc.check(
    fc.property(whole, (args) => fail(checkCall(c, args))),
    fcOptions,
  );
  const f1 = propertyFailure('junk arguments', r1);
  if (f1 !== null) failures.push(f1);

  // Junk planted inside an otherwise valid document.
  if (paths.length > 0) {
    const r2 = fc.check(
      fc.property(fc.nat({ max: paths.length - 1 }), junkValue, (i, v) => {
        const path = paths[i] as Array<string | number>;
        const args = plant(c.args(), path, v);
        const message = checkCall(c, args);
        if (message !== null) fail(`at ${path.join('.')}: ${message}`);
      }),
      fcOptions,
    );
    const f2 = propertyFailure('junk planted in a valid document', r2);
    if (f2 !== null) failures.push(f2);
  }

  // Oversized input: each argument replaced, then planted at paths.
  const timed = (detail: string, args: () => unknown[]): void => {
    report({ type: 'call', name: c.name, detail });
    const built = args();
    const start = performance.now();
    const message = checkCall(c, built);
    report({ type: 'timing', name: c.name, detail, ms: performance.now() - start });
    if (message !== null) failures.push(`oversized ${detail}: ${message}`);
  };
  // Every (argument or path, kind) pair that fits; a seeded sample of them, or all when profiling.
  const kinds = OVERSIZED_KINDS.filter((k) => options.kinds === undefined || options.kinds.includes(k));
  const pairs: Array<{ detail: string; build: () => unknown[] }> = [];
  for (let i = 0; i < arity; i++) {
    const like = valid[i];
    for (const kind of kinds) {
      if (!applies(kind, like) && !(options.exhaustive && like === undefined)) continue;
      pairs.push({
        detail: `argument ${i} ${kind}`,
        build: () => {
          const args = c.args();
          args[i] = oversized(kind, like);
          return args;
        },
      });
    }
  }
  for (const p of paths) {
    const like = valueAt(valid, p);
    for (const kind of kinds) if (applies(kind, like)) pairs.push({ detail: `at ${p.join('.')} ${kind}`, build: () => plant(c.args(), p, oversized(kind, like)) });
  }
  const count = Math.min(options.oversizedRuns, pairs.length);
  const chosen = options.exhaustive ? pairs : count === 0 ? [] : (fc.sample(fc.shuffledSubarray(pairs, { minLength: count, maxLength: count }), { seed: options.seed ^ hash(c.name), numRuns: 1 })[0] ?? []);
  for (const pair of chosen) timed(pair.detail, pair.build);
  return failures;
}

/** Whether an oversized kind is worth trying in place of a value (the others are plain junk). */
function applies(kind: OversizedKind, like: unknown): boolean {
  switch (kind) {
    case 'array200k':
      return Array.isArray(like);
    case 'digits1MB':
    case 'text1MB':
      return typeof like === 'string';
    case 'deep1000':
    case 'keys100k':
      return like !== null && typeof like === 'object' && !Array.isArray(like);
    case 'deepArray1000':
      return Array.isArray(like);
    case 'magnitude':
    case 'bigMagnitude':
      return typeof like === 'number' || typeof like === 'bigint' || (typeof like === 'string' && /^-?\d/.test(like));
  }
}

/** A small stable hash of a case's name, so that each case samples its own oversized calls. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
