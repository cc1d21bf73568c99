/**
 * Compile-time proof that the pack schema and the shared contracts describe the same objects: when
 * someone adds a field to Profile or Template, `tsc` fails here until the schema learns it too
 * (otherwise packs with the new field would be refused as "unknown field").
 */
import type * as v from 'valibot';
import type { GlossaryEntry, Profile } from '../checks/types';
import type { Template } from '../templates/types';
import type { exerciseSchema, glossaryEntrySchema, profileSchema, templateSchema } from './schema';
import type { Exercise } from './types';

/** Exact equality: a missing optional field counts as a difference (plain `extends` would not). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const SCHEMA_MATCHES_CONTRACTS: [
  Same<v.InferOutput<typeof profileSchema>, Profile>,
  Same<v.InferOutput<typeof glossaryEntrySchema>, GlossaryEntry>,
  Same<v.InferOutput<typeof templateSchema>, Template>,
  Same<v.InferOutput<typeof exerciseSchema>, Exercise>,
] = [true, true, true, true];
