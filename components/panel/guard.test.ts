// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardPosts } from './guard';
import type { GuardHooks } from './guard';
import type { Finding } from '../../lib/checks/types';

const nik: Finding = {
  ruleId: 'personal-nik',
  category: 'personal-data',
  severity: 'error',
  start: 0,
  end: 16,
  message: 'NIK',
};

describe('guardPosts', () => {
  let button: HTMLButtonElement;
  let posts: number;
  let controller: AbortController;

  beforeEach(() => {
    document.body.innerHTML = '<div id="root"><button id="post">Post</button><button id="other">Other</button></div>';
    button = document.getElementById('post') as HTMLButtonElement;
    posts = 0;
    // The site's own handler, as React registers it: on its root, bubbling.
    document.getElementById('root')?.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).id === 'post') posts += 1;
    });
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  function install(hooks: Partial<GuardHooks>) {
    const full: GuardHooks = { blocking: () => [], prompt: vi.fn(), posted: vi.fn(), ...hooks };
    guardPosts({ findPostButton: () => button }, full, controller.signal);
    return full;
  }

  it('lets a clean post through and records it', () => {
    const hooks = install({});
    button.click();
    expect(posts).toBe(1);
    expect(hooks.prompt).not.toHaveBeenCalled();
    expect(hooks.posted).toHaveBeenCalledWith({ overridden: false, findingsLeft: [] });
  });

  it('stops the post and prompts while an error remains', () => {
    const hooks = install({ blocking: () => [nik] });
    button.click();
    expect(posts).toBe(0);
    expect(hooks.prompt).toHaveBeenCalledOnce();
    expect(hooks.posted).not.toHaveBeenCalled();
  });

  it('"post anyway" lets the site’s own click through exactly once', () => {
    let proceed: (() => void) | undefined;
    const hooks = install({ blocking: () => [nik], prompt: (_f, go) => (proceed = go) });
    button.click();
    expect(posts).toBe(0);
    proceed?.();
    expect(posts).toBe(1);
    expect(hooks.posted).toHaveBeenCalledWith({ overridden: true, findingsLeft: [nik] });
    // The next click is checked again.
    button.click();
    expect(posts).toBe(1);
  });

  it('lets the click through when the check itself fails', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    install({
      blocking: () => {
        throw new Error('rule bug');
      },
    });
    button.click();
    expect(posts).toBe(1);
    warn.mockRestore();
  });

  it('lets the click through when the prompt cannot be shown', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    install({
      blocking: () => [nik],
      prompt: () => {
        throw new Error('no shadow root');
      },
    });
    button.click();
    expect(posts).toBe(1);
    warn.mockRestore();
  });

  it('ignores other buttons and disabled Post buttons', () => {
    const hooks = install({ blocking: () => [nik] });
    document.getElementById('other')?.click();
    button.setAttribute('aria-disabled', 'true');
    button.click();
    expect(hooks.prompt).not.toHaveBeenCalled();
    expect(posts).toBe(1);
  });

  it('leaves Space and Enter typed in the caption alone, but guards Enter on the Post button', () => {
    const hooks = install({ blocking: () => [nik] });
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    for (const key of [' ', 'Enter']) {
      const typed = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      editor.dispatchEvent(typed);
      expect(typed.defaultPrevented).toBe(false);
    }
    expect(hooks.prompt).not.toHaveBeenCalled();
    const pressed = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(pressed);
    expect(pressed.defaultPrevented).toBe(true);
    expect(hooks.prompt).toHaveBeenCalledOnce();
  });

  it('stops guarding once its lifetime ends', () => {
    const hooks = install({ blocking: () => [nik] });
    controller.abort();
    button.click();
    expect(posts).toBe(1);
    expect(hooks.prompt).not.toHaveBeenCalled();
  });

  it('guards every publishing button a target lists (Publish and Schedule), and nothing else', () => {
    document.body.innerHTML = '<div id="bs"><button id="publish">Publish</button><button id="schedule">Schedule</button><button id="next">Next</button></div>';
    const clicks: string[] = [];
    document.getElementById('bs')?.addEventListener('click', (e) => clicks.push((e.target as HTMLElement).id));
    const prompt = vi.fn();
    const posted = vi.fn();
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    guardPosts(
      { findPostButton: () => byId('publish'), findPostButtons: () => [byId('publish'), byId('schedule')] },
      { blocking: () => [nik], prompt, posted },
      controller.signal,
    );
    byId('next').click();
    expect(clicks).toEqual(['next']);
    byId('schedule').click();
    expect(prompt).toHaveBeenCalledOnce();
    expect(clicks).toEqual(['next']);
    const proceed = prompt.mock.calls[0]?.[1] as () => void;
    proceed();
    expect(clicks).toEqual(['next', 'schedule']);
    expect(posted).toHaveBeenCalledOnce();
  });
  describe('a Post clicked before the deep findings of this text came', () => {
    const claim: Finding = { ruleId: 'hoax-claim', category: 'hoax', severity: 'error', start: 0, end: 20, message: 'klaim' };

    it('is held until they come, then prompts when one of them is serious', async () => {
      let found: Finding[] = [];
      let arrive: () => void = () => undefined;
      const hooks = install({
        blocking: () => found,
        settle: () => new Promise<void>((resolve) => (arrive = resolve)),
      });
      button.click();
      expect(posts).toBe(0);
      found = [claim];
      arrive();
      await vi.waitFor(() => expect(hooks.prompt).toHaveBeenCalledOnce());
      expect(vi.mocked(hooks.prompt).mock.calls[0]?.[0]).toEqual([claim]);
      expect(posts).toBe(0);
      expect(hooks.posted).not.toHaveBeenCalled();
    });

    it('goes through once they come and none is serious, recorded once', async () => {
      const hooks = install({ settle: () => Promise.resolve() });
      button.click();
      await vi.waitFor(() => expect(posts).toBe(1));
      expect(hooks.prompt).not.toHaveBeenCalled();
      expect(hooks.posted).toHaveBeenCalledExactlyOnceWith({ overridden: false, findingsLeft: [] });
    });

    it('goes through when asking for them fails: Saring never blocks the post', async () => {
      const hooks = install({ settle: () => Promise.reject(new Error('background gone')) });
      button.click();
      await vi.waitFor(() => expect(posts).toBe(1));
      expect(hooks.posted).toHaveBeenCalledOnce();
    });

    it('goes through at once when settle itself throws', () => {
      install({
        settle: () => {
          throw new Error('broken');
        },
      });
      button.click();
      expect(posts).toBe(1);
    });

    it('is not held when the findings are already those of the text', () => {
      const hooks = install({ settle: () => null });
      button.click();
      expect(posts).toBe(1);
      expect(hooks.posted).toHaveBeenCalledOnce();
    });
  });
});
