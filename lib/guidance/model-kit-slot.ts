import type { createModelKit } from './model-kit';

/**
 * Where the classifier's file (entrypoints/classifier.ts) leaves its kit factory for the content script
 * that imported it: a property of the content scripts' isolated world, out of the page's reach. Kept
 * apart from model-kit.ts so that the content script can name it without bundling the classifier.
 */
const SLOT = Symbol.for('better-brief.classifier');
type World = { [SLOT]?: typeof createModelKit };

export function publishModelKitFactory(factory: typeof createModelKit, world: object = globalThis): void {
  (world as World)[SLOT] = factory;
}

export function publishedModelKitFactory(world: object = globalThis): typeof createModelKit | undefined {
  return (world as World)[SLOT];
}
