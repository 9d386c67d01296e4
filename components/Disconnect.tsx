import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../utils/ask';

/** Forget this browser's link to HeavySet and everything the assistant keeps, after a confirmation. */
export function Disconnect({ connected, onDone }: { connected: boolean; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // In the same task as the outcome shows: never a moment with the outcome on screen and focus lost to the page.
  useLayoutEffect(() => {
    if (message) result.current?.focus();
  }, [message]);

  async function disconnect() {
    setBusy(true);
    try {
      const reply = await ask({ type: 'options/disconnect' });
      setMessage(
        reply.ok
          ? { text: i18n.t('disconnect.done'), ok: true }
          : { text: `⚠ ${reply.problem}`, ok: false },
      );
      if (reply.ok) onDone();
    } catch {
      setMessage({ text: i18n.t('disconnect.noAnswer'), ok: false });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section class="card" aria-labelledby="disconnect-title">
      <h2 id="disconnect-title">{i18n.t('disconnect.title')}</h2>
      <p class="help">{i18n.t('disconnect.help')}</p>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="disconnect-question">
          <span id="disconnect-question">{i18n.t('disconnect.question')}</span>
          <button type="button" class="btn btn-small btn-danger" disabled={busy} onClick={() => void disconnect()} autoFocus>
            {busy ? i18n.t('disconnect.busy') : i18n.t('disconnect.confirm')}
          </button>
          <button
            type="button"
            class="btn btn-small btn-quiet"
            onClick={() => {
              setConfirming(false);
              setTimeout(() => opener.current?.focus(), 0);
            }}
          >
            {i18n.t('disconnect.cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button ref={opener} type="button" class="btn" onClick={() => setConfirming(true)}>
            {i18n.t('disconnect.open')}
          </button>
        </div>
      )}
      <p ref={result} tabIndex={-1} class={message?.ok === false ? 'problem' : 'success'} role="status">
        {message?.text ?? ''}
      </p>
      {!connected && !message && <p class="hint">{i18n.t('disconnect.nothing')}</p>}
    </section>
  );
}
