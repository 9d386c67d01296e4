// Page facts the overlay lists (which app asks, which data centre, which account), read from
// the URL or the page as the playbook says. Values never include secrets: the playbook names
// only public parameters (never a grant code).
import type { PageFact } from './playbook';
import { holds, type ConditionEnv } from './conditions';
import { locate } from './locate';
import { fold, regexOf } from './text';
import type { FactView } from './view';
import { urlOf } from './hosts';

const MAX_FACT = 120;

export function readFact(fact: PageFact, env: ConditionEnv): FactView | null {
  if (!env.page || (fact.when && !holds(fact.when, env))) return null;
  const { url, root } = env.page;
  const from = fact.from;
  if ('host' in from) {
    const host = urlOf(url)?.hostname.toLowerCase();
    const value = host ? from.host[host] : undefined;
    return value ? { label: fact.label, value } : null;
  }
  if ('param' in from) {
    const raw = urlOf(url)?.searchParams.get(from.param);
    if (raw === null || raw === undefined) return null;
    if (!from.map) return { label: fact.label, value: raw.slice(0, MAX_FACT) };
    const mapped = Object.hasOwn(from.map, raw) ? from.map[raw] : undefined;
    if (mapped !== undefined) return { label: fact.label, value: mapped };
    return from.otherwise ? { label: fact.label, value: from.otherwise, danger: true } : null;
  }
  const el = locate({ text: from.text }, root);
  if (!el) return null;
  const value = regexOf(from.text).exec(fold(el.textContent ?? ''))?.[1]?.trim();
  return value ? { label: fact.label, value: value.slice(0, MAX_FACT) } : null;
}

export function readFacts(facts: PageFact[] | undefined, env: ConditionEnv): FactView[] {
  return (facts ?? []).flatMap((fact) => readFact(fact, env) ?? []);
}
