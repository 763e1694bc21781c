import { afterEach, describe, expect, it } from 'vitest';
import { bindRichEditor } from '../../../lib/editors/rich-editor';
import { bindRoosterjs } from '../../../lib/editors/roosterjs';

/**
 * The order in which a binding tries its replace paths, and when it stops. happy-dom has no
 * execCommand (calling it throws: a path not taken); synthetic beforeinput and paste reach page
 * listeners as in a browser. Which paths each real editor takes: lib/editors/replace-paths.ts and the
 * e2e suite (replace-fallback.e2e.ts for RoosterJS and a plain box at Outlook's address).
 */
afterEach(() => {
  document.body.innerHTML = '';
  delete (document as { execCommand?: unknown }).execCommand;
});

function editable(text: string): { element: HTMLElement; words: Text } {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = `<p>${text}</p>`;
  document.body.append(element);
  return { element, words: element.firstChild!.firstChild as Text };
}

/** A page editor that applies the text of the events it handles, as a model-based editor would. */
function applies(element: HTMLElement, words: Text, type: 'beforeinput' | 'paste', seen: string[]): void {
  element.addEventListener(type, (event) => {
    seen.push(type);
    event.preventDefault();
    const data = (event as InputEvent).dataTransfer ?? (event as ClipboardEvent).clipboardData;
    const range = document.getSelection()!.getRangeAt(0);
    words.data =
      words.data.slice(0, range.startOffset) +
      data!.getData('text/plain') +
      words.data.slice(range.endOffset);
  });
}

describe('replace paths', () => {
  it('goes on to the next path while the text is unchanged, and stops at the first that lands', async () => {
    const { element, words } = editable('please post this now');
    const seen: string[] = [];
    element.addEventListener('beforeinput', (event) => {
      seen.push('beforeinput');
      event.preventDefault(); // heard, but nothing applied
    });
    applies(element, words, 'paste', seen);
    const binding = bindRichEditor(element, { kind: 'quill', paths: ['before-input', 'paste'] });
    expect(await binding.replace(7, 20, 'plan it')).toBe(true);
    expect(binding.snapshot().text).toBe('please plan it');
    expect(seen).toEqual(['beforeinput', 'paste']);
    binding.dispose();
  });

  it('tries no further path once the text changed into something else', async () => {
    const { element, words } = editable('please post this now');
    const seen: string[] = [];
    element.addEventListener('beforeinput', (event) => {
      seen.push('beforeinput');
      event.preventDefault();
      words.data = 'something else';
    });
    applies(element, words, 'paste', seen);
    const binding = bindRichEditor(element, { kind: 'slate', paths: ['before-input', 'paste'] });
    expect(await binding.replace(7, 20, 'plan it')).toBe(false);
    expect(seen).toEqual(['beforeinput']);
    binding.dispose();
  });

  it('puts the caret back and reports a refusal when no path lands', async () => {
    const { element, words } = editable('please post this now');
    document.getSelection()!.collapse(words, 6);
    const binding = bindRichEditor(element, { kind: 'ckeditor', paths: ['before-input', 'paste'] });
    expect(await binding.replace(7, 20, 'plan it')).toBe(false);
    expect(words.data).toBe('please post this now');
    const selection = document.getSelection()!;
    expect([selection.isCollapsed, selection.anchorNode, selection.anchorOffset]).toEqual([true, words, 6]);
    binding.dispose();
  });
});

describe('RoosterJS binding', () => {
  it('takes a paste RoosterJS applies, and nothing else', async () => {
    const { element, words } = editable('please post this now');
    const seen: string[] = [];
    applies(element, words, 'paste', seen);
    element.addEventListener('compositionend', () => seen.push('compositionend'));
    const binding = bindRoosterjs(element);
    expect(await binding.replace(7, 20, 'plan it')).toBe(true);
    expect(seen).toEqual(['paste']);
    binding.dispose();
  });

  it('goes on to insertText between two composition ends (its undo snapshots) when the paste is not taken', async () => {
    const { element, words } = editable('please post this now');
    const seen: string[] = [];
    element.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault(); // cancelled, not applied: a page that blocks pasting
    });
    element.addEventListener('compositionend', () => seen.push('compositionend'));
    // happy-dom has no execCommand: this one edits the selection as Chromium's does.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, value: string) => {
        seen.push(command);
        const range = document.getSelection()!.getRangeAt(0);
        words.data = words.data.slice(0, range.startOffset) + value + words.data.slice(range.endOffset);
        return true;
      },
    });
    const binding = bindRoosterjs(element);
    expect(await binding.replace(7, 20, 'plan it')).toBe(true);
    expect(words.data).toBe('please plan it');
    expect(seen).toEqual(['paste', 'compositionend', 'insertText', 'compositionend']);
    binding.dispose();
  });

  it('refuses when neither lands, the text and the caret as they were', async () => {
    const { element, words } = editable('please post this now');
    document.getSelection()!.collapse(words, 20);
    const seen: string[] = [];
    element.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
    });
    element.addEventListener('compositionend', () => seen.push('compositionend'));
    element.addEventListener('beforeinput', () => seen.push('beforeinput'));
    // happy-dom's execCommand throws, like a browser without it: not taken, so no second snapshot.
    const binding = bindRoosterjs(element);
    expect(await binding.replace(7, 20, 'plan it')).toBe(false);
    expect(words.data).toBe('please post this now');
    expect(seen).toEqual(['paste', 'compositionend']);
    const selection = document.getSelection()!;
    expect([selection.isCollapsed, selection.anchorNode, selection.anchorOffset]).toEqual([true, words, 20]);
    binding.dispose();
  });
});

describe('the caret after a refusal', () => {
  it('goes back to its place in the text when the editor re-rendered its nodes meanwhile', async () => {
    const { element, words } = editable('please post this now');
    document.getSelection()!.collapse(words, 6);
    element.addEventListener('paste', (event) => {
      event.preventDefault();
      // Refused, and the editor drew its words again: new nodes, same text.
      element.innerHTML = '<p>please post this now</p>';
    });
    const binding = bindRichEditor(element, { kind: 'ckeditor', paths: ['paste'] });
    expect(await binding.replace(7, 20, 'plan it')).toBe(false);
    const selection = document.getSelection()!;
    const now = element.querySelector('p')!.firstChild;
    expect(now).not.toBe(words);
    expect([selection.isCollapsed, selection.anchorNode, selection.anchorOffset]).toEqual([true, now, 6]);
    binding.dispose();
  });
});
