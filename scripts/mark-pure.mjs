// Marks the calls that build module-level values in dist/*.js (the ESM chunks) `/* @__PURE__ */`,
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

/** The insertions for one initializer: every call and `new` outside function bodies. */
function collect(node, out) {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const start = node.getStart();
    // A call that is the object of another call (`a().check(...)`) gets its own parentheses,
    // since an annotation belongs to the outermost call that starts at its position.
    const inner = ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node;
    out.push({ pos: start, text: inner ? `(${PURE}` : PURE, span: node.end - start });
    if (inner) out.push({ pos: node.end, text: ')', span: node.end - start, close: true });
  }
  ts.forEachChild(node, (child) => collect(child, out));
}

function markFile(path) {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) if (declaration.initializer) collect(declaration.initializer, edits);
  }
  // Opening text: outer (longer) spans first; closing parentheses: inner (shorter) spans first.
  edits.sort((a, b) => a.pos - b.pos || (a.close === b.close ? (a.close ? a.span - b.span : b.span - a.span) : a.close ? -1 : 1));
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.pos) + edit.text;
    at = edit.pos;
  }
  out += text.slice(at);
  if (out !== text) writeFileSync(path, out);
  return edits.filter((e) => !e.close).length;
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
console.log(`mark-pure: ${marked} module-level calls marked pure in dist/**/*.js`);
