// Build settings compiled in by wxt.config.ts (vite `define`).
interface ImportMetaEnv {
  /** HeavySet's production playbook keys as JSON ("" in a build without them). */
  readonly HEAVYSET_PLAYBOOK_KEYS?: string;
}
