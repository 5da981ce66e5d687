import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type LocalizedText, LocalizedTextSchema } from '../../../shared/datastore/manifest';

const VariableTextsSchema = z.record(
  z.string(),
  z.object({ title: LocalizedTextSchema, description: LocalizedTextSchema, subject: LocalizedTextSchema }),
);

const CodeListTextsSchema = z.array(
  z.object({
    name: z.string().min(1),
    title: LocalizedTextSchema,
    codes: z.array(z.object({ code: z.string(), nb: z.string().min(1), en: z.string().min(1) })),
    variables: z.array(z.string()),
  }),
);

/** Titles, descriptions and subjects of one variable. */
export interface VariableTexts {
  title: LocalizedText;
  description: LocalizedText;
  subject: LocalizedText;
}

/** A labelled code list from `codelists.json`. */
export type CodeListTexts = z.infer<typeof CodeListTextsSchema>[number];

/** The catalogue texts written for the project (by another hand): may be missing while being written. */
export interface CatalogTexts {
  variables: Map<string, VariableTexts>;
  codeLists: CodeListTexts[];
}

const textsPath = fileURLToPath(new URL('./texts.json', import.meta.url));
const codeListsPath = fileURLToPath(new URL('./codelists.json', import.meta.url));

function readJson<T>(path: string, schema: z.ZodType<T>, warn: (message: string) => void): T | undefined {
  if (!existsSync(path)) {
    warn(`${path} is missing: using generated titles and labels`);
    return undefined;
  }
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    warn(
      `${path} does not have the expected shape (${parsed.error.issues[0]?.message}): using generated titles and labels`,
    );
    return undefined;
  }
  return parsed.data;
}

/** Loads `texts.json` and `codelists.json` beside this file when present and well formed, warning otherwise. */
export function loadCatalogTexts(
  warn: (message: string) => void,
  paths = { texts: textsPath, codeLists: codeListsPath },
): CatalogTexts {
  const texts = readJson(paths.texts, VariableTextsSchema, warn) ?? {};
  const codeLists = readJson(paths.codeLists, CodeListTextsSchema, warn) ?? [];
  return { variables: new Map(Object.entries(texts)), codeLists };
}

/** Texts for a variable that has none yet: its name, said plainly in both languages. */
export function fallbackTexts(name: string): VariableTexts {
  const words = name.replaceAll('_', ' ');
  return {
    title: { nb: words, en: words },
    description: { nb: `Syntetisk variabel ${name}.`, en: `Synthetic variable ${name}.` },
    subject: { nb: 'Uten emne', en: 'No subject' },
  };
}
