import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSchemaAgrees } from '../support/fast-path.js';
import * as z from 'zod/mini';
import { CheckContactsInputSchema, ContactAccountSchema, checkContact, checkContacts, checkEachContact } from '../../src/compliance/index.js';
import { BatchAttemptSchema } from '../../src/compliance/schemas.js';
import { ContactIdSchema } from '../../src/internal/contact-id.js';
import type { BatchAttemptInput, BatchCheckResult, CheckContactInput, CheckContactsInput } from '../../src/compliance/index.js';
import { HISTORY_KEYS, SIMPLE_ATTEMPT_KEYS, canonicalInstantText, commonAccount, commonEnvelope, fastBatchAttempt, fastInstantMs, onlyHistoryKeys, onlySimpleAttemptKeys, simpleAttemptMs } from '../../src/compliance/fast-attempt.js';
import { formatInstantMs } from '../../src/compliance/zone-offsets.js';
import { DAY_MS, callScenario, instantMs, iso } from '../arbitraries/compliance.js';

const BatchAccountSchema = z.extend(ContactAccountSchema, { id: ContactIdSchema });
const BatchEnvelopeSchema = z.extend(CheckContactsInputSchema, { accounts: z.array(z.unknown()).check(z.maxLength(1_000_000)) });

/** Extra attempts for a scenario's account: other times, debts, kinds, channels and text forms. */
const extraAttempt = fc.record({
  ahead: fc.integer({ min: 0, max: 4 * DAY_MS }),
  debtIds: fc.constantFrom(['d1'], ['d2'], ['d1', 'd2']),
  to: fc.constantFrom(undefined, { kind: 'mobile' as const }, { kind: 'home' as const }, { kind: 'work' as const }),
  channel: fc.constantFrom('call' as const, 'call' as const, 'voicemail' as const, 'sms' as const, 'letter' as const),
  form: fc.constantFrom('iso', 'seconds', 'offset'),
});

function text(ms: number, form: string): string {
  const canonical = iso(ms);
  if (form === 'seconds') return `${canonical.slice(0, 19)}Z`;
  if (form === 'offset') return `${iso(ms - 5 * 3_600_000).slice(0, 19)}-05:00`;
  return canonical;
}

/** A batch of two scenario accounts sharing one checkedAt, with attempts interleaved or grouped. */
const batchScenario = fc
  .tuple(callScenario, callScenario, fc.array(fc.tuple(fc.boolean(), extraAttempt), { minLength: 1, maxLength: 12 }))
  .map(([a, b, extras]) => {
    const checkedAt = Date.parse(a.checkedAt);
    const rebase = (s: CheckContactInput): CheckContactInput => {
      const shift = checkedAt - Date.parse(s.checkedAt);
      return { ...s, checkedAt: a.checkedAt, history: s.history.map((h) => ({ ...h, at: iso(Date.parse(h.at) + shift) })) };
    };
    const accounts = [rebase(a), rebase(b)];
    const attempts: BatchAttemptInput[] = extras.map(([second, x]) => {
      const attempt: BatchAttemptInput = { accountId: second ? 'b' : 'a', channel: x.channel, at: text(checkedAt + x.ahead, x.form), debtIds: [...x.debtIds] };
      return x.to === undefined ? attempt : { ...attempt, to: x.to };
    });
    const input: CheckContactsInput = {
      checkedAt: a.checkedAt,
      accounts: accounts.map((s, i) => {
        const { checkedAt: _asOf, attempt: _attempt, ...account } = s;
        return { id: i === 0 ? 'a' : 'b', ...account };
      }),
      attempts,
    };
    return { input, accounts, attempts };
  });

describe('checkContacts and checkEachContact (properties)', () => {
  it('give each attempt exactly the answer checkContact gives it alone', () => {
    fc.assert(
      fc.property(batchScenario, ({ input, accounts, attempts }) => {
        const results = checkContacts(input);
        const streamed: BatchCheckResult[] = [];
        expect(checkEachContact(input, (r) => streamed.push(r))).toBe(attempts.length);
        expect(streamed).toEqual(results);
        attempts.forEach((raw, i) => {
          const { accountId, ...attempt } = raw;
          const account = accounts[accountId === 'a' ? 0 : 1] as CheckContactInput;
          const { index, accountId: id, ...single } = results[i] as BatchCheckResult;
          expect([index, id]).toEqual([i, accountId]);
          expect(single).toEqual(checkContact({ ...account, attempt }));
        });
      }),
    );
  });

  it('give the same results whether attempts take the simplest path or the general one', () => {
    fc.assert(
      fc.property(batchScenario, ({ input }) => {
        // An explicit default purpose keeps the meaning but leaves the simplest shape (and the shared checks).
        const general = { ...input, attempts: input.attempts.map((a) => ({ ...(a as BatchAttemptInput), purpose: 'collection' as const })) };
        expect(general.attempts.every((a) => simpleAttemptMs(a) === undefined)).toBe(true);
        expect(checkContacts(general)).toEqual(checkContacts(input));
      }),
    );
  });
});

describe('simpleAttemptMs (the simplest attempt shape)', () => {
  const attemptLike = fc.record(
    {
      accountId: fc.constantFrom('a1', '', 7),
      channel: fc.constantFrom('call', 'sms', 'fax'),
      at: fc.oneof(instantMs.map(iso), fc.constantFrom('2026-03-10T15:00:00', '2026-03-10T15:00:00+01:00', '2026-02-30T15:00:00Z', '')),
      debtIds: fc.constantFrom(['d1'], ['d1', 'd2'], [], [''], 'd1'),
      to: fc.constantFrom({ kind: 'mobile' }, { kind: 'pager' }, { kind: 'home', value: '+15550100' }, {}, null),
      purpose: fc.constantFrom('collection', 'fun'),
      optOutNotice: fc.constant(true),
    },
    { requiredKeys: [] },
  );

  it('answers only for attempts the schema accepts, with the instant the general fast path gives', () => {
    fc.assert(
      fc.property(attemptLike, (raw) => {
        const ms = simpleAttemptMs(raw);
        if (ms === undefined) return;
        const schema = BatchAttemptSchema.safeParse(raw);
        expect(schema.success).toBe(true);
        expect(fastBatchAttempt(raw)).toEqual(schema.data);
        expect(schema.data?.at).toBe(ms);
        expect(schema.data?.debtIds).toHaveLength(1);
        expect(Object.keys(raw).every((k) => ['accountId', 'channel', 'at', 'debtIds', 'to'].includes(k))).toBe(true);
      }),
    );
  });

  it('takes the dialer shape and leaves anything else to the general path', () => {
    const call = { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00.000Z', debtIds: ['d1'], to: { kind: 'mobile' } };
    expect(simpleAttemptMs(call)).toBe(Date.parse(call.at));
    expect(simpleAttemptMs({ ...call, to: undefined })).toBe(Date.parse(call.at));
    expect(simpleAttemptMs({ ...call, debtIds: ['d1', 'd2'] })).toBeUndefined();
    expect(simpleAttemptMs({ ...call, to: { kind: 'mobile', value: '+15550100' } })).toBeUndefined();
    expect(simpleAttemptMs({ ...call, recipient: 'consumer' })).toBeUndefined();
    expect(simpleAttemptMs([call])).toBeUndefined();
  });
});

describe('commonEnvelope (the batch envelope without zod)', () => {
  const envelopeLike = fc.record(
    {
      checkedAt: fc.oneof(instantMs.map(iso), fc.constantFrom('2026-03-10T15:00:00', '2026-03-10T15:00:00.123456789+05:30', 'now', 5)),
      accounts: fc.constantFrom([], [{ id: 'a' }], 'x', null),
      attempts: fc.constantFrom([], [1, 'x'], {}, undefined),
      jurisdictions: fc.constantFrom(undefined, [], 'x'),
      extra: fc.constant(1),
    },
    { requiredKeys: [] },
  );

  it('answers only when the schema accepts, with the same values, and always for the common form', () => {
    fc.assert(
      fc.property(envelopeLike, (raw) => {
        const fast = commonEnvelope(raw);
        const schema = BatchEnvelopeSchema.safeParse(raw);
        if (fast !== undefined) {
          expect(schema.success).toBe(true);
          expect(fast).toEqual({ checkedAt: schema.data?.checkedAt, accounts: schema.data?.accounts, attempts: schema.data?.attempts });
        } else if (schema.success && raw.jurisdictions === undefined && typeof raw.checkedAt === 'string' && fastInstantMs(raw.checkedAt) !== undefined) {
          expect.unreachable('the common envelope was left to the schema');
        }
      }),
    );
  });

  it('reads a hole in the attempts as the schema does: a missing attempt', () => {
    const attempts: BatchAttemptInput[] = [];
    attempts[1] = { accountId: 'a', channel: 'letter', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] };
    const input = { checkedAt: '2026-03-10T12:00:00Z', accounts: [{ id: 'a', consumer: { timeZones: ['UTC'] }, debts: [{ id: 'd1' }], history: [] }], attempts };
    expect(() => checkContacts(input)).toThrow(expect.objectContaining({ name: 'ValidationError', path: ['attempts', 0] }));
  });
});

describe('commonAccount (the account fast path)', () => {
  it('parses every scenario account, exactly as the schema does', () => {
    fc.assert(
      fc.property(callScenario, (s) => {
        const { checkedAt: _asOf, attempt: _attempt, ...account } = s;
        const raw = { id: 'a1', ...account };
        const fast = commonAccount(raw);
        expect(fast).toBeDefined();
        expect(fast).toEqual(BatchAccountSchema.parse(raw));
      }),
    );
  });

  it('accepts an account only when the schema does, with the same output', () => {
    const accountLike = fc.record(
      {
        id: fc.constantFrom('a1', '', 7),
        consumer: fc.constantFrom(
          { timeZones: ['America/Chicago'] },
          { timeZones: ['America/Chicago', 'Mars/Base'] },
          { timeZones: [] },
          { timeZones: ['America/Chicago'], jurisdiction: 'US-MA' },
          { timeZones: ['America/Chicago'], jurisdiction: 'US-XX' },
          { timeZones: ['America/Chicago'], employerProhibitsContact: true },
          { timeZones: ['America/Chicago'], employerProhibitsContact: 'yes' },
          null,
        ),
        debts: fc.constantFrom([{ id: 'd1' }], [{ id: 'd1', studentLoanAccount: 'S1' }], [{ id: 'd1', timeBarred: true }], [{ id: '' }], [], [{ id: 'd1', extra: 1 }], 'd1'),
        history: fc.constantFrom(
          [],
          [{ channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] }],
          [{ channel: 'call', at: '2026-03-09T15:00:00', outcome: 'noAnswer', debtIds: ['d1'] }],
          [{ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] }],
          {},
        ),
        policy: fc.constantFrom({ callingWindow: { start: '09:00', end: '20:00' } }, { callingWindow: { start: '20:00', end: '09:00' } }, { quietWeekdays: [7] }, 'strict'),
        note: fc.constant('x'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(accountLike, (raw) => {
        const fast = commonAccount(raw);
        const schema = expectSchemaAgrees(fast, BatchAccountSchema, raw);
        // The fast path may only decline what the schema rejects, or shapes it does not know.
        if (schema.success && !('note' in raw)) expect(fast).toEqual(schema.data);
      }),
    );
  });

  it('declines non-objects and unknown keys', () => {
    expect(commonAccount(null)).toBeUndefined();
    expect(commonAccount([])).toBeUndefined();
    expect(commonAccount({ id: 'a', consumer: { timeZones: ['UTC'] }, debts: [{ id: 'd' }], history: [], extra: 1 })).toBeUndefined();
  });
});

describe('canonicalInstantText', () => {
  it('returns the text only when it is exactly what formatting the instant gives', () => {
    const forms = fc.tuple(instantMs, fc.integer({ min: 0, max: 999 }), fc.constantFrom('iso', 'seconds', 'offset', 'two')).map(([ms, milli, form]) => {
      const t = iso(ms + milli);
      if (form === 'seconds') return `${t.slice(0, 19)}Z`;
      if (form === 'offset') return `${t.slice(0, 23)}+00:00`;
      if (form === 'two') return `${t.slice(0, 22)}Z`;
      return t;
    });
    fc.assert(
      fc.property(forms, (s) => {
        const ms = fastInstantMs(s);
        expect(ms).toBeDefined();
        const text = canonicalInstantText(s);
        if (text !== undefined) expect(text).toBe(formatInstantMs(ms as number));
        else expect(formatInstantMs(ms as number)).not.toBe(s);
      }),
    );
  });
});

describe('key checks written as switches', () => {
  it('accept exactly the objects whose keys all belong to their set', () => {
    const names = [...HISTORY_KEYS, ...SIMPLE_ATTEMPT_KEYS, 'note', 'kind', 'id', '', 'Channel', 'at ', '__proto__x'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { maxLength: 6 }), (keys) => {
        const r: Record<string, unknown> = {};
        for (const key of keys) r[key] = 1;
        expect(onlyHistoryKeys(r)).toBe(keys.every((k) => HISTORY_KEYS.has(k)));
        expect(onlySimpleAttemptKeys(r)).toBe(keys.every((k) => SIMPLE_ATTEMPT_KEYS.has(k)));
      }),
    );
  });
});
