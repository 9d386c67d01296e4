// The format check every value passes before it enters the vault, wherever it came from
// (page capture, typed, pasted): trimmed, matched against its field, told apart from others.
import type { FieldSpec, Playbook } from '../guide/playbook';

export type ValueCheck =
  | { ok: true; value: string; field: FieldSpec }
  | { ok: false; problem: string; looksLike?: string };

/** Spaces, tabs, newlines, NBSP and zero-width characters around a pasted value. */
export const cleanValue = (raw: string) => raw.replace(/^[\s\u00a0\u200b-\u200d\ufeff]+|[\s\u00a0\u200b-\u200d\ufeff]+$/g, '');

export function checkValue(playbook: Playbook, fieldKey: string, raw: string): ValueCheck {
  const field = playbook.fields.find((f) => f.key === fieldKey);
  if (!field) return { ok: false, problem: `${playbook.name} has no value called "${fieldKey}".` };
  const value = cleanValue(raw);
  if (!value) return { ok: false, problem: `${field.label} is empty.` };
  const other = playbook.fields.find((f) => f !== field && f.detect?.test(value));
  if (other && !field.detect?.test(value)) {
    return {
      ok: false,
      problem: `This looks like the ${other.label}, not the ${field.label}. Put it in the ${other.label} row instead.`,
      looksLike: other.key,
    };
  }
  if (/\s/.test(value)) return { ok: false, problem: `${field.label} cannot contain spaces or line breaks inside it.` };
  if (!field.format.pattern.test(value))
    return { ok: false, problem: `This is not a valid ${field.label}: expected ${field.format.description}.` };
  return { ok: true, value, field };
}
