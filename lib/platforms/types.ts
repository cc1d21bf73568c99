import type { Platform } from '../checks/types';

/** What an insert did, read back from the editor after it settled. */
export interface InsertResult {
  ok: boolean;
  /** The caption as read back afterwards. */
  text: string;
  /** Why it failed, as a stable code the UI translates. */
  error?: 'composer-gone' | 'not-focusable' | 'mismatch' | 'out-of-range' | 'cuts-tag' | 'tags-need-list';
  /**
   * Hashtags / @mentions the text holds that should be the site's own tags but stayed plain text
   * (TikTok: its suggestion list did not offer them); the admin picks them by hand.
   */
  untagged?: string[];
}

/** One composer on the page: everything the panel may do to it. DOM only, no extension APIs. */
export interface ComposerHandle {
  platform: Platform;
  /** The editor's contenteditable element. */
  editor: HTMLElement;
  /** The element the panel is placed beside (the dialog or the caption container). */
  anchor: HTMLElement;
  /** The caption as plain text: one "\n" between lines, no trailing newline. */
  readText(): string;
  /** Inserts at the caret the user last had in the editor (end of text when none). */
  insertAtCaret(text: string): Promise<InsertResult>;
  /** Replaces [start, end) of readText() (UTF-16 offsets). */
  replaceRange(start: number, end: number, text: string): Promise<InsertResult>;
  /** Replaces the whole caption. */
  replaceAll(text: string): Promise<InsertResult>;
  /** Puts focus and the caret the user last had back into the editor. */
  restoreCaret(): void;
  /** The site's Share / Post button of this composer, when present. */
  findPostButton(): HTMLElement | null;
  /**
   * True while the site's own "post now?" confirmation (TikTok's "Continue to post?") is showing:
   * the post has not gone yet. Optional addition; false where a site has none.
   */
  siteConfirming?(): boolean;
  /**
   * Optional addition: the site shows that the post went although the composer stays open
   * (Business Suite empties its composer after Publish / Schedule and stays on the page).
   */
  siteConfirmed?(): boolean;
  /** The account name the page shows for this composer, when the site shows one. */
  accountName(): string | null;
  /** Calls back after every change of the caption (typing, paste, our inserts). */
  onChange(callback: (text: string) => void, signal: AbortSignal): void;
  /** True while the editor is still in the document. */
  isConnected(): boolean;
  /**
   * Stops the handle's own listeners (caret tracking). Optional addition: watchComposers calls it
   * when the composer goes; callers that create handles themselves call it when done.
   */
  dispose?(): void;
  /**
   * Optional addition: every button that publishes this post (Business Suite has Publish and
   * Schedule); the guard uses it instead of findPostButton when present.
   */
  findPostButtons?(): HTMLElement[];
  /**
   * Optional addition: the site replaced the editor element of this same composer (Facebook does
   * shortly after opening). Returns true when `editor` belongs to this composer and the handle now
   * works on it; inserts in flight on the old element end with composer-gone and are not replayed.
   */
  adopt?(editor: HTMLElement): boolean;
  /**
   * Optional addition: the platforms this post goes to when the composer publishes to several at
   * once (Business Suite placements), strictest first; [] when none is selected.
   */
  placements?(): Platform[];
  /** Optional addition: calls back when the placements change. */
  onPlacements?(callback: () => void, signal: AbortSignal): void;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Whether this adapter handles the page at this URL. */
  matches(url: URL): boolean;
  /** Caption editors currently in the document that are real post composers (not comments etc.). */
  findEditors(root: ParentNode): HTMLElement[];
  handle(editor: HTMLElement): ComposerHandle;
  /**
   * Optional addition: whether an editable the admin types in may be this site's caption editor
   * that findEditors did not recognise (the site drifted); look-alikes answer false. Used for the
   * notice that offers to attach the panel there.
   */
  mightBeComposer?(editable: HTMLElement, url: URL): boolean;
}
