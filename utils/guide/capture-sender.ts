// Values found on the page go to the background at once (a one-time dialog may close any moment):
// each value of a field once, refused ones said in words, the stored ones confirmed by their last 4.
import type { Ask } from './ports';
import type { FieldSpec, Playbook } from './playbook';
import { findValue, scopeFilter } from './capture';
import { classifyValue } from './values';

export interface CaptureSender {
  /** Looks for every field's value in the subtrees that changed (may be detached). */
  scan(scopes: ParentNode[]): void;
  /** What was captured on this page: label and last 4 characters. */
  captures(): { label: string; lastFour: string }[];
}

export interface CaptureSenderDeps {
  playbook: Playbook;
  ask: Ask;
  /** The page address the values are said to come from (no query string: it may hold secrets). */
  source(): string;
  alert(message: string): void;
  clearAlerts(prefix: string): void;
  /** After each answer: the background's state changed. */
  stored(): Promise<void>;
}

export function createCaptureSender(deps: CaptureSenderDeps): CaptureSender {
  const { playbook } = deps;
  const sentValues = new Map<string, Set<string>>();
  const captured = new Map<string, string>();
  const mayHoldValue = scopeFilter(playbook.fields);

  async function send(field: FieldSpec, value: string): Promise<void> {
    const answer = await deps.ask({ type: 'capture', crm: playbook.crm, field: field.key, value, source: deps.source() });
    if (answer.ok) {
      // A different value than the one held waits for the person (the card asks): not "captured".
      if (answer.value.outcome !== 'proposed') captured.set(field.label, answer.value.lastFour);
      deps.clearAlerts(field.label);
    } else if (answer.looksLike === undefined && answer.problem.startsWith('The assistant is not answering')) {
      sentValues.get(field.key)?.delete(value); // not stored: tried again when it is seen next
      deps.alert(`${field.label} could not be stored: ${answer.problem}`);
    } else {
      deps.alert(`${field.label}: ${answer.problem}`);
    }
    await deps.stored();
  }

  return {
    scan(all) {
      const scopes = all.filter(mayHoldValue);
      if (!scopes.length) return;
      for (const field of playbook.fields) {
        if (field.readOnly) continue;
        for (const scope of scopes) {
          const value = findValue(field, scope);
          if (!value) continue;
          const looksLike = classifyValue(value, playbook.fields);
          if (looksLike && looksLike.key !== field.key) continue;
          const seen = sentValues.get(field.key) ?? new Set<string>();
          sentValues.set(field.key, seen);
          if (seen.has(value)) continue;
          seen.add(value);
          void send(field, value);
        }
      }
    },
    captures: () => [...captured].map(([label, lastFour]) => ({ label, lastFour })),
  };
}
