import { useEffect, useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { Playbook } from '../utils/guide/playbook';
import type { PopupState } from '../utils/messages';
import type { SettingsOptions } from '../utils/heavyset/contract';
import { ago } from './format';
import { SettingInput } from './settings/SettingInput';
import { defaultFor, optionsFor, toEditing, toSaved } from './settings/settingValues';
import { settingDraftKey as draftKey } from '../utils/drafts';

interface Props {
  playbook: Playbook;
  state: PopupState;
  onChanged: () => void;
}

/** Connection values are at HeavySet, so it can read the CRM's options. */
export function isConnected(playbook: Playbook, state: PopupState): boolean {
  if (state.connection?.complete) return true;
  const connectionFields = playbook.fields.filter((f) => f.sendTo === 'connection');
  return (
    connectionFields.length > 0 &&
    connectionFields.every((f) => {
      const view = state.values.find((v) => v.field === f.key);
      return view?.status === 'sent' || view?.server?.set === true || state.connection?.fields[f.key]?.set === true;
    })
  );
}

function trouble(playbook: Playbook, when: Playbook['popupTroubles'][number]['when']): string | undefined {
  return playbook.popupTroubles.find((t) => t.when === when)?.message;
}

export function SettingsForm({ playbook, state, onChanged }: Props) {
  const connected = isConnected(playbook, state);
  const needsOptions = playbook.settings.some((s) => s.input.kind === 'multi' || s.input.kind === 'module');
  const editable = playbook.settings.filter((s) => s.input.kind !== 'field');
  const [options, setOptions] = useState<SettingsOptions | null>(null);
  const [optionsError, setOptionsError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, unknown>>(() => restoreDrafts(playbook, state));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!connected || !needsOptions) return;
    let live = true;
    ask({ type: 'settings/options' })
      .then((result) => {
        if (!live) return;
        if (result.ok) setOptions(result.value);
        else setOptionsError(result.problem);
      })
      .catch(() => live && setOptionsError('The assistant did not answer. Close and reopen the popup.'));
    return () => {
      live = false;
    };
  }, [connected, needsOptions]);

  if (playbook.settings.length === 0) return null;

  const savedValues = state.settings?.values ?? {};
  const valueOf = (key: string) => {
    const spec = playbook.settings.find((s) => s.key === key)!;
    if (key in edits) return edits[key];
    if (savedValues[key] !== undefined) return toEditing(spec, savedValues[key]);
    return defaultFor(spec, options);
  };

  function change(key: string, value: unknown) {
    setEdits((current) => ({ ...current, [key]: value }));
    setSaved(false);
    setProblems([]);
    void ask({ type: 'draft/set', key: draftKey(playbook.crm, key), value }).catch(() => undefined);
  }

  async function save(event: Event) {
    event.preventDefault();
    const values: Record<string, unknown> = {};
    const found: string[] = [];
    for (const spec of editable) {
      const result = toSaved(spec, valueOf(spec.key));
      if ('problem' in result) found.push(result.problem);
      else values[spec.key] = result.value;
    }
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const result = await ask({ type: 'settings/save', values });
      if (!result.ok) {
        setProblems([result.problem]);
        return;
      }
      setSaved(true);
      setEdits({});
      for (const spec of editable) void ask({ type: 'draft/set', key: draftKey(playbook.crm, spec.key), value: null }).catch(() => undefined);
      onChanged();
    } catch {
      setProblems(['The assistant did not answer. Close and reopen the popup, then try again.']);
    } finally {
      setBusy(false);
    }
  }

  const optionsEmpty =
    options !== null && playbook.settings.some((s) => s.required && s.input.kind === 'multi' && optionsFor(s, options).length === 0);

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">HeavySet settings</h2>
      {!connected ? (
        <p class="hint">{trouble(playbook, 'notConnected') ?? 'Send the connection values first.'}</p>
      ) : (
        <form onSubmit={save} noValidate>
          {needsOptions && options === null && !optionsError && <p class="hint">Loading the options from {playbook.name}…</p>}
          {optionsError && (
            <p class="problem" role="alert">
              ⚠ {optionsError}
            </p>
          )}
          {optionsEmpty && <p class="problem">⚠ {trouble(playbook, 'optionsEmpty') ?? 'The CRM offered no options.'}</p>}
          {(options !== null || !needsOptions) &&
            playbook.settings.map((spec) => (
              <SettingInput
                key={spec.key}
                spec={spec}
                options={optionsFor(spec, options)}
                value={valueOf(spec.key)}
                onChange={(value) => change(spec.key, value)}
                values={state.values}
                suggestions={state.fillValues.engineerEmail ? [state.fillValues.engineerEmail] : []}
              />
            ))}
          {problems.map((problem) => (
            <p key={problem} class="problem" role="alert">
              ⚠ {problem}
            </p>
          ))}
          {editable.length > 0 && (
            <div class="actions">
              <button type="submit" class="btn" disabled={busy || (needsOptions && options === null)}>
                Save settings
              </button>
              <span class="hint" role="status">
                {saved ? '✓ Settings saved' : state.settings?.savedAt ? `Saved ${ago(state.settings.savedAt)}` : ''}
              </span>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

function restoreDrafts(playbook: Playbook, state: PopupState): Record<string, unknown> {
  const restored: Record<string, unknown> = {};
  for (const spec of playbook.settings) {
    const draft = state.drafts[draftKey(playbook.crm, spec.key)];
    if (draft !== undefined && draft !== null && spec.input.kind !== 'field') restored[spec.key] = toEditing(spec, draft);
  }
  return restored;
}
