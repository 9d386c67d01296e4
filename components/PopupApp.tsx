import { playbookFor } from '../utils/crm';
import type { Playbook } from '../utils/guide/playbook';
import type { PopupState, ValueView } from '../utils/messages';
import { Checklist } from './Checklist';
import { FillValuesForm } from './FillValuesForm';
import { Notices } from './Notices';
import { Elsewhere } from './Elsewhere';
import { OAuthConnect } from './OAuthConnect';
import { ReadOnlyRow } from './ReadOnlyRow';
import { openSettings } from './openSettings';
import { PopupHeader } from './PopupHeader';
import { ReportPage } from './ReportPage';
import { SendPanel } from './SendPanel';
import { isConnected, SettingsForm } from './SettingsForm';
import { usePopupState } from './usePopupState';
import { ValueRow } from './ValueRow';
import { valueDraftKey } from '../utils/drafts';
import { VerifyPanel } from './VerifyResult';

const draftText = (draft: unknown) => (typeof draft === 'string' && draft ? draft : undefined);

export function PopupApp() {
  const { state, error, refresh } = usePopupState();
  return (
    <div class="popup">
      <PopupHeader session={state?.session} />
      <main class="popup-body" aria-busy={state === null}>
        {error && (
          <p class="problem" role="alert">
            ⚠ {error}
          </p>
        )}
        {state === null ? <Loading /> : <PopupContent state={state} refresh={refresh} />}
      </main>
      {state && (
        <footer class="popup-footer">
          Values are kept encrypted on this computer for up to {state.expiryHours} h, then purged. Sent values are purged at
          once.
        </footer>
      )}
    </div>
  );
}

function Loading() {
  return (
    <div class="loading" aria-label="Loading">
      <div class="skeleton" />
      <div class="skeleton" />
      <div class="skeleton short" />
    </div>
  );
}

function PopupContent({ state, refresh }: { state: PopupState; refresh: () => void }) {
  const crm = state.crm ?? state.session?.crmConfig.crmType;
  const playbook = crm ? playbookFor(crm) : undefined;
  return (
    <>
      <Notices notices={state.notices} onChanged={refresh} />
      {!state.configured && (
        <section class="card cta">
          <h2>Connect the assistant to HeavySet</h2>
          <p>Open Settings and paste the connect code from the HeavySet platform. Until then, values are captured but not sent.</p>
          <button type="button" class="btn btn-primary" onClick={openSettings}>
            Open Settings
          </button>
        </section>
      )}
      {state.configured && state.sessionProblem && (
        <section class="card warn" role="alert">
          <p>⚠ {state.sessionProblem}</p>
          <button type="button" class="btn btn-small" onClick={openSettings}>
            Open Settings
          </button>
        </section>
      )}
      {crm && !playbook && <p class="hint">This version of the assistant has no guide for this CRM yet.</p>}
      {!crm && state.configured && <p class="hint">HeavySet did not say which CRM this connection is for.</p>}
      {playbook && <Flow playbook={playbook} state={state} refresh={refresh} />}
      <ReportPage configured={state.configured} />
    </>
  );
}

function Flow({ playbook, state, refresh }: { playbook: Playbook; state: PopupState; refresh: () => void }) {
  const labelOf = (field: string) => playbook.fields.find((f) => f.key === field)?.label ?? field;
  const rows: ValueView[] = playbook.fields.map(
    (f) =>
      state.values.find((v) => v.field === f.key) ?? { field: f.key, label: f.label, secret: f.secret, history: [], readOnly: f.readOnly },
  );
  const connected = isConnected(playbook, state);
  const verifyBlocker = !state.configured
    ? 'Connect to HeavySet in Settings first.'
    : !connected
      ? 'Send the values first.'
      : null;
  const rejected = playbook.popupTroubles.find((t) => t.when === 'rejected')?.message;
  const refused = state.queue.state === 'failed' && rows.some((r) => r.status === 'failed');
  const sendable = playbook.fields.some((f) => !f.readOnly);

  return (
    <>
      {playbook.oauth && (
        <OAuthConnect
          spec={playbook.oauth}
          view={state.oauth}
          disabledReason={state.configured ? null : 'Connect to HeavySet in Settings first.'}
          onChanged={refresh}
        />
      )}
      <Elsewhere crm={playbook.crm} groups={state.elsewhere} session={state.session} onChanged={refresh} />
      <section class="card" aria-labelledby="values-title">
        <h2 id="values-title">{playbook.name} values</h2>
        <div class="values">
          {rows.map((view) =>
            view.readOnly ? (
              <ReadOnlyRow key={view.field} view={view} how={playbook.oauth?.fieldsNote ?? 'Set by HeavySet itself'} />
            ) : (
              <ValueRow
                key={view.field}
                crm={playbook.crm}
                view={view}
                labelOf={labelOf}
                draft={draftText(state.drafts[valueDraftKey(playbook.crm, view.field)])}
                onChanged={refresh}
              />
            ),
          )}
        </div>
        {sendable && <SendPanel crm={playbook.crm} state={state} onChanged={refresh} />}
        {refused && rejected && <p class="hint">{rejected}</p>}
      </section>
      <SettingsForm playbook={playbook} state={state} onChanged={refresh} />
      <VerifyPanel last={state.verify} disabledReason={verifyBlocker} rejectedHint={rejected} onChanged={refresh} />
      <FillValuesForm playbook={playbook} state={state} onChanged={refresh} />
      <Checklist crm={playbook.crm} items={state.checklist} onChanged={refresh} />
    </>
  );
}
