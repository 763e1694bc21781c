import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Fixture pages that need npm editor libraries (Quill, Lexical, Slate, CKEditor…) keep a `main.ts`
 * (or `.tsx`) beside their HTML and refer to `main.js` / `main.css`; the server bundles the entry the
 * first time one of its outputs is asked for. Cached per entry and its modification time, so a fixture
 * edited between runs is rebuilt.
 */
const cache = new Map<string, { mtimeMs: number; outputs: Map<string, Uint8Array> }>();

const ENTRY_EXTENSIONS = ['.ts', '.tsx'];
const OUTPUT_EXTENSIONS = new Set(['.js', '.css']);

/** The bundled contents for a requested `X.js`/`X.css` whose `X.ts(x)` exists, else null. */
export async function bundledOutput(requestedFile: string): Promise<Uint8Array | null> {
  const extension = path.extname(requestedFile);
  if (!OUTPUT_EXTENSIONS.has(extension)) return null;
  const stem = requestedFile.slice(0, -extension.length);
  const entry = ENTRY_EXTENSIONS.map((ext) => stem + ext).find((file) => existsSync(file));
  if (!entry) return null;

  const { mtimeMs } = statSync(entry);
  let cached = cache.get(entry);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      outdir: path.dirname(entry),
      sourcemap: 'inline',
      jsx: 'automatic',
      loader: { '.svg': 'text' },
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    cached = { mtimeMs, outputs: new Map(result.outputFiles.map((file) => [file.path, file.contents])) };
    cache.set(entry, cached);
  }
  return cached.outputs.get(requestedFile) ?? null;
}
