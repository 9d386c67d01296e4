import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCryptoBox, memoryKeyStore } from '@/utils/crypto-box';
import { createVault, vaultItem } from '@/utils/vault';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWF2eXNldCJ9.c2lnbmF0dXJlLXNhbmRib3gtdmFsdWUtMTIzNDU2Nzg';

describe('vault', () => {
  let clock: Date;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = new Date('2026-11-23T10:00:00Z');
  });
  const make = (keys = memoryKeyStore()) => createVault(createCryptoBox(keys), { now: () => clock });

  it('keeps values sealed at rest and opens them again', async () => {
    const vault = make();
    const put = await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 'https://www.jobprogress.com/app/#/settings/developers', how: 'page' });
    expect(put).toEqual({ outcome: 'stored', lastFour: TOKEN.slice(-4) });
    const raw = JSON.stringify(await vaultItem.getValue());
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(TOKEN.slice(0, 20));
    expect(await vault.value('leap', 'apiToken')).toBe(TOKEN);
    expect(await vault.unsentCount()).toBe(1);
  });

  it('survives a restarted worker: a new vault with the same key store reads the value', async () => {
    const keys = memoryKeyStore();
    await make(keys).put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 's', how: 'page' });
    expect(await make(keys).value('leap', 'apiToken')).toBe(TOKEN);
  });

  it('says unchanged for the same value and keeps history without values for a new one', async () => {
    const vault = make();
    await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 's', how: 'page' });
    expect((await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 's', how: 'page' })).outcome).toBe('unchanged');
    clock = new Date('2026-11-23T11:00:00Z');
    await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN + 'x', source: 's', how: 'pasted' });
    const entry = await vault.get('leap', 'apiToken');
    expect(entry?.history).toEqual([{ capturedAt: '2026-11-23T10:00:00.000Z', replacedAt: '2026-11-23T11:00:00.000Z', wasSent: false }]);
    expect(JSON.stringify(entry?.history)).not.toContain(TOKEN.slice(-8));
  });

  it('purges the value once sent, keeping the record', async () => {
    const vault = make();
    await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 's', how: 'page' });
    await vault.markSent('leap', ['apiToken']);
    const entry = await vault.get('leap', 'apiToken');
    expect(entry?.status).toBe('sent');
    expect(entry?.sealed).toBeUndefined();
    expect(await vault.value('leap', 'apiToken')).toBeUndefined();
    expect(await vault.unsentCount()).toBe(0);
  });

  it('purges values past their expiry (24 h by default)', async () => {
    const vault = make();
    await vault.put({ crm: 'leap', field: 'apiToken', value: TOKEN, source: 's', how: 'page' });
    clock = new Date('2026-11-24T09:59:00Z');
    expect(await vault.purgeExpired()).toBe(0);
    clock = new Date('2026-11-24T10:00:01Z');
    expect(await vault.purgeExpired()).toBe(1);
    expect(await vault.get('leap', 'apiToken')).toBeUndefined();
  });

  it('serialises concurrent writes (no capture lost)', async () => {
    const vault = make();
    await Promise.all(
      ['tenantId', 'clientId', 'clientSecret', 'applicationKey'].map((field, i) =>
        vault.put({ crm: 'servicetitan', field, value: `value-${i}-0123456789`, source: 's', how: 'page' }),
      ),
    );
    expect((await vault.list('servicetitan')).map((e) => e.field).sort()).toEqual(['applicationKey', 'clientId', 'clientSecret', 'tenantId']);
  });
});
