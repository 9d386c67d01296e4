// The one place the signing tool checks a playbook document before signing it.
// For now: a JSON object. The real playbook schema (the one the extension bundles) plugs in here.

/** Problems with the playbook document; empty when it may be signed. */
export function checkPlaybookDocument(playbook: unknown): string[] {
  if (playbook === null || typeof playbook !== 'object' || Array.isArray(playbook)) {
    return ['The playbook must be a JSON object.'];
  }
  return [];
}
