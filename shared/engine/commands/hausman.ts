import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { chi2Upper } from '../models/distributions';
import { invertSpd, quadratic } from '../models/linalg';
import { modelLevels } from '../models/report';
import { fitPanelStep } from '../models/run-panel';
import { envelopeOf } from '../models/step';
import type { RawModelCell } from '../protect/model';

const exact = (value: number): RawModelCell => ({ value, format: 'number' });

/** `hausman`: fixed against random effects; chi² = (b − B)'(V_b − V_B)⁻¹(b − B) over the common slopes. */
export async function runHausman(step: StepOf<'hausman'>, ctx: EngineContext): Promise<undefined> {
  const fe = await fitPanelStep(step, ctx, 'fe');
  const re = await fitPanelStep(step, ctx, 're');
  const common = fe.fit.labels.filter((l) => l !== '_cons' && re.fit.labels.includes(l));
  const bi = common.map((l) => fe.fit.labels.indexOf(l));
  const ri = common.map((l) => re.fit.labels.indexOf(l));
  const diff = common.map((_, j) => fe.fit.estimate[bi[j]!]! - re.fit.estimate[ri[j]!]!);
  const vd = fe.fit.vcov.selection(bi, bi).sub(re.fit.vcov.selection(ri, ri));
  const chi2 = quadratic(invertSpd(vd), diff);
  const { facts, design } = fe;
  ctx.emit({
    ...envelopeOf(step),
    kind: 'model',
    facts: { units: facts.n, residualDf: fe.fit.residualDf, levels: modelLevels(design, facts) },
    tables: [
      {
        title: `Hausman test (fe against re): ${step.dependent.name}`,
        rowDimensions: [step.dependent.name],
        columns: [
          { key: 'fe', label: '(b) fe' },
          { key: 're', label: '(B) re' },
          { key: 'difference', label: '(b-B) Difference' },
          { key: 'se', label: 'sqrt(diag(V_b-V_B))' },
        ],
        rows: common.map((label, j) => ({
          header: [label],
          cells: [
            exact(fe.fit.estimate[bi[j]!]!),
            exact(re.fit.estimate[ri[j]!]!),
            exact(diff[j]!),
            exact(Math.sqrt(Math.max(0, vd.get(j, j)))),
          ],
        })),
        notes: [
          {
            nb: 'b er konsistent under H0 og H1; B er konsistent under H1 og effisient under H0',
            en: 'b is consistent under H0 and Ha; B is inconsistent under Ha, efficient under H0',
          },
        ],
      },
      {
        title: 'Hausman test: statistics',
        rowDimensions: ['statistic'],
        columns: [{ key: 'value', label: 'Value' }],
        rows: [
          { header: ['Number of obs'], cells: [{ count: { units: facts.n, keySum: facts.keySum } }] },
          { header: [`chi2(${common.length})`], cells: [exact(chi2)] },
          { header: ['Prob > chi2'], cells: [exact(chi2Upper(chi2, common.length))] },
        ],
        notes: [],
      },
    ],
    chart: null,
  });
  return undefined;
}
