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
          <h1 class="brand-name">HeavySet Setup Assistant</h1>
          <p class="brand-org">{session ? `${session.organization.name} · ${session.crmConfig.name}` : 'Not connected'}</p>
        </div>
      </div>
      <button type="button" class="btn btn-small btn-on-dark" onClick={openSettings}>
        Settings
      </button>
    </header>
  );
}
