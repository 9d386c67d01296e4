// Mutated renderings of the default sandbox CRM pages (test/sandbox/sites): the same sites, with a
// small script injected first in every HTML page they serve (./mutate-page.js) that rewrites the DOM
// as the app renders it, one kind of change (or a few) per variant, seeded. See ../README.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allSites } from '../../sites/index';
import type { SandboxSite } from '../../sites/types';

// Read as text (a `new URL(…, import.meta.url)` would make Vite bundle it).
const PAGE_SCRIPT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'mutate-page.js'), 'utf8').trim();

export type MutationKind =
  /** Every `role` and `aria-*` attribute removed (and kept off when the page sets them again). */
  | 'no-aria'
  /** Dialogs lose role, aria-modal and their name; the title is a bold div: a fixed box over a backdrop. */
  | 'dialog-div'
  /** Dialogs become inline panels under the control that opened them (no backdrop, no role). */
  | 'dialog-inline'
  /** A dialog showing a value (a read-only field) closes itself 1 s later, with its own close control. */
  | 'dialog-autoclose'
  /** Headings moved to another level (h1 … h6), kept at their size. */
  | 'headings'
  /** Tables → ARIA grids whose rows are `display: contents`. */
  | 'tables-grid'
  /** Data tables → one definition list (dt/dd) per row; a form's table (the scopes) stays. */
  | 'tables-dl'
  /** Data tables → cards: the first cell as title, the others as "Header: value" lines. */
  | 'tables-cards'
  /** `<label for>` → the label wraps its control. */
  | 'labels-wrap'
  /** Labels → plain divs beside their control (no for=, no wrapping label). */
  | 'labels-sibling'
  /** Text fields named by aria-label and placeholder only (boxes and drop-downs: a sibling div). */
  | 'labels-aria'
  /** `<button>` → `<span role=button tabindex=0>` (a click on it clicks the hidden original). */
  | 'buttons-span'
  /** `<button>` → `<a href="#">` (likewise). */
  | 'buttons-link'
  /** Read-only values emptied and set again by property 1–3 frames later; ID-like texts 0–3 frames. */
  | 'values-late'
  /** Read-only values shown in a `<pre>` with whitespace around them; ID-like texts likewise. */
  | 'values-pre';

/** Exact texts of the pages (a text node's words) and what they say instead, per CRM. */
export type Wording = Partial<Record<SandboxSite['crm'], Record<string, string>>>;

export interface Mutation {
  kinds: MutationKind[];
  /** Fixes every choice the script makes (heading levels, how many frames late). */
  seed: string;
  words?: Wording;
}

/** The CRMs' older wording (their public docs, product.md): View/Modify, New Apps, Generate Secret. */
export const OLDER_WORDS: Wording = {
  leap: { Developers: 'API Access', 'Public API Tokens': 'Access Tokens', 'API Token': 'Access Token', 'Your API token': 'Your access token' },
  servicetitan: {
    'My Apps': 'My Applications',
    '+ New App': 'New Apps',
    'New App': 'New Application',
    Read: 'View',
    Write: 'Modify',
    Generate: 'Generate Secret',
    'Not allowed': 'Not Connected Yet',
  },
  zoho: { 'Choose your organization': 'Choose an organization' },
};

/** Newer wording: "+ New Application" opening "Register an application", "New secret", "API Access". */
export const NEWER_WORDS: Wording = {
  leap: { 'Public API Tokens': 'API Access', 'API Token': 'Access Token', 'Your API token': 'Access token created' },
  servicetitan: { '+ New App': '+ New Application', 'New App': 'Register an application', Generate: 'New secret' },
  zoho: { 'Choose your organization': 'Select an organization' },
};

/** The default sites, every HTML page they serve carrying the mutation script. */
export function mutatedSites(mutation: Mutation): SandboxSite[] {
  checkWording(mutation.words ?? {});
  return allSites.map((site) => ({
    ...site,
    serve(request) {
      const response = site.serve(request);
      if (!response || response.status !== 200 || !/text\/html/i.test(response.contentType)) return response;
      return { ...response, body: injectMutations(response.body, { kinds: mutation.kinds, seed: mutation.seed, words: mutation.words?.[site.crm] ?? {} }) };
    },
  }));
}

/** The script goes first in <head>, before the page's own scripts: its observer sees everything they render. */
export function injectMutations(html: string, config: { kinds: MutationKind[]; seed: string; words: Record<string, string> }): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const tag = `<script data-sandbox-mutations>${PAGE_SCRIPT}(${json});document.currentScript.remove();</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('A sandbox page without <head>: the mutation script has nowhere to go.');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}

/** A new wording must not be a text the map rewords again (the script would loop on it). */
function checkWording(wording: Wording): void {
  for (const map of Object.values(wording)) {
    const again = Object.values(map).filter((to) => Object.hasOwn(map, to));
    if (again.length) throw new Error(`Wording maps ${again.join(', ')} to a text it rewords again.`);
  }
}
