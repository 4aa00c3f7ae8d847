/**
 * validateNetwork: every problem in a network as a list of issues. It never
 * throws, so it is safe on networks edited by hand or built by other code.
 */
import type { Issue } from '../model/issues';
import { checkReferences } from './build-network';
import { findNonJsonValue } from './json-values';
import { partnerId } from './node-keys';
import { setOwn } from './own-properties';
import { PARTNER_FIELDS } from '../model/partner';
import { RELATIONSHIP_FIELDS } from '../model/relationship';
import { readPartner, readRelationship } from './read-records';
import type { AnyNetwork } from './types';

/**
 * Checks a network: each partner and relationship against the model (the same
 * rules as `addPartner` and `addRelationship`), references (home, point of
 * contact), self-loops, and custom values that exports could not carry.
 *
 * @returns the issues found (an empty list for a clean network); never throws.
 */
export function validateNetwork(network: unknown): Issue[] {
  const graph = network as {
    forEachNode?: unknown;
    forEachEdge?: unknown;
  } | null;
  if (typeof graph !== 'object' || graph === null || typeof graph.forEachNode !== 'function' || typeof graph.forEachEdge !== 'function') {
    return [
      {
        severity: 'error',
        code: 'invalid-network',
        message: 'the value is not a graphology graph.',
        where: {},
      },
    ];
  }
  const g = network as AnyNetwork;
  const issues: Issue[] = [];
  try {
    g.forEachNode((key, attributes) => {
      const id = partnerId(key);
      try {
        const { issues: found } = readPartner({ ...attributes, id }, { where: { partner: id }, lenient: false });
        issues.push(...found);
        const bad = findNonJsonValue(customPart(attributes, PARTNER_FIELDS), 'attributes');
        if (bad !== undefined) {
          issues.push({
            severity: 'warning',
            code: 'non-json-value',
            message: `${bad}; exports cannot carry it.`,
            where: { partner: id },
          });
        }
      } catch (error) {
        issues.push(unreadable({ partner: id }, error));
      }
    });
    g.forEachEdge((id, attributes, source, target, _s, _t, undirected) => {
      try {
        const { issues: found } = readRelationship(
          { ...attributes, id, source: partnerId(source), target: partnerId(target), directed: !undirected },
          { where: { relationship: id }, lenient: false },
        );
        issues.push(...found);
        if (source === target) {
          issues.push({
            severity: 'warning',
            code: 'self-loop',
            message: `relationship joins partner ${JSON.stringify(partnerId(source))} to itself; analyses ignore it.`,
            where: { relationship: id },
          });
        }
        const bad = findNonJsonValue(customPart(attributes, RELATIONSHIP_FIELDS), 'attributes');
        if (bad !== undefined) {
          issues.push({
            severity: 'warning',
            code: 'non-json-value',
            message: `${bad}; exports cannot carry it.`,
            where: { relationship: id },
          });
        }
      } catch (error) {
        issues.push(unreadable({ relationship: id }, error));
      }
    });
    issues.push(...checkReferences(g));
  } catch (error) {
    issues.push(unreadable({}, error));
  }
  return issues;
}

/** The custom attributes only: the known fields are checked by the record readers. */
function customPart(attributes: object, known: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) {
    if (!known.includes(key)) setOwn(out, key, (attributes as Record<string, unknown>)[key]);
  }
  return out;
}

function unreadable(where: Issue['where'], error: unknown): Issue {
  return {
    severity: 'error',
    code: 'unreadable-record',
    message: `could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    where,
  };
}
