// "Report this page": the background asks the CRM tab's content script for a redacted snapshot of
// the page as it is (the person previews it in the popup), then sends it — only on their click —
// to POST /v1/crm-configs/{configId}/page-reports. The page address goes without query or fragment.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { PageReportRequest } from '../../heavyset/contract-playbooks';
import { MAX_PAGE_REPORT_BYTES } from '../../heavyset/report-limits';
import { answer, refuse, type PageSnapshot, type PageSnapshotRequest, type Reply } from '../../messages';
import { crmName, playbooks } from '../../crm';
import type { Context } from '../context';
import type { PlaybookUpdater } from '../playbooks/updater';
import type { Handlers } from './types';
import { askCrmTabs, type TabsApi } from '../crm-tabs';

export type { TabsApi } from '../crm-tabs';

const SNAPSHOT_TIMEOUT_MS = 10_000;
const noCrmTab = (): string => i18n.t('bg.reports.noCrmPage');

const SnapshotAnswer = z.object({
  ok: z.literal(true),
  value: z.object({
    crm: z.string(),
    pageUrl: z.string().max(2048),
    snapshot: z.string().max(MAX_PAGE_REPORT_BYTES),
    stepId: z.string().min(1).max(200).nullable(),
    playbookVersion: z.number().int().min(1).nullable(),
    replaced: z.number().int().min(0),
  }),
});

/** The page address as reported: origin and path only (queries and fragments can carry tokens). */
export function reportedUrl(raw: string): string {
  const url = new URL(raw);
  return url.origin + url.pathname;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Every field's detect and format pattern of every playbook, bundled and in use. */
async function redactionPatterns(updater: PlaybookUpdater): Promise<{ detect: string[]; formats: string[] }> {
  const detect = new Set<string>();
  const formats = new Set<string>();
  for (const bundled of playbooks) {
    const inUse = await updater.inUse(bundled.crm);
    for (const playbook of inUse && inUse.playbook !== bundled ? [bundled, inUse.playbook] : [bundled])
      for (const field of playbook.fields) {
        formats.add(field.format.pattern);
        if (field.detect) detect.add(field.detect);
      }
  }
  return { detect: [...detect], formats: [...formats] };
}

/** A content script's answer, checked: its CRM known, its page one of that CRM's. */
function checkedSnapshot(reply: unknown): Reply<PageSnapshot> | undefined {
  const failed = reply as { ok?: unknown; problem?: unknown } | undefined;
  if (failed?.ok === false && typeof failed.problem === 'string') return refuse(failed.problem);
  const parsed = SnapshotAnswer.safeParse(reply);
  if (!parsed.success) return undefined;
  const value = parsed.data.value;
  const playbook = playbooks.find((p) => p.crm === value.crm);
  let pageUrl: string;
  try {
    pageUrl = reportedUrl(value.pageUrl);
  } catch {
    return undefined;
  }
  if (!playbook || !playbook.pages.some((pattern) => new MatchPattern(pattern).includes(pageUrl))) return undefined;
  return answer({ ...value, pageUrl, crmName: crmName(playbook.crm), bytes: utf8Bytes(value.snapshot) });
}

export function reportHandlers(
  ctx: Context,
  updater: PlaybookUpdater,
  deps: { tabs?: TabsApi; extensionVersion: () => string } = { extensionVersion: () => browser.runtime.getManifest().version },
): Pick<Handlers, 'report/snapshot' | 'report/send'> {
  const tabs = deps.tabs ?? (browser.tabs as unknown as TabsApi);
  return {
    async 'report/snapshot'() {
      const request: PageSnapshotRequest = { type: 'page/snapshot', ...(await redactionPatterns(updater)) };
      const found = await askCrmTabs(tabs, request, SNAPSHOT_TIMEOUT_MS, checkedSnapshot);
      if (found) return found;
      return refuse(noCrmTab());
    },

    async 'report/send'(request) {
      const linked = await ctx.linked(request.crm);
      if ('problem' in linked) return refuse(linked.problem);
      const body = PageReportRequest.safeParse({
        crmType: request.crm,
        pageUrl: request.pageUrl,
        stepId: request.stepId,
        playbookVersion: request.playbookVersion,
        extensionVersion: deps.extensionVersion(),
        note: request.note.trim(),
        snapshot: request.snapshot,
      });
      if (!body.success) return refuse(i18n.t('bg.reports.cannotSend', { problem: body.error.issues[0]?.message ?? i18n.t('bg.reports.malformed') }));
      if (utf8Bytes(JSON.stringify(body.data)) > MAX_PAGE_REPORT_BYTES) return refuse(i18n.t('bg.reports.tooLarge'));
      try {
        const created = await linked.client.pageReport(linked.session.crmConfig.id, body.data, crypto.randomUUID());
        return answer({ id: created.id });
      } catch (error) {
        return refuse(ctx.problemOf(error, linked.playbook));
      }
    },
  };
}
