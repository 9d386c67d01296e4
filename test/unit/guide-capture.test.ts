import { patternOf as re } from '../../utils/guide/text';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../utils/guide/playbook';
import { findValue } from '../../utils/guide/capture';
import { classifyValue } from '../../utils/guide/values';
import { cleanValue, lastFour } from '../../utils/value-text';
import { leapPlaybook } from '../../utils/crm/leap';

const apiToken = leapPlaybook.fields.find((f) => f.key === 'apiToken')!;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const CID = 'cid.' + 'a1b2c3d4e5f6g7h8i9j0k1l2m';
const CS = 'cs1.' + 'abcdefghij0123456789abcdefghij0123456789abcdefghij';

const field = (key: string, label: string, labels: string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  label,
  secret: false,
  format: { pattern: re(/^\S{6,}$/), description: 'no spaces' },
  sendTo: 'connection',
  capture: { labels },
  ...extra,
});
const clientId = field('clientId', 'Client ID', [re(/^client id$/i)], { format: { pattern: re(/^cid\.[a-z0-9]{20,30}$/), description: '' }, detect: re(/^cid\.[a-z0-9]{25}$/) });
const clientSecret = field('clientSecret', 'Client Secret', [re(/^client secret$/i)], {
  format: { pattern: re(/^cs\d+\.[a-z0-9]{40,60}$/), description: '' },
  detect: re(/^cs\d+\.[a-z0-9]{50}$/),
});

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findValue on varied page shapes', () => {
  it('reads a read-only input through <label for>', () => {
    document.body.innerHTML = `<label for="x">Client ID</label><input id="x" readonly value="${CID}">`;
    expect(findValue(clientId)).toBe(CID);
  });

  it('reads code/pre under a heading', () => {
    document.body.innerHTML = `<section><h3>Client Secret</h3><p>Shown once.</p><pre>  ${CS}\n</pre></section>`;
    expect(findValue(clientSecret)).toBe(CS);
    document.body.innerHTML = `<div><h3>Client ID</h3><code>${CID}</code></div>`;
    expect(findValue(clientId)).toBe(CID);
  });

  it('reads a table cell under its column header in the row given, not another row', () => {
    const providerId = field('bookingProviderId', 'Booking Provider ID', [re(/^id$/i)], { format: { pattern: re(/^\d{6,10}$/), description: '' } });
    providerId.capture = { labels: [re(/^id$/i)], row: re(/heavyset tech/i) };
    document.body.innerHTML = `<table>
      <thead><tr><th>Name</th><th>ID</th><th>Active</th></tr></thead>
      <tbody><tr><td>Angi</td><td>11111111</td><td>Yes</td></tr>
             <tr><td>HeavySet Tech</td><td>22222222</td><td>Yes</td></tr></tbody></table>`;
    expect(findValue(providerId)).toBe('22222222');
    providerId.capture = { labels: [re(/^id$/i)] };
    expect(findValue(providerId)).toBeNull(); // no row given: two IDs stand equal — asked, never guessed
    providerId.capture = { labels: [re(/^id$/i)], row: re(/nobody/i) };
    expect(findValue(providerId)).toBeNull();
  });

  it('reads dt → dd and label + sibling span', () => {
    document.body.innerHTML = `<dl><dt>Tenant</dt><dd>x</dd><dt>Client ID</dt><dd> ${CID} </dd></dl>`;
    expect(findValue(clientId)).toBe(CID);
    document.body.innerHTML = `<div class="row"><label>Client ID</label><span>${CID}</span><button>Copy</button></div>`;
    expect(findValue(clientId)).toBe(CID);
    document.body.innerHTML = `<div><div><strong>Client ID</strong></div><div><span>${CID}</span></div></div>`;
    expect(findValue(clientId)).toBe(CID);
  });

  it('reads a value inside an open shadow root', () => {
    const host = document.createElement('st-credentials');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<dl><dt>Client Secret</dt><dd>${CS}</dd></dl>`;
    expect(findValue(clientSecret)).toBe(CS);
  });

  it('takes the Leap token by label, or bare by its shape when it newly appeared (in a dialog or not)', () => {
    document.body.innerHTML = `<main><pre>${TOKEN}</pre></main>`;
    expect(findValue(apiToken)).toBe(TOKEN);
    expect(findValue(apiToken, document, { isNew: () => false })).toBeNull();
    document.body.innerHTML = `<div role="dialog"><h4>Token</h4><textarea readonly>${TOKEN}</textarea></div>`;
    expect(findValue(apiToken)).toBe(TOKEN);
    document.body.innerHTML = `<div role="dialog"><p>Copy this now:</p><div><span>\u00A0${TOKEN}\u200B</span></div></div>`;
    expect(findValue(apiToken)).toBe(TOKEN);
  });

  it('never takes a detached subtree (a dialog added and removed in one task was never shown)', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = `<label>API Token<input value="${TOKEN}"></label>`;
    expect(findValue(apiToken, dialog)).toBeNull();
  });

  it('trims spaces, NBSP and newlines; refuses a value with the wrong format', () => {
    expect(cleanValue(`\n\u00A0 ${CID}\u200B \n`)).toBe(CID);
    document.body.innerHTML = `<label for="x">Client ID</label><input id="x" value="\u00A0${CID}\n">`;
    expect(findValue(clientId)).toBe(CID);
    document.body.innerHTML = `<label for="x">Client ID</label><input id="x" value="cid.SHORT">`;
    expect(findValue(clientId)).toBeNull();
    document.body.innerHTML = `<div role="dialog"><h4>Token</h4><pre>not a token at all</pre></div>`;
    expect(findValue(apiToken)).toBeNull();
  });

  it('classifyValue tells fields apart; lastFour shows only the end', () => {
    expect(classifyValue(CID, [clientId, clientSecret])?.key).toBe('clientId');
    expect(classifyValue(` ${CS} `, [clientId, clientSecret])?.key).toBe('clientSecret');
    expect(classifyValue('hello', [clientId, clientSecret])).toBeUndefined();
    expect(lastFour(`${CS}\n`)).toBe(CS.slice(-4));
  });
});
