// The registry: every playbook, and what derives from them (the CRM types, their names, the
// connection fields, the settings). For the background, the popup and the reference server;
// content scripts import only their own playbook.
import type { CrmType } from '../heavyset/contract';
import type { Playbook } from '../guide/playbook';
import { leapPlaybook } from './leap';
import { serviceTitanPlaybook } from './servicetitan';
import { zohoPlaybook } from './zoho';

export const playbooks: readonly Playbook[] = [leapPlaybook, serviceTitanPlaybook, zohoPlaybook];

export const crmTypes: readonly CrmType[] = playbooks.map((playbook) => playbook.crm);

export function playbookFor(crm: CrmType): Playbook | undefined {
  return playbooks.find((playbook) => playbook.crm === crm);
}

/** The CRM's name as people say it, or its id when this version does not know it. */
export function crmName(crm: CrmType): string {
  return playbookFor(crm)?.name ?? crm;
}

/** The API's connection fields of a CRM type (HeavySet's own, read-only ones included). */
export function connectionFields(crm: CrmType): string[] {
  return (playbookFor(crm)?.fields ?? []).filter((f) => f.sendTo === 'connection').map((f) => f.key);
}

/** Connection fields HeavySet sets itself: never written by the assistant. */
export function readOnlyFields(crm: CrmType): string[] {
  return (playbookFor(crm)?.fields ?? []).filter((f) => f.readOnly).map((f) => f.key);
}

/** Field key → label, for sentences about a CRM's values. */
export function fieldLabels(crm: CrmType): Record<string, string> {
  return Object.fromEntries((playbookFor(crm)?.fields ?? []).map((f) => [f.key, f.label]));
}
