import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEscalation, isArrearsError } from '../../src/escalation/index.js';

const machine = createEscalation();
const account = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });

function validationError(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (e) {
    return isArrearsError(e) && e.name === 'ValidationError';
  }
}

const emptyObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 0;

describe('junk input always yields a ValidationError', () => {
  it('transition rejects any junk event', () => {
    fc.assert(fc.property(fc.anything(), (junk) => validationError(() => machine.transition(account, junk as never))));
  });

  it('transition rejects junk with a known type but wrong fields', () => {
    fc.assert(
      fc.property(fc.constantFrom('paymentReceived', 'promiseMade', 'planAgreed', 'holdPlaced', 'custom'), fc.dictionary(fc.string(), fc.anything()), (type, rest) =>
        validationError(() => machine.transition(account, { ...rest, type, date: 42 } as never)),
      ),
    );
  });

  it('advance rejects any junk account or date', () => {
    fc.assert(fc.property(fc.anything(), (junk) => validationError(() => machine.advance(junk as never, '2026-02-01'))));
    fc.assert(fc.property(fc.anything().filter((x) => typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)), (junk) => validationError(() => machine.advance(account, junk as never))));
  });

  it('initialState rejects any junk opening', () => {
    fc.assert(fc.property(fc.anything(), (junk) => validationError(() => machine.initialState(junk as never))));
  });

  it('createEscalation rejects any junk policy', () => {
    fc.assert(fc.property(fc.anything().filter((x) => x !== undefined && !emptyObject(x)), (junk) => validationError(() => createEscalation(junk as never))));
  });

  it('never throws anything but arrears errors for random events on a real account', () => {
    const dateArb = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom('paymentReceived', 'promiseMade', 'legalReferral', 'disputeReceived', 'servicememberNotice', 'holdPlaced'), dateArb, fc.string(), (type, date, text) => {
        try {
          machine.transition(account, { type, date, amount: text, dueDate: date, serviceStartDate: text, kind: 'manual', reason: text } as never);
        } catch (e) {
          expect(isArrearsError(e)).toBe(true);
        }
      }),
    );
  });
});
