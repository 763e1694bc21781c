import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPack, getActivePack, listHistory } from '../../../lib/store/packs';
import {
  getSubscription,
  PackChangeRefused,
  refreshSubscription,
  setSubscription,
} from '../../../lib/store/subscription';
import { examplePack } from '../guidance/fixtures/packs';
import { freshProfile } from './reset';

const URL_A = 'https://packs.acme.example/pack.json';

function packVersion(version: string): string {
  const pack = examplePack();
  pack.version = version;
  return JSON.stringify(pack);
}

/** A fake server: answers queued responses in order and remembers the request headers. */
function serve(...answers: Array<() => Response>) {
  const requests: Headers[] = [];
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
    requests.push(new Headers(init?.headers));
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

const ok =
  (body: string, etag = '"v1"') =>
  () =>
    new Response(body, {
      status: 200,
      headers: { ETag: etag, 'Last-Modified': 'Sat, 28 Nov 2026 10:00:00 GMT' },
    });
const notModified = () => () => new Response(null, { status: 304 });

beforeEach(freshProfile);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pack subscription', () => {
  it('fetches and puts the pack in force on subscribing', async () => {
    serve(ok(packVersion('remote-1')));
    const status = await setSubscription(URL_A);
    expect(status).toMatchObject({ url: URL_A, etag: '"v1"', lastModified: 'Sat, 28 Nov 2026 10:00:00 GMT' });
    expect(status.lastSuccessAt).toBeDefined();
    expect(status.lastError).toBeUndefined();
    expect(await getActivePack()).toMatchObject({ source: 'url', pack: { version: 'remote-1' } });
    expect(await getSubscription()).toEqual(status);
  });

  it('asks conditionally and keeps the pack on 304 Not Modified', async () => {
    const server = serve(ok(packVersion('remote-1')), notModified());
    await setSubscription(URL_A);
    const status = await refreshSubscription();
    expect(server.requests[1]!.get('If-None-Match')).toBe('"v1"');
    expect(server.requests[1]!.get('If-Modified-Since')).toBe('Sat, 28 Nov 2026 10:00:00 GMT');
    expect(status.etag).toBe('"v1"');
    expect((await getActivePack()).pack.version).toBe('remote-1');
    expect(await listHistory()).toHaveLength(1);
  });

  it('keeps the last good pack when the new one is broken, and records the error and its time', async () => {
    const broken = JSON.parse(packVersion('remote-2'));
    delete broken.teams[0].rules[0].why.fr;
    serve(ok(packVersion('remote-1')), ok(JSON.stringify(broken), '"v2"'));
    await setSubscription(URL_A);
    const status = await refreshSubscription();
    expect(status.lastError?.en).toContain('teams[0].rules[0].why.fr');
    expect(status.lastError?.fr).toContain('refusé');
    expect(status.lastErrorAt).toBeDefined();
    expect(status.etag).toBe('"v1"');
    expect((await getActivePack()).pack.version).toBe('remote-1');
  });

  it('keeps the last good pack on a network error or an HTTP error', async () => {
    serve(
      ok(packVersion('remote-1')),
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => new Response('oops', { status: 500 }),
    );
    await setSubscription(URL_A);
    const offline = await refreshSubscription();
    expect(offline.lastError?.en).toContain(
      'Could not reach https://packs.acme.example/pack.json: Failed to fetch',
    );
    const failing = await refreshSubscription();
    expect(failing.lastError?.fr).toContain('HTTP 500');
    expect(failing.lastSuccessAt).toBe(offline.lastSuccessAt);
    expect((await getActivePack()).pack.version).toBe('remote-1');
  });

  it('clears the error once the address answers again', async () => {
    serve(
      () => {
        throw new TypeError('Failed to fetch');
      },
      ok(packVersion('remote-1')),
    );
    expect((await setSubscription(URL_A)).lastError).toBeDefined();
    const status = await refreshSubscription();
    expect(status.lastError).toBeUndefined();
    expect(status.lastErrorAt).toBeUndefined();
  });

  it('refuses an address that is not HTTPS, without storing it', async () => {
    const fetchMock = serve().fetchMock;
    for (const url of ['http://packs.acme.example/pack.json', 'javascript:alert(1)', 'packs.acme.example']) {
      await expect(setSubscription(url)).rejects.toBeInstanceOf(PackChangeRefused);
    }
    await expect(setSubscription('ftp://x.example/p')).rejects.toMatchObject({
      reason: { fr: expect.stringContaining('https://') },
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await getSubscription()).url).toBeNull();
  });

  it('falls back to the local pack on unsubscribing', async () => {
    serve(ok(packVersion('remote-1')));
    await applyPack(packVersion('local'), 'file');
    await setSubscription(URL_A);
    expect((await getActivePack()).source).toBe('url');
    expect(await setSubscription(null)).toEqual({ url: null });
    expect(await getActivePack()).toMatchObject({ source: 'file', pack: { version: 'local' } });
  });

  it('does not send stale validators when the subscribed pack is no longer the one in force', async () => {
    const server = serve(ok(packVersion('remote-1')), ok(packVersion('remote-1')));
    await setSubscription(URL_A);
    await fakeBrowser.storage.local.remove('packLayers');
    await refreshSubscription();
    expect(server.requests[1]!.get('If-None-Match')).toBeNull();
    expect((await getActivePack()).source).toBe('url');
  });

  it('is refused while the organisation sets the pack', async () => {
    await fakeBrowser.storage.managed.set({ packUrl: 'https://it.acme.example/pack.json' });
    await expect(setSubscription(URL_A)).rejects.toMatchObject({
      reason: { en: expect.stringContaining('policy') },
    });
  });
});
