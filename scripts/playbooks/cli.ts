// What the playbook tools share: paths as the person typed them, errors as plain sentences.
import { resolve } from 'node:path';

/** An error meant for the person at the terminal: printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * `npm run` starts scripts in the package folder; INIT_CWD is where the person typed the
 * command, so relative paths mean what they meant there.
 */
export function fromInvokingDir(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function runCli(main: () => void): void {
  try {
    main();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(error.message);
    process.exitCode = error.exitCode;
  }
}
