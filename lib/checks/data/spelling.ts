/**
 * The spelling list (1,500+ entries), validated when it loads. Kept out of data/index.ts so the
 * content script never bundles it: only deep/install.ts and Node tools import this module.
 */
import spellingRaw from './spelling.json';
import { loadSpelling } from './index';

export const SPELLING = loadSpelling(spellingRaw);
