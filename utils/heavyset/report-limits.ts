// The page reports' limits (heavyset-config-api.md: POST /v1/crm-configs/{configId}/page-reports),
// apart from the zod schemas that enforce them (contract-playbooks.ts): the popup's note box needs the
// number, not zod.

/** Page reports carry a redacted HTML snapshot: their route alone accepts bodies up to 1 MiB. */
export const MAX_PAGE_REPORT_BYTES = 1024 * 1024;
export const MAX_REPORT_NOTE_LENGTH = 2000;
export const MAX_PAGE_URL_LENGTH = 2048;
