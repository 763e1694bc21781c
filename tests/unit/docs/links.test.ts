import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests run from the project root (happy-dom's URL cannot make file paths from import.meta.url).
const ROOT = process.cwd();
const README_MAX_LINES = 200;

/**
 * Pages another branch is writing (the classifier's page comes with the detection work). A link to one
 * may wait for it; once the page exists, its entry must go, so the list cannot hide a broken link.
 */
const PAGES_ON_THEIR_WAY = new Set<string>([]);

function markdownFiles(): string[] {
  const inDocs = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return inDocs(relative);
      return entry.name.endsWith('.md') ? [relative] : [];
    });
  return ['README.md', ...inDocs('docs')];
}

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The text outside fenced code blocks and inline code, where a link is a link. */
const prose = (markdown: string): string =>
  markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');

/** Link and image targets: [text](target), ![alt](target), <img src="…">, <a href="…">. */
function targets(markdown: string): string[] {
  const text = prose(markdown);
  const found = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  found.push(...[...text.matchAll(/<(?:img|a)\s[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]!));
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutCode = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** What is wrong with one relative target of `file`, or undefined when it resolves. */
function problem(file: string, target: string): string | undefined {
  const [pathPart = '', anchor] = target.split('#');
  const resolved = pathPart
    ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(pathPart)))
    : file;
  if (PAGES_ON_THEIR_WAY.has(resolved)) return undefined;
  const absolute = path.join(ROOT, resolved);
  if (!existsSync(absolute)) return `${target}: no file ${resolved}`;
  if (
    anchor &&
    resolved.endsWith('.md') &&
    statSync(absolute).isFile() &&
    !anchors(read(resolved)).has(anchor)
  )
    return `${target}: no heading #${anchor} in ${resolved}`;
  return undefined;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe('README and docs/', () => {
  const files = markdownFiles();

  it('link only to files and headings that exist', () => {
    const broken = files.flatMap((file) =>
      targets(read(file))
        .filter((target) => !isExternal(target))
        .flatMap((target) => {
          const found = problem(file, target);
          return found ? [`${file}: ${found}`] : [];
        }),
    );
    expect(broken).toEqual([]);
  });

  it('mention only npm commands that package.json has', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const missing = files.flatMap((file) =>
      [...read(file).matchAll(/\bnpm (?:run ([\w:.-]+)|(start|test)\b)/g)]
        .map((match) => match[1] ?? match[2]!)
        .filter((name) => !(name in scripts))
        .map((name) => `${file}: npm run ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('keep the README a front door', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('list among the pages on their way only pages that do not exist yet', () => {
    expect([...PAGES_ON_THEIR_WAY].filter((page) => existsSync(path.join(ROOT, page)))).toEqual([]);
  });
});
