import { XMLParser } from 'fast-xml-parser';
import { isSafeLink } from '../guidance/links';

/** One entry of a manager's report feed, reduced to what the popup shows. Titles are plain text. */
export interface FeedItem {
  id: string;
  title: string;
  url: string;
  /** ISO timestamp, when the feed gave a readable date. */
  date?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

export type FeedErrorCode = 'not-a-feed' | 'malformed' | 'network' | 'http' | 'too-large';

/** A feed that could not be used. `code` picks the message shown to people; `detail` is for the curious. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'FeedError';
  }
}

/** The popup shows a handful; a feed with years of history should not fill the cache. */
export const MAX_FEED_ITEMS = 10;

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Element text whether the parser gave a string, a number, or an object with attributes. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (isNode(value)) return textOf(value['#text']);
  return undefined;
}

/** Feed titles may be HTML; they are only ever shown as text, so drop the tags rather than show them. */
function plainTitle(value: unknown): string | undefined {
  return textOf(value)
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Resolves relative links against the feed's address and keeps web and mail links only. */
function safeUrl(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const absolute = new URL(link, base).href;
    return isSafeLink(absolute) ? absolute : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

interface RawItem {
  id?: string;
  title?: string;
  link?: string;
  date?: string;
}

function finish(title: string | undefined, raw: RawItem[], base: string): ParsedFeed {
  const items: FeedItem[] = [];
  for (const entry of raw) {
    const url = safeUrl(entry.link, base);
    if (!url) continue;
    const date = isoDate(entry.date);
    items.push({ id: entry.id ?? url, title: entry.title || url, url, ...(date ? { date } : {}) });
  }
  // Newest first; undated entries keep their feed order after the dated ones.
  items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return { ...(title ? { title } : {}), items: items.slice(0, MAX_FEED_ITEMS) };
}

function parseJsonFeed(body: string, base: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new FeedError('malformed', `invalid JSON: ${(error as Error).message}`);
  }
  if (!isNode(data) || typeof data.version !== 'string' || !data.version.includes('jsonfeed.org')) {
    throw new FeedError('not-a-feed', 'JSON without a jsonfeed.org "version"');
  }
  const raw = asArray(data.items)
    .filter(isNode)
    .map((item) => ({
      id: textOf(item.id),
      title: plainTitle(item.title) ?? plainTitle(item.summary),
      link: textOf(item.url) ?? textOf(item.external_url),
      date: textOf(item.date_published) ?? textOf(item.date_modified),
    }));
  return finish(plainTitle(data.title), raw, base);
}

/** Atom links are elements with attributes; the page itself is the one without rel or with rel="alternate". */
function atomLink(value: unknown): string | undefined {
  const links = asArray(value).filter(isNode);
  const page = links.find((link) => !link['@_rel'] || link['@_rel'] === 'alternate') ?? links[0];
  return page ? textOf(page['@_href']) : undefined;
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep ids and titles such as "2026" as strings.
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function parseXmlFeed(body: string, base: string): ParsedFeed {
  let doc: Node;
  try {
    doc = xmlParser.parse(body, true) as Node;
  } catch (error) {
    throw new FeedError('malformed', `invalid XML: ${(error as Error).message}`);
  }
  const rss = doc.rss;
  if (isNode(rss) && isNode(rss.channel)) {
    const channel = rss.channel;
    const raw = asArray(channel.item)
      .filter(isNode)
      .map((item) => ({
        id: textOf(item.guid),
        title: plainTitle(item.title),
        link: textOf(asArray(item.link)[0]),
        date: textOf(item.pubDate),
      }));
    return finish(plainTitle(channel.title), raw, base);
  }
  const feed = doc.feed;
  if (isNode(feed)) {
    const raw = asArray(feed.entry)
      .filter(isNode)
      .map((entry) => ({
        id: textOf(entry.id),
        title: plainTitle(entry.title),
        link: atomLink(entry.link),
        date: textOf(entry.updated) ?? textOf(entry.published),
      }));
    return finish(plainTitle(feed.title), raw, base);
  }
  throw new FeedError('not-a-feed', 'XML that is neither RSS 2.0 nor Atom');
}

/**
 * Reads a JSON Feed, RSS 2.0 or Atom document. Throws a FeedError when it is none of them, so that
 * the caller can keep its last good copy. `base` is the feed's own address (for relative links).
 */
export function parseFeed(body: string, base: string): ParsedFeed {
  const start = body.trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start, base);
  // The usual mistake: the address of the reports page instead of its feed. Say so, not "damaged XML".
  if (/^<(!doctype html|html)[\s>]/i.test(start))
    throw new FeedError('not-a-feed', 'an HTML page, not a feed');
  if (start.startsWith('<')) return parseXmlFeed(start, base);
  throw new FeedError('not-a-feed', 'neither JSON nor XML');
}
