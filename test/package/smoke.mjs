// Packs the real tarball, installs it into a scratch folder (its dependencies linked from
// this checkout's node_modules, so no network is needed) and checks, under both `import` and
// `require`: every subpath loads, one call each gives the documented answer, errors keep
// their identity across subpaths, and the types resolve for TypeScript under node16 and bundler.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'arrears-smoke-'));

// One call per subpath: `[expression using m, expected JSON]`.
const calls = {
  settlement: ["m.safeDescribeOffer(null).success", "false"],
  messages: ["m.checkMessage({ channel: 'sms', text: 'Hi', context: { sender: 'creditor', language: 'en', jurisdictions: ['US'] } }).ok", "true"],
  reminders: ["m.toHistoryEntry({ medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' }).outcome", "\"messageSent\""],
  compliance: ["m.validationPeriod({ noticeDate: '2026-11-02', method: 'mail' }).endsOn", "\"2026-12-09\""],
  escalation: ["m.createEscalation().toMermaid().split('\\n')[0]", "\"stateDiagram-v2\""],
  fees: ["m.firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } })", "\"2026-06-07\""],
  plan: ["m.buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 }).installments.map((r) => r.amount)", "[\"333.33\",\"333.33\",\"333.34\"]"],
  '.': ["m.parseAmount('12.5', 'USD')", '"12.50"'],
  money: ["m.allocate('1000.00', 3, 'USD', { remainder: 'last' })", '["333.33","333.33","333.34"]'],
  calendar: ["m.addMonths('2024-01-31', 1)", '"2024-02-29"'],
};

// Modules only: package.json and the JSON Schemas (checked below) are data.
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && k !== './schemas/*')
  .map((k) => (k === '.' ? '.' : k.slice(2)));

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = join(scratch, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  for (const unwanted of ['src/', 'test/', 'node_modules/']) {
    if (files.some((f) => f.startsWith(unwanted))) throw new Error(`the tarball contains ${unwanted}`);
  }

  const app = join(scratch, 'app');
  const installed = join(app, 'node_modules', 'arrears');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], scratch);
  for (const dep of [...Object.keys(pkg.dependencies), '@types/luxon']) {
    const target = join(app, 'node_modules', dep);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), target, 'dir');
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true }));

  // Source maps: none empty, one sourceMappingURL comment per file (scripts/fix-sourcemaps.mjs).
  for (const file of files) {
    if (file.endsWith('.map') && JSON.parse(readFileSync(join(installed, file), 'utf8')).sources.length === 0) throw new Error(`${file} maps nothing`);
    if (/\.c?js$/.test(file) && (readFileSync(join(installed, file), 'utf8').match(/\/\/# sourceMappingURL=/g) ?? []).length > 1) throw new Error(`${file} names its source map twice`);
  }
  console.log('source maps ok');

  const spec = (s) => (s === '.' ? 'arrears' : `arrears/${s}`);
  const checks = subpaths.map((s) => {
    const call = calls[s];
    if (!call) throw new Error(`test/package/smoke.mjs has no call for the subpath "${s}": add one`);
    return { spec: spec(s), expr: call[0], expected: call[1] };
  });
  const body = (load) => `
${checks.map((c, i) => `const m${i} = ${load(c.spec)};`).join('\n')}
const results = [];
${checks
  .map(
    (c, i) => `{ const m = m${i}; const got = JSON.stringify(${c.expr});
  if (got !== ${JSON.stringify(c.expected)}) throw new Error(${JSON.stringify(c.spec)} + ': expected ' + ${JSON.stringify(c.expected)} + ', got ' + got);
  results.push(${JSON.stringify(c.spec)}); }`,
  )
  .join('\n')}
const root = ${load('arrears')};
const money = ${load('arrears/money')};
const calendar = ${load('arrears/calendar')};
let caught;
try { money.parseAmount('1e3', 'USD'); } catch (e) { caught = e; }
if (!(caught instanceof calendar.ArrearsError) || !(caught instanceof root.ValidationError) || !root.isArrearsError(caught)) {
  throw new Error('errors from arrears/money are not instances of the ArrearsError of other subpaths');
}
console.log(results.length + ' subpaths ok');
`;
  writeFileSync(join(app, 'esm.mjs'), body((s) => `await import(${JSON.stringify(s)})`));
  writeFileSync(join(app, 'cjs.cjs'), body((s) => `require(${JSON.stringify(s)})`));
  console.log('import: ' + run(process.execPath, ['esm.mjs'], app).trim());
  console.log('require: ' + run(process.execPath, ['cjs.cjs'], app).trim());

  // The command line runs from the installed package and knows its version.
  const cli = join(installed, pkg.bin.arrears);
  const version = run(process.execPath, [cli, '--version'], app).trim();
  if (!version.includes(pkg.version)) throw new Error(`arrears --version printed "${version}"`);
  console.log(`cli ok (${version})`);

  // The JSON Schemas are exported as arrears/schemas/<name>.json, for require, import and editors.
  writeFileSync(
    join(app, 'schemas.mjs'),
    `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const viaRequire = require('arrears/schemas/plan-terms.json');
const file = require.resolve('arrears/schemas/apr-input.json');
const viaFile = JSON.parse(readFileSync(file, 'utf8'));
const viaImport = (await import('arrears/schemas/plan-policy.json', { with: { type: 'json' } })).default;
if (viaRequire.title !== 'PlanTerms' || viaFile.title !== 'AprInput' || viaImport.title !== 'PlanPolicy') throw new Error('arrears/schemas/<name>.json did not resolve');
console.log('schemas exported ok');`,
  );
  console.log(run(process.execPath, ['--no-warnings', 'schemas.mjs'], app).trim());

  // The brand check recognises an error from the other module format.
  writeFileSync(
    join(app, 'dual.mjs'),
    `import { createRequire } from 'node:module';
import * as esm from 'arrears';
const cjs = createRequire(import.meta.url)('arrears');
let e; try { cjs.parseAmount('', 'USD'); } catch (x) { e = x; }
if (!esm.isArrearsError(e)) throw new Error('isArrearsError does not recognise a CommonJS error');
console.log('brand check across ESM and CJS ok');`,
  );
  console.log(run(process.execPath, ['dual.mjs'], app).trim());

  // Types: TypeScript resolves every subpath from the tarball, as ESM and as CJS.
  const imports = subpaths.map((s, i) => `import * as m${i} from ${JSON.stringify(spec(s))};`).join('\n');
  const uses = subpaths.map((_, i) => `void m${i};`).join('\n');
  const typed = `${imports}\nconst amount: string = m0.parseAmount('1', 'USD');\nvoid amount;\n${uses}\n`;
  writeFileSync(join(app, 'types-esm.mts'), typed);
  writeFileSync(join(app, 'types-cjs.cts'), typed);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [moduleKind, resolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ]) {
    const files = resolution === 'bundler' ? ['types-esm.mts'] : ['types-esm.mts', 'types-cjs.cts'];
    run(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', moduleKind, '--moduleResolution', resolution, ...files], app);
    console.log(`types ok (${resolution})`);
  }
  console.log('smoke test passed');
} catch (error) {
  console.error(error.stdout ?? '', error.stderr ?? '');
  console.error(error);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
