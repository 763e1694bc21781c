import type { InPageUi } from './in-page-ui';

/**
 * Where the in-page UI file leaves its classes for the content script that imported it: a property
 * of the content scripts' isolated world (the page cannot see it). Kept apart from in-page-ui.ts so
 * that the content script can name it without bundling the UI.
 */
const SLOT = Symbol.for('better-brief.in-page-ui');

type World = { [SLOT]?: InPageUi };

export function publishInPageUi(ui: InPageUi, world: object = globalThis): void {
  (world as World)[SLOT] = ui;
}

export function publishedInPageUi(world: object = globalThis): InPageUi | undefined {
  return (world as World)[SLOT];
}
