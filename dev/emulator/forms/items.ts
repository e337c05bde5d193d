// Form items (developers.google.com/apps-script/reference/forms/item and the typed item classes):
// stored as JSON, exposed as emulated proxies whose class matches the item's type. Each class's
// members are checked against its official interface (surface.ts).
import { emulated, notEmulated, type CallLog } from '../core';
import { makeEnum } from '../script/enums';
import { conform } from '../surface';

type Item = GoogleAppsScript.Forms.Item;
type Choice = GoogleAppsScript.Forms.Choice;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

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

/** The official class of each emulated item type. */
export interface ItemClasses {
  TEXT: GoogleAppsScript.Forms.TextItem;
  PARAGRAPH_TEXT: GoogleAppsScript.Forms.ParagraphTextItem;
  MULTIPLE_CHOICE: GoogleAppsScript.Forms.MultipleChoiceItem;
  CHECKBOX: GoogleAppsScript.Forms.CheckboxItem;
  LIST: GoogleAppsScript.Forms.ListItem;
  SCALE: GoogleAppsScript.Forms.ScaleItem;
  SECTION_HEADER: GoogleAppsScript.Forms.SectionHeaderItem;
  DATE: GoogleAppsScript.Forms.DateItem;
}

/** What an item needs from its form. */
export interface ItemHost {
  log: CallLog;
  items(): ItemData[];
  changed(item: ItemData): void;
  /** A new ItemResponse for `item` with an already validated answer. */
  itemResponse(item: ItemData, answer: string | string[]): ItemResponse;
}

/** The methods of each class (beyond Item's, for the typed ones). */
const COMMON = [
  'getId',
  'getTitle',
  'setTitle',
  'getHelpText',
  'setHelpText',
  'getType',
  'getIndex',
] as const;
const ANSWERED = [...COMMON, 'setRequired', 'isRequired', 'createResponse'] as const;
const CHOICES = [...ANSWERED, 'setChoiceValues', 'setChoices', 'createChoice', 'getChoices'] as const;
const OTHER = [...CHOICES, 'showOtherOption', 'hasOtherOption'] as const;
const SCALE = [
  ...ANSWERED,
  'setBounds',
  'getLowerBound',
  'getUpperBound',
  'setLabels',
  'getLeftLabel',
  'getRightLabel',
] as const;
const DATE = [...ANSWERED, 'setIncludesYear', 'includesYear'] as const;

/** One stored item; `Self` is the official class its chainable methods return. */
class ItemObject<Self> {
  _self: Self = null as unknown as Self;

  constructor(
    private readonly _host: ItemHost,
    readonly _item: ItemData,
  ) {}

  _changed(): Self {
    this._host.changed(this._item);
    return this._self;
  }

  getId(): number {
    return this._item.id;
  }

  getTitle(): string {
    return this._item.title;
  }

  setTitle(title: string): Self {
    this._item.title = String(title);
    return this._changed();
  }

  getHelpText(): string {
    return this._item.helpText;
  }

  setHelpText(text: string): Self {
    this._item.helpText = String(text);
    return this._changed();
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return ItemType[this._item.type] as unknown as GoogleAppsScript.Forms.ItemType;
  }

  getIndex(): number {
    return this._host.items().indexOf(this._item);
  }

  setRequired(enabled: boolean): Self {
    this._item.required = Boolean(enabled);
    return this._changed();
  }

  isRequired(): boolean {
    return this._item.required;
  }

  setChoiceValues(values: string[]): Self {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
    this._item.choices = values.map(String);
    return this._changed();
  }

  setChoices(choices: Choice[]): Self {
    if (!Array.isArray(choices) || choices.length === 0) throw new Error('Invalid argument: choices');
    // Quizzes (correct answers) are not emulated: a correct choice would lose its mark here.
    if (choices.some((c) => c.isCorrectAnswer())) notEmulated('quizzes: a choice marked correct');
    this._item.choices = choices.map((c) => String(c.getValue()));
    return this._changed();
  }

  /**
   * createChoice(value), (value, isCorrect) and, for multiple-choice and list items, (value,
   * navigationItem) and (value, navigationType). Page navigation is not emulated.
   */
  createChoice(
    value: string,
    isCorrect?: boolean | GoogleAppsScript.Forms.PageBreakItem | GoogleAppsScript.Forms.PageNavigationType,
  ): Choice {
    if (isCorrect !== undefined && typeof isCorrect !== 'boolean') notEmulated('Choice with page navigation');
    const v = String(value);
    const correct = isCorrect === true;
    const choice = conform<Choice>()({ getValue: () => v, isCorrectAnswer: () => correct });
    return emulated('Choice', choice, this._host.log) as unknown as Choice;
  }

  getChoices(): Choice[] {
    return (this._item.choices ?? []).map((c) => this.createChoice(c));
  }

  showOtherOption(enabled: boolean): Self {
    this._item.other = Boolean(enabled);
    return this._changed();
  }

  hasOtherOption(): boolean {
    return this._item.other === true;
  }

  setBounds(lower: number, upper: number): Self {
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

  setLabels(lower: string, upper: string): Self {
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

  setIncludesYear(enabled: boolean): Self {
    this._item.includesYear = Boolean(enabled);
    return this._changed();
  }

  includesYear(): boolean {
    return this._item.includesYear !== false;
  }

  createResponse(value: unknown): ItemResponse {
    return this._host.itemResponse(this._item, answerFor(this._item, value));
  }
}

/** The named methods of `inst`, each calling it (the facade a class's proxy wraps). */
function pick<S, K extends keyof ItemObject<S>>(
  inst: ItemObject<S>,
  names: readonly K[],
): Pick<ItemObject<S>, K> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const method = inst[name] as (...a: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => method.apply(inst, args);
  }
  return out as Pick<ItemObject<S>, K>;
}

/** Each class's members, checked against the official interface. */
const VIEWS: { [T in ItemTypeName]: (inst: ItemObject<ItemClasses[T]>) => object } = {
  TEXT: (i) => conform<ItemClasses['TEXT']>()(pick(i, ANSWERED)),
  PARAGRAPH_TEXT: (i) => conform<ItemClasses['PARAGRAPH_TEXT']>()(pick(i, ANSWERED)),
  MULTIPLE_CHOICE: (i) => conform<ItemClasses['MULTIPLE_CHOICE']>()(pick(i, OTHER)),
  CHECKBOX: (i) => conform<ItemClasses['CHECKBOX']>()(pick(i, OTHER)),
  LIST: (i) => conform<ItemClasses['LIST']>()(pick(i, CHOICES)),
  SCALE: (i) => conform<ItemClasses['SCALE']>()(pick(i, SCALE)),
  SECTION_HEADER: (i) => conform<ItemClasses['SECTION_HEADER']>()(pick(i, COMMON)),
  DATE: (i) => conform<ItemClasses['DATE']>()(pick(i, DATE)),
};

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

/** An emulated Item proxy; members of the typed classes are absent (Item#asTextItem() etc. give them). */
export function wrapItem(host: ItemHost, item: ItemData): Item;
/** An emulated proxy of the item's typed class; members of other types are absent. */
export function wrapItem<T extends ItemTypeName>(host: ItemHost, item: ItemData, asType: T): ItemClasses[T];
export function wrapItem(host: ItemHost, item: ItemData, asType?: ItemTypeName): unknown {
  const inst = new ItemObject<unknown>(host, item);
  const as =
    <T extends ItemTypeName>(type: T) =>
    (): ItemClasses[T] => {
      if (item.type !== type) throw new Error(`Item "${item.title}" is not a ${CLASS_NAMES[type]}.`);
      return wrapItem(host, item, type);
    };
  const facade = asType
    ? VIEWS[asType](inst as ItemObject<never>)
    : conform<Item>()({
        ...pick(inst as ItemObject<Item>, COMMON),
        asTextItem: as('TEXT'),
        asParagraphTextItem: as('PARAGRAPH_TEXT'),
        asMultipleChoiceItem: as('MULTIPLE_CHOICE'),
        asCheckboxItem: as('CHECKBOX'),
        asListItem: as('LIST'),
        asScaleItem: as('SCALE'),
        asSectionHeaderItem: as('SECTION_HEADER'),
        asDateItem: as('DATE'),
      });
  const proxy = emulated(asType ? CLASS_NAMES[asType] : 'Item', { _item: item, ...facade }, host.log);
  inst._self = proxy;
  return proxy;
}
