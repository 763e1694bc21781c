import type { Locator, Page } from 'playwright-core';
import type { GmailPage } from './gmail-page';
import { bb, waitFor, waitForBadge } from './harness';

/** One answer of the brief form, by its question id. */
export const briefField = (scope: Page | Locator, id: string) =>
  scope.locator(`[data-bb="brief-field"][data-field="${id}"]`);

/** Whether keyboard focus is on the element (inside our shadow root, or the page's own). */
export const focused = (locator: Locator) =>
  locator.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);

/**
 * The keyboard-only way into a brief, in either language: Ctrl+Enter on a draft with one flagged
 * request, Enter on Review, Tab to "Write a brief instead", Enter; Esc back to the card (focus on the
 * button again); Enter into the form again, the audience typed, Tab to Insert. Returns with focus on
 * Insert, nothing inserted yet.
 */
export async function keyboardToBriefInsert(
  gmail: GmailPage,
  draft: string,
  audience: string,
): Promise<{ body: Locator; form: Locator }> {
  const body = gmail.bodies.first();
  await gmail.typeInto(body, draft);
  await waitForBadge(gmail.page, 1);
  const { keyboard } = gmail.page;
  await keyboard.press('Control+Enter');
  await bb(gmail.page, 'review').waitFor();
  if (!(await focused(bb(gmail.page, 'review')))) throw new Error('Review is not focused');
  await keyboard.press('Enter');
  const suggestion = bb(gmail.page, 'suggestion').first();
  await waitFor(() => focused(bb(suggestion, 'apply')), { message: 'focus on Replace' });
  await keyboard.press('Tab');
  await keyboard.press('Tab');
  if (!(await focused(bb(suggestion, 'brief')))) throw new Error('"Write a brief" is not focused');
  await keyboard.press('Enter');
  const form = bb(gmail.page, 'brief-form');
  await waitFor(() => focused(briefField(form, 'what')), { message: 'focus on the first answer' });

  await keyboard.press('Escape');
  await waitFor(async () => (await form.count()) === 0, { message: 'the form gone' });
  if (!(await bb(gmail.page, 'card').isVisible())) throw new Error('Esc closed the card too');
  if (!(await focused(bb(suggestion, 'brief')))) throw new Error('Esc did not give focus back');

  await keyboard.press('Enter');
  await waitFor(() => focused(briefField(form, 'what')), { message: 'the form again' });
  await keyboard.press('Tab');
  await keyboard.type(audience);
  // audience → network → earliest → latest → assets → contact → Insert.
  for (let step = 0; step < 6; step++) await keyboard.press('Tab');
  if (!(await focused(bb(form, 'brief-insert')))) throw new Error('Insert is not focused');
  return { body, form };
}
