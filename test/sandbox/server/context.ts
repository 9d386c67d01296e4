// What every request handler of one running reference server shares.
import type { ServerResponse } from 'node:http';
import type { FaultQueue } from './faults';
import type { RateLimiter } from './rate-limit';
import type { Store } from './store';

export interface ServerContext {
  store: Store;
  faults: FaultQueue;
  limiter: RateLimiter;
  /** Requests a "hang" fault holds open until the client gives up (or the server closes). */
  hanging: Set<ServerResponse>;
  /** This server's own base URL, e.g. http://127.0.0.1:8787 (for the Zoho redirect URI). */
  url(): string;
}
