import type { Lang } from '../detect/types';
import type { BriefTemplate, Localized } from '../guidance/schema';

/**
 * The brief for a rule that has no template of its own (a team's own rule, or guidance stored by an
 * older version): what it is about, the goal, the audience, the date and who to ask. The four built-in
 * rules have their own templates, as data in the built-in pack.
 */
export const GENERIC_TEMPLATE: BriefTemplate = {
  intro: {
    en: 'Could we talk about a request for the social media team?',
    fr: 'Pourrait-on parler d’une demande pour l’équipe réseaux sociaux ?',
  },
  questions: [
    {
      id: 'what',
      label: { en: 'What it is about', fr: 'De quoi il s’agit' },
      required: true,
      long: true,
      prefill: 'what',
    },
    { id: 'goal', label: { en: 'The goal', fr: 'Le but' }, required: false, long: false },
    { id: 'audience', label: { en: 'The audience', fr: 'Le public visé' }, required: false, long: false },
    { id: 'date', label: { en: 'Date', fr: 'Date' }, required: false, long: false, prefill: 'date' },
    {
      id: 'contact',
      label: { en: 'Who to ask for details', fr: 'À qui demander des précisions' },
      required: false,
      long: false,
    },
  ],
};

/** The template a rule's brief follows. */
export function briefTemplateFor(
  templates: Readonly<Record<string, BriefTemplate>> | undefined,
  ruleId: string,
): BriefTemplate {
  return templates?.[ruleId] ?? GENERIC_TEMPLATE;
}

const SUBJECT_LEAD: Localized = {
  en: 'Request for the social media team',
  fr: 'Demande à l’équipe réseaux sociaux',
};

/** The email subject: the template's, else "Request for the social media team: <rule title>". */
export function briefSubject(template: BriefTemplate, ruleTitle: Localized, lang: Lang): string {
  if (template.subject) return template.subject[lang];
  return `${SUBJECT_LEAD[lang]}${lang === 'fr' ? ' : ' : ': '}${ruleTitle[lang]}`;
}
