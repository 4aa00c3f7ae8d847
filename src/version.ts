/** The library's version; test/version.test.ts keeps it equal to package.json's. */
export const VERSION = '0.0.0';
