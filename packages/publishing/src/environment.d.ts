/** See environment.js. */
export function loadRootEnv(file?: string): void
