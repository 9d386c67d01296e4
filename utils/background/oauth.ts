// Where an OAuth connection stands (Playbook.oauth): started from the popup or seen on the
// return page, then HeavySet's connection status until it holds every field the provider's
// redirect should have set, for the region the redirect named. Pure: the watcher polls.
import { i18n } from '#i18n';
import { listed } from '../words';
import { z } from 'zod';
import type { ConnectionStatus } from '../heavyset/contract';
import type { OAuthRegion, OAuthSpec, Playbook } from '../guide/playbook';
import type { OAuthView } from '../messages';

export const OAuthWatch = z.object({
  crm: z.string(),
  configId: z.string(),
  /** Fields count only when HeavySet updated them after this (a reconnect replaces old ones).
   *  Every time here is HeavySet's (the server clock), like the `updatedAt` it is compared with. */
  since: z.string().optional(),
  deadline: z.string(),
  /** The region picked in the popup. */
  region: z.string().optional(),
  /** What the return page said (only the parameters the playbook names: region, fields, error). */
  returned: z.object({ params: z.record(z.string(), z.string()), at: z.string() }).optional(),
});
export type OAuthWatch = z.infer<typeof OAuthWatch>;

export { listed };

const bare = (value: string) => value.trim().replace(/\/+$/, '').toLowerCase();

function regionProblem(
  provider: string,
  spec: OAuthSpec,
  region: OAuthRegion,
  watch: OAuthWatch | undefined,
  fresh: (field: string) => ConnectionStatus['fields'][string] | undefined,
  labelOf: (f: string) => string,
): string | null {
  for (const [param, meaning] of Object.entries(spec.returnParams)) {
    const said = watch?.returned?.params[param];
    if (said === undefined || meaning === 'region' || meaning === 'error') continue;
    const expected = region.expect[meaning];
    if (expected === undefined) continue;
    if (bare(said) !== bare(expected))
      return i18n.t('bg.oauth.redirectMismatch', { provider, said, field: labelOf(meaning), region: region.label, regionWord: spec.regionWord, expected });
  }
  for (const [field, expected] of Object.entries(region.expect)) {
    const status = fresh(field);
    if (!status?.hint) continue;
    if (!bare(expected).endsWith(status.hint.toLowerCase()))
      return i18n.t('bg.oauth.heavySetMismatch', { field: labelOf(field), hint: status.hint, region: region.label, regionWord: spec.regionWord, expected });
  }
  return null;
}

export function oauthProgress(
  playbook: Playbook,
  watch: OAuthWatch | undefined,
  connection: ConnectionStatus | undefined,
  now: number,
): OAuthView {
  const spec = playbook.oauth;
  if (!spec) return { state: 'idle', message: '' };
  const labelOf = (key: string) => playbook.fields.find((f) => f.key === key)?.label ?? key;
  const regionParam = Object.entries(spec.returnParams).find(([, meaning]) => meaning === 'region')?.[0];
  const said = regionParam ? watch?.returned?.params[regionParam] : undefined;
  const regionValue = said ?? watch?.region;
  const region = spec.regions.find((r) => r.value === regionValue);
  const base = regionValue ? { region: regionValue } : {};
  const fresh = (field: string) => {
    const status = connection?.fields[field];
    if (!status?.set) return undefined;
    const isNew = !watch?.since || !status.updatedAt || Date.parse(status.updatedAt) >= Date.parse(watch.since);
    return isNew ? status : undefined;
  };
  const missing = spec.fields.filter((f) => !fresh(f));

  // The provider sent the person back with an error: whatever HeavySet held before, this consent did not connect.
  const errorParam = Object.entries(spec.returnParams).find(([, meaning]) => meaning === 'error')?.[0];
  const refused = errorParam ? watch?.returned?.params[errorParam] : undefined;
  if (refused !== undefined)
    return {
      ...base,
      state: 'failed',
      message: i18n.t('bg.oauth.denied', { provider: spec.provider, answer: refused.slice(0, 60), retry: spec.retry }),
    };
  if (said !== undefined && !region)
    return { ...base, state: 'failed', message: i18n.t('bg.oauth.unknownRegion', { provider: spec.provider, regionWord: spec.regionWord, said, retry: spec.retry }) };
  const problem = region ? regionProblem(spec.provider, spec, region, watch, fresh, labelOf) : null;
  if (problem) return { ...base, state: 'failed', message: i18n.t('bg.oauth.then', { problem, retry: spec.retry }) };
  if (missing.length === 0) {
    const where = region ? i18n.t('bg.oauth.where', { region: region.label, regionWord: spec.regionWord }) : '';
    return { ...base, state: 'connected', message: i18n.t('bg.oauth.connected', { fields: listed(spec.fields.map(labelOf)), where }) };
  }
  if (!watch) return { ...base, state: 'idle', message: i18n.t('bg.oauth.notYet', { fields: listed(missing.map(labelOf)) }) };
  if (now < Date.parse(watch.deadline))
    return { ...base, state: 'waiting', message: i18n.t('bg.oauth.waiting', { fields: listed(missing.map(labelOf)) }) };
  return { ...base, state: 'failed', message: i18n.t('bg.oauth.stillNone', { fields: listed(missing.map(labelOf)), retry: spec.retry }) };
}
