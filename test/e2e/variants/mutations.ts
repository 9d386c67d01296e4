// The mutated renderings of the default sandbox pages (test/sandbox/renderings/mutations): one kind of
// markup change per variant (the last one combines several at 1024×640), each walked on every flow
// it changes, with the same walks (./sandbox-walks.ts).
import { mutatedSites, NEWER_WORDS, OLDER_WORDS, type MutationKind, type Wording } from '../../sandbox/renderings/mutations/index';
import { leapMidFlowWalk, leapWalk, stBookingWalk, stConnectionsWalk, stWholeWalk, zohoNoCrmWalk, zohoOrgWalk, type SandboxWalkOptions } from './sandbox-walks';
import type { MarkupVariant, VariantWalk } from './types';

const SMALL_SCREEN = { width: 1024, height: 640 };

/** Every flow: Leap, the whole ServiceTitan seed, Zoho's picker and its no-CRM page. */
const everyFlow = (o: SandboxWalkOptions) => [leapWalk(o), stWholeWalk(o), zohoOrgWalk(o), zohoNoCrmWalk(o)];
/** The flows whose pages the kind changes (Zoho's consent page has no dialog, table, field or value). */
const pageFlows = (o: SandboxWalkOptions) => [leapWalk(o), stWholeWalk(o)];
/**
 * Leap, and ServiceTitan's pages with dialogs, data tables and values, walked as two flows entered
 * in the middle (Booking Providers → API Application Access; App Connections → Edit) rather than the
 * whole seed: the New App form has no dialog, data table or value, and the whole seed takes four
 * times as long. Also for the kinds close to one walked whole (labels wrapping ~ sibling labels,
 * buttons as links ~ as spans).
 */
const stPageFlows = (o: SandboxWalkOptions) => [leapWalk(o), stBookingWalk(o), stConnectionsWalk(o)];

export interface MutationPlan {
  id: string;
  description: string;
  kinds: MutationKind[];
  words?: Wording;
  walks(options: SandboxWalkOptions): VariantWalk[];
  options?: SandboxWalkOptions;
}

export const MUTATION_PLANS: MutationPlan[] = [
  { id: 'mut-no-aria', description: 'Every role and aria-* attribute removed, and kept off when the page sets them again.', kinds: ['no-aria'], walks: everyFlow },
  { id: 'mut-dialog-div', description: 'Dialogs lose role, aria-modal and their name, their title a bold div: fixed boxes over a backdrop.', kinds: ['dialog-div'], walks: stPageFlows },
  { id: 'mut-dialog-inline', description: 'Dialogs become inline panels under the control that opened them: no backdrop, no role.', kinds: ['dialog-inline'], walks: stPageFlows },
  {
    id: 'mut-dialog-autoclose',
    description: 'A dialog showing a value (the token, the Client Secret) closes itself 1 s later; the person never copies it.',
    kinds: ['dialog-autoclose'],
    walks: (o) => [leapWalk(o), stConnectionsWalk(o)],
    options: { selfClosing: true },
  },
  {
    id: 'mut-words-older',
    description: 'Older wording (My Applications, New Apps, View/Modify, Generate Secret, Not Connected Yet; API Access, Access Token) and headings moved to other levels.',
    kinds: ['headings'],
    words: OLDER_WORDS,
    walks: everyFlow,
  },
  {
    id: 'mut-words-newer',
    description: 'Newer wording (+ New Application opening "Register an application", New secret; Access Token) and headings moved to other levels.',
    kinds: ['headings'],
    words: NEWER_WORDS,
    walks: everyFlow,
  },
  { id: 'mut-tables-grid', description: 'Tables as ARIA grids whose rows are display: contents (the scopes table too).', kinds: ['tables-grid'], walks: pageFlows },
  { id: 'mut-tables-dl', description: 'Data tables as one definition list (dt/dd) per row: the tag ID, Tenant ID and Client ID in a <dd>.', kinds: ['tables-dl'], walks: stPageFlows },
  { id: 'mut-tables-cards', description: 'Data tables as cards: the first cell the title, the others "Header: value" lines.', kinds: ['tables-cards'], walks: stPageFlows },
  { id: 'mut-labels-wrap', description: 'Every <label for> wraps its control instead.', kinds: ['labels-wrap'], walks: stPageFlows },
  {
    id: 'mut-labels-sibling',
    description: 'Labels are plain divs beside their control (no for=, no wrapping label; the consent box’s words a sibling).',
    kinds: ['labels-sibling'],
    walks: (o) => [leapWalk(o), stWholeWalk(o), zohoOrgWalk(o)],
  },
  { id: 'mut-labels-aria', description: 'Text fields named by aria-label and placeholder only; drop-downs and boxes by a sibling div.', kinds: ['labels-aria'], walks: pageFlows },
  { id: 'mut-buttons-span', description: 'Every <button> shown as a <span role=button tabindex=0> (the original hidden).', kinds: ['buttons-span'], walks: everyFlow },
  { id: 'mut-buttons-link', description: 'Every <button> shown as a link <a href="#"> (the original hidden).', kinds: ['buttons-link'], walks: (o) => [...stPageFlows(o), zohoOrgWalk(o), zohoNoCrmWalk(o)] },
  { id: 'mut-values-late', description: 'Read-only values emptied and set again by property 1–3 frames later; ID-like texts 0–3 frames.', kinds: ['values-late'], walks: stPageFlows },
  { id: 'mut-values-pre', description: 'Read-only values shown in a <pre> with whitespace around them; ID-like texts likewise.', kinds: ['values-pre'], walks: stPageFlows },
  { id: 'mut-viewport-1024', description: 'The default pages at 1024×640 (the whole ServiceTitan seed at 1024×640: mut-combined).', kinds: [], walks: (o) => [...stPageFlows(o), zohoOrgWalk(o), zohoNoCrmWalk(o)], options: { viewport: SMALL_SCREEN } },
  {
    id: 'mut-mid-flow',
    description: 'Flows entered in the middle, the earlier steps done through the sandbox backend: Leap with an earlier token, ServiceTitan at App Connections and at Booking Providers.',
    kinds: [],
    walks: (o) => [leapMidFlowWalk(o), stConnectionsWalk(o), stBookingWalk(o)],
  },
  {
    id: 'mut-combined',
    description: 'No ARIA, div dialogs, headings moved, older wording, grids with display: contents rows, sibling-div labels, span buttons, late values, at 1024×640.',
    kinds: ['no-aria', 'dialog-div', 'headings', 'tables-grid', 'labels-sibling', 'buttons-span', 'values-late'],
    words: OLDER_WORDS,
    walks: everyFlow,
    options: { viewport: SMALL_SCREEN, shots: 'matrix-combined' },
  },
];

export const mutationVariants: MarkupVariant[] = MUTATION_PLANS.map((plan) => ({
  id: plan.id,
  description: plan.description,
  sites: mutatedSites({ kinds: plan.kinds, seed: plan.id, words: plan.words }),
  walks: plan.walks({ ...plan.options, words: plan.words }),
}));
