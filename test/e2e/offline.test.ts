// HeavySet unreachable: the popup says so in words, keeps the value queued, and sends it once when it is back.
import { afterEach, expect, it } from 'vitest';
import { callSandbox } from '../sandbox/server/testing';
import { click, injectFaults, openPopup, screenshot, startSandbox, waitForRowStatus, waitForText, type Sandbox } from './harness';
import { connectLeap, generateToken, leapConfig } from './walks/leap';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

it('queues the token while HeavySet cannot be reached and sends it once when it is back', async () => {
  sandbox = await startSandbox();
  await connectLeap(sandbox);
  const { token } = await generateToken(sandbox);
  await injectFaults(sandbox, { kind: 'drop', count: 20, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
  const popup = await openPopup(sandbox);
  await click(popup, 'button', 'Send to HeavySet');
  await waitForText(popup, /cannot be reached.*Queued: the assistant retries on its own/s, 30_000);
  await waitForRowStatus(popup, 'API Token', 'Queued');
  await screenshot(popup, 'leap-popup-offline');
  expect((await leapConfig(sandbox)).connection.apiToken).toBeUndefined();

  await callSandbox(sandbox.server, 'DELETE', '/sandbox/faults');
  await click(popup, 'button', 'Send to HeavySet');
  await waitForRowStatus(popup, 'API Token', 'Sent');
  const config = await leapConfig(sandbox);
  expect(config.connection.apiToken?.value).toBe(token);
  expect(config.writeLog.filter((w) => w.field === 'apiToken')).toHaveLength(1);
});
