import { checkConsistency } from './pack-consistency';
import { type PackIssue, packIssue, ROOT_PATH, shorten } from './pack-errors';
import { checkPatternsAndExamples } from './pack-patterns';
import { type Pack, packSchema } from './schema';
import { packIssuesFromZod } from './zod-issues';

/**
 * Largest pack accepted, as UTF-8 JSON. The built-in pack is a few KB; 512 KB leaves room for 20 teams
 * of 200 rules while keeping storage.local (10 MB, holding up to three packs) and every open tab's
 * copy of the resolved guidance small.
 */
export const PACK_SIZE_LIMIT = 512 * 1024;

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackIssue[] };

/** Line and column of a JSON.parse failure: V8 says "(line 3 column 5)" or only "at position 42". */
function parseErrorPlace(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: PackIssue } {
  try {
    // A byte-order mark from a Windows editor is not an error a manager can see.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 appends the place and a quote of the text; keep just the reason.
    const detail = shorten(
      message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/, "[\s\S]*$/, ''),
      120,
    );
    const place = parseErrorPlace(message, text);
    return {
      ok: false,
      issue: place
        ? packIssue(ROOT_PATH, 'not-json-at', { ...place, detail })
        : packIssue(ROOT_PATH, 'not-json', { detail }),
    };
  }
}

function sizeInBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Everything a pack must pass before it is put in force, in order: size, JSON syntax, the format
 * (zod), unique ids and known reports, patterns that compile and stay cheap, and the rules' own
 * examples. Strings with HTML in them pass: every string is rendered as text, never parsed as markup.
 */
export function validatePack(input: string | unknown): PackValidation {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
  const size = sizeInBytes(text);
  if (size > PACK_SIZE_LIMIT) {
    return {
      ok: false,
      errors: [
        packIssue(ROOT_PATH, 'too-large', {
          size: Math.ceil(size / 1024),
          limit: PACK_SIZE_LIMIT / 1024,
        }),
      ],
    };
  }
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.issue] };
    value = parsed.value;
  }
  const result = packSchema.safeParse(value);
  if (!result.success) return { ok: false, errors: packIssuesFromZod(result.error.issues, value) };

  const pack = result.data;
  const errors = [...checkConsistency(pack), ...checkPatternsAndExamples(pack)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}
