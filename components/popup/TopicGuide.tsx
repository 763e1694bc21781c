import type { Lang } from '../../lib/detect/types';
import type { ResolvedRule } from '../../lib/guidance/resolved';
import { fillRewrite, matchCase } from '../../lib/guidance/rewrite';
import { frenchSpacing } from '../../lib/i18n';
import { tp } from '../../lib/i18n/popup-messages';

/**
 * A rewrite to show out of context: the first one that needs no slot (no network name to fill in),
 * starting with a capital since it stands alone here (packs write rewrites to fit mid-sentence).
 */
export function slotFreeRewrite(rule: ResolvedRule, lang: Lang): string | undefined {
  const rewrite = fillRewrite(rule.rewrites[lang], {});
  return rewrite === undefined ? undefined : matchCase(rewrite, 'A');
}

/** For each topic, "Instead of X — ask Y" in the colleague's language. */
export function TopicGuide({ rules, lang }: { rules: readonly ResolvedRule[]; lang: Lang }) {
  if (rules.length === 0) return <p className="bb-muted">{tp(lang, 'guideEmpty')}</p>;
  return (
    <ul className="bb-guide">
      {rules.map((rule) => {
        const shown = (text: string) => (lang === 'fr' ? frenchSpacing(text) : text);
        const rewrite = slotFreeRewrite(rule, lang);
        return (
          <li key={rule.id} className="bb-topic" data-bb="topic" data-rule={rule.id}>
            <h3 className="bb-topic-title">{rule.title[lang]}</h3>
            <p>
              {rule.sample && (
                <>
                  <span className="bb-muted">{tp(lang, 'insteadOf')} </span>
                  <q className="bb-phrase">{shown(rule.sample[lang])}</q>
                </>
              )}
              {rule.sample && rewrite && <span className="bb-muted"> — {tp(lang, 'ask')} </span>}
              {!rule.sample && rewrite && <span className="bb-muted">{tp(lang, 'askStart')} </span>}
              {rewrite && (
                <q className="bb-rewrite" data-bb="topic-rewrite">
                  {shown(rewrite)}
                </q>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
