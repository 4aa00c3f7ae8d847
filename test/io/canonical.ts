import { toJson, type PartnerNetwork } from 'partnermap';

/**
 * toJson with object keys sorted: the order in which a record's attributes
 * were set is not data (formats write fields in a fixed order), while the
 * order of partners, relationships and list items is, and is kept.
 */
export function canonicalJson(network: PartnerNetwork): string {
  const sort = (_key: string, value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      Object.defineProperty(out, k, { value: (value as Record<string, unknown>)[k], enumerable: true });
    }
    return out;
  };
  return JSON.stringify(JSON.parse(toJson(network)), sort);
}
