// What the popup shows, built from what the background keeps (never a secret value: non-secret
// IDs are shown plain, secrets by their last 4). Answered to 'popup/state' and kept ready in
// storage.session by popup-snapshot.ts.
import { i18n } from '#i18n';
import type { ElsewhereView, PopupState, ValueView } from '../messages';
import type { Playbook } from '../guide/playbook';
import { playbookFor } from '../crm';
import { inPersonsLanguage } from '../guide/playbook-words';
import type { Vault, VaultEntry } from '../vault';
import { buildChecklist } from './checklist';
import { isFieldRefusal, type Context } from './context';
import { isEmail } from '../email';
import { draftsItem, readNotices, readProgress, valueDraftsItem, type CrmProgress, type ServerView } from './stores';

/** The values "Fill for me" types: the playbook's defaults, the engineer e-mail, the person's changes.
 *  A contact address (a default that is an e-mail address) is the engineer's own once saved — the
 *  guides ask for the assigned engineer or a support contact —; the popup offers the default instead. */
export function fillValuesOf(playbook: Playbook, engineerEmail: string, progress: CrmProgress): Record<string, string> {
  const defaults = { ...playbook.fillDefaults };
  if (engineerEmail) for (const [key, value] of Object.entries(defaults)) if (isEmail(value)) defaults[key] = engineerEmail;
  return { ...defaults, ...(engineerEmail ? { engineerEmail } : {}), ...progress.fill };
}

async function valueViews(vault: Vault, playbook: Playbook, entries: VaultEntry[], server?: ServerView): Promise<ValueView[]> {
  return Promise.all(
    playbook.fields.map(async (field): Promise<ValueView> => {
      const entry = entries.find((e) => e.field === field.key);
      const serverField = field.sendTo === 'connection' ? server?.connection?.fields[field.key] : undefined;
      const base: ValueView = { field: field.key, label: field.label, secret: field.secret, history: entry?.history ?? [] };
      if (serverField) base.server = serverField;
      if (field.readOnly) return { ...base, readOnly: true, history: [] };
      if (!entry) return base;
      const failed = entry.status === 'failed' || entry.status === 'queued';
      const proposed = entry.proposed && { lastFour: entry.proposed.lastFour, source: entry.proposed.source, capturedAt: entry.proposed.capturedAt };
      return {
        ...base,
        ...(proposed ? { proposed } : {}),
        ...(entry.status === 'failed' && isFieldRefusal(entry.error) ? { refused: true } : {}),
        status: entry.status,
        lastFour: entry.lastFour,
        plain: !field.secret && entry.sealed ? await vault.open(entry) : undefined,
        check:
          failed && entry.error
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

/** Values of this CRM held for another binding, grouped by it (labels and last 4 only). */
function elsewhereViews(playbook: Playbook, others: VaultEntry[]): ElsewhereView[] {
  const groups = new Map<string, ElsewhereView>();
  for (const entry of others.filter((e) => e.sealed)) {
    const key = entry.configId ?? '';
    const group = groups.get(key) ?? { configId: entry.configId, organization: entry.organization, values: [] };
    const label = playbook.fields.find((f) => f.key === entry.field)?.label ?? entry.field;
    group.values.push({ label, lastFour: entry.lastFour });
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function buildPopupState(ctx: Context): Promise<PopupState> {
  const [link, notices] = await Promise.all([ctx.link.read(), readNotices()]);
  const empty: PopupState = {
    configured: false,
    values: [],
    checklist: [],
    queue: { state: 'idle', attempts: 0 },
    fillValues: {},
    drafts: {},
    expiryHours: ctx.vault.expiryHours,
    notices,
    elsewhere: [],
  };
  // A code that no longer opens (the key is gone) is dropped, with a notice: the popup asks for it again.
  if (!link.session || !link.code || !(await ctx.link.hasCode())) return { ...empty, notices: await readNotices() };
  const crm = link.session.crmConfig.crmType;
  const configId = link.session.crmConfig.id;
  const bundled = playbookFor(crm);
  // Labels, the checklist's steps and places in the person's language.
  const playbook = bundled && inPersonsLanguage(bundled);
  if (!playbook) return { ...empty, configured: true, session: link.session, crm, sessionProblem: i18n.t('bg.notSupportedShort', { crm }) };
  // Independent reads at once: the popup waits for this before it shows fresh values.
  const [known, progress, queueView, drafts, valueDrafts] = await Promise.all([
    ctx.knowledge(crm, configId),
    readProgress(crm),
    ctx.queue.view(crm),
    draftsItem.getValue(),
    valueDraftsItem.getValue(),
  ]);
  const server = known.server;
  return {
    ...empty,
    configured: true,
    session: link.session,
    ...(link.sessionProblem ? { codeProblem: { title: link.sessionTitle ?? i18n.t('errors.titleRefused'), message: link.sessionProblem, codeLastFour: link.codeLastFour } } : {}),
    crm,
    values: await valueViews(ctx.vault, playbook, known.entries, server),
    elsewhere: elsewhereViews(playbook, known.others),
    checklist: buildChecklist(playbook, progress, known),
    queue: queueView,
    settings: server?.settings ? { ...server.settings, savedAt: server.settingsSavedAt } : undefined,
    verify: server?.verify,
    connection: server?.connection,
    ...(playbook.oauth ? { oauth: await ctx.oauth.view(playbook, configId) } : {}),
    fillValues: fillValuesOf(playbook, link.engineerEmail, progress),
    drafts: { ...drafts, ...valueDrafts },
  };
}
