// Keeps the popup's state ready in storage.session (utils/popup-snapshot.ts), rebuilt by the
// popup-state builder whenever storage.local changes (vault, queue, progress, server view,
// link, drafts, OAuth watch: everything the state is built from lives there).
import { browser } from 'wxt/browser';
import type { PopupState } from '../messages';
import { popupSnapshotItem, toSnapshot } from '../popup-snapshot';

export interface PopupSnapshotKeeper {
  /** Rebuilds now (or once more after the rebuild in flight); resolves when written. */
  refresh(): Promise<void>;
  stop(): void;
}

export function keepPopupSnapshot(build: () => Promise<PopupState>): PopupSnapshotKeeper {
  let running: Promise<void> | null = null;
  let again = false;

  async function write(): Promise<void> {
    try {
      await popupSnapshotItem.setValue(toSnapshot(await build()));
    } catch {
      // A snapshot that could not be rebuilt must not show stale values: the popup then waits for its answer.
      await popupSnapshotItem.removeValue().catch(() => undefined);
    }
  }

  // Bursts of changes (a capture writes the vault and the queue) give one rebuild in flight plus one after it.
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await write();
      } while (again);
      running = null;
    })();
    return running;
  }

  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'local') void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  return { refresh, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}
