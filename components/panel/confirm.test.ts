// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmPosts, type PostOutcome } from './confirm';

describe('confirmPosts: a post counts when the site confirms it', () => {
  let composer: HTMLElement;
  let dialog: boolean;
  let lifetime: AbortController;
  let recorded: Array<[string, PostOutcome]>;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="composer"><div contenteditable="true"></div></div>';
    composer = document.getElementById('composer') as HTMLElement;
    dialog = false;
    lifetime = new AbortController();
    recorded = [];
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const start = () =>
    confirmPosts<string>(
      { isConnected: () => composer.isConnected, siteConfirming: () => dialog },
      (info, outcome) => recorded.push([info, outcome]),
      lifetime.signal,
      { boundMs: 5_000, pollMs: 100 },
    );

  it('records nothing at the click, and the post once the composer closes', async () => {
    const confirmer = start();
    confirmer.clicked('post 1');
    await vi.advanceTimersByTimeAsync(300);
    expect(recorded).toEqual([]);
    composer.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(recorded).toEqual([['post 1', 'confirmed']]);
    expect(confirmer.pending()).toBe(false);
  });

  it('marks it unconfirmed when the composer stays open past the bound', async () => {
    start().clicked('failed post');
    await vi.advanceTimersByTimeAsync(4_900);
    expect(recorded).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(recorded).toEqual([['failed post', 'unconfirmed']]);
  });

  it('waits while the site asks "Continue to post?", then confirms on "Post now"', async () => {
    const confirmer = start();
    dialog = true;
    confirmer.clicked('held post');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(recorded).toEqual([]);
    dialog = false;
    composer.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(recorded).toEqual([['held post', 'confirmed']]);
  });

  it('confirms when the site shows the post went although the composer stays open (Business Suite empties it)', async () => {
    let emptied = false;
    const confirmer = confirmPosts<string>(
      { isConnected: () => composer.isConnected, siteConfirmed: () => emptied },
      (info, outcome) => recorded.push([info, outcome]),
      lifetime.signal,
      { boundMs: 5_000, pollMs: 100 },
    );
    confirmer.clicked('published');
    await vi.advanceTimersByTimeAsync(300);
    expect(recorded).toEqual([]);
    emptied = true;
    await vi.advanceTimersByTimeAsync(150);
    expect(recorded).toEqual([['published', 'confirmed']]);
    expect(composer.isConnected).toBe(true);
  });

  it('a second click while one is pending replaces it: one post, one entry', async () => {
    const confirmer = start();
    confirmer.clicked('first click');
    await vi.advanceTimersByTimeAsync(1_000);
    confirmer.clicked('second click');
    composer.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(recorded).toEqual([['second click', 'confirmed']]);
  });

  it('the panel going away (composer removed) settles a pending post as confirmed', () => {
    start().clicked('closing');
    composer.remove();
    lifetime.abort();
    expect(recorded).toEqual([['closing', 'confirmed']]);
  });

  it('a failing journal never throws into the page', async () => {
    const confirmer = confirmPosts<string>({ isConnected: () => composer.isConnected }, () => {
      throw new Error('store down');
    }, lifetime.signal, { boundMs: 1_000, pollMs: 100 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    confirmer.clicked('x');
    composer.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(confirmer.pending()).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
