// Every playbook, for the background and the popup. Content scripts import only their own.
import type { CrmType } from '../heavyset/contract';
import type { Playbook } from '../guide/playbook';
import { leapPlaybook } from './leap';
import { serviceTitanPlaybook } from './servicetitan';
import { zohoPlaybook } from './zoho';

export const playbooks: Partial<Record<CrmType, Playbook>> = {
  leap: leapPlaybook,
  servicetitan: serviceTitanPlaybook,
  zoho: zohoPlaybook,
};

export function playbookFor(crm: CrmType): Playbook | undefined {
  return playbooks[crm];
}
