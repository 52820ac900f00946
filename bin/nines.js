#!/usr/bin/env node
// The `nines` command. Plain ESM JavaScript so that it runs straight after
// `npm install`, with no build step: tsx compiles the TypeScript sources on
// the fly. `main.ts` is imported only after tsx is registered.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
