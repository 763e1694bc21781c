/**
 * The in-page UI's stylesheet, inside its shadow root so the page's CSS cannot restyle it and ours
 * cannot leak. Colours follow the page (host[data-theme], set from the page's background) and, when
 * the page says nothing, the system's colour scheme.
 */
export const UI_CSS = `
:host {
  all: initial;
  --bb-bg: #ffffff;
  --bb-fg: #1f1f1f;
  --bb-muted: #5f6368;
  --bb-border: #dadce0;
  --bb-accent: #b45309;
  --bb-accent-fg: #ffffff;
  --bb-soft: #fff4e5;
  --bb-link: #0b57d0;
  --bb-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--bb-fg);
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) {
    --bb-bg: #2b2c2f; --bb-fg: #e8eaed; --bb-muted: #bdc1c6; --bb-border: #5f6368;
    --bb-accent: #f59e0b; --bb-accent-fg: #1f1f1f; --bb-soft: #3c3424; --bb-link: #a8c7fa;
    --bb-shadow: 0 4px 16px rgb(0 0 0 / 0.6);
  }
}
:host([data-theme="dark"]) {
  --bb-bg: #2b2c2f; --bb-fg: #e8eaed; --bb-muted: #bdc1c6; --bb-border: #5f6368;
  --bb-accent: #f59e0b; --bb-accent-fg: #1f1f1f; --bb-soft: #3c3424; --bb-link: #a8c7fa;
  --bb-shadow: 0 4px 16px rgb(0 0 0 / 0.6);
}
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--bb-link); outline-offset: 2px; }
.badge {
  position: fixed;
  box-sizing: border-box;
  min-width: 28px; height: 28px; padding: 0 8px;
  border: 2px solid var(--bb-bg); border-radius: 14px;
  background: var(--bb-accent); color: var(--bb-accent-fg);
  font-weight: 700; font-size: 13px; line-height: 24px; text-align: center;
  box-shadow: var(--bb-shadow);
}
.card {
  position: fixed;
  box-sizing: border-box;
  width: 340px; max-width: calc(100vw - 16px);
  max-height: min(440px, calc(100vh - 16px));
  overflow: auto;
  background: var(--bb-bg); color: var(--bb-fg);
  border: 1px solid var(--bb-border); border-radius: 10px;
  box-shadow: var(--bb-shadow);
}
.card-head {
  display: flex; align-items: center; justify-content: space-between;
  padding: 8px 8px 8px 14px; border-bottom: 1px solid var(--bb-border);
  font-weight: 700;
}
.close {
  width: 28px; height: 28px; border: 0; border-radius: 14px;
  background: transparent; color: var(--bb-muted); font-size: 18px; line-height: 28px;
}
.close:hover { background: var(--bb-soft); }
.list { list-style: none; margin: 0; padding: 0; }
.suggestion { padding: 10px 14px 12px; border-bottom: 1px solid var(--bb-border); }
.suggestion:last-child { border-bottom: 0; }
.suggestion[data-current] { background: var(--bb-soft); }
.rule-title { margin: 0 0 4px; font-weight: 700; font-size: 13px; }
.label { margin: 8px 0 2px; color: var(--bb-muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.03em; }
.phrase { margin: 0; font-style: italic; }
.why, .rewrite, .no-reports { margin: 0; }
.rewrite { padding: 6px 8px; border-left: 3px solid var(--bb-accent); background: var(--bb-soft); border-radius: 4px; }
.reports { margin: 6px 0 0; padding: 0; list-style: none; }
.reports a { color: var(--bb-link); }
.no-reports { margin-top: 6px; color: var(--bb-muted); font-size: 13px; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
.apply, .dismiss { border-radius: 16px; padding: 4px 14px; }
.apply { border: 1px solid var(--bb-accent); background: var(--bb-accent); color: var(--bb-accent-fg); font-weight: 600; }
.apply:disabled { opacity: 0.5; cursor: default; }
.dismiss { border: 1px solid var(--bb-border); background: transparent; color: var(--bb-fg); }
.dismiss:hover { background: var(--bb-soft); }
`;
