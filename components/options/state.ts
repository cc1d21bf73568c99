/**
 * The options page's state: the store snapshot, a status line, and one way to call the background
 * that always re-reads the snapshot after a change, so every section shows what the store holds.
 */
import { signal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { resolveLang, t, uiLang } from '../../lib/i18n';
import { reasonOf, uniqueErrors } from '../shared/fields';
import type { FieldError, MessageType, RequestOf, Responses, StoreSnapshot } from '../../lib/messaging/protocol';
import type { OptionsDeps } from './deps';
import { rememberPackItems } from './origin';

/** Messages whose answer is an Outcome (ok, or field errors). */
export type OutcomeType = {
  [K in MessageType]: Responses[K] extends { ok: boolean } ? K : never;
}[MessageType];

export type ActResult<K extends OutcomeType> =
  | { ok: true; value: Extract<Responses[K], { ok: true }> }
  | { ok: false; errors: FieldError[] };

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface OptionsState {
  deps: OptionsDeps;
  snapshot: Signal<StoreSnapshot | null>;
  loadError: Signal<string | null>;
  /** The last outcome, read out by a live region. */
  notice: Signal<Notice | null>;
  /** "kind/id" of every item seen coming from a pack this session, to tell a local copy from an own item. */
  packItems: Set<string>;
  refresh(): Promise<void>;
  act<K extends OutcomeType>(type: K, payload: RequestOf<K>, success?: string): Promise<ActResult<K>>;
  setLang(lang: 'id' | 'en' | 'auto'): Promise<void>;
}

type AnyOutcome = { ok: true } | { ok: false; errors: FieldError[] };

export function createOptionsState(deps: OptionsDeps): OptionsState {
  const snapshot = signal<StoreSnapshot | null>(null);
  const loadError = signal<string | null>(null);
  const notice = signal<Notice | null>(null);
  const packItems = new Set<string>();

  const refresh = async (): Promise<void> => {
    const reply = await deps.ask('store:snapshot', {});
    if (!reply.ok) {
      loadError.value = t('optUnreachable');
      return;
    }
    loadError.value = null;
    uiLang.value = resolveLang(reply.data.ui.lang, deps.browserLanguage());
    rememberPackItems(reply.data, packItems);
    snapshot.value = reply.data;
  };

  const act = async <K extends OutcomeType>(type: K, payload: RequestOf<K>, success?: string): Promise<ActResult<K>> => {
    const reply = await deps.ask(type, payload);
    if (!reply.ok) {
      const errors = [{ path: '', message: t('optUnreachable') }];
      notice.value = { tone: 'error', text: errors[0]!.message };
      return { ok: false, errors };
    }
    const outcome = reply.data as AnyOutcome;
    if (!outcome.ok) {
      const errors = outcome.errors.length ? outcome.errors : [{ path: '', message: t('optSaveFailed') }];
      // Actions without a form of their own (order, enable, remove) have only this line to explain.
      const details = uniqueErrors(errors).map((e) => (e.path ? `${e.path}: ${reasonOf(e)}` : e.message));
      notice.value = { tone: 'error', text: [t('optSaveFailed'), ...details].join(' ') };
      return { ok: false, errors };
    }
    // A success clears an earlier failure's red banner (a valid pack previewed after a broken one).
    notice.value = success ? { tone: 'ok', text: success } : null;
    await refresh();
    return { ok: true, value: reply.data as Extract<Responses[K], { ok: true }> };
  };

  const setLang = async (lang: 'id' | 'en' | 'auto'): Promise<void> => {
    // Switch at once so the page answers the click; the snapshot confirms what was stored.
    uiLang.value = resolveLang(lang, deps.browserLanguage());
    const reply = await deps.ask('settings:set', { lang });
    if (!reply.ok) notice.value = { tone: 'error', text: t('optUnreachable') };
    await refresh();
  };

  return { deps, snapshot, loadError, notice, packItems, refresh, act, setLang };
}

export const OptionsContext = createContext<OptionsState | null>(null);

export function useOptions(): OptionsState {
  const state = useContext(OptionsContext);
  if (!state) throw new Error('useOptions outside <OptionsContext.Provider>');
  return state;
}

/** The snapshot, for sections that only render once it is loaded. */
export function useSnapshot(): StoreSnapshot {
  const snapshot = useOptions().snapshot.value;
  if (!snapshot) throw new Error('snapshot not loaded');
  return snapshot;
}
