// Checks the measures injection grammar with the same TextMate engine and Markdown grammar that
// VS Code uses (taken from the installed code-server, so no extra dependency): the extension
// host API cannot read token scopes, so this runs in plain Node before the editor tests.
// Usage: node test/vscode/grammar.check.mjs <code-server package dir>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const csDir = path.resolve(process.argv[2] ?? path.join(root, '.vscode-test/code-server/node_modules/code-server'));
const vscodeDir = path.join(csDir, 'lib/vscode');
const require = createRequire(path.join(vscodeDir, 'package.json'));
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const ours = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/realist-measures.tmLanguage.json'), 'utf8'));
const markdown = JSON.parse(
  fs.readFileSync(path.join(vscodeDir, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'), 'utf8'),
);

await onig.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new tm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
  loadGrammar: async (scope) => (scope === 'text.html.markdown' ? markdown : scope === ours.scopeName ? ours : null),
  // what package.json's injectTo does in VS Code
  getInjections: (scope) => (scope === 'text.html.markdown' ? [ours.scopeName] : undefined),
});
const grammar = await registry.loadGrammar('text.html.markdown');

/** Tokenises a Markdown text; returns [text, scopes] per token. */
function tokens(text) {
  let state = tm.INITIAL;
  const out = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes]);
    state = r.ruleStack;
  }
  return out;
}

/** The texts of the tokens carrying a scope that starts with `prefix`, merged when adjacent. */
function scoped(text, prefix) {
  const found = [];
  let last = false;
  for (const [s, scopes] of tokens(text)) {
    const hit = scopes.some((x) => x.startsWith(prefix));
    if (hit && last) found[found.length - 1] += s;
    else if (hit) found.push(s);
    last = hit;
  }
  return found;
}

const cases = [
  // [markdown, scope prefix, expected scoped texts]
  ['Cut the wait to 12 weeks for 3,000 patients.', 'constant.numeric.measure.realist', ['12 weeks', '3,000 patients']],
  ['It costs £1.2 million a year.', 'constant.numeric.measure.money.realist', ['£1.2 million']],
  ['Attendance rose 40% and then 40 per cent.', 'constant.numeric.percentage.realist', ['40%', '40 per cent']],
  ['Delivered by March 2027 in 2025/26, in Q3 2026.', 'constant.numeric.date.realist', ['March 2027', '2025/26', 'Q3 2026']],
  ['We will do it by 2030.', 'constant.numeric.date.realist', ['2030']],
  ['We will do it by 2030.', 'keyword.other.timeframe.realist', ['by']],
  ['Reduce waits from 18 to 12 weeks by March 2027.', 'meta.measure.range.realist', ['from 18 to 12 weeks']],
  ['Reduce waits from 18 to 12 weeks.', 'constant.numeric.measure.target.realist', ['12 weeks']],
  ['- a list item: 250 beds', 'constant.numeric.measure.realist', ['250 beds']],
  ['## Heading with 40%', 'constant.numeric.percentage.realist', ['40%']],
  ['> quoted 12 weeks', 'constant.numeric.measure.realist', ['12 weeks']],
  // not prose: code, comments, version numbers, links. (Front matter is left out: this engine,
  // run line by line here, does not enter the Markdown grammar's \A-anchored front-matter rule,
  // so it would be judged as a paragraph; in the editor it is meta.embedded, outside the selector.)
  ['Use `12 weeks` here.', 'constant.numeric', []],
  ['```\n12 weeks and 40%\n```', 'constant.numeric', []],
  ['    indented 12 weeks', 'constant.numeric', []],
  ['<!-- 12 weeks -->', 'constant.numeric', []],
  ['Version v1.2 weeks and build 3.4.5 days', 'constant.numeric', []],
  ['See [the plan](https://example.org/2025/26) now.', 'constant.numeric', []],
  ['The platform is world-class.', 'constant.numeric', []],
];

let failed = 0;
for (const [text, prefix, want] of cases) {
  const got = scoped(text, prefix);
  try {
    assert.deepEqual(got, want);
  } catch {
    failed++;
    console.error(`grammar: ${JSON.stringify(text)} ${prefix}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
}
// The injection must not disturb Markdown's own structure: a paragraph that starts with a
// measure is still a paragraph, and a heading is still a heading.
const lead = tokens('12 weeks is the target.');
if (!lead.every(([, s]) => s.includes('meta.paragraph.markdown'))) {
  failed++;
  console.error('grammar: a paragraph starting with a measure lost its paragraph scope', lead);
}
console.log(`[grammar] ${cases.length + 1 - failed} of ${cases.length + 1} checks passed`);
process.exit(failed ? 1 : 0);
