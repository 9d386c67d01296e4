// npm run playbook:keygen [-- --out <private.pem>] [--key-id <id>]
// A new Ed25519 key pair for signing playbooks: the private key PEM is written (never over an
// existing file, mode 0600); the key id, the raw public key and the extension build's line are printed.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PlaybookKeyId } from '../../utils/heavyset/contract-playbooks';
import { CliError, fromInvokingDir, runCli } from './cli';
import { newKeyPair } from './signing';

const USAGE = 'Usage: npm run playbook:keygen [-- --out <private.pem>] [--key-id <id>]';

function defaultKeyId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `hs-playbooks-${day}-${randomBytes(2).toString('hex')}`;
}

function writeNewFile(path: string, text: string): void {
  try {
    // "wx": fail if it exists — a key file is never replaced by accident.
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${path} already exists: refusing to overwrite a key. Choose another --out.`);
    if (code === 'ENOENT') throw new CliError(`The folder of ${path} does not exist.`);
    throw error;
  }
}

runCli(() => {
  let values: { out?: string; 'key-id'?: string };
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, 'key-id': { type: 'string' } } }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const keyId = values['key-id'] ?? defaultKeyId();
  const checkedId = PlaybookKeyId.safeParse(keyId);
  if (!checkedId.success) throw new CliError(`--key-id: ${checkedId.error.issues[0]?.message}`, 2);
  const out = fromInvokingDir(values.out ?? `${keyId}.private.pem`);

  const pair = newKeyPair();
  writeNewFile(out, pair.privateKeyPem);
  const trusted = JSON.stringify([{ keyId, publicKey: pair.publicKey }]);
  console.log(`New playbook signing key.
  key id       ${keyId}
  public key   ${pair.publicKey}   (raw Ed25519, 32 bytes, base64url)
  private key  ${out}   (mode 0600: keep it secret; whoever holds it can change what every extension follows)

For the extension build (keep the current key in the list too while extensions move over, two keys at most):
HEAVYSET_PLAYBOOK_KEYS='${trusted}'

Sign with: npm run playbook:sign -- <payload.json> --key ${out} --key-id ${keyId}`);
});
