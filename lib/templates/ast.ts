/** The parsed form of a template text. Offsets are UTF-16 units into the source. */
import type { FieldType } from './types';

export const PROFILE_VARIABLES = ['nama', 'singkatan', 'handle', 'tagline', 'tagar', 'kontak', 'footer', 'zona', 'hotline'] as const;
export type ProfileVariable = (typeof PROFILE_VARIABLES)[number];

/**
 * Formats a field reference may carry after a colon, and the field types they apply to:
 * {tanggal:hari}, {jam_mulai:jam}, and {kegiatan:kapital} to start a sentence with a value that is
 * written in lower case because it also sits mid-sentence.
 */
export const FIELD_FORMATS = {
  tanggal: ['date'],
  hari: ['date'],
  jam: ['time'],
  kapital: ['text', 'paragraph', 'choice'],
} as const satisfies Record<string, readonly FieldType[]>;
export type FieldFormat = keyof typeof FIELD_FORMATS;

export type Reference = { kind: 'field'; name: string } | { kind: 'profile'; variable: ProfileVariable };

export interface TextNode {
  kind: 'text';
  value: string;
  start: number;
  end: number;
}

export interface ValueNode {
  kind: 'value';
  ref: Reference;
  format?: FieldFormat;
  start: number;
  end: number;
}

/** {?name}…{/name} shows its children when the value is filled; {!name}…{/name} when it is empty. */
export interface SectionNode {
  kind: 'section';
  ref: Reference;
  negated: boolean;
  children: TemplateNode[];
  start: number;
  end: number;
}

export type TemplateNode = TextNode | ValueNode | SectionNode;
