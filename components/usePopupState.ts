import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../utils/ask';
import type { PopupState } from '../utils/messages';
import { POPUP_PORT } from '../utils/popup-port';
import { readSnapshot } from '../utils/popup-snapshot';

const BUSY_REFRESH_MS = 1_000;
/** How long the popup waits for its snapshot before it renders without it. */
const SNAPSHOT_WAIT_MS = 50;

let preloaded: PopupState | null = null;

/** Reads the background's snapshot (storage.session: no round trip through the worker) so the
 *  first render already shows values. Call before rendering; never rejects. */
export async function preloadPopupState(): Promise<void> {
  const read = readSnapshot().catch(() => null);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), SNAPSHOT_WAIT_MS));
  preloaded = await Promise.race([read, late]);
}

function busy(state: PopupState | null): boolean {
  if (!state) return false;
  return (
    state.oauth?.state === 'waiting' ||
    state.queue.state === 'sending' ||
    state.queue.state === 'waiting' ||
    state.values.some((v) => v.status === 'sending' || v.status === 'queued')
  );
}

/** Keeps a port open to the background while the popup is shown (it then leaves the news of a send to
 *  the popup instead of a notification); opened again if the worker was stopped and restarted. */
function stayPresent(): { stop(): void } {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const open = () => {
    if (stopped) return;
    try {
      port = browser.runtime.connect({ name: POPUP_PORT });
      port.onDisconnect.addListener(() => setTimeout(open, 500));
    } catch {
      setTimeout(open, 1_000);
    }
  };
  open();
  return {
    stop() {
      stopped = true;
      port?.disconnect();
    },
  };
}

/** The background's popup state: its preloaded snapshot at once, then fetched fresh, and again
 *  whenever the background writes storage (and every second while something is sending). */
export function usePopupState(): { state: PopupState | null; error: string | null; refresh: () => void } {
  const [state, setState] = useState<PopupState | null>(() => {
    const snapshot = preloaded;
    preloaded = null; // Once: a later mount must not show an old snapshot.
    return snapshot;
  });
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);

  const refresh = useCallback(() => {
    // Coalesce bursts of storage changes into at most one request in flight plus one after it.
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    ask({ type: 'popup/state' })
      .then((reply) => {
        if (reply.ok) {
          setState(reply.value);
          setError(null);
        } else setError(reply.problem);
      })
      .finally(() => {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          refresh();
        }
      });
  }, []);

  useEffect(() => {
    refresh();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    const presence = stayPresent();
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      presence.stop();
    };
  }, [refresh]);

  const isBusy = busy(state);
  useEffect(() => {
    if (!isBusy) return;
    const timer = setInterval(refresh, BUSY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [isBusy, refresh]);

  return { state, error, refresh };
}
