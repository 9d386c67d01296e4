// The background's behaviour, one function per message, composed from the vault, the link to
// HeavySet and the send queue. Entry points only wire it (entrypoints/background.ts).
import { browser } from 'wxt/browser';
import { SettingsValues, type CrmType } from '../heavyset/contract';
import { ApiError } from '../heavyset/client';
import { describeFailure } from '../heavyset/errors';
import { createQueue, QUEUE_ALARM, type Job } from '../heavyset/queue';
import type { CryptoBox } from '../crypto-box';
import { createVault, type VaultEntry } from '../vault';
import { playbookFor } from '../crm';
import type { Playbook } from '../guide/playbook';
import type { ContentRequest, PageRequest, PopupState, Responses, ValueView, GuideState, CaptureResult } from '../messages';
import { buildChecklist } from './checklist';
import { checkValue } from '../guide/values';
import { createLink } from './link';
import { createOAuthWatcher } from './oauth-watch';
import {
  draftsItem,
  valueDraftsItem,
  VALUE_DRAFT_PREFIX,
  readProgress,
  readServerView,
  updateProgress,
  updateServerView,
  type ServerView,
} from './stores';

type Handlers = {
  [T in ContentRequest['type'] | PageRequest['type']]: (
    request: Extract<ContentRequest | PageRequest, { type: T }>,
  ) => Promise<Responses[T]>;
};

export function createService(box: CryptoBox, options: { expiryHours?: number } = {}) {
  const vault = createVault(box, options);
  const link = createLink(box);
  const labels = (crm: string) =>
    Object.fromEntries((playbookFor(crm as CrmType)?.fields ?? []).map((f) => [f.key, f.label]));
  const isReadOnly = (crm: string, field: string) =>
    playbookFor(crm as CrmType)?.fields.find((f) => f.key === field)?.readOnly === true;

  const oauth = createOAuthWatcher({
    playbookFor: (crm) => playbookFor(crm as CrmType),
    async fetchConnection(configId) {
      const linked = await link.client();
      if ('problem' in linked || linked.session.crmConfig.id !== configId) return undefined;
      try {
        const connection = await linked.client.connection(configId);
        await updateServerView(configId, { connection });
        return connection;
      } catch {
        return (await readServerView(configId)).connection;
      }
    },
    storedConnection: async (configId) => (await readServerView(configId)).connection,
  });

  const queue = createQueue({
    async client() {
      const linked = await link.client();
      if ('problem' in linked) return linked;
      return { client: linked.client, configId: linked.session.crmConfig.id, crm: linked.session.crmConfig.crmType };
    },
    valueOf: (crm, field) => vault.value(crm, field),
    fieldLabels: labels,
    isReadOnly,
    onSending: (job) => vault.setStatus(job.crm, job.fields, 'sending'),
    onWaiting: (job) => vault.setStatus(job.crm, job.fields, 'queued', job.message),
    async onSent(job, response) {
      await vault.markSent(job.crm, job.fields);
      if (job.kind === 'connection') await updateServerView(job.configId, { connection: response as ServerView['connection'] });
      else
        await updateServerView(job.configId, {
          settings: response as ServerView['settings'],
          settingsSavedAt: new Date().toISOString(),
        });
    },
    async onFailed(job, message, fieldErrors) {
      for (const field of job.fields) {
        await vault.setStatus(job.crm, [field], 'failed', fieldErrors[field] ? `HeavySet refused it: ${fieldErrors[field]}` : message);
      }
    },
    scheduleWake: async (at) => {
      await browser.alarms.create(QUEUE_ALARM, { when: at.getTime() });
    },
  });

  async function storeValue(crm: CrmType, field: string, raw: string, source: string, how: VaultEntry['how']): Promise<CaptureResult> {
    const playbook = playbookFor(crm);
    if (!playbook) return { ok: false, problem: 'This CRM is not supported.' };
    if (isReadOnly(crm, field)) return { ok: false, problem: 'HeavySet sets this value itself: it is never captured or typed here.' };
    const checked = checkValue(playbook.fields, field, raw);
    if (!checked.ok) return checked;
    const { outcome, lastFour } = await vault.put({ crm, field, value: checked.value, source, how });
    if (outcome === 'stored') await queue.forget(crm, field);
    return { ok: true, outcome, lastFour };
  }

  async function facts(crm: CrmType, configId?: string) {
    const [entries, server] = await Promise.all([vault.list(crm), configId ? readServerView(configId) : undefined]);
    const serverSet = Object.entries(server?.connection?.fields ?? {})
      .filter(([, status]) => status.set)
      .map(([key]) => key);
    return {
      entries,
      server,
      captured: entries.filter((e) => e.sealed).map((e) => e.field),
      sent: [...new Set([...entries.filter((e) => e.status === 'sent').map((e) => e.field), ...serverSet])],
      settingsSaved: server?.settings?.complete ?? false,
      verified: server?.verify?.ok ?? false,
    };
  }

  async function sessionFor(crm?: CrmType) {
    const linked = await link.client();
    if ('problem' in linked) return linked;
    if (crm && linked.session.crmConfig.crmType !== crm)
      return {
        problem: `The saved connect code is for a ${linked.session.crmConfig.crmType} configuration, not ${crm}. Paste this CRM's connect code in Settings.`,
      };
    return linked;
  }

  const problemOf = (error: unknown, playbook?: Playbook) => {
    if (!(error instanceof ApiError)) return 'Unexpected error while talking to HeavySet.';
    const f = error.failure;
    if (f.kind === 'http' && f.code === 'not_connected') {
      const trouble = playbook?.popupTroubles.find((t) => t.when === 'notConnected');
      if (trouble) return trouble.message;
    }
    return describeFailure(f, playbook ? labels(playbook.crm) : {});
  };

  async function valueViews(playbook: Playbook, entries: VaultEntry[], server?: ServerView): Promise<ValueView[]> {
    return Promise.all(
      playbook.fields.map(async (field): Promise<ValueView> => {
        const entry = entries.find((e) => e.field === field.key);
        const serverField = field.sendTo === 'connection' ? server?.connection?.fields[field.key] : undefined;
        const base: ValueView = { field: field.key, label: field.label, secret: field.secret, history: entry?.history ?? [] };
        if (serverField) base.server = serverField;
        if (field.readOnly) return { ...base, readOnly: true, history: [] };
        if (!entry) return base;
        const failed = entry.status === 'failed' || entry.status === 'queued';
        return {
          ...base,
          status: entry.status,
          lastFour: entry.lastFour,
          plain: !field.secret && entry.sealed ? await vault.open(entry) : undefined,
          check: failed && entry.error
            ? { ok: entry.status !== 'failed', message: entry.error }
            : { ok: true, message: `Format OK: ${field.format.description}` },
          source: entry.source,
          how: entry.how,
          capturedAt: entry.capturedAt,
          expiresAt: entry.sealed ? entry.expiresAt : undefined,
          sentAt: entry.sentAt,
        };
      }),
    );
  }

  let lastRefresh = 0;
  /** Refreshes what HeavySet holds, at most every 10 s, without holding up the popup. */
  function refreshServerView(configId: string) {
    if (Date.now() - lastRefresh < 10_000) return;
    lastRefresh = Date.now();
    void (async () => {
      const linked = await link.client();
      if ('problem' in linked) return;
      await link.refreshSession();
      try {
        const [connection, settings] = await Promise.all([linked.client.connection(configId), linked.client.settings(configId)]);
        await updateServerView(configId, { connection, settings });
      } catch {
        // Offline: the popup keeps the last known view; sending reports errors itself.
      }
    })();
  }

  /** What the popup shows: answered to 'popup/state' and kept ready in storage.session (popup-snapshot.ts). */
  async function popupState(): Promise<PopupState> {
    const l = await link.read();
    const empty: PopupState = {
      configured: false,
      values: [],
      checklist: [],
      queue: { state: 'idle', attempts: 0 },
      fillValues: {},
      drafts: {},
      expiryHours: vault.expiryHours,
    };
    if (!l.session || !l.code) return empty;
    const crm = l.session.crmConfig.crmType;
    const configId = l.session.crmConfig.id;
    const playbook = playbookFor(crm);
    if (!playbook) return { ...empty, configured: true, session: l.session, crm, sessionProblem: `${crm} is not supported by this version.` };
    // Independent reads at once: the popup waits for this before it shows fresh values.
    const [f, progress, queueView, drafts, valueDrafts] = await Promise.all([
      facts(crm, configId),
      readProgress(crm),
      queue.view(crm),
      draftsItem.getValue(),
      valueDraftsItem.getValue(),
    ]);
    const server = f.server;
    return {
      ...empty,
      configured: true,
      session: l.session,
      sessionProblem: l.sessionProblem,
      crm,
      values: await valueViews(playbook, f.entries, server),
      checklist: buildChecklist(playbook, progress, f),
      queue: queueView,
      settings: server?.settings ? { ...server.settings, savedAt: server.settingsSavedAt } : undefined,
      verify: server?.verify,
      connection: server?.connection,
      ...(playbook.oauth ? { oauth: await oauth.view(playbook, configId) } : {}),
      fillValues: { ...playbook.fillDefaults, ...(l.engineerEmail ? { engineerEmail: l.engineerEmail } : {}), ...progress.fill },
      drafts: { ...drafts, ...valueDrafts },
    };
  }

  const handlers: Handlers = {
    capture: (r) => storeValue(r.crm, r.field, r.value, r.source, 'page'),
    'value/set': (r) => storeValue(r.crm, r.field, r.value, 'Entered in the assistant', r.how),

    async 'guide/state'(r): Promise<GuideState> {
      const linked = await link.read();
      const f = await facts(r.crm, linked.session?.crmConfig.id);
      const progress = await readProgress(r.crm);
      const playbook = playbookFor(r.crm);
      return {
        captured: f.captured,
        sent: f.sent,
        done: [...progress.seen, ...Object.entries(progress.byHand).filter(([, d]) => d).map(([id]) => id)],
        settingsSaved: f.settingsSaved,
        verified: f.verified,
        fillValues: { ...playbook?.fillDefaults, ...(linked.engineerEmail ? { engineerEmail: linked.engineerEmail } : {}), ...progress.fill },
        ...(playbook?.oauth && linked.session ? { oauth: await oauth.view(playbook, linked.session.crmConfig.id) } : {}),
      };
    },
    async 'oauth/returned'(r) {
      const playbook = playbookFor(r.crm);
      if (!playbook?.oauth) return { ok: false, error: 'This CRM is not connected through a consent page.' };
      const linked = await sessionFor(r.crm);
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const names = Object.keys(playbook.oauth.returnParams).filter((name) => name !== 'code');
      const params = Object.fromEntries(Object.entries(r.params).filter(([name]) => names.includes(name)));
      return { ok: true, data: await oauth.returned(r.crm, linked.session.crmConfig.id, params) };
    },
    async 'guide/done'(r) {
      await updateProgress(r.crm, (p) => {
        p.seen = [...new Set([...p.seen, ...r.stepIds])];
      });
      return { ok: true, data: null };
    },

    async 'options/get'() {
      const l = await link.read();
      return { apiUrl: l.apiUrl, engineerEmail: l.engineerEmail, connectCodeLastFour: l.codeLastFour, session: l.session };
    },
    'options/save': (r) => link.save(r),

    async 'popup/state'(): Promise<PopupState> {
      const state = await popupState();
      if (state.session) refreshServerView(state.session.crmConfig.id);
      return state;
    },

    async 'value/reveal'(r) {
      const value = await vault.value(r.crm, r.field);
      return value === undefined ? { ok: false, error: 'Nothing to reveal: the value was sent (and purged) or has expired.' } : { ok: true, data: value };
    },
    async 'value/delete'(r) {
      await vault.remove(r.crm, r.field);
      await queue.forget(r.crm, r.field);
      return { ok: true, data: null };
    },

    async send(r) {
      const linked = await sessionFor(r.crm);
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const playbook = playbookFor(r.crm)!;
      const pending = (await vault.list(r.crm)).filter((e) => e.sealed);
      const configId = linked.session.crmConfig.id;
      const of = (to: 'connection' | 'settings') =>
        pending
          .filter((e) => {
            const spec = playbook.fields.find((f) => f.key === e.field);
            return spec?.sendTo === to && !spec.readOnly;
          })
          .map((e) => e.field);
      const connection = of('connection');
      const settings = of('settings');
      if (!connection.length && !settings.length)
        return { ok: false, error: 'Nothing to send yet: capture the values on the CRM pages, or paste them here.' };
      await queue.clearFailed(r.crm);
      const jobs: Job[] = [];
      if (connection.length) jobs.push(await queue.add({ crm: r.crm, configId, kind: 'connection', fields: connection }));
      if (settings.length) jobs.push(await queue.add({ crm: r.crm, configId, kind: 'settings', fields: settings }));
      for (const job of jobs) await vault.setStatus(r.crm, job.fields, 'queued');
      void queue.run(true);
      return { ok: true, data: null };
    },

    async 'settings/options'() {
      const linked = await sessionFor();
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const playbook = playbookFor(linked.session.crmConfig.crmType);
      try {
        return { ok: true, data: await linked.client.settingsOptions(linked.session.crmConfig.id) };
      } catch (error) {
        return { ok: false, error: problemOf(error, playbook) };
      }
    },

    async 'settings/save'(r) {
      const linked = await sessionFor();
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const crm = linked.session.crmConfig.crmType;
      const parsed = SettingsValues[crm].safeParse(r.values);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const label = playbookFor(crm)?.settings.find((s) => s.key === issue?.path[0])?.label ?? String(issue?.path[0] ?? 'Settings');
        return { ok: false, error: `${label}: ${issue?.message ?? 'invalid value'}` };
      }
      const configId = linked.session.crmConfig.id;
      await queue.add({ crm, configId, kind: 'settings', fields: [], settings: parsed.data });
      await queue.run(true);
      const view = await queue.view(crm);
      if (view.state === 'failed') return { ok: false, error: view.message ?? 'HeavySet refused the settings.' };
      await draftsItem.setValue({});
      return { ok: true, data: null };
    },

    async verify() {
      const linked = await sessionFor();
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const configId = linked.session.crmConfig.id;
      try {
        const result = await linked.client.verify(configId, crypto.randomUUID());
        await updateServerView(configId, { verify: { ...result, at: new Date().toISOString() } });
        lastRefresh = 0;
        refreshServerView(configId);
        return { ok: true, data: result };
      } catch (error) {
        return { ok: false, error: problemOf(error, playbookFor(linked.session.crmConfig.crmType)) };
      }
    },

    async 'checklist/tick'(r) {
      await updateProgress(r.crm, (p) => {
        p.byHand[r.stepId] = r.done;
      });
      return { ok: true, data: null };
    },
    async 'fill/set'(r) {
      await updateProgress(r.crm, (p) => {
        p.fill[r.key] = r.value.trim();
      });
      return { ok: true, data: null };
    },
    async 'draft/set'(r) {
      const item = r.key.startsWith(VALUE_DRAFT_PREFIX) ? valueDraftsItem : draftsItem;
      const drafts = { ...(await item.getValue()) };
      if (r.value === null || r.value === undefined) delete drafts[r.key];
      else drafts[r.key] = r.value;
      await item.setValue(drafts);
      return { ok: true, data: null };
    },
    async 'zoho/connect'(r) {
      const linked = await sessionFor('zoho');
      if ('problem' in linked) return { ok: false, error: linked.problem };
      const spec = playbookFor('zoho')?.oauth;
      if (r.location && spec && !spec.regions.some((region) => region.value === r.location))
        return { ok: false, error: `Unknown ${spec.regionLabel}: ${r.location}.` };
      try {
        const configId = linked.session.crmConfig.id;
        const { authorizeUrl } = await linked.client.zohoAuthorize(configId, crypto.randomUUID(), r.location);
        await oauth.started('zoho', configId, r.location ?? spec?.regions[0]?.value);
        await browser.tabs.create({ url: authorizeUrl });
        return { ok: true, data: { url: authorizeUrl } };
      } catch (error) {
        return { ok: false, error: problemOf(error, playbookFor('zoho')) };
      }
    },
  };

  return { handlers, vault, queue, link, oauth, popupState };
}
export type Service = ReturnType<typeof createService>;
