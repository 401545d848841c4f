// The sentence shapes the decision order reads that no rule test pins on its own: a constraint
// or admission in the main clause, a burden lifted, an outcome as the subject of its own change,
// an administrative action on a document or body.
// Each case says what the shape finder returns for one sentence, so a failure names the reading.
import { strict as assert } from 'node:assert';
import { builtInLexicons, compileLexicons } from '../../src/core/lexicon';
import { featuresOf } from '../../src/core/features';
import { claimProfile } from '../../src/core/profile';

const lexicon = compileLexicons(builtInLexicons());
const feature = (text: string, name: string) => featuresOf(claimProfile(text, lexicon))[name];

describe('sentence shapes read by the decision order', () => {
  const cases: Array<[name: string, text: string, expected: 0 | 1]> = [
    ['constraintStatement', 'Achieving it will take time.', 1],
    ['constraintStatement', 'Progress towards the new authority is taking longer than anticipated.', 1],
    ['constraintStatement', 'Delivering these aims does not guarantee improved outcomes for people.', 1],
    // "missed" after "fewer" describes the appointments; it is no verb, and no problem is asserted.
    ['constraintStatement', 'Fewer missed appointments.', 0],
    // A denial followed by "but" leaves the claim after it standing.
    ['constraintStatement', 'The savings will not be realised immediately, but digital could make a real impact.', 0],
    // A denial that lifts a burden is a claimed good.
    ['constraintStatement', 'Patients will never have to repeat their story.', 0],
    ['liftedBurden', 'Patients will never have to repeat their story.', 1],
    ['liftedBurden', 'Staff do not need to attend the meeting.', 0],
    ['changedOutcome', 'Waiting times will fall.', 1],
    ['changedOutcome', 'As digital take-up increases, the role of front-line staff will change.', 0],
    ['universalBenefit', 'Every transaction saves time.', 1],
    ['universalBenefit', 'All departments will ensure that they have the right levels of digital capability.', 0],
    ['reportedBenefit', 'Pilots show promising gains.', 1],
    // The point of the sentence: a tool only in a subordinate clause is not it; an opening
    // instrument ("Through the app") makes the tool the means of the main clause.
    ['toolOutsideMainClause', 'Once systems are linked, problems with data quality multiply at an exponential rate.', 1],
    ['toolOutsideMainClause', 'When organisations set out on a digital programme, they frequently begin in the wrong spot.', 1],
    ['toolOutsideMainClause', 'Through the app, people can book appointments and order repeat prescriptions.', 0],
    ['toolOutsideMainClause', 'The new portal lets residents book appointments online.', 0],
    // A tool that only modifies the subject ("an evaluation of the ... pilot") is not the point.
    ['toolOutsideMainClause', 'An independent evaluation of the remote monitoring pilot will report in spring.', 1],
    ['toolOutsideMainClause', 'The new case management system will be replaced in 2026.', 0],
    // An apposition after a dash describes the object: it is part of the point.
    ['toolOutsideMainClause', 'In August we released the Matrix – a repository of case studies and digital tools.', 0],
    // Governance: an administrative action on a document or body, active or passive; a tool
    // rolled out, or a programme launched, is still feature talk.
    ['administrativeAction', 'In 2018 the council adopted a Digital Strategy that aims to improve services.', 1],
    ['administrativeAction', 'The trust is setting up a digital advisory panel.', 1],
    ['administrativeAction', "The ICS's digital strategy is due to be refreshed.", 1],
    ['administrativeAction', 'The department will publish terms of reference for the AI taskforce.', 1],
    ['administrativeAction', 'The council will award the contract for the new system in May.', 1],
    // "and" inside a name joins it: the head is "division".
    ['administrativeAction', 'The department has created a new Informatics and Digital Services division.', 1],
    ['administrativeAction', 'The council adopted a new digital platform for housing repairs.', 0],
    ['administrativeAction', 'The new NHS App will be rolled out in phases across England.', 0],
    ['administrativeAction', 'We will launch a digital programme for schools.', 0],
    // An adverbial clause after the main clause is its time, condition or reason, not its point.
    ['toolOutsideMainClause', 'Hospital stays can be made shorter when patients are discharged early with support from a virtual ward service.', 1],
    ['toolOutsideMainClause', 'Savings will grow where digitisation is accelerated by service redesign.', 1],
    // "where and when" names a place and a time; a content clause may open with "although".
    ['toolOutsideMainClause', 'Records will be available where and when they are needed as the new platform shares data between hospitals.', 0],
    ['toolOutsideMainClause', 'It is worth noting that although not part of this review, the borough does provide a single sign-on app.', 0],
    // A closing attribution names the source, not the point: the claim is what was said.
    ['toolOutsideMainClause', 'Hospitals generate 40,000 scans a day, Scanco, a vendor of an AI imaging system, has said.', 1],
    ['toolOutsideMainClause', 'Demand for scans keeps rising, according to the makers of the AI triage tool.', 1],
    ['toolOutsideMainClause', 'The platform lets clinicians view records on any device, the company said.', 0],
    // Not a source: a plural noun or a passive at the end.
    ['toolOutsideMainClause', 'Each week the trust will publish, for every ward, new digital dashboards and reports.', 0],
    ['toolOutsideMainClause', 'Staff log incidents faster, and more incidents from the new app are reported.', 0],
    // A tool sold by a quality of its own; not people working round the clock, nor a tool that fails.
    ['toolQuality', 'Real-time dashboards for managers.', 1],
    ['toolQuality', 'Our data platform will be a single source of truth for the whole organisation.', 1],
    ['toolQuality', 'Staff work around the clock to keep wards safe.', 0],
    ['toolQuality', 'The real-time dashboard often crashes and staff distrust it.', 0],
    ['reportedBenefit', 'The review found that the backlog keeps growing.', 0],
    // A verdict forecast is still a verdict; one said of "it" judges no programme.
    ['reportedBenefit', 'The new service will be a success.', 1],
    ['reportedBenefit', 'It will be positive to see this.', 0],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name} is ${expected} for “${text}”`, () => {
      assert.equal(feature(text, name), expected);
    });
  }
});
