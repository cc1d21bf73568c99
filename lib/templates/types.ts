import type { LocalizedText, Platform } from '../checks/types';

export const FIELD_TYPES = ['text', 'paragraph', 'date', 'time', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface TemplateField {
  /** Referenced from the body; lower-case letters, digits and underscores. */
  name: string;
  type: FieldType;
  label: LocalizedText;
  /** date: "hari ini" / "besok" / "lusa" / YYYY-MM-DD; time: HH.MM or HH:MM; choice: one option. */
  default?: string;
  required?: boolean;
  /** Only for choice fields. */
  options?: string[];
  /**
   * Added by the templates layer (optional): a sample value, shown as the form's placeholder and
   * used to preview and test the template. Never a real person's data.
   */
  example?: string;
}

export const TEMPLATE_PURPOSES = ['informatif', 'edukatif', 'promotif'] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export interface TemplateVariant {
  /** Replaces the template's body on this platform. */
  body?: string;
  /** Replaces the template's hashtag block on this platform. */
  hashtags?: string;
}

/** A caption for a post (the default), or a short reply for a comment box. */
export const TEMPLATE_KINDS = ['caption', 'reply'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** An institutional caption with fields to fill. The body uses the template language. */
export interface Template {
  id: string;
  /** Absent means 'caption'. Reply templates are offered in comment boxes only, never in the panel. */
  kind?: TemplateKind;
  title: LocalizedText;
  description?: LocalizedText;
  /** Picker category, e.g. "laporan-kegiatan", "imbauan", "klarifikasi-hoaks". */
  category: string;
  purpose: TemplatePurpose;
  tags?: string[];
  fields: TemplateField[];
  body: string;
  /** Hashtag block appended after the body (template language too). */
  hashtags?: string;
  variants?: Partial<Record<Platform, TemplateVariant>>;
  expires?: string;
}
