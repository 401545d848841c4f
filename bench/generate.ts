// Deterministic generator of strategy-like Markdown for `npm run bench`.
//
// The text is assembled from the word lists below with a seeded PRNG (mulberry32), so the same
// (bytes, seed) always gives the same document. It mixes the kinds of sentence Realist judges
// (techno-optimistic claims, feature talk, measured outcomes, hedged and evidenced claims, problem
// statements, neutral prose) with the Markdown it must skip or map through (front matter, code,
// inline code, links, emphasis, tables, lists, block quotes, HTML comments, entities, non-ASCII).
// Nothing here is copied from ../shared/corpus: the sentences are built from components.

export interface GenerateOptions {
  /** Target size in UTF-8 bytes. The document stops at the first block boundary at or past it. */
  bytes: number;
  /** PRNG seed; the default gives the documents the published figures were measured on. */
  seed?: number;
  /** Include the YAML front matter block at the top (default true). */
  frontMatter?: boolean;
}

/** A small, fast, seedable PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Component word lists

const TECH_SUBJECTS = [
  'The new platform', 'AI', 'Artificial intelligence', 'The digital front door', 'Our data platform',
  'Automation', 'The shared care record', 'Machine learning', 'The patient portal', 'Remote monitoring',
  'Robotic process automation', 'The integrated analytics hub', 'The new electronic patient record',
  'Predictive analytics', 'The cloud migration', 'The population health management tool',
  'Virtual wards', 'The single sign-on service', 'Ambient voice technology', 'The digital pathway',
  'The new booking app', 'Generative AI', 'The federated data platform', 'The chatbot',
];
const PROGRAMME_SUBJECTS = [
  'The programme', 'This strategy', 'The transformation portfolio', 'Our workforce plan',
  'The improvement programme', 'The digital strategy', 'The modernisation plan', 'Phase two',
  'The partnership', 'The new operating model',
];
const ORG_SUBJECTS = [
  'We', 'The trust', 'The integrated care board', 'The council', 'Our partners', 'The ICB',
  'Each provider', 'The region', 'The directorate', 'The collaborative',
];
const PEOPLE_SUBJECTS = [
  'Clinicians', 'Frontline staff', 'Patients', 'Carers', 'Residents', 'GPs', 'Care coordinators',
  'Nurses on the wards', 'Pharmacists', 'Social workers',
];
const OPTIMISTIC_VERBS_ANY = ['will transform', 'will revolutionise', 'will radically reshape', 'is set to transform', 'will finally tackle'];
const OPTIMISTIC_VERBS_BAD = [
  'will eliminate', 'will fix', 'will solve', 'will significantly reduce', 'will unblock', 'will end',
  'will dissolve', 'will slash', 'will remove',
];
const OPTIMISTIC_VERBS_GOOD = [
  'will unlock', 'will dramatically improve', 'will guarantee', 'will massively improve', 'will free up',
  'will supercharge', 'will maximise',
];
const CAPABILITY_VERBS = [
  'enables', 'offers', 'provides', 'supports', 'delivers', 'integrates with', 'gives access to',
  'brings together', 'connects', 'automates',
];
const DEPLOYMENT_VERBS = [
  'will deploy', 'will roll out', 'will implement', 'will launch', 'will adopt', 'will procure',
  'will introduce', 'will migrate to', 'will embed',
];
/** Outcomes one wants less of (reduce, cut, eliminate) and more of (improve, raise, unlock). */
const BAD_OUTCOMES = [
  'waiting times', 'the elective backlog', 'emergency readmissions', 'unwarranted variation',
  'discharge delays', 'length of stay', 'health inequalities', 'avoidable harm',
  'ambulance handover delays', 'missed appointments', 'administrative burden', 'the cost of care',
  'bed occupancy', 'time to treatment', 'paperwork for frontline staff',
];
const GOOD_OUTCOMES = [
  'patient flow', 'staff time', 'early diagnosis', 'access to care', 'outcomes for residents',
  'productivity', 'the experience of care', 'quality of life', 'continuity of care',
];
const OUTCOMES = [...BAD_OUTCOMES, ...GOOD_OUTCOMES];
const FEATURES = [
  'real-time dashboards', 'a single view of the patient', 'self-service booking', 'automated triage',
  'interoperable APIs', 'predictive risk scores', 'secure messaging', 'a unified data model',
  'digital consent forms', 'remote consultations', 'natural-language search', 'mobile access',
  'role-based access', 'electronic prescribing', 'analytics at the point of care',
];
const HYPE = [
  'seamless', 'world-class', 'cutting-edge', 'game-changing', 'innovative', 'best-in-class',
  'next-generation', 'revolutionary', 'state-of-the-art', 'transformational', 'groundbreaking',
  'holistic', 'robust', 'leading-edge', 'truly joined-up',
];
const INTENSIFIERS = ['significantly', 'dramatically', 'massively', 'radically', 'substantially', 'hugely'];
const ABSOLUTES = ['every patient', 'all residents', 'every clinician', 'all services', 'everyone'];
const HEDGES = [
  'is expected to', 'may', 'could', 'aims to', 'is intended to', 'should', 'is likely to',
  'is designed to', 'has the potential to',
];
const EFFECT_VERBS_BAD = ['reduce', 'shorten', 'lower', 'cut'];
const EFFECT_VERBS_GOOD = ['improve', 'increase', 'raise', 'protect'];
const METRICS: Array<{ name: string; unit: string; lo: number; hi: number; down: boolean }> = [
  { name: 'median wait for a first outpatient appointment', unit: 'weeks', lo: 6, hi: 30, down: true },
  { name: 'median wait', unit: 'weeks', lo: 6, hi: 30, down: true },
  { name: 'the 18-week referral-to-treatment rate', unit: '%', lo: 55, hi: 92, down: false },
  { name: 'emergency readmissions within 30 days', unit: '%', lo: 6, hi: 16, down: true },
  { name: 'average length of stay', unit: 'days', lo: 3, hi: 11, down: true },
  { name: 'the did-not-attend rate', unit: '%', lo: 4, hi: 14, down: true },
  { name: 'the proportion of cancers diagnosed at stage 1 or 2', unit: '%', lo: 48, hi: 75, down: false },
  { name: 'the staff vacancy rate', unit: '%', lo: 5, hi: 15, down: true },
  { name: 'mean ambulance handover time', unit: 'minutes', lo: 15, hi: 75, down: true },
  { name: 'delayed discharges per day', unit: 'patients', lo: 20, hi: 140, down: true },
  { name: 'falls with harm per 1,000 bed days', unit: 'falls', lo: 1, hi: 9, down: true },
  { name: 'the share of repeat prescriptions ordered online', unit: '%', lo: 10, hi: 70, down: false },
  { name: 'clinician time spent on documentation', unit: 'hours a week', lo: 4, hi: 16, down: true },
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
const POPULATIONS = [
  'for adults referred in the north locality', 'for children and young people',
  'across the three acute trusts', 'for people over 75', 'in the most deprived quintile',
  'for patients on the orthopaedic waiting list', 'across all 42 practices',
  'for care home residents', 'for people with two or more long-term conditions',
];
const DATA_SOURCES = [
  'RTT data', 'the SUS+ dataset', 'the national patient survey', 'ward rosters',
  'the Emergency Care Data Set', 'the cancer outcomes dataset', 'local audit data',
  'the staff survey', 'ambulance service handover records',
];
const OWNERS = [
  'the chief operating officer', 'the director of nursing', 'the programme director',
  'the chief digital officer', 'the medical director', 'the place-based partnership lead',
];
const CITATIONS = [
  '(NHS England, 2024)', '[3]', '[12]', '(Care Quality Commission, 2023)', '(King’s Fund, 2022)',
  '(Office for National Statistics, 2024)', '(independent evaluation, 2023)', '[^1]', '[^2]',
];
const NEUTRAL_SENTENCES = [
  'The board meets quarterly to review progress against this plan.',
  'Section 4 sets out the governance arrangements.',
  'This document was prepared with input from clinical and operational leads.',
  'Terms used in this strategy are defined in the glossary.',
  'The plan covers the financial years 2025/26 to 2027/28.',
  'Responsibilities are summarised in the table below.',
  'Each workstream reports to the steering group.',
  'A full list of stakeholders is given in appendix B.',
  'The strategy should be read alongside the estates plan.',
  'Comments on this draft are welcome until the end of the consultation period.',
];
const NEUTRAL_TEMPLATES = [
  '{org} {neutralVerb} {neutralObject} {when}.',
  'In {year}, {org_l} {neutralVerb} {neutralObject}.',
  '{org} will publish {neutralObject} {when}.',
];
const NEUTRAL_VERBS = ['reviewed', 'agreed', 'published', 'consulted on', 'updated', 'discussed'];
const NEUTRAL_OBJECTS = [
  'its estates plan', 'the terms of reference', 'the risk register', 'a summary of responses',
  'the annual report', 'the data protection impact assessment', 'its procurement timetable',
  'the communications plan', 'a glossary of terms',
];
const PROBLEMS = [
  'Demand for {service} has grown faster than capacity since {year}.',
  'Recruitment to {role} posts remains difficult, with {n} vacancies at the last count.',
  '{service} is constrained by the number of available beds.',
  'Funding for {service} is fixed until {year}, which limits what can change quickly.',
  'Many of our buildings are more than {n} years old and costly to maintain.',
  'Referrals to {service} rose by {n}% in the last two years.',
  'Data quality varies between providers, so some comparisons are unreliable.',
];
const SERVICES = [
  'community mental health services', 'diagnostic imaging', 'urgent and emergency care',
  'elective orthopaedics', 'district nursing', 'children’s services', 'primary care',
  'outpatient dermatology', 'stroke rehabilitation', 'adult social care',
];
const ROLES = ['nursing', 'radiography', 'pharmacy', 'GP', 'social work', 'paramedic', 'data science'];
const HEADINGS = [
  'Our vision', 'Where we are now', 'What we will do', 'Digital and data', 'Workforce',
  'Urgent and emergency care', 'Planned care', 'Population health', 'How we will measure success',
  'Risks and constraints', 'Governance', 'Finance', 'Engagement', 'Next steps', 'Estates',
  'Prevention', 'Mental health', 'Children and young people', 'Primary care', 'Partnerships',
];
const LINK_TEXTS = [
  'the national plan', 'our previous strategy', 'the evaluation report', 'the data dictionary',
  'the consultation page', 'the board papers', 'the equality impact assessment',
];
const CODE_SNIPPETS = [
  'SELECT site, median(wait_weeks) FROM rtt WHERE month = \'2025-03\' GROUP BY site;',
  'realist check docs/*.md --format json',
  'curl -s https://example.org/api/v2/metrics?metric=los',
  'export FHIR_BASE=https://fhir.example.nhs.uk/R4',
  '{ "metric": "readmissions_30d", "target": 0.08, "by": "2027-03" }',
  'for site in sites: report(site, wait_weeks)',
];
const INLINE_CODE = ['`wait_weeks`', '`RTT`', '`readmit_30d`', '`los_days`', '`dna_rate`', '`v2.1`'];
const EXTRAS_NON_ASCII = ['café-style drop-in clinics', 'the £4.2m capital bid', 'naïve models', 'Zürich-hosted servers', 'a “one front door” model', '🙂 feedback cards'];

// ---------------------------------------------------------------------------------------------

class Gen {
  constructor(private readonly rnd: () => number) {}
  int(lo: number, hi: number): number { return lo + Math.floor(this.rnd() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.rnd() * xs.length)]!; }
  chance(p: number): boolean { return this.rnd() < p; }
  year(): number { return this.int(2019, 2028); }
  date(): string {
    const r = this.rnd();
    if (r < 0.6) return `${this.pick(MONTHS)} ${this.int(2025, 2029)}`;
    if (r < 0.8) {
      const y = this.int(2025, 2028);
      return `Q${this.int(1, 4)} ${y}/${(y + 1) % 100}`;
    }
    return `the end of ${this.int(2025, 2029)}`;
  }
  pastDate(): string { return `${this.pick(MONTHS)} ${this.int(2021, 2025)}`; }
  /** Two past dates in order, for "between X and Y". */
  pastSpan(): string {
    const y1 = this.int(2019, 2023);
    return `${this.pick(MONTHS)} ${y1} and ${this.pick(MONTHS)} ${this.int(y1 + 1, 2025)}`;
  }
  /** An outcome with a verb that fits its direction ("reduce waiting times", "improve access"). */
  effect(): string {
    return this.chance(0.6)
      ? `${this.pick(EFFECT_VERBS_BAD)} ${this.pick(BAD_OUTCOMES)}`
      : `${this.pick(EFFECT_VERBS_GOOD)} ${this.pick(GOOD_OUTCOMES)}`;
  }
  /** A techno-optimistic verb phrase and its object ("will eliminate discharge delays"). */
  optimisticPredicate(): string {
    const r = this.rnd();
    if (r < 0.3) return `${this.pick(OPTIMISTIC_VERBS_ANY)} ${this.decorate(this.pick(OUTCOMES))}`;
    if (r < 0.7) return `${this.pick(OPTIMISTIC_VERBS_BAD)} ${this.decorate(this.pick(BAD_OUTCOMES))}`;
    return `${this.pick(OPTIMISTIC_VERBS_GOOD)} ${this.decorate(this.pick(GOOD_OUTCOMES))}`;
  }

  /** Optionally decorate a phrase with emphasis, a link, inline code or an entity. */
  decorate(phrase: string): string {
    const r = this.rnd();
    if (r < 0.06) return `*${phrase}*`;
    if (r < 0.1) return `**${phrase}**`;
    if (r < 0.13) return `[${phrase}](https://example.org/${phrase.toLowerCase().replace(/[^a-z]+/g, '-')})`;
    return phrase;
  }
  lower(s: string): string { return s === 'AI' || s === 'ICB' || s === 'GPs' ? s : s[0]!.toLowerCase() + s.slice(1); }

  measure(metricDown?: boolean): { text: string; metric: (typeof METRICS)[number]; a: number; b: number } {
    const metric = metricDown === undefined ? this.pick(METRICS) : this.pick(METRICS.filter((m) => m.down === metricDown));
    let a = this.int(metric.lo, metric.hi);
    let b = this.int(metric.lo, metric.hi);
    if (a === b) b = metric.down ? Math.max(0, a - 2) : a + 2;
    if (metric.down ? b > a : b < a) [a, b] = [b, a];
    const unit = metric.unit === '%' ? '%' : ` ${metric.unit}`;
    const text = unit !== '%' && this.chance(0.5) ? `from ${a} to ${b}${unit}` : `from ${a}${unit} to ${b}${unit}`;
    return { text, metric, a, b };
  }

  optimistic(): string {
    const subject = this.chance(0.75) ? this.pick(TECH_SUBJECTS) : this.pick(PROGRAMME_SUBJECTS);
    const r = this.rnd();
    if (r < 0.45) return `${subject} ${this.optimisticPredicate()}.`;
    if (r < 0.6) return `${subject} will ${this.pick(INTENSIFIERS)} ${this.effect()}.`;
    if (r < 0.75) return `${subject} will deliver ${this.pick(HYPE)}, ${this.pick(HYPE)} care for ${this.pick(ABSOLUTES)}.`;
    if (r < 0.88) return `With ${this.lower(subject)}, ${this.pick(ABSOLUTES)} will benefit from ${this.pick(HYPE)} services.`;
    return `${subject} ${this.optimisticPredicate()} and ${this.optimisticPredicate().replace(/^(will|is set to) /, '')}.`;
  }

  feature(): string {
    const subject = this.pick(TECH_SUBJECTS);
    const r = this.rnd();
    if (r < 0.4) return `${subject} ${this.pick(CAPABILITY_VERBS)} ${this.decorate(this.pick(FEATURES))} and ${this.pick(FEATURES)}.`;
    if (r < 0.75) return `${this.pick(ORG_SUBJECTS)} ${this.pick(DEPLOYMENT_VERBS)} ${this.lower(this.pick(TECH_SUBJECTS))} ${this.chance(0.5) ? `by ${this.date()}` : 'across the system'}.`;
    return `The ${this.pick(HYPE)} solution ${this.pick(CAPABILITY_VERBS)} ${this.pick(FEATURES)}, ${this.pick(FEATURES)} and ${this.pick(FEATURES)}.`;
  }

  measured(): string {
    const m = this.measure();
    const r = this.rnd();
    const cap = m.metric.name[0]!.toUpperCase() + m.metric.name.slice(1);
    const dir = m.metric.down ? 'fell' : 'rose';
    if (r < 0.35) return `${cap} ${dir} ${m.text} between ${this.pastSpan()}.`;
    if (r < 0.6) return `${this.pick(TECH_SUBJECTS)} is expected to ${m.metric.down ? 'reduce' : 'raise'} ${m.metric.name} ${m.text} by ${this.date()} ${this.pick(POPULATIONS)}, measured by ${this.pick(DATA_SOURCES)}; owner: ${this.pick(OWNERS)}.`;
    if (r < 0.8) return `In a ${this.int(2021, 2024)} pilot across ${this.int(2, 9)} sites, ${m.metric.name} ${dir} ${m.text} ${this.pick(CITATIONS)}.`;
    return `We aim to ${m.metric.down ? 'cut' : 'increase'} ${m.metric.name} ${m.text} by ${this.date()}, tracked monthly in ${this.pick(DATA_SOURCES)}.`;
  }

  hedged(): string {
    const r = this.rnd();
    if (r < 0.5) return `${this.pick(TECH_SUBJECTS)} ${this.pick(HEDGES)} ${this.effect()} ${this.pick(POPULATIONS)}, subject to evaluation.`;
    if (r < 0.8) return `Early evidence suggests that ${this.lower(this.pick(TECH_SUBJECTS))} ${this.pick(HEDGES)} help with ${this.pick(OUTCOMES)} ${this.pick(CITATIONS)}.`;
    return `${this.pick(PEOPLE_SUBJECTS)} told us that ${this.pick(OUTCOMES)} matters more to them than ${this.pick(FEATURES)}.`;
  }

  problem(): string {
    return this.pick(PROBLEMS)
      .replace('{service}', this.pick(SERVICES))
      .replace('{service}', this.pick(SERVICES))
      .replace('{role}', this.pick(ROLES))
      .replace('{year}', String(this.year()))
      .replace('{n}', String(this.int(3, 60)));
  }

  neutral(): string {
    if (this.chance(0.4)) return this.pick(NEUTRAL_SENTENCES);
    const org = this.pick(ORG_SUBJECTS);
    return this.pick(NEUTRAL_TEMPLATES)
      .replace('{org}', org)
      .replace('{org_l}', this.lower(org))
      .replace('{neutralVerb}', this.pick(NEUTRAL_VERBS))
      .replace('{neutralObject}', this.chance(0.15) ? `${this.pick(NEUTRAL_OBJECTS)} (see ${this.pick(INLINE_CODE)})` : this.pick(NEUTRAL_OBJECTS))
      .replace('{when}', this.chance(0.5) ? `in ${this.pick(MONTHS)}` : `by ${this.date()}`)
      .replace('{year}', String(this.year()));
  }

  sentence(): string {
    const r = this.rnd();
    let s: string;
    if (r < 0.24) s = this.optimistic();
    else if (r < 0.38) s = this.feature();
    else if (r < 0.56) s = this.measured();
    else if (r < 0.68) s = this.hedged();
    else if (r < 0.8) s = this.problem();
    else s = this.neutral();
    if (this.chance(0.03)) s = s.replace(/\.$/, ` &mdash; including ${this.pick(EXTRAS_NON_ASCII)}.`);
    if (this.chance(0.02)) s = s.replace(/\.$/, ` (see ${this.pick(INLINE_CODE)}).`);
    return s;
  }

  paragraph(): string {
    const n = this.int(2, 7);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    // Occasionally a hard line break or a soft wrap inside the paragraph.
    if (out.length > 3 && this.chance(0.2)) return `${out.slice(0, 2).join(' ')}\n${out.slice(2).join(' ')}`;
    return out.join(' ');
  }

  bulletList(): string {
    const n = this.int(3, 7);
    const ordered = this.chance(0.3);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const marker = ordered ? `${i + 1}.` : this.chance(0.5) ? '-' : '*';
      const item = this.chance(0.3) ? `**${this.pick(HEADINGS)}:** ${this.sentence()}` : this.sentence();
      lines.push(`${marker} ${item}`);
      if (this.chance(0.15)) lines.push(`${' '.repeat(marker.length + 1)}- ${this.sentence()}`);
    }
    return lines.join('\n');
  }

  table(): string {
    const rows = this.int(3, 6);
    const lines = ['| Measure | Baseline | Target | By | Owner |', '| --- | ---: | ---: | --- | --- |'];
    for (let i = 0; i < rows; i++) {
      const m = this.measure();
      const unit = m.metric.unit === '%' ? '%' : ` ${m.metric.unit}`;
      lines.push(`| ${m.metric.name} | ${m.a}${unit} | ${m.b}${unit} | ${this.date()} | ${this.pick(OWNERS)} |`);
    }
    if (this.chance(0.4)) lines.push(`| ${this.pick(OUTCOMES)} | ${this.pick(HYPE)} | ${this.pick(INTENSIFIERS)} better | soon | tbc |`);
    return lines.join('\n');
  }

  code(): string {
    const lang = this.pick(['sql', 'sh', 'json', 'python', '']);
    const n = this.int(1, 4);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(this.pick(CODE_SNIPPETS));
    return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
  }

  quote(): string {
    const who = this.pick(PEOPLE_SUBJECTS).replace(/s$/, '');
    return `> ${this.sentence()} ${this.sentence()}\n>\n> — ${who}, engagement event, ${this.pastDate()}`;
  }

  linkLine(): string {
    const text = this.pick(LINK_TEXTS);
    return `For background, see [${text}](https://example.org/docs/${text.replace(/\W+/g, '-')}?ref=strategy&v=${this.int(1, 9)}) and <https://example.org/${this.int(100, 999)}>.`;
  }
}

/**
 * Strategy-like Markdown of about `bytes` UTF-8 bytes (it stops at the first block boundary at
 * or past the target, so it is at most one block longer).
 */
export function generateStrategyMarkdown(options: GenerateOptions): string {
  const g = new Gen(mulberry32(options.seed ?? 20250301));
  const blocks: string[] = [];
  let bytes = 0;
  const push = (b: string): void => {
    blocks.push(b);
    bytes += Buffer.byteLength(b, 'utf8') + 2;
  };
  if (options.frontMatter !== false) {
    push(
      `---\ntitle: "${g.pick(HEADINGS)} strategy ${g.int(2025, 2028)}–${g.int(29, 32)}"\nauthor: ${g.pick(OWNERS)}\nstatus: draft\ntags: [strategy, digital, ${g.pick(['health', 'care', 'data'])}]\n---`,
    );
  }
  push(`# ${g.pick(HEADINGS)}: a strategy for ${g.int(2025, 2027)} to ${g.int(2028, 2031)}`);
  let section = 0;
  while (bytes < options.bytes) {
    section++;
    push(`## ${section}. ${g.pick(HEADINGS)}`);
    const blocksInSection = g.int(4, 10);
    for (let i = 0; i < blocksInSection && bytes < options.bytes; i++) {
      const k = g.int(0, 99);
      if (k < 52) push(g.paragraph());
      else if (k < 66) push(g.bulletList());
      else if (k < 72) push(g.table());
      else if (k < 77) push(g.code());
      else if (k < 82) push(g.quote());
      else if (k < 87) push(g.linkLine());
      else if (k < 93) push(`### ${g.pick(HEADINGS)}`);
      else if (k < 96) push(`<!-- ${g.pick(['TODO', 'NOTE', 'Reviewer'])}: ${g.neutral()} -->`);
      else if (k < 98) push('---');
      else push(`[^${g.int(1, 2)}]: ${g.pick(LINK_TEXTS)} ${g.pick(CITATIONS).replace(/\[\^?\d+\]/, '(2024)')}.`);
    }
  }
  return blocks.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Bad inputs (issue 2, "Bad input"): each must end with findings or a clear message.

export type BadInputName =
  | '5mb'
  | 'single-line-200kb'
  | 'nested-quotes-1000'
  | 'nested-lists-1000'
  | 'nested-list-lines-300'
  | 'binary-100kb';

export interface BadInput {
  name: BadInputName;
  description: string;
  /** Also time remark-parse on it, for reference (off where that alone takes most of a minute). */
  reference: boolean;
}

export const BAD_INPUTS: BadInput[] = [
  { name: '5mb', description: '5 MB generated strategy document', reference: false },
  { name: 'single-line-200kb', description: '200 KB on a single line (no newline)', reference: true },
  { name: 'nested-quotes-1000', description: "1,000 nested block quotes ('> '.repeat(1000) + 'text')", reference: true },
  { name: 'nested-lists-1000', description: "1,000 nested lists ('- '.repeat(1000) + 'text')", reference: true },
  { name: 'nested-list-lines-300', description: '300 nested list items, one a line, each 2 spaces deeper (~90 KB)', reference: true },
  { name: 'binary-100kb', description: '100 KB of random bytes decoded as UTF-8 (U+FFFD, NULs, controls)', reference: true },
];

export function generateBadInput(name: BadInputName): string {
  switch (name) {
    case '5mb':
      return generateStrategyMarkdown({ bytes: 5 * 1024 * 1024, seed: 5 });
    case 'single-line-200kb': {
      // Sentences joined by spaces, no newline anywhere: one huge paragraph.
      const src = generateStrategyMarkdown({ bytes: 260 * 1024, seed: 200, frontMatter: false });
      const flat = src.replace(/\s+/g, ' ');
      return flat.slice(0, 200 * 1024);
    }
    case 'nested-quotes-1000':
      return '> '.repeat(1000) + 'text';
    case 'nested-lists-1000':
      return '- '.repeat(1000) + 'text';
    case 'nested-list-lines-300': {
      // Deep indentation costs remark-parse far more than its byte count suggests
      // (1,000 such lines, about 1 MB, take it most of a minute here).
      const lines: string[] = [];
      for (let i = 0; i < 300; i++) lines.push(`${'  '.repeat(i)}- AI will transform item ${i}`);
      return lines.join('\n') + '\n';
    }
    case 'binary-100kb': {
      const rnd = mulberry32(100);
      const buf = Buffer.alloc(100 * 1024);
      for (let i = 0; i < buf.length; i++) buf[i] = Math.floor(rnd() * 256);
      return buf.toString('utf8');
    }
  }
}

// `node --import tsx bench/generate.ts 100000 [seed]` prints a document, for eyeballing.
if (require.main === module) {
  const bytes = Number(process.argv[2] ?? 10_000);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  process.stdout.write(generateStrategyMarkdown({ bytes, seed }));
}
