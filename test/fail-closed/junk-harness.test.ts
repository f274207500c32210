import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import type { JunkCase } from '../support/junk/catalogue.js';
import { junkCases } from '../support/junk/catalogue.js';
import { runInWorker } from '../support/junk/pool.js';
import { checkCall, runCase } from '../support/junk/run-cases.js';
import { badValueIn, oversized, snapshot } from '../support/junk/values.js';

// The junk test can fail: each defect it looks for, planted in a stand-in function, is caught.

function fake(name: string, call: (...args: unknown[]) => unknown, args: () => unknown[] = () => [{ amount: '1.00', list: ['a', 'b'] }]): JunkCase {
  return { name: `fake.${name}`, module: 'fake', call, args };
}

const options = { seed: 1, junkRuns: 20, oversizedRuns: 2, exhaustive: false };

describe('the junk harness', () => {
  it('passes a function that answers or throws arrears errors', () => {
    const good = fake('good', (x) => {
      if (typeof x !== 'object' || x === null) throw new ValidationError([{ code: 'INPUT_INVALID_TYPE', path: [], message: 'An object is needed here.' }]);
      return { ok: true };
    });
    expect(runCase(good, options, () => undefined)).toEqual([]);
  });

  it('catches a raw TypeError', () => {
    const bad = fake('typeError', (x) => (x as { amount: { length: number } }).amount.length);
    expect(checkCall(bad, [null])).toMatch(/threw a TypeError/);
    expect(runCase(bad, options, () => undefined).join('\n')).toMatch(/TypeError/);
  });

  it('catches NaN, Infinity and text built from an object or undefined', () => {
    expect(checkCall(fake('nan', () => ({ total: Number.NaN })), [])).toMatch(/total = NaN/);
    expect(checkCall(fake('inf', () => [1, Number.POSITIVE_INFINITY]), [])).toMatch(/\[1\] = Infinity/);
    expect(checkCall(fake('obj', (x) => `Pay ${String(x)}`), [{}])).toMatch(/\[object Object\]/);
    expect(checkCall(fake('undef', (x) => ({ text: `due ${String((x as { d?: string }).d)}` })), [{}])).toMatch(/undefined/);
    // Close negative: the input itself said "undefined", the result may echo it.
    expect(checkCall(fake('echo', (x) => ({ id: x })), ['undefined'])).toBeNull();
  });

  it('catches a mutated input, deep inside or in an array', () => {
    expect(checkCall(fake('sort', (x) => (x as { list: string[] }).list.sort().length), [{ list: ['b', 'a'] }])).toMatch(/mutated its input at \$\[0\]\.list\[0\]/);
    expect(checkCall(fake('push', (x) => (x as unknown[]).push(1)), [[]])).toMatch(/mutated.*length/);
    expect(checkCall(fake('key', (x) => Object.assign(x as object, { extra: 1 })), [{}])).toMatch(/mutated.*keys/);
    expect(checkCall(fake('fill', (x) => ((x as unknown[])[1] = 0)), [new Array(3)])).toMatch(/hole filled/);
    // Close negative: reading is not mutating.
    expect(checkCall(fake('read', (x) => (x as unknown[]).slice().sort()), [['b', 'a']])).toBeNull();
  });

  it('catches a safe* twin that throws or answers without { success }, and a total function that throws', () => {
    expect(checkCall(fake('safeThrows', () => {
      throw new ValidationError([{ code: 'INPUT_INVALID_TYPE', path: [], message: 'Bad input here.' }]);
    }), [])).toMatch(/a safe\* twin threw/);
    expect(checkCall(fake('safeShape', () => 'ok'), [])).toMatch(/did not answer \{ success \}/);
    expect(checkCall(fake('safeError', () => ({ success: false, error: new Error('x') })), [])).toMatch(/without an arrears error/);
    expect(checkCall(fake('isArrearsError', () => {
      throw new ValidationError([{ code: 'INPUT_INVALID_TYPE', path: [], message: 'Bad input here.' }]);
    }), [])).toMatch(/total function/);
  });

  it('catches a failure only oversized input shows, planted inside a document', () => {
    const quadratic = fake('sizeLimit', (x) => {
      const list = (x as { list?: unknown }).list;
      if (Array.isArray(list) && list.length > 100_000) throw new RangeError('Maximum call stack size exceeded');
      return 1;
    });
    expect(runCase(quadratic, { ...options, oversizedRuns: 10 }, () => undefined).join('\n')).toMatch(/oversized at 0\.list array200k: threw a RangeError/);
  });

  it('builds oversized values of the documented sizes', () => {
    expect((oversized('array200k', ['x']) as unknown[]).length).toBe(200_000);
    expect((oversized('text1MB', 'ab') as string).length).toBe(1 << 20);
    expect(Object.keys(oversized('keys100k', {}) as object).length).toBe(100_000);
    let depth = 0;
    for (let node = oversized('deep1000', undefined) as { a?: unknown }; node.a !== undefined; node = node.a as { a?: unknown }) depth++;
    expect(depth).toBe(1_000);
    expect(badValueIn({ a: [{ b: 'ok' }] }, snapshot([]).texts)).toBeNull();
  });

  it('has a valid example for every function (an export without one fails here)', () => {
    const cases = junkCases();
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) expect(checkCall(c, c.args()), c.name).toBeNull();
  });
});

describe('the junk worker pool', () => {
  it('names a call that hangs or exhausts the heap, and runs the other cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arrears-junk-pool-'));
    const file = join(dir, 'worker.mjs');
    writeFileSync(
      file,
      `import { parentPort, workerData } from 'node:worker_threads';
for (const name of workerData.names) {
  parentPort.postMessage({ type: 'call', name, detail: 'the call of ' + name });
  if (name === 'hang') for (;;) {}
  if (name === 'heap') { const keep = []; for (;;) keep.push(new Array(1e6).fill(name)); }
  parentPort.postMessage({ type: 'case', name, failures: name === 'bad' ? ['found'] : [] });
}`,
    );
    try {
      const outcomes = await runInWorker(file, ['a', 'hang', 'b', 'heap', 'bad', 'c'], options, { hangMs: 3_000, heapMb: 32 });
      const by = Object.fromEntries(outcomes.map((o) => [o.name, o.failures.join(' ')]));
      expect(Object.keys(by).sort()).toEqual(['a', 'b', 'bad', 'c', 'hang', 'heap']);
      expect([by.a, by.b, by.c]).toEqual(['', '', '']);
      expect(by.bad).toBe('found');
      expect(by.hang).toMatch(/did not return within 3 s.*the call of hang/);
      expect(by.heap).toMatch(/the worker (died|exited).*the call of heap/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
