// A store that counts its calls by method name and shows each call to `onCall`: merge tests and benches check
// that the store calls of a merge do not grow with the block.
import type { Store } from "../store/store.js";

export function watchStore(
  store: Store,
  calls: Map<string, number>,
  onCall: (name: string, args: unknown[]) => void = () => {},
): Store {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
        onCall(String(name), args);
        return value.apply(target, args);
      };
    },
  });
}
