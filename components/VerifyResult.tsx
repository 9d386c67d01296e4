import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { VerifyResult as Result } from '../utils/heavyset/contract';
import { ago } from './format';
import { ActionProblem, useAction } from './useAction';

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
  const result = fresh ?? last ?? null;
  const { busy, error, start: verify } = useAction(async () => {
    const answer = await ask({ type: 'verify' });
    if (!answer.ok) return answer.problem;
    setFresh(answer.value);
    return null;
  }, onChanged);

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
      <ActionProblem error={error} />
    </section>
  );
}
