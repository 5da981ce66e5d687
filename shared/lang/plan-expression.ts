import { z } from 'zod';
import { ValueTypeSchema } from '../datastore/manifest';

/** The type of an expression's value: numbers (dates too), strings, or the bare missing value `.`. */
export const ExprTypeSchema = z.enum(['number', 'string', 'missing']);
/** Result type of an expression node. */
export type ExprType = z.infer<typeof ExprTypeSchema>;

/** Operators of typed binary nodes; `++` joins strings. */
export const BinaryOpSchema = z.enum([
  '++',
  '+',
  '-',
  '*',
  '/',
  '^',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '&',
  '|',
]);

/** A typed expression tree: every node has its kind and result type; variables are columns of the dataset in use. */
export type TypedExpr =
  | { kind: 'number'; type: 'number'; value: number }
  | { kind: 'string'; type: 'string'; value: string }
  | { kind: 'date'; type: 'number'; iso: string; days: number }
  | { kind: 'missing'; type: 'missing' }
  | { kind: 'column'; type: 'number' | 'string'; name: string; valueType: z.infer<typeof ValueTypeSchema> }
  | { kind: 'unary'; type: 'number'; op: '-' | '!'; operand: TypedExpr }
  | { kind: 'binary'; type: ExprType; op: z.infer<typeof BinaryOpSchema>; left: TypedExpr; right: TypedExpr }
  | { kind: 'call'; type: ExprType; function: string; args: TypedExpr[] };

/** Zod schema of a typed expression (recursive). */
export const TypedExprSchema: z.ZodType<TypedExpr> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('number'), type: z.literal('number'), value: z.number() }),
    z.object({ kind: z.literal('string'), type: z.literal('string'), value: z.string() }),
    z.object({ kind: z.literal('date'), type: z.literal('number'), iso: z.string(), days: z.number().int() }),
    z.object({ kind: z.literal('missing'), type: z.literal('missing') }),
    z.object({
      kind: z.literal('column'),
      type: z.enum(['number', 'string']),
      name: z.string(),
      valueType: ValueTypeSchema,
    }),
    z.object({
      kind: z.literal('unary'),
      type: z.literal('number'),
      op: z.enum(['-', '!']),
      operand: TypedExprSchema,
    }),
    z.object({
      kind: z.literal('binary'),
      type: ExprTypeSchema,
      op: BinaryOpSchema,
      left: TypedExprSchema,
      right: TypedExprSchema,
    }),
    z.object({
      kind: z.literal('call'),
      type: ExprTypeSchema,
      function: z.string(),
      args: z.array(TypedExprSchema),
    }),
  ]),
);
