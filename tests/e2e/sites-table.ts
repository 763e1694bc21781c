import type { Locator, Page } from 'playwright-core';

/**
 * The chat and mail fixtures (tests/e2e/fixtures/<site>), each built from the editor library the real
 * site runs, served on the site's real host name. Selectors here are the fixtures' copy of each
 * site's markup, not the extension's (those live in lib/sites/<site>.ts).
 */
export interface FixtureSite {
  id: string;
  /** The editor library behind the box, for test names. */
  editor: string;
  url: string;
  /** The message box. */
  box: string;
  /** A field on the page that is not a message (search…), left alone. */
  notAMessage: string;
  /** How the site sends from the keyboard, and its Send button if it has one. */
  sendKey: 'Enter' | 'Control+Enter';
  sendButton?: string;
  /** The key that adds a line without sending. */
  newLineKey: 'Shift+Enter' | 'Enter';
}

export const SITES: readonly FixtureSite[] = [
  {
    id: 'slack',
    editor: 'Quill 2',
    url: 'https://app.slack.com/client/T0ACME/C0GENERAL',
    box: '[data-qa="message_input"] .ql-editor',
    notAMessage: '[data-qa="focusable_search_input"] .ql-editor',
    sendKey: 'Enter',
    sendButton: '[data-qa="texty_send_button"]',
    newLineKey: 'Shift+Enter',
  },
  {
    id: 'whatsapp',
    editor: 'Lexical',
    url: 'https://web.whatsapp.com/',
    box: 'footer [data-lexical-editor="true"]',
    notAMessage: '#side [data-lexical-editor="true"]',
    sendKey: 'Enter',
    sendButton: 'footer button[aria-label="Send"]',
    newLineKey: 'Shift+Enter',
  },
  {
    id: 'discord',
    editor: 'Slate (slate-react)',
    url: 'https://discord.com/channels/1000/2000',
    box: '[data-slate-editor="true"]',
    notAMessage: '[role="search"] [contenteditable="true"]',
    sendKey: 'Enter',
    newLineKey: 'Shift+Enter',
  },
  {
    id: 'teams',
    editor: 'CKEditor 5',
    url: 'https://teams.microsoft.com/v2/',
    box: '[data-tid="ckeditor"]',
    notAMessage: '#ms-searchux-input',
    sendKey: 'Enter',
    sendButton: '[data-tid="sendMessageCommands-send"]',
    newLineKey: 'Shift+Enter',
  },
  {
    id: 'outlook',
    editor: 'RoosterJS 9',
    url: 'https://outlook.office.com/mail/deeplink/compose',
    box: '#editorParent_1 [role="textbox"]',
    notAMessage: 'input[aria-label="Add a subject"]',
    sendKey: 'Control+Enter',
    sendButton: 'button[aria-label="Send"]',
    newLineKey: 'Enter',
  },
  {
    id: 'google-chat',
    editor: 'a plain contenteditable',
    url: 'https://chat.google.com/room/AAAAacme',
    box: '#composer',
    notAMessage: 'header input',
    sendKey: 'Enter',
    sendButton: '[aria-label="Send message"]',
    newLineKey: 'Shift+Enter',
  },
];

/** The text of the editor's own model (Quill's getText, Lexical's state, Slate's children…). */
export const modelText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __modelText(): string }).__modelText());

/** What the site's Send sent, oldest first. */
export const sentMessages = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { __sent: string[] }).__sent]);

/** Clicks into the box and types like a person. */
export async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.type(text);
}
