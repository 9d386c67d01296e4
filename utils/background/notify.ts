// Tells the person when a queued send ends while no popup is open (the send may finish minutes
// later, after a retry or a stopped worker): a notification with the outcome and, for a failure,
// what to do. With the popup open, the popup itself says it.
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Job } from '../heavyset/queue';
import { crmName, fieldLabels } from '../crm';
import { POPUP_PORT } from '../messages';

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

const list = (labels: string[]) =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/** The notification's words for a send that ended. */
export function sendNotice(job: Pick<Job, 'crm' | 'kind' | 'fields'>, outcome: SendOutcome): { title: string; message: string } {
  const labels = fieldLabels(job.crm);
  const what = job.fields.length ? list(job.fields.map((f) => labels[f] ?? f)) : `the ${crmName(job.crm)} settings`;
  if (outcome.ok) {
    const verb = job.fields.length === 1 ? 'is' : 'are';
    const sentence = `${what} ${verb} at HeavySet now.`;
    return { title: 'Sent to HeavySet', message: `${sentence[0]!.toUpperCase()}${sentence.slice(1)} Open the assistant from the toolbar for the next step.` };
  }
  return { title: `Not sent to HeavySet: ${what}`, message: `${outcome.message} Open the assistant from the toolbar to send again.` };
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
