/** Writes the generated template section into README.md (between the templates markers). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { README_END, README_START, replaceSection, templatesReadmeSection } from '../lib/templates/readme';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
const withMarkers = current.includes(README_START) ? current : `${current}\n## Templates\n\n${README_START}\n${README_END}\n`;
const next = replaceSection(withMarkers, templatesReadmeSection());
if (next === null) {
  process.stderr.write(`README.md: "${README_END}" must follow "${README_START}".\n`);
  process.exit(1);
}
writeFileSync(path, next);
process.stdout.write('README.md: template section updated.\n');
