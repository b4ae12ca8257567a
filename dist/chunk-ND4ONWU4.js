import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __commonJS,
  __require
} from "./chunk-NTVFTWIQ.js";

// builtin:util
var require_util = __commonJS({
  "builtin:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// builtin:buffer
var require_buffer = __commonJS({
  "builtin:buffer"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

export {
  require_util,
  require_buffer
};
