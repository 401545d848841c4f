// Interpretable features of a claim profile, each a number in [0, 1]. The claim model weighs them
// (model.ts); their names are the keys of the fitted weights file, so renaming one means refitting.
import type { ClaimProfile } from './profile';

export type FeatureVector = Record<string, number>;

const b = (x: boolean): number => (x ? 1 : 0);

/** Is there an outcome, benefit or comparative within a few tokens after token index `at`? */
function benefitNear(p: ClaimProfile, at: number, window = 8): boolean {
  const near = (start: number) => start > at && start <= at + window;
  return p.outcomes.some((m) => near(m.startToken)) || (p.byKind.get('benefit') ?? []).some((m) => near(m.startToken));
}

export function featuresOf(p: ClaimProfile): FeatureVector {
  const has = (kind: Parameters<ClaimProfile['byKind']['get']>[0]) => (p.byKind.get(kind)?.length ?? 0) > 0;
  const tech = has('technology');
  const programme = has('programme');
  const capability = has('capability-verb');
  const deployment = has('deployment-verb');
  const effect = has('effect-verb');
  const strong = has('strong-effect-verb');
  const aspiration = has('aspiration-verb');
  const benefit = has('benefit');
  const outcome = p.outcomes.length > 0;
  const m = p.measure;
  const anchored = m.measured;
  const hedged = p.certainty.hedges.length > 0;
  const future = p.certainty.futureAt >= 0;
  const benefitClaim = effect || strong || benefit || p.context.comparative;
  const effectMatch = [...(p.byKind.get('strong-effect-verb') ?? []), ...(p.byKind.get('effect-verb') ?? [])][0];
  const actorIsTool = p.subject.kind === 'technology' || p.subject.kind === 'programme';
  const n = p.tokens.filter((t) => t.type === 'word').length;

  return {
    tech: b(tech),
    techSubject: b(p.subject.kind === 'technology'),
    programme: b(programme),
    programmeSubject: b(p.subject.kind === 'programme'),
    organisationSubject: b(p.subject.kind === 'organisation'),
    peopleSubject: b(p.subject.kind === 'people'),
    people: b(has('people')),
    firstPerson: b(p.context.firstPerson),
    capability: b(capability),
    deployment: b(deployment),
    effect: b(effect),
    strongEffect: b(strong),
    aspiration: b(aspiration),
    governance: b(has('governance-verb')),
    benefit: b(benefit),
    outcome: b(outcome),
    comparative: b(p.context.comparative),
    effectOnOutcome: b(effectMatch !== undefined && benefitNear(p, effectMatch.startToken)),
    quantity: b(m.quantity),
    percent: b(m.percent),
    money: b(m.money),
    date: b(m.date),
    timeframe: b(m.timeframe),
    fromTo: b(m.fromTo),
    metric: b(has('metric')),
    anchored: b(anchored),
    future: b(future),
    ability: b(p.certainty.abilityAt >= 0),
    hedge: b(hedged),
    booster: b(p.certainty.boosters.length > 0),
    intensifier: b(p.certainty.intensifiers.length > 0),
    hypeStrong: b(p.certainty.hypeStrong.length > 0),
    hypeWeak: b(p.certainty.hypeWeak.length > 0),
    absolute: b(p.certainty.absolutes.length > 0),
    plainEnglish: b(has('plain-english')),
    evidence: b(p.evidence.cues.length > 0),
    citation: b(p.evidence.citation),
    problem: b(p.context.problem),
    critique: b(p.context.critique),
    expectation: b(p.context.expectation),
    negated: b(p.context.negated),
    question: b(p.context.question),
    conditional: b(p.context.conditional),
    pastReport: b(p.context.pastReport),
    quoted: b(p.context.quoted),
    list: b(p.context.list),
    contrast: b(p.context.contrast),
    short: b(n < 7),
    long: b(n > 35),
    // Interactions the guide's decision order turns on.
    toolCapability: b((tech || programme) && (capability || deployment)),
    capabilityNoOutcome: b((capability || deployment) && !outcome && !benefit),
    benefitUnanchored: b(benefitClaim && !anchored),
    outcomeUnanchored: b(outcome && !anchored),
    futureEffect: b(future && (effect || strong)),
    strongUnhedged: b(strong && !hedged),
    hypeOfTool: b(p.certainty.hypeStrong.length > 0 && actorIsTool),
    absoluteBenefit: b(p.certainty.absolutes.length > 0 && (benefitClaim || outcome)),
    futureToolEffect: b(future && actorIsTool && (effect || strong)),
    aspirationBenefit: b(aspiration && (benefitClaim || outcome)),
    dateOnly: b(m.date && !anchored),
    hedges2: b(p.certainty.hedges.length >= 2),
    hypeWeak2: b(p.certainty.hypeWeak.length >= 2),
    peopleAbility: b(has('people') && (p.certainty.abilityAt >= 0 || capability)),
    capabilityPresent: b(capabilityPresentTense(p)),
    techDense: b((p.byKind.get('technology')?.length ?? 0) >= 2),
    namedSubject: b(p.tokens.slice(1, Math.max(1, p.verbIndex)).some((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text))),
    outcomes2: b(p.outcomes.length >= 2),
    techCapability: b(p.subject.kind === 'technology' && (p.predicate.kind === 'capability' || p.predicate.kind === 'deployment')),
    organisationDeployment: b((p.subject.kind === 'organisation' || p.subject.kind === 'programme') && p.predicate.kind === 'deployment'),
    futureTense: b(p.certainty.futureAt >= 0 && p.certainty.futureAt < p.verbIndex + 3),
    objectTechnology: b(objectIs(p, 'technology') || objectIs(p, 'programme')),
    objectOutcome: b(objectIs(p, 'outcome')),
    objectPeople: b(objectIs(p, 'people')),
  };
}

/** "The tool produces", "the app lets": a capability verb in the present tense, as vendors write. */
function capabilityPresentTense(p: ClaimProfile): boolean {
  return [...(p.byKind.get('capability-verb') ?? []), ...(p.byKind.get('deployment-verb') ?? [])].some((m) => {
    const t = p.tokens[m.startToken];
    return /[^s]s$/.test(t.lower) && m.startToken > 0;
  });
}

/** Does a term of this kind follow the main verb closely ("roll out the app", "cut waiting times")? */
function objectIs(p: ClaimProfile, kind: Parameters<ClaimProfile['byKind']['get']>[0]): boolean {
  const after = p.predicate.match ? p.predicate.match.endToken : p.verbIndex;
  return (p.byKind.get(kind) ?? []).some((m) => m.startToken >= after && m.startToken < after + 8);
}
