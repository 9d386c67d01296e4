// The Leap playbook on markup we have never seen: other plausible renderings of the same screens
// (menus, buttons, dialogs, token lists), found by the words a person reads.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideState } from '../../utils/messages';
import type { Locator } from '../../utils/guide/playbook';
import { holds, type ConditionEnv } from '../../utils/guide/conditions';
import { currentStep } from '../../utils/guide/steps';
import { locate } from '../../utils/guide/locate';
import { readableName } from '../../utils/guide/text';
import { findValue } from '../../utils/guide/capture';
import { fillHere as fillForMe } from './support/fill';
import { leapPlaybook as playbook } from '../../utils/crm/leap';

const SETTINGS = 'https://www.jobprogress.com/app/#/settings';
const DASHBOARD = 'https://www.jobprogress.com/app/#/dashboard';
const DEVELOPERS = 'https://www.jobprogress.com/app/#/settings/developers';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJIZWF2eVNldCJ9.c2lnbmF0dXJlX3BhcnQ';
/** Not JWT-shaped: only a label can vouch for it. */
const OPAQUE = 'a9f3c2e1b7d64f0e8c5b3a2d1e0f9c8b7a6d5e4f';
const MASKED = 'eyJhbGciOi••••••••••c2ln';

const base: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const env = (url: string, state: Partial<GuideState> = {}): ConditionEnv => ({ page: { root: document, url }, state: { ...base, ...state } });
const stepOf = (url: string, state: Partial<GuideState> = {}) => currentStep(playbook, env(url, state));
const stepById = (id: string) => playbook.steps.find((s) => s.id === id)!;
const token = playbook.fields.find((f) => f.key === 'apiToken')!;
const targetOf = (id: string): Element | null => locate(stepById(id).target as Locator | Locator[]);
const checkOk = (id: string, url: string) => {
  const c = stepById(id).checks![0]!;
  return holds(c.passWhen, env(url)) ? true : c.failWhen && holds(c.failWhen, env(url)) ? false : undefined;
};
/** What a scan of the whole page and of the dialog alone (added in one mutation) would capture. */
function captured(): string | null {
  const fromPage = findValue(token, document);
  const dialog = locate({ role: 'dialog' });
  if (dialog) expect(findValue(token, dialog)).toBe(fromPage);
  return fromPage;
}

const tokenTable = `<h1>Developers</h1><p>Public API Tokens</p>
  <table><thead><tr><th>Token Name</th><th>Token</th><th>Created</th><th></th></tr></thead>
  <tbody><tr><td>Zapier</td><td>${MASKED}</td><td>2024-03-02</td><td><button>Revoke</button></td></tr></tbody></table>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Leap: the Developers entry in the Settings menu', () => {
  const variants: [string, string][] = [
    ['a link', '<nav><a href="#/settings/company">Company</a><a href="#/settings/developers">Developers</a></nav>'],
    ['an ng-click list item with an icon', '<ul class="settings-menu"><li ng-click="go(\'company\')">Company</li><li ng-click="go(\'developers\')"><i class="fa fa-code"></i> Developers</li></ul>'],
    ['a menuitem div', '<div role="menu"><div role="menuitem" tabindex="0">Company</div><div role="menuitem" tabindex="0"><span class="icon"></span><span>Developers</span></div></div>'],
    ['a link with a trailing chevron and NBSP', '<ul><li><a href="#/settings/developers">&nbsp;Developers <span aria-hidden="true"></span></a></li></ul>'],
  ];

  it.each(variants)('as %s → "Open Settings → Developers", ringed', async (_name, menu) => {
    document.body.innerHTML = `<h1>Settings</h1>${menu}`;
    expect(stepOf(SETTINGS)?.id).toBe('open-developers');
    expect(targetOf('open-developers')?.textContent?.trim()).toBe('Developers');
  });

  it('inside a collapsed "Settings" group → the group toggle is ringed; expanded → Developers', async () => {
    const menu = (open: boolean) => `<nav><a href="#/dashboard">Dashboard</a>
      <button aria-expanded="${open}">Settings</button><ul ${open ? '' : 'hidden'}><li><a href="#/settings/company">Company</a></li><li><a href="#/settings/developers">Developers</a></li></ul></nav>
      <h1>Dashboard</h1>`;
    document.body.innerHTML = menu(false);
    expect(stepOf(DASHBOARD)?.id).toBe('open-developers');
    expect(targetOf('open-developers')?.tagName).toBe('BUTTON');
    document.body.innerHTML = menu(true);
    expect(targetOf('open-developers')?.textContent).toBe('Developers');
  });

  it('Settings without any Developers entry → the admin-account trouble', async () => {
    document.body.innerHTML = '<h1>Settings</h1><ul><li ng-click="go(\'company\')">Company</li><li ng-click="go(\'users\')">Users</li></ul>';
    expect(stepOf(SETTINGS)?.id).toBe('admin-account');
  });
});

describe('Leap: the "Generate Token" button on Developers', () => {
  const variants: [string, string][] = [
    ['a button with an icon and text', '<button class="btn btn-primary"><i class="fa fa-plus"></i> Generate Token</button>'],
    ['an a.btn', '<a class="btn btn-primary" href="javascript:void(0)">Generate Token</a>'],
    ['"+ Generate Token"', '<button>+ Generate Token</button>'],
    ['"Generate API Token"', '<button type="button">Generate API Token</button>'],
    ['a Material icon ligature', '<button mat-raised-button><mat-icon aria-hidden="true">add</mat-icon><span>Generate Token</span></button>'],
    ['an ng-click div', '<div class="btn" ng-click="generate()">Generate New Token</div>'],
  ];

  it.each(variants)('as %s → step "Click Generate Token", ringed', async (_name, button) => {
    document.body.innerHTML = `<h2>API Tokens</h2><div class="toolbar">${button}</div>${tokenTable}`;
    expect(stepOf(DEVELOPERS)?.id).toBe('generate-token');
    expect(targetOf('generate-token')?.textContent).toMatch(/generate/i);
    expect(checkOk('generate-token', DEVELOPERS)).toBe(true);
    expect(captured()).toBeNull(); // the masked list values are never taken
  });

  it.each([
    ['<mat-icon aria-hidden="true">add</mat-icon>', '<button><mat-icon aria-hidden="true">add</mat-icon><span>Generate Token</span></button>'],
    ['<i class="material-icons" aria-hidden="true">add</i>', '<button><i class="material-icons" aria-hidden="true">add</i> Generate Token</button>'],
  ])('an icon ligature %s is not part of the button’s name', (_name, button) => {
    document.body.innerHTML = `<h2>API Tokens</h2>${button}${tokenTable}`;
    expect(readableName(document.querySelector('button')!)).toBe('Generate Token');
    expect(targetOf('generate-token')).toBe(document.querySelector('button'));
  });

  it('recognises the page by the button alone (no heading)', async () => {
    document.body.innerHTML = `<div class="toolbar"><a class="btn" href="javascript:void(0)">+ Generate Token</a></div>`;
    expect(stepOf(DEVELOPERS)?.id).toBe('generate-token');
  });
});

describe('Leap: an earlier "HeavySet Tech" token in the list', () => {
  const variants: [string, string][] = [
    ['a table', `<table><tr><th>Name</th><th>Token</th></tr><tr><td>HeavySet Tech</td><td>${MASKED}</td></tr></table>`],
    ['ul cards', `<ul class="tokens"><li><h4>Zapier</h4><code>${MASKED}</code></li><li><h4>HeavySet Tech</h4><code>${MASKED}</code><button>Revoke</button></li></ul>`],
    ['div cards', `<div class="token-card"><div class="title">HeavySet Tech</div><div>${MASKED}</div><button>Revoke</button></div>`],
    ['a role=grid', `<div role="grid"><div role="row"><span role="columnheader">Name</span></div><div role="row"><span role="gridcell">HeavySet Tech</span></div></div>`],
  ];

  it.each(variants)('as %s → the check fails', async (_name, list) => {
    document.body.innerHTML = `<h1>Developers</h1><button>Generate Token</button>${list}`;
    expect(stepOf(DEVELOPERS)?.id).toBe('generate-token');
    expect(checkOk('generate-token', DEVELOPERS)).toBe(false);
    expect(captured()).toBeNull();
  });
});

describe('Leap: the "Token Name" field of the Generate Token dialog', () => {
  const dialog = (field: string, shell = (inner: string) => `<div role="dialog" aria-modal="true">${inner}</div>`) =>
    `${tokenTable}${shell(`<h2>Generate Token</h2>${field}<button>Cancel</button><button>Generate</button>`)}`;
  const variants: [string, string][] = [
    ['a placeholder only', '<input type="text" placeholder="Token Name">'],
    ['an aria-label', '<input aria-label="Token name">'],
    ['a preceding span', '<div class="form-group"><span>Token Name</span><input class="form-control"></div>'],
    ['a label for with a required star', '<label for="tn">Token Name <sup>*</sup></label><input id="tn" required>'],
    ['an Angular Material form field (label after the input)', '<mat-form-field><div><input matInput id="mat-input-3"><span><label for="mat-input-3"><mat-label>Token Name</mat-label></label></span></div></mat-form-field>'],
    ['a "Name" label', '<label>Name <input name="name"></label>'],
  ];

  it.each(variants)('labelled by %s → step "Name the token", filled with HeavySet Tech', async (_name, field) => {
    document.body.innerHTML = dialog(field);
    expect(stepOf(DEVELOPERS)?.id).toBe('name-token');
    expect(targetOf('name-token')?.textContent).toBe('Generate');
    const result = await fillForMe(stepById('name-token').fill!, {});
    expect(result).toEqual({ filled: ['Token Name'], unchanged: [], missed: [] });
    expect(document.querySelector<HTMLInputElement>('[role=dialog] input')!.value).toBe('HeavySet Tech');
    expect(captured()).toBeNull(); // neither "HeavySet Tech" nor the masked list
  });

  it('in a Bootstrap modal (.modal.show) and in a <dialog open>', async () => {
    document.body.innerHTML = dialog('<input placeholder="Token Name">', (inner) => `<div class="modal fade show" role="dialog" tabindex="-1" style="display:block"><div class="modal-dialog" role="document"><div class="modal-content">${inner}</div></div></div>`);
    expect(stepOf(DEVELOPERS)?.id).toBe('name-token');
    document.body.innerHTML = dialog('<input placeholder="Token Name">', (inner) => `<dialog open>${inner}</dialog>`);
    expect(stepOf(DEVELOPERS)?.id).toBe('name-token');
  });
});

describe('Leap: the new token shown once', () => {
  const shells: [string, (inner: string) => string][] = [
    ['a role=dialog div', (inner) => `<div role="dialog" aria-labelledby="t1"><h2 id="t1">Token generated</h2>${inner}<button>Close</button></div>`],
    ['an Angular Material dialog', (inner) => `<div class="cdk-overlay-container"><mat-dialog-container role="dialog" aria-modal="true"><h2 mat-dialog-title>Token generated</h2><mat-dialog-content>${inner}</mat-dialog-content><mat-dialog-actions><button>Done</button></mat-dialog-actions></mat-dialog-container></div>`],
    ['a Bootstrap modal', (inner) => `<div class="modal fade show" role="dialog" style="display:block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Token generated</h5></div><div class="modal-body">${inner}</div></div></div></div>`],
    ['a <dialog open>', (inner) => `<dialog open><h3>Token generated</h3>${inner}<form method="dialog"><button>OK</button></form></dialog>`],
  ];
  const bodies: [string, (value: string) => string][] = [
    ['a read-only input with <label for>', (v) => `<label for="tok">API Token</label><input id="tok" readonly value="${v}"><button>Copy</button>`],
    ['code under "API Token"', (v) => `<h4>API Token</h4><pre><code>${v}</code></pre>`],
    ['code under "Your new token"', (v) => `<h4>Your new token</h4><code>${v}</code>`],
    ['a readonly textarea labelled "Token:"', (v) => `<label for="ta">Token:</label><textarea id="ta" readonly>\n  ${v}\n</textarea>`],
    ['a <p> next to "Copy", under an only-once note', (v) => `<p>Copy your token now. It will only be shown once.</p><div class="input-group"><p class="token">${v}</p><button>Copy</button></div>`],
    ['a dt/dd with the Token Name too', (v) => `<dl><dt>Token Name</dt><dd>HeavySet Tech</dd><dt>Access Token</dt><dd>${v}</dd></dl>`],
  ];

  for (const [shellName, shell] of shells) {
    it.each(bodies)(`in ${shellName}, as %s → step "API Token captured", exact JWT captured`, async (_name, body) => {
      document.body.innerHTML = `<h1>Developers</h1><button>Generate Token</button>${tokenTable}<div class="modal" role="dialog" style="display:none"><input placeholder="Token Name"></div>${shell(body(JWT))}`;
      expect(stepOf(DEVELOPERS)?.id).toBe('capture-token');
      expect(captured()).toBe(JWT);
    });
  }

  it.each(bodies)('a non-JWT token is taken only by its label: %s', async (_name, body) => {
    document.body.innerHTML = `${tokenTable}${shells[0]![1](body(OPAQUE))}`;
    expect(captured()).toBe(OPAQUE);
  });

  it('a textarea inside its label ("Token: <textarea>"): the label reads with the value, so only a JWT is taken (by its shape)', async () => {
    document.body.innerHTML = `<div role="dialog"><label>Token: <textarea readonly>${JWT}</textarea></label></div>`;
    expect(captured()).toBe(JWT);
  });

  it('never takes the Token Name, the masked list values, or a token the page showed before the person acted', async () => {
    document.body.innerHTML = `${tokenTable}<p>Token</p><code>${JWT}</code><div role="dialog"><h2>Token generated</h2><dl><dt>Token Name</dt><dd>HeavySet Tech</dd></dl><button>Close</button></div>`;
    expect(stepOf(DEVELOPERS)?.id).toBe('capture-token');
    const shownBefore = new Set([JWT]);
    expect(findValue(token, document, { fields: playbook.fields, isNew: (_f, v) => !shownBefore.has(v) })).toBeNull();
    document.querySelector('code')!.remove();
    expect(captured()).toBeNull();
  });

  it('a bare opaque value outside any dialog naming the token is not taken', async () => {
    document.body.innerHTML = `${tokenTable}<div role="dialog"><h2>Invite sent</h2><p>${OPAQUE}</p><button>Close</button></div>`;
    expect(captured()).toBeNull();
  });
});
