import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContact, checkContacts, earliestAllowedAt, validationPeriod } from '../../src/compliance/index.js';
import { isArrearsError } from '../../src/errors/index.js';

function expectValidationError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(isArrearsError(error) && error.name === 'ValidationError', String(error)).toBe(true);
    return;
  }
  throw new Error('expected a ValidationError');
}

const junk = fc.anything({ withBigInt: true, withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true });

describe('bad input (properties)', () => {
  it('turns any junk into a ValidationError in every public function', () => {
    fc.assert(
      fc.property(junk, (value) => {
        expectValidationError(() => checkContact(value as never));
        expectValidationError(() => earliestAllowedAt(value as never));
        expectValidationError(() => validationPeriod(value as never));
        expectValidationError(() => checkContacts(value as never));
      }),
    );
  });

  it('turns junk attempts in a batch into a ValidationError', () => {
    fc.assert(
      fc.property(junk, (value) => {
        expectValidationError(() => checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [], attempts: [value] }));
      }),
    );
  });

  it('turns junk accounts in a batch into a ValidationError', () => {
    fc.assert(
      fc.property(junk, (value) => {
        expectValidationError(() => checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [value], attempts: [] } as never));
      }),
    );
  });

  it('turns junk fields of a valid input into a ValidationError', () => {
    const valid = {
      checkedAt: '2026-03-08T16:00:00Z',
      attempt: { channel: 'call', at: '2026-03-08T17:00:00Z', debtIds: ['d1'] },
      consumer: { timeZones: ['America/New_York'] },
      debts: [{ id: 'd1' }],
      history: [],
    };
    fc.assert(
      fc.property(fc.constantFrom('checkedAt', 'attempt', 'consumer', 'debts', 'history'), junk, (key, value) => {
        fc.pre(!(key === 'history' && Array.isArray(value) && value.length === 0));
        expectValidationError(() => checkContact({ ...valid, [key]: value } as never));
      }),
    );
  });
});
