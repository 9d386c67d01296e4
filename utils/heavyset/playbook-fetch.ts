// GET /v1/playbooks/{crmType}: no connect code, `If-None-Match` with the ETag of the playbook held
// (304: nothing new). The answer is returned as received; the background checks it (signature first).
import { i18n } from '#i18n';
import ky, { isTimeoutError } from 'ky';
import type { CrmType } from './contract';

export type PlaybookFetch =
  | { kind: 'changed'; body: unknown; etag?: string }
  | { kind: 'unchanged' }
  | { kind: 'none' }
  | { kind: 'failed'; problem: string };

export type FetchPlaybook = (apiUrl: string, crm: CrmType, etag?: string) => Promise<PlaybookFetch>;

export const fetchPlaybook: FetchPlaybook = async (apiUrl, crm, etag) => {
  const url = `${apiUrl.replace(/\/+$/, '')}/v1/playbooks/${encodeURIComponent(crm)}`;
  let response: Response;
  try {
    response = await ky.get(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      // The ETag is ours to send: the browser's HTTP cache must not answer or revalidate on its own.
      cache: 'no-store',
      timeout: 15_000,
      retry: { limit: 2, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], backoffLimit: 5_000 },
      throwHttpErrors: false,
    });
  } catch (error) {
    return { kind: 'failed', problem: isTimeoutError(error) ? i18n.t('errors.fetchTimeout') : i18n.t('errors.fetchUnreachable') };
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (response.status === 404) return { kind: 'none' };
  if (!response.ok) return { kind: 'failed', problem: i18n.t('errors.fetchStatus', { status: response.status }) };
  try {
    return { kind: 'changed', body: await response.json(), etag: response.headers.get('ETag') ?? undefined };
  } catch {
    return { kind: 'failed', problem: i18n.t('errors.fetchNotJson') };
  }
};
