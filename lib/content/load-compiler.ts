import type { PublicPath } from 'wxt/browser';
import { type CompileTeam, publishedCompiler } from '../guidance/compiler-slot';
import { importOwnFile } from './import-own-file';

/** Built by entrypoints/compiler.ts; web-accessible (wxt.config.ts) so that import() may load it. */
const COMPILER_FILE: PublicPath = '/compiler.js';

/** The pattern compiler, imported from the extension's own file into this content script's isolated world. */
export async function loadCompiler(): Promise<CompileTeam> {
  await importOwnFile(COMPILER_FILE);
  const compile = publishedCompiler();
  if (!compile) throw new Error(`Better Brief: ${COMPILER_FILE} left no compiler`);
  return compile;
}
