import type { ElsewhereView } from '../utils/messages';
import type { Session } from '../utils/heavyset/contract';
import { ask } from '../utils/ask';
import { masked } from './format';

/** Values of this CRM not bound to the connected config: shown apart, never sent with its values. */
export function Elsewhere({ crm, groups, session, onChanged }: { crm: string; groups: ElsewhereView[]; session?: Session; onChanged: () => void }) {
  if (!groups.length) return null;
  const here = session ? `${session.organization.name} — ${session.crmConfig.name}` : 'this configuration';
  return (
    <section class="card warn" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">Values kept apart</h2>
      {groups.map((group) => {
        const list = group.values.map((v) => `${v.label} ${masked(v.lastFour)}`).join(', ');
        const discard = () => void ask({ type: 'values/discard', crm, configId: group.configId }).then(onChanged);
        return (
          <div class="elsewhere" key={group.configId ?? 'unbound'}>
            {group.configId === null ? (
              <p>
                Captured before a connect code for this CRM was saved: {list}. They are not sent until you choose.
              </p>
            ) : (
              <p>
                Captured for {group.organization ?? 'another configuration'}: {list}. They belong to that organization and are never sent to {here}.
              </p>
            )}
            <div class="actions">
              {group.configId === null && session && (
                <button type="button" class="btn btn-small" onClick={() => void ask({ type: 'values/bind', crm }).then(onChanged)}>
                  Use them for {here}
                </button>
              )}
              <button type="button" class="btn btn-small btn-quiet" onClick={discard}>
                Discard them
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
