import { ask } from '../utils/ask';
import type { CrmType } from '../utils/heavyset/contract';
import type { PopupState } from '../utils/messages';
import { QueueStatus } from './QueueStatus';
import { ActionProblem, useAction } from './useAction';

interface Props {
  crm: CrmType;
  state: PopupState;
  onChanged: () => void;
}

/** Why sending is not possible now, or null when it is. */
export function sendBlocker(state: PopupState): string | null {
  if (!state.configured) return 'Connect to HeavySet in Settings first.';
  if (state.queue.state === 'sending') return 'Sending now…';
  const pending = state.values.filter((v) => v.status === 'captured' || v.status === 'failed' || v.status === 'queued');
  if (pending.length > 0) return null;
  return state.values.some((v) => v.status === 'sent' || v.status === 'sending')
    ? 'Everything captured is at HeavySet.'
    : 'Nothing to send yet: capture a value first.';
}

export function SendPanel({ crm, state, onChanged }: Props) {
  const { busy, error, start: send } = useAction(async () => {
    const result = await ask({ type: 'send', crm });
    return result.ok ? null : result.problem;
  }, onChanged);
  const blocker = busy ? 'Sending now…' : sendBlocker(state);
  // While sending, the queue line below says so already.
  const showBlocker = blocker !== null && state.queue.state !== 'sending';

  return (
    <section class="send" aria-label="Send">
      <button
        type="button"
        class="btn btn-primary btn-wide"
        disabled={blocker !== null}
        aria-describedby={showBlocker ? 'send-blocker' : undefined}
        onClick={send}
      >
        Send to HeavySet
      </button>
      {showBlocker && (
        <p id="send-blocker" class="hint">
          {blocker}
        </p>
      )}
      <QueueStatus queue={state.queue} />
      <ActionProblem error={error} />
    </section>
  );
}
