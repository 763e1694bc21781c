import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { bundledOutput } from './bundle-on-the-fly';
import { FIXTURE_HOSTS } from './fixture-hosts';

/** One request as the server saw it (privacy tests check that no draft text ever leaves). */
export interface RecordedRequest {
  method: string;
  /** e.g. https://mail.google.com/mail/u/0/ */
  url: string;
  host: string;
  pathname: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A string or bytes as is; anything else is sent as JSON. */
  body?: unknown;
}

export type RouteHandler = (request: RecordedRequest) => RouteResponse | Promise<RouteResponse>;

export interface FixtureServer {
  /** HTTPS; the browser sends every host name here. */
  port: number;
  /** Plain HTTP, for http:// URLs on port 80 (not for google.com names: HSTS preload makes them https). */
  httpPort: number;
  /** Every request served so far, oldest first. */
  requests: RecordedRequest[];
  /** Answers `https://host/path` (query ignored) from code; returns a function that removes the route. */
  route(url: string, handler: RouteHandler): () => void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * A local server for every fixture site on one random port of 127.0.0.1. The browser resolves all host
 * names here, and the Host header picks the fixture folder, so `https://mail.google.com/mail/u/0/` is
 * served from tests/e2e/fixtures/gmail/index.html. TLS uses a certificate made at startup (the browser
 * is told to accept it); plain http:// has its own port.
 */
export async function startFixtureServer(
  hosts: Record<string, string> = FIXTURE_HOSTS,
): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'better-brief-fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, RouteHandler>();

  const handle = (secure: boolean) => async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const recorded = await record(req, secure);
      requests.push(recorded);
      // Pages fetch from other fixture hosts (packs, feeds): let them, preflight included.
      if (recorded.method === 'OPTIONS') return send(res, { status: 204, headers: PREFLIGHT_HEADERS });
      const handler = routes.get(routeKey(recorded.host, recorded.pathname));
      if (handler) return send(res, await handler(recorded));
      const folder = hosts[recorded.host];
      if (folder) return await serveFile(res, folder, recorded.pathname);
      send(res, { status: 404, body: `No fixture for ${recorded.host}` });
    } catch (error) {
      send(res, { status: 500, body: String(error) });
    }
  };

  const servers = [
    https.createServer({ key: pems.private, cert: pems.cert }, handle(true)),
    http.createServer(handle(false)),
  ] as const;
  const sockets = new Set<Socket>();
  for (const server of servers) {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  const [tlsServer, plainServer] = servers;

  return {
    port: (tlsServer.address() as AddressInfo).port,
    httpPort: (plainServer.address() as AddressInfo).port,
    requests,
    route(url, handler) {
      const { host, pathname } = new URL(url);
      const key = routeKey(host, pathname);
      routes.set(key, handler);
      return () => routes.delete(key);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(
        servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
    },
  };
}

const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, HEAD, POST, PUT, DELETE',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

const routeKey = (host: string, pathname: string): string => `${host}${pathname}`;

async function record(req: IncomingMessage, secure: boolean): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${host}`);
  return {
    method: req.method ?? 'GET',
    url: url.href,
    host,
    pathname: url.pathname,
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

function send(res: ServerResponse, response: RouteResponse): void {
  const { status = 200, headers = {}, body = '' } = response;
  const isRaw = typeof body === 'string' || body instanceof Uint8Array;
  const payload = isRaw ? body : JSON.stringify(body);
  const contentType = isRaw ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': '*',
    ...headers,
  });
  res.end(payload);
}

/** A file of the folder; a path without a file (an app route like /mail/u/0/) gets index.html. */
async function serveFile(res: ServerResponse, folder: string, pathname: string): Promise<void> {
  const root = path.resolve(folder);
  let file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return send(res, { status: 403, body: 'Outside the fixture folder' });
  }
  const isFile = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  let contents: Uint8Array | null = isFile ? await readFile(file) : await bundledOutput(file);
  if (!contents && !path.extname(file)) {
    file = path.join(root, 'index.html');
    contents = await readFile(file).catch(() => null);
  }
  if (!contents) return send(res, { status: 404, body: `Not found: ${pathname}` });
  const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  send(res, { headers: { 'content-type': contentType }, body: contents });
}
