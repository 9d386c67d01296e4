import { i18n } from '#i18n';
import type { ElsewhereView } from '../utils/messages';
import type { Session } from '../utils/heavyset/contract';
import { ask } from '../utils/ask';
import { masked } from './format';

/** Values of this CRM not bound to the connected config: shown apart, never sent with its values. */
export function Elsewhere({ crm, groups, session, onChanged }: { crm: string; groups: ElsewhereView[]; session?: Session; onChanged: () => void }) {
  if (!groups.length) return null;
  const here = session ? i18n.t('elsewhere.here', { organization: session.organization.name, config: session.crmConfig.name }) : i18n.t('elsewhere.thisConfig');
  return (
    <section class="card warn" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">{i18n.t('elsewhere.title')}</h2>
      {groups.map((group) => {
        const list = group.values.map((v) => `${v.label} ${masked(v.lastFour)}`).join(', ');
        const discard = () => void ask({ type: 'values/discard', crm, configId: group.configId }).then(onChanged);
        return (
          <div class="elsewhere" key={group.configId ?? 'unbound'}>
            {group.configId === null ? (
              <p>{i18n.t('elsewhere.unbound', { values: list })}</p>
            ) : (
              <p>{i18n.t('elsewhere.bound', { organization: group.organization ?? i18n.t('elsewhere.otherConfig'), values: list, here })}</p>
            )}
            <div class="actions">
              {group.configId === null && session && (
                <button type="button" class="btn btn-small" onClick={() => void ask({ type: 'values/bind', crm }).then(onChanged)}>
                  {i18n.t('elsewhere.use', { here })}
                </button>
              )}
              <button type="button" class="btn btn-small btn-quiet" onClick={discard}>
                {i18n.t('elsewhere.discard')}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
