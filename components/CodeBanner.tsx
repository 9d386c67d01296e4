import { i18n } from '#i18n';
import type { PopupState } from '../utils/messages';
import { openSettings } from './openSettings';
import { rich, slot } from './rich';

/** HeavySet refused the saved connect code: said once, at the top, with where a new one comes from. */
export function CodeBanner({ problem }: { problem: NonNullable<PopupState['codeProblem']> }) {
  return (
    <section class="banner banner-bad" role="alert" aria-labelledby="code-banner-title">
      <h2 id="code-banner-title">⚠ {problem.title}</h2>
      <p>{rich(i18n.t('codeBanner.howTo', { path: slot('path') }), { path: <strong>{i18n.t('codeBanner.path')}</strong> })}</p>
      <p class="banner-detail">
        {i18n.t('codeBanner.says', { message: problem.message })}
        {problem.codeLastFour ? i18n.t('codeBanner.inUse', { lastFour: problem.codeLastFour }) : ''}
      </p>
      <button type="button" class="btn btn-primary" onClick={openSettings}>
        {i18n.t('codeBanner.openSettings')}
      </button>
    </section>
  );
}
