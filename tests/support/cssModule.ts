// Component tests render markup, not styles: a CSS module's class names are its keys here.
export default new Proxy({}, { get: (_, key) => (typeof key === 'string' ? key : undefined) })
