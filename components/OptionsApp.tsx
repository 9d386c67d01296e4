import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ask } from '../utils/ask';
import { crmName, playbookFor } from '../utils/crm';
import { inPersonsLanguage } from '../utils/guide/playbook-words';
import { Disconnect } from './Disconnect';
import { NextAfterSave } from './NextAfterSave';
import { ApiUrl, ConnectCode, PRODUCTION_API_URL, type Session } from '../utils/heavyset/contract';
import { requestLoopbackAccess } from '../utils/heavyset/loopback';
import { dateTime } from './format';
import { PlaybookStatus } from './PlaybookStatus';
import { rich, slot } from './rich';

type Field = 'apiUrl' | 'connectCode' | 'engineerEmail' | 'form';
type Problems = Partial<Record<Field, string>>;

const engineerEmailSchema = () => z.union([z.literal(''), z.email(i18n.t('options.emailInvalid'))]);

export function connectedText(session: Session): string {
  const crm = crmName(session.crmConfig.crmType);
  const config = session.crmConfig.name.includes(crm) ? session.crmConfig.name : i18n.t('options.connectedConfig', { config: session.crmConfig.name, crm });
  return i18n.t('options.connected', { organization: session.organization.name, config });
}

/** Which field a background error is about, so it is shown next to it. */
function fieldOf(error: string): Field {
  if (/connect code/i.test(error)) return 'connectCode';
  if (/e-?mail/i.test(error)) return 'engineerEmail';
  if (/address|url|https?:|reach|server/i.test(error)) return 'apiUrl';
  return 'form';
}

export function OptionsApp() {
  const [apiUrl, setApiUrl] = useState('');
  const [connectCode, setConnectCode] = useState('');
  const [engineerEmail, setEngineerEmail] = useState('');
  const [storedLastFour, setStoredLastFour] = useState<string | undefined>();
  /** The API URL the saved code belongs to: it is never sent anywhere else. */
  const [storedApiUrl, setStoredApiUrl] = useState<string | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const [session, setSession] = useState<Session | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [showCode, setShowCode] = useState(false);

  // What the person typed before the stored settings arrived is theirs: the stored ones never overwrite it.
  const typed = useRef(new Set<Field>());
  const typing = (field: Field, set: (value: string) => void) => (value: string) => {
    typed.current.add(field);
    set(value);
  };

  useEffect(() => {
    ask({ type: 'options/get' })
      .then((reply) => {
        if (!reply.ok) {
          if (!typed.current.has('apiUrl')) setApiUrl(PRODUCTION_API_URL);
          setProblems({ form: reply.problem });
          return;
        }
        const stored = reply.value;
        if (!typed.current.has('apiUrl')) setApiUrl(stored.apiUrl || PRODUCTION_API_URL);
        setStoredApiUrl(stored.apiUrl);
        if (!typed.current.has('engineerEmail')) setEngineerEmail(stored.engineerEmail);
        setStoredLastFour(stored.connectCodeLastFour);
        setSession(stored.session);
        if (stored.connectCodeProblem) setProblems({ connectCode: stored.connectCodeProblem });
      })
      .finally(() => setLoaded(true));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    setJustSaved(false);
    const found: Problems = {};
    const url = ApiUrl.safeParse(apiUrl);
    if (!url.success) found.apiUrl = url.error.issues[0]?.message;
    const code = connectCode.trim();
    const urlChanged = url.success && storedLastFour !== undefined && url.data !== storedApiUrl;
    if (code === '') {
      if (!storedLastFour) found.connectCode = i18n.t('options.pasteCode');
      else if (urlChanged) found.connectCode = i18n.t('options.codeAgain', { url: storedApiUrl ?? '' });
    } else {
      const parsed = ConnectCode.safeParse(code);
      if (!parsed.success) found.connectCode = parsed.error.issues[0]?.message;
    }
    const email = engineerEmailSchema().safeParse(engineerEmail.trim());
    if (!email.success) found.engineerEmail = email.error.issues[0]?.message;
    setProblems(found);
    if (Object.keys(found).length > 0 || !url.success) return;

    // Asked now, while the click counts as the person's: the pages a loopback server serves need its host.
    const access = requestLoopbackAccess(url.data);
    setNote(undefined);
    setBusy(true);
    try {
      const result = await ask({ type: 'options/save', apiUrl: url.data, connectCode: code, engineerEmail: engineerEmail.trim() });
      if (result.ok) {
        setSession(result.value);
        setJustSaved(true);
        setApiUrl(url.data);
        setStoredApiUrl(url.data);
        void access.then((granted) => {
          if (granted === false)
            setNote(i18n.t('options.loopbackRefused', { host: new URL(url.data).hostname }));
        });
        if (code) setStoredLastFour(code.slice(-4));
        setConnectCode('');
      } else {
        // A refusal does not touch what was saved: say which code stays in use (the box below still shows its organization).
        const kept = storedLastFour && session ? i18n.t('options.stillUsing', { lastFour: storedLastFour }) : '';
        setProblems({ [fieldOf(result.problem)]: result.problem + kept });
      }
    } catch {
      setProblems({ form: i18n.t('options.noAnswer') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <main class="options">
        <header class="options-header">
          <span class="logo" aria-hidden="true">
            H
          </span>
          <h1>{i18n.t('options.title')}</h1>
        </header>
        <section class="card intro">
          <p>
            {rich(i18n.t('options.intro', { code: slot('code'), path: slot('path') }), {
              code: <strong>{i18n.t('options.introCode')}</strong>,
              path: <strong>{i18n.t('options.introPath')}</strong>,
            })}
          </p>
          <p class="help">{i18n.t('options.introHelp')}</p>
        </section>

        <form class="card" onSubmit={save} noValidate aria-busy={!loaded}>
          <TextField
            id="apiUrl"
            label={i18n.t('options.apiUrl')}
            value={apiUrl}
            onInput={typing('apiUrl', setApiUrl)}
            problem={problems.apiUrl}
            help={i18n.t('options.apiUrlHelp')}
            type="url"
          />
          <TextField
            id="connectCode"
            label={i18n.t('options.code')}
            value={connectCode}
            onInput={setConnectCode}
            problem={problems.connectCode}
            help={
              storedLastFour
                ? i18n.t('options.codeSavedHelp', { lastFour: storedLastFour, url: storedApiUrl ?? '' })
                : i18n.t('options.codeHelp')
            }
            placeholder={storedLastFour ? i18n.t('options.codeSavedPlaceholder', { lastFour: storedLastFour }) : 'hsc_…'}
            type={showCode ? 'text' : 'password'}
            toggle={{
              label: showCode ? i18n.t('options.hide') : i18n.t('options.show'),
              name: showCode ? i18n.t('options.hideCode') : i18n.t('options.showCode'),
              onToggle: () => setShowCode(!showCode),
            }}
          />
          <TextField
            id="engineerEmail"
            label={i18n.t('options.email')}
            value={engineerEmail}
            onInput={typing('engineerEmail', setEngineerEmail)}
            problem={problems.engineerEmail}
            help={i18n.t('options.emailHelp')}
            type="email"
          />
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy || !loaded}>
              {busy ? i18n.t('options.saving') : i18n.t('options.save')}
            </button>
          </div>
          {problems.form && (
            <p class="problem" role="alert">
              ⚠ {problems.form}
            </p>
          )}
          {note && <p class="help">{note}</p>}
          <div role="status" aria-live="polite">
            {session && (
              <div class={justSaved ? 'success-box' : 'info-box'}>
                <p>
                  {justSaved ? '✓ ' : ''}
                  {connectedText(session)}
                </p>
                <p class="help">{i18n.t('options.expires', { when: dateTime(session.expiresAt) })}</p>
              </div>
            )}
          </div>
        </form>
        {session && justSaved && playbookFor(session.crmConfig.crmType) && <NextAfterSave playbook={inPersonsLanguage(playbookFor(session.crmConfig.crmType)!)} />}
        <PlaybookStatus />
        {loaded && (
          <Disconnect
            connected={storedLastFour !== undefined}
            onDone={() => {
              setSession(undefined);
              setStoredLastFour(undefined);
              setJustSaved(false);
              setConnectCode('');
              setEngineerEmail('');
              setApiUrl(PRODUCTION_API_URL);
              setProblems({});
            }}
          />
        )}
      </main>
      <footer class="options-footer">
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          {i18n.t('options.privacy')}
        </a>
        {i18n.t('options.privacyAbout')}
      </footer>
    </>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem?: string;
  help: string;
  placeholder?: string;
  type: 'url' | 'password' | 'email' | 'text';
  /** A Show/Hide button after the box (a secret the person wants to check). */
  toggle?: { label: string; name: string; onToggle: () => void };
}

function TextField({ id, label, value, onInput, problem, help, placeholder, type, toggle }: TextFieldProps) {
  const input = (
    <input
      id={id}
      name={id}
      type={type}
      value={value}
      placeholder={placeholder}
      autocomplete="off"
      spellcheck={false}
      aria-invalid={problem ? true : undefined}
      aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {toggle ? (
        <div class="input-with-button">
          {input}
          <button type="button" class="btn btn-small" aria-label={toggle.name} aria-controls={id} onClick={toggle.onToggle}>
            {toggle.label}
          </button>
        </div>
      ) : (
        input
      )}
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      {problem && (
        <p class="problem" id={`${id}-problem`} role="alert">
          ⚠ {problem}
        </p>
      )}
    </div>
  );
}
