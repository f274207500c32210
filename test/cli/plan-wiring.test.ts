import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { createScheduleCommand } from '../../src/cli/commands/schedule.js';
import type { ScheduleLike } from '../../src/cli/commands/schedule.js';
import { cliModules } from '../../src/cli/modules.js';
import { createPlanKind } from '../../src/cli/modules/plan.js';
import type { PlanValidationLike } from '../../src/cli/modules/plan.js';
import { runCli } from '../../src/cli/run.js';
import { MemoryWritable, chunks, scratch } from './support/memory-io.js';

// buildSchedule and validatePlanTerms of arrears/plan are wired with one line each; until they
// are, these stand-ins with the same shapes exercise the command and the kind.
function fakeBuild(terms: { principal?: string; count?: number }): ScheduleLike {
  if (typeof terms.principal !== 'string') throw new ValidationError([{ code: 'INPUT_MISSING', path: ['principal'], message: '"principal" is required.' }]);
  const count = terms.count ?? 2;
  const installments = Array.from({ length: count }, (_, i) => ({ number: i + 1, dueDate: `2026-0${i + 2}-01`, payment: '50.00', principal: '50.00', interest: '0.00', balance: `${50 * (count - i - 1)}.00` }));
  const schedule = { currency: 'USD', installmentCount: count, amountFinanced: terms.principal, installments, totals: { payments: terms.principal, principal: terms.principal, interest: '0.00', downPayment: '0.00', totalCost: terms.principal } };
  let computed: { aprPercent: string } | undefined;
  return Object.defineProperty(schedule, 'apr', { get: () => (computed ??= { aprPercent: '0.00' }), enumerable: false }) as unknown as ScheduleLike;
}
function fakeValidate(terms: { count?: number }, policy: { maxInstallments: number }): PlanValidationLike {
  const count = terms.count ?? 2;
  return count <= policy.maxInstallments
    ? { valid: true, violations: [] }
    : { valid: false, violations: [{ code: 'PLAN_POLICY_TOO_MANY_INSTALLMENTS', path: ['count'], message: `"count": ${count} installments, more than the ${policy.maxInstallments} the policy allows.`, limit: String(policy.maxInstallments), actual: String(count) }, { code: 'PLAN_X', path: [], message: 'no details.' }] };
}
const parsePolicy = (policy: unknown): unknown => {
  if (typeof (policy as { maxInstallments?: unknown }).maxInstallments !== 'number') throw new ValidationError([{ code: 'INPUT_MISSING', path: ['maxInstallments'], message: '"maxInstallments" is required.' }]);
  return policy;
};
const modules = [
  ...cliModules.slice(0, 2),
  { ...cliModules[2]!, commands: [...(cliModules[2]!.commands ?? []), createScheduleCommand(fakeBuild)], policyKinds: [createPlanKind(fakeValidate, parsePolicy), ...(cliModules[2]!.policyKinds ?? [])] },
];

const files = scratch({ 'terms.json': '{\n  "principal": "100.00",\n  "count": 3\n}', 'policy.json': '{ "maxInstallments": 2 }', 'bad.json': '{ "count": 1 }' });
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
    expect(table.stdout).toContain('\nno  due date    payment  principal  interest  balance\n--  ----------  -------  ---------  --------  -------\n 1  2026-02-01    50.00      50.00      0.00   100.00\n');
    expect((await run(['schedule', 'terms.json', '-f', 'csv'])).stdout.split('\r\n').slice(0, 2)).toEqual(['no,due date,payment,principal,interest,balance', '1,2026-02-01,50.00,50.00,0.00,100.00']);
    expect(JSON.parse((await run(['schedule', 'terms.json', '-f', 'json'])).stdout)).toMatchObject({ ok: true, result: { apr: { aprPercent: '0.00' }, installmentCount: 3 } });
    expect((await run(['schedule', 'bad.json'])).stderr).toContain('bad.json:1:1: malformed INPUT_MISSING "principal" is required.');
  });
});

describe('arrears validate --kind plan', () => {
  it('is the default kind and lists every violation with its limit', async () => {
    const result = await run(['validate', 'terms.json', '--policy', 'policy.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const line = JSON.parse(result.stdout) as { problems: unknown[] };
    expect(line.problems).toEqual([
      expect.objectContaining({ code: 'PLAN_POLICY_TOO_MANY_INSTALLMENTS', line: 3, column: 12, details: { limit: '2', actual: '3' } }),
      expect.not.objectContaining({ details: expect.anything() }),
    ]);
    expect((await run(['validate', 'terms.json', '--policy', 'terms.json'])).stderr).toContain('terms.json:1:1: malformed INPUT_MISSING "maxInstallments" is required.');
    expect((await run(['schema'])).stdout).toContain('plan: plan-terms checked against plan-policy');
  });
});
