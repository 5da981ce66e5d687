import { z } from 'zod';
import { commandList, type RegisteredCommand } from './commands/registry';

/** Typed expression trees of plan steps. */
export type { TypedExpr } from './plan-expression';

/** A datastore the plan reads: its alias in the script, name, and the version asked for and used. */
export const PlanDatastoreSchema = z.object({
  alias: z.string(),
  name: z.string(),
  versionRequested: z.string().nullable(),
  versionUsed: z.string(),
});
/** A datastore the plan reads. */
export type PlanDatastore = z.infer<typeof PlanDatastoreSchema>;

/** One step of a plan: a union on `kind`, one variant per command, each with its `span` and `line`. */
export type Step = z.infer<RegisteredCommand['stepSchema']>;

/** The step of one command kind. */
export type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

/** Every step kind. */
export type StepKind = Step['kind'];

const stepSchemas = commandList.map((c) => c.stepSchema) as unknown as [
  z.ZodType<Step>,
  ...z.ZodType<Step>[],
];

/** Zod schema of one step. */
export const StepSchema = z.union(stepSchemas) as unknown as z.ZodType<Step>;

/** A checked script, ready to run: versioned, JSON-serialisable, needing no catalogue to execute. */
export interface Plan {
  version: 1;
  datastores: PlanDatastore[];
  steps: Step[];
}

/** Zod schema of a plan; the server validates every plan with it again. */
export const PlanSchema: z.ZodType<Plan> = z.object({
  version: z.literal(1),
  datastores: z.array(PlanDatastoreSchema),
  steps: z.array(z.discriminatedUnion('kind', commandList.map((c) => c.stepSchema) as never)),
}) as unknown as z.ZodType<Plan>;
