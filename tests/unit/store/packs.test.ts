import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { GUIDANCE_KEY, type GuidanceState } from '../../../lib/guidance/resolved';
import { validatePack } from '../../../lib/guidance/validate';
import { LAYERS_KEY } from '../../../lib/store/pack-layers';
import {
  applyPack,
  exportPack,
  getActivePack,
  listHistory,
  removeLayer,
  rollbackTo,
  undoLastChange,
} from '../../../lib/store/packs';
import { examplePack } from '../guidance/fixtures/packs';
import { freshProfile } from './reset';

function packVersion(version: string) {
  const pack = examplePack();
  pack.version = version;
  return pack;
}

async function storedGuidance(): Promise<GuidanceState | undefined> {
  return (await fakeBrowser.storage.local.get(GUIDANCE_KEY))[GUIDANCE_KEY] as GuidanceState | undefined;
}

beforeEach(freshProfile);

describe('packs in force', () => {
  it('uses the built-in pack when nothing is stored', async () => {
    const active = await getActivePack();
    expect(active.source).toBe('builtin');
    expect(active.pack.id).toBe(BUILTIN_PACK.id);
    expect(active.notice).toBeUndefined();
  });

  it('puts a valid pack in force: resolved guidance for the tabs and a history entry', async () => {
    const result = await applyPack(JSON.stringify(packVersion('1')), 'file');
    expect(result.ok).toBe(true);
    const guidance = await storedGuidance();
    expect(guidance?.pack).toEqual({ id: 'acme-social', name: 'ACME social media guidance', version: '1' });
    expect(guidance?.source).toBe('file');
    expect(guidance?.teams.map((team) => team.id)).toEqual(['marketing', 'sales']);
    const marketing = guidance!.teams[0]!;
    expect(marketing.rules.map((rule) => rule.id)).toContain('story-now');
    expect(marketing.rules.map((rule) => rule.id)).not.toContain('roi');

    const [entry] = await listHistory();
    expect(entry).toMatchObject({
      packId: 'acme-social',
      name: 'ACME social media guidance',
      version: '1',
      source: 'file',
    });
    expect((await getActivePack()).pack.version).toBe('1');
  });

  it('changes nothing when a pack is refused', async () => {
    await applyPack(packVersion('1'), 'file');
    const before = await storedGuidance();
    const broken = packVersion('2');
    broken.teams[0].reports[0].url = 'javascript:alert(1)';
    const result = await applyPack(broken, 'editor');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('teams[0].reports[0].url');
    expect(await storedGuidance()).toEqual(before);
    expect(await listHistory()).toHaveLength(1);
    expect((await getActivePack()).pack.version).toBe('1');
  });

  it('changes nothing, not even the tabs, when the same pack is applied again', async () => {
    await applyPack(packVersion('1'), 'file');
    const changes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changed) => changes.push(...Object.keys(changed)));
    const again = await applyPack(packVersion('1'), 'file');
    expect(again.ok && again.state.pack.version).toBe('1');
    expect(changes).toEqual([]);
    expect(await listHistory()).toHaveLength(1);
  });
});

describe('history, rollback and undo', () => {
  it('lists packs newest first and rolls back to any of them', async () => {
    await applyPack(packVersion('1'), 'file');
    await applyPack(packVersion('2'), 'editor');
    await applyPack(packVersion('3'), 'editor');
    const history = await listHistory();
    expect(history.map((entry) => entry.version)).toEqual(['3', '2', '1']);

    const result = await rollbackTo(history[2]!.id);
    expect(result.ok && result.state.pack.version).toBe('1');
    expect((await getActivePack()).pack.version).toBe('1');
    expect((await listHistory()).map((entry) => entry.version)).toEqual(['1', '3', '2', '1']);
  });

  it('undoes the last change, back to the previous pack', async () => {
    await applyPack(packVersion('1'), 'file');
    await applyPack(packVersion('2'), 'editor');
    const result = await undoLastChange();
    expect(result.ok && result.state.pack.version).toBe('1');
    expect((await storedGuidance())?.pack.version).toBe('1');
  });

  it('says when there is nothing to undo or the entry is gone', async () => {
    await applyPack(packVersion('1'), 'file');
    const undo = await undoLastChange();
    expect(!undo.ok && undo.errors[0]!.code).toBe('nothing-to-undo');
    const missing = await rollbackTo(999);
    expect(!missing.ok && missing.errors[0]!.message.fr).toContain('historique');
  });

  it('rolls back to the built-in guidance', async () => {
    await applyPack(BUILTIN_PACK, 'builtin');
    await applyPack(packVersion('1'), 'file');
    const builtinEntry = (await listHistory()).find((entry) => entry.source === 'builtin')!;
    const result = await rollbackTo(builtinEntry.id);
    expect(result.ok && result.state.source).toBe('builtin');
    expect((await getActivePack()).source).toBe('builtin');
  });
});

describe('a damaged stored pack', () => {
  it('falls back to the last good pack from the history and says so', async () => {
    await applyPack(packVersion('1'), 'file');
    await applyPack(packVersion('2'), 'file');
    await fakeBrowser.storage.local.set({
      [LAYERS_KEY]: { local: { pack: { teams: 'garbage' }, source: 'file' } },
    });

    const active = await getActivePack();
    expect(active.pack.version).toBe('2');
    expect(active.notice?.en).toContain('"ACME social media guidance" (2)');
    expect(active.notice?.fr).toContain('dernier pack valide');
    expect((await storedGuidance())?.pack.version).toBe('2');
    expect((await getActivePack()).notice).toBeUndefined();
  });

  it('gives a damaged subscription layer back its last good pack and address', async () => {
    await applyPack(packVersion('local'), 'file');
    await applyPack(packVersion('remote'), 'url', 'https://packs.acme.example/pack.json');
    const layers = (await fakeBrowser.storage.local.get(LAYERS_KEY))[LAYERS_KEY] as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ [LAYERS_KEY]: { ...layers, url: { pack: null } } });

    const active = await getActivePack();
    expect(active).toMatchObject({ source: 'url', pack: { version: 'remote' } });
    expect(active.notice?.en).toContain('(remote)');
    const refused = await applyPack(packVersion('other'), 'file');
    expect(!refused.ok && refused.errors[0]!.message.en).toContain('https://packs.acme.example/pack.json');
  });

  it('falls back to the built-in pack when the history has nothing usable', async () => {
    await fakeBrowser.storage.local.set({ [LAYERS_KEY]: 'not even an object' });
    const active = await getActivePack();
    expect(active.source).toBe('builtin');
    expect(active.notice?.en).toContain('built-in guidance');
    expect((await storedGuidance())?.source).toBe('builtin');
  });
});

describe('sources', () => {
  it('refuses a local import while a subscription is in force, then falls back when unsubscribed', async () => {
    await applyPack(packVersion('local'), 'file');
    await applyPack(packVersion('remote'), 'url', 'https://packs.acme.example/pack.json');
    const refused = await applyPack(packVersion('other'), 'file');
    expect(!refused.ok && refused.errors[0]!.message.en).toContain('https://packs.acme.example/pack.json');
    expect((await getActivePack()).source).toBe('url');

    await removeLayer('url');
    expect(await getActivePack()).toMatchObject({ source: 'file', pack: { version: 'local' } });
  });

  it('lets the policy win over everything, and refuses other changes while it is set', async () => {
    await fakeBrowser.storage.managed.set({ pack: JSON.stringify(packVersion('policy')) });
    const subscribed = await applyPack(packVersion('remote'), 'url', 'https://packs.acme.example/pack.json');
    expect(!subscribed.ok && subscribed.errors[0]!.code).toBe('managed-by-policy');
    const policy = await applyPack(packVersion('policy'), 'policy');
    expect(policy.ok && policy.state.source).toBe('policy');
    const refused = await applyPack(packVersion('mine'), 'file');
    expect(!refused.ok && refused.errors[0]!.code).toBe('managed-by-policy');
  });
});

describe('export', () => {
  it('exports the pack in force as pretty JSON pointing at the schema, which imports back to the same pack', async () => {
    await applyPack(packVersion('1'), 'file');
    const text = await exportPack();
    expect(text.startsWith('{\n  "$schema": "./pack.schema.json",\n  "schemaVersion": 1')).toBe(true);
    const reimported = validatePack(text);
    expect(reimported.ok && reimported.pack).toEqual((await getActivePack()).pack);
  });
});
