import { useEffect, useMemo, useRef, useState } from 'react';
import { briefTemplateFor, GENERIC_TEMPLATE } from '../../lib/brief/templates';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { resolveTeam } from '../../lib/guidance/resolved';
import type { BriefTemplate, Team } from '../../lib/guidance/schema';
import { tob } from '../../lib/i18n/brief-options-messages';
import { BriefTemplateEditor } from './BriefTemplateEditor';
import { formToTemplate, type TemplateForm, templateToForm } from './brief-template-form';
import { setBriefTemplate } from './pack-edits';

/** Where a rule's brief comes from: the team's own template, the built-in one, or the generic one. */
function sourceOf(team: Team, ruleId: string, template: BriefTemplate): 'team' | 'builtin' | 'generic' {
  if (team.briefTemplates?.[ruleId]) return 'team';
  return template === GENERIC_TEMPLATE ? 'generic' : 'builtin';
}

const SOURCE_LABEL = { team: 'sourceTeam', builtin: 'sourceBuiltin', generic: 'sourceGeneric' } as const;

/** A template being edited and not saved yet, for the live tester. */
export interface BriefDraft {
  ruleId: string;
  template: BriefTemplate;
}

/**
 * The brief each rule in force asks for ("Write a brief instead"): see its questions, edit them
 * (a team's own template), or go back to the default one.
 */
export function BriefTemplates(props: {
  team: Team;
  lang: Lang;
  onCommit: (team: Team) => Promise<boolean>;
  /** The template being edited, unsaved, so the live tester can show the brief it would give. */
  onEditing: (draft: BriefDraft | undefined) => void;
}) {
  const { team, lang } = props;
  const onEditing = useRef(props.onEditing);
  onEditing.current = props.onEditing;
  // The rules in force and the template each asks for, exactly as the page resolves them.
  const resolved = useMemo(() => resolveTeam(team, BUILTIN_PACK), [team]);
  const [editing, setEditing] = useState<{ ruleId: string; form: TemplateForm } | null>(null);
  const edit = (next: { ruleId: string; form: TemplateForm } | null) => {
    setEditing(next);
    onEditing.current(next ? { ruleId: next.ruleId, template: formToTemplate(next.form) } : undefined);
  };
  // The unsaved template goes with its form (another team's panel, a page left).
  useEffect(() => () => onEditing.current(undefined), []);

  return (
    <section className="bb-subsection" aria-labelledby="bb-briefs-heading" data-bb="brief-templates">
      <h3 id="bb-briefs-heading">{tob(lang, 'templatesHeading')}</h3>
      <p className="bb-hint">{tob(lang, 'templatesHint')}</p>
      <ul className="bb-rule-list bb-template-list">
        {resolved.rules.map((rule) => {
          const template = briefTemplateFor(resolved.briefTemplates, rule.id);
          const source = sourceOf(team, rule.id, template);
          return (
            <li key={rule.id} data-bb="brief-template-editor" data-rule={rule.id}>
              <div className="bb-row bb-template-head">
                <span className="bb-grow">
                  {rule.title[lang]} <code className="bb-meta">{rule.id}</code>{' '}
                  <span className="bb-pill bb-pill--quiet">{tob(lang, SOURCE_LABEL[source])}</span>{' '}
                  <span className="bb-meta">
                    {template.questions.length === 1
                      ? tob(lang, 'questionCountOne')
                      : tob(lang, 'questionCount', { count: template.questions.length })}{' '}
                    {template.questions.map((question) => question.label[lang]).join(' · ')}
                  </span>
                </span>
                <button
                  type="button"
                  className="bb-button"
                  data-bb="edit-template"
                  aria-label={`${tob(lang, 'editTemplate')} — ${rule.title[lang]}`}
                  onClick={() => edit({ ruleId: rule.id, form: templateToForm(template) })}
                >
                  {tob(lang, 'editTemplate')}
                </button>
                {source === 'team' && (
                  <button
                    type="button"
                    className="bb-button"
                    data-bb="reset-template"
                    onClick={() => void props.onCommit(setBriefTemplate(team, rule.id, undefined))}
                  >
                    {tob(lang, 'resetTemplate')}
                  </button>
                )}
              </div>
              {editing?.ruleId === rule.id && (
                <BriefTemplateEditor
                  form={editing.form}
                  lang={lang}
                  onChange={(form) => edit({ ruleId: rule.id, form })}
                  onCancel={() => edit(null)}
                  onSave={() =>
                    void props
                      .onCommit(setBriefTemplate(team, rule.id, formToTemplate(editing.form)))
                      .then((saved) => saved && edit(null))
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
