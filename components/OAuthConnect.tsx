import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { OAuthSpec } from '../utils/guide/playbook';
import type { OAuthView } from '../utils/messages';

interface Props {
  spec: OAuthSpec;
  view?: OAuthView;
  /** The region picked (the popup's next action, or `action`, connects with it). */
  region: string;
  onRegion: (region: string) => void;
  /** A button of this card's own: "Connect … again" once connected (the next action is elsewhere then). */
  action?: { label: string; run: () => void; primary?: boolean; busy?: boolean };
  /** The card's heading (default "Connection"). */
  title?: string;
  children?: ComponentChildren;
}

/** The playbook's OAuth connection: the region to connect in, where the connection stands. HeavySet
 *  makes the consent URL for the region; a tab opens on it. */
export function OAuthConnect({ spec, view, region, onRegion, action, title = i18n.t('oauth.title'), children }: Props) {
  const state = view?.state ?? 'idle';
  return (
    <section class="card" aria-labelledby="oauth-title">
      <h2 id="oauth-title">{title}</h2>
      <div class="setting">
        <label for="oauth-region" class="setting-label">
          {spec.regionLabel}
        </label>
        <select id="oauth-region" value={region} onChange={(e) => onRegion(e.currentTarget.value)}>
          {spec.regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.detail ? i18n.t('oauth.region', { label: r.label, detail: r.detail }) : r.label}
            </option>
          ))}
        </select>
      </div>
      <p class="help">{spec.help}</p>
      {view && view.message && (
        <p class={`oauth-status oauth-${state}`} role="status" aria-live="polite">
          {state === 'connected' ? '✓ ' : state === 'failed' ? '⚠ ' : ''}
          {view.message}
        </p>
      )}
      {action && (
        <div class="actions">
          <button type="button" class={`btn${action.primary ? ' btn-primary' : ' btn-small'}`} disabled={action.busy} onClick={action.run}>
            {action.busy ? i18n.t('oauth.opening') : action.label}
          </button>
        </div>
      )}
      {children}
    </section>
  );
}
