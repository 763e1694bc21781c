import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPackJsonSchema,
  packJsonSchemaText,
  SAFE_LINK_PATTERN,
} from '../../../lib/guidance/json-schema';

// Tests run from the project root (happy-dom's URL cannot make file paths from import.meta.url).
const publishedPath = resolve(process.cwd(), 'public/pack.schema.json');

/** Every `pattern` found under a property named `name` anywhere in the schema. */
function patternsOf(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) patternsOf(item, name, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name && value && typeof value === 'object' && 'pattern' in value) {
        found.push(String((value as { pattern: unknown }).pattern));
      }
      patternsOf(value, name, found);
    }
  }
  return found;
}

describe('published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(publishedPath, 'utf8')).toBe(packJsonSchemaText());
  });

  it('restricts report, contact and request-form links to http(s) and mailto, like the extension', () => {
    const schema = buildPackJsonSchema();
    // A report's url and the "How we work" request form's url.
    expect(patternsOf(schema, 'url')).toEqual([SAFE_LINK_PATTERN, SAFE_LINK_PATTERN]);
    expect(patternsOf(schema, 'link')).toEqual([SAFE_LINK_PATTERN]);
    const link = new RegExp(SAFE_LINK_PATTERN, 'u');
    for (const good of [
      'https://analytics.acme.example/x',
      'http://intranet/x',
      'mailto:social@acme.example',
    ]) {
      expect(link.test(good)).toBe(true);
    }
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'mailto:nobody',
      'https:///x',
    ]) {
      expect(link.test(bad)).toBe(false);
    }
  });

  it('describes what a manager writes: fields with defaults are optional', () => {
    const schema = buildPackJsonSchema() as { required: string[]; $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'id', 'name', 'version', 'teams']);
  });
});
