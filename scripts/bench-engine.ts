/**
 * Engine benchmark (`npm run bench:engine`): one full scan of a 10,000-word French/English draft with the
 * built-in rules plus 200 generated ones, against (a) the naive way — one case-insensitive RegExp per
 * phrase over the raw text — and (b) the floor, one normalisation pass. Deterministic input (seeded).
 */
import { existsSync, readFileSync } from 'node:fs';
import { detect } from '../lib/detect/detector';
import { compileGuidance, findMatches, normalise } from '../lib/detect/index';
import { loadModel, MODEL_FILE } from '../lib/detect/model/index';
import { type PatternNode, parsePattern } from '../lib/detect/pattern';
import type { DetectionRule, SlotLists } from '../lib/detect/types';
import { LANGS } from '../lib/detect/types';
import { BUILTIN_PACK } from '../lib/guidance/builtin';
import { compileTeam } from '../lib/guidance/compile-team';
import { compiledTeamFromStore, storedCompiledOf } from '../lib/guidance/compiled-store';
import { modelSetupFor } from '../lib/guidance/model-setup';
import { resolveTeam } from '../lib/guidance/resolved';

/** mulberry32: small, seeded, good enough to make the same draft on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const EN =
  `the a to of and in for on with this that it we you they is are was be have has will can could would
please team meeting report budget project client campaign launch video post page update week month
quarter plan draft deck slides review numbers sales website newsletter event partners brand customers
feedback schedule deadline tomorrow today friday monday morning afternoon thanks regards hello hi
great good quick short long new next last first final launch share send call email chat agenda notes
minutes results growth audience content photo article press release product feature story idea`.split(/\s+/);
const FR =
  `le la les un une des de du et en pour sur avec ce cette il elle nous vous ils est sont était être avoir
a sera peut pourrait merci équipe réunion rapport budget projet client campagne lancement vidéo page
semaine mois trimestre plan brouillon présentation chiffres ventes site lettre événement partenaires
marque clients retours calendrier échéance demain aujourd'hui vendredi lundi matin après-midi bonjour
salut bien rapide court long nouveau prochain dernier premier finale partager envoyer appel courriel
ordre du jour notes résultats croissance audience contenu photo article communiqué produit histoire idée
où ça déjà très cœur`.split(/\s+/);

const PLANTED = [
  'Could you post this on LinkedIn immediately?',
  'Tu peux faire le buzz avec cette vidéo ?',
  'Pourquoi on n’est pas sur Bluesky ?',
  'Quel est le ROI des médias sociaux ?',
  "What's the ROI of social media?",
  'Can we make it go viral?',
];

function makeDraft(words: number): string {
  const parts: string[] = [];
  let count = 0;
  let sentence = 0;
  while (count < words) {
    if (count > 0 && count % 900 < 12 && sentence > 3) {
      const phrase = pick(PLANTED);
      parts.push(phrase);
      count += phrase.split(/\s+/).length;
      sentence = 0;
      continue;
    }
    const list = random() < 0.5 ? EN : FR;
    let word = pick(list);
    if (sentence === 0) word = word[0]!.toUpperCase() + word.slice(1);
    parts.push(word);
    count++;
    sentence++;
    const r = random();
    if (sentence > 6 && r < 0.12) {
      parts[parts.length - 1] += pick(['.', '.', '?', '!', '.\n', '…']);
      sentence = 0;
    } else if (r < 0.16) parts[parts.length - 1] += ',';
  }
  return parts.join(' ');
}

const INLINE_RULES: DetectionRule[] = [
  {
    id: 'post-now',
    patterns: {
      en: [
        '(post|publish|share|put) (this|it) [on {network}] *2 (now|asap|a s a p|immediately~|right away|today)',
      ],
      fr: [
        '(poste*|publie*|partage*) [ca|ce|cette] * (maintenant|tout de suite|asap|immediatement~|aujourd hui)',
      ],
    },
    exceptions: { en: ['post * minutes'], fr: [] },
  },
  {
    id: 'go-viral',
    patterns: {
      en: ['(make|get) (it|this) [go] viral', 'get * trending'],
      fr: ['faire le buzz', 'rendre * viral*'],
    },
  },
  {
    id: 'new-network',
    patterns: {
      en: ['why (aren t|are not|arent) we on {network}'],
      fr: [
        'pourquoi (on|nous) (n est|est|ne sommes|sommes) pas sur {network}',
        'on attend quoi pour ouvrir un {network}',
      ],
    },
  },
  {
    id: 'roi',
    patterns: {
      en: ['(what s|what is|whats) the (roi|return on investment) of (social media|social|{network})'],
      fr: ['(quel est|c est quoi) le roi des (medias|reseaux) sociaux', 'ca rapporte quoi [{network}]'],
    },
  },
];
const INLINE_SLOTS: SlotLists = {
  network: ['TikTok', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon', 'Threads', 'YouTube', 'Google Plus'],
};

interface PackLike {
  teams?: { rules?: DetectionRule[]; slots?: Record<string, string[]> }[];
}

function builtinRules(): { rules: DetectionRule[]; slots: SlotLists; source: string } {
  const path = ['lib/guidance/builtin-pack.json', 'lib/guidance/builtin.json'].find((file) =>
    existsSync(file),
  );
  if (!path)
    return { rules: INLINE_RULES, slots: INLINE_SLOTS, source: 'inline set (no built-in pack file yet)' };
  const pack = JSON.parse(readFileSync(path, 'utf8')) as PackLike;
  const rules = (pack.teams ?? []).flatMap((team) => team.rules ?? []);
  const slots: Record<string, string[]> = {};
  for (const team of pack.teams ?? []) {
    for (const [name, list] of Object.entries(team.slots ?? {}))
      slots[name] = [...(slots[name] ?? []), ...list];
  }
  return { rules, slots, source: path };
}

const VERBS = [
  'send',
  'share',
  'publish',
  'tweet',
  'boost',
  'promote',
  'envoyer',
  'partager',
  'relayer',
  'booster',
];
const OBJECTS = [
  'video',
  'vidéo',
  'photo',
  'story',
  'article',
  'post',
  'page',
  'event',
  'newsletter',
  'campagne',
];
const TAILS = [
  'now',
  'asap',
  'tonight',
  'urgently',
  'maintenant',
  'ce soir',
  'vite',
  'en urgence',
  'today',
  'demain',
];
const STEMS = ['promo', 'market', 'annonc', 'visib', 'engag', 'abonn', 'follow', 'influen'];
const LONG = ['immediately', 'urgently', 'quickly', 'rapidement', 'visibility', 'engagement', 'followers'];

/** 200 extra rules shaped like what managers write: alternatives, options, gaps, prefixes, typos, slots. */
function generatedRules(): DetectionRule[] {
  const shapes = [
    () => `(${pick(VERBS)}|${pick(VERBS)}) [the|this|ce|cette] * ${pick(OBJECTS)} [${pick(TAILS)}]`,
    () => `${pick(STEMS)}* ${pick(OBJECTS)} *2 (${pick(TAILS)}|${pick(TAILS)})`,
    () => `can (you|we) ${pick(VERBS)} [it|this] on {network}`,
    () => `${pick(LONG)}~ ${pick(VERBS)} [${pick(OBJECTS)}]`,
    () => `(plus de|more) ${pick(OBJECTS)} [sur|on] {network}`,
    () => `${pick(VERBS)} ${pick(OBJECTS)} (${pick(TAILS)}|${pick(TAILS)}|${pick(TAILS)})`,
  ];
  return Array.from({ length: 200 }, (_, i) => ({
    id: `extra-${i}`,
    patterns: { en: [pick(shapes)(), pick(shapes)()], fr: [pick(shapes)()] },
    ...(i % 5 === 0 ? { exceptions: { en: [`${pick(VERBS)} the minutes`], fr: [] } } : {}),
  }));
}

// ---- The naive approach: every pattern expanded into plain phrases, one RegExp each ----

const MAX_PHRASES_PER_PATTERN = 256;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each phrase as a list of regex pieces, one per word or gap. */
function expand(sequence: readonly PatternNode[], slots: SlotLists): string[][] {
  let phrases: string[][] = [[]];
  for (const node of sequence) {
    let options: string[][];
    switch (node.kind) {
      case 'word':
      case 'fuzzy':
        options = [[escapeRegExp(node.kind === 'word' ? node.word : node.word)]];
        break;
      case 'prefix':
        options = [[`${escapeRegExp(node.stem)}\\w*`]];
        break;
      case 'gap':
        options = [[`(?:\\W+\\w+){0,${node.max}}`]];
        break;
      case 'slot':
        options = slots[node.name]?.map((entry) => [escapeRegExp(entry)]) ?? [['\\w+']];
        break;
      case 'choice':
        options = node.alternatives.flatMap((alternative) => expand(alternative, slots));
        if (node.optional) options.push([]);
        break;
    }
    phrases = phrases.flatMap((phrase) => options.map((option) => [...phrase, ...option]));
    if (phrases.length > MAX_PHRASES_PER_PATTERN) phrases = phrases.slice(0, MAX_PHRASES_PER_PATTERN);
  }
  return phrases;
}

function naiveRegexps(rules: readonly DetectionRule[], slots: SlotLists): RegExp[] {
  const regexps: RegExp[] = [];
  for (const rule of rules) {
    for (const lang of LANGS) {
      for (const pattern of [...(rule.patterns[lang] ?? []), ...(rule.exceptions?.[lang] ?? [])]) {
        for (const phrase of expand(parsePattern(pattern), slots)) {
          regexps.push(new RegExp(`\\b${phrase.join('\\W+')}\\b`, 'gi'));
        }
      }
    }
  }
  return regexps;
}

function naiveScan(regexps: readonly RegExp[], text: string): number {
  let found = 0;
  for (const regexp of regexps) {
    regexp.lastIndex = 0;
    while (regexp.exec(text)) found++;
  }
  return found;
}

// ---- Timing ----

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

let sink = 0;
function timeMedian(run: () => number, warmup: number, samples: number): number {
  for (let i = 0; i < warmup; i++) sink += run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    sink += run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function timeMedianAsync(run: () => Promise<number>, warmup: number, samples: number): Promise<number> {
  for (let i = 0; i < warmup; i++) sink += await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    sink += await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function timeInterleaved(runs: (() => number)[], warmup: number, samples: number): number[] {
  for (let i = 0; i < warmup; i++) for (const run of runs) sink += run();
  const times = runs.map((): number[] => []);
  for (let i = 0; i < samples; i++) {
    runs.forEach((run, k) => {
      const start = performance.now();
      sink += run();
      times[k]!.push(performance.now() - start);
    });
  }
  return times.map(median);
}

const { rules: builtin, slots, source } = builtinRules();
const rules = [...builtin, ...generatedRules()];
const draft = makeDraft(10_000);
const compiled = compileGuidance(rules, slots);
const regexps = naiveRegexps(rules, slots);
const matches = findMatches(compiled, draft);

const firstScans: number[] = [];
for (let i = 0; i < 7; i++) {
  const fresh = compileGuidance(rules, slots);
  const start = performance.now();
  sink += findMatches(fresh, draft).length;
  firstScans.push(performance.now() - start);
}
// Floor and ours alternate sample by sample, so a busy machine slows both alike and the ratio holds.
const builtinOnly = compileGuidance(builtin, slots);
const [floor = 0, ours = 0, oursBuiltin = 0] = timeInterleaved(
  [
    () => normalise(draft).text.length,
    () => findMatches(compiled, draft).length,
    () => findMatches(builtinOnly, draft).length,
  ],
  30,
  201,
);
// What a page runs: the built-in team's patterns with the classifier beside them.
const modelBytes = readFileSync(`public/${MODEL_FILE}`);
const freshBuffer = () =>
  modelBytes.buffer.slice(modelBytes.byteOffset, modelBytes.byteOffset + modelBytes.length);
const model = loadModel(freshBuffer());
const team = compileTeam(resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK));
const setup = modelSetupFor(team.team, team.rules, model)!;
const detections = detect(team.patterns, setup, draft);
// A keystroke: one word in the middle of the draft changes, so the scan meets one sentence it has
// not scored yet (the classifier remembers the others' scores), as it does while someone types.
const middle = draft.indexOf(' ', draft.length / 2);
let keystroke = 0;
const typed = () => `${draft.slice(0, middle)} ${'xyzw'[keystroke++ % 4]}${draft.slice(middle)}`;
const [patternsAlone = 0, withModel = 0] = timeInterleaved(
  [() => findMatches(team.patterns, typed()).length, () => detect(team.patterns, setup, typed()).length],
  20,
  101,
);
// A draft never seen: a classifier freshly loaded remembers no word and no sentence.
const coldScans: number[] = [];
for (let i = 0; i < 9; i++) {
  const fresh = modelSetupFor(team.team, team.rules, loadModel(freshBuffer()))!;
  const start = performance.now();
  sink += detect(team.patterns, fresh, draft).length;
  coldScans.push(performance.now() - start);
}
const coldScan = median(coldScans);
const modelLoad = timeMedian(() => loadModel(freshBuffer()).header.rows, 3, 31);
const naive = timeMedian(() => naiveScan(regexps, draft), 3, 15);
const compileTime = timeMedian(() => compileGuidance(rules, slots).automaton.stateCount, 3, 15);
// What a page compiles when it gets ready, and what the result weighs.
const builtinTeam = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
const builtinCompile = timeMedian(() => compileTeam(builtinTeam).patterns.automaton.stateCount, 3, 15);
// What a page does instead when the background's compiled form fits: parse what storage hands over, load it.
const storedText = JSON.stringify(await storedCompiledOf(compileTeam(builtinTeam), 'bench'));
const storedLoad = await timeMedianAsync(
  async () =>
    (await compiledTeamFromStore(builtinTeam, JSON.parse(storedText), 'bench'))!.patterns.automaton
      .stateCount,
  3,
  31,
);

/** Bytes of the automaton's typed arrays (its bulk; the raw graph's JS arrays come on top). */
function typedBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + typedBytes(item), 0);
  return 0;
}
const automatonBytes = Object.values(team.patterns.automaton).reduce(
  (sum: number, field) => sum + typedBytes(field),
  0,
);

const fmt = (ms: number) => ms.toFixed(2);
const words = draft.split(/\s+/).length;
console.log(`Engine benchmark — Node ${process.version}, ${words} words (${draft.length} chars)`);
console.log(
  `Rules: ${builtin.length} built-in from ${source} + 200 generated = ${rules.length} rules, ` +
    `${compiled.automaton.patterns.length} patterns, ${compiled.automaton.stateCount} automaton states; ` +
    `naive: ${regexps.length} RegExps. Matches found: ${matches.length}.`,
);
console.log('');
console.log('| full scan of the draft | median (ms) | × floor |');
console.log('| --- | ---: | ---: |');
console.log(`| floor: one \`normalise\` pass | ${fmt(floor)} | 1.0 |`);
console.log(
  `| **Better Brief \`findMatches\`** (compiled once, reused) | ${fmt(ours)} | ${(ours / floor).toFixed(1)} |`,
);
console.log(
  `| \`findMatches\` with the built-in rules only (${builtinOnly.automaton.stateCount} states) | ${fmt(oursBuiltin)} | ${(oursBuiltin / floor).toFixed(1)} |`,
);
console.log(
  `| first scan after compiling (word cache empty) | ${fmt(median(firstScans))} | ${(median(firstScans) / floor).toFixed(1)} |`,
);
console.log(
  `| naive: one RegExp per phrase over the raw text | ${fmt(naive)} | ${(naive / floor).toFixed(1)} |`,
);
console.log(`| (compiling all rules, once per pack) | ${fmt(compileTime)} | |`);
console.log('');
console.log(
  `What a page runs, the built-in guidance (${team.patterns.automaton.stateCount} states) with the classifier ` +
    `(${modelBytes.length} bytes, ${model.header.rows} rows × ${model.header.dim}): ${detections.length} requests found, ` +
    `${detections.filter((d) => d.source === 'model').length} by the classifier.`,
);
console.log('');
console.log('| full scan of the draft, as a page runs it | median (ms) | target |');
console.log('| --- | ---: | --- |');
console.log(`| built-in patterns alone, rescan after a keystroke | ${fmt(patternsAlone)} | |`);
console.log(
  `| **built-in patterns + classifier**, rescan after a keystroke | ${fmt(withModel)} | ≤ 5 ms: ${withModel <= 5 ? 'MET' : 'NOT MET'} |`,
);
console.log(
  `| built-in patterns + classifier, first scan of a draft never seen (nothing remembered) | ${fmt(coldScan)} | once per draft, in slices |`,
);
console.log(
  `| (loading the classifier: read + decode) | ${fmt(modelLoad)} | ≤ 30 ms: ${modelLoad <= 30 ? 'MET' : 'NOT MET'} |`,
);
console.log(
  `| (compiling the built-in guidance: the background, or a page when the stored form does not fit) | ${fmt(builtinCompile)} | |`,
);
console.log(
  `| **(loading the background's compiled form: JSON as storage hands it, decode, key table)** | ${fmt(storedLoad)} | a few ms |`,
);
console.log('');
console.log(
  `The built-in guidance compiled: ${team.patterns.automaton.stateCount} states, ` +
    `${(automatonBytes / 1_048_576).toFixed(2)} MB of typed arrays (the key table ` +
    `${(team.patterns.automaton.keyTable.byteLength / 1_048_576).toFixed(2)} MB); its stored form ` +
    `${(storedText.length / 1_048_576).toFixed(2)} MB of JSON.`,
);
console.log('');
const vsFloor = ours / floor;
const vsNaive = naive / ours;
console.log(`ours / floor = ${vsFloor.toFixed(2)}× (target ≤ 3×): ${vsFloor <= 3 ? 'MET' : 'NOT MET'}`);
console.log(
  `naive / ours = ${vsNaive.toFixed(1)}× faster (target ≥ 10×): ${vsNaive >= 10 ? 'MET' : 'NOT MET'}`,
);
if (sink === 0.5) console.log(''); // keeps the measured work from being optimised away
