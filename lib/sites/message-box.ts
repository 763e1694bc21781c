/**
 * What every site shares about finding its message boxes: a search field, a combobox or a one-line
 * field is never a message, and a site's Send buttons sit near its box.
 */

/** Labels of search fields, in the two languages we speak. */
const SEARCH_LABEL = /search|recherch/i;

/** False for search boxes, comboboxes and anything inside a search landmark. */
export function isNotSearch(element: HTMLElement): boolean {
  if (element.closest('[role="search"], [role="combobox"], [role="searchbox"]')) return false;
  if (element instanceof HTMLInputElement && element.type === 'search') return false;
  return !SEARCH_LABEL.test(element.getAttribute('aria-label') ?? '');
}

/**
 * The Send buttons nearest to a box: the closest ancestor (at most `levels` up) that holds any, so a
 * page with several chats or drafts gets the button of this one.
 */
export function nearestButtons(box: HTMLElement, selector: string, levels = 10): HTMLElement[] {
  let scope = box.parentElement;
  for (let level = 0; scope && level < levels; level++, scope = scope.parentElement) {
    const found = [...scope.querySelectorAll<HTMLElement>(selector)];
    if (found.length > 0) return found;
  }
  return [];
}
