// CPU time of validating 10,000 level-payment plan documents against a policy, with and without
// an APR limit (`maxAprPercent`), in one process, and of `arrears validate` over the same
// documents as an NDJSON file. Measured with process.cpuUsage (user + system), never asserted:
// on a loaded machine wall time says little; run it pinned to one core for the figures in
// docs/plan.md and docs/cli.md:
//   npm run build && taskset -c 1 node bench/validate-cpu.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePlanTerms } from 'arrears/plan';

const COUNT = 10_000;
const FREQUENCIES = ['monthly', 'biweekly', 'weekly'];

/** The documents: 6-60 installments, rates 5-34%, monthly/biweekly/weekly, some odd first periods. */
function plans() {
  const out = [];
  for (let k = 0; k < COUNT; k += 1) {
    const frequency = FREQUENCIES[k % 3];
    const firstDueDate = k % 7 === 0 ? '2026-02-19' : frequency === 'monthly' ? '2026-02-01' : frequency === 'biweekly' ? '2026-01-15' : '2026-01-08';
    out.push({
      principal: `${1000 + ((k * 37) % 9000)}.${String(k % 100).padStart(2, '0')}`,
      currency: 'USD',
      annualRate: `0.${String(5 + (k % 30)).padStart(2, '0')}`,
      frequency,
      agreementDate: '2026-01-01',
      firstDueDate,
      installments: 6 + (k % 55),
    });
  }
  return out;
}

/** CPU milliseconds (user + system) of `run`, the best of `rounds` (a loaded machine only adds). */
function cpu(run, rounds = 3) {
  let best = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const documents = plans();
const policies = { 'maxInstallments only': { maxInstallments: 60 }, 'maxInstallments + maxAprPercent 36': { maxInstallments: 60, maxAprPercent: '36' }, 'maxAprPercent 20 (about half above)': { maxAprPercent: '20' } };
const rows = [];
for (const [name, policy] of Object.entries(policies)) {
  let violations = 0;
  const ms = cpu(() => {
    violations = 0;
    for (const d of documents) violations += validatePlanTerms(d, policy).violations.length;
  });
  rows.push({ run: `validatePlanTerms x ${COUNT}, ${name}`, 'cpu ms': ms.toFixed(0), violations });
}

const dir = mkdtempSync(join(tmpdir(), 'arrears-bench-'));
try {
  writeFileSync(join(dir, 'plans.ndjson'), `${documents.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  for (const [name, policy] of Object.entries(policies)) {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    let best = Infinity;
    let status;
    for (let r = 0; r < 2; r += 1) {
      const before = process.cpuUsage();
      const children = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} validate ${JSON.stringify(join(dir, 'plans.ndjson'))} --policy ${JSON.stringify(file)} --quiet > /dev/null; echo $?; cat /proc/$$/stat`], { encoding: 'utf8' });
      void before;
      status = children.stdout.split('\n')[0];
      // The child's CPU: the shell's children user + system ticks (fields 16 and 17 of /proc/<pid>/stat).
      const fields = children.stdout.split('\n')[1].split(') ')[1].split(' ');
      const ticks = Number(fields[13]) + Number(fields[14]);
      best = Math.min(best, ticks * 10);
    }
    rows.push({ run: `arrears validate, ${COUNT} plans (NDJSON), ${name}`, 'cpu ms': best.toFixed(0), violations: `exit ${status}` });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`CPU time (user + system, best of runs), node ${process.version}; measured on a shared, loaded machine:`);
console.table(rows);
