// One value as a field of the playbook sees it, wherever it came from (captured on the page,
// typed, pasted): cleaned, checked against its format, told apart from the other fields'.
import type { FieldSpec } from './playbook';
import { regexOf } from './text';
import { cleanValue } from '../value-text';

const hasShape = (field: FieldSpec, value: string) => !!field.detect && regexOf(field.detect).test(value);

/** The field whose typical shape (`detect`) this value has (tells a Client ID from a secret). */
export function classifyValue(value: string, fields: FieldSpec[]): FieldSpec | undefined {
  const clean = cleanValue(value);
  return fields.find((field) => hasShape(field, clean));
}

export type ValueCheck = { ok: true; value: string } | { ok: false; problem: string; looksLike?: string };

/** The check every value passes before it is kept: trimmed, in its format, not another field's. */
export function checkValue(fields: FieldSpec[], key: string, raw: string): ValueCheck {
  const field = fields.find((f) => f.key === key);
  if (!field) return { ok: false, problem: `There is no value called "${key}" in this guide.` };
  const value = cleanValue(raw);
  if (!value) return { ok: false, problem: `${field.label} is empty.` };
  const other = fields.find((f) => f !== field && hasShape(f, value));
  if (other && !hasShape(field, value)) {
    return {
      ok: false,
      problem: `This looks like the ${other.label}, not the ${field.label}. Put it in the ${other.label} row instead.`,
      looksLike: other.key,
    };
  }
  if (/\s/.test(value)) return { ok: false, problem: `${field.label} cannot contain spaces or line breaks inside it.` };
  if (!regexOf(field.format.pattern).test(value))
    return { ok: false, problem: `This is not a valid ${field.label}: expected ${field.format.description}.` };
  return { ok: true, value };
}
