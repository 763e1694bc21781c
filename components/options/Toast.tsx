import { useEffect } from 'react';
import type { Lang } from '../../lib/detect/types';
import { to } from '../../lib/i18n/options-messages';

export interface ToastMessage {
  text: string;
  /** Offers Undo (back to the guidance in force before this change). */
  undo: boolean;
  /** Changes with every toast, so that the same text shown twice restarts the timer. */
  key: number;
}

/** A short confirmation at the bottom of the page; it leaves by itself after 12 seconds. */
export function Toast(props: {
  toast: ToastMessage;
  lang: Lang;
  undoDisabled: boolean;
  onUndo: () => void;
  onClose: () => void;
}) {
  const { onClose, toast } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new toast (new key) restarts the timer.
  useEffect(() => {
    const timer = setTimeout(onClose, 12_000);
    return () => clearTimeout(timer);
  }, [onClose, toast.key]);
  return (
    <div className="bb-toast" role="status" data-bb="toast">
      <span>{toast.text}</span>
      {toast.undo && (
        <button
          type="button"
          className="bb-button"
          data-bb="undo"
          disabled={props.undoDisabled}
          onClick={props.onUndo}
        >
          {to(props.lang, 'undo')}
        </button>
      )}
      <button
        type="button"
        className="bb-button bb-button--quiet"
        aria-label={to(props.lang, 'dismiss')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
