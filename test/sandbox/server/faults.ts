// Fault injection for tests: the next `count` matching /v1/ requests answer a fault.
import { z } from 'zod';

export const FaultRequest = z
  .object({
    /** 409: idempotency_conflict; html: an HTML page with `status` (a proxy or a wrong server answering). */
    kind: z.enum(['500', '429', '409', 'html', 'hang', 'drop']),
    count: z.number().int().min(1).max(10_000),
    retryAfter: z.number().int().min(0).max(86_400).optional(),
    pathPrefix: z.string().startsWith('/v1').optional(),
    /** Only requests with this method (default: any). */
    method: z.enum(['GET', 'POST', 'PATCH']).optional(),
    /** The status of an `html` fault (default 401). */
    status: z.number().int().min(400).max(599).optional(),
  })
  .strict();
export type FaultRequest = z.infer<typeof FaultRequest>;

interface PendingFault {
  kind: FaultRequest['kind'];
  remaining: number;
  retryAfter: number;
  pathPrefix: string;
  method?: string;
  status: number;
}

export class FaultQueue {
  private faults: PendingFault[] = [];

  add(request: FaultRequest): void {
    this.faults.push({
      kind: request.kind,
      remaining: request.count,
      retryAfter: request.retryAfter ?? 1,
      pathPrefix: request.pathPrefix ?? '/v1/',
      method: request.method,
      status: request.status ?? 401,
    });
  }

  /** The fault this request must answer, if any (consumes one). */
  take(path: string, method = 'GET'): { kind: FaultRequest['kind']; retryAfter: number; status: number } | undefined {
    const fault = this.faults.find((f) => path.startsWith(f.pathPrefix) && (!f.method || f.method === method));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { kind: fault.kind, retryAfter: fault.retryAfter, status: fault.status };
  }

  pending(): { kind: string; remaining: number; pathPrefix: string; method?: string }[] {
    return this.faults.map(({ kind, remaining, pathPrefix, method }) => ({ kind, remaining, pathPrefix, method }));
  }

  clear(): void {
    this.faults = [];
  }
}
