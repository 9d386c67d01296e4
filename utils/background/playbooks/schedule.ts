// When the updater checks: when the worker starts (if the last check is stale), every few hours
// through an alarm (kept across worker restarts: created only when missing, so a restart does not
// push it back), and as soon as the options page links another API URL.
import { browser } from 'wxt/browser';
import { linkItem } from '../stores';
import { CHECK_PERIOD_MINUTES, PLAYBOOK_ALARM, type PlaybookUpdater } from './updater';

export function keepPlaybooksUpdated(updater: PlaybookUpdater): void {
  const quietly = (run: Promise<void>) => void run.catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PLAYBOOK_ALARM) quietly(updater.check());
  });
  quietly(
    (async () => {
      if (!(await browser.alarms.get(PLAYBOOK_ALARM))) await browser.alarms.create(PLAYBOOK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES });
    })(),
  );
  linkItem.watch((next, previous) => {
    if (next?.apiUrl !== previous?.apiUrl) quietly(updater.check());
  });
  quietly(updater.checkIfStale());
}
