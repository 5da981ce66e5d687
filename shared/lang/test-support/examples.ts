import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reference folder beside the project (`../shared` from the repository root); never copied in. */
export const referenceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');

/** Every example script under `../shared/examples/`, as paths relative to that folder. */
export function exampleFiles(): string[] {
  const root = path.join(referenceDir, 'examples');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.txt')) out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out;
}

/** The text of an example script. */
export function readExample(relative: string): string {
  return readFileSync(path.join(referenceDir, 'examples', relative), 'utf8');
}
