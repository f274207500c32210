import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';
import type { Options } from 'tsup';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../tsup.config.js';

// The programs of examples/ (and the demo) run against the built package, imported by name,
// so they never rot. This suite runs before the build step of `npm test`, so it builds the
// library itself with the real tsup config (JavaScript only: the TypeScript examples are
// type-checked against src below) into a scratch copy of the package inside node_modules/.cache,
// where `arrears` resolves to the copy (self-reference) and its dependencies to node_modules.
// TypeScript examples are type-checked with the project's compiler, then transpiled to ESM
// and run with plain Node (Node 20 cannot strip types).
const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');
const pkg = join(root, 'node_modules', '.cache', `arrears-examples-${process.pid}`);
const tsExamples = readdirSync(examples).filter((f) => f.endsWith('.ts'));

beforeAll(async () => {
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(join(pkg, 'examples'), { recursive: true });
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
  const library = (config as Options[])[0] as Options;
  await build({ ...library, outDir: join(pkg, 'dist'), dts: false, sourcemap: false, silent: true, config: false });
  cpSync(examples, join(pkg, 'examples'), { recursive: true, filter: (source) => !source.endsWith('.ts') });
  for (const file of tsExamples) {
    const source = readFileSync(join(examples, file), 'utf8');
    const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText;
    writeFileSync(join(pkg, 'examples', file.replace(/\.ts$/, '.mjs')), output);
  }
}, 60_000);
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

function node(file: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(pkg, 'examples', file), ...args], { cwd: pkg, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the TypeScript examples', () => {
  it('type-check against the public API (strict, as the project)', () => {
    const options: ts.CompilerOptions = {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: ['node'],
      skipLibCheck: true,
      noEmit: true,
      baseUrl: root,
      paths: { arrears: ['src/index.ts'], 'arrears/*': ['src/*/index.ts'] },
    };
    const program = ts.createProgram(tsExamples.map((f) => join(examples, f)), options);
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file === undefined || d.file.fileName.startsWith(examples));
    const text = diagnostics.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(text).toEqual([]);
  }, 120_000);
});

describe('the billing-system examples', () => {
  it.each(['billing-system.mjs', 'billing-system.cjs'])('%s posts a payment, assesses capped late fees and rejects a float-like amount', (file) => {
    const result = node(file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('payment applied: 200.00 to installment 1 principal\n');
    expect(result.stdout).toContain('late fee 10.00 on 2026-03-26 (installment 2)\nlate fee 10.00 on 2026-04-26 (installment 3)\ntotal late fees: 20.00\nrejected: MONEY_INVALID_AMOUNT\n');
  });
});

describe('the plan-calculator examples', () => {
  it.each(['plan-calculator.mjs', 'plan-calculator.cjs'])('%s prints a schedule that sums back, and a friendly error for bad input', (file) => {
    const result = node(file, '1000.00', '3');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1. 2026-02-15  333.33\n2. 2026-03-15  333.33\n3. 2026-04-15  333.34\ntotal 1000.00 USD, interest 0.00, APR 0.00%\n');
    const bad = node(file, '1,000', '3');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^cannot build that plan: MONEY_INVALID_AMOUNT: /);
  });
});

describe('the CI validation examples', () => {
  it.each(['validate-plans.mjs', 'validate-plans.cjs'])('%s exits 0, 1 or 2 as the plans comply, break the policy, or are malformed', (file) => {
    const ok = node(file, 'examples/data/plan-policy.json', 'examples/data/plans/affordable.json');
    expect([ok.code, ok.stdout]).toEqual([0, 'examples/data/plans/affordable.json: ok\n']);
    const broken = node(file, 'examples/data/plan-policy.json', 'examples/data/plans/affordable.json', 'examples/data/plans/too-long.json');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('examples/data/plans/too-long.json: PLAN_POLICY_TOO_MANY_INSTALLMENTS "installments": 48 installments; the policy allows at most 24.');
    const malformed = node(file, 'examples/data/plan-policy.json', 'examples/data/late-fee-policy.json');
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toContain('examples/data/late-fee-policy.json: malformed ');
  });
});

describe('the plan-letter examples', () => {
  it.each(['plan-letter.mjs', 'plan-letter.cjs'])('%s writes the plan terms, checks them, and refuses an unauthorized fee', (file) => {
    const result = node(file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Your payment plan: 3 payments, $300.00 in total.\nPayment 1 of 3: $100.00, due January 5, 2027.\n');
    expect(result.stdout).toContain('If a payment is not paid in full no later than 10 days after its due date, a late fee of $15.00 will be added, as your agreement allows.\n');
    expect(result.stdout).toContain('This communication is from a debt collector.\n-- letter: ok (0 finding(s))\n');
    expect(result.stdout).toMatch(/refused: REGF-UNAUTH-AMOUNT\n$/);
    const es = node(file, 'es');
    expect(es.stdout).toContain('Pago 1 de 3: $100.00, vence el 5 de enero de 2027.\n');
    expect(es.stdout).toContain('-- letter: ok (0 finding(s))\n');
  });

  it('plan-letter.mjs also writes a reminder text that passes checkMessage', () => {
    const result = node('plan-letter.mjs');
    expect(result.stdout).toContain('Hello from ABC Recovery. Payment 1 of 3 on your payment plan, $100.00, is due on January 5, 2027. If you have already paid, thank you. You can pay at https://pay.example.com/abc. This communication is from a debt collector. Reply STOP to opt out of texts to this number.\n-- sms: ok (0 finding(s))\n');
  });
});

describe('the dialer examples', () => {
  it.each(['dialer.mjs', 'dialer.cjs'])('%s dials, or reschedules at the earliest lawful time in every zone', (file) => {
    const result = node(file);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Ana (New York): dial\nBen (New York, works in Los Angeles): reschedule at 2026-03-10T15:00:00.000Z (REGF-TIME)\n');
  });
});

describe('the nightly reminders example', () => {
  it('plans each account, falls back to email after a revoked text consent, and honours a cease request', () => {
    const result = node('nightly-reminders.mjs');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pat: 2026-12-11T17:00:00.000Z sms to +12125550100 (installment 1, upcoming)\n');
    expect(result.stdout).toContain('rosa: 2026-12-11T15:00:00.000Z email to rosa@example.com (installment 1, upcoming)\n');
    expect(result.stdout).toContain('rosa: skipped TCPA-REVOKE-REASONABLE (47 CFR 64.1200(a)(10)), REGF-MEDIUM (12 CFR 1006.14(h)(1))\n');
    expect(result.stdout).toContain('lee: skipped REGF-CEASE (12 CFR 1006.6(c))\n');
    expect(result.stdout).toContain('history entries to record: 6\n');
  });
});

describe('the demo (npm run demo)', () => {
  it('walks the account through every step without an error', () => {
    const result = node('demo.mjs');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('earliest lawful call                   2026-02-20T16:00:00.000Z = 2026-02-20 08:00 in Los Angeles');
    expect(result.stdout).toContain('6 installments of 200.00               fits the policy');
    expect(result.stdout).toContain('settlement offer                       1080.00 USD in one payment by 2026-03-22');
    expect(result.stdout).toContain('fee charged                            15.00 USD (bound by us-ca-retail-installment)');
    expect(result.stdout).toContain('legal referral on 2026-05-10           refused: ESCALATION_NOT_ALLOWED_IN_STATE; ESCALATION_DISPUTE_UNVERIFIED (12 CFR 1006.38(d)(2))');
    expect(result.stdout).toContain('a collection call during the dispute   denied: REGF-DISPUTE');
  });
});
