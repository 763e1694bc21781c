import { useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { isSafeLink } from '../../lib/guidance/links';
import type { Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { TextField } from './fields';
import { setContact } from './pack-edits';

/** A bare address ("social@acme.example") is what most managers type: it becomes a mailto: link. */
export function toContactLink(typed: string): string | undefined {
  const text = typed.trim();
  if (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return isSafeLink(text) ? text : undefined;
}

/** Who colleagues can ask: a name and an email address or link, shown in the popup. */
export function ContactForm(props: { team: Team; lang: Lang; onCommit: (team: Team) => Promise<boolean> }) {
  const { team, lang } = props;
  const [name, setName] = useState(team.contact?.name ?? '');
  const [link, setLink] = useState(team.contact?.link ?? '');
  const [problems, setProblems] = useState<{ name?: string; link?: string }>({});

  const save = () => {
    const href = toContactLink(link);
    const next = {
      name: name.trim() ? undefined : to(lang, 'contactNameMissing'),
      link: href ? undefined : to(lang, 'contactLinkInvalid'),
    };
    setProblems(next);
    if (next.name || next.link || !href) return;
    void props.onCommit(setContact(team, { name: name.trim(), link: href })).then((saved) => {
      if (saved) setLink(href);
    });
  };

  const remove = () => {
    void props.onCommit(setContact(team, undefined)).then((saved) => {
      if (!saved) return;
      setName('');
      setLink('');
      setProblems({});
    });
  };

  return (
    <fieldset className="bb-checks" data-bb="contact-form">
      <legend>{to(lang, 'contactHeading')}</legend>
      <p className="bb-hint">{to(lang, 'contactHint')}</p>
      <TextField
        label={to(lang, 'contactName')}
        value={name}
        onChange={setName}
        invalid={problems.name}
        bb="contact-name"
      />
      <TextField
        label={to(lang, 'contactLink')}
        value={link}
        onChange={setLink}
        invalid={problems.link}
        bb="contact-address"
      />
      <div className="bb-row">
        <button type="button" className="bb-button" data-bb="save-contact" onClick={save}>
          {to(lang, 'saveContact')}
        </button>
        {team.contact && (
          <button type="button" className="bb-button" data-bb="remove-contact" onClick={remove}>
            {to(lang, 'removeContact')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
