/** Part of `npm run gen:pack`: writes public/report.schema.json from the report file's schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../lib/journal/report-schema';

const target = fileURLToPath(new URL('../public/report.schema.json', import.meta.url));
writeFileSync(target, reportJsonSchemaText());
console.log(`wrote ${target}`);
