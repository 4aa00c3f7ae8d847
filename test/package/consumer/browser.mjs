// The browser entry esbuild bundles (--platform=browser): the whole package
// must bundle without Node built-ins. The bundle is then run to check it
// computes the same summary as the other builds.
import * as lib from 'partnermap';
import { summarise } from './summary.mjs';

summarise(lib).then((summary) => console.log(JSON.stringify(summary, null, 2)));
