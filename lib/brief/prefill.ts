import { requestWords } from '../detect/model/request-span';
import { type Sentence, type SentenceWord, splitSentences } from '../detect/sentences';
import { findSlotEntry, prepareSlotEntries } from '../detect/slot-finder';
import type { Lang } from '../detect/types';
import type { BriefPrefill, BriefTemplate, Localized } from '../guidance/schema';
import type { BriefAnswers } from './compose';
import { findDate, formatDay } from './dates';

/** A flagged request: the draft and where the request's words are in it. */
export interface DraftPlace {
  text: string;
  start: number;
  end: number;
}

export interface PrefillContext {
  /** The language the brief is written in (dates are written in it). */
  lang: Lang;
  now: Date;
  /** The team's `network` slot list. */
  networks?: readonly string[];
  /** The rule's reports, the first of which answers a 'report' question. */
  reports?: readonly { title: Localized; url: string }[];
  /** Other flagged requests in the draft: never copied into the brief. */
  avoid?: readonly { start: number; end: number }[];
}

/** Fewer words than this around a request are a greeting or a thanks, not what it is about. */
const MIN_WHAT_WORDS = 3;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The flagged sentence first, then the one before and the one after: where a request's context is. */
function nearbySentences(sentences: readonly Sentence[], place: DraftPlace): Sentence[] {
  const at = sentences.findIndex((sentence) => overlaps(sentence, place));
  if (at === -1) return [];
  return [sentences[at]!, sentences[at - 1], sentences[at + 1]].filter((s): s is Sentence => !!s);
}

/** The writer's own words in `words`, greetings, names and thanks cut off, when there are enough. */
function coreText(text: string, words: readonly SentenceWord[]): string | undefined {
  const [from, to] = requestWords(text, words);
  if (to - from < MIN_WHAT_WORDS) return undefined;
  return text.slice(words[from]!.start, words[to - 1]!.end);
}

/**
 * What the request is about, in the writer's words: the rest of the flagged sentence ("the spring
 * catalogue is out, can you post it now"), else the sentence before or after it. Never the request
 * itself: a brief that repeated "post this now" would be flagged all over again.
 */
function whatOf(place: DraftPlace, nearby: readonly Sentence[], avoid: PrefillContext['avoid']): string {
  const [flagged, ...around] = nearby;
  if (!flagged) return '';
  const candidates = [
    flagged.words.filter((word) => word.start >= place.end),
    flagged.words.filter((word) => word.end <= place.start),
    ...around.map((sentence) => sentence.words),
  ];
  for (const words of candidates) {
    if (words.length === 0) continue;
    const span = { start: words[0]!.start, end: words[words.length - 1]!.end };
    if (overlaps(span, place) || avoid?.some((other) => overlaps(span, other))) continue;
    const core = coreText(place.text, words);
    if (core) return core;
  }
  return '';
}

function networkOf(place: DraftPlace, nearby: readonly Sentence[], networks: readonly string[]): string {
  const entries = prepareSlotEntries(networks);
  for (const sentence of nearby) {
    const found = findSlotEntry(place.text, sentence.words, entries);
    if (found) return found.value;
  }
  return '';
}

function dateOf(place: DraftPlace, nearby: readonly Sentence[], context: PrefillContext): string {
  for (const sentence of nearby) {
    const mention = findDate(place.text.slice(sentence.start, sentence.end), context.now);
    if (mention) return formatDay(mention.date, context.lang, context.now);
  }
  return '';
}

/**
 * The answers the engine can give before the colleague does, for the template's questions that ask
 * for them: the network named, the date mentioned, what the request is about, the rule's report.
 * Only questions with something found are in the result.
 */
export function prefillBrief(
  template: BriefTemplate,
  place: DraftPlace | undefined,
  context: PrefillContext,
): BriefAnswers {
  const nearby = place ? nearbySentences(splitSentences(place.text), place) : [];
  const found: Partial<Record<BriefPrefill, () => string>> = {
    ...(place && {
      what: () => whatOf(place, nearby, context.avoid),
      network: () => networkOf(place, nearby, context.networks ?? []),
      date: () => dateOf(place, nearby, context),
    }),
    report: () => {
      const report = context.reports?.[0];
      return report ? `${report.title[context.lang]} (${report.url})` : '';
    },
  };
  const answers: Record<string, string> = {};
  for (const question of template.questions) {
    const value = question.prefill ? found[question.prefill]?.() : undefined;
    if (value) answers[question.id] = value;
  }
  return answers;
}
