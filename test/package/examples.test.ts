import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArrearsError } from '../../src/index.js';
import { collectExports, compileExample, entryPoints, specifierOf } from './doc-examples.js';

// Every `@example` in the TSDoc of a public export runs here against src/, and its
// `// => value` and `// throws CODE` comments are asserted. Unexecuted examples rot.

const modules: Record<string, () => Promise<unknown>> = Object.fromEntries(
  entryPoints().map((entry) => [specifierOf(entry), () => import(`../../${entry.replace(/\.ts$/, '.js')}`)]),
);

const exported = collectExports();

async function loadModules(): Promise<Record<string, unknown>> {
  const loaded: Record<string, unknown> = {};
  for (const [name, load] of Object.entries(modules)) loaded[name] = await load();
  return loaded;
}

function runExample(code: string, loaded: Record<string, unknown>): void {
  const compiled = compileExample(code);
  const require = (id: string): unknown => {
    const found = loaded[id];
    if (found === undefined) throw new Error(`an example imports "${id}", which is not a public entry point`);
    return found;
  };
  const expectEqual = (actual: () => unknown, expected: () => unknown, line: string): void => {
    expect(actual(), line).toEqual(expected());
  };
  const expectThrows = (fn: () => void, code: string, line: string): void => {
    let thrown: unknown;
    try {
      fn();
    } catch (error) {
      thrown = error;
    }
    expect(isArrearsError(thrown), `${line}: expected an arrears error`).toBe(true);
    expect((thrown as { code: string }).code, line).toBe(code);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('require', 'exports', 'module', '__expectEqual', '__expectThrows', compiled);
  run(require, {}, { exports: {} }, expectEqual, expectThrows);
}

describe('TSDoc examples', () => {
  it('finds the public exports', () => {
    expect(exported.length).toBeGreaterThan(5);
  });

  it('gives every exported function, class and constant at least one example', () => {
    const missing = exported
      .filter((s) => s.kind !== 'type' && s.examples.length === 0)
      .map((s) => `${s.entry}: ${s.name}`);
    expect(missing).toEqual([]);
  });

  it('asserts something in every example', () => {
    const silent = exported.flatMap((s) =>
      s.examples.filter((code) => !/\/\/ (=>|throws) /.test(code)).map(() => `${s.entry}: ${s.name}`),
    );
    expect(silent).toEqual([]);
  });

  const seen = new Set<string>();
  const unique = exported.filter((s) => {
    const key = `${s.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const symbol of unique) {
    symbol.examples.forEach((code, index) => {
      it(`runs the example ${index + 1} of ${symbol.name}`, async () => {
        runExample(code, await loadModules());
      });
    });
  }

  it('fails an example whose stated result is wrong', async () => {
    const loaded = await loadModules();
    expect(() => runExample("import { attempt } from 'arrears';\nattempt(() => 1); // => { success: true, data: 2 }", loaded)).toThrow();
    expect(() => runExample("import { attempt } from 'arrears';\nattempt(() => 1); // throws SOME_CODE", loaded)).toThrow();
  });
});

// The README and the guides in docs/ show examples too: every ts block with an assertion runs.
const root = resolve(import.meta.dirname, '../..');
const guides = ['README.md', ...readdirSync(resolve(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('examples in the README and docs/', () => {
  for (const file of guides) {
    const text = readFileSync(resolve(root, file), 'utf8');
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((code) => /\/\/ (=>|throws) /.test(code));
    blocks.forEach((code, index) => {
      it(`runs the example ${index + 1} of ${file}`, async () => {
        runExample(code, await loadModules());
      });
    });
  }

  it('has runnable examples in the README', () => {
    expect(readFileSync(resolve(root, 'README.md'), 'utf8')).toMatch(/\/\/ => /);
  });
});
