/**
 * CSS modules in Jest (components rendered in jsdom): each class name maps to itself, so a test
 * sees `styles.card` as "card". Next compiles the real modules; Jest cannot parse CSS.
 */
module.exports = new Proxy({}, { get: (_target, name) => (name === '__esModule' ? false : String(name)) })
