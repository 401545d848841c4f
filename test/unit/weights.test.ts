// The shipped weights (src/core/model/weights.json) must be what `npm run fit` gives on the labelled
// corpus with the lexicons as they are: a lexicon or feature change without a refit would ship a
// model fitted to other features. Needs ../shared/corpus (or REALIST_CORPUS); skipped without it,
// since the project must build and test without ../shared.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInLexicons, compileLexicons } from '../../src/core/lexicon';
import { corpusPath, readCorpus } from '../../scripts/model/corpus';
import { toExamples, train } from '../../scripts/model/train';

describe('shipped claim-model weights', () => {
  it('are exactly what `npm run fit` gives on the labelled corpus', function () {
    if (!existsSync(corpusPath())) this.skip();
    this.timeout(60_000);
    const shipped = JSON.parse(readFileSync(path.resolve(__dirname, '../../src/core/model/weights.json'), 'utf8')) as unknown;
    const fitted = JSON.parse(JSON.stringify(train(toExamples(readCorpus(), compileLexicons(builtInLexicons()))))) as unknown;
    assert.deepEqual(shipped, fitted, 'src/core/model/weights.json is stale: run `npm run fit` and commit the result');
  });
});
