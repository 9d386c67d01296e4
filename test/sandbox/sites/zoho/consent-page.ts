// The HTML of Zoho Accounts' OAuth pages. The views are <template>s; ./consent-page-script.js shows the
// first one after a short delay (the real page renders asynchronously) and wires the buttons.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SANDBOX_ORGS, type ConsentModel } from './auth-request';
import { escapeHtml, scriptJson } from './html';
import { ZOHO_ACCOUNTS_CSS } from './styles';

// Read as text (a `new URL(…, import.meta.url)` would make Vite bundle it).
const PAGE_SCRIPT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'consent-page-script.js'), 'utf8');

/** What the page script needs: where to send the person back, and with what. */
export interface PageScriptModel {
  view: ConsentModel['view'];
  redirectUri: string;
  state?: string;
  location: string;
  accountsServer: string;
}

function shell(title: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${ZOHO_ACCOUNTS_CSS}</style>
${extraHead}
</head>
<body>
${body}
<footer>© 2026, Zoho Corporation Pvt. Ltd. All Rights Reserved.</footer>
</body>
</html>`;
}

function top(user: string): string {
  return `<div class="top">
  <div class="logo" role="img" aria-label="Zoho"><span aria-hidden="true">Z</span><span aria-hidden="true">O</span><span aria-hidden="true">H</span><span aria-hidden="true">O</span></div>
  <div class="signed-in">Signed in as <strong>${escapeHtml(user)}</strong></div>
</div>`;
}

function consentView(model: ConsentModel): string {
  const app = escapeHtml(model.appName);
  const groups = model.scopes
    .map(
      (group) =>
        `<h2>${escapeHtml(group.service)}</h2><ul>${group.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('');
  return `<div class="app">
  <div class="app-icon" aria-hidden="true">${escapeHtml(model.appName.charAt(0).toUpperCase())}</div>
  <h1>${app} would like to access the following data</h1>
</div>
<p class="note" data-slot="org" hidden>Organization: <strong></strong></p>
<section class="scopes" aria-label="Requested data">${groups}</section>
<label class="check"><input type="checkbox" name="consent"><span>I allow ${app} to access the above data from my Zoho account</span></label>
<p class="problem" role="alert" hidden></p>
<div class="actions">
  <button type="button" class="primary" data-action="accept" disabled>Accept</button>
  <button type="button" class="secondary" data-action="reject">Reject</button>
</div>`;
}

function orgsView(model: ConsentModel): string {
  const orgs = SANDBOX_ORGS.map(
    (org) =>
      `<label class="org"><input type="radio" name="org" value="${escapeHtml(org.id)}" data-name="${escapeHtml(org.name)}"><span>${escapeHtml(org.name)}<small>Organization ID: ${escapeHtml(org.id)}</small></span></label>`,
  ).join('');
  return `<h1>Choose your organization</h1>
<p class="note">${escapeHtml(model.appName)} will access the Zoho CRM organization you choose.</p>
<fieldset><legend class="visually-hidden">Organization</legend>${orgs}</fieldset>
<div class="actions"><button type="button" class="primary" data-action="submit-org" disabled>Submit</button></div>`;
}

function noOrgView(model: ConsentModel): string {
  const dc = model.dataCentre;
  return `<h1>No Zoho CRM account found</h1>
<p>You do not have a Zoho CRM account in this data centre (${escapeHtml(dc.name)}, ${escapeHtml(dc.accountsHost)}).</p>
<p class="note">Make sure you are signed in to the Zoho account your organization uses for Zoho CRM. If it is in another data centre, start the connection again from ${escapeHtml(model.appName)}.</p>
<div class="actions"><button type="button" class="primary" data-action="back">Back to app</button></div>`;
}

export function consentPageHtml(model: ConsentModel): string {
  const scriptModel: PageScriptModel = {
    view: model.view,
    redirectUri: model.redirectUri,
    state: model.state,
    location: model.dataCentre.location,
    accountsServer: model.accountsServer,
  };
  const body = `<main>
${top(model.user)}
<div data-slot="view"><div class="spinner" role="status" aria-label="Loading"></div></div>
</main>
<template data-view="orgs">${orgsView(model)}</template>
<template data-view="consent">${consentView(model)}</template>
<template data-view="no_org">${noOrgView(model)}</template>
<script type="application/json">${scriptJson(scriptModel)}</script>
<script>${PAGE_SCRIPT}</script>`;
  return shell('Zoho Accounts', body);
}

export function errorPageHtml(error: string, user: string): string {
  return shell(
    'Zoho Accounts',
    `<main>
${top(user)}
<h1>An error occurred</h1>
<p><strong>${escapeHtml(error)}</strong></p>
<p class="note">The application that sent you here made an invalid request. Go back to it and try again, or contact its support.</p>
</main>`,
  );
}
