/**
 * TikTok Studio's tags. A hashtag or @mention is a real tag only when it is picked from Studio's
 * suggestion list, which opens while `#word` is TYPED (pasted `#word` stays plain text); the pick
 * turns it into an IMMUTABLE Draft.js entity that any edit inside deletes whole. So on TikTok every
 * insert:
 * - replaces the smallest range that differs (tags outside it are never touched),
 * - refuses a fix whose range would cut through a picked tag ('cuts-tag'),
 * - puts hashtags and mentions in the way a person does: the text up to the tag as a paste, then
 *   `#word` typed, then the option whose text equals the tag (case-insensitive) picked, then checks
 *   that the caption holds a tag there; what the list does not offer within a bound stays text and
 *   is reported in `untagged`.
 * Tags are read from the DOM (the content script cannot see Draft's model): Draft renders a
 * decorated entity as one element between its block and its leaves (lib/platforms/selectors.ts).
 */
import { createScan } from '../checks/scan/scan';
import type { EditorOps } from './editor';
import { captionText, offsetAt } from './text';
import { queryAll, tiktok } from './selectors';
import type { InsertResult } from './types';

export interface TagSpan {
  start: number;
  end: number;
  text: string;
}

/** Longest wait for the suggestion list to offer a tag after its last letter was typed. */
export const LIST_WAIT_MS = 1000;
/** Longest wait for one step (a paste, the typed letters, the picked tag) to show in the editor. */
const STEP_WAIT_MS = 400;
const POLL_MS = 10;

const TAG_TEXT = /^[#@][^\s#@]+$/u;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Gives the page one turn (Draft's React render) between typed letters. A message, not a 0 ms
 * timer: the browser holds nested timers to 4 ms each, which made typing a tag cost 4 ms a letter.
 */
function nextTurn(doc: Document): Promise<void> {
  const Channel = doc.defaultView?.MessageChannel ?? globalThis.MessageChannel;
  if (typeof Channel !== 'function') return sleep(0);
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function waitFor<T>(probe: () => T | null | undefined | false, bound: number): Promise<T | null> {
  const deadline = Date.now() + bound;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() >= deadline) return null;
    await sleep(POLL_MS);
  }
}

/** The picked tags (decorated `#…` / `@…` entities) in the caption, as offsets of `text`. */
export function tagRanges(editor: HTMLElement, blockSelector: string, text: string): TagSpan[] {
  const out: TagSpan[] = [];
  for (const element of queryAll(editor, tiktok.tagEntity)) {
    if (!element.querySelector('[data-offset-key]')) continue;
    const start = offsetAt(editor, blockSelector, { node: element, offset: 0 });
    const end = offsetAt(editor, blockSelector, { node: element, offset: element.childNodes.length });
    const value = text.slice(start, end);
    if (TAG_TEXT.test(value)) out.push({ start, end, text: value });
  }
  return out;
}

const bareTag = (tag: string): string => tag.replace(/^[#@]/, '').toLowerCase();

/** The name an option shows first ("#slemankab" of "#slemankab 37K views"): the first word of the first element with text. */
function optionName(option: HTMLElement): string {
  const walker = option.ownerDocument.createTreeWalker(option, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    return (node.parentElement ?? option).textContent?.trim().split(/\s/)[0] ?? '';
  }
  return '';
}

/** Deletes [start, end): Draft takes no empty paste, but removes a cut selection from its model. */
async function removeRange(ops: EditorOps, start: number, end: number): Promise<InsertResult> {
  const before = ops.fullText();
  if (!(await ops.focus())) return { ok: false, text: ops.readText(), error: 'not-focusable' };
  await ops.selectAndWait(start, end);
  ops.editor.dispatchEvent(new ClipboardEvent('cut', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true, composed: true }));
  return ops.settle(captionText(before.slice(0, start) + before.slice(end)));
}

export function findOption(root: ParentNode, tag: string): HTMLElement | null {
  const kind = tag.charAt(0);
  for (const option of queryAll(root, tiktok.suggestionOption)) {
    const name = optionName(option);
    if (/^[#@]/.test(name) && name.charAt(0) !== kind) continue;
    if (bareTag(name) === bareTag(tag)) return option;
  }
  return null;
}

/** Shrinks [start, end) → text to the part that differs, never splitting a surrogate pair. */
export function smallestChange(before: string, start: number, end: number, text: string): { start: number; end: number; text: string } {
  const old = before.slice(start, end);
  let head = 0;
  const most = Math.min(old.length, text.length);
  while (head < most && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const low = (s: string, i: number): boolean => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s.charAt(i));
  while (head > 0 && (low(old, head) || low(text, head))) head--;
  while (tail > 0 && (low(old, old.length - tail) || low(text, text.length - tail))) tail--;
  return { start: start + head, end: end - tail, text: text.slice(head, text.length - tail) };
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Hashtags and mentions of `text` (the checks' own scanner), in order. */
function tokensOf(text: string): Token[] {
  const scan = createScan(text);
  return [...scan.hashtags(), ...scan.mentions()].sort((a, b) => a.start - b.start);
}

/**
 * Grows the change so it holds whole hashtags / mentions of the resulting caption: a tag is typed
 * whole or not at all.
 */
function wholeTokens(before: string, change: { start: number; end: number; text: string }, picked: readonly TagSpan[] = []): { start: number; end: number; text: string; tokens: Token[] } {
  const result = before.slice(0, change.start) + change.text + before.slice(change.end);
  let from = change.start;
  let to = change.start + change.text.length;
  const delta = change.text.length - (change.end - change.start);
  // Picked tags the change leaves alone, where they sit in the result: text typed against one
  // never joins it (Draft keeps the entity as it is), so they bound the tokens.
  const kept = picked
    .filter((tag) => tag.end <= change.start || tag.start >= change.end)
    .map((tag) => (tag.start >= change.end ? { start: tag.start + delta, end: tag.end + delta } : tag));
  const all = tokensOf(result).filter((token) => !kept.some((tag) => token.start < tag.end && token.end > tag.start));
  for (const token of all) {
    if (token.start < to && token.end > from) {
      from = Math.min(from, token.start);
      to = Math.max(to, token.end);
    }
  }
  const end = change.end + (to - (change.start + change.text.length));
  const tokens = all.filter((token) => token.start >= from && token.end <= to).map((token) => ({ ...token, start: token.start - from, end: token.end - from }));
  return { start: from, end, text: result.slice(from, to), tokens };
}

/** Whether this page can take typed letters (a TextEvent, as Chromium's typing sends). */
function canType(doc: Document): boolean {
  try {
    doc.createEvent('TextEvent');
    return true;
  } catch {
    return false;
  }
}

/** One character typed at the caret, the way the browser delivers a key press to Draft.js. */
function typeChar(editor: HTMLElement, char: string): void {
  const doc = editor.ownerDocument;
  const event = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
  event.initTextEvent('textInput', true, true, doc.defaultView, char);
  const native = editor.dispatchEvent(event);
  if (!native) return;
  // Draft let the browser insert the character natively (and expects to see it in the DOM): do
  // what the browser would.
  const selection = doc.getSelection();
  const node = selection?.anchorNode;
  if (selection && node && node.nodeType === Node.TEXT_NODE && editor.contains(node)) {
    const at = selection.anchorOffset;
    (node as Text).insertData(at, char);
    selection.collapse(node, at + char.length);
  }
}

/** Dispatches the press of a real click (lists pick on mousedown or on click). */
async function press(option: HTMLElement): Promise<void> {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  option.dispatchEvent(new MouseEvent('mousedown', init));
  await sleep(0);
  if (!option.isConnected) return;
  option.dispatchEvent(new MouseEvent('mouseup', init));
  option.click();
}

export function tiktokReplacer(ops: EditorOps): (start: number, end: number, text: string) => Promise<InsertResult> {
  const { editor, blockSelector } = ops;
  const doc = editor.ownerDocument;
  const gone = (): InsertResult => ({ ok: false, text: '', error: 'composer-gone' });
  const same = (a: string, b: string): boolean => captionText(a) === captionText(b);

  return async (start, end, raw) => {
    if (!editor.isConnected) return gone();
    const before = ops.fullText();
    if (start < 0 || end < start || end > before.length) return ops.plainReplace(start, end, raw);
    const whole = start === 0 && end === before.length;
    const tags = tagRanges(editor, blockSelector, before);
    const change = wholeTokens(before, smallestChange(before, start, end, raw.replace(/\r\n?/g, '\n')), tags);
    if (change.start === change.end && change.text === '') return { ok: true, text: ops.readText() };

    const cut = tags.filter((tag) => (change.start > tag.start && change.start < tag.end) || (change.end > tag.start && change.end < tag.end));
    if (cut.length > 0) {
      if (!whole) return { ok: false, text: ops.readText(), error: 'cuts-tag' };
      // Replacing the whole caption: take the cut tags whole; the new text's tags are picked again.
      const from = Math.min(change.start, ...cut.map((tag) => tag.start));
      const to = Math.max(change.end, ...cut.map((tag) => tag.end));
      const widened = wholeTokens(before, { start: from, end: to, text: before.slice(from, change.start) + change.text + before.slice(change.end, to) }, tags);
      Object.assign(change, widened);
    }
    const removesTags = tags.some((tag) => tag.start >= change.start && tag.end <= change.end);
    if (change.tokens.length === 0) return change.text === '' ? removeRange(ops, change.start, change.end) : ops.plainReplace(change.start, change.end, change.text);
    if (!canType(doc)) {
      // Tags cannot be picked here: say so before touching a caption that holds picked tags.
      if (whole && removesTags) return { ok: false, text: ops.readText(), error: 'tags-need-list' };
      const result = await ops.plainReplace(change.start, change.end, change.text);
      return result.ok ? { ...result, untagged: change.tokens.map((token) => token.text) } : result;
    }
    return typeWithTags(change);
  };

  async function typeWithTags(change: { start: number; end: number; text: string; tokens: Token[] }): Promise<InsertResult> {
    try {
      const before = ops.fullText();
      const suffix = before.slice(change.end);
      let prefix = before.slice(0, change.start);
      let cursor = change.start;
      const untagged: string[] = [];
      const parts: Array<{ tag: boolean; text: string }> = [];
      let at = 0;
      for (const token of change.tokens) {
        if (token.start > at) parts.push({ tag: false, text: change.text.slice(at, token.start) });
        parts.push({ tag: true, text: token.text });
        at = token.end;
      }
      if (at < change.text.length) parts.push({ tag: false, text: change.text.slice(at) });

      if (!(await ops.focus())) return { ok: false, text: ops.readText(), error: 'not-focusable' };
      await ops.selectAndWait(change.start, change.end);
      let first = true;
      for (const part of parts) {
        if (!editor.isConnected) return gone();
        if (!first) await ops.selectAndWait(cursor, cursor);
        first = false;
        const wanted = prefix + part.text + suffix;
        if (!part.tag) {
          ops.paste(part.text);
          if (!(await waitFor(() => same(ops.fullText(), wanted), STEP_WAIT_MS))) return { ok: false, text: ops.readText(), error: 'mismatch' };
          prefix += part.text;
          cursor += part.text.length;
          continue;
        }
        for (const char of part.text) {
          typeChar(editor, char);
          await nextTurn(doc);
        }
        if (!(await waitFor(() => same(ops.fullText(), wanted), STEP_WAIT_MS))) {
          // The page took no typed letters: nothing of the tag landed, or only part of it.
          const now = ops.fullText();
          if (!same(now, prefix + suffix)) return { ok: false, text: ops.readText(), error: 'mismatch' };
          await ops.selectAndWait(cursor, cursor);
          ops.paste(part.text);
          if (!(await waitFor(() => same(ops.fullText(), wanted), STEP_WAIT_MS))) return { ok: false, text: ops.readText(), error: 'mismatch' };
          untagged.push(part.text);
        } else {
          // The list shows tags in its own case (lower case): the tag that landed is the same one.
          if ((await pick(part.text, cursor)) === null) untagged.push(part.text);
        }
        const landed = ops.fullText().slice(cursor, cursor + part.text.length);
        prefix += landed;
        cursor += landed.length;
      }
      const result = await ops.settle(captionText(prefix + suffix));
      return untagged.length > 0 ? { ...result, untagged } : result;
    } catch {
      return editor.isConnected ? { ok: false, text: ops.readText(), error: 'mismatch' } : gone();
    }
  }

  /** Picks `tag` from the list once it offers it; the tag's text as it landed, or null. */
  async function pick(tag: string, at: number): Promise<string | null> {
    const option = await waitFor(() => findOption(doc, tag), LIST_WAIT_MS);
    if (!option) return null;
    await press(option);
    const landed = await waitFor(() => {
      const text = ops.fullText();
      return tagRanges(editor, blockSelector, text).find((span) => span.start === at && bareTag(span.text) === bareTag(tag))?.text;
    }, STEP_WAIT_MS);
    return landed ?? null;
  }
}

/** Whether TikTok's own "Continue to post?" confirmation is showing. */
export function tiktokConfirming(doc: Document): boolean {
  return queryAll(doc, tiktok.postNow).length > 0;
}
