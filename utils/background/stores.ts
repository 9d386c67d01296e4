// Non-value state of the background, in storage.local so a stopped worker or a restarted
// browser loses nothing. The connect code is sealed like the captured values.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { ConnectionStatus, PRODUCTION_API_URL, Session, SettingsStatus, VerifyResult } from '../heavyset/contract';
import { Sealed } from '../crypto-box';
import { parseRecord } from '../stored';

export { readNotices } from '../stored';

export const HeavySetLink = z.object({
  apiUrl: z.string(),
  engineerEmail: z.string(),
  /** Sealed with the API URL as additional data: it opens only for the address it was saved for. */
  code: Sealed.optional(),
  /** Sealed before codes were bound to their URL (v1): opened without additional data. */
  codeUnbound: z.boolean().optional(),
  codeLastFour: z.string().optional(),
  /** Why there is no code any more (it could not be decrypted), in words for Settings. */
  codeProblem: z.string().optional(),
  session: Session.optional(),
  /** HeavySet refused the connect code (expired, revoked, unknown…): its words, and a headline. */
  sessionProblem: z.string().optional(),
  sessionTitle: z.string().optional(),
});
export type HeavySetLink = z.infer<typeof HeavySetLink>;

/** v1 (code sealed without additional data) → v2 (bound to the API URL once saved again). */
export function migrateLinkV1(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const link = old as Record<string, unknown>;
  return link.code ? { ...link, codeUnbound: true } : link;
}

export const linkItem = storage.defineItem<HeavySetLink>('local:heavyset-link', {
  fallback: { apiUrl: PRODUCTION_API_URL, engineerEmail: '' },
  version: 2,
  migrations: { 2: migrateLinkV1 },
});

export const CrmProgress = z.object({
  /** Steps the assistant saw done on the CRM's pages. */
  seen: z.array(z.string()),
  /** Steps the person ticked (true) or unticked (false) by hand. */
  byHand: z.record(z.string(), z.boolean()),
  /** Values for "Fill for me" the person changed (homepage …). */
  fill: z.record(z.string(), z.string()),
});
export type CrmProgress = z.infer<typeof CrmProgress>;
const emptyProgress = (): CrmProgress => ({ seen: [], byHand: {}, fill: {} });

/** What HeavySet last told us, per CRM config. */
export const ServerView = z.object({
  configId: z.string(),
  connection: ConnectionStatus.optional(),
  settings: SettingsStatus.optional(),
  settingsSavedAt: z.string().optional(),
  verify: VerifyResult.extend({ at: z.string() }).optional(),
});
export type ServerView = z.infer<typeof ServerView>;

export const progressItem = storage.defineItem<Record<string, CrmProgress>>('local:progress', { fallback: {}, version: 1 });
export const serverItem = storage.defineItem<ServerView | null>('local:server-view', { fallback: null, version: 1 });
export { draftsItem, valueDraftsItem, VALUE_DRAFT_PREFIX } from '../drafts';

export async function readLink(): Promise<HeavySetLink> {
  const parsed = HeavySetLink.safeParse(await linkItem.getValue());
  return parsed.success ? parsed.data : linkItem.fallback;
}

export async function readProgress(crm: string): Promise<CrmProgress> {
  const parsed = CrmProgress.safeParse((await progressItem.getValue())[crm]);
  return parsed.success ? parsed.data : emptyProgress();
}

export async function updateProgress(crm: string, mutate: (progress: CrmProgress) => void): Promise<void> {
  const all = parseRecord(CrmProgress, await progressItem.getValue()).value;
  const progress = all[crm] ?? emptyProgress();
  mutate(progress);
  await progressItem.setValue({ ...all, [crm]: progress });
}

/** The server view for the configured config; a view of another config is dropped. */
export async function readServerView(configId: string): Promise<ServerView> {
  const parsed = ServerView.safeParse(await serverItem.getValue());
  return parsed.success && parsed.data.configId === configId ? parsed.data : { configId };
}

export async function updateServerView(configId: string, patch: Partial<ServerView>): Promise<void> {
  await serverItem.setValue({ ...(await readServerView(configId)), ...patch, configId });
}
