import { toJsonSchema } from '@valibot/to-json-schema';
import { Pack } from './schema';

/** The published JSON Schema for packs (schema/pack.schema.json), generated from the valibot schema. */
export function packJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(Pack, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $id: 'https://github.com/backstory-extension/backstory/schema/pack.schema.json',
    title: 'Backstory dataset pack',
    description:
      'A pack of people, news outlets and organisations with sourced facts, as read by the Backstory extension. Every fact carries its source (http(s) URL, title, date checked). Cross-entity rules not expressible here: ids and domains are unique within a pack.',
    ...schema,
  };
}
