/** What the live preview fills a template with, and which profile it uses by default. */
import type { Platform, Profile } from '../../../lib/checks/types';
import { initialValues } from '../../../lib/templates';
import type { Template } from '../../../lib/templates/types';

/** Defaults, and each field's example where there is no default, so the preview reads like a post. */
export function previewValues(template: Template, now: Date, zone: Profile['timeZone'] = 'WIB'): Record<string, string> {
  const values = initialValues(template, now, zone);
  for (const field of template.fields) {
    if (!values[field.name] && field.example) values[field.name] = field.example;
  }
  return values;
}

/** The profile the panel would pick on that platform: the active one, the default, else the first. */
export function previewProfile(profiles: readonly Profile[], platform: Platform, active: Partial<Record<Platform, string>>): Profile | undefined {
  return (
    profiles.find((p) => p.id === active[platform]) ??
    profiles.find((p) => p.defaultFor?.includes(platform)) ??
    profiles[0]
  );
}
