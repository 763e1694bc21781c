import { useId, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { to } from '../../lib/i18n/options-messages';

/**
 * Import by file or by pasting JSON (dropping a file on the page is handled by the page itself).
 * The pasted text stays in the box when the pack is refused, so the manager can fix it there.
 */
export function ImportPanel(props: {
  lang: Lang;
  locked: boolean;
  onImport: (text: string) => Promise<boolean>;
}) {
  const { lang } = props;
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');

  return (
    <section className="bb-card" aria-labelledby="bb-import-heading">
      <h2 id="bb-import-heading">{to(lang, 'importHeading')}</h2>
      <div className="bb-field">
        <label htmlFor={fileId}>{to(lang, 'importFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          data-bb="import-file"
          disabled={props.locked}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            await props.onImport(await file.text());
            // The same file chosen again (after fixing it) must fire a change again.
            input.value = '';
          }}
        />
        <p className="bb-hint">{to(lang, 'importDrop')}</p>
      </div>
      <div className="bb-field">
        <label htmlFor={pasteId}>{to(lang, 'importPaste')}</label>
        <textarea
          id={pasteId}
          rows={4}
          spellCheck={false}
          data-bb="import-paste"
          disabled={props.locked}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="bb-button"
        data-bb="import-paste-apply"
        disabled={props.locked || pasted.trim() === ''}
        onClick={async () => {
          if (await props.onImport(pasted)) setPasted('');
        }}
      >
        {to(lang, 'importPasteButton')}
      </button>
    </section>
  );
}
