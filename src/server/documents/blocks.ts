// The building blocks of the default templates (documents/templates.ts and labour/templates.ts):
// the block types, the paragraph helpers and the parts two or more templates print alike.
import type { DocKind } from './types';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TemplateParagraph {
  type: 'paragraph';
  text: string;
  /** 'title' is the document's name line, 'heading' a section heading. */
  style?: 'title' | 'heading';
  align?: Align;
  bold?: boolean;
}

export interface TemplateRow {
  cells: string[];
  repeat?: boolean;
}

export interface TemplateTable {
  type: 'table';
  /** The header row (bold), if any. */
  header?: string[];
  rows: TemplateRow[];
  borders: boolean;
}

export type TemplateBlock = TemplateParagraph | TemplateTable;

export interface TemplateSpec {
  kind: DocKind;
  title: string;
  blocks: TemplateBlock[];
}

export const p = (text: string, extra: Partial<TemplateParagraph> = {}): TemplateParagraph => ({
  type: 'paragraph',
  text,
  align: 'justify',
  ...extra,
});
export const center = (text: string, bold = false): TemplateParagraph => p(text, { align: 'center', bold });
export const right = (text: string, bold = false): TemplateParagraph => p(text, { align: 'right', bold });
export const left = (text: string, bold = false): TemplateParagraph => p(text, { align: 'left', bold });
export const heading = (text: string): TemplateParagraph =>
  p(text, { style: 'heading', align: 'left', bold: true });
export const blank = (): TemplateParagraph => p('', { align: 'left' });

/** Where a person writes the day they signed. */
export const SIGN_DATE = '«___» ____________ 20__ г.';

/**
 * The end of a director's order: the director's signature line and «С приказом ознакомлены» with
 * one row per person who signs (the order on pairs and the termination order alike).
 */
export function orderSignatures(): TemplateBlock[] {
  return [
    left('{{должность_директора}}                ___________                {{директор_подпись}}'),
    blank(),
    left('С приказом ознакомлены:'),
    {
      type: 'table',
      rows: [
        {
          cells: ['{{ознакомлен}}, {{должность_ознакомленного}}', '____________ (подпись)', SIGN_DATE],
          repeat: true,
        },
      ],
      borders: false,
    },
  ];
}
