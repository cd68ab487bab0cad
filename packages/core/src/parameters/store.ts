import type { ParameterDefinition, ParameterUse, ParameterVersion } from './types.js';

export type ParameterLookup =
  | { ok: true; use: ParameterUse }
  | { ok: false; reason: 'unknownParameter' | 'noVersionAtDate' | 'keyNotInTable' };

/**
 * Dated parameter tables. A rule asks for a value at a date; the version in force is the latest
 * one starting on or before that date. No version → the rule cannot be decided (never a guess).
 */
export class ParameterStore {
  readonly #defs = new Map<string, ParameterDefinition>();

  constructor(definitions: Iterable<ParameterDefinition>) {
    for (const def of definitions) {
      if (this.#defs.has(def.id)) throw new Error(`duplicate parameter ${def.id}`);
      const sorted = [...def.versions].sort((a, b) => a.from.localeCompare(b.from));
      this.#defs.set(def.id, { ...def, versions: sorted });
    }
  }

  has(id: string): boolean {
    return this.#defs.has(id);
  }

  definition(id: string): ParameterDefinition | undefined {
    return this.#defs.get(id);
  }

  all(): ParameterDefinition[] {
    return [...this.#defs.values()];
  }

  version(id: string, date: string): ParameterVersion | undefined {
    const def = this.#defs.get(id);
    if (!def) return undefined;
    let found: ParameterVersion | undefined;
    for (const v of def.versions) if (v.from <= date) found = v;
    return found;
  }

  /** The value at `date`, for tables indexed by household size (number) or key (string). */
  lookup(id: string, date: string, key?: string | number): ParameterLookup {
    const def = this.#defs.get(id);
    if (!def) return { ok: false, reason: 'unknownParameter' };
    const version = this.version(id, date);
    if (!version) return { ok: false, reason: 'noVersionAtDate' };
    const value = resolveValue(version, key);
    if (value === undefined) return { ok: false, reason: 'keyNotInTable' };
    const use: ParameterUse = {
      id,
      label: def.label,
      unit: def.unit,
      value,
      from: version.from,
      sources: version.sources,
    };
    if (key !== undefined) use.key = key;
    if (version.basis) {
      const base = this.lookup(version.basis.param, date, key);
      if (base.ok) use.basis = { ...version.basis, value: base.use.value };
    }
    return { ok: true, use };
  }
}

function resolveValue(version: ParameterVersion, key?: string | number): number | undefined {
  const v = version.value;
  switch (v.type) {
    case 'scalar':
      return v.value;
    case 'bySize': {
      const size = Number(key);
      if (!Number.isInteger(size) || size < 1) return undefined;
      if (size <= v.values.length) return v.values[size - 1];
      const last = v.values[v.values.length - 1];
      return last === undefined ? undefined : last + (size - v.values.length) * v.extraPerMember;
    }
    case 'byKey':
      return key === undefined ? undefined : v.values[String(key)];
  }
}
