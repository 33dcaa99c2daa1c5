import { CONTRACT, type MethodName } from './contract';

/** Every method name, for the preload bridge. */
export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];
