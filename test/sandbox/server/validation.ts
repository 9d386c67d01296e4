// zod issues → the contract's 422 `fields` map ({"name": "what is wrong"}).
import type { z } from 'zod';
import { HttpError } from './http';

export function fieldsOf(error: z.ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[prefix + key] = 'Unknown field.';
      continue;
    }
    // Named by the top-level key (the API's field name); the position inside a list goes in the message.
    const [key, ...rest] = issue.path.map(String);
    const name = prefix + (key ?? 'body');
    const where = rest.length ? `Item ${rest.join('.')}: ` : '';
    fields[name] ??= where + (issue.code === 'invalid_type' ? `Wrong type: expected ${issue.expected}.` : issue.message);
  }
  return fields;
}

export function validationFailed(fields: Record<string, string>, message = 'Some values are not valid.'): HttpError {
  return new HttpError(422, 'validation_failed', message, fields);
}

export function parseOr422<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationFailed(fieldsOf(parsed.error, prefix));
  return parsed.data;
}

export function notFound(what = 'Nothing here.'): HttpError {
  return new HttpError(404, 'not_found', what);
}
