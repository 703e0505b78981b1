#!/usr/bin/env node
import { createRequire as __migraphCreateRequire } from 'node:module'; const require = __migraphCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-JHXV6VY2.js";
import {
  messageOf
} from "./chunks/chunk-EJJRPJZ3.js";

// src/cli.ts
process.setSourceMapsEnabled(true);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`migraph failed: ${messageOf(err)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=cli.js.map
