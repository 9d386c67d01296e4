// Whether the changes watch.ts noted matter to the guide is decided later, for many page updates at
// once, when the page is idle and in short slices (never a long task of ours); then one pageChanged.
import type { Lifecycle } from './ports';
import { now } from './dom';

export const SETTLE_MS = 100;
/** One slice of the "does it matter" analysis stays well under a long task (50 ms). */
export const SLICE_MS = 8;
const SLICE_RECORDS = 64; // one `matters` call on a big table's records can take tens of ms: time is checked often
/** More noted records than this: report a change without analysing them (cheaper than reading them all). */
const MAX_NOTED = 20_000;

/** Lets the page run before the next slice (scheduler.yield when there is one). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** "Does it matter": for whole records, and — when given — for text alone (no page read) and for
 *  the elements text changed in (read later, many at once). */
export type Matters = ((records: MutationRecord[]) => boolean) & {
  text?(text: string): boolean;
  /** `judged`: those of `els` whose whole own text `text` already tested (not read again). */
  around?(els: Iterable<Element>, judged?: ReadonlySet<Element>): boolean;
  /** Noted changes are dropped unread. */
  forget?(): void;
};

export interface ChangeReporter {
  /** Records seen by the observer: analysed later; a pageChanged if one matters. */
  note(records: MutationRecord[]): void;
  /** Only text changed inside `el` (the first `count` of `texts` came or went): can be told apart
   *  without records. `whole`: the text that came is all of `el`'s text now. False when the handlers
   *  need the records. */
  noteText(el: Element, texts: readonly string[], count: number, whole?: boolean): boolean;
  /** The page changed for sure: one coalesced pageChanged. */
  requestChange(): void;
  /** No more reports; what is noted is dropped. */
  stop(): void;
}

export function reportChanges(
  lifecycle: Lifecycle,
  handlers: { pageChanged(): void; matters?: Matters },
): ChangeReporter {
  let stopped = false;
  /** After the coalescing delay, at a gap in the page's own work (at most another delay). */
  const later = (run: () => void): void => {
    const whenIdle = lifecycle.requestIdleCallback ? () => lifecycle.requestIdleCallback!(run, { timeout: SETTLE_MS }) : run;
    lifecycle.setTimeout(whenIdle, SETTLE_MS);
  };
  let changePending = false;
  const requestChange = (): void => {
    if (changePending) return;
    changePending = true;
    later(() => {
      changePending = false;
      if (!stopped) handlers.pageChanged();
    });
  };

  // Records, and elements text changed in, noted since the last analysis: read in slices, off the page's task.
  let noted: MutationRecord[] = [];
  /** Element text changed in → whether its last note gave all of its text (tested then: not read again). */
  const around = new Map<Element, boolean>();
  const pending = (): number => noted.length + around.size;
  const drop = (): void => {
    noted = [];
    around.clear();
    handlers.matters?.forget?.();
  };
  /** The next few elements text changed in (taken out of the map), and those of them judged whole
   *  (the same two lists each time: `matters.around` reads them at once). */
  const next: [Element[], Set<Element>] = [[], new Set()];
  const nextAround = (): [Element[], Set<Element>] => {
    const [out, judged] = next;
    out.length = 0;
    judged.clear();
    for (const el of around.keys()) {
      if (around.get(el)) judged.add(el);
      around.delete(el);
      out.push(el);
      if (out.length === SLICE_RECORDS) break;
    }
    return next;
  };
  let analysisPending = false;
  const analyse = async (): Promise<void> => {
    const matters = handlers.matters!;
    while (pending() && !stopped) {
      if (pending() > MAX_NOTED || changePending) break;
      const started = now();
      while (pending() && now() - started < SLICE_MS) {
        const found = noted.length ? matters(noted.splice(0, SLICE_RECORDS)) : matters.around!(...nextAround());
        if (found) {
          drop();
          analysisPending = false;
          handlers.pageChanged();
          return;
        }
      }
      if (pending()) await yieldToPage();
    }
    analysisPending = false;
    if (stopped) return;
    if (pending()) {
      // Too many to read, or a change is already reported (it reads the page as it is then).
      drop();
      requestChange();
    }
  };
  const schedule = (): void => {
    if (analysisPending) return;
    analysisPending = true;
    later(() => void analyse());
  };
  const note = (records: MutationRecord[]): void => {
    if (!handlers.matters) {
      requestChange();
      return;
    }
    // (Pushed one by one: a page rendering a big table in one task hands over more records than
    // a spread's arguments may hold.)
    for (let i = 0; i < records.length; i++) {
      const target = records[i]!.target as Element;
      if (pending() <= MAX_NOTED) noted.push(records[i]!);
      // An element added inside one noted as judged whole: its own text is read again after all.
      if (around.get(target)) around.set(target, false);
    }
    schedule();
  };
  const noteText = (el: Element, texts: readonly string[], count: number, whole = false): boolean => {
    const matters = handlers.matters;
    if (!matters?.text || !matters.around) return false;
    // Tested even while a change is pending (`matters` learns from every text: relevance.ts).
    for (let i = 0; i < count; i++) {
      if (matters.text(texts[i]!)) {
        requestChange();
        return true;
      }
    }
    if (changePending) return true; // the page is read again anyway
    if (pending() <= MAX_NOTED) around.set(el, whole); // the last note tells the element's text now
    schedule();
    return true;
  };

  return {
    note,
    noteText,
    requestChange,
    stop() {
      stopped = true;
      drop();
    },
  };
}
