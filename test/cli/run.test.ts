import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainRuleError, UnsupportedOptionError } from '../../src/errors/index.js';
import { parseInput } from '../../src/internal/parse.js';
import { commandsOf, runCli } from '../../src/cli/run.js';
import { cliModules } from '../../src/cli/modules.js';
import type { CliModule } from '../../src/cli/registry.js';
import { APPENDIX_J, MemoryWritable, chunks, run, scratch } from './support/memory-io.js';

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
const json = (value: unknown): string => JSON.stringify(value, null, 2);
const disclosed = (rate: string): string => json({ ...APPENDIX_J, disclosedAprRate: rate });

const files = scratch({
  'good.json': disclosed('0.0975'),
  'off.json': disclosed('0.1'),
  'bad.json': '{\n  "amountFinanced": "5,000.00",\n  "advanceDate": "1978-02-30",\n  "currency": "USD",\n  "payments": [{ "amount": "230.00", "date": "1978-03-10" }],\n  "disclosedAprRate": "0.09"\n}\n',
  'syntax.json': '{\n  "amountFinanced": "5000.00",\n  "advanceDate": \n}\n',
  'no-disclosure.json': json(APPENDIX_J),
  'early.json': json({ amountFinanced: '100.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '100.00', date: '2026-01-15' }] }),
  'batch.ndjson': `${JSON.stringify(APPENDIX_J)}\n\n{"amountFinanced": 5}\n{oops\n`,
  'dir/inner.json': '{}',
  'bom.json': `\uFEFF${json(APPENDIX_J)}`,
  'irregular.json': json({
    advances: [
      { amount: '1000.00', date: '2026-01-01' },
      { amount: '1000.00', date: '2026-02-01' },
    ],
    currency: 'USD',
    payments: [{ amount: '520.00', count: 4, frequency: 'monthly', firstDueDate: '2026-03-01' }],
    disclosedAprRate: '0.01',
  }),
  'plans/a.ndjson': `${JSON.stringify(APPENDIX_J)}\n`,
});
afterAll(files.cleanup);
const cwd = files.dir;

describe('runCli: help and version', () => {
  it('prints the version of package.json', async () => {
    for (const flag of ['--version', '-v']) expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists the commands on --help (exit 0) and on no arguments (stderr, exit 64)', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['validate', 'schema', 'apr']) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(help.stdout).toContain('Exit codes: 0');
    const bare = await run([]);
    expect(bare).toMatchObject({ code: 64, stdout: '' });
    expect(bare.stderr).toBe(help.stdout);
    expect((await run(['help'])).stdout).toBe(help.stdout);
  });

  it('gives every command a help with usage, options and examples, by --help, -h and help <command>', async () => {
    for (const command of commandsOf(cliModules)) {
      const help = await run([command.name, '--help']);
      expect(help.code, command.name).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: arrears ${command.name}`));
      expect(help.stdout).toContain('Options:');
      expect(help.stdout).toContain('-h, --help');
      expect(help.stdout).toContain('Examples:');
      for (const option of Object.keys(command.options)) expect(help.stdout).toContain(`--${option}`);
      expect((await run([command.name, '-h'])).stdout).toBe(help.stdout);
      expect((await run(['help', command.name])).stdout).toBe(help.stdout);
    }
  });

  it('answers a usage error with exit 64 (not 2, which is for malformed documents), the reason, a "did you mean" and where to find help', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 64, stdout: '', stderr: expect.stringContaining('there is no command "frobnicate". The commands are validate, schema, apr') });
    expect((await run(['valdate'])).stderr).toContain('there is no command "valdate". Did you mean "validate"?');
    expect((await run(['--frob'])).stderr).toContain('options come after the command');
    expect((await run(['help', 'nope'])).code).toBe(64);
    const unknown = await run(['validate', '--bogus']);
    expect(unknown).toMatchObject({ code: 64, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(unknown.stderr).toContain('Run "arrears validate --help" for usage.');
    expect((await run(['validate', '--polcy', 'p.json'])).stderr).toContain('Did you mean "--policy"?');
    expect((await run(['validate', 'x.json', '--format', 'yaml'])).stderr).toContain('--format must be one of table, json, ndjson, github, junit, sarif, human, not "yaml"');
    expect((await run(['validate', 'x.json', '--format', 'sarf'])).stderr).toContain('Did you mean "sarif"?');
    expect((await run(['validate', '--policy'])).stderr).toContain("argument missing");
  });
});

describe('runCli validate', () => {
  it('exits 0 when every document is valid and says how many were checked', async () => {
    expect(await run(['validate', '--kind', 'apr-disclosure', 'good.json', 'bom.json'.replace('bom', 'good')], { cwd })).toEqual({ code: 0, stdout: '2 documents checked (apr-disclosure): 2 valid, 0 breaking the rules, 0 malformed.\n', stderr: '' });
  });

  it('exits 1 when a well-formed document breaks a rule, naming the file, line, column and field', async () => {
    const result = await run(['validate', '-k', 'apr-disclosure', 'off.json', 'good.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^off\.json:13:23: violation PLAN_APR_OUTSIDE_TOLERANCE "disclosedAprRate": The disclosed APR of 10% is 0\.31429\d+ percentage points above the actual 9\.68570\d+%, more than the 0\.125 allowed for a regular transaction \(12 CFR 1026\.22\(a\)\(2\)\)\.$/m);
    expect(result.stdout).toContain('2 documents checked (apr-disclosure): 1 valid, 1 breaking the rules, 0 malformed.');
  });

  it('names the irregular-transaction tolerance of 12 CFR 1026.22(a)(3)', async () => {
    const result = await run(['validate', '--kind', 'apr-disclosure', 'irregular.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('allowed for an irregular transaction (12 CFR 1026.22(a)(3))');
    expect((await run(['apr', 'irregular.json'], { cwd })).stdout).toContain('disclosed APR OUTSIDE tolerance');
  });

  it('reads a file matched by a pattern as NDJSON when asked', async () => {
    const result = await run(['validate', '--schema', 'apr-input', 'plans/*.ndjson', 'good.json', '--ndjson'], { cwd });
    expect(result.stdout).toContain('good.json:1:2: malformed CLI_INVALID_JSON');
    expect(result.stdout).toContain('1 valid');
  });

  it('counts a domain rule error of the computation as a broken rule', async () => {
    const result = await run(['validate', '--kind', 'apr-disclosure', 'early.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('violation PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE');
  });

  it('exits 2 for a document that fails its schema, listing every problem with its position', async () => {
    const result = await run(['validate', '--kind', 'apr-disclosure', 'bad.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('bad.json:2:21: malformed MONEY_INVALID_AMOUNT "amountFinanced"');
    expect(result.stdout).toContain('bad.json:3:18: malformed CALENDAR_INVALID_DATE "advanceDate"');
    expect(result.stdout).toContain('0 valid, 0 breaking the rules, 1 malformed.');
    const missing = await run(['validate', '--kind', 'apr-disclosure', 'no-disclosure.json'], { cwd });
    expect(missing.stdout).toContain('no-disclosure.json:1:1: malformed INPUT_MISSING "disclosedAprRate" is required');
  });

  it('exits 2 for JSON syntax errors, missing files, directories and patterns matching nothing, and still checks the rest', async () => {
    const result = await run(['validate', '--kind', 'apr-disclosure', 'syntax.json', 'missing.json', 'dir', 'nothing/*.json', 'good.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout.split('\n')).toEqual([
      'syntax.json:4:1: malformed CLI_INVALID_JSON not valid JSON: expected a JSON value but found character "}".',
      'missing.json: malformed CLI_FILE_NOT_FOUND no such file.',
      'dir: malformed CLI_IS_DIRECTORY is a directory: name the files, or use a pattern such as "dir/*.json".',
      'nothing/*.json: malformed CLI_NO_MATCH no file matches this pattern.',
      '5 documents checked (apr-disclosure): 1 valid, 0 breaking the rules, 4 malformed.',
      '',
    ]);
  });

  it('expands patterns itself and reads .ndjson files line by line', async () => {
    const result = await run(['validate', '--schema', 'apr-input', '*.ndjson', '--format', 'json'], { cwd });
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.source, l.line, l.status])).toEqual([
      ['batch.ndjson', 1, 'valid'],
      ['batch.ndjson', 3, 'malformed'],
      ['batch.ndjson', 4, 'malformed'],
    ]);
    expect(lines[1]?.problems).toContainEqual(expect.objectContaining({ code: 'INPUT_INVALID_TYPE', path: ['amountFinanced'], field: 'amountFinanced', line: 3, column: 20 }));
    expect(lines[2]?.problems).toEqual([expect.objectContaining({ code: 'CLI_INVALID_JSON', line: 4, column: 2 })]);
  });

  it('writes one JSON object per document with --format json, details included', async () => {
    const result = await run(['validate', '--kind', 'apr-disclosure', 'off.json', '--format', 'json'], { cwd });
    const line = JSON.parse(result.stdout) as { problems: Array<Record<string, unknown>> };
    expect(line).toMatchObject({ source: 'off.json', line: 1, valid: false, status: 'violation' });
    expect(line.problems[0]).toMatchObject({ severity: 'violation', code: 'PLAN_APR_OUTSIDE_TOLERANCE', path: ['disclosedAprRate'], field: 'disclosedAprRate', line: 13, column: 23, details: { aprPercent: '9.69', tolerancePercent: '0.125' } });
  });

  it('reads NDJSON from standard input, streaming, with the line of each document', async () => {
    const stdin = [`${JSON.stringify(APPENDIX_J)}\n{"amountFin`, `anced": "1"}\n\n`, '[1, 2\n'];
    const result = await run(['validate', '--schema', 'AprInput'], { cwd, stdin, slowStdout: true });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('<stdin>:2:1: malformed INPUT_MISSING "payments" is required');
    expect(result.stdout).toContain('<stdin>:4:6: malformed CLI_INVALID_JSON');
    expect(result.stdout).toContain('3 documents checked (apr-input): 1 valid, 0 breaking the rules, 2 malformed.');
    expect((await run(['validate', '--schema', 'amount', '-'], { stdin: '"1.00"\n"2.00"\n' })).stdout).toContain('2 documents checked (amount): 2 valid');
  });

  it('reads one JSON document spread over lines from standard input, and --ndjson reads it line by line', async () => {
    const pretty = json(APPENDIX_J);
    expect((await run(['validate', '--schema', 'apr-input'], { stdin: pretty })).stdout).toContain('1 document checked (apr-input): 1 valid');
    expect((await run(['validate', '--schema', 'apr-input', '--ndjson'], { stdin: pretty })).code).toBe(2);
    expect((await run(['validate', '--schema', 'apr-input'], { stdin: '\n\n{\n "a": \n}' })).stdout).toContain('<stdin>:5:1: malformed CLI_INVALID_JSON');
  });

  it('refuses to wait on a terminal and reports an empty standard input', async () => {
    expect(await run(['validate', '--schema', 'amount'], { tty: true })).toMatchObject({ code: 64, stderr: expect.stringContaining('no input: name JSON files') });
    expect((await run(['validate', '--schema', 'amount'], { stdin: '\n \n' })).stdout).toContain('malformed CLI_NO_INPUT standard input is empty');
  });

  it('checks the command line: kinds, schemas and policies that do not fit', async () => {
    expect((await run(['validate', 'x.json'], { cwd })).stderr).toMatch(/needs --policy|cannot be read|no such file/);
    expect((await run(['validate', 'x.json', '--kind', 'nope'])).stderr).toContain('there is no kind "nope"; the kinds are');
    expect((await run(['validate', 'x.json', '--schema', 'nope'])).stderr).toContain('there is no schema named "nope"');
    expect((await run(['validate', 'x.json', '--schema', 'amount', '--kind', 'apr'])).stderr).toContain('leave out --kind and --policy');
    expect((await run(['validate', 'x.json', '--kind', 'apr-disclosure', '--policy', 'p.json'])).stderr).toContain('--kind apr-disclosure takes no --policy');
  });
});

// A module registered in one entry: its kind, command and schema appear everywhere.
const FeePolicySchema = z.strictObject({ maxFee: z.string().regex(/^[0-9]+\.[0-9]{2}$/) });
const FeeSchema = z.strictObject({ fee: z.string() });
const feesCli: CliModule = {
  name: 'fees',
  exports: { FeePolicySchema, FeeSchema, helper: () => 1 },
  policyKinds: [
    {
      kind: 'fee',
      summary: 'a fee under the policy cap',
      subjectSchema: 'fee',
      policySchema: 'fee-policy',
      parsePolicy: (policy) => parseInput(FeePolicySchema, policy),
      check(subject, policy) {
        const fee = parseInput(FeeSchema, subject).fee;
        if (fee === 'unsupported') throw new UnsupportedOptionError('"fee": not in this version.', { path: ['fee'] });
        if (fee === 'rule') throw new DomainRuleError('FEE_RULE', '"fee": a rule.', { path: ['fee'], details: { limit: '1' } });
        if (fee === 'bug') throw new TypeError('boom');
        const cap = (policy as { maxFee: string }).maxFee;
        return Number(fee) > Number(cap) ? [{ code: 'FEE_OVER_CAP', path: ['fee'], message: `"fee": ${fee} is over the cap ${cap}.`, details: { limit: cap, actual: fee } }] : [];
      },
    },
  ],
  commands: [],
};
const withFees = [...cliModules, feesCli];
const feeFiles = scratch({
  'policy.json': '{ "maxFee": "25.00" }',
  'bad-policy.json': '{\n  "maxFee": 25\n}',
  'broken-policy.json': '{ "maxFee": ',
  'low.json': '{ "fee": "10.00" }',
  'high.json': '{\n  "fee": "30.00"\n}',
  'odd.json': '{ "fee": "unsupported" }',
  'rule.json': '{ "fee": "rule" }',
  'bug.json': '{ "fee": "bug" }',
});
afterAll(feeFiles.cleanup);

async function runWith(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new MemoryWritable();
  const stderr = new MemoryWritable();
  const code = await runCli(argv, { cwd: feeFiles.dir, stdin: chunks(), stdinIsTTY: true, stdout, stderr }, withFees);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('runCli with a module plugged in by one registry entry', () => {
  it('checks documents against the policy of its kind', async () => {
    expect((await runWith(['validate', '--kind', 'fee', '--policy', 'policy.json', 'low.json'])).code).toBe(0);
    const high = await runWith(['validate', '--kind', 'fee', '-p', 'policy.json', 'low.json', 'high.json', '--format', 'json']);
    expect(high.code).toBe(1);
    expect(JSON.parse(high.stdout.trim().split('\n')[1] ?? '')).toMatchObject({ status: 'violation', problems: [{ code: 'FEE_OVER_CAP', line: 2, column: 10, details: { limit: '25.00', actual: '30.00' } }] });
    const rule = await runWith(['validate', '--kind', 'fee', '-p', 'policy.json', 'rule.json', 'odd.json']);
    expect(rule.stdout).toContain('rule.json:1:10: violation FEE_RULE');
    expect(rule.stdout).toContain('odd.json:1:10: malformed UNSUPPORTED_OPTION');
    expect(rule.code).toBe(2);
  });

  it('exits 2 without checking anything when the policy is missing, not JSON or malformed', async () => {
    expect((await runWith(['validate', '--kind', 'fee', 'low.json'])).stderr).toContain('--kind fee needs --policy <file> (a fee-policy document)');
    const bad = await runWith(['validate', '--kind', 'fee', '--policy', 'bad-policy.json', 'low.json']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('bad-policy.json:2:13: malformed INPUT_INVALID_TYPE "maxFee" must be a string');
    expect(bad.stderr).toContain('(the policy file; nothing was checked)');
    const broken = await runWith(['validate', '--kind', 'fee', '--policy', 'broken-policy.json', 'low.json', '--format', 'json']);
    expect(JSON.parse(broken.stdout)).toMatchObject({ source: 'broken-policy.json', role: 'policy', status: 'malformed', problems: [{ code: 'CLI_INVALID_JSON' }] });
    expect((await runWith(['validate', '--kind', 'fee', '--policy', 'none.json', 'low.json'])).stderr).toContain('none.json: malformed CLI_FILE_NOT_FOUND');
  });

  it('lists its schemas and kind, and reports a bug in a check as an internal error', async () => {
    const list = await runWith(['schema']);
    expect(list.stdout).toContain('fee-policy');
    expect(list.stdout).toContain('fee: fee checked against fee-policy');
    const bug = await runWith(['validate', '--kind', 'fee', '--policy', 'policy.json', 'bug.json']);
    expect(bug.code).toBe(2);
    expect(bug.stderr).toContain('arrears: internal error (a bug in arrears; please report it): TypeError: boom');
  });

  it('refuses two commands with one name', () => {
    expect(() => commandsOf([...cliModules, { name: 'x', exports: {}, commands: commandsOf(cliModules).slice(0, 1) }])).toThrow('two commands are named validate');
  });
});

describe('runCli apr', () => {
  it('prints the APR, the unit period and every flow as a table', async () => {
    const result = await run(['apr', 'good.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('APR 9.69% (annual rate 0.096857080622807674891');
    expect(result.stdout).toContain('unit period: monthly, 12 per year (mostFrequentPeriod); regular transaction');
    expect(result.stdout).toContain('disclosed APR within tolerance');
    expect(result.stdout).toMatch(/^advance {2}1978-01-10 {2}5000\.00 {3}0 {2}0$/m);
    expect(result.stdout).toMatch(/^payment {2}1980-01-10 {3}230\.00 {2}24 {2}0$/m);
  });

  it('writes RFC 4180 CSV, with source and line columns in a batch', async () => {
    const one = await run(['apr', 'good.json', '--format', 'csv'], { cwd });
    const lines = one.stdout.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['type,date,amount,t,f', 'advance,1978-01-10,5000.00,0,0', 'payment,1978-02-10,230.00,1,0']);
    expect(lines).toHaveLength(27);
    const batch = await run(['apr', 'good.json', 'off.json', '-f', 'csv'], { cwd });
    const rows = batch.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('source,line,type,date,amount,t,f');
    expect(rows.filter((r) => r.startsWith('source'))).toHaveLength(1);
    expect(rows).toHaveLength(51);
  });

  it('writes one JSON object per document, problems included, with --format json', async () => {
    const result = await run(['apr', 'good.json', 'syntax.json', '--format', 'json'], { cwd });
    expect(result.code).toBe(2);
    const [ok, bad] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ok).toMatchObject({ source: 'good.json', ok: true, result: { aprPercent: '9.69', unitPeriod: 'monthly', disclosed: { ok: true, findings: [] } } });
    expect(bad).toMatchObject({ source: 'syntax.json', ok: false, problems: [{ code: 'CLI_INVALID_JSON', line: 4, column: 1 }] });
  });

  it('titles each document of a batch and reports problems on stderr', async () => {
    const result = await run(['apr', 'good.json', 'bad.json', 'early.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('== good.json:1 ==');
    expect(result.stderr).toContain('bad.json:2:21: malformed MONEY_INVALID_AMOUNT');
    expect(result.stderr).toContain('early.json:6:5: violation PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE');
    expect((await run(['apr', 'early.json'], { cwd })).code).toBe(1);
  });

  it('takes a simple transaction from options', async () => {
    const argv = ['apr', '--amount-financed', '5000.00', '--advance-date', '1978-01-10', '--currency', 'USD', '--amount', '230.00', '--count', '24', '--frequency', 'monthly', '--first-due-date', '1978-02-10'];
    const result = await run([...argv, '--disclosed-apr-rate', '0.0975', '--unit-period', 'monthly', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: '<options>', ok: true, result: { aprPercent: '9.69', disclosed: { ok: true, findings: [] } } });
    // A multiple as JSON; an old frequency name is refused with the name to write instead.
    const threeWeeks = await run(['apr', '--amount-financed', '1000.00', '--advance-date', '2026-01-01', '--currency', 'USD', '--amount', '340.00', '--count', '3', '--frequency', '{"everyWeeks":3}', '--first-due-date', '2026-01-22', '--format', 'json']);
    expect(JSON.parse(threeWeeks.stdout)).toMatchObject({ ok: true, result: { unitPeriod: { everyWeeks: 3 } } });
    expect((await run(['apr', ...argv.slice(1, -4), '--frequency', 'month', '--first-due-date', '1978-02-10'])).stderr).toContain('"month" is not a frequency (write "monthly")');
    expect((await run([...argv, '--disclosed-apr-rate', '9.75'])).stderr).toContain('PLAN_INVALID_RATE');
    expect((await run(['apr', ...argv.slice(1, -4), '--frequency', '{"everyWeeks":', '--first-due-date', '1978-02-10'])).code).toBe(64);
    const bad = await run([...argv.slice(0, -2), '--first-due-date', '1978-02-30']);
    expect(bad).toMatchObject({ code: 2, stderr: '<options>: malformed CALENDAR_INVALID_DATE "payments[0].firstDueDate": "1978-02-30" is not a real calendar date: February 1978 has 28 days.\n' });
    expect((await run(['apr', '--amount-financed', '1.00'])).stderr).toContain('--amount-financed also needs --advance-date, --currency, --amount, --count, --frequency, --first-due-date.');
    expect((await run([...argv.slice(0, 10), '2x', ...argv.slice(11)])).stderr).toContain('--count must be a whole number of payments, not "2x"');
    expect((await run([...argv, 'good.json'])).stderr).toContain('not both');
  });
});

describe('runCli schema', () => {
  it('lists every schema and kind, as text or JSON', async () => {
    const list = await run(['schema']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ {2}apr-input +arrears\/plan AprInputSchema$/m);
    expect(list.stdout).toContain('apr-disclosure: apr-input');
    expect((await run(['schema', '--list'])).stdout).toBe(list.stdout);
    const names = JSON.parse((await run(['schema', '-l', '--format', 'json'])).stdout) as Array<{ name: string }>;
    expect(names).toContainEqual({ name: 'calendar-date', module: 'calendar', export: 'CalendarDateSchema' });
  });

  it('prints one JSON Schema, indented or compact', async () => {
    const pretty = await run(['schema', 'AprInput']);
    expect(pretty.code).toBe(0);
    const schema = JSON.parse(pretty.stdout) as Record<string, unknown>;
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'AprInput', type: 'object', required: ['payments', 'currency'], additionalProperties: false });
    expect(pretty.stdout).toContain('\n  "title"');
    const compact = await run(['schema', 'apr-input', '-f', 'json']);
    expect(compact.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(compact.stdout)).toEqual(schema);
  });

  it('suggests names for an unknown schema and takes one name at a time', async () => {
    expect((await run(['schema', 'apr'])).stderr).toContain('there is no schema named "apr"; did you mean apr-advance, apr-input, apr-payment?');
    expect((await run(['schema', 'zzz'])).stderr).toContain('there is no schema named "zzz" "arrears schema" lists them.');
    expect((await run(['schema', 'a', 'b'])).stderr).toContain('one schema name at a time');
  });

  it('writes every schema and an index into a directory, or just the one named', async () => {
    const out = scratch({});
    try {
      const all = await run(['schema', '--out-dir', 'schemas'], { cwd: out.dir });
      expect(all.code).toBe(0);
      const written = readdirSync(join(out.dir, 'schemas'));
      const index = JSON.parse(readFileSync(join(out.dir, 'schemas', 'index.json'), 'utf8')) as Array<{ name: string; file: string }>;
      expect(written.sort()).toEqual([...index.map((e) => e.file), 'index.json'].sort());
      expect(all.stderr).toBe(`wrote ${index.length} schemas to schemas\n`);
      const printed = (await run(['schema', 'money'])).stdout;
      expect(readFileSync(join(out.dir, 'schemas', 'money.json'), 'utf8')).toBe(printed);
      const one = await run(['schema', 'money', '-o', 'one'], { cwd: out.dir });
      expect(one.stderr).toBe('wrote 1 schema to one\n');
      expect(readdirSync(join(out.dir, 'one'))).toEqual(['money.json']);
      expect((await run(['schema', 'nope', '-o', 'one'], { cwd: out.dir })).code).toBe(64);
    } finally {
      out.cleanup();
    }
  });
});
