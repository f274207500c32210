import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountIndex } from '../../src/compliance/account-index.js';
import { BY_CONSUMER, DEBT_SHIFT, DEBT_SLOTS, IN_RESPONSE, LIMITED, RowList, TO_CONSUMER, codeOfEntry, debtSlotBits } from '../../src/compliance/entry-codes.js';
import { commonAccountShell } from '../../src/compliance/fast-attempt.js';
import { AddressKindSchema, ContactChannelSchema, ContactHistoryEntrySchema, ContactInitiatorSchema, ContactOutcomeSchema, ContactRecipientSchema } from '../../src/compliance/schemas.js';
import type { ParsedHistoryEntry } from '../../src/compliance/types.js';

const DEBTS = [{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }];

/** A valid raw history entry in the common shape, every optional field sometimes there. */
const rawEntry = fc.record(
  {
    channel: fc.constantFrom(...ContactChannelSchema.options),
    at: fc.constant('2026-03-10T12:00:00.000Z'),
    outcome: fc.constantFrom(...ContactOutcomeSchema.options),
    debtIds: fc.oneof(fc.constantFrom(['d1'], ['d3'], ['d9']), fc.constant(['d1', 'd2'])),
    initiatedBy: fc.constantFrom(...ContactInitiatorSchema.options),
    recipient: fc.constantFrom(...ContactRecipientSchema.options),
    toKind: fc.constantFrom(...AddressKindSchema.options),
    limitedContent: fc.boolean(),
    inResponseToConsumer: fc.boolean(),
  },
  { requiredKeys: ['channel', 'at', 'outcome', 'debtIds'] },
);

describe('entry codes', () => {
  it('codes a raw entry in the batch exactly as the parsed entry', () => {
    fc.assert(
      fc.property(fc.array(rawEntry, { maxLength: 8 }), (history) => {
        const rows = new RowList(1);
        const shell = commonAccountShell({ id: 'a', consumer: { timeZones: ['America/Chicago'] }, debts: DEBTS, history }, rows);
        expect(shell).toBeDefined();
        expect(rows.length).toBe(history.length);
        history.forEach((raw, i) => {
          const parsed = ContactHistoryEntrySchema.parse(raw) as ParsedHistoryEntry;
          expect(rows.code(i)).toBe(codeOfEntry(parsed, DEBTS));
          expect(rows.at(i)).toBe(parsed.at);
        });
      }),
    );
  });

  it('keeps each flag in its own bit', () => {
    const base: ParsedHistoryEntry = { channel: 'call', at: 0, outcome: 'connected', debtIds: ['d2'] };
    const plain = codeOfEntry(base, DEBTS);
    expect(plain & TO_CONSUMER).toBe(TO_CONSUMER);
    expect(plain >>> DEBT_SHIFT).toBe(2);
    expect(codeOfEntry({ ...base, recipient: 'creditor' }, DEBTS) & TO_CONSUMER).toBe(0);
    expect(codeOfEntry({ ...base, initiatedBy: 'consumer' }, DEBTS) ^ plain).toBe(BY_CONSUMER);
    expect(codeOfEntry({ ...base, inResponseToConsumer: true }, DEBTS) ^ plain).toBe(IN_RESPONSE);
    expect(codeOfEntry({ ...base, limitedContent: true }, DEBTS) ^ plain).toBe(LIMITED);
    expect(codeOfEntry({ ...base, limitedContent: false, inResponseToConsumer: false }, DEBTS)).toBe(plain);
  });

  it('names a debt by slot only when the entry names one of the first debts, alone', () => {
    const many = Array.from({ length: DEBT_SLOTS + 5 }, (_, i) => ({ id: `d${i}` }));
    expect(debtSlotBits(many, ['d0']) >>> DEBT_SHIFT).toBe(1);
    expect(debtSlotBits(many, [`d${DEBT_SLOTS - 1}`]) >>> DEBT_SHIFT).toBe(DEBT_SLOTS);
    expect(debtSlotBits(many, [`d${DEBT_SLOTS}`])).toBe(0);
    expect(debtSlotBits(many, ['d0', 'd1'])).toBe(0);
    expect(debtSlotBits(many, ['x'])).toBe(0);
  });

  it('grows a row list past its first capacity without losing rows', () => {
    const rows = new RowList(0);
    for (let i = 0; i < 3000; i++) rows.push(i * 1000, i % 8192);
    expect(rows.length).toBe(3000);
    expect([rows.at(0), rows.at(1024), rows.at(2999)]).toEqual([0, 1_024_000, 2_999_000]);
    expect([rows.code(1), rows.code(2999)]).toEqual([1, 2999]);
  });
});

describe('AccountIndex', () => {
  it('behaves as a Map of first positions, duplicates refused, at any capacity', () => {
    // Ids from a small alphabet repeat often, before and after the index moves to a Map.
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 5 });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300, size: 'max' }), fc.integer({ min: 0, max: 200 }), fc.array(id, { maxLength: 20 }), (ids, capacity, probes) => {
        const index = new AccountIndex(capacity);
        const map = new Map<string, number>();
        ids.forEach((id, position) => {
          const fresh = !map.has(id);
          if (fresh) map.set(id, position);
          expect(index.add(id, position)).toBe(fresh);
        });
        for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id) ?? -1);
      }),
    );
  });

  it('moves to a Map when a probe runs long (more ids than room), and keeps answering', () => {
    const index = new AccountIndex(1);
    for (let i = 0; i < 200; i++) expect(index.add(`a${i}`, i)).toBe(true);
    expect(index.add('a7', 999)).toBe(false);
    expect(index.get('a150')).toBe(150);
    expect(index.get('a7')).toBe(7);
    expect(index.get('zz')).toBe(-1);
  });
});
