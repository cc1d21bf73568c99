import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildDefaultPack } from './default-pack';
import { HOSTILE_PACKS } from './fixtures/hostile-packs';
import { samplePack } from './fixtures/sample-pack';
import { packSchema } from './schema';

const published: object = JSON.parse(readFileSync(resolve(__dirname, '../../public/pack.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: false, strict: false }).compile(published);

/** The corpus as data: files that are not JSON, too big or too deep never reach either schema. */
function corpus(): { name: string; data: unknown }[] {
  const cases = HOSTILE_PACKS.flatMap((c) => {
    if (/50 MB|6 MB|10,000/.test(c.name)) return [];
    const made = c.make();
    if (typeof made !== 'string') return [{ name: c.name, data: made }];
    try {
      return [{ name: c.name, data: JSON.parse(made) as unknown }];
    } catch {
      return [];
    }
  });
  return [...cases, { name: 'sample', data: samplePack() }, { name: 'default', data: buildDefaultPack() }];
}

describe('public/pack.schema.json', () => {
  it.each(corpus().map((c) => [c.name, c.data] as const))('agrees with the valibot schema on %s', (_name, data) => {
    expect(validate(data)).toBe(v.safeParse(packSchema, data).success);
  });

  it('accepts the sample and default packs and refuses most of the hostile corpus by structure alone', () => {
    expect(validate(samplePack())).toBe(true);
    expect(validate(buildDefaultPack())).toBe(true);
    const refused = corpus().filter((c) => !validate(c.data)).length;
    expect(refused).toBeGreaterThanOrEqual(30);
  });
});
