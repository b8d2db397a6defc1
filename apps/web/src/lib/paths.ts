/** A path on this site (not `//evil.example`, not a full URL): safe to redirect to. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
export const isSitePath = (path: string) => path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') && !/[\s\u0000-\u001f]/.test(path)
