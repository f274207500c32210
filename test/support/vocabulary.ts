/**
 * The checker behind test/vocabulary.test.ts: it walks zod schemas (classic or mini: both keep
 * their definition in `_zod.def`) and results, and names every place that breaks STYLE.md
 * "Vocabulary". It judges a field by its own schema, with probe values:
 *
 * - `...Rate`: a fraction with a ceiling: `'0.12'` is accepted and `'12'` (a percent typed
 *   into a fraction field) is refused.
 * - `...Percent`: never an input (a percent is a display output only).
 * - `...At` (and `at`): an instant only: accepts `2026-03-10T15:00:00Z`, refuses `2026-03-10`.
 * - `...Date`, `...On`, `asOf`: a calendar date only: accepts `2026-03-10`, refuses an instant
 *   and `2026-02-30`.
 * - `jurisdiction`: ISO 3166-2: accepts `US-NY`, refuses `ny`.
 * - `mode` is never a field (a word means one thing: `roundingMode` or a named strategy);
 *   `roundingMode` takes Intl.NumberFormat's values only.
 * - `frequency` takes names from the library's one list only.
 * - every enum value is camelCase.
 *
 * A verdict is `{ ok, findings }`: `ok` a boolean, `findings` an array of `Finding`s, `ok`
 * false exactly when a finding is a `violation`, and none of the old verdict words.
 */

/** One place that breaks the vocabulary. */
export interface VocabularyProblem {
  /** Where: the schema or result name, then the field path. */
  readonly where: string;
  /** The rule broken. */
  readonly rule: string;
}

const INTL_ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const FREQUENCIES = ['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually'];
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const OLD_VERDICT_WORDS = ['valid', 'eligible', 'allowed', 'accepted', 'violations', 'blocks', 'warnings', 'reason', 'rejection'];
const SEVERITIES = ['violation', 'warning', 'info'];

interface Def {
  readonly type: string;
  readonly shape?: Record<string, unknown>;
  readonly innerType?: unknown;
  readonly options?: readonly unknown[];
  readonly element?: unknown;
  readonly keyType?: unknown;
  readonly valueType?: unknown;
  readonly in?: unknown;
  readonly out?: unknown;
  readonly left?: unknown;
  readonly right?: unknown;
  readonly items?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
  readonly getter?: () => unknown;
}

/** Whether a value is a zod schema (classic or mini). */
export function isSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function accepts(schema: unknown, value: unknown): boolean {
  return (schema as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success;
}

/** The enum values a schema holds anywhere inside it (through wrappers, unions, arrays). */
function enumValues(schema: unknown, seen = new Set<unknown>()): unknown[] {
  if (!isSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'literal') return [...(def.values ?? [])];
  return children(def).flatMap((child) => enumValues(child, seen));
}

function children(def: Def): unknown[] {
  switch (def.type) {
    case 'object':
      return Object.values(def.shape ?? {});
    case 'union':
      return [...(def.options ?? [])];
    case 'array':
      return [def.element];
    case 'record':
      return [def.keyType, def.valueType];
    case 'pipe':
      return [def.in, def.out];
    case 'intersection':
      return [def.left, def.right];
    case 'tuple':
      return [...(def.items ?? [])];
    case 'lazy':
      return def.getter === undefined ? [] : [def.getter()];
    default:
      return def.innerType === undefined ? [] : [def.innerType];
  }
}

/** The rules one field breaks, judged by its name and its own schema. */
function fieldProblems(key: string, field: unknown, where: string): VocabularyProblem[] {
  const out: VocabularyProblem[] = [];
  const fail = (rule: string): void => {
    out.push({ where, rule });
  };
  if (key.endsWith('Rate')) {
    if (!accepts(field, '0.12')) fail('a ...Rate field takes a decimal fraction such as "0.12"');
    if (accepts(field, '12')) fail('a ...Rate field has a fraction ceiling: "12" (a percent typed into it) must be refused');
  }
  if (key.endsWith('Percent')) fail('no input holds a percent: name a fraction ...Rate');
  if (key === 'at' || key.endsWith('At')) {
    if (!accepts(field, '2026-03-10T15:00:00Z')) fail('an ...At field takes an instant with an offset');
    if (accepts(field, '2026-03-10')) fail('an ...At field takes instants only, not a calendar date');
  }
  if (key === 'asOf' || key.endsWith('Date') || key.endsWith('On')) {
    if (!accepts(field, '2026-03-10')) fail('a ...Date/...On/asOf field takes a calendar date YYYY-MM-DD');
    if (accepts(field, '2026-03-10T15:00:00Z')) fail('a ...Date/...On/asOf field takes calendar dates only, not an instant');
    if (accepts(field, '2026-02-30')) fail('a ...Date/...On/asOf field refuses a day that does not exist');
  }
  if ((key === 'until' || key === 'from' || key === 'to') && accepts(field, '2026-03-10') && !accepts(field, 'someState')) {
    fail(`a range of dates is { start, end } with both days included (or an inclusive ...Date such as endDate), never "${key}", whose end is ambiguous`);
  }
  if (key === 'jurisdiction') {
    if (!accepts(field, 'US-NY')) fail('a jurisdiction is an ISO 3166-2 code such as "US-NY"');
    if (accepts(field, 'ny')) fail('a jurisdiction refuses anything but ISO 3166-2 ("ny")');
  }
  if (key === 'mode') fail('"mode" is never a field: say roundingMode, or name the strategy');
  if (key === 'roundingMode') {
    for (const v of enumValues(field)) if (!INTL_ROUNDING_MODES.includes(String(v))) fail(`roundingMode takes Intl.NumberFormat's values, not ${JSON.stringify(v)}`);
  }
  if (key === 'frequency') {
    for (const v of enumValues(field)) if (!FREQUENCIES.includes(String(v))) fail(`a frequency comes from the one list, not ${JSON.stringify(v)}`);
  }
  return out;
}

/** Every place a schema (and everything inside it) breaks the vocabulary. */
export function schemaProblems(name: string, schema: unknown): VocabularyProblem[] {
  const out: VocabularyProblem[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, where: string): void => {
    if (!isSchema(node) || seen.has(node)) return;
    seen.add(node);
    const def = defOf(node);
    if (def.type === 'enum') {
      for (const v of Object.values(def.entries ?? {})) if (typeof v === 'string' && !CAMEL.test(v)) out.push({ where, rule: `enum values are camelCase, not ${JSON.stringify(v)}` });
    }
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        out.push(...fieldProblems(key, field, `${where}.${key}`));
        walk(field, `${where}.${key}`);
      }
      return;
    }
    for (const child of children(def)) walk(child, where);
  };
  walk(schema, name);
  return out;
}

/** Every way a result breaks the verdict shape `{ ok, findings }` with the shared `Finding`. */
export function verdictProblems(name: string, result: unknown): VocabularyProblem[] {
  const out: VocabularyProblem[] = [];
  const fail = (rule: string): void => {
    out.push({ where: name, rule });
  };
  if (typeof result !== 'object' || result === null) return [{ where: name, rule: 'a verdict is an object' }];
  const r = result as Record<string, unknown>;
  for (const word of OLD_VERDICT_WORDS) if (word in r) fail(`a verdict says "ok" and "findings", not "${word}"`);
  if (typeof r.ok !== 'boolean') fail('a verdict has a boolean "ok"');
  if (!Array.isArray(r.findings)) return [...out, { where: name, rule: 'a verdict has a "findings" array' }];
  const findings = r.findings as unknown[];
  findings.forEach((f, i) => {
    const at = `${name}.findings[${i}]`;
    const finding = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    if (typeof finding.code !== 'string' || !/^[A-Z][A-Z0-9]*([_-][A-Z0-9]+)*$/.test(finding.code)) out.push({ where: at, rule: 'a finding has a code: a rule id or a module-prefixed UPPER_SNAKE code' });
    if (!SEVERITIES.includes(String(finding.severity))) out.push({ where: at, rule: 'a finding has a severity: violation, warning or info' });
    if (typeof finding.message !== 'string' || finding.message === '') out.push({ where: at, rule: 'a finding has a message' });
    for (const [key, value] of Object.entries(finding)) if (value === null && key !== 'span') out.push({ where: at, rule: `an absent ${key} is left out, never null` });
    if ('citation' in finding && typeof finding.citation !== 'string') out.push({ where: at, rule: 'a citation is a string' });
    if ('path' in finding && !Array.isArray(finding.path)) out.push({ where: at, rule: 'a path is an array of keys' });
    const allowed = ['code', 'severity', 'message', 'citation', 'path', 'span', 'details'];
    for (const key of Object.keys(finding)) if (!allowed.includes(key)) out.push({ where: at, rule: `a finding has no "${key}": put it in details` });
  });
  const violated = findings.some((f) => (f as { severity?: unknown }).severity === 'violation');
  if (typeof r.ok === 'boolean' && r.ok === violated) fail('"ok" is false exactly when a finding is a violation');
  return out;
}
