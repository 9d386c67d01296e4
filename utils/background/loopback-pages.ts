// A playbook's pages on loopback (the sandbox's OAuth return page) are not in the manifest: the
// build drops them (wxt.config.ts), so the store package holds no loopback host. They are
// registered here, with the same script files as the playbook's manifest entry, only while the
// person has granted the loopback host (asked for when a loopback API URL is saved), and
// unregistered when it is taken back.
import { browser } from 'wxt/browser';
import type { Playbook } from '../guide/playbook';
import { isLoopbackPattern, originOfPattern } from '../heavyset/loopback';
import { createSerial } from '../serial';

interface ScriptSpec {
  id: string;
  js: string[];
  matches: string[];
}
interface ManifestScript {
  matches?: string[];
  js?: string[];
}

export interface LoopbackPagesApi {
  /** Whether this loopback origin permission is granted. */
  granted(origin: string): Promise<boolean>;
  manifestScripts(): ManifestScript[];
  registered(): Promise<{ id: string }[]>;
  register(scripts: ScriptSpec[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

const ID_PREFIX = 'loopback-';

/** The scripts to register: each playbook's loopback pages whose host is granted, with its entry's files. */
export async function loopbackScripts(playbooks: readonly Playbook[], api: Pick<LoopbackPagesApi, 'granted' | 'manifestScripts'>): Promise<ScriptSpec[]> {
  const specs: ScriptSpec[] = [];
  for (const playbook of playbooks) {
    const loopback = playbook.pages.filter(isLoopbackPattern);
    if (!loopback.length) continue;
    const entry = api.manifestScripts().find((script) => script.matches?.some((match) => playbook.pages.includes(match)));
    if (!entry?.js?.length) continue;
    const matches: string[] = [];
    for (const pattern of loopback) {
      const origin = originOfPattern(pattern);
      if (origin && (await api.granted(origin))) matches.push(pattern);
    }
    if (matches.length) specs.push({ id: `${ID_PREFIX}${playbook.crm}`, js: entry.js, matches });
  }
  return specs;
}

export const browserLoopbackApi: LoopbackPagesApi = {
  granted: (origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false),
  manifestScripts: () => browser.runtime.getManifest().content_scripts ?? [],
  registered: () => browser.scripting.getRegisteredContentScripts().catch(() => []),
  register: (scripts) => browser.scripting.registerContentScripts(scripts.map((s) => ({ ...s, runAt: 'document_idle' as const, persistAcrossSessions: true }))),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
};

/** Brings the registered loopback scripts in line with the permissions; one sync at a time. */
export function keepLoopbackPages(playbooks: readonly Playbook[], api: LoopbackPagesApi = browserLoopbackApi): () => Promise<void> {
  const exclusive = createSerial();
  return () =>
    exclusive(async () => {
      const wanted = await loopbackScripts(playbooks, api);
      const ours = (await api.registered()).map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX));
      // Replaced whole: a script's matches change with the permissions.
      if (ours.length) await api.unregister(ours);
      if (wanted.length) await api.register(wanted);
    }).catch((error: unknown) => {
      console.warn('HeavySet assistant: the loopback pages could not be registered', error instanceof Error ? error.message : error);
    });
}
