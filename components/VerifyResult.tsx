import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { VerifyResult as Result } from '../utils/heavyset/contract';
import { ago } from './format';

interface Props {
  /** Last result kept by the background. */
  last?: Result & { at: string };
  disabledReason: string | null;
  /** Shown under a failed verification (the playbook's troubleshooting). */
  rejectedHint?: string;
  onChanged: () => void;
}

export function VerifyPanel({ last, disabledReason, rejectedHint, onChanged }: Props) {
  const [fresh, setFresh] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = fresh ?? last ?? null;

  async function verify() {
    setError(null);
    setBusy(true);
    try {
      const answer = await ask({ type: 'verify' });
      if (answer.ok) setFresh(answer.data);
      else setError(answer.error);
    } catch {
      setError('The assistant did not answer. Close and reopen the popup, then try again.');
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <section class="card" aria-labelledby="verify-title">
      <h2 id="verify-title">Verify</h2>
      <div class="actions">
        <button type="button" class="btn" disabled={busy || disabledReason !== null} onClick={verify}>
          {busy ? 'Verifying…' : 'Verify'}
        </button>
        <span class="hint">{disabledReason ?? (last && !fresh ? `Last checked ${ago(last.at)}` : '')}</span>
      </div>
      <div role="status" aria-live="polite">
        {result && (
          <ul class="verify-list">
            {result.checks.map((check) => (
              <li key={check.id} class={check.ok ? 'ok' : 'bad'}>
                <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>
                <span>
                  <span class="sr-only">{check.ok ? 'Passed: ' : 'Failed: '}</span>
                  {check.label}
                  {check.message && <span class="help"> — {check.message}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {result && !result.ok && rejectedHint && <p class="hint">{rejectedHint}</p>}
        {result?.ok && <p class="success">✓ HeavySet is connected and working.</p>}
      </div>
      {error && (
        <p class="problem" role="alert">
          ⚠ {error}
        </p>
      )}
    </section>
  );
}
