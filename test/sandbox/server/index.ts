// The reference HeavySet config API server (the sandbox backend): plain node:http on loopback.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api';
import type { ServerContext } from './context';
import { FaultQueue } from './faults';
import { applyCors, errorAnswer, HttpError, isLoopback, send } from './http';
import { RateLimiter } from './rate-limit';
import { handleSandbox } from './sandbox-routes';
import { CONFIG_IDS } from './seed';
import type { CodeNames } from './state';
import { Store } from './store';

export interface ReferenceServer {
  url: string;
  codes: CodeNames;
  configIds: { leap: string; servicetitan: string; zoho: string };
  close(): Promise<void>;
}

export interface ReferenceServerOptions {
  /** 0 or omitted: a free port. */
  port?: number;
  /** Omitted: in memory only. */
  dataDir?: string;
  /** No request log lines. */
  quiet?: boolean;
  /** Requests a minute per connect code before 429 (default 300). */
  rateLimitPerMinute?: number;
}

export async function startReferenceServer(opts: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const store = new Store(opts.dataDir);
  let baseUrl = '';
  const ctx: ServerContext = {
    store,
    faults: new FaultQueue(),
    limiter: new RateLimiter(opts.rateLimitPerMinute ?? 300),
    hanging: new Set(),
    url: () => baseUrl,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!opts.quiet) {
      // Path only: query strings (the Zoho callback's code) stay out of the log.
      res.on('finish', () => console.log(`${req.method} ${url.pathname} → ${res.statusCode}`));
    }
    if (applyCors(req, res)) return;
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) return handleApi(ctx, req, res, url.pathname);
    if (url.pathname.startsWith('/sandbox/') && isLoopback(req)) return handleSandbox(ctx, req, res, url);
    if (url.pathname === '/' && req.method === 'GET') {
      send(res, { status: 200, body: JSON.stringify({ service: 'HeavySet config API (reference server, sandbox)' }) });
      return;
    }
    send(res, errorAnswer(new HttpError(404, 'not_found', `Nothing at ${url.pathname}.`)));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('reference server: request failed', error instanceof Error ? error.message : error);
      send(res, errorAnswer(new HttpError(500, 'server_error', 'The HeavySet API failed unexpectedly: try again.')));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    codes: { ...store.state.codes },
    configIds: { leap: CONFIG_IDS.leap, servicetitan: CONFIG_IDS.servicetitan, zoho: CONFIG_IDS.zoho },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of ctx.hanging) res.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
