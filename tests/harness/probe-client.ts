/**
 * Runs the adapter probe (tests/harness/probe.ts) in an ISOLATED world of a frame, like a content
 * script: same DOM and DOM events as the page, none of its JavaScript objects. Chromium: the DevTools
 * protocol directly (Page.createIsolatedWorld), a world of our own. Firefox: a WebDriver BiDi sandbox
 * (puppeteer's isolated realm of the frame), which like a content script sees the page's DOM
 * through Xray wrappers and none of its expandos; no DevTools protocol there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Frame, Realm } from 'puppeteer';
import { buildDir, isFirefox } from './paths';
import type {} from './probe';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface IsolatedWorld {
  /** Runs `fn` (serialised, so it may use only its arguments and globals) and returns its JSON result. */
  evaluate<Args extends Json[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
  /** Polls `fn` until it returns true. */
  waitFor<Args extends Json[]>(fn: (...args: Args) => boolean, ...args: Args): Promise<void>;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function findFrameId(tree: FrameTree, url: string): string | null {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrameId(child, url);
    if (id) return id;
  }
  return null;
}

/** The wait shared by both kinds of world: polls `evaluate(fn)` until it returns true. */
function withWaitFor(evaluate: IsolatedWorld['evaluate']): IsolatedWorld {
  const world: IsolatedWorld = {
    evaluate,
    waitFor: async (fn, ...args) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        if ((await world.evaluate(fn, ...args)) === true) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.toString()} ${JSON.stringify(args)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return world;
}

/** Firefox: the frame's BiDi sandbox realm (puppeteer's isolated realm, internal API). */
function sandboxWorld(frame: Frame): IsolatedWorld {
  const realm = (frame as unknown as { isolatedRealm(): Realm }).isolatedRealm();
  return withWaitFor(async (fn, ...args) => (await realm.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as never);
}

export async function isolatedWorld(frame: Frame): Promise<IsolatedWorld> {
  if (isFirefox) return sandboxWorld(frame);
  const session: CDPSession = await frame.page().createCDPSession();
  const { frameTree } = await session.send('Page.getFrameTree');
  const frameId = findFrameId(frameTree as FrameTree, frame.url());
  if (!frameId) throw new Error(`frame ${frame.url()} not in the frame tree`);
  const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId, worldName: 'saring-adapter-probe' });

  async function run(expression: string): Promise<unknown> {
    const reply = await session.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
    if (reply.exceptionDetails) {
      throw new Error(`isolated world: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    }
    return reply.result.value;
  }

  async function evaluate<Args extends Json[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>> {
    // The value comes back as JSON from the page; the function's own return type describes it.
    return (await run(`(${fn.toString()})(...${JSON.stringify(args)})`)) as Awaited<Result>;
  }

  return withWaitFor(evaluate);
}

export async function startProbe(frame: Frame): Promise<IsolatedWorld> {
  const world = await isolatedWorld(frame);
  await world.evaluate((source: string) => {
    // Indirect eval runs the bundle in this world's global scope.
    (0, eval)(source);
    return globalThis.__saringProbe?.start() ?? null;
  }, readFileSync(join(buildDir, 'probe.js'), 'utf8'));
  return world;
}

/** Waits until exactly `count` composers are live in the isolated world. */
export async function waitForLive(world: IsolatedWorld, count: number): Promise<void> {
  await world.waitFor((wanted: number) => globalThis.__saringProbe?.live() === wanted, count);
}

export async function live(world: IsolatedWorld): Promise<number> {
  return world.evaluate(() => globalThis.__saringProbe?.live() ?? -1);
}

export async function events(world: IsolatedWorld): Promise<string[]> {
  return world.evaluate(() => [...(globalThis.__saringProbe?.events ?? [])]);
}
