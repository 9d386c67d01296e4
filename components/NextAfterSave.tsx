import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { Playbook } from '../utils/guide/playbook';
import { OAuthConnect } from './OAuthConnect';
import { openCrmPage } from './StartLink';

/** After a good Save: where the setup goes on (the playbook's start), one button away. */
export function NextAfterSave({ playbook }: { playbook: Playbook }) {
  const start = playbook.start;
  const [region, setRegion] = useState(playbook.oauth?.regions[0]?.value ?? '');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!start) return null;

  async function connect() {
    setBusy(true);
    const reply = await ask({ type: 'oauth/start', region }).catch(() => null);
    setBusy(false);
    setNote(reply?.ok ? null : `⚠ ${reply?.problem ?? i18n.t('afterSave.noAnswer')}`);
  }

  const problem = note && (
    <p class="problem" role="alert">
      {note}
    </p>
  );
  if (!('url' in start)) {
    if (!playbook.oauth) return null;
    return (
      <OAuthConnect
        title={i18n.t('afterSave.nextOAuth', { action: start.label })}
        spec={playbook.oauth}
        region={region}
        onRegion={setRegion}
        action={{ label: start.label, run: () => void connect(), primary: true, busy }}
      >
        {problem}
      </OAuthConnect>
    );
  }
  return (
    <section class="card next-after-save" aria-labelledby="next-after-save-title">
      <h2 id="next-after-save-title">{i18n.t('afterSave.title', { crm: playbook.name })}</h2>
      <p class="help">{i18n.t('afterSave.help', { crm: playbook.name })}</p>
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={() => void openCrmPage(start.url)}>
          {start.label}
        </button>
      </div>
    </section>
  );
}
