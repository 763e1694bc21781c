import type { GuidanceState, ResolvedRule, ResolvedTeam } from '../../../../lib/guidance/resolved';
import type { Report } from '../../../../lib/guidance/schema';

/** A manager's pack as the background stores it: two teams, written for these tests. */
const rule = (
  over: Partial<ResolvedRule> & Pick<ResolvedRule, 'id' | 'patterns' | 'rewrites'>,
): ResolvedRule => ({
  title: { en: over.id, fr: over.id },
  exceptions: { en: [], fr: [] },
  why: { en: `Why ${over.id}`, fr: `Pourquoi ${over.id}` },
  reports: [],
  origin: 'team',
  ...over,
});

export const OCTOBER_REPORT: Report = {
  id: 'monthly-oct',
  title: { en: 'October social report', fr: 'Bilan social d’octobre' },
  url: 'https://reports.example.com/2026-10',
  period: 'monthly',
  date: '2026-10-01',
  tags: ['kpi'],
};

export const WEEKLY_REPORT: Report = {
  id: 'weekly-48',
  title: { en: 'Week 48 numbers', fr: 'Chiffres semaine 48' },
  url: 'https://reports.example.com/w48',
  period: 'weekly',
  date: '2026-11-23',
  tags: [],
};

const marketing: ResolvedTeam = {
  id: 'marketing',
  name: { en: 'Marketing', fr: 'Marketing' },
  rules: [
    rule({
      id: 'post-now',
      title: { en: 'Posting right away', fr: 'Publier tout de suite' },
      sample: { en: 'Can you post this right now?', fr: 'Tu peux publier ça tout de suite ?' },
      patterns: { en: ['post (this|it) [right] now'], fr: ['publi* (ca|le) tout de suite'] },
      rewrites: {
        en: ['When is the best slot this week to post this?'],
        fr: ['Quel est le meilleur créneau cette semaine pour publier ça ?'],
      },
      reports: [WEEKLY_REPORT],
    }),
    rule({
      id: 'roi',
      title: { en: 'The ROI of social media', fr: 'Le ROI des réseaux sociaux' },
      sample: { en: 'What is the ROI of social media?', fr: 'Quel est le ROI des réseaux sociaux ?' },
      patterns: { en: ['roi of social media'], fr: ['roi des reseaux sociaux'] },
      rewrites: {
        en: ['Which results from last month matter most for our goal?'],
        fr: ['Quels résultats du mois dernier comptent le plus pour notre objectif ?'],
      },
    }),
  ],
  reports: [OCTOBER_REPORT, WEEKLY_REPORT],
  slots: {},
  sendNudge: true,
  disabledSites: [],
  extraSites: [],
};

const sales: ResolvedTeam = {
  ...marketing,
  id: 'sales',
  name: { en: 'Sales', fr: 'Ventes' },
  rules: [
    rule({
      id: 'go-viral',
      title: { en: 'Making it go viral', fr: 'Faire le buzz' },
      sample: { en: 'Make it go viral!', fr: 'Il faut faire le buzz !' },
      patterns: { en: ['go viral'], fr: ['faire le buzz'] },
      rewrites: {
        en: ['Who should see this, and what should they do next?'],
        fr: ['Qui doit voir ça, et pour faire quoi ?'],
      },
    }),
  ],
  reports: [],
};

export function managerGuidance(): GuidanceState {
  return {
    pack: { id: 'acme', name: 'ACME social', version: '2026-11' },
    source: 'file',
    teams: [structuredClone(marketing), structuredClone(sales)],
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** "Today" for these tests: the October monthly report is out of date, the week-48 one is not. */
export const NOW = new Date('2026-11-28T12:00:00Z');
export const now = () => NOW;
