import type { z } from 'zod/mini';
import { formatPath, type PackIssue, packIssue, packIssueByLang, shorten } from './pack-errors';
import { SCHEMA_VERSION } from './schema';

type ZodIssue = z.core.$ZodIssue;

/** The raw value at a path of the unparsed input, to tell "missing" from "of the wrong type". */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeFound(value: unknown, lang: 'en' | 'fr'): string {
  if (value === undefined) return lang === 'en' ? 'nothing' : 'rien';
  return shorten(JSON.stringify(value) ?? String(value), 40);
}

/** Which kind of regex field failed, from where it sits in the pack. */
function formatIssue(path: readonly PropertyKey[], format: string): PackIssue['code'] {
  if (format === 'date') return 'invalid-date';
  if (path.includes('extraSites')) return 'invalid-site';
  const parent = path[path.length - 2];
  const last = path[path.length - 1];
  if (last === 'id' || parent === 'disabledRules' || parent === 'reports') return 'invalid-id';
  return 'invalid-value';
}

/**
 * Turns zod's issues (English, developer-worded) into pack issues with a path and a message in
 * both languages. Unknown keys become one issue each, at the key's own path.
 */
export function packIssuesFromZod(issues: readonly ZodIssue[], input: unknown): PackIssue[] {
  return issues.flatMap((issue): PackIssue[] => {
    const path = issue.path;
    const at = formatPath(path);
    if (path.length === 1 && path[0] === 'schemaVersion') {
      const found = valueAt(input, path);
      return [
        packIssueByLang(at, 'schema-version', (lang) => ({
          expected: SCHEMA_VERSION,
          found: describeFound(found, lang),
        })),
      ];
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) =>
          packIssue(formatPath([...path, key]), 'unknown-field', { field: key }),
        );
      case 'invalid_type': {
        if (valueAt(input, path) !== undefined)
          return [packIssue(at, 'wrong-type', { expected: issue.expected })];
        const last = path[path.length - 1];
        if (last === 'en' || last === 'fr') return [packIssue(at, 'missing-translation', { lang: last })];
        return [packIssue(at, 'missing-field', { field: String(last ?? '') })];
      }
      case 'invalid_value':
        return [packIssue(at, 'invalid-choice', { values: issue.values.map(String).join(', ') })];
      case 'too_big':
        return issue.origin === 'string'
          ? [packIssue(at, 'too-long', { maximum: Number(issue.maximum) })]
          : [packIssue(at, 'too-many', { maximum: Number(issue.maximum) })];
      case 'too_small':
        return issue.origin === 'string'
          ? [packIssue(at, 'too-short')]
          : [packIssue(at, 'too-few', { minimum: Number(issue.minimum) })];
      case 'invalid_format':
        return [packIssue(at, formatIssue(path, issue.format), { detail: issue.message })];
      case 'invalid_key':
        return [packIssue(at, 'invalid-id')];
      case 'custom':
        // The only refinement in the schema is the safe-link check.
        return [packIssue(at, 'unsafe-link', { link: shorten(String(valueAt(input, path)), 60) })];
      default:
        return [packIssue(at, 'invalid-value', { detail: issue.message })];
    }
  });
}
