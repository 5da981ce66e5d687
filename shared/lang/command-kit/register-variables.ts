import type { VariableMeta } from '../../datastore/manifest';
import type { DateArg, RegisterVarArg } from '../ast';
import type { CheckContext } from '../check-context';
import { closestName } from '../suggest';
import { type DatasetState, kindOf, type VariableState } from '../workspace';
import type { RegisterVariable } from './shared';

/** A register variable found in a required datastore. */
export interface ResolvedRegisterVariable {
  meta: VariableMeta;
  plan: RegisterVariable;
}

/** Finds `alias/NAME`; reports a missing require or an unknown name; null when not found or its datastore failed. */
export function resolveRegisterVariable(
  ctx: CheckContext,
  rv: RegisterVarArg,
): ResolvedRegisterVariable | null {
  const use = ctx.ws.datastores.get(rv.alias);
  if (!use) {
    ctx.sink.report('missing-require', rv.aliasSpan, { alias: rv.alias });
    return null;
  }
  if (!use.catalog) return null;
  const meta = use.catalog.variable(rv.name);
  if (!meta) {
    const hint = closestName(rv.name, use.catalog.variableNames());
    ctx.sink.report('unknown-register-variable', rv.nameSpan, { name: rv.name, datastore: use.name, hint });
    return null;
  }
  return {
    meta,
    plan: {
      datastore: use.name,
      alias: rv.alias,
      name: meta.name,
      unitType: meta.unitType,
      temporality: meta.temporality,
      valueType: meta.valueType,
      codeList: meta.codeList,
      pseudonymOf: meta.pseudonymOf,
    },
  };
}

/** Reports a date outside the variable's validity period. */
export function checkValidity(ctx: CheckContext, meta: VariableMeta, date: DateArg): boolean {
  const from = meta.validFrom ?? '0000-01-01';
  const to = meta.validTo ?? '9999-12-31';
  if (date.iso >= from && date.iso <= to) return true;
  ctx.sink.report('date-outside-validity', date.span, {
    name: meta.name,
    date: date.iso,
    from: meta.validFrom ?? '…',
    to: meta.validTo ?? '…',
  });
  return false;
}

/** Checks that the dataset's units fit the variable's, and sets them on the first import. */
export function checkUnit(
  ctx: CheckContext,
  ds: DatasetState,
  meta: VariableMeta,
  at: RegisterVarArg,
): boolean {
  if (ds.unit === null) {
    ds.unit = { kind: 'unit', unitType: meta.unitType };
    return true;
  }
  if (ds.unit.kind === 'unit' && ds.unit.unitType === meta.unitType) return true;
  ctx.sink.report('unit-type-mismatch', at.span, {
    dataset: ds.name,
    unit: ds.unit.kind === 'unit' ? ds.unit.unitType : `values of ${ds.unit.variable}`,
    name: meta.name,
    other: meta.unitType,
  });
  return false;
}

/** The workspace form of an imported variable. */
export function importedVariable(name: string, meta: VariableMeta): VariableState {
  return {
    name,
    type: kindOf(meta.valueType),
    valueType: meta.valueType,
    pseudonymOf: meta.pseudonymOf,
    labels: meta.codeList,
    source: meta.name,
  };
}
