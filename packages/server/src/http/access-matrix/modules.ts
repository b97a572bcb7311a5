import type { ModuleMatrix } from './types';

/** Every module's part of the access matrix; a module with routes of its own adds its file here. */
export const MODULE_MATRICES: readonly ModuleMatrix[] = [];
