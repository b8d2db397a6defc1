/**
 * CSS modules in Jest (components rendered in jsdom): each class name maps to itself, so a test
 * sees `styles.card` as "card". Next compiles the real modules; Jest cannot parse CSS.
 */
export default new Proxy({} as Record<string, string>, { get: (_target, name) => String(name) })
