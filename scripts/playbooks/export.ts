// npm run playbook:export -- <crm> [--out <playbook.json>]
// The bundled playbook of a CRM as the JSON document HeavySet edits, then signs with playbook:sign.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crmTypes, playbookFor } from '../../utils/crm';
import { bundledVersion } from '../../utils/crm/versions';
import { CliError, fromInvokingDir, runCli } from './cli';

const USAGE = `Usage: npm run playbook:export -- <${crmTypes.join('|')}> [--out <playbook.json>]`;

runCli(() => {
  let parsed: { values: { out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const [crm, ...rest] = parsed.positionals;
  const playbook = crm && rest.length === 0 ? playbookFor(crm) : undefined;
  if (!playbook) throw new CliError(`Give one CRM type: ${crmTypes.join(', ')}.\n${USAGE}`, 2);
  const json = `${JSON.stringify(playbook, null, 2)}\n`;
  const floor = `The bundled ${playbook.crm} playbook is version ${bundledVersion(playbook.crm)}: sign an update with a higher --version.`;
  if (!parsed.values.out) {
    process.stdout.write(json);
    console.error(floor);
    return;
  }
  const out = fromInvokingDir(parsed.values.out);
  writeFileSync(out, json);
  console.log(`Wrote ${out}. ${floor}`);
});
