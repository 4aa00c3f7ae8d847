// Node CJS: `require` the package (the "require" condition, dist/index.cjs).
const lib = require('partnermap');

import('./summary.mjs')
  .then(({ summarise }) => summarise(lib))
  .then((summary) => console.log(JSON.stringify(summary, null, 2)))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
