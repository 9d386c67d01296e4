// What the guide shows on the page, as plain data the engine produces and the UI renders
// (components/overlay). Never a secret: captured values appear as their last 4 characters.

export interface RingView {
  rect: { top: number; left: number; width: number; height: number };
  label: string;
  tone: 'accent' | 'amber' | 'pick';
}

export interface CheckView {
  name: string;
  ok: boolean;
  message?: string;
  /** A loud, red failure (possible phishing). */
  danger?: boolean;
}

export interface FactView {
  label: string;
  value: string;
  /** The value is not a known good one (shown in red). */
  danger?: boolean;
}

export interface GuideView {
  playbookName: string;
  /** The step's position in the guide (1-based): one numbering for the card and the checklist. */
  stepNumber: number;
  stepCount: number;
  /** The seed's own step number(s) for it ("6–7"). */
  guideStep: string;
  doneCount: number;
  title: string;
  hint: string;
  /** No step applies on this page: where the person is (the card says what comes next). */
  waiting?: {
    where: string;
    /** The next step's place (its title and hint are the view's), or none: everything is done. */
    next?: { place: string; /** It happens on this very page (its target is not in sight yet). */ here: boolean };
  };
  /** Where the next step happens, when that is another page. */
  link?: { url: string; label: string };
  canFill: boolean;
  /** The step waits for a value: the person may point at it (Pick on page). */
  canPick: boolean;
  /** Pick on page is on: the field being picked. */
  picking?: string;
  fill?: { filled: string[]; missed: string[] };
  checks: CheckView[];
  /** What the page tells (which app asks, data centre, account). */
  facts: FactView[];
  /** A connection awaited from HeavySet (OAuth return page). */
  status?: { tone: 'ok' | 'wait' | 'danger'; text: string };
  troubles: string[];
  captures: { label: string; lastFour: string }[];
  /** What the assistant itself reports: a value it refused or could not keep, no answer. */
  alerts: string[];
  /** The question asked before a guarded click. */
  guard?: string;
  /** Something needs the person now (a question, a danger, a value to choose): the card unfolds. */
  attention: boolean;
  /** What the card must not cover: the step's target, the open dialog's buttons, the value awaited. */
  avoid: RingView['rect'][];
  /** Values for which the page showed a different one: the person chooses (last 4 of each). */
  proposals: { field: string; label: string; held: string; proposed: string }[];
  rings: RingView[];
}

export interface GuideActions {
  onFill(): void;
  /** Start (or stop) pointing at a value on the page, for a field of the current step. */
  onPick(field?: string): void;
  onGuardContinue(): void;
  onGuardCancel(): void;
  /** Keep the held value, or use the one the page showed instead. */
  onDecide(field: string, use: 'proposed' | 'held'): void;
}
