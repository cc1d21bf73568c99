/** The generated files under public/, as text; scripts/gen-pack.ts writes them and a test compares. */
import { formatPack } from '../format';
import { packJsonSchemaText } from '../json-schema';
import { buildDefaultPack } from './index';

export const GENERATED_FILES: Record<string, () => string> = {
  'public/packs/default.json': () => formatPack(buildDefaultPack()),
  'public/pack.schema.json': packJsonSchemaText,
};
