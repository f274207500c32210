import { afterAll, describe, expect, it } from 'vitest';
import { commandsOf } from '../../src/cli/run.js';
import { kindsOf } from '../../src/cli/commands/validate.js';
import { findSchema, toJsonSchema } from '../../src/cli/json-schema.js';
import { cliModules } from '../../src/cli/modules.js';
import { APPENDIX_J, run, scratch } from './support/memory-io.js';

// The command line speaks the library's vocabulary (audit row 25): a `--kind` is
// `<thing>-terms` or `<thing>-policy`, an option is the kebab-case of the JSON field it fills,
// and a former kind or option is refused with a usage error naming its replacement.

/** The modules judged here: escalation migrates on its own branch. */
const judged = cliModules.filter((m) => m.name !== 'escalation');

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every property name anywhere in a JSON Schema (nested objects, array items, unions, definitions). */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const s of schema) fieldNames(s, out);
  } else if (typeof schema === 'object' && schema !== null) {
    const record = schema as Record<string, unknown>;
    const properties = record.properties;
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, sub] of Object.entries(properties)) {
        out.add(name);
        // An array of values takes its singular, repeated: --time-zone for timeZones, --debt-id for debtIds.
        const { type, items } = sub as { type?: unknown; items?: { type?: unknown } };
        if (type === 'array' && items?.type !== 'object' && name.endsWith('s')) out.add(name.slice(0, -1));
      }
    }
    for (const value of Object.values(record)) fieldNames(value, out);
  }
  return out;
}

/** The input schema whose fields each command's options fill. */
const INPUT_OF: Readonly<Record<string, string | undefined>> = {
  validate: undefined,
  schema: undefined,
  apr: 'apr-input',
  schedule: 'plan-terms',
  fees: 'assess-late-fees-input',
  'check-contact': 'check-contact-input',
  settle: 'settlement-offers-input',
  'check-message': 'check-message-input',
  'describe-plan': 'describe-plan-input',
  remind: 'plan-reminders-batch-input',
};

/** Options that steer the command rather than fill a field. */
const COMMAND_OPTIONS = new Set(['help', 'format', 'quiet', 'ndjson', 'kind', 'schema', 'policy', 'list', 'out-dir']);

describe('the command line vocabulary', () => {
  const commands = commandsOf(judged).filter((c) => c.name !== 'escalate');

  it('names every validation kind <thing>-terms or <thing>-policy (apr-disclosure, a check of a disclosure against the law, aside)', () => {
    const kinds = kindsOf(judged).map((k) => k.kind);
    expect(kinds).toEqual(expect.arrayContaining(['plan-terms', 'settlement-terms', 'settlement-policy', 'fee-policy', 'apr-disclosure']));
    for (const kind of kinds) if (kind !== 'apr-disclosure') expect(kind).toMatch(/^[a-z]+(-[a-z]+)*-(terms|policy)$/);
    // A kind of terms names the schema of the documents it checks.
    for (const k of kindsOf(judged)) if (k.kind.endsWith('-terms')) expect(k.subjectSchema).toBe(k.kind);
  });

  it('names every option the kebab-case of a field of the command\'s input', () => {
    expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(INPUT_OF).sort());
    for (const command of commands) {
      const input = INPUT_OF[command.name];
      const entry = input === undefined ? undefined : findSchema(cliModules, input);
      if (input !== undefined) expect(entry, input).toBeDefined();
      const fields = new Set([...(entry === undefined ? [] : fieldNames(toJsonSchema(entry, cliModules)))].map(kebab));
      for (const option of Object.keys(command.options)) {
        if (COMMAND_OPTIONS.has(option)) continue;
        expect(fields.has(option), `arrears ${command.name} --${option}`).toBe(true);
      }
    }
  });

  it('keeps no former kind or option as an alias: each is refused, and names an option that exists', () => {
    for (const command of commands) {
      for (const [old, renamed] of Object.entries(command.renamedOptions ?? {})) {
        expect(Object.keys(command.options), `arrears ${command.name} --${old}`).not.toContain(old);
        expect(Object.keys(command.options), `arrears ${command.name} --${old}`).toContain(renamed.now);
      }
    }
    const kinds = kindsOf(cliModules);
    for (const k of kinds) for (const old of k.formerly ?? []) expect(kinds.map((x) => x.kind)).not.toContain(old);
  });
});

const files = scratch({
  'terms.json': JSON.stringify({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 }),
  'policy.json': '{ "maxInstallments": 6 }',
  'loan.json': JSON.stringify({ ...APPENDIX_J, disclosedAprRate: '0.0975' }),
});
afterAll(files.cleanup);
const inFiles = { cwd: files.dir };

describe('arrears validate --kind', () => {
  it('checks plan terms by default, as the kind plan-terms', async () => {
    expect(await run(['validate', 'terms.json', '--policy', 'policy.json'], inFiles)).toMatchObject({ code: 0, stdout: '1 document checked (plan-terms): 1 valid, 0 breaking the rules, 0 malformed.\n' });
    expect(await run(['validate', 'terms.json', '--kind', 'plan-terms', '--policy', 'policy.json'], inFiles)).toMatchObject({ code: 0, stdout: '1 document checked (plan-terms): 1 valid, 0 breaking the rules, 0 malformed.\n' });
  });

  it('refuses a former kind with a usage error naming the new one, and checks nothing', async () => {
    for (const [old, now] of [['plan', 'plan-terms'], ['settlement', 'settlement-terms'], ['apr', 'apr-disclosure']] as const) {
      const result = await run(['validate', 'terms.json', '--kind', old, '--policy', 'policy.json'], inFiles);
      expect(result.code, old).toBe(64);
      expect(result.stdout, old).toBe('');
      expect(result.stderr, old).toContain(`arrears: --kind ${old} is now --kind ${now}: `);
    }
    // A close negative: a kind that never existed gets the list, not a rename.
    expect((await run(['validate', 'terms.json', '--kind', 'plans'], inFiles)).stderr).toContain('there is no kind "plans"; the kinds are plan-terms, apr-disclosure, fee-policy');
  });
});

describe('former option names', () => {
  const cases = [
    [['apr', '--amount-financed', '5000.00', '--payment', '230.00'], '--payment is now --amount (an option is the kebab-case of its JSON field).'],
    [['apr', 'loan.json', '--first-payment', '1978-02-10'], '--first-payment is now --first-due-date (an option'],
    [['apr', 'loan.json', '--disclosed=9.75'], '--disclosed is now --disclosed-apr-rate: it takes a decimal fraction (0.0975 for 9.75%), not a percent (an option'],
    [['settle', '--principal', '800.00', '--income', '2000.00'], '--income is now --monthly-income (an option'],
    [['settle', '--principal', '800.00', '--expenses', '1500.00'], '--expenses is now --monthly-expenses (an option'],
    [['settle', '--principal', '800.00', '--funds', '100.00'], '--funds is now --available-funds (an option'],
    [['check-contact', '--channel', 'call', '--debt', 'loan-7'], '--debt is now --debt-id (an option'],
    [['check-contact', '--channel', 'call', '--state', 'MA'], '--state is now --jurisdiction: it takes an ISO 3166-2 code such as US-MA, not MA (an option'],
    [['check-contact', 'call.json', '--as-of', '2026-03-10T12:00:00Z'], '--as-of is now --checked-at: the instant each check is made, with an offset (an option'],
  ] as const;

  it.each(cases)('refuses %j with a usage error naming the new option', async (argv, message) => {
    const result = await run([...argv], inFiles);
    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`arrears: ${message}`);
    expect(result.stderr).toContain(`Run "arrears ${argv[0]} --help" for usage.`);
  });

  it('still suggests the nearest option for a misspelling that is no former name', async () => {
    const result = await run(['settle', '--principle', '800.00'], inFiles);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('Did you mean "--principal"?');
    expect(result.stderr).not.toContain(' is now ');
  });
});
