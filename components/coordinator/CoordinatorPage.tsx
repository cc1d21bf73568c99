import { useEffect, useState } from 'preact/hooks';
import { INSTITUTION_TYPES, PLATFORMS, type InstitutionType, type Platform } from '../../lib/checks/types';
import { formatNumber, t } from '../../lib/i18n';
import type { CoordinatorModel, CoordinatorQuery, CoordinatorRow } from '../../lib/journal/coordinator';
import { coordinatorCsv, type CoordinatorCsvLabels } from '../../lib/journal/coordinator-csv';
import type { ReportFileError } from '../../lib/journal/report-file-parse';
import { TYPE_LABELS, categoryLabel, platformLabel } from '../journal/labels';
import type { CoordinatorEngine, LoadProgress, SkippedFile } from './engine';

export interface CoordinatorDeps {
  engine: CoordinatorEngine;
  now(): number;
  download(fileName: string, text: string, type: string): void;
  print(): void;
  /** Where the Diskominfo's name for the printed header is kept between visits. */
  header: { read(): string; write(name: string): void };
  /** A check's readable name (rule ids are for machines). */
  ruleName(ruleId: string): string;
}

export function skipReason(error: ReportFileError): string {
  switch (error.code) {
    case 'too-large':
      return t('jrnCoordErrTooLarge', formatNumber(Math.round(error.bytes / 100_000) / 10));
    case 'too-deep':
      return t('jrnCoordErrTooDeep');
    case 'not-json':
      return t('jrnCoordErrNotJson', formatNumber(error.line), formatNumber(error.column));
    case 'not-object':
    case 'wrong-format':
      return t('jrnCoordErrWrongFormat');
    case 'newer-version':
      return t('jrnCoordErrNewer', error.version);
    case 'forbidden-key':
      return t('jrnCoordErrForbiddenKey', error.key);
    case 'invalid':
      return t('jrnCoordErrInvalid', error.field);
    case 'bad-period':
      return t('jrnCoordErrPeriod');
    case 'unreadable':
      return t('jrnCoordErrUnreadable');
  }
}

function csvLabels(ruleName: (id: string) => string): CoordinatorCsvLabels {
  return {
    headers: {
      institution: t('jrnCoordColInstitution'),
      type: t('jrnCoordColType'),
      platform: t('jrnColPlatform'),
      account: t('jrnCoordColAccount'),
      posts: t('jrnCoordColPosts'),
      postsPerWeek: t('jrnCoordColPerWeek'),
      targetPerWeek: t('jrnCoordColTarget'),
      daysSince: t('jrnCoordColDaysSince'),
      status: t('jrnColStatus'),
      replies: t('jrnCoordColReplies'),
      templateShare: t('jrnCoordColTemplateShare'),
      overriddenPosts: t('jrnCoordColOverridden'),
      rule: t('jrnColRule'),
      category: t('jrnColCategory'),
      times: t('jrnColTimes'),
      institutions: t('jrnCoordColInstitutions'),
      period: t('jrnCoordPeriod'),
    },
    platform: { instagram: platformLabel('instagram'), facebook: platformLabel('facebook'), tiktok: platformLabel('tiktok') },
    type: Object.fromEntries(INSTITUTION_TYPES.map((type) => [type, t(TYPE_LABELS[type])])) as Record<InstitutionType, string>,
    silent: t('jrnCoordSilent'),
    active: t('jrnCoordActive'),
    never: t('jrnCoordNever'),
    rule: ruleName,
    category: (category) => categoryLabel(category as Parameters<typeof categoryLabel>[0]),
  };
}

const perWeek = (value: number): string => formatNumber(Math.round(value * 10) / 10);

function isoDay(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function CoordinatorPage({ deps }: { deps: CoordinatorDeps }) {
  const [files, setFiles] = useState(0);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [skipped, setSkipped] = useState<SkippedFile[]>([]);
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState<CoordinatorQuery | null>(null);
  const [model, setModel] = useState<CoordinatorModel | null>(null);
  const [office, setOffice] = useState(() => deps.header.read());

  useEffect(() => {
    if (!query) return;
    let current = true;
    void deps.engine.summarize(query).then((next) => current && setModel(next));
    return () => {
      current = false;
    };
  }, [query]);

  const open = async (list: FileList | null) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    setStatus('');
    setProgress({ done: 0, total: chosen.length });
    try {
      const result = await deps.engine.add(chosen, setProgress);
      setFiles(result.files);
      setSkipped((before) => [...before, ...result.skipped]);
      setStatus(t('jrnCoordLoaded', formatNumber(result.added), formatNumber(result.skipped.length)));
      // The first batch sets the period to what the files cover; later batches keep the choice.
      setQuery((before) =>
        before ? { ...before } : result.from && result.to ? { from: result.from, to: result.to, platform: 'all', type: 'all', now: deps.now() } : null,
      );
    } catch {
      setStatus(t('jrnCoordLoadFailed'));
    } finally {
      setProgress(null);
    }
  };

  const clear = async () => {
    await deps.engine.clear();
    setFiles(0);
    setSkipped([]);
    setQuery(null);
    setModel(null);
    setStatus(t('jrnCoordCleared'));
  };

  const change = (patch: Partial<CoordinatorQuery>) => setQuery((before) => (before ? { ...before, ...patch } : before));
  const exportCsv = () => {
    if (!model) return;
    deps.download(`saring-pantauan-${model.query.from}_${model.query.to}.csv`, coordinatorCsv(model, csvLabels(deps.ruleName)), 'text/csv;charset=utf-8');
  };

  return (
    <>
      <header class="report-header">
        <p class="print-only print-office" data-print-office>{office}</p>
        <h1>{t('jrnCoordTitle')}</h1>
        <p class="muted no-print">{t('jrnCoordIntro')}</p>
        {model ? (
          <p class="print-only">
            {t('jrnCoordPrintPeriod', model.query.from, model.query.to, isoDay(deps.now()))}
          </p>
        ) : null}
      </header>
      <main id="main" data-saring="coordinator">
        <section aria-labelledby="files-heading" class="no-print">
          <h2 id="files-heading">{t('jrnCoordFilesHeading')}</h2>
          <div class="buttons">
            <label class="file-button">
              {t('jrnCoordOpen')}
              <input type="file" accept=".json,application/json" multiple data-action="open-reports" onChange={(event) => void open(event.currentTarget.files)} />
            </label>
            {files > 0 ? (
              <button type="button" class="secondary" data-action="clear-reports" onClick={() => void clear()}>
                {t('jrnCoordClear')}
              </button>
            ) : null}
          </div>
          <div class="field office-field">
            <label for="coord-office">{t('jrnCoordOfficeLabel')}</label>
            <input
              id="coord-office"
              type="text"
              value={office}
              placeholder={t('jrnCoordOfficePlaceholder')}
              onInput={(event) => {
                setOffice(event.currentTarget.value);
                deps.header.write(event.currentTarget.value);
              }}
            />
          </div>
          {progress ? (
            <p data-progress>
              <label for="coord-progress">{t('jrnCoordReading', formatNumber(progress.done), formatNumber(progress.total))}</label>{' '}
              <progress id="coord-progress" max={progress.total} value={progress.done} />
            </p>
          ) : null}
          <p role="status" class="status" data-status>{status}</p>
          {skipped.length > 0 ? (
            <details class="skipped" data-section="skipped" open={skipped.length <= 10}>
              <summary>{t('jrnCoordSkippedHeading', formatNumber(skipped.length))}</summary>
              <ul>
                {skipped.map((item, index) => (
                  <li key={`${item.name}-${index}`} data-skipped={item.name}>
                    <strong>{item.name}</strong>: {skipReason(item.error)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        {query && model ? <Results deps={deps} query={query} model={model} change={change} exportCsv={exportCsv} /> : files === 0 ? <p>{t('jrnCoordEmpty')}</p> : null}
      </main>
    </>
  );
}

function Results(props: { deps: CoordinatorDeps; query: CoordinatorQuery; model: CoordinatorModel; change(patch: Partial<CoordinatorQuery>): void; exportCsv(): void }) {
  const { query, model, change, deps } = props;
  const totals = model.totals;
  return (
    <>
      <form class="filters no-print" onSubmit={(event) => event.preventDefault()} aria-label={t('jrnCoordFilters')}>
        <div class="field">
          <label for="coord-from">{t('jrnCoordFrom')}</label>
          <input id="coord-from" type="date" value={query.from} max={query.to} onChange={(event) => event.currentTarget.value && change({ from: event.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="coord-to">{t('jrnCoordTo')}</label>
          <input id="coord-to" type="date" value={query.to} min={query.from} onChange={(event) => event.currentTarget.value && change({ to: event.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="coord-platform">{t('jrnColPlatform')}</label>
          <select id="coord-platform" value={query.platform} onChange={(event) => change({ platform: event.currentTarget.value as Platform | 'all' })}>
            <option value="all">{t('jrnCoordAllPlatforms')}</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>{platformLabel(platform)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="coord-type">{t('jrnCoordColType')}</label>
          <select id="coord-type" value={query.type} onChange={(event) => change({ type: event.currentTarget.value as InstitutionType | 'all' })}>
            <option value="all">{t('jrnCoordAllTypes')}</option>
            {INSTITUTION_TYPES.map((type) => (
              <option key={type} value={type}>{t(TYPE_LABELS[type])}</option>
            ))}
          </select>
        </div>
      </form>
      <section aria-labelledby="coord-summary" data-section="summary">
        <h2 id="coord-summary">{t('jrnCoordSummaryHeading')}</h2>
        <p data-totals data-silent={totals.silent}>
          {t('jrnCoordTotals', formatNumber(totals.institutions), formatNumber(totals.accounts), formatNumber(totals.silent), formatNumber(totals.posts), formatNumber(totals.replies))}
        </p>
        <div class="buttons no-print">
          <button type="button" data-action="export-csv" onClick={props.exportCsv}>{t('jrnExportCsv')}</button>
          <button type="button" data-action="print" onClick={() => deps.print()}>{t('jrnPrint')}</button>
        </div>
      </section>
      <section aria-labelledby="coord-accounts" data-section="accounts" class="coord-accounts">
        <h2 id="coord-accounts">{t('jrnCoordAccountsHeading')}</h2>
        <div class="side-by-side">
          <AccountTable rows={model.rows} />
          <PerWeekChart rows={model.rows} />
        </div>
      </section>
      <section aria-labelledby="coord-overridden" data-section="overridden">
        <h2 id="coord-overridden">{t('jrnCoordOverriddenHeading')}</h2>
        <p class="muted">{t('jrnCoordOverriddenIntro')}</p>
        {model.overridden.length === 0 ? (
          <p>{t('jrnOverriddenNone')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('jrnColRule')}</th>
                <th scope="col">{t('jrnColCategory')}</th>
                <th scope="col">{t('jrnColTimes')}</th>
                <th scope="col">{t('jrnCoordColInstitutions')}</th>
              </tr>
            </thead>
            <tbody>
              {model.overridden.map((rule) => (
                <tr key={rule.ruleId} data-rule-id={rule.ruleId} data-count={rule.count}>
                  <th scope="row">{deps.ruleName(rule.ruleId)}</th>
                  <td>{categoryLabel(rule.category)}</td>
                  <td data-count>{formatNumber(rule.count)}</td>
                  <td data-count>{formatNumber(rule.institutions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function daysText(row: CoordinatorRow): string {
  return row.daysSinceLastPost === null ? t('jrnCoordNever') : formatNumber(row.daysSinceLastPost);
}

function AccountTable({ rows }: { rows: CoordinatorRow[] }) {
  if (rows.length === 0) return <p>{t('jrnCoordNoRows')}</p>;
  return (
    <div class="table-scroll">
      <table class="accounts">
        <thead>
          <tr>
            <th scope="col">{t('jrnCoordColInstitution')}</th>
            <th scope="col">{t('jrnColPlatform')}</th>
            <th scope="col">{t('jrnCoordColDaysSince')}</th>
            <th scope="col">{t('jrnCoordColPosts')}</th>
            <th scope="col">{t('jrnCoordColPerWeekVsTarget')}</th>
            <th scope="col">{t('jrnCoordColReplies')}</th>
            <th scope="col">{t('jrnCoordColTemplateShare')}</th>
            <th scope="col">{t('jrnCoordColOverridden')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.profileId} ${row.platform}`} class={row.silent ? 'silent' : ''} data-profile-id={row.profileId} data-platform={row.platform} data-silent={String(row.silent)}>
              <th scope="row">
                {row.name}
                <span class="muted block">
                  {row.type ? t(TYPE_LABELS[row.type]) : ''}
                  {row.handle ? ` · @${row.handle}` : ''}
                </span>
              </th>
              <td>{platformLabel(row.platform)}</td>
              <td data-count data-field="days-since">
                {daysText(row)}
                {row.silent ? <span class="badge-silent"> {t('jrnCoordSilent')}</span> : null}
              </td>
              <td data-count data-field="posts">{formatNumber(row.posts)}</td>
              <td data-count class={row.meetsTarget === false ? 'below' : ''}>
                {row.targetPerWeek === null ? perWeek(row.postsPerWeek) : t('jrnCoordPerWeekOf', perWeek(row.postsPerWeek), perWeek(row.targetPerWeek))}
              </td>
              <td data-count>{formatNumber(row.replies)}</td>
              <td data-count>{row.templateShare === null ? '–' : `${formatNumber(Math.round(row.templateShare * 100))}%`}</td>
              <td data-count data-field="overridden">{formatNumber(row.overriddenPosts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CHART_ROWS = 30;

function shortName(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17)}…` : name;
}

/** Posts per week against the target, for the accounts at the top of the table. */
function PerWeekChart({ rows }: { rows: CoordinatorRow[] }) {
  const shown = rows.slice(0, CHART_ROWS);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.map((row) => Math.max(row.postsPerWeek, row.targetPerWeek ?? 0)));
  const rowH = 18;
  const width = 420;
  const label = 150;
  const height = shown.length * rowH + 8;
  const x = (value: number) => label + (value / max) * (width - label - 8);
  return (
    <figure class="per-week-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('jrnCoordChartAlt', formatNumber(shown.length))}>
        {shown.map((row, index) => (
          <g key={`${row.profileId} ${row.platform}`}>
            <text x={label - 6} y={index * rowH + rowH - 5} class="tick" text-anchor="end">
              {shortName(row.name)} · {platformLabel(row.platform)}
            </text>
            <rect x={label} y={index * rowH + 4} width={Math.max(1, x(row.postsPerWeek) - label)} height={rowH - 6} class={`bar bar-${row.platform}${row.silent ? ' bar-silent' : ''}`} />
            {row.targetPerWeek !== null ? <line x1={x(row.targetPerWeek)} x2={x(row.targetPerWeek)} y1={index * rowH + 2} y2={index * rowH + rowH} class="target" /> : null}
          </g>
        ))}
      </svg>
      <figcaption class="muted">
        {t('jrnCoordChartCaption', formatNumber(shown.length))}
      </figcaption>
    </figure>
  );
}
