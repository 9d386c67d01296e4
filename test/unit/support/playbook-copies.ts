// Copies of the bundled playbooks as documents (what HeavySet edits and signs), and edits of them.
import { playbookFor } from '@/utils/crm';
import type { Playbook } from '@/utils/guide/playbook';

export function documentOf(crm: string): Playbook {
  const bundled = playbookFor(crm);
  if (!bundled) throw new Error(`no bundled playbook for ${crm}`);
  return JSON.parse(JSON.stringify(bundled)) as Playbook;
}

/** The bundled playbook with one step's title reworded: a valid update that is visibly in use. */
export function retitled(crm: string, title: string): Playbook {
  const copy = documentOf(crm);
  copy.steps[0]!.title = title;
  return copy;
}
