// Every markup variant (independent renderings of the CRM screens) and its walks.
import { leapAngularVariant } from './leap-angular';
import { leapAriaInline } from './leap-aria-inline';
import { leapBootstrapModal } from './leap-bootstrap-modal';
import { leapClassicModal } from './leap-classic-modal';
import { leapAntd } from './leap-antd';
import { leapElementAlert, leapElementDrawer, leapElementNotify } from './leap-element-drawer';
import { leapVuetify } from './leap-vuetify';
import { leapLit } from './leap-lit';
import { leapIframeModal } from './leap-iframe-modal';
import { leapRoutesMpa, leapRoutesSpa } from './leap-routes';
import { leapShadcn } from './leap-shadcn';
import { mutationVariants } from './mutations';
import { serviceTitanAnvilVariant } from './servicetitan-anvil';
import { stAnvilKendo } from './st-anvil-kendo';
import { stAriaGrid } from './st-aria-grid';
import { stLegacyPlain } from './st-legacy-plain';
import { stAngularMaterial } from './st-angular-material';
import { stChakra } from './st-chakra';
import { stKnockout } from './st-knockout';
import { stMuiPortals } from './st-mui-portals';
import { stPortalWc } from './st-portal-wc';
import { stPrimeVue } from './st-primevue';
import { stLegacyFrames } from './st-legacy-frames';
import type { MarkupVariant } from './types';
import { zohoAriaDe } from './zoho-aria-de';
import { zohoCardsDescribed } from './zoho-cards-described';
import { zohoClassicEn } from './zoho-classic-en';
import { zohoFormFr } from './zoho-form-fr';
import { zohoLyteJa } from './zoho-lyte-ja';
import { zohoPtSwitch } from './zoho-pt-switch';

/** Written from the seeds alone later, in the habits of other UI kits (Element-UI, Ant Design, Vuetify, Material UI,
 *  Chakra UI, Angular Material, the portal's own Knockout source, radio cards, Zoho's Lyte in Japanese, Lit-style web
 *  components in open shadow roots, a legacy shell whose screens are same-origin frames, shadcn/ui on Radix, PrimeVue,
 *  Zoho in Portuguese with a consent switch) or with the token on a page of its own (a History API route, a page load
 *  after a form POST). */
const freshVariants: MarkupVariant[] = [
  leapElementDrawer,
  leapElementAlert,
  leapElementNotify,
  leapAntd,
  leapVuetify,
  leapRoutesSpa,
  leapRoutesMpa,
  stMuiPortals,
  stChakra,
  stAngularMaterial,
  stKnockout,
  zohoCardsDescribed,
  zohoLyteJa,
  stLegacyFrames,
  leapLit,
  leapIframeModal,
  stPortalWc,
  zohoPtSwitch,
  stPrimeVue,
  leapShadcn,
];

/** Written from the seeds alone, four per CRM (dry run: dry-run.test.ts). */
export const seedVariants: MarkupVariant[] = [leapClassicModal, leapAriaInline, leapBootstrapModal, stAnvilKendo, stLegacyPlain, stAriaGrid, zohoClassicEn, zohoAriaDe, zohoFormFr, ...freshVariants];

/** Rendered as the CRMs' own UI frameworks do (dry run: framework-dry-run.test.ts). */
export const frameworkVariants: MarkupVariant[] = [leapAngularVariant, serviceTitanAnvilVariant];

/** The independent renderings. */
export const allVariants: MarkupVariant[] = [...seedVariants, ...frameworkVariants];

/** The default sandbox pages, mutated one kind of change at a time (./mutations.ts). */
export { mutationVariants };

/** What the matrix walks: the renderings, then the mutations. */
export const matrixVariants: MarkupVariant[] = [...allVariants, ...mutationVariants];
