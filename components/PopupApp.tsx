import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { playbookFor } from '../utils/crm';
import { inPersonsLanguage } from '../utils/guide/playbook-words';
import type { Playbook } from '../utils/guide/playbook';
import type { VerifyResult } from '../utils/heavyset/contract';
import type { PopupState, ValueView } from '../utils/messages';
import { ask } from '../utils/ask';
import { valueDraftKey } from '../utils/drafts';
import { Checklist } from './Checklist';
import { CodeBanner } from './CodeBanner';
import { Elsewhere } from './Elsewhere';
import { FillValuesForm } from './FillValuesForm';
import { NextActionBar, type ActionStatus } from './NextActionBar';
import { isConnected, nextAction, type NextKind } from './nextAction';
import { Notices } from './Notices';
import { OAuthConnect } from './OAuthConnect';
import { openSettings } from './openSettings';
import { PopupHeader } from './PopupHeader';
import { queueWords } from './QueueStatus';
import { ReadOnlyRow } from './ReadOnlyRow';
import { ReportPage } from './ReportPage';
import { SettingsForm } from './SettingsForm';
import { openCrmPage } from './StartLink';
import { usePopupState } from './usePopupState';
import { ValueRow } from './ValueRow';
import { VerifyPanel } from './VerifyResult';

const draftText = (draft: unknown) => (typeof draft === 'string' && draft ? draft : undefined);

export function PopupApp() {
  const { state, error, refresh } = usePopupState();
  const crm = state?.crm ?? state?.session?.crmConfig.crmType;
  const bundled = crm ? playbookFor(crm) : undefined;
  const playbook = bundled && inPersonsLanguage(bundled); // its words in the person's language
  return (
    <div class="popup">
      <PopupHeader session={state?.session} />
      {state && playbook ? (
        <Flow playbook={playbook} state={state} refresh={refresh} error={error} />
      ) : (
        <main class="popup-body" aria-busy={state === null}>
          <Problem text={error} />
          {state === null ? <Loading /> : <Unconnected state={state} refresh={refresh} />}
        </main>
      )}
    </div>
  );
}

function Problem({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="problem" role="alert">
      ⚠ {text}
    </p>
  );
}

function Loading() {
  return (
    <div class="loading" aria-label={i18n.t('popup.loading')}>
      <div class="skeleton" />
      <div class="skeleton" />
      <div class="skeleton short" />
    </div>
  );
}

/** No connect code yet, or a CRM this version has no guide for. */
function Unconnected({ state, refresh }: { state: PopupState; refresh: () => void }) {
  const crm = state.crm ?? state.session?.crmConfig.crmType;
  return (
    <>
      <Notices notices={state.notices} onChanged={refresh} />
      {!state.configured && (
        <section class="card cta" aria-labelledby="connect-title">
          <h2 id="connect-title">{i18n.t('popup.connectTitle')}</h2>
          <p>{i18n.t('popup.connectText')}</p>
          <button type="button" class="btn btn-primary" onClick={openSettings}>
            {i18n.t('popup.openSettings')}
          </button>
        </section>
      )}
      {state.configured && state.sessionProblem && (
        <section class="card warn" role="alert">
          <p>⚠ {state.sessionProblem}</p>
          <button type="button" class="btn btn-small" onClick={openSettings}>
            {i18n.t('popup.openSettings')}
          </button>
        </section>
      )}
      {crm && !state.sessionProblem && <p class="hint">{i18n.t('popup.noGuide')}</p>}
      {!crm && state.configured && <p class="hint">{i18n.t('popup.noCrm')}</p>}
      <ReportPage configured={state.configured} />
    </>
  );
}

/** One CRM's popup: what was captured, the settings, Verify, the guide; the next action at the bottom. */
function Flow({ playbook, state, refresh, error }: { playbook: Playbook; state: PopupState; refresh: () => void; error: string | null }) {
  const [region, setRegion] = useState<string>(state.oauth?.region ?? playbook.oauth?.regions[0]?.value ?? '');
  const [settingsDirty, setSettingsDirty] = useState(false);
  const [verified, setVerified] = useState<VerifyResult | null>(null);
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [lastAction, setLastAction] = useState<NextKind | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const next = nextAction(playbook, state, { settingsDirty });

  /** Runs an action; its outcome goes to the status line, which takes the focus. */
  async function act(kind: NextKind, run: () => Promise<ActionStatus | null>) {
    setBusy(true);
    setStatus(null);
    setLastAction(kind);
    let outcome: ActionStatus | null;
    try {
      outcome = await run();
    } catch {
      outcome = { text: `⚠ ${i18n.t('popup.noAnswer')}`, tone: 'bad' };
    }
    setStatus(outcome);
    setBusy(false);
    refresh();
    // After the re-render: the button may have changed or gone; the status says what happened.
    setTimeout(() => statusRef.current?.focus(), 0);
  }

  const actions: Record<NextKind, () => Promise<ActionStatus | null>> = {
    async start() {
      const start = playbook.start;
      if (!start || !('url' in start)) return null;
      await openCrmPage(start.url);
      return { text: i18n.t('popup.opened', { crm: playbook.name }), tone: 'info' };
    },
    async connect() {
      const reply = await ask({ type: 'oauth/start', region });
      if (!reply.ok) return { text: `⚠ ${reply.problem}`, tone: 'bad' };
      return { text: i18n.t('popup.oauthOpened', { provider: playbook.oauth?.provider ?? playbook.name }), tone: 'info' };
    },
    async send() {
      const reply = await ask({ type: 'send', crm: playbook.crm });
      // While it goes, the queue's own words show (below); a refusal is said at once.
      return reply.ok ? null : { text: `⚠ ${reply.problem}`, tone: 'bad' };
    },
    save: async () => null,
    verify: () => verify(),
    done: () => verify(),
  };

  async function verify(): Promise<ActionStatus> {
    const reply = await ask({ type: 'verify' });
    if (!reply.ok) return { text: `⚠ ${reply.problem}`, tone: 'bad' };
    setVerified(reply.value);
    const failed = reply.value.checks.filter((c) => !c.ok);
    // Where the checks are listed (the status below sums them up and keeps the focus).
    if (failed.length) setTimeout(() => document.getElementById('verify-title')?.scrollIntoView({ block: 'start' }), 0);
    if (!failed.length) return { text: i18n.t('popup.verified', { count: reply.value.checks.length }), tone: 'ok' };
    return { text: i18n.t('popup.verifyFailed', { failed: failed.length, count: reply.value.checks.length, checks: failed.map((c) => c.label).join('; ') }), tone: 'bad' };
  }

  // Where a send stands, when no action outcome says more; where a connection started here ended up.
  const queue = queueWords(state.queue);
  const oauthEnded = lastAction === 'connect' && (state.oauth?.state === 'connected' || state.oauth?.state === 'failed');
  const connectOutcome: ActionStatus | null = oauthEnded
    ? { text: `${state.oauth!.state === 'connected' ? '✓' : '⚠'} ${state.oauth!.message}`, tone: state.oauth!.state === 'connected' ? 'ok' : 'bad' }
    : null;
  const sent = lastAction === 'send' && state.queue.state === 'idle' && next.kind !== 'send';
  const shown: ActionStatus | null =
    connectOutcome ??
    status ??
    (state.codeProblem
      ? null
      : queue
        ? { text: queue, tone: state.queue.state === 'failed' ? 'bad' : 'info' }
        : sent
          ? { text: i18n.t('popup.sent'), tone: 'ok' }
          : null);

  const rows: ValueView[] = playbook.fields.map(
    (f) =>
      state.values.find((v) => v.field === f.key) ?? { field: f.key, label: f.label, secret: f.secret, history: [], readOnly: f.readOnly },
  );
  const labelOf = (field: string) => playbook.fields.find((f) => f.key === field)?.label ?? field;

  return (
    <>
      <NextActionBar next={next} busy={busy} status={shown} statusRef={statusRef} onAct={() => void act(next.kind, actions[next.kind])} />
      <main class="popup-body">
        <Problem text={error} />
        {state.codeProblem && <CodeBanner problem={state.codeProblem} />}
        <Notices notices={state.notices} onChanged={refresh} />
        {playbook.oauth && (
          <OAuthConnect
            spec={playbook.oauth}
            view={state.oauth}
            region={region}
            onRegion={setRegion}
            action={
              isConnected(playbook, state) && !state.codeProblem
                ? { label: i18n.t('popup.again', { action: playbook.oauth.label }), run: () => void act('connect', actions.connect), busy }
                : undefined
            }
          />
        )}
        <Elsewhere crm={playbook.crm} groups={state.elsewhere} session={state.session} onChanged={refresh} />
        <section class="card" aria-labelledby="values-title">
          <h2 id="values-title">{i18n.t('popup.values', { crm: playbook.name })}</h2>
          <div class="values">
            {rows.map((view) =>
              view.readOnly ? (
                <ReadOnlyRow key={view.field} view={view} how={playbook.oauth?.fieldsNote ?? i18n.t('popup.setByHeavySet')} />
              ) : (
                <ValueRow
                  key={view.field}
                  crm={playbook.crm}
                  view={view}
                  labelOf={labelOf}
                  fix={view.refused ? playbook.popupTroubles.find((t) => t.when === 'rejected' && t.fields?.includes(view.field))?.message : undefined}
                  draft={draftText(state.drafts[valueDraftKey(playbook.crm, view.field)])}
                  onChanged={refresh}
                />
              ),
            )}
          </div>
        </section>
        <SettingsForm
          playbook={playbook}
          state={state}
          onDirty={setSettingsDirty}
          onSaving={() => {
            setBusy(true);
            setStatus(null);
            setLastAction('save');
          }}
          onSaved={(problem) => {
            setBusy(false);
            setStatus(problem ? { text: i18n.t('popup.notSaved', { problem }), tone: 'bad' } : { text: i18n.t('popup.saved'), tone: 'ok' });
            refresh();
            setTimeout(() => statusRef.current?.focus(), 0);
          }}
        />
        <VerifyPanel playbook={playbook} result={verified ?? state.verify ?? null} at={verified ? undefined : state.verify?.at} />
        <FillValuesForm playbook={playbook} state={state} onChanged={refresh} />
        <Checklist crm={playbook.crm} items={state.checklist} onChanged={refresh} />
        <ReportPage configured={state.configured} />
        <p class="popup-note">{i18n.t('popup.kept', { hours: state.expiryHours })}</p>
      </main>
    </>
  );
}
