/**
 * Reader settings: a typed defaults object is the schema; stored values are validated field by
 * field, and a bad value is reset to its default (and reported) rather than breaking the rest.
 */
import * as v from 'valibot';

/** v2 added `packOrder`. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS = {
  /** run on article pages by itself, or only when the toolbar icon is clicked */
  autoRun: true,
  /** highlight names in the page */
  highlights: true,
  /** hover cards over highlighted names */
  hoverCards: true,
  /** hosts (and their subdomains) where Backstory never runs */
  neverRunOn: [] as string[],
  /** bundled or imported packs switched off */
  disabledPacks: [] as string[],
  /** show the age notice for articles older than this many months */
  ageNoticeMonths: 12,
  /** pack ids, highest priority first; packs not listed follow, imported before bundled */
  packOrder: [] as string[],
};
export type Settings = typeof DEFAULT_SETTINGS;

const HOST = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(253), v.regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/));
const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  autoRun: v.boolean(),
  highlights: v.boolean(),
  hoverCards: v.boolean(),
  neverRunOn: v.pipe(v.array(HOST), v.maxLength(5000)),
  disabledPacks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(500)),
  ageNoticeMonths: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  packOrder: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(500)),
};

/** Ordered migrations: each takes the stored value of the version before it. */
export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  2: (old) => ({ ...old, packOrder: [] }),
};

export const SETTINGS_EXPORT_FORMAT = 'backstory-settings';

export type SettingsImport =
  | { ok: true; settings: Settings; reset: (keyof Settings)[] }
  | { ok: false; error: string };

/** A settings file from "Export settings": refused whole if it is from a newer version or broken. */
export function parseSettingsExport(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  const d = data as { format?: unknown; version?: unknown; settings?: unknown };
  if (!d || typeof d !== 'object' || d.format !== SETTINGS_EXPORT_FORMAT) return { ok: false, error: 'not a Backstory settings file' };
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) return { ok: false, error: 'the file has no valid version' };
  if (d.version > SETTINGS_VERSION) return { ok: false, error: `the file is from a newer version of Backstory (settings v${d.version}; this one reads up to v${SETTINGS_VERSION}); nothing was changed` };
  let raw = (d.settings ?? {}) as Record<string, unknown>;
  for (let v2 = d.version + 1; v2 <= SETTINGS_VERSION; v2++) raw = SETTINGS_MIGRATIONS[v2]?.(raw) ?? raw;
  const { settings, reset } = validateSettings(raw);
  return { ok: true, settings, reset };
}

export function settingsExport(settings: Settings): string {
  return JSON.stringify({ format: SETTINGS_EXPORT_FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}

export interface SettingsCheck {
  settings: Settings;
  /** fields that were reset to their defaults */
  reset: (keyof Settings)[];
}

export function validateSettings(input: unknown): SettingsCheck {
  const raw = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  const reset: (keyof Settings)[] = [];
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in raw)) continue;
    const r = v.safeParse(FIELDS[key], raw[key]);
    if (r.success) settings[key] = r.output;
    else reset.push(key);
  }
  return { settings: settings as Settings, reset };
}

/** True when `host` is listed, or is a subdomain of a listed host. */
export function isSiteOff(host: string, neverRunOn: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return neverRunOn.some((s) => h === s || h.endsWith(`.${s}`));
}
