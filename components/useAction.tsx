import { useState } from 'preact/hooks';

const NO_ANSWER = 'The assistant did not answer. Close and reopen the popup, then try again.';

/**
 * A button's request to the background: busy while it runs, the error it answered (or that it did
 * not answer at all) kept for display, `onDone` after either way so the popup reloads its state.
 * `run` resolves to the error to show, or null.
 */
export function useAction(run: () => Promise<string | null>, onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(): Promise<void> {
    setError(null);
    setBusy(true);
    try {
      setError(await run());
    } catch {
      setError(NO_ANSWER);
    } finally {
      setBusy(false);
      onDone();
    }
  }

  return { busy, error, start };
}

export function ActionProblem({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p class="problem" role="alert">
      ⚠ {error}
    </p>
  );
}
