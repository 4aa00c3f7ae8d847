// The dual-package hazard: a program (or its dependencies) can load both the
// CJS and the ESM copy of partnermap. Errors thrown by one copy must be
// recognised by the other's isPartnermapError (it checks a registered symbol,
// not class identity), and networks made by one must be read by the other.
const assert = require('node:assert/strict');
const cjs = require('partnermap');

import('partnermap').then((esm) => {
  assert.notEqual(cjs.PartnermapError, esm.PartnermapError, 'expected two copies (ESM and CJS) to be loaded');
  for (const [thrower, checker, label] of [
    [cjs, esm, 'CJS error, ESM check'],
    [esm, cjs, 'ESM error, CJS check'],
  ]) {
    let caught;
    try {
      thrower.createNetwork({ partners: [{ id: 'a' }, { id: 'a' }] });
    } catch (error) {
      caught = error;
    }
    assert.ok(caught !== undefined, `${label}: createNetwork did not throw`);
    assert.equal(checker.isPartnermapError(caught), true, `${label}: isPartnermapError is false`);
    assert.equal(thrower.isPartnermapError(caught), true, `${label}: not recognised by its own copy`);
    assert.equal(caught.code, 'invalid-record', `${label}: code ${caught.code}`);
    assert.equal(checker.isPartnermapError(new Error('other')), false, `${label}: a plain Error was recognised`);
  }
  // A network built by one copy is an ordinary graphology graph for the other.
  const network = esm.exampleNetwork();
  assert.equal(cjs.toJson(network), esm.toJson(network));
  assert.equal(cjs.validateNetwork(network).length, 0);
  console.log('dual package: errors recognised across ESM and CJS copies; networks shared');
});
