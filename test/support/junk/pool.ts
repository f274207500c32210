import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { Report, RunOptions } from './run-cases.js';

// Runs junk cases in a worker thread built from the TypeScript sources with esbuild: a call
// that does not return within `hangMs` (a hang, not a speed limit) or that exhausts the
// worker's heap is reported against the call, the worker is replaced and the run goes on.

/** The bundled worker, built once per test file. */
export async function bundleWorker(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'arrears-junk-'));
  const file = join(dir, 'worker.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One case's outcome. */
export interface CaseOutcome {
  readonly name: string;
  readonly failures: readonly string[];
}

/** Limits of a pool run. */
export interface PoolOptions {
  readonly hangMs: number;
  readonly heapMb: number;
  readonly onTiming?: (name: string, detail: string, ms: number) => void;
}

/** Runs the cases in order in a worker; a hang or a heap blow-up fails the call and the run goes on. */
export async function runInWorker(file: string, names: readonly string[], options: RunOptions, pool: PoolOptions): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  let remaining = [...names];
  while (remaining.length > 0) {
    const batch = remaining;
    const done = await new Promise<{ finished: CaseOutcome[]; stuck: CaseOutcome | null }>((settle) => {
      const finished: CaseOutcome[] = [];
      let current = { name: batch[0] ?? '', detail: 'start' };
      const worker = new Worker(file, { workerData: { names: batch, options }, resourceLimits: { maxOldGenerationSizeMb: pool.heapMb }, stdout: false, stderr: false });
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void worker.terminate();
          settle({ finished, stuck: { name: current.name, failures: [`did not return within ${pool.hangMs / 1000} s (a hang, or work unbounded in its input): ${current.detail}`] } });
        }, pool.hangMs);
      };
      arm();
      worker.on('message', (r: Report) => {
        arm();
        if (r.type === 'call') current = { name: r.name, detail: r.detail };
        else if (r.type === 'timing') pool.onTiming?.(r.name, r.detail, r.ms);
        else {
          finished.push({ name: r.name, failures: r.failures });
          if (finished.length === batch.length) {
            clearTimeout(timer);
            void worker.terminate();
            settle({ finished, stuck: null });
          }
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        settle({ finished, stuck: { name: current.name, failures: [`the worker died (${error.message}): ${current.detail}`] } });
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        if (finished.length < batch.length) settle({ finished, stuck: { name: current.name, failures: [`the worker exited: ${current.detail}`] } });
      });
    });
    outcomes.push(...done.finished);
    if (done.stuck === null) break;
    outcomes.push(done.stuck);
    const seen = new Set(outcomes.map((o) => o.name));
    remaining = batch.filter((n) => !seen.has(n));
  }
  return outcomes;
}
