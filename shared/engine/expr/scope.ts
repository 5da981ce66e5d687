import type { TypedExpr } from '../../lang/plan';
import type { DatasetView } from '../dataset-view';

/** One compiled argument: its SQL and the typed node it came from. */
export interface SqlArg {
  sql: string;
  expr: TypedExpr;
}

/** What a function compiler may use besides its arguments: the dataset and fresh lambda names. */
export interface ExprScope {
  view: DatasetView;
  /** A lambda parameter name no column can have (`@` starts only hidden columns, and none is named like this). */
  fresh(): string;
}

/** Compiles one call of a language function to SQL from its compiled arguments. */
export type FunctionSql = (args: readonly SqlArg[], scope: ExprScope) => string;
