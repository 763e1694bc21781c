import type { Lang } from '../../lib/detect/types';
import { to } from '../../lib/i18n/options-messages';
import { exportPack } from '../../lib/store/packs';

export const EXPORT_FILE_NAME = 'better-brief-pack.json';

/** Saves text as a file through a temporary link: no downloads permission needed on an extension page. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportPanel({ lang }: { lang: Lang }) {
  return (
    <section className="bb-card" aria-labelledby="bb-export-heading">
      <h2 id="bb-export-heading">{to(lang, 'exportHeading')}</h2>
      <p className="bb-muted">{to(lang, 'exportIntro')}</p>
      <button
        type="button"
        className="bb-button"
        data-bb="export"
        onClick={async () => download(await exportPack(), EXPORT_FILE_NAME)}
      >
        {to(lang, 'export')}
      </button>
    </section>
  );
}
