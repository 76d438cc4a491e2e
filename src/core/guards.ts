// The one guard for untrusted JSON: a plain object (not null, not an array).

export type Obj = Record<string, unknown>;

/** True for a plain JSON object. Arrays and null are not objects here. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property lookup that never reaches Object.prototype (`__proto__`, `constructor`, `toString`). */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
