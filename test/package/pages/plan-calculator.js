// The plan calculator page of issue 21 as a browser bundle sees it: building schedules and
// parsing amounts, nothing else. .size-limit.json bundles it with every dependency.
import { safeParseAmount } from '../../../dist/money/index.js';
import { safeBuildSchedule } from '../../../dist/plan/index.js';

globalThis.run = (terms) => [safeBuildSchedule(terms), safeParseAmount(terms.principal, 'USD')];
