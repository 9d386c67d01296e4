// What every message handler of the background shares: the vault, the link to HeavySet, the
// send queue, the OAuth watcher, and the questions they all ask (which session, what HeavySet
// holds, how to word a failure). Built once per worker start (entrypoints/background.ts).
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { CrmType } from '../heavyset/contract';
import { ApiError, type HeavySetClient } from '../heavyset/client';
import { codeRefusal, describeFailure } from '../heavyset/errors';
import { createQueue, QUEUE_ALARM, type Job, type SendQueue } from '../heavyset/queue';
import { createServerClock, type ServerClock } from '../heavyset/server-clock';
import type { Session } from '../heavyset/contract';
import type { CryptoBox } from '../crypto-box';
import { createVault, type Binding, type Vault, type VaultEntry } from '../vault';
import { crmName, fieldLabels, playbookFor, readOnlyFields } from '../crm';
import type { Playbook } from '../guide/playbook';
import { createLink, type Link } from './link';
import { createOAuthWatcher, type OAuthWatcher } from './oauth-watch';
import { readServerView, updateServerView, type ServerView } from './stores';

export interface Linked {
  client: HeavySetClient;
  session: Session;
  playbook: Playbook;
}

/** What the assistant knows of a CRM's values: the vault's entries and HeavySet's last word. */
export interface Knowledge {
  /** The values bound to this config: the ones shown as its rows, the ones sent. */
  entries: VaultEntry[];
  /** Values of this CRM bound elsewhere: captured before a code was saved, or for another config. */
  others: VaultEntry[];
  server?: ServerView;
  /** Fields captured and kept here (for this config, or not bound yet). */
  captured: string[];
  /** Fields HeavySet holds (confirmed sends and its own status). */
  sent: string[];
  /** Fields kept here, not yet confirmed by HeavySet. */
  unsent: string[];
  /** Fields whose value the last Verify (or a send) found wrong, with no newer value since. */
  rejected: string[];
  settingsSaved: boolean;
  verified: boolean;
}

export interface Context {
  /** The config values of this CRM are bound to now: the saved code's, when it is for this CRM. */
  binding(crm: CrmType): Promise<Binding>;
  vault: Vault;
  link: Link;
  queue: SendQueue;
  oauth: OAuthWatcher;
  /** HeavySet's clock, learnt from its answers: freshness and expiry are judged on it. */
  clock: ServerClock;
  /** The client for the saved link, its session and its CRM's playbook; `crm`: it must be that CRM. */
  linked(crm?: CrmType): Promise<Linked | { problem: string }>;
  /** A failure of a call to HeavySet, in words (with the playbook's seed troubleshooting when it applies). */
  problemOf(error: unknown, playbook?: Playbook): string;
  knowledge(crm: CrmType, configId?: string): Promise<Knowledge>;
  /** Asks HeavySet what it holds now, in the background (at most every 10 s unless `force`). */
  refreshServer(configId: string, force?: boolean): void;
}

const SERVER_REFRESH_MS = 10_000;
/** A row's error when HeavySet refused that very field (the CRM's hint then applies). */
export const fieldRefused = (why: string): string => i18n.t('bg.fieldRefused', { why });
/** The row's error says HeavySet refused that very field. */
export const isFieldRefusal = (error: string | undefined): boolean => !!error?.startsWith(fieldRefused(''));

export interface ContextOptions {
  expiryHours?: number;
  /** A queued send ended (HeavySet confirmed it, or it failed for good): e.g. tell the person. */
  onSendEnded?: (job: Job, outcome: { ok: true } | { ok: false; message: string }) => Promise<void> | void;
  /** HeavySet's clock (tests); by default learnt from the `Date` of its answers. */
  clock?: ServerClock;
}

export function createContext(box: CryptoBox, options: ContextOptions = {}): Context {
  const clock = options.clock ?? createServerClock();
  const vault = createVault(box, { expiryHours: options.expiryHours, now: async () => new Date(await clock.now()) });
  const link = createLink(box, { clock });

  const oauth = createOAuthWatcher({
    playbookFor,
    clock,
    async fetchConnection(configId) {
      const current = await link.client();
      if ('problem' in current || current.session.crmConfig.id !== configId) return undefined;
      try {
        const connection = await current.client.connection(configId);
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
      const current = await link.client();
      if ('problem' in current) return current;
      return { client: current.client, configId: current.session.crmConfig.id, crm: current.session.crmConfig.crmType };
    },
    valueOf: (configId, crm, field) => vault.value(configId, crm, field),
    // Sentences about a send name its values and settings as the popup does.
    fieldLabels: (crm) => ({ ...Object.fromEntries((playbookFor(crm)?.settings ?? []).map((s) => [s.key, s.label])), ...fieldLabels(crm) }),
    isReadOnly: (crm, field) => readOnlyFields(crm).includes(field),
    onSending: (job) => vault.setStatus(job.configId, job.crm, job.fields, 'sending', undefined, job.sentIds),
    onWaiting: (job) => vault.setStatus(job.configId, job.crm, job.fields, 'queued', job.message, job.sentIds),
    async onSent(job, response) {
      await vault.markSent(job.configId, job.crm, job.sentIds ?? {});
      if (job.kind === 'connection') await updateServerView(job.configId, { connection: response as ServerView['connection'] });
      else await updateServerView(job.configId, { settings: response as ServerView['settings'], settingsSavedAt: (await vault.now()).toISOString() });
      await options.onSendEnded?.(job, { ok: true });
    },
    async onFailed(job, message, fieldErrors, failure) {
      // A refused connect code is said once, at the top of the popup: the rows keep no copy of it.
      const codeRefused = failure !== undefined && codeRefusal(failure) !== null;
      if (failure && codeRefused) await link.refused(failure);
      for (const field of job.fields) {
        const why = fieldErrors[field] ? fieldRefused(fieldErrors[field]) : codeRefused ? undefined : message;
        await vault.setStatus(job.configId, job.crm, [field], 'failed', why, job.sentIds);
      }
      await options.onSendEnded?.(job, { ok: false, message });
    },
    scheduleWake: async (at) => {
      await browser.alarms.create(QUEUE_ALARM, { when: at.getTime() });
    },
  });

  async function linked(crm?: CrmType): Promise<Linked | { problem: string }> {
    const current = await link.client();
    if ('problem' in current) return current;
    const type = current.session.crmConfig.crmType;
    if (crm && type !== crm)
      return { problem: i18n.t('bg.codeForOtherCrm', { type: crmName(type), crm: crmName(crm) }) };
    const playbook = playbookFor(type);
    if (!playbook) return { problem: i18n.t('bg.noGuideFor', { crm: crmName(type) }) };
    return { ...current, playbook };
  }

  function problemOf(error: unknown, playbook?: Playbook): string {
    if (!(error instanceof ApiError)) return i18n.t('bg.unexpected');
    const failure = error.failure;
    void link.refused(failure);
    if (failure.kind === 'http' && failure.code === 'not_connected') {
      const trouble = playbook?.popupTroubles.find((t) => t.when === 'notConnected');
      if (trouble) return trouble.message;
    }
    return describeFailure(failure, playbook ? fieldLabels(playbook.crm) : {});
  }

  async function binding(crm: CrmType): Promise<Binding> {
    const session = (await link.read()).session;
    if (!session || session.crmConfig.crmType !== crm) return { configId: null };
    return { configId: session.crmConfig.id, organization: `${session.organization.name} — ${session.crmConfig.name}` };
  }

  /** What the assistant holds for this config (values captured before a code was saved count too:
   *  they are used for it once the person says so). */
  async function knowledge(crm: CrmType, configId?: string): Promise<Knowledge> {
    const [all, server] = await Promise.all([vault.list(crm), configId ? readServerView(configId) : undefined]);
    const bound = configId ?? null;
    const entries = all.filter((e) => e.configId === bound);
    const others = all.filter((e) => e.configId !== bound);
    const atHeavySet = Object.entries(server?.connection?.fields ?? {})
      .filter(([, status]) => status.set)
      .map(([key]) => key);
    const kept = [...entries, ...others.filter((e) => e.configId === null)].filter((e) => e.sealed);
    const playbook = playbookFor(crm);
    const verify = server?.verify;
    const failedChecks = new Set(verify?.checks.filter((c) => !c.ok).map((c) => c.id) ?? []);
    const rejected = (playbook?.fields ?? [])
      .filter((field) => {
        const entry = entries.find((e) => e.field === field.key);
        if (entry?.status === 'failed' && isFieldRefusal(entry.error)) return true;
        if (!verify || !field.verifiedBy?.some((id) => failedChecks.has(id))) return false;
        // A value captured after that Verify is the fix, not the rejected one.
        return !entry?.sealed || Date.parse(entry.capturedAt) < Date.parse(verify.at);
      })
      .map((field) => field.key);
    return {
      entries,
      others,
      server,
      captured: [...new Set(kept.map((e) => e.field))],
      unsent: [...new Set(kept.filter((e) => e.status !== 'sent').map((e) => e.field))],
      rejected,
      sent: [...new Set([...entries.filter((e) => e.status === 'sent').map((e) => e.field), ...atHeavySet])],
      settingsSaved: server?.settings?.complete ?? false,
      // A value captured after the last Verify has not been verified: Verify again once it is sent.
      verified: !!verify?.ok && !entries.some((e) => Date.parse(e.capturedAt) > Date.parse(verify.at)),
    };
  }

  let lastRefresh = 0;
  function refreshServer(configId: string, force = false): void {
    if (!force && Date.now() - lastRefresh < SERVER_REFRESH_MS) return;
    lastRefresh = Date.now();
    void (async () => {
      const current = await link.client();
      if ('problem' in current) return;
      await link.refreshSession();
      try {
        const [connection, settings] = await Promise.all([current.client.connection(configId), current.client.settings(configId)]);
        await updateServerView(configId, { connection, settings });
      } catch {
        // Offline: the popup keeps the last known view; sending reports errors itself.
      }
    })();
  }

  return { binding, vault, link, queue, oauth, clock, linked, problemOf, knowledge, refreshServer };
}

