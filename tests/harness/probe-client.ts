/** Runs the adapter probe (tests/harness/probe.ts) in a frame's isolated world, like a content script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Realm } from 'puppeteer';
import { buildDir } from './paths';
import type { ProbeApi } from './probe';

export async function startProbe(frame: Frame): Promise<Realm> {
  const realm = frame.isolatedRealm();
  await realm.evaluate(readFileSync(join(buildDir, 'probe.js'), 'utf8'));
  await realm.evaluate(() => globalThis.__saringProbe?.start());
  return realm;
}

function probe(): ProbeApi {
  const api = globalThis.__saringProbe;
  if (!api) throw new Error('probe not injected');
  return api;
}

/** Waits until exactly `count` composers are live in the isolated world. */
export async function waitForLive(realm: Realm, count: number): Promise<void> {
  await realm.waitForFunction((wanted: number) => globalThis.__saringProbe?.live() === wanted, { timeout: 10_000 }, count);
}

export async function live(realm: Realm): Promise<number> {
  return realm.evaluate(() => globalThis.__saringProbe?.live() ?? -1);
}

export async function events(realm: Realm): Promise<string[]> {
  return realm.evaluate(() => [...(globalThis.__saringProbe?.events ?? [])]);
}

export { probe };
