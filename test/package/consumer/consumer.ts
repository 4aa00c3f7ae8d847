// A TypeScript consumer, type-checked against the installed package under
// moduleResolution nodenext (ESM: the "import" types, dist/index.d.ts) and
// bundler. The @ts-expect-error lines prove the types are real, not `any`.
import {
  addRelationship,
  createNetwork,
  exampleNetwork,
  getPartner,
  isPartnermapError,
  listPartners,
  PARTICIPATION_LEVELS,
  snapshot,
  toJson,
  type ParticipationLevel,
  type Partner,
  type PartnerNetwork,
  type Sector,
} from 'partnermap';

const network: PartnerNetwork = exampleNetwork();
const sectors: (Sector | undefined)[] = listPartners(network).map((p: Partner) => p.sector);
const top: ParticipationLevel = PARTICIPATION_LEVELS[PARTICIPATION_LEVELS.length - 1] ?? 'information';
const partner = getPartner(network, 'cvscc');
const name: string | undefined = partner?.name;
const arcs: Int32Array = snapshot(network).targets;
const text: string = toJson(network);

// @ts-expect-error 'sometimes' is not a participation level
addRelationship(network, { source: 'cvscc', target: 'cvusd', kind: 'partnership', level: 'sometimes' });

// @ts-expect-error a partner's status is one of the pipeline statuses
createNetwork({ partners: [{ id: 'a', status: 'maybe' }] });

const codes: string[] = [];
try {
  createNetwork({ partners: [{ id: 'a' }, { id: 'a' }] });
} catch (error: unknown) {
  if (isPartnermapError(error)) codes.push(error.code);
}

export const summary = { sectors, top, name, arcs: arcs.length, bytes: text.length, codes };
