/**
 * Dev script: reads the reference catalogue (`../shared/catalog/variables.json`) and writes the
 * project's own `facts.json` beside this file. Run it with `npx tsx server/synth/catalog/import-reference.ts`.
 *
 * It carries over facts only (names, unit types, temporalities, value types, validity, code values and
 * their frequencies, numeric hints, which variables hold ids), never the Norwegian description sentences.
 *
 * The reference holds 736 keys; one of them, `distribution`, is not a variable but a stray table of
 * municipality shares that sits among the variables. It is skipped and listed under `skipped`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { referenceDir } from '../../config/paths';
import { type FactsFile, FactsFileSchema, factsPath, type VariableFact } from './facts';
import { buildFacts } from './reference-facts';

/** Reads the reference catalogue at `catalogDir` and returns the facts file content. */
export function importReference(catalogDir: string): FactsFile {
  const raw = JSON.parse(readFileSync(path.join(catalogDir, 'variables.json'), 'utf8')) as {
    variables: Record<string, unknown>;
  };
  const { variables, skipped } = buildFacts(raw.variables);
  return FactsFileSchema.parse({
    source: 'microdata.no reference catalogue (../shared/catalog/variables.json), facts only',
    skipped,
    variables,
  });
}

function summary(variables: VariableFact[]): string {
  const inferred = variables.filter((v) => v.inferred).map((v) => `${v.name} (${v.inferred})`);
  return `${variables.length} variables; inferred facts: ${inferred.length ? inferred.join('; ') : 'none'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const facts = importReference(path.join(referenceDir, 'catalog'));
  writeFileSync(factsPath, `${JSON.stringify(facts, null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), factsPath)}: ${summary(facts.variables)}`);
  for (const skip of facts.skipped) console.log(`skipped ${skip.name}: ${skip.reason}`);
}
