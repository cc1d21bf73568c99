/** DOM helpers for component tests (happy-dom). */
export function $(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

export function type(root: ParentNode, selector: string, value: string): void {
  const el = $(root, selector) as HTMLInputElement | HTMLTextAreaElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(root: ParentNode, selector: string, value: string): void {
  const el = $(root, selector) as HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function submit(root: ParentNode, selector: string): void {
  $(root, selector).closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function goTo(section: string): void {
  location.hash = `#${section}`;
  window.dispatchEvent(new Event('hashchange'));
}
