// Every markup variant (independent renderings of the CRM screens) and its walks.
import { leapAriaInline } from './leap-aria-inline';
import { leapBootstrapModal } from './leap-bootstrap-modal';
import { leapClassicModal } from './leap-classic-modal';
import { stAnvilKendo } from './st-anvil-kendo';
import { stAriaGrid } from './st-aria-grid';
import { stLegacyPlain } from './st-legacy-plain';
import type { MarkupVariant } from './types';
import { zohoAriaDe } from './zoho-aria-de';
import { zohoClassicEn } from './zoho-classic-en';
import { zohoFormFr } from './zoho-form-fr';

export const allVariants: MarkupVariant[] = [leapClassicModal, leapAriaInline, leapBootstrapModal, stAnvilKendo, stLegacyPlain, stAriaGrid, zohoClassicEn, zohoAriaDe, zohoFormFr];
