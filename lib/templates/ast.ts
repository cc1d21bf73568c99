/** The parsed form of a template text. Offsets are UTF-16 units into the source. */

export const PROFILE_VARIABLES = ['nama', 'singkatan', 'handle', 'tagline', 'tagar', 'kontak', 'footer', 'zona'] as const;
export type ProfileVariable = (typeof PROFILE_VARIABLES)[number];

/** Formats a field reference may carry after a colon: {tanggal:hari}, {jam_mulai:jam}. */
export const FIELD_FORMATS = { tanggal: 'date', hari: 'date', jam: 'time' } as const;
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
