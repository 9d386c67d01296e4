import { patternOf as re } from '../../utils/guide/text';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideState } from '../../utils/messages';
import { holds, type ConditionEnv } from '../../utils/guide/conditions';
import { currentStep, doneSteps, progressOf } from '../../utils/guide/steps';
import type { Playbook } from '../../utils/guide/playbook';
import { leapPlaybook } from '../../utils/crm/leap';

const baseState: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const env = (url = 'https://www.jobprogress.com/app/#/settings', state: Partial<GuideState> = {}): ConditionEnv => ({
  page: { root: document, url },
  state: { ...baseState, ...state },
});
const SETTINGS_NAV = '<nav><a href="#/settings">Settings</a></nav><h1>Settings</h1><ul><li><a href="#/settings/company">Company</a></li></ul>';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('conditions', () => {
  it('evaluates page, url and state facts and combinators', () => {
    document.body.innerHTML = '<button>Save</button>';
    const e = env('https://x.test/#/settings', { captured: ['apiToken'], verified: true });
    expect(holds({ present: { role: 'button', name: 'save' } }, e)).toBe(true);
    expect(holds({ absent: { role: 'dialog' } }, e)).toBe(true);
    expect(holds({ url: re(/#\/settings/) }, e)).toBe(true);
    expect(holds({ captured: 'apiToken' }, e)).toBe(true);
    expect(holds({ sent: 'apiToken' }, e)).toBe(false);
    expect(holds({ verified: true }, e)).toBe(true);
    expect(holds({ settingsSaved: true }, e)).toBe(false);
    expect(holds({ all: [{ verified: true }, { not: { sent: 'apiToken' } }] }, e)).toBe(true);
    expect(holds({ any: [{ settingsSaved: true }, { sent: 'apiToken' }] }, e)).toBe(false);
  });
});

describe('step resolution over the Leap playbook', () => {
  it('settings without Developers → admin-account, with its trouble', () => {
    document.body.innerHTML = SETTINGS_NAV;
    const step = currentStep(leapPlaybook, env());
    expect(step?.id).toBe('admin-account');
    expect(step?.troubles?.some((t) => holds(t.when, env()))).toBe(true);
  });

  it('settings with a Developers link → open-developers', () => {
    document.body.innerHTML = SETTINGS_NAV + '<aside><a href="#/settings/developers">Developers</a></aside>';
    expect(currentStep(leapPlaybook, env())?.id).toBe('open-developers');
    expect(doneSteps(leapPlaybook, env())).toContain('admin-account');
  });

  it('developers page → generate-token, and its check sees an earlier HeavySet Tech token', () => {
    document.body.innerHTML = `<h2>Developers</h2><button>+ Generate Token</button>
      <table><tr><th>Name</th><th>Created</th></tr><tr><td>Zapier</td><td>2024-01-02</td></tr></table>`;
    const step = currentStep(leapPlaybook, env('https://www.jobprogress.com/app/#/settings/developers'));
    expect(step?.id).toBe('generate-token');
    const check = step!.checks![0]!;
    expect(holds(check.passWhen, env())).toBe(true);
    const row = document.createElement('tr');
    row.innerHTML = '<td>HeavySet Tech</td><td>2025-03-01</td>';
    document.querySelector('table tr')!.parentElement!.append(row);
    expect(holds(check.failWhen!, env())).toBe(true);
  });

  it('dialog with Token Name → name-token; dialog with the token → capture-token', () => {
    const page = '<h2>Developers</h2><button>+ Generate Token</button>';
    document.body.innerHTML = `${page}<div role="dialog"><h3>Generate Token</h3><label for="tn">Token Name</label><input id="tn"><button>Generate</button></div>`;
    expect(currentStep(leapPlaybook, env())?.id).toBe('name-token');
    expect(doneSteps(leapPlaybook, env())).toContain('generate-token');
    document.body.innerHTML = `${page}<div role="dialog"><h3>Your API Token</h3><pre>eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig</pre><button>Copy to Clipboard</button></div>`;
    expect(currentStep(leapPlaybook, env())?.id).toBe('capture-token');
    // Once captured, no page step is left; the state ticks the capture steps.
    const captured = env(undefined, { captured: ['apiToken'] });
    expect(currentStep(leapPlaybook, captured)).toBeUndefined();
    expect(doneSteps(leapPlaybook, captured)).toEqual(expect.arrayContaining(['name-token', 'capture-token']));
    expect(doneSteps(leapPlaybook, captured)).not.toContain('send-token');
  });
});

describe('progress on a page (the engine, not a CRM)', () => {
  const step = (id: string, extra: Partial<Playbook['steps'][number]> = {}) => ({ id, guideStep: id, title: `Do ${id}`, place: `place ${id}`, hint: '', ...extra });
  const playbook: Playbook = {
    ...leapPlaybook,
    steps: [
      step('a', { when: { url: '/a' }, done: { present: { css: '#a-done' } } }),
      step('b', { when: { url: '/b' }, done: { present: { css: '#b-done' } }, requires: ['a'] }),
      step('c', { done: { present: { css: '#c-done' } } }),
      step('d', { when: { url: '/d' }, done: { present: { css: '#d-done' } } }),
    ],
  };
  const at = (url: string) => env(`https://x.test${url}`);

  it('the step this page shows is current; what it requires counts as done', () => {
    const progress = progressOf(playbook, at('/b'));
    expect(progress.current?.id).toBe('b');
    expect([...progress.done]).toEqual(['a']);
  });

  it('where no step applies, the next is the first not done after what this page shows done', () => {
    document.body.innerHTML = '<p id="c-done">listed</p>';
    const progress = progressOf(playbook, at('/elsewhere'));
    expect(progress.current).toBeUndefined();
    expect(progress.doneHere).toEqual(['c']);
    expect(progress.next?.id).toBe('d');
  });

  it('…and the first not done at all when this page shows nothing done, or all after it are done', () => {
    expect(progressOf(playbook, at('/elsewhere')).next?.id).toBe('a');
    document.body.innerHTML = '<p id="c-done"></p><p id="d-done"></p>';
    expect(progressOf(playbook, at('/elsewhere')).next?.id).toBe('a');
  });

  it('a step done before (remembered by the background) is not shown again', () => {
    expect(progressOf(playbook, at('/elsewhere'), ['a', 'b']).next?.id).toBe('c');
  });
});
