import { i18n } from '#i18n';
import type { Playbook } from '../utils/guide/playbook';
import type { VerifyResult } from '../utils/heavyset/contract';
import { ago } from './format';
import { troubleFor } from './nextAction';

interface Props {
  playbook: Playbook;
  /** The last result (this popup's, or the one the background kept). */
  result: VerifyResult | null;
  /** When the kept result was checked (absent: just now). */
  at?: string;
}

/** Each check HeavySet made; under a failed one, the seed's fix when the playbook ties one to it
 *  (never for a refused connect code or missing settings: their own words say what to do). */
export function VerifyPanel({ playbook, result, at }: Props) {
  if (!result) return null;
  return (
    <section class="card" aria-labelledby="verify-title">
      <h2 id="verify-title">
        {i18n.t('verify.title')} <span class="hint">{at ? i18n.t('verify.checkedAgo', { when: ago(at) }) : i18n.t('verify.justNow')}</span>
      </h2>
      <ul class="verify-list">
        {result.checks.map((check) => {
          const fix = check.ok ? undefined : troubleFor(playbook, { check: check.id });
          return (
            <li key={check.id} class={check.ok ? 'ok' : 'bad'}>
              <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>
              <span>
                <span class="sr-only">{check.ok ? i18n.t('verify.passed') : i18n.t('verify.failed')}</span>
                {check.label}
                {check.message && <span class="help"> — {check.message}</span>}
                {fix && <span class="fix">{fix}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
