// The parts of a playbook beyond its steps: the settings the popup asks for, the facts the card
// lists, the OAuth connection HeavySet makes itself. Pure data, like the rest (playbook.ts).
import type { Condition } from './playbook';
import type { TextMatch } from './text';

export type SettingInput =
  | { kind: 'multi'; optionsFrom: 'jobStageNames' | 'appointmentResultOptions' | 'modules' }
  | { kind: 'module'; optionsFrom: 'modules'; usually?: string }
  | { kind: 'choice'; choices: { value: string; label: string; help: string }[]; default?: string }
  | { kind: 'emails'; max: number }
  /** A captured field sent as a setting (e.g. Booking Provider ID): edited with the values. */
  | { kind: 'field'; field: string };

export interface SettingSpec {
  key: string;
  label: string;
  help: string;
  required: boolean;
  input: SettingInput;
}

/** Where a page fact's value is read. */
export type FactSource =
  /** The page's host name, through this map (hosts not in it: no fact). */
  | { host: Record<string, string> }
  /** A URL query parameter, through `map` when given; a value not in the map shows `otherwise`
   *  in red (e.g. an unknown OAuth client). */
  | { param: string; map?: Record<string, string>; otherwise?: string }
  /** The first capture group of this pattern, on the smallest visible element whose text matches. */
  | { text: TextMatch };

export interface PageFact {
  label: string;
  from: FactSource;
  when?: Condition;
}

export interface OAuthRegion {
  value: string;
  label: string;
  /** Where it is, shown beside its label in the region picker (e.g. the provider's host). */
  detail?: string;
  /** What each field HeavySet sets must end up as for this region (checked against its hint). */
  expect: Record<string, string>;
}

export interface OAuthSpec {
  /** The provider, as people call it (the CRM's own name, usually). */
  provider: string;
  /** The popup's button ("Connect …"). */
  label: string;
  help: string;
  /** HeavySet's endpoint that makes the consent URL, under the CRM config ("…/authorize"). */
  endpoint: string;
  /** The body field that carries the region picked. */
  regionParam: string;
  /** Label of the region select; the first region is the default. */
  regionLabel: string;
  /** What a region is called in sentences ("data centre"). */
  regionWord: string;
  regions: OAuthRegion[];
  /** The connection fields HeavySet sets once the provider redirects to it (all `readOnly`). */
  fields: string[];
  /** How those fields get set, for their rows in the popup ("Set by HeavySet itself when …"). */
  fieldsNote: string;
  /** The page the provider sends the person back to (HeavySet's own). */
  returnPage: Condition;
  /** The ONLY URL parameters read on the return page (never the grant code): name → 'region',
   *  'error' (the provider refused: any value means not connected, whatever HeavySet held before),
   *  or the field whose expected value (OAuthRegion.expect) it must equal. */
  returnParams: Record<string, string>;
  /** How long to wait for HeavySet to set the fields after the redirect. */
  waitSeconds: number;
  /** What to do when the fields stay blank or do not match: the seed's "repeat Steps 4–6". */
  retry: string;
}
