// Pick on page from the popup: the background asks the CRM tab the person is on (else the one used
// last) to let them click the element showing the value; the capture then goes through the same
// checks as any other (format, wrong field, the field's pages), marked "picked by hand".
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { answer, refuse, type GuidePickRequest } from '../../messages';
import { crmName, playbookFor } from '../../crm';
import { askCrmTabs, type TabsApi } from '../crm-tabs';
import type { Handlers } from './types';

const PICK_TIMEOUT_MS = 3_000;
const PickAnswer = z.object({ ok: z.literal(true), value: z.object({ pageUrl: z.string().max(2048) }) });

export function pickHandlers(deps: { tabs?: TabsApi } = {}): Pick<Handlers, 'value/pick'> {
  const tabs = deps.tabs ?? (browser.tabs as unknown as TabsApi);
  return {
    async 'value/pick'(request) {
      const playbook = playbookFor(request.crm);
      if (!playbook) return refuse(i18n.t('bg.unknownCrm'));
      const field = playbook.fields.find((f) => f.key === request.field);
      if (!field) return refuse(i18n.t('bg.pick.noSuchValue', { crm: crmName(request.crm) }));
      if (field.readOnly) return refuse(i18n.t('bg.pick.readOnly', { field: field.label }));
      if (!field.capture) return refuse(i18n.t('bg.pick.notOnPages', { field: field.label, crm: crmName(request.crm) }));
      const message: GuidePickRequest = { type: 'guide/pick', crm: request.crm, field: field.key };
      const onItsPages = (reply: unknown): { pageUrl: string } | undefined => {
        const parsed = PickAnswer.safeParse(reply);
        if (!parsed.success) return undefined;
        let url: URL;
        try {
          url = new URL(parsed.data.value.pageUrl);
        } catch {
          return undefined;
        }
        const pages = field.hosts ?? playbook.pages;
        // A string: WXT's MatchPattern tests a URL object with `instanceof Location`, which a service worker lacks.
        return pages.some((pattern) => new MatchPattern(pattern).includes(url.href)) ? { pageUrl: url.origin + url.pathname } : undefined;
      };
      const found = await askCrmTabs(tabs, message, PICK_TIMEOUT_MS, onItsPages);
      if (found) return answer(found);
      return refuse(i18n.t('bg.pick.openPage', { crm: crmName(request.crm), field: field.label }));
    },
  };
}
