// npm run eval: how well Realist's judgement matches the labelled development corpus, sentence by
// sentence, per category and for "any claim"; over the whole set with the shipped weights, and
// cross-validated by source document (each fold's weights and thresholds fitted on the others).
import { createAnalyser } from '../src/core/analyse';
import { builtInLexicons, compileLexicons } from '../src/core/lexicon';
import { CATEGORIES, type ModelWeights } from '../src/core/model';
import { RULES } from '../src/core/rules';
import type { Category } from '../src/core/types';
import { foldsBySource, readCorpus, type LabelledSentence } from './model/corpus';
import { count, scoresOf, type Prediction } from './model/metrics';
import { toExamples, train } from './model/train';

const K = Number(process.env.EVAL_FOLDS ?? 5);

function predict(items: LabelledSentence[], model?: ModelWeights): Prediction[] {
  const analyser = createAnalyser({ model });
  return items.map((item) => {
    const findings = analyser.analyse(item.text, 'plaintext').findings;
    return {
      labels: item.labels,
      predicted: new Set(findings.map((f) => f.category)),
      rules: new Set(findings.map((f) => f.ruleId)),
    };
  });
}

const pct = (x: number) => x.toFixed(3);

interface Summary { macroF1: number; anyF1: number; precision: Record<string, number> }

function report(title: string, predictions: Prediction[]): Summary {
  console.log(`\n${title} (${predictions.length} sentences)`);
  console.log('category        precision  recall  F1     support');
  const f1s: number[] = [];
  const precision: Record<string, number> = {};
  for (const c of CATEGORIES) {
    const s = scoresOf(count(predictions.map((p) => ({ predicted: p.predicted.has(c), actual: p.labels.has(c) }))));
    f1s.push(s.f1);
    precision[c] = s.precision;
    console.log(`${c.padEnd(16)}${pct(s.precision).padEnd(11)}${pct(s.recall).padEnd(8)}${pct(s.f1).padEnd(7)}${s.support}`);
  }
  const any = scoresOf(count(predictions.map((p) => ({ predicted: p.predicted.size > 0, actual: p.labels.size > 0 }))));
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`${'any claim'.padEnd(16)}${pct(any.precision).padEnd(11)}${pct(any.recall).padEnd(8)}${pct(any.f1).padEnd(7)}${any.support}`);
  console.log(`macro-F1 ${pct(macroF1)}   any-claim F1 ${pct(any.f1)}`);
  return { macroF1, anyF1: any.f1, precision };
}

function reportRules(predictions: Prediction[]): void {
  console.log('\nper rule (a rule is right when the sentence carries its category)');
  console.log('rule                   fires  precision  recall-of-category');
  for (const rule of RULES) {
    const pairs = predictions.map((p) => ({ predicted: p.rules.has(rule.id), actual: p.labels.has(rule.category as Category) }));
    const s = scoresOf(count(pairs));
    const fires = pairs.filter((x) => x.predicted).length;
    console.log(`${rule.id.padEnd(23)}${String(fires).padEnd(7)}${pct(s.precision).padEnd(11)}${pct(s.recall)}`);
  }
}

function main(): void {
  let items: LabelledSentence[];
  try {
    items = readCorpus();
  } catch (error) {
    console.error(`realist eval: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const shipped = predict(items);
  report('Whole development set, shipped weights (fitted on this same set: optimistic)', shipped);
  reportRules(shipped);

  const lexicon = compileLexicons(builtInLexicons());
  const folds = foldsBySource(items, K);
  const crossValidated: Prediction[] = [];
  folds.forEach((held, k) => {
    const rest = folds.filter((_, j) => j !== k).flat();
    const model = train(toExamples(rest, lexicon));
    crossValidated.push(...predict(held, model));
  });
  const cv = report(`Cross-validated by source document (${K} folds, weights and thresholds fitted on the other folds)`, crossValidated);
  reportRules(crossValidated);
  // Met or not is decided on the unrounded figure: 0.8496 prints as 0.850 but is under 0.85.
  const verdict = (value: number, target: number) => `${value.toFixed(4)}, ${value >= target ? 'met' : 'not met'}`;
  console.log('\nTargets (cross-validated):');
  console.log(`  macro-F1 >= 0.72: ${verdict(cv.macroF1, 0.72)}`);
  console.log(`  any-claim F1 >= 0.85: ${verdict(cv.anyF1, 0.85)}`);
  for (const c of CATEGORIES) console.log(`  ${c} precision >= 0.75: ${verdict(cv.precision[c], 0.75)}`);
}

main();
