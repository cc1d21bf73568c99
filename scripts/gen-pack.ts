/** `npm run gen:pack`: writes public/packs/default.json and public/pack.schema.json from the sources. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES } from '../lib/presets/default-pack/files';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, build] of Object.entries(GENERATED_FILES)) {
  writeFileSync(resolve(root, path), build());
  console.log(`wrote ${path}`);
}
