// Node ESM and Deno: `import` the package (the "import" condition, dist/index.js).
import * as lib from 'partnermap';
import { summarise } from './summary.mjs';

console.log(JSON.stringify(await summarise(lib), null, 2));
