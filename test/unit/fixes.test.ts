// Fixes as a writer sees them: each fix applied to the text gives exactly the expected document,
// in its plain form ([placeholders]) and its snippet form (${1:...} tab stops); fixes never invent
// a number or a date; they touch only the flagged sentence; in Markdown, findings and fixes land
// on the exact source offsets, markup included.
import { strict as assert } from 'node:assert';
import { applyEdit, applyFix, createAnalyser, type Finding, type FixCandidate } from '../../src/core/index';

const analyser = createAnalyser();

function findingOn(text: string, ruleId: string, words: string, languageId: 'plaintext' | 'markdown' = 'plaintext'): Finding {
  const all = analyser.analyse(text, languageId).findings;
  const found = all.filter((f) => f.ruleId === ruleId && text.slice(f.range.start, f.range.end) === words);
  assert.equal(found.length, 1, `one ${ruleId} finding on “${words}”; got ${all.map((f) => `${f.ruleId} “${text.slice(f.range.start, f.range.end)}”`).join(', ')}`);
  return found[0];
}

/** What each fix of a finding does to the text: [title, kind, plain result, snippet result]. */
function outcomes(text: string, f: Finding): Array<[string, string, string, string]> {
  return f.fixes.map((x) => [x.title, x.kind, applyFix(text, x), applyEdit(text, x.range, x.snippet)]);
}

interface FixCase {
  rule: string;
  text: string;
  words: string;
  fixes: Array<[title: string, kind: string, plain: string, snippet: string]>;
}

const FIX_CASES: FixCase[] = [
  {
    rule: 'feature-focus',
    text: 'The new portal lets residents book, change and cancel appointments online.',
    words: 'portal lets',
    fixes: [[
      'Add the outcome it should change, with baseline, target and date', 'rewrite',
      'The new portal lets residents book, change and cancel appointments online, so that [outcome measure] [falls/rises] from [baseline] to [target] by [date] for [population]; owner: [role].',
      'The new portal lets residents book, change and cancel appointments online, so that ${1:outcome measure} ${2|falls,rises|} from ${3:baseline} to ${4:target} by ${5:date} for ${6:population}; owner: ${7:role}$0.',
    ]],
  },
  {
    rule: 'unmeasured-outcome',
    text: 'This investment will reduce waiting times for patients.',
    words: 'reduce waiting times',
    fixes: [
      ['Add baseline, target and date', 'rewrite',
        'This investment will reduce waiting times from [baseline] to [target] by [date] for patients.',
        'This investment will reduce waiting times from ${1:baseline} to ${2:target} by ${3:date}$0 for patients.'],
      ['Name the measure, its data source and its owner', 'rewrite',
        'This investment will reduce waiting times for patients, measured by [metric] from [data source]; owner: [role].',
        'This investment will reduce waiting times for patients, measured by ${1:metric} from ${2:data source}; owner: ${3:role}$0.'],
    ],
  },
  {
    rule: 'vague-intensifier',
    text: 'The new triage tool will significantly reduce waiting times.',
    words: 'significantly',
    fixes: [
      ['Replace “significantly” with the size of the change', 'quantity',
        'The new triage tool will reduce waiting times by [amount] (from [baseline] to [target] by [date]).',
        'The new triage tool will reduce waiting times by ${1:amount} (from ${2:baseline} to ${3:target} by ${4:date})$0.'],
      ['Replace “significantly” with a quantity', 'quantity',
        'The new triage tool will [quantity, e.g. by how much] reduce waiting times.',
        'The new triage tool will ${1:quantity, e.g. by how much}$0 reduce waiting times.'],
    ],
  },
  {
    rule: 'optimistic-certainty',
    text: 'These tools will transform the way teams work.',
    words: 'will transform',
    fixes: [
      ['Hedge: “are expected to”', 'hedge', 'These tools are expected to transform the way teams work.', 'These tools are expected to transform the way teams work.'],
      ['Hedge: “could”', 'hedge', 'These tools could transform the way teams work.', 'These tools could transform the way teams work.'],
      ['Tie the claim to evidence', 'rewrite',
        'These tools will transform the way teams work (evidence: [evaluation, pilot result or source]).',
        'These tools will transform the way teams work (evidence: ${1:evaluation, pilot result or source})$0.'],
    ],
  },
  {
    // A singular subject, with a date inside the sentence: the hedge agrees, the date stays.
    rule: 'optimistic-certainty',
    text: 'The platform, launched in 2024, will transform how 3 boroughs handle housing repairs.',
    words: 'will transform',
    fixes: [
      ['Hedge: “is expected to”', 'hedge', 'The platform, launched in 2024, is expected to transform how 3 boroughs handle housing repairs.', 'The platform, launched in 2024, is expected to transform how 3 boroughs handle housing repairs.'],
      ['Hedge: “could”', 'hedge', 'The platform, launched in 2024, could transform how 3 boroughs handle housing repairs.', 'The platform, launched in 2024, could transform how 3 boroughs handle housing repairs.'],
      ['Tie the claim to evidence', 'rewrite',
        'The platform, launched in 2024, will transform how 3 boroughs handle housing repairs (evidence: [evaluation, pilot result or source]).',
        'The platform, launched in 2024, will transform how 3 boroughs handle housing repairs (evidence: ${1:evaluation, pilot result or source})$0.'],
    ],
  },
  {
    rule: 'hype-term',
    text: 'Our seamless digital service puts residents first.',
    words: 'seamless',
    fixes: [
      ['Replace with “connected”', 'alternative', 'Our connected digital service puts residents first.', 'Our connected digital service puts residents first.'],
      ['Replace with “simple”', 'alternative', 'Our simple digital service puts residents first.', 'Our simple digital service puts residents first.'],
      ['Delete “seamless”', 'delete', 'Our digital service puts residents first.', 'Our digital service puts residents first.'],
    ],
  },
  {
    rule: 'absolute-claim',
    text: 'Digital self-service will eliminate paperwork for all our customers.',
    words: 'all',
    fixes: [[
      'Scope it to the group and share it really covers', 'scope',
      'Digital self-service will eliminate paperwork for [which group or share instead of “all”] our customers.',
      'Digital self-service will eliminate paperwork for ${1:which group or share instead of “all”}$0 our customers.',
    ]],
  },
  {
    rule: 'absolute-claim',
    text: 'The new portal eliminates paper forms and guaranteed faster replies.',
    words: 'eliminates',
    fixes: [
      ['Replace with “reduces”', 'alternative', 'The new portal reduces paper forms and guaranteed faster replies.', 'The new portal reduces paper forms and guaranteed faster replies.'],
    ],
  },
];

/** Sentences with findings of every rule, several with numbers and dates of their own. */
const FLAGGED = [
  ...FIX_CASES.map((c) => c.text),
  'The new system guarantees that patients are always seen on time.',
  'Artificial intelligence will solve the workforce crisis in general practice.',
  'By March 2026 all GP practices will offer online repeat prescriptions.',
  'In 2023 our seamless app went live in 14 wards.',
  'The council will deliver a world-class digital experience.',
  'Online booking has dramatically improved the patient experience.',
  'Our platform is built on open standards and supports single sign-on.',
  'Shared care records will eliminate duplicate tests.',
  'Seamless booking is now live in every branch library.',
];

/** The snippet with its tab stops read as the plain form's [placeholders]. */
function snippetAsPlain(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, (_, p: string) => `[${p.replace(/\\(.)/g, '$1')}]`)
    .replace(/\$\{\d+\|((?:\\.|[^\\|])*)\|\}/g, (_, p: string) => `[${p.split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1')).join('/')}]`)
    .replace(/\$0$/, '')
    .replace(/\\(.)/g, '$1');
}

describe('fixes', () => {
  for (const c of FIX_CASES) {
    it(`${c.rule} on “${c.words}”: each fix gives exactly the expected text`, () => {
      assert.deepEqual(outcomes(c.text, findingOn(c.text, c.rule, c.words)), c.fixes);
    });
  }

  it('keeps the capital of a replaced first word', () => {
    const text = 'Seamless booking is now live in every branch library.';
    const f = findingOn(text, 'hype-term', 'Seamless');
    assert.deepEqual(outcomes(text, f).filter(([, kind]) => kind === 'alternative'), [
      ['Replace with “connected”', 'alternative', 'Connected booking is now live in every branch library.', 'Connected booking is now live in every branch library.'],
      ['Replace with “simple”', 'alternative', 'Simple booking is now live in every branch library.', 'Simple booking is now live in every branch library.'],
    ]);
  });

  it('softens absolute verbs and adverbs in the written form, and scopes quantifiers', () => {
    const cases: Array<[string, string, string]> = [
      ['Shared records guaranteed safer handovers for every ward.', 'guaranteed', 'Shared records supported safer handovers for every ward.'],
      ['The app will always answer within a minute, eliminating queues.', 'always', 'The app will usually answer within a minute, eliminating queues.'],
      ['The app will always answer within a minute, eliminating queues.', 'eliminating', 'The app will always answer within a minute, reducing queues.'],
    ];
    for (const [text, words, expected] of cases) {
      const f = findingOn(text, 'absolute-claim', words);
      assert.deepEqual(outcomes(text, f).map(([, kind, plain]) => [kind, plain]), [['alternative', expected]]);
    }
  });

  it('names the measure first when the benefit is not a named outcome', () => {
    const text = 'This will solve the workforce crisis in general practice.';
    const f = findingOn(text, 'unmeasured-outcome', 'solve the workforce crisis');
    assert.deepEqual(outcomes(text, f)[0], [
      'Add baseline, target and date', 'rewrite',
      'This will solve the workforce crisis in general practice, measured as [outcome measure] going from [baseline] to [target] by [date].',
      'This will solve the workforce crisis in general practice, measured as ${1:outcome measure} going from ${2:baseline} to ${3:target} by ${4:date}$0.',
    ]);
  });

  it('capitalises the next word when it deletes the first word of a sentence', () => {
    const text = 'Seamless booking is now live in every branch library.';
    const f = findingOn(text, 'hype-term', 'Seamless');
    assert.deepEqual(outcomes(text, f).filter(([, kind]) => kind === 'delete'), [
      ['Delete “Seamless”', 'delete', 'Booking is now live in every branch library.', 'Booking is now live in every branch library.'],
    ]);
  });

  it('offers at least one fix for every finding in plain text', () => {
    const rules = new Set<string>();
    for (const text of FLAGGED) {
      for (const f of analyser.analyse(text, 'plaintext').findings) {
        rules.add(f.ruleId);
        assert.ok(f.fixes.length > 0, `${f.ruleId} on “${text.slice(f.range.start, f.range.end)}” has no fix`);
      }
    }
    assert.deepEqual([...rules].sort(), analyser.rules.map((r) => r.id).sort());
  });

  it('never puts a digit in a fix that the sentence did not have', () => {
    let checked = 0;
    for (const text of FLAGGED) {
      const digits = new Set(text.match(/\d/g) ?? []);
      for (const f of analyser.analyse(text, 'plaintext').findings) {
        for (const x of f.fixes) {
          checked++;
          for (const form of [x.text, snippetAsPlain(x.snippet)]) {
            const invented = (form.match(/\d/g) ?? []).filter((d) => !digits.has(d));
            assert.deepEqual(invented, [], `${f.ruleId} fix “${x.title}” on “${text}”: ${form}`);
          }
          // Numbers the fix repeats are copied whole from the sentence.
          for (const n of x.text.match(/\d+/g) ?? []) assert.ok(text.includes(n), `${x.title}: ${n} not in “${text}”`);
        }
      }
    }
    assert.ok(checked >= 30, `only ${checked} fixes checked`);
  });

  it('snippet and plain text are the same edit, tab stops numbered 1, 2, ... and a final $0', () => {
    for (const text of FLAGGED) {
      for (const f of analyser.analyse(text, 'plaintext').findings) {
        for (const x of f.fixes) {
          assert.equal(snippetAsPlain(x.snippet), x.text, `${f.ruleId} “${x.title}”`);
          const stops = [...x.snippet.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
          assert.deepEqual(stops, stops.map((_, k) => k + 1), x.snippet);
          assert.equal(x.snippet.endsWith('$0'), stops.length > 0, x.snippet);
        }
      }
    }
  });

  it('changes only the flagged sentence of a document, and word fixes replace exactly the flagged words', () => {
    const before = 'Our healthcare system is close to breaking point.\n\n';
    const after = '\n\nWe will appoint a chief digital officer by spring.\n';
    const wordKinds = new Set(['alternative', 'scope']);
    for (const sentence of FLAGGED) {
      const doc = before + sentence + after;
      const findings = analyser.analyse(doc, 'plaintext').findings;
      assert.ok(findings.length > 0, sentence);
      for (const f of findings) {
        assert.deepEqual(f.sentence, { start: before.length, end: before.length + sentence.length }, sentence);
        for (const x of f.fixes as FixCandidate[]) {
          const out = applyFix(doc, x);
          assert.ok(out.startsWith(before) && out.endsWith(after), `${f.ruleId} “${x.title}” changed text outside “${sentence}”`);
          assert.ok(x.range.start >= f.sentence.start && x.range.end <= f.sentence.end, `${x.title}: range outside the sentence`);
          if (wordKinds.has(x.kind)) assert.deepEqual(x.range, f.range, `${f.ruleId} “${x.title}” replaces the flagged words`);
          if (x.kind === 'hedge') {
            assert.equal(doc.slice(x.range.start, x.range.end), 'will', x.title);
            assert.ok(x.range.start >= f.range.start && x.range.end <= f.range.end, `${x.title}: hedge inside the finding`);
          }
        }
      }
    }
  });
});

describe('Markdown: findings and fixes on source offsets', () => {
  it('underlines the words inside emphasis, and fixes keep the markup', () => {
    const text = 'The **new platform** will *revolutionise* care.';
    const hype = findingOn(text, 'hype-term', 'revolutionise', 'markdown');
    assert.deepEqual(hype.range, { start: 27, end: 40 });
    assert.deepEqual(hype.sentence, { start: 0, end: text.length });
    assert.equal(hype.message, '“revolutionise” is promotional: it adds enthusiasm, not information. What, concretely, is better, and how would anyone check? Plainer: “change”.');
    // The delete fix would take the space after the closing `*`, across markup: not offered.
    assert.deepEqual(outcomes(text, hype), [
      ['Replace with “change”', 'alternative', 'The **new platform** will *change* care.', 'The **new platform** will *change* care.'],
    ]);
    const will = findingOn(text, 'optimistic-certainty', 'will', 'markdown');
    assert.deepEqual(will.range, { start: 21, end: 25 });
    assert.deepEqual(outcomes(text, will), [
      ['Hedge: “is expected to”', 'hedge', 'The **new platform** is expected to *revolutionise* care.', 'The **new platform** is expected to *revolutionise* care.'],
      ['Hedge: “could”', 'hedge', 'The **new platform** could *revolutionise* care.', 'The **new platform** could *revolutionise* care.'],
      ['Tie the claim to evidence', 'rewrite',
        'The **new platform** will *revolutionise* care (evidence: [evaluation, pilot result or source]).',
        'The **new platform** will *revolutionise* care (evidence: ${1:evaluation, pilot result or source})$0.'],
    ]);
  });

  it('underlines a hype word inside link text and replaces it there', () => {
    const text = 'Intro paragraph.\n\nOur [seamless service](https://example.org/seamless) puts residents first.\n';
    const f = findingOn(text, 'hype-term', 'seamless', 'markdown');
    assert.deepEqual(f.range, { start: 23, end: 31 });
    assert.deepEqual(outcomes(text, f).map(([title, , plain]) => [title, plain]), [
      ['Replace with “connected”', 'Intro paragraph.\n\nOur [connected service](https://example.org/seamless) puts residents first.\n'],
      ['Replace with “simple”', 'Intro paragraph.\n\nOur [simple service](https://example.org/seamless) puts residents first.\n'],
      ['Delete “seamless”', 'Intro paragraph.\n\nOur [service](https://example.org/seamless) puts residents first.\n'],
    ]);
  });

  it('maps a finding in a list item and a bold intensifier to their source words', () => {
    const text = '# Plan\n\n- The app provides secure messaging and repeat prescriptions.\n- The new triage tool will **significantly** reduce waiting times.\n';
    const ff = findingOn(text, 'feature-focus', 'app provides', 'markdown');
    assert.equal(ff.range.start, text.indexOf('app provides'));
    const vague = findingOn(text, 'vague-intensifier', 'significantly', 'markdown');
    assert.equal(vague.range.start, text.indexOf('significantly'));
    // Only the fix that stays inside the bold markers is offered.
    assert.deepEqual(outcomes(text, vague).map(([title, , plain]) => [title, plain]), [
      ['Replace “significantly” with a quantity', text.replace('**significantly**', '**[quantity, e.g. by how much]**')],
    ]);
  });
});
