import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PLATFORMS, type Platform } from '../../lib/checks/types';
import { t, uiLang } from '../../lib/i18n';
import { ask } from '../../lib/messaging/client';
import { PRESET_REVISION_KEY } from '../../lib/messaging/protocol';
import { exerciseCatalog, startable, type CatalogEntry } from '../../lib/practice/catalog';
import { BUILTIN_EXERCISES } from '../../lib/practice/exercises';
import { todayOf } from '../../lib/presets/dates';
import type { PanelSession } from '../panel/session';
import type { AttemptController } from './attempt';
import { ExerciseList } from './ExerciseList';
import { LOOKS } from './looks';
import { PackSection } from './PackSection';
import { ProgressSection } from './ProgressSection';
import { Tour } from './Tour';
import { TOUR_PLATFORM } from './tour-steps';
import { TrainerSection } from './TrainerSection';
import { Workspace } from './Workspace';
import { attempts, expiredPackExercises, loadAll, packExercises, tourSeen } from './state';

interface Ready {
  controller: AttemptController;
  session: PanelSession;
}

/** The practice page: exercises, three simulated composers with the real panel, progress, packs. */
export function PracticeApp() {
  const workspaces = useRef(new Map<Platform, Ready>());
  const [tourOpen, setTourOpen] = useState(false);
  const tourButton = useRef<HTMLButtonElement>(null);
  const catalog = exerciseCatalog([...packExercises.value, ...expiredPackExercises.value], todayOf(Date.now()));

  useEffect(() => {
    void loadAll();
    // Another page (options, a pack refresh) changed the preset or settings: follow it, as panels do.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PRESET_REVISION_KEY in changes) void loadAll();
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => browser.storage.onChanged.removeListener(onStorage);
  }, []);

  useEffect(() => {
    document.documentElement.lang = uiLang.value;
    document.title = t('pracPageTitle');
  }, [uiLang.value]);

  const openTour = async () => {
    // The tour talks about findings and fixes: give it a caption that has some.
    const ready = workspaces.current.get(TOUR_PLATFORM);
    if (ready && !ready.session.text.value.trim()) await ready.session.insert(BUILTIN_EXERCISES[0]!.caption, 'all');
    setTourOpen(true);
  };

  useEffect(() => {
    if (tourSeen.value === false && !tourOpen) void openTour();
  }, [tourSeen.value]);

  const closeTour = (completed: boolean) => {
    setTourOpen(false);
    tourSeen.value = true;
    void ask('progress:tour-seen', { seen: true });
    tourButton.current?.focus();
    if (completed) window.scrollTo({ top: 0 });
  };

  const start = async (entry: CatalogEntry) => {
    if (entry.expired) return;
    const platform = entry.exercise.platform;
    const ready = workspaces.current.get(platform);
    if (!ready) return;
    document.getElementById(`workspace-${platform}`)?.scrollIntoView({ block: 'start' });
    await ready.controller.start(entry);
    document.getElementById(`caption-${platform}`)?.focus();
  };

  const next = (platform: Platform) => {
    const done = workspaces.current.get(platform)?.controller.finished.value?.entry.exercise.id;
    const open = startable(catalog);
    const at = open.findIndex((e) => e.exercise.id === done);
    const following = open[at + 1];
    if (following) void start(following);
    else document.getElementById('exercises-title')?.scrollIntoView();
  };

  return (
    <>
      <header class="page-header">
        <div>
          <h1><img class="brand-icon" src="/icon/48.png" width={28} height={28} alt="" /> {t('pracPageTitle')}</h1>
          <p class="muted">{t('pracPageIntro')}</p>
        </div>
        <button type="button" ref={tourButton} class="btn" data-action="start-tour" onClick={() => void openTour()}>
          {t('pracStartTour')}
        </button>
      </header>
      <nav class="page-nav" aria-label={t('pracNavLabel')}>
        <a href="#exercises">{t('pracExercisesHeading')}</a>
        {PLATFORMS.map((p) => (
          <a key={p} href={`#workspace-${p}`}>
            {t(LOOKS[p].site)}
          </a>
        ))}
        <a href="#progress">{t('pracProgressHeading')}</a>
        <a href="#packs">{t('pracPackHeading')}</a>
        <a href="#trainer">{t('pracTrainerHeading')}</a>
      </nav>
      <main class="page-main">
        <ExerciseList catalog={catalog} attempts={attempts.value} onStart={(entry) => void start(entry)} />
        {PLATFORMS.map((platform) => (
          <Workspace
            key={platform}
            platform={platform}
            onReady={(p, controller, session) => workspaces.current.set(p, { controller, session })}
            onNext={next}
          />
        ))}
        <ProgressSection catalog={catalog} />
        <PackSection />
        <TrainerSection catalog={catalog} />
      </main>
      {tourOpen ? <Tour onClose={closeTour} /> : null}
    </>
  );
}
