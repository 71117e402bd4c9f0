/**
 * The published pack format (JSON). Bundled packs are compiled into it from data/*.yaml, and a
 * reader's own pack must follow it too: `schema/pack.schema.json` is generated from these schemas.
 */
import * as v from 'valibot';

export const PACK_FORMAT = 'backstory-pack/1';

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const QID = /^Q[1-9]\d*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const Slug = v.pipe(v.string(), v.maxLength(120), v.regex(SLUG, 'must be a lower-case slug'));
export const DateString = v.pipe(v.string(), v.regex(DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
export const Wikidata = v.pipe(v.string(), v.regex(QID, 'must be a Wikidata id like Q42'));
export const Country = v.pipe(v.string(), v.regex(COUNTRY, 'must be an ISO 3166-1 alpha-2 code'));
export const Domain = v.pipe(v.string(), v.toLowerCase(), v.regex(DOMAIN, 'must be a domain name'));

/** Only http(s) links: `javascript:`, `data:` and the like are rejected at the boundary. */
export const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url('must be a URL'),
  v.check((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
);

export const Source = v.strictObject({
  url: HttpUrl,
  title: text(300),
  checked: v.optional(DateString),
});
export type Source = v.InferOutput<typeof Source>;

export const Alias = v.strictObject({
  name: text(200),
  lang: v.optional(v.pipe(v.string(), v.regex(LANG, 'must be a language tag'))),
});
export type Alias = v.InferOutput<typeof Alias>;

export const DatedFact = v.strictObject({ date: DateString, source: Source });
export type DatedFact = v.InferOutput<typeof DatedFact>;

export const OFFICE_END_REASONS = [
  'term_ended',
  'resigned',
  'abdicated',
  'died',
  'removed',
  'coup',
  'no_confidence',
  'abolished',
  'other',
] as const;
export type OfficeEndReason = (typeof OFFICE_END_REASONS)[number];

export const Office = v.pipe(
  v.strictObject({
    role: text(200),
    office: v.optional(Slug),
    country: v.optional(Country),
    start: v.optional(DateString),
    end: v.optional(DateString),
    ended: v.optional(v.picklist(OFFICE_END_REASONS)),
    acting: v.optional(v.boolean()),
    note: v.optional(text(300)),
    source: Source,
  }),
  v.check((o) => !o.start || !o.end || o.start <= o.end, 'start must not be after end'),
  v.check((o) => !o.ended || !!o.end, '`ended` needs an `end` date'),
);
export type Office = v.InferOutput<typeof Office>;

const common = {
  id: Slug,
  name: text(200),
  wikidata: v.optional(Wikidata),
  country: v.optional(Country),
  aliases: v.optional(v.pipe(v.array(Alias), v.maxLength(200)), []),
  description: v.optional(text(400)),
  note: v.optional(text(400)),
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'), v.maxLength(50)),
};

export const Person = v.pipe(
  v.strictObject({
    type: v.literal('person'),
    ...common,
    short: v.optional(v.pipe(v.array(text(100)), v.maxLength(20))),
    born: v.optional(DatedFact),
    died: v.optional(DatedFact),
    offices: v.optional(v.pipe(v.array(Office), v.maxLength(200)), []),
  }),
  v.check(
    (p) => !p.born || !p.died || p.born.date <= p.died.date,
    'born must not be after died',
  ),
  v.check(
    (p) => !p.died || p.offices.every((o) => !o.end || o.end.slice(0, 4) <= p.died!.date.slice(0, 4) && (o.end.length < 10 || p.died!.date.length < 10 || o.end <= p.died!.date)),
    'no office may end after death',
  ),
);
export type Person = v.InferOutput<typeof Person>;

export const OUTLET_KINDS = ['news_agency', 'newspaper', 'broadcaster', 'online', 'magazine'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const Outlet = v.strictObject({
  type: v.literal('outlet'),
  ...common,
  kind: v.picklist(OUTLET_KINDS),
  languages: v.optional(v.array(v.pipe(v.string(), v.regex(LANG))), []),
  domains: v.optional(v.pipe(v.array(Domain), v.maxLength(100)), []),
  founded: v.optional(DateString),
  owner: v.optional(Slug),
});
export type Outlet = v.InferOutput<typeof Outlet>;

export const ORGANIZATION_KINDS = [
  'government',
  'ministry',
  'parliament',
  'military',
  'armed_group',
  'intergovernmental',
  'party',
  'ngo',
  'think_tank',
  'pollster',
  'company',
  'media_group',
  'court',
  'agency',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const Organization = v.strictObject({
  type: v.literal('organization'),
  ...common,
  kind: v.picklist(ORGANIZATION_KINDS),
  domains: v.optional(v.pipe(v.array(Domain), v.maxLength(100)), []),
  founded: v.optional(DateString),
  owner: v.optional(Slug),
});
export type Organization = v.InferOutput<typeof Organization>;

export const Entity = v.variant('type', [Person, Outlet, Organization]);
export type Entity = v.InferOutput<typeof Entity>;
export type EntityType = Entity['type'];

export const STATE_CODES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const;
export type StateCode = (typeof STATE_CODES)[number];
export const STATE_LABELS: Record<StateCode, string> = {
  SC: 'state-controlled',
  CaPu: 'captured public/state-managed',
  CaPr: 'captured private',
  ISFM: 'independent state-funded and state-managed',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};

export const StateAffiliation = v.strictObject({
  entity: Slug,
  code: v.picklist(STATE_CODES),
  assessor: text(200),
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  source: Source,
});
export type StateAffiliation = v.InferOutput<typeof StateAffiliation>;

export const MAX_PACK_ENTITIES = 100_000;

export const Pack = v.strictObject({
  format: v.literal(PACK_FORMAT),
  id: Slug,
  name: text(120),
  description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000)), ''),
  version: text(40),
  checked: DateString,
  license: text(200),
  attribution: v.optional(text(1000)),
  homepage: v.optional(HttpUrl),
  entities: v.optional(v.pipe(v.array(Entity), v.maxLength(MAX_PACK_ENTITIES)), []),
  stateAffiliations: v.optional(v.pipe(v.array(StateAffiliation), v.maxLength(MAX_PACK_ENTITIES)), []),
});
export type Pack = v.InferOutput<typeof Pack>;
export type PackInput = v.InferInput<typeof Pack>;

export interface SchemaIssue {
  /** JSON path of the offending value, like `$.entities[3].offices[0].start`. */
  path: string;
  message: string;
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '$';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): SchemaIssue[] {
  return issues.map((i) => ({ path: issuePath(i), message: i.message }));
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; issues: SchemaIssue[] };

/** Validates a pack and the rules a schema cannot say: unique ids and domains, known owners. */
export function validatePack(input: unknown): PackResult {
  const parsed = v.safeParse(Pack, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.issues) };
  const pack = parsed.output;
  const issues: SchemaIssue[] = [];
  const ids = new Map<string, number>();
  const domains = new Map<string, string>();
  pack.entities.forEach((e, i) => {
    const seen = ids.get(e.id);
    if (seen !== undefined) issues.push({ path: `$.entities[${i}].id`, message: `duplicate id "${e.id}" (also $.entities[${seen}])` });
    else ids.set(e.id, i);
    if (e.type !== 'person') {
      e.domains.forEach((d, j) => {
        const owner = domains.get(d);
        if (owner && owner !== e.id) issues.push({ path: `$.entities[${i}].domains[${j}]`, message: `domain "${d}" already belongs to "${owner}"` });
        else domains.set(d, e.id);
      });
    }
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, pack };
}
