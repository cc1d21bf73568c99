import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorPosition } from './json-error';

describe('jsonErrorPosition', () => {
  it.each([
    ['bukan JSON', 1, 1],
    ['{"format": "saring-report",\n  "version": 1,,}', 2, 16],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": [1, 2,]}', 1, 13],
    ['{"a": tru}', 1, 7],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": "\\q"}', 1, 8],
    ['{"a": 1}}', 1, 9],
    ['{"a": 01}', 1, 8],
    ['{"a": "unterminated', 1, 20],
    ['', 1, 1],
    ["{'a': 1}", 1, 2],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPosition(text)).toEqual({ line, column });
  });

  it.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}]}', ' [ [ [ ] ] ] ', '"x"', '0'])('accepts %j, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it('finds the fault in a 100,000-deep file without overflowing', () => {
    const text = `${'['.repeat(100_000)}x${']'.repeat(100_000)}`;
    expect(jsonErrorPosition(text)).toEqual({ line: 1, column: 100_001 });
  });
});
