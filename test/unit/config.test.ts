import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfig, parseConfigText, parseLexiconText } from '../../src/core/config';
import { LEXICON_KINDS } from '../../src/core/lexicon';
import { RULE_IDS } from '../../src/core/rules/ids';
import { clearSettingsCache, findConfigFile, loadSettingsFor } from '../../src/node/configFiles';

const FIXTURES = join(__dirname, '..', 'fixtures', 'config');
const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);
const read = (...parts: string[]): string => readFileSync(fixture(...parts), 'utf8');

describe('configuration', () => {
  beforeEach(() => clearSettingsCache());

  describe('parseConfigText', () => {
    it('reads every setting of a valid file', () => {
      const { config, problems } = parseConfigText(read('valid', '.realist.json'), 'valid/.realist.json');
      assert.deepEqual(problems, []);
      assert.deepEqual(config, {
        rules: { 'hype-term': 'info', 'absolute-claim': 'off', 'vague-intensifier': { severity: 'error' } },
        packs: ['health'],
        allow: ['Seamless Care', 'key stage'],
      });
    });

    it('reports broken JSON with its line, column and a plain message, and uses the defaults', () => {
      const { config, problems } = parseConfigText(read('broken-json', '.realist.json'), 'broken-json/.realist.json');
      assert.deepEqual(config, {});
      assert.deepEqual(problems, [{
        file: 'broken-json/.realist.json',
        path: '',
        message: 'expected \',\' or \'}\' after the value of "hype-term" but found \'"\' (the file is not valid JSON, so default settings are used)',
        line: 4,
        column: 5,
      }]);
    });

    it('names other syntax errors plainly', () => {
      const message = (text: string) => parseConfigText(text, 'x.json').problems[0];
      assert.deepEqual(message(''), { file: 'x.json', path: '', message: 'the file is empty: expected a JSON object (the file is not valid JSON, so default settings are used)', line: 1, column: 1 });
      assert.match(message('{\n  // no\n}').message, /^comments are not allowed in JSON/);
      assert.deepEqual([message('{\n  "packs": ["health",]\n}').line, message('{\n  "packs": ["health",]\n}').column], [2, 22]);
      assert.match(message('{"allow": [\'x\']}').message, /^strings must be in double quotes/);
      assert.match(message('{"rules": {}').message, /^the object opened at line 1, column 1 is not closed: a '}' is missing/);
      assert.match(message('{} {}').message, /^unexpected '\{' after the end of the JSON value/);
      assert.match(message(`${'['.repeat(5000)}`).message, /nested more than/);
    });

    it('reports wrong types at their JSON pointer and keeps the valid settings', () => {
      const { config, problems } = parseConfigText(read('wrong-types', '.realist.json'), 'wrong-types/.realist.json');
      assert.deepEqual(problems, [
        { file: 'wrong-types/.realist.json', path: '/rules/hype-term', message: 'rules/hype-term must be "off", "error", "warning" or "info", or an object like {"severity": "warning"}', line: 3, column: 18 },
        { file: 'wrong-types/.realist.json', path: '/packs', message: 'packs must be a list (a JSON array)', line: 6, column: 12 },
        { file: 'wrong-types/.realist.json', path: '/allow/1', message: 'allow/1 must be a string', line: 7, column: 30 },
      ]);
      assert.deepEqual(config, { rules: { 'feature-focus': 'off' }, allow: ['Seamless Care'] });
    });

    it('names an unknown rule with the known ones, and an unknown setting with the settings', () => {
      const { config, problems } = parseConfigText(read('unknown-rule', '.realist.json'), 'unknown-rule/.realist.json');
      assert.deepEqual(problems.map((p) => [p.path, p.message]), [
        ['/rule', "'rule' is not a setting (did you mean 'rules'?); the settings are: rules, lexicons, packs, allow"],
        ['/rules/hype-terms', `'hype-terms' is not a rule (did you mean 'hype-term'?); the rules are: ${RULE_IDS.join(', ')}`],
      ]);
      assert.deepEqual(config, { rules: { 'absolute-claim': { severity: 'error' } } });
    });

    it('checks packs and allow phrases, falling back to every pack when none is valid', () => {
      const misspelt = parseConfigText('{"packs": ["heath"], "allow": ["  ", "Seamless Care"]}', 'x.json');
      assert.deepEqual(misspelt.problems.map((p) => [p.path, p.message]), [
        ['/packs/0', 'packs/0 must be one of: general, health, public-services'],
        ['/allow/0', "allow/0 '  ' has no words to match"],
      ]);
      assert.deepEqual(misspelt.config, { allow: ['Seamless Care'] });
      assert.deepEqual(parseConfigText('{"packs": ["heath", "public-services"]}', 'x.json').config, { packs: ['public-services'] });
      assert.deepEqual(parseConfigText('{"packs": []}', 'x.json').config, { packs: [] });
    });

    it('warns of a setting given twice and uses the last', () => {
      const { config, problems } = parseConfigText('{"rules": {"hype-term": "off"},\n "rules": {}}', 'x.json');
      assert.deepEqual(problems, [{ file: 'x.json', path: '/rules', message: "'rules' is given more than once; the last one is used", line: 2, column: 11 }]);
      assert.deepEqual(config, { rules: {} });
    });

    it('rejects a file that is not an object', () => {
      const { config, problems } = parseConfigText('["rules"]', 'x.json');
      assert.deepEqual(config, {});
      assert.equal(problems[0].path, '');
      assert.match(problems[0].message, /must be a JSON object/);
    });

    it('checks settings that arrive already parsed', () => {
      const { config, problems } = checkConfig({ rules: { 'hype-term': 'loud' } }, 'settings.json');
      assert.deepEqual(config, { rules: {} });
      assert.deepEqual(problems.map((p) => p.path), ['/rules/hype-term']);
      assert.equal(problems[0].line, undefined);
    });
  });

  describe('parseLexiconText', () => {
    it('reads a valid lexicon', () => {
      const { file, problems } = parseLexiconText(read('lexicons', 'lexicons', 'products.json'), 'products.json');
      assert.deepEqual(problems, []);
      assert.deepEqual(file?.entries.map((e) => e.term), ['CivicHub', 'MyCouncil app']);
    });

    it('reports a syntax error with line and column and uses nothing from the file', () => {
      const { file, problems } = parseLexiconText(read('lexicons', 'lexicons', 'malformed.json'), 'malformed.json');
      assert.equal(file, undefined);
      assert.deepEqual(problems, [{ file: 'malformed.json', path: '', message: 'trailing commas are not allowed in JSON (the file is not valid JSON, so none of its entries are used)', line: 8, column: 3 }]);
    });

    it('drops a bad entry, pointing at it, and keeps the rest', () => {
      const { file, problems } = parseLexiconText(read('lexicons', 'lexicons', 'one-bad-entry.json'), 'one-bad-entry.json');
      assert.deepEqual(problems, [{ file: 'one-bad-entry.json', path: '/entries/1/kind', message: `entries/1/kind must be one of: ${LEXICON_KINDS.join(', ')}`, line: 10, column: 34 }]);
      assert.deepEqual(file?.entries.map((e) => e.term), ['best-of-both-worlds', 'blue-sky']);
    });
  });

  describe('config files', () => {
    it('finds the nearest .realist.json upwards', () => {
      assert.equal(findConfigFile(fixture('discovery', 'a', 'b', 'c')), fixture('discovery', '.realist.json'));
      assert.equal(findConfigFile(fixture('discovery')), fixture('discovery', '.realist.json'));
      const settings = loadSettingsFor(fixture('discovery', 'a', 'b', 'c', 'draft.txt'), { trusted: true });
      assert.equal(settings.configFile, fixture('discovery', '.realist.json'));
      assert.deepEqual(settings.config, { rules: { 'hype-term': 'off' } });
    });

    it('uses the defaults when there is no config file up to the root', () => {
      const dir = mkdtempSync(join(tmpdir(), 'realist-none-'));
      try {
        assert.equal(findConfigFile(dir), undefined);
        assert.deepEqual(loadSettingsFor(join(dir, 'draft.md'), { trusted: true }), { config: {}, extraLexicons: [], problems: [] });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reports a broken config file by name and uses the defaults', () => {
      const settings = loadSettingsFor(fixture('broken-json', 'draft.md'), { trusted: true });
      assert.deepEqual(settings.config, {});
      assert.equal(settings.problems.length, 1);
      assert.equal(settings.problems[0].file, fixture('broken-json', '.realist.json'));
      assert.deepEqual([settings.problems[0].line, settings.problems[0].column], [4, 5]);
    });

    it('loads the lexicons a config names; a missing or malformed one is a problem and the others still load', () => {
      const settings = loadSettingsFor(fixture('lexicons', 'docs', 'strategy.md'), { trusted: true });
      assert.equal(settings.configFile, fixture('lexicons', '.realist.json'));
      assert.deepEqual(settings.config.packs, ['public-services']);
      assert.deepEqual(settings.extraLexicons.map((l) => l.name), ['Our products', 'Buzzwords']);
      assert.deepEqual(settings.problems.map((p) => [p.file, p.path]), [
        [fixture('lexicons', '.realist.json'), '/lexicons/1'],
        [fixture('lexicons', 'lexicons', 'malformed.json'), ''],
        [fixture('lexicons', 'lexicons', 'one-bad-entry.json'), '/entries/1/kind'],
      ]);
      assert.equal(
        settings.problems[0].message,
        `lexicon file 'lexicons/missing.json' does not exist (looked for ${fixture('lexicons', 'lexicons', 'missing.json')}); the other lexicons are still used`,
      );
    });

    it('ignores workspace config and lexicons entirely when the workspace is not trusted', () => {
      assert.deepEqual(loadSettingsFor(fixture('lexicons', 'docs', 'strategy.md'), { trusted: false }), { config: {}, extraLexicons: [], problems: [] });
      assert.deepEqual(loadSettingsFor(fixture('broken-json', 'draft.md'), { trusted: false }), { config: {}, extraLexicons: [], problems: [] });
    });

    it('reads each file once while it is unchanged, and again when it changes', () => {
      const dir = mkdtempSync(join(tmpdir(), 'realist-cache-'));
      try {
        cpSync(fixture('lexicons'), dir, { recursive: true });
        const doc = join(dir, 'docs', 'strategy.md');
        const first = loadSettingsFor(doc, { trusted: true });
        const second = loadSettingsFor(doc, { trusted: true });
        assert.equal(second.extraLexicons[0], first.extraLexicons[0], 'the parsed lexicon is reused');
        assert.equal(second.config, first.config, 'the parsed config is reused');

        const products = join(dir, 'lexicons', 'products.json');
        const changed = JSON.parse(readFileSync(products, 'utf8'));
        changed.entries.push({ term: 'RoadWatch', kind: 'technology', source: 'council-it' });
        writeFileSync(products, JSON.stringify(changed));
        const later = new Date(Date.now() + 5000);
        utimesSync(products, later, later);
        const third = loadSettingsFor(doc, { trusted: true });
        assert.deepEqual(third.extraLexicons[0].entries.map((e) => e.term), ['CivicHub', 'MyCouncil app', 'RoadWatch']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reports a config that names a folder as a lexicon', () => {
      const dir = mkdtempSync(join(tmpdir(), 'realist-folder-'));
      try {
        writeFileSync(join(dir, '.realist.json'), '{"lexicons": ["."]}');
        const settings = loadSettingsFor(join(dir, 'a.md'), { trusted: true });
        assert.equal(settings.problems.length, 1);
        assert.match(settings.problems[0].message, /^lexicon file '\.' is a folder, not a file/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
