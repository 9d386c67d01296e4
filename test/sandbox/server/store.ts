// Holds the state; with a data dir, every change is written atomically (tmp file + rename)
// so a restart keeps everything, connect codes included.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { identityOf, newIdentity, seedState } from './seed';
import { ServerState } from './state';

const STATE_FILE = 'heavyset-reference-server.json';

export class Store {
  state: ServerState;
  private readonly file?: string;

  constructor(dataDir?: string) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.file = join(dataDir, STATE_FILE);
    }
    this.state = this.load() ?? seedState(newIdentity());
    this.save();
  }

  private load(): ServerState | undefined {
    if (!this.file || !existsSync(this.file)) return undefined;
    const parsed = ServerState.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
    if (!parsed.success) {
      throw new Error(`${this.file} is not a reference-server state file (${parsed.error.issues[0]?.message}); delete it to start afresh.`);
    }
    return parsed.data;
  }

  save(): void {
    if (!this.file) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 2), { mode: 0o600 });
    renameSync(tmp, this.file);
  }

  /** Back to the seed, keeping the connect codes and the ServiceTitan tenant. */
  reset(): void {
    this.state = seedState(identityOf(this.state));
    this.save();
  }
}
