/**
 * What every fixture page exposes in its MAIN world, so tests can assert on the editor's own model
 * (not on the DOM, which an editor may show while its model disagrees).
 */
export interface FixtureApi {
  /** Set once the page has rendered its first state. */
  ready: boolean;
  /** The composer editor's model text, paragraphs and line breaks each as one "\n"; null when closed. */
  modelText(): string | null;
  /** Model text of the look-alike editors (comment box, Messenger) keyed by a short name. */
  otherModelTexts(): Record<string, string>;
  /** The model text recorded at every click on Share / Post. */
  posts: string[];
  /** Opens the composer the way a user would reach it (dialog, upload step). */
  openComposer(): void;
  /** Closes the composer (dialog closed, upload discarded). */
  closeComposer(): void;
  /**
   * Optional: false while the page is still about to swap its composer's editor element (Facebook
   * replaces it shortly after the dialog opens); tests that click the editor wait for true.
   */
  settled?(): boolean;
}

declare global {
  // eslint-disable-next-line no-var -- a global declaration needs var
  var __fixture: FixtureApi | undefined;
}
