import type { ValueView } from '../utils/messages';
import { ago } from './format';

/** A value HeavySet sets itself (e.g. after Zoho's redirect): its status there, nothing to edit. */
export function ReadOnlyRow({ view }: { view: ValueView }) {
  const set = view.server?.set === true;
  return (
    <div class={`value-row ${set ? 'status-sent' : 'status-none'}`} role="group" aria-label={view.label}>
      <div class="value-head">
        <span class="value-label">{view.label}</span>
        <span class={`chip ${set ? 'chip-sent' : 'chip-none'}`}>{set ? 'Set' : 'Not set'}</span>
      </div>
      <p class={`value-text${set ? '' : ' empty'}`}>
        {set ? `Set at HeavySet ${view.server?.hint ? `…${view.server.hint}` : ''}`.trim() : 'Not set yet'}
      </p>
      <p class="meta">
        Set by HeavySet itself when Zoho redirects back{set && view.server?.updatedAt ? ` · ${ago(view.server.updatedAt)}` : ''}.
      </p>
    </div>
  );
}
