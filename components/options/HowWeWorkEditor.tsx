import { useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { isSafeLink } from '../../lib/guidance/links';
import type { Team } from '../../lib/guidance/schema';
import { tob } from '../../lib/i18n/brief-options-messages';
import { TextArea, TextField } from './fields';
import { formToHowWeWork, type HowWeWorkForm, howWeWorkToForm } from './how-we-work-form';
import { setHowWeWork } from './pack-edits';

type Pair = Record<Lang, string>;

/** Two boxes, English and French, for one text. */
function PairFields(props: {
  value: Pair;
  labels: [string, string];
  bb: string;
  long?: boolean;
  onChange: (value: Pair) => void;
}) {
  const Field = props.long ? TextArea : TextField;
  return (
    <div className="bb-pair">
      {(['en', 'fr'] as const).map((lang, index) => (
        <Field
          key={lang}
          label={props.labels[index]!}
          lang={lang}
          value={props.value[lang]}
          bb={`${props.bb}-${lang}`}
          onChange={(text) => props.onChange({ ...props.value, [lang]: text })}
        />
      ))}
    </div>
  );
}

/**
 * What the team tells colleagues about how it works: goals, networks and why, lead time, a request
 * form or calendar. Saved as part of the pack, so refused fields are named by path like the rest.
 * The form starts from the block in force: keyed by it (TeamsEditor), it shows what was saved.
 */
export function HowWeWorkEditor(props: {
  team: Team;
  lang: Lang;
  onCommit: (team: Team) => Promise<boolean>;
}) {
  const { team, lang } = props;
  const [form, setForm] = useState<HowWeWorkForm>(() => howWeWorkToForm(team.howWeWork));
  const update = (change: Partial<HowWeWorkForm>) => setForm({ ...form, ...change });
  const url = form.requestUrl.trim();
  const setNetwork = (index: number, change: Partial<HowWeWorkForm['networks'][number]>) =>
    update({
      networks: form.networks.map((network, i) => (i === index ? { ...network, ...change } : network)),
    });

  return (
    <section className="bb-subsection" aria-labelledby="bb-how-heading" data-bb="how-we-work-editor">
      <h3 id="bb-how-heading">{tob(lang, 'howHeading')}</h3>
      <p className="bb-hint">{tob(lang, 'howHint')}</p>
      <form
        className="bb-rule-editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void props.onCommit(setHowWeWork(team, formToHowWeWork(form)));
        }}
      >
        <PairFields
          long
          value={form.goals}
          labels={[tob(lang, 'goalsEn'), tob(lang, 'goalsFr')]}
          bb="goals"
          onChange={(goals) => update({ goals })}
        />
        <fieldset className="bb-checks">
          <legend>{tob(lang, 'networksHeading')}</legend>
          {form.networks.map((network, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; names are being typed.
            <div key={index} className="bb-network-row" data-bb="network-row">
              <TextField
                label={tob(lang, 'networkName')}
                value={network.name}
                bb="network-name"
                onChange={(name) => setNetwork(index, { name })}
              />
              <PairFields
                value={network.why}
                labels={[tob(lang, 'whyEn'), tob(lang, 'whyFr')]}
                bb="network-why"
                onChange={(why) => setNetwork(index, { why })}
              />
              <button
                type="button"
                className="bb-button"
                data-bb="remove-network"
                onClick={() => update({ networks: form.networks.filter((_, i) => i !== index) })}
              >
                {tob(lang, 'removeNetwork')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="bb-button"
            data-bb="add-network"
            onClick={() => update({ networks: [...form.networks, { name: '', why: { en: '', fr: '' } }] })}
          >
            {tob(lang, 'addNetwork')}
          </button>
        </fieldset>
        <PairFields
          value={form.leadTime}
          labels={[tob(lang, 'leadTimeEn'), tob(lang, 'leadTimeFr')]}
          bb="lead-time"
          onChange={(leadTime) => update({ leadTime })}
        />
        <PairFields
          value={form.requestLabel}
          labels={[tob(lang, 'requestLabelEn'), tob(lang, 'requestLabelFr')]}
          bb="request-label"
          onChange={(requestLabel) => update({ requestLabel })}
        />
        <TextField
          label={tob(lang, 'requestUrl')}
          type="url"
          value={form.requestUrl}
          bb="request-url"
          invalid={url !== '' && !isSafeLink(url) ? tob(lang, 'urlInvalid') : undefined}
          onChange={(requestUrl) => update({ requestUrl })}
        />
        <p className="bb-hint">{tob(lang, 'contactNote')}</p>
        <div className="bb-row">
          <button type="submit" className="bb-button bb-button--primary" data-bb="save-how-we-work">
            {tob(lang, 'saveHow')}
          </button>
          {team.howWeWork && (
            <button
              type="button"
              className="bb-button"
              data-bb="remove-how-we-work"
              onClick={() => void props.onCommit(setHowWeWork(team, undefined))}
            >
              {tob(lang, 'removeHow')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
