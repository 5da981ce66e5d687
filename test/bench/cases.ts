import type { BenchCase } from './case';
import { checkScriptBench, compileScriptBench } from './check-script';
import { engineImportBench } from './engine-import';
import { engineReferenceScriptBench } from './engine-reference-script';
import { modelLogitBench, modelOlsBench } from './model-ols-logit';
import { practiceReferenceBench } from './practice-browser';

/** Every benchmark case, in the order `npm run bench` runs them. Each issue appends its own. */
export const benchCases: BenchCase[] = [
  checkScriptBench,
  compileScriptBench,
  practiceReferenceBench,
  engineReferenceScriptBench,
  engineImportBench,
  modelOlsBench,
  modelLogitBench,
];
