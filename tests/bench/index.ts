/**
 * `npm run bench`: every performance figure the issues budget, printed as a table
 * (`-- --json` prints one JSON object). Figures, not pass/fail: budgets are shown beside them.
 */
export type Figures = Record<string, number | string>;
type Section = { name: string; load: () => Promise<() => Promise<Figures>> };

const SECTIONS: Section[] = [
  { name: 'checks', load: async () => (await import('./checks')).benchChecks },
  { name: 'store', load: async () => (await import('./store')).benchStore },
  { name: 'size', load: async () => (await import('./size')).benchSize },
  { name: 'panel', load: async () => (await import('./panel')).benchPanel },
  { name: 'report', load: async () => (await import('./report')).benchReport },
  { name: 'coordinator', load: async () => (await import('./coordinator')).benchCoordinator },
  { name: 'writing', load: async () => (await import('./writing')).benchWriting },
  { name: 'hoax', load: async () => (await import('./hoax')).benchHoax },
];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const results: Record<string, Figures> = {};
  for (const section of SECTIONS) {
    if (only.length && !only.includes(section.name)) continue;
    try {
      const run = await section.load();
      results[section.name] = await run();
    } catch (error) {
      results[section.name] = { error: error instanceof Error ? error.message : String(error) };
    }
    if (!json) printSection(section.name, results[section.name] ?? {});
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

function printSection(name: string, figures: Figures): void {
  const rows = Object.entries(figures);
  const width = Math.max(10, ...rows.map(([k]) => k.length));
  process.stdout.write(`\n${name}\n${'-'.repeat(width + 14)}\n`);
  for (const [key, value] of rows) {
    process.stdout.write(`${key.padEnd(width)}  ${typeof value === 'number' ? value.toString().padStart(10) : value}\n`);
  }
}

await main();
