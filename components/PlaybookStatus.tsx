// Options page: which playbook each CRM's pages follow (bundled, or a signed update from HeavySet),
// the last check and why an update was refused; where updates come from; "Check now".
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../utils/ask';
import type { PlaybookStatusView, ResponseOf } from '../utils/messages';
import { ago, dateTime } from './format';

type Crm = PlaybookStatusView['crms'][number];

const OUTCOME_WORDS: Record<NonNullable<Crm['outcome']>, string> = {
  updated: 'Update taken',
  unchanged: 'Up to date',
  'none-published': 'Nothing published',
  refused: 'Update refused',
  failed: 'Check failed',
  'no-keys': 'No updates from this API',
};

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
      <h2 id="playbooks-title">CRM guides (playbooks)</h2>
      <p class="help">
        When a CRM changes its pages, HeavySet can update the guide within hours, signed so that only HeavySet can. Pages opened
        after an update use it; a refused or failed update changes nothing.
      </p>
      {view && <p class={view.productionKeys === 0 ? 'info-box build-keys' : 'help'}>{view.summary}</p>}
      {view && (
        <table class="playbook-table">
          <thead>
            <tr>
              <th scope="col">CRM</th>
              <th scope="col">In use</th>
              <th scope="col">Last check</th>
            </tr>
          </thead>
          <tbody>
            {view.crms.map((crm) => (
              <tr key={crm.crm} aria-label={`${crm.name} playbook`}>
                <th scope="row">{crm.name}</th>
                <td>{crm.source === 'remote' ? `Update v${crm.version} from HeavySet` : `Bundled${crm.version ? ` (v${crm.version})` : ''}`}</td>
                <td>
                  {crm.lastCheck ? (
                    <>
                      <span title={dateTime(crm.lastCheck)}>{ago(crm.lastCheck)}</span>
                      {crm.outcome && <strong class={crm.outcome === 'refused' || crm.outcome === 'failed' ? 'outcome bad' : 'outcome'}> · {OUTCOME_WORDS[crm.outcome]}</strong>}
                      {crm.message && <p class="help">{crm.message}</p>}
                    </>
                  ) : (
                    'Not checked yet'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" class="btn" disabled={checking || !view} onClick={checkNow}>
          {checking ? 'Checking…' : 'Check for updates now'}
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
