import { afterAll, describe, expect, it } from 'vitest';
import { cliModules } from '../../src/cli/modules.js';
import { runCli } from '../../src/cli/run.js';
import { MemoryWritable, chunks, scratch } from './support/memory-io.js';

// `arrears schedule` and `arrears validate --kind plan-terms` run the library's buildSchedule and
// validatePlanTerms (src/cli/modules/plan.ts wires each with one line).
const modules = cliModules;

const terms = '{\n  "principal": "100.00",\n  "currency": "USD",\n  "annualRate": "0",\n  "frequency": "monthly",\n  "agreementDate": "2026-01-01",\n  "firstDueDate": "2026-02-01",\n  "installments": 3\n}';
const never = '{ "principal": "1000.00", "currency": "USD", "annualRate": "0.24", "frequency": "monthly", "agreementDate": "2026-01-01", "firstDueDate": "2026-02-01", "installmentAmount": "10.00" }';
const files = scratch({ 'terms.json': terms, 'policy.json': '{ "maxInstallments": 2 }', 'bad.json': '{ "currency": "USD" }', 'never.json': never, 'typo.json': terms.replace('"installments": 3', '"installments": 0') });
afterAll(files.cleanup);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new MemoryWritable();
  const stderr = new MemoryWritable();
  const code = await runCli(argv, { cwd: files.dir, stdin: chunks(), stdinIsTTY: true, stdout, stderr }, modules);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('arrears schedule', () => {
  it('prints the schedule as a table, CSV and JSON, the APR included', async () => {
    const table = await run(['schedule', 'terms.json']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('3 installments, amount financed 100.00 USD, APR 0.00%');
    expect(table.stdout).toContain(' 1  2026-02-01   33.33      33.33      0.00    66.67\n');
    expect(table.stdout).toContain(' 3  2026-04-01   33.34      33.34      0.00     0.00\n');
    expect((await run(['schedule', 'terms.json', '-f', 'csv'])).stdout.split('\r\n').slice(0, 2)).toEqual(['no,due date,amount,principal,interest,balance', '1,2026-02-01,33.33,33.33,0.00,66.67']);
    expect(JSON.parse((await run(['schedule', 'terms.json', '-f', 'json'])).stdout)).toMatchObject({ ok: true, result: { apr: { aprPercent: '0.00' } } });
    const bad = await run(['schedule', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json:1:1: malformed INPUT_MISSING');
  });
});

describe('arrears validate --kind plan-terms', () => {
  it('is the default kind and lists every violation with its limit', async () => {
    const result = await run(['validate', 'terms.json', '--policy', 'policy.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const line = JSON.parse(result.stdout) as { problems: unknown[] };
    expect(line.problems).toEqual([expect.objectContaining({ code: expect.stringMatching(/^PLAN_POLICY_/), path: ['installments'] })]);
    expect((await run(['validate', 'terms.json', '--policy', 'terms.json'])).code).toBe(2);
    expect((await run(['schema'])).stdout).toContain('plan-terms: plan-terms checked against plan-policy');
  });

  it('reports malformed terms at the field and line of the file, not under "terms"', async () => {
    const result = await run(['validate', 'typo.json', '--policy', 'policy.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('typo.json:8:19: malformed INPUT_OUT_OF_RANGE "installments": too small');
    expect(result.stdout).not.toContain('terms.');
  });

  it('reports terms that never pay off as a broken rule without a policy limit, and checks nothing else', async () => {
    const result = await run(['validate', 'never.json', '--policy', 'policy.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const line = JSON.parse(result.stdout) as { status: string; problems: Array<Record<string, unknown>> };
    expect(line.status).toBe('violation');
    expect(line.problems).toHaveLength(1);
    expect(line.problems[0]).toMatchObject({ severity: 'violation', code: 'PLAN_PAYMENT_TOO_SMALL', field: 'installmentAmount' });
    expect(line.problems[0]).not.toHaveProperty('details');
  });
});
