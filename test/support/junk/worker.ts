import { parentPort, workerData } from 'node:worker_threads';
import { junkCases } from './catalogue.js';
import type { Report, RunOptions } from './run-cases.js';
import { runCase } from './run-cases.js';

// Worker entry of the junk test: runs the named cases in order and reports each call before it
// starts, so that the test can name a call that hangs or exhausts the heap.

const { names, options } = workerData as { names: readonly string[]; options: RunOptions };
const post = (r: Report): void => parentPort?.postMessage(r);
const byName = new Map(junkCases().map((c) => [c.name, c]));
for (const name of names) {
  const c = byName.get(name);
  if (c === undefined) {
    post({ type: 'case', name, failures: ['no such case'] });
    continue;
  }
  post({ type: 'call', name, detail: 'junk' });
  let failures: string[];
  try {
    failures = runCase(c, options, post);
  } catch (error) {
    failures = [`the run itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  post({ type: 'case', name, failures });
}
