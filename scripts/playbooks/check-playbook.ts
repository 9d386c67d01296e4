// The one place the signing tool checks a playbook document before signing it: the playbook schema
// the extension applies (utils/guide/playbook-schema.ts) and, for a known CRM type, the update rules
// it applies against its bundled playbook (utils/background/playbooks/rules.ts) — so HeavySet never
// signs what every extension would refuse.
import { playbookFor } from '../../utils/crm';
import { updateRuleProblem } from '../../utils/background/playbooks/rules';
import { PlaybookSchema } from '../../utils/guide/playbook-schema';

const MAX_ISSUES = 10;

/** Problems with the playbook document; empty when it may be signed. `crmType`: the payload's. */
export function checkPlaybookDocument(playbook: unknown, crmType?: string): string[] {
  if (playbook === null || typeof playbook !== 'object' || Array.isArray(playbook)) return ['The playbook must be a JSON object.'];
  const parsed = PlaybookSchema.safeParse(playbook);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(playbook)'}: ${issue.message}`);
    const more = issues.length > MAX_ISSUES ? [`… and ${issues.length - MAX_ISSUES} more.`] : [];
    return [...issues.slice(0, MAX_ISSUES), ...more];
  }
  if (crmType === undefined) return [];
  const bundled = playbookFor(crmType);
  if (!bundled) return [`"${crmType}" is not a CRM type this version of the assistant knows: its extensions would refuse the update.`];
  if (parsed.data.crm !== crmType) return [`crm: the playbook is for "${parsed.data.crm}", the payload says "${crmType}".`];
  const problem = updateRuleProblem(parsed.data, bundled);
  return problem ? [`${problem} Extensions would refuse it.`] : [];
}
