import { z } from 'zod';
import type { QueryBudgetState } from '../disclosure/budget';
import type { DisclosureConfig } from '../disclosure/config';

/** The gate's memory within one workspace: the query budget and fingerprints of outputs already released. */
export interface GateState {
  budget: QueryBudgetState;
  releasedFingerprints: Set<string>;
}

/** A fresh gate state for a new workspace. */
export function newGateState(): GateState {
  return { budget: { used: 0 }, releasedFingerprints: new Set() };
}

const StoredGateStateSchema = z.object({
  used: z.number().int().nonnegative(),
  fingerprints: z.array(z.string().regex(/^[0-9a-f]{28}$/)),
});

/** The gate state as JSON, for a workspace that outlives one run (the server keeps it beside the workspace). */
export function gateStateToJson(state: GateState): string {
  return JSON.stringify({ used: state.budget.used, fingerprints: [...state.releasedFingerprints] });
}

/**
 * The gate state stored by `gateStateToJson`. Fails closed: stored state that cannot be read would otherwise
 * hand the workspace a fresh budget, so it comes back as a spent budget with no remembered outputs, and every
 * new output is refused until the workspace is reset.
 */
export function gateStateFromJson(json: string, config: DisclosureConfig): GateState {
  let parsed: z.infer<typeof StoredGateStateSchema> | undefined;
  try {
    parsed = StoredGateStateSchema.parse(JSON.parse(json));
  } catch {
    parsed = undefined;
  }
  if (!parsed) return { budget: { used: config.budget.maxQueries }, releasedFingerprints: new Set() };
  return { budget: { used: parsed.used }, releasedFingerprints: new Set(parsed.fingerprints) };
}
