// The only place a config's stored values change, so the write log is always complete.
import type { CrmConfig } from './state';

export function writeConnectionField(config: CrmConfig, field: string, value: string, at: string): void {
  config.connection[field] = { value, updatedAt: at };
  config.writeLog.push({ field, at });
}

export function writeSetting(config: CrmConfig, key: string, value: unknown, at: string): void {
  config.settings[key] = value;
  config.writeLog.push({ field: key, at });
}
