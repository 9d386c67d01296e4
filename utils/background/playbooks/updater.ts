// Signed playbook updates: on start (when the last check is stale), every few hours (alarms) and
// when the API URL changes, fetch each CRM's playbook from the linked HeavySet API with the ETag
// of the one held, accept it only when accept.ts does, store it, and say why not otherwise — the
// playbook held (or the bundled one, the floor) stays in use on any failure. Content scripts ask
// for the playbook in use when they start ('guide/playbook').
import { i18n } from '#i18n';
import type { CrmType } from '../../heavyset/contract';
import type { PlaybookPublicKey } from '../../heavyset/contract-playbooks';
import { fetchPlaybook as defaultFetch, type FetchPlaybook, type PlaybookFetch } from '../../heavyset/playbook-fetch';
import { meetsVersion } from '../../heavyset/versions';
import type { Playbook } from '../../guide/playbook';
import { PlaybookSchema } from '../../guide/playbook-schema';
import { playbooks as bundledPlaybooks } from '../../crm';
import { bundledVersion as bundledVersionOf } from '../../crm/versions';
import { acceptUpdate } from './accept';
import { updateRuleProblem } from './rules';
import { changeUpdates, readUpdates, type CheckStatus, type HeldPlaybook, type PlaybookUpdates } from './store';
import { trustFor } from './trust';

export const PLAYBOOK_ALARM = 'heavyset-playbook-updates';
/** "Every few hours". */
export const CHECK_PERIOD_MINUTES = 4 * 60;
/** A worker start checks again only when the last check is older than this (MV3 workers start often). */
export const START_RECHECK_MS = 30 * 60_000;

export interface UpdaterDeps {
  /** The linked HeavySet API URL (the options page's). */
  apiUrl(): Promise<string>;
  extensionVersion: string;
  productionKeys: readonly PlaybookPublicKey[];
  fetchPlaybook?: FetchPlaybook;
  playbooks?: readonly Playbook[];
  bundledVersion?: (crm: CrmType) => number;
  now?: () => Date;
}

export type InUse = { source: 'bundled'; version: number; playbook: Playbook } | { source: 'remote'; version: number; playbook: Playbook; held: HeldPlaybook };

const sameApi = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

function originOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).origin;
  } catch {
    return apiUrl;
  }
}

export function noKeysMessage(apiUrl: string, productionKeys: number): string {
  const kind = trustFor(apiUrl, []).kind;
  if (kind === 'production' && productionKeys === 0)
    return i18n.t('bg.playbooks.noKeysHere');
  return i18n.t('bg.playbooks.notFromHere', { origin: originOf(apiUrl) });
}

export function createPlaybookUpdater(deps: UpdaterDeps) {
  const playbooks = deps.playbooks ?? bundledPlaybooks;
  const bundledVersion = deps.bundledVersion ?? bundledVersionOf;
  const fetchPlaybook = deps.fetchPlaybook ?? defaultFetch;
  const now = deps.now ?? (() => new Date());
  /** Held playbooks checked by this worker (keyed by CRM; acceptedAt tells a replaced one). */
  const checked = new Map<CrmType, { acceptedAt: string; playbook: Playbook }>();
  let running: Promise<void> | null = null;

  /** A held update still fit for this extension and build, or why not (it is then dropped). */
  function recheck(held: HeldPlaybook, bundled: Playbook, keys: readonly PlaybookPublicKey[]): { playbook: Playbook } | { problem: string } {
    const parsed = PlaybookSchema.safeParse(held.playbook);
    if (!parsed.success) return { problem: i18n.t('bg.playbooks.heldSchema', { version: held.version }) };
    if (held.extensionVersion === deps.extensionVersion) return { playbook: parsed.data };
    if (!keys.some((k) => k.keyId === held.keyId)) return { problem: i18n.t('bg.playbooks.heldKey', { version: held.version, keyId: held.keyId }) };
    if (!meetsVersion(deps.extensionVersion, held.minExtensionVersion))
      return { problem: i18n.t('bg.playbooks.heldNeedsNewer', { version: held.version, min: held.minExtensionVersion }) };
    const problem = updateRuleProblem(parsed.data, bundled);
    if (problem) return { problem: i18n.t('bg.playbooks.heldUnfit', { version: held.version, problem }) };
    return { playbook: parsed.data };
  }

  async function inUseFrom(updates: PlaybookUpdates, crm: CrmType, apiUrl: string): Promise<InUse | undefined> {
    const bundled = playbooks.find((p) => p.crm === crm);
    if (!bundled) return undefined;
    const floor: InUse = { source: 'bundled', version: bundledVersion(crm), playbook: bundled };
    const held = updates.held[crm];
    if (!held || !sameApi(held.apiUrl, apiUrl) || held.version <= floor.version) return floor;
    const known = checked.get(crm);
    if (known?.acceptedAt === held.acceptedAt) return { source: 'remote', version: held.version, playbook: known.playbook, held };

    const fit = recheck(held, bundled, trustFor(held.apiUrl, deps.productionKeys).keys);
    if ('problem' in fit) {
      await changeUpdates((u) => {
        delete u.held[crm];
        u.checks[crm] = { at: now().toISOString(), apiUrl, outcome: 'refused', message: i18n.t('bg.playbooks.heldRefused', { problem: fit.problem }), refusedVersion: held.version };
      });
      checked.delete(crm);
      return floor;
    }
    if (held.extensionVersion !== deps.extensionVersion)
      await changeUpdates((u) => {
        if (u.held[crm]?.acceptedAt === held.acceptedAt) u.held[crm] = { ...held, extensionVersion: deps.extensionVersion };
      });
    checked.set(crm, { acceptedAt: held.acceptedAt, playbook: fit.playbook });
    return { source: 'remote', version: held.version, playbook: fit.playbook, held };
  }

  /** The playbook content scripts of this CRM use from their next start. */
  async function inUse(crm: CrmType): Promise<InUse | undefined> {
    const [updates, apiUrl] = await Promise.all([readUpdates(), deps.apiUrl()]);
    return inUseFrom(updates, crm, apiUrl);
  }

  async function checkOne(crm: CrmType, apiUrl: string, keys: readonly PlaybookPublicKey[], current: InUse): Promise<{ status: CheckStatus; held?: HeldPlaybook }> {
    const at = () => now().toISOString();
    const etag = current.source === 'remote' ? current.held.etag : undefined;
    const answer: PlaybookFetch = await fetchPlaybook(apiUrl, crm, etag);
    const keeping = current.source === 'remote' ? i18n.t('bg.playbooks.keepsUpdate', { version: current.version }) : i18n.t('bg.playbooks.keepsBundled');
    switch (answer.kind) {
      case 'unchanged':
        return { status: { at: at(), apiUrl, outcome: 'unchanged', message: i18n.t('bg.playbooks.upToDate') } };
      case 'none':
        return { status: { at: at(), apiUrl, outcome: 'none-published', message: i18n.t('bg.playbooks.nonePublished', { keeping }) } };
      case 'failed':
        return { status: { at: at(), apiUrl, outcome: 'failed', message: i18n.t('bg.playbooks.failed', { problem: answer.problem, keeping }) } };
      case 'changed': {
        const bundled = playbooks.find((p) => p.crm === crm)!;
        const verdict = await acceptUpdate({
          body: answer.body,
          crm,
          keys,
          origin: originOf(apiUrl),
          versionInUse: current.version,
          extensionVersion: deps.extensionVersion,
          bundled,
        });
        if (!verdict.ok)
          return { status: { at: at(), apiUrl, outcome: 'refused', message: i18n.t('bg.playbooks.refused', { reason: verdict.reason, keeping }), refusedVersion: verdict.version } };
        const { payload } = verdict;
        const held: HeldPlaybook = {
          version: payload.version,
          playbook: verdict.playbook,
          etag: answer.etag,
          apiUrl,
          keyId: (answer.body as { keyId: string }).keyId,
          issuedAt: payload.issuedAt,
          acceptedAt: at(),
          extensionVersion: deps.extensionVersion,
          minExtensionVersion: payload.minExtensionVersion,
        };
        checked.set(crm, { acceptedAt: held.acceptedAt, playbook: verdict.playbook });
        const message = i18n.t('bg.playbooks.taken', { version: payload.version, keyId: held.keyId, issued: payload.issuedAt });
        return { status: { at: held.acceptedAt, apiUrl, outcome: 'updated', message }, held };
      }
    }
  }

  async function runCheck(): Promise<void> {
    const apiUrl = await deps.apiUrl();
    const { keys } = trustFor(apiUrl, deps.productionKeys);
    const updates = await readUpdates();
    const results = await Promise.all(
      playbooks.map(async (bundled) => {
        const crm = bundled.crm;
        if (!keys.length) return { crm, status: { at: now().toISOString(), apiUrl, outcome: 'no-keys', message: noKeysMessage(apiUrl, deps.productionKeys.length) } as CheckStatus };
        const current = (await inUseFrom(updates, crm, apiUrl))!;
        return { crm, ...(await checkOne(crm, apiUrl, keys, current)) };
      }),
    );
    await changeUpdates((u) => {
      for (const result of results) {
        u.checks[result.crm] = result.status;
        if ('held' in result && result.held) u.held[result.crm] = result.held;
      }
    });
  }

  /** Checks every CRM now (one check at a time: a second call waits for the one running). */
  function check(): Promise<void> {
    running ??= runCheck().finally(() => {
      running = null;
    });
    return running;
  }

  /** On a worker start: checks when the last check is stale or was made against another API URL. */
  async function checkIfStale(maxAgeMs = START_RECHECK_MS): Promise<void> {
    const [updates, apiUrl] = await Promise.all([readUpdates(), deps.apiUrl()]);
    const stale = playbooks.some((p) => {
      const last = updates.checks[p.crm];
      return !last || !sameApi(last.apiUrl, apiUrl) || now().getTime() - Date.parse(last.at) > maxAgeMs || Number.isNaN(Date.parse(last.at));
    });
    if (stale) await check();
  }

  return { inUse, check, checkIfStale };
}
export type PlaybookUpdater = ReturnType<typeof createPlaybookUpdater>;
