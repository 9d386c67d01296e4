// POST /v1/crm-configs/{configId}/page-reports: "Report this page" from the extension.
import { PageReportRequest, type PageReportCreated } from '../../../utils/heavyset/contract-playbooks';
import { HttpError } from './http';
import { alnum } from './random';
import type { CrmConfig, ServerState } from './state';
import { parseOr422 } from './validation';

/** Reports carry up to 1 MiB of snapshot each: keep the state file bounded. */
export const KEPT_PAGE_REPORTS = 50;

export function createPageReport(state: ServerState, config: CrmConfig, body: unknown, receivedAt: string): PageReportCreated {
  const report = parseOr422(PageReportRequest, body);
  if (report.crmType !== config.crmType) {
    throw new HttpError(
      409,
      'crm_type_mismatch',
      `This CRM config is ${config.crmType}, but the report is about a ${report.crmType} page: check the connect code in the options page.`,
    );
  }
  const id = `rep_${alnum(24)}`;
  state.pageReports.push({ id, configId: config.id, receivedAt, ...report });
  state.pageReports.splice(0, Math.max(0, state.pageReports.length - KEPT_PAGE_REPORTS));
  return { id };
}
