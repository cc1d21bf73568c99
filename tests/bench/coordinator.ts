/**
 * Issue 19's budget: 5,000 admins' report files read, validated and added up in under 5 s in
 * Node (the coordinator page does the same work in a worker). The figures are printed only after
 * the sums are checked against what the generator put in.
 * Runnable alone: `npx tsx tests/bench/coordinator.ts`.
 */
import { performance } from 'node:perf_hooks';
import { addReportFile, createCollection, summarize } from '../../lib/journal/coordinator';
import { generateReportFiles } from '../../lib/journal/coordinator-testing';
import { reportFileText } from '../../lib/journal/report-file';
import { parseReportFile } from '../../lib/journal/report-file-parse';
import type { Figures } from './index';

const FILES = 5000;
const INSTITUTIONS = 250;
const BUDGET_MS = 5000;

export async function benchCoordinator(): Promise<Figures> {
  const { files, totals } = generateReportFiles(FILES, INSTITUTIONS);
  const texts = files.map(reportFileText);
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1_000_000;

  const started = performance.now();
  const collection = createCollection();
  let refused = 0;
  for (const text of texts) {
    const parsed = parseReportFile(text);
    if (parsed.ok) addReportFile(collection, parsed.file);
    else refused += 1;
  }
  const read = performance.now() - started;
  const model = summarize(collection, { from: collection.from!, to: collection.to!, platform: 'all', type: 'all', now: Date.now() });
  const total = performance.now() - started;
  const summarizeAgain = performance.now();
  summarize(collection, { from: '2026-03-01', to: '2026-03-31', platform: 'instagram', type: 'desa', now: Date.now() });
  const filtered = performance.now() - summarizeAgain;

  if (refused > 0 || model.totals.posts !== totals.posts || model.totals.replies !== totals.replies) {
    throw new Error(`sums disagree with the generated files: ${model.totals.posts}/${totals.posts} posts, ${refused} refused`);
  }
  return {
    files: FILES,
    'institutions × platforms': model.rows.length,
    'file text (MB)': Math.round(megabytes * 10) / 10,
    'read + validate + add (ms)': Math.round(read),
    [`all ${FILES} files to the table (ms, budget ${BUDGET_MS})`]: Math.round(total),
    'a filter change: month × platform × type (ms)': Math.round(filtered * 10) / 10,
    'posts counted = posts generated': `${model.totals.posts} = ${totals.posts}`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCoordinator());
