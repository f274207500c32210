import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, scratch } from './support/memory-io.js';

// `arrears check-message` on the example data of examples/data and on broken copies.
const data = resolve(import.meta.dirname, '../../examples/data');
const inData = { cwd: data };
const files = scratch({
  'policy.json': JSON.stringify({ rules: { 'REGF-ENVELOPE': { maxSeverity: 'warning', reason: 'Test print run.' } } }),
  'bad-policy.json': JSON.stringify({ rules: { 'REGF-NOPE': { minSeverity: 'violation' } } }),
  'bad-message.json': JSON.stringify({ channel: 'fax', text: 'Hi', context: { sender: 'creditor', language: 'en' } }),
});
afterAll(files.cleanup);

describe('arrears check-message', () => {
  it('passes a compliant reminder with exit 0', async () => {
    const result = await run(['check-message', 'message.json'], inData);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OK: 0 violation(s), 0 other finding(s); communication (lexicon 1.0.0)');
    expect(result.stdout).toContain('SMS: GSM-7, 140 units, 1 segment(s)');
  });

  it('streams NDJSON, one answer line per message, and exits 1 on a violation', async () => {
    const result = await run(['check-message', 'messages.ndjson', '--format', 'json'], inData);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; result: { ok: boolean; classification: { kind: string }; findings: { code: string }[] } });
    expect(lines.map((l) => [l.line, l.result.ok, l.result.classification.kind, l.result.findings.map((f) => f.code)])).toEqual([
      [1, false, 'communication', ['REGF-OPTOUT-NOTICE']],
      [2, true, 'limitedContent', []],
      [3, false, 'communication', ['REGF-ENVELOPE']],
    ]);
  });

  it('reads standard input and writes CSV rows with spans', async () => {
    const line = '{"channel":"envelope","text":"ABC, Inc. - Collections Department","context":{"sender":"debtCollector","language":"en","jurisdictions":["US"]}}\n';
    const result = await run(['check-message', '--format', 'csv'], { stdin: line });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('REGF-ENVELOPE,violation,text,12,34,Collections Department');
  });

  it('applies a --policy file to every document and shows what it loosened', async () => {
    const result = await run(['check-message', `${data}/messages.ndjson`, '--policy', 'policy.json'], { cwd: files.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('policy loosened REGF-ENVELOPE (warning): Test print run.');
  });

  it('exits 2 on a malformed message or policy', async () => {
    const bad = await run(['check-message', 'bad-message.json'], { cwd: files.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('channel');
    const badPolicy = await run(['check-message', `${data}/message.json`, '--policy', 'bad-policy.json'], { cwd: files.dir });
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toContain('MESSAGES_UNKNOWN_RULE');
  });

  it('prints the JSON Schema of its input', async () => {
    const result = await run(['schema', 'check-message-input']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['channel', 'text', 'subject', 'context', 'policy']);
    expect(schema.required).toEqual(['channel', 'text', 'context']);
  });
});
