// npm run fit: refits the claim model on the whole development corpus and writes
// src/core/model/weights.json (data, committed). Run `npm run eval` afterwards for honest figures.
import { writeFileSync } from 'node:fs';
import { builtInLexicons, compileLexicons } from '../src/core/lexicon';
import { readCorpus } from './model/corpus';
import { toExamples, train } from './model/train';

const items = readCorpus();
const model = train(toExamples(items, compileLexicons(builtInLexicons())));
writeFileSync('src/core/model/weights.json', JSON.stringify(model, null, 2) + '\n');
for (const [category, w] of Object.entries(model)) {
  const top = Object.entries(w.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
  console.log(`${category}: threshold ${w.threshold}, bias ${w.bias}; strongest: ${top.map(([n, v]) => `${n} ${v}`).join(', ')}`);
}
