/**
 * public/pack.schema.json, generated from the valibot schema so the two cannot disagree on
 * structure. Checks JSON Schema cannot state (real dates, unique ids, glossary variants that match
 * everything, template syntax) are described in the schema's description instead.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { packSchema } from './schema';

export function packJsonSchemaText(): string {
  // 'ignore' skips only valibot actions JSON Schema has no words for; the structure is complete.
  const generated = toJsonSchema(packSchema, { errorMode: 'ignore' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: 'Saring preset pack',
    description:
      'A team preset pack for Saring (format "saring-pack", version 1). Saring also checks what this schema cannot say: dates must exist, ids are unique per list, glossary variants have at least 2 letters or digits and differ from the preferred term, claims state at least 3 meaningful words, lock paths name known fields, and template texts use valid template syntax.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
