import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { CheckContext, Finding, Lang, Profile } from '../../lib/checks/types';
import type { PanelPreset } from '../../lib/messaging/protocol';
import { DEEP_CHECK_DEBOUNCE_MS, createFindingsState } from './findings-state';

// The unit tests install the word lists (vitest.config.ts) but not the claim index: here, as on the
// side panel and practice page, spelling runs in the page and hoax-claim is asked of the background.
const claim = (text: string): Finding => ({ ruleId: 'hoax-claim', category: 'hoax', severity: 'error', start: 0, end: text.length, message: 'klaim' });

function setup(deepCheck: (caption: string, ctx: CheckContext, rules: readonly string[]) => Promise<Finding[] | null>) {
  const text = signal('');
  const preset = signal({ glossary: [], settings: { ...DEFAULT_SETTINGS, prompt: { ...DEFAULT_SETTINGS.prompt, enabled: true } } } as unknown as PanelPreset);
  const lifetime = new AbortController();
  const state = createFindingsState(text, preset, signal<Profile | undefined>(undefined), 'instagram', signal<Lang>('id'), 'post', deepCheck, lifetime.signal);
  return { text, state, lifetime };
}

describe('deep findings from the background', () => {
  afterEach(() => vi.useRealTimers());

  it('asks for the deep rules this page does not run, once typing pauses, and shows them with the local ones', async () => {
    vi.useFakeTimers();
    const deepCheck = vi.fn(async (caption: string, _ctx: CheckContext, _rules: readonly string[]) => [claim(caption)]);
    const { text, state } = setup(deepCheck);
    text.value = 'Ijin air PDAM tercemar';
    text.value = 'Ijin air PDAM tercemar bakteri';
    expect(deepCheck).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEEP_CHECK_DEBOUNCE_MS + 1);
    expect(deepCheck).toHaveBeenCalledOnce();
    expect(deepCheck.mock.calls[0]?.[0]).toBe('Ijin air PDAM tercemar bakteri');
    expect(deepCheck.mock.calls[0]?.[2]).toEqual(['hoax-claim']);
    const rules = state.findings.value.map((f) => f.ruleId);
    expect(rules).toContain('spelling');
    expect(rules).toContain('hoax-claim');
    expect(state.blocking.value.map((f) => f.ruleId)).toContain('hoax-claim');
  });

  it('at a Post click before the answer, asks at once and settles when it comes', async () => {
    let answer: (found: Finding[]) => void = () => undefined;
    const deepCheck = vi.fn(() => new Promise<Finding[] | null>((resolve) => (answer = resolve)));
    const { text, state } = setup(deepCheck);
    text.value = 'Air PDAM tercemar bakteri';
    const settled = state.deepSettled(5_000);
    expect(settled).not.toBeNull();
    expect(deepCheck).toHaveBeenCalledOnce();
    answer([claim(text.value)]);
    await settled;
    expect(state.blocking.value.map((f) => f.ruleId)).toEqual(['hoax-claim']);
    // Now the findings are those of this text: nothing to wait for.
    expect(state.deepSettled(5_000)).toBeNull();
  });

  it('settles after the bound when the background does not answer', async () => {
    const { text, state } = setup(() => new Promise<Finding[] | null>(() => undefined));
    text.value = 'Air PDAM tercemar bakteri';
    const started = Date.now();
    await state.deepSettled(50);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(state.blocking.value).toEqual([]);
  });

  it('drops an answer for a text that is no longer the latest question', async () => {
    const answers: Array<(found: Finding[]) => void> = [];
    const { text, state } = setup(() => new Promise<Finding[] | null>((resolve) => answers.push(resolve)));
    text.value = 'Air PDAM tercemar bakteri';
    void state.deepSettled(5_000);
    text.value = 'Jadwal posyandu';
    const second = state.deepSettled(5_000);
    answers[0]?.([claim('Air PDAM tercemar bakteri')]);
    answers[1]?.([]);
    await second;
    expect(state.findings.value.some((f) => f.ruleId === 'hoax-claim')).toBe(false);
  });

  it('a failed request shows no deep findings and lets the post go', async () => {
    const { text, state } = setup(async () => null);
    text.value = 'Air PDAM tercemar bakteri';
    await state.deepSettled(5_000);
    expect(state.blocking.value).toEqual([]);
  });
});
