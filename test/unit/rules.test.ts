// Per rule: sentences that must be flagged (the exact words underlined, the exact message, the
// rule's severity and category) and hard negatives drawn from the labelling guide's categories of
// sentences the rule must leave alone (hedged or evidenced claims, measured claims, problem
// statements, constraints, governance actions, scale words sizing a problem, denied hype).
// All sentences are written for these tests in the style of strategy documents.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser, type Finding, type Severity } from '../../src/core/index';

const analyser = createAnalyser();

/** A positive: the sentence, then each finding of the rule as [start offset, words underlined]. */
type Positive = [text: string, ...findings: Array<[start: number, words: string]>];

interface RuleCase {
  id: string;
  category: string;
  severity: Severity;
  /** The whole message for a finding on `words`, written out here as the user reads it. */
  message: (words: string) => string;
  positives: Positive[];
  /** Sentences the rule must not flag, each with the guide's reason. */
  negatives: Array<[text: string, why: string]>;
}

function findingsOf(text: string, ruleId: string): Finding[] {
  return analyser.analyse(text, 'plaintext').findings.filter((f) => f.ruleId === ruleId);
}

/** The plainer words the hype lexicon offers, as the hype message lists them. */
const PLAINER: Record<string, string> = {
  seamless: ' Plainer: “connected”, “simple”.',
  revolutionary: ' Plainer: “new”.',
  'cutting-edge': ' Plainer: “new”, “current”.',
  huge: ' Plainer: “large”.',
  revolution: ' Plainer: “change”.',
};

const CASES: RuleCase[] = [
  {
    id: 'feature-focus',
    category: 'feature-focus',
    severity: 'warning',
    message: (w) => `“${w}” describes what the tool or programme does, not what changes for people. What outcome will it improve, for whom, by how much and by when?`,
    positives: [
      ['The new portal lets residents book, change and cancel appointments online.', [8, 'portal lets']],
      ['The platform integrates with existing case management systems and supports single sign-on.', [4, 'platform integrates']],
      ['The dashboard offers a single view of every open case.', [4, 'dashboard offers']],
      ['Our platform is built on open standards and supports single sign-on.', [4, 'platform is built']],
      ['The app provides secure messaging, video consultations and repeat prescriptions.', [4, 'app provides']],
      // The tool word and the verb are quoted together only within one stretch of words.
      ['The new app, in short, provides secure messaging.', [23, 'provides']],
      // A dated coverage target with an absolute: checkable, but about a channel, not an outcome.
      ['By March 2026 all GP practices will offer online repeat prescriptions.', [18, 'GP practices will offer']],
      // A particular tool performing a particular function.
      ['The app transcribes consultations and summarises them into the record.', [4, 'app transcribes']],
      ['Our chatbot answers residents’ questions about bins and council tax at any hour.', [4, 'chatbot answers']],
      // "claims that" here is a noun and a relative, not a writer's doubt.
      ['The platform uses machine learning to flag claims that look fraudulent.', [4, 'platform uses machine learning to flag']],
      // A quality that sells the tool ("automatically", "24/7", "real-time") is feature talk too.
      ['Requests are routed automatically to the right department by a rules engine.', [13, 'routed']],
      // A content clause in a scope statement carries its own claim.
      ['This strategy sets out how the new platform will give staff a single view of every case.', [49, 'give']],
      // A tool sold by a quality of its own, with no verb at all.
      ['Real-time dashboards for managers.', [0, 'Real-time']],
      ['The vendor’s platform is fully scalable and secure by design.', [13, 'platform']],
      // A strategy that introduces a tool announces a rollout: no scope statement.
      ['This strategy introduces a digital front door for residents.', [5, 'strategy introduces']],
    ],
    negatives: [
      ['We will appoint a chief digital officer and publish a data strategy by spring.', 'governance action'],
      ['The board will publish quarterly reports on digital spending.', 'governance action'],
      ['The trust will set up a digital oversight board chaired by the medical director.', 'governance action'],
      // An administrative action on a document or body: a strategy called digital is no tool.
      ['In 2018 the council adopted a Digital Strategy that aims to give residents the best digital services in the region.', 'governance action'],
      ['The new booking system cut the average time to get an appointment from 9 days to 4 days in its first six months.', 'tool tied to a measured outcome'],
      ['Most of our legacy systems cannot share data with each other.', 'constraint'],
      ['The current patient administration system is 15 years old and no longer supported by its supplier.', 'a legacy system, a problem'],
      ['Once systems are linked, problems with data quality multiply at an exponential rate.', 'the tool is outside the main clause'],
      ['An independent evaluation of the remote monitoring pilot will report in spring.', 'the tool only modifies the subject'],
      ['Hospitals generate 40,000 scans a day, Scanco, a vendor of an AI imaging system, has said.', 'the tool only names the source'],
      ['Since March the triage app has flagged urgent referrals, cutting the wait for a first appointment from 12 weeks to 6 weeks.', 'tool tied to a measured outcome'],
      ['The scheduling system books appointments automatically, and 40% fewer patients now miss them.', 'tool tied to a measured outcome'],
      ['The real-time dashboard cut average discharge delays from 3 days to 2 days.', 'tool tied to a measured outcome'],
      // A field ("digital technology") enabling a benefit: a benefit claim (unmeasured), not feature talk.
      ['Digital technology will support better care for residents.', 'a field, not a particular tool'],
      // An evaluation plan: what the pilot does is ask a question (model.ts, flaggedBits).
      ['The pilot will test whether remote monitoring reduces readmissions.', 'the benefit is only asked'],
      ['Remote monitoring has produced mixed results for readmissions, and the app has been rolled out to every practice regardless.', 'a critique'],
      // A document describing its own scope (the guide's none): its verb of describing is no capability.
      ['This document does not cover the new booking system or its roll-out to GP practices.', 'a scope statement'],
      ['This section describes the shared platforms that departments will use.', 'a scope statement'],
      // A tool named among words a published list rates negative is a risk, not a feature sold.
      ['Once the systems are linked, problems with data quality multiply at an alarming rate.', 'a risk'],
      // The guide's usage statistic: a count of use stated as a fact sells no feature.
      ['The new booking app has been downloaded 40,000 times since March.', 'a usage statistic'],
    ],
  },
  {
    id: 'unmeasured-outcome',
    category: 'unmeasured',
    severity: 'warning',
    message: (w) => `“${w}” claims a benefit but gives no measure to check it by. What is the baseline, the target and the date?`,
    positives: [
      ['The new service will improve outcomes for residents.', [21, 'improve outcomes for residents']],
      ['This investment will reduce waiting times for patients.', [21, 'reduce waiting times']],
      ['The programme aims to improve the experience of people using our services.', [22, 'improve the experience']],
      // Hedging removes optimism, not the missing measure.
      ['It is hoped the portal may improve access for some residents, although this has not yet been tested.', [27, 'improve access']],
      ['Artificial intelligence will solve the workforce crisis in general practice.', [29, 'solve the workforce crisis']],
      // "rare" is no critique: only "rarely" is ("such projects rarely deliver").
      ['AI will transform care for people with rare diseases.', [8, 'transform care']],
      // The sentence's first word is capitalised anyway: "Better" here is a claim, not a name.
      ['Better outcomes will follow for every resident.', [0, 'Better outcomes']],
      // A comparative is the claim: the message names it, not the sentence's opening words.
      ['Our services will be simpler and clearer for residents.', [21, 'simpler']],
      // A comparative of a word rated positive (AFINN's "fair") claims a benefit too.
      ['Our plan will make public services fairer for residents.', [14, 'make public services fairer']],
      // The guide's borderline rule: aims in mission statements are unmeasured.
      ['Our ambition is a council in which the simple, effective option wins out over the complicated, wasteful one.', [0, 'Our ambition']],
      // A short label before a colon stays with its sentence ("Our mission: ...").
      ['Our mission: simpler, faster services that residents trust.', [0, 'Our mission']],
      // A number that names a part of the plan ("Action 3") measures nothing.
      ['Action 3: departments will raise awareness of their digital services so that more people use them.', [27, 'raise awareness']],
      // A change claimed in transformation words is a benefit too, whatever the score.
      ['This strategy is the start of a process that will transform how we provide services.', [50, 'transform how we provide services']],
      // A verb of delivering before a benefit claims it: the message names both.
      ['Digital could make a real difference to residents before the end of this spending review.', [14, 'make a real difference']],
      // "help" with a bare verb claims the helped change: the message names both.
      ['It will help to manage demand.', [8, 'help to manage demand']],
      ['Holding records centrally helps keep information safe and complete.', [26, 'helps keep information safe']],
      ['Assisted digital will be vital for helping people engage with government services.', [35, 'helping people engage']],
      // An effect verb acting on a named outcome claims a change in it, whatever the score.
      ['Automation can cut the time it takes to answer a letter.', [15, 'cut the time']],
      // The benefit phrase that holds the outcome is named, not the outcome alone.
      ['The new rota gives nurses extra time with patients.', [26, 'extra time']],
      ['We are starting to reap the rewards of our investment in online services.', [19, 'reap the rewards']],
      // "cut" after "let us" is the bare verb, not a report of the past.
      ['Smart ticketing will let us cut journey times.', [28, 'cut journey times']],
      // The good a framework or the conditions are "for" is what the verb delivers.
      ['These actions will provide a framework for continuing improvements in their services.', [19, 'provide a framework for continuing improvements']],
      ['The programme will have a real impact during this Parliament.', [19, 'have a real impact']],
      ['Pilots show promising gains.', [7, 'show promising gains']],
      // The outcome as the subject of its own forecast change.
      ['Waiting times will fall.', [0, 'Waiting times will fall']],
      ['Adaptive learning software will close the attainment gap.', [32, 'close the attainment gap']],
      // People freed stand for their time (the essay's "automation will free frontline time").
      ['Automation frees up staff to focus on what matters most.', [11, 'frees up staff']],
      // An aim said in comparatives of positive words.
      ['Our vision is a healthier, happier and more connected borough.', [0, 'Our vision']],
      ['By introducing e-prescribing we expect medication errors to fall.', [39, 'medication errors to fall']],
      // A verb that puts its object into a better state: "make ... faster", "find it easier".
      ['Through smarter use of data, we will make our services faster and fairer.', [37, 'make our services faster']],
      ['Patients will find it easier to manage their appointments.', [14, 'find it easier']],
      // Less of a harm is a good; "mean" states the consequence.
      ['Better use of technology will mean fewer wasted appointments.', [30, 'mean fewer wasted appointments']],
      ['Studies consistently show reductions in readmissions.', [21, 'show reductions']],
      // Anecdotal verdicts on a programme.
      ['The scheme has been a great success.', [20, 'a great success']],
      ['Feedback from staff has been overwhelmingly positive.', [29, 'overwhelmingly positive']],
      ['The new approach is working.', [17, 'is working']],
      ['Real improvements have been seen across the county.', [5, 'improvements have been seen']],
      // A burden lifted.
      ['Our new CRM system means residents no longer have to repeat their details.', [35, 'no longer have to repeat']],
      ['Patients shouldn’t need to keep repeating their health history.', [9, 'shouldn’t need to keep repeating']],
      // A problem the claim reduces is the good, not a problem statement qualifying it.
      ['The new platform will create opportunities while eliminating duplicated data entry.', [49, 'eliminating duplicated data entry']],
    ],
    negatives: [
      ['We will cut median waits for a first appointment from 18 to 12 weeks by March 2027.', 'baseline, target and date'],
      ['Since the service launched, emergency admissions have fallen by 22% among care home residents.', 'measured outcome'],
      ['An independent evaluation found the triage tool reduced repeat calls by 15% over twelve months.', 'evidenced and measured'],
      ['Our healthcare system is close to breaking point.', 'problem statement'],
      ['The new triage line will help to cut waiting times from 18 to 12 weeks by March 2027.', 'help, measured'],
      ['Staff can ask the service desk for help to reset a password.', '"help" as a noun'],
      ['Will the new rota help staff cope with winter pressures?', 'a direct question asserts nothing'],
      ['Applicants had to get experts to help them fill it in, and even the experts made mistakes.', 'the good is not in the helped clause'],
      ['Cabinet Office will help departments to recruit Service Managers.', 'help with an administrative task, no good named'],
      ['Government Digital Service will help Civil Service Learning to develop training for senior staff.', 'help to a named body with a task'],
      ['There is a huge backlog of planning applications.', 'scale word sizing a problem'],
      ['Funding is fixed until 2027 and the team cannot grow.', 'constraint'],
      ['We will evaluate whether the app improves access for older patients.', 'the benefit is only asked'],
      ['The pilot will prove whether the app cuts waiting times.', 'the benefit is only asked'],
      ['It is not yet clear whether AI scribes save clinicians time.', 'an honest admission'],
      ['Whether the new portal improves satisfaction is unclear.', 'an honest admission'],
      ['Risks include supplier delays, data quality and staff capacity to adopt new ways of working.', 'risks listed, not a benefit claimed'],
      ['Government will save money if demand for higher cost channels decreases.', 'conditional logic'],
      ['The platform was heralded as a way to cut waiting times for patients.', 'a critique of a promise'],
      ['The Shift the NHS Must Make to Deliver Better Patient Outcomes', 'a title: its claim words are a name'],
      ['A Healthier Wales sets out the plan for health and care in Wales.', 'a name, not a claim'],
      ['No deployment will succeed without trust from clinicians and a willingness to reshape workflows.', 'a necessary condition'],
      ['Others are responsible for fewer services, but some of them handle millions of transactions every year.', 'a comparative of amount, not of a benefit'],
      ['Government-to-business services may need less support than government-to-consumer services.', 'a comparative of amount, not of a benefit'],
      ['Our aim is to cut waits for a first appointment from 18 to 12 weeks by 2027.', 'a stated aim with baseline, target and date'],
      ['Shared care records have been game-changing for our teams.', 'a verdict on what has happened: hype, not a promised benefit'],
      ['Realising the full benefits of the new record system will take time.', 'a constraint: the benefit is said to be slow to come'],
      ['The council will provide a booking service for residents.', 'a verb of delivering with no benefit: a service, not a claimed good'],
      ['The council will provide a framework for reporting to the board.', 'a framework for an administrative task, no good named'],
      ['The closure would have a negative impact on rural patients.', 'an impact that is a harm'],
      ['The new form has made little difference to the queue.', 'a difference denied by "little"'],
      ['By 2026 every trust will have a chief clinical information officer.', '"have" of possession, no good named'],
      ['The review found that the backlog keeps growing.', 'evidence of a growing problem'],
      ['Virtual care has made it more important than ever to share information safely.', 'made necessary, not better'],
      ['Waiting times will fall from 18 to 12 weeks by March 2027.', 'a forecast change, measured'],
      ['As digital take-up increases, the role of front-line staff will change.', 'a description, not a forecast of the outcome'],
      ['The attainment gap widened during the pandemic.', 'a problem reported'],
      ['Staff were released from the project in May.', 'a report of the past'],
      ['Research shows that 40% of patients prefer video appointments.', 'evidence with a figure'],
      ['The pilot showed no improvement in waiting times.', 'evidence of no good'],
      ['The programme is working with partners across the region.', '"working with": an activity, not a verdict'],
      ['Staff do not need to attend the meeting.', 'an arrangement, not a burden lifted'],
      ['The form does not have to be signed.', 'nothing lifted from anyone'],
      ['The pilot was successful in three of five sites, cutting waits by 12%.', 'a verdict with a figure'],
      ['Savings of £4m have been achieved this year.', 'a benefit achieved, with a figure'],
      ['Delivering these aims does not in itself guarantee improved outcomes for people.', 'an honest admission'],
      ['The aim of the review is to count how many systems we run.', 'an aim that claims no benefit'],
      ['Our vision', 'a heading that names an aim but states none'],
      ['The scheduling tool did not reduce waiting times.', 'a change in an outcome, denied'],
      ['The NHS has moved more slowly than anticipated in overhauling its digital services.', 'a delay admitted: "more slowly" compares a shortfall'],
      ['Faster transfers meant the trust was able to save roughly 40 lives a year.', 'a count per period is a measure'],
    ],
  },
  {
    id: 'vague-intensifier',
    category: 'unmeasured',
    severity: 'warning',
    message: (w) => `“${w}” claims a large change without a number. By how much, from what baseline, and by when?`,
    positives: [
      ['The new triage tool will significantly reduce waiting times.', [25, 'significantly']],
      ['Online booking has dramatically improved the patient experience.', [19, 'dramatically']],
      ['The programme will greatly improve productivity across the service.', [19, 'greatly']],
      ['Self-service will massively cut the cost of handling enquiries.', [18, 'massively']],
      ['Automation has substantially reduced processing times for benefit claims.', [15, 'substantially']],
      // The brief's own example: five words, too few cues for the score alone (model.ts, flaggedBits).
      ['This will significantly improve outcomes.', [10, 'significantly']],
      ['Moving these services online cuts their costs dramatically.', [46, 'dramatically']],
    ],
    negatives: [
      ['The new triage tool reduced waiting times significantly, from 21 days to 9 days, between 2023 and 2025.', 'the change is measured'],
      ['The backlog has grown dramatically since 2020.', 'problem statement'],
      ['Demand has risen significantly over the past decade.', 'problem statement'],
      ['Waiting lists are significantly longer in the north of the county.', 'plain fact about a problem'],
      ['The new system will not significantly reduce waiting times.', 'the change is denied'],
    ],
  },
  {
    id: 'optimistic-certainty',
    category: 'optimistic',
    severity: 'warning',
    message: (w) => `“${w}” states as certain what is only hoped for, with no hedge or evidence. What evidence shows it will, and what would have to be true for it to happen?`,
    positives: [
      ['These tools will transform the way teams work.', [12, 'will transform']],
      ['Artificial intelligence will solve the workforce crisis in general practice.', [24, 'will solve']],
      ['This programme will unlock the full potential of our data.', [15, 'will unlock']],
      ['The digital front door will fix the problem of missed appointments.', [23, 'will fix']],
      // "eliminate" is the absolute rule's; this rule reports the certainty that is left.
      ['Shared care records will eliminate duplicate tests.', [20, 'will']],
      // A benefit declared proven or beyond doubt, as the guide's triggers have it.
      ['It has been proven that the app cuts missed appointments.', [0, 'It has been proven']],
      ['There is no longer any doubt that digital services will deliver savings.', [9, 'no longer any doubt']],
    ],
    negatives: [
      ['The new platform could help reduce the time residents spend chasing updates.', 'hedged'],
      ['The new platform may transform how residents access council services, but the evidence so far is limited.', 'hedged, admits limits'],
      ['An independent evaluation found the triage tool reduced repeat calls by 15% over twelve months.', 'evidenced'],
      ['It won’t be a silver bullet, and we expect the benefits to take years.', 'denied hype'],
      ['The Transformation Directorate will publish its annual report in June.', 'a name, and a governance action'],
      ['The Seamless Care Programme Board will publish its annual report in June.', 'hype inside a name'],
      ['Our healthcare system is close to breaking point.', 'problem statement'],
      ['No single system can solve the shortage of social care staff.', 'denied effect'],
      ['The evaluation has not proven that the app cuts missed appointments.', 'denied proof'],
      ['The trial will find out whether AI will transform the reading of chest X-rays.', 'the change is only asked'],
      ['Integrated care cannot happen without shared records, and no algorithm will fix a shortage of beds without staff.', 'a necessary condition'],
      ['Departments will identify which services they transform first.', 'the change is only asked'],
      ['Suppliers must prove that their systems cut waiting times for patients.', '"prove" asks for proof; only "proven" claims it'],
    ],
  },
  {
    id: 'hype-term',
    category: 'optimistic',
    severity: 'warning',
    message: (w) => `“${w}” is promotional: it adds enthusiasm, not information. What, concretely, is better, and how would anyone check?${PLAINER[w] ?? ''}`,
    positives: [
      ['Our seamless digital service puts residents first.', [4, 'seamless']],
      ['The council will deliver a world-class digital experience.', [27, 'world-class']],
      ['This game-changing platform gives clinicians real-time insight.', [5, 'game-changing']],
      ['The new app is revolutionary.', [15, 'revolutionary']],
      ['We have built a cutting-edge data platform for the region.', [16, 'cutting-edge']],
      // A scale word sizing a benefit is hype.
      ['The new app will deliver huge savings for the council.', [25, 'huge']],
      // The guide's "revolution(ise)": the noun too, when a change is called one.
      ['This revolution changes the way residents deal with the council.', [5, 'revolution']],
    ],
    negatives: [
      ['Its vision is hardly groundbreaking.', 'denied hype'],
      ['It won’t be a silver bullet, and we expect the benefits to take years.', 'denied hype'],
      ['The platform is not a silver bullet for the staffing shortage.', 'denied hype'],
      ['Digital transformation is the topic of chapter three.', 'a topic, not a quality'],
      ['There is a huge backlog of planning applications.', 'scale word sizing a problem'],
      ['The pressure on emergency departments is enormous.', 'scale word sizing a problem'],
      ['Every go-live is announced as transformational, yet the first week usually brings duplicate orders and missing notes.', 'critique of hype'],
      ['Residents now expect seamless online contact with their council.', 'other people’s expectation'],
      ['Nobody should pretend that this software is revolutionary.', 'critique of hype'],
      // Record claims with a figure, a hedge or a question, and a record of size, are not hype.
      ['On Monday GOV.UK had its busiest day ever, with 2,010,203 visits.', 'a record of size, with a figure'],
      ['This may be among the most useful tools the team has ever tried.', 'hedged'],
      ['Is this the best service the council has ever run?', 'a question'],
      ['Most of the reports we have ever published are online.', '"most" counts, it does not rank'],
      ['Building world-class government digital services will take time.', 'a constraint: what will not happen soon'],
      ['Vendors often describe their products as revolutionary, but the evidence is thin.', 'critique of hype'],
    ],
  },
  {
    id: 'absolute-claim',
    category: 'optimistic',
    severity: 'info',
    message: (w) => `“${w}” makes an absolute promise. Is it really every case? Which group, what share, and by when?`,
    positives: [
      ['The new system guarantees that patients are always seen on time.', [15, 'guarantees'], [44, 'always']],
      ['Digital self-service will eliminate paperwork for all our customers.', [26, 'eliminate'], [50, 'all']],
      ['The new contact centre will eliminate queues at the front desk.', [28, 'eliminate']],
      ['Our integrated record guarantees safe, joined-up care for every patient.', [22, 'guarantees'], [58, 'every']],
      // A promise to every person is optimistic with no hype word (the guide's "nobody gets left behind").
      ['Everyone who can use the new services will choose to.', [0, 'Everyone']],
      ['We will not leave anyone behind as services move online.', [12, 'leave anyone behind']],
      ['Online services will be so simple that all those who can use them will choose to.', [39, 'all those who']],
      // "making sure" promises without "will"; a problem it denies ("nobody is excluded") is the promise.
      ['The support service is about making sure that nobody is excluded.', [46, 'nobody']],
      // A good claimed for every case (the guide's "every transaction saves time").
      ['Every transaction saves time.', [0, 'Every']],
      ['All our online services will cut waiting times.', [0, 'All']],
    ],
    negatives: [
      ['By 2027 every GP practice will be able to offer online consultations.', 'absolute inside a dated coverage target'],
      ['Every ward reported at least one staffing gap in March.', 'plain fact'],
      ['All three pilot sites missed their discharge targets last winter.', 'plain fact, honest admission'],
      ['Every board will publish its minutes on the council website.', 'governance action'],
      ['All departments will ensure that they have the right levels of digital capability.', 'an undertaking, no good claimed'],
      ['Every transaction may save time.', 'hedged'],
      ['Every transaction saved time last year.', 'a report of the past'],
      ['Not all residents have access to the internet at home.', 'constraint'],
      ['We recognise that not everyone can or wants to go online.', 'an admission: "not everyone" denies the promise'],
      ['We answer every complaint within ten working days, against a target of fifteen.', 'measured, with a target'],
      ['Anyone who cannot get online can still phone the council.', 'a plain fact, not a promise'],
      ['There will be a phone line for anyone who cannot get help online.', 'a provision for some, not a promise to all'],
      ['It may be that no one will be left behind.', 'hedged'],
      ['If the funding arrives, nobody will be left behind.', 'on a condition'],
      ['Nobody was left behind when the old system closed.', 'a report of the past'],
      ['Services for everyone entitled to them.', 'a slogan: no promise about the future or an aim'],
      ['The policy involves encouraging everyone who can use digital services to do so.', 'a policy described, not a promise'],
      ['A phone line will stay open for all those who cannot get online.', 'a provision for some, not a promise to all'],
      ['Members agreed on the need for everyone to work together to ensure the targets are met.', '"everyone" is not what is ensured'],
      ['Making sure that nobody is excluded will be difficult while funding is cut.', 'a constraint: the problem is asserted'],
      ['The report admits that nobody yet has a clear picture of how this will look.', 'the "will" belongs to another clause'],
    ],
  },
];

describe('rules: positives and hard negatives', () => {
  it('covers each of the six rules, with the documented severity and category', () => {
    assert.deepEqual(CASES.map((c) => c.id).sort(), analyser.rules.map((r) => r.id).sort());
    for (const c of CASES) {
      const meta = analyser.rules.find((r) => r.id === c.id)!;
      assert.equal(meta.defaultSeverity, c.severity, c.id);
      assert.equal(meta.category, c.category, c.id);
    }
  });

  for (const rule of CASES) {
    describe(rule.id, () => {
      for (const [text, ...expected] of rule.positives) {
        it(`flags ${expected.map(([, w]) => `“${w}”`).join(' and ')} in “${text}”`, () => {
          for (const [start, words] of expected) assert.equal(text.slice(start, start + words.length), words, 'test data: offset of the words');
          const got = findingsOf(text, rule.id).map((f) => ({
            range: f.range, words: text.slice(f.range.start, f.range.end), message: f.message, severity: f.severity,
            category: f.category, triggers: f.triggers, sentence: f.sentence,
          }));
          assert.deepEqual(got, expected.map(([start, words]) => ({
            range: { start, end: start + words.length }, words, message: rule.message(words), severity: rule.severity,
            category: rule.category, triggers: [words], sentence: { start: 0, end: text.length },
          })));
        });
      }
      for (const [text, why] of rule.negatives) {
        it(`does not flag “${text}” (${why})`, () => {
          const got = findingsOf(text, rule.id).map((f) => `${f.ruleId} on “${text.slice(f.range.start, f.range.end)}”`);
          assert.deepEqual(got, []);
        });
      }
    });
  }

  it('gives the plainer alternatives from the lexicon in the hype message when there are some', () => {
    const text = 'Our seamless digital service puts residents first.';
    const [f] = findingsOf(text, 'hype-term');
    assert.equal(f.message, '“seamless” is promotional: it adds enthusiasm, not information. What, concretely, is better, and how would anyone check? Plainer: “connected”, “simple”.');
    const revolutionary = findingsOf('The new app is revolutionary.', 'hype-term')[0];
    assert.equal(revolutionary.message, '“revolutionary” is promotional: it adds enthusiasm, not information. What, concretely, is better, and how would anyone check? Plainer: “new”.');
  });

  it('reports a record claim (a superlative of quality against everything) as hype and unmeasured, with a fix that asks for the source', () => {
    const text = 'Moving to digital records ranks among the most significant transformations medicine has ever seen.';
    const [f, ...rest] = analyser.analyse(text, 'plaintext').findings.filter((x) => x.category === 'optimistic');
    assert.deepEqual(rest, []);
    assert.equal(f.ruleId, 'hype-term');
    assert.equal(text.slice(f.range.start, f.range.end), 'most significant');
    assert.equal(f.message, '“most significant … ever” ranks it against everything, with nothing measured. Best or leading by what measure, against whom, and who says so?');
    assert.deepEqual(f.triggers, ['most significant', 'ever']);
    // An improvement claimed with nothing to check it by: unmeasured too, on the thing it ranks.
    const [unmeasured] = findingsOf(text, 'unmeasured-outcome');
    assert.equal(text.slice(unmeasured.range.start, unmeasured.range.end), 'most significant transformations');
    const leading = findingsOf('Scotland can be one of the leading nations globally in digital health and care.', 'hype-term');
    assert.deepEqual(leading.map((x) => x.message), ['“leading … globally” ranks it against everything, with nothing measured. Best or leading by what measure, against whom, and who says so?']);
    const fix = f.fixes[0];
    assert.equal(fix.title, 'Say what was compared, and the source');
    assert.equal(fix.text, '[what was measured, against whom (source)]');
    assert.deepEqual(fix.range, f.range);
  });

  it('reads "never ... a better/bigger/greater" as a record claim, and "never been more needed" as none', () => {
    const text = 'There has never been a better time to invest in digital public services.';
    const findings = analyser.analyse(text, 'plaintext').findings;
    assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]), [
      ['hype-term', 'never been a better'],
      ['unmeasured-outcome', 'better time'],
    ]);
    assert.equal(findings[0].message, '“never been a better” ranks it against everything, with nothing measured. Best or leading by what measure, against whom, and who says so?');
    assert.deepEqual(analyser.analyse('A shared plan for health data has never been more needed.', 'plaintext').findings, []);
  });

  it('reports each finding at its place in a document of several sentences and lines', () => {
    const doc = 'Our healthcare system is close to breaking point.\n\nThis investment will reduce waiting times for patients. The new app is revolutionary.\n';
    const found = analyser.analyse(doc, 'plaintext').findings.map((f) => [f.ruleId, f.range.start, doc.slice(f.range.start, f.range.end), doc.slice(f.sentence.start, f.sentence.end)]);
    const second = doc.indexOf('This investment');
    const third = doc.indexOf('The new app');
    assert.deepEqual(found, [
      ['unmeasured-outcome', second + 21, 'reduce waiting times', 'This investment will reduce waiting times for patients.'],
      ['hype-term', third + 15, 'revolutionary', 'The new app is revolutionary.'],
      // Hype claims a change (the guide's optimistic "usually paired with unmeasured").
      ['unmeasured-outcome', third + 15, 'revolutionary', 'The new app is revolutionary.'],
    ]);
  });

  it('a rule set to "off" reports nothing and a changed severity is reported as set', () => {
    const text = 'The new app is revolutionary.';
    const off = createAnalyser({ config: { rules: { 'hype-term': 'off' } } }).analyse(text, 'plaintext').findings;
    assert.deepEqual(off.filter((f) => f.ruleId === 'hype-term'), []);
    const error = createAnalyser({ config: { rules: { 'hype-term': 'error' } } }).analyse(text, 'plaintext').findings;
    assert.deepEqual(error.filter((f) => f.ruleId === 'hype-term').map((f) => [f.severity, f.range]), [['error', { start: 15, end: 28 }]]);
  });
});

describe('rules on the techno-realism essay', () => {
  const ESSAY = join(__dirname, '..', '..', '..', 'shared', 'background', 'techno-realism-essay.txt');

  it('flags the optimistic narrative and not the outcome criteria', function () {
    if (!existsSync(ESSAY)) this.skip();
    const text = readFileSync(ESSAY, 'utf8');
    const findings = analyser.analyse(text, 'plaintext').findings;
    const on = (words: string) => {
      const at = text.indexOf(words);
      assert.ok(at >= 0, `“${words}” is in the essay`);
      return findings.filter((f) => f.range.start === at && f.range.end === at + words.length).map((f) => f.ruleId);
    };
    // "data platforms will fix unwarranted variation, AI will unblock backlogs, automation will
    // free frontline time, digital pathways will dissolve the pressures ...": each clause alone.
    assert.deepEqual(on('will fix'), ['optimistic-certainty']);
    assert.deepEqual(on('will unblock'), ['optimistic-certainty']);
    assert.deepEqual(on('will dissolve'), ['optimistic-certainty']);
    assert.deepEqual(on('free frontline time'), ['unmeasured-outcome']);
    assert.deepEqual(on('fix unwarranted variation'), ['unmeasured-outcome']);
    assert.deepEqual(on('unblock backlogs'), ['unmeasured-outcome']);
    // "Technology must be selected, funded and evaluated based on its contribution to reduced
    // waiting times, ...": outcomes named as the yardstick are what the linter asks for.
    const criteria = text.indexOf('based on its contribution to reduced waiting times');
    const start = text.lastIndexOf('.', criteria) + 1;
    const end = text.indexOf('.', criteria) + 1;
    assert.ok(text.slice(start, end).trim().startsWith('Technology must be selected'));
    const inCriteria = findings.filter((f) => f.range.end > start && f.range.start < end);
    assert.deepEqual(inCriteria.map((f) => `${f.ruleId} “${text.slice(f.range.start, f.range.end)}”`), []);
  });
});
