import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  approveAndRun,
  approvedReport
} from "./chunk-WQAW6HXM.js";
import "./chunk-JXNLEME2.js";
import "./chunk-S2ZWLRMZ.js";
import "./chunk-BNZRH5ZJ.js";
import "./chunk-4J3D2WFJ.js";
import "./chunk-NYN2ZAZD.js";
import "./chunk-OYV2IMFD.js";
import "./chunk-XVH7SVSQ.js";
import "./chunk-VZRTSJCR.js";
import "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import "./chunk-R2EEI6SO.js";
import "./chunk-BW5M3YGR.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-H4TOBOUQ.js";
import "./chunk-NRPXVH6K.js";
import "./chunk-DEYWGYQH.js";
import "./chunk-N7AWLP4R.js";
import "./chunk-NTVFTWIQ.js";
export {
  approveAndRun,
  approvedReport
};
