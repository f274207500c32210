import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { checkContact } from '../../src/compliance/index.js';
import type { CheckContactInput } from '../../src/compliance/index.js';
import { ZONES, callScenario, instantMs, iso } from '../arbitraries/compliance.js';
import { referenceViolations } from './reference-checker.js';
import { violations } from './verdict.js';

function at(input: CheckContactInput, ms: number): CheckContactInput {
  return { ...input, attempt: { ...input.attempt, at: iso(ms) } };
}

describe('checkContact (properties)', () => {
  it('agrees with an independent reference checker on every rule it covers', () => {
    fc.assert(
      fc.property(callScenario, (input) => {
        const result = checkContact(input);
        const expected = referenceViolations(input, Date.parse(input.attempt.at));
        const found = new Set(violations(result).map((v) => v.code));
        expect(found).toEqual(expected);
        expect(result.ok).toBe(expected.size === 0);
      }),
    );
  });

  it('states the local time of a call outside calling hours, as luxon formats it', () => {
    fc.assert(
      fc.property(instantMs, fc.integer({ min: 0, max: 999 }), fc.constantFrom(...ZONES), (ms, milli, zone) => {
        const t = ms + milli;
        const local = DateTime.fromMillis(t, { zone });
        fc.pre(local.hour < 8 || local.hour >= 21);
        const result = checkContact({ checkedAt: iso(t), attempt: { channel: 'call', at: iso(t), debtIds: ['d1'] }, consumer: { timeZones: [zone] }, debts: [{ id: 'd1' }], history: [] });
        expect(violations(result).map((v) => v.message)).toEqual([`It is ${local.toFormat('yyyy-MM-dd HH:mm:ss')} in ${zone}: outside 08:00-21:00, the convenient hours at the consumer's location.`]);
      }),
    );
  });

  it('allows a contact at earliestAllowedAt, and no sampled instant before it', () => {
    fc.assert(
      fc.property(callScenario, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (input, fractions) => {
        const result = checkContact(input);
        const start = Date.parse(input.attempt.at);
        if (result.ok) {
          expect(result.earliestAllowedAt).toBe(iso(start));
          return;
        }
        if (result.earliestAllowedAt === null) {
          // Only stated inconvenient times can close every window for good: the reference
          // must find no allowed instant in the eight days ahead (every 20 minutes).
          for (let t = start; t < start + 8 * 86_400_000; t += 20 * 60_000) expect(referenceViolations(input, t).size, iso(t)).toBeGreaterThan(0);
          return;
        }
        const earliest = Date.parse(result.earliestAllowedAt as string);
        expect(earliest).toBeGreaterThan(start);
        const there = checkContact(at(input, earliest));
        expect(there.ok).toBe(true);
        expect(referenceViolations(input, earliest).size).toBe(0);
        const samples = [...fractions.map((f) => start + Math.floor(f * (earliest - start))), earliest - 1, earliest - 1000];
        for (const t of samples) {
          if (t < start || t >= earliest) continue;
          expect(referenceViolations(input, t).size, `allowed at ${iso(t)}, before ${iso(earliest)}`).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never turns a blocked contact into an allowed one when history is added', () => {
    fc.assert(
      fc.property(callScenario, callScenario, (input, other) => {
        const before = checkContact(input);
        fc.pre(!before.ok);
        const checkedAt = Date.parse(input.checkedAt);
        const extra = other.history.filter((h) => Date.parse(h.at) <= checkedAt);
        const after = checkContact({ ...input, history: [...input.history, ...extra] });
        expect(after.ok).toBe(false);
        if (after.earliestAllowedAt !== null && before.earliestAllowedAt !== null) {
          expect(Date.parse(after.earliestAllowedAt)).toBeGreaterThanOrEqual(Date.parse(before.earliestAllowedAt));
        }
      }),
    );
  });

  it('gives the same result whatever order the history is in', () => {
    fc.assert(
      fc.property(callScenario, fc.infiniteStream(fc.nat()), (input, stream) => {
        const keyed = input.history.map((h, i) => ({ h, k: (stream.next().value as number) + i / 1000 }));
        const shuffled = keyed.sort((a, b) => a.k - b.k).map((x) => x.h);
        expect(checkContact({ ...input, history: shuffled })).toEqual(checkContact(input));
        expect(checkContact({ ...input, history: [...input.history].reverse() })).toEqual(checkContact(input));
      }),
    );
  });
});
