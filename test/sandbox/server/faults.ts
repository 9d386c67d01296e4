// Fault injection for tests: the next `count` matching /v1/ requests answer a fault.
import { z } from 'zod';

export const FaultRequest = z
  .object({
    kind: z.enum(['500', '429', 'hang', 'drop']),
    count: z.number().int().min(1).max(10_000),
    retryAfter: z.number().int().min(0).max(86_400).optional(),
    pathPrefix: z.string().startsWith('/v1').optional(),
  })
  .strict();
export type FaultRequest = z.infer<typeof FaultRequest>;

interface PendingFault {
  kind: FaultRequest['kind'];
  remaining: number;
  retryAfter: number;
  pathPrefix: string;
}

export class FaultQueue {
  private faults: PendingFault[] = [];

  add(request: FaultRequest): void {
    this.faults.push({
      kind: request.kind,
      remaining: request.count,
      retryAfter: request.retryAfter ?? 1,
      pathPrefix: request.pathPrefix ?? '/v1/',
    });
  }

  /** The fault this request must answer, if any (consumes one). */
  take(path: string): { kind: FaultRequest['kind']; retryAfter: number } | undefined {
    const fault = this.faults.find((f) => path.startsWith(f.pathPrefix));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { kind: fault.kind, retryAfter: fault.retryAfter };
  }

  pending(): { kind: string; remaining: number; pathPrefix: string }[] {
    return this.faults.map(({ kind, remaining, pathPrefix }) => ({ kind, remaining, pathPrefix }));
  }

  clear(): void {
    this.faults = [];
  }
}
