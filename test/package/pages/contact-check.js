// The contact check page of issue 21: `checkContact` alone. .size-limit.json bundles it with
// every dependency.
import { checkContact } from '../../../dist/compliance/index.js';

globalThis.run = (input) => checkContact(input);
