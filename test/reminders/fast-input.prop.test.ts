import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchAccountPartsSchema, PlanRemindersPartsSchema } from '../../src/reminders/schemas.js';
import { fastAccountParts } from '../../src/reminders/fast-input.js';
import { planReminders } from '../../src/reminders/index.js';
import { expectSchemaAgrees } from '../support/fast-path.js';
import { reminderScenario } from '../arbitraries/reminders.js';
import { baseInput } from './fixture.js';

/** Values that are wrong, or right but unusual, somewhere in an account's parts. */
const JUNK: readonly unknown[] = [
  undefined, null, '', 'x', -1, 0, 1.5, 2001, true, [], {}, 'EUR', 'XXX', 'usd',
  '2026-02-29', '2024-02-29', '2026-13-01', '2026-1-01', '1899-12-31', '2200-01-01', '0999-01-01',
  '1e3', '01.00', '0.1234567', '100.', '.5', '-1.00', ' 1', '1000000000000000',
  '2026-11-20T17:00:00+15:00', '2026-11-20T17:00:00.1234Z', '2026-11-20T17:00:00-05:00', '2026-11-20T24:00:00Z', '2026-11-20 17:00:00Z',
  'sms', 'email', 'letter', 'fax', 'mobile', 'work', 'consumerUsed', 'consumerText', 'closed', 'es', 'fr',
  'a'.repeat(129), 'a'.repeat(321), { basis: 'none' }, { givenAt: '2026-11-20T17:00:00Z', source: 'portal' },
  [{ number: 1, dueDate: '2026-12-15', amount: '1.00' }],
];

/** Paths into an account's parts where junk goes (numbers index arrays). */
const PATHS: readonly (readonly (string | number)[])[] = [
  ['plan'], ['plan', 'id'], ['plan', 'currency'], ['plan', 'status'], ['plan', 'debtIds'], ['plan', 'debtIds', 0], ['plan', 'extra'],
  ['plan', 'installments'], ['plan', 'installments', 0], ['plan', 'installments', 0, 'number'], ['plan', 'installments', 0, 'dueDate'],
  ['plan', 'installments', 0, 'amount'], ['plan', 'installments', 0, 'paid'], ['plan', 'installments', 0, 'note'],
  ['account'], ['account', 'id'], ['account', 'currency'], ['account', 'holds'],
  ['language'], ['channels'], ['channels', 0], ['channels', 0, 'id'], ['channels', 0, 'medium'], ['channels', 0, 'address'], ['channels', 0, 'addressKind'],
  ['channels', 0, 'consent'], ['channels', 0, 'consent', 'givenAt'], ['channels', 0, 'consent', 'source'], ['channels', 0, 'consent', 'revokedAt'], ['channels', 0, 'consent', 'note'],
  ['channels', 0, 'safeHarbor'], ['channels', 0, 'safeHarbor', 'basis'], ['channels', 0, 'safeHarbor', 'lastConsumerTextOn'], ['channels', 0, 'safeHarbor', 'reassignedCheckOn'],
  ['id'], ['contactPolicy'], ['surprise'], ['consumer'], ['history'],
];

function withValue(value: unknown, path: readonly (string | number)[], junk: unknown): unknown {
  if (path.length === 0) return junk;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string | number, unknown> = Array.isArray(value) ? [...(value as unknown[])] as unknown as Record<number, unknown> : { ...(value as Record<string, unknown>) };
  copy[head] = withValue(copy[head], rest, junk);
  return copy;
}

const batchAccount = reminderScenario.map((input) => {
  const { asOf: _asOf, at: _at, policy: _policy, jurisdictions: _j, ...parts } = input;
  return { id: 'a1', ...parts };
});

describe('reminders fast input path (properties)', () => {
  it('accepts only what the schema accepts, and gives what the schema gives (batch accounts)', () => {
    fc.assert(
      fc.property(batchAccount, fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...JUNK)), { maxLength: 2 }), (account, edits) => {
        let raw: unknown = account;
        for (const [path, junk] of edits) raw = withValue(raw, path, junk);
        expectSchemaAgrees(fastAccountParts(raw, true), BatchAccountPartsSchema, raw);
      }),
    );
  });

  it('accepts only what the schema accepts for a single input, and gives the same parts as the schema', () => {
    fc.assert(
      fc.property(reminderScenario, fc.option(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...JUNK)), { nil: undefined }), (input, edit) => {
        const raw = edit === undefined ? input : withValue(input, edit[0], edit[1]);
        const fast = fastAccountParts(raw, false);
        const parsed = PlanRemindersPartsSchema.safeParse(raw);
        if (fast !== undefined) {
          expect(parsed.success).toBe(true);
          const { asOf: _asOf, at: _at, policy: _policy, jurisdictions: _j, ...parts } = parsed.data as Record<string, unknown>;
          expect(fast).toEqual(parts);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes the common shapes (so the properties above are not vacuous)', () => {
    const input = baseInput();
    expect(fastAccountParts(input, false)).toBeDefined();
    const { asOf: _asOf, at: _at, policy: _policy, ...parts } = input;
    expect(fastAccountParts({ id: 'a1', ...parts }, true)).toBeDefined();
    expect(fastAccountParts({ id: 'a1', ...parts, plan: { ...parts.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '0', paid: '12.5' }] } }, true)).toBeDefined();
    expect(fastAccountParts({ id: 'a1', ...parts, account: { currency: 'USD', holds: [] } }, true)?.account).toEqual({ currency: 'USD', holds: [] });
    let taken = 0;
    fc.assert(fc.property(batchAccount, (account) => {
      if ((account.account.holds ?? []).length === 0 && fastAccountParts(account, true) !== undefined) taken += 1;
    }), { numRuns: 50 });
    expect(taken).toBeGreaterThan(0);
  });

  it('a near miss goes to the schema, which reports it', () => {
    const input = baseInput();
    expect(fastAccountParts({ ...input, plan: { ...input.plan, currency: 'usd' } }, false)).toBeUndefined();
    expect(() => planReminders({ ...input, plan: { ...input.plan, currency: 'usd' } })).toThrow(/currency/i);
    expect(fastAccountParts({ ...input, channels: [{ ...input.channels[0], consent: { givenAt: '2026-11-20T17:00:00+15:00', source: 'consumerText' } }] }, false)).toBeUndefined();
  });
});
