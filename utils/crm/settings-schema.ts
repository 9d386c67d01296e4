// The settings a CRM type accepts, as a zod schema built from its playbook's settings (PATCH is
// partial: every key optional, unknown keys refused). Used by the background before it sends
// and by the reference server; kept apart from the playbooks so content scripts carry no zod.
import { z } from 'zod';
import type { SettingSpec } from '../guide/playbook';
import { regexOf } from '../guide/text';
import { playbookFor } from './index';

function valueSchema(spec: SettingSpec, fieldPattern: (key: string) => RegExp | undefined): z.ZodType {
  const input = spec.input;
  switch (input.kind) {
    case 'multi':
      return z.array(z.string().min(1));
    case 'module':
      return spec.required ? z.string().min(1) : z.string().min(1).nullable();
    case 'choice':
      return z.enum(input.choices.map((c) => c.value) as [string, ...string[]]);
    case 'emails':
      return z.array(z.email()).max(input.max, `At most ${input.max} addresses.`);
    case 'field': {
      const pattern = fieldPattern(input.field);
      return pattern ? z.string().regex(pattern, `${spec.label}: not in the expected format.`) : z.string().min(1);
    }
  }
}

export function settingsSchema(crm: string): z.ZodType<Record<string, unknown>> | undefined {
  const playbook = playbookFor(crm);
  if (!playbook) return undefined;
  const fieldPattern = (key: string) => {
    const field = playbook.fields.find((f) => f.key === key);
    return field ? regexOf(field.format.pattern) : undefined;
  };
  const shape = Object.fromEntries(playbook.settings.map((spec) => [spec.key, valueSchema(spec, fieldPattern).optional()]));
  return z.object(shape).strict();
}
