// Tells the person when a queued send ends while no popup is open (the send may finish minutes
// later, after a retry or a stopped worker): a notification with the outcome and, for a failure,
// what to do. With the popup open, the popup itself says it.
import { i18n } from '#i18n';
import { listed, uiLocale } from '../words';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Job } from '../heavyset/queue';
import { crmName, playbookFor } from '../crm';
import { inPersonsLanguage } from '../guide/playbook-words';
import { POPUP_PORT } from '../popup-port';

export type SendOutcome = { ok: true } | { ok: false; message: string };

/** Counts the popups open now: each keeps a port named POPUP_PORT open while it is shown. */
export function trackPopups(extensionOrigin: string): () => boolean {
  let open = 0;
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    // Only this extension's own pages count (a content script could otherwise silence the notices).
    if (port.name !== POPUP_PORT || !port.sender?.url?.startsWith(extensionOrigin)) return;
    open++;
    port.onDisconnect.addListener(() => open--);
  });
  return () => open > 0;
}


/** The notification's words for a send that ended. */
export function sendNotice(job: Pick<Job, 'crm' | 'kind' | 'fields'>, outcome: SendOutcome): { title: string; message: string } {
  const bundled = playbookFor(job.crm);
  const fields = bundled ? inPersonsLanguage(bundled).fields : [];
  const what = job.fields.length ? listed(job.fields.map((key) => fields.find((f) => f.key === key)?.label ?? key)) : i18n.t('bg.notify.theSettings', { crm: crmName(job.crm) });
  if (outcome.ok) {
    const sentence = job.fields.length === 1 ? i18n.t('bg.notify.sentOne', { what }) : i18n.t('bg.notify.sentMany', { what });
    return { title: i18n.t('bg.notify.sentTitle'), message: `${sentence[0]!.toLocaleUpperCase(uiLocale())}${sentence.slice(1)}` };
  }
  return { title: i18n.t('bg.notify.failedTitle', { what }), message: i18n.t('bg.notify.failed', { problem: outcome.message }) };
}

export const SEND_NOTICE_PREFIX = 'heavyset-send-';

/** The `onSendEnded` of the background: a notification unless a popup is open. Never throws. */
export function notifySendEnded(popupOpen: () => boolean) {
  return async (job: Job, outcome: SendOutcome): Promise<void> => {
    if (popupOpen()) return;
    const { title, message } = sendNotice(job, outcome);
    await browser.notifications
      .create(`${SEND_NOTICE_PREFIX}${job.id}`, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message })
      .catch(() => undefined);
  };
}

/** A click on one of these notifications opens the popup where the browser allows it. */
export function openPopupOnClick(): void {
  browser.notifications.onClicked.addListener((id: string) => {
    if (!id.startsWith(SEND_NOTICE_PREFIX)) return;
    void browser.notifications.clear(id).catch(() => undefined);
    void browser.action.openPopup?.().catch(() => undefined);
  });
}
