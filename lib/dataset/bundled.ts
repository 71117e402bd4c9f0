/** The bundled packs, compiled from data/ by `npm run dataset -- build` into .generated/packs.json. */
import raw from '../../.generated/packs.json?raw';
import type { Pack } from './schema';

let cached: Pack[] | undefined;

/** Parsed once; the string form keeps the bundle cheap to load (JSON.parse beats a JS literal). */
export function bundledPacks(): Pack[] {
  return (cached ??= JSON.parse(raw) as Pack[]);
}
