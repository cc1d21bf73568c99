/**
 * Where a JSON text stops being JSON, as line and column, for messages people can act on ("line
 * 12, column 5"). Engines word and place their JSON.parse errors differently (V8 often gives no
 * position at all), so this scans the text itself; it runs only after JSON.parse has failed, and
 * keeps its own stack so a deeply nested file cannot overflow it.
 */

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 units. */
  column: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Index just after the string that starts at `start` (a quote), or -(index of the fault) - 1. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return -i - 1;
      i = ESCAPE.lastIndex;
    } else i += 1;
  }
  return -text.length - 1;
}

/** Offset of the first character that is not valid JSON, or -1 when the text is JSON. */
export function jsonErrorOffset(text: string): number {
  const stack: Array<'{' | '['> = [];
  let state: 'value' | 'firstValue' | 'afterValue' | 'key' | 'firstKey' | 'colon' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return state === 'afterValue' && stack.length === 0 ? -1 : i;
    const c = text[i];
    if (state === 'afterValue') {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i += 1;
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        stack.pop();
        state = 'afterValue';
        i += 1;
        continue;
      }
      if (c !== '"') return i;
      const end = skipString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i += 1;
      state = 'value';
    } else {
      if (state === 'firstValue' && c === ']') {
        stack.pop();
        i += 1;
        state = 'afterValue';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        state = c === '{' ? 'firstKey' : 'firstValue';
      } else if (c === '"') {
        const end = skipString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'afterValue';
      } else {
        const pattern = c === '-' || (c !== undefined && c >= '0' && c <= '9') ? NUMBER : LITERAL;
        pattern.lastIndex = i;
        if (!pattern.test(text)) return i;
        i = pattern.lastIndex;
        state = 'afterValue';
      }
    }
  }
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Line and column of the first fault in text that JSON.parse refused. */
export function jsonErrorPosition(text: string): TextPosition {
  const offset = jsonErrorOffset(text);
  return positionAt(text, offset < 0 ? text.length : offset);
}
