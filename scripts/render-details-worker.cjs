// Worker threads do not inherit tsx's hooks: register them, then load the TypeScript worker.
require('tsx/cjs/api').register();
require('./render-details-worker.ts');
