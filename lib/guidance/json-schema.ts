import { z } from 'zod/mini';
import { SAFE_LINK_PATTERN } from './links';
import { packSchema, safeLink } from './schema';

/**
 * What exported packs put in "$schema". A relative address: editors (VS Code, JetBrains) resolve it
 * next to the pack file, so a manager who keeps pack.schema.json beside the pack gets completion
 * and validation offline. The file is public/pack.schema.json in the repository and in the extension.
 */
export const PACK_SCHEMA_URL = './pack.schema.json';

// z.toJSONSchema cannot express a refinement: without SAFE_LINK_PATTERN the published schema would
// accept javascript: links that the extension refuses.
export { SAFE_LINK_PATTERN };

/**
 * The published JSON Schema, generated from the zod schema. `io: 'input'` describes what a manager
 * writes: fields with defaults are optional there.
 */
export function buildPackJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(packSchema, {
    io: 'input',
    override: (context) => {
      if (context.zodSchema === safeLink) context.jsonSchema.pattern = SAFE_LINK_PATTERN;
    },
  });
  return {
    $schema: generated.$schema,
    $id: 'pack.schema.json',
    title: 'Better Brief guidance pack',
    description:
      'Generated from lib/guidance/schema.ts by `npm run schema`; do not edit by hand. Strings are shown as text, never HTML.',
    ...generated,
  };
}

/** The file's exact text, so the check compares bytes and a stale file fails CI. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
