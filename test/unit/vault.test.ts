import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createCryptoBox, memoryKeyStore, type KeyStore } from '@/utils/crypto-box';
import { createVault, migrateVaultV1, vaultClockItem, vaultItem, type Binding, type PutInput } from '@/utils/vault';
import { readNotices } from '@/utils/stored';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWF2eXNldCJ9.c2lnbmF0dXJlLXNhbmRib3gtdmFsdWUtMTIzNDU2Nzg';
const ACME: Binding = { configId: 'cfg_acme', organization: 'Acme Roofing — Main CRM' };
const SUMMIT: Binding = { configId: 'cfg_summit', organization: 'Summit Roofing — Main CRM' };

describe('vault', () => {
  let clock: Date;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = new Date('2026-11-23T10:00:00Z');
  });
  const make = (keys: KeyStore = memoryKeyStore()) => createVault(createCryptoBox(keys), { now: () => clock });
  const token = (over: Partial<PutInput> = {}): PutInput => ({
    binding: ACME,
    crm: 'leap',
    field: 'apiToken',
    value: TOKEN,
    source: 'https://www.jobprogress.com/app/#/settings/developers',
    how: 'page',
    onChange: 'ask',
    ...over,
  });

  it('keeps values sealed at rest and opens them again', async () => {
    const vault = make();
    expect(await vault.put(token())).toEqual({ outcome: 'stored', lastFour: TOKEN.slice(-4) });
    const raw = JSON.stringify(await vaultItem.getValue());
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(TOKEN.slice(0, 20));
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);
    expect(await vault.unsentCount()).toBe(1);
  });

  it('survives a restarted worker: a new vault with the same key store reads the value', async () => {
    const keys = memoryKeyStore();
    await make(keys).put(token());
    expect((await make(keys).value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);
  });

  it('binds a value to its config: another config never gets it, and a sealed value moved to it does not open', async () => {
    const vault = make();
    await vault.put(token());
    expect(await vault.value('cfg_summit', 'leap', 'apiToken')).toBeUndefined();
    expect(await vault.list('leap', 'cfg_summit')).toEqual([]);
    // Storage edited by hand (or by a bug): Acme's sealed token under Summit's key.
    const data = await vaultItem.getValue();
    const acme = data['cfg_acme:leap:apiToken']!;
    await vaultItem.setValue({ 'cfg_summit:leap:apiToken': { ...acme, configId: 'cfg_summit', organization: SUMMIT.organization } });
    expect(await vault.value('cfg_summit', 'leap', 'apiToken')).toBeUndefined();
    await expect.poll(async () => Object.keys(await vaultItem.getValue())).toEqual([]);
    expect((await readNotices())[0]).toMatch(/could not be decrypted .* capture it again/);
  });

  it('says unchanged for the same value; a different value from the page waits for the person, typed ones replace', async () => {
    const vault = make();
    await vault.put(token());
    expect((await vault.put(token())).outcome).toBe('unchanged');
    clock = new Date('2026-11-23T11:00:00Z');
    expect(await vault.put(token({ value: `${TOKEN}planted` }))).toEqual({ outcome: 'proposed', lastFour: 'nted' });
    const waiting = await vault.get('cfg_acme', 'leap', 'apiToken');
    expect(waiting?.lastFour).toBe(TOKEN.slice(-4));
    expect(waiting?.proposed?.lastFour).toBe('nted');
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);
    await vault.decide('cfg_acme', 'leap', 'apiToken', 'held');
    expect((await vault.get('cfg_acme', 'leap', 'apiToken'))?.proposed).toBeUndefined();
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);

    await vault.put(token({ value: `${TOKEN}x`, how: 'pasted', onChange: 'replace' }));
    const entry = await vault.get('cfg_acme', 'leap', 'apiToken');
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(`${TOKEN}x`);
    expect(entry?.history).toEqual([{ capturedAt: '2026-11-23T10:00:00.000Z', replacedAt: '2026-11-23T11:00:00.000Z', wasSent: false }]);
    expect(JSON.stringify(entry?.history)).not.toContain(TOKEN.slice(-8));
  });

  it('applies the proposed value when the person chooses it', async () => {
    const vault = make();
    await vault.put(token());
    await vault.put(token({ value: `${TOKEN}new` }));
    await vault.decide('cfg_acme', 'leap', 'apiToken', 'proposed');
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(`${TOKEN}new`);
    expect((await vault.get('cfg_acme', 'leap', 'apiToken'))?.history).toHaveLength(1);
  });

  it('purges the value once its captured value is confirmed sent; a value replaced during the send stays', async () => {
    const vault = make();
    await vault.put(token());
    const sentId = (await vault.value('cfg_acme', 'leap', 'apiToken'))!.id;
    await vault.put(token({ value: `${TOKEN}new`, how: 'typed', onChange: 'replace' }));
    await vault.markSent('cfg_acme', 'leap', { apiToken: sentId });
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(`${TOKEN}new`);
    expect((await vault.get('cfg_acme', 'leap', 'apiToken'))?.status).toBe('captured');

    const newId = (await vault.value('cfg_acme', 'leap', 'apiToken'))!.id;
    await vault.markSent('cfg_acme', 'leap', { apiToken: newId });
    const entry = await vault.get('cfg_acme', 'leap', 'apiToken');
    expect(entry?.status).toBe('sent');
    expect(entry?.sealed).toBeUndefined();
    expect(await vault.value('cfg_acme', 'leap', 'apiToken')).toBeUndefined();
    expect(await vault.unsentCount()).toBe(0);
  });

  it('purges values past their expiry (24 h by default), and a clock set back does not keep them longer', async () => {
    const vault = make();
    await vault.put(token());
    clock = new Date('2026-11-24T09:59:00Z');
    expect(await vault.purgeExpired()).toBe(0);
    await vault.put(token({ field: 'other', value: `${TOKEN}2` }));
    clock = new Date('2026-11-24T10:00:01Z');
    expect(await vault.purgeExpired()).toBe(1);
    expect(await vault.get('cfg_acme', 'leap', 'apiToken')).toBeUndefined();
    // The clock jumps two days back: the second value (expiring 2026-11-25T09:59) still goes on time.
    await vaultClockItem.setValue(Date.parse('2026-11-25T10:00:00Z'));
    clock = new Date('2026-11-23T10:00:00Z');
    expect(await vault.purgeExpired()).toBe(1);
  });

  it('serialises concurrent writes (no capture lost)', async () => {
    const vault = make();
    await Promise.all(
      ['tenantId', 'clientId', 'clientSecret', 'applicationKey'].map((field, i) =>
        vault.put(token({ crm: 'servicetitan', field, value: `value-${i}-0123456789` })),
      ),
    );
    expect((await vault.list('servicetitan')).map((e) => e.field).sort()).toEqual(['applicationKey', 'clientId', 'clientSecret', 'tenantId']);
  });

  it('binds values captured before a code was saved, sealing them again for that config', async () => {
    const vault = make();
    await vault.put(token({ binding: { configId: null } }));
    expect(await vault.list('leap', 'cfg_acme')).toEqual([]);
    await vault.bind('leap', { configId: 'cfg_acme', organization: ACME.organization });
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);
    expect(await vault.list('leap', null)).toEqual([]);
  });

  it('one corrupt entry among good ones loses only itself, for good, and says so', async () => {
    const vault = make();
    await vault.put(token());
    await vault.put(token({ crm: 'servicetitan', field: 'clientId', value: 'cid.abcdefghijklmnopqrstuvwxy' }));
    await vaultItem.setValue({ ...(await vaultItem.getValue()), 'x:y:z': { crm: 'leap', nonsense: true } as never });
    expect((await vault.list('leap')).map((e) => e.field)).toEqual(['apiToken']);
    expect((await vault.value('cfg_acme', 'servicetitan', 'clientId'))?.value).toBe('cid.abcdefghijklmnopqrstuvwxy');
    await expect.poll(async () => Object.keys(await vaultItem.getValue()).sort()).toEqual(['cfg_acme:leap:apiToken', 'cfg_acme:servicetitan:clientId']);
    expect(await readNotices()).toEqual(['1 captured value could not be read and was removed: capture it again.']);
  });

  it('a lost key (IndexedDB cleared) drops the values it sealed, in words, and new captures work', async () => {
    await make().put(token());
    const vault = make(memoryKeyStore()); // another key: the old one is gone
    expect(await vault.value('cfg_acme', 'leap', 'apiToken')).toBeUndefined();
    await expect.poll(async () => Object.keys(await vaultItem.getValue())).toEqual([]);
    expect((await readNotices())[0]).toMatch(/could not be decrypted/);
    expect((await vault.put(token({ value: `${TOKEN}again` }))).outcome).toBe('stored');
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(`${TOKEN}again`);
  });
});

describe('vault storage v1 → v2', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a v1 record: entries become unbound, still open, and wait to be bound', async () => {
    const keys = memoryKeyStore();
    const box = createCryptoBox(keys);
    const sealed = await box.seal(TOKEN); // v1 sealed without additional data
    const v1 = {
      'leap:apiToken': {
        crm: 'leap',
        field: 'apiToken',
        sealed,
        lastFour: TOKEN.slice(-4),
        source: 'https://www.jobprogress.com/app/#/settings/developers',
        how: 'page',
        capturedAt: '2026-11-23T10:00:00.000Z',
        expiresAt: '2099-01-01T00:00:00.000Z',
        status: 'captured',
        history: [],
      },
    };
    const migrated = migrateVaultV1(v1);
    expect(Object.keys(migrated)).toEqual(['-:leap:apiToken']);
    expect(migrated['-:leap:apiToken']).toMatchObject({ configId: null, legacy: true, crm: 'leap', field: 'apiToken' });

    // The item runs the migration when the stored record is v1 (no version meta).
    await browser.storage.local.set({ vault: v1 });
    await vaultItem.migrate();
    expect(await browser.storage.local.get('vault$')).toEqual({ vault$: { v: 2 } });
    const vault = createVault(box);
    expect((await vault.value(null, 'leap', 'apiToken'))?.value).toBe(TOKEN);
    await vault.bind('leap', { configId: 'cfg_acme', organization: ACME.organization });
    expect((await vault.value('cfg_acme', 'leap', 'apiToken'))?.value).toBe(TOKEN);
    expect((await vault.get('cfg_acme', 'leap', 'apiToken'))?.legacy).toBeUndefined();
  });
});
