import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingChat = deepRule({
  id: 'spelling-chat',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Singkatan obrolan dan ragam cakapan (yg, dgn, tdk, utk, gak) dengan kata lengkapnya; singkatan baku tanpa titik (dll → dll.). Singkatan baku (dll., a.n., No., Jl., RT, RW, WIB) tidak ditandai.',
    'Chat abbreviations and colloquial forms (yg, dgn, tdk, utk, gak) with the full word; standard abbreviations missing their dot (dll → dll.). Standard abbreviations (dll., a.n., No., Jl., RT, RW, WIB) are never flagged.',
  ),
});
