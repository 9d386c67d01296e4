import { useRef, useState } from 'preact/hooks';
import { ask } from '../utils/ask';

/** Forget this browser's link to HeavySet and everything the assistant keeps, after a confirmation. */
export function Disconnect({ connected, onDone }: { connected: boolean; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  async function disconnect() {
    setBusy(true);
    try {
      const reply = await ask({ type: 'options/disconnect' });
      setMessage(
        reply.ok
          ? { text: '✓ Disconnected: the connect code and every captured value are gone from this browser.', ok: true }
          : { text: `⚠ ${reply.problem}`, ok: false },
      );
      if (reply.ok) onDone();
    } catch {
      setMessage({ text: '⚠ The assistant did not answer. Reload this page and try again.', ok: false });
    } finally {
      setBusy(false);
      setConfirming(false);
      setTimeout(() => result.current?.focus(), 0);
    }
  }

  return (
    <section class="card" aria-labelledby="disconnect-title">
      <h2 id="disconnect-title">Disconnect this browser</h2>
      <p class="help">
        Forgets the connect code, every value captured here (sent or not), what is waiting to be sent and the guide’s progress. HeavySet
        keeps what it already received.
      </p>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="disconnect-question">
          <span id="disconnect-question">Forget everything the assistant keeps in this browser? Values not sent yet are lost.</span>
          <button type="button" class="btn btn-small btn-danger" disabled={busy} onClick={() => void disconnect()} autoFocus>
            {busy ? 'Disconnecting…' : 'Disconnect'}
          </button>
          <button
            type="button"
            class="btn btn-small btn-quiet"
            onClick={() => {
              setConfirming(false);
              setTimeout(() => opener.current?.focus(), 0);
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div class="actions">
          <button ref={opener} type="button" class="btn" onClick={() => setConfirming(true)}>
            Disconnect…
          </button>
        </div>
      )}
      <p ref={result} tabIndex={-1} class={message?.ok === false ? 'problem' : 'success'} role="status">
        {message?.text ?? ''}
      </p>
      {!connected && !message && <p class="hint">Nothing is connected now; this also clears values captured without a code.</p>}
    </section>
  );
}
