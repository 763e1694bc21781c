import type { Suggestion } from '../lib/content/suggestions';
import type { Lang } from '../lib/detect/types';
import { tp } from '../lib/i18n/popup-messages';
import { ReportLink } from './ReportList';

/**
 * Suggestion rows with the same structure (and test hooks) as the in-page card: the phrase as
 * written, the better request in the draft's language, why, and the rule's reports. Titles and
 * explanations arrive already in the interface language (`lang` is for this list's own words).
 */
export function SuggestionList({ suggestions, lang }: { suggestions: readonly Suggestion[]; lang: Lang }) {
  return (
    <ol className="bb-suggestions">
      {suggestions.map((suggestion) => (
        <li
          key={`${suggestion.start}-${suggestion.ruleId}`}
          className="bb-suggestion"
          data-bb="suggestion"
          data-rule={suggestion.ruleId}
        >
          <p className="bb-suggestion-title">{suggestion.title}</p>
          <p>
            <q data-bb="phrase" className="bb-phrase" lang={suggestion.lang}>
              {suggestion.phrase}
            </q>
          </p>
          {suggestion.rewrite === undefined ? (
            <p className="bb-muted">{tp(lang, 'noRewrite')}</p>
          ) : (
            <p>
              <span className="bb-muted">{tp(lang, 'insteadArrow')} </span>
              <q data-bb="rewrite" className="bb-rewrite" lang={suggestion.lang}>
                {suggestion.rewrite}
              </q>
            </p>
          )}
          <p data-bb="why" className="bb-why">
            {suggestion.why}
          </p>
          {suggestion.reports.length > 0 && (
            <ul className="bb-suggestion-reports">
              {suggestion.reports.map((report) => (
                <li key={report.id}>
                  <ReportLink href={report.url}>{report.title[lang]}</ReportLink>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
