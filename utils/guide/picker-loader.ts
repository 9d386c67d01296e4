// Loads "Pick on page" (entrypoints/pick.ts) from the extension the first time the person asks for it.
import { loadExtensionModule } from './extension-module';
import type { startPicking } from './picker';

export const PICK_GLOBAL = '__heavysetPick';
export type StartPicking = typeof startPicking;

export const loadPicker = (): Promise<StartPicking> => loadExtensionModule<StartPicking>('/pick.js', PICK_GLOBAL);
