// @vitest-environment happy-dom
/** The guard and the sites' "not live" Post states (TikTok Studio's data-disabled and TUX class). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardPosts, isDisabled } from './guard';
import type { Finding } from '../../lib/checks/types';

const nik: Finding = { ruleId: 'personal-nik', category: 'personal-data', severity: 'error', start: 0, end: 16, message: 'NIK' };

describe('guard and disabled Post buttons', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it.each([
    ['data-disabled="true"', '<button data-disabled="true">Post</button>'],
    ['TUXButton--disabled', '<button class="TUXButton TUXButton--primary TUXButton--disabled">Post</button>'],
    ['aria-disabled="true"', '<div role="button" aria-disabled="true">Post</div>'],
  ])('a Post shown as %s gets no prompt and records nothing', (_name, html) => {
    document.body.innerHTML = html;
    const button = document.body.firstElementChild as HTMLElement;
    const hooks = { blocking: vi.fn(() => [nik]), prompt: vi.fn(), posted: vi.fn() };
    guardPosts({ findPostButton: () => button }, hooks, controller.signal);
    button.click();
    expect(isDisabled(button)).toBe(true);
    expect(hooks.blocking).not.toHaveBeenCalled();
    expect(hooks.prompt).not.toHaveBeenCalled();
    expect(hooks.posted).not.toHaveBeenCalled();
  });

  it('the same button once live prompts', () => {
    document.body.innerHTML = '<button class="TUXButton TUXButton--primary" data-disabled="false" aria-disabled="false">Post</button>';
    const button = document.body.firstElementChild as HTMLElement;
    const hooks = { blocking: vi.fn(() => [nik]), prompt: vi.fn(), posted: vi.fn() };
    guardPosts({ findPostButton: () => button }, hooks, controller.signal);
    button.click();
    expect(isDisabled(button)).toBe(false);
    expect(hooks.prompt).toHaveBeenCalledOnce();
  });

  it('a disabled <button> counts as not live', () => {
    document.body.innerHTML = '<button disabled>Post</button>';
    expect(isDisabled(document.body.firstElementChild as HTMLElement)).toBe(true);
  });
});
