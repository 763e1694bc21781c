import { afterEach, describe, expect, it } from 'vitest';
import { bindContentEditable } from '../../../lib/editors/contenteditable';

function editable(html: string): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('contenteditable binding', () => {
  it('gives a range over the exact words of a match', () => {
    const binding = bindContentEditable(editable('<div>Hi</div><div>please <b>post</b> this now</div>'));
    const snapshot = binding.snapshot();
    const start = snapshot.text.indexOf('post');
    expect(snapshot.rangeFor(start, start + 'post this now'.length)?.toString()).toBe('post this now');
    binding.dispose();
  });

  it('refuses a range from a snapshot the writer has typed over since', () => {
    const element = editable('<div>post this now</div>');
    const binding = bindContentEditable(element);
    const snapshot = binding.snapshot();
    element.firstChild!.firstChild!.textContent = 'post that now';
    expect(snapshot.rangeFor(0, 4)).toBeNull();
    binding.dispose();
  });

  it('leaves the quoted part out of the text and out of the ranges', () => {
    const binding = bindContentEditable(
      editable('<div>make it viral</div><div class="gmail_quote">post this now</div>'),
      { exclude: '.gmail_quote' },
    );
    expect(binding.snapshot().text).toBe('make it viral');
    binding.dispose();
  });

  it('tells its listener when the text changes', async () => {
    const element = editable('<div>hello</div>');
    const binding = bindContentEditable(element);
    let changes = 0;
    binding.onChange(() => changes++);
    element.firstChild!.appendChild(document.createTextNode(' world'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toBe(1);
    binding.dispose();
  });

  it('hands the replacement to an editor that takes it through beforeinput when execCommand is refused', async () => {
    const element = editable('<div>post this now</div>');
    const binding = bindContentEditable(element);
    const received: string[] = [];
    element.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      const text = input.dataTransfer?.getData('text/plain') ?? input.data ?? '';
      received.push(`${input.inputType}:${text}`);
      event.preventDefault();
      element.firstChild!.firstChild!.textContent = text; // the editor applies it through its model
    });
    // happy-dom has no execCommand (it throws), like an editor that refuses it.
    expect(await binding.replace(0, 13, 'could we plan this?')).toBe(true);
    expect(received).toEqual(['insertReplacementText:could we plan this?']);
    expect(binding.snapshot().text).toBe('could we plan this?');
    binding.dispose();
  });

  it('counts a replacement the page cancelled without applying as refused, and puts the caret back', async () => {
    const element = editable('<div>please post this now</div>');
    const binding = bindContentEditable(element);
    element.addEventListener('beforeinput', (event) => event.preventDefault()); // "took" it, changed nothing
    const words = element.firstChild!.firstChild!;
    document.getSelection()!.collapse(words, 6); // the writer's caret, after "please"
    expect(await binding.replace(7, 20, 'could we plan this?')).toBe(false);
    const selection = document.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorNode).toBe(words);
    expect(selection.anchorOffset).toBe(6);
    binding.dispose();
  });

  it('reports failure when nobody takes the replacement', async () => {
    const binding = bindContentEditable(editable('<div>post this now</div>'));
    expect(await binding.replace(0, 13, 'could we plan this?')).toBe(false);
    binding.dispose();
  });
});
