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

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:events
var require_events = __commonJS({
  "builtin:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// builtin:child_process
var require_child_process = __commonJS({
  "builtin:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// builtin:string_decoder
var require_string_decoder = __commonJS({
  "builtin:string_decoder"(exports, module) {
    module.exports = __require("node:string_decoder");
  }
});

export {
  require_os,
  require_string_decoder,
  require_events,
  require_child_process
};
