/**
 * The report page's state: what the admin chose (month, profiles) and what the background returned.
 * The model is derived, so a change of choice or data re-renders without extra bookkeeping.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Profile } from '../../lib/checks/types';
import type { JournalEntry } from '../../lib/messaging/protocol';
import type { Template } from '../../lib/templates/types';
import { buildReport, type ReportModel } from '../../lib/journal/report';
import { civilAt, monthBounds, monthKeyOf, type MonthKey } from '../../lib/journal/time';
import type { JournalPageDeps } from './deps';

export const REPORT_DATA_MARK = 'saring:report-data';
export const REPORT_RENDERED_MARK = 'saring:report-rendered';

export type LoadState = 'loading' | 'ready' | 'failed';

export interface ReportState {
  month: Signal<MonthKey>;
  /** Empty: all profiles, and posts without one. */
  profileIds: Signal<string[]>;
  entries: Signal<JournalEntry[]>;
  profiles: Signal<Profile[]>;
  templates: Signal<Template[]>;
  load: Signal<LoadState>;
  model: ReadonlySignal<ReportModel>;
}

export function currentMonth(now: number): MonthKey {
  return monthKeyOf(civilAt(now, 'WIB'));
}

export function createReportState(initialMonth: MonthKey): ReportState {
  const month = signal(initialMonth);
  const profileIds = signal<string[]>([]);
  const entries = signal<JournalEntry[]>([]);
  const profiles = signal<Profile[]>([]);
  return {
    month,
    profileIds,
    entries,
    profiles,
    templates: signal<Template[]>([]),
    load: signal<LoadState>('loading'),
    model: computed(() => buildReport(entries.value, profiles.value, { month: month.value, profileIds: profileIds.value })),
  };
}

/** The preset's profiles and templates (names, zones, titles); missing ones just show ids. */
export async function loadPreset(deps: JournalPageDeps, state: ReportState): Promise<void> {
  const reply = await deps.ask('store:snapshot', {});
  if (!reply.ok) return;
  state.profiles.value = reply.data.effective.profiles;
  state.templates.value = reply.data.effective.templates;
}

/** Entries of the chosen month and profiles; the model filters again by each profile's zone. */
export async function loadEntries(deps: JournalPageDeps, state: ReportState): Promise<void> {
  const bounds = monthBounds(state.month.value);
  if (!bounds) {
    state.entries.value = [];
    return;
  }
  const ids = state.profileIds.value;
  const reply = await deps.ask('journal:list', { from: bounds.from, to: bounds.to, ...(ids.length > 0 ? { profileIds: ids } : {}) });
  if (!reply.ok) {
    state.load.value = 'failed';
    return;
  }
  // User timing marks: DevTools shows them, and the bench measures model + render from here.
  performance.mark(REPORT_DATA_MARK);
  state.entries.value = reply.data;
  state.load.value = 'ready';
}
