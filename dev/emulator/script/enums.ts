// Apps Script enums are objects, not strings: `String(v)` and `v.toString()` give the name, and
// values compare by identity. Strings would let `x === 'FULL'` pass here and fail on Google.

export class EnumValue {
  constructor(
    private readonly _enumName: string,
    private readonly _name: string,
    private readonly _ordinal: number,
  ) {}

  toString(): string {
    return this._name;
  }

  name(): string {
    return this._name;
  }

  ordinal(): number {
    return this._ordinal;
  }

  toJSON(): string {
    return this._name;
  }

  get [Symbol.toStringTag](): string {
    return this._enumName;
  }
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

/** Builds a frozen enum whose members are EnumValue singletons. */
export function makeEnum<K extends string>(enumName: string, names: readonly K[]): Enum<K> {
  const values = {} as Record<K, EnumValue>;
  names.forEach((name, index) => {
    values[name] = new EnumValue(enumName, name, index);
  });
  return Object.freeze(values);
}

/** The member of `e` named like `value` (an EnumValue or its name), or undefined. */
export function enumMember<K extends string>(e: Enum<K>, value: unknown): EnumValue | undefined {
  if (value === null || value === undefined) return undefined;
  const name = String(value) as K;
  return Object.prototype.hasOwnProperty.call(e, name) ? e[name] : undefined;
}
