import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, scratch } from './support/memory-io.js';
import { skippedOf } from '../reminders/fixture.js';

// `arrears remind` on the example data of examples/data (the nightly run the guides show).
const data = resolve(import.meta.dirname, '../../examples/data');
const accounts = readFileSync(join(data, 'reminder-accounts.ndjson'), 'utf8');
const RUN = ['--as-of', '2026-12-01', '--at', '2026-12-01T15:00:00Z'];
const first = accounts.split('\n')[0] ?? '';
const files = scratch({
  'bad-zone.ndjson': `${first}\n${first.replace('"id": "pat"', '"id": "sam"').replace('America/Los_Angeles', 'America/Springfield')}\n`,
  'bad-policy.json': JSON.stringify({ offsetsDays: [3, -3], channels: ['sms'], sendWindow: { start: '09:00', end: '20:00' }, sender: { kind: 'debtCollector', businessName: 'ABC' } }),
});
afterAll(files.cleanup);

describe('arrears remind', () => {
  it('streams NDJSON accounts to one JSON answer line per account', async () => {
    const result = await run(['remind', 'reminder-accounts.ndjson', '--policy', 'reminder-policy.json', ...RUN, '--format', 'json'], { cwd: data });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; result: { ok: boolean; accountId: string; reminders: Array<{ sendAt: string; channelId: string; installment: unknown }>; findings: Array<{ code: string; severity: 'violation' | 'warning' | 'info'; message: string; details?: Record<string, unknown> }> } });
    expect(lines.map((l) => [l.result.accountId, l.result.reminders.map((r) => `${r.sendAt} ${r.channelId}`)])).toEqual([
      ['pat', ['2026-12-11T17:00:00.000Z sms1', '2026-12-15T17:00:00.000Z sms1', '2026-12-18T17:00:00.000Z sms1']],
      ['rosa', ['2026-12-11T15:00:00.000Z em1', '2026-12-15T15:00:00.000Z em1', '2026-12-18T15:00:00.000Z em1']],
      ['lee', []],
    ]);
    expect(new Set(skippedOf(lines[2]?.result ?? { findings: [] }).map((s) => s.code))).toEqual(new Set(['REGF-CEASE']));
    expect(lines.map((l) => l.result.ok)).toEqual([true, true, false]);
    // The installment in the one shape of arrears/messages' reminderText (issue 20).
    expect(lines[0]?.result.reminders[0]?.installment).toEqual({ number: 1, installmentCount: 2, dueDate: '2026-12-15', dueAmount: '100.00', currency: 'USD' });
  });

  it('reads standard input and writes a readable table or CSV', async () => {
    const table = await run(['remind', '--policy', join(data, 'reminder-policy.json'), ...RUN], { stdin: accounts });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('account rosa: OK: 3 reminder(s), 0 skipped, 6 channel(s) passed over');
    expect(table.stdout).toContain('  passed over for em1 (installment 1, offset -3, channel sms1) TCPA-REVOKE-REASONABLE (47 CFR 64.1200(a)(10)):');
    expect(table.stdout).toContain('account lee: NOT OK: 0 reminder(s), 6 skipped, 0 channel(s) passed over');
    const csv = await run(['remind', '--policy', join(data, 'reminder-policy.json'), ...RUN, '-f', 'csv'], { stdin: accounts });
    expect(csv.stdout.split('\r\n')[0]).toBe('source,line,account,installment,offset,kind,send at,channel,medium,skipped (rule)');
    expect(csv.stdout).toContain('<stdin>,1,pat,1,-3,upcoming,2026-12-11T17:00:00.000Z,sms1,sms,');
  });

  it('names the line and the field of a malformed account (exit 2) and plans the others', async () => {
    const result = await run(['remind', 'bad-zone.ndjson', '--policy', join(data, 'reminder-policy.json'), ...RUN], { cwd: files.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('account pat: OK: 3 reminder(s)');
    expect(result.stderr).toMatch(/^bad-zone\.ndjson:2:\d+: malformed CALENDAR_UNKNOWN_TIME_ZONE "consumer\.timeZones\[1\]"/);
  });

  it('refuses a malformed policy, and a run without its date, instant or policy', async () => {
    const bad = await run(['remind', join(data, 'reminder-accounts.ndjson'), '--policy', 'bad-policy.json', ...RUN], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('REMINDERS_INVALID_OFFSETS');
    for (const argv of [['--policy', 'p.json', '--at', '2026-12-01T15:00:00Z'], ['--policy', 'p.json', '--as-of', '2026-12-01'], RUN, ['--policy', 'p.json', '--as-of', 'today', '--at', 'now']]) {
      const usage = await run(['remind', 'a.ndjson', ...argv], { cwd: files.dir });
      expect(usage.code).toBe(64);
      expect(usage.stderr).toMatch(/remind needs --/);
    }
  });
});
