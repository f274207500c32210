// Bundles pages from the built package (scripts/measure-bundles.mjs, every dependency included)
// and fails when a page that only builds plans carries luxon or date-fns: luxon belongs to what
// needs time zones (issue 21); and when the schedule page carries decimal.js: a schedule's APR is
// solved in fixed point, decimal.js belongs to the general APR solver (docs/decisions.md, "Bundle
// size: a schedule's APR without decimal.js"). Sizes are budgeted in .size-limit.json. Needs
// `npm run build`.
//   node test/package/bundles.mjs
import { bundlePages } from '../../scripts/measure-bundles.mjs';

const ZONE_FREE = {
  'arrears/plan (everything)': "import * as plan from 'arrears/plan';\nglobalThis.plan = plan;\n",
  'arrears/plan + arrears/money (everything)': "import * as plan from 'arrears/plan';\nimport * as money from 'arrears/money';\nglobalThis.p = [plan, money];\n",
  'safeBuildSchedule + safeParseAmount': "import { safeBuildSchedule } from 'arrears/plan';\nimport { safeParseAmount } from 'arrears/money';\nglobalThis.run = (t) => [safeBuildSchedule(t), safeParseAmount(t.principal, 'USD')];\n",
};
// A close negative: a page that computes in a time zone does carry luxon, so the check can fail.
const WITH_ZONES = { 'checkContact': "import { checkContact } from 'arrears/compliance';\nglobalThis.run = (i) => checkContact(i);\n" };
const SCHEDULE = 'safeBuildSchedule + safeParseAmount';
// A close negative: a page that solves a general APR does carry decimal.js.
const GENERAL_APR = { 'apr': "import { apr } from 'arrears/plan';\nglobalThis.run = (i) => apr(i);\n" };

const failures = [];
for (const [name, { packages }] of Object.entries(await bundlePages(ZONE_FREE))) {
  for (const unwanted of ['luxon', 'date-fns']) if (unwanted in packages) failures.push(`${name} bundles ${unwanted} (${packages[unwanted]} bytes)`);
  if (name === SCHEDULE && 'decimal.js' in packages) failures.push(`${name} bundles decimal.js (${packages['decimal.js']} bytes): a schedule's APR reaches the general solver`);
}
for (const [name, { packages }] of Object.entries(await bundlePages(GENERAL_APR))) {
  if (!('decimal.js' in packages)) failures.push(`${name} bundles no decimal.js: the check cannot see decimal.js, it proves nothing`);
}
for (const [name, { packages }] of Object.entries(await bundlePages(WITH_ZONES))) {
  if (!('luxon' in packages)) failures.push(`${name} bundles no luxon: the check cannot see luxon, it proves nothing`);
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`bundles: no luxon or date-fns in ${Object.keys(ZONE_FREE).length} plan pages, no decimal.js in the schedule page; luxon seen in checkContact's, decimal.js in apr's`);
