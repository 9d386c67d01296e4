// What the guide shows on the page, as plain data the engine produces and the UI renders
// (components/overlay). Never a secret: captured values appear as their last 4 characters.

export interface RingView {
  rect: { top: number; left: number; width: number; height: number };
  label: string;
  tone: 'accent' | 'amber';
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
  stepNumber: number;
  stepCount: number;
  doneCount: number;
  title: string;
  hint: string;
  canFill: boolean;
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
  /** Values for which the page showed a different one: the person chooses (last 4 of each). */
  proposals: { field: string; label: string; held: string; proposed: string }[];
  minimised: boolean;
  rings: RingView[];
}

export interface GuideActions {
  onFill(): void;
  onToggleMinimised(): void;
  onGuardContinue(): void;
  onGuardCancel(): void;
  /** Keep the held value, or use the one the page showed instead. */
  onDecide(field: string, use: 'proposed' | 'held'): void;
}
