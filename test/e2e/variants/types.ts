// A rendering of the CRM screens other than test/sandbox/sites (a markup variant), and the walks a
// person does on it. The matrix test (test/e2e/variants/*.test.ts) runs every walk of every variant
// with the extension loaded and checks what the assistant did: the step its card showed at each
// checkpoint, and that what it captured equals what the CRM issued (and nothing else).
import type { Page } from 'puppeteer';
import type { SandboxSite } from '../../sandbox/sites/types';
import type { Sandbox } from '../harness';

export type CrmName = 'leap' | 'servicetitan' | 'zoho';

export interface VariantWalkContext {
  sandbox: Sandbox;
  /** Opens a tab on this variant's pages (the variant's sites answer its hosts). */
  open(url: string): Promise<Page>;
  /** The person clicks a button on the assistant's card (e.g. "Fill for me"). */
  cardClick(page: Page, name: string | RegExp): Promise<void>;
  /** Here the card should show this playbook step (its id); the matrix test checks it. */
  checkpoint(page: Page, stepId: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

export interface WalkResult {
  /** The values the CRM issued during the walk, by field key (apiToken, clientSecret, …): the
   *  assistant must have captured exactly these. */
  issued: Record<string, string>;
  /** Values the page showed that must NOT be captured (decoys: another tag's ID, an old token). */
  decoys?: Record<string, string[]>;
  /** Values HeavySet set itself during the walk, never captured by the assistant (Zoho's redirect
   *  fills refreshToken, apiDomain, accountsDomain): the dry run checks the backend holds them. */
  heavysetSet?: Record<string, string>;
}

export interface VariantWalk {
  crm: CrmName;
  /** What the walk covers, e.g. "token in a role-less modal, value set by script". */
  name: string;
  /** Viewport, when not the default 1280×800 (e.g. 1024×640). */
  viewport?: { width: number; height: number };
  walk(ctx: VariantWalkContext): Promise<WalkResult>;
}

export interface MarkupVariant {
  /** Short id: "seed-plain", "angular-ui-bootstrap", … */
  id: string;
  description: string;
  /** Sites answering the real CRM hosts for this variant (the default sites answer the rest). */
  sites: SandboxSite[];
  walks: VariantWalk[];
}
