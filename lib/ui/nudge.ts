import type { Lang } from '../detect/types';
import { nudgeText, tNudge } from '../i18n/nudge-messages';
import { pageLooksDark } from './host';
// Both stylesheets are minified into the content script at build time (?inline).
import NUDGE_CSS from './nudge.css?inline';
import UI_CSS from './overlay.css?inline';

export interface NudgeRequest {
  ruleId: string;
  title: string;
}

export interface NudgeActions {
  review(): void;
  sendAnyway(): void;
  /** Escape: the writer goes back to the message. */
  cancel(): void;
}

/**
 * The prompt shown next to a compose box when a flagged request is about to be sent:
 * `[data-bb="send-nudge"]` with `button[data-bb="review"]` and `button[data-bb="send-anyway"]`.
 * Its own small open shadow root (so it never waits for the card's UI), created on first use.
 */
export class SendNudge {
  private host: HTMLElement | undefined;
  private panel: HTMLElement | undefined;
  private box: HTMLElement | undefined;
  /** What the prompt stands next to: the Send button that was clicked, or the box. */
  private anchor: Element | undefined;
  private actions: NudgeActions | undefined;
  private frame = 0;
  private readonly reposition = () => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
  ) {}

  get open(): boolean {
    return this.panel !== undefined && !this.panel.hidden;
  }

  get forBox(): HTMLElement | undefined {
    return this.open ? this.box : undefined;
  }

  /** Shows the prompt beside `anchor` (default: the box) and puts the keyboard on Review. */
  show(
    box: HTMLElement,
    requests: readonly NudgeRequest[],
    actions: NudgeActions,
    anchor: Element = box,
  ): void {
    const panel = this.ensurePanel();
    this.box = box;
    this.anchor = anchor;
    this.actions = actions;
    panel.querySelector('p')!.textContent = nudgeText(this.lang, requests);
    const dark = pageLooksDark(box);
    if (dark !== undefined) this.host!.dataset.theme = dark ? 'dark' : 'light';
    panel.hidden = false;
    this.place();
    this.doc.defaultView?.addEventListener('resize', this.reposition);
    this.doc.addEventListener('scroll', this.reposition, true);
    panel.querySelector<HTMLButtonElement>('[data-bb="review"]')!.focus();
  }

  hide(): void {
    if (!this.panel || this.panel.hidden) return;
    this.panel.hidden = true;
    this.doc.defaultView?.removeEventListener('resize', this.reposition);
    this.doc.removeEventListener('scroll', this.reposition, true);
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  dispose(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.panel = undefined;
  }

  private ensurePanel(): HTMLElement {
    if (this.panel) return this.panel;
    const doc = this.doc;
    const host = doc.createElement('better-brief-nudge');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS + NUDGE_CSS;
    const panel = doc.createElement('div');
    panel.className = 'nudge';
    panel.dataset.bb = 'send-nudge';
    panel.setAttribute('role', 'alertdialog');
    panel.setAttribute('aria-label', tNudge(this.lang, 'label'));
    panel.hidden = true;
    const text = doc.createElement('p');
    const row = doc.createElement('div');
    row.className = 'actions';
    const button = (hook: string, label: string, run: () => void) => {
      const created = doc.createElement('button');
      created.type = 'button';
      created.className = hook;
      created.dataset.bb = hook;
      created.textContent = label;
      created.addEventListener('click', (event) => {
        event.stopPropagation();
        run();
      });
      return created;
    };
    row.append(
      button('review', tNudge(this.lang, 'review'), () => this.actions?.review()),
      button('send-anyway', tNudge(this.lang, 'sendAnyway'), () => this.actions?.sendAnyway()),
    );
    panel.append(text, row);
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.actions?.cancel();
    });
    root.append(style, panel);
    doc.documentElement.append(host);
    this.host = host;
    this.panel = panel;
    return panel;
  }

  /**
   * Above its anchor (below it when there is no room above). Its own size is never read.
   */
  private place(): void {
    const panel = this.panel;
    const anchor = this.anchor?.isConnected ? this.anchor : this.box;
    if (!panel || !anchor) return;
    const rect = anchor.getBoundingClientRect();
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    // Beside a box: at its right end, where chats keep Send. Beside a button: on the button's side.
    if (anchor === this.box || (rect.left + rect.right) / 2 > width / 2) {
      panel.style.left = '';
      panel.style.right = `${Math.max(8, width - Math.min(rect.right, width))}px`;
    } else {
      panel.style.right = '';
      panel.style.left = `${Math.max(8, rect.left)}px`;
    }
    if (rect.top > 120) {
      panel.style.top = '';
      panel.style.bottom = `${height - rect.top + 6}px`;
    } else {
      panel.style.bottom = '';
      panel.style.top = `${Math.min(rect.bottom + 6, height - 110)}px`;
    }
  }
}
