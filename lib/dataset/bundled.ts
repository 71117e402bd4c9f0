/** The bundled packs, compiled from data/ by `npm run dataset -- build` into .generated/bundle.json. */
import raw from '../../.generated/bundle.json?raw';
import type { CompiledPack } from './compiled';

let cached: CompiledPack[] | undefined;

/** Parsed once per worker life; entities inside stay unparsed until a card needs them. */
export function bundledPacks(): CompiledPack[] {
  return (cached ??= JSON.parse(raw) as CompiledPack[]);
}
