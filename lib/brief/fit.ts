import { matchCase } from '../guidance/rewrite';
import type { DraftPlace } from './prefill';

/** A replacement of [start, end) of the draft's text. */
export interface DraftEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a brief goes in the draft: in place of the request's words and the ? ! or . right after them
 * (the brief brings its own sentence ends), capitalised only where a sentence starts ("Hi Marie,
 * could we plan a post together? …"). Before a comma or a semicolon the brief's last full stop goes,
 * so "…, thanks" still reads.
 */
export function fitBrief(brief: string, place: DraftPlace): DraftEdit {
  const { text, start, end } = place;
  const phrase = text.slice(start, end);
  const fitted = matchCase(brief, phrase, text.slice(0, start));
  const endMarks = /^[^\S\n]*[?!.…]+/u.exec(text.slice(end))?.[0] ?? '';
  if (endMarks !== '') return { start, end: end + endMarks.length, text: fitted };
  if (/^[^\S\n]*[,;]/u.test(text.slice(end))) return { start, end, text: fitted.replace(/\.$/u, '') };
  return { start, end, text: fitted };
}
