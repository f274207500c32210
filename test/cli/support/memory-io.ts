import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo, WritableLike } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';

/** A writable that keeps what it is given; `full` makes every other write ask for a drain. */
export class MemoryWritable implements WritableLike {
  text = '';
  writes = 0;
  private drains: Array<() => void> = [];

  constructor(private readonly full = false) {}

  write(chunk: string): boolean {
    this.text += chunk;
    this.writes++;
    if (this.full && this.writes % 2 === 0) {
      queueMicrotask(() => {
        const waiting = this.drains;
        this.drains = [];
        for (const fn of waiting) fn();
      });
      return false;
    }
    return true;
  }

  once(event: 'drain' | 'error' | 'close', listener: () => void): this {
    if (event === 'drain') this.drains.push(listener);
    this.listeners++;
    return this;
  }

  removeListener(event: 'drain' | 'error' | 'close', listener: () => void): this {
    if (event === 'drain') this.drains = this.drains.filter((l) => l !== listener);
    this.listeners--;
    return this;
  }

  /** Listeners added and not removed: 0 after a run, or the output leaks them. */
  listeners = 0;
}

/** Standard input made of the given chunks. */
export async function* chunks(...parts: Array<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  for (const part of parts) {
    await Promise.resolve();
    yield part;
  }
}

/** What an in-process run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly stdin?: string | Array<string | Uint8Array>;
  /** Whether stdin is a terminal (default: true when no stdin is given). */
  readonly tty?: boolean;
  readonly slowStdout?: boolean;
}

/** Runs the command line in process. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new MemoryWritable(options.slowStdout === true);
  const stderr = new MemoryWritable();
  const input = options.stdin === undefined ? [] : typeof options.stdin === 'string' ? [options.stdin] : options.stdin;
  const io: CliIo = {
    cwd: options.cwd ?? process.cwd(),
    stdin: chunks(...input),
    stdinIsTTY: options.tty ?? options.stdin === undefined,
    stdout,
    stderr,
  };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A scratch directory with the given files (paths relative to it); remove it with `cleanup`. */
export function scratch(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'arrears-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Appendix J (c)(1)(i): $5,000 on 1978-01-10, 24 monthly payments of $230 from 1978-02-10 (APR 9.69%). */
export const APPENDIX_J = {
  amountFinanced: '5000.00',
  advanceDate: '1978-01-10',
  currency: 'USD',
  payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }],
};
