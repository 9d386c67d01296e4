// What the overlay shows: plain data from the guide engine (never a secret, only last 4).

export interface RingView {
  rect: { top: number; left: number; width: number; height: number };
  label: string;
  tone: 'accent' | 'amber';
}

export interface OverlayView {
  playbookName: string;
  stepNumber: number;
  stepCount: number;
  doneCount: number;
  title: string;
  hint: string;
  canFill: boolean;
  fill?: { filled: string[]; missed: string[] };
  checks: { name: string; ok: boolean; message?: string; /** A loud, red failure. */ danger?: boolean }[];
  /** What the page tells (which app asks, data centre, account); `danger` values in red. */
  facts?: { label: string; value: string; danger?: boolean }[];
  /** A connection awaited from HeavySet (OAuth return page). */
  status?: { tone: 'ok' | 'wait' | 'danger'; text: string };
  troubles: string[];
  captures: { label: string; lastFour: string }[];
  problems: string[];
  guard?: string;
  minimised: boolean;
  rings: RingView[];
}

export interface OverlayActions {
  onFill(): void;
  onToggleMinimised(): void;
  onGuardContinue(): void;
  onGuardCancel(): void;
}
