/**
 * Reader settings: a typed defaults object is the schema; stored values are validated field by
 * field, and a bad value is reset to its default (and reported) rather than breaking the rest.
 */
import * as v from 'valibot';

export const SETTINGS_VERSION = 1;

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
};

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
