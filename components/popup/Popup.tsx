import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { uiLang } from '../../lib/i18n';
import { tp } from '../../lib/i18n/popup-messages';
import { currentReports } from '../../lib/reports/current';
import { recordCount } from '../../lib/store/counts';
import { ContactLink, ReportList } from '../ReportList';
import { SiteAccessPrompt } from '../SiteAccessPrompt';
import { FeedReports } from './FeedReports';
import { FeedSettings } from './FeedSettings';
import { HowWeWork } from './HowWeWork';
import { ImpactChart } from './ImpactChart';
import { PlanRequest } from './PlanRequest';
import { TeamSwitcher } from './TeamSwitcher';
import { TopicGuide } from './TopicGuide';
import { useGuidance } from './useGuidance';
import { useImpactCounts } from './useImpactCounts';
import { useReportFeed } from './useReportFeed';

const systemNow = () => new Date();

// The checker brings the engine (matcher, compiler, suggestions: about a third of the popup's code).
// Loaded after the popup's first paint, in a task of its own, so opening the popup stays one short
// task; it shows a moment later, before anyone can have started typing.
const DraftChecker = lazy(() =>
  import('./DraftChecker').then(({ DraftChecker }) => ({ default: DraftChecker })),
);

export interface PopupProps {
  lang?: Lang;
  /** The clock, for out-of-date reports and the chart's weeks (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * The toolbar popup: advice per topic, a request planner, a draft checker, how the social media team
 * works, current reports, the team, and local counts.
 */
export function Popup({ lang = uiLang(), now = systemNow }: PopupProps) {
  const guidance = useGuidance();
  const feed = useReportFeed(now);
  const { totals, reset, reload } = useImpactCounts(now);
  // The popup is an extension page: it keeps its own counts, as the background does for pages.
  const briefWritten = useCallback(
    (ruleId: string) => void recordCount(ruleId, 'briefed', now()).then(reload),
    [now, reload],
  );
  const [resetDone, setResetDone] = useState(false);
  const team = guidance?.team;
  const reports = useMemo(() => (team ? currentReports(team.reports, now()) : []), [team, now]);

  return (
    <main className="bb-popup" data-bb="popup" lang={lang} aria-busy={!guidance}>
      <header className="bb-header">
        <div>
          <h1 className="bb-title">Better Brief</h1>
          <p className="bb-tagline">{tp(lang, 'tagline')}</p>
        </div>
        {guidance && (
          <TeamSwitcher
            teams={guidance.teams}
            teamId={guidance.team.id}
            onChoose={guidance.chooseTeam}
            locked={guidance.teamLocked}
            lang={lang}
          />
        )}
      </header>
      <SiteAccessPrompt lang={lang} />
      {team && (
        <div className="bb-columns">
          <div className="bb-column">
            <section className="bb-section" aria-labelledby="bb-guide-heading" data-bb="guide">
              <h2 id="bb-guide-heading">{tp(lang, 'guideHeading')}</h2>
              <TopicGuide rules={team.rules} lang={lang} />
              {team.contact && (
                <p className="bb-contact" data-bb="contact">
                  {tp(lang, 'contactLine')} <ContactLink contact={team.contact} />
                </p>
              )}
            </section>
            {team.rules.length > 0 && (
              <section className="bb-section" aria-labelledby="bb-plan-heading" data-bb="plan">
                <h2 id="bb-plan-heading">{tp(lang, 'planHeading')}</h2>
                <PlanRequest key={team.id} team={team} lang={lang} now={now} onBriefWritten={briefWritten} />
              </section>
            )}
            <section className="bb-section" aria-labelledby="bb-checker-heading">
              <h2 id="bb-checker-heading">{tp(lang, 'checkerHeading')}</h2>
              <Suspense fallback={<div className="bb-checker-placeholder" />}>
                <DraftChecker team={team} lang={lang} />
              </Suspense>
            </section>
          </div>
          <div className="bb-column">
            <HowWeWork team={team} lang={lang} />
            <section className="bb-section" aria-labelledby="bb-reports-heading" data-bb="reports">
              <h2 id="bb-reports-heading">{tp(lang, 'reportsHeading')}</h2>
              <ReportList reports={reports} lang={lang} />
              <FeedReports feed={feed} lang={lang} now={now()} />
              <FeedSettings key={feed.url ?? ''} url={feed.url} lang={lang} />
            </section>
            <section className="bb-section" aria-labelledby="bb-impact-heading" data-bb="impact">
              <h2 id="bb-impact-heading">{tp(lang, 'impactHeading')}</h2>
              {totals && <ImpactChart totals={totals} lang={lang} />}
              <div className="bb-row">
                <button
                  type="button"
                  className="bb-button bb-button--quiet"
                  data-bb="reset-counts"
                  onClick={() => void reset().then(() => setResetDone(true))}
                >
                  {tp(lang, 'resetCounts')}
                </button>
                <span role="status" className="bb-muted">
                  {resetDone ? tp(lang, 'countsReset') : ''}
                </span>
              </div>
              <p className="bb-muted bb-small">{tp(lang, 'impactPrivacy')}</p>
            </section>
          </div>
        </div>
      )}
    </main>
  );
}
