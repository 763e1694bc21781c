import { describe, expect, it } from 'vitest';
import { briefForDisplay, composeBrief, missingAnswers } from '../../../lib/brief/compose';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';

const postNow = BUILTIN_PACK.teams[0]!.briefTemplates!['post-now']!;

describe('composeBrief', () => {
  it('writes an English request with one sentence per answer, in the template’s order', () => {
    const brief = composeBrief(postNow, { latest: 'Friday 4 December', what: 'the spring catalogue' }, 'en');
    expect(brief).toBe(
      'Could we plan a post together? What it is about: the spring catalogue. Latest date: Friday 4 December.',
    );
  });

  it('writes a French request with French labels and a space before the colon', () => {
    const brief = composeBrief(postNow, { what: 'le catalogue de printemps', network: 'LinkedIn' }, 'fr');
    expect(brief).toBe(
      'Pourrait-on planifier une publication ensemble ? De quoi il s’agit : le catalogue de printemps. Sur quel réseau : LinkedIn.',
    );
  });

  it('leaves out questions left empty or blank, never printing an empty label', () => {
    const brief = composeBrief(postNow, { what: 'the video', audience: '   ', assets: '' }, 'en');
    expect(brief).not.toContain('audience');
    expect(brief).not.toContain('What exists already');
    expect(brief).not.toMatch(/:\s*\./);
  });

  it('is the opening request alone when nothing is answered', () => {
    expect(composeBrief(postNow, {}, 'en')).toBe('Could we plan a post together?');
    expect(composeBrief(postNow, {}, 'en', 'lines')).toBe('Could we plan a post together?');
  });

  it('keeps an answer on one line and its own end mark', () => {
    const brief = composeBrief(postNow, { what: 'the video,\n  and the photos?', contact: 'Ana;' }, 'en');
    expect(brief).toBe(
      'Could we plan a post together? What it is about: the video, and the photos? Who to ask for details: Ana.',
    );
  });

  it('puts one answer per line under the request for an email', () => {
    const brief = composeBrief(postNow, { what: 'the video', latest: 'Friday' }, 'en', 'lines');
    expect(brief).toBe('Could we plan a post together?\n\nWhat it is about: the video\nLatest date: Friday');
  });
});

describe('missingAnswers', () => {
  it('lists the required questions left empty', () => {
    expect(missingAnswers(postNow, { what: ' ' }).map((question) => question.id)).toEqual(['what']);
    expect(missingAnswers(postNow, { what: 'the video' })).toEqual([]);
  });
});

describe('briefForDisplay', () => {
  it('keeps French punctuation with its word on screen, and leaves the brief itself with plain spaces', () => {
    const brief = composeBrief(postNow, { what: 'le catalogue' }, 'fr');
    expect(brief).not.toContain('\u00a0');
    expect(briefForDisplay(brief, 'fr')).toBe(brief.replace(/ ([?:])/g, '\u00a0$1'));
    expect(briefForDisplay(brief, 'fr')).toMatch(/ensemble\u00a0\? De quoi il s’agit\u00a0: le catalogue\.$/);
    const english = composeBrief(postNow, { what: 'the video' }, 'en');
    expect(briefForDisplay(english, 'en')).toBe(english);
  });
});
