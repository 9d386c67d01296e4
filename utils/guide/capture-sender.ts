// Values found on the page go to the background at once (a one-time dialog may close any moment):
// each value of a field once, a better-evidenced one before a weaker one is sent, refused ones said
// in words, competing ones asked about (never guessed), the stored ones confirmed by their last 4.
import { i18n } from '#i18n';
import type { Ask } from './ports';
import type { FieldSpec, Playbook } from './playbook';
import { ARRIVAL_RANK, candidatesFor, choose, type CaptureContext } from './capture';
import { readingsIn, readingsInSlices, type Reading } from './readings';
import { inOneLook, LATER } from './look-memory';
import { valueScopeFilter } from './capture-scope';
import { locate } from './locate';
import { matchesPattern } from './hosts';
import { lastFour } from '../value-text';

export interface CaptureSender {
  /** Looks for every field's value in the subtrees that changed; returns those that cannot hold one
   *  (nothing in them is a text box, a nested root, or words of a field: watch-follow-ups.ts). */
  scan(scopes: ParentNode[]): ReadonlySet<ParentNode>;
  /** The person acted on the page: what appears from now on is new. */
  acted(): void;
  /** A page arrived (loaded, or another page of a single-page app): what it shows before the person
   *  acts is not new — unless it `answers` the person's press (a form posted: then it is new). It is read
   *  in short slices, `pause` between them (a big page is not one long task). */
  arrive(pause: () => Promise<void>, answers?: boolean): Promise<void>;
  /** What was captured on this page: label and last 4 characters. */
  captures(): { label: string; lastFour: string }[];
  /** The elements that showed the values sent from here (the card keeps off them: the person may still read one). */
  shown: ReadonlySet<Element>;
  /** The person picked this value on the page (Pick on page): sent as a capture is. */
  picked(field: FieldSpec, value: string): void;
}

export interface CaptureSenderDeps {
  playbook: Playbook;
  ask: Ask;
  doc: Document;
  /** The page address the values are said to come from (no query string: it may hold secrets). */
  source(): string;
  alert(message: string): void;
  clearAlerts(prefix: string): void;
  /** After each answer: the background's state changed. */
  stored(): Promise<void>;
  /** A look's time in one task (look-in-tasks.ts). */
  lookMs?: number;
}

const NONE: ReadonlySet<ParentNode> = new Set();

export function createCaptureSender(deps: CaptureSenderDeps): CaptureSender {
  const { playbook } = deps;
  /** Values sent per field, with the person's action they followed (`epoch`). */
  const sent = new Map<string, { value: string; rank: number; epoch: number }[]>();
  let epoch = 0;
  const captured = new Map<string, string>();
  const shown = new Set<Element>();
  /** Values the page showed before the person acted on it (per field). */
  const before = new Map<string, Set<string>>();
  let settled = false;
  const mayHoldValue = valueScopeFilter(playbook.fields);
  const fieldsHere = (): FieldSpec[] =>
    playbook.fields.filter((f) => !f.readOnly && f.capture && (!f.hosts || f.hosts.some((pattern) => matchesPattern(pattern, deps.doc.location.href))));

  const context: CaptureContext = {
    fields: playbook.fields,
    isNew: (field, value) => settled && !before.get(field.key)?.has(value),
  };

  /** Without a rank: picked by the person (Pick on page). */
  async function send(field: FieldSpec, value: string, rank?: number): Promise<void> {
    const answer = await deps.ask({ type: 'capture', crm: playbook.crm, field: field.key, value, rank, picked: rank === undefined, source: deps.source() });
    if (answer.ok) {
      // A different value than the one held waits for the person (the card asks): not "captured".
      if (answer.value.outcome !== 'proposed') captured.set(field.label, answer.value.lastFour);
      deps.clearAlerts(field.label);
    } else {
      deps.alert(`${field.label}: ${answer.problem}`);
      // Not stored: tried again when it is seen next.
      sent.set(field.key, (sent.get(field.key) ?? []).filter((s) => s.value !== value));
    }
    await deps.stored();
  }

  function remember(field: FieldSpec, value: string): void {
    const seen = before.get(field.key) ?? new Set<string>();
    seen.add(value);
    before.set(field.key, seen);
  }

  /** `arriving`: what the page showed before the person acted (on arrival, or since). */
  function scanField(field: FieldSpec, scopes: { scope: ParentNode; readings: Reading[] }[], arriving = !settled): void {
    const spec = field.capture!;
    const candidates = scopes.flatMap(({ scope, readings }) => candidatesFor(field, scope, { ...context, isNew: arriving ? () => true : context.isNew }, readings));
    if (!candidates.length) return;
    if (arriving) {
      // Arrival: what the page shows before the person acts is remembered, and only labelled
      // values of fields not shown once are taken (an ID on a details page).
      for (const c of candidates) remember(field, c.value);
      if (field.shownOnce) return;
    }
    if (spec.pageShows && !locate(spec.pageShows, deps.doc)) return;
    const found = choose(arriving ? candidates.filter((c) => c.rank >= ARRIVAL_RANK) : candidates);
    if (!found) return;
    if ('ambiguous' in found) {
      deps.alert(
        i18n.t('card.ambiguous', { field: field.label, count: found.ambiguous.length, values: found.ambiguous.map((v) => `…${lastFour(v)}`).join(', ') }),
      );
      return;
    }
    const already = sent.get(field.key) ?? [];
    if (already.some((s) => s.value === found.value)) return;
    // Since the person's last action, a value was sent already: only a better-evidenced one
    // replaces it. (After a new action — Generate again — a new value is news: the vault asks.)
    const sinceAction = already.filter((s) => s.epoch === epoch);
    if (sinceAction.length && Math.max(...sinceAction.map((s) => s.rank)) >= found.rank) return;
    sent.set(field.key, [...already, { value: found.value, rank: found.rank, epoch }]);
    shown.add(candidates.find((c) => c.value === found.value)!.holder);
    void send(field, found.value, found.rank);
  }

  return {
    scan(all) {
      const scopes: { scope: ParentNode; readings: Reading[] }[] = [];
      let cannotHold: Set<ParentNode> | undefined;
      for (const scope of all) {
        if (mayHoldValue(scope)) scopes.push({ scope, readings: readingsIn(scope) });
        else (cannotHold ??= new Set()).add(scope);
      }
      if (scopes.length) for (const field of fieldsHere()) scanField(field, scopes);
      return cannotHold ?? NONE;
    },
    acted() {
      settled = true;
      epoch++;
    },
    async arrive(pause, answers) {
      settled = !!answers;
      const at = epoch;
      const doc = deps.doc;
      if (!mayHoldValue(doc)) return;
      const scopes = [{ scope: doc, readings: await readingsInSlices(doc, pause) }];
      for (const field of fieldsHere()) {
        // A field's look may take several tasks on a big page (scanning again changes nothing it did).
        do {
          await pause();
          // The person acted meanwhile: what was read may have come after it (a new token) and is
          // not remembered as shown before; the watcher judges what changes.
          if (epoch !== at) return;
        } while (inOneLook(() => scanField(field, scopes, !answers), deps.lookMs) === LATER);
      }
    },
    captures: () => [...captured].map(([label, four]) => ({ label, lastFour: four })),
    shown,
    picked: (field, value) => void send(field, value),
  };
}
