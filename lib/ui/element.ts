/** An element with a class and, optionally, text. Manager-written strings go in as text, never markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** A button that never submits a form by accident, with its test hook. */
export function hookButton(doc: Document, className: string, hook: string, text: string): HTMLButtonElement {
  const button = element(doc, 'button', className, text);
  button.type = 'button';
  button.dataset.bb = hook;
  return button;
}
