import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createCryptoBox, indexedDbKeyStore } from '@/utils/crypto-box';
import { createService } from '@/utils/background/service';
import { createRouter } from '@/utils/background/router';
import { keepBadgeCurrent } from '@/utils/background/badge';
import { keepPopupSnapshot } from '@/utils/background/popup-snapshot';
import { notifySendEnded, openPopupOnClick, trackPopups } from '@/utils/background/notify';
import { keepLoopbackPages } from '@/utils/background/loopback-pages';
import { playbooks } from '@/utils/crm';
import { QUEUE_ALARM } from '@/utils/heavyset/queue';
import { keepPlaybooksUpdated } from '@/utils/background/playbooks/schedule';
import { focusCardOnCommand, type FocusTabsApi } from '@/utils/background/card-focus';

const PURGE_ALARM = 'heavyset-purge-expired';

export default defineBackground(() => {
  // A send that ends while no popup is open is told in a notification (the badge keeps its state).
  const popupOpen = trackPopups(browser.runtime.getURL('/'));
  openPopupOnClick();
  const service = createService(createCryptoBox(indexedDbKeyStore), { onSendEnded: notifySendEnded(popupOpen) });
  const route = createRouter(service.handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // The card's keyboard shortcut: the tab it was pressed on gives its card the focus.
  browser.commands.onCommand.addListener((command, tab) => void focusCardOnCommand(browser.tabs as unknown as FocusTabsApi, command, tab));

  // The popup shows this snapshot at once, then asks for the fresh state (budget: values <= 150 ms).
  const snapshot = keepPopupSnapshot(service.popupState);
  void snapshot.refresh();

  const refreshBadge = keepBadgeCurrent(service);
  keepPlaybooksUpdated(service.playbookUpdater);

  // The playbooks' loopback pages (the sandbox's return page) run only while the person grants loopback.
  const syncLoopbackPages = keepLoopbackPages(playbooks);
  browser.permissions.onAdded.addListener(() => void syncLoopbackPages());
  browser.permissions.onRemoved.addListener(() => void syncLoopbackPages());
  void syncLoopbackPages();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM) void service.queue.run();
    if (alarm.name === PURGE_ALARM) void service.vault.purgeExpired();
  });
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 15 });

  // A worker started after being stopped picks up where it was: expired values go, the queue resumes.
  void (async () => {
    await service.ready;
    await service.vault.purgeExpired();
    await refreshBadge();
    await service.queue.resume();
  })();
});
