import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  approveAndRun,
  approvedReport
} from "./chunk-YK3HYF7S.js";
import "./chunk-RNYWCQWD.js";
import "./chunk-SDZNVKB4.js";
import "./chunk-LZOIIDGM.js";
import "./chunk-Q5RQAKUW.js";
import "./chunk-MMWXYPVD.js";
import "./chunk-VKJRMEDP.js";
import "./chunk-NBQVUXN4.js";
import "./chunk-VZRTSJCR.js";
import "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-MH3XM2QR.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import "./chunk-R2EEI6SO.js";
import "./chunk-DCAYEVE3.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-TDLQ4DM4.js";
import "./chunk-NRPXVH6K.js";
import "./chunk-DEYWGYQH.js";
import "./chunk-N7AWLP4R.js";
import "./chunk-NTVFTWIQ.js";
export {
  approveAndRun,
  approvedReport
};
