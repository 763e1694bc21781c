import type { Lang } from '../../lib/detect/types';
import type { PackIssue } from '../../lib/guidance/pack-errors';
import { to } from '../../lib/i18n/options-messages';

/**
 * Why a pack or a change was refused: the lead says the guidance in force has not changed, then one
 * line per problem, "path — message", in the UI language and as plain text.
 */
export function IssueList(props: {
  lead: string;
  issues: readonly PackIssue[];
  lang: Lang;
  onClose: () => void;
}) {
  return (
    <div className="bb-error-box" role="alert" data-bb="import-error">
      <p className="bb-error-lead">{props.lead}</p>
      <ul>
        {props.issues.map((issue, index) => (
          // Two issues may share a path and code; their order is stable within one refusal.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
          <li key={index}>
            <code>{issue.path}</code> — {issue.message[props.lang]}
          </li>
        ))}
      </ul>
      <button type="button" className="bb-button" onClick={props.onClose}>
        {to(props.lang, 'dismiss')}
      </button>
    </div>
  );
}
