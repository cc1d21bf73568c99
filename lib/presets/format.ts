/**
 * The one way a pack is written: keys in schema order, two-space indent, final newline. Parsing a
 * file this wrote and writing it again gives the same bytes, so pack files diff cleanly in git.
 */
import * as v from 'valibot';
import { packSchema } from './schema';
import type { Pack } from './types';

export function formatPack(pack: Pack): string {
  // Parsing puts keys in schema order whatever order the object was built in.
  const canonical = v.parse(packSchema, pack);
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
