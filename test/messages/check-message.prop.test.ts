import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckMessageInput, MessageFinding } from '../../src/messages/index.js';
import { checkMessage, isArrearsError, safeCheckMessage } from '../../src/messages/index.js';
import { checkMessageInputArb } from '../arbitraries/messages.js';

const DISCLOSURES = {
  en: { initial: ' This is an attempt to collect a debt and any information obtained will be used for that purpose.', subsequent: ' This communication is from a debt collector.' },
  es: { initial: ' Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.', subsequent: ' Esta comunicación es de un cobrador de deudas.' },
} as const;

function violationKeys(findings: readonly MessageFinding[]): string[] {
  return findings.filter((f) => f.severity === 'violation').map((f) => `${f.code}@${f.path?.[0]}:${f.span === null ? 'null' : `${f.span.start}-${f.span.end}`}`);
}

function isSorted(findings: readonly MessageFinding[]): boolean {
  for (let i = 1; i < findings.length; i += 1) {
    const a = findings[i - 1] as MessageFinding;
    const b = findings[i] as MessageFinding;
    const fa = a.path?.[0] === 'subject' ? 0 : 1;
    const fb = b.path?.[0] === 'subject' ? 0 : 1;
    if (fa !== fb) {
      if (fa > fb) return false;
      continue;
    }
    const sa = a.span === null ? Number.POSITIVE_INFINITY : a.span.start;
    const sb = b.span === null ? Number.POSITIVE_INFINITY : b.span.start;
    if (sa > sb || (sa === sb && a.code > b.code)) return false;
  }
  return true;
}

describe('checkMessage properties', () => {
  test('adding a required disclosure never adds a violation', () => {
    fc.assert(
      fc.property(checkMessageInputArb, (input) => {
        // The disclosures go to the consumer in a communication that may carry them.
        fc.pre(input.context.recipient === 'consumer' && !['envelope', 'socialPost'].includes(input.channel));
        const words = DISCLOSURES[input.context.language];
        const initial = input.context.initialCommunication;
        const added = initial === true ? words.initial : initial === false ? words.subsequent : words.initial + words.subsequent;
        const base = { ...input, text: `${input.text}.` } as CheckMessageInput;
        const before = new Set(violationKeys(checkMessage(base).findings));
        const after = violationKeys(checkMessage({ ...base, text: base.text + added }).findings);
        expect(after.filter((k) => !before.has(k))).toEqual([]);
      }),
    );
  });

  test('findings are sorted and their spans index the original text', () => {
    fc.assert(
      fc.property(checkMessageInputArb, (input) => {
        const result = checkMessage(input);
        expect(isSorted(result.findings)).toBe(true);
        for (const f of result.findings) {
          const field = f.path?.[0] === 'subject' ? (input.subject as string) : input.text;
          if (f.span === null) {
            expect((f.details?.match ?? null)).toBeNull();
            continue;
          }
          expect(0 <= f.span.start && f.span.start < f.span.end && f.span.end <= field.length).toBe(true);
          expect((f.details?.match ?? null)).toBe(field.slice(f.span.start, f.span.end));
        }
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'violation'));
      }),
    );
  });

  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(checkMessageInputArb, (input) => {
        expect(JSON.stringify(checkMessage(structuredClone(input)))).toBe(JSON.stringify(checkMessage(input)));
      }),
    );
  });

  test('junk input gives a typed error, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), checkMessageInputArb.map((i) => ({ ...i, context: { ...i.context, sender: 'collector' } })), fc.record({ channel: fc.string(), text: fc.anything(), context: fc.anything() })), (junk) => {
        const result = safeCheckMessage(junk);
        if (!result.success) expect(isArrearsError(result.error)).toBe(true);
      }),
    );
  });

  test('long adversarial input is matched in one pass: the findings scale with the copies', () => {
    // Each pattern is walked with at most 17 states from each word; nothing backtracks. A
    // catastrophic pattern would hang here; the structure we check is that k copies give k times
    // the findings of one.
    const context = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('have you have you have you arrested ', 'not not not not arrested ', 'within within 24 24 hours ', 'lose this this offer forever forever ', 'a '.repeat(50), 'garnish garnishment ', 'final final notice '),
        fc.integer({ min: 1, max: 400 }),
        (unit, copies) => {
          const one = checkMessage({ channel: 'letter', text: unit, context }).findings.filter((f) => f.span !== null).length;
          const many = checkMessage({ channel: 'letter', text: unit.repeat(copies), context }).findings.filter((f) => f.span !== null).length;
          expect(many).toBe(one * copies);
        },
      ),
      { numRuns: 30 },
    );
    const huge = 'have you '.repeat(100_000);
    expect(checkMessage({ channel: 'letter', text: `${huge}arrested`, context }).findings.filter((f) => f.code === 'REGF-ARREST-SEIZURE').map((f) => (f.details?.match ?? null))).toEqual(['have you arrested']);
  });
});
