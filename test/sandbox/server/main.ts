// npx tsx test/sandbox/server/main.ts [--port 8787] [--data .sandbox-data]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startReferenceServer } from './index';
import { SEED_ORG } from './seed';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, data: { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}
const dataDir = values.data ? resolve(values.data) : resolve(repoRoot, '.sandbox-data');

const server = await startReferenceServer({ port, dataDir, quiet: false });
const { codes, configIds } = server;
console.log(`HeavySet reference API (sandbox): ${server.url}
State file in ${dataDir}

Organization: ${SEED_ORG.name} (${SEED_ORG.id}) — connect codes:
  Leap CRM      ${codes.leap}   (${configIds.leap})
  ServiceTitan  ${codes.servicetitan}   (${configIds.servicetitan})
  Zoho CRM      ${codes.zoho}   (${configIds.zoho})

For testing errors:
  expired code        ${codes.expired}
  revoked code        ${codes.revoked}
  other organization  ${codes.otherOrg}
`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping.`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
