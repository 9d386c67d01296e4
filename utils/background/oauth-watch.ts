// Follows an OAuth connection after Connect (popup) or the return page: asks HeavySet for the
// connection status every few seconds until the fields are set, a problem shows, or the wait
// is over. State lives in storage.local, so a stopped worker resumes when the popup or the
// page asks again (both poll while they wait). Times are HeavySet's (the server clock): they are
// compared with the `updatedAt` HeavySet gives its fields.
import { storage } from 'wxt/utils/storage';
import type { ConnectionStatus } from '../heavyset/contract';
import type { ServerClock } from '../heavyset/server-clock';
import type { Playbook } from '../guide/playbook';
import type { OAuthView } from '../messages';
import { OAuthWatch, oauthProgress } from './oauth';

export const oauthWatchItem = storage.defineItem<OAuthWatch | null>('local:oauth-watch', { fallback: null, version: 1 });

export interface OAuthWatcherDeps {
  playbookFor(crm: string): Playbook | undefined;
  /** HeavySet's status now (also stored for the popup); undefined when it cannot be read. */
  fetchConnection(configId: string): Promise<ConnectionStatus | undefined>;
  /** The last known status. */
  storedConnection(configId: string): Promise<ConnectionStatus | undefined>;
  pollMs?: number;
  /** HeavySet's clock (default: this computer's, a minute uncertain). */
  clock?: Pick<ServerClock, 'now' | 'uncertaintyMs'>;
  sleep?: (ms: number) => Promise<void>;
}

const localClock: Pick<ServerClock, 'now' | 'uncertaintyMs'> = { now: async () => Date.now(), uncertaintyMs: async () => 60_000 };
/** HeavySet writes the fields while it serves the return page: they are seconds older than the page's report. */
const RETURN_GRACE_MS = 30_000;

export function createOAuthWatcher(deps: OAuthWatcherDeps) {
  const clock = deps.clock ?? localClock;
  const now = () => clock.now();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pollMs = deps.pollMs ?? 2_000;
  let looping: Promise<void> | undefined;

  async function read(configId?: string): Promise<OAuthWatch | undefined> {
    const parsed = OAuthWatch.safeParse(await oauthWatchItem.getValue());
    return parsed.success && (!configId || parsed.data.configId === configId) ? parsed.data : undefined;
  }

  async function loop(): Promise<void> {
    for (;;) {
      const watch = await read();
      const playbook = watch && deps.playbookFor(watch.crm);
      if (!watch || !playbook) return;
      const connection = await deps.fetchConnection(watch.configId);
      if (oauthProgress(playbook, watch, connection, await now()).state !== 'waiting') return;
      await sleep(pollMs);
    }
  }

  function follow(): void {
    looping ??= loop()
      .catch(() => undefined)
      .finally(() => (looping = undefined));
  }

  return {
    /** Connect was pressed: wait for fields HeavySet updates from now on. */
    async started(crm: string, configId: string, region: string | undefined): Promise<void> {
      const spec = deps.playbookFor(crm)?.oauth;
      if (!spec) return;
      const at = await now();
      // HeavySet's time is known to within this (a second once an answer was read).
      const grace = await clock.uncertaintyMs();
      await oauthWatchItem.setValue({
        crm,
        configId,
        since: new Date(at - grace).toISOString(),
        deadline: new Date(at + spec.waitSeconds * 1000).toISOString(),
        region,
      });
      follow();
    },
    /** The return page was reached (also when the flow was started elsewhere, e.g. the HeavySet platform). */
    async returned(crm: string, configId: string, params: Record<string, string>): Promise<OAuthView> {
      const playbook = deps.playbookFor(crm);
      const spec = playbook?.oauth;
      if (!playbook || !spec) return { state: 'idle', message: '' };
      const at = await now();
      const earlier = await read(configId);
      // A watch started within the wait (plus a margin for a slow consent) belongs to this redirect.
      const recent = earlier && earlier.crm === crm && Date.parse(earlier.deadline) + 10 * 60_000 > at;
      // Without one (started elsewhere, or long ago), only fields HeavySet wrote for this redirect
      // count: those of an earlier connection must not read as "connected".
      const since = recent && earlier.since ? earlier.since : new Date(at - RETURN_GRACE_MS - (await clock.uncertaintyMs())).toISOString();
      const watch: OAuthWatch = {
        crm,
        configId,
        since,
        ...(recent && earlier.region ? { region: earlier.region } : {}),
        deadline: new Date(at + spec.waitSeconds * 1000).toISOString(),
        returned: { params, at: new Date(at).toISOString() },
      };
      await oauthWatchItem.setValue(watch);
      const view = oauthProgress(playbook, watch, await deps.fetchConnection(configId), await now());
      if (view.state === 'waiting') follow();
      return view;
    },
    /** Where it stands for this config; resumes polling after a stopped worker. */
    async view(playbook: Playbook, configId: string): Promise<OAuthView | undefined> {
      if (!playbook.oauth) return undefined;
      const watch = await read(configId);
      const connection = await deps.storedConnection(configId);
      const view = oauthProgress(playbook, watch?.crm === playbook.crm ? watch : undefined, connection, await now());
      if (view.state === 'waiting') follow();
      return view;
    },
    /** Wait for the current loop (tests). */
    settled: () => looping ?? Promise.resolve(),
  };
}
export type OAuthWatcher = ReturnType<typeof createOAuthWatcher>;
