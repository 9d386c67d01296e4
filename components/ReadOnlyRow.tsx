import { i18n } from '#i18n';
import type { ValueView } from '../utils/messages';
import { ago } from './format';

/** A value HeavySet sets itself (after an OAuth redirect): its status there, nothing to edit.
 *  `how`: how HeavySet gets it, in the playbook's words. */
export function ReadOnlyRow({ view, how }: { view: ValueView; how: string }) {
  const set = view.server?.set === true;
  return (
    <div class={`value-row ${set ? 'status-sent' : 'status-none'}`} role="group" aria-label={view.label}>
      <div class="value-head">
        <span class="value-label">{view.label}</span>
        <span class={`chip ${set ? 'chip-sent' : 'chip-none'}`}>{set ? i18n.t('readOnly.set') : i18n.t('readOnly.notSet')}</span>
      </div>
      <p class={`value-text${set ? '' : ' empty'}`}>
        {set ? (view.server?.hint ? i18n.t('readOnly.setAtHint', { hint: view.server.hint }) : i18n.t('readOnly.setAt')) : i18n.t('readOnly.notSetYet')}
      </p>
      <p class="meta">
        {how}
        {set && view.server?.updatedAt ? ` · ${ago(view.server.updatedAt)}` : ''}.
      </p>
    </div>
  );
}
