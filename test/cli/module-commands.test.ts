import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseAccount, basePolicy } from '../settlement/fixtures.js';
import { cliModules } from '../../src/cli/modules.js';
import { run, scratch } from './support/memory-io.js';

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
  'hardship-waiver.json': JSON.stringify({ ...feePolicy, waivers: { hardship: true } }, null, 2),
  'business.json': JSON.stringify({ ...feePolicy, noPyramiding: false, accountType: 'business' }, null, 2),
  'scope.json': JSON.stringify({ ...feePolicy, accountKind: 'mortgage', presets: ['us-ny-rent'] }, null, 2),
  'unknown-preset.json': JSON.stringify({ ...feePolicy, accountKind: 'other', presets: ['xx'] }, null, 2),
  'no-time.json': JSON.stringify({ ...call, attempt: { channel: 'call', at: '2026-03-10T15:00:00', debtIds: ['d1'] } }, null, 2),
  'allowed.json': JSON.stringify({ ...call, attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] } }),
  'bad-event.json': JSON.stringify({ ...escalationCase, events: [{ type: 'paymentReceived', date: '2026-02-01', amount: '20.00' }, { type: 'teleport', date: '2026-02-02' }] }, null, 2),
  'bad-policy.json': JSON.stringify({ stages: 'x' }),
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
    expect(result.stdout).toContain('no fee on installment 1: FEES_WITHIN_GRACE');
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
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('--as-of must be a date YYYY-MM-DD');
  });

  it('says when no fee is charged yet and which fee falls due next, in the table', async () => {
    const result = await run(['fees', 'fee-account.json', '-p', 'late-fee-policy.json', '--as-of', '2026-06-11'], inData);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'late fees as of 2026-06-11: 0 charged, total 0.00 USD, waived 0.00',
      '',
      '(no fee charged)',
      'no fee on installment 1: FEES_WITHIN_GRACE',
      'no fee on installment 2: FEES_WITHIN_GRACE',
      'next, if nothing is paid: 25.00 on 2026-06-12 (installment 2)',
      '',
    ]);
  });

  it('calls a batch line that is not an object malformed, and goes on with the next', async () => {
    const line = JSON.stringify(account);
    const result = await run(['fees', '-p', join(data, 'late-fee-policy.json'), '-f', 'json'], { stdin: `[1, 2]\n${line}\n` });
    expect(result.code).toBe(2);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; problems?: Array<{ code: string; message: string }> });
    expect(out.map((o) => [o.line, o.ok])).toEqual([[1, false], [2, true]]);
    expect(out[0]?.problems?.[0]?.message).toMatch(/^The input must be an object, but got an array/);
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

  it('prints the warning when a hardship waiver meets an account that says nothing of hardship', async () => {
    const result = await run(['fees', join(data, 'fee-account.json'), '--policy', 'hardship-waiver.json'], inScratch);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: FEES_HARDSHIP_UNKNOWN: The policy waives late fees in hardship');
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
      ['violation', 'FEES_PRESET_SCOPE_MISMATCH', 'presets[0]'],
    ]);
  });

  it('calls an unknown jurisdiction and a schema failure malformed (exit 2), takes no --policy', async () => {
    const result = await run(['validate', 'unknown-preset.json', '--kind', 'fee-policy'], inScratch);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/unknown-preset\.json:\d+:\d+: malformed FEES_UNKNOWN_PRESET/);
    const schema = await run(['validate', '--kind', 'fee-policy'], { stdin: '{"amount":{"type":"flat","amount":"1,00"}}' });
    expect(schema.code).toBe(2);
    const usage = await run(['validate', 'x.json', '--kind', 'fee-policy', '--policy', 'y.json']);
    expect(usage.code).toBe(64);
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

  it('allows a call at the earliest allowed time (exit 0) and takes "now" from --checked-at', async () => {
    const result = await run(['check-contact', 'allowed.json'], inScratch);
    expect(result.stdout).toBe('ALLOWED\n');
    expect(result.code).toBe(0);
    const late = await run(['check-contact', 'allowed.json', '--checked-at', '2026-03-10T16:00:00Z'], inScratch);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('COMPLIANCE_ATTEMPT_IN_PAST');
    expect((await run(['check-contact', 'allowed.json', '--checked-at', 'now'], inScratch)).code).toBe(64);
  });

  it('streams an NDJSON queue, one JSON answer per line in order, and exits 1 when any call is denied', async () => {
    const lines = readFileSync(join(data, 'calls.ndjson'), 'utf8');
    const result = await run(['check-contact', '--format', 'json'], { stdin: `${lines}${lines}` });
    expect(result.code).toBe(1);
    const answers = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; result: { ok: boolean } });
    expect(answers.map((a) => [a.line, a.result.ok])).toEqual([[1, true], [2, false], [3, true], [4, false]]);
    const csv = await run(['check-contact', 'calls.ndjson', '-f', 'csv'], inData);
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      'source,line,account,attempt,ok,earliest allowed at,violations,warnings',
      'calls.ndjson,1,,,yes,2026-03-10T15:00:00.000Z,,',
      'calls.ndjson,2,,,no,2026-03-10T15:00:00.000Z,REGF-TIME,',
    ]);
  });

  it('checks a check-contacts-input document as one batch, naming account and attempt', async () => {
    const batch = {
      checkedAt: '2026-03-10T12:00:00Z',
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

  it('checks one contact described by options alone: "now" is the contact time unless --checked-at says otherwise', async () => {
    const call = ['check-contact', '--channel', 'call', '--time-zone', 'America/New_York', '--time-zone', 'America/Los_Angeles'];
    const early = await run([...call, '--at', '2026-03-10T12:30:00Z']);
    expect(early.code).toBe(1);
    expect(early.stdout).toContain('DENIED; earliest allowed at 2026-03-10T15:00:00.000Z');
    expect(early.stdout).toContain('violation REGF-TIME (12 CFR 1006.6(b)(1)(i)');
    const fine = await run([...call, '--at', '2026-03-10T15:00:00Z', '-f', 'json']);
    expect(fine.code).toBe(0);
    expect(JSON.parse(fine.stdout)).toMatchObject({ source: '<options>', line: 1, ok: true, result: { ok: true } });
    const past = await run([...call, '--at', '2026-03-10T15:00:00Z', '--checked-at', '2026-03-10T16:00:00Z']);
    expect(past.code).toBe(1);
    expect(past.stderr).toContain('COMPLIANCE_ATTEMPT_IN_PAST');
    // --jurisdiction and --debt-id reach the consumer and the debt: a state code that is not one, an empty debt id.
    const state = await run([...call, '--at', '2026-03-10T15:00:00Z', '--jurisdiction', 'ZZ', '-f', 'json']);
    expect(JSON.parse(state.stdout)).toMatchObject({ ok: false, problems: [{ field: 'consumer.jurisdiction' }] });
    expect(JSON.parse((await run([...call, '--at', '2026-03-10T15:00:00Z', '--jurisdiction', 'US-MA', '--debt-id', 'loan-7', '-f', 'json'])).stdout)).toMatchObject({ ok: true, result: { ok: true } });
    const debt = await run([...call, '--at', '2026-03-10T15:00:00Z', '--debt-id', '', '-f', 'json']);
    expect((JSON.parse(debt.stdout) as { problems: Array<{ field: string }> }).problems.map((p) => p.field)).toContain('debts[0].id');
  });

  it('refuses incomplete or mixed contact options and an unknown channel', async () => {
    const missing = await run(['check-contact', '--channel', 'call']);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('a contact given with options also needs --at, --time-zone.');
    const both = await run(['check-contact', 'call.json', '--at', '2026-03-10T15:00:00Z'], inData);
    expect(both.stderr).toContain('give the contact either in files or with --channel, --at and --time-zone, not both.');
    const channel = await run(['check-contact', '--channel', 'fax', '--at', '2026-03-10T15:00:00Z', '--time-zone', 'UTC']);
    expect(channel.code).toBe(64);
    expect(channel.stderr).toContain('--channel must be one of call, voicemail, sms, email, letter, inPerson, socialMedia, not "fax".');
    const zone = await run(['check-contact', '--channel', 'call', '--at', '2026-03-10T15:00:00Z', '--time-zone', 'Mars/Olympus']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/^<options>: malformed \S+ "consumer\.timeZones\[0\]"/);
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
    expect(result.stdout).toContain('ESCALATION_DISPUTE_UNVERIFIED (12 CFR 1006.38(d)(2))');
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
    expect((await run(['escalate', '--diagram', 'x.json'])).code).toBe(64);
    const bad = await run(['escalate', join(data, 'escalation-case.json'), '--policy', 'bad-policy.json'], inScratch);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-policy.json:1:11: malformed INPUT_INVALID_TYPE "stages" must be an array');
    expect(bad.stderr).toContain('(the policy file; nothing was computed)');
  });
});

describe('arrears validate --kind escalation-policy', () => {
  it('names the whole document, not "policy", when the policy is not an object at all', async () => {
    const result = await run(['validate', '--kind', 'escalation-policy', '-f', 'json'], { stdin: '[]' });
    expect(result.code).toBe(2);
    const problem = (JSON.parse(result.stdout) as { problems: Array<{ path: unknown[]; message: string }> }).problems[0];
    expect(problem?.path).toEqual([]);
    expect(problem?.message).toMatch(/^The input must be an object, but got an array/);
  });

  it('passes the default policy and calls a malformed one malformed', async () => {
    expect((await run(['validate', '--kind', 'escalation-policy'], { stdin: '{}' })).code).toBe(0);
    const bad = await run(['validate', 'bad-policy.json', '--kind', 'escalation-policy', '-f', 'json'], inScratch);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ status: 'malformed', problems: [{ field: 'stages' }] });
  });
});

const settlementPolicy = basePolicy;
const settlementAccount = baseAccount;
const settlementFiles = scratch({
  'settlement-policy.json': JSON.stringify(settlementPolicy, null, 2),
  'lump.json': JSON.stringify({ account: settlementAccount, asOf: '2026-01-17', amount: '700.00', firstDueDate: '2026-02-16' }, null, 2),
  'deep.json': JSON.stringify({ account: settlementAccount, asOf: '2026-01-17', amount: '650.00', installments: 6 }, null, 2),
  'bankrupt.json': JSON.stringify({ account: { ...settlementAccount, bankruptcy: true }, asOf: '2026-01-17', amount: '1000.00' }, null, 2),
  'bad-terms.json': JSON.stringify({ account: settlementAccount, asOf: '2026-01-17', amount: '700,00' }, null, 2),
  'euro.json': JSON.stringify({ account: { ...settlementAccount, currency: 'EUR' }, asOf: '2026-01-17', amount: '700.00' }, null, 2),
  'gap-policy.json': JSON.stringify({ ...settlementPolicy, bands: [{ minAgeDays: 0, maxAgeDays: 100, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }] }, null, 2),
  'short-curve.json': JSON.stringify({ ...settlementPolicy, defaultModel: { monthlyDefaultProbabilities: ['0.1', '0.1'] } }, null, 2),
  'offers.json': JSON.stringify({ account: settlementAccount, policy: settlementPolicy, asOf: '2026-01-17' }),
});
afterAll(settlementFiles.cleanup);
const inSettlement = { cwd: settlementFiles.dir };

describe('arrears validate --kind settlement-terms', () => {
  it('passes terms within the policy (exit 0)', async () => {
    const result = await run(['validate', 'lump.json', '--kind', 'settlement-terms', '--policy', 'settlement-policy.json'], inSettlement);
    expect(result.stdout).toBe('1 document checked (settlement-terms): 1 valid, 0 breaking the rules, 0 malformed.\n');
    expect(result.code).toBe(0);
  });

  it('lists every rule the terms break at its line and field, with the limit, the value and the level needed (exit 1)', async () => {
    const result = await run(['validate', 'deep.json', 'bankrupt.json', '-k', 'settlement-terms', '-p', 'settlement-policy.json'], inSettlement);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'deep.json:10:13: violation SETTLEMENT_POLICY_NEEDS_APPROVAL "amount": 650.00 is below the 700.00 "agent" may accept for a settlement plan; "supervisor" must approve it.',
      'deep.json:11:19: violation SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS "installments": 6 installments; the policy allows a settlement plan in at most 3.',
      'bankrupt.json:8:19: violation SETTLEMENT_BLOCKED_BANKRUPTCY "account.bankruptcy": A bankruptcy case is open: the automatic stay stops collection, settlement offers included.',
      '2 documents checked (settlement-terms): 0 valid, 2 breaking the rules, 0 malformed.',
      '',
    ]);
    const json = await run(['validate', 'deep.json', '--kind', 'settlement-terms', '--policy', 'settlement-policy.json', '--format', 'json'], inSettlement);
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: 'violation',
      problems: [
        { code: 'SETTLEMENT_POLICY_NEEDS_APPROVAL', field: 'amount', details: { limit: '700.00', actual: '650.00', requiredLevel: 'supervisor' } },
        { code: 'SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS', field: 'installments', details: { limit: '3', actual: '6' } },
      ],
    });
    const blocked = await run(['validate', 'bankrupt.json', '--kind', 'settlement-terms', '--policy', 'settlement-policy.json', '--format', 'json'], inSettlement);
    expect(JSON.parse(blocked.stdout)).toMatchObject({ problems: [{ field: 'account.bankruptcy', details: { citation: '11 U.S.C. 362(a)' } }] });
  });

  it('calls malformed terms malformed at the field of the document (exit 2), and terms no settlement fits a broken rule', async () => {
    const bad = await run(['validate', 'bad-terms.json', '--kind', 'settlement-terms', '--policy', 'settlement-policy.json'], inSettlement);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/^bad-terms\.json:10:13: malformed MONEY_INVALID_AMOUNT "amount": "700,00" is not a decimal amount/);
    const euro = await run(['validate', 'euro.json', '--kind', 'settlement-terms', '--policy', 'settlement-policy.json', '-f', 'json'], inSettlement);
    expect(euro.code).toBe(0);
    const currency = await run(['validate', 'euro.json', '--kind', 'settlement-terms', '--policy', '-', '-f', 'json'], { ...inSettlement, stdin: JSON.stringify({ ...settlementPolicy, currency: 'USD' }) });
    expect(currency.code).toBe(1);
    expect(JSON.parse(currency.stdout)).toMatchObject({ source: 'euro.json', status: 'violation', problems: [{ code: 'SETTLEMENT_CURRENCY_MISMATCH', path: ['policy', 'currency'] }] });
  });

  it('refuses a malformed policy before any document, and needs --policy', async () => {
    const gap = await run(['validate', 'lump.json', '--kind', 'settlement-terms', '--policy', 'gap-policy.json'], inSettlement);
    expect(gap.code).toBe(2);
    expect(gap.stderr).toMatch(/^gap-policy\.json:\d+:\d+: malformed SETTLEMENT_INCONSISTENT_BANDS "bands\[1\]\.minAgeDays".*\(the policy file; nothing was checked\)$/m);
    expect(gap.stdout).toBe('');
    const none = await run(['validate', 'lump.json', '--kind', 'settlement-terms'], inSettlement);
    expect(none.code).toBe(64);
    expect(none.stderr).toContain('--kind settlement-terms needs --policy <file> (a settlement-policy document).');
  });
});

describe('arrears validate --kind settlement-policy', () => {
  it('passes a sound policy, calls a schema failure malformed at its field, and a default model too short for the longest offer a broken rule', async () => {
    const result = await run(['validate', 'settlement-policy.json', 'gap-policy.json', 'short-curve.json', '--kind', 'settlement-policy', '--format', 'json'], inSettlement);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; problems: Array<{ code: string; field: string }> });
    expect(lines.map((l) => [l.status, l.problems[0]?.code, l.problems[0]?.field])).toEqual([
      ['valid', undefined, undefined],
      ['malformed', 'SETTLEMENT_INCONSISTENT_BANDS', 'bands[1].minAgeDays'],
      ['violation', 'SETTLEMENT_CURVE_TOO_SHORT', 'defaultModel'],
    ]);
    const human = await run(['validate', 'short-curve.json', '--kind', 'settlement-policy'], inSettlement);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^short-curve\.json:\d+:\d+: violation SETTLEMENT_CURVE_TOO_SHORT "defaultModel": covers 2 month\(s\), but the longest offer's last payment reads month 13 \(due 2029-02-01 for offers made on 2028-01-31\); give at least 13\.$/m);
  });

  it('accepts a default model exactly as long as the longest offer needs, whichever day the offer is made', async () => {
    const curve = (months: number) => JSON.stringify({ ...settlementPolicy, defaultModel: { survival: Array.from({ length: months }, () => '0.9') } });
    const enough = await run(['validate', '--kind', 'settlement-policy', '-f', 'json'], { stdin: curve(13) });
    expect(enough.code).toBe(0);
    const short = await run(['validate', '--kind', 'settlement-policy', '-f', 'json'], { stdin: curve(12) });
    expect(JSON.parse(short.stdout)).toMatchObject({ status: 'violation', problems: [{ code: 'SETTLEMENT_CURVE_TOO_SHORT', details: { monthsNeeded: 13, monthsGiven: 12 } }] });
  });

  it('puts a policy with a minimum amount far above any usual balance to work without a false alarm', async () => {
    const result = await run(['validate', '--kind', 'settlement-policy'], { stdin: JSON.stringify({ ...settlementPolicy, currency: 'JPY', floor: { minAmount: '5000000000' } }) });
    expect(result.stdout).toContain('1 valid');
    expect(result.code).toBe(0);
  });
});

describe('arrears settle', () => {
  it('prints the ranked offers of an eligible account as a table (exit 0), and the whole result as JSON', async () => {
    const result = await run(['settle', 'offers.json'], inSettlement);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'ELIGIBLE: balance 1000.00 USD (principal 800.00, interest 150.00, fees 50.00), 200 days old',
      'floor 600.00; smallest lump sum by level: agent 700.00, supervisor 600.00',
      '',
    ]);
    expect(result.stdout).toMatch(/\n +1 +fullBalancePlan +1000\.00 +0\.00 +12 +2026-02-16 +2026-02-16 +1000\.00 +agent\n/);
    expect(result.stdout).toMatch(/\n +2 +lumpSum +700\.00 +30\.00 +1 +2026-02-16 +2026-02-16 +700\.00 +agent\n/);
    const json = await run(['settle', 'offers.json', '-f', 'json'], inSettlement);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; result: { minimumByLevel: Record<string, string>; offers: Array<{ schedule: unknown }> } };
    expect(parsed.result.minimumByLevel).toEqual({ agent: '700.00', supervisor: '600.00' });
    expect(parsed.result.offers[0]?.schedule).toBeDefined();
  });

  it('shows an offer that needs approval, and expected recovery under the policy\'s default model', async () => {
    const policy = { ...settlementPolicy, includeApprovalOffers: true, defaultModel: { monthlyDefaultProbabilities: Array.from({ length: 13 }, () => '0.1') } };
    const result = await run(['settle', '-p', '-', 'offers.json'], { ...inSettlement, stdin: JSON.stringify(policy) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n +\d +lumpSumWithApproval +600\.00 +40\.00 +1 +2026-02-16 +2026-02-16 +600\.00 +540\.00 +supervisor \(approval\)\n/);
    expect(result.stdout).toMatch(/\n +\d +lumpSum +700\.00 +30\.00 +1 +2026-02-16 +2026-02-16 +700\.00 +630\.00 +agent\n/);
  });

  it('writes one CSV row per offer, and names the blocks of an account that gets none (exit 1)', async () => {
    const csv = await run(['settle', 'offers.json', '--format', 'csv'], inSettlement);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual([
      'rank,offer,kind,currency,amount,discount,discount %,payments,first due,expires,present value,expected recovery,level,affordable',
      '1,fullBalancePlan,fullBalancePlan,USD,1000.00,0.00,0.00,12,2026-02-16,2026-02-16,1000.00,,agent,',
    ]);
    const blocked = await run(['settle'], { stdin: JSON.stringify({ account: { ...settlementAccount, bankruptcy: true, dispute: 'unverified' }, policy: settlementPolicy, asOf: '2026-01-17' }) });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('== <stdin>:1 ==\nNOT ELIGIBLE: balance 1000.00 (principal 800.00, interest 150.00, fees 50.00), 200 days old\n');
    expect(blocked.stdout).toContain('  blocked SETTLEMENT_BLOCKED_BANKRUPTCY (11 U.S.C. 362(a)): A bankruptcy case is open');
    expect(blocked.stdout).toContain('  blocked SETTLEMENT_BLOCKED_UNVERIFIED_DISPUTE (15 U.S.C. 1692g(b))');
  });

  it('takes the policy, the date and the level of every document from options', async () => {
    const bare = JSON.stringify({ account: settlementAccount });
    const result = await run(['settle', '-', '--policy', 'settlement-policy.json', '--as-of', '2026-01-17', '--level', 'supervisor', '-f', 'csv'], { ...inSettlement, stdin: `${bare}\n${bare}\n` });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines.filter((l) => /^<stdin>,\d,2,lumpSum,/.test(l)).map((l) => l.split(',').slice(0, 7))).toEqual([
      ['<stdin>', '1', '2', 'lumpSum', 'lumpSum', 'USD', '600.00'],
      ['<stdin>', '2', '2', 'lumpSum', 'lumpSum', 'USD', '600.00'],
    ]);
    const late = await run(['settle', 'offers.json', '--as-of', '2026-07-01', '-f', 'json'], inSettlement);
    expect((JSON.parse(late.stdout) as { result: { ageDays: number } }).result.ageDays).toBe(365);
  });

  it('settles one account described by options alone, with the debtor\'s finances', async () => {
    const argv = ['settle', '--policy', 'settlement-policy.json', '--as-of', '2026-01-17', '--currency', 'USD', '--principal', '800.00', '--interest', '150.00', '--fees', '50.00', '--delinquency-date', '2025-07-01'];
    const result = await run(argv, inSettlement);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ELIGIBLE: balance 1000.00 USD (principal 800.00, interest 150.00, fees 50.00), 200 days old');
    expect(result.stdout).not.toContain('==');
    const poor = await run([...argv, '--monthly-income', '2000.00', '--monthly-expenses', '1800.00', '-f', 'json'], inSettlement);
    const offers = (JSON.parse(poor.stdout) as { source: string; result: { offers: Array<{ id: string; payments: unknown[]; affordability: { monthlyCapacity: string; affordable: boolean } }> } });
    expect(offers.source).toBe('<options>');
    expect(offers.result.offers.map((o) => [o.id, o.payments.length, o.affordability.monthlyCapacity, o.affordability.affordable])).toEqual([
      ['fullBalancePlan', 5, '200.00', true],
      ['lumpSum', 1, '200.00', false],
      ['settlementPlan', 3, '200.00', false],
    ]);
    const charged = await run(['settle', '--policy', '-', '--as-of', '2026-01-17', '--currency', 'USD', '--principal', '1000.00', '--delinquency-date', '2025-07-01', '--charge-off-date', '2025-12-01', '--available-funds', '700.00', '--monthly-income', '1.00', '--monthly-expenses', '1.00', '-f', 'json'], { ...inSettlement, stdin: JSON.stringify({ ...settlementPolicy, ageFrom: 'chargeOff' }) });
    const charge = JSON.parse(charged.stdout) as { result: { ageDays: number; offers: Array<{ id: string; affordability: { affordable: boolean } }> } };
    expect(charge.result.ageDays).toBe(47);
    expect(charge.result.offers.find((o) => o.id === 'lumpSum')?.affordability.affordable).toBe(false);
  });

  it('refuses incomplete or mixed options, and a malformed policy before any account', async () => {
    const missing = await run(['settle', '--principal', '800.00', '--currency', 'USD']);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('--principal also needs --delinquency-date, --policy, --as-of.');
    const both = await run(['settle', 'offers.json', '--principal', '800.00'], inSettlement);
    expect(both.stderr).toContain('give the account either in files or with --principal and its options, not both.');
    const stray = await run(['settle', 'offers.json', '--interest', '5.00', '--currency', 'USD'], inSettlement);
    expect(stray.code).toBe(64);
    expect(stray.stderr).toContain('--currency, --interest describe an account given with --principal; with input files, put them in the files.');
    const half = await run(['settle', '-p', 'settlement-policy.json', '--as-of', '2026-01-17', '--currency', 'USD', '--principal', '800.00', '--delinquency-date', '2025-07-01', '--monthly-income', '2000.00'], inSettlement);
    expect(half.stderr).toContain('--monthly-income and --monthly-expenses go together');
    expect((await run(['settle', 'offers.json', '--as-of', 'tomorrow'], inSettlement)).stderr).toContain('--as-of must be a date YYYY-MM-DD, not "tomorrow".');
    const gap = await run(['settle', 'offers.json', '--policy', 'gap-policy.json'], inSettlement);
    expect(gap.code).toBe(2);
    expect(gap.stderr).toMatch(/^gap-policy\.json:\d+:\d+: malformed SETTLEMENT_INCONSISTENT_BANDS .*\(the policy file; nothing was computed\)$/m);
    expect(gap.stdout).toBe('');
    const badAmount = await run(['settle', '-p', 'settlement-policy.json', '--as-of', '2026-01-17', '--currency', 'USD', '--principal', '800,00', '--delinquency-date', '2025-07-01'], inSettlement);
    expect(badAmount.code).toBe(2);
    expect(badAmount.stderr).toMatch(/^<options>: malformed MONEY_INVALID_AMOUNT "account\.principal"/);
  });

  it('lists every kind and schema the settlement module brings', () => {
    const module = cliModules.find((m) => m.name === 'settlement');
    expect(module?.commands?.map((c) => c.name)).toEqual(['settle']);
    expect(module?.policyKinds?.map((k) => [k.kind, k.subjectSchema, k.policySchema])).toEqual([
      ['settlement-terms', 'settlement-terms', 'settlement-policy'],
      ['settlement-policy', 'settlement-policy', undefined],
    ]);
  });
});
