import { useEffect, useRef } from 'react';
import type { Lang } from '../../lib/detect/types';
import { isSafeLink } from '../../lib/guidance/links';
import type { ResolvedTeam } from '../../lib/guidance/resolved';
import { tp } from '../../lib/i18n/popup-messages';
import { ContactLink } from '../ReportList';

/** Where the card's "How the social media team works" opens the popup (in a tab). */
export const HOW_WE_WORK_ANCHOR = 'how-we-work';

/**
 * What the social media team says about how it works: this quarter's goals, the networks it is on and
 * why, the lead time it needs, where to make a request, and who to ask. Every string is the manager's,
 * shown as text; the request link only when it is http(s) or mailto.
 */
export function HowWeWork({ team, lang }: { team: ResolvedTeam; lang: Lang }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const block = team.howWeWork;
  // Opened from a page's card (popup.html#how-we-work): the section is drawn after the guidance
  // loads, later than the browser looks for the anchor, so bring it into view here.
  useEffect(() => {
    if (block && location.hash === `#${HOW_WE_WORK_ANCHOR}`) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [block]);
  if (!block) return null;
  const { goals, networks = [], leadTime, requestLink } = block;
  return (
    <section
      className="bb-section"
      id={HOW_WE_WORK_ANCHOR}
      aria-labelledby="bb-how-heading"
      data-bb="how-we-work"
    >
      <h2 id="bb-how-heading" ref={heading} tabIndex={-1}>
        {tp(lang, 'howHeading')}
      </h2>
      {goals && (
        <>
          <h3 className="bb-subheading">{tp(lang, 'howGoals')}</h3>
          <p className="bb-how-text" data-bb="how-goals">
            {goals[lang]}
          </p>
        </>
      )}
      {networks.length > 0 && (
        <>
          <h3 className="bb-subheading">{tp(lang, 'howNetworks')}</h3>
          <ul className="bb-how-networks">
            {networks.map((network) => (
              <li key={network.name} data-bb="how-network">
                <strong>{network.name}</strong> — {network.why[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      {leadTime && (
        <p data-bb="how-lead-time">
          <strong>{tp(lang, 'howLeadTime')}</strong> {leadTime[lang]}
        </p>
      )}
      {requestLink && (
        <p>
          <strong>{tp(lang, 'howRequest')}</strong>{' '}
          {isSafeLink(requestLink.url) ? (
            <a data-bb="how-request-link" href={requestLink.url} target="_blank" rel="noopener noreferrer">
              {requestLink.label[lang]}
            </a>
          ) : (
            <span>{requestLink.label[lang]}</span>
          )}
        </p>
      )}
      {team.contact && (
        <p>
          <strong>{tp(lang, 'howContact')}</strong> <ContactLink contact={team.contact} />
        </p>
      )}
    </section>
  );
}
