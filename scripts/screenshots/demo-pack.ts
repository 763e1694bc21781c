import type { PackInput } from '../../lib/guidance/schema';

/** A day before today as a pack date, so the reports are current whenever the screenshots are made. */
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The pack the screenshots show: a marketing team that keeps the built-in rules and links its own
 * reports under the conventional ids the built-in rules point to, so the card and popup show links.
 */
export function demoPack(): PackInput {
  return {
    schemaVersion: 1,
    id: 'acme-social',
    name: 'ACME social media guidance',
    version: '2026-12',
    teams: [
      {
        id: 'marketing',
        name: { en: 'Marketing', fr: 'Marketing' },
        contact: { name: 'Camille (social media)', link: 'mailto:social@acme.example' },
        howWeWork: {
          goals: {
            en: 'Grow sign-ups from LinkedIn by a fifth this quarter; fewer, better posts.',
            fr: 'Un cinquième d’inscriptions en plus via LinkedIn ce trimestre ; moins de posts, mais meilleurs.',
          },
          networks: [
            { name: 'LinkedIn', why: { en: 'Our buyers read it', fr: 'Nos acheteurs le lisent' } },
            { name: 'Instagram', why: { en: 'Students and new hires', fr: 'Les étudiants et les recrues' } },
          ],
          leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
          requestLink: {
            label: { en: 'Request form', fr: 'Formulaire de demande' },
            url: 'https://forms.acme.example/social',
          },
        },
        reports: [
          {
            id: 'editorial-calendar',
            title: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
            url: 'https://reports.acme.example/calendar',
            period: 'weekly',
            date: daysAgo(2),
          },
          {
            id: 'monthly-report',
            title: { en: 'Social media report, last month', fr: 'Bilan réseaux sociaux du mois dernier' },
            url: 'https://reports.acme.example/monthly',
            period: 'monthly',
            date: daysAgo(5),
          },
          {
            id: 'campaign-report',
            title: { en: 'Spring campaign results', fr: 'Résultats de la campagne de printemps' },
            url: 'https://reports.acme.example/spring',
            period: 'campaign',
            date: daysAgo(20),
          },
        ],
        rules: [
          {
            id: 'story-now',
            title: { en: 'Story on demand', fr: 'Story à la demande' },
            patterns: {
              en: ['(put|post) [this|that|it] (in|on|as) [a|the|our] story'],
              fr: ['(mettre|mets|mettez|peux tu mettre) (ca|cela|ceci) en story'],
            },
            why: {
              en: 'Stories are planned with the week’s posts; a one-off request skips that plan.',
              fr: 'Les stories sont prévues avec les posts de la semaine ; une demande isolée saute ce plan.',
            },
            rewrites: {
              en: ['Can we look together at where a story fits this week?'],
              fr: ['Peut-on regarder ensemble où une story trouverait sa place cette semaine ?'],
            },
            reports: ['editorial-calendar'],
            examples: {
              en: { match: ['Could you put this in a story today?'], noMatch: ['Where would a story fit?'] },
              fr: {
                match: ['Tu peux mettre ça en story ?'],
                noMatch: ['Où une story trouverait sa place ?'],
              },
            },
          },
        ],
      },
      {
        id: 'sales',
        name: { en: 'Sales', fr: 'Ventes' },
        settings: { sendNudge: false },
      },
    ],
  };
}
