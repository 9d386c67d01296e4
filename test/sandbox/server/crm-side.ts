// The shape of a simulated CRM's JSON endpoints under /sandbox/crm/<crm>/…
import type { JsonAnswer } from './http';
import type { Store } from './store';

export interface CrmSideRequest {
  store: Store;
  method: string;
  /** Path after /sandbox/crm/<crm>/, split on "/". */
  segments: string[];
  body: unknown;
}

export type CrmSideHandler = (request: CrmSideRequest) => JsonAnswer;
