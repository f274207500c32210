import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliConfig } from '../../tsup.config.js';
import { APPENDIX_J, scratch } from './support/memory-io.js';

// The real executable: built here with the very tsup config of `npm run build` (the test
// suite runs before the build step), into a folder inside the repository so that its
// external dependencies resolve from node_modules, then run as a child process.
const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'node_modules', '.cache', `arrears-cli-test-${process.pid}`);
const cli = join(outDir, 'cli.js');
const maxRss = join(import.meta.dirname, 'support', 'max-rss.mjs');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({ ...cliConfig, outDir, sourcemap: false, silent: true, config: false });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const files = scratch({
  'good.json': JSON.stringify({ ...APPENDIX_J, disclosedAprRate: '0.0975' }, null, 2),
  'off.json': JSON.stringify({ ...APPENDIX_J, disclosedAprRate: '0.1' }, null, 2),
  'syntax.json': '{\n  "amountFinanced": "5000.00",\n  "payments": [\n    { "amount": "230.00", }\n  ]\n}\n',
  'plans/a.json': JSON.stringify({ ...APPENDIX_J, disclosedAprRate: '0.0969' }),
  'plans/2026/b.json': JSON.stringify({ ...APPENDIX_J, disclosedAprRate: '0.097' }),
});
afterAll(files.cleanup);

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function exec(args: string[], input?: string): Exit {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: files.dir, encoding: 'utf8', ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built arrears executable', () => {
  it('is an ES module with a shebang, executable, that prints the package version', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const direct = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    expect(direct.stdout).toBe(`${version}\n`);
    expect(direct.status).toBe(0);
  });

  it('prints help for every command and exits 0', () => {
    const main = exec(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['validate', 'schema', 'apr']) {
      expect(main.stdout).toContain(`  ${command} `);
      const help = exec([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: arrears ${command}`));
    }
  });

  it('exits 0, 1 and 2 as the inputs are valid, break a rule, or are malformed or missing', () => {
    expect(exec(['validate', '--kind', 'apr-disclosure', 'good.json'])).toMatchObject({ code: 0, stdout: '1 document checked (apr-disclosure): 1 valid, 0 breaking the rules, 0 malformed.\n' });
    const off = exec(['validate', '--kind', 'apr-disclosure', 'off.json']);
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('off.json:13:23: violation PLAN_APR_OUTSIDE_TOLERANCE "disclosedAprRate"');
    const syntax = exec(['validate', '--kind', 'apr-disclosure', 'syntax.json', 'good.json']);
    expect(syntax.code).toBe(2);
    expect(syntax.stdout).toContain('syntax.json:4:27: malformed CLI_INVALID_JSON not valid JSON: a trailing comma before "}" is not allowed in JSON.');
    const missing = exec(['validate', '--kind', 'apr-disclosure', 'missing.json']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stdout).toContain('missing.json: malformed CLI_FILE_NOT_FOUND no such file.');
    expect(exec(['validate', '--nope'])).toMatchObject({ code: 64, stdout: '' });
    expect(exec(['validate', '--kind', 'apr-disclosure'])).toMatchObject({ code: 2, stdout: expect.stringContaining('<stdin>: malformed CLI_NO_INPUT standard input is empty') });
  });

  it('expands quoted patterns itself', () => {
    const result = exec(['validate', '--kind', 'apr-disclosure', 'plans/**/*.json', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['plans/2026/b.json', 'plans/a.json']);
  });

  it('writes tables, CSV and JSON', () => {
    expect(exec(['apr', 'good.json']).stdout).toContain('APR 9.69%');
    expect(exec(['apr', 'good.json', '--format', 'csv']).stdout.split('\r\n')[1]).toBe('advance,1978-01-10,5000.00,0,0');
    expect(JSON.parse(exec(['apr', 'good.json', '--format', 'json']).stdout)).toMatchObject({ ok: true, result: { aprPercent: '9.69' } });
    expect(JSON.parse(exec(['schema', 'apr-input']).stdout)).toMatchObject({ title: 'AprInput', type: 'object' });
  });

  it('reads a JSON document or NDJSON from a pipe', () => {
    expect(exec(['apr', '--format', 'json'], JSON.stringify(APPENDIX_J, null, 2)).code).toBe(0);
    const ndjson = exec(['validate', '--schema', 'apr-input', '--format', 'json'], `${JSON.stringify(APPENDIX_J)}\n{"payments": []}\n`);
    expect(ndjson.code).toBe(2);
    expect(ndjson.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number; status: string }).status)).toEqual(['valid', 'malformed']);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${cli}" schema apr-input | head -c 10 > /dev/null; echo "status \${PIPESTATUS:-done}"`], { cwd: files.dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
  });
});

/** What the CLI wrote for a streamed batch: exit code, output line count, the lines `isOdd` picked, peak RSS. */
interface BatchRun {
  readonly code: number | null;
  readonly lines: number;
  readonly odd: string[];
  readonly maxRssKb: number;
}

/**
 * Streams `count` NDJSON lines (`line(i)` for i = 1..count, generated one at a time and piped
 * with back-pressure: the test never holds the batch) into the built CLI, counts the output
 * lines as they come, keeps those `isOdd` picks, and reads the peak RSS the preloaded
 * support/max-rss.mjs reports on exit.
 */
async function streamBatch(count: number, args: string[], line: (i: number) => string, isOdd: (output: string) => boolean): Promise<BatchRun> {
  // A 1 MB young generation, so that the resident set follows what is kept rather than how
  // lazily V8 collects garbage; a 64 MB old space, far less than the batch held in memory.
  const child = spawn(process.execPath, ['--max-semi-space-size=1', '--max-old-space-size=64', '--import', maxRss, cli, ...args], { cwd: files.dir, stdio: ['pipe', 'pipe', 'pipe'] });
  function* lines(): Generator<string> {
    for (let i = 1; i <= count; i++) yield `${line(i)}\n`;
  }
  Readable.from(lines()).pipe(child.stdin);
  let lineCount = 0;
  let rest = '';
  const odd: string[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    lineCount += parts.length;
    for (const part of parts) if (isOdd(part)) odd.push(part);
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const memory = /__MAX_RSS_KB__ (\d+)/.exec(stderr);
  return { code, lines: lineCount, odd, maxRssKb: Number(memory?.[1]) };
}

describe('a 100,000-line NDJSON batch on stdin', () => {
  it('is checked line by line in flat memory, one JSON result per line (validate)', async () => {
    const args = ['validate', '--schema', 'apr-input', '--format', 'json'];
    const valid = JSON.stringify(APPENDIX_J);
    const line = (i: number): string => (i % 25_000 === 0 ? '{"payments": "not a list"}' : valid);
    const invalid = (output: string): boolean => !output.includes('"valid":true');
    const small = await streamBatch(1_000, args, line, invalid);
    const large = await streamBatch(100_000, args, line, invalid);
    expect(small.code).toBe(0);
    expect(large.code).toBe(2);
    expect(large.lines).toBe(100_000);
    expect(large.odd.map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([25_000, 50_000, 75_000, 100_000]);
    // The batch is 14 MB of JSON in and 9 MB out. Measured on Node 20: streaming, the peak
    // resident set of the 100,000-line run is about 5 MB above the 1,000-line run's; a reader
    // that only buffers the raw input before processing it is 21 MB above (and one that keeps
    // the parsed documents or the output, far more).
    expect(small.maxRssKb).toBeGreaterThan(10_000);
    expect(large.maxRssKb - small.maxRssKb).toBeLessThan(12_000);
  }, 120_000);

  it('answers every call of a dialer queue in order, in flat memory (check-contact)', async () => {
    const args = ['check-contact', '--format', 'json'];
    // Calls to one consumer in New York at 10:00 local time, allowed; every 20,000th at
    // 07:30 local time, before 8 a.m. (12 CFR 1006.6(b)(1)(i)), denied. Each call names its own
    // account, so nothing is shared between lines.
    const line = (i: number): string =>
      JSON.stringify({
        checkedAt: '2026-03-10T12:00:00Z',
        attempt: { channel: 'call', at: i % 20_000 === 0 ? '2026-03-11T11:30:00Z' : '2026-03-10T14:00:00Z', debtIds: [`d${i}`] },
        consumer: { timeZones: ['America/New_York'] },
        debts: [{ id: `d${i}` }],
        history: [],
      });
    const denied = (output: string): boolean => !output.includes('"result":{"ok":true');
    const small = await streamBatch(10_000, args, line, denied);
    const large = await streamBatch(100_000, args, line, denied);
    expect(small.code).toBe(0);
    expect(large.code).toBe(1);
    expect(large.lines).toBe(100_000);
    const answers = large.odd.map((l) => JSON.parse(l) as { line: number; ok: boolean; result: { ok: boolean; earliestAllowedAt: string; findings: Array<{ code: string; severity: string }> } });
    expect(answers.map((a) => [a.line, a.ok, a.result.ok, a.result.earliestAllowedAt, a.result.findings.filter((f) => f.severity === 'violation').map((f) => f.code)])).toEqual(
      [20_000, 40_000, 60_000, 80_000, 100_000].map((n) => [n, true, false, '2026-03-11T12:00:00.000Z', ['REGF-TIME']]),
    );
    // About 22 MB in and 40 MB out. Measured on Node 20: the peak resident set levels off by
    // about 50,000 lines (10,000: 81 MB; 50,000, 200,000 and 300,000: 86-87 MB), so the
    // 100,000-line run stays within a few megabytes of the 10,000-line one; a command that
    // collects the documents before checking them dies in the 64 MB old space.
    expect(small.maxRssKb).toBeGreaterThan(10_000);
    expect(large.maxRssKb - small.maxRssKb).toBeLessThan(12_000);
  }, 120_000);
});
