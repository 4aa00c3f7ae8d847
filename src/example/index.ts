/** Public exports of this area, re-exported by src/index.ts. */
export {
  EXAMPLE_AS_OF,
  EXAMPLE_NETWORK_INPUT,
  exampleNetwork,
  type ExampleNetworkInput,
} from './example-network';
export { EXAMPLE_HOME, type ExamplePartner, type ExamplePartnerExtras } from './data/partners';
export {
  EXAMPLE_KEY_PERSON,
  type ExampleRelationship,
  type ExampleRelationshipExtras,
} from './data/relationships';
