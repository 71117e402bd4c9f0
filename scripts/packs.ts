import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../lib/dataset/schema';

/** The compiled bundled packs (run `npm run dataset -- build` first; postinstall does). */
export function loadGeneratedPacks(): Pack[] {
  const file = join(import.meta.dirname, '..', '.generated', 'packs.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Pack[];
  } catch {
    process.stderr.write(`missing ${file}: run \`npm run dataset -- build\`\n`);
    process.exit(1);
  }
}


function generatedList(name: string): string[] {
  try {
    return JSON.parse(readFileSync(join(import.meta.dirname, '..', '.generated', name), 'utf8')) as string[];
  } catch {
    return [];
  }
}

/** The given names and surnames compiled with the packs. */
export const loadGeneratedGivenNames = () => generatedList('given-names.json');
export const loadGeneratedSurnames = () => generatedList('surnames.json');
