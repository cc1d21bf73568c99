/**
 * The caption as plain text, and the mapping between its UTF-16 offsets and DOM positions, read
 * from the editor's DOM only (the content script cannot see the editor's model).
 *
 * Lexical renders a paragraph per block with <br> for line breaks, plus one extra "managed" <br> at
 * the end of an empty paragraph or of one ending in a line break; Draft.js renders blocks as
 * [data-block="true"] with a lone <br> in an empty block. In both, the last <br> of a block is
 * therefore never text, every other <br> is one "\n", and blocks are joined by one "\n".
 */

/**
 * Zero-width characters editors insert around decorators and for caret placement. The joiners
 * (U+200C ZWNJ, U+200D ZWJ) are not among them: they are part of the text (👩‍⚕️, 👨‍👩‍👧) and must be
 * read back exactly as the editor holds them.
 */
const JUNK = /[\u200B\u2060\uFEFF]/;

interface TextUnit {
  kind: 'text';
  node: Text;
  start: number;
  /** Raw index in node.data of each kept character, plus node.data.length at the end. */
  raw: number[];
}
interface BreakUnit {
  kind: 'break';
  node: HTMLBRElement;
  start: number;
}
interface BlockUnit {
  kind: 'block';
  node: Element;
  /** Offset of the block's first character (after the "\n" separating it from the previous block). */
  start: number;
}
type Unit = TextUnit | BreakUnit | BlockUnit;

export interface TextLayout {
  /** Full text, possibly with trailing newlines (see captionText). */
  text: string;
  units: Unit[];
}

/** Leaf blocks: matches of `blockSelector` that contain no other match; the editor itself if none. */
function blocksOf(editor: HTMLElement, blockSelector: string): Element[] {
  const all = [...editor.querySelectorAll(blockSelector)];
  const leaves = all.filter((block) => !all.some((other) => other !== block && block.contains(other)));
  return leaves.length > 0 ? leaves : [editor];
}

function inlineNodes(block: Element): Array<Text | HTMLBRElement> {
  const nodes: Array<Text | HTMLBRElement> = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
    else if (node.nodeName === 'BR') nodes.push(node as HTMLBRElement);
  }
  if (nodes.at(-1)?.nodeName === 'BR') nodes.pop();
  return nodes;
}

export function layout(editor: HTMLElement, blockSelector: string): TextLayout {
  const units: Unit[] = [];
  let text = '';
  blocksOf(editor, blockSelector).forEach((block, index) => {
    if (index > 0) text += '\n';
    units.push({ kind: 'block', node: block, start: text.length });
    for (const node of inlineNodes(block)) {
      if (node.nodeType !== Node.TEXT_NODE) {
        units.push({ kind: 'break', node: node as HTMLBRElement, start: text.length });
        text += '\n';
        continue;
      }
      const data = (node as Text).data;
      const raw: number[] = [];
      let kept = '';
      for (let i = 0; i < data.length; i++) {
        const char = data.charAt(i);
        if (JUNK.test(char)) continue;
        raw.push(i);
        kept += char;
      }
      raw.push(data.length);
      units.push({ kind: 'text', node: node as Text, start: text.length, raw });
      text += kept;
    }
  });
  return { text, units };
}

/** Whether two captions are the same text (Unicode NFC on both sides; nothing is stripped). */
export function sameText(a: string, b: string): boolean {
  return a === b || a.normalize('NFC') === b.normalize('NFC');
}

/** The caption as users see it: no trailing newline. */
export function captionText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

export function readCaption(editor: HTMLElement, blockSelector: string): string {
  return captionText(layout(editor, blockSelector).text);
}

export interface DomPoint {
  node: Node;
  offset: number;
}

function indexInParent(node: Node): number {
  return node.parentNode ? Array.prototype.indexOf.call(node.parentNode.childNodes, node) : 0;
}

/** The DOM position of text offset `offset` (clamped), preferring positions inside text nodes. */
export function pointAt(editor: HTMLElement, blockSelector: string, offset: number): DomPoint {
  const { text, units } = layout(editor, blockSelector);
  const target = Math.max(0, Math.min(offset, text.length));
  for (const unit of units) {
    if (unit.kind !== 'text') continue;
    const length = unit.raw.length - 1;
    if (target >= unit.start && target <= unit.start + length) {
      return { node: unit.node, offset: unit.raw[target - unit.start] ?? unit.node.data.length };
    }
  }
  let best: DomPoint | null = null;
  for (const unit of units) {
    if (unit.kind === 'block' && unit.start === target) return { node: unit.node, offset: 0 };
    if (unit.kind === 'break' && unit.start === target) best ??= { node: unit.node.parentNode ?? editor, offset: indexInParent(unit.node) };
    if (unit.kind === 'break' && unit.start + 1 === target) best = { node: unit.node.parentNode ?? editor, offset: indexInParent(unit.node) + 1 };
  }
  if (best) return best;
  const last = units.at(-1)?.node ?? editor;
  return last.nodeType === Node.TEXT_NODE ? { node: last, offset: (last as Text).data.length } : { node: editor, offset: editor.childNodes.length };
}

/** The text offset of a DOM boundary point inside the editor. */
export function offsetAt(editor: HTMLElement, blockSelector: string, point: DomPoint): number {
  const { text, units } = layout(editor, blockSelector);
  const range = editor.ownerDocument.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  let offset = 0;
  for (const unit of units) {
    if (unit.kind === 'text' && unit.node === point.node) {
      const kept = unit.raw.filter((rawIndex, i) => i < unit.raw.length - 1 && rawIndex < point.offset).length;
      return unit.start + kept;
    }
    const [node, at] = unit.kind === 'text' ? [unit.node, 0] : unit.kind === 'block' ? [unit.node, 0] : [unit.node.parentNode ?? editor, indexInParent(unit.node)];
    // The unit starts after the point (or a <br> starts exactly at it): the point sits just before it.
    const order = range.comparePoint(node, at);
    if (order > 0 || (order === 0 && unit.kind === 'break')) return offset;
    offset = unit.kind === 'text' ? unit.start + unit.raw.length - 1 : unit.kind === 'break' ? unit.start + 1 : unit.start;
  }
  return Math.min(offset, text.length);
}
