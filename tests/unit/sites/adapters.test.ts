import { describe, expect, it } from 'vitest';
import { nudgeText } from '../../../lib/i18n/nudge-messages';
import { customAdapter, customAdapterFor } from '../../../lib/sites/custom';
import { gmailAdapter } from '../../../lib/sites/gmail';
import { DEFAULT_SITES } from '../../../lib/sites/hosts';
import { isNotSearch, nearestButtons } from '../../../lib/sites/message-box';
import { outlookAdapter } from '../../../lib/sites/outlook';
import { defaultSiteAdapterFor } from '../../../lib/sites/registry';

const at = (href: string) => new URL(href) as unknown as Location;

describe('site adapters', () => {
  it("serve every default site by the adapter of the same id, in the default sites' script only", () => {
    for (const [id, patterns] of Object.entries(DEFAULT_SITES)) {
      for (const pattern of patterns) {
        const page = at(pattern.replace('*', 'some/page'));
        expect(defaultSiteAdapterFor(page)?.id, pattern).toBe(id);
        // The script for manager-added sites also runs there under a wide pattern: it stands back.
        expect(customAdapterFor(page), pattern).toBeUndefined();
      }
    }
  });

  it('serve any other page (one a manager added) with the custom adapter, in its own script only', () => {
    for (const href of [
      'https://intranet.example.test/ask',
      'https://docs.google.com/document/d/1',
      'https://slack.com/intl/fr-fr/',
    ]) {
      expect(defaultSiteAdapterFor(at(href)), href).toBeUndefined();
      expect(customAdapterFor(at(href))?.id, href).toBe('custom');
    }
  });

  it('never take a search field for a message box', () => {
    document.body.innerHTML = `
      <div role="search"><div id="a" contenteditable="true"></div></div>
      <input id="b" type="search"><div id="c" contenteditable="true" aria-label="Rechercher"></div>
      <div id="d" contenteditable="true" role="combobox"></div>
      <div id="e" contenteditable="true" role="textbox" aria-label="Message #general"></div>`;
    const verdict = (id: string) => isNotSearch(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e'].map(verdict)).toEqual([false, false, false, false, true]);
  });

  it("on a custom page, take textareas and the outermost editable, not a one-line field's neighbours", () => {
    document.body.innerHTML = `
      <form><textarea id="t"></textarea><textarea id="ro" readonly></textarea>
      <div id="outer" contenteditable="true"><p id="inner" contenteditable="true">x</p></div>
      <button type="submit" id="post">Post</button></form>`;
    const isBox = (id: string) => customAdapter.isComposeBox!(document.getElementById(id)!);
    expect(['t', 'ro', 'outer', 'inner'].map(isBox)).toEqual([true, false, true, false]);
    expect(customAdapter.send.findSendButtons!(document.getElementById('t')!).map((b) => b.id)).toEqual([
      'post',
    ]);
  });

  it("find the Send button of this box, not of another chat's", () => {
    document.body.innerHTML = `
      <section><div><div id="one" contenteditable="true"></div></div><button class="send" id="s1"></button></section>
      <section><div><div id="two" contenteditable="true"></div></div><button class="send" id="s2"></button></section>`;
    expect(nearestButtons(document.getElementById('two')!, 'button.send').map((b) => b.id)).toEqual(['s2']);
  });
});

describe('the nudge text', () => {
  it('names what the message still asks, in English and in French', () => {
    const postNow = [{ ruleId: 'post-now', title: 'Post now' }];
    expect(nudgeText('en', postNow)).toBe('This message still asks to post right away — review it?');
    expect(nudgeText('fr', postNow)).toBe(
      'Ce message demande encore de publier tout de suite — le revoir\u00a0?',
    );
  });

  it("names a team's own rule by its title, and counts several requests", () => {
    expect(nudgeText('en', [{ ruleId: 'story', title: '<b>Story</b>' }])).toContain('“<b>Story</b>”');
    expect(
      nudgeText('fr', [
        { ruleId: 'roi', title: 'ROI' },
        { ruleId: 'go-viral', title: 'Buzz' },
      ]),
    ).toContain('2 demandes');
  });
});

describe('on a page we know nothing about', () => {
  it('tells the editor library by the marks it leaves on its root', () => {
    document.body.innerHTML = `
      <textarea id="t"></textarea>
      <div id="q" class="ql-editor" contenteditable="true"></div>
      <div id="l" data-lexical-editor="true" contenteditable="true"></div>
      <div id="s" data-slate-editor="true" contenteditable="true"></div>
      <div id="c" class="ck ck-content ck-editor__editable" contenteditable="true"></div>
      <div id="p" class="ProseMirror" contenteditable="true"></div>
      <div id="x" contenteditable="true"></div>`;
    const kinds = ['t', 'q', 'l', 's', 'c', 'p', 'x'].map((id) => {
      const binding = customAdapter.bind(document.getElementById(id)!);
      binding.dispose();
      return binding.kind;
    });
    expect(kinds).toEqual([
      'textarea',
      'quill',
      'lexical',
      'slate',
      'ckeditor',
      'prosemirror',
      'contenteditable',
    ]);
  });
});

describe('the editor kind each site reports', () => {
  it("names Outlook's RoosterJS body as RoosterJS (it is replaced by paste, not like a plain box)", () => {
    document.body.innerHTML = '<div id="body" contenteditable="true" role="textbox"></div>';
    const binding = outlookAdapter.bind(document.getElementById('body')!);
    expect(binding.kind).toBe('roosterjs');
    binding.dispose();
  });

  it("reads Gmail's body without the parts its adapter declares are not the writer's", () => {
    const body = document.createElement('div');
    body.contentEditable = 'true';
    body.innerHTML = '<div>make it viral</div><div class="gmail_quote">post this now</div>';
    document.body.replaceChildren(body);
    expect(gmailAdapter.excludeSelector).toContain('.gmail_quote');
    const binding = gmailAdapter.bind(body);
    expect(binding.snapshot().text).toBe('make it viral');
    binding.dispose();
  });
});
