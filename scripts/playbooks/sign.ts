// npm run playbook:sign -- <payload.json> --key <private.pem> --key-id <id> [--out <envelope.json>]
// npm run playbook:sign -- <playbook.json> --crm <type> --version <n> --min-extension-version <x.y.z> --key … --key-id … [--out …]
// Checks the payload (and the playbook in it), signs the exact UTF-8 bytes of the payload text
// with Ed25519 and writes the envelope GET /v1/playbooks/{crmType} serves.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { crmTypes } from '../../utils/crm';
import { ExtensionVersion, PlaybookKeyId, PlaybookPayload } from '../../utils/heavyset/contract-playbooks';
import { checkPlaybookDocument } from './check-playbook';
import { CliError, fromInvokingDir, runCli } from './cli';
import { envelopeSignatureValid, payloadText, rawPublicKeyOf, readPrivateKey, signPayload } from './signing';

const USAGE = `Usage:
  npm run playbook:sign -- <payload.json> --key <private.pem> --key-id <id> [--out <envelope.json>]
  npm run playbook:sign -- <playbook.json> --crm <leap|servicetitan|zoho> --version <n> --min-extension-version <x.y.z> --key <private.pem> --key-id <id> [--out <envelope.json>]`;

const OPTIONS = {
  key: { type: 'string' },
  'key-id': { type: 'string' },
  out: { type: 'string' },
  crm: { type: 'string' },
  version: { type: 'string' },
  'min-extension-version': { type: 'string' },
} as const;
type Options = Partial<Record<keyof typeof OPTIONS, string>>;

function usageError(message: string): CliError {
  return new CliError(`${message}\n${USAGE}`, 2);
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('\n');
}

/** The file's text exactly as its bytes say: invalid UTF-8 or a byte order mark would change what is signed. */
function readUtf8(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not valid UTF-8.`);
  }
  if (text.startsWith('\uFEFF')) throw new CliError(`${path} starts with a byte order mark: save it as UTF-8 without BOM.`);
  return text;
}

function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON (${(error as Error).message}).`);
  }
}

/** A bare playbook plus --crm/--version/--min-extension-version: the payload text is built here. */
function payloadFromPlaybook(path: string, text: string, options: Options): string {
  const { crm, version, 'min-extension-version': minVersion } = options;
  if (crm === undefined || version === undefined || minVersion === undefined) {
    throw usageError('A bare playbook needs all of --crm, --version and --min-extension-version.');
  }
  if (!crmTypes.includes(crm)) throw usageError(`--crm must be one of ${crmTypes.join(', ')}.`);
  if (!/^[1-9]\d*$/.test(version)) throw usageError('--version must be a whole number ≥ 1.');
  if (!ExtensionVersion.safeParse(minVersion).success) throw usageError('--min-extension-version must be "x.y.z".');
  const playbook = parseJsonFile(path, text);
  return payloadText({ crmType: crm, version: Number(version), minExtensionVersion: minVersion, playbook });
}

function checkedPayload(path: string, text: string, builtHere: boolean): PlaybookPayload {
  const value = parseJsonFile(path, text);
  const parsed = PlaybookPayload.strict().safeParse(value);
  if (!parsed.success) {
    const hint = builtHere ? '' : '\n(For a bare playbook, pass --crm, --version and --min-extension-version.)';
    throw new CliError(`${path} is not a playbook payload:\n${issuesOf(parsed.error)}${hint}`);
  }
  const problems = checkPlaybookDocument(parsed.data.playbook, parsed.data.crmType);
  if (problems.length) throw new CliError(`The playbook in ${path} cannot be signed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return parsed.data;
}

runCli(() => {
  let parsed: { values: Options; positionals: string[] };
  try {
    parsed = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw usageError('Give exactly one payload (or playbook) file.');
  if (!values.key || !values['key-id']) throw usageError('--key and --key-id are required.');
  const keyId = PlaybookKeyId.safeParse(values['key-id']);
  if (!keyId.success) throw usageError(`--key-id: ${keyId.error.issues[0]?.message}`);

  const input = fromInvokingDir(positionals[0] ?? '');
  const text = readUtf8(input);
  const bare = values.crm !== undefined || values.version !== undefined || values['min-extension-version'] !== undefined;
  const payload = bare ? payloadFromPlaybook(input, text, values) : text;
  const checked = checkedPayload(input, payload, bare);

  let privateKey;
  try {
    privateKey = readPrivateKey(readUtf8(fromInvokingDir(values.key)));
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${values.key} is not a usable private key: ${(error as Error).message}`);
  }
  const envelope = signPayload(payload, privateKey, keyId.data);
  const publicKey = rawPublicKeyOf(privateKey);
  if (!envelopeSignatureValid(envelope, publicKey)) throw new Error('The fresh signature does not verify: nothing written.');

  const json = `${JSON.stringify(envelope, null, 2)}\n`;
  const summary = `Signed the ${checked.crmType} playbook v${checked.version} (extensions ≥ ${checked.minExtensionVersion}, issued ${checked.issuedAt}) with ${keyId.data}, public key ${publicKey}.`;
  if (values.out) {
    const out = fromInvokingDir(values.out);
    writeFileSync(out, json);
    console.log(`${summary}\nEnvelope written to ${out}.`);
  } else {
    process.stdout.write(json);
    console.error(summary);
  }
});
