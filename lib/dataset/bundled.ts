/** The bundled packs, compiled from data/ by `npm run dataset -- build` into .generated/bundle.json. */
import raw from '../../.generated/bundle.json?raw';
import type { CompiledPack } from './compiled';

let cached: CompiledPack[] | undefined;

/** Parsed once per worker life; entities inside stay unparsed until a card needs them. */
export function bundledPacks(): CompiledPack[] {
  return (cached ??= JSON.parse(raw) as CompiledPack[]);
}

import rawNames from '../../.generated/given-names.json?raw';

let names: string[] | undefined;

/** Given names for spotting people who are not in the dataset (folded). */
export function bundledGivenNames(): string[] {
  return (names ??= JSON.parse(rawNames) as string[]);
}

import rawSurnames from '../../.generated/surnames.json?raw';

let surnames: string[] | undefined;

/** Surnames of the dataset's people (folded): "Grace Mugabe" is a person even if not in the data. */
export function bundledSurnames(): string[] {
  return (surnames ??= JSON.parse(rawSurnames) as string[]);
}
