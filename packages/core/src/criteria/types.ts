import type { FactKind } from '../domain/facts.js';
import type { ParameterUse } from '../parameters/types.js';
import type { Text } from '../text.js';

export type Scalar = number | string | boolean;

/** A value a criterion compares: a computed variable, a dated parameter, a fact, a literal or arithmetic. */
export type Operand =
  | { var: string }
  /** A parameter at the reference date; `by` names the variable whose value indexes the table. */
  | { param: string; by?: string; key?: string }
  /** A typed fact of the subject; with `field`, one of its fields. Absence follows the fact's `whenAbsent`. */
  | { fact: FactKind; field?: string }
  /** A literal that is not a legal amount (a code, a flag, zero). Legal numbers are parameters. */
  | { value: Scalar | string[]; label?: Text }
  /**
   * Whether the subject (scope person) or any household member (scope household) receives another
   * program, from the benefit history (`programRecipient` facts). The program must list it in `dependsOn`.
   */
  | { receives: string; scope: 'person' | 'household'; label: Text }
  /** Arithmetic on money and rates; results are floored to whole won. */
  | { calc: 'mul' | 'add' | 'sub' | 'min' | 'max'; args: Operand[]; label: Text };

export type CompareOp = '<=' | '<' | '>=' | '>' | '==' | '!=' | 'in' | 'notIn' | 'contains';

/** The criteria DSL: declarative trees that compile to a fast evaluator and explain themselves. */
export type Criterion =
  | { type: 'compare'; label: Text; left: Operand; op: CompareOp; right: Operand }
  | { type: 'all' | 'any'; label?: Text; of: Criterion[] }
  | { type: 'not'; label: Text; of: Criterion }
  /** Quantifies over household members; inside `where`, `person.*` refers to each member in turn. */
  | {
      type: 'members';
      quantifier: 'some' | 'every' | 'none';
      label: Text;
      where: Criterion;
      excludeSubject?: boolean;
    }
  | {
      type: 'count';
      label: Text;
      where: Criterion;
      op: '<=' | '<' | '>=' | '>' | '==';
      right: Operand;
      excludeSubject?: boolean;
    }
  /** A rule the sources state without a threshold, or one needing a caseworker's judgement: always undetermined. */
  | { type: 'judgement'; label: Text; needs: Text };

export type Outcome = 'eligible' | 'ineligible' | 'undetermined';

/** Data a rule needed and did not have. `dataType` is machine-readable (`income`, `fact:crisis`, `parameter:x`). */
export interface Missing {
  dataType: string;
  what: Text;
  personId?: string;
}

export interface DetailLine {
  label: Text;
  value: number | string;
}

export interface ValueView {
  label: Text;
  value: Scalar | string[];
  unit?: string;
  detail?: DetailLine[];
}

/** The explanation tree: every node says what was checked, with which values, and what came out. */
export interface Explanation {
  type: Criterion['type'];
  label: Text;
  outcome: Outcome;
  op?: CompareOp;
  actual?: ValueView;
  threshold?: ValueView;
  params?: ParameterUse[];
  missing?: Missing[];
  personId?: string;
  children?: Explanation[];
}
