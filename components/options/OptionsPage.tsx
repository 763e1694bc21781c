import { type DragEvent, useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import type { PackIssue } from '../../lib/guidance/pack-errors';
import type { Pack } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { type ApplyResult, applyPack, rollbackTo, undoLastChange } from '../../lib/store/packs';
import { SiteAccessPrompt } from '../SiteAccessPrompt';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { IssueList } from './IssueList';
import { PackHeader } from './PackHeader';
import { starterPack } from './pack-edits';
import { SubscribePanel } from './SubscribePanel';
import { TeamsEditor } from './TeamsEditor';
import { Toast, type ToastMessage } from './Toast';
import { useOptionsData } from './useOptionsData';

interface Refusal {
  lead: string;
  issues: PackIssue[];
}

/**
 * The manager's page: the pack in force, its teams and rules (with a live tester), import, export,
 * subscription and history. Every change is a whole new pack put through applyPack: a refused one
 * changes nothing and the page shows why, field by field.
 */
export function OptionsPage({ lang }: { lang: Lang }) {
  const { data, reload } = useOptionsData();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  const closeToast = useCallback(() => setToast(null), []);

  // While the built-in guidance is in force, edits start from a pack of the manager's own.
  const editable = useMemo(
    () =>
      data && data.source !== 'builtin'
        ? data.pack
        : starterPack(to(lang, 'starterName'), { en: to('en', 'everyone'), fr: to('fr', 'everyone') }),
    [data, lang],
  );

  const settle = async (result: ApplyResult, lead: string, success: string, undo: boolean) => {
    if (!result.ok) {
      setRefusal({ lead, issues: result.errors });
      return false;
    }
    setRefusal(null);
    setToast({ text: success, undo, key: Date.now() });
    await reload();
    return true;
  };

  const importText = async (text: string) =>
    settle(await applyPack(text, 'file'), to(lang, 'importRefused'), to(lang, 'updated'), true);
  const commitEdit = async (pack: Pack) =>
    settle(await applyPack(pack, 'editor'), to(lang, 'editRefused'), to(lang, 'updated'), true);

  if (!data) return <p className="bb-page bb-muted">{to(lang, 'loading')}</p>;
  const locked = data.locks.pack;

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !locked) await importText(await file.text());
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input does the same from the keyboard.
    <div
      className="bb-page"
      data-bb="options"
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        if (locked || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      <PackHeader data={data} lang={lang} />
      <SiteAccessPrompt lang={lang} />
      {refusal && (
        <IssueList lead={refusal.lead} issues={refusal.issues} lang={lang} onClose={() => setRefusal(null)} />
      )}
      <div className="bb-layout">
        <main className="bb-main">
          <TeamsEditor key={editable.id} pack={editable} lang={lang} locked={locked} onCommit={commitEdit} />
        </main>
        <aside className="bb-side">
          <ImportPanel lang={lang} locked={locked} onImport={importText} />
          <ExportPanel lang={lang} />
          <SubscribePanel
            key={data.subscription.url ?? ''}
            status={data.subscription}
            lang={lang}
            locked={data.locks.subscription}
          />
          <HistoryPanel
            history={data.history}
            lang={lang}
            locked={locked}
            onRollback={async (id) => {
              await settle(await rollbackTo(id), to(lang, 'editRefused'), to(lang, 'updated'), true);
            }}
          />
        </aside>
      </div>
      {dragging && (
        <div className="bb-drop" aria-hidden="true">
          {to(lang, 'dropHere')}
        </div>
      )}
      {toast && (
        <Toast
          toast={toast}
          lang={lang}
          undoDisabled={locked}
          onClose={closeToast}
          onUndo={async () => {
            await settle(await undoLastChange(), to(lang, 'editRefused'), to(lang, 'undone'), false);
          }}
        />
      )}
    </div>
  );
}
