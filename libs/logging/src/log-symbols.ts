// The keys winston, logform and triple-beam share; Symbol.for gives the same symbols without
// depending on triple-beam directly.
export const LEVEL = Symbol.for('level');
export const MESSAGE = Symbol.for('message');
export const SPLAT = Symbol.for('splat');
