import type { Lang } from '../checks/types';
import type { Bilingual, PackError } from '../presets';

/** Every store write answers with this: done, or refused with messages the UI shows as they are. */
export type Refusal = { ok: false; errors: PackError[] };
export type Done<T> = { ok: true } & T;
export type Outcome<T = object> = Done<T> | Refusal;

export const refuse = (lang: Lang, text: Bilingual, path = ''): Refusal => ({
  ok: false,
  errors: [{ path, message: text[lang] }],
});

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);
