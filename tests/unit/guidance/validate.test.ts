import { describe, expect, it } from 'vitest';
import type { PackIssue } from '../../../lib/guidance/pack-errors';
import { PACK_SIZE_LIMIT, validatePack } from '../../../lib/guidance/validate';
import { examplePack } from './fixtures/packs';

function errorsOf(input: unknown): PackIssue[] {
  const result = validatePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

/** The one issue at `path`, checked to be worded in both languages. */
function issueAt(input: unknown, path: string): PackIssue {
  const errors = errorsOf(input);
  const found = errors.find((issue) => issue.path === path);
  if (!found) throw new Error(`no issue at ${path}; got ${errors.map((issue) => issue.path).join(', ')}`);
  expect(found.message.en).not.toBe('');
  expect(found.message.fr).not.toBe('');
  expect(found.message.fr).not.toBe(found.message.en);
  return found;
}

describe('validatePack', () => {
  it('accepts the example pack, as text or as a value', () => {
    const text = JSON.stringify(examplePack());
    const fromText = validatePack(text);
    expect(fromText.ok).toBe(true);
    expect(validatePack(examplePack()).ok).toBe(true);
    if (fromText.ok) expect(fromText.pack.teams.map((team) => team.id)).toEqual(['marketing', 'sales']);
  });

  it('fills defaults for fields a manager may leave out', () => {
    const pack = examplePack();
    delete pack.teams[1].rules;
    delete pack.teams[1].settings;
    const result = validatePack(pack);
    expect(result.ok && result.pack.teams[1]!.settings.sendNudge).toBe(true);
  });

  it('refuses text that is not JSON, saying where', () => {
    const issue = issueAt('{\n  "schemaVersion": 1\n  "id": "x"\n}', '(root)');
    expect(issue.code).toBe('not-json-at');
    expect(issue.message.en).toContain('line 3, column 3');
    expect(issue.message.fr).toContain('ligne 3, colonne 3');
  });

  it('refuses text that is not JSON even when the parser gives no place', () => {
    const issue = issueAt('{"a": }', '(root)');
    expect(issue.code).toMatch(/^not-json/);
    expect(issue.message.en).toContain("Unexpected token '}'");
  });

  it('ignores a byte-order mark at the start of a file', () => {
    expect(validatePack(`\uFEFF${JSON.stringify(examplePack())}`).ok).toBe(true);
  });

  it('refuses a wrong or missing schemaVersion', () => {
    const wrong = examplePack();
    wrong.schemaVersion = 2;
    expect(issueAt(wrong, 'schemaVersion')).toMatchObject({ code: 'schema-version' });
    expect(issueAt(wrong, 'schemaVersion').message.en).toContain('found 2');

    const missing = examplePack();
    delete missing.schemaVersion;
    expect(issueAt(missing, 'schemaVersion').message.fr).toContain('trouvé : rien');
  });

  it('refuses unknown fields at their own path', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].patern = {};
    pack.colour = 'red';
    expect(issueAt(pack, 'teams[0].rules[0].patern')).toMatchObject({ code: 'unknown-field' });
    expect(issueAt(pack, 'colour').message.fr).toContain('Champ inconnu « colour »');
  });

  it('refuses a missing translation, naming the language', () => {
    const pack = examplePack();
    delete pack.teams[0].rules[0].why.fr;
    const issue = issueAt(pack, 'teams[0].rules[0].why.fr');
    expect(issue.code).toBe('missing-translation');
    expect(issue.message.en).toContain('fr');
  });

  it('refuses patterns missing for one language', () => {
    const pack = examplePack();
    delete pack.teams[0].rules[0].patterns.en;
    expect(issueAt(pack, 'teams[0].rules[0].patterns.en')).toMatchObject({ code: 'missing-translation' });
  });

  it('refuses a value of the wrong type without calling it missing', () => {
    const pack = examplePack();
    pack.teams[0].name.fr = 42;
    expect(issueAt(pack, 'teams[0].name.fr')).toMatchObject({ code: 'wrong-type' });
  });

  it('refuses duplicate team ids, rule ids and report ids in a team', () => {
    const teams = examplePack();
    teams.teams[1].id = 'marketing';
    expect(issueAt(teams, 'teams[1].id')).toMatchObject({ code: 'duplicate-id' });

    const rules = examplePack();
    rules.teams[0].rules.push(structuredClone(rules.teams[0].rules[0]));
    expect(issueAt(rules, 'teams[0].rules[1].id').message.en).toContain('"story-now"');

    const reports = examplePack();
    reports.teams[0].reports.push(structuredClone(reports.teams[0].reports[0]));
    expect(issueAt(reports, 'teams[0].reports[1].id')).toMatchObject({ code: 'duplicate-id' });
  });

  it('lets two teams use the same rule id', () => {
    const pack = examplePack();
    pack.teams[1].rules = [structuredClone(pack.teams[0].rules[0])];
    pack.teams[1].rules[0].reports = ['editorial-calendar'];
    expect(validatePack(pack).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['ftp://files.acme.example/report'],
    ['not a link'],
  ])('refuses the link %s', (link) => {
    const pack = examplePack();
    pack.teams[0].reports[0].url = link;
    pack.teams[0].contact.link = link;
    expect(issueAt(pack, 'teams[0].reports[0].url')).toMatchObject({ code: 'unsafe-link' });
    expect(issueAt(pack, 'teams[0].contact.link').message.fr).toContain('mailto:');
  });

  it('accepts http, https and mailto links', () => {
    const pack = examplePack();
    pack.teams[0].reports[0].url = 'http://intranet.acme.example/report';
    pack.teams[0].contact.link = 'mailto:camille@acme.example';
    expect(validatePack(pack).ok).toBe(true);
  });

  it('accepts strings with HTML in them unchanged (they are shown as text)', () => {
    const pack = examplePack();
    const payload = '<img src=x onerror="alert(1)"><b>Story</b>';
    pack.teams[0].rules[0].title.en = payload;
    pack.teams[0].rules[0].rewrites.fr = [payload];
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.teams[0]!.rules[0]!.title.en).toBe(payload);
  });

  it('refuses a rule pointing at a report that does not exist', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].reports = ['editorial-calendar', 'no-such-report'];
    expect(issueAt(pack, 'teams[0].rules[0].reports[1]')).toMatchObject({ code: 'unknown-report' });
  });

  it('refuses built-in report ids for a team that does not use the built-in rules', () => {
    const pack = examplePack();
    pack.teams[0].useBuiltinRules = false;
    expect(issueAt(pack, 'teams[0].rules[0].reports[0]').message.en).toContain('"editorial-calendar"');
  });

  it('refuses a pack over the size limit before parsing it', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].why.en = 'x'.repeat(2000);
    const big = JSON.stringify(pack).replace(
      '"version"',
      `"padding": "${' '.repeat(PACK_SIZE_LIMIT)}", "version"`,
    );
    const issue = issueAt(big, '(root)');
    expect(issue.code).toBe('too-large');
    expect(issue.message.en).toContain('limit is 512 KB');
    expect(issue.message.fr).toContain('512 Ko');
  });

  it('refuses bad ids, dates, periods and sites with their own words', () => {
    const pack = examplePack();
    pack.teams[0].id = 'Marketing Team';
    pack.teams[0].reports[0].date = '01/11/2026';
    pack.teams[0].reports[0].period = 'daily';
    pack.teams[0].settings.extraSites = ['http://intranet.acme.example/*'];
    expect(issueAt(pack, 'teams[0].id').code).toBe('invalid-id');
    expect(issueAt(pack, 'teams[0].reports[0].date').code).toBe('invalid-date');
    expect(issueAt(pack, 'teams[0].reports[0].period').message.en).toContain('monthly');
    expect(issueAt(pack, 'teams[0].settings.extraSites[0]').code).toBe('invalid-site');
  });

  it('refuses a pack without teams', () => {
    const pack = examplePack();
    pack.teams = [];
    expect(issueAt(pack, 'teams')).toMatchObject({ code: 'too-few' });
  });

  it('refuses a pattern that does not compile, pointing at that pattern and column', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].patterns.fr.push('(mettre|mets ca en story');
    const issue = issueAt(pack, 'teams[0].rules[0].patterns.fr[1]');
    expect(issue.code).toBe('pattern-error');
    expect(issue.message.en).toContain('column 1: This ( is never closed.');
    expect(issue.message.fr).toContain('colonne 1');
  });

  it('refuses a broken exception at its own path', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].exceptions.en = ['story *9 life'];
    expect(issueAt(pack, 'teams[0].rules[0].exceptions.en[0]')).toMatchObject({ code: 'pattern-error' });
  });

  it('refuses a pattern too costly to run on every keystroke', () => {
    const pack = examplePack();
    pack.teams[0].slots.big = Array.from({ length: 200 }, (_, i) => `word${i} alpha beta`);
    pack.teams[0].rules[0].patterns.en.push('put {big} in story');
    const issue = issueAt(pack, 'teams[0].rules[0].patterns.en[1]');
    expect(issue.code).toBe('pattern-too-costly');
    expect(issue.message.en).toMatch(/\(\d+ > 500\)/);
    expect(issue.message.fr).toContain('trop coûteux');
  });

  it('refuses a team whose patterns together exceed the engine budget', () => {
    const pack = examplePack();
    pack.teams[0].slots.big = Array.from({ length: 160 }, (_, i) => `w${i} alpha beta`);
    const costly = Array.from({ length: 50 }, () => 'put {big} now');
    pack.teams[0].rules = Array.from({ length: 5 }, (_, i) => ({
      ...structuredClone(pack.teams[0].rules[0]),
      id: `costly-${i}`,
      patterns: { en: costly, fr: [] },
      exceptions: { en: [], fr: [] },
      examples: { en: { match: ['put w1 alpha beta now'], noMatch: [] }, fr: { match: [], noMatch: [] } },
    }));
    const issue = issueAt(pack, 'teams[0].rules');
    expect(issue.code).toBe('pattern-too-costly');
    expect(issue.message.en).toMatch(/\(\d+ > 100000\)/);
  });

  it('lists every failing example with its rule, language, text and expectation', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].examples.en.match.push('Please share this on LinkedIn');
    pack.teams[0].rules[0].examples.fr.noMatch.push('Tu peux mettre ça en story demain ?');
    const errors = errorsOf(pack);
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([
      ['teams[0].rules[0].examples.en.match[2]', 'example-not-matched'],
      ['teams[0].rules[0].examples.fr.noMatch[1]', 'example-matched'],
    ]);
    expect(errors[0]!.message.en).toBe(
      'Example should be caught by rule "story-now" (en) but is not: "Please share this on LinkedIn".',
    );
    expect(errors[1]!.message.fr).toContain('ne devrait pas être repéré par la règle « story-now » (fr)');
  });

  it('runs examples with the exceptions applied', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].exceptions.en = ['put this in a story'];
    expect(issueAt(pack, 'teams[0].rules[0].examples.en.match[0]')).toMatchObject({
      code: 'example-not-matched',
    });
  });

  it('refuses slot entries the engine would ignore', () => {
    const pack = examplePack();
    pack.teams[0].slots.network.push('!!!', 'one two three four five six seven');
    expect(issueAt(pack, 'teams[0].slots.network[2]').message.en).toContain('found 0');
    expect(issueAt(pack, 'teams[0].slots.network[3]').message.fr).toContain('trouvé : 7');
  });

  it('matches examples with the built-in slot lists merged into the team', () => {
    const pack = examplePack();
    pack.teams[0].rules[0].patterns.en.push('why not on {network}');
    pack.teams[0].rules[0].examples.en.match.push('why not on Threads', 'why not on TikTok');
    expect(validatePack(pack).ok).toBe(true);
  });
});
