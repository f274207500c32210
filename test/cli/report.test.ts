import { afterAll, describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/cli/suggest.js';
import { githubAnnotation, junitXml, sarifLog } from '../../src/cli/report.js';
import { APPENDIX_J, run, scratch } from './support/memory-io.js';

const terms = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 };
const json = (value: unknown): string => JSON.stringify(value, null, 2);
const files = scratch({
  'policy.json': json({ maxInstallments: 12, maxAprRate: '0.36' }),
  'good.json': json(terms),
  'long.json': json({ ...terms, installments: 24 }),
  'typo.json': json({ ...terms, frequency: 'montly' }),
  'key.json': json({ ...terms, anualRate: '0.12', annualRate: undefined }),
  'dir name/odd,file.json': json({ ...terms, installments: 24 }),
  'apr.json': json({ ...APPENDIX_J, amountFinanced: undefined, amountFinnced: '5000.00' }),
});
afterAll(files.cleanup);
const cwd = files.dir;
const validate = (...args: string[]): ReturnType<typeof run> => run(['validate', '--policy', 'policy.json', ...args], { cwd });

describe('did you mean', () => {
  it('measures edits and accepts a slip of a third of the letters, or a change of case', () => {
    expect(editDistance('montly', 'monthly')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearest('montly', ['weekly', 'monthly'])).toBe('monthly');
    expect(nearest('MONTHLY', ['weekly', 'monthly'])).toBe('monthly');
    expect(nearest('fortnight', ['weekly', 'monthly'])).toBeUndefined();
    expect(nearest('monthly', ['weekly', 'monthly'])).toBeUndefined();
  });

  it('suggests the enum value a document misspelled, from its schema', async () => {
    const result = await validate('typo.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Did you mean "monthly"?');
    const record = JSON.parse((await validate('typo.json', '-f', 'json')).stdout) as { problems: Array<{ field: string; details: { suggestion: string } }> };
    expect(record.problems[0]).toMatchObject({ field: 'frequency', details: { suggestion: 'Did you mean "monthly"?' } });
  });

  it('suggests the key a document misspelled, in validate and in the compute commands', async () => {
    expect((await validate('key.json')).stdout).toContain('Did you mean "annualRate" for "anualRate"?');
    expect((await run(['apr', 'apr.json'], { cwd })).stderr).toContain('Did you mean "amountFinanced" for "amountFinnced"?');
    expect((await run(['schedule', 'typo.json'], { cwd })).stderr).toContain('Did you mean "monthly"?');
  });
});

describe('--format and --quiet', () => {
  it('writes one record per document in json and ndjson, the same shape for validate and compute commands', async () => {
    const lines = (await validate('good.json', 'long.json', '-f', 'ndjson')).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.source, l.ok, l.status])).toEqual([
      ['good.json', true, 'valid'],
      ['long.json', false, 'violation'],
    ]);
    const computed = JSON.parse((await run(['schedule', 'good.json', '-f', 'json'], { cwd })).stdout) as Record<string, unknown>;
    expect(Object.keys(computed)).toEqual(['source', 'line', 'ok', 'status', 'problems', 'result']);
    expect(computed).toMatchObject({ ok: true, status: 'ok', problems: [] });
  });

  it('accepts the old name human for table', async () => {
    expect((await validate('good.json', '-f', 'human')).stdout).toBe((await validate('good.json')).stdout);
  });

  it('prints only problems with --quiet', async () => {
    expect(await validate('good.json', '--quiet')).toMatchObject({ code: 0, stdout: '' });
    const quiet = await validate('good.json', 'long.json', '-q', '-f', 'ndjson');
    expect(quiet.stdout.trim().split('\n')).toHaveLength(1);
    expect((await run(['schedule', 'good.json', '-q'], { cwd })).stdout).toBe('');
  });

  it('writes GitHub Actions annotations, one per problem, with the file, line and column', async () => {
    const result = await validate('good.json', 'long.json', 'dir name/odd,file.json', '-f', 'github');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=long\.json,line=\d+,col=\d+,title=violation PLAN_POLICY_TOO_MANY_INSTALLMENTS::"installments": 24 installments; the policy allows at most 12\.$/);
    expect(lines[1]).toMatch(/^::error file=dir name\/odd%2Cfile\.json,line=/);
    expect(githubAnnotation('a.json', { severity: 'malformed', code: 'X', message: '100% wrong\nreally', path: [] })).toBe('::error file=a.json,title=malformed X::100%25 wrong%0Areally');
  });

  it('writes JUnit XML: a test case per document, a violation as a failure, a malformed document as an error', async () => {
    const result = await validate('good.json', 'long.json', 'typo.json', '-f', 'junit');
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="arrears validate" tests="3" failures="1" errors="1">/);
    expect(result.stdout).toContain('<testcase classname="arrears validate" name="good.json:1" file="good.json"/>');
    expect(result.stdout).toMatch(/<failure type="PLAN_POLICY_TOO_MANY_INSTALLMENTS" message="&quot;installments&quot;: 24 installments/);
    expect(result.stdout).toMatch(/<error type="INPUT_INVALID_VALUE"/);
    expect(junitXml('x', [{ document: { source: 'a<b>.json', line: 1 }, problems: [], status: 'ok' }])).toContain('name="a&lt;b&gt;.json:1"');
  });

  it('writes SARIF 2.1.0: one rule per code, one result per problem with its region', async () => {
    const result = await validate('good.json', 'long.json', 'typo.json', '-f', 'sarif');
    const log = JSON.parse(result.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: Array<Record<string, unknown>> }> };
    expect(log.version).toBe('2.1.0');
    const [runLog] = log.runs;
    expect(runLog?.tool.driver.name).toBe('arrears');
    expect(runLog?.tool.driver.rules.map((r) => r.id).sort()).toEqual(['INPUT_INVALID_VALUE', 'PLAN_POLICY_TOO_MANY_INSTALLMENTS']);
    expect(runLog?.results[0]).toMatchObject({ ruleId: 'PLAN_POLICY_TOO_MANY_INSTALLMENTS', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'long.json' }, region: { startLine: expect.any(Number) } } }] });
    const stdin = sarifLog([{ document: { source: '<stdin>', line: 3 }, problems: [{ severity: 'malformed', code: 'X', message: 'm', path: [] }], status: 'malformed' }], '1.0.0') as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: Record<string, unknown> }> }> }> };
    expect(stdin.runs[0]?.results[0]?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: '%3Cstdin%3E' } });
  });

  it('gives the compute commands the CI formats too (problems only)', async () => {
    const result = await run(['schedule', 'good.json', 'typo.json', '-f', 'github'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^::error file=typo\.json,line=\d+,col=\d+,title=malformed INPUT_INVALID_VALUE::/);
  });

  it('reports a malformed policy file in every format', async () => {
    const bad = scratch({ 'bad-policy.json': '{"maxInstallments": -1}' });
    try {
      const result = await run(['validate', '--policy', 'bad-policy.json', '-f', 'github'], { cwd: bad.dir, stdin: '{}' });
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(/^::error file=bad-policy\.json/);
      const record = JSON.parse((await run(['validate', '--policy', 'bad-policy.json', '-f', 'json'], { cwd: bad.dir, stdin: '{}' })).stdout) as Record<string, unknown>;
      expect(record).toMatchObject({ source: 'bad-policy.json', role: 'policy', valid: false, ok: false, status: 'malformed' });
    } finally {
      bad.cleanup();
    }
  });
});

describe('side inputs and the schema command in the shared vocabulary', () => {
  it('reports a malformed policy of a compute command as a record or an annotation', async () => {
    const bad = scratch({ 'fee-policy.json': '{"type": "flat"}', 'account.json': '{}' });
    try {
      const annotated = await run(['fees', 'account.json', '--policy', 'fee-policy.json', '-f', 'github'], { cwd: bad.dir });
      expect(annotated.code).toBe(2);
      expect(annotated.stdout).toMatch(/^::error file=fee-policy\.json/);
      const record = JSON.parse((await run(['fees', 'account.json', '--policy', 'fee-policy.json', '-f', 'json'], { cwd: bad.dir })).stdout.split('\n')[0] ?? '') as Record<string, unknown>;
      expect(record).toMatchObject({ source: 'fee-policy.json', role: 'policy', ok: false, status: 'malformed' });
    } finally {
      bad.cleanup();
    }
  });

  it('prints a schema indented in table format (human is its old name) and compact in json', async () => {
    const table = (await run(['schema', 'plan-terms', '-f', 'table'])).stdout;
    expect(table).toBe((await run(['schema', 'plan-terms', '-f', 'human'])).stdout);
    expect(table.split('\n').length).toBeGreaterThan(10);
    expect((await run(['schema', 'plan-terms', '-f', 'json'])).stdout.trim().split('\n')).toHaveLength(1);
  });
});
