/**
 * Store figures for `npm run bench` (issue 5 budgets): open the store and load 1,000 templates
 * ≤ 50 ms; import a pack with 5,000 items ≤ 1 s. Runs on fake-indexeddb in Node, an in-memory
 * implementation: it shows what our code costs (parse, validate, merge, clone), not Chromium's
 * disk writes, which the browser suite has to measure. Standalone: `npx tsx tests/bench/store.ts`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import { formatPack, PACK_FORMAT, PACK_VERSION, type Pack } from '../../lib/presets';
import { getEffectivePreset, importPack, openStore } from '../../lib/store';
import type { Template } from '../../lib/templates/types';

const NOW = Date.UTC(2026, 0, 20);
const TODAY = '2026-01-20';

function template(i: number): Template {
  return {
    id: `templat-${i}`,
    title: { id: `Laporan kegiatan ${i}`, en: `Activity report ${i}` },
    category: 'laporan-kegiatan',
    purpose: 'informatif',
    fields: [
      { name: 'kegiatan', type: 'text', label: { id: 'Nama kegiatan' }, required: true },
      { name: 'tanggal', type: 'date', label: { id: 'Tanggal' }, default: 'hari ini' },
    ],
    body: `Hari ini, {tanggal}, berlangsung {kegiatan} (templat ${i}).`,
    hashtags: '#KabupatenContoh',
  };
}

function pack(templates: number, glossary: number, profiles: number): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: 'bench',
    name: 'Paket uji kinerja',
    publisher: { name: 'Saring bench' },
    updated: TODAY,
    templates: Array.from({ length: templates }, (_, i) => template(i)),
    glossary: Array.from({ length: glossary }, (_, i) => ({ id: `istilah-${i}`, preferred: `istilah baku ${i}`, variants: [`istilah salah ${i}`] })),
    profiles: Array.from({ length: profiles }, (_, i) => ({
      id: `opd-${i}`,
      officialName: `Dinas Contoh ${i} Kabupaten Contoh`,
      shortNames: [],
      handles: { instagram: `dinascontoh${i}` },
      hashtags: { required: ['KabupatenContoh'], recommended: [], forbidden: [] },
      contacts: [],
      timeZone: 'WIB' as const,
      allowedWords: [],
    })),
  };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number): number => Math.round(value * 10) / 10;

async function openAndLoad(runs: number): Promise<number> {
  const factory = new IDBFactory();
  const setup = await openStore({ indexedDB: factory, name: 'bench-load' });
  const imported = await importPack(setup, formatPack(pack(1000, 0, 0)), 'en', NOW);
  if (!imported.ok) throw new Error(imported.errors[0]?.message);
  setup.close();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const db = await openStore({ indexedDB: factory, name: 'bench-load' });
    const preset = await getEffectivePreset(db, TODAY);
    times.push(performance.now() - start);
    if (preset.templates.length !== 1000) throw new Error(`loaded ${preset.templates.length} templates`);
    db.close();
  }
  return median(times);
}

async function importBig(runs: number): Promise<{ time: number; bytes: number }> {
  const text = formatPack(pack(2000, 2000, 1000));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'bench-import' });
    const start = performance.now();
    const result = await importPack(db, text, 'en', NOW);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    db.close();
  }
  return { time: median(times), bytes: text.length };
}

export async function benchStore(): Promise<Record<string, number | string>> {
  const load = await openAndLoad(7);
  const big = await importBig(3);
  return {
    engine: 'fake-indexeddb in Node (not Chromium IndexedDB)',
    'open + load 1,000 templates (ms, median of 7, budget 50)': ms(load),
    'import 5,000 items: parse, preview, one transaction (ms, median of 3, budget 1000)': ms(big.time),
    'size of the 5,000-item pack (KB)': Math.round(big.bytes / 1024),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchStore();
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(width)}  ${value}`);
}
