// Options page: which playbook each CRM's pages follow (bundled, or a signed update from HeavySet),
// the last check and why an update was refused; where updates come from; "Check now".
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../utils/ask';
import type { PlaybookStatusView, ResponseOf } from '../utils/messages';
import { ago, dateTime } from './format';

type Crm = PlaybookStatusView['crms'][number];

const outcomeWords = (outcome: NonNullable<Crm['outcome']>): string =>
  ({
    updated: i18n.t('playbooks.updated'),
    unchanged: i18n.t('playbooks.unchanged'),
    'none-published': i18n.t('playbooks.nonePublished'),
    refused: i18n.t('playbooks.refused'),
    failed: i18n.t('playbooks.failed'),
    'no-keys': i18n.t('playbooks.noKeys'),
  })[outcome];

export function PlaybookStatus() {
  const [view, setView] = useState<PlaybookStatusView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const show = (reply: ResponseOf<'playbooks/status'>) => {
    if (reply.ok) setView(reply.value);
    setProblem(reply.ok ? null : reply.problem);
  };

  useEffect(() => {
    const refresh = () => void ask({ type: 'playbooks/status' }).then(show);
    refresh();
    // A check ends in storage (after "Save" with another API URL, the alarm, another window): show it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = (_changes: unknown, area: string) => {
      if (area !== 'local') return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 200);
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);

  async function checkNow() {
    setChecking(true);
    try {
      show(await ask({ type: 'playbooks/check' }));
    } finally {
      setChecking(false);
    }
  }

  return (
    <section class="card playbook-status" aria-labelledby="playbooks-title">
      <h2 id="playbooks-title">{i18n.t('playbooks.title')}</h2>
      <p class="help">{i18n.t('playbooks.help')}</p>
      {view && <p class={view.productionKeys === 0 ? 'info-box build-keys' : 'help'}>{view.summary}</p>}
      {view && (
        <table class="playbook-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('playbooks.crm')}</th>
              <th scope="col">{i18n.t('playbooks.inUse')}</th>
              <th scope="col">{i18n.t('playbooks.lastCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {view.crms.map((crm) => (
              <tr key={crm.crm} aria-label={i18n.t('playbooks.rowLabel', { crm: crm.name })}>
                <th scope="row">{crm.name}</th>
                <td>{crm.source === 'remote'
                    ? i18n.t('playbooks.remote', { version: crm.version })
                    : crm.version
                      ? i18n.t('playbooks.bundledVersion', { version: crm.version })
                      : i18n.t('playbooks.bundled')}</td>
                <td>
                  {crm.lastCheck ? (
                    <>
                      <span title={dateTime(crm.lastCheck)}>{ago(crm.lastCheck)}</span>
                      {crm.outcome && <strong class={crm.outcome === 'refused' || crm.outcome === 'failed' ? 'outcome bad' : 'outcome'}>{i18n.t('playbooks.outcome', { outcome: outcomeWords(crm.outcome) })}</strong>}
                      {crm.message && <p class="help">{crm.message}</p>}
                    </>
                  ) : (
                    i18n.t('playbooks.notChecked')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" class="btn" disabled={checking || !view} onClick={checkNow}>
          {checking ? i18n.t('playbooks.checking') : i18n.t('playbooks.check')}
        </button>
      </div>
      {problem && (
        <p class="problem" role="alert">
          ⚠ {problem}
        </p>
      )}
    </section>
  );
}
