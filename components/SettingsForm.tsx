import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { Playbook } from '../utils/guide/playbook';
import type { PopupState } from '../utils/messages';
import type { SettingsOptions } from '../utils/heavyset/contract';
import { ago } from './format';
import { SettingInput } from './settings/SettingInput';
import { defaultFor, optionsFor, toEditing, toSaved } from './settings/settingValues';
import { settingDraftKey as draftKey } from '../utils/drafts';
import { editableSettings, isConnected } from './nextAction';

interface Props {
  playbook: Playbook;
  state: PopupState;
  /** Changes not saved yet (the next action is then Save settings). */
  onDirty: (dirty: boolean) => void;
  onSaving: () => void;
  /** Saved (null) or why not, in words. */
  onSaved: (problem: string | null) => void;
}

function trouble(playbook: Playbook, when: Playbook['popupTroubles'][number]['when']): string | undefined {
  return playbook.popupTroubles.find((t) => t.when === when)?.message;
}

/** The settings HeavySet needs, saved by the popup's next action ("Save settings" submits this form). */
export function SettingsForm({ playbook, state, onDirty, onSaving, onSaved }: Props) {
  const connected = isConnected(playbook, state);
  const needsOptions = playbook.settings.some((s) => s.input.kind === 'multi' || s.input.kind === 'module');
  const editable = editableSettings(playbook);
  const [options, setOptions] = useState<SettingsOptions | null>(null);
  const [optionsError, setOptionsError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, unknown>>(() => restoreDrafts(playbook, state));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const dirty = Object.keys(edits).length > 0;
  // Saved and complete: a short summary (the popup stays short); "Change settings" opens the form.
  const [open, setOpen] = useState(() => !state.settings?.complete || dirty);

  useEffect(() => {
    onDirty(dirty);
    return () => onDirty(false);
  }, [dirty]);

  useEffect(() => {
    if (!connected || !needsOptions) return;
    let live = true;
    ask({ type: 'settings/options' })
      .then((result) => {
        if (!live) return;
        if (result.ok) setOptions(result.value);
        else setOptionsError(result.problem);
      })
      .catch(() => live && setOptionsError(i18n.t('settings.noAnswer')));
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
    setProblems([]);
    void ask({ type: 'draft/set', key: draftKey(playbook.crm, key), value }).catch(() => undefined);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const values: Record<string, unknown> = {};
    const found: string[] = [];
    for (const spec of editable) {
      const result = toSaved(spec, valueOf(spec.key));
      if ('problem' in result) found.push(result.problem);
      else values[spec.key] = result.value;
    }
    setProblems(found);
    onSaving();
    if (found.length > 0) return onSaved(found.join(' '));
    setBusy(true);
    let problem: string | null = null;
    try {
      const result = await ask({ type: 'settings/save', values });
      if (!result.ok) problem = result.problem;
      else {
        setEdits({});
        for (const spec of editable) void ask({ type: 'draft/set', key: draftKey(playbook.crm, spec.key), value: null }).catch(() => undefined);
      }
    } catch {
      problem = i18n.t('settings.noAnswerRetry');
    }
    if (problem) setProblems([problem]);
    else setOpen(false);
    setBusy(false);
    onSaved(problem);
  }

  const optionsEmpty =
    options !== null && playbook.settings.some((s) => s.required && s.input.kind === 'multi' && optionsFor(s, options).length === 0);

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{i18n.t('settings.title')}</h2>
      {!connected ? (
        <p class="hint">{trouble(playbook, 'notConnected') ?? i18n.t('settings.sendFirst')}</p>
      ) : !open && editable.length > 0 && !dirty ? (
        <>
          <dl class="settings-summary">
            {editable.map((spec) => (
              <div key={spec.key}>
                <dt>{spec.label}</dt>
                <dd>{summaryOf(spec, savedValues[spec.key])}</dd>
              </div>
            ))}
          </dl>
          <div class="actions">
            <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
              {i18n.t('settings.change')}
            </button>
            <span class="hint">{state.settings?.savedAt ? i18n.t('settings.savedAgo', { when: ago(state.settings.savedAt) }) : i18n.t('settings.saved')}</span>
          </div>
        </>
      ) : (
        <form id="settings-form" onSubmit={save} noValidate aria-describedby="settings-saved">
          {needsOptions && options === null && !optionsError && <p class="hint">{i18n.t('settings.loadingOptions', { crm: playbook.name })}</p>}
          {optionsError && (
            <p class="problem" role="alert">
              ⚠ {optionsError}
            </p>
          )}
          {optionsEmpty && <p class="problem">⚠ {trouble(playbook, 'optionsEmpty') ?? i18n.t('settings.noOptions')}</p>}
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
            <p class="hint" id="settings-saved">
              {dirty ? i18n.t('settings.changed') : state.settings?.savedAt ? i18n.t('settings.savedAgo', { when: ago(state.settings.savedAt) }) : i18n.t('settings.notSaved')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

/** A saved setting in words: a list joined, a choice by its label, none said so. */
function summaryOf(spec: Playbook['settings'][number], value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(', ') : i18n.t('settings.none');
  if (typeof value !== 'string' || value === '') return i18n.t('settings.none');
  return spec.input.kind === 'choice' ? (spec.input.choices.find((c) => c.value === value)?.label ?? value) : value;
}

function restoreDrafts(playbook: Playbook, state: PopupState): Record<string, unknown> {
  const restored: Record<string, unknown> = {};
  for (const spec of playbook.settings) {
    const draft = state.drafts[draftKey(playbook.crm, spec.key)];
    if (draft !== undefined && draft !== null && spec.input.kind !== 'field') restored[spec.key] = toEditing(spec, draft);
  }
  return restored;
}
