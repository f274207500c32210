// A CI script: check every plan-terms file against the plan policy; exit 1 on a violation,
// 2 on a malformed file (the same codes as `arrears validate`). Usage: validate-plans <policy.json> <terms.json...>
import { readFileSync } from 'node:fs';
import { isArrearsError } from 'arrears';
import { validatePlanTerms } from 'arrears/plan';

const [policyFile, ...files] = process.argv.slice(2);
if (policyFile === undefined || files.length === 0) throw new Error('usage: validate-plans <policy.json> <terms.json...>');
const policy: unknown = JSON.parse(readFileSync(policyFile, 'utf8'));
let exit = 0;
for (const file of files) {
  try {
    const result = validatePlanTerms({ terms: JSON.parse(readFileSync(file, 'utf8')), policy: policy as never });
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
