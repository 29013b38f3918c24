/**
 * Stands in for one document's realm as Firefox leaves it to a content script once a frame's document is gone:
 * what it wraps behaves like the real object until `kill()`, after which every property access throws, as a dead
 * object does. Methods run on the real object, so happy-dom's internals keep working while the realm lives.
 */
export class MortalRealm {
  #dead = false;

  /** Wraps an object of this realm; `overrides` replace some of its properties (a node's ownerDocument). */
  wrap<T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>> = {}): T {
    const alive = () => {
      if (this.#dead) throw new TypeError("can't access dead object");
    };
    return new Proxy(target, {
      get(real, key) {
        alive();
        if (key in overrides) return overrides[key];
        const value = Reflect.get(real, key, real);
        return typeof value === 'function' ? value.bind(real) : value;
      },
      set(real, key, value) {
        alive();
        return Reflect.set(real, key, value, real);
      },
    });
  }

  /** The document is gone: every wrapped object is dead from now on. */
  kill(): void {
    this.#dead = true;
  }
}
