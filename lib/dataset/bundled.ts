/** The bundled packs, compiled from data/ by `npm run dataset -- build` into .generated/bundle.json. */
import raw from '../../.generated/bundle.json?raw';
import rawEntities from '../../.generated/entities.txt?raw';
import { loadCompiledPacks, type CompiledPack, type StoredCompiledPack } from './compiled';

let cached: CompiledPack[] | undefined;

/** Parsed once per worker life; the entities stay unparsed text until a card needs one. */
export function bundledPacks(): CompiledPack[] {
  return (cached ??= loadCompiledPacks(JSON.parse(raw) as StoredCompiledPack[], rawEntities));
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
