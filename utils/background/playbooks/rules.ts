// What a signed playbook update may not change, whoever signed it: the pages it runs on can only
// narrow (the manifest and the router keep the bundled ones anyway), so can the pages each value
// is read on (a field's `hosts`), and where values go stays
// as bundled — the same fields, by key and in order, each sent to the same place, secret, HeavySet-set
// or shown once as before; the same settings keys; the same OAuth endpoint and fields. Everything
// else — how pages are recognised, labels, capture rules, steps, wording — is what updates are for.
// Pure: the extension applies it before using an update, the signing tool before signing one.
import type { FieldSpec, Playbook } from '../../guide/playbook';

const FIXED_FIELD_PARTS = ['key', 'sendTo', 'secret', 'readOnly', 'shownOnce'] as const satisfies readonly (keyof FieldSpec)[];

function fieldIdentity(field: FieldSpec): string {
  return JSON.stringify(FIXED_FIELD_PARTS.map((part) => field[part] ?? null));
}

/** Why `remote` may not replace `bundled` (in words), or null when it may. */
export function updateRuleProblem(remote: Playbook, bundled: Playbook): string | null {
  if (remote.crm !== bundled.crm) return `It is a playbook for "${remote.crm}", not "${bundled.crm}".`;

  const extraPages = remote.pages.filter((page) => !bundled.pages.includes(page));
  if (extraPages.length) return `It names pages the assistant does not run on (${extraPages.join(', ')}): updates cannot add pages.`;

  const remoteKeys = remote.fields.map((f) => f.key);
  const bundledKeys = bundled.fields.map((f) => f.key);
  if (remoteKeys.join('\n') !== bundledKeys.join('\n'))
    return `Its fields (${remoteKeys.join(', ')}) are not the assistant's (${bundledKeys.join(', ')}): updates cannot add, remove or rename fields.`;
  const changed = remote.fields.find((field, i) => fieldIdentity(field) !== fieldIdentity(bundled.fields[i]!));
  if (changed)
    return `It changes where or how the ${changed.label} is sent (${FIXED_FIELD_PARTS.join(', ')} must stay as bundled).`;

  // Where a value may be read can only narrow: a secret stays bound to the site it belongs to.
  const widened = remote.fields.find((field, i) => {
    const allowed = bundled.fields[i]!.hosts ?? bundled.pages;
    return (field.hosts ?? remote.pages).some((host) => !allowed.includes(host));
  });
  if (widened) return `It lets the ${widened.label} be read on pages it is not read on now: updates can only narrow where a value is read.`;

  const remoteSettings = remote.settings.map((s) => s.key).join('\n');
  if (remoteSettings !== bundled.settings.map((s) => s.key).join('\n')) return 'It changes the settings sent to HeavySet: updates cannot.';

  // The popup's and the options page's start button opens this page: an update may reword it, not move it.
  const startUrl = (p: Playbook) => (p.start && 'url' in p.start ? p.start.url : null);
  if (remote.start && startUrl(remote) !== startUrl(bundled)) return 'It changes the page the assistant opens to start: updates cannot.';

  const oauthOf = (p: Playbook) => (p.oauth ? JSON.stringify([p.oauth.endpoint, p.oauth.fields, p.oauth.regionParam]) : null);
  if (oauthOf(remote) !== oauthOf(bundled)) return 'It changes the OAuth connection (endpoint, fields or region parameter): updates cannot.';
  return null;
}
