// Marks the initializers of module-level values in dist/**/*.js (the ESM files) pure,
// so that a user's bundler drops the schemas and tables a page does not use. tsup merges our
// source files into shared chunks, so `"sideEffects": false` alone cannot drop an unused schema:
// `var PlanStateSchema = strictObject({...})` is a call a bundler must otherwise keep. Our
// module-level initializers have no side effects (house rule: no I/O, no globals; zod schemas are
// built without `.meta()` registration), so marking them is safe. Function bodies are left alone.
// Runs after tsup in `npm run build`. Columns in the source maps shift on the lines touched.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const PURE = '/* @__PURE__ */ ';

/** Whether an initializer calls anything outside function bodies. */
function calls(node) {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) return true;
  return ts.forEachChild(node, calls) === true;
}

// Each such initializer becomes a pure-annotated arrow called at once: `var X = /* @__PURE__ */
// (() => (init))()`. Annotating the calls themselves is not enough: esbuild keeps a pure call
// whose arguments read a property (`params: arrearsIssue(PlanErrorCodes.X)`), since a getter
// could run; a pure call without arguments is dropped whole when `X` is unused.
function markFile(path) {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer } of statement.declarationList.declarations) {
      if (initializer === undefined || !calls(initializer)) continue;
      edits.push({ pos: initializer.getStart(), text: `${PURE}(() => (` }, { pos: initializer.end, text: '))()' });
    }
  }
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.pos) + edit.text;
    at = edit.pos;
  }
  out += text.slice(at);
  if (out !== text) writeFileSync(path, out);
  return edits.length / 2;
}

let marked = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js') && entry.name !== 'cli.js') marked += markFile(path);
  }
};
walk(dist);
console.log(`mark-pure: ${marked} module-level initializers marked pure in dist/**/*.js`);
