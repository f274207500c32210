import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, scratch } from './support/memory-io.js';

// `arrears describe-plan` on the example data of examples/data and on broken copies.
const data = resolve(import.meta.dirname, '../../examples/data');
const inData = { cwd: data };
const files = scratch({
  'unauthorized-terms.json': JSON.stringify({ lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10 }, onMissed: { action: 'none' }, creditReporting: 'none', legalAction: 'none' }),
  'bad-terms.json': JSON.stringify({ lateFee: { kind: 'none' }, creditScore: 'willImprove' }),
});
afterAll(files.cleanup);

describe('arrears describe-plan', () => {
  it('prints worked example 16 as text with exit 0', async () => {
    const result = await run(['describe-plan', 'plan-description.json'], inData);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Your payment plan: 3 payments, $300.00 in total.',
        'Payment 1 of 3: $100.00, due January 5, 2027.',
        'Payment 2 of 3: $100.00, due February 5, 2027.',
        'Payment 3 of 3: $100.00, due March 5, 2027.',
        'No late fee will be added if a payment is late.',
        'If a payment is still unpaid 15 days after its due date, the plan ends and the unpaid balance at that time is due.',
        '',
      ].join('\n'),
    );
  });

  it('applies --terms and --language to every document; json carries the source fields', async () => {
    const result = await run(['describe-plan', 'plan-description.json', '--terms', 'plan-terms.json', '--language', 'es', '--format', 'json'], inData);
    expect(result.code).toBe(0);
    const parsed = (JSON.parse(result.stdout) as { result: { lines: { text: string; sourceFields: string[] }[]; total: string } }).result;
    expect(parsed.total).toBe('300.00');
    expect(parsed.lines[4]?.text).toBe('Si un pago no se paga por completo a más tardar 10 días después de su fecha de vencimiento, se agregará un cargo por pago atrasado de $15.00, según lo permite su contrato.');
    expect(parsed.lines[4]?.sourceFields).toContain('terms.lateFee.authorizedBy');
    const csv = await run(['describe-plan', 'plan-description.json', '--format', 'csv'], inData);
    expect(csv.stdout.split('\r\n')[0]).toBe('line,text,source fields');
  });

  it('exits 1 when the words would break a rule, 2 on malformed terms', async () => {
    const refused = await run(['describe-plan', `${data}/plan-description.json`, '--terms', 'unauthorized-terms.json'], { cwd: files.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('REGF-UNAUTH-AMOUNT');
    const bad = await run(['describe-plan', `${data}/plan-description.json`, '--terms', 'bad-terms.json'], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('creditScore');
    const language = await run(['describe-plan', `${data}/plan-description.json`, '--language', 'fr'], { cwd: files.dir });
    expect(language.code).toBe(64);
  });
});
