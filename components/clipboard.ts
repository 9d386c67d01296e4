// Copy of a secret from the popup: the clipboard is cleared after a minute if it still holds that
// secret. Reading the clipboard needs a permission the assistant does not ask for (an install
// warning for every user), so "still holds it" is known another way where it can be: while the
// page kept the focus since the copy, nothing else could write the clipboard but this page, whose
// own copies are tracked. When the focus left in between, the clipboard is read if the browser
// allows it, and left alone if not (never wipe what the person copied since). A popup that closes
// takes its timer with it: the person is told the clearing works while the popup stays open.

export const CLEAR_AFTER_MS = 60_000;

interface Pending {
  value: string;
  timer: ReturnType<typeof setTimeout>;
  /** The page lost the focus since the copy: another application may have written the clipboard. */
  focusLeft: boolean;
}

let pending: Pending | null = null;

function forget(): void {
  if (!pending) return;
  clearTimeout(pending.timer);
  pending = null;
  removeEventListener('blur', onBlur);
  document.removeEventListener('copy', onOwnCopy);
  document.removeEventListener('cut', onOwnCopy);
}

const onBlur = () => {
  if (pending) pending.focusLeft = true;
};
/** The person copied something else in this page (a selection): the clipboard is no longer ours. */
const onOwnCopy = () => forget();

async function stillHolds(entry: Pending): Promise<boolean> {
  try {
    return (await navigator.clipboard.readText()) === entry.value;
  } catch {
    // Not allowed to read: certain only when nothing outside this page could have written it.
    return !entry.focusLeft && document.hasFocus();
  }
}

async function clearIfStillHeld(entry: Pending): Promise<void> {
  if (pending !== entry) return;
  const held = await stillHolds(entry);
  forget();
  if (held) await navigator.clipboard.writeText('').catch(() => undefined);
}

/** Copies `value`; after `ms`, clears the clipboard if it still holds it. Throws when the copy is refused. */
export async function copyAndClearLater(value: string, ms = CLEAR_AFTER_MS): Promise<void> {
  await navigator.clipboard.writeText(value);
  forget();
  const entry: Pending = { value, focusLeft: false, timer: setTimeout(() => void clearIfStillHeld(entry), ms) };
  pending = entry;
  addEventListener('blur', onBlur);
  document.addEventListener('copy', onOwnCopy);
  document.addEventListener('cut', onOwnCopy);
}

/** Copies a value that is not secret (nothing to clear); forgets a secret waiting to be cleared. */
export async function copyPlain(value: string): Promise<void> {
  await navigator.clipboard.writeText(value);
  forget();
}
