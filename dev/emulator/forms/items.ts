// Form items (developers.google.com/apps-script/reference/forms/item and the typed item classes):
// stored as JSON, exposed as emulated proxies whose class matches the item's type.
import { emulated, type CallLog } from '../core';
import { makeEnum, type EnumValue } from '../script/enums';

export const ItemType = makeEnum('ItemType', [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'FILE_UPLOAD',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
] as const);

export type ItemTypeName =
  'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'LIST' | 'SCALE' | 'SECTION_HEADER' | 'DATE';

export interface ItemData {
  id: number;
  /** The id in prefilled URLs (entry.<id>): not the item id, as on Google. */
  entryId: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  other?: boolean;
  lower?: number;
  upper?: number;
  leftLabel?: string;
  rightLabel?: string;
  includesYear?: boolean;
}

export const CLASS_NAMES: Record<ItemTypeName, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  DATE: 'DateItem',
};

const AS_METHODS: Record<ItemTypeName, string> = {
  TEXT: 'asTextItem',
  PARAGRAPH_TEXT: 'asParagraphTextItem',
  MULTIPLE_CHOICE: 'asMultipleChoiceItem',
  CHECKBOX: 'asCheckboxItem',
  LIST: 'asListItem',
  SCALE: 'asScaleItem',
  SECTION_HEADER: 'asSectionHeaderItem',
  DATE: 'asDateItem',
};

/** What an item needs from its form. */
export interface ItemHost {
  log: CallLog;
  items(): ItemData[];
  changed(item: ItemData): void;
  /** A new ItemResponse for `item` with an already validated answer. */
  itemResponse(item: ItemData, answer: string | string[]): unknown;
}

/** The methods each item type has beyond the common ones. */
const ANSWERED = ['setRequired', 'isRequired', 'createResponse'];
const CHOICES = [...ANSWERED, 'setChoiceValues', 'setChoices', 'createChoice', 'getChoices'];
const TYPE_METHODS: Record<ItemTypeName, string[]> = {
  TEXT: ANSWERED,
  PARAGRAPH_TEXT: ANSWERED,
  MULTIPLE_CHOICE: [...CHOICES, 'showOtherOption', 'hasOtherOption'],
  CHECKBOX: [...CHOICES, 'showOtherOption', 'hasOtherOption'],
  LIST: CHOICES,
  SCALE: [
    ...ANSWERED,
    'setBounds',
    'getLowerBound',
    'getUpperBound',
    'setLabels',
    'getLeftLabel',
    'getRightLabel',
  ],
  SECTION_HEADER: [],
  DATE: [...ANSWERED, 'setIncludesYear', 'includesYear'],
};

const COMMON = ['getId', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText', 'getType', 'getIndex'];

class ItemObject {
  _self: unknown = null;

  constructor(
    private readonly _host: ItemHost,
    readonly _item: ItemData,
  ) {}

  _changed(): unknown {
    this._host.changed(this._item);
    return this._self;
  }

  getId(): number {
    return this._item.id;
  }

  getTitle(): string {
    return this._item.title;
  }

  setTitle(title: string): unknown {
    this._item.title = String(title);
    return this._changed();
  }

  getHelpText(): string {
    return this._item.helpText;
  }

  setHelpText(text: string): unknown {
    this._item.helpText = String(text);
    return this._changed();
  }

  getType(): EnumValue {
    return ItemType[this._item.type];
  }

  getIndex(): number {
    return this._host.items().indexOf(this._item);
  }

  setRequired(enabled: boolean): unknown {
    this._item.required = Boolean(enabled);
    return this._changed();
  }

  isRequired(): boolean {
    return this._item.required;
  }

  setChoiceValues(values: string[]): unknown {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
    this._item.choices = values.map(String);
    return this._changed();
  }

  setChoices(choices: unknown[]): unknown {
    if (!Array.isArray(choices) || choices.length === 0) throw new Error('Invalid argument: choices');
    this._item.choices = choices.map((c) => String((c as { getValue(): string }).getValue()));
    return this._changed();
  }

  createChoice(value: string): unknown {
    const v = String(value);
    return emulated('Choice', { getValue: () => v, isCorrectAnswer: () => false }, this._host.log);
  }

  getChoices(): unknown[] {
    return (this._item.choices ?? []).map((c) => this.createChoice(c));
  }

  showOtherOption(enabled: boolean): unknown {
    this._item.other = Boolean(enabled);
    return this._changed();
  }

  hasOtherOption(): boolean {
    return this._item.other === true;
  }

  setBounds(lower: number, upper: number): unknown {
    // developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer):
    // lower 0 or 1, upper 3 to 10.
    if (![0, 1].includes(Number(lower)) || !(Number(upper) >= 3 && Number(upper) <= 10)) {
      throw new Error('Invalid argument: bounds (lower 0 or 1, upper 3 to 10)');
    }
    this._item.lower = Number(lower);
    this._item.upper = Number(upper);
    return this._changed();
  }

  getLowerBound(): number {
    return this._item.lower ?? 1;
  }

  getUpperBound(): number {
    return this._item.upper ?? 5;
  }

  setLabels(lower: string, upper: string): unknown {
    this._item.leftLabel = String(lower);
    this._item.rightLabel = String(upper);
    return this._changed();
  }

  getLeftLabel(): string {
    return this._item.leftLabel ?? '';
  }

  getRightLabel(): string {
    return this._item.rightLabel ?? '';
  }

  setIncludesYear(enabled: boolean): unknown {
    this._item.includesYear = Boolean(enabled);
    return this._changed();
  }

  includesYear(): boolean {
    return this._item.includesYear !== false;
  }

  createResponse(value: unknown): unknown {
    return this._host.itemResponse(this._item, answerFor(this._item, value));
  }
}

/** Validates an answer as the form would and normalises it (checkboxes: string[]; others: string). */
export function answerFor(item: ItemData, value: unknown): string | string[] {
  const where = `"${item.title}"`;
  switch (item.type) {
    case 'SECTION_HEADER':
      throw new Error(`Item ${where} takes no answer`);
    case 'CHECKBOX': {
      const values = (Array.isArray(value) ? value : [value]).map((v) => String(v));
      for (const v of values) {
        if (!(item.choices ?? []).includes(v) && !item.other)
          throw new Error(`Invalid choice for ${where}: ${v}`);
      }
      return values;
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const v = String(value);
      if (!(item.choices ?? []).includes(v) && !(item.type === 'MULTIPLE_CHOICE' && item.other)) {
        throw new Error(`Invalid choice for ${where}: ${v}`);
      }
      return v;
    }
    case 'SCALE': {
      const n = Number(value);
      const lower = item.lower ?? 1;
      const upper = item.upper ?? 5;
      if (!Number.isInteger(n) || n < lower || n > upper) {
        throw new Error(`Answer for ${where} must be an integer from ${lower} to ${upper}: ${String(value)}`);
      }
      return String(n);
    }
    case 'DATE': {
      const d =
        value instanceof Date || typeof value === 'number' ? new Date(value) : new Date(String(value));
      if (Number.isNaN(d.getTime())) throw new Error(`Invalid date for ${where}: ${String(value)}`);
      // The answer is the calendar date as entered, yyyy-MM-dd (check).
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }
    default:
      if (Array.isArray(value)) throw new Error(`Item ${where} takes one answer`);
      return String(value);
  }
}

/** An emulated item proxy named after the requested class; members of other types are absent. */
export function wrapItem(host: ItemHost, item: ItemData, asType?: ItemTypeName): unknown {
  const inst = new ItemObject(host, item);
  const view = asType ? CLASS_NAMES[asType] : 'Item';
  const allowed = new Set([...COMMON, ...(asType ? TYPE_METHODS[asType] : [])]);
  const facade: Record<string, unknown> = { _item: item };
  for (const name of allowed) {
    facade[name] = (...args: unknown[]) =>
      (inst as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args);
  }
  if (!asType) {
    for (const type of Object.keys(AS_METHODS) as ItemTypeName[]) {
      facade[AS_METHODS[type]] = () => {
        if (item.type !== type) throw new Error(`Item "${item.title}" is not a ${CLASS_NAMES[type]}.`);
        return wrapItem(host, item, type);
      };
    }
  }
  const proxy = emulated(view, facade, host.log);
  inst._self = proxy;
  return proxy;
}
