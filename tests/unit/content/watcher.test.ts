import { afterEach, describe, expect, it } from 'vitest';
import { watchComposeBoxes } from '../../../lib/content/watcher';
import { gmailAdapter } from '../../../lib/sites/gmail';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
/** The observer reports in a microtask and the watcher looks once per animation frame. */
const nextFrame = async () => {
  await Promise.resolve();
  await frame();
};

function gmailBody(label: string): string {
  return `<div class="Am Al editable LW-avf" aria-label="${label}" role="textbox" contenteditable="true"></div>`;
}

function track() {
  const found: HTMLElement[] = [];
  const lost: HTMLElement[] = [];
  const stop = watchComposeBoxes(document, gmailAdapter, {
    found: (element) => found.push(element),
    lost: (element) => lost.push(element),
  });
  return { found, lost, stop };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('finding Gmail compose boxes', () => {
  it('finds a compose box already on the page, whatever the language of its label', () => {
    document.body.innerHTML = `<div role="dialog">${gmailBody('Corps du message')}</div>`;
    const { found, stop } = track();
    expect(found).toHaveLength(1);
    stop();
  });

  it('finds compose boxes opened later, several at once', async () => {
    const { found, stop } = track();
    const dialogs = document.createElement('div');
    dialogs.innerHTML = `<div role="dialog">${gmailBody('Message Body')}</div><div role="dialog">${gmailBody('Nachrichtentext')}</div>`;
    document.body.append(dialogs);
    await nextFrame();
    expect(found).toHaveLength(2);
    stop();
  });

  it('reports a compose box that was closed', async () => {
    document.body.innerHTML = `<div role="dialog">${gmailBody('Message Body')}</div>`;
    const { found, lost, stop } = track();
    document.body.firstElementChild!.remove();
    await nextFrame();
    expect(lost).toEqual(found);
    stop();
  });

  it('ignores the search box and the subject field', async () => {
    const { found, stop } = track();
    document.body.innerHTML =
      '<input aria-label="Search mail"><input name="subjectbox"><div role="textbox" contenteditable="true" class="not-gmail-body"></div>';
    await nextFrame();
    expect(found).toHaveLength(0);
    stop();
  });
});
