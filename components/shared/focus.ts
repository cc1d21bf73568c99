/**
 * After the control that had focus disappears (a deleted row), put focus somewhere sensible instead
 * of letting it fall back to the document, where keyboard users lose their place.
 */
export function focusSectionHeading(doc: Document = document): void {
  doc.querySelector<HTMLElement>('main [data-section] h2')?.focus();
}
