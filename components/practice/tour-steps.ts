/** The guided tour: what each step points at and says. Panel targets are inside its shadow root. */
import type { MessageKey } from '../../lib/i18n';

export interface TourStep {
  id: string;
  title: MessageKey;
  body: MessageKey;
  /** Tried in order; the first that exists is highlighted. */
  panel?: string[];
  page?: string;
}

export const TOUR_PLATFORM = 'instagram';

export const TOUR_STEPS: TourStep[] = [
  { id: 'counters', title: 'pracTourCountersTitle', body: 'pracTourCountersBody', panel: ['.counters'] },
  { id: 'findings', title: 'pracTourFindingsTitle', body: 'pracTourFindingsBody', panel: ['.finding', '.findings-header'] },
  { id: 'fixes', title: 'pracTourFixesTitle', body: 'pracTourFixesBody', panel: ['[data-action="apply-fix"]', '.finding'] },
  { id: 'templates', title: 'pracTourTemplatesTitle', body: 'pracTourTemplatesBody', panel: ['[data-action="open-templates"]'] },
  { id: 'prompt', title: 'pracTourPromptTitle', body: 'pracTourPromptBody', page: '#workspace-instagram [data-practice="post"]' },
  { id: 'profiles', title: 'pracTourProfilesTitle', body: 'pracTourProfilesBody', panel: ['[data-action="choose-profile"]', '.panel__controls'] },
  { id: 'packs', title: 'pracTourPacksTitle', body: 'pracTourPacksBody', page: '#packs' },
];

export function findTarget(step: TourStep, doc: Document = document): Element | null {
  if (step.page) return doc.querySelector(step.page);
  const host = doc.querySelector(`[data-saring="panel"][data-platform="${TOUR_PLATFORM}"]`);
  const root = host?.shadowRoot;
  for (const selector of step.panel ?? []) {
    const found = root?.querySelector(selector);
    if (found) return found;
  }
  // A collapsed panel has none of its parts: point at the panel itself.
  return host;
}
