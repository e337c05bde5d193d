// Data validation (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder,
// …/data-validation, …/data-validation-criteria): the builder, the rule object, and the check a
// script write must pass when a rule rejects invalid input. The rule and the builder are checked
// against the official interfaces (surface.ts).
import { emulated, type CallLog } from '../core';
import { conform } from '../surface';
import type { ValidationSpec } from './model';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

/** SpreadsheetApp.DataValidationCriteria: each member is its name. */
export const DataValidationCriteria = Object.freeze(
  Object.fromEntries(CRITERIA.map((k) => [k, k])) as { [K in (typeof CRITERIA)[number]]: K },
);

/** How the builder and rules reach ranges (stored as sheet name + A1). */
export interface RangeLink {
  toRef(range: unknown): { sheet: string; a1: string };
  toRange(ref: { sheet: string; a1: string }): unknown;
}

export function validationMessage(a1: string): string {
  // (check) wording of the exception for a script write that breaks a rejecting rule.
  return `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}

function criteriaValues(spec: ValidationSpec, link: RangeLink): unknown[] {
  if (spec.type === 'VALUE_IN_RANGE') {
    return [link.toRange(spec.values[0] as { sheet: string; a1: string }), spec.values[1]];
  }
  if (spec.type === 'VALUE_IN_LIST') return [[...(spec.values[0] as string[])], spec.values[1]];
  return [...spec.values];
}

/** A DataValidation (the built rule); `_spec` is its stored form. */
export function makeValidation(spec: ValidationSpec, log: CallLog, link: RangeLink): DataValidation {
  return emulated(
    'DataValidation',
    conform<DataValidation>()({
      _spec: spec,
      getCriteriaType: () => spec.type as unknown as Criteria,
      getCriteriaValues: () => criteriaValues(spec, link),
      getAllowInvalid: () => spec.allowInvalid,
      getHelpText: () => (spec.helpText === '' ? null : spec.helpText),
      copy: () => makeValidationBuilder(log, link, { ...spec, values: [...spec.values] }),
    }),
    log,
  ) as unknown as DataValidation;
}

export function makeValidationBuilder(
  log: CallLog,
  link: RangeLink,
  from?: ValidationSpec,
): DataValidationBuilder {
  const spec: ValidationSpec = from ?? { type: '', values: [], allowInvalid: true, helpText: '' };
  const set = (type: string, values: unknown[]): DataValidationBuilder => {
    spec.type = type;
    spec.values = values;
    return builder;
  };
  const num = (x: unknown) => Number(x);
  const builder: DataValidationBuilder = emulated(
    'DataValidationBuilder',
    conform<DataValidationBuilder>()({
      requireValueInList: (values: unknown[], showDropdown = true) => {
        if (!Array.isArray(values)) throw new Error('Invalid argument: values');
        // (check) Google rejects a list rule with more than 500 items.
        if (values.length > 500) {
          throw new Error(
            "The data validation rule has more items than the limit of 500. Use the 'List from a range' criteria instead.",
          );
        }
        return set('VALUE_IN_LIST', [values.map(String), Boolean(showDropdown)]);
      },
      requireValueInRange: (range: unknown, showDropdown = true) =>
        set('VALUE_IN_RANGE', [link.toRef(range), Boolean(showDropdown)]),
      requireCheckbox: (...values: unknown[]) =>
        set(
          'CHECKBOX',
          values.map((v) => String(v)),
        ),
      requireDate: () => set('DATE_IS_VALID_DATE', []),
      requireNumberBetween: (a: number, b: number) => set('NUMBER_BETWEEN', [num(a), num(b)]),
      requireNumberNotBetween: (a: number, b: number) => set('NUMBER_NOT_BETWEEN', [num(a), num(b)]),
      requireNumberEqualTo: (n: number) => set('NUMBER_EQUAL_TO', [num(n)]),
      requireNumberGreaterThan: (n: number) => set('NUMBER_GREATER_THAN', [num(n)]),
      requireNumberGreaterThanOrEqualTo: (n: number) => set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [num(n)]),
      requireNumberLessThan: (n: number) => set('NUMBER_LESS_THAN', [num(n)]),
      requireNumberLessThanOrEqualTo: (n: number) => set('NUMBER_LESS_THAN_OR_EQUAL_TO', [num(n)]),
      requireTextIsEmail: () => set('TEXT_IS_VALID_EMAIL', []),
      requireTextIsUrl: () => set('TEXT_IS_VALID_URL', []),
      requireTextContains: (text: string) => set('TEXT_CONTAINS', [String(text)]),
      requireTextEqualTo: (text: string) => set('TEXT_EQUAL_TO', [String(text)]),
      setAllowInvalid: (allowInvalid: boolean) => {
        spec.allowInvalid = Boolean(allowInvalid);
        return builder;
      },
      setHelpText: (helpText: string) => {
        spec.helpText = String(helpText);
        return builder;
      },
      getCriteriaType: () => (spec.type || null) as Criteria | null,
      getCriteriaValues: () => criteriaValues(spec, link),
      getAllowInvalid: () => spec.allowInvalid,
      getHelpText: () => (spec.helpText === '' ? null : spec.helpText),
      copy: () => makeValidationBuilder(log, link, { ...spec, values: [...spec.values] }),
      build: () => {
        // (check) Google's message when no criteria was chosen.
        if (!spec.type) throw new Error('You must specify a criteria type.');
        return makeValidation({ ...spec, values: [...spec.values] }, log, link);
      },
    }),
    log,
  ) as unknown as DataValidationBuilder;
  return builder;
}

/** The stored form of a rule handed in by the script; throws if it is not one of ours. */
export function specOf(rule: unknown): ValidationSpec {
  const spec = (rule as { _spec?: ValidationSpec } | null)?._spec;
  if (!spec) throw new Error('Invalid argument: rule');
  return spec;
}

export interface CheckedCell {
  value: string | number | boolean | null;
  isDate: boolean;
  display: string;
}

/** Whether a value passes a rule. `rangeTexts` gives the display texts of a VALUE_IN_RANGE range. */
export function passes(spec: ValidationSpec, cell: CheckedCell, rangeTexts: () => string[]): boolean {
  const v = cell.value;
  if (v === null || v === '') return true;
  const n = typeof v === 'number' ? v : NaN;
  const [a, b] = spec.values as number[];
  switch (spec.type) {
    case 'VALUE_IN_LIST':
      return (spec.values[0] as string[]).includes(cell.display);
    case 'VALUE_IN_RANGE':
      return rangeTexts().includes(cell.display);
    case 'CHECKBOX':
      if (spec.values.length === 0) return typeof v === 'boolean';
      return spec.values.map(String).includes(String(v));
    case 'DATE_IS_VALID_DATE':
      return cell.isDate;
    case 'NUMBER_BETWEEN':
      return n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && !(n >= Math.min(a, b) && n <= Math.max(a, b));
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'TEXT_IS_VALID_URL':
      return typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
    case 'TEXT_CONTAINS':
      return cell.display.includes(String(spec.values[0]));
    case 'TEXT_EQUAL_TO':
      return cell.display === String(spec.values[0]);
    default:
      return true;
  }
}
