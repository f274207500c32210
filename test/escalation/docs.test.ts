import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEscalation, STATUTES_OF_LIMITATIONS } from '../../src/escalation/index.js';

describe('toMermaid', () => {
  it('matches the diagram of the default policy in docs/escalation.md', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/escalation.md'), 'utf8');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBe(createEscalation().toMermaid());
  });
});

describe('STATUTES_OF_LIMITATIONS', () => {
  it('has one row per state and DC, each with citations and a source', () => {
    expect(STATUTES_OF_LIMITATIONS).toHaveLength(51);
    expect(new Set(STATUTES_OF_LIMITATIONS.map((r) => r.jurisdiction)).size).toBe(51);
    for (const r of STATUTES_OF_LIMITATIONS) {
      expect(r.writtenContract).toBeGreaterThanOrEqual(3);
      expect(r.writtenContract).toBeLessThanOrEqual(10);
      expect(r.writtenContractCitation.length).toBeGreaterThan(5);
      expect(r.openAccountCitation.length).toBeGreaterThan(5);
      expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it('holds the rows read from the statute text', () => {
    const pick = (code: string) => STATUTES_OF_LIMITATIONS.find((r) => r.jurisdiction === `US-${code}`);
    expect([pick('CA')?.writtenContract, pick('NY')?.writtenContract, pick('TX')?.writtenContract, pick('IL')?.writtenContract, pick('AK')?.writtenContract, pick('AZ')?.writtenContract]).toEqual([4, 3, 4, 10, 3, 6]);
    expect(pick('AZ')?.openAccount).toBe(3);
    expect([pick('GA')?.writtenContract, pick('GA')?.openAccount, pick('MI')?.writtenContract, pick('NC')?.writtenContract, pick('OH')?.writtenContract, pick('OH')?.openAccount]).toEqual([6, 4, 6, 3, 6, 6]);
    expect(STATUTES_OF_LIMITATIONS.filter((r) => r.verified).map((r) => r.jurisdiction)).toEqual(['US-AK', 'US-AZ', 'US-CA', 'US-GA', 'US-IL', 'US-MI', 'US-NY', 'US-NC', 'US-OH', 'US-TX']);
  });

  it('lets a policy override a row', () => {
    const m = createEscalation({ limitations: { 'US-NY': { writtenContract: 6 } } });
    expect(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1.00', limitations: { jurisdiction: 'US-NY', debtKind: 'writtenContract' } }).limitations.years).toBe(6);
    expect(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1.00', limitations: { jurisdiction: 'US-FL', debtKind: 'openAccount' } }).limitations.years).toBe(4);
  });
});
