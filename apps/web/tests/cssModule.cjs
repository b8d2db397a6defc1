/* global module */
// CSS modules in Jest: every class name is its own key, so tests see stable names and no CSS is parsed.
module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? false : key) })
