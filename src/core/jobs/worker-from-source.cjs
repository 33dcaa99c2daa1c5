// Worker entry when running from source (browser mode, tests): compiles TypeScript on the fly,
// then loads the real worker. The Electron build bundles worker.ts and does not need this.
require('tsx/cjs/api').register();
require('./worker.ts');
