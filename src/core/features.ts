// Interpretable features of a claim profile, each a number in [0, 1]. The claim model weighs them
// (model.ts); their names are the keys of the fitted weights file, so renaming one means refitting.
//
// The analyser computes them for every sentence, so they are written into a Float64Array in a
// fixed order (FEATURE_INDEX) rather than into an object with ~70 string keys, and the model's
// weights are compiled to the same order. featuresOf() gives the names-based view that fitting
// and evaluation (scripts/model) read; both views hold the same numbers.
import type { LexiconMatch } from './lexicon';
import type { ClaimProfile } from './profile';
import { startsUpper, type Token } from './words';
import { statesAnAim } from './statedAim';
import { helpsToAGood } from './helpedAction';
import { reportsUsage } from './usageStatistic';
import { statesAConstraint } from './constraintStatement';
import { claimsForEveryCase } from './universalBenefit';
import { outcomeAsSubject } from './outcomeAsSubject';
import { problemAsserted } from './problemAsserted';
import { promisesToEveryone } from './promiseToEveryone';
import { toolOutsideMainClause } from './toolOutsideMainClause';
import { administrativeAction } from './administrativeAction';
import { startsIn, startsNear } from './matchPlaces';

export type FeatureVector = Record<string, number>;

/** Every feature and its slot in the vector. The order is the order of featuresOf()'s keys. */
export const FEATURE_INDEX = {
  tech: 0, techSubject: 1, programme: 2, programmeSubject: 3, organisationSubject: 4, peopleSubject: 5,
  people: 6, firstPerson: 7, capability: 8, deployment: 9, effect: 10, strongEffect: 11, aspiration: 12,
  governance: 13, benefit: 14, outcome: 15, comparative: 16, effectOnOutcome: 17, quantity: 18, percent: 19,
  money: 20, date: 21, timeframe: 22, fromTo: 23, metric: 24, anchored: 25, future: 26, ability: 27,
  hedge: 28, booster: 29, intensifier: 30, hypeStrong: 31, hypeWeak: 32, absolute: 33, plainEnglish: 34,
  evidence: 35, citation: 36, problem: 37, critique: 38, expectation: 39, negated: 40, question: 41,
  conditional: 42, pastReport: 43, quoted: 44, list: 45, contrast: 46, short: 47, long: 48,
  // Interactions the guide's decision order turns on.
  toolCapability: 49, capabilityNoOutcome: 50, benefitUnanchored: 51, outcomeUnanchored: 52,
  futureEffect: 53, strongUnhedged: 54, hypeOfTool: 55, absoluteBenefit: 56, futureToolEffect: 57,
  aspirationBenefit: 58, dateOnly: 59, hedges2: 60, hypeWeak2: 61, peopleAbility: 62,
  capabilityPresent: 63, techDense: 64, namedSubject: 65, outcomes2: 66, techCapability: 67,
  organisationDeployment: 68, futureTense: 69, objectTechnology: 70, objectOutcome: 71, objectPeople: 72,
  // From the main clause's shape (clause.ts).
  labelled: 73, verbDeployment: 74, deployTool: 75,
  // A particular tool, system or product is named, not only a field ("digital", "AI"); a verb of a
  // particular function ("displays", "transcribes"), not only of enabling ("enables", "gives").
  concreteTool: 76, toolFunction: 77,
  // An outcome with a percentage or a "from X to Y": the guide's measured outcome.
  measuredOutcome: 78,
  // Words a published list rates as positive (valence.ts): a benefit said in everyday words.
  positiveWords: 79,
  // An intensifier sizing a change, with no number, denial or condition: read by the decision
  // order in model.ts, not weighed.
  sizedChange: 80,
  // Every claim word lies in an indirect question ("test whether it reduces readmissions"): read
  // by the decision order in model.ts, not weighed.
  inOpenQuestion: 81,
  // A problem word in the subject and no effect verb ("Risks include ...", "The main barriers
  // are ..."): a problem statement, read by the decision order in model.ts, not weighed.
  problemStatement: 82,
  // A claim made on a condition ("will save money if demand falls", "unless it is reformed"): the
  // guide's conditional logic, read by the decision order in model.ts, not weighed.
  onCondition: 83,
  // A superlative of quality against an unlimited field ("the best ... ever", "leading nations
  // globally"), with no figure, hedge, denial, condition, question or critique: read by the
  // decision order in model.ts, not weighed.
  recordClaim: 84,
  // The main predicate (the first claim verb after the subject) is a capability or deployment
  // verb: the sentence is about what something does or that it is rolled out.
  predicateCapability: 85,
  // A stated aim ("our mission", "the goals of the strategy") in positive words, with no figure,
  // denial, condition, question or critique: the guide's "aims in mission statements are
  // unmeasured", read by the decision order in model.ts, not weighed.
  statedAim: 86,
  // A change claimed in hype or transformation words ("will transform how we provide services",
  // "a game-changing platform"), hedged or not, with no figure, denial, problem or past report:
  // the guide's optimistic claim "usually paired with unmeasured", read by the decision order in
  // model.ts, not weighed.
  hypedChange: 87,
  // A benefit noun that a verb of delivering produces ("make a real difference", "bring value to
  // the whole ecosystem", "deliver benefits"), with no figure, denial or problem: a benefit
  // claimed, read by the decision order in model.ts, not weighed.
  deliveredBenefit: 88,
  // A promise to every person ("no one will be left behind", "everyone who can will choose to"),
  // in the future or as an aim, with no hedge, figure, problem, condition, question, critique or
  // past report: the guide's absolute "attached to a benefit or aim", optimistic whatever the
  // score; read by the decision order in model.ts, not weighed.
  promiseToEveryone: 89,
  // "help" with a bare verb ("helps keep information safe", "help people manage their own
  // health"), with no figure, denial or question: a benefit claimed for someone (helpedAction.ts),
  // read by the decision order in model.ts, not weighed.
  helpedAction: 90,
  // An effect verb acting on a named outcome ("AI can cut the time it takes to turn reports
  // around", "reduce operating costs"), with no figure, denial, problem or past report: a change
  // in an outcome claimed without saying by how much; read by the decision order in model.ts,
  // not weighed.
  changedOutcome: 91,
  // A quality that sells what a tool does ("real-time", "24/7", "automatically", "notifications"):
  // the lexicon's tool-feature kind, the mark of a sentence about the tool rather than about what
  // changes for anyone.
  toolFeature: 92,
  // A document describing its own scope ("This strategy does not cover ...", "This section
  // describes the shared platforms"): the guide's scope statement, no feature talk
  // (scopeStatement.ts); read by the decision order in model.ts, not weighed.
  scopeStatement: 93,
  // Words a published list rates as negative (valence.ts): a tool named among them is a risk, a
  // problem or a critique ("could isolate or exclude people", "not well suited"), not a feature sold.
  negativeWords: 94,
  // A count of use ("2,010,203 visits", "logged into over 19 million times") stated as a fact: the
  // guide's usage statistic, none (usageStatistic.ts); read by the decision order in model.ts,
  // not weighed.
  usageStatistic: 95,
  // A good that evidence is said to show, with no figure ("pilots show promising gains", "studies
  // show reductions in readmissions"): the guide's reported benefit, still unmeasured
  // (reportedBenefit.ts); read by the decision order in model.ts, not weighed.
  reportedBenefit: 96,
  // The main clause denies its verb or says its subject is a problem ("will take time", "does not
  // guarantee improved outcomes"): the guide's constraint or honest admission, none
  // (constraintStatement.ts); read by the decision order in model.ts, not weighed.
  constraintStatement: 97,
  // A benefit claimed for every case ("Every transaction saves time"): an absolute quantifier
  // opening the subject of an effect verb, with no hedge, figure, denial, question, condition,
  // critique or past report (universalBenefit.ts); optimistic, read by the decision order in
  // model.ts, not weighed.
  universalBenefit: 98,
  // A burden lifted ("residents no longer have to repeat their details"), with no figure,
  // question, condition or critique (liftedBurden.ts): unmeasured, read by the decision order in
  // model.ts, not weighed.
  liftedBurden: 99,
  // A technology or programme is named, but neither in the main clause (the head of its subject,
  // its predicate) nor in an opening "through the app" or "with AI in place": the sentence's point
  // is something else ("Once systems are linked, problems with data quality multiply", "An
  // evaluation of the pilot will report in spring"), so no feature talk; read by the decision
  // order in model.ts, not weighed.
  toolOutsideMainClause: 100,
  // The main verb is an administrative action on a document or a body ("adopted a Digital
  // Strategy", "is setting up a digital advisory panel"): the guide's governance, not feature
  // talk; read by the decision order in model.ts, not weighed.
  administrativeAction: 101,
  // A technology sold by a quality of its own ("real-time", "24/7", "single source of truth", "live
  // status"), with no denial, problem or negative word: what a tool is or has, the guide's feature
  // talk; read by the decision order in model.ts, not weighed.
  toolQuality: 102,
} as const;
export type FeatureName = keyof typeof FEATURE_INDEX;
export const FEATURE_NAMES = Object.keys(FEATURE_INDEX) as FeatureName[];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = FEATURE_INDEX;

const NONE: readonly LexiconMatch[] = [];
/** Verbs of change whose object may be people standing for their time: "free up staff". */
const FREEING = new Set(['free', 'free up', 'release']);
const b = (x: boolean): number => (x ? 1 : 0);


/** "The tool produces", "the app lets": a capability verb in the present tense, as vendors write. */
function presentTense(p: ClaimProfile, matches: readonly LexiconMatch[]): boolean {
  for (const m of matches) {
    const lower = p.tokens[m.startToken].lower;
    // /[^s]s$/: ends in one "s" after something else.
    if (m.startToken > 0 && lower.length >= 2 && lower.charCodeAt(lower.length - 1) === 115 && lower.charCodeAt(lower.length - 2) !== 115) {
      return true;
    }
  }
  return false;
}

// What a sentence can claim: a tool's capability or rollout, an effect, a benefit, hype.
const CLAIM_KINDS = new Set(['capability-verb', 'deployment-verb', 'effect-verb', 'strong-effect-verb', 'benefit', 'hype']);

/**
 * Is every claim word inside an indirect question, or the word that asks it ("the pilot will
 * test whether remote monitoring reduces readmissions")? Then the sentence asks; it claims nothing.
 */
function claimsOnlyAsked(p: ClaimProfile): boolean {
  const at = p.context.openQuestionAt;
  if (at < 0) return false;
  // The asking words ("test", "find out", "not yet clear") come up to three tokens before.
  for (const m of p.matches) if (CLAIM_KINDS.has(m.kind) && m.startToken < at - 3) return false;
  return true;
}

const DENYING = new Set(['no', 'not', "n't", 'cannot', 'never', 'nothing', 'unlikely']);

/**
 * A claim made on a condition: "will save money if demand falls", "unless it is reformed", or a
 * necessary condition said as a denial ("no deployment will succeed without trust", "integrated
 * care cannot happen without shared records"), which is "only if" in other words.
 */
function onCondition(tokens: readonly Token[]): boolean {
  let without = false;
  let denial = false;
  for (const t of tokens) {
    if (t.lower === 'if' || t.lower === 'unless') return true;
    if (t.lower === 'without') without = true;
    else if (DENYING.has(t.lower)) denial = true;
  }
  return without && denial;
}

/** The features of a profile, written into `out` (a new vector unless given) in FEATURE_INDEX order. */
export function featureVector(p: ClaimProfile, out: Float64Array = new Float64Array(FEATURE_COUNT)): Float64Array {
  const kinds = p.byKind;
  const techList = kinds.get('technology') ?? NONE;
  const peopleList = kinds.get('people') ?? NONE;
  const capabilityList = kinds.get('capability-verb') ?? NONE;
  const deploymentList = kinds.get('deployment-verb') ?? NONE;
  const effectList = kinds.get('effect-verb') ?? NONE;
  const strongList = kinds.get('strong-effect-verb') ?? NONE;
  const benefitList = kinds.get('benefit') ?? NONE;
  const tech = techList.length > 0;
  const programme = (kinds.get('programme')?.length ?? 0) > 0;
  const toolFeature = (kinds.get('tool-feature')?.length ?? 0) > 0;
  const people = peopleList.length > 0;
  const capability = capabilityList.length > 0;
  const deployment = deploymentList.length > 0;
  const effect = effectList.length > 0;
  const strong = strongList.length > 0;
  const aspiration = (kinds.get('aspiration-verb')?.length ?? 0) > 0;
  const benefit = benefitList.length > 0;
  const outcome = p.outcomes.length > 0;
  const m = p.measure;
  const anchored = m.measured;
  const c = p.certainty;
  const x = p.context;
  const hedged = c.hedges.length > 0;
  const future = c.futureAt >= 0;
  const ability = c.abilityAt >= 0;
  const hypeStrong = c.hypeStrong.length > 0;
  const absolute = c.absolutes.length > 0;
  const benefitClaim = effect || strong || benefit || x.comparative;
  // The first strong-effect verb, else the first effect verb.
  const effectMatch = strong ? strongList[0] : effectList[0];
  const subject = p.subject.kind;
  const actorIsTool = subject === 'technology' || subject === 'programme';
  const tokens = p.tokens;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].type === 'word') words++;
  let namedSubject = false;
  for (let i = 1; i < Math.max(1, p.verbIndex) && i < tokens.length; i++) {
    if (tokens[i].type === 'word' && startsUpper(tokens[i].text)) { namedSubject = true; break; }
  }
  // Does a term of a kind follow the main verb closely ("roll out the app", "cut waiting times")?
  const objectFrom = p.predicate.match ? p.predicate.match.endToken : p.verbIndex;
  const objectTo = objectFrom + 8;

  out[F.tech] = b(tech);
  out[F.techSubject] = b(subject === 'technology');
  out[F.programme] = b(programme);
  out[F.programmeSubject] = b(subject === 'programme');
  out[F.organisationSubject] = b(subject === 'organisation');
  out[F.peopleSubject] = b(subject === 'people');
  out[F.people] = b(people);
  out[F.firstPerson] = b(x.firstPerson);
  out[F.capability] = b(capability);
  out[F.deployment] = b(deployment);
  out[F.effect] = b(effect);
  out[F.strongEffect] = b(strong);
  out[F.aspiration] = b(aspiration);
  out[F.governance] = b((kinds.get('governance-verb')?.length ?? 0) > 0);
  out[F.benefit] = b(benefit);
  out[F.outcome] = b(outcome);
  out[F.comparative] = b(x.comparative);
  out[F.effectOnOutcome] = b(effectMatch !== undefined &&
    (startsNear(p.outcomes, effectMatch.startToken, 8) || startsNear(benefitList, effectMatch.startToken, 8)));
  out[F.quantity] = b(m.quantity);
  out[F.percent] = b(m.percent);
  out[F.money] = b(m.money);
  out[F.date] = b(m.date);
  out[F.timeframe] = b(m.timeframe);
  out[F.fromTo] = b(m.fromTo);
  out[F.metric] = b((kinds.get('metric')?.length ?? 0) > 0);
  out[F.anchored] = b(anchored);
  out[F.future] = b(future);
  out[F.ability] = b(ability);
  out[F.hedge] = b(hedged);
  out[F.booster] = b(c.boosters.length > 0);
  out[F.intensifier] = b(c.intensifiers.length > 0);
  out[F.hypeStrong] = b(hypeStrong);
  out[F.hypeWeak] = b(c.hypeWeak.length > 0);
  out[F.absolute] = b(absolute);
  out[F.plainEnglish] = b((kinds.get('plain-english')?.length ?? 0) > 0);
  out[F.evidence] = b(p.evidence.cues.length > 0);
  out[F.citation] = b(p.evidence.citation);
  out[F.problem] = b(x.problem);
  out[F.critique] = b(x.critique);
  out[F.expectation] = b(x.expectation);
  out[F.negated] = b(x.negated);
  out[F.question] = b(x.question);
  out[F.conditional] = b(x.conditional);
  out[F.pastReport] = b(x.pastReport);
  out[F.quoted] = b(x.quoted);
  out[F.list] = b(x.list);
  out[F.contrast] = b(x.contrast);
  out[F.short] = b(words < 7);
  out[F.long] = b(words > 35);
  out[F.toolCapability] = b((tech || programme) && (capability || deployment));
  out[F.capabilityNoOutcome] = b((capability || deployment) && !outcome && !benefit);
  out[F.benefitUnanchored] = b(benefitClaim && !anchored);
  out[F.outcomeUnanchored] = b(outcome && !anchored);
  out[F.futureEffect] = b(future && (effect || strong));
  // A strong effect verb said without a hedge ("will transform"), or a benefit declared proven or
  // beyond doubt ("AI has been proven to get results"): the guide's unhedged certainty. A denied
  // one ("has not proven") never reaches the profile (matchReading.ts, deniedClaim).
  const provenBenefit = (benefitClaim || outcome) && c.boosters.some((k) => k.entry.strength === 'strong');
  out[F.strongUnhedged] = b((strong || provenBenefit) && !hedged);
  out[F.hypeOfTool] = b(hypeStrong && actorIsTool);
  out[F.absoluteBenefit] = b(absolute && (benefitClaim || outcome));
  out[F.futureToolEffect] = b(future && actorIsTool && (effect || strong));
  out[F.aspirationBenefit] = b(aspiration && (benefitClaim || outcome));
  out[F.dateOnly] = b(m.date && !anchored);
  out[F.hedges2] = b(c.hedges.length >= 2);
  out[F.hypeWeak2] = b(c.hypeWeak.length >= 2);
  out[F.peopleAbility] = b(people && (ability || capability));
  out[F.capabilityPresent] = b(presentTense(p, capabilityList) || presentTense(p, deploymentList));
  out[F.techDense] = b(techList.length >= 2);
  out[F.namedSubject] = b(namedSubject);
  out[F.outcomes2] = b(p.outcomes.length >= 2);
  out[F.techCapability] = b(subject === 'technology' && (p.predicate.kind === 'capability' || p.predicate.kind === 'deployment'));
  out[F.organisationDeployment] = b((subject === 'organisation' || subject === 'programme') && p.predicate.kind === 'deployment');
  out[F.futureTense] = b(future && c.futureAt < p.verbIndex + 3);
  out[F.objectTechnology] = b(startsIn(techList, objectFrom, objectTo) || startsIn(kinds.get('programme') ?? NONE, objectFrom, objectTo));
  out[F.objectOutcome] = b(startsIn(kinds.get('outcome') ?? NONE, objectFrom, objectTo));
  out[F.objectPeople] = b(startsIn(peopleList, objectFrom, objectTo));

  // The main clause: "Smart routing: requests are sent..." (a feature list's label), "roll out the
  // app" / "the app was rolled out" (a rollout of a tool).
  const cl = p.clause;
  const hasVerb = cl.verbAt >= 0;
  const subjectEnd = hasVerb ? cl.groupStart : cl.start;
  const programmeList = kinds.get('programme') ?? NONE;
  const toolInSubject = startsIn(techList, cl.start, subjectEnd) || startsIn(programmeList, cl.start, subjectEnd);
  const verbIsDeployment = hasVerb && deploymentList.some((d) => d.startToken <= cl.verbAt && d.endToken > cl.verbAt);
  const objectTool = hasVerb && (startsIn(techList, cl.verbAt + 1, cl.end) || startsIn(programmeList, cl.verbAt + 1, cl.end));
  out[F.labelled] = b(cl.labelled);
  out[F.verbDeployment] = b(verbIsDeployment);
  out[F.deployTool] = b(verbIsDeployment && (objectTool || (toolInSubject && cl.passive)));
  out[F.concreteTool] = b(techList.some((t) => t.entry.generic !== true));
  out[F.toolFunction] = b(capabilityList.some((v) => v.entry.generic !== true));
  out[F.measuredOutcome] = b(outcome && (m.percent || m.fromTo));
  // Graded: one mildly positive word ("easy", 1) counts a quarter; "help" and "better" (2 each), full.
  out[F.positiveWords] = Math.min(1, p.positiveValence / 4);
  out[F.negativeWords] = Math.min(1, p.negativeValence / 4);
  out[F.inOpenQuestion] = b(claimsOnlyAsked(p));
  out[F.onCondition] = b(onCondition(tokens));
  out[F.problemStatement] = b(startsIn(kinds.get('problem') ?? NONE, 0, p.verbIndex) && !effect && !strong);
  out[F.recordClaim] = b(c.record !== undefined);
  out[F.statedAim] = b(statesAnAim(tokens) && !m.measured && !m.quantity && !x.negated && !x.critique && !x.question && !x.conditional);
  // The two claims below are unmeasured only with no figure, denial or problem word to qualify them.
  const problemStands = problemAsserted(tokens, kinds);
  const unqualified = !anchored && !m.quantity && !m.percent && !x.deniedAtEnd && !problemStands;
  out[F.hypedChange] = b((strong || hypeStrong) && unqualified && !x.pastReport);
  out[F.deliveredBenefit] = b(unqualified && p.benefitShapes.delivered !== undefined);
  // With a problem word the "good" may be the problem's growth: "the review found that the backlog
  // keeps growing".
  out[F.reportedBenefit] = b(p.benefitShapes.reported !== undefined && unqualified && !x.question && !x.conditional);
  out[F.promiseToEveryone] = b(c.absolutes.length > 0 && promisesToEveryone(tokens, c.absolutes, aspiration, future) && !hedged &&
    !m.quantity && !m.percent && !problemStands && !x.question && !x.conditional && !x.critique && !x.pastReport);
  const helped = p.benefitShapes.helped;
  out[F.helpedAction] = b(helped !== undefined && effect && !anchored && !m.quantity && !m.percent && !x.negated &&
    !x.question && helpsToAGood(tokens, kinds, helped));
  out[F.scopeStatement] = b(x.scope);
  out[F.toolOutsideMainClause] = b(toolOutsideMainClause(p, techList, kinds.get('programme') ?? NONE));
  out[F.administrativeAction] = b(administrativeAction(p));
  out[F.toolQuality] = b(tech && toolFeature && !x.negated && !x.problem && p.negativeValence === 0);
  const lifted = p.benefitShapes.lifted;
  out[F.liftedBurden] = b(lifted !== undefined && !anchored && !m.quantity && !m.percent && !x.question &&
    !x.conditional && !x.critique);
  out[F.universalBenefit] = b(c.absolutes.length > 0 && !hedged && !m.quantity && !m.percent && !x.negated && !x.question &&
    !x.conditional && !x.critique && !x.pastReport &&
    claimsForEveryCase(p.clause, c.absolutes, [...effectList, ...strongList], [...p.outcomes, ...benefitList]));
  out[F.constraintStatement] = b(statesAConstraint(tokens, p.clause, kinds.get('problem') ?? NONE, x.deniedAtEnd));
  out[F.usageStatistic] = b(reportsUsage(tokens, m.quantityTokens));
  out[F.toolFeature] = b(toolFeature);
  // "frees up staff to focus on patients": the people freed stand for their time, the outcome.
  const freesPeople = effectList.some((e) => FREEING.has(e.entry.term) && startsNear(peopleList, e.endToken - 1, 2));
  out[F.changedOutcome] = b(effectMatch !== undefined && (startsNear(p.outcomes, effectMatch.startToken, 8) ||
    outcomeAsSubject(p.outcomes, tokens, effectMatch.startToken) !== undefined || freesPeople) && !anchored &&
    !x.negated && !problemStands && !x.pastReport);
  out[F.predicateCapability] = b(p.predicate.kind === 'capability' || p.predicate.kind === 'deployment');
  out[F.sizedChange] = b(c.sizedChanges.length > 0 && !m.quantity && !m.percent && !x.negated && !x.conditional && !x.question);
  return out;
}

/** The features by name, in FEATURE_INDEX order (what fitting and evaluation read). */
export function featuresOf(p: ClaimProfile): FeatureVector {
  return featuresByName(featureVector(p));
}

export function featuresByName(vector: Float64Array): FeatureVector {
  const named: FeatureVector = {};
  for (let i = 0; i < FEATURE_COUNT; i++) named[FEATURE_NAMES[i]] = vector[i];
  return named;
}
