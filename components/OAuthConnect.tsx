import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { OAuthSpec } from '../utils/guide/playbook';
import type { OAuthView } from '../utils/messages';
import { ActionProblem, useAction } from './useAction';

interface Props {
  spec: OAuthSpec;
  view?: OAuthView;
  disabledReason: string | null;
  onChanged: () => void;
}

/** The playbook's OAuth "Connect": HeavySet makes the consent URL for the region picked; a tab opens on it. */
export function OAuthConnect({ spec, view, disabledReason, onChanged }: Props) {
  const [region, setRegion] = useState<string>(view?.region ?? spec.regions[0]?.value ?? '');
  const state = view?.state ?? 'idle';
  const { busy, error, start: connect } = useAction(async () => {
    const result = await ask({ type: 'oauth/start', region });
    return result.ok ? null : result.problem;
  }, onChanged);

  return (
    <section class="card" aria-labelledby="oauth-title">
      <h2 id="oauth-title">Connection</h2>
      <div class="setting">
        <label for="oauth-region" class="setting-label">
          {spec.regionLabel}
        </label>
        <select id="oauth-region" value={region} onChange={(e) => setRegion(e.currentTarget.value)}>
          {spec.regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.detail ? `${r.label} (${r.detail})` : r.label}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button
          type="button"
          class={state === 'connected' ? 'btn' : 'btn btn-primary'}
          disabled={busy || disabledReason !== null}
          onClick={connect}
        >
          {busy ? 'Opening…' : state === 'connected' ? `${spec.label} again` : spec.label}
        </button>
      </div>
      <p class="help">{disabledReason ?? spec.help}</p>
      {view && view.message && (
        <p class={`oauth-status oauth-${state}`} role="status" aria-live="polite">
          {state === 'connected' ? '✓ ' : state === 'failed' ? '⚠ ' : ''}
          {view.message}
        </p>
      )}
      <ActionProblem error={error} />
    </section>
  );
}
