import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliModules } from '../../src/cli/modules.js';
import { createSettlementCli } from '../../src/cli/modules/settlement.js';
import { ValidationError } from '../../src/errors/index.js';
import { runCli } from '../../src/cli/run.js';
import { MemoryWritable, chunks, run, scratch } from './support/memory-io.js';

// The fees, check-contact and escalate commands and the fee-policy and escalation-policy
// validation kinds, run in process on the example data of examples/data (so the examples the
// guides show are checked too) and on broken copies of it.
const data = resolve(import.meta.dirname, '../../examples/data');
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(data, name), 'utf8')) as Record<string, unknown>;
const call = read('call.json');
const feePolicy = read('late-fee-policy.json');
const account = read('fee-account.json');
const escalationCase = read('escalation-case.json');

const files = scratch({
  'bad-amount.json': JSON.stringify({ ...account, payments: [{ amount: '1,000.00', date: '2026-05-08' }] }, null, 2),
  'pyramiding.json': JSON.stringify({ ...feePolicy, noPyramiding: false }, null, 2),
  'business.json': JSON.stringify({ ...feePolicy, noPyramiding: false, accountType: 'business' }, null, 2),
  'scope.json': JSON.stringify({ ...feePolicy, accountKind: 'mortgage', jurisdictions: ['us-ny-rent'] }, null, 2),
  'unknown-preset.json': JSON.stringify({ ...feePolicy, jurisdictions: ['xx'] }, null, 2),
  'no-time.json': JSON.stringify({ ...call, attempt: { channel: 'call', at: '2026-03-10T15:00:00', debtIds: ['d1'] } }, null, 2),
  'allowed.json': JSON.stringify({ ...call, attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] } }),
  'bad-event.json': JSON.stringify({ ...escalationCase, events: [{ type: 'paymentReceived', date: '2026-02-01', amount: '20.00' }, { type: 'teleport', date: '2026-02-02' }] }, null, 2),
  'bad-policy.json': JSON.stringify({ stages: 'x' }),
  'floor.json': '{"floor":"50.00"}',
  'accepted-case.json': JSON.stringify({ ...escalationCase, events: [{ type: 'paymentReceived', date: '2026-02-01', amount: '20.00' }] }),
});
afterAll(files.cleanup);
const inData = { cwd: data };
const inScratch = { cwd: files.dir };

describe('arrears fees', () => {
  it('assesses the late fees of an account with a shared policy: the capped fee, the installment paid within grace, the totals', async () => {
    const result = await run(['fees', 'fee-account.json', '--policy', 'late-fee-policy.json'], inData);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('late fees as of 2026-06-30: 1 charged, total 25.00 USD, waived 0.00');
    expect(result.stdout).toMatch(/2026-06-12 +2 +1 +25\.00 +final +standard-late-fee/);
    expect(result.stdout).toContain('It is limited to 25.00 by the limit per fee of the policy (standard-late-fee).');
    expect(result.stdout).toContain('no fee on installment 1: withinGrace');
  });

  it('takes the assessment date from --as-of and writes CSV and JSON', async () => {
    const early = await run(['fees', 'fee-account.json', '-p', 'late-fee-policy.json', '--as-of', '2026-06-11', '-f', 'json'], inData);
    expect(early.code).toBe(0);
    const json = JSON.parse(early.stdout) as { ok: boolean; result: { asOf: string; fees: unknown[]; nextFees: Array<{ date: string; amount: string }> } };
    expect(json.ok).toBe(true);
    expect(json.result.asOf).toBe('2026-06-11');
    expect(json.result.fees).toEqual([]);
    expect(json.result.nextFees.map((f) => [f.date, f.amount])).toEqual([['2026-06-12', '25.00']]);
    const csv = await run(['fees', 'fee-account.json', '-p', 'late-fee-policy.json', '-f', 'csv'], inData);
    expect(csv.stdout.split('\r\n')[0]).toBe('date,installment,occurrence,amount,status,bound by,explanation');
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^2026-06-12,2,1,25\.00,final,standard-late-fee,"A late fee/);
  });

  it('names the file, line and field of a malformed amount (exit 2), and refuses a bad --as-of', async () => {
    const bad = await run(['fees', 'bad-amount.json', '--policy', join(data, 'late-fee-policy.json')], inScratch);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad-amount\.json:\d+:\d+: malformed MONEY_INVALID_AMOUNT "payments\[0\]\.amount"/);
    const usage = await run(['fees', 'fee-account.json', '--as-of', 'June'], inData);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--as-of must be a date YYYY-MM-DD');
  });

  it('stops before any document when the policy file is malformed', async () => {
    const result = await run(['fees', join(data, 'fee-account.json'), '--policy', 'unknown-preset.json'], inScratch);
    expect(result.code).toBe(2);
    const missing = await run(['fees', 'fee-account.json', '--policy', 'nope.json', '-f', 'json'], inData);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ source: 'nope.json', role: 'policy', ok: false, problems: [{ code: 'CLI_FILE_NOT_FOUND' }] });
  });

  it('exits 1 when a well-formed policy pyramids fees on a consumer account', async () => {
    const result = await run(['fees', join(data, 'fee-account.json'), '--policy', 'pyramiding.json'], inScratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('violation FEES_PYRAMIDING_NOT_ALLOWED');
  });
});

describe('arrears validate --kind fee-policy', () => {
  it('passes a sound policy and lets a business account pyramid', async () => {
    const result = await run(['validate', 'late-fee-policy.json', join(files.dir, 'business.json'), '--kind', 'fee-policy'], inData);
    expect(result.stdout).toContain('2 documents checked (fee-policy): 2 valid, 0 breaking the rules, 0 malformed.');
    expect(result.code).toBe(0);
  });

  it('flags pyramiding on a consumer account and a preset of another account kind as broken rules, at the field', async () => {
    const result = await run(['validate', 'pyramiding.json', 'scope.json', '--kind', 'fee-policy', '--format', 'json'], inScratch);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; problems: Array<{ code: string; field: string }> });
    expect(lines.map((l) => [l.status, l.problems[0]?.code, l.problems[0]?.field])).toEqual([
      ['violation', 'FEES_PYRAMIDING_NOT_ALLOWED', 'noPyramiding'],
      ['violation', 'FEES_PRESET_SCOPE_MISMATCH', 'jurisdictions[0]'],
    ]);
  });

  it('calls an unknown jurisdiction and a schema failure malformed (exit 2), takes no --policy', async () => {
    const result = await run(['validate', 'unknown-preset.json', '--kind', 'fee-policy'], inScratch);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/unknown-preset\.json:\d+:\d+: malformed FEES_UNKNOWN_JURISDICTION/);
    const schema = await run(['validate', '--kind', 'fee-policy'], { stdin: '{"amount":{"type":"flat","amount":"1,00"}}' });
    expect(schema.code).toBe(2);
    const usage = await run(['validate', 'x.json', '--kind', 'fee-policy', '--policy', 'y.json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--kind fee-policy takes no --policy.');
  });
});

describe('arrears check-contact', () => {
  it('denies a call outside calling hours in one of the zones, with the citation and the earliest allowed time (exit 1)', async () => {
    const result = await run(['check-contact', 'call.json'], inData);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('DENIED; earliest allowed at 2026-03-10T15:00:00.000Z');
    expect(result.stdout).toContain('violation REGF-TIME (12 CFR 1006.6(b)(1)(i)');
  });

  it('allows a call at the earliest allowed time (exit 0) and takes "now" from --as-of', async () => {
    const result = await run(['check-contact', 'allowed.json'], inScratch);
    expect(result.stdout).toBe('ALLOWED\n');
    expect(result.code).toBe(0);
    const late = await run(['check-contact', 'allowed.json', '--as-of', '2026-03-10T16:00:00Z'], inScratch);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('COMPLIANCE_ATTEMPT_IN_PAST');
    expect((await run(['check-contact', 'allowed.json', '--as-of', 'now'], inScratch)).code).toBe(2);
  });

  it('streams an NDJSON queue, one JSON answer per line in order, and exits 1 when any call is denied', async () => {
    const lines = readFileSync(join(data, 'calls.ndjson'), 'utf8');
    const result = await run(['check-contact', '--format', 'json'], { stdin: `${lines}${lines}` });
    expect(result.code).toBe(1);
    const answers = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; result: { allowed: boolean } });
    expect(answers.map((a) => [a.line, a.result.allowed])).toEqual([[1, true], [2, false], [3, true], [4, false]]);
    const csv = await run(['check-contact', 'calls.ndjson', '-f', 'csv'], inData);
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      'source,line,account,attempt,allowed,earliest allowed at,violations,warnings',
      'calls.ndjson,1,,,yes,2026-03-10T15:00:00.000Z,,',
      'calls.ndjson,2,,,no,2026-03-10T15:00:00.000Z,REGF-TIME,',
    ]);
  });

  it('checks a check-contacts-input document as one batch, naming account and attempt', async () => {
    const batch = {
      asOf: '2026-03-10T12:00:00Z',
      accounts: [{ id: 'a1', consumer: { timeZones: ['America/New_York'] }, debts: [{ id: 'd1' }], history: [] }],
      attempts: [
        { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
        { accountId: 'a1', channel: 'call', at: '2026-03-11T02:00:00Z', debtIds: ['d1'] },
      ],
    };
    const result = await run(['check-contact'], { stdin: JSON.stringify(batch, null, 2) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('attempt 0 (account a1): ALLOWED');
    expect(result.stdout).toContain('attempt 1 (account a1): DENIED; earliest allowed at 2026-03-11T12:00:00.000Z');
  });

  it('reports a timestamp without an offset at its line and field (exit 2)', async () => {
    const result = await run(['check-contact', 'no-time.json'], inScratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^no-time\.json:\d+:\d+: malformed CALENDAR_INVALID_INSTANT "attempt\.at"/);
  });
});

describe('arrears escalate', () => {
  it('replays the case: the dispute holds the account and the legal referral is refused with its citation (exit 1)', async () => {
    const result = await run(['escalate', 'escalation-case.json'], inData);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2026-02-20 +disputeReceived +yes +early +mid +.*stopCollection/);
    expect(result.stdout).toMatch(/2026-02-25 +legalReferral +NO +mid +mid/);
    expect(result.stdout).toContain('DISPUTE_UNVERIFIED (12 CFR 1006.38(d)(2))');
    expect(result.stdout).toContain('now mid since 2026-02-15 (clock 2026-03-31), 36 days past due, balance 580.00 USD, holds: dispute');
  });

  it('exits 0 when every event is accepted, and writes the final account as JSON', async () => {
    const result = await run(['escalate', 'accepted-case.json', '-f', 'json'], inScratch);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { result: { steps: Array<{ event: string }>; account: { stage: string; format: string } } };
    expect(json.result.steps.map((s) => s.event)).toEqual(['paymentReceived', 'advance']);
    expect(json.result.account.format).toBe('arrears.escalation/1');
  });

  it('places an unknown event at its index in the case file (exit 2)', async () => {
    const result = await run(['escalate', 'bad-event.json'], inScratch);
    expect(result.code).toBe(2);
  });

  it('prints the policy as a Mermaid diagram, and refuses a malformed --policy before any case', async () => {
    const diagram = await run(['escalate', '--diagram']);
    expect(diagram.code).toBe(0);
    expect(diagram.stdout.startsWith('stateDiagram-v2\n  [*] --> current\n')).toBe(true);
    expect((await run(['escalate', '--diagram', 'x.json'])).code).toBe(2);
    const bad = await run(['escalate', join(data, 'escalation-case.json'), '--policy', 'bad-policy.json'], inScratch);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"policy.stages" must be an array');
    expect(bad.stderr).toContain('(the policy file; nothing was computed)');
  });
});

describe('arrears validate --kind escalation-policy', () => {
  it('passes the default policy and calls a malformed one malformed', async () => {
    expect((await run(['validate', '--kind', 'escalation-policy'], { stdin: '{}' })).code).toBe(0);
    const bad = await run(['validate', 'bad-policy.json', '--kind', 'escalation-policy', '-f', 'json'], inScratch);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ status: 'malformed', problems: [{ field: 'stages' }] });
  });
});

describe('the settlement entry point', () => {
  it('wires `settle` and the settlement-policy kind from the module functions alone', async () => {
    const fake = createSettlementCli({}, {
      settle: (input: never) => ({ accepted: (input as { amount: string }).amount !== '0.00', amount: (input as { amount: string }).amount }),
      accepted: (r) => (r as { accepted: boolean }).accepted,
      parsePolicy: (p) => p,
      checkAgainstPolicy: (subject, policy) => ((subject as { amount: string }).amount < (policy as { floor: string }).floor ? [{ code: 'SETTLEMENT_BELOW_FLOOR', path: ['amount'], message: '"amount" is below the floor.' }] : []),
      subjectSchema: 'settlement-offer',
      policySchema: 'settlement-policy',
    });
    expect(fake.commands?.map((c) => c.name)).toEqual(['settle']);
    expect(fake.policyKinds?.map((k) => k.kind)).toEqual(['settlement-policy']);
    expect(fake.policyKinds?.[0]?.check({ amount: '10.00' }, { floor: '50.00' }).map((v) => v.code)).toEqual(['SETTLEMENT_BELOW_FLOOR']);
    expect(cliModules.some((m) => m.name === 'settlement')).toBe(true);
    expect(() => fake.policyKinds?.[0]?.check({}, { floor: '1' })).not.toThrow(ValidationError);
    const settle = async (argv: string[], stdin: string): Promise<{ code: number; stdout: string }> => {
      const stdout = new MemoryWritable();
      const code = await runCli(argv, { cwd: files.dir, stdin: chunks(stdin), stdinIsTTY: false, stdout, stderr: new MemoryWritable() }, [fake]);
      return { code, stdout: stdout.text };
    };
    const table = await settle(['settle'], '{"amount":"10.00"}\n{"amount":"0.00"}\n');
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('== <stdin>:2 ==');
    expect((await settle(['settle', '-f', 'csv'], '{"amount":"10.00"}')).stdout.split('\r\n')[1]).toBe('<stdin>,1,accepted,true');
    const validate = await settle(['validate', '--kind', 'settlement-policy', '--policy', 'floor.json'], '{"amount":"10.00"}');
    expect(validate.code).toBe(1);
    const bare = createSettlementCli({}, { settle: () => 'ok', subjectSchema: 's', policySchema: 'p' });
    expect(bare.policyKinds).toEqual([]);
    expect(bare.commands?.[0]?.name).toBe('settle');
  });
});
