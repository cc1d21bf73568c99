// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ErrorList, reasonOf, uniqueErrors } from './fields';

describe('ErrorList', () => {
  it('names each field once and lists each problem once', () => {
    const errors = [
      { path: 'profiles[0].tagline', message: 'profiles[0].tagline: must be text' },
      { path: 'profiles[0].tagline', message: 'profiles[0].tagline: must be text' },
      { path: 'updated', message: 'updated: not a real date' },
    ];
    expect(uniqueErrors(errors)).toHaveLength(2);
    expect(reasonOf(errors[2]!)).toBe('not a real date');
    const root = document.createElement('div');
    render(<ErrorList errors={errors} />, root);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'profiles[0].tagline must be text',
      'updated not a real date',
    ]);
  });
});
