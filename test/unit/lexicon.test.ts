import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LEXICON_KINDS,
  builtInLexicons,
  checkLexiconFile,
  compileLexicons,
  type CompiledLexicon,
  type LexiconFile,
  type LexiconKind,
} from '../../src/core/lexicon';
import { titleCaseNames } from '../../src/core/names';
import { tokenize } from '../../src/core/words';
import { claimProfile } from '../../src/core/profile';
import { isComparativeOfPositive, valences } from '../../src/core/valence';
import { RULE_IDS } from '../../src/core/rules/ids';

const ROOT = join(__dirname, '..', '..');

// The 139 hype adjectives of Millar, Batalo & Budgell (2022), by the paper's categories, as in
// ../shared/lexicon-sources/SOURCES.md.
const MILLAR_2022: Record<string, string[]> = {
  importance: ['compelling', 'critical', 'crucial', 'essential', 'foundational', 'fundamental', 'imperative', 'important', 'indispensable', 'invaluable', 'key', 'major', 'paramount', 'pivotal', 'significant', 'strategic', 'timely', 'ultimate', 'urgent', 'vital'],
  novelty: ['creative', 'emerging', 'first', 'groundbreaking', 'innovative', 'latest', 'novel', 'revolutionary', 'unique', 'unparalleled', 'unprecedented'],
  rigor: ['accurate', 'advanced', 'careful', 'cohesive', 'detailed', 'nuanced', 'powerful', 'quality', 'reproducible', 'rigorous', 'robust', 'scientific', 'sophisticated', 'strong', 'systematic'],
  scale: ['ample', 'biggest', 'broad', 'comprehensive', 'considerable', 'deeper', 'diverse', 'enormous', 'expansive', 'extensive', 'fastest', 'greatest', 'huge', 'immediate', 'immense', 'interdisciplinary', 'international', 'interprofessional', 'largest', 'massive', 'multidisciplinary', 'myriad', 'overwhelming', 'substantial', 'top', 'transdisciplinary', 'tremendous', 'vast'],
  utility: ['accessible', 'actionable', 'deployable', 'durable', 'easy', 'effective', 'efficacious', 'efficient', 'generalizable', 'ideal', 'impactful', 'intuitive', 'meaningful', 'productive', 'ready', 'relevant', 'rich', 'safer', 'scalable', 'seamless', 'sustainable', 'synergistic', 'tailored', 'tangible', 'transformative', 'user-friendly'],
  quality: ['ambitious', 'collegial', 'dedicated', 'exceptional', 'experienced', 'intellectual', 'longstanding', 'motivated', 'premier', 'prestigious', 'promising', 'qualified', 'renowned', 'senior', 'skilled', 'stellar', 'successful', 'talented', 'vibrant'],
  attitude: ['attractive', 'confident', 'exciting', 'incredible', 'interesting', 'intriguing', 'notable', 'outstanding', 'remarkable', 'surprising'],
  problem: ['alarming', 'daunting', 'desperate', 'devastating', 'dire', 'dismal', 'elusive', 'stark', 'unanswered', 'unmet'],
};

let compiled: CompiledLexicon | undefined;
function lexicon(): CompiledLexicon {
  compiled ??= compileLexicons(builtInLexicons(), {});
  return compiled;
}

/** "kind:matched words" for every match in the text, e.g. "hype:world-class". */
function matchesIn(text: string, lex: CompiledLexicon = lexicon()): string[] {
  const tokens = tokenize(text);
  return lex.match(tokens).map((m) => `${m.kind}:${tokens.slice(m.startToken, m.endToken).map((t) => t.text).join(' ')}`);
}

function has(text: string, kind: LexiconKind, words: string, lex?: CompiledLexicon): boolean {
  return matchesIn(text, lex).includes(`${kind}:${words}`);
}

/** The words of one kind the claim profile keeps. */
function profiledWords(text: string, kind: LexiconKind): string[] {
  const p = claimProfile(text, lexicon());
  return p.matches.filter((m) => m.kind === kind).map((m) => p.tokens.slice(m.startToken, m.endToken).map((t) => t.text).join(' '));
}

/** The kinds the claim profile keeps: verb matches the sentence's grammar rules out are dropped. */
function profiledKinds(text: string): LexiconKind[] {
  return claimProfile(text, lexicon()).matches.map((m) => m.kind);
}

describe('lexicons', () => {
  describe('built-in files', () => {
    it('are ten files with distinct names', () => {
      const names = builtInLexicons().map((f) => f.name);
      assert.equal(names.length, 10);
      assert.equal(new Set(names).size, names.length);
    });

    for (const file of builtInLexicons()) {
      it(`${file.name}: passes the schema and the source and term checks`, () => {
        const result = checkLexiconFile(file, file.name);
        assert.deepEqual(result.problems, []);
        assert.equal(result.file?.entries.length, file.entries.length);
      });

      it(`${file.name}: every entry names a source the file describes, and every source is used`, () => {
        for (const entry of file.entries) {
          const source = file.sources[entry.source];
          assert.ok(source, `${entry.term} (${entry.kind}) names unknown source '${entry.source}'`);
          assert.match(source.url, /^https?:\/\//);
        }
        const used = new Set(file.entries.map((e) => e.source));
        for (const id of Object.keys(file.sources)) assert.ok(used.has(id), `source '${id}' is declared but no entry uses it`);
      });
    }

    it('the schema offers exactly the kinds the code knows', () => {
      const schema = JSON.parse(readFileSync(join(ROOT, 'lexicons/schema/lexicon.schema.json'), 'utf8'));
      assert.deepEqual(schema.definitions.entry.properties.kind.enum, [...LEXICON_KINDS]);
    });

    it('the config schema documents exactly the rules the code knows', () => {
      const schema = JSON.parse(readFileSync(join(ROOT, 'lexicons/schema/realist-config.schema.json'), 'utf8'));
      assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    });

    it('every kind has entries, and outcomes have a domain', () => {
      const lex = lexicon();
      for (const kind of LEXICON_KINDS) assert.ok(lex.entriesOf(kind).length > 0, `no ${kind} entries`);
      for (const entry of lex.entriesOf('outcome')) assert.ok(entry.domain, `${entry.term} has no domain`);
    });

    it('has all 139 Millar et al. (2022) hype adjectives, each with a strength', () => {
      const all = Object.values(MILLAR_2022).flat();
      assert.equal(all.length, 139);
      const hype = new Map(lexicon().entriesOf('hype').filter((e) => e.source === 'millar-2022').map((e) => [e.term, e]));
      for (const word of all) {
        const entry = hype.get(word);
        assert.ok(entry, `missing hype adjective '${word}'`);
        assert.ok(entry.strength === 'strong' || entry.strength === 'weak', `'${word}' has no strength`);
        assert.ok(Array.isArray(entry.alternatives), `'${word}' has no alternatives list`);
      }
      assert.equal(hype.size, 139);
    });

    it('splits hedges from boosters as SOURCES.md says', () => {
      const hedges = new Set(lexicon().entriesOf('hedge').map((e) => e.term));
      const boosters = new Set(lexicon().entriesOf('booster').map((e) => e.term));
      for (const word of ['will', 'must', 'certainly', 'clearly', 'definitely']) {
        assert.ok(boosters.has(word), `${word} should be a booster`);
        assert.ok(!hedges.has(word), `${word} should not be a hedge`);
      }
      for (const word of ['may', 'might', 'could', 'likely', 'potentially', 'has the potential to']) assert.ok(hedges.has(word), word);
    });

    it('offers quantity prompts, never numbers, for intensifiers', () => {
      for (const entry of lexicon().entriesOf('intensifier')) {
        assert.ok(entry.alternatives?.length, `${entry.term} has no alternatives`);
        for (const alternative of entry.alternatives!) assert.doesNotMatch(alternative, /\d/, `${entry.term}: ${alternative}`);
      }
    });

    it('gives every GOV.UK plain-English entry its alternatives or a note', () => {
      for (const entry of lexicon().entriesOf('plain-english')) {
        assert.ok(entry.note?.startsWith('GOV.UK'), `${entry.term} has no GOV.UK note`);
        assert.ok(Array.isArray(entry.alternatives), `${entry.term} has no alternatives`);
      }
    });
  });

  describe('matching', () => {
    it('matches inflections through stems', () => {
      assert.ok(has('AI is transforming care', 'strong-effect-verb', 'transforming'));
      assert.ok(has('It revolutionised referrals', 'strong-effect-verb', 'revolutionised'));
      assert.ok(has('It revolutionised referrals', 'hype', 'revolutionised'));
      assert.ok(has('The service was rolled out in May', 'deployment-verb', 'rolled out'));
      assert.ok(has('Apps were built and deployed', 'deployment-verb', 'built'));
      assert.ok(has('Costs fell sharply', 'effect-verb', 'fell'));
      assert.ok(has('It freed up staff', 'effect-verb', 'freed up'));
    });

    it('matches phrases, preferring the longest per kind', () => {
      assert.ok(has('Shorter waiting times for surgery', 'outcome', 'waiting times'));
      assert.ok(!has('Shorter waiting times for surgery', 'outcome', 'times'));
      assert.ok(has('A new electronic patient record', 'technology', 'electronic patient record'));
      assert.ok(!has('A new electronic patient record', 'technology', 'record'));
      assert.ok(has('It has the potential to help', 'hedge', 'has the potential to'));
      assert.ok(has('Length of stay fell', 'outcome', 'Length of stay'));
    });

    it('reads qualities that sell a tool as tool features, and not the technology words near them', () => {
      assert.ok(has('The portal is open 24/7', 'tool-feature', '24/7'));
      assert.ok(has('a real time view of beds', 'tool-feature', 'real time'));
      assert.ok(has('Requests are routed automatically', 'tool-feature', 'automatically'));
      assert.ok(has('Residents get instant notifications', 'tool-feature', 'notifications'));
      assert.ok(!has('Automation of claims processing', 'tool-feature', 'Automation'));
      assert.ok(!has('Staff will be notified', 'tool-feature', 'notified'));
    });

    it('matches hyphenated and spaced forms alike', () => {
      assert.ok(has('Real-time data', 'capability-verb', 'Real-time'));
      assert.ok(has('data in real time', 'capability-verb', 'in real time'));
      assert.ok(has('a world class service', 'hype', 'world class'));
      assert.ok(has('a world-class service', 'hype', 'world-class'));
      assert.ok(has('a cutting edge tool', 'hype', 'cutting edge'));
      assert.ok(has('the roll-out of the app', 'deployment-verb', 'roll-out'));
    });

    it('matches British and American spellings alike, without American stems running into other words', () => {
      assert.ok(has('We will optimize rotas', 'effect-verb', 'optimize'));
      assert.ok(has('We will optimise rotas', 'effect-verb', 'optimise'));
      assert.ok(has('The organization agreed', 'organisation', 'organization'));
      assert.ok(!has('organ donation', 'organisation', 'organ'));
      assert.ok(!has('We are organising a meeting', 'organisation', 'organising'));
    });

    it('matches adjectives by their written form where stems would run into nouns', () => {
      assert.ok(has('an innovative service', 'hype', 'innovative'));
      assert.ok(!has('a culture of innovation', 'hype', 'innovation'));
      assert.ok(has('a transformative programme', 'hype', 'transformative'));
      assert.ok(!has('our digital transformation', 'strong-effect-verb', 'transformation'));
    });

    it('compares acronyms by their capitals', () => {
      assert.ok(has('New IT systems', 'technology', 'IT systems'));
      assert.ok(!matchesIn('it is here').some((m) => m.startsWith('technology:')));
      assert.ok(has('the ONS reported', 'evidence', 'ONS'));
      assert.ok(!has('based on data', 'evidence', 'on'));
      assert.ok(has('open APIs', 'technology', 'APIs'));
      assert.ok(!has('we are here', 'technology', 'are'));
    });

    it('matches possessives and the technology heading a compound', () => {
      assert.ok(has("the patient's record", 'people', "patient's"));
      assert.ok(has('an AI-powered tool', 'technology', 'AI-powered'));
      assert.ok(has('a cloud-based system', 'technology', 'cloud-based'));
    });

    it('matches by written form where a shared stem would read another word', () => {
      // Porter stems join "going" to "go", "sharing" to "share", "personal" to "person".
      assert.ok(has('the service is going to change', 'booster', 'is going to'));
      assert.ok(!has('patients go to the GP', 'booster', 'go to'));
      assert.ok(!has('plans setting to one side', 'booster', 'setting to'));
      assert.ok(has('the share of patients', 'metric', 'share of'));
      assert.ok(!has('the sharing of data', 'metric', 'sharing of'));
      assert.ok(has('the four-hour standard', 'metric', 'standard'));
      assert.ok(!has('open standards', 'metric', 'standards'));
      assert.ok(!has('personal data', 'people', 'personal'));
      assert.ok(!has('modern services', 'programme', 'modern'));
      assert.ok(!has('the projected cost', 'programme', 'projected'));
      assert.ok(!has('on in the background', 'measure-unit', 'on in'));
      assert.ok(!has('we will take timely action', 'problem', 'take timely'));
      assert.ok(has('it will take longer', 'problem', 'take longer'));
      assert.ok(has('a single source of truth for the organisation', 'tool-feature', 'single source of truth'));
      assert.ok(has('one version of the truth', 'tool-feature', 'one version of the truth'));
      assert.ok(has('e-prescribing is now live in all wards', 'deployment-verb', 'is now live'));
      assert.ok(has('automated appointment reminders', 'tool-feature', 'automated'));
      assert.ok(!has('many older people live alone', 'deployment-verb', 'live'));
      assert.ok(!has('the flagged claims that look fraudulent', 'critique', 'claims that'));
    });

    it('matches as written the entries whose stems ran into other words (an audit against natural\'s word list)', () => {
      // A critique word silences its sentence, so "rare diseases" read as "rarely" lost every finding.
      const cases: Array<[text: string, kind: LexiconKind, words: string, matched: boolean]> = [
        ['Staff were overwhelmed by demand', 'problem', 'overwhelmed', true],
        ['Systemic inequalities persist', 'technology', 'Systemic', false],
        ['Our systems cannot share data', 'technology', 'systems', true],
        ['We have a moral duty to act', 'outcome', 'moral', false],
        ['care for people with rare diseases', 'critique', 'rare', false],
        ['such projects rarely deliver', 'critique', 'rarely', true],
        ['unreal expectations', 'critique', 'unreal', false],
        ['It is like ordering a takeaway', 'hedge', 'It is like', false],
        ['It is likely to help', 'hedge', 'It is likely', true],
        ['Successive governments have tried', 'benefit', 'Successive', false],
        ['The pilot was a success', 'benefit', 'success', true],
        ['patients with progressive conditions', 'benefit', 'progressive', false],
        ['patients with progressive conditions', 'plain-english', 'progressive', false],
        ['Data controllers must register', 'benefit', 'controllers', false],
        ['The council hosted a workshop', 'technology', 'hosted', false],
        ['There is an overwhelming case for investing', 'problem', 'overwhelming', false],
        ['Suppliers must prove their capabilities', 'booster', 'prove', false],
        ['AI has been proven to get results', 'booster', 'has been proven', true],
      ];
      for (const [text, kind, words, matched] of cases) assert.equal(has(text, kind, words), matched, `${kind} “${words}” in “${text}”`);
    });

    it('matches the irregular past of a hype phrase, which no stem reaches', () => {
      assert.ok(has('the NHS has led the world in online advice', 'hype', 'led the world'));
      assert.ok(has('the trust led the way in patient care', 'hype', 'led the way'));
    });

    it('reads funding as governance, not a rollout', () => {
      assert.ok(has('The department will fund 24 projects.', 'governance-verb', 'fund'));
      assert.ok(!has('The department will fund 24 projects.', 'deployment-verb', 'fund'));
    });

    it('reads "make", "bring" and "deliver" as verbs of delivering', () => {
      assert.ok(has('it could make a real difference', 'delivery-verb', 'make'));
      assert.ok(has('it will bring value', 'delivery-verb', 'bring'));
    });

    it('reads a possessive as a noun, not as a verb of the same stem', () => {
      assert.ok(!profiledKinds("The government's plan sets the budget.").includes('governance-verb'));
      assert.ok(profiledKinds('Ministers will govern the programme.').includes('governance-verb'));
    });

    it('reads a word ending a compound noun after a singular determiner as a noun, not a verb', () => {
      assert.ok(!profiledKinds('It will pay off before the end of this spending review.').includes('governance-verb'));
      assert.ok(!profiledKinds('A desktop alert prompts the radiologist.').includes('capability-verb'));
      assert.ok(profiledKinds('We will review the plan.').includes('governance-verb'));
      assert.ok(profiledKinds('The service that will go live in May.').includes('deployment-verb'));
      assert.ok(profiledKinds('We will make sure that staff review each case.').includes('governance-verb'));
    });

    it('reads a counted word, a participle after an article and a bare word after a preposition as nouns or adjectives', () => {
      assert.deepEqual(profiledWords('The UK generates around 133,000 scans a day.', 'capability-verb'), ['generates']);
      assert.deepEqual(profiledWords('The app scans 2,000 forms a day.', 'capability-verb'), ['scans']);
      assert.deepEqual(profiledWords('In a connected, modern health system, care depends on people.', 'capability-verb'), []);
      assert.deepEqual(profiledWords('Staff connected the devices.', 'capability-verb'), ['connected']);
      assert.deepEqual(profiledWords('Patients go home early with support from nurses.', 'capability-verb'), []);
      assert.deepEqual(profiledWords('Nurses will support patients at home.', 'capability-verb'), ['support']);
      assert.deepEqual(profiledWords('Staff save time by monitoring patients remotely.', 'capability-verb'), ['monitoring']);
    });

    it('does not read a word by a stem it shares with another word', () => {
      assert.ok(!profiledKinds('Staff are willing to try it.').includes('booster'));
      assert.ok(!profiledKinds('It could potentially help.').includes('benefit'));
      assert.ok(profiledKinds('It could unlock the potential of our data.').includes('benefit'));
      assert.ok(!profiledKinds('We will help departments to recruit.').includes('outcome'));
      assert.ok(profiledKinds('Recruitment has improved.').includes('outcome'));
      assert.ok(!profiledKinds('Most transactional services are online.').includes('outcome'));
      assert.ok(!profiledKinds('The board issued guidance in May.').includes('problem'));
      assert.ok(!profiledKinds('As a result, staff moved.').includes('benefit'));
    });

    it('reads an outcome word right after a particular tool as the tool\'s attribute', () => {
      assert.ok(!profiledKinds('National computing capacity will grow tenfold by 2030.').includes('outcome'));
      assert.ok(profiledKinds('Bed capacity will grow by 2030.').includes('outcome'));
      // After a field ("digital"), the noun is still about people: "a better digital experience".
      assert.ok(profiledKinds('Residents will get a better digital experience.').includes('benefit'));
    });

    it('reads an approximation as a hedge only before a figure', () => {
      assert.ok(profiledKinds('The service handles around 5 million searches a day.').includes('hedge'));
      assert.ok(profiledKinds('It could save up to £2m a year.').includes('hedge'));
      assert.ok(!profiledKinds('AI can cut the time it takes to turn reports around.').includes('hedge'));
      assert.ok(!profiledKinds('The team is up to the task.').includes('hedge'));
    });

    it('does not read claim words inside a name or title as claims', () => {
      assert.deepEqual(profiledKinds('A Healthier Wales sets out the plan.').filter((k) => k === 'benefit' || k === 'hype'), []);
      assert.ok(!profiledKinds('The Seamless Care Programme Board met in June.').includes('hype'));
      assert.ok(profiledKinds('Seamless care is our aim.').includes('hype'));
      assert.ok(profiledKinds('AI WILL TRANSFORM CARE, says the minister.').includes('strong-effect-verb'));
    });

    it('rates positive and negative words from AFINN-165, each in its own sum', () => {
      assert.equal(valences(tokenize('It makes services easy and better.')).positive, 3); // easy 1, better 2
      assert.equal(valences(tokenize('The backlog is a serious problem.')).positive, 0);
      assert.equal(valences(tokenize('The backlog is a serious problem.')).negative, 2); // problem 2
      assert.equal(valences(tokenize('constructor toString')).positive, 0);
      // The words of a name are left out (names.ts): "Better" in "The Better Care Fund".
      const named = tokenize('The Better Care Fund pays for it.');
      assert.equal(valences(named, titleCaseNames(named)).positive, 0);
    });

    it('knows comparatives of positive words, and not agent nouns', () => {
      const comparative = (w: string) => isComparativeOfPositive(tokenize(w)[0]);
      assert.deepEqual(['happier', 'healthier', 'fairer', 'clearer', 'nicer'].filter(comparative), ['happier', 'healthier', 'fairer', 'clearer', 'nicer']);
      // Agent nouns and comparatives of words not rated positive.
      assert.deepEqual(['helper', 'supporter', 'winner', 'longer', 'harder', 'other', 'number'].filter(comparative), []);
    });

    it('honours exceptions: literal uses are not matched', () => {
      assert.ok(!has('staff on fixed-term contracts', 'strong-effect-verb', 'fixed-term'));
      assert.ok(has('data platforms will fix unwarranted variation', 'strong-effect-verb', 'fix'));
      assert.ok(!has('Funding is fixed at £5m for three years', 'strong-effect-verb', 'fixed'));
      assert.ok(!has('support for key workers', 'hype', 'key'));
      assert.ok(!has('The strategy is all about making services simpler', 'absolute', 'all'));
      assert.ok(has('a key priority', 'hype', 'key'));
      assert.ok(!has('a systematic review found', 'hype', 'systematic'));
      assert.ok(!has('patients in critical care', 'hype', 'critical'));
      assert.ok(!has('the health and care system', 'technology', 'system'));
      assert.ok(has('the system alerts staff', 'technology', 'system'));
      // Going online is what people do; an online service is a tool.
      assert.ok(!has('many people are more inclined to go online next time', 'technology', 'online'));
      assert.ok(!has('we help residents get online', 'technology', 'online'));
      assert.ok(has('residents can apply online', 'technology', 'online'));
      // People, their roles and skills are not tools.
      assert.ok(!has('we will develop digital skills across the workforce', 'technology', 'digital'));
      assert.ok(!has('a pool of technology experts', 'technology', 'technology'));
      assert.ok(has('a digital service for residents', 'technology', 'digital service'));
    });

    it('silences hype, intensifiers, absolutes and plain-English matches on the allow list only', () => {
      const allowing = compileLexicons(builtInLexicons(), { allow: ['seamless', 'Key Stage', 'every'] });
      assert.ok(!has('a seamless service', 'hype', 'seamless', allowing));
      assert.ok(has('a seamless service', 'hype', 'seamless'));
      assert.ok(!has('every patient', 'absolute', 'every', allowing));
      assert.ok(has('every patient', 'people', 'patient', allowing));
      // A phrase on the list covers the words inside it, and nothing else.
      assert.ok(!has('pupils at key stage 2', 'hype', 'key', allowing));
      assert.ok(has('a key priority', 'hype', 'key', allowing));
    });

    it('switches outcome packs on and off, keeping general always', () => {
      const generalOnly = compileLexicons(builtInLexicons(), { packs: [] });
      assert.ok(!has('fewer readmissions', 'outcome', 'readmissions', generalOnly));
      assert.ok(has('fewer readmissions', 'outcome', 'readmissions'));
      assert.ok(has('lower costs', 'outcome', 'costs', generalOnly));
      const health = compileLexicons(builtInLexicons(), { packs: ['health'] });
      assert.ok(has('fewer readmissions', 'outcome', 'readmissions', health));
      assert.ok(!has('shorter processing times', 'outcome', 'processing times', health));
      assert.equal(lexicon().entriesOf('outcome').find((e) => e.term === 'readmissions')?.domain, 'system-flow');
    });

    it('lets a later lexicon replace a built-in entry and add new ones', () => {
      const custom: LexiconFile = {
        name: 'ours',
        description: 'test',
        pack: 'general',
        sources: { us: { title: 'Us', url: 'https://example.org' } },
        entries: [
          { term: 'seamless', kind: 'hype', source: 'us', strength: 'weak', alternatives: ['joined up'] },
          { term: 'CarePoint', kind: 'technology', source: 'us' },
        ],
      };
      const lex = compileLexicons([...builtInLexicons(), custom], {});
      const seamless = lex.entriesOf('hype').filter((e) => e.term === 'seamless');
      assert.equal(seamless.length, 1);
      assert.deepEqual(seamless[0].alternatives, ['joined up']);
      assert.equal(lex.sourceOf(seamless[0])?.title, 'Us');
      assert.ok(has('CarePoint will help', 'technology', 'CarePoint', lex));
    });

    it('reports no match nested inside another of the same kind, and positions are token indices', () => {
      const tokens = tokenize('Waiting times and waiting lists');
      const outcomes = lexicon().match(tokens).filter((m) => m.kind === 'outcome');
      assert.deepEqual(outcomes.map((m) => [m.startToken, m.endToken]), [[0, 2], [3, 5]]);
    });

    it('treats terms as words, never as patterns', () => {
      const custom: LexiconFile = {
        name: 'regexy',
        description: 'terms that look like regular expressions',
        pack: 'general',
        sources: { t: { title: 'test', url: 'https://example.org' } },
        entries: [{ term: '(a+)+$', kind: 'hype', source: 't' }, { term: '.*', kind: 'hype', source: 't' }],
      };
      const lex = compileLexicons([custom], {});
      assert.deepEqual(matchesIn(`${'a'.repeat(50_000)}!`, lex), []);
      assert.deepEqual(matchesIn('anything at all', lex), []);
      assert.ok(has('x (a+)+$ y', 'hype', '( a + ) + $', lex));
    });

    it('matches about 200,000 tokens, each copy of a document alike', function () {
      // Speed is measured by `npm run bench`, not here; this checks that matching a large input
      // ends (mocha's timeout bounds it) and finds in N copies exactly N times what it finds in
      // one. The text is the repository's own sample, so the test needs nothing outside it.
      this.timeout(60_000);
      const sample = readFileSync(join(ROOT, 'examples', 'draft-strategy.md'), 'utf8');
      const lex = lexicon();
      const one = tokenize(`${sample}\n`);
      const once = lex.match(one).length;
      const copies = Math.ceil(200_000 / one.length);
      const tokens = tokenize(`${sample}\n`.repeat(copies));
      assert.ok(tokens.length >= 200_000, `${tokens.length} tokens`);
      assert.ok(once > 30);
      assert.equal(lex.match(tokens).length, once * copies);
    });
  });

  describe('checkLexiconFile', () => {
    const base = () => ({
      name: 'test',
      description: 'a test lexicon',
      pack: 'general',
      sources: { mine: { title: 'Mine', url: 'https://example.org/mine' } },
      entries: [
        { term: 'shiny', kind: 'hype', source: 'mine' },
        { term: 'gleaming', kind: 'hype', source: 'mine' },
        { term: 'polished', kind: 'hype', source: 'mine' },
        { term: 'glossy', kind: 'hype', source: 'mine' },
      ] as Array<Record<string, unknown>>,
    });

    it('accepts a valid file as it is', () => {
      const result = checkLexiconFile(base(), 'mine.json');
      assert.deepEqual(result.problems, []);
      assert.equal(result.file?.entries.length, 4);
    });

    it('names a wrong kind with the JSON pointer and the kinds allowed, and keeps the other entries', () => {
      const json = base();
      json.entries[3].kind = 'buzzword';
      const result = checkLexiconFile(json, 'mine.json');
      assert.equal(result.problems.length, 1);
      assert.deepEqual(result.problems[0], {
        file: 'mine.json',
        path: '/entries/3/kind',
        message: `entries/3/kind must be one of: ${LEXICON_KINDS.join(', ')}`,
      });
      assert.deepEqual(result.file?.entries.map((e) => e.term), ['shiny', 'gleaming', 'polished']);
    });

    it('names a missing term', () => {
      const json = base();
      delete json.entries[0].term;
      const result = checkLexiconFile(json, 'mine.json');
      assert.deepEqual(result.problems.map((p) => [p.path, p.message]), [['/entries/0', "entries/0 is missing 'term'"]]);
      assert.equal(result.file?.entries.length, 3);
    });

    it('requires a domain on outcomes, a known source, and terms with words in them', () => {
      const json = base();
      json.entries[0] = { term: 'waiting times', kind: 'outcome', source: 'mine' };
      json.entries[1].source = 'theirs';
      json.entries[2].term = ' -- ';
      const result = checkLexiconFile(json, 'mine.json');
      assert.deepEqual(result.problems.map((p) => [p.path, p.message]), [
        ['/entries/0', "entries/0 is missing 'domain'"],
        ['/entries/1/source', "entries/1/source 'theirs' is not one of this file's sources (mine)"],
      ]);
      assert.equal(result.file?.entries.length, 2);
      // ' -- ' is two symbol tokens, so it has something to match; whitespace alone does not.
      const blank = base();
      blank.entries[0].term = '   ';
      assert.deepEqual(checkLexiconFile(blank, 'mine.json').problems.map((p) => p.message), ["entries/0/term '   ' has no words or symbols to match"]);
    });

    it('warns of an unknown property but keeps the entry', () => {
      const json = base();
      json.entries[1].alternative = ['bright'];
      const result = checkLexiconFile(json, 'mine.json');
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0].path, '/entries/1/alternative');
      assert.match(result.problems[0].message, /^entries\/1 has an unknown property 'alternative'; the known ones are: term, kind, source/);
      assert.equal(result.file?.entries.length, 4);
    });

    it('fills defaults for spoilt top-level settings and rejects non-objects', () => {
      const json = { ...base(), pack: 'finance', name: 7 };
      const result = checkLexiconFile(json, 'dir/mine.json');
      assert.deepEqual(result.problems.map((p) => p.path).sort(), ['/name', '/pack']);
      assert.equal(result.file?.pack, 'general');
      assert.equal(result.file?.name, 'mine');
      assert.equal(checkLexiconFile([], 'x.json').file, undefined);
      assert.equal(checkLexiconFile('words', 'x.json').problems[0].path, '');
    });

    it('does not modify its input', () => {
      const json = base();
      json.entries[3].kind = 'buzzword';
      const before = JSON.stringify(json);
      checkLexiconFile(json, 'mine.json');
      assert.equal(JSON.stringify(json), before);
    });
  });
});
