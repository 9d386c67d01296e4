import { i18n } from '#i18n';
import type { Session } from '../utils/heavyset/contract';
import { openSettings } from './openSettings';

export function PopupHeader({ session }: { session?: Session }) {
  return (
    <header class="popup-header">
      <div class="brand">
        <span class="logo" aria-hidden="true">
          H
        </span>
        <div>
          <h1 class="brand-name">{i18n.t('popupHeader.title')}</h1>
          <p class="brand-org">
            {session ? i18n.t('popupHeader.org', { organization: session.organization.name, config: session.crmConfig.name }) : i18n.t('popupHeader.notConnected')}
          </p>
        </div>
      </div>
      <button type="button" class="btn btn-small btn-on-dark" onClick={openSettings}>
        {i18n.t('popupHeader.settings')}
      </button>
    </header>
  );
}
