import { browser } from 'wxt/browser';
import { startOnPage } from '../../lib/content/start-on-page';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { loadPageModelKit } from '../../lib/guidance/page-model';
import { resolveTeam } from '../../lib/guidance/resolved';
import { uiLang } from '../../lib/i18n/index';
import { tTry } from '../../lib/i18n/try-messages';
import { TRY_COMPOSE_ATTRIBUTE, tryPageAdapter } from '../../lib/sites/try-page';
import { siteAccessPrompt } from './site-access';

/**
 * The try-it page: a practice email draft on which the very same content runtime as in Gmail runs.
 * Plain DOM: the page is a compose box and two buttons.
 */
const lang = uiLang();

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Writes a sample the way Gmail lays a draft out: a div per line, <div><br></div> for empty lines. */
function fillDraft(body: HTMLElement, sampleLang: Lang): void {
  const lines = tTry(sampleLang, 'sample').split('\n');
  const divs = lines.map((line) => {
    const div = document.createElement('div');
    if (line === '') div.append(document.createElement('br'));
    else div.textContent = line;
    return div;
  });
  const signature = create('div', 'signature');
  for (const line of tTry(sampleLang, 'signature').split('\n')) signature.append(create('div', '', line));
  const emptyLine = document.createElement('div');
  emptyLine.append(document.createElement('br'));
  body.replaceChildren(...divs, emptyLine, signature);
}

function field(label: string, value: string): HTMLElement {
  const row = create('div', 'field');
  row.append(create('span', '', label), create('span', '', value));
  return row;
}

/** The open-card shortcut as the browser has it now (the user may have changed it). */
function keyboardHint(): HTMLElement {
  const hint = create('p', 'intro', tTry(lang, 'keyboard', { shortcut: 'Alt+Shift+B' }));
  browser.commands.getAll().then(
    (commands) => {
      const shortcut = commands.find((command) => command.name === 'open-card')?.shortcut;
      if (shortcut) hint.textContent = tTry(lang, 'keyboard', { shortcut });
    },
    () => undefined,
  );
  return hint;
}

function render(): HTMLElement {
  document.documentElement.lang = lang;
  document.title = tTry(lang, 'pageTitle');
  const app = document.getElementById('app')!;

  const body = create('div', 'body');
  body.setAttribute(TRY_COMPOSE_ATTRIBUTE, '');
  body.contentEditable = 'true';
  body.setAttribute('role', 'textbox');
  body.setAttribute('aria-multiline', 'true');
  body.setAttribute('aria-label', tTry(lang, 'bodyLabel'));
  body.spellcheck = true;
  fillDraft(body, lang);

  const samples = create('div', 'samples');
  samples.append(create('span', '', tTry(lang, 'sampleLanguage')));
  const buttons: HTMLButtonElement[] = [];
  for (const [sampleLang, label] of [
    ['en', 'English'],
    ['fr', 'Français'],
  ] as const) {
    const button = create('button', '', label);
    button.type = 'button';
    button.lang = sampleLang;
    button.setAttribute('aria-pressed', String(sampleLang === lang));
    button.addEventListener('click', () => {
      fillDraft(body, sampleLang);
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      body.focus();
    });
    buttons.push(button);
    samples.append(button);
  }

  const compose = create('section', 'compose');
  compose.setAttribute('aria-label', tTry(lang, 'newMessage'));
  const foot = create('div', 'compose-foot');
  const send = create('button', 'send', tTry(lang, 'send'));
  send.type = 'button';
  const note = create('span', 'send-note');
  note.setAttribute('role', 'status');
  send.addEventListener('click', () => {
    note.textContent = tTry(lang, 'sendNote');
  });
  foot.append(send, note);
  compose.append(
    create('div', 'compose-head', tTry(lang, 'newMessage')),
    field(tTry(lang, 'to'), 'social-team@example.com'),
    field(tTry(lang, 'subject'), tTry(lang, 'subjectValue')),
    body,
    foot,
  );

  app.append(
    create('h1', '', tTry(lang, 'heading')),
    siteAccessPrompt(lang),
    create('p', 'intro', tTry(lang, 'intro')),
    keyboardHint(),
    samples,
    compose,
    create('p', 'next', tTry(lang, 'next')),
    create('p', 'privacy', tTry(lang, 'privacy')),
  );
  return body;
}

const body = render();
// Opened right at install, maybe before the background has stored the guidance: the built-in one then.
const page = startOnPage(
  document,
  tryPageAdapter,
  () => resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK),
  loadPageModelKit,
);
// The open-card shortcut reaches content scripts through the background; this page hears it directly.
browser.commands.onCommand.addListener((command) => {
  if (command === 'open-card') page.openCard();
});
body.focus();
