// A CI script in plain CommonJS: plan-terms files against a policy; exit 0, 1 (violation) or 2 (malformed).
// Usage: node examples/validate-plans.cjs <policy.json> <terms.json...>  (or use `npx arrears validate`)
const { readFileSync } = require('node:fs');
const { isArrearsError } = require('arrears');
const { validatePlanTerms } = require('arrears/plan');

const [policyFile, ...files] = process.argv.slice(2);
const policy = JSON.parse(readFileSync(policyFile, 'utf8'));
let exit = 0;
for (const file of files) {
  try {
    const result = validatePlanTerms({ terms: JSON.parse(readFileSync(file, 'utf8')), policy });
    for (const v of result.findings) console.log(`${file}: ${v.code} ${v.message}`);
    if (!result.ok) exit = Math.max(exit, 1);
    else console.log(`${file}: ok`);
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    console.log(`${file}: malformed ${error.code} ${error.message}`);
    exit = 2;
  }
}
process.exitCode = exit;
