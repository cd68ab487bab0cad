import type { Text } from '../text.js';

export interface Source {
  title: string;
  url?: string;
  /** official: copied from an official notice or record; derived: computed from official figures; secondary: third-party, verify. */
  status: 'official' | 'derived' | 'secondary';
}

/** A parameter's value in one version. */
export type ParameterValue =
  | { type: 'scalar'; value: number }
  /** By household size 1..n; larger households add `extraPerMember` per member beyond n. */
  | { type: 'bySize'; values: number[]; extraPerMember: number }
  | { type: 'byKey'; values: Record<string, number> };

export interface ParameterVersion {
  from: string;
  value: ParameterValue;
  sources: Source[];
  note?: string;
  /** The value was set as a share of another parameter (e.g. 32% of the median income); explanations show it. */
  basis?: { param: string; ratio: number; source: Source };
}

export type ParameterUnit = 'krw/month' | 'krw/year' | 'krw' | 'ratio' | 'years' | 'months' | 'count';

export interface ParameterDefinition {
  id: string;
  label: Text;
  unit: ParameterUnit;
  versions: ParameterVersion[];
}

/** What a rule used: shown in explanations so a caseworker sees the value and its source. */
export interface ParameterUse {
  id: string;
  label: Text;
  unit: ParameterUnit;
  key?: string | number;
  value: number;
  from: string;
  sources: Source[];
  basis?: { param: string; ratio: number; value: number; source: Source };
}
