import { engineError } from '../errors';
import type { StepHandler } from './registry';

/**
 * `require store as alias`: the run's datastore must be the one the plan was checked against (same name and
 * version), or every later result would silently describe other data.
 */
export const requireHandler: StepHandler<'require'> = async (step, ctx) => {
  const { name, version } = ctx.source.manifest;
  if (step.datastore !== name || step.versionUsed !== version)
    throw engineError(
      'datastore-mismatch',
      `Skriptet ble sjekket mot ${step.datastore} ${step.versionUsed}, men kjøres mot ${name} ${version}. Sjekk skriptet på nytt.`,
      `The script was checked against ${step.datastore} ${step.versionUsed} but runs on ${name} ${version}. Check it again.`,
    );
  return undefined;
};
