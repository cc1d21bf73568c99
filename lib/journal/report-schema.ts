/** public/report.schema.json, generated from the valibot schema the coordinator page reads with. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { reportFileSchema } from './report-file-parse';

export function reportJsonSchemaText(): string {
  const { $schema, ...rest } = toJsonSchema(reportFileSchema, { errorMode: 'ignore' });
  const schema = {
    $schema,
    title: 'Saring report file',
    description:
      'What one admin exports from Saring\'s report page for the Diskominfo (format "saring-report", version 1): counts per institution, day and platform; no caption text and no personal data. Saring also checks that the period runs forwards.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
