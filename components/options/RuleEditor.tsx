import { Fragment } from 'react';
import type { Lang, SlotLists } from '../../lib/detect/types';
import type { Team } from '../../lib/guidance/schema';
import { type OptionsMessage, to } from '../../lib/i18n/options-messages';
import { TextArea, TextField } from './fields';
import { PatternField } from './PatternField';
import { RuleReportLinks } from './RuleReportLinks';
import type { RuleForm } from './rule-form';

/** Every text of a rule exists in both languages, English first. */
const LANGS: readonly Lang[] = ['en', 'fr'];

type LangField = 'title' | 'patterns' | 'exceptions' | 'why' | 'rewrites' | 'match' | 'noMatch';

/** Labels and test hooks of the per-language boxes, English then French. */
const BOXES: Record<LangField, { labels: [OptionsMessage, OptionsMessage]; bb: [string, string] }> = {
  title: { labels: ['titleEn', 'titleFr'], bb: ['rule-title-en', 'rule-title-fr'] },
  patterns: { labels: ['patternsEn', 'patternsFr'], bb: ['patterns-en', 'patterns-fr'] },
  exceptions: { labels: ['exceptionsEn', 'exceptionsFr'], bb: ['exceptions-en', 'exceptions-fr'] },
  why: { labels: ['whyEn', 'whyFr'], bb: ['why-en', 'why-fr'] },
  rewrites: { labels: ['rewritesEn', 'rewritesFr'], bb: ['rewrites-en', 'rewrites-fr'] },
  match: { labels: ['matchEn', 'matchFr'], bb: ['match-en', 'match-fr'] },
  noMatch: { labels: ['noMatchEn', 'noMatchFr'], bb: ['no-match-en', 'no-match-fr'] },
};

/**
 * The form for one rule of a team. The form state lives with the caller (the live tester reads it
 * too) and survives a refused save untouched.
 */
export function RuleEditor(props: {
  form: RuleForm;
  onChange: (form: RuleForm) => void;
  team: Team;
  slots: SlotLists;
  lang: Lang;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, lang } = props;

  /** One box of `field` in `which` language: a one-line field, a text box, or a pattern box. */
  const box = (field: LangField, which: Lang, kind: 'line' | 'text' | 'pattern') => {
    const index = which === 'en' ? 0 : 1;
    const common = {
      label: to(lang, BOXES[field].labels[index]),
      value: form[field][which],
      bb: BOXES[field].bb[index],
      onChange: (value: string) => props.onChange({ ...form, [field]: { ...form[field], [which]: value } }),
    };
    if (kind === 'line') return <TextField {...common} lang={which} />;
    if (kind === 'text') return <TextArea {...common} lang={which} />;
    return <PatternField {...common} slots={props.slots} lang={lang} patternLang={which} />;
  };
  /** The English and French boxes of `field`, side by side. */
  const pair = (field: LangField, kind: 'line' | 'text' | 'pattern') => (
    <div className="bb-pair">
      {LANGS.map((which) => (
        <Fragment key={which}>{box(field, which, kind)}</Fragment>
      ))}
    </div>
  );

  // noValidate: saving runs the pack's validation, which names every problem by path in the UI
  // language; the browser's bubbles would stop at the first one, in the browser's language.
  return (
    <form
      className="bb-rule-editor"
      noValidate
      data-bb="rule-editor"
      aria-label={to(lang, 'ruleEditorHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <TextField
        label={to(lang, 'ruleId')}
        hint={to(lang, 'idHint')}
        value={form.id}
        bb="rule-id"
        required
        onChange={(id) => props.onChange({ ...form, id })}
      />
      {pair('title', 'line')}
      <p className="bb-hint">{to(lang, 'patternHelp')}</p>
      {pair('patterns', 'pattern')}
      {pair('exceptions', 'pattern')}
      {pair('why', 'text')}
      {pair('rewrites', 'text')}
      <RuleReportLinks
        team={props.team}
        chosen={form.reports}
        lang={lang}
        onChange={(reports) => props.onChange({ ...form, reports })}
      />
      <fieldset className="bb-examples">
        <legend>{to(lang, 'examplesHeading')}</legend>
        {LANGS.map((which) => (
          <div className="bb-pair" key={which}>
            {box('match', which, 'text')}
            {box('noMatch', which, 'text')}
          </div>
        ))}
      </fieldset>
      <div className="bb-row">
        <button type="submit" className="bb-button bb-button--primary" data-bb="save-rule">
          {to(lang, 'saveRule')}
        </button>
        <button type="button" className="bb-button" onClick={props.onCancel}>
          {to(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
