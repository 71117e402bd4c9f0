/**
 * A reader's own pack, from a file: everything checked before anything is stored. Errors give the
 * JSON path and the reason; a file over the limits is refused with the limit.
 */
import { MAX_PACK_ENTITIES, validatePack, type Pack, type SchemaIssue } from './schema';

export const MAX_PACK_BYTES = 25 * 1024 * 1024;
const MAX_ISSUES_SHOWN = 50;

export type ImportResult = { ok: true; pack: Pack } | { ok: false; errors: SchemaIssue[] };

const fail = (message: string, path = '$'): ImportResult => ({ ok: false, errors: [{ path, message }] });

export function checkPackImport(text: string, takenIds: readonly string[]): ImportResult {
  if (text.length > MAX_PACK_BYTES) return fail(`the file is ${(text.length / 1048576).toFixed(1)} MB; packs may be up to ${MAX_PACK_BYTES / 1048576} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message.slice(0, 200)}) — is the file complete?`);
  }
  const entities = (data as { entities?: unknown })?.entities;
  if (Array.isArray(entities) && entities.length > MAX_PACK_ENTITIES) return fail(`${entities.length} entities; a pack may hold up to ${MAX_PACK_ENTITIES}`, '$.entities');
  const r = validatePack(data);
  if (!r.ok) {
    const shown = r.issues.slice(0, MAX_ISSUES_SHOWN);
    if (r.issues.length > shown.length) shown.push({ path: '$', message: `…and ${r.issues.length - shown.length} more errors` });
    return { ok: false, errors: shown };
  }
  if (takenIds.includes(r.pack.id)) return fail(`a pack with the id "${r.pack.id}" is already installed; remove it first to replace it`, '$.id');
  return { ok: true, pack: r.pack };
}
