import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { referenceDir } from '../../server/config/paths';
import type { DatastoreManifest, VariableMeta } from '../../shared/datastore/manifest';
import { type Catalog, catalogFromManifest } from '../../shared/lang/catalog';
import { commands } from '../../shared/lang/commands/registry';
import { compile } from '../../shared/lang/compile';
import { lex } from '../../shared/lang/lexer';
import { type BenchCase, medianSeconds } from './case';

const UNITS: Record<string, VariableMeta['unitType']> = {
  Person: 'person',
  Kommune: 'municipality',
  Jobb: 'job',
  Kjøretøy: 'vehicle',
  Kurs: 'course',
  Trafikkulykke: 'traffic-accident',
  'Person i trafikkulykke': 'accident-person',
  Behandlingsopphold: 'hospital-stay',
  Målepunkt: 'metering-point',
};
const TEMPORALITY: Record<string, VariableMeta['temporality']> = {
  Fast: 'FIXED',
  Tverrsnitt: 'STATUS',
  Akkumulert: 'ACCUMULATED',
  Forløp: 'EVENT',
};

interface ReferenceEntry {
  temporalitet?: string;
  enhetstype?: string;
  microdata_datatype?: string;
}

/** A catalogue over the reference variables, so that this case needs no generated datastore. */
function referenceCatalog(): Catalog {
  const file = path.join(referenceDir, 'catalog', 'variables.json');
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { variables: Record<string, ReferenceEntry> })
    .variables;
  const text = { nb: '-', en: '-' };
  const variables: VariableMeta[] = Object.entries(entries).flatMap(([name, v]) => {
    const unitType = UNITS[v.enhetstype ?? ''];
    const temporality = TEMPORALITY[v.temporalitet ?? ''];
    if (!unitType || !temporality || !/^[A-Z][A-Z0-9_]*$/.test(name)) return [];
    const valueType = v.microdata_datatype?.startsWith('Alfanumerisk') ? 'string' : 'decimal';
    const open = temporality === 'FIXED';
    return [
      {
        name,
        unitType,
        temporality,
        valueType,
        codeList: null,
        validFrom: open ? null : '1900-01-01',
        validTo: open ? null : '2099-12-31',
        title: text,
        description: text,
        subject: text,
        pseudonymOf: /_FNR$|_PERSON$/.test(name) ? 'person' : null,
      },
    ];
  });
  const manifest: DatastoreManifest = {
    formatVersion: 1,
    name: 'no.ssb.fdb',
    version: '1.0.0.0',
    description: text,
    synthetic: true,
    unitTypes: [{ name: 'person', idVariable: 'PERSONID_1', title: text }],
    variables,
    codeLists: [],
  };
  return catalogFromManifest(manifest);
}

/** At least `lines` lines of real scripts: the examples one after another, each after a `clear`. */
function exampleScript(lines: number): string {
  const root = path.join(referenceDir, 'examples');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.txt')) files.push(full);
    }
  };
  walk(root);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const text = readFileSync(files[i % files.length]!, 'utf8');
    parts.push(`clear\n${text}\n`);
    count += text.split('\n').length + 1;
  }
  return parts.join('').split('\n').slice(0, lines).join('\n');
}

function scriptCase(name: string, withPlan: boolean): BenchCase {
  return {
    name,
    needsDatastore: false,
    async run() {
      const catalog = referenceCatalog();
      const text = exampleScript(1000);
      const isCommand = (command: string) => commands.has(command);
      const seconds = await medianSeconds(() => compile(text, [catalog], { plan: withPlan }), 21);
      const baselineSeconds = await medianSeconds(() => lex(text, { isCommand }), 21);
      return { seconds, baselineSeconds };
    },
  };
}

/**
 * Checking speed, as the editor checks while typing: lexer, loops and bindings, parser and checker
 * on 1,000 lines of the example scripts, giving diagnostics. The baseline is tokenizing the same text,
 * the least any checker must do, measured in the same run; the ratio is what checking costs on top of
 * reading it. Target: under 50 ms for the 1,000 lines.
 */
export const checkScriptBench = scriptCase('check-1000-lines', false);

/** The same, plus building the plan and validating it with `PlanSchema`, as the server compiles before running. */
export const compileScriptBench = scriptCase('compile-1000-lines', true);
