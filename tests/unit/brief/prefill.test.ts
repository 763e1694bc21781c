import { describe, expect, it } from 'vitest';
import { prefillBrief } from '../../../lib/brief/prefill';
import { GENERIC_TEMPLATE } from '../../../lib/brief/templates';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';

const team = BUILTIN_PACK.teams[0]!;
const templates = team.briefTemplates!;
const NETWORKS = team.slots.network!;
/** Wednesday 2 December 2026. */
const NOW = new Date(2026, 11, 2, 9);

function prefilled(text: string, request: string, ruleId = 'post-now', lang: 'en' | 'fr' = 'en') {
  const start = text.indexOf(request);
  if (start === -1) throw new Error(`"${request}" is not in the draft`);
  return prefillBrief(
    templates[ruleId]!,
    { text, start, end: start + request.length },
    { lang, now: NOW, networks: NETWORKS },
  );
}

describe('prefillBrief from a draft', () => {
  it('takes the network named and the date mentioned in the flagged sentence', () => {
    const answers = prefilled(
      'Hi Marie,\nCould you post this on LinkedIn immediately for Friday?\nThanks',
      'Could you post this on LinkedIn immediately',
    );
    expect(answers.network).toBe('LinkedIn');
    expect(answers.latest).toBe('Friday 4 December');
  });

  it('takes what the request is about from the sentence before it, not the greeting', () => {
    const answers = prefilled(
      'Hi Marie,\nThe spring catalogue is ready. Can you post it right now?\nThanks',
      'Can you post it right now',
    );
    expect(answers.what).toBe('The spring catalogue is ready');
  });

  it('takes the rest of the flagged sentence first', () => {
    const answers = prefilled(
      'Could you post this now, it is the video of the Lyon workshop.',
      'Could you post this now',
    );
    expect(answers.what).toBe('it is the video of the Lyon workshop');
  });

  it('never copies the request itself, nor another flagged request, as what it is about', () => {
    const text = 'Make it go viral please. Could you post this now?';
    const start = text.indexOf('Could');
    const answers = prefillBrief(
      templates['post-now']!,
      { text, start, end: text.length - 1 },
      { lang: 'en', now: NOW, networks: NETWORKS, avoid: [{ start: 0, end: 16 }] },
    );
    expect(answers.what).toBeUndefined();
    expect(
      prefilled('Could you post this on LinkedIn immediately?', 'Could you post this on LinkedIn immediately')
        .what,
    ).toBeUndefined();
  });

  it('reads French: the network, a weekday and a day of the month, written in French', () => {
    const network = prefilled(
      'Pourquoi on n’est pas sur TikTok ? Ça toucherait les étudiants.',
      'Pourquoi on n’est pas sur TikTok',
      'new-network',
      'fr',
    );
    expect(network.network).toBe('TikTok');
    const viral = prefilled('Il faut que ça buzze le 12 mars !', 'Il faut que ça buzze', 'go-viral', 'fr');
    expect(viral.date).toBe('vendredi 12 mars 2027');
    const post = prefilled(
      'Tu peux publier ça tout de suite ? C’est pour vendredi.',
      'Tu peux publier ça tout de suite',
      'post-now',
      'fr',
    );
    expect(post.latest).toBe('vendredi 4 décembre');
  });

  it('finds a network spelled with a typo, as the list spells it', () => {
    expect(prefilled('Can you post it on Linkdin now?', 'Can you post it on Linkdin now').network).toBe(
      'LinkedIn',
    );
  });

  it('fills only the questions that ask for it', () => {
    const answers = prefillBrief(
      GENERIC_TEMPLATE,
      { text: 'Post this on Instagram tomorrow.', start: 0, end: 31 },
      { lang: 'en', now: NOW, networks: NETWORKS },
    );
    expect(Object.keys(answers)).toEqual(['date']);
  });
});

describe('prefillBrief without a draft (the popup)', () => {
  it('points at the rule’s first report and leaves the rest to the colleague', () => {
    const answers = prefillBrief(templates.roi!, undefined, {
      lang: 'fr',
      now: NOW,
      reports: [{ title: { en: 'Monthly report', fr: 'Rapport mensuel' }, url: 'https://acme.example/m' }],
    });
    expect(answers).toEqual({ report: 'Rapport mensuel (https://acme.example/m)' });
  });
});
