import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindTextarea } from '../../../lib/editors/textarea';

/**
 * The textarea binding's text and its refusal. happy-dom has no execCommand (it throws), like a
 * browser that refuses it; Chromium's execCommand path and its undo are in the e2e suite
 * (sites-custom.e2e.ts).
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function field(value: string): HTMLTextAreaElement {
  document.body.innerHTML = '<form><textarea id="message"></textarea></form>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = value;
  return textarea;
}

describe('a textarea', () => {
  it('reads its value as the text, and hands out ranges over the mirror, not the field', () => {
    const textarea = field('Hi,\nplease post this now');
    const binding = bindTextarea(textarea);
    const snapshot = binding.snapshot();
    expect(snapshot.text).toBe('Hi,\nplease post this now');
    const range = snapshot.rangeFor(11, 20)!;
    expect(range.toString()).toBe('post this');
    const root = range.startContainer.getRootNode() as ShadowRoot;
    expect((root.host as HTMLElement).dataset.bbMirror).toBe('');
    // The draft's copy is not page text: it lives in the mirror's closed shadow root.
    expect(document.querySelector('[data-bb-mirror]')?.textContent).toBe('');
    expect(textarea.form!.contains(range.startContainer)).toBe(false);
    binding.dispose();
  });

  it('gives no range once the value changed since the snapshot', () => {
    const textarea = field('please post this now');
    const binding = bindTextarea(textarea);
    const snapshot = binding.snapshot();
    textarea.value = 'something else entirely';
    expect(snapshot.rangeFor(7, 16)).toBeNull();
    binding.dispose();
  });

  it('reports a refusal when execCommand is not there, the value and the caret as they were', async () => {
    const textarea = field('please post this now, thanks');
    const inputs: string[] = [];
    textarea.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    textarea.setSelectionRange(3, 3);
    const binding = bindTextarea(textarea);
    // setRangeText would land, but Chromium's Ctrl+Z cannot undo it: not a path we take.
    expect(await binding.replace(7, 20, 'share where this fits')).toBe(false);
    expect(textarea.value).toBe('please post this now, thanks');
    expect(inputs).toEqual([]);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([3, 3]);
    binding.dispose();
  });

  it('removes its mirror when disposed', () => {
    const binding = bindTextarea(field('x'));
    expect(document.querySelector('[data-bb-mirror]')).not.toBeNull();
    binding.dispose();
    expect(document.querySelector('[data-bb-mirror]')).toBeNull();
  });

  it('on input writes only the mirror text; style and box reads wait for the next frame, once', async () => {
    const textarea = field('Hi');
    const binding = bindTextarea(textarea);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const styles = vi.spyOn(window, 'getComputedStyle');
    const boxes = vi.spyOn(textarea, 'getBoundingClientRect');
    for (const value of ['Hi p', 'Hi po', 'Hi pos', 'Hi post']) {
      textarea.value = value;
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    expect(binding.snapshot().rangeFor(3, 7)?.toString()).toBe('post');
    expect(styles).not.toHaveBeenCalled();
    expect(boxes).not.toHaveBeenCalled();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(styles).toHaveBeenCalledTimes(1);
    styles.mockRestore();
    binding.dispose();
  });
});
