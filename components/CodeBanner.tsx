import type { PopupState } from '../utils/messages';
import { openSettings } from './openSettings';

/** HeavySet refused the saved connect code: said once, at the top, with where a new one comes from. */
export function CodeBanner({ problem }: { problem: NonNullable<PopupState['codeProblem']> }) {
  return (
    <section class="banner banner-bad" role="alert" aria-labelledby="code-banner-title">
      <h2 id="code-banner-title">⚠ {problem.title}</h2>
      <p>
        Get a new one: <strong>HeavySet → Connections → CRM → Edit Config → Connect code</strong>, and paste it in Settings. Nothing is
        sent until then.
      </p>
      <p class="banner-detail">
        HeavySet says: “{problem.message}”{problem.codeLastFour ? ` (code in use: …${problem.codeLastFour})` : ''}
      </p>
      <button type="button" class="btn btn-primary" onClick={openSettings}>
        Open Settings
      </button>
    </section>
  );
}
