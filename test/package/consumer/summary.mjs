/**
 * The computation every runtime performs on the installed package (Node ESM,
 * Node CJS, Deno, the esbuild browser bundle): the driver requires the outputs
 * to be byte-identical. `lib` is the package's namespace as that runtime
 * loaded it. Besides a few explicit checks, every export is exercised: each
 * function is called with a fresh example network (as `fn(network)`, the
 * public-function convention) and its result, or the code of the error it
 * throws, is hashed; each constant is hashed. So every analysis that lands in
 * the public API is covered without this file changing.
 *
 * No imports here (so it runs unchanged everywhere); hashing uses Web Crypto,
 * which Node 20, Deno and browsers share.
 */

/** Exports whose result depends on when or where they run, never on the build. */
const NOT_COMPARED = new Set(['todayIso']);

export async function summarise(lib) {
  const network = lib.exampleNetwork();
  const json = lib.toJson(network);
  const back = lib.fromJson(json);
  const snap = lib.snapshot(network);
  const rng = lib.seededRng(42);
  let error;
  try {
    lib.createNetwork({ partners: [{ id: 'x', sector: 'not-a-sector' }] });
  } catch (e) {
    error = { recognised: lib.isPartnermapError(e), instance: e instanceof lib.PartnermapError, code: e.code };
  }
  const names = Object.keys(lib).sort();
  const exports = {};
  for (const name of names) {
    if (NOT_COMPARED.has(name)) {
      exports[name] = 'not compared';
      continue;
    }
    exports[name] = await describeExport(lib, name);
  }
  return {
    version: lib.VERSION,
    home: lib.getHome(network),
    partners: network.order,
    relationships: network.size,
    jsonSha256: await sha256(json),
    roundTrip: lib.toJson(back.network) === json && back.issues.length === 0,
    validateIssues: lib.validateNetwork(network).length,
    snapshot: {
      order: snap.order,
      arcs: snap.targets.length,
      relationshipCount: snap.relationshipCount,
      excludedPartners: snap.excludedPartners,
      strengthSum: Array.from(snap.strengths).reduce((a, b) => a + b, 0),
      sha256: await sha256(canonical({ ids: snap.ids, offsets: snap.offsets, targets: snap.targets, strengths: snap.strengths })),
    },
    rng: [rng(), rng(), rng()],
    error,
    exportCount: names.length,
    exports,
  };
}

async function describeExport(lib, name) {
  const value = lib[name];
  if (typeof value !== 'function') return `value ${(await sha256(canonical(value))).slice(0, 16)}`;
  if (/^[A-Z]/.test(name)) return 'class';
  try {
    let result = value(lib.exampleNetwork());
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') result = await result;
    return `returns ${(await sha256(canonical(result))).slice(0, 16)}`;
  } catch (e) {
    // Engines word their own TypeErrors differently; partnermap's codes are what must match.
    return `throws ${lib.isPartnermapError(e) ? `${e.code}: ${e.message}` : (e?.name ?? typeof e)}`;
  }
}

/** A deterministic text form of any result: Maps, Sets, typed arrays, graphs, -0, NaN. */
export function canonical(value) {
  const seen = new WeakSet();
  const walk = (v) => {
    if (v === undefined) return { $: 'undefined' };
    if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? v : { $: 'number', v: Object.is(v, -0) ? '-0' : String(v) };
    if (typeof v === 'bigint') return { $: 'bigint', v: String(v) };
    if (typeof v === 'function') return { $: 'function' };
    if (typeof v === 'symbol') return { $: 'symbol', v: String(v.description) };
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return { $: 'cycle' };
    seen.add(v);
    let out;
    if (ArrayBuffer.isView(v)) out = { $: v.constructor.name, v: Array.from(v, walk) };
    else if (Array.isArray(v)) out = v.map(walk);
    else if (v instanceof Map) out = { $: 'Map', v: [...v].map(([k, x]) => [walk(k), walk(x)]) };
    else if (v instanceof Set) out = { $: 'Set', v: [...v].map(walk) };
    else if (v instanceof Error) out = { $: 'Error', name: v.name, code: v.code };
    else if (typeof v.export === 'function' && typeof v.forEachNode === 'function') out = { $: 'Graph', v: walk(v.export()) };
    else {
      out = {};
      for (const key of Object.keys(v)) Object.defineProperty(out, key, { value: walk(v[key]), enumerable: true });
    }
    seen.delete(v);
    return out;
  };
  return JSON.stringify(walk(value));
}

async function sha256(text) {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
