// The shape of a CRM playbook: the setup guide as data. The engine (utils/guide) reads it and
// knows no CRM by name; adding a CRM is one playbook file plus its content-script entry.
// Pure data (JSON-serialisable): every pattern is a string (see text.ts's TextMatch), so
// HeavySet can ship a playbook as a signed document (playbook-schema.ts validates one).
//
// What a step shows on the card, one word each:
// - hint: what to do now, in the seed's words.
// - target: the element to click or fill, ringed on the page.
// - check: a fact the step verifies on the page (✓ when it holds, ⚠ with what to do when not).
// - trouble: the seed's troubleshooting, shown only while its evidence is on the page.
// - guard: a question asked before a click that would destroy a captured value.
// (The engine adds its own alerts: a value it could not keep, a background that does not answer.)
import type { CrmType } from '../heavyset/contract';
import type { OAuthState } from '../messages';
import type { TextMatch } from './text';
import type { OAuthSpec, PageFact, SettingSpec } from './playbook-extras';

export type { TextMatch, OAuthState };
export type * from './playbook-extras';

export type Role =
  | 'button'
  | 'link'
  | 'menuitem'
  | 'tab'
  | 'checkbox'
  | 'radio'
  | 'option'
  | 'heading'
  | 'dialog'
  | 'row'
  | 'cell'
  | 'textbox'
  | 'combobox'
  | 'listitem'
  | 'img';

/** How the engine finds an element, by what a person reads. Looked up lazily, every time
 *  it is needed (SPA re-renders replace elements). `within` narrows to a container. */
export type Locator =
  /** `primary`: only the button that stands out by its fill (the page's main action), for pages
   *  whose words the playbook cannot know (any UI language). */
  | { role: Role; name?: TextMatch; primary?: true; within?: Locator }
  /** A form control by its label: <label for>, wrapping label, aria-label(ledby), placeholder,
   *  or the text right before it. */
  | { label: TextMatch; within?: Locator }
  /** The smallest visible element whose own text matches. */
  | { text: TextMatch; within?: Locator }
  /** A form control showing this value (a text box's contents, a select's choice): words a person
   *  reads in a box rather than as text. */
  | { value: TextMatch; within?: Locator }
  /** A table/grid row (or list item) whose text contains the match, or that holds an element
   *  whose own words are it (an anchored pattern names one cell exactly). */
  | { rowContaining: TextMatch; within?: Locator }
  /** The control in the cell at row × column of a table or ARIA grid (bare checkboxes named only by
   *  their headers): `row` is matched on the row header, else the row's first cell with text (use
   *  anchored patterns: "Jobs" is not "Job Types"); `column` on the column header's text. `control`
   *  narrows the control (any control by default). For fill and step targets, not conditions. */
  | { cell: { row: TextMatch; column: TextMatch }; control?: Role; within?: Locator }
  /** Last resort, when nothing readable identifies the element. */
  | { css: string; within?: Locator };

/** Facts the engine can check. Page facts are checked by content scripts only; state facts
 *  come from the background (never values, only which fields are captured/sent). */
/** With a list of locators, the first that finds something answers. */
export type Condition =
  | { present: Locator | Locator[] }
  | { absent: Locator | Locator[] }
  /** The page URL matches (a "/…/" pattern, or a literal it contains). */
  | { url: TextMatch }
  /** The page URL has this query parameter (with this exact value / matching, when given). */
  | { param: string; equals?: string; matches?: TextMatch }
  /** The checkbox (or switch) found by the locator is ticked. */
  | { checked: Locator | Locator[] }
  /** The background's watch of an OAuth connection (Playbook.oauth) is in this state. */
  | { oauth: OAuthState }
  /** The assistant has this field's value (kept here or at HeavySet), and Verify did not reject it. */
  | { captured: string }
  /** HeavySet holds this field's value. */
  | { sent: string }
  /** A value of this field is kept here, not yet confirmed by HeavySet. */
  | { unsent: string }
  /** The last Verify found this field's value wrong (and no newer one was captured since). */
  | { rejected: string }
  | { settingsSaved: true }
  | { verified: true }
  | { all: Condition[] }
  | { any: Condition[] }
  /** At least `atLeast` of these hold: a page recognised by several signals, none decisive alone
   *  (a form by the labels it shows). */
  | { atLeast: number; of: Condition[] }
  | { not: Condition };

export interface FieldFormat {
  /** The whole value after trimming must match (a "/^…$/" pattern). */
  pattern: TextMatch;
  /** Human words for the pattern, used in errors: "starts with cid. and 25 letters or digits". */
  description: string;
}

/** How a field's value is recognised on a page: by the words that label it, and — for a field
 *  with a strong shape (`detect`) — by that shape when it newly appears (a dialog, a panel, a
 *  row). Visible values only; see capture.ts for the evidence and the contradictions. */
export interface CaptureSpec {
  /** The words that name the value: its label, column header or term ("Tenant ID", "Client ID:"). */
  labels: TextMatch[];
  /** Only in the row (table/grid row, list item, record) whose words match: the tag named
   *  "HeavySet Tech". A row named exactly so beats "HeavySet Tech (old)"; an inactive row loses. */
  row?: TextMatch;
  /** Where a list shows one per record (My Apps: every app's Client ID), the value in the record named
   *  so wins, and another record's is never taken while that one is listed (even showing none);
   *  elsewhere (one app's connections, rows that name no app) it is taken as it is. */
  prefersRow?: TextMatch;
  /** Only while the page shows this (anywhere): e.g. the app's name, so that another app's
   *  look-alike page is not captured. */
  pageShows?: Locator | Locator[];
}

export interface FieldSpec {
  /** The API's name for it (connection field or settings key). */
  key: string;
  /** Ids of the Verify checks that test this value: a failed one sends the guide back to capture it again. */
  verifiedBy?: string[];
  /** As a person reads it and as the popup row is labelled: "API Token". */
  label: string;
  secret: boolean;
  format: FieldFormat;
  /** Typical shape, stricter than `format`: spots the value bare on a page and tells fields
   *  apart (a Client ID pasted where the secret belongs). */
  detect?: TextMatch;
  sendTo: 'connection' | 'settings';
  /** Absent for values HeavySet sets itself (`readOnly`). */
  capture?: CaptureSpec;
  /** Match patterns of the pages it may be captured on (a subset of the playbook's `pages`;
   *  absent: all of them). A value shown on another host is never taken. */
  hosts?: string[];
  /** Shown once by the CRM: only a value that appeared after the person acted is taken (never
   *  one the page showed on arrival), and the card insists it is captured before the dialog closes. */
  shownOnce?: boolean;
  /** Set by HeavySet itself (e.g. after an OAuth redirect): never captured, edited or sent;
   *  the popup shows HeavySet's status for it. */
  readOnly?: boolean;
}

export type FillValue =
  | { text: string }
  /** A user setting (options page / playbook defaults) such as `homepage` or `engineerEmail`. */
  | { setting: string }
  | { check: boolean }
  /** Pick the option whose text matches (select, radio group, listbox). */
  | { choose: TextMatch };

export interface FillItem {
  /** With a list, the first one found on the page. */
  target: Locator | Locator[];
  value: FillValue;
  /** Description for the "could not fill" list. */
  name: string;
}

export interface Trouble {
  when: Condition;
  message: string;
  /** Locator to point at while the trouble stands (e.g. the missing menu); with a list, the first found. */
  target?: Locator | Locator[];
}

export interface PageCheck {
  /** What is checked, worded as the passing state: "No earlier token". */
  name: string;
  /** The headline when it fails (the passing wording would mislead): "A token already exists". */
  failName?: string;
  /** Passed when this holds; shown as failed with `failMessage` when `failWhen` holds. */
  passWhen: Condition;
  failWhen?: Condition;
  failMessage: string;
  /** 'danger': a failure is shown loudly in red at the top of the card (possible phishing). */
  severity?: 'danger';
}

/** Ask before a click that would destroy a captured value (e.g. regenerate a secret). */
export interface Guard {
  click: Locator;
  /** Only while this field is captured or sent; absent: always. */
  field?: string;
  message: string;
}

export interface StepSpec {
  id: string;
  /** The seed's step number(s), as the guide reads: "2", "13–14". */
  guideStep: string;
  /** Checklist line. */
  title: string;
  /** Where it happens, in words for the checklist ("Settings → Developers"). */
  place: string;
  /** This page shows this step now. Absent: not a page step (popup or elsewhere). */
  when?: Condition;
  /** Ticked when this holds (checked on the page and against state). Absent: ticked by hand. */
  done?: Condition;
  hint: string;
  /** What to highlight; with a list, the first one found on the page. */
  target?: Locator | Locator[];
  fill?: FillItem[];
  checks?: PageCheck[];
  troubles?: Trouble[];
  guards?: Guard[];
  /** Fields captured on this step. */
  captures?: string[];
  /** Steps that must be done before this one: when the page shows this step (or it is done), they
   *  are done too — a connected tenant row means the app and the tag exist. */
  requires?: string[];
  /** Where this step happens, as a link the card offers when the person is elsewhere. */
  opens?: { url: string; label: string };
}

export interface Playbook {
  crm: CrmType;
  /** As people call the CRM, e.g. in the card's header. */
  name: string;
  /** The seed it follows, for troubleshooting references. */
  guide: string;
  /** Match patterns of the CRM pages its content script runs on (manifest and sender checks). */
  pages: string[];
  fields: FieldSpec[];
  steps: StepSpec[];
  settings: SettingSpec[];
  /** Defaults for `{ setting }` fill values; the person can change them in the popup. */
  fillDefaults?: Record<string, string>;
  /** Facts the overlay lists on the pages where they apply (which app asks, which data centre). */
  facts?: PageFact[];
  /** Names of the CRM's pages, to say where the person is when no step applies here. */
  places?: { name: string; when: Condition }[];
  /** The connection is made by an OAuth consent that HeavySet starts and receives itself. */
  oauth?: OAuthSpec;
  /** Where the person starts on the CRM's pages (popup's empty state, options after Save): a page, or the OAuth Connect. */
  start?: { label: string; url: string } | { label: string; oauth: true };
  /** The seed's troubleshooting the popup shows: when the CRM refuses a credential, when it
   *  offers no settings options, when the options are asked before the credentials are sent.
   *  'rejected' applies only to the Verify checks (ids) and refused fields it names. */
  popupTroubles: { when: 'rejected' | 'optionsEmpty' | 'notConnected'; message: string; checks?: string[]; fields?: string[] }[];
}
