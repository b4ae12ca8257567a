import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  approveAndRun,
  approvedReport
} from "./chunk-6YDIUD3L.js";
import "./chunk-5FFM3VIF.js";
import "./chunk-VW53AUIR.js";
import "./chunk-BGOOTK6N.js";
import "./chunk-S7L7CLOZ.js";
import "./chunk-K6HZLJYU.js";
import "./chunk-IDVF7UH6.js";
import "./chunk-5AWRUU3O.js";
import "./chunk-VR72W3P6.js";
import "./chunk-SAWOAJDN.js";
import "./chunk-V6M6USSN.js";
import "./chunk-QH523ASL.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-R2EEI6SO.js";
import "./chunk-7OMJGWBE.js";
import "./chunk-NTVFTWIQ.js";
export {
  approveAndRun,
  approvedReport
};
