// The shallow clause reader: where the main clause starts, its verb group and main verb, and
// whether it is passive, imperative or opened by a "Label:" prefix. Each expectation names the
// words at the token indices, so a failure says which word was taken for what.
import { strict as assert } from 'node:assert';
import { clauseShape } from '../../src/core/clause';
import { splitClauses } from '../../src/core/sentences';
import { tokenize } from '../../src/core/words';

interface Expected {
  /** The first word of the clause, the first word of the verb group, the main verb, and the token ending the clause (`<end>` for the sentence end). */
  start: string;
  group: string | null;
  verb: string | null;
  end: string;
  passive?: boolean;
  imperative?: boolean;
  labelled?: boolean;
}

function shapeOf(text: string) {
  const tokens = tokenize(text);
  const shape = clauseShape(tokens);
  const word = (i: number) => (i < 0 ? null : i === tokens.length ? '<end>' : tokens[i].text);
  return {
    indices: { start: shape.start, groupStart: shape.groupStart, verbAt: shape.verbAt, end: shape.end },
    words: {
      start: word(shape.start), group: word(shape.groupStart), verb: word(shape.verbAt), end: word(shape.end),
      passive: shape.passive, imperative: shape.imperative, labelled: shape.labelled,
    },
  };
}

const CASES: Array<[text: string, expected: Expected]> = [
  // Subject and finite verb.
  ['The new portal lets residents book appointments online.', { start: 'The', group: 'lets', verb: 'lets', end: '<end>' }],
  // A noun-first word read as a verb after its subject, before a determiner.
  ['The service records every call.', { start: 'The', group: 'records', verb: 'records', end: '<end>' }],
  // After a determiner and an -ing word, a noun ("a growing burden"), not the verb.
  ['A growing burden of chronic disease is being tackled with digital tools.', { start: 'A', group: 'is', verb: 'tackled', end: '<end>', passive: true }],
  // After "fewer", "less" or "more", a participle describes the noun: no verb in this fragment.
  ['Fewer missed appointments.', { start: 'Fewer', group: null, verb: null, end: '<end>' }],
  // Modal + perfect: the group starts at the auxiliary, the main verb is the participle.
  ['By next spring, the council will have moved its housing services to the cloud.', { start: 'the', group: 'will', verb: 'moved', end: '<end>' }],
  ['We will be able to use the new records system.', { start: 'We', group: 'will', verb: 'use', end: '<end>' }],
  // Passives: a rollout and a plain fact.
  ['Virtual wards have been deployed across the county.', { start: 'Virtual', group: 'have', verb: 'deployed', end: '<end>', passive: true }],
  ['The new records system will be rolled out to all wards.', { start: 'The', group: 'will', verb: 'rolled', end: '<end>', passive: true }],
  ['Records are kept for seven years.', { start: 'Records', group: 'are', verb: 'kept', end: '<end>', passive: true }],
  // A copula with an adjective is not a passive: "be" is the verb.
  ['Our staff are helpful.', { start: 'Our', group: 'are', verb: 'are', end: '<end>' }],
  // "Label:" prefixes, as in feature lists.
  ['Smart routing: requests are sent to the right team.', { start: 'requests', group: 'are', verb: 'sent', end: '<end>', passive: true, labelled: true }],
  ['Case routing: each request is assigned to a named officer.', { start: 'each', group: 'is', verb: 'assigned', end: '<end>', passive: true, labelled: true }],
  // Imperatives, including a noun-first verb before a determiner.
  ['Publish the data strategy by June.', { start: 'Publish', group: 'Publish', verb: 'Publish', end: '<end>', imperative: true }],
  ['Increase the use of online booking.', { start: 'Increase', group: 'Increase', verb: 'Increase', end: '<end>', imperative: true }],
  // The clause ends at a semicolon.
  ['The app sends reminders by text; patients still miss appointments.', { start: 'The', group: 'sends', verb: 'sends', end: ';' }],
];

describe('clauseShape', () => {
  for (const [text, expected] of CASES) {
    it(`reads “${text}”`, () => {
      assert.deepEqual(shapeOf(text).words, { passive: false, imperative: false, labelled: false, ...expected });
    });
  }

  it('gives token indices: opening adverbial skipped, verb group, clause end', () => {
    // By(0) next(1) spring(2) ,(3) the(4) council(5) will(6) have(7) moved(8) ... .(15)
    assert.deepEqual(shapeOf('By next spring, the council will have moved its housing services to the cloud.').indices,
      { start: 4, groupStart: 6, verbAt: 8, end: 16 });
    // Smart(0) routing(1) :(2) requests(3) are(4) sent(5) ...
    assert.deepEqual(shapeOf('Smart routing: requests are sent to the right team.').indices, { start: 3, groupStart: 4, verbAt: 5, end: 11 });
    // The(0) app(1) sends(2) reminders(3) by(4) text(5) ;(6)
    assert.deepEqual(shapeOf('The app sends reminders by text; patients still miss appointments.').indices, { start: 0, groupStart: 2, verbAt: 2, end: 6 });
  });

  it('a colon after a full clause is not a label', () => {
    // "Records are kept ...: ..." has a verb before the colon.
    const shape = shapeOf('Records are kept for seven years: after that they are destroyed.');
    assert.equal(shape.words.labelled, false);
    assert.equal(shape.words.verb, 'kept');
    assert.equal(shape.words.end, ':');
  });
});

describe('clauses judged on their own (splitClauses)', () => {
  const clauses = (text: string) => splitClauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end));

  it('keeps a short label with its sentence: the label is the topic, and the reader sees "Label:"', () => {
    assert.deepEqual(clauses('Smart routing: requests are sent to the right team.'), ['Smart routing: requests are sent to the right team.']);
    assert.deepEqual(clauses('Our mission: better care for every resident.'), ['Our mission: better care for every resident.']);
  });

  it('splits at a colon after a longer clause, at semicolons, and between comma clauses that each promise', () => {
    assert.deepEqual(clauses('Our legacy systems cannot share data with each other: the new platform will fix that.'), [
      'Our legacy systems cannot share data with each other', 'the new platform will fix that.',
    ]);
    assert.deepEqual(clauses('Waits are long; the app will cut them.'), ['Waits are long', 'the app will cut them.']);
    assert.deepEqual(clauses('AI will unblock backlogs, automation will free frontline time.'), [
      'AI will unblock backlogs', 'automation will free frontline time.',
    ]);
  });

  it('does not split a subject from its verb: a piece that opens with its modal has no subject of its own', () => {
    assert.deepEqual(clauses('Services so good that everyone who can use them, will choose to do so.'), [
      'Services so good that everyone who can use them, will choose to do so.',
    ]);
  });
});
