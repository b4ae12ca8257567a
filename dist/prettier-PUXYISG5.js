import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm,
  __export
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/doc.mjs
var doc_exports = {};
__export(doc_exports, {
  builders: () => builders,
  default: () => public_exports,
  printer: () => printer,
  utils: () => utils
});
function stringOrArrayAt(index) {
  return this[index < 0 ? this.length + index : index];
}
function trimNewlinesEnd(string) {
  let end = string.length;
  while (end > 0 && (string[end - 1] === "\r" || string[end - 1] === "\n")) {
    end--;
  }
  return end < string.length ? string.slice(0, end) : string;
}
function getOrInsertComputed(map, key2, callback) {
  if (!map.has(key2)) {
    const value = callback(key2);
    map.set(key2, value);
  }
  return map.get(key2);
}
function getDocType(doc) {
  if (typeof doc === "string") {
    return DOC_TYPE_STRING;
  }
  if (Array.isArray(doc)) {
    return DOC_TYPE_ARRAY;
  }
  if (!doc) {
    return;
  }
  const { type } = doc;
  if (VALID_OBJECT_DOC_TYPES.has(type)) {
    return type;
  }
}
function getDocErrorMessage(doc) {
  const type = doc === null ? "null" : typeof doc;
  if (type !== "string" && type !== "object") {
    return `Unexpected doc '${type}', 
Expected it to be 'string' or 'object'.`;
  }
  if (get_doc_type_default(doc)) {
    throw new Error("doc is valid.");
  }
  const objectType = Object.prototype.toString.call(doc);
  if (objectType !== "[object Object]") {
    return `Unexpected doc '${objectType}'.`;
  }
  const EXPECTED_TYPE_VALUES = disjunctionListFormat(
    [...VALID_OBJECT_DOC_TYPES].map((type2) => `'${type2}'`)
  );
  return `Unexpected doc.type '${doc.type}'.
Expected it to be ${EXPECTED_TYPE_VALUES}.`;
}
function traverseDoc(doc, onEnter, onExit, shouldTraverseConditionalGroups) {
  const docsStack = [doc];
  while (docsStack.length > 0) {
    const doc2 = docsStack.pop();
    if (doc2 === traverseDocOnExitStackMarker) {
      onExit(docsStack.pop());
      continue;
    }
    if (onExit) {
      docsStack.push(doc2, traverseDocOnExitStackMarker);
    }
    const docType = get_doc_type_default(doc2);
    if (!docType) {
      throw new invalid_doc_error_default(doc2);
    }
    if (onEnter?.(doc2) === false) {
      continue;
    }
    switch (docType) {
      case DOC_TYPE_ARRAY:
      case DOC_TYPE_FILL: {
        const parts = docType === DOC_TYPE_ARRAY ? doc2 : doc2.parts;
        for (let ic = parts.length, i = ic - 1; i >= 0; --i) {
          docsStack.push(parts[i]);
        }
        break;
      }
      case DOC_TYPE_IF_BREAK:
        docsStack.push(doc2.flatContents, doc2.breakContents);
        break;
      case DOC_TYPE_GROUP:
        if (shouldTraverseConditionalGroups && doc2.expandedStates) {
          for (let ic = doc2.expandedStates.length, i = ic - 1; i >= 0; --i) {
            docsStack.push(doc2.expandedStates[i]);
          }
        } else {
          docsStack.push(doc2.contents);
        }
        break;
      case DOC_TYPE_ALIGN:
      case DOC_TYPE_INDENT:
      case DOC_TYPE_INDENT_IF_BREAK:
      case DOC_TYPE_LABEL:
      case DOC_TYPE_LINE_SUFFIX:
        docsStack.push(doc2.contents);
        break;
      case DOC_TYPE_STRING:
      case DOC_TYPE_CURSOR:
      case DOC_TYPE_TRIM:
      case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
      case DOC_TYPE_LINE:
      case DOC_TYPE_BREAK_PARENT:
        break;
      default:
        throw new invalid_doc_error_default(doc2);
    }
  }
}
function mapDoc(doc, cb) {
  if (typeof doc === "string") {
    return cb(doc);
  }
  const mapped = /* @__PURE__ */ new Map();
  return rec(doc);
  function rec(doc2) {
    return getOrInsertComputed(mapped, doc2, process22);
  }
  function process22(doc2) {
    switch (get_doc_type_default(doc2)) {
      case DOC_TYPE_ARRAY:
        return cb(doc2.map(rec));
      case DOC_TYPE_FILL:
        return cb({
          ...doc2,
          parts: doc2.parts.map(rec)
        });
      case DOC_TYPE_IF_BREAK:
        return cb({
          ...doc2,
          breakContents: rec(doc2.breakContents),
          flatContents: rec(doc2.flatContents)
        });
      case DOC_TYPE_GROUP: {
        let {
          expandedStates,
          contents
        } = doc2;
        if (expandedStates) {
          expandedStates = expandedStates.map(rec);
          contents = expandedStates[0];
        } else {
          contents = rec(contents);
        }
        return cb({
          ...doc2,
          contents,
          expandedStates
        });
      }
      case DOC_TYPE_ALIGN:
      case DOC_TYPE_INDENT:
      case DOC_TYPE_INDENT_IF_BREAK:
      case DOC_TYPE_LABEL:
      case DOC_TYPE_LINE_SUFFIX:
        return cb({
          ...doc2,
          contents: rec(doc2.contents)
        });
      case DOC_TYPE_STRING:
      case DOC_TYPE_CURSOR:
      case DOC_TYPE_TRIM:
      case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
      case DOC_TYPE_LINE:
      case DOC_TYPE_BREAK_PARENT:
        return cb(doc2);
      default:
        throw new invalid_doc_error_default(doc2);
    }
  }
}
function findInDoc(doc, fn, defaultValue) {
  let result = defaultValue;
  let shouldSkipFurtherProcessing = false;
  function findInDocOnEnterFn(doc2) {
    if (shouldSkipFurtherProcessing) {
      return false;
    }
    const maybeResult = fn(doc2);
    if (maybeResult !== void 0) {
      shouldSkipFurtherProcessing = true;
      result = maybeResult;
    }
  }
  traverse_doc_default(doc, findInDocOnEnterFn);
  return result;
}
function willBreakFn(doc) {
  if (doc.type === DOC_TYPE_GROUP && doc.break) {
    return true;
  }
  if (doc.type === DOC_TYPE_LINE && doc.hard) {
    return true;
  }
  if (doc.type === DOC_TYPE_BREAK_PARENT) {
    return true;
  }
}
function willBreak(doc) {
  return findInDoc(doc, willBreakFn, false);
}
function breakParentGroup(groupStack) {
  if (groupStack.length > 0) {
    const parentGroup = method_at_default(
      /* OPTIONAL_OBJECT: false */
      0,
      groupStack,
      -1
    );
    if (!parentGroup.expandedStates && !parentGroup.break) {
      parentGroup.break = "propagated";
    }
  }
  return null;
}
function propagateBreaks(doc) {
  const alreadyVisitedSet = /* @__PURE__ */ new Set();
  const groupStack = [];
  function propagateBreaksOnEnterFn(doc2) {
    if (doc2.type === DOC_TYPE_BREAK_PARENT) {
      breakParentGroup(groupStack);
    }
    if (doc2.type === DOC_TYPE_GROUP) {
      groupStack.push(doc2);
      if (alreadyVisitedSet.has(doc2)) {
        return false;
      }
      alreadyVisitedSet.add(doc2);
    }
  }
  function propagateBreaksOnExitFn(doc2) {
    if (doc2.type === DOC_TYPE_GROUP) {
      const group2 = groupStack.pop();
      if (group2.break) {
        breakParentGroup(groupStack);
      }
    }
  }
  traverse_doc_default(
    doc,
    propagateBreaksOnEnterFn,
    propagateBreaksOnExitFn,
    /* shouldTraverseConditionalGroups */
    true
  );
}
function removeLinesFn(doc) {
  if (doc.type === DOC_TYPE_LINE && !doc.hard) {
    return doc.soft ? "" : " ";
  }
  if (doc.type === DOC_TYPE_IF_BREAK) {
    return doc.flatContents;
  }
  return doc;
}
function removeLines(doc) {
  return mapDoc(doc, removeLinesFn);
}
function stripTrailingHardlineFromParts(parts) {
  parts = [...parts];
  while (parts.length >= 2 && method_at_default(
    /* OPTIONAL_OBJECT: false */
    0,
    parts,
    -2
  ).type === DOC_TYPE_LINE && method_at_default(
    /* OPTIONAL_OBJECT: false */
    0,
    parts,
    -1
  ).type === DOC_TYPE_BREAK_PARENT) {
    parts.length -= 2;
  }
  if (parts.length > 0) {
    const lastPart = stripTrailingHardlineFromDoc(method_at_default(
      /* OPTIONAL_OBJECT: false */
      0,
      parts,
      -1
    ));
    parts[parts.length - 1] = lastPart;
  }
  return parts;
}
function stripTrailingHardlineFromDoc(doc) {
  switch (get_doc_type_default(doc)) {
    case DOC_TYPE_INDENT:
    case DOC_TYPE_INDENT_IF_BREAK:
    case DOC_TYPE_GROUP:
    case DOC_TYPE_LINE_SUFFIX:
    case DOC_TYPE_LABEL: {
      const contents = stripTrailingHardlineFromDoc(doc.contents);
      return {
        ...doc,
        contents
      };
    }
    case DOC_TYPE_IF_BREAK:
      return {
        ...doc,
        breakContents: stripTrailingHardlineFromDoc(doc.breakContents),
        flatContents: stripTrailingHardlineFromDoc(doc.flatContents)
      };
    case DOC_TYPE_FILL:
      return {
        ...doc,
        parts: stripTrailingHardlineFromParts(doc.parts)
      };
    case DOC_TYPE_ARRAY:
      return stripTrailingHardlineFromParts(doc);
    case DOC_TYPE_STRING:
      return trimNewlinesEnd(doc);
    case DOC_TYPE_ALIGN:
    case DOC_TYPE_CURSOR:
    case DOC_TYPE_TRIM:
    case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
    case DOC_TYPE_LINE:
    case DOC_TYPE_BREAK_PARENT:
      break;
    default:
      throw new invalid_doc_error_default(doc);
  }
  return doc;
}
function stripTrailingHardline(doc) {
  return stripTrailingHardlineFromDoc(cleanDoc(doc));
}
function cleanDocFn(doc) {
  switch (get_doc_type_default(doc)) {
    case DOC_TYPE_FILL: {
      const {
        parts
      } = doc;
      if (parts.every((part) => part === "")) {
        return "";
      }
      if (parts.length === 1) {
        return parts[0];
      }
      break;
    }
    case DOC_TYPE_GROUP:
      if (!doc.contents && !doc.id && !doc.break && !doc.expandedStates) {
        return "";
      }
      if (doc.contents.type === DOC_TYPE_GROUP && doc.contents.id === doc.id && doc.contents.break === doc.break && doc.contents.expandedStates === doc.expandedStates) {
        return doc.contents;
      }
      break;
    case DOC_TYPE_ALIGN:
    case DOC_TYPE_INDENT:
    case DOC_TYPE_INDENT_IF_BREAK:
    case DOC_TYPE_LINE_SUFFIX:
      if (!doc.contents) {
        return "";
      }
      break;
    case DOC_TYPE_IF_BREAK:
      if (!doc.flatContents && !doc.breakContents) {
        return "";
      }
      break;
    case DOC_TYPE_ARRAY: {
      const parts = [];
      for (const part of doc) {
        if (!part) {
          continue;
        }
        const [currentPart, ...restParts] = Array.isArray(part) ? part : [part];
        if (typeof currentPart === "string" && typeof method_at_default(
          /* OPTIONAL_OBJECT: false */
          0,
          parts,
          -1
        ) === "string") {
          parts[parts.length - 1] += currentPart;
        } else {
          parts.push(currentPart);
        }
        parts.push(...restParts);
      }
      if (parts.length === 0) {
        return "";
      }
      if (parts.length === 1) {
        return parts[0];
      }
      return parts;
    }
    case DOC_TYPE_STRING:
    case DOC_TYPE_CURSOR:
    case DOC_TYPE_TRIM:
    case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
    case DOC_TYPE_LINE:
    case DOC_TYPE_LABEL:
    case DOC_TYPE_BREAK_PARENT:
      break;
    default:
      throw new invalid_doc_error_default(doc);
  }
  return doc;
}
function cleanDoc(doc) {
  return mapDoc(doc, (currentDoc) => cleanDocFn(currentDoc));
}
function replaceEndOfLine(doc, replacement = literalline) {
  return mapDoc(doc, (currentDoc) => typeof currentDoc === "string" ? join(replacement, currentDoc.split("\n")) : currentDoc);
}
function canBreakFn(doc) {
  if (doc.type === DOC_TYPE_LINE) {
    return true;
  }
}
function canBreak(doc) {
  return findInDoc(doc, canBreakFn, false);
}
function indent(contents) {
  assertDoc(contents);
  return { type: DOC_TYPE_INDENT, contents };
}
function align(alignType, contents) {
  assertAlignType(alignType);
  assertDoc(contents);
  return { type: DOC_TYPE_ALIGN, contents, n: alignType };
}
function dedentToRoot(contents) {
  return align(Number.NEGATIVE_INFINITY, contents);
}
function markAsRoot(contents) {
  return align({ type: "root" }, contents);
}
function dedent(contents) {
  return align(-1, contents);
}
function addAlignmentToDoc(doc, size, tabWidth) {
  assertDoc(doc);
  let aligned = doc;
  if (size > 0) {
    for (let level = 0; level < Math.floor(size / tabWidth); ++level) {
      aligned = indent(aligned);
    }
    aligned = align(size % tabWidth, aligned);
    aligned = align(Number.NEGATIVE_INFINITY, aligned);
  }
  return aligned;
}
function fill(parts) {
  assertDocFillParts(parts);
  return { type: DOC_TYPE_FILL, parts };
}
function group(contents, options7 = {}) {
  assertDoc(contents);
  assertDocArray(
    options7.expandedStates,
    /* optional */
    true
  );
  return {
    type: DOC_TYPE_GROUP,
    id: options7.id,
    contents,
    break: Boolean(options7.shouldBreak),
    expandedStates: options7.expandedStates
  };
}
function conditionalGroup(states, options7) {
  return group(states[0], { ...options7, expandedStates: states });
}
function ifBreak(breakContents, flatContents = "", options7 = {}) {
  assertDoc(breakContents);
  if (flatContents !== "") {
    assertDoc(flatContents);
  }
  return {
    type: DOC_TYPE_IF_BREAK,
    breakContents,
    flatContents,
    groupId: options7.groupId
  };
}
function indentIfBreak(contents, options7) {
  assertDoc(contents);
  return {
    type: DOC_TYPE_INDENT_IF_BREAK,
    contents,
    groupId: options7.groupId,
    negate: options7.negate
  };
}
function join(separator, docs) {
  assertDoc(separator);
  assertDocArray(docs);
  const parts = [];
  for (let i = 0; i < docs.length; i++) {
    if (i !== 0) {
      parts.push(separator);
    }
    parts.push(docs[i]);
  }
  return parts;
}
function label(label2, contents) {
  assertDoc(contents);
  return label2 ? { type: DOC_TYPE_LABEL, label: label2, contents } : contents;
}
function lineSuffix(contents) {
  assertDoc(contents);
  return { type: DOC_TYPE_LINE_SUFFIX, contents };
}
function convertEndOfLineOptionToCharacter(endOfLineOption) {
  return endOfLineOption === OPTION_CR ? CHARACTER_CR : endOfLineOption === OPTION_CRLF ? CHARACTER_CRLF : DEFAULT_EOL;
}
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
function getStringWidth(text) {
  if (!text) {
    return 0;
  }
  if (!notAsciiRegex.test(text)) {
    return text.length;
  }
  let width = 0;
  text = text.replace(emoji_regex_default(), (character) => {
    width += isNarrowEmojiCharacter(character) ? 1 : 2;
    return "";
  });
  for (const character of text) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (zeroWidthMarkRegex.test(character)) {
      continue;
    }
    width += isFullwidth(codePoint) || isWide(codePoint) ? 2 : 1;
  }
  return width;
}
function generateIndent(indent22, command, options7) {
  const queue = command.type === INDENT_COMMAND_TYPE_DEDENT ? indent22.queue.slice(0, -1) : [...indent22.queue, command];
  let value = "";
  let length = 0;
  let lastTabs = 0;
  let lastSpaces = 0;
  for (const command2 of queue) {
    switch (command2.type) {
      case INDENT_COMMAND_TYPE_INDENT:
        flush();
        if (options7.useTabs) {
          addTabs(1);
        } else {
          addSpaces(options7.tabWidth);
        }
        break;
      case INDENT_COMMAND_TYPE_STRING: {
        const { string } = command2;
        flush();
        value += string;
        length += string.length;
        break;
      }
      case INDENT_COMMAND_TYPE_WIDTH: {
        const { width } = command2;
        lastTabs += 1;
        lastSpaces += width;
        break;
      }
      default:
        throw new Error(`Unexpected indent comment '${command2.type}'.`);
    }
  }
  flushSpaces();
  return { ...indent22, value, length, queue };
  function addTabs(count) {
    value += "	".repeat(count);
    length += options7.tabWidth * count;
  }
  function addSpaces(count) {
    value += " ".repeat(count);
    length += count;
  }
  function flush() {
    if (options7.useTabs) {
      flushTabs();
    } else {
      flushSpaces();
    }
  }
  function flushTabs() {
    if (lastTabs > 0) {
      addTabs(lastTabs);
    }
    resetLast();
  }
  function flushSpaces() {
    if (lastSpaces > 0) {
      addSpaces(lastSpaces);
    }
    resetLast();
  }
  function resetLast() {
    lastTabs = 0;
    lastSpaces = 0;
  }
}
function makeAlign(indent22, indentOptions, options7) {
  if (!indentOptions) {
    return indent22;
  }
  if (indentOptions.type === "root") {
    return { ...indent22, root: indent22 };
  }
  if (indentOptions === Number.NEGATIVE_INFINITY) {
    return indent22.root;
  }
  let command;
  if (typeof indentOptions === "number") {
    if (indentOptions < 0) {
      command = INDENT_COMMAND_DEDENT;
    } else {
      command = { type: INDENT_COMMAND_TYPE_WIDTH, width: indentOptions };
    }
  } else {
    command = { type: INDENT_COMMAND_TYPE_STRING, string: indentOptions };
  }
  return generateIndent(indent22, command, options7);
}
function makeIndent(indent22, options7) {
  return generateIndent(indent22, INDENT_COMMAND_INDENT, options7);
}
function getTrailingIndentionLength(text) {
  let length = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const character = text[index];
    if (character === " " || character === "	") {
      length++;
    } else {
      break;
    }
  }
  return length;
}
function trimIndentation(text) {
  const length = getTrailingIndentionLength(text);
  const trimmed = length === 0 ? text : text.slice(0, text.length - length);
  return { text: trimmed, count: length };
}
function fits(next, restCommands, remainingWidth, hasLineSuffix, groupModeMap, mustBeFlat) {
  if (remainingWidth === Number.POSITIVE_INFINITY) {
    return true;
  }
  let restCommandsIndex = restCommands.length;
  let hasPendingSpace = false;
  const commands = [next];
  let output = "";
  while (remainingWidth >= 0) {
    if (commands.length === 0) {
      if (restCommandsIndex === 0) {
        return true;
      }
      commands.push(restCommands[--restCommandsIndex]);
      continue;
    }
    const {
      mode,
      doc
    } = commands.pop();
    const docType = get_doc_type_default(doc);
    switch (docType) {
      case DOC_TYPE_STRING:
        if (doc) {
          if (hasPendingSpace) {
            output += " ";
            remainingWidth -= 1;
            hasPendingSpace = false;
          }
          output += doc;
          remainingWidth -= get_string_width_default(doc);
        }
        break;
      case DOC_TYPE_ARRAY:
      case DOC_TYPE_FILL: {
        const parts = docType === DOC_TYPE_ARRAY ? doc : doc.parts;
        const end = doc[DOC_FILL_PRINTED_LENGTH] ?? 0;
        for (let index = parts.length - 1; index >= end; index--) {
          commands.push({
            mode,
            doc: parts[index]
          });
        }
        break;
      }
      case DOC_TYPE_INDENT:
      case DOC_TYPE_ALIGN:
      case DOC_TYPE_INDENT_IF_BREAK:
      case DOC_TYPE_LABEL:
        commands.push({
          mode,
          doc: doc.contents
        });
        break;
      case DOC_TYPE_TRIM: {
        const {
          text,
          count
        } = trimIndentation(output);
        output = text;
        remainingWidth += count;
        break;
      }
      case DOC_TYPE_GROUP: {
        if (mustBeFlat && doc.break) {
          return false;
        }
        const groupMode = doc.break ? MODE_BREAK : mode;
        const contents = doc.expandedStates && groupMode === MODE_BREAK ? method_at_default(
          /* OPTIONAL_OBJECT: false */
          0,
          doc.expandedStates,
          -1
        ) : doc.contents;
        commands.push({
          mode: groupMode,
          doc: contents
        });
        break;
      }
      case DOC_TYPE_IF_BREAK: {
        const groupMode = doc.groupId ? groupModeMap[doc.groupId] || MODE_FLAT : mode;
        const contents = groupMode === MODE_BREAK ? doc.breakContents : doc.flatContents;
        if (contents) {
          commands.push({
            mode,
            doc: contents
          });
        }
        break;
      }
      case DOC_TYPE_LINE:
        if (mode === MODE_BREAK || doc.hard) {
          return true;
        }
        if (!doc.soft) {
          hasPendingSpace = true;
        }
        break;
      case DOC_TYPE_LINE_SUFFIX:
        hasLineSuffix = true;
        break;
      case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
        if (hasLineSuffix) {
          return false;
        }
        break;
    }
  }
  return false;
}
function printDocToString(doc, options7) {
  const groupModeMap = /* @__PURE__ */ Object.create(null);
  const width = options7.printWidth;
  const newLine = convertEndOfLineOptionToCharacter(options7.endOfLine);
  let position = 0;
  const commands = [{
    indent: ROOT_INDENT,
    mode: MODE_BREAK,
    doc
  }];
  let shouldRemeasure = false;
  const lineSuffix22 = [];
  const result = new print_result_default();
  propagateBreaks(doc);
  while (commands.length > 0) {
    const {
      indent: indent22,
      mode,
      doc: doc2
    } = commands.pop();
    switch (get_doc_type_default(doc2)) {
      case DOC_TYPE_STRING: {
        const formatted2 = newLine !== "\n" ? method_replace_all_default(
          /* OPTIONAL_OBJECT: false */
          0,
          doc2,
          "\n",
          newLine
        ) : doc2;
        if (formatted2) {
          result.write(formatted2);
          if (commands.length > 0) {
            position += get_string_width_default(formatted2);
          }
        }
        break;
      }
      case DOC_TYPE_ARRAY:
        for (let index = doc2.length - 1; index >= 0; index--) {
          commands.push({
            indent: indent22,
            mode,
            doc: doc2[index]
          });
        }
        break;
      case DOC_TYPE_CURSOR:
        result.markPosition();
        break;
      case DOC_TYPE_INDENT:
        commands.push({
          indent: makeIndent(indent22, options7),
          mode,
          doc: doc2.contents
        });
        break;
      case DOC_TYPE_ALIGN:
        commands.push({
          indent: makeAlign(indent22, doc2.n, options7),
          mode,
          doc: doc2.contents
        });
        break;
      case DOC_TYPE_TRIM:
        position -= result.trim();
        break;
      case DOC_TYPE_GROUP: {
        const command = (function printGroup() {
          if (mode === MODE_FLAT && !shouldRemeasure) {
            return {
              indent: indent22,
              mode: doc2.break ? MODE_BREAK : MODE_FLAT,
              doc: doc2.contents
            };
          }
          shouldRemeasure = false;
          const remainingWidth = width - position;
          const hasLineSuffix = lineSuffix22.length > 0;
          const flatCommand = {
            indent: indent22,
            mode: MODE_FLAT,
            doc: doc2.contents
          };
          if (!doc2.break && fits(flatCommand, commands, remainingWidth, hasLineSuffix, groupModeMap)) {
            return flatCommand;
          }
          if (!doc2.expandedStates) {
            return {
              indent: indent22,
              mode: MODE_BREAK,
              doc: doc2.contents
            };
          }
          if (!doc2.break) {
            for (let index = 1; index < doc2.expandedStates.length - 1; index++) {
              const flatCommand2 = {
                indent: indent22,
                mode: MODE_FLAT,
                doc: doc2.expandedStates[index]
              };
              if (fits(flatCommand2, commands, remainingWidth, hasLineSuffix, groupModeMap)) {
                return flatCommand2;
              }
            }
          }
          return {
            indent: indent22,
            mode: MODE_BREAK,
            doc: method_at_default(
              /* OPTIONAL_OBJECT: false */
              0,
              doc2.expandedStates,
              -1
            )
          };
        })();
        commands.push(command);
        if (doc2.id) {
          groupModeMap[doc2.id] = command.mode;
        }
        break;
      }
      // Fills each line with as much code as possible before moving to a new
      // line with the same indentation.
      //
      // Expects doc.parts to be an array of alternating content and
      // whitespace. The whitespace contains the linebreaks.
      //
      // For example:
      //   ["I", line, "love", line, "monkeys"]
      // or
      //   [{ type: group, ... }, softline, { type: group, ... }]
      //
      // It uses this parts structure to handle three main layout cases:
      // * The first two content items fit on the same line without
      //   breaking
      //   -> output the first content item and the whitespace "flat".
      // * Only the first content item fits on the line without breaking
      //   -> output the first content item "flat" and the whitespace with
      //   "break".
      // * Neither content item fits on the line without breaking
      //   -> output the first content item and the whitespace with "break".
      case DOC_TYPE_FILL: {
        const remainingWidth = width - position;
        const offset = doc2[DOC_FILL_PRINTED_LENGTH] ?? 0;
        const {
          parts
        } = doc2;
        const length = parts.length - offset;
        if (length === 0) {
          break;
        }
        const content = parts[offset + 0];
        const whitespace = parts[offset + 1];
        const contentFlatCommand = {
          indent: indent22,
          mode: MODE_FLAT,
          doc: content
        };
        const contentBreakCommand = {
          indent: indent22,
          mode: MODE_BREAK,
          doc: content
        };
        const contentFits = fits(contentFlatCommand, [], remainingWidth, lineSuffix22.length > 0, groupModeMap, true);
        if (length === 1) {
          if (contentFits) {
            commands.push(contentFlatCommand);
          } else {
            commands.push(contentBreakCommand);
          }
          break;
        }
        const whitespaceFlatCommand = {
          indent: indent22,
          mode: MODE_FLAT,
          doc: whitespace
        };
        const whitespaceBreakCommand = {
          indent: indent22,
          mode: MODE_BREAK,
          doc: whitespace
        };
        if (length === 2) {
          if (contentFits) {
            commands.push(whitespaceFlatCommand, contentFlatCommand);
          } else {
            commands.push(whitespaceBreakCommand, contentBreakCommand);
          }
          break;
        }
        const secondContent = parts[offset + 2];
        const remainingCommand = {
          indent: indent22,
          mode,
          doc: {
            ...doc2,
            [DOC_FILL_PRINTED_LENGTH]: offset + 2
          }
        };
        const firstAndSecondContentFlatCommand = {
          indent: indent22,
          mode: MODE_FLAT,
          doc: [content, whitespace, secondContent]
        };
        const firstAndSecondContentFits = fits(firstAndSecondContentFlatCommand, [], remainingWidth, lineSuffix22.length > 0, groupModeMap, true);
        commands.push(remainingCommand);
        if (firstAndSecondContentFits) {
          commands.push(whitespaceFlatCommand, contentFlatCommand);
        } else if (contentFits) {
          commands.push(whitespaceBreakCommand, contentFlatCommand);
        } else {
          commands.push(whitespaceBreakCommand, contentBreakCommand);
        }
        break;
      }
      case DOC_TYPE_IF_BREAK:
      case DOC_TYPE_INDENT_IF_BREAK: {
        const groupMode = doc2.groupId ? groupModeMap[doc2.groupId] : mode;
        if (groupMode === MODE_BREAK) {
          const breakContents = doc2.type === DOC_TYPE_IF_BREAK ? doc2.breakContents : doc2.negate ? doc2.contents : indent(doc2.contents);
          if (breakContents) {
            commands.push({
              indent: indent22,
              mode,
              doc: breakContents
            });
          }
        }
        if (groupMode === MODE_FLAT) {
          const flatContents = doc2.type === DOC_TYPE_IF_BREAK ? doc2.flatContents : doc2.negate ? indent(doc2.contents) : doc2.contents;
          if (flatContents) {
            commands.push({
              indent: indent22,
              mode,
              doc: flatContents
            });
          }
        }
        break;
      }
      case DOC_TYPE_LINE_SUFFIX:
        lineSuffix22.push({
          indent: indent22,
          mode,
          doc: doc2.contents
        });
        break;
      case DOC_TYPE_LINE_SUFFIX_BOUNDARY:
        if (lineSuffix22.length > 0) {
          commands.push({
            indent: indent22,
            mode,
            doc: hardlineWithoutBreakParent
          });
        }
        break;
      case DOC_TYPE_LINE:
        switch (mode) {
          case MODE_FLAT:
            if (!doc2.hard) {
              if (!doc2.soft) {
                result.write(" ");
                position += 1;
              }
              break;
            }
            shouldRemeasure = true;
          // fallthrough
          case MODE_BREAK:
            if (lineSuffix22.length > 0) {
              commands.push({
                indent: indent22,
                mode,
                doc: doc2
              }, ...lineSuffix22.reverse());
              lineSuffix22.length = 0;
              break;
            }
            if (doc2.literal) {
              result.write(newLine);
              position = 0;
              if (indent22.root) {
                if (indent22.root.value) {
                  result.write(indent22.root.value);
                }
                position = indent22.root.length;
              }
            } else {
              result.trim();
              result.write(newLine + indent22.value);
              position = indent22.length;
            }
            break;
        }
        break;
      case DOC_TYPE_LABEL:
        commands.push({
          indent: indent22,
          mode,
          doc: doc2.contents
        });
        break;
      case DOC_TYPE_BREAK_PARENT:
        break;
      default:
        throw new invalid_doc_error_default(doc2);
    }
    if (commands.length === 0 && lineSuffix22.length > 0) {
      commands.push(...lineSuffix22.reverse());
      lineSuffix22.length = 0;
    }
  }
  const {
    text: formatted,
    positions: cursorPositions
  } = result.finish();
  if (cursorPositions.length !== 2) {
    return {
      formatted
    };
  }
  const [cursorNodeStart, cursorNodeEnd] = cursorPositions;
  return {
    formatted,
    cursorNodeStart,
    cursorNodeText: formatted.slice(cursorNodeStart, cursorNodeEnd)
  };
}
var __defProp, __export2, public_exports, OPTIONAL_OBJECT, createMethodShim, at, method_at_default, noop, noop_default, DOC_TYPE_STRING, DOC_TYPE_ARRAY, DOC_TYPE_CURSOR, DOC_TYPE_INDENT, DOC_TYPE_ALIGN, DOC_TYPE_TRIM, DOC_TYPE_GROUP, DOC_TYPE_FILL, DOC_TYPE_IF_BREAK, DOC_TYPE_INDENT_IF_BREAK, DOC_TYPE_LINE_SUFFIX, DOC_TYPE_LINE_SUFFIX_BOUNDARY, DOC_TYPE_LINE, DOC_TYPE_LABEL, DOC_TYPE_BREAK_PARENT, VALID_OBJECT_DOC_TYPES, get_doc_type_default, disjunctionListFormat, InvalidDocError, invalid_doc_error_default, traverseDocOnExitStackMarker, traverse_doc_default, assertDoc, assertDocArray, assertDocFillParts, assertAlignType, breakParent, cursor, line, softline, hardlineWithoutBreakParent, hardline, literallineWithoutBreakParent, literalline, lineSuffixBoundary, trim, stringReplaceAll, replaceAll, method_replace_all_default, OPTION_CR, OPTION_CRLF, CHARACTER_CR, CHARACTER_CRLF, CHARACTER_LF, DEFAULT_EOL, emoji_regex_default, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges, isInRange, commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isFullwidth, isWide, narrowEmojiRegexp, isNarrowEmojiCharacter, notAsciiRegex, zeroWidthMarkRegex, get_string_width_default, INDENT_COMMAND_TYPE_INDENT, INDENT_COMMAND_TYPE_DEDENT, INDENT_COMMAND_TYPE_WIDTH, INDENT_COMMAND_TYPE_STRING, INDENT_COMMAND_INDENT, INDENT_COMMAND_DEDENT, ROOT_INDENT, printResult, print_result_default, MODE_BREAK, MODE_FLAT, DOC_FILL_PRINTED_LENGTH, builders, printer, utils;
var init_doc = __esm({
  "node_modules/prettier/doc.mjs"() {
    __defProp = Object.defineProperty;
    __export2 = (target, all) => {
      for (var name in all)
        __defProp(target, name, { get: all[name], enumerable: true });
    };
    public_exports = {};
    __export2(public_exports, {
      builders: () => builders,
      printer: () => printer,
      utils: () => utils
    });
    OPTIONAL_OBJECT = 1;
    createMethodShim = (methodName, getImplementation) => (flags, object, ...arguments_) => {
      if (flags | OPTIONAL_OBJECT && (object === void 0 || object === null)) {
        return;
      }
      const implementation = getImplementation.call(object) ?? object[methodName];
      return implementation.apply(object, arguments_);
    };
    at = /* @__PURE__ */ createMethodShim("at", function() {
      if (Array.isArray(this) || typeof this === "string") {
        return stringOrArrayAt;
      }
    });
    method_at_default = at;
    noop = () => {
    };
    noop_default = noop;
    DOC_TYPE_STRING = /** @type {const} */
    "string";
    DOC_TYPE_ARRAY = /** @type {const} */
    "array";
    DOC_TYPE_CURSOR = /** @type {const} */
    "cursor";
    DOC_TYPE_INDENT = /** @type {const} */
    "indent";
    DOC_TYPE_ALIGN = /** @type {const} */
    "align";
    DOC_TYPE_TRIM = /** @type {const} */
    "trim";
    DOC_TYPE_GROUP = /** @type {const} */
    "group";
    DOC_TYPE_FILL = /** @type {const} */
    "fill";
    DOC_TYPE_IF_BREAK = /** @type {const} */
    "if-break";
    DOC_TYPE_INDENT_IF_BREAK = /** @type {const} */
    "indent-if-break";
    DOC_TYPE_LINE_SUFFIX = /** @type {const} */
    "line-suffix";
    DOC_TYPE_LINE_SUFFIX_BOUNDARY = /** @type {const} */
    "line-suffix-boundary";
    DOC_TYPE_LINE = /** @type {const} */
    "line";
    DOC_TYPE_LABEL = /** @type {const} */
    "label";
    DOC_TYPE_BREAK_PARENT = /** @type {const} */
    "break-parent";
    VALID_OBJECT_DOC_TYPES = /* @__PURE__ */ new Set([
      DOC_TYPE_CURSOR,
      DOC_TYPE_INDENT,
      DOC_TYPE_ALIGN,
      DOC_TYPE_TRIM,
      DOC_TYPE_GROUP,
      DOC_TYPE_FILL,
      DOC_TYPE_IF_BREAK,
      DOC_TYPE_INDENT_IF_BREAK,
      DOC_TYPE_LINE_SUFFIX,
      DOC_TYPE_LINE_SUFFIX_BOUNDARY,
      DOC_TYPE_LINE,
      DOC_TYPE_LABEL,
      DOC_TYPE_BREAK_PARENT
    ]);
    get_doc_type_default = getDocType;
    disjunctionListFormat = (list) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(list);
    InvalidDocError = class extends Error {
      name = "InvalidDocError";
      constructor(doc) {
        super(getDocErrorMessage(doc));
        this.doc = doc;
      }
    };
    invalid_doc_error_default = InvalidDocError;
    traverseDocOnExitStackMarker = {};
    traverse_doc_default = traverseDoc;
    assertDoc = true ? noop_default : (
      /**
      @param {Doc} doc
      */
      (function(doc) {
        traverse_doc_default(doc, (doc2) => {
          if (typeof doc2 === "string" || checked.has(doc2)) {
            return false;
          }
          checked.add(doc2);
        });
      })
    );
    assertDocArray = true ? noop_default : (
      /**
      @param {readonly Doc[]} docs
      @param {boolean} [optional = false]
      */
      (function(docs, optional = false) {
        if (optional && !docs) {
          return;
        }
        if (!Array.isArray(docs)) {
          throw new TypeError("Unexpected doc array.");
        }
        for (const doc of docs) {
          assertDoc(doc);
        }
      })
    );
    assertDocFillParts = true ? noop_default : (
      /**
      @param {readonly Doc[]} parts
      */
      (function(parts) {
        assertDocArray(parts);
        if (parts.length > 1 && isEmptyDoc(method_at_default(
          /* OPTIONAL_OBJECT: false */
          0,
          parts,
          -1
        ))) {
          parts = parts.slice(0, -1);
        }
        for (const [i, doc] of parts.entries()) {
          if (i % 2 === 1 && !isValidSeparator(doc)) {
            const type = get_doc_type_default(doc);
            throw new Error(`Unexpected non-line-break doc at ${i}. Doc type is ${type}.`);
          }
        }
      })
    );
    assertAlignType = true ? noop_default : function(alignType) {
      if (!(typeof alignType === "number" || typeof alignType === "string" || alignType?.type === "root")) {
        throw new TypeError(`Invalid alignType '${alignType}'.`);
      }
    };
    breakParent = { type: DOC_TYPE_BREAK_PARENT };
    cursor = { type: DOC_TYPE_CURSOR };
    line = { type: DOC_TYPE_LINE };
    softline = { type: DOC_TYPE_LINE, soft: true };
    hardlineWithoutBreakParent = { type: DOC_TYPE_LINE, hard: true };
    hardline = [hardlineWithoutBreakParent, breakParent];
    literallineWithoutBreakParent = {
      type: DOC_TYPE_LINE,
      hard: true,
      literal: true
    };
    literalline = [literallineWithoutBreakParent, breakParent];
    lineSuffixBoundary = { type: DOC_TYPE_LINE_SUFFIX_BOUNDARY };
    trim = { type: DOC_TYPE_TRIM };
    stringReplaceAll = String.prototype.replaceAll ?? function(pattern, replacement) {
      if (pattern.global) {
        return this.replace(pattern, replacement);
      }
      return this.split(pattern).join(replacement);
    };
    replaceAll = /* @__PURE__ */ createMethodShim("replaceAll", function() {
      if (typeof this === "string") {
        return stringReplaceAll;
      }
    });
    method_replace_all_default = replaceAll;
    OPTION_CR = "cr";
    OPTION_CRLF = "crlf";
    CHARACTER_CR = "\r";
    CHARACTER_CRLF = "\r\n";
    CHARACTER_LF = "\n";
    DEFAULT_EOL = CHARACTER_LF;
    emoji_regex_default = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
    narrowEmojiRegexp = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
    isNarrowEmojiCharacter = (character) => narrowEmojiRegexp.test(character);
    notAsciiRegex = /[^\x20-\x7F]/;
    zeroWidthMarkRegex = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
    get_string_width_default = getStringWidth;
    INDENT_COMMAND_TYPE_INDENT = 0;
    INDENT_COMMAND_TYPE_DEDENT = 1;
    INDENT_COMMAND_TYPE_WIDTH = 2;
    INDENT_COMMAND_TYPE_STRING = 3;
    INDENT_COMMAND_INDENT = { type: INDENT_COMMAND_TYPE_INDENT };
    INDENT_COMMAND_DEDENT = { type: INDENT_COMMAND_TYPE_DEDENT };
    ROOT_INDENT = {
      value: "",
      length: 0,
      queue: [],
      get root() {
        return ROOT_INDENT;
      }
    };
    printResult = class {
      /** @type {string[]} */
      #settledTexts = [];
      #unsettledText = "";
      #settledTextLength = 0;
      /** @type {number[]} */
      #settledPositions = [];
      /** @type {number[]} */
      #unsettledPositions = [];
      #settle() {
        const text = this.#unsettledText;
        if (text !== "") {
          this.#settledTexts.push(text);
          this.#settledTextLength += text.length;
          this.#unsettledText = "";
        }
        for (const position of this.#unsettledPositions) {
          this.#settledPositions.push(Math.min(position, this.#settledTextLength));
        }
        this.#unsettledPositions.length = 0;
      }
      markPosition() {
        if (this.#settledPositions.length + this.#unsettledPositions.length >= 2) {
          throw new Error("There are too many 'cursor' in doc.");
        }
        this.#unsettledPositions.push(
          this.#settledTextLength + this.#unsettledText.length
        );
      }
      /**
      @param {string} text
      */
      write(text) {
        this.#unsettledText += text;
      }
      trim() {
        const { text: trimmed, count } = trimIndentation(this.#unsettledText);
        this.#unsettledText = trimmed;
        this.#settle();
        return count;
      }
      finish() {
        this.#settle();
        return {
          text: this.#settledTexts.join(""),
          positions: this.#settledPositions
        };
      }
    };
    print_result_default = printResult;
    MODE_BREAK = /* @__PURE__ */ Symbol("MODE_BREAK");
    MODE_FLAT = /* @__PURE__ */ Symbol("MODE_FLAT");
    DOC_FILL_PRINTED_LENGTH = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
    builders = {
      join,
      line,
      softline,
      hardline,
      literalline,
      group,
      conditionalGroup,
      fill,
      lineSuffix,
      lineSuffixBoundary,
      cursor,
      breakParent,
      ifBreak,
      trim,
      indent,
      indentIfBreak,
      align,
      addAlignmentToDoc,
      markAsRoot,
      dedentToRoot,
      dedent,
      hardlineWithoutBreakParent,
      literallineWithoutBreakParent,
      label,
      // TODO: Remove this in v4
      concat: (parts) => parts
    };
    printer = { printDocToString };
    utils = {
      willBreak,
      traverseDoc: traverse_doc_default,
      findInDoc,
      mapDoc,
      removeLines,
      stripTrailingHardline,
      replaceEndOfLine,
      canBreak
    };
  }
});

// node_modules/prettier/index.mjs
import { createRequire as __prettierCreateRequire } from "module";
import { fileURLToPath as __prettierFileUrlToPath } from "url";
import { dirname as __prettierDirname } from "path";
import path12 from "path";
import * as path from "path";
import * as url from "url";
import path7 from "path";
import * as fs from "fs";
import * as path3 from "path";
import * as path6 from "path";
import * as fs2 from "fs/promises";
import * as path4 from "path";
import process2 from "process";
import * as path5 from "path";
import process3 from "process";
import path11 from "path";
import { pathToFileURL as pathToFileURL2 } from "url";
import * as util from "util";
import fs3 from "fs/promises";
import path10 from "path";
import { pathToFileURL as pathToFileURL4 } from "url";
import assert3 from "assert";
import { statSync, realpathSync } from "fs";
import process4 from "process";
import { fileURLToPath as fileURLToPath4, pathToFileURL as pathToFileURL3 } from "url";
import path9 from "path";
import { builtinModules } from "module";
import { fileURLToPath as fileURLToPath3 } from "url";
import fs4 from "fs";
import path8 from "path";
import { fileURLToPath as fileURLToPath2 } from "url";
import v8 from "v8";
import assert2 from "assert";
import { format, inspect } from "util";
import { createRequire } from "module";
import { equal, ok, strictEqual } from "assert";
import path13 from "path";
import fs5 from "fs";
import { fileURLToPath as fileURLToPath5 } from "url";
import path15 from "path";
import { pathToFileURL as pathToFileURL5 } from "url";
import path14 from "path";
import path16 from "path";
import url2 from "url";
function toLazyLoadPlugin({
  name,
  load,
  options: options7,
  languages,
  parsers: parserNames,
  printers: printerNames
}) {
  const plugin = { name };
  if (options7) {
    plugin.options = options7;
  }
  if (languages) {
    plugin.languages = languages;
  }
  for (const { property, names } of [
    { property: "parsers", names: parserNames },
    { property: "printers", names: printerNames }
  ]) {
    if (names) {
      plugin[property] = Object.fromEntries(
        names.map((name2) => [
          name2,
          true ? async () => {
            const loaded = await load();
            Object.assign(plugin, loaded);
            return loaded[property][name2];
          } : async () => {
            const loaded = await load();
            plugin[property] = loaded[property];
            return loaded[property][name2];
          }
        ])
      );
    }
  }
  return plugin;
}
function toLazyLoadPlugins(...plugins2) {
  return plugins2.map((plugin) => toLazyLoadPlugin(plugin));
}
function diffLines(oldStr, newStr, options7) {
  return lineDiff.diff(oldStr, newStr, options7);
}
function tokenize(value, options7) {
  if (options7.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line3 = linesAndNewlines[i];
    if (i % 2 && !options7.newlineIsToken) {
      retLines[retLines.length - 1] += line3;
    } else {
      retLines.push(line3);
    }
  }
  return retLines;
}
function diffArrays(oldArr, newArr, options7) {
  return arrayDiff.diff(oldArr, newArr, options7);
}
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options7) {
  let optionsObj;
  if (!options7) {
    optionsObj = {};
  } else if (typeof options7 === "function") {
    optionsObj = { callback: options7 };
  } else {
    optionsObj = options7;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line3 of lines) {
          curRange.push((current.added ? "+" : "-") + line3);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line3 of contextLines(lines)) {
              curRange.push(line3);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line3 of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line3);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line3 of hunk.lines) {
      ret.push(line3);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options7) {
  if (typeof options7 === "function") {
    options7 = { callback: options7 };
  }
  if (!(options7 === null || options7 === void 0 ? void 0 : options7.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options7);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options7 === null || options7 === void 0 ? void 0 : options7.headerOptions);
  } else {
    const { callback } = options7;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options7), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options7.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line3) => line3 + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
function leven(first, second, options7) {
  if (first === second) {
    return 0;
  }
  const maxDistance = options7?.maxDistance;
  const swap = first;
  if (first.length > second.length) {
    first = second;
    second = swap;
  }
  let firstLength = first.length;
  let secondLength = second.length;
  while (firstLength > 0 && first.charCodeAt(~-firstLength) === second.charCodeAt(~-secondLength)) {
    firstLength--;
    secondLength--;
  }
  let start = 0;
  while (start < firstLength && first.charCodeAt(start) === second.charCodeAt(start)) {
    start++;
  }
  firstLength -= start;
  secondLength -= start;
  if (maxDistance !== void 0 && secondLength - firstLength > maxDistance) {
    return maxDistance;
  }
  if (firstLength === 0) {
    return maxDistance !== void 0 && secondLength > maxDistance ? maxDistance : secondLength;
  }
  let bCharacterCode;
  let result;
  let temporary;
  let temporary2;
  let index = 0;
  let index2 = 0;
  while (index < firstLength) {
    characterCodeCache[index] = first.charCodeAt(start + index);
    array[index] = ++index;
  }
  while (index2 < secondLength) {
    bCharacterCode = second.charCodeAt(start + index2);
    temporary = index2++;
    result = index2;
    for (index = 0; index < firstLength; index++) {
      temporary2 = bCharacterCode === characterCodeCache[index] ? temporary : temporary + 1;
      temporary = array[index];
      result = array[index] = temporary > result ? temporary2 > result ? result + 1 : temporary2 : temporary2 > temporary ? temporary + 1 : temporary2;
    }
    if (maxDistance !== void 0) {
      let rowMinimum = result;
      for (index = 0; index < firstLength; index++) {
        if (array[index] < rowMinimum) {
          rowMinimum = array[index];
        }
      }
      if (rowMinimum > maxDistance) {
        return maxDistance;
      }
    }
  }
  array.length = firstLength;
  characterCodeCache.length = firstLength;
  return maxDistance !== void 0 && result > maxDistance ? maxDistance : result;
}
function closestMatch(target, candidates, options7) {
  if (!Array.isArray(candidates) || candidates.length === 0) {
    return void 0;
  }
  const userMax = options7?.maxDistance;
  const targetLength = target.length;
  for (const candidate of candidates) {
    if (candidate === target) {
      return candidate;
    }
  }
  if (userMax === 0) {
    return void 0;
  }
  let best;
  let bestDist = Number.POSITIVE_INFINITY;
  const seen = /* @__PURE__ */ new Set();
  for (const candidate of candidates) {
    if (seen.has(candidate)) {
      continue;
    }
    seen.add(candidate);
    const lengthDiff = Math.abs(candidate.length - targetLength);
    if (lengthDiff >= bestDist) {
      continue;
    }
    if (userMax !== void 0 && lengthDiff > userMax) {
      continue;
    }
    const cap = Number.isFinite(bestDist) ? userMax === void 0 ? bestDist : Math.min(bestDist, userMax) : userMax;
    const distance = cap === void 0 ? leven(target, candidate) : leven(target, candidate, { maxDistance: cap });
    if (userMax !== void 0 && distance > userMax) {
      continue;
    }
    let actualD = distance;
    if (cap !== void 0 && distance === cap && cap === userMax) {
      actualD = leven(target, candidate);
    }
    if (actualD < bestDist) {
      bestDist = actualD;
      best = candidate;
      if (bestDist === 0) {
        break;
      }
    }
  }
  if (userMax !== void 0 && bestDist > userMax) {
    return void 0;
  }
  return best;
}
function getDescription(key2, value, expected, descriptor) {
  return [
    `Invalid ${import_picocolors2.default.red(descriptor.key(key2))} value.`,
    `Expected ${import_picocolors2.default.blue(expected)},`,
    `but received ${value === VALUE_NOT_EXIST ? import_picocolors2.default.gray("nothing") : import_picocolors2.default.red(descriptor.value(value))}.`
  ].join(" ");
}
function getListDescription({ text, list }, printWidth) {
  const descriptions = [];
  if (text) {
    descriptions.push(`- ${import_picocolors2.default.blue(text)}`);
  }
  if (list) {
    descriptions.push([`- ${import_picocolors2.default.blue(list.title)}:`].concat(list.values.map((valueDescription) => getListDescription(valueDescription, printWidth - INDENTATION.length).replace(/^|\n/g, `$&${INDENTATION}`))).join("\n"));
  }
  return chooseDescription(descriptions, printWidth);
}
function chooseDescription(descriptions, printWidth) {
  if (descriptions.length === 1) {
    return descriptions[0];
  }
  const [firstDescription, secondDescription] = descriptions;
  const [firstWidth, secondWidth] = descriptions.map((description) => description.split("\n", 1)[0].length);
  return firstWidth > printWidth && firstWidth > secondWidth ? secondDescription : firstDescription;
}
function createSchema(SchemaConstructor, parameters) {
  const schema = new SchemaConstructor(parameters);
  const subSchema = Object.create(schema);
  for (const handlerKey of HANDLER_KEYS) {
    if (handlerKey in parameters) {
      subSchema[handlerKey] = normalizeHandler(parameters[handlerKey], schema, Schema.prototype[handlerKey].length);
    }
  }
  return subSchema;
}
function normalizeHandler(handler, superSchema, handlerArgumentsLength) {
  return typeof handler === "function" ? (...args) => handler(...args.slice(0, handlerArgumentsLength - 1), superSchema, ...args.slice(handlerArgumentsLength - 1)) : () => handler;
}
function wrapTransferResult({ from, to }) {
  return { from: [from], to };
}
function recordFromArray(array2, mainKey) {
  const record = /* @__PURE__ */ Object.create(null);
  for (const value of array2) {
    const key2 = value[mainKey];
    if (record[key2]) {
      throw new Error(`Duplicate ${mainKey} ${JSON.stringify(key2)}`);
    }
    record[key2] = value;
  }
  return record;
}
function mapFromArray(array2, mainKey) {
  const map = /* @__PURE__ */ new Map();
  for (const value of array2) {
    const key2 = value[mainKey];
    if (map.has(key2)) {
      throw new Error(`Duplicate ${mainKey} ${JSON.stringify(key2)}`);
    }
    map.set(key2, value);
  }
  return map;
}
function createAutoChecklist() {
  const map = /* @__PURE__ */ Object.create(null);
  return (id) => {
    const idString = JSON.stringify(id);
    if (map[idString]) {
      return true;
    }
    map[idString] = true;
    return false;
  };
}
function partition(array2, predicate) {
  const trueArray = [];
  const falseArray = [];
  for (const value of array2) {
    if (predicate(value)) {
      trueArray.push(value);
    } else {
      falseArray.push(value);
    }
  }
  return [trueArray, falseArray];
}
function isInt(value) {
  return value === Math.floor(value);
}
function comparePrimitive(a, b) {
  if (a === b) {
    return 0;
  }
  const typeofA = typeof a;
  const typeofB = typeof b;
  const orders = [
    "undefined",
    "object",
    // null
    "boolean",
    "number",
    "string"
  ];
  if (typeofA !== typeofB) {
    return orders.indexOf(typeofA) - orders.indexOf(typeofB);
  }
  if (typeofA !== "string") {
    return Number(a) - Number(b);
  }
  return a.localeCompare(b);
}
function normalizeInvalidHandler(invalidHandler) {
  return (...args) => {
    const errorMessageOrError = invalidHandler(...args);
    return typeof errorMessageOrError === "string" ? new Error(errorMessageOrError) : errorMessageOrError;
  };
}
function normalizeDefaultResult(result) {
  return result === void 0 ? {} : result;
}
function normalizeExpectedResult(result) {
  if (typeof result === "string") {
    return { text: result };
  }
  const { text, list } = result;
  assert((text || list) !== void 0, "Unexpected `expected` result, there should be at least one field.");
  if (!list) {
    return { text };
  }
  return {
    text,
    list: {
      title: list.title,
      values: list.values.map(normalizeExpectedResult)
    }
  };
}
function normalizeValidateResult(result, value) {
  return result === true ? true : result === false ? { value } : result;
}
function normalizeDeprecatedResult(result, value, doNotNormalizeTrue = false) {
  return result === false ? false : result === true ? doNotNormalizeTrue ? true : [{ value }] : "value" in result ? [result] : result.length === 0 ? false : result;
}
function normalizeTransferResult(result, value) {
  return typeof result === "string" || "key" in result ? { from: value, to: result } : "from" in result ? { from: result.from, to: result.to } : { from: value, to: result.to };
}
function normalizeForwardResult(result, value) {
  return result === void 0 ? [] : Array.isArray(result) ? result.map((transferResult) => normalizeTransferResult(transferResult, value)) : [normalizeTransferResult(result, value)];
}
function normalizeRedirectResult(result, value) {
  const redirect = normalizeForwardResult(typeof result === "object" && "redirect" in result ? result.redirect : result, value);
  return redirect.length === 0 ? { remain: value, redirect } : typeof result === "object" && "remain" in result ? { remain: result.remain, redirect } : { redirect };
}
function assert(isValid, message) {
  if (!isValid) {
    throw new Error(message);
  }
}
function createMockable(implementations) {
  const mocked = {
    ...implementations
  };
  const mockImplementation = (functionality, implementation) => {
    if (!function_object_has_own_default(implementations, functionality)) {
      throw new Error(`Unexpected mock '${functionality}'.`);
    }
    mocked[functionality] = implementation;
  };
  const mockImplementations = (overrideImplementations) => {
    for (const [functionality, implementation] of Object.entries(overrideImplementations)) {
      mockImplementation(functionality, implementation);
    }
  };
  const mockRestore = () => {
    Object.assign(mocked, implementations);
  };
  return {
    mocked,
    implementations,
    mockImplementation,
    mockImplementations,
    mockRestore
  };
}
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function parseCommaParts(str) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balanced("{", "}", str);
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function expand(str, options7 = {}) {
  if (!str) {
    return [];
  }
  const { max = EXPANSION_MAX, maxLength = EXPANSION_MAX_LENGTH, maxDepth = EXPANSION_MAX_DEPTH, maxRewrites = EXPANSION_MAX_REWRITES } = options7;
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties) {
  const out = [];
  let length = 0;
  for (let a = 0; a < acc.length; a++) {
    for (let v = 0; v < values.length; v++) {
      if (out.length >= max)
        return out;
      const expansion = acc[a] + pre + values[v];
      if (dropEmpties && !expansion)
        continue;
      if (length + expansion.length > maxLength)
        return out;
      out.push(expansion);
      length += expansion.length;
    }
  }
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    let c2;
    if (isAlphaSequence) {
      c2 = String.fromCharCode(i);
      if (c2 === "\\") {
        c2 = "";
      }
    } else {
      c2 = String(i);
      if (pad) {
        const need = width - c2.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c2 = "-" + z + c2.slice(1);
          } else {
            c2 = z + c2;
          }
        }
      }
    }
    if (length + c2.length > maxLength)
      break;
    N.push(c2);
    length += c2.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, isTop) {
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  for (; ; ) {
    const m = balanced("{", "}", str);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties);
    }
    const pre = m.pre;
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && m.post.match(/,(?!,).*\}/)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        isTop = true;
        continue;
      }
      return combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties);
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength);
    } else {
      let n = parseCommaParts(m.body);
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, false).map(embrace);
        if (n.length === 1) {
          acc = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length);
          if (!m.post.length)
            break;
          str = m.post;
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, false);
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    acc = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length);
    if (!m.post.length)
      break;
    str = m.post;
  }
  return acc;
}
function parseString(data) {
  const root2 = /* @__PURE__ */ Object.create(null);
  const result = [[null, root2]];
  let parsed = void 0;
  try {
    parsed = ini_simple_parser_default(data);
  } catch (_a) {
    return result;
  }
  for (const [key2, value] of Object.entries(parsed)) {
    if (value && typeof value === "object") {
      result.push([key2, value]);
    } else {
      root2[key2] = value;
    }
  }
  return result;
}
function parseBuffer(data) {
  return parseString(data.toString());
}
function getConfigFileNames(filepath, options7) {
  const paths = [];
  do {
    filepath = path3.dirname(filepath);
    paths.push(path3.join(filepath, options7.config));
  } while (filepath !== options7.root && filepath !== path3.dirname(filepath));
  return paths;
}
function processMatches(matches, version) {
  if ("indent_style" in matches && matches.indent_style === "tab" && !("indent_size" in matches) && (version === EDITORCONFIG_VERSION || true)) {
    matches.indent_size = "tab";
  }
  if ("indent_size" in matches && !("tab_width" in matches) && matches.indent_size !== "tab") {
    matches.tab_width = matches.indent_size;
  }
  if ("indent_size" in matches && "tab_width" in matches && matches.indent_size === "tab") {
    matches.indent_size = matches.tab_width;
  }
  return matches;
}
function buildFullGlob(pathPrefix, glob) {
  switch (glob.indexOf("/")) {
    case -1:
      glob = `**/${glob}`;
      break;
    case 0:
      glob = glob.substring(1);
      break;
    default:
      break;
  }
  glob = glob.replace(/\\\\/g, "\\\\\\\\");
  glob = glob.replace(/\*\*/g, "{*,**/**/**}");
  return new Minimatch(`${pathPrefix}/${glob}`, matchOptions);
}
function normalizeProps(options7) {
  const props = /* @__PURE__ */ Object.create(null);
  for (const key2 in options7) {
    if (Object.prototype.hasOwnProperty.call(options7, key2)) {
      const value = options7[key2];
      const key22 = key2.toLowerCase();
      let value2 = value;
      if (knownProps.has(key22)) {
        value2 = String(value).toLowerCase();
      }
      try {
        value2 = JSON.parse(String(value));
      } catch (_e) {
      }
      if (typeof value2 === "undefined" || value2 === null) {
        value2 = String(value);
      }
      props[key22] = value2;
    }
  }
  return props;
}
function hasParentDirComponent(glob) {
  return glob.split("/").some((part) => {
    let name = "";
    for (let i = 0; i < part.length; i++) {
      if (part[i] === "\\") {
        i++;
      } else {
        name += part[i];
      }
    }
    return name === "..";
  });
}
function buildSectionGlob(pathPrefix, name) {
  if (!name || hasParentDirComponent(name)) {
    return null;
  }
  return buildFullGlob(pathPrefix, name);
}
function processFileContents(filepath, contents, options7) {
  let res = void 0;
  if (!contents) {
    res = {
      root: false,
      notfound: true,
      name: filepath,
      config: [[null, /* @__PURE__ */ Object.create(null), null]]
    };
  } else {
    let pathPrefix = path3.dirname(filepath);
    if (path3.sep !== "/") {
      pathPrefix = pathPrefix.replace(escapedSep, "/");
    }
    pathPrefix = escape(pathPrefix, { windowsPathsNoEscape: true });
    pathPrefix = pathPrefix.replace(/^#/, "[#]");
    const globbed = parseBuffer(contents).map(([name, body]) => [
      name,
      normalizeProps(body),
      buildSectionGlob(pathPrefix, name)
    ]);
    res = {
      root: Boolean(globbed[0][1].root),
      // Global section: globbed[0]
      name: filepath,
      config: globbed
    };
  }
  if (options7.cache) {
    options7.cache.set(filepath, res);
  }
  return res;
}
async function readConfig(filepath, options7) {
  const contents = await new Promise((resolve4) => {
    fs.readFile(filepath, (_, buf) => {
      resolve4(buf);
    });
  });
  return processFileContents(filepath, contents, options7);
}
async function getConfig(filepath, options7) {
  if (!options7.cache) {
    return readConfig(filepath, options7);
  }
  const cached = options7.cache.get(filepath);
  if (cached) {
    return cached;
  }
  let pending = pendingConfigs.get(options7.cache);
  let config = void 0;
  if (pending) {
    config = pending.get(filepath);
  } else {
    pending = /* @__PURE__ */ new Map();
    pendingConfigs.set(options7.cache, pending);
  }
  if (!config) {
    config = readConfig(filepath, options7);
    pending.set(filepath, config);
    try {
      return await config;
    } finally {
      pending.delete(filepath);
    }
  }
  return config;
}
async function getAllConfigs(files, options7) {
  const configs = [];
  for (const file of files) {
    const config = await getConfig(file, options7);
    if (!config.notfound) {
      configs.push(config);
      if (config.root) {
        break;
      }
    }
  }
  return configs;
}
function opts(filepath, options7 = {}) {
  const resolvedFilePath = path3.resolve(filepath);
  return [
    resolvedFilePath,
    {
      config: options7.config || ".editorconfig",
      version: options7.version || EDITORCONFIG_VERSION,
      root: path3.resolve(options7.root || path3.parse(resolvedFilePath).root),
      files: options7.files,
      cache: options7.cache,
      unset: options7.unset
    }
  ];
}
function unset(props) {
  const keys = Object.keys(props);
  for (const k of keys) {
    if (props[k] === "unset") {
      delete props[k];
    }
  }
}
function combine2(filepath, configs, options7) {
  const ret = configs.reverse().reduce((props, processed) => {
    for (const [name, body, glob] of processed.config) {
      if (glob === null || glob === void 0 ? void 0 : glob.match(filepath)) {
        Object.assign(props, body);
        if (options7.files) {
          options7.files.push({
            fileName: processed.name,
            glob: name
          });
        }
      }
    }
    return props;
  }, /* @__PURE__ */ Object.create(null));
  if (options7.unset) {
    unset(ret);
  }
  return processMatches(ret, options7.version);
}
async function parse32(filepath, options7 = {}) {
  const [resolvedFilePath, processedOptions] = opts(filepath, options7);
  const filepaths = getConfigFileNames(resolvedFilePath, processedOptions);
  const configs = await getAllConfigs(filepaths, processedOptions);
  return combine2(resolvedFilePath, configs, processedOptions);
}
async function safeStat(path17, allowSymlinks) {
  try {
    return await (allowSymlinks ? fs2.stat : fs2.lstat)(path17);
  } catch {
  }
}
function isTypeSatisfied(stats, type) {
  return !type || type === "file" && stats.isFile() || type === "directory" && stats.isDirectory();
}
async function findInternal(targetOrTargets, filterOrOptions, optionsWithoutFilter, type) {
  const targets = Array.isArray(targetOrTargets) ? targetOrTargets : [targetOrTargets];
  const options7 = typeof filterOrOptions === "function" ? { ...optionsWithoutFilter, filter: filterOrOptions } : { ...filterOrOptions };
  const shouldIgnoreTargetType = Boolean(type);
  if (shouldIgnoreTargetType) {
    options7.type = type;
  }
  const { cwd, allowSymlinks = true } = options7;
  const directory = toAbsolutePath(cwd) ?? process2.cwd();
  for (let target of targets) {
    if (typeof target === "string") {
      target = { name: target };
    }
    const fileOrDirectory = path4.join(directory, target.name);
    const stats = await safeStat(fileOrDirectory, allowSymlinks);
    if (!stats) {
      continue;
    }
    const type2 = shouldIgnoreTargetType ? options7.type : options7.type ?? target.type;
    if (!isTypeSatisfied(stats, type2)) {
      continue;
    }
    if (options7.filter || target.filter) {
      const file = { name: target.name, path: fileOrDirectory, stats };
      if (
        // `options.filter` not matched
        options7.filter && !await options7.filter(file) || // `target.filter` not matched
        target.filter && !await target.filter(file)
      ) {
        continue;
      }
    }
    return fileOrDirectory;
  }
}
function findFileInDirectory(targetOrTargets, filterOrOptions, optionsWithoutFilter) {
  return findInternal(
    targetOrTargets,
    filterOrOptions,
    optionsWithoutFilter,
    "file"
  );
}
function findInDirectory(targetOrTargets, filterOrOptions, optionsWithoutFilter) {
  return findInternal(targetOrTargets, filterOrOptions, optionsWithoutFilter);
}
function* iterateDirectoryUp(from, to) {
  let directory = toAbsolutePath(from) ?? process3.cwd();
  let stopDirectory = toAbsolutePath(to);
  if (stopDirectory) {
    const relation = path5.relative(stopDirectory, directory);
    if (relation[0] === "." || relation === directory) {
      return;
    }
  }
  stopDirectory = stopDirectory ? directory.slice(0, stopDirectory.length) : path5.parse(directory).root;
  while (directory !== stopDirectory) {
    yield directory;
    directory = path5.dirname(directory);
  }
  yield stopDirectory;
}
async function findProjectRoot(startDirectory, options7) {
  searcher ?? (searcher = new Searcher(MARKERS, { allowSymlinks: false }));
  const marker = await searcher.search(startDirectory, {
    cache: options7.shouldCache
  });
  return marker ? path6.dirname(marker) : void 0;
}
function clearFindProjectRootCache() {
  searcher?.clearCache();
}
function editorConfigToPrettier(editorConfig) {
  if (!editorConfig) {
    return;
  }
  const result = {};
  const {
    indent_style,
    indent_size,
    tab_width,
    max_line_length,
    quote_type,
    end_of_line
  } = editorConfig;
  if (indent_style === "space") {
    result.useTabs = false;
  } else if (indent_style === "tab" || indent_size === "tab") {
    result.useTabs = true;
  }
  if (result.useTabs === false && isPositiveInteger(indent_size)) {
    result.tabWidth = indent_size;
  } else if (isPositiveInteger(tab_width)) {
    result.tabWidth = tab_width;
  }
  if (max_line_length === "off") {
    result.printWidth = Number.POSITIVE_INFINITY;
  } else if (isPositiveInteger(max_line_length)) {
    result.printWidth = max_line_length;
  }
  if (quote_type === "single") {
    result.singleQuote = true;
  } else if (quote_type === "double") {
    result.singleQuote = false;
  }
  if (end_of_line === "lf" || end_of_line === "crlf" || end_of_line === "cr") {
    result.endOfLine = end_of_line;
  }
  if (Object.keys(result).length === 0) {
    return;
  }
  return result;
}
function clearEditorconfigCache() {
  clearFindProjectRootCache();
  editorconfigCache.clear();
  editorconfigFileCache.clear();
}
async function loadEditorconfigInternal(file, { shouldCache }) {
  const directory = path7.dirname(file);
  const root2 = await findProjectRoot(directory, { shouldCache });
  const cache5 = shouldCache ? editorconfigFileCache : {
    get: () => void 0,
    set(name, config2) {
      editorconfigFileCache.set(name, config2);
      return this;
    }
  };
  const editorConfig = await parse32(file, { cache: cache5, root: root2 });
  const config = editorconfig_to_prettier_default(editorConfig);
  return config;
}
function loadEditorconfig(file, { shouldCache }) {
  file = path7.resolve(file);
  if (!shouldCache || !editorconfigCache.has(file)) {
    editorconfigCache.set(
      file,
      loadEditorconfigInternal(file, { shouldCache })
    );
  }
  return editorconfigCache.get(file);
}
function getOrInsertComputed2(map, key2, callback) {
  if (!map.has(key2)) {
    const value = callback(key2);
    map.set(key2, value);
  }
  return map.get(key2);
}
function parse5(text, reviver, options7) {
  if (reviver !== null && typeof reviver === "object" && !Array.isArray(reviver)) {
    options7 = reviver;
    reviver = void 0;
  }
  parseOptions = options7 || {};
  source = String(text);
  parseState = "start";
  stack = [];
  pos = 0;
  line2 = 1;
  column = 0;
  token = void 0;
  key = void 0;
  root = void 0;
  do {
    token = lex();
    parseStates[parseState]();
  } while (token.type !== "eof");
  if (typeof reviver === "function") {
    return internalize({ "": root }, "", reviver);
  }
  return root;
}
function internalize(holder, name, reviver) {
  const value = holder[name];
  if (value != null && typeof value === "object") {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const key2 = String(i);
        const replacement = internalize(value, key2, reviver);
        if (replacement === void 0) {
          delete value[key2];
        } else {
          Object.defineProperty(value, key2, {
            value: replacement,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
    } else {
      for (const key2 in value) {
        const replacement = internalize(value, key2, reviver);
        if (replacement === void 0) {
          delete value[key2];
        } else {
          Object.defineProperty(value, key2, {
            value: replacement,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
    }
  }
  return reviver.call(holder, name, value);
}
function lex() {
  lexState = "default";
  buffer = "";
  doubleQuote = false;
  sign = 1;
  for (; ; ) {
    c = peek();
    const token2 = lexStates[lexState]();
    if (token2) {
      return token2;
    }
  }
}
function peek() {
  if (source[pos]) {
    return String.fromCodePoint(source.codePointAt(pos));
  }
}
function read() {
  const c2 = peek();
  if (c2 === "\n") {
    line2++;
    column = 0;
  } else if (c2) {
    column += c2.length;
  } else {
    column++;
  }
  if (c2) {
    pos += c2.length;
  }
  return c2;
}
function newToken(type, value) {
  return {
    type,
    value,
    line: line2,
    column
  };
}
function literal2(s) {
  for (const c2 of s) {
    const p = peek();
    if (p !== c2) {
      throw invalidChar(read());
    }
    read();
  }
}
function escape2() {
  const c2 = peek();
  switch (c2) {
    case "b":
      read();
      return "\b";
    case "f":
      read();
      return "\f";
    case "n":
      read();
      return "\n";
    case "r":
      read();
      return "\r";
    case "t":
      read();
      return "	";
    case "v":
      read();
      return "\v";
    case "0":
      read();
      if (util_default.isDigit(peek())) {
        throw invalidChar(read());
      }
      return "\0";
    case "x":
      read();
      return hexEscape();
    case "u":
      read();
      return unicodeEscape();
    case "\n":
    case "\u2028":
    case "\u2029":
      read();
      return "";
    case "\r":
      read();
      if (peek() === "\n") {
        read();
      }
      return "";
    case "1":
    case "2":
    case "3":
    case "4":
    case "5":
    case "6":
    case "7":
    case "8":
    case "9":
      throw invalidChar(read());
    case void 0:
      throw invalidChar(read());
  }
  return read();
}
function hexEscape() {
  let buffer2 = "";
  let c2 = peek();
  if (!util_default.isHexDigit(c2)) {
    throw invalidChar(read());
  }
  buffer2 += read();
  c2 = peek();
  if (!util_default.isHexDigit(c2)) {
    throw invalidChar(read());
  }
  buffer2 += read();
  return String.fromCodePoint(parseInt(buffer2, 16));
}
function unicodeEscape() {
  let buffer2 = "";
  let count = 4;
  while (count-- > 0) {
    const c2 = peek();
    if (!util_default.isHexDigit(c2)) {
      throw invalidChar(read());
    }
    buffer2 += read();
  }
  return String.fromCodePoint(parseInt(buffer2, 16));
}
function push() {
  let value;
  switch (token.type) {
    case "punctuator":
      switch (token.value) {
        case "{":
          value = {};
          break;
        case "[":
          value = [];
          break;
      }
      break;
    case "null":
    case "boolean":
    case "numeric":
    case "string":
      value = token.value;
      break;
  }
  if (root === void 0) {
    root = value;
  } else {
    const parent = stack[stack.length - 1];
    if (Array.isArray(parent)) {
      parent.push(value);
    } else {
      Object.defineProperty(parent, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  if (value !== null && typeof value === "object") {
    stack.push(value);
    if (Array.isArray(value)) {
      parseState = "beforeArrayValue";
    } else {
      parseState = "beforePropertyName";
    }
  } else {
    const current = stack[stack.length - 1];
    if (current == null) {
      parseState = "end";
    } else if (Array.isArray(current)) {
      parseState = "afterArrayValue";
    } else {
      parseState = "afterPropertyValue";
    }
  }
}
function pop() {
  stack.pop();
  const current = stack[stack.length - 1];
  if (current == null) {
    parseState = "end";
  } else if (Array.isArray(current)) {
    parseState = "afterArrayValue";
  } else {
    parseState = "afterPropertyValue";
  }
}
function invalidChar(c2) {
  if (c2 === void 0) {
    return syntaxError(`JSON5: invalid end of input at ${line2}:${column}`);
  }
  return syntaxError(`JSON5: invalid character '${formatChar(c2)}' at ${line2}:${column}`);
}
function invalidEOF() {
  return syntaxError(`JSON5: invalid end of input at ${line2}:${column}`);
}
function invalidIdentifier() {
  column -= 5;
  return syntaxError(`JSON5: invalid identifier character at ${line2}:${column}`);
}
function separatorChar(c2) {
  console.warn(`JSON5: '${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping`);
}
function formatChar(c2) {
  const replacements = {
    "'": "\\'",
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "	": "\\t",
    "\v": "\\v",
    "\0": "\\0",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029"
  };
  if (replacements[c2]) {
    return replacements[c2];
  }
  if (c2 < " ") {
    const hexString = c2.charCodeAt(0).toString(16);
    return "\\x" + ("00" + hexString).substring(hexString.length);
  }
  return c2;
}
function numericLiteral(sign2, buffer2) {
  const num = sign2 * Number(buffer2);
  if (parseOptions.bigint && Number.isInteger(num) && !Number.isSafeInteger(num)) {
    return BigInt(sign2 < 0 ? "-" + buffer2 : buffer2);
  }
  return num;
}
function syntaxError(message) {
  const err = new SyntaxError(message);
  err.lineNumber = line2;
  err.columnNumber = column;
  return err;
}
function getMarkerLines(loc, source2, opts2, startLineBaseZero) {
  const startLoc = {
    column: null,
    line: -1,
    ...loc.start
  };
  const endLoc = {
    ...startLoc,
    ...loc.end
  };
  const {
    linesAbove = 2,
    linesBelow = 3
  } = opts2 || {};
  const startLine = startLoc.line - startLineBaseZero;
  const startColumn = startLoc.column;
  const endLine = endLoc.line - startLineBaseZero;
  const endColumn = endLoc.column;
  let start = Math.max(startLine - (linesAbove + 1), 0);
  let end = Math.min(source2.length, endLine + linesBelow);
  if (startLine === -1) {
    start = 0;
  }
  if (endLine === -1) {
    end = source2.length;
  }
  const lineDiff2 = endLine - startLine;
  const markerLines = {};
  if (lineDiff2) {
    for (let i = 0; i <= lineDiff2; i++) {
      const lineNumber = i + startLine;
      if (startColumn == null) {
        markerLines[lineNumber] = true;
      } else if (i === 0) {
        const sourceLength = source2[lineNumber - 1].length;
        markerLines[lineNumber] = [startColumn, sourceLength - startColumn];
      } else if (i === lineDiff2) {
        markerLines[lineNumber] = [0, endColumn];
      } else {
        const sourceLength = source2[lineNumber - 1].length;
        markerLines[lineNumber] = [0, sourceLength];
      }
    }
  } else {
    if (startColumn === endColumn) {
      if (startColumn != null) {
        markerLines[startLine] = [startColumn, 0];
      } else {
        markerLines[startLine] = true;
      }
    } else {
      const safeStart = startColumn ?? 0;
      const safeEnd = endColumn ?? safeStart;
      markerLines[startLine] = [safeStart, safeEnd - safeStart];
    }
  }
  return {
    start,
    end,
    markerLines
  };
}
function _codeFrameColumns(rawLines, loc, opts2 = {}, colorOpts) {
  const {
    defs: defs2,
    highlight: highlight2
  } = colorOpts || {
    defs: {
      gutter: String,
      marker: String,
      message: String,
      reset: String
    },
    highlight: String
  };
  const startLineBaseZero = (opts2.startLine || 1) - 1;
  const lines = rawLines.split(NEWLINE);
  const {
    start,
    end,
    markerLines
  } = getMarkerLines(loc, lines, opts2, startLineBaseZero);
  const hasColumns = loc.start && typeof loc.start.column === "number";
  const numberMaxWidth = String(end + startLineBaseZero).length;
  const highlightedLines = highlight2(rawLines);
  let frame = highlightedLines.split(NEWLINE, end).slice(start, end).map((line3, index) => {
    const number = start + 1 + index;
    const paddedNumber = ` ${number + startLineBaseZero}`.slice(-numberMaxWidth);
    const gutter = ` ${paddedNumber} |`;
    const hasMarker = markerLines[number];
    const lastMarkerLine = !markerLines[number + 1];
    if (hasMarker) {
      let markerLine = "";
      if (Array.isArray(hasMarker)) {
        const markerSpacing = line3.slice(0, hasMarker[0]).replace(/[^\t]/g, " ");
        const numberOfMarkers = hasMarker[1] || 1;
        markerLine = ["\n ", defs2.gutter(gutter.replace(/\d/g, " ")), " ", markerSpacing, defs2.marker("^").repeat(numberOfMarkers)].join("");
        if (lastMarkerLine && opts2.message) {
          markerLine += " " + defs2.message(opts2.message);
        }
      }
      return [defs2.marker(">"), defs2.gutter(gutter), line3.length > 0 ? ` ${line3}` : "", markerLine].join("");
    } else {
      return ` ${defs2.gutter(gutter)}${line3.length > 0 ? ` ${line3}` : ""}`;
    }
  }).join("\n");
  if (opts2.message && !hasColumns) {
    frame = `${" ".repeat(numberMaxWidth + 1)}${opts2.message}
${frame}`;
  }
  return defs2.reset(frame);
}
function isReservedWord(word, inModule) {
  return inModule && word === "await" || word === "enum";
}
function isStrictReservedWord(word, inModule) {
  return isReservedWord(word, inModule) || reservedWordsStrictSet.has(word);
}
function isKeyword(word) {
  return keywords.has(word);
}
function isColorSupported() {
  return styleText2("red", "-") !== "-";
}
function createFormatter(format3) {
  return (input) => styleText2(format3, String(input ?? ""), {
    validateStream: false
  });
}
function* tokenize3(text) {
  for (const token2 of js_tokens_default(text, {
    jsx: true
  })) {
    switch (token2.type) {
      case "TemplateHead":
        yield {
          type: "string",
          value: token2.value.slice(0, -2)
        };
        yield {
          type: "punctuator",
          value: "${"
        };
        break;
      case "TemplateMiddle":
        yield {
          type: "punctuator",
          value: "}"
        };
        yield {
          type: "string",
          value: token2.value.slice(1, -2)
        };
        yield {
          type: "punctuator",
          value: "${"
        };
        break;
      case "TemplateTail":
        yield {
          type: "punctuator",
          value: "}"
        };
        yield {
          type: "string",
          value: token2.value.slice(1)
        };
        break;
      default:
        yield {
          type: getTokenType(token2),
          value: token2.value
        };
    }
  }
}
function highlight(text) {
  if (text === "") return "";
  let highlighted = "";
  for (const {
    type,
    value
  } of tokenize3(text)) {
    if (type in defs) {
      highlighted += value.split(NEWLINE2).map((str) => defs[type](str)).join("\n");
    } else {
      highlighted += value;
    }
  }
  return highlighted;
}
function codeFrameColumns(rawLines, loc, opts2 = {}) {
  const shouldHighlight = opts2.forceColor || isColorSupported() && opts2.highlightCode;
  return _codeFrameColumns(rawLines, loc, opts2, shouldHighlight ? {
    defs,
    highlight
  } : void 0);
}
function getPosition(text, textIndex, options7) {
  const lineBreakBefore = textIndex === 0 ? -1 : text.lastIndexOf("\n", textIndex - 1);
  const [lineOffset, columnOffset] = getOffsets(options7);
  return {
    line: lineBreakBefore === -1 ? lineOffset : text.slice(0, lineBreakBefore + 1).match(/\n/g).length + lineOffset,
    column: textIndex - lineBreakBefore - 1 + columnOffset
  };
}
function indexToPosition(text, textIndex, options7) {
  if (typeof text !== "string") {
    throw new TypeError("Text parameter should be a string");
  }
  if (!Number.isInteger(textIndex)) {
    throw new TypeError("Index parameter should be an integer");
  }
  if (textIndex < 0 || textIndex > text.length) {
    throw new RangeError("Index out of bounds");
  }
  return getPosition(text, textIndex, options7);
}
function parseJson(string, reviver, fileName) {
  if (typeof reviver === "string") {
    fileName = reviver;
    reviver = void 0;
  }
  try {
    return JSON.parse(string, reviver);
  } catch (error) {
    throw new JSONError({
      jsonParseError: error,
      fileName,
      input: string
    });
  }
}
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line3, column2) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line3 + 1) | 0) + 1;
  for (let i = line3 - 1; i <= line3 + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line3) {
      codeblock += " ".repeat(numberLen + column2 + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
function parseString2(ctx) {
  let startPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p++);
  let first = c2;
  let isLiteral2 = c2 === 39;
  let isMultiline = c2 === ctx.s.charCodeAt(ctx.p) && c2 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c2 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c2 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c2 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral2 && c2 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c2 === 120 || c2 === 117 || c2 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c2 === 120 ? 2 : c2 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit2 = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit2 < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit2;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c2 === 32 || c2 === 9)) {
        state = 2;
      } else {
        if (c2 === 98)
          parsed += "\b";
        else if (c2 === 116)
          parsed += "	";
        else if (c2 === 110)
          parsed += "\n";
        else if (c2 === 102)
          parsed += "\f";
        else if (c2 === 114)
          parsed += "\r";
        else if (c2 === 101)
          parsed += "\x1B";
        else if (c2 === 34)
          parsed += '"';
        else if (c2 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c2 !== 32 && c2 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral2 && c2 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p);
  if (c2 === 91 || c2 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c2 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c2 === 34 || c2 === 39) {
    return parseString2(ctx);
  }
  if (c2 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c2 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c2 === 43 || c2 === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c2, end);
  }
  return parseNumber(ctx, ctx.p, c2, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign2, endChr) {
  let c2 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c2 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign2 || 1) / 0;
  }
  if (c2 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c2 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c2 = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
    if (!sign2) {
      if (c2 === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c2 === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c2 === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c2 === 46) state = 2;
    else if (c2 === 101 || c2 === 69) state = 4;
    else TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c2)) TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (!state) state = 1;
    if (c2 === 95) {
      if (!(state & 1)) TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c2 === 46) state = 2;
    else if ((state === 1 || state === 3) && (c2 === 101 || c2 === 69)) state = 4;
    else if (state === 4 && (c2 === 43 || c2 === 45)) {
      state = 6;
    } else if (!isDigit(c2)) TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9) state -= 11;
    else if (!(state & 1)) state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign2 || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores) str = method_replace_all_default2(
    /* OPTIONAL_OBJECT: false */
    0,
    str,
    "_",
    ""
  );
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c2, underscore = 1;
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (c2 === 95) {
      if (underscore & 1) TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c2, base)) TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1) underscore--;
  }
  if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore) str = method_replace_all_default2(
    /* OPTIONAL_OBJECT: false */
    0,
    str,
    "_",
    ""
  );
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true) int: {
    let val = parseInt(str, base);
    if (!Number.isSafeInteger(val)) {
      if (ctx.bi) break int;
      TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
    }
    return val;
  }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c2, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c2, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c2 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c2 !== 84 && c2 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p))) ;
  if (c2 = ctx.s.charCodeAt(ctx.p)) {
    if (c2 === 90 || c2 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c2 === 43 || c2 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c2, endChr) {
  let start = ctx.p;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c2, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p))) ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix) str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c2 = ctx.s.charCodeAt(ctx.p);
    if (c2 === 10)
      break;
    if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c2;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c2 = ctx.s.charCodeAt(ctx.p)) === 32 || c2 === 9 || !banNewLines && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c2 !== 35)
      break;
    skipComment(ctx);
  }
}
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c2 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c2 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c2 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c2 === 34 || c2 === 39)) {
      if (c2 === ctx.s.charCodeAt(ctx.p + 1) && c2 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString2(ctx));
      state = 2;
      ctx.p--;
    } else if (c2 === 32 || c2 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c2 < 48 && c2 !== 45 || c2 > 57 && c2 < 65 || c2 > 90 && c2 < 97 && c2 !== 95 || c2 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c2 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn2 = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      if (i)
        t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i];
      if ((hasOwn2 = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn2 && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn2) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
function peekTable(ctx, key2, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn2 = false;
  let state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key2[i];
    if ((hasOwn2 = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn2) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn2) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek2, ptr) {
  if (peek2 === null || ctx.uk === 2)
    TomlError.x(peek2 === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse6(toml, options7 = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options7.maxDepth ?? 1e3,
    bi: options7.integersAsBigInt ?? false,
    ld: options7.useLegacyDate ?? true,
    uk: options7.unsafeKeyBehaviour === "throw" ? 2 : options7.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
async function readFile2(file) {
  if (isUrlString(file)) {
    file = new URL(file);
  }
  try {
    return await fs3.readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") {
      return;
    }
    throw new Error(`Unable to read '${file}': ${error.message}`, {
      cause: error
    });
  }
}
async function readJson(file) {
  let content = await read_file_default(file);
  content = stripBom(content);
  try {
    return parseJson(content);
  } catch (error) {
    error.message = `JSON Error in "${file}":
${error.message}`;
    throw error;
  }
}
async function importModuleDefault(file) {
  const module = await import(pathToFileURL2(file).href);
  return module.default;
}
async function readBunPackageJson(file) {
  try {
    return await readJson(file);
  } catch (error) {
    try {
      return await importModuleDefault(file);
    } catch {
    }
    throw error;
  }
}
async function loadConfigFromPackageYaml(file) {
  const { prettier } = await loadYaml(file);
  return prettier;
}
async function loadYaml(file) {
  const content = await read_file_default(file);
  if (!parseYaml) {
    ({ __parsePrettierYamlConfig: parseYaml } = await import("./yaml-UKAWE46C.js"));
  }
  try {
    return parseYaml(content);
  } catch (error) {
    error.message = `YAML Error in "${file}":
${error.message}`;
    throw error;
  }
}
async function loadToml(file) {
  let content = await read_file_default(file);
  content = stripBom(content);
  try {
    return parse6(content);
  } catch (error) {
    error.message = `TOML Error in "${file}":
${error.message}`;
    throw error;
  }
}
async function loadJson5(file) {
  const content = await read_file_default(file);
  try {
    return parse5(content);
  } catch (error) {
    error.message = `JSON5 Error in "${file}":
${error.message}`;
    throw error;
  }
}
function getSearcher(stopDirectory) {
  return new FileSearcher(CONFIG_FILES, { stopDirectory });
}
function formatList(array2, type = "and") {
  return array2.length < 3 ? array2.join(` ${type} `) : `${array2.slice(0, -1).join(", ")}, ${type} ${array2[array2.length - 1]}`;
}
function createError(sym, value, constructor) {
  messages.set(sym, value);
  return makeNodeErrorWithCode(constructor, sym);
}
function makeNodeErrorWithCode(Base, key2) {
  return NodeError;
  function NodeError(...parameters) {
    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    const error = new Base();
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;
    const message = getMessage(key2, parameters, error);
    Object.defineProperties(error, {
      // Note: no need to implement `kIsNodeError` symbol, would be hard,
      // probably.
      message: {
        value: message,
        enumerable: false,
        writable: true,
        configurable: true
      },
      toString: {
        /** @this {Error} */
        value() {
          return `${this.name} [${key2}]: ${this.message}`;
        },
        enumerable: false,
        writable: true,
        configurable: true
      }
    });
    captureLargerStackTrace(error);
    error.code = key2;
    return error;
  }
}
function isErrorStackTraceLimitWritable() {
  try {
    if (v8.startupSnapshot.isBuildingSnapshot()) {
      return false;
    }
  } catch {
  }
  const desc = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  if (desc === void 0) {
    return Object.isExtensible(Error);
  }
  return own.call(desc, "writable") && desc.writable !== void 0 ? desc.writable : desc.set !== void 0;
}
function hideStackFrames(wrappedFunction) {
  const hidden = nodeInternalPrefix + wrappedFunction.name;
  Object.defineProperty(wrappedFunction, "name", { value: hidden });
  return wrappedFunction;
}
function getMessage(key2, parameters, self) {
  const message = messages.get(key2);
  assert2.ok(message !== void 0, "expected `message` to be found");
  if (typeof message === "function") {
    assert2.ok(
      message.length <= parameters.length,
      // Default options do not count.
      `Code: ${key2}; The provided arguments length (${parameters.length}) does not match the required ones (${message.length}).`
    );
    return Reflect.apply(message, self, parameters);
  }
  const regex = /%[dfijoOs]/g;
  let expectedLength = 0;
  while (regex.exec(message) !== null) expectedLength++;
  assert2.ok(
    expectedLength === parameters.length,
    `Code: ${key2}; The provided arguments length (${parameters.length}) does not match the required ones (${expectedLength}).`
  );
  if (parameters.length === 0) return message;
  parameters.unshift(message);
  return Reflect.apply(format, null, parameters);
}
function determineSpecificType(value) {
  if (value === null || value === void 0) {
    return String(value);
  }
  if (typeof value === "function" && value.name) {
    return `function ${value.name}`;
  }
  if (typeof value === "object") {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) {
    inspected = `${inspected.slice(0, 25)}...`;
  }
  return `type ${typeof value} (${inspected})`;
}
function read2(jsonPath, { base, specifier }) {
  const existing = cache2.get(jsonPath);
  if (existing) {
    return existing;
  }
  let string;
  try {
    string = fs4.readFileSync(path8.toNamespacedPath(jsonPath), "utf8");
  } catch (error) {
    const exception = (
      /** @type {ErrnoException} */
      error
    );
    if (exception.code !== "ENOENT") {
      throw exception;
    }
  }
  const result = {
    exists: false,
    pjsonPath: jsonPath,
    main: void 0,
    name: void 0,
    type: "none",
    // Ignore unknown types for forwards compatibility
    exports: void 0,
    imports: void 0
  };
  if (string !== void 0) {
    let parsed;
    try {
      parsed = JSON.parse(string);
    } catch (error_) {
      const cause = (
        /** @type {ErrnoException} */
        error_
      );
      const error = new ERR_INVALID_PACKAGE_CONFIG(
        jsonPath,
        (base ? `"${specifier}" from ` : "") + fileURLToPath2(base || specifier),
        cause.message
      );
      error.cause = cause;
      throw error;
    }
    result.exists = true;
    if (hasOwnProperty.call(parsed, "name") && typeof parsed.name === "string") {
      result.name = parsed.name;
    }
    if (hasOwnProperty.call(parsed, "main") && typeof parsed.main === "string") {
      result.main = parsed.main;
    }
    if (hasOwnProperty.call(parsed, "exports")) {
      result.exports = parsed.exports;
    }
    if (hasOwnProperty.call(parsed, "imports")) {
      result.imports = parsed.imports;
    }
    if (hasOwnProperty.call(parsed, "type") && (parsed.type === "commonjs" || parsed.type === "module")) {
      result.type = parsed.type;
    }
  }
  cache2.set(jsonPath, result);
  return result;
}
function getPackageScopeConfig(resolved) {
  let packageJSONUrl = new URL("package.json", resolved);
  while (true) {
    const packageJSONPath2 = packageJSONUrl.pathname;
    if (packageJSONPath2.endsWith("node_modules/package.json")) {
      break;
    }
    const packageConfig = read2(fileURLToPath2(packageJSONUrl), {
      specifier: resolved
    });
    if (packageConfig.exists) {
      return packageConfig;
    }
    const lastPackageJSONUrl = packageJSONUrl;
    packageJSONUrl = new URL("../package.json", packageJSONUrl);
    if (packageJSONUrl.pathname === lastPackageJSONUrl.pathname) {
      break;
    }
  }
  const packageJSONPath = fileURLToPath2(packageJSONUrl);
  return {
    pjsonPath: packageJSONPath,
    exists: false,
    type: "none"
  };
}
function getPackageType(url3) {
  return getPackageScopeConfig(url3).type;
}
function mimeToFormat(mime) {
  if (mime && /\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?/i.test(mime))
    return "module";
  if (mime === "application/json") return "json";
  return null;
}
function getDataProtocolModuleFormat(parsed) {
  const { 1: mime } = /^([^/]+\/[^;,]+)[^,]*?(;base64)?,/.exec(
    parsed.pathname
  ) || [null, null, null];
  return mimeToFormat(mime);
}
function extname(url3) {
  const pathname = url3.pathname;
  let index = pathname.length;
  while (index--) {
    const code = pathname.codePointAt(index);
    if (code === 47) {
      return "";
    }
    if (code === 46) {
      return pathname.codePointAt(index - 1) === 47 ? "" : pathname.slice(index);
    }
  }
  return "";
}
function getFileProtocolModuleFormat(url3, _context, ignoreErrors) {
  const value = extname(url3);
  if (value === ".js") {
    const packageType = getPackageType(url3);
    if (packageType !== "none") {
      return packageType;
    }
    return "commonjs";
  }
  if (value === "") {
    const packageType = getPackageType(url3);
    if (packageType === "none" || packageType === "commonjs") {
      return "commonjs";
    }
    return "module";
  }
  const format3 = extensionFormatMap[value];
  if (format3) return format3;
  if (ignoreErrors) {
    return void 0;
  }
  const filepath = fileURLToPath3(url3);
  throw new ERR_UNKNOWN_FILE_EXTENSION(value, filepath);
}
function getHttpProtocolModuleFormat() {
}
function defaultGetFormatWithoutErrors(url3, context) {
  const protocol = url3.protocol;
  if (!hasOwnProperty2.call(protocolHandlers, protocol)) {
    return null;
  }
  return protocolHandlers[protocol](url3, context, true) || null;
}
function getDefaultConditions() {
  return DEFAULT_CONDITIONS;
}
function getDefaultConditionsSet() {
  return DEFAULT_CONDITIONS_SET;
}
function getConditionsSet(conditions) {
  if (conditions !== void 0 && conditions !== getDefaultConditions()) {
    if (!Array.isArray(conditions)) {
      throw new ERR_INVALID_ARG_VALUE(
        "conditions",
        conditions,
        "expected an array"
      );
    }
    return new Set(conditions);
  }
  return getDefaultConditionsSet();
}
function emitInvalidSegmentDeprecation(target, request, match2, packageJsonUrl, internal, base, isTarget) {
  if (process4.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath4(packageJsonUrl);
  const double = doubleSlashRegEx.exec(isTarget ? target : request) !== null;
  process4.emitWarning(
    `Use of deprecated ${double ? "double slash" : "leading or trailing slash matching"} resolving "${target}" for module request "${request}" ${request === match2 ? "" : `matched to "${match2}" `}in the "${internal ? "imports" : "exports"}" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath4(base)}` : ""}.`,
    "DeprecationWarning",
    "DEP0166"
  );
}
function emitLegacyIndexDeprecation(url3, packageJsonUrl, base, main) {
  if (process4.noDeprecation) {
    return;
  }
  const format3 = defaultGetFormatWithoutErrors(url3, { parentURL: base.href });
  if (format3 !== "module") return;
  const urlPath = fileURLToPath4(url3.href);
  const packagePath = fileURLToPath4(new URL(".", packageJsonUrl));
  const basePath = fileURLToPath4(base);
  if (!main) {
    process4.emitWarning(
      `No "main" or "exports" field defined in the package.json for ${packagePath} resolving the main entry point "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
Default "index" lookups for the main are deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  } else if (path9.resolve(packagePath, main) !== urlPath) {
    process4.emitWarning(
      `Package ${packagePath} has a "main" field set to "${main}", excluding the full filename and extension to the resolved file at "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
 Automatic extension resolution of the "main" field is deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  }
}
function tryStatSync(path17) {
  try {
    return statSync(path17);
  } catch {
  }
}
function fileExists(url3) {
  const stats = statSync(url3, { throwIfNoEntry: false });
  const isFile = stats ? stats.isFile() : void 0;
  return isFile === null || isFile === void 0 ? false : isFile;
}
function legacyMainResolve(packageJsonUrl, packageConfig, base) {
  let guess;
  if (packageConfig.main !== void 0) {
    guess = new URL(packageConfig.main, packageJsonUrl);
    if (fileExists(guess)) return guess;
    const tries2 = [
      `./${packageConfig.main}.js`,
      `./${packageConfig.main}.json`,
      `./${packageConfig.main}.node`,
      `./${packageConfig.main}/index.js`,
      `./${packageConfig.main}/index.json`,
      `./${packageConfig.main}/index.node`
    ];
    let i2 = -1;
    while (++i2 < tries2.length) {
      guess = new URL(tries2[i2], packageJsonUrl);
      if (fileExists(guess)) break;
      guess = void 0;
    }
    if (guess) {
      emitLegacyIndexDeprecation(
        guess,
        packageJsonUrl,
        base,
        packageConfig.main
      );
      return guess;
    }
  }
  const tries = ["./index.js", "./index.json", "./index.node"];
  let i = -1;
  while (++i < tries.length) {
    guess = new URL(tries[i], packageJsonUrl);
    if (fileExists(guess)) break;
    guess = void 0;
  }
  if (guess) {
    emitLegacyIndexDeprecation(guess, packageJsonUrl, base, packageConfig.main);
    return guess;
  }
  throw new ERR_MODULE_NOT_FOUND(
    fileURLToPath4(new URL(".", packageJsonUrl)),
    fileURLToPath4(base)
  );
}
function finalizeResolution(resolved, base, preserveSymlinks) {
  if (encodedSeparatorRegEx.exec(resolved.pathname) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      resolved.pathname,
      'must not include encoded "/" or "\\" characters',
      fileURLToPath4(base)
    );
  }
  let filePath;
  try {
    filePath = fileURLToPath4(resolved);
  } catch (error) {
    const cause = (
      /** @type {ErrnoException} */
      error
    );
    Object.defineProperty(cause, "input", { value: String(resolved) });
    Object.defineProperty(cause, "module", { value: String(base) });
    throw cause;
  }
  const stats = tryStatSync(
    filePath.endsWith("/") ? filePath.slice(-1) : filePath
  );
  if (stats && stats.isDirectory()) {
    const error = new ERR_UNSUPPORTED_DIR_IMPORT(filePath, fileURLToPath4(base));
    error.url = String(resolved);
    throw error;
  }
  if (!stats || !stats.isFile()) {
    const error = new ERR_MODULE_NOT_FOUND(
      filePath || resolved.pathname,
      base && fileURLToPath4(base),
      true
    );
    error.url = String(resolved);
    throw error;
  }
  if (!preserveSymlinks) {
    const real = realpathSync(filePath);
    const { search, hash } = resolved;
    resolved = pathToFileURL3(real + (filePath.endsWith(path9.sep) ? "/" : ""));
    resolved.search = search;
    resolved.hash = hash;
  }
  return resolved;
}
function importNotDefined(specifier, packageJsonUrl, base) {
  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(
    specifier,
    packageJsonUrl && fileURLToPath4(new URL(".", packageJsonUrl)),
    fileURLToPath4(base)
  );
}
function exportsNotFound(subpath, packageJsonUrl, base) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(
    fileURLToPath4(new URL(".", packageJsonUrl)),
    subpath,
    base && fileURLToPath4(base)
  );
}
function throwInvalidSubpath(request, match2, packageJsonUrl, internal, base) {
  const reason = `request is not a valid match in pattern "${match2}" for the "${internal ? "imports" : "exports"}" resolution of ${fileURLToPath4(packageJsonUrl)}`;
  throw new ERR_INVALID_MODULE_SPECIFIER(
    request,
    reason,
    base && fileURLToPath4(base)
  );
}
function invalidPackageTarget(subpath, target, packageJsonUrl, internal, base) {
  target = typeof target === "object" && target !== null ? JSON.stringify(target, null, "") : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(
    fileURLToPath4(new URL(".", packageJsonUrl)),
    subpath,
    target,
    internal,
    base && fileURLToPath4(base)
  );
}
function resolvePackageTargetString(target, subpath, match2, packageJsonUrl, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== "" && !pattern && target[target.length - 1] !== "/")
    throw invalidPackageTarget(match2, target, packageJsonUrl, internal, base);
  if (!target.startsWith("./")) {
    if (internal && !target.startsWith("../") && !target.startsWith("/")) {
      let isURL2 = false;
      try {
        new URL(target);
        isURL2 = true;
      } catch {
      }
      if (!isURL2) {
        const exportTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target + subpath;
        return packageResolve(exportTarget, packageJsonUrl, conditions);
      }
    }
    throw invalidPackageTarget(match2, target, packageJsonUrl, internal, base);
  }
  if (invalidSegmentRegEx.exec(target.slice(2)) !== null) {
    if (deprecatedInvalidSegmentRegEx.exec(target.slice(2)) === null) {
      if (!isPathMap) {
        const request = pattern ? match2.replace("*", () => subpath) : match2 + subpath;
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match2,
          packageJsonUrl,
          internal,
          base,
          true
        );
      }
    } else {
      throw invalidPackageTarget(match2, target, packageJsonUrl, internal, base);
    }
  }
  const resolved = new URL(target, packageJsonUrl);
  const resolvedPath = resolved.pathname;
  const packagePath = new URL(".", packageJsonUrl).pathname;
  if (!resolvedPath.startsWith(packagePath))
    throw invalidPackageTarget(match2, target, packageJsonUrl, internal, base);
  if (subpath === "") return resolved;
  if (invalidSegmentRegEx.exec(subpath) !== null) {
    const request = pattern ? match2.replace("*", () => subpath) : match2 + subpath;
    if (deprecatedInvalidSegmentRegEx.exec(subpath) === null) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match2,
          packageJsonUrl,
          internal,
          base,
          false
        );
      }
    } else {
      throwInvalidSubpath(request, match2, packageJsonUrl, internal, base);
    }
  }
  if (pattern) {
    return new URL(
      RegExpPrototypeSymbolReplace.call(
        patternRegEx,
        resolved.href,
        () => subpath
      )
    );
  }
  return new URL(subpath, resolved);
}
function isArrayIndex(key2) {
  const keyNumber = Number(key2);
  if (`${keyNumber}` !== key2) return false;
  return keyNumber >= 0 && keyNumber < 4294967295;
}
function resolvePackageTarget(packageJsonUrl, target, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === "string") {
    return resolvePackageTargetString(
      target,
      subpath,
      packageSubpath,
      packageJsonUrl,
      base,
      pattern,
      internal,
      isPathMap,
      conditions
    );
  }
  if (Array.isArray(target)) {
    const targetList = target;
    if (targetList.length === 0) return null;
    let lastException;
    let i = -1;
    while (++i < targetList.length) {
      const targetItem = targetList[i];
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(
          packageJsonUrl,
          targetItem,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
      } catch (error) {
        const exception = (
          /** @type {ErrnoException} */
          error
        );
        lastException = exception;
        if (exception.code === "ERR_INVALID_PACKAGE_TARGET") continue;
        throw error;
      }
      if (resolveResult === void 0) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === void 0 || lastException === null) {
      return null;
    }
    throw lastException;
  }
  if (typeof target === "object" && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    let i = -1;
    while (++i < keys.length) {
      const key2 = keys[i];
      if (isArrayIndex(key2)) {
        throw new ERR_INVALID_PACKAGE_CONFIG2(
          fileURLToPath4(packageJsonUrl),
          base,
          '"exports" cannot contain numeric property keys.'
        );
      }
    }
    i = -1;
    while (++i < keys.length) {
      const key2 = keys[i];
      if (key2 === "default" || conditions && conditions.has(key2)) {
        const conditionalTarget = (
          /** @type {unknown} */
          target[key2]
        );
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          conditionalTarget,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
        if (resolveResult === void 0) continue;
        return resolveResult;
      }
    }
    return null;
  }
  if (target === null) {
    return null;
  }
  throw invalidPackageTarget(
    packageSubpath,
    target,
    packageJsonUrl,
    internal,
    base
  );
}
function isConditionalExportsMainSugar(exports, packageJsonUrl, base) {
  if (typeof exports === "string" || Array.isArray(exports)) return true;
  if (typeof exports !== "object" || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  let i = 0;
  let keyIndex = -1;
  while (++keyIndex < keys.length) {
    const key2 = keys[keyIndex];
    const currentIsConditionalSugar = key2 === "" || key2[0] !== ".";
    if (i++ === 0) {
      isConditionalSugar = currentIsConditionalSugar;
    } else if (isConditionalSugar !== currentIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG2(
        fileURLToPath4(packageJsonUrl),
        base,
        `"exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`
      );
    }
  }
  return isConditionalSugar;
}
function emitTrailingSlashPatternDeprecation(match2, pjsonUrl, base) {
  if (process4.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath4(pjsonUrl);
  if (emittedPackageWarnings.has(pjsonPath + "|" + match2)) return;
  emittedPackageWarnings.add(pjsonPath + "|" + match2);
  process4.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match2}" in the "exports" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath4(base)}` : ""}. Mapping specifiers ending in "/" is no longer supported.`,
    "DeprecationWarning",
    "DEP0155"
  );
}
function packageExportsResolve(packageJsonUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJsonUrl, base)) {
    exports = { ".": exports };
  }
  if (own2.call(exports, packageSubpath) && !packageSubpath.includes("*") && !packageSubpath.endsWith("/")) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      "",
      packageSubpath,
      base,
      false,
      false,
      false,
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  let bestMatch = "";
  let bestMatchSubpath = "";
  const keys = Object.getOwnPropertyNames(exports);
  let i = -1;
  while (++i < keys.length) {
    const key2 = keys[i];
    const patternIndex = key2.indexOf("*");
    if (patternIndex !== -1 && packageSubpath.startsWith(key2.slice(0, patternIndex))) {
      if (packageSubpath.endsWith("/")) {
        emitTrailingSlashPatternDeprecation(
          packageSubpath,
          packageJsonUrl,
          base
        );
      }
      const patternTrailer = key2.slice(patternIndex + 1);
      if (packageSubpath.length >= key2.length && packageSubpath.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key2) === 1 && key2.lastIndexOf("*") === patternIndex) {
        bestMatch = key2;
        bestMatchSubpath = packageSubpath.slice(
          patternIndex,
          packageSubpath.length - patternTrailer.length
        );
      }
    }
  }
  if (bestMatch) {
    const target = (
      /** @type {unknown} */
      exports[bestMatch]
    );
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      bestMatchSubpath,
      bestMatch,
      base,
      true,
      false,
      packageSubpath.endsWith("/"),
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  throw exportsNotFound(packageSubpath, packageJsonUrl, base);
}
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf("*");
  const bPatternIndex = b.indexOf("*");
  const baseLengthA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLengthB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLengthA > baseLengthB) return -1;
  if (baseLengthB > baseLengthA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}
function packageImportsResolve(name, base, conditions) {
  if (name === "#" || name.startsWith("#/") || name.endsWith("/")) {
    const reason = "is not a valid internal imports specifier name";
    throw new ERR_INVALID_MODULE_SPECIFIER(name, reason, fileURLToPath4(base));
  }
  let packageJsonUrl;
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    packageJsonUrl = pathToFileURL3(packageConfig.pjsonPath);
    const imports = packageConfig.imports;
    if (imports) {
      if (own2.call(imports, name) && !name.includes("*")) {
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          imports[name],
          "",
          name,
          base,
          false,
          true,
          false,
          conditions
        );
        if (resolveResult !== null && resolveResult !== void 0) {
          return resolveResult;
        }
      } else {
        let bestMatch = "";
        let bestMatchSubpath = "";
        const keys = Object.getOwnPropertyNames(imports);
        let i = -1;
        while (++i < keys.length) {
          const key2 = keys[i];
          const patternIndex = key2.indexOf("*");
          if (patternIndex !== -1 && name.startsWith(key2.slice(0, -1))) {
            const patternTrailer = key2.slice(patternIndex + 1);
            if (name.length >= key2.length && name.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key2) === 1 && key2.lastIndexOf("*") === patternIndex) {
              bestMatch = key2;
              bestMatchSubpath = name.slice(
                patternIndex,
                name.length - patternTrailer.length
              );
            }
          }
        }
        if (bestMatch) {
          const target = imports[bestMatch];
          const resolveResult = resolvePackageTarget(
            packageJsonUrl,
            target,
            bestMatchSubpath,
            bestMatch,
            base,
            true,
            true,
            false,
            conditions
          );
          if (resolveResult !== null && resolveResult !== void 0) {
            return resolveResult;
          }
        }
      }
    }
  }
  throw importNotDefined(name, packageJsonUrl, base);
}
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf("/");
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === "@") {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf("/", separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.exec(packageName) !== null) {
    validPackageName = false;
  }
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      specifier,
      "is not a valid package name",
      fileURLToPath4(base)
    );
  }
  const packageSubpath = "." + (separatorIndex === -1 ? "" : specifier.slice(separatorIndex));
  return { packageName, packageSubpath, isScoped };
}
function packageResolve(specifier, base, conditions) {
  if (builtinModules.includes(specifier)) {
    return new URL("node:" + specifier);
  }
  const { packageName, packageSubpath, isScoped } = parsePackageName(
    specifier,
    base
  );
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    const packageJsonUrl2 = pathToFileURL3(packageConfig.pjsonPath);
    if (packageConfig.name === packageName && packageConfig.exports !== void 0 && packageConfig.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl2,
        packageSubpath,
        packageConfig,
        base,
        conditions
      );
    }
  }
  let packageJsonUrl = new URL(
    "./node_modules/" + packageName + "/package.json",
    base
  );
  let packageJsonPath = fileURLToPath4(packageJsonUrl);
  let lastPath;
  do {
    const stat2 = tryStatSync(packageJsonPath.slice(0, -13));
    if (!stat2 || !stat2.isDirectory()) {
      lastPath = packageJsonPath;
      packageJsonUrl = new URL(
        (isScoped ? "../../../../node_modules/" : "../../../node_modules/") + packageName + "/package.json",
        packageJsonUrl
      );
      packageJsonPath = fileURLToPath4(packageJsonUrl);
      continue;
    }
    const packageConfig2 = read2(packageJsonPath, { base, specifier });
    if (packageConfig2.exports !== void 0 && packageConfig2.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl,
        packageSubpath,
        packageConfig2,
        base,
        conditions
      );
    }
    if (packageSubpath === ".") {
      return legacyMainResolve(packageJsonUrl, packageConfig2, base);
    }
    return new URL(packageSubpath, packageJsonUrl);
  } while (packageJsonPath.length !== lastPath.length);
  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath4(base), false);
}
function isRelativeSpecifier(specifier) {
  if (specifier[0] === ".") {
    if (specifier.length === 1 || specifier[1] === "/") return true;
    if (specifier[1] === "." && (specifier.length === 2 || specifier[2] === "/")) {
      return true;
    }
  }
  return false;
}
function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === "") return false;
  if (specifier[0] === "/") return true;
  return isRelativeSpecifier(specifier);
}
function moduleResolve(specifier, base, conditions, preserveSymlinks) {
  if (conditions === void 0) {
    conditions = getConditionsSet();
  }
  const protocol = base.protocol;
  const isData = protocol === "data:";
  const isRemote = isData || protocol === "http:" || protocol === "https:";
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    try {
      resolved = new URL(specifier, base);
    } catch (error_) {
      const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
      error.cause = error_;
      throw error;
    }
  } else if (protocol === "file:" && specifier[0] === "#") {
    resolved = packageImportsResolve(specifier, base, conditions);
  } else {
    try {
      resolved = new URL(specifier);
    } catch (error_) {
      if (isRemote && !builtinModules.includes(specifier)) {
        const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
        error.cause = error_;
        throw error;
      }
      resolved = packageResolve(specifier, base, conditions);
    }
  }
  assert3.ok(resolved !== void 0, "expected to be defined");
  if (resolved.protocol !== "file:") {
    return resolved;
  }
  return finalizeResolution(resolved, base, preserveSymlinks);
}
function checkIfDisallowedImport(specifier, parsed, parsedParentURL) {
  if (parsedParentURL) {
    const parentProtocol = parsedParentURL.protocol;
    if (parentProtocol === "http:" || parentProtocol === "https:") {
      if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
        const parsedProtocol = parsed?.protocol;
        if (parsedProtocol && parsedProtocol !== "https:" && parsedProtocol !== "http:") {
          throw new ERR_NETWORK_IMPORT_DISALLOWED(
            specifier,
            parsedParentURL,
            "remote imports cannot import from a local location."
          );
        }
        return { url: parsed?.href || "" };
      }
      if (builtinModules.includes(specifier)) {
        throw new ERR_NETWORK_IMPORT_DISALLOWED(
          specifier,
          parsedParentURL,
          "remote imports cannot import from a local location."
        );
      }
      throw new ERR_NETWORK_IMPORT_DISALLOWED(
        specifier,
        parsedParentURL,
        "only relative and absolute specifiers are supported."
      );
    }
  }
}
function isURL(self) {
  return Boolean(
    self && typeof self === "object" && "href" in self && typeof self.href === "string" && "protocol" in self && typeof self.protocol === "string" && self.href && self.protocol
  );
}
function throwIfInvalidParentURL(parentURL) {
  if (parentURL === void 0) {
    return;
  }
  if (typeof parentURL !== "string" && !isURL(parentURL)) {
    throw new codes.ERR_INVALID_ARG_TYPE(
      "parentURL",
      ["string", "URL"],
      parentURL
    );
  }
}
function defaultResolve(specifier, context = {}) {
  const { parentURL } = context;
  assert3.ok(parentURL !== void 0, "expected `parentURL` to be defined");
  throwIfInvalidParentURL(parentURL);
  let parsedParentURL;
  if (parentURL) {
    try {
      parsedParentURL = new URL(parentURL);
    } catch {
    }
  }
  let parsed;
  let protocol;
  try {
    parsed = shouldBeTreatedAsRelativeOrAbsolutePath(specifier) ? new URL(specifier, parsedParentURL) : new URL(specifier);
    protocol = parsed.protocol;
    if (protocol === "data:") {
      return { url: parsed.href, format: null };
    }
  } catch {
  }
  const maybeReturn = checkIfDisallowedImport(
    specifier,
    parsed,
    parsedParentURL
  );
  if (maybeReturn) return maybeReturn;
  if (protocol === void 0 && parsed) {
    protocol = parsed.protocol;
  }
  if (protocol === "node:") {
    return { url: specifier };
  }
  if (parsed && parsed.protocol === "node:") return { url: specifier };
  const conditions = getConditionsSet(context.conditions);
  const url3 = moduleResolve(specifier, new URL(parentURL), conditions, false);
  return {
    // Do NOT cast `url` to a string: that will work even when there are real
    // problems, silencing them
    url: url3.href,
    format: defaultGetFormatWithoutErrors(url3, { parentURL })
  };
}
function resolve3(specifier, parent) {
  if (!parent) {
    throw new Error(
      "Please pass `parent`: `import-meta-resolve` cannot ponyfill that"
    );
  }
  try {
    return defaultResolve(specifier, { parentURL: parent }).url;
  } catch (error) {
    const exception = (
      /** @type {ErrnoException} */
      error
    );
    if ((exception.code === "ERR_UNSUPPORTED_DIR_IMPORT" || exception.code === "ERR_MODULE_NOT_FOUND") && typeof exception.url === "string") {
      return exception.url;
    }
    throw error;
  }
}
function importFromFile(specifier, parent) {
  const url3 = resolve3(specifier, pathToFileURL4(parent).href);
  return import(url3);
}
function requireFromFile(id, parent) {
  const require22 = createRequire(parent);
  return require22(id);
}
async function loadExternalConfig(externalConfig, configFile) {
  try {
    const required = require_from_file_default(externalConfig, configFile);
    if (process.features.require_module && required.__esModule) {
      return required.default;
    }
    return required;
  } catch (error) {
    if (!requireErrorCodesShouldBeIgnored.has(error?.code)) {
      throw error;
    }
  }
  const module = await import_from_file_default(externalConfig, configFile);
  return module.default;
}
async function loadConfig(configFile) {
  const { base: fileName, ext: extension } = path10.parse(configFile);
  const load = fileName === "package.json" ? loadConfigFromPackageJson : fileName === "package.yaml" ? loadConfigFromPackageYaml : loaders_default[extension];
  if (!load) {
    throw new Error(
      `No loader specified for extension "${extension || "noExt"}"`
    );
  }
  let config = await load(configFile);
  if (!config) {
    return;
  }
  if (typeof config === "string") {
    config = await load_external_config_default(config, configFile);
  }
  if (typeof config !== "object") {
    throw new TypeError(
      `Config is only allowed to be an object, but received ${typeof config} in "${configFile}"`
    );
  }
  delete config.$schema;
  return config;
}
function clearPrettierConfigCache() {
  loadCache.clear();
  searchCache.clear();
}
function loadPrettierConfig(configFile, { shouldCache }) {
  configFile = path11.resolve(configFile);
  if (!shouldCache || !loadCache.has(configFile)) {
    loadCache.set(configFile, load_config_default(configFile));
  }
  return loadCache.get(configFile);
}
function getSearchFunction(stopDirectory) {
  stopDirectory = stopDirectory ? path11.resolve(stopDirectory) : void 0;
  return getOrInsertComputed2(searchCache, stopDirectory, (stopDirectory2) => {
    const searcher2 = config_searcher_default(stopDirectory2);
    return searcher2.search.bind(searcher2);
  });
}
function searchPrettierConfig(startDirectory, options7 = {}) {
  startDirectory = startDirectory ? path11.resolve(startDirectory) : process.cwd();
  const stopDirectory = mockable_default.getPrettierConfigSearchStopDirectory();
  const search = getSearchFunction(stopDirectory);
  return search(startDirectory, { cache: options7.shouldCache });
}
function clearCache() {
  clearPrettierConfigCache();
  clearEditorconfigCache();
}
function loadEditorconfig2(file, options7) {
  if (!file || !options7.editorconfig) {
    return;
  }
  const shouldCache = options7.useCache;
  return loadEditorconfig(file, {
    shouldCache
  });
}
async function loadPrettierConfig2(file, options7) {
  const shouldCache = options7.useCache;
  let configFile = options7.config;
  if (!configFile) {
    const directory = file ? path12.dirname(path12.resolve(file)) : void 0;
    configFile = await searchPrettierConfig(directory, {
      shouldCache
    });
  }
  if (!configFile) {
    return;
  }
  configFile = toPath(configFile);
  const config = await loadPrettierConfig(configFile, {
    shouldCache
  });
  return {
    config,
    configFile
  };
}
async function resolveConfig(fileUrlOrPath, options7) {
  options7 = {
    useCache: true,
    ...options7
  };
  const filePath = toPath(fileUrlOrPath);
  const [result, editorConfigured] = await Promise.all([loadPrettierConfig2(filePath, options7), loadEditorconfig2(filePath, options7)]);
  if (!result && !editorConfigured) {
    return null;
  }
  const merged = {
    ...editorConfigured,
    ...mergeOverrides(result, filePath)
  };
  if (Array.isArray(merged.plugins)) {
    merged.plugins = merged.plugins.map((value) => typeof value === "string" && value.startsWith(".") ? path12.resolve(path12.dirname(result.configFile), value) : value);
  }
  return merged;
}
async function resolveConfigFile(fileUrlOrPath) {
  const directory = fileUrlOrPath ? path12.dirname(path12.resolve(toPath(fileUrlOrPath))) : void 0;
  const result = await searchPrettierConfig(directory, {
    shouldCache: false
  });
  return result ?? null;
}
function mergeOverrides(configResult, filePath) {
  const {
    config,
    configFile
  } = configResult || {};
  const {
    overrides,
    ...options7
  } = config || {};
  if (filePath && overrides) {
    const relativeFilePath = path12.relative(path12.dirname(configFile), filePath);
    for (const override of overrides) {
      if (pathMatchesGlobs(relativeFilePath, override.files, override.excludeFiles)) {
        Object.assign(options7, override.options);
      }
    }
  }
  return options7;
}
function pathMatchesGlobs(filePath, patterns, excludedPatterns) {
  const patternList = Array.isArray(patterns) ? patterns : [patterns];
  const {
    withSlashes = [],
    withoutSlashes = []
  } = function_object_group_by_default(patternList, (pattern) => pattern.includes("/") ? "withSlashes" : "withoutSlashes");
  return import_micromatch.default.isMatch(filePath, withoutSlashes, {
    ignore: excludedPatterns,
    basename: true,
    dot: true
  }) || import_micromatch.default.isMatch(filePath, withSlashes, {
    ignore: excludedPatterns,
    basename: false,
    dot: true
  });
}
function guessEndOfLine(text) {
  const index = text.indexOf(CHARACTER_CR2);
  if (index !== -1) {
    return text.charAt(index + 1) === CHARACTER_LF2 ? OPTION_CRLF2 : OPTION_CR2;
  }
  return DEFAULT_OPTION;
}
function convertEndOfLineOptionToCharacter2(endOfLineOption) {
  return endOfLineOption === OPTION_CR2 ? CHARACTER_CR2 : endOfLineOption === OPTION_CRLF2 ? CHARACTER_CRLF2 : DEFAULT_EOL2;
}
function countEndOfLineCharacters(text, endOfLineCharacter) {
  const regex = regexps.get(endOfLineCharacter);
  if (false) {
    ok(regex, `Unexpected 'endOfLineCharacter': ${JSON.stringify(endOfLineCharacter)}.`);
  }
  return text.match(regex)?.length ?? 0;
}
function normalizeEndOfLine(text) {
  return method_replace_all_default2(
    /* OPTIONAL_OBJECT: false */
    0,
    text,
    END_OF_LINE_REGEXP,
    CHARACTER_LF2
  );
}
function stringOrArrayAt2(index) {
  return this[index < 0 ? this.length + index : index];
}
function inheritLabel(doc2, fn) {
  return doc2.type === DOC_TYPE_LABEL2 ? {
    ...doc2,
    contents: fn(doc2.contents)
  } : fn(doc2);
}
function flattenDoc(doc2) {
  if (!doc2) {
    return "";
  }
  if (Array.isArray(doc2)) {
    const res = [];
    for (const part of doc2) {
      if (Array.isArray(part)) {
        res.push(...flattenDoc(part));
      } else {
        const flattened = flattenDoc(part);
        if (flattened !== "") {
          res.push(flattened);
        }
      }
    }
    return res;
  }
  if (doc2.type === DOC_TYPE_IF_BREAK2) {
    return {
      ...doc2,
      breakContents: flattenDoc(doc2.breakContents),
      flatContents: flattenDoc(doc2.flatContents)
    };
  }
  if (doc2.type === DOC_TYPE_GROUP2) {
    return {
      ...doc2,
      contents: flattenDoc(doc2.contents),
      expandedStates: doc2.expandedStates?.map(flattenDoc)
    };
  }
  if (doc2.type === DOC_TYPE_FILL2) {
    return { type: "fill", parts: doc2.parts.map(flattenDoc) };
  }
  if (doc2.contents) {
    return { ...doc2, contents: flattenDoc(doc2.contents) };
  }
  return doc2;
}
function printDocToDebug(doc2) {
  const printedSymbols = /* @__PURE__ */ Object.create(null);
  const usedKeysForSymbols = /* @__PURE__ */ new Set();
  return printDoc(flattenDoc(doc2));
  function printDoc(doc3, index, parentParts) {
    if (typeof doc3 === "string") {
      return JSON.stringify(doc3);
    }
    if (Array.isArray(doc3)) {
      const printed = doc3.map(printDoc).filter(Boolean);
      return printed.length === 1 ? printed[0] : `[${printed.join(", ")}]`;
    }
    if (doc3.type === DOC_TYPE_LINE2) {
      const withBreakParent = parentParts?.[index + 1]?.type === DOC_TYPE_BREAK_PARENT2;
      if (doc3.literal) {
        return withBreakParent ? "literalline" : "literallineWithoutBreakParent";
      }
      if (doc3.hard) {
        return withBreakParent ? "hardline" : "hardlineWithoutBreakParent";
      }
      if (doc3.soft) {
        return "softline";
      }
      return "line";
    }
    if (doc3.type === DOC_TYPE_BREAK_PARENT2) {
      const afterHardline = parentParts?.[index - 1]?.type === DOC_TYPE_LINE2 && parentParts[index - 1].hard;
      return afterHardline ? void 0 : "breakParent";
    }
    if (doc3.type === DOC_TYPE_TRIM2) {
      return "trim";
    }
    if (doc3.type === DOC_TYPE_INDENT2) {
      return "indent(" + printDoc(doc3.contents) + ")";
    }
    if (doc3.type === DOC_TYPE_ALIGN2) {
      return doc3.n === Number.NEGATIVE_INFINITY ? "dedentToRoot(" + printDoc(doc3.contents) + ")" : doc3.n < 0 ? "dedent(" + printDoc(doc3.contents) + ")" : doc3.n.type === "root" ? "markAsRoot(" + printDoc(doc3.contents) + ")" : "align(" + JSON.stringify(doc3.n) + ", " + printDoc(doc3.contents) + ")";
    }
    if (doc3.type === DOC_TYPE_IF_BREAK2) {
      return "ifBreak(" + printDoc(doc3.breakContents) + (doc3.flatContents ? ", " + printDoc(doc3.flatContents) : "") + (doc3.groupId ? (!doc3.flatContents ? ', ""' : "") + `, { groupId: ${printGroupId(doc3.groupId)} }` : "") + ")";
    }
    if (doc3.type === DOC_TYPE_INDENT_IF_BREAK2) {
      const optionsParts = [];
      if (doc3.negate) {
        optionsParts.push("negate: true");
      }
      if (doc3.groupId) {
        optionsParts.push(`groupId: ${printGroupId(doc3.groupId)}`);
      }
      const options7 = optionsParts.length > 0 ? `, { ${optionsParts.join(", ")} }` : "";
      return `indentIfBreak(${printDoc(doc3.contents)}${options7})`;
    }
    if (doc3.type === DOC_TYPE_GROUP2) {
      const optionsParts = [];
      if (doc3.break && doc3.break !== "propagated") {
        optionsParts.push("shouldBreak: true");
      }
      if (doc3.id) {
        optionsParts.push(`id: ${printGroupId(doc3.id)}`);
      }
      const options7 = optionsParts.length > 0 ? `, { ${optionsParts.join(", ")} }` : "";
      if (doc3.expandedStates) {
        return `conditionalGroup([${doc3.expandedStates.map((part) => printDoc(part)).join(",")}]${options7})`;
      }
      return `group(${printDoc(doc3.contents)}${options7})`;
    }
    if (doc3.type === DOC_TYPE_FILL2) {
      return `fill([${doc3.parts.map((part) => printDoc(part)).join(", ")}])`;
    }
    if (doc3.type === DOC_TYPE_LINE_SUFFIX2) {
      return "lineSuffix(" + printDoc(doc3.contents) + ")";
    }
    if (doc3.type === DOC_TYPE_LINE_SUFFIX_BOUNDARY2) {
      return "lineSuffixBoundary";
    }
    if (doc3.type === DOC_TYPE_LABEL2) {
      return `label(${JSON.stringify(doc3.label)}, ${printDoc(doc3.contents)})`;
    }
    if (doc3.type === DOC_TYPE_CURSOR2) {
      return "cursor";
    }
    throw new Error("Unknown doc type " + doc3.type);
  }
  function printGroupId(id) {
    if (typeof id !== "symbol") {
      return JSON.stringify(String(id));
    }
    if (id in printedSymbols) {
      return printedSymbols[id];
    }
    const prefix2 = id.description || "symbol";
    for (let counter = 0; ; counter++) {
      const key2 = prefix2 + (counter > 0 ? ` #${counter}` : "");
      if (!usedKeysForSymbols.has(key2)) {
        usedKeysForSymbols.add(key2);
        return printedSymbols[id] = `Symbol.for(${JSON.stringify(key2)})`;
      }
    }
  }
}
function findWideFastPathRange2(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint2 >= start && commonCjkCodePoint2 <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
function getStringWidth2(text) {
  if (!text) {
    return 0;
  }
  if (!notAsciiRegex2.test(text)) {
    return text.length;
  }
  let width = 0;
  text = text.replace(emoji_regex_default2(), (character) => {
    width += isNarrowEmojiCharacter2(character) ? 1 : 2;
    return "";
  });
  for (const character of text) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (zeroWidthMarkRegex2.test(character)) {
      continue;
    }
    width += isFullwidth2(codePoint) || isWide2(codePoint) ? 2 : 1;
  }
  return width;
}
function getAlignmentSize(text, tabWidth, startIndex = 0) {
  let size = 0;
  for (let i = startIndex; i < text.length; ++i) {
    if (text[i] === "	") {
      size = size + tabWidth - size % tabWidth;
    } else {
      size++;
    }
  }
  return size;
}
function isNonEmptyArray(object) {
  return Array.isArray(object) && object.length > 0;
}
function isObject(object) {
  return object !== null && typeof object === "object";
}
function skip(characters) {
  return (text, startIndex, options7) => {
    if (startIndex === false) {
      return false;
    }
    const backwards = Boolean(options7?.backwards);
    const { length } = text;
    let cursor22 = startIndex;
    while (cursor22 >= 0 && cursor22 < length) {
      const character = text.charAt(cursor22);
      if (characters instanceof RegExp) {
        if (!characters.test(character)) {
          return cursor22;
        }
      } else if (!characters.includes(character)) {
        return cursor22;
      }
      backwards ? cursor22-- : cursor22++;
    }
    if (cursor22 === -1 || cursor22 === length) {
      return cursor22;
    }
    return false;
  };
}
function skipNewline(text, startIndex, options7) {
  if (startIndex === false) {
    return false;
  }
  const backwards = Boolean(options7?.backwards);
  const character = text.charAt(startIndex);
  if (backwards) {
    if (text.charAt(startIndex - 1) === "\r" && character === "\n") {
      return startIndex - 2;
    }
    if (isNewlineCharacter(character)) {
      return startIndex - 1;
    }
  } else {
    if (character === "\r" && text.charAt(startIndex + 1) === "\n") {
      return startIndex + 2;
    }
    if (isNewlineCharacter(character)) {
      return startIndex + 1;
    }
  }
  return startIndex;
}
function hasNewline(text, startIndex, options7 = {}) {
  const idx = skipSpaces(
    text,
    options7.backwards ? startIndex - 1 : startIndex,
    options7
  );
  const idx2 = skip_newline_default(text, idx, options7);
  return idx !== idx2;
}
function* getChildren(node, options7) {
  const { getVisitorKeys, filter: filter2 = () => true } = options7;
  const isMatchedNode = (node2) => is_object_default(node2) && filter2(node2);
  for (const key2 of getVisitorKeys(node)) {
    const value = node[key2];
    if (Array.isArray(value)) {
      for (const child of value) {
        if (isMatchedNode(child)) {
          yield child;
        }
      }
    } else if (isMatchedNode(value)) {
      yield value;
    }
  }
}
function* getDescendants(node, options7) {
  const queue = [node];
  for (let index = 0; index < queue.length; index++) {
    const node2 = queue[index];
    for (const child of getChildren(node2, options7)) {
      yield child;
      queue.push(child);
    }
  }
}
function isLeaf(node, options7) {
  return getChildren(node, options7).next().done;
}
function getSortedChildNodesWithoutCache(node, ancestors, options7) {
  const { filter: filter2 } = options7;
  if (!filter2) {
    return [];
  }
  let childAncestors;
  const childNodes = (options7.getChildren?.(node, options7) ?? [
    ...getChildren(node, { getVisitorKeys: options7.getVisitorKeys })
  ]).flatMap((child) => {
    childAncestors ?? (childAncestors = [node, ...ancestors]);
    return filter2(child, childAncestors) ? [child] : getSortedChildNodes(child, childAncestors, options7);
  });
  const { locStart, locEnd } = options7;
  childNodes.sort(
    (nodeA, nodeB) => locStart(nodeA) - locStart(nodeB) || locEnd(nodeA) - locEnd(nodeB)
  );
  return childNodes;
}
function getSortedChildNodes(node, ancestors, options7) {
  return getOrInsertComputed2(
    options7.cache,
    node,
    (node2) => getSortedChildNodesWithoutCache(node2, ancestors, options7)
  );
}
function describeNodeForDebugging(node) {
  const nodeType = node.type || node.kind || "(unknown type)";
  let nodeName = String(
    node.name || node.id && (typeof node.id === "object" ? node.id.name : node.id) || node.key && (typeof node.key === "object" ? node.key.name : node.key) || node.value && (typeof node.value === "object" ? "" : String(node.value)) || node.operator || ""
  );
  if (nodeName.length > 20) {
    nodeName = nodeName.slice(0, 19) + "\u2026";
  }
  return nodeType + (nodeName ? " " + nodeName : "");
}
function addCommentHelper(node, comment) {
  const comments = node.comments ?? (node.comments = []);
  comments.push(comment);
  comment.printed = false;
  comment.nodeDescription = describeNodeForDebugging(node);
  return true;
}
function addLeadingComment(node, comment) {
  comment.leading = true;
  comment.trailing = false;
  return addCommentHelper(node, comment);
}
function addDanglingComment(node, comment, marker) {
  comment.leading = false;
  comment.trailing = false;
  if (marker) {
    comment.marker = marker;
  }
  return addCommentHelper(node, comment);
}
function addTrailingComment(node, comment) {
  comment.leading = false;
  comment.trailing = true;
  return addCommentHelper(node, comment);
}
function decorateComment(node, comment, options7, enclosingNode, ancestors = []) {
  const { locStart, locEnd } = options7;
  const commentStart = locStart(comment);
  const commentEnd = locEnd(comment);
  const childNodes = get_sorted_child_nodes_default(node, ancestors, {
    cache: childNodesCache,
    locStart,
    locEnd,
    getVisitorKeys: options7.getVisitorKeys,
    filter: options7.printer.canAttachComment,
    getChildren: options7.printer.getCommentChildNodes
  });
  let precedingNode;
  let followingNode;
  let left = 0;
  let right = childNodes.length;
  while (left < right) {
    const middle = left + right >> 1;
    const child = childNodes[middle];
    const start = locStart(child);
    const end = locEnd(child);
    if (start <= commentStart && commentEnd <= end) {
      return decorateComment(child, comment, options7, child, [
        child,
        ...ancestors
      ]);
    }
    if (end <= commentStart) {
      precedingNode = child;
      left = middle + 1;
      continue;
    }
    if (commentEnd <= start) {
      followingNode = child;
      right = middle;
      continue;
    }
    throw new Error("Comment location overlaps with node location");
  }
  if (enclosingNode?.type === "TemplateLiteral") {
    const { quasis } = enclosingNode;
    const commentIndex = findExpressionIndexForComment(
      quasis,
      comment,
      options7
    );
    if (precedingNode && findExpressionIndexForComment(quasis, precedingNode, options7) !== commentIndex) {
      precedingNode = null;
    }
    if (followingNode && findExpressionIndexForComment(quasis, followingNode, options7) !== commentIndex) {
      followingNode = null;
    }
  }
  return { enclosingNode, precedingNode, followingNode, ancestors };
}
function attachComments(ast, options7) {
  const { comments } = ast;
  delete ast.comments;
  if (!is_non_empty_array_default(comments) || !options7.printer.canAttachComment) {
    return;
  }
  const tiesToBreak = [];
  const {
    printer: {
      features: { experimental_avoidAstMutation: avoidAstMutation },
      handleComments = {}
    },
    originalText: text
  } = options7;
  const {
    ownLine: handleOwnLineComment = returnFalse,
    endOfLine: handleEndOfLineComment = returnFalse,
    remaining: handleRemainingComment = returnFalse
  } = handleComments;
  const decoratedComments = comments.map((comment, index) => ({
    ...decorateComment(ast, comment, options7),
    comment,
    text,
    options: options7,
    ast,
    isLastComment: comments.length - 1 === index,
    // TODO: Move placement here
    placement: void 0
  }));
  const attachPropertiesToComment = !avoidAstMutation;
  for (const [index, context] of decoratedComments.entries()) {
    const {
      comment,
      precedingNode,
      enclosingNode,
      followingNode,
      text: text2,
      options: options8,
      ast: ast2,
      isLastComment
    } = context;
    const placement = isOwnLineComment(text2, options8, decoratedComments, index) ? "ownLine" : isEndOfLineComment(text2, options8, decoratedComments, index) ? "endOfLine" : "remaining";
    let args;
    if (avoidAstMutation) {
      context.placement = placement;
      args = [context];
    } else {
      args = [comment, text2, options8, ast2, isLastComment];
    }
    if (attachPropertiesToComment) {
      comment.enclosingNode = enclosingNode;
      comment.precedingNode = precedingNode;
      comment.followingNode = followingNode;
    }
    comment.placement = placement;
    if (placement === "ownLine") {
      if (handleOwnLineComment(...args)) {
      } else if (followingNode) {
        addLeadingComment(followingNode, comment);
      } else if (precedingNode) {
        addTrailingComment(precedingNode, comment);
      } else if (enclosingNode) {
        addDanglingComment(enclosingNode, comment);
      } else {
        addDanglingComment(ast2, comment);
      }
    } else if (placement === "endOfLine") {
      if (handleEndOfLineComment(...args)) {
      } else if (precedingNode) {
        addTrailingComment(precedingNode, comment);
      } else if (followingNode) {
        addLeadingComment(followingNode, comment);
      } else if (enclosingNode) {
        addDanglingComment(enclosingNode, comment);
      } else {
        addDanglingComment(ast2, comment);
      }
    } else {
      if (handleRemainingComment(...args)) {
      } else if (precedingNode && followingNode) {
        const tieCount = tiesToBreak.length;
        if (tieCount > 0) {
          const lastTie = tiesToBreak[tieCount - 1];
          if (lastTie.followingNode !== followingNode) {
            breakTies(tiesToBreak, options8);
          }
        }
        tiesToBreak.push(context);
      } else if (precedingNode) {
        addTrailingComment(precedingNode, comment);
      } else if (followingNode) {
        addLeadingComment(followingNode, comment);
      } else if (enclosingNode) {
        addDanglingComment(enclosingNode, comment);
      } else {
        addDanglingComment(ast2, comment);
      }
    }
  }
  breakTies(tiesToBreak, options7);
  if (attachPropertiesToComment) {
    for (const comment of comments) {
      delete comment.precedingNode;
      delete comment.enclosingNode;
      delete comment.followingNode;
    }
  }
}
function isOwnLineComment(text, options7, decoratedComments, commentIndex) {
  const { comment, precedingNode } = decoratedComments[commentIndex];
  const { locStart, locEnd } = options7;
  let start = locStart(comment);
  if (precedingNode) {
    for (let index = commentIndex - 1; index >= 0; index--) {
      const { comment: comment2, precedingNode: currentCommentPrecedingNode } = decoratedComments[index];
      if (currentCommentPrecedingNode !== precedingNode || !isAllEmptyAndNoLineBreak(text.slice(locEnd(comment2), start))) {
        break;
      }
      start = locStart(comment2);
    }
  }
  return has_newline_default(text, start, { backwards: true });
}
function isEndOfLineComment(text, options7, decoratedComments, commentIndex) {
  const { comment, followingNode } = decoratedComments[commentIndex];
  const { locStart, locEnd } = options7;
  let end = locEnd(comment);
  if (followingNode) {
    for (let index = commentIndex + 1; index < decoratedComments.length; index++) {
      const { comment: comment2, followingNode: currentCommentFollowingNode } = decoratedComments[index];
      if (currentCommentFollowingNode !== followingNode || !isAllEmptyAndNoLineBreak(text.slice(end, locStart(comment2)))) {
        break;
      }
      end = locEnd(comment2);
    }
  }
  return has_newline_default(text, end);
}
function breakTies(tiesToBreak, options7) {
  const tieCount = tiesToBreak.length;
  if (tieCount === 0) {
    return;
  }
  const { precedingNode, followingNode } = tiesToBreak[0];
  let gapEndPos = options7.locStart(followingNode);
  let indexOfFirstLeadingComment;
  for (indexOfFirstLeadingComment = tieCount; indexOfFirstLeadingComment > 0; --indexOfFirstLeadingComment) {
    const {
      comment,
      precedingNode: currentCommentPrecedingNode,
      followingNode: currentCommentFollowingNode
    } = tiesToBreak[indexOfFirstLeadingComment - 1];
    strictEqual(currentCommentPrecedingNode, precedingNode);
    strictEqual(currentCommentFollowingNode, followingNode);
    const gap = options7.originalText.slice(options7.locEnd(comment), gapEndPos);
    if (options7.printer.isGap?.(gap, options7) ?? /^[\s(]*$/.test(gap)) {
      gapEndPos = options7.locStart(comment);
    } else {
      break;
    }
  }
  for (const [i, { comment }] of tiesToBreak.entries()) {
    if (i < indexOfFirstLeadingComment) {
      addTrailingComment(precedingNode, comment);
    } else {
      addLeadingComment(followingNode, comment);
    }
  }
  for (const node of [precedingNode, followingNode]) {
    if (node.comments && node.comments.length > 1) {
      node.comments.sort((a, b) => options7.locStart(a) - options7.locStart(b));
    }
  }
  tiesToBreak.length = 0;
}
function findExpressionIndexForComment(quasis, comment, options7) {
  const startPos = options7.locStart(comment) - 1;
  for (let i = 1; i < quasis.length; ++i) {
    if (startPos < options7.locStart(quasis[i])) {
      return i - 1;
    }
  }
  return 0;
}
function isPreviousLineEmpty(text, startIndex) {
  let idx = startIndex - 1;
  idx = skipSpaces(text, idx, { backwards: true });
  idx = skip_newline_default(text, idx, { backwards: true });
  idx = skipSpaces(text, idx, { backwards: true });
  const idx2 = skip_newline_default(text, idx, { backwards: true });
  return idx !== idx2;
}
function printComment(path17, options7) {
  const comment = path17.node;
  comment.printed = true;
  return options7.printer.printComment(path17, options7);
}
function printLeadingComment(path17, options7) {
  const comment = path17.node;
  const parts = [printComment(path17, options7)];
  const {
    printer: printer2,
    originalText,
    locStart,
    locEnd
  } = options7;
  const isBlock = printer2.isBlockComment?.(comment);
  if (isBlock) {
    let lineBreak = " ";
    if (has_newline_default(originalText, locEnd(comment))) {
      if (has_newline_default(originalText, locStart(comment), {
        backwards: true
      })) {
        lineBreak = hardline2;
      } else {
        lineBreak = line22;
      }
    }
    parts.push(lineBreak);
  } else {
    parts.push(hardline2);
  }
  const index = skip_newline_default(originalText, skipSpaces(originalText, locEnd(comment)));
  if (index !== false && has_newline_default(originalText, index)) {
    parts.push(hardline2);
  }
  return parts;
}
function printTrailingComment(path17, options7, previousComment) {
  const comment = path17.node;
  const printed = printComment(path17, options7);
  const {
    printer: printer2,
    originalText,
    locStart
  } = options7;
  const isBlock = printer2.isBlockComment?.(comment);
  if (previousComment?.hasLineSuffix && !previousComment?.isBlock || has_newline_default(originalText, locStart(comment), {
    backwards: true
  })) {
    const isLineBeforeEmpty = is_previous_line_empty_default(originalText, locStart(comment));
    return {
      doc: lineSuffix2([hardline2, isLineBeforeEmpty ? hardline2 : "", printed]),
      isBlock,
      hasLineSuffix: true
    };
  }
  if (!isBlock || previousComment?.hasLineSuffix) {
    return {
      doc: [lineSuffix2([" ", printed]), breakParent2],
      isBlock,
      hasLineSuffix: true
    };
  }
  return {
    doc: [" ", printed],
    isBlock,
    hasLineSuffix: false
  };
}
function printLeadingComments(path17, options7, printOptions) {
  const printed = options7[/* @__PURE__ */ Symbol.for("printedComments")];
  const filter2 = printOptions?.filter ?? returnTrue;
  const leadingComments = new Set(path17.node?.comments?.filter((comment) => !printed?.has(comment) && comment.leading && filter2(comment)));
  if (leadingComments.size === 0) {
    return "";
  }
  return path17.map(({
    node: comment
  }) => leadingComments.has(comment) ? printLeadingComment(path17, options7) : "", "comments").filter(Boolean);
}
function printTrailingComments(path17, options7, printOptions) {
  const comments = path17.node?.comments;
  const trailingComments = new Set(comments?.filter((comment) => comment.trailing));
  const printed = options7[/* @__PURE__ */ Symbol.for("printedComments")];
  const filter2 = printOptions?.filter ?? returnTrue;
  const commentsShouldPrint = new Set(comments?.filter((comment) => trailingComments.has(comment) && !printed?.has(comment) && filter2(comment)));
  if (commentsShouldPrint.size === 0) {
    return "";
  }
  const docs = [];
  let printedTrailingComment;
  path17.each(({
    node: comment
  }) => {
    if (!trailingComments.has(comment)) {
      return;
    }
    printedTrailingComment = printTrailingComment(path17, options7, printedTrailingComment);
    if (commentsShouldPrint.has(comment)) {
      docs.push(printedTrailingComment.doc);
    }
  }, "comments");
  return docs;
}
function printComments(path17, doc2, options7, printOptions) {
  const leading = printLeadingComments(path17, options7, printOptions);
  const trailing = printTrailingComments(path17, options7, printOptions);
  return leading || trailing ? inheritLabel(doc2, (doc3) => [leading, doc3, trailing]) : doc2;
}
function ensureAllCommentsPrinted(options7) {
  const {
    [commentsPropertyInOptions]: comments,
    [/* @__PURE__ */ Symbol.for("printedComments")]: printedComments
  } = options7;
  for (const comment of comments) {
    if (!comment.printed && !printedComments.has(comment)) {
      throw new Error('Comment "' + comment.value.trim() + '" was not printed. Please report this error!');
    }
    delete comment.printed;
  }
}
function getSupportInfo({
  plugins: plugins2 = [],
  showDeprecated = false
} = {}) {
  const languages = plugins2.flatMap((plugin) => plugin.languages ?? []);
  const options7 = [];
  for (const option of normalizeOptionSettings(Object.assign({}, ...plugins2.map(({
    options: options8
  }) => options8), core_options_evaluate_default))) {
    if (!showDeprecated && option.deprecated) {
      continue;
    }
    if (Array.isArray(option.choices)) {
      if (!showDeprecated) {
        option.choices = option.choices.filter((choice) => !choice.deprecated);
      }
      if (option.name === "parser") {
        option.choices = [...option.choices, ...collectParsersFromLanguages(option.choices, languages, plugins2)];
      }
    }
    option.pluginDefaults = Object.fromEntries(plugins2.filter((plugin) => plugin.defaultOptions?.[option.name] !== void 0).map((plugin) => [plugin.name, plugin.defaultOptions[option.name]]));
    options7.push(option);
  }
  return {
    languages,
    options: options7
  };
}
function* collectParsersFromLanguages(parserChoices, languages, plugins2) {
  const existingParsers = new Set(parserChoices.map((choice) => choice.value));
  for (const language of languages) {
    if (language.parsers) {
      for (const parserName of language.parsers) {
        if (!existingParsers.has(parserName)) {
          existingParsers.add(parserName);
          const plugin = plugins2.find((plugin2) => plugin2.parsers && function_object_has_own_default(plugin2.parsers, parserName));
          let description = language.name;
          if (plugin?.name) {
            description += ` (plugin: ${plugin.name})`;
          }
          yield {
            value: parserName,
            description
          };
        }
      }
    }
  }
}
function normalizeOptionSettings(settings) {
  const options7 = [];
  for (const [name, originalOption] of Object.entries(settings)) {
    const option = {
      name,
      ...originalOption
    };
    if (Array.isArray(option.default)) {
      option.default = method_at_default2(
        /* OPTIONAL_OBJECT: false */
        0,
        option.default,
        -1
      ).value;
    }
    options7.push(option);
  }
  return options7;
}
function readFileFirstLine(file) {
  const liner = new readlines_default(toPath(file));
  const firstLineBuffer = liner.next();
  if (typeof liner.fd === "number") {
    liner.close();
  }
  return firstLineBuffer?.toString("utf8");
}
function getInterpreter(file) {
  let firstLine;
  try {
    firstLine = readFileFirstLine(file);
  } catch {
  }
  if (!firstLine) {
    return;
  }
  const m1 = firstLine.match(/^#!\/(?:usr\/)?bin\/env\s+(\S+)/);
  if (m1) {
    return m1[1];
  }
  const m2 = firstLine.match(/^#!\/(?:usr\/(?:local\/)?)?bin\/(\S+)/);
  if (m2) {
    return m2[1];
  }
}
function getLanguageByFileName(languages, file) {
  if (!file) {
    return;
  }
  const basename = getFileBasename(file).toLowerCase();
  return languages.find(({
    filenames
  }) => filenames?.some((name) => name.toLowerCase() === basename)) ?? languages.find(({
    extensions
  }) => extensions?.some((extension) => basename.endsWith(extension)));
}
function getLanguageByLanguageName(languages, languageName) {
  if (!languageName) {
    return;
  }
  return languages.find(({
    name
  }) => name.toLowerCase() === languageName) ?? languages.find(({
    aliases
  }) => aliases?.includes(languageName)) ?? languages.find(({
    extensions
  }) => extensions?.includes(`.${languageName}`));
}
function getLanguageByInterpreterNodejs(languages, file) {
  if (!file || getFileBasename(file).includes(".")) {
    return;
  }
  const languagesWithInterpreters = languages.filter(({
    interpreters
  }) => is_non_empty_array_default(interpreters));
  if (languagesWithInterpreters.length === 0) {
    return;
  }
  const interpreter = get_interpreter_default(file);
  if (!interpreter) {
    return;
  }
  return languagesWithInterpreters.find(({
    interpreters
  }) => interpreters.includes(interpreter));
}
function getLanguageByIsSupported(languages, file) {
  if (!file) {
    return;
  }
  if (isUrl(file)) {
    try {
      file = fileURLToPath5(file);
    } catch {
      return;
    }
  }
  if (typeof file !== "string") {
    return;
  }
  return languages.find(({
    isSupported
  }) => isSupported?.({
    filepath: file
  }));
}
function inferParser(options7, fileInfo) {
  const languages = method_to_reversed_default(
    /* OPTIONAL_OBJECT: false */
    0,
    options7.plugins
  ).flatMap((plugin) => (
    // @ts-expect-error -- Safe
    plugin.languages ?? []
  ));
  const language = getLanguageByLanguageName(languages, fileInfo.language) ?? getLanguageByFileName(languages, fileInfo.physicalFile) ?? getLanguageByFileName(languages, fileInfo.file) ?? getLanguageByIsSupported(languages, fileInfo.physicalFile) ?? getLanguageByIsSupported(languages, fileInfo.file) ?? getLanguageByInterpreter?.(languages, fileInfo.physicalFile);
  return language?.parsers[0];
}
function normalizeOptions(options7, optionInfos, {
  logger = false,
  isCLI = false,
  passThrough = false,
  FlagSchema,
  descriptor
} = {}) {
  if (isCLI) {
    if (!FlagSchema) {
      throw new Error("'FlagSchema' option is required.");
    }
    if (!descriptor) {
      throw new Error("'descriptor' option is required.");
    }
  } else {
    descriptor = apiDescriptor;
  }
  const unknown = !passThrough ? (key2, value, options8) => {
    const {
      _,
      ...schemas2
    } = options8.schemas;
    return levenUnknownHandler(key2, value, {
      ...options8,
      schemas: schemas2
    });
  } : Array.isArray(passThrough) ? (key2, value) => !passThrough.includes(key2) ? void 0 : {
    [key2]: value
  } : (key2, value) => ({
    [key2]: value
  });
  const schemas = optionInfosToSchemas(optionInfos, {
    isCLI,
    FlagSchema
  });
  const normalizer = new Normalizer(schemas, {
    logger,
    unknown,
    descriptor
  });
  const shouldSuppressDuplicateDeprecationWarnings = logger !== false;
  if (shouldSuppressDuplicateDeprecationWarnings && hasDeprecationWarned) {
    normalizer._hasDeprecationWarned = hasDeprecationWarned;
  }
  const normalized = normalizer.normalize(options7);
  if (shouldSuppressDuplicateDeprecationWarnings) {
    hasDeprecationWarned = normalizer._hasDeprecationWarned;
  }
  return normalized;
}
function optionInfosToSchemas(optionInfos, {
  isCLI,
  FlagSchema
}) {
  const schemas = [];
  if (isCLI) {
    schemas.push(AnySchema.create({
      name: "_"
    }));
  }
  for (const optionInfo of optionInfos) {
    schemas.push(optionInfoToSchema(optionInfo, {
      isCLI,
      optionInfos,
      FlagSchema
    }));
    if (optionInfo.alias && isCLI) {
      schemas.push(AliasSchema.create({
        // @ts-expect-error
        name: optionInfo.alias,
        sourceName: optionInfo.name
      }));
    }
  }
  return schemas;
}
function optionInfoToSchema(optionInfo, {
  isCLI,
  optionInfos,
  FlagSchema
}) {
  const {
    name
  } = optionInfo;
  const parameters = {
    name
  };
  let SchemaConstructor;
  const handlers = {};
  switch (optionInfo.type) {
    case "int":
      SchemaConstructor = IntegerSchema;
      if (isCLI) {
        parameters.preprocess = Number;
      }
      break;
    case "string":
      SchemaConstructor = StringSchema;
      break;
    case "choice":
      SchemaConstructor = ChoiceSchema;
      parameters.choices = optionInfo.choices.map((choiceInfo) => choiceInfo?.redirect ? {
        ...choiceInfo,
        redirect: {
          to: {
            key: optionInfo.name,
            value: choiceInfo.redirect
          }
        }
      } : choiceInfo);
      break;
    case "boolean":
      SchemaConstructor = BooleanSchema;
      break;
    case "flag":
      SchemaConstructor = FlagSchema;
      parameters.flags = optionInfos.flatMap((optionInfo2) => [optionInfo2.alias, optionInfo2.description && optionInfo2.name, optionInfo2.oppositeDescription && `no-${optionInfo2.name}`].filter(Boolean));
      break;
    case "path":
      SchemaConstructor = StringSchema;
      break;
    default:
      throw new Error(`Unexpected type ${optionInfo.type}`);
  }
  if (optionInfo.exception) {
    parameters.validate = (value, schema, utils2) => optionInfo.exception(value) || schema.validate(value, utils2);
  } else {
    parameters.validate = (value, schema, utils2) => value === void 0 || schema.validate(value, utils2);
  }
  if (optionInfo.redirect) {
    handlers.redirect = (value) => !value ? void 0 : {
      to: typeof optionInfo.redirect === "string" ? optionInfo.redirect : {
        key: optionInfo.redirect.option,
        value: optionInfo.redirect.value
      }
    };
  }
  if (optionInfo.deprecated) {
    handlers.deprecated = true;
  }
  if (isCLI && !optionInfo.array) {
    const originalPreprocess = parameters.preprocess || ((x) => x);
    parameters.preprocess = (value, schema, utils2) => schema.preprocess(originalPreprocess(Array.isArray(value) ? method_at_default2(
      /* OPTIONAL_OBJECT: false */
      0,
      value,
      -1
    ) : value), utils2);
  }
  return optionInfo.array ? ArraySchema.create({
    ...isCLI ? {
      preprocess: (v) => Array.isArray(v) ? v : [v]
    } : {},
    ...handlers,
    // @ts-expect-error
    valueSchema: SchemaConstructor.create(parameters)
  }) : SchemaConstructor.create({
    ...parameters,
    ...handlers
  });
}
function isFrontMatter(node) {
  return Boolean(node?.[FRONT_MATTER_MARK]);
}
async function printEmbedFrontMatter(textToDoc2, print, path17, options7) {
  const {
    node
  } = path17;
  const {
    language
  } = node;
  if (!SUPPORTED_EMBED_LANGUAGES.has(language)) {
    return;
  }
  const value = node.value.trim();
  let doc2;
  if (value) {
    const parser = language === "yaml" ? language : infer_parser_default(options7, {
      language
    });
    if (!parser) {
      return;
    }
    doc2 = value ? await textToDoc2(value, {
      parser
    }) : "";
  } else {
    doc2 = value;
  }
  return markAsRoot2([node.startDelimiter, node.explicitLanguage ?? "", hardline22, doc2, doc2 ? hardline22 : "", node.endDelimiter]);
}
function clean(original, cloned) {
  if (isEmbedFrontMatter({ node: original })) {
    delete cloned.end;
    delete cloned.raw;
    delete cloned.value;
  }
  return cloned;
}
function printFrontMatter({ node }) {
  return node.raw;
}
function createGetVisitorKeysFunction(printerGetVisitorKeys, supportFrontMatter) {
  const getVisitorKeys = printerGetVisitorKeys ? (node) => printerGetVisitorKeys(node, nonTraversableKeys) : defaultGetVisitorKeys;
  if (!supportFrontMatter) {
    return getVisitorKeys;
  }
  return new Proxy(getVisitorKeys, {
    apply: (target, thisArgument, argumentsList) => is_front_matter_default(argumentsList[0]) ? FRONT_MATTER_VISITOR_KEYS : Reflect.apply(target, thisArgument, argumentsList)
  });
}
function getParserPluginByParserName(plugins2, parserName) {
  if (!parserName) {
    throw new Error("parserName is required.");
  }
  const plugin = method_find_last_default(
    /* OPTIONAL_OBJECT: false */
    0,
    plugins2,
    (plugin2) => plugin2.parsers && function_object_has_own_default(plugin2.parsers, parserName)
  );
  if (plugin) {
    return plugin;
  }
  let message = `Couldn't resolve parser "${parserName}".`;
  if (false) {
    message += " Plugins must be explicitly added to the standalone bundle.";
  }
  throw new ConfigError(message);
}
function getPrinterPluginByAstFormat(plugins2, astFormat) {
  if (!astFormat) {
    throw new Error("astFormat is required.");
  }
  const plugin = method_find_last_default(
    /* OPTIONAL_OBJECT: false */
    0,
    plugins2,
    (plugin2) => plugin2.printers && function_object_has_own_default(plugin2.printers, astFormat)
  );
  if (plugin) {
    return plugin;
  }
  let message = `Couldn't find plugin for AST format "${astFormat}".`;
  if (false) {
    message += " Plugins must be explicitly added to the standalone bundle.";
  }
  throw new ConfigError(message);
}
function resolveParser({
  plugins: plugins2,
  parser
}) {
  const plugin = getParserPluginByParserName(plugins2, parser);
  return initParser(plugin, parser);
}
function initParser(plugin, parserName) {
  const parserOrParserInitFunction = plugin.parsers[parserName];
  return typeof parserOrParserInitFunction === "function" ? parserOrParserInitFunction() : parserOrParserInitFunction;
}
async function initPrinter(plugin, astFormat) {
  const printerOrPrinterInitFunction = plugin.printers[astFormat];
  const printer2 = typeof printerOrPrinterInitFunction === "function" ? await printerOrPrinterInitFunction() : printerOrPrinterInitFunction;
  return normalizePrinter(printer2);
}
function normalizePrinterWithoutCache(printer2) {
  if (false) {
    ok(!printer2[PRINTER_NORMALIZED_MARK], "Unexpected printer normalization");
  }
  let {
    features,
    getVisitorKeys,
    embed: originalEmbed,
    massageAstNode: originalCleanFunction,
    print: originalPrint,
    ...printerRestProperties
  } = printer2;
  features = normalizePrinterFeatures(features);
  const frontMatterSupport = features.experimental_frontMatterSupport;
  getVisitorKeys = create_get_visitor_keys_function_default(
    getVisitorKeys,
    /** frontMatterVisitorKeys */
    frontMatterSupport.massageAstNode || frontMatterSupport.embed || frontMatterSupport.print
  );
  let massageAstNode = originalCleanFunction;
  if (originalCleanFunction && frontMatterSupport.massageAstNode) {
    massageAstNode = new Proxy(originalCleanFunction, {
      apply(target, thisArgument, argumentsList) {
        clean_default(...argumentsList);
        return Reflect.apply(target, thisArgument, argumentsList);
      }
    });
  }
  let embed = originalEmbed;
  if (originalEmbed) {
    let embedGetVisitorKeys;
    embed = new Proxy(originalEmbed, {
      get(target, property, receiver) {
        if (property === "getVisitorKeys") {
          embedGetVisitorKeys ?? (embedGetVisitorKeys = originalEmbed.getVisitorKeys ? create_get_visitor_keys_function_default(
            originalEmbed.getVisitorKeys,
            /** frontMatterVisitorKeys */
            frontMatterSupport.massageAstNode || frontMatterSupport.embed
          ) : getVisitorKeys);
          return embedGetVisitorKeys;
        }
        return Reflect.get(target, property, receiver);
      },
      apply: (target, thisArgument, argumentsList) => frontMatterSupport.embed && isEmbedFrontMatter(...argumentsList) ? printEmbedFrontMatter : Reflect.apply(target, thisArgument, argumentsList)
    });
  }
  let print = originalPrint;
  if (frontMatterSupport.print) {
    print = new Proxy(originalPrint, {
      apply(target, thisArgument, argumentsList) {
        const [path17] = argumentsList;
        if (is_front_matter_default(path17.node)) {
          return print_default(path17);
        }
        return Reflect.apply(target, thisArgument, argumentsList);
      }
    });
  }
  const normalizedPrinter = {
    features,
    getVisitorKeys,
    embed,
    massageAstNode,
    print,
    ...printerRestProperties
  };
  if (false) {
    normalizedPrinter[PRINTER_NORMALIZED_MARK] = true;
  }
  return normalizedPrinter;
}
function normalizePrinter(printer2) {
  return getOrInsertComputed2(normalizedPrinters, printer2, normalizePrinterWithoutCache);
}
function normalizePrinterFrontMatterSupport(frontMatterSupport) {
  return {
    ...PRINTER_FRONT_MATTER_SUPPORT_OFF,
    ...frontMatterSupport
  };
}
function normalizePrinterFeatures(features) {
  return {
    experimental_avoidAstMutation: false,
    ...features,
    experimental_frontMatterSupport: normalizePrinterFrontMatterSupport(features?.experimental_frontMatterSupport)
  };
}
async function normalizeFormatOptions(options7, opts2 = {}) {
  const rawOptions = { ...options7 };
  if (!rawOptions.parser) {
    if (!rawOptions.filepath) {
      throw new UndefinedParserError(
        "No parser and no file path given, couldn't infer a parser."
      );
    }
    rawOptions.parser = infer_parser_default(rawOptions, {
      physicalFile: rawOptions.filepath
    });
    if (!rawOptions.parser) {
      throw new UndefinedParserError(
        `No parser could be inferred for file "${rawOptions.filepath}".`
      );
    }
  }
  const supportOptions = getSupportInfo({
    plugins: options7.plugins,
    showDeprecated: true
  }).options;
  const defaults2 = {
    ...formatOptionsHiddenDefaults,
    ...Object.fromEntries(
      supportOptions.filter((optionInfo) => optionInfo.default !== void 0).map((option) => [option.name, option.default])
    )
  };
  const parserPlugin = getParserPluginByParserName(
    rawOptions.plugins,
    rawOptions.parser
  );
  const parser = await initParser(parserPlugin, rawOptions.parser);
  rawOptions.astFormat = parser.astFormat;
  rawOptions.locEnd = parser.locEnd;
  rawOptions.locStart = parser.locStart;
  const printerPlugin = parserPlugin.printers?.[parser.astFormat] ? parserPlugin : getPrinterPluginByAstFormat(rawOptions.plugins, parser.astFormat);
  const printer2 = await initPrinter(printerPlugin, parser.astFormat);
  rawOptions.printer = printer2;
  rawOptions.getVisitorKeys = printer2.getVisitorKeys;
  const pluginDefaults = printerPlugin.defaultOptions ? Object.fromEntries(
    Object.entries(printerPlugin.defaultOptions).filter(
      ([, value]) => value !== void 0
    )
  ) : {};
  const mixedDefaults = { ...defaults2, ...pluginDefaults };
  for (const [k, value] of Object.entries(mixedDefaults)) {
    rawOptions[k] ?? (rawOptions[k] = value);
  }
  if (rawOptions.parser === "json") {
    rawOptions.trailingComma = "none";
  }
  return normalize_options_default(rawOptions, supportOptions, {
    passThrough: Object.keys(formatOptionsHiddenDefaults),
    ...opts2
  });
}
async function parse7(originalText, options7) {
  const parser = await resolveParser(options7);
  const text = parser.preprocess ? await parser.preprocess(originalText, options7) : originalText;
  options7.originalText = text;
  let ast;
  try {
    ast = await parser.parse(
      text,
      options7,
      // TODO: remove the third argument in v4
      // The duplicated argument is passed as intended, see #10156
      options7
    );
  } catch (error) {
    handleParseError(error, originalText);
  }
  return { text, ast };
}
function handleParseError(error, text) {
  const { loc } = error;
  if (loc) {
    let { start, end } = loc;
    start && (start = { line: start.line, column: start.column - 1 });
    end && (end = { line: end.line, column: end.column - 1 });
    const codeFrame = codeFrameColumns(
      text,
      { start, end },
      { highlightCode: true }
    );
    error.message += "\n" + codeFrame;
    error.codeFrame = codeFrame;
  }
  throw error;
}
async function printEmbeddedLanguages(path17, genericPrint, options7, printAstToDoc2, embeds) {
  if (options7.embeddedLanguageFormatting !== "auto") {
    return;
  }
  const {
    printer: printer2
  } = options7;
  const {
    embed
  } = printer2;
  if (!embed) {
    return;
  }
  if (embed.length > 2) {
    throw new Error("printer.embed has too many parameters. The API changed in Prettier v3. Please update your plugin. See https://prettier.io/docs/plugins#optional-embed");
  }
  const {
    hasPrettierIgnore
  } = printer2;
  const {
    getVisitorKeys
  } = embed;
  const embedCallResults = [];
  recurse();
  const originalPathStack = path17.stack;
  for (const {
    print,
    node,
    pathStack
  } of embedCallResults) {
    try {
      path17.stack = pathStack;
      const doc2 = await print(textToDocForEmbed, genericPrint, path17, options7);
      if (doc2) {
        embeds.set(node, doc2);
      }
    } catch (error) {
      if (process.env.PRETTIER_DEBUG) {
        throw error;
      }
    }
  }
  path17.stack = originalPathStack;
  function textToDocForEmbed(text, partialNextOptions) {
    return textToDoc(text, partialNextOptions, options7, printAstToDoc2);
  }
  function recurse() {
    const {
      node
    } = path17;
    if (node === null || typeof node !== "object" || hasPrettierIgnore?.(path17)) {
      return;
    }
    for (const key2 of getVisitorKeys(node)) {
      if (Array.isArray(node[key2])) {
        path17.each(recurse, key2);
      } else {
        path17.call(recurse, key2);
      }
    }
    const result = embed(path17, options7);
    if (!result) {
      return;
    }
    if (typeof result === "function") {
      embedCallResults.push({
        print: result,
        node,
        pathStack: [...path17.stack]
      });
      return;
    }
    if (false) {
      throw new Error("`embed` should return an async function instead of Promise.");
    }
    embeds.set(node, result);
  }
}
async function textToDoc(text, partialNextOptions, parentOptions, printAstToDoc2) {
  const options7 = await normalize_format_options_default({
    ...parentOptions,
    ...partialNextOptions,
    parentParser: parentOptions.parser,
    originalText: text,
    // Improve this if we calculate the relative index
    cursorOffset: void 0,
    rangeStart: void 0,
    rangeEnd: void 0
  }, {
    passThrough: true
  });
  const {
    ast
  } = await parse_default(text, options7);
  const doc2 = await printAstToDoc2(ast, options7);
  return stripTrailingHardline2(doc2);
}
function printIgnored(path17, options7, printPath, args) {
  const {
    originalText,
    [commentsPropertyInOptions]: comments,
    locStart,
    locEnd,
    [/* @__PURE__ */ Symbol.for("printedComments")]: printedComments
  } = options7;
  const { node } = path17;
  const start = locStart(node);
  const end = locEnd(node);
  for (const comment of comments) {
    if (locStart(comment) >= start && locEnd(comment) <= end) {
      printedComments.add(comment);
    }
  }
  const { printPrettierIgnored } = options7.printer;
  return printPrettierIgnored ? printPrettierIgnored(path17, options7, printPath, args) : originalText.slice(start, end);
}
async function printAstToDoc(ast, options7) {
  ({
    ast
  } = await prepareToPrint(ast, options7));
  const cache5 = /* @__PURE__ */ new Map();
  const path17 = new ast_path_default(ast);
  const ensurePrintingNode = create_print_pre_check_function_default(options7);
  const embeds = /* @__PURE__ */ new Map();
  await printEmbeddedLanguages(path17, mainPrint, options7, printAstToDoc, embeds);
  const doc2 = await callPluginPrintFunction(path17, options7, mainPrint, void 0, embeds);
  ensureAllCommentsPrinted(options7);
  if (options7.cursorOffset >= 0) {
    if (options7.nodeAfterCursor && !options7.nodeBeforeCursor) {
      return [cursor2, doc2];
    }
    if (options7.nodeBeforeCursor && !options7.nodeAfterCursor) {
      return [doc2, cursor2];
    }
  }
  return doc2;
  function mainPrint(selector, args) {
    if (selector === void 0 || selector === path17) {
      return mainPrintInternal(args);
    }
    if (Array.isArray(selector)) {
      return path17.call(() => mainPrintInternal(args), ...selector);
    }
    return path17.call(() => mainPrintInternal(args), selector);
  }
  function mainPrintInternal(args) {
    ensurePrintingNode(path17);
    const value = path17.node;
    if (value === void 0 || value === null) {
      return "";
    }
    const shouldCache = is_object_default(value) && args === void 0;
    if (shouldCache && cache5.has(value)) {
      return cache5.get(value);
    }
    const doc3 = callPluginPrintFunction(path17, options7, mainPrint, args, embeds);
    if (shouldCache) {
      cache5.set(value, doc3);
    }
    return doc3;
  }
}
function callPluginPrintFunction(path17, options7, printPath, args, embeds) {
  const {
    node
  } = path17;
  const {
    printer: printer2
  } = options7;
  let doc2;
  if (printer2.hasPrettierIgnore?.(path17)) {
    doc2 = print_ignored_default(path17, options7, printPath, args);
  } else if (embeds.has(node)) {
    doc2 = embeds.get(node);
  } else {
    doc2 = printer2.print(path17, options7, printPath, args);
  }
  switch (node) {
    case options7.cursorNode:
      doc2 = inheritLabel(doc2, (doc3) => [cursor2, doc3, cursor2]);
      break;
    case options7.nodeBeforeCursor:
      doc2 = inheritLabel(doc2, (doc3) => [doc3, cursor2]);
      break;
    case options7.nodeAfterCursor:
      doc2 = inheritLabel(doc2, (doc3) => [cursor2, doc3]);
      break;
  }
  if (printer2.printComment && is_non_empty_array_default(node.comments) && !printer2.willPrintOwnComments?.(path17, options7)) {
    doc2 = printComments(path17, doc2, options7);
  }
  return doc2;
}
async function prepareToPrint(ast, options7) {
  const comments = ast.comments ?? [];
  options7[commentsPropertyInOptions] = comments;
  options7[/* @__PURE__ */ Symbol.for("printedComments")] = /* @__PURE__ */ new Set();
  attachComments(ast, options7);
  const {
    printer: {
      preprocess
    }
  } = options7;
  ast = preprocess ? await preprocess(ast, options7) : ast;
  return {
    ast,
    comments
  };
}
function getCursorLocation(ast, options7) {
  const { cursorOffset, locStart, locEnd, getVisitorKeys } = options7;
  const nodeContainsCursor = (node) => locStart(node) <= cursorOffset && locEnd(node) >= cursorOffset;
  let cursorNode = ast;
  const nodesContainingCursor = [ast];
  for (const node of getDescendants(ast, {
    getVisitorKeys,
    filter: nodeContainsCursor
  })) {
    nodesContainingCursor.push(node);
    cursorNode = node;
  }
  if (isLeaf(cursorNode, { getVisitorKeys })) {
    return { cursorNode };
  }
  let nodeBeforeCursor;
  let nodeAfterCursor;
  let nodeBeforeCursorEndIndex = -1;
  let nodeAfterCursorStartIndex = Number.POSITIVE_INFINITY;
  while (nodesContainingCursor.length > 0 && (nodeBeforeCursor === void 0 || nodeAfterCursor === void 0)) {
    cursorNode = nodesContainingCursor.pop();
    const foundBeforeNode = nodeBeforeCursor !== void 0;
    const foundAfterNode = nodeAfterCursor !== void 0;
    for (const node of getChildren(cursorNode, { getVisitorKeys })) {
      if (!foundBeforeNode) {
        const nodeEnd = locEnd(node);
        if (nodeEnd <= cursorOffset && nodeEnd > nodeBeforeCursorEndIndex) {
          nodeBeforeCursor = node;
          nodeBeforeCursorEndIndex = nodeEnd;
        }
      }
      if (!foundAfterNode) {
        const nodeStart = locStart(node);
        if (nodeStart >= cursorOffset && nodeStart < nodeAfterCursorStartIndex) {
          nodeAfterCursor = node;
          nodeAfterCursorStartIndex = nodeStart;
        }
      }
    }
  }
  return {
    nodeBeforeCursor,
    nodeAfterCursor
  };
}
function massageAst(ast, options7) {
  const {
    printer: printer2
  } = options7;
  const clean2 = printer2.massageAstNode;
  if (!clean2) {
    return ast;
  }
  const {
    getVisitorKeys
  } = printer2;
  const {
    ignoredProperties
  } = clean2;
  return recurse(ast);
  function recurse(original, parent) {
    if (!is_object_default(original)) {
      return original;
    }
    if (Array.isArray(original)) {
      return original.map((child) => recurse(child, parent)).filter(Boolean);
    }
    const cloned = {};
    const childrenKeys = new Set(getVisitorKeys(original));
    for (const key2 in original) {
      if (!function_object_has_own_default(original, key2) || ignoredProperties?.has(key2)) {
        continue;
      }
      if (childrenKeys.has(key2)) {
        cloned[key2] = recurse(original[key2], original);
      } else {
        cloned[key2] = original[key2];
      }
    }
    const result = clean2(original, cloned, parent);
    if (result === null) {
      return;
    }
    return result ?? cloned;
  }
}
function createTypeCheckFunction(typesArray) {
  const types = new Set(typesArray);
  if (false) {
    equal(
      typesArray.length,
      types.size,
      "'typesArray' should be unique."
    );
  }
  return (node) => types.has(node?.type);
}
function findCommonAncestor(startNodeAndAncestors, endNodeAndAncestors) {
  endNodeAndAncestors = new Set(endNodeAndAncestors);
  return startNodeAndAncestors.find((node) => jsonSourceElements.has(node.type) && endNodeAndAncestors.has(node));
}
function dropRootParents(parents) {
  const index = method_find_last_index_default(
    /* OPTIONAL_OBJECT: false */
    0,
    parents,
    (node) => node.type !== "Program" && node.type !== "File"
  );
  if (index === -1) {
    return parents;
  }
  return parents.slice(0, index + 1);
}
function findSiblingAncestors(startNodeAndAncestors, endNodeAndAncestors, options7) {
  const {
    locStart,
    locEnd
  } = options7;
  let [resultStartNode, ...startNodeAncestors] = startNodeAndAncestors;
  let [resultEndNode, ...endNodeAncestors] = endNodeAndAncestors;
  if (resultStartNode === resultEndNode) {
    return [resultStartNode, resultEndNode];
  }
  const startNodeStart = locStart(resultStartNode);
  for (const endAncestor of dropRootParents(endNodeAncestors)) {
    if (locStart(endAncestor) >= startNodeStart) {
      resultEndNode = endAncestor;
    } else {
      break;
    }
  }
  const endNodeEnd = locEnd(resultEndNode);
  for (const startAncestor of dropRootParents(startNodeAncestors)) {
    if (locEnd(startAncestor) <= endNodeEnd) {
      if (isSourceElement(options7, startAncestor)) {
        resultStartNode = startAncestor;
      }
    } else {
      break;
    }
    if (resultStartNode === resultEndNode) {
      break;
    }
  }
  return [resultStartNode, resultEndNode];
}
function findNodeAtOffset(node, offset, options7, predicate, ancestors = [], type, locFunctions) {
  const {
    locStart,
    locEnd
  } = locFunctions;
  const start = locStart(node);
  const end = locEnd(node);
  if (offset > end || offset < start || type === "rangeEnd" && offset === start || type === "rangeStart" && offset === end) {
    return;
  }
  const nodeAndAncestors = [node, ...ancestors];
  const childNodes = get_sorted_child_nodes_default(node, nodeAndAncestors, {
    cache: childNodesCache,
    locStart,
    locEnd,
    getVisitorKeys: options7.getVisitorKeys,
    // These two property should be removed, since we don't care if it can attach comment
    filter: options7.printer.canAttachComment,
    getChildren: options7.printer.getCommentChildNodes
  });
  for (const child of childNodes) {
    const childAndAncestors = findNodeAtOffset(child, offset, options7, predicate, nodeAndAncestors, type, locFunctions);
    if (childAndAncestors) {
      return childAndAncestors;
    }
  }
  if (predicate(node, ancestors[0])) {
    return nodeAndAncestors;
  }
}
function isForXStatementInitializer(node, parent) {
  return parent?.type === "ForStatement" && parent.init === node || (parent?.type === "ForInStatement" || parent?.type === "ForOfStatement") && parent.left === node;
}
function isJsSourceElement(node, parent) {
  const {
    type
  } = node;
  return parent?.type !== "DeclareExportDeclaration" && type !== "TypeParameterDeclaration" && type !== "TSTypeParameterDeclaration" && !(type === "VariableDeclaration" && isForXStatementInitializer(node, parent)) && (type === "Directive" || type === "TypeAlias" || isExportAssignment(node) || type.startsWith("Declare") || type.startsWith("TSDeclare") || type.endsWith("Statement") || type.endsWith("Declaration"));
}
function isSourceElement(opts2, node, parentNode) {
  if (!node) {
    return false;
  }
  switch (opts2.parser) {
    case "flow":
    case "hermes":
    case "babel":
    case "babel-flow":
    case "babel-ts":
    case "typescript":
    case "acorn":
    case "espree":
    case "meriyah":
    case "oxc":
    case "oxc-ts":
    case "yuku":
    case "yuku-ts":
    case "__babel_estree":
      return isJsSourceElement(node, parentNode);
    case "json":
    case "json5":
    case "jsonc":
    case "json-stringify":
      return jsonSourceElements.has(node.type);
    case "graphql":
      return graphqlSourceElements.has(node.kind);
    case "vue":
      return node.tag !== "root";
  }
  return false;
}
function calculateRange(text, opts2, ast) {
  let {
    rangeStart: start,
    rangeEnd: end
  } = opts2;
  ok(end > start);
  const firstNonWhitespaceCharacterIndex = text.slice(start, end).search(/\S/);
  const isAllWhitespace = firstNonWhitespaceCharacterIndex === -1;
  if (!isAllWhitespace) {
    start += firstNonWhitespaceCharacterIndex;
    for (; end > start; --end) {
      if (/\S/.test(text[end - 1])) {
        break;
      }
    }
  }
  const locFunctions = opts2.printer.features?.experimental_locForRangeFormat ?? opts2;
  const startNodeAndAncestors = findNodeAtOffset(ast, start, opts2, (node, parentNode) => isSourceElement(opts2, node, parentNode), [], "rangeStart", locFunctions);
  if (!startNodeAndAncestors) {
    return;
  }
  const endNodeAndAncestors = (
    // No need find Node at `end`, it will be the same as `startNodeAndAncestors`
    isAllWhitespace ? startNodeAndAncestors : findNodeAtOffset(ast, end, opts2, (node) => isSourceElement(opts2, node), [], "rangeEnd", locFunctions)
  );
  if (!endNodeAndAncestors) {
    return;
  }
  let startNode;
  let endNode;
  if (ast.type === "JsonRoot") {
    const commonAncestor = findCommonAncestor(startNodeAndAncestors, endNodeAndAncestors);
    startNode = commonAncestor;
    endNode = commonAncestor;
  } else {
    [startNode, endNode] = findSiblingAncestors(startNodeAndAncestors, endNodeAndAncestors, opts2);
  }
  const {
    locStart,
    locEnd
  } = locFunctions;
  return [Math.min(locStart(startNode), locStart(endNode)), Math.max(locEnd(startNode), locEnd(endNode))];
}
async function coreFormat(originalText, opts2, addAlignmentSize = 0) {
  if (!originalText || originalText.trim().length === 0) {
    return {
      formatted: "",
      cursorOffset: -1,
      comments: []
    };
  }
  const {
    ast,
    text
  } = await parse_default(originalText, opts2);
  if (opts2.cursorOffset >= 0) {
    opts2 = {
      ...opts2,
      ...get_cursor_node_default(ast, opts2)
    };
  }
  let doc2 = await printAstToDoc(ast, opts2, addAlignmentSize);
  if (addAlignmentSize > 0) {
    doc2 = addAlignmentToDoc2([hardline3, doc2], addAlignmentSize, opts2.tabWidth);
  }
  const result = printDocToStringWithoutNormalizeOptions(doc2, opts2);
  if (addAlignmentSize > 0) {
    const trimmed = result.formatted.trim();
    if (result.cursorNodeStart !== void 0) {
      result.cursorNodeStart -= result.formatted.indexOf(trimmed);
      if (result.cursorNodeStart < 0) {
        result.cursorNodeStart = 0;
        result.cursorNodeText = result.cursorNodeText.trimStart();
      }
      if (result.cursorNodeStart + result.cursorNodeText.length > trimmed.length) {
        result.cursorNodeText = result.cursorNodeText.trimEnd();
      }
    }
    result.formatted = trimmed + convertEndOfLineOptionToCharacter2(opts2.endOfLine);
  }
  const comments = opts2[commentsPropertyInOptions];
  if (opts2.cursorOffset >= 0) {
    let oldCursorRegionStart;
    let oldCursorRegionText;
    let newCursorRegionStart;
    let newCursorRegionText;
    if ((opts2.cursorNode || opts2.nodeBeforeCursor || opts2.nodeAfterCursor) && result.cursorNodeText) {
      newCursorRegionStart = result.cursorNodeStart;
      newCursorRegionText = result.cursorNodeText;
      if (opts2.cursorNode) {
        oldCursorRegionStart = opts2.locStart(opts2.cursorNode);
        oldCursorRegionText = text.slice(oldCursorRegionStart, opts2.locEnd(opts2.cursorNode));
      } else {
        if (!opts2.nodeBeforeCursor && !opts2.nodeAfterCursor) {
          throw new Error("Cursor location must contain at least one of cursorNode, nodeBeforeCursor, nodeAfterCursor");
        }
        oldCursorRegionStart = opts2.nodeBeforeCursor ? opts2.locEnd(opts2.nodeBeforeCursor) : 0;
        const oldCursorRegionEnd = opts2.nodeAfterCursor ? opts2.locStart(opts2.nodeAfterCursor) : text.length;
        oldCursorRegionText = text.slice(oldCursorRegionStart, oldCursorRegionEnd);
      }
    } else {
      oldCursorRegionStart = 0;
      oldCursorRegionText = text;
      newCursorRegionStart = 0;
      newCursorRegionText = result.formatted;
    }
    const cursorOffsetRelativeToOldCursorRegionStart = opts2.cursorOffset - oldCursorRegionStart;
    if (oldCursorRegionText === newCursorRegionText) {
      return {
        formatted: result.formatted,
        cursorOffset: newCursorRegionStart + cursorOffsetRelativeToOldCursorRegionStart,
        comments
      };
    }
    const oldCursorNodeCharArray = oldCursorRegionText.split("");
    oldCursorNodeCharArray.splice(cursorOffsetRelativeToOldCursorRegionStart, 0, CURSOR);
    const newCursorNodeCharArray = newCursorRegionText.split("");
    const cursorNodeDiff = diffArrays(oldCursorNodeCharArray, newCursorNodeCharArray);
    let cursorOffset = newCursorRegionStart;
    for (const entry of cursorNodeDiff) {
      if (entry.removed) {
        if (entry.value.includes(CURSOR)) {
          break;
        }
      } else {
        cursorOffset += entry.count;
      }
    }
    return {
      formatted: result.formatted,
      cursorOffset,
      comments
    };
  }
  return {
    formatted: result.formatted,
    cursorOffset: -1,
    comments
  };
}
async function formatRange(originalText, opts2) {
  const {
    ast,
    text
  } = await parse_default(originalText, opts2);
  const [rangeStart, rangeEnd] = calculateRange(text, opts2, ast) ?? [0, 0];
  const rangeString = text.slice(rangeStart, rangeEnd);
  const rangeStart2 = Math.min(rangeStart, text.lastIndexOf("\n", rangeStart) + 1);
  const indentString = text.slice(rangeStart2, rangeStart).match(/^\s*/)[0];
  const alignmentSize = get_alignment_size_default(indentString, opts2.tabWidth);
  const rangeResult = await coreFormat(rangeString, {
    ...opts2,
    rangeStart: 0,
    rangeEnd: Number.POSITIVE_INFINITY,
    // Track the cursor offset only if it's within our range
    cursorOffset: opts2.cursorOffset > rangeStart && opts2.cursorOffset <= rangeEnd ? opts2.cursorOffset - rangeStart : -1,
    // Always use `lf` to format, we'll replace it later
    endOfLine: "lf"
  }, alignmentSize);
  const rangeTrimmed = rangeResult.formatted.trimEnd();
  let {
    cursorOffset
  } = opts2;
  if (cursorOffset > rangeEnd) {
    cursorOffset += rangeTrimmed.length - rangeString.length;
  } else if (rangeResult.cursorOffset >= 0) {
    cursorOffset = rangeResult.cursorOffset + rangeStart;
  }
  let formatted = text.slice(0, rangeStart) + rangeTrimmed + text.slice(rangeEnd);
  if (opts2.endOfLine !== "lf") {
    const eol = convertEndOfLineOptionToCharacter2(opts2.endOfLine);
    if (cursorOffset >= 0 && eol === "\r\n") {
      cursorOffset += countEndOfLineCharacters(formatted.slice(0, cursorOffset), "\n");
    }
    formatted = method_replace_all_default2(
      /* OPTIONAL_OBJECT: false */
      0,
      formatted,
      "\n",
      eol
    );
  }
  return {
    formatted,
    cursorOffset,
    comments: rangeResult.comments
  };
}
function ensureIndexInText(text, index, defaultValue) {
  if (typeof index !== "number" || Number.isNaN(index) || index < 0 || index > text.length) {
    return defaultValue;
  }
  return index;
}
function normalizeIndexes(text, options7) {
  let {
    cursorOffset,
    rangeStart,
    rangeEnd
  } = options7;
  cursorOffset = ensureIndexInText(text, cursorOffset, -1);
  rangeStart = ensureIndexInText(text, rangeStart, 0);
  rangeEnd = ensureIndexInText(text, rangeEnd, text.length);
  return {
    ...options7,
    cursorOffset,
    rangeStart,
    rangeEnd
  };
}
function normalizeInputAndOptions(text, options7) {
  let {
    cursorOffset,
    rangeStart,
    rangeEnd,
    endOfLine
  } = normalizeIndexes(text, options7);
  const hasBom2 = hasBom(text);
  if (hasBom2) {
    text = text.slice(1);
    cursorOffset--;
    rangeStart--;
    rangeEnd--;
  }
  if (endOfLine === "auto") {
    endOfLine = guessEndOfLine(text);
  }
  if (text.includes("\r")) {
    const countCrlfBefore = (index) => countEndOfLineCharacters(text.slice(0, Math.max(index, 0)), "\r\n");
    cursorOffset -= countCrlfBefore(cursorOffset);
    rangeStart -= countCrlfBefore(rangeStart);
    rangeEnd -= countCrlfBefore(rangeEnd);
    text = normalizeEndOfLine(text);
  }
  return {
    hasBom: hasBom2,
    text,
    options: normalizeIndexes(text, {
      ...options7,
      cursorOffset,
      rangeStart,
      rangeEnd,
      endOfLine
    })
  };
}
async function hasPragma(text, options7) {
  const selectedParser = await resolveParser(options7);
  return !selectedParser.hasPragma || selectedParser.hasPragma(text);
}
async function hasIgnorePragma(text, options7) {
  const selectedParser = await resolveParser(options7);
  return selectedParser.hasIgnorePragma?.(text);
}
async function formatWithCursor(originalText, originalOptions) {
  let {
    hasBom: hasBom2,
    text,
    options: options7
  } = normalizeInputAndOptions(originalText, await normalize_format_options_default(originalOptions));
  if (options7.rangeStart >= options7.rangeEnd && text !== "" || options7.requirePragma && !await hasPragma(text, options7) || options7.checkIgnorePragma && await hasIgnorePragma(text, options7)) {
    return {
      formatted: originalText,
      cursorOffset: originalOptions.cursorOffset,
      comments: []
    };
  }
  let result;
  if (options7.rangeStart > 0 || options7.rangeEnd < text.length) {
    result = await formatRange(text, options7);
  } else {
    if (!options7.requirePragma && options7.insertPragma && options7.printer.insertPragma && !await hasPragma(text, options7)) {
      text = options7.printer.insertPragma(text);
    }
    result = await coreFormat(text, options7);
  }
  if (hasBom2) {
    result.formatted = addBom(result.formatted);
    if (result.cursorOffset >= 0) {
      result.cursorOffset++;
    }
  }
  return result;
}
async function parse8(originalText, originalOptions, devOptions) {
  const {
    text,
    options: options7
  } = normalizeInputAndOptions(originalText, await normalize_format_options_default(originalOptions));
  const parsed = await parse_default(text, options7);
  if (devOptions) {
    if (devOptions.preprocessForPrint) {
      parsed.ast = await prepareToPrint(parsed.ast, options7);
    }
    if (devOptions.massage) {
      parsed.ast = massage_ast_default(parsed.ast, options7);
    }
  }
  return parsed;
}
async function formatAst(ast, options7) {
  options7 = await normalize_format_options_default(options7);
  const doc2 = await printAstToDoc(ast, options7);
  return printDocToStringWithoutNormalizeOptions(doc2, options7);
}
async function formatDoc(doc2, options7) {
  const text = printDocToDebug(doc2);
  const {
    formatted
  } = await formatWithCursor(text, {
    ...options7,
    parser: "__js_expression"
  });
  return formatted;
}
async function printToDoc(originalText, options7) {
  options7 = await normalize_format_options_default(options7);
  const {
    ast
  } = await parse_default(originalText, options7);
  if (options7.cursorOffset >= 0) {
    options7 = {
      ...options7,
      ...get_cursor_node_default(ast, options7)
    };
  }
  return printAstToDoc(ast, options7);
}
async function printDocToString2(doc2, options7) {
  return printDocToStringWithoutNormalizeOptions(doc2, await normalize_format_options_default(options7));
}
function loadBuiltinPlugins() {
  return cache3 ?? (cache3 = loadBuiltinPluginsWithoutCache());
}
function importFromDirectory(specifier, directory) {
  return import_from_file_default(specifier, path14.join(directory, "noop.js"));
}
async function importPlugin(name, cwd) {
  if (isUrl(name)) {
    return import(name);
  }
  if (path15.isAbsolute(name)) {
    return import(pathToFileURL5(name).href);
  }
  try {
    return await import(pathToFileURL5(path15.resolve(name)).href);
  } catch {
    return import_from_directory_default(name, cwd);
  }
}
async function loadPluginWithoutCache(plugin, cwd) {
  const module = await importPlugin(plugin, cwd);
  const implementation = module.default ?? module;
  const name = isUrl(plugin) ? toPath(plugin) : plugin;
  return { name, ...implementation };
}
function loadPlugin(plugin) {
  if (typeof plugin !== "string" && !(plugin instanceof URL)) {
    return plugin;
  }
  const cwd = process.cwd();
  const cacheKey = JSON.stringify({ name: plugin, cwd });
  return getOrInsertComputed2(
    cache4,
    cacheKey,
    () => loadPluginWithoutCache(plugin, cwd)
  );
}
function clearCache2() {
  cache4.clear();
}
function loadPlugins(plugins2 = []) {
  return Promise.all(plugins2.map((plugin) => loadPlugin(plugin)));
}
function getRelativePath(file, ignoreFile) {
  const ignoreFilePath = toPath(ignoreFile);
  const filePath = isUrl(file) ? url2.fileURLToPath(file) : path16.resolve(file);
  return path16.relative(
    // If there's an ignore-path set, the filename must be relative to the
    // ignore path, not the current working directory.
    ignoreFilePath ? path16.dirname(ignoreFilePath) : process.cwd(),
    filePath
  );
}
async function createSingleIsIgnoredFunction(ignoreFile, withNodeModules) {
  let content = "";
  if (ignoreFile) {
    content += await read_file_default(ignoreFile) ?? "";
  }
  if (!withNodeModules) {
    content += "\nnode_modules";
  }
  if (!content) {
    return;
  }
  const ignore = (0, import_ignore.default)({
    allowRelativePaths: true
  }).add(content);
  return (file) => ignore.checkIgnore(slash(getRelativePath(file, ignoreFile))).ignored;
}
async function createIsIgnoredFunction(ignoreFiles, withNodeModules) {
  if (ignoreFiles.length === 0 && !withNodeModules) {
    ignoreFiles = [void 0];
  }
  const isIgnoredFunctions = (await Promise.all(ignoreFiles.map((ignoreFile) => createSingleIsIgnoredFunction(ignoreFile, withNodeModules)))).filter(Boolean);
  return (file) => isIgnoredFunctions.some((isIgnored2) => isIgnored2(file));
}
async function isIgnored(file, options7) {
  const {
    ignorePath: ignoreFiles,
    withNodeModules
  } = options7;
  const isIgnored2 = await createIsIgnoredFunction(ignoreFiles, withNodeModules);
  return isIgnored2(file);
}
function omit(object, keys) {
  keys = new Set(keys);
  return Object.fromEntries(
    Object.entries(object).filter(([key2]) => !keys.has(key2))
  );
}
async function getFileInfo(file, options7 = {}) {
  if (typeof file !== "string" && !(file instanceof URL)) {
    throw new TypeError(
      `expect \`file\` to be a string or URL, got \`${typeof file}\``
    );
  }
  let { ignorePath, withNodeModules } = options7;
  if (!Array.isArray(ignorePath)) {
    ignorePath = [ignorePath];
  }
  const ignored = await isIgnored(file, { ignorePath, withNodeModules });
  let inferredParser;
  if (!ignored) {
    inferredParser = options7.parser ?? await getParser(file, options7);
  }
  return {
    ignored,
    inferredParser: inferredParser ?? null
  };
}
async function getParser(file, options7) {
  let config;
  if (options7.resolveConfig !== false) {
    config = await resolveConfig(file, {
      // No need read `.editorconfig`
      editorconfig: false
    });
  }
  if (config?.parser) {
    return config.parser;
  }
  let plugins2 = options7.plugins ?? config?.plugins ?? [];
  plugins2 = (await Promise.all([load_builtin_plugins_default(), load_plugins_default(plugins2)])).flat();
  return infer_parser_default({ plugins: plugins2 }, { physicalFile: file });
}
function skipInlineComment(text, startIndex) {
  if (startIndex === false) {
    return false;
  }
  if (text.charAt(startIndex) === "/" && text.charAt(startIndex + 1) === "*") {
    for (let i = startIndex + 2; i < text.length; ++i) {
      if (text.charAt(i) === "*" && text.charAt(i + 1) === "/") {
        return i + 2;
      }
    }
  }
  return startIndex;
}
function skipTrailingComment(text, startIndex) {
  if (startIndex === false) {
    return false;
  }
  if (text.charAt(startIndex) === "/" && text.charAt(startIndex + 1) === "/") {
    return skipEverythingButNewLine(text, startIndex);
  }
  return startIndex;
}
function getNextNonSpaceNonCommentCharacterIndex(text, startIndex) {
  let oldIdx = null;
  let nextIdx = startIndex;
  while (nextIdx !== oldIdx) {
    oldIdx = nextIdx;
    nextIdx = skipSpaces(text, nextIdx);
    nextIdx = skip_inline_comment_default(text, nextIdx);
    nextIdx = skip_trailing_comment_default(text, nextIdx);
    nextIdx = skip_newline_default(text, nextIdx);
  }
  return nextIdx;
}
function isNextLineEmpty(text, startIndex) {
  let oldIdx = null;
  let idx = startIndex;
  while (idx !== oldIdx) {
    oldIdx = idx;
    idx = skipToLineEnd(text, idx);
    idx = skip_inline_comment_default(text, idx);
    idx = skipSpaces(text, idx);
  }
  idx = skip_trailing_comment_default(text, idx);
  idx = skip_newline_default(text, idx);
  return idx !== false && has_newline_default(text, idx);
}
function getIndentSize(value, tabWidth) {
  const lastNewlineIndex = value.lastIndexOf("\n");
  if (lastNewlineIndex === -1) {
    return 0;
  }
  return get_alignment_size_default(
    // All the leading whitespaces
    value.slice(lastNewlineIndex + 1).match(/^[\t ]*/)[0],
    tabWidth
  );
}
function escapeStringRegexp(string) {
  if (typeof string !== "string") {
    throw new TypeError("Expected a string");
  }
  return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
function getMaxContinuousCount(text, searchString) {
  let results = text.matchAll(
    new RegExp(`(?:${escapeStringRegexp(searchString)})+`, "g")
  );
  if (!results.reduce) {
    results = [...results];
  }
  return results.reduce(
    (maxCount, [result]) => Math.max(maxCount, result.length),
    0
  ) / searchString.length;
}
function getNextNonSpaceNonCommentCharacter(text, startIndex) {
  const index = get_next_non_space_non_comment_character_index_default(text, startIndex);
  return index === false ? "" : text.charAt(index);
}
function getPreferredQuote(text, preferredQuoteOrPreferSingleQuote) {
  const { preferred, alternate } = preferredQuoteOrPreferSingleQuote === true || preferredQuoteOrPreferSingleQuote === SINGLE_QUOTE ? SINGLE_QUOTE_SETTINGS : DOUBLE_QUOTE_SETTINGS;
  const { length } = text;
  let preferredQuoteCount = 0;
  let alternateQuoteCount = 0;
  for (let index = 0; index < length; index++) {
    const codePoint = text.charCodeAt(index);
    if (codePoint === preferred.codePoint) {
      preferredQuoteCount++;
    } else if (codePoint === alternate.codePoint) {
      alternateQuoteCount++;
    }
  }
  return (preferredQuoteCount > alternateQuoteCount ? alternate : preferred).character;
}
function hasNewlineInRange(text, startIndex, endIndex2) {
  for (let i = startIndex; i < endIndex2; ++i) {
    if (text.charAt(i) === "\n") {
      return true;
    }
  }
  return false;
}
function hasSpaces(text, startIndex, options7 = {}) {
  const idx = skipSpaces(
    text,
    options7.backwards ? startIndex - 1 : startIndex,
    options7
  );
  return idx !== startIndex;
}
function legacyGetNextNonSpaceNonCommentCharacterIndex(text, node, locEnd) {
  return get_next_non_space_non_comment_character_index_default(text, locEnd(node));
}
function getNextNonSpaceNonCommentCharacterIndex2(text, startIndex) {
  return arguments.length === 2 || typeof startIndex === "number" ? get_next_non_space_non_comment_character_index_default(text, startIndex) : (
    // @ts-expect-error -- expected
    // eslint-disable-next-line prefer-rest-params
    legacyGetNextNonSpaceNonCommentCharacterIndex(...arguments)
  );
}
function legacyIsPreviousLineEmpty(text, node, locStart) {
  return is_previous_line_empty_default(text, locStart(node));
}
function isPreviousLineEmpty2(text, startIndex) {
  return arguments.length === 2 || typeof startIndex === "number" ? is_previous_line_empty_default(text, startIndex) : (
    // @ts-expect-error -- expected
    // eslint-disable-next-line prefer-rest-params
    legacyIsPreviousLineEmpty(...arguments)
  );
}
function legacyIsNextLineEmpty(text, node, locEnd) {
  return is_next_line_empty_default(text, locEnd(node));
}
function makeString(rawText, enclosingQuote, unescapeUnnecessaryEscapes) {
  const otherQuote = enclosingQuote === '"' ? "'" : '"';
  const regex = /\\(.)|(["'])/gs;
  const raw = method_replace_all_default2(
    /* OPTIONAL_OBJECT: false */
    0,
    rawText,
    regex,
    (match2, escaped, quote) => {
      if (escaped === otherQuote) {
        return escaped;
      }
      if (quote === enclosingQuote) {
        return "\\" + quote;
      }
      if (quote) {
        return quote;
      }
      return unescapeUnnecessaryEscapes && /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/.test(escaped) ? escaped : "\\" + escaped;
    }
  );
  return enclosingQuote + raw + enclosingQuote;
}
function isNextLineEmpty2(text, startIndex) {
  return arguments.length === 2 || typeof startIndex === "number" ? is_next_line_empty_default(text, startIndex) : (
    // @ts-expect-error -- expected
    // eslint-disable-next-line prefer-rest-params
    legacyIsNextLineEmpty(...arguments)
  );
}
function withPlugins(fn, optionsArgumentIndex = 1) {
  return async (...args) => {
    const options7 = args[optionsArgumentIndex] ?? {};
    const { plugins: plugins2 = [] } = options7;
    args[optionsArgumentIndex] = {
      ...options7,
      plugins: (await Promise.all([
        load_builtin_plugins_default(),
        // TODO: standalone version allow `plugins` to be `prettierPlugins` which is an object, should allow that too
        load_plugins_default(plugins2)
      ])).flat()
    };
    return fn(...args);
  };
}
async function format2(text, options7) {
  const { formatted } = await formatWithCursor2(text, {
    ...options7,
    cursorOffset: -1
  });
  return formatted;
}
async function check(text, options7) {
  return await format2(text, options7) === text;
}
async function clearCache3() {
  clearCache();
  clearCache2();
}
var require2, __filename, __dirname, __create, __defProp2, __getOwnPropDesc, __getOwnPropNames, __getProtoOf, __hasOwnProp, __require, __esm2, __commonJS, __export3, __copyProps, __toESM, require_array, require_errno, require_fs, require_path, require_is_extglob, require_is_glob, require_glob_parent, require_utils, require_stringify, require_is_number, require_to_regex_range, require_fill_range, require_compile, require_expand, require_constants, require_parse, require_braces, require_constants2, require_utils2, require_scan, require_parse2, require_picomatch, require_picomatch2, require_micromatch, require_pattern, require_merge2, require_stream, require_string, require_utils3, require_tasks, require_async, require_sync, require_fs2, require_settings, require_out, require_queue_microtask, require_run_parallel, require_constants3, require_fs3, require_utils4, require_common, require_async2, require_sync2, require_fs4, require_settings2, require_out2, require_reusify, require_queue, require_common2, require_reader, require_async3, require_async4, require_stream2, require_sync3, require_sync4, require_settings3, require_out3, require_reader2, require_stream3, require_async5, require_matcher, require_partial, require_deep, require_entry, require_error, require_entry2, require_provider, require_async6, require_stream4, require_sync5, require_sync6, require_settings4, require_out4, require_picocolors, languages_evaluate_default, init_languages_evaluate, common_options_evaluate_default, init_common_options_evaluate, options, options_default, init_options, languages_evaluate_default2, init_languages_evaluate2, options2, options_default2, init_options2, languages_evaluate_default3, init_languages_evaluate3, languages_evaluate_default4, init_languages_evaluate4, CATEGORY_HTML, options3, options_default3, init_options3, languages_evaluate_default5, init_languages_evaluate5, CATEGORY_JAVASCRIPT, options4, options_default4, init_options4, languages_evaluate_default6, init_languages_evaluate6, languages_evaluate_default7, init_languages_evaluate7, options5, options_default5, init_options5, languages_evaluate_default8, init_languages_evaluate8, options6, options_default6, init_options6, init_utilities, production_plugins_exports, plugins, init_production_plugins, require_ignore, index_exports, Diff, LineDiff, lineDiff, ArrayDiff, arrayDiff, INCLUDE_HEADERS, import_fast_glob, array, characterCodeCache, import_picocolors4, apiDescriptor, import_picocolors, commonDeprecatedHandler, import_picocolors2, VALUE_NOT_EXIST, VALUE_UNCHANGED, INDENTATION, commonInvalidHandler, import_picocolors3, levenUnknownHandler, HANDLER_KEYS, Schema, AliasSchema, AnySchema, ArraySchema, BooleanSchema, ChoiceSchema, NumberSchema, IntegerSchema, StringSchema, defaultDescriptor, defaultUnknownHandler, defaultInvalidHandler, defaultDeprecatedHandler, Normalizer, errors_exports, ConfigError, UndefinedParserError, ArgExpansionBailout, hasOwn, function_object_has_own_default, create_mockable_default, mockable, mockable_default, groupBy, function_object_group_by_default, import_micromatch, URL_STRING_PREFIX, isUrlInstance, isUrlString, isUrl, toPath, toAbsolutePath, balanced, maybeMatch, range, escSlash, escOpen, escClose, escComma, escPeriod, escSlashPattern, escOpenPattern, escClosePattern, escCommaPattern, escPeriodPattern, slashPattern, openPattern, closePattern, commaPattern, periodPattern, EXPANSION_MAX, EXPANSION_MAX_LENGTH, EXPANSION_MAX_DEPTH, EXPANSION_MAX_REWRITES, digit, prefix, fixed, nonneg, numericRange, posixClasses, braceEscape, noMatch, parseClass, MATCH, extTypes, lit, reEscape, newFoldRe, foldCache, foldRe, litMatch, tokenize2, pair, build, normalize, compile, show, State, sameState, marks, Sim, stateKey, DFA_BUDGET, Dfa, linear, testLinear, lengths, itemLengths, hasAffix, slashOrSurrogate, surrogate, codePoints, noSlash, Matcher, MAX_PATTERN_LENGTH, assertValidPattern, escape, unescape, DEFAULT_BRACE_EXPAND_MAX, DEFAULT_GLOB_STAR_RECURSION_MAX, AWE_KEY, minimatch, cache, oldCache, cacheSize, cacheMax, tri, booleanWeights, optionsKey, copyOptions, cachedMinimatch, defaultPlatform, path2, sep2, GLOBSTAR, filter, ext, defaults, braceExpand, RANGE_MIN, rangeRe, match, globMagic, classEnd, literal, extSafe, lastSplit, lastChecked, portionMatch, endIndex, isDots, isDrive, isLongUNC, uncHost, walkable, dotPortion, isSep, nextSep, lastSep, PENDING, Minimatch, parse3, ini_simple_parser_default, EDITORCONFIG_VERSION, escapedSep, matchOptions, knownPropNames, knownProps, pendingConfigs, iterate_directory_up_default, SearcherInternal, FileSearcher, Searcher, MARKERS, searcher, isPositiveInteger, editorconfig_to_prettier_default, editorconfigCache, editorconfigFileCache, Space_Separator, ID_Start, ID_Continue, util_default, source, parseState, stack, pos, line2, column, token, key, root, parseOptions, lexState, buffer, doubleQuote, sign, c, lexStates, parseStates, NEWLINE, styleText2, HashbangComment, Identifier, JSXIdentifier, JSXPunctuator, JSXString, JSXText, KeywordsWithExpressionAfter, KeywordsWithNoLineTerminatorAfter, LineTerminatorSequence, MultiLineComment, Newline, NumericLiteral, Punctuator, RegularExpressionLiteral, SingleLineComment, StringLiteral, Template, TokensNotPrecedingObjectLiteral, TokensPrecedingExpression, WhiteSpace, jsTokens, js_tokens_default, reservedWords, keywords, reservedWordsStrictSet, reservedWordsStrictBindSet, defs, sometimesKeywords, NEWLINE2, BRACKET, getTokenType, getOffsets, getCodePoint, JSONError, getErrorLocation, addCodePointToUnexpectedToken, TomlError, OPTIONAL_OBJECT2, createMethodShim2, stringReplaceAll2, replaceAll2, method_replace_all_default2, DATE_TIME_RE, TomlDate, HAS_WELLFORMED, BOM, hasBom, stripBom, addBom, read_file_default, loadConfigFromPackageJson, parseYaml, loaders, loaders_default, CONFIG_FILES, config_searcher_default, own, classRegExp, kTypes, codes, messages, nodeInternalPrefix, userStackTraceLimit, captureLargerStackTrace, hasOwnProperty, ERR_INVALID_PACKAGE_CONFIG, cache2, ERR_UNKNOWN_FILE_EXTENSION, hasOwnProperty2, extensionFormatMap, protocolHandlers, ERR_INVALID_ARG_VALUE, DEFAULT_CONDITIONS, DEFAULT_CONDITIONS_SET, RegExpPrototypeSymbolReplace, ERR_NETWORK_IMPORT_DISALLOWED, ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_CONFIG2, ERR_INVALID_PACKAGE_TARGET, ERR_MODULE_NOT_FOUND, ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNSUPPORTED_RESOLVE_REQUEST, own2, invalidSegmentRegEx, deprecatedInvalidSegmentRegEx, invalidPackageNameRegEx, patternRegEx, encodedSeparatorRegEx, emittedPackageWarnings, doubleSlashRegEx, import_from_file_default, require_from_file_default, requireErrorCodesShouldBeIgnored, load_external_config_default, load_config_default, loadCache, searchCache, OPTION_CR2, OPTION_CRLF2, OPTION_LF, DEFAULT_OPTION, CHARACTER_CR2, CHARACTER_CRLF2, CHARACTER_LF2, DEFAULT_EOL2, regexps, END_OF_LINE_REGEXP, commentsPropertyInOptions, at2, method_at_default2, noop2, noop_default2, DOC_TYPE_CURSOR2, DOC_TYPE_INDENT2, DOC_TYPE_ALIGN2, DOC_TYPE_TRIM2, DOC_TYPE_GROUP2, DOC_TYPE_FILL2, DOC_TYPE_IF_BREAK2, DOC_TYPE_INDENT_IF_BREAK2, DOC_TYPE_LINE_SUFFIX2, DOC_TYPE_LINE_SUFFIX_BOUNDARY2, DOC_TYPE_LINE2, DOC_TYPE_LABEL2, DOC_TYPE_BREAK_PARENT2, emoji_regex_default2, fullwidthMinimalCodePoint2, fullwidthMaximumCodePoint2, fullwidthRanges2, wideMinimalCodePoint2, wideMaximumCodePoint2, wideRanges2, isInRange2, commonCjkCodePoint2, wideFastPathStart2, wideFastPathEnd2, isFullwidth2, isWide2, narrowEmojiRegexp2, isNarrowEmojiCharacter2, notAsciiRegex2, zeroWidthMarkRegex2, get_string_width_default2, get_alignment_size_default, AstPath, ast_path_default, is_non_empty_array_default, is_object_default, skipWhitespace, skipSpaces, skipToLineEnd, skipEverythingButNewLine, isNewlineCharacter, skip_newline_default, has_newline_default, get_sorted_child_nodes_default, childNodesCache, returnFalse, isAllEmptyAndNoLineBreak, is_previous_line_empty_default, breakParent2, hardline2, indent2, line22, lineSuffix2, returnTrue, create_print_pre_check_function_default, core_options_evaluate_default, arrayToReversed, toReversed, method_to_reversed_default, LF, CR, STDIN_FD, LineByLine, readlines_default, get_interpreter_default, getFileBasename, getLanguageByInterpreter, infer_parser_default, hasDeprecationWarned, normalize_options_default, arrayFindLast, findLast, method_find_last_default, FRONT_MATTER_MARK, FRONT_MATTER_VISITOR_KEYS, is_front_matter_default, hardline22, markAsRoot2, SUPPORTED_EMBED_LANGUAGES, isEmbedFrontMatter, clean_default, print_default, nonTraversableKeys, defaultGetVisitorKeys, create_get_visitor_keys_function_default, normalizedPrinters, PRINTER_FRONT_MATTER_SUPPORT_FEATURES, PRINTER_FRONT_MATTER_SUPPORT_OFF, formatOptionsHiddenDefaults, normalize_format_options_default, parse_default, stripTrailingHardline2, print_ignored_default, cursor2, get_cursor_node_default, massage_ast_default, arrayFindLastIndex, findLastIndex, method_find_last_index_default, isBinaryCastExpression, isSatisfiesExpression, isUnionType, isIntersectionType, isTupleType, isConditionalType, isTemplateLiteralType, isImportType, isExternalModuleReference, isTypeAlias, isReturnOrThrowStatement, isUnaryLikeNode, isExportDeclaration, isExportAssignment, isAbstractMethodDefinition, isAbstractPropertyDefinition, isParameterProperty, isNonNullExpression, isArrayExpression, isObjectExpression, isLiteral, isObjectType, isFunctionOrArrowExpression, isJsxElement, isBinaryish, isCallExpression, isMemberExpression, isCallOrNewExpression, isCallLikeExpression, isChainElementWrapper, isArrayType, isTypeParameterInstantiation, isTypeAnnotation, isModuleDeclaration, isConstructorType, isClass, isNamespaceSpecifier, isEnumDeclaration, isEnumBody, jsonSourceElements, graphqlSourceElements, addAlignmentToDoc2, hardline3, printDocToStringWithoutNormalizeOptions, CURSOR, option_categories_exports, CATEGORY_CONFIG, CATEGORY_EDITOR, CATEGORY_FORMAT, CATEGORY_OTHER, CATEGORY_OUTPUT, CATEGORY_GLOBAL, CATEGORY_SPECIAL, loadBuiltinPluginsWithoutCache, cache3, load_builtin_plugins_default, import_from_directory_default, cache4, load_plugins_default, import_ignore, slash, object_omit_default, get_file_info_default, version_evaluate_default, public_exports2, skip_inline_comment_default, skip_trailing_comment_default, get_next_non_space_non_comment_character_index_default, is_next_line_empty_default, get_indent_size_default, get_max_continuous_count_default, get_next_non_space_non_comment_character_default, SINGLE_QUOTE, DOUBLE_QUOTE, SINGLE_QUOTE_DATA, DOUBLE_QUOTE_DATA, SINGLE_QUOTE_SETTINGS, DOUBLE_QUOTE_SETTINGS, has_newline_in_range_default, has_spaces_default, formatWithCursor2, getSupportInfo2, inferParser2, sharedWithCli, debugApis;
var init_prettier = __esm({
  "node_modules/prettier/index.mjs"() {
    init_doc();
    init_doc();
    init_doc();
    init_doc();
    init_doc();
    init_doc();
    require2 = __prettierCreateRequire(import.meta.url);
    __filename = __prettierFileUrlToPath(import.meta.url);
    __dirname = __prettierDirname(__filename);
    __create = Object.create;
    __defProp2 = Object.defineProperty;
    __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    __getOwnPropNames = Object.getOwnPropertyNames;
    __getProtoOf = Object.getPrototypeOf;
    __hasOwnProp = Object.prototype.hasOwnProperty;
    __require = /* @__PURE__ */ ((x) => typeof require2 !== "undefined" ? require2 : typeof Proxy !== "undefined" ? new Proxy(x, {
      get: (a, b) => (typeof require2 !== "undefined" ? require2 : a)[b]
    }) : x)(function(x) {
      if (typeof require2 !== "undefined") return require2.apply(this, arguments);
      throw Error('Dynamic require of "' + x + '" is not supported');
    });
    __esm2 = (fn, res, err) => function __init() {
      if (err) throw err[0];
      try {
        return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
      } catch (e) {
        throw err = [e], e;
      }
    };
    __commonJS = (cb, mod) => function __require2() {
      try {
        return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
      } catch (e) {
        throw mod = 0, e;
      }
    };
    __export3 = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key2 of __getOwnPropNames(from))
          if (!__hasOwnProp.call(to, key2) && key2 !== except)
            __defProp2(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
      }
      return to;
    };
    __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    require_array = __commonJS({
      "node_modules/fast-glob/out/utils/array.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.splitWhen = exports.flatten = void 0;
        function flatten(items) {
          return items.reduce((collection, item) => [].concat(collection, item), []);
        }
        exports.flatten = flatten;
        function splitWhen(items, predicate) {
          const result = [[]];
          let groupIndex = 0;
          for (const item of items) {
            if (predicate(item)) {
              groupIndex++;
              result[groupIndex] = [];
            } else {
              result[groupIndex].push(item);
            }
          }
          return result;
        }
        exports.splitWhen = splitWhen;
      }
    });
    require_errno = __commonJS({
      "node_modules/fast-glob/out/utils/errno.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.isEnoentCodeError = void 0;
        function isEnoentCodeError(error) {
          return error.code === "ENOENT";
        }
        exports.isEnoentCodeError = isEnoentCodeError;
      }
    });
    require_fs = __commonJS({
      "node_modules/fast-glob/out/utils/fs.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.createDirentFromStats = void 0;
        var DirentFromStats = class {
          constructor(name, stats) {
            this.name = name;
            this.isBlockDevice = stats.isBlockDevice.bind(stats);
            this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
            this.isDirectory = stats.isDirectory.bind(stats);
            this.isFIFO = stats.isFIFO.bind(stats);
            this.isFile = stats.isFile.bind(stats);
            this.isSocket = stats.isSocket.bind(stats);
            this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
          }
        };
        function createDirentFromStats(name, stats) {
          return new DirentFromStats(name, stats);
        }
        exports.createDirentFromStats = createDirentFromStats;
      }
    });
    require_path = __commonJS({
      "node_modules/fast-glob/out/utils/path.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
        var os = __require("os");
        var path17 = __require("path");
        var IS_WINDOWS_PLATFORM = os.platform() === "win32";
        var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
        var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
        var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
        var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
        var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
        function unixify(filepath) {
          return filepath.replace(/\\/g, "/");
        }
        exports.unixify = unixify;
        function makeAbsolute(cwd, filepath) {
          return path17.resolve(cwd, filepath);
        }
        exports.makeAbsolute = makeAbsolute;
        function removeLeadingDotSegment(entry) {
          if (entry.charAt(0) === ".") {
            const secondCharactery = entry.charAt(1);
            if (secondCharactery === "/" || secondCharactery === "\\") {
              return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
            }
          }
          return entry;
        }
        exports.removeLeadingDotSegment = removeLeadingDotSegment;
        exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
        function escapeWindowsPath(pattern) {
          return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
        }
        exports.escapeWindowsPath = escapeWindowsPath;
        function escapePosixPath(pattern) {
          return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
        }
        exports.escapePosixPath = escapePosixPath;
        exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
        function convertWindowsPathToPattern(filepath) {
          return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
        }
        exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
        function convertPosixPathToPattern(filepath) {
          return escapePosixPath(filepath);
        }
        exports.convertPosixPathToPattern = convertPosixPathToPattern;
      }
    });
    require_is_extglob = __commonJS({
      "node_modules/is-extglob/index.js"(exports, module) {
        module.exports = function isExtglob(str) {
          if (typeof str !== "string" || str === "") {
            return false;
          }
          var match2;
          while (match2 = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
            if (match2[2]) return true;
            str = str.slice(match2.index + match2[0].length);
          }
          return false;
        };
      }
    });
    require_is_glob = __commonJS({
      "node_modules/is-glob/index.js"(exports, module) {
        var isExtglob = require_is_extglob();
        var chars = { "{": "}", "(": ")", "[": "]" };
        var strictCheck = function(str) {
          if (str[0] === "!") {
            return true;
          }
          var index = 0;
          var pipeIndex = -2;
          var closeSquareIndex = -2;
          var closeCurlyIndex = -2;
          var closeParenIndex = -2;
          var backSlashIndex = -2;
          while (index < str.length) {
            if (str[index] === "*") {
              return true;
            }
            if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
              return true;
            }
            if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
              if (closeSquareIndex < index) {
                closeSquareIndex = str.indexOf("]", index);
              }
              if (closeSquareIndex > index) {
                if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
                  return true;
                }
                backSlashIndex = str.indexOf("\\", index);
                if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
                  return true;
                }
              }
            }
            if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
              closeCurlyIndex = str.indexOf("}", index);
              if (closeCurlyIndex > index) {
                backSlashIndex = str.indexOf("\\", index);
                if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
                  return true;
                }
              }
            }
            if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
              closeParenIndex = str.indexOf(")", index);
              if (closeParenIndex > index) {
                backSlashIndex = str.indexOf("\\", index);
                if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                  return true;
                }
              }
            }
            if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
              if (pipeIndex < index) {
                pipeIndex = str.indexOf("|", index);
              }
              if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
                closeParenIndex = str.indexOf(")", pipeIndex);
                if (closeParenIndex > pipeIndex) {
                  backSlashIndex = str.indexOf("\\", pipeIndex);
                  if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                    return true;
                  }
                }
              }
            }
            if (str[index] === "\\") {
              var open = str[index + 1];
              index += 2;
              var close = chars[open];
              if (close) {
                var n = str.indexOf(close, index);
                if (n !== -1) {
                  index = n + 1;
                }
              }
              if (str[index] === "!") {
                return true;
              }
            } else {
              index++;
            }
          }
          return false;
        };
        var relaxedCheck = function(str) {
          if (str[0] === "!") {
            return true;
          }
          var index = 0;
          while (index < str.length) {
            if (/[*?{}()[\]]/.test(str[index])) {
              return true;
            }
            if (str[index] === "\\") {
              var open = str[index + 1];
              index += 2;
              var close = chars[open];
              if (close) {
                var n = str.indexOf(close, index);
                if (n !== -1) {
                  index = n + 1;
                }
              }
              if (str[index] === "!") {
                return true;
              }
            } else {
              index++;
            }
          }
          return false;
        };
        module.exports = function isGlob(str, options7) {
          if (typeof str !== "string" || str === "") {
            return false;
          }
          if (isExtglob(str)) {
            return true;
          }
          var check2 = strictCheck;
          if (options7 && options7.strict === false) {
            check2 = relaxedCheck;
          }
          return check2(str);
        };
      }
    });
    require_glob_parent = __commonJS({
      "node_modules/fast-glob/node_modules/glob-parent/index.js"(exports, module) {
        "use strict";
        var isGlob = require_is_glob();
        var pathPosixDirname = __require("path").posix.dirname;
        var isWin32 = __require("os").platform() === "win32";
        var slash2 = "/";
        var backslash = /\\/g;
        var enclosure = /[\{\[].*[\}\]]$/;
        var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
        var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
        module.exports = function globParent(str, opts2) {
          var options7 = Object.assign({ flipBackslashes: true }, opts2);
          if (options7.flipBackslashes && isWin32 && str.indexOf(slash2) < 0) {
            str = str.replace(backslash, slash2);
          }
          if (enclosure.test(str)) {
            str += slash2;
          }
          str += "a";
          do {
            str = pathPosixDirname(str);
          } while (isGlob(str) || globby.test(str));
          return str.replace(escaped, "$1");
        };
      }
    });
    require_utils = __commonJS({
      "node_modules/braces/lib/utils.js"(exports) {
        "use strict";
        exports.isInteger = (num) => {
          if (typeof num === "number") {
            return Number.isInteger(num);
          }
          if (typeof num === "string" && num.trim() !== "") {
            return Number.isInteger(Number(num));
          }
          return false;
        };
        exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
        exports.exceedsLimit = (min, max, step = 1, limit) => {
          if (limit === false) return false;
          if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
          return (Number(max) - Number(min)) / Number(step) >= limit;
        };
        exports.escapeNode = (block, n = 0, type) => {
          const node = block.nodes[n];
          if (!node) return;
          if (type && node.type === type || node.type === "open" || node.type === "close") {
            if (node.escaped !== true) {
              node.value = "\\" + node.value;
              node.escaped = true;
            }
          }
        };
        exports.encloseBrace = (node) => {
          if (node.type !== "brace") return false;
          if (node.commas >> 0 + node.ranges >> 0 === 0) {
            node.invalid = true;
            return true;
          }
          return false;
        };
        exports.isInvalidBrace = (block) => {
          if (block.type !== "brace") return false;
          if (block.invalid === true || block.dollar) return true;
          if (block.commas >> 0 + block.ranges >> 0 === 0) {
            block.invalid = true;
            return true;
          }
          if (block.open !== true || block.close !== true) {
            block.invalid = true;
            return true;
          }
          return false;
        };
        exports.isOpenOrClose = (node) => {
          if (node.type === "open" || node.type === "close") {
            return true;
          }
          return node.open === true || node.close === true;
        };
        exports.reduce = (nodes) => nodes.reduce((acc, node) => {
          if (node.type === "text") acc.push(node.value);
          if (node.type === "range") node.type = "text";
          return acc;
        }, []);
        exports.flatten = (...args) => {
          const result = [];
          const flat = (arr) => {
            for (let i = 0; i < arr.length; i++) {
              const ele = arr[i];
              if (Array.isArray(ele)) {
                flat(ele);
                continue;
              }
              if (ele !== void 0) {
                result.push(ele);
              }
            }
            return result;
          };
          flat(args);
          return result;
        };
      }
    });
    require_stringify = __commonJS({
      "node_modules/braces/lib/stringify.js"(exports, module) {
        "use strict";
        var utils2 = require_utils();
        module.exports = (ast, options7 = {}) => {
          const stringify3 = (node, parent = {}) => {
            const invalidBlock = options7.escapeInvalid && utils2.isInvalidBrace(parent);
            const invalidNode = node.invalid === true && options7.escapeInvalid === true;
            let output = "";
            if (node.value) {
              if ((invalidBlock || invalidNode) && utils2.isOpenOrClose(node)) {
                return "\\" + node.value;
              }
              return node.value;
            }
            if (node.value) {
              return node.value;
            }
            if (node.nodes) {
              for (const child of node.nodes) {
                output += stringify3(child);
              }
            }
            return output;
          };
          return stringify3(ast);
        };
      }
    });
    require_is_number = __commonJS({
      "node_modules/is-number/index.js"(exports, module) {
        "use strict";
        module.exports = function(num) {
          if (typeof num === "number") {
            return num - num === 0;
          }
          if (typeof num === "string" && num.trim() !== "") {
            return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
          }
          return false;
        };
      }
    });
    require_to_regex_range = __commonJS({
      "node_modules/to-regex-range/index.js"(exports, module) {
        "use strict";
        var isNumber = require_is_number();
        var toRegexRange = (min, max, options7) => {
          if (isNumber(min) === false) {
            throw new TypeError("toRegexRange: expected the first argument to be a number");
          }
          if (max === void 0 || min === max) {
            return String(min);
          }
          if (isNumber(max) === false) {
            throw new TypeError("toRegexRange: expected the second argument to be a number.");
          }
          let opts2 = { relaxZeros: true, ...options7 };
          if (typeof opts2.strictZeros === "boolean") {
            opts2.relaxZeros = opts2.strictZeros === false;
          }
          let relax = String(opts2.relaxZeros);
          let shorthand = String(opts2.shorthand);
          let capture = String(opts2.capture);
          let wrap = String(opts2.wrap);
          let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
          if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
            return toRegexRange.cache[cacheKey].result;
          }
          let a = Math.min(min, max);
          let b = Math.max(min, max);
          if (Math.abs(a - b) === 1) {
            let result = min + "|" + max;
            if (opts2.capture) {
              return `(${result})`;
            }
            if (opts2.wrap === false) {
              return result;
            }
            return `(?:${result})`;
          }
          let isPadded2 = hasPadding(min) || hasPadding(max);
          let state = { min, max, a, b };
          let positives = [];
          let negatives = [];
          if (isPadded2) {
            state.isPadded = isPadded2;
            state.maxLen = String(state.max).length;
          }
          if (a < 0) {
            let newMin = b < 0 ? Math.abs(b) : 1;
            negatives = splitToPatterns(newMin, Math.abs(a), state, opts2);
            a = state.a = 0;
          }
          if (b >= 0) {
            positives = splitToPatterns(a, b, state, opts2);
          }
          state.negatives = negatives;
          state.positives = positives;
          state.result = collatePatterns(negatives, positives, opts2);
          if (opts2.capture === true) {
            state.result = `(${state.result})`;
          } else if (opts2.wrap !== false && positives.length + negatives.length > 1) {
            state.result = `(?:${state.result})`;
          }
          toRegexRange.cache[cacheKey] = state;
          return state.result;
        };
        function collatePatterns(neg, pos2, options7) {
          let onlyNegative = filterPatterns(neg, pos2, "-", false, options7) || [];
          let onlyPositive = filterPatterns(pos2, neg, "", false, options7) || [];
          let intersected = filterPatterns(neg, pos2, "-?", true, options7) || [];
          let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
          return subpatterns.join("|");
        }
        function splitToRanges(min, max) {
          let nines = 1;
          let zeros = 1;
          let stop = countNines(min, nines);
          let stops = /* @__PURE__ */ new Set([max]);
          while (min <= stop && stop <= max) {
            stops.add(stop);
            nines += 1;
            stop = countNines(min, nines);
          }
          stop = countZeros(max + 1, zeros) - 1;
          while (min < stop && stop <= max) {
            stops.add(stop);
            zeros += 1;
            stop = countZeros(max + 1, zeros) - 1;
          }
          stops = [...stops];
          stops.sort(compare);
          return stops;
        }
        function rangeToPattern(start, stop, options7) {
          if (start === stop) {
            return { pattern: start, count: [], digits: 0 };
          }
          let zipped = zip(start, stop);
          let digits = zipped.length;
          let pattern = "";
          let count = 0;
          for (let i = 0; i < digits; i++) {
            let [startDigit, stopDigit] = zipped[i];
            if (startDigit === stopDigit) {
              pattern += startDigit;
            } else if (startDigit !== "0" || stopDigit !== "9") {
              pattern += toCharacterClass(startDigit, stopDigit, options7);
            } else {
              count++;
            }
          }
          if (count) {
            pattern += options7.shorthand === true ? "\\d" : "[0-9]";
          }
          return { pattern, count: [count], digits };
        }
        function splitToPatterns(min, max, tok, options7) {
          let ranges = splitToRanges(min, max);
          let tokens = [];
          let start = min;
          let prev;
          for (let i = 0; i < ranges.length; i++) {
            let max2 = ranges[i];
            let obj = rangeToPattern(String(start), String(max2), options7);
            let zeros = "";
            if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
              if (prev.count.length > 1) {
                prev.count.pop();
              }
              prev.count.push(obj.count[0]);
              prev.string = prev.pattern + toQuantifier(prev.count);
              start = max2 + 1;
              continue;
            }
            if (tok.isPadded) {
              zeros = padZeros(max2, tok, options7);
            }
            obj.string = zeros + obj.pattern + toQuantifier(obj.count);
            tokens.push(obj);
            start = max2 + 1;
            prev = obj;
          }
          return tokens;
        }
        function filterPatterns(arr, comparison, prefix2, intersection, options7) {
          let result = [];
          for (let ele of arr) {
            let { string } = ele;
            if (!intersection && !contains(comparison, "string", string)) {
              result.push(prefix2 + string);
            }
            if (intersection && contains(comparison, "string", string)) {
              result.push(prefix2 + string);
            }
          }
          return result;
        }
        function zip(a, b) {
          let arr = [];
          for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
          return arr;
        }
        function compare(a, b) {
          return a > b ? 1 : b > a ? -1 : 0;
        }
        function contains(arr, key2, val) {
          return arr.some((ele) => ele[key2] === val);
        }
        function countNines(min, len) {
          return Number(String(min).slice(0, -len) + "9".repeat(len));
        }
        function countZeros(integer, zeros) {
          return integer - integer % Math.pow(10, zeros);
        }
        function toQuantifier(digits) {
          let [start = 0, stop = ""] = digits;
          if (stop || start > 1) {
            return `{${start + (stop ? "," + stop : "")}}`;
          }
          return "";
        }
        function toCharacterClass(a, b, options7) {
          return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
        }
        function hasPadding(str) {
          return /^-?(0+)\d/.test(str);
        }
        function padZeros(value, tok, options7) {
          if (!tok.isPadded) {
            return value;
          }
          let diff = Math.abs(tok.maxLen - String(value).length);
          let relax = options7.relaxZeros !== false;
          switch (diff) {
            case 0:
              return "";
            case 1:
              return relax ? "0?" : "0";
            case 2:
              return relax ? "0{0,2}" : "00";
            default: {
              return relax ? `0{0,${diff}}` : `0{${diff}}`;
            }
          }
        }
        toRegexRange.cache = {};
        toRegexRange.clearCache = () => toRegexRange.cache = {};
        module.exports = toRegexRange;
      }
    });
    require_fill_range = __commonJS({
      "node_modules/fill-range/index.js"(exports, module) {
        "use strict";
        var util2 = __require("util");
        var toRegexRange = require_to_regex_range();
        var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
        var transform = (toNumber) => {
          return (value) => toNumber === true ? Number(value) : String(value);
        };
        var isValidValue = (value) => {
          return typeof value === "number" || typeof value === "string" && value !== "";
        };
        var isNumber = (num) => Number.isInteger(+num);
        var zeros = (input) => {
          let value = `${input}`;
          let index = -1;
          if (value[0] === "-") value = value.slice(1);
          if (value === "0") return false;
          while (value[++index] === "0") ;
          return index > 0;
        };
        var stringify3 = (start, end, options7) => {
          if (typeof start === "string" || typeof end === "string") {
            return true;
          }
          return options7.stringify === true;
        };
        var pad = (input, maxLength, toNumber) => {
          if (maxLength > 0) {
            let dash = input[0] === "-" ? "-" : "";
            if (dash) input = input.slice(1);
            input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
          }
          if (toNumber === false) {
            return String(input);
          }
          return input;
        };
        var toMaxLen = (input, maxLength) => {
          let negative = input[0] === "-" ? "-" : "";
          if (negative) {
            input = input.slice(1);
            maxLength--;
          }
          while (input.length < maxLength) input = "0" + input;
          return negative ? "-" + input : input;
        };
        var toSequence = (parts, options7, maxLen) => {
          parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
          parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
          let prefix2 = options7.capture ? "" : "?:";
          let positives = "";
          let negatives = "";
          let result;
          if (parts.positives.length) {
            positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
          }
          if (parts.negatives.length) {
            negatives = `-(${prefix2}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
          }
          if (positives && negatives) {
            result = `${positives}|${negatives}`;
          } else {
            result = positives || negatives;
          }
          if (options7.wrap) {
            return `(${prefix2}${result})`;
          }
          return result;
        };
        var toRange = (a, b, isNumbers, options7) => {
          if (isNumbers) {
            return toRegexRange(a, b, { wrap: false, ...options7 });
          }
          let start = String.fromCharCode(a);
          if (a === b) return start;
          let stop = String.fromCharCode(b);
          return `[${start}-${stop}]`;
        };
        var toRegex = (start, end, options7) => {
          if (Array.isArray(start)) {
            let wrap = options7.wrap === true;
            let prefix2 = options7.capture ? "" : "?:";
            return wrap ? `(${prefix2}${start.join("|")})` : start.join("|");
          }
          return toRegexRange(start, end, options7);
        };
        var rangeError = (...args) => {
          return new RangeError("Invalid range arguments: " + util2.inspect(...args));
        };
        var invalidRange = (start, end, options7) => {
          if (options7.strictRanges === true) throw rangeError([start, end]);
          return [];
        };
        var invalidStep = (step, options7) => {
          if (options7.strictRanges === true) {
            throw new TypeError(`Expected step "${step}" to be a number`);
          }
          return [];
        };
        var fillNumbers = (start, end, step = 1, options7 = {}) => {
          let a = Number(start);
          let b = Number(end);
          if (!Number.isInteger(a) || !Number.isInteger(b)) {
            if (options7.strictRanges === true) throw rangeError([start, end]);
            return [];
          }
          if (a === 0) a = 0;
          if (b === 0) b = 0;
          let descending = a > b;
          let startString = String(start);
          let endString = String(end);
          let stepString = String(step);
          step = Math.max(Math.abs(step), 1);
          let padded = zeros(startString) || zeros(endString) || zeros(stepString);
          let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
          let toNumber = padded === false && stringify3(start, end, options7) === false;
          let format3 = options7.transform || transform(toNumber);
          if (options7.toRegex && step === 1) {
            return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options7);
          }
          let parts = { negatives: [], positives: [] };
          let push2 = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
          let range2 = [];
          let index = 0;
          while (descending ? a >= b : a <= b) {
            if (options7.toRegex === true && step > 1) {
              push2(a);
            } else {
              range2.push(pad(format3(a, index), maxLen, toNumber));
            }
            a = descending ? a - step : a + step;
            index++;
          }
          if (options7.toRegex === true) {
            return step > 1 ? toSequence(parts, options7, maxLen) : toRegex(range2, null, { wrap: false, ...options7 });
          }
          return range2;
        };
        var fillLetters = (start, end, step = 1, options7 = {}) => {
          if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
            return invalidRange(start, end, options7);
          }
          let format3 = options7.transform || ((val) => String.fromCharCode(val));
          let a = `${start}`.charCodeAt(0);
          let b = `${end}`.charCodeAt(0);
          let descending = a > b;
          let min = Math.min(a, b);
          let max = Math.max(a, b);
          if (options7.toRegex && step === 1) {
            return toRange(min, max, false, options7);
          }
          let range2 = [];
          let index = 0;
          while (descending ? a >= b : a <= b) {
            range2.push(format3(a, index));
            a = descending ? a - step : a + step;
            index++;
          }
          if (options7.toRegex === true) {
            return toRegex(range2, null, { wrap: false, options: options7 });
          }
          return range2;
        };
        var fill2 = (start, end, step, options7 = {}) => {
          if (end == null && isValidValue(start)) {
            return [start];
          }
          if (!isValidValue(start) || !isValidValue(end)) {
            return invalidRange(start, end, options7);
          }
          if (typeof step === "function") {
            return fill2(start, end, 1, { transform: step });
          }
          if (isObject2(step)) {
            return fill2(start, end, 0, step);
          }
          let opts2 = { ...options7 };
          if (opts2.capture === true) opts2.wrap = true;
          step = step || opts2.step || 1;
          if (!isNumber(step)) {
            if (step != null && !isObject2(step)) return invalidStep(step, opts2);
            return fill2(start, end, 1, step);
          }
          if (isNumber(start) && isNumber(end)) {
            return fillNumbers(start, end, step, opts2);
          }
          return fillLetters(start, end, Math.max(Math.abs(step), 1), opts2);
        };
        module.exports = fill2;
      }
    });
    require_compile = __commonJS({
      "node_modules/braces/lib/compile.js"(exports, module) {
        "use strict";
        var fill2 = require_fill_range();
        var utils2 = require_utils();
        var compile2 = (ast, options7 = {}) => {
          const walk = (node, parent = {}) => {
            const invalidBlock = utils2.isInvalidBrace(parent);
            const invalidNode = node.invalid === true && options7.escapeInvalid === true;
            const invalid = invalidBlock === true || invalidNode === true;
            const prefix2 = options7.escapeInvalid === true ? "\\" : "";
            let output = "";
            if (node.isOpen === true) {
              return prefix2 + node.value;
            }
            if (node.isClose === true) {
              console.log("node.isClose", prefix2, node.value);
              return prefix2 + node.value;
            }
            if (node.type === "open") {
              return invalid ? prefix2 + node.value : "(";
            }
            if (node.type === "close") {
              return invalid ? prefix2 + node.value : ")";
            }
            if (node.type === "comma") {
              return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
            }
            if (node.value) {
              return node.value;
            }
            if (node.nodes && node.ranges > 0) {
              const args = utils2.reduce(node.nodes);
              const range2 = fill2(...args, { ...options7, wrap: false, toRegex: true, strictZeros: true });
              if (range2.length !== 0) {
                return args.length > 1 && range2.length > 1 ? `(${range2})` : range2;
              }
            }
            if (node.nodes) {
              for (const child of node.nodes) {
                output += walk(child, node);
              }
            }
            return output;
          };
          return walk(ast);
        };
        module.exports = compile2;
      }
    });
    require_expand = __commonJS({
      "node_modules/braces/lib/expand.js"(exports, module) {
        "use strict";
        var fill2 = require_fill_range();
        var stringify3 = require_stringify();
        var utils2 = require_utils();
        var append = (queue = "", stash = "", enclose = false) => {
          const result = [];
          queue = [].concat(queue);
          stash = [].concat(stash);
          if (!stash.length) return queue;
          if (!queue.length) {
            return enclose ? utils2.flatten(stash).map((ele) => `{${ele}}`) : stash;
          }
          for (const item of queue) {
            if (Array.isArray(item)) {
              for (const value of item) {
                result.push(append(value, stash, enclose));
              }
            } else {
              for (let ele of stash) {
                if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
                result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
              }
            }
          }
          return utils2.flatten(result);
        };
        var expand2 = (ast, options7 = {}) => {
          const rangeLimit = options7.rangeLimit === void 0 ? 1e3 : options7.rangeLimit;
          const walk = (node, parent = {}) => {
            node.queue = [];
            let p = parent;
            let q = parent.queue;
            while (p.type !== "brace" && p.type !== "root" && p.parent) {
              p = p.parent;
              q = p.queue;
            }
            if (node.invalid || node.dollar) {
              q.push(append(q.pop(), stringify3(node, options7)));
              return;
            }
            if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
              q.push(append(q.pop(), ["{}"]));
              return;
            }
            if (node.nodes && node.ranges > 0) {
              const args = utils2.reduce(node.nodes);
              if (utils2.exceedsLimit(...args, options7.step, rangeLimit)) {
                throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
              }
              let range2 = fill2(...args, options7);
              if (range2.length === 0) {
                range2 = stringify3(node, options7);
              }
              q.push(append(q.pop(), range2));
              node.nodes = [];
              return;
            }
            const enclose = utils2.encloseBrace(node);
            let queue = node.queue;
            let block = node;
            while (block.type !== "brace" && block.type !== "root" && block.parent) {
              block = block.parent;
              queue = block.queue;
            }
            for (let i = 0; i < node.nodes.length; i++) {
              const child = node.nodes[i];
              if (child.type === "comma" && node.type === "brace") {
                if (i === 1) queue.push("");
                queue.push("");
                continue;
              }
              if (child.type === "close") {
                q.push(append(q.pop(), queue, enclose));
                continue;
              }
              if (child.value && child.type !== "open") {
                queue.push(append(queue.pop(), child.value));
                continue;
              }
              if (child.nodes) {
                walk(child, node);
              }
            }
            return queue;
          };
          return utils2.flatten(walk(ast));
        };
        module.exports = expand2;
      }
    });
    require_constants = __commonJS({
      "node_modules/braces/lib/constants.js"(exports, module) {
        "use strict";
        module.exports = {
          MAX_LENGTH: 1e4,
          // Digits
          CHAR_0: "0",
          /* 0 */
          CHAR_9: "9",
          /* 9 */
          // Alphabet chars.
          CHAR_UPPERCASE_A: "A",
          /* A */
          CHAR_LOWERCASE_A: "a",
          /* a */
          CHAR_UPPERCASE_Z: "Z",
          /* Z */
          CHAR_LOWERCASE_Z: "z",
          /* z */
          CHAR_LEFT_PARENTHESES: "(",
          /* ( */
          CHAR_RIGHT_PARENTHESES: ")",
          /* ) */
          CHAR_ASTERISK: "*",
          /* * */
          // Non-alphabetic chars.
          CHAR_AMPERSAND: "&",
          /* & */
          CHAR_AT: "@",
          /* @ */
          CHAR_BACKSLASH: "\\",
          /* \ */
          CHAR_BACKTICK: "`",
          /* ` */
          CHAR_CARRIAGE_RETURN: "\r",
          /* \r */
          CHAR_CIRCUMFLEX_ACCENT: "^",
          /* ^ */
          CHAR_COLON: ":",
          /* : */
          CHAR_COMMA: ",",
          /* , */
          CHAR_DOLLAR: "$",
          /* . */
          CHAR_DOT: ".",
          /* . */
          CHAR_DOUBLE_QUOTE: '"',
          /* " */
          CHAR_EQUAL: "=",
          /* = */
          CHAR_EXCLAMATION_MARK: "!",
          /* ! */
          CHAR_FORM_FEED: "\f",
          /* \f */
          CHAR_FORWARD_SLASH: "/",
          /* / */
          CHAR_HASH: "#",
          /* # */
          CHAR_HYPHEN_MINUS: "-",
          /* - */
          CHAR_LEFT_ANGLE_BRACKET: "<",
          /* < */
          CHAR_LEFT_CURLY_BRACE: "{",
          /* { */
          CHAR_LEFT_SQUARE_BRACKET: "[",
          /* [ */
          CHAR_LINE_FEED: "\n",
          /* \n */
          CHAR_NO_BREAK_SPACE: "\xA0",
          /* \u00A0 */
          CHAR_PERCENT: "%",
          /* % */
          CHAR_PLUS: "+",
          /* + */
          CHAR_QUESTION_MARK: "?",
          /* ? */
          CHAR_RIGHT_ANGLE_BRACKET: ">",
          /* > */
          CHAR_RIGHT_CURLY_BRACE: "}",
          /* } */
          CHAR_RIGHT_SQUARE_BRACKET: "]",
          /* ] */
          CHAR_SEMICOLON: ";",
          /* ; */
          CHAR_SINGLE_QUOTE: "'",
          /* ' */
          CHAR_SPACE: " ",
          /*   */
          CHAR_TAB: "	",
          /* \t */
          CHAR_UNDERSCORE: "_",
          /* _ */
          CHAR_VERTICAL_LINE: "|",
          /* | */
          CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
          /* \uFEFF */
        };
      }
    });
    require_parse = __commonJS({
      "node_modules/braces/lib/parse.js"(exports, module) {
        "use strict";
        var stringify3 = require_stringify();
        var {
          MAX_LENGTH,
          CHAR_BACKSLASH,
          /* \ */
          CHAR_BACKTICK,
          /* ` */
          CHAR_COMMA,
          /* , */
          CHAR_DOT,
          /* . */
          CHAR_LEFT_PARENTHESES,
          /* ( */
          CHAR_RIGHT_PARENTHESES,
          /* ) */
          CHAR_LEFT_CURLY_BRACE,
          /* { */
          CHAR_RIGHT_CURLY_BRACE,
          /* } */
          CHAR_LEFT_SQUARE_BRACKET,
          /* [ */
          CHAR_RIGHT_SQUARE_BRACKET,
          /* ] */
          CHAR_DOUBLE_QUOTE,
          /* " */
          CHAR_SINGLE_QUOTE,
          /* ' */
          CHAR_NO_BREAK_SPACE,
          CHAR_ZERO_WIDTH_NOBREAK_SPACE
        } = require_constants();
        var parse9 = (input, options7 = {}) => {
          if (typeof input !== "string") {
            throw new TypeError("Expected a string");
          }
          const opts2 = options7 || {};
          const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
          if (input.length > max) {
            throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
          }
          const ast = { type: "root", input, nodes: [] };
          const stack2 = [ast];
          let block = ast;
          let prev = ast;
          let brackets = 0;
          const length = input.length;
          let index = 0;
          let depth = 0;
          let value;
          const advance = () => input[index++];
          const push2 = (node) => {
            if (node.type === "text" && prev.type === "dot") {
              prev.type = "text";
            }
            if (prev && prev.type === "text" && node.type === "text") {
              prev.value += node.value;
              return;
            }
            block.nodes.push(node);
            node.parent = block;
            node.prev = prev;
            prev = node;
            return node;
          };
          push2({ type: "bos" });
          while (index < length) {
            block = stack2[stack2.length - 1];
            value = advance();
            if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
              continue;
            }
            if (value === CHAR_BACKSLASH) {
              push2({ type: "text", value: (options7.keepEscaping ? value : "") + advance() });
              continue;
            }
            if (value === CHAR_RIGHT_SQUARE_BRACKET) {
              push2({ type: "text", value: "\\" + value });
              continue;
            }
            if (value === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              let next;
              while (index < length && (next = advance())) {
                value += next;
                if (next === CHAR_LEFT_SQUARE_BRACKET) {
                  brackets++;
                  continue;
                }
                if (next === CHAR_BACKSLASH) {
                  value += advance();
                  continue;
                }
                if (next === CHAR_RIGHT_SQUARE_BRACKET) {
                  brackets--;
                  if (brackets === 0) {
                    break;
                  }
                }
              }
              push2({ type: "text", value });
              continue;
            }
            if (value === CHAR_LEFT_PARENTHESES) {
              block = push2({ type: "paren", nodes: [] });
              stack2.push(block);
              push2({ type: "text", value });
              continue;
            }
            if (value === CHAR_RIGHT_PARENTHESES) {
              if (block.type !== "paren") {
                push2({ type: "text", value });
                continue;
              }
              block = stack2.pop();
              push2({ type: "text", value });
              block = stack2[stack2.length - 1];
              continue;
            }
            if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
              const open = value;
              let next;
              if (options7.keepQuotes !== true) {
                value = "";
              }
              while (index < length && (next = advance())) {
                if (next === CHAR_BACKSLASH) {
                  value += next + advance();
                  continue;
                }
                if (next === open) {
                  if (options7.keepQuotes === true) value += next;
                  break;
                }
                value += next;
              }
              push2({ type: "text", value });
              continue;
            }
            if (value === CHAR_LEFT_CURLY_BRACE) {
              depth++;
              const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
              const brace = {
                type: "brace",
                open: true,
                close: false,
                dollar,
                depth,
                commas: 0,
                ranges: 0,
                nodes: []
              };
              block = push2(brace);
              stack2.push(block);
              push2({ type: "open", value });
              continue;
            }
            if (value === CHAR_RIGHT_CURLY_BRACE) {
              if (block.type !== "brace") {
                push2({ type: "text", value });
                continue;
              }
              const type = "close";
              block = stack2.pop();
              block.close = true;
              push2({ type, value });
              depth--;
              block = stack2[stack2.length - 1];
              continue;
            }
            if (value === CHAR_COMMA && depth > 0) {
              if (block.ranges > 0) {
                block.ranges = 0;
                const open = block.nodes.shift();
                block.nodes = [open, { type: "text", value: stringify3(block) }];
              }
              push2({ type: "comma", value });
              block.commas++;
              continue;
            }
            if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
              const siblings = block.nodes;
              if (depth === 0 || siblings.length === 0) {
                push2({ type: "text", value });
                continue;
              }
              if (prev.type === "dot") {
                block.range = [];
                prev.value += value;
                prev.type = "range";
                if (block.nodes.length !== 3 && block.nodes.length !== 5) {
                  block.invalid = true;
                  block.ranges = 0;
                  prev.type = "text";
                  continue;
                }
                block.ranges++;
                block.args = [];
                continue;
              }
              if (prev.type === "range") {
                siblings.pop();
                const before = siblings[siblings.length - 1];
                before.value += prev.value + value;
                prev = before;
                block.ranges--;
                continue;
              }
              push2({ type: "dot", value });
              continue;
            }
            push2({ type: "text", value });
          }
          do {
            block = stack2.pop();
            if (block.type !== "root") {
              block.nodes.forEach((node) => {
                if (!node.nodes) {
                  if (node.type === "open") node.isOpen = true;
                  if (node.type === "close") node.isClose = true;
                  if (!node.nodes) node.type = "text";
                  node.invalid = true;
                }
              });
              const parent = stack2[stack2.length - 1];
              const index2 = parent.nodes.indexOf(block);
              parent.nodes.splice(index2, 1, ...block.nodes);
            }
          } while (stack2.length > 0);
          push2({ type: "eos" });
          return ast;
        };
        module.exports = parse9;
      }
    });
    require_braces = __commonJS({
      "node_modules/braces/index.js"(exports, module) {
        "use strict";
        var stringify3 = require_stringify();
        var compile2 = require_compile();
        var expand2 = require_expand();
        var parse9 = require_parse();
        var braces = (input, options7 = {}) => {
          let output = [];
          if (Array.isArray(input)) {
            for (const pattern of input) {
              const result = braces.create(pattern, options7);
              if (Array.isArray(result)) {
                output.push(...result);
              } else {
                output.push(result);
              }
            }
          } else {
            output = [].concat(braces.create(input, options7));
          }
          if (options7 && options7.expand === true && options7.nodupes === true) {
            output = [...new Set(output)];
          }
          return output;
        };
        braces.parse = (input, options7 = {}) => parse9(input, options7);
        braces.stringify = (input, options7 = {}) => {
          if (typeof input === "string") {
            return stringify3(braces.parse(input, options7), options7);
          }
          return stringify3(input, options7);
        };
        braces.compile = (input, options7 = {}) => {
          if (typeof input === "string") {
            input = braces.parse(input, options7);
          }
          return compile2(input, options7);
        };
        braces.expand = (input, options7 = {}) => {
          if (typeof input === "string") {
            input = braces.parse(input, options7);
          }
          let result = expand2(input, options7);
          if (options7.noempty === true) {
            result = result.filter(Boolean);
          }
          if (options7.nodupes === true) {
            result = [...new Set(result)];
          }
          return result;
        };
        braces.create = (input, options7 = {}) => {
          if (input === "" || input.length < 3) {
            return [input];
          }
          return options7.expand !== true ? braces.compile(input, options7) : braces.expand(input, options7);
        };
        module.exports = braces;
      }
    });
    require_constants2 = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
        "use strict";
        var path17 = __require("path");
        var WIN_SLASH = "\\\\/";
        var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
        var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
        var DOT_LITERAL = "\\.";
        var PLUS_LITERAL = "\\+";
        var QMARK_LITERAL = "\\?";
        var SLASH_LITERAL = "\\/";
        var ONE_CHAR = "(?=.)";
        var QMARK = "[^/]";
        var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
        var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
        var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
        var NO_DOT = `(?!${DOT_LITERAL})`;
        var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
        var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
        var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
        var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
        var STAR = `${QMARK}*?`;
        var POSIX_CHARS = {
          DOT_LITERAL,
          PLUS_LITERAL,
          QMARK_LITERAL,
          SLASH_LITERAL,
          ONE_CHAR,
          QMARK,
          END_ANCHOR,
          DOTS_SLASH,
          NO_DOT,
          NO_DOTS,
          NO_DOT_SLASH,
          NO_DOTS_SLASH,
          QMARK_NO_DOT,
          STAR,
          START_ANCHOR
        };
        var WINDOWS_CHARS = {
          ...POSIX_CHARS,
          SLASH_LITERAL: `[${WIN_SLASH}]`,
          QMARK: WIN_NO_SLASH,
          STAR: `${WIN_NO_SLASH}*?`,
          DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
          NO_DOT: `(?!${DOT_LITERAL})`,
          NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
          NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
          NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
          QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
          START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
          END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
        };
        var POSIX_REGEX_SOURCE = {
          __proto__: null,
          alnum: "a-zA-Z0-9",
          alpha: "a-zA-Z",
          ascii: "\\x00-\\x7F",
          blank: " \\t",
          cntrl: "\\x00-\\x1F\\x7F",
          digit: "0-9",
          graph: "\\x21-\\x7E",
          lower: "a-z",
          print: "\\x20-\\x7E ",
          punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
          space: " \\t\\r\\n\\v\\f",
          upper: "A-Z",
          word: "A-Za-z0-9_",
          xdigit: "A-Fa-f0-9"
        };
        module.exports = {
          DEFAULT_MAX_EXTGLOB_RECURSION,
          MAX_LENGTH: 1024 * 64,
          POSIX_REGEX_SOURCE,
          // regular expressions
          REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
          REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
          REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
          REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
          REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
          REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
          // Replace globs with equivalent patterns to reduce parsing time.
          REPLACEMENTS: {
            __proto__: null,
            "***": "*",
            "**/**": "**",
            "**/**/**": "**"
          },
          // Digits
          CHAR_0: 48,
          /* 0 */
          CHAR_9: 57,
          /* 9 */
          // Alphabet chars.
          CHAR_UPPERCASE_A: 65,
          /* A */
          CHAR_LOWERCASE_A: 97,
          /* a */
          CHAR_UPPERCASE_Z: 90,
          /* Z */
          CHAR_LOWERCASE_Z: 122,
          /* z */
          CHAR_LEFT_PARENTHESES: 40,
          /* ( */
          CHAR_RIGHT_PARENTHESES: 41,
          /* ) */
          CHAR_ASTERISK: 42,
          /* * */
          // Non-alphabetic chars.
          CHAR_AMPERSAND: 38,
          /* & */
          CHAR_AT: 64,
          /* @ */
          CHAR_BACKWARD_SLASH: 92,
          /* \ */
          CHAR_CARRIAGE_RETURN: 13,
          /* \r */
          CHAR_CIRCUMFLEX_ACCENT: 94,
          /* ^ */
          CHAR_COLON: 58,
          /* : */
          CHAR_COMMA: 44,
          /* , */
          CHAR_DOT: 46,
          /* . */
          CHAR_DOUBLE_QUOTE: 34,
          /* " */
          CHAR_EQUAL: 61,
          /* = */
          CHAR_EXCLAMATION_MARK: 33,
          /* ! */
          CHAR_FORM_FEED: 12,
          /* \f */
          CHAR_FORWARD_SLASH: 47,
          /* / */
          CHAR_GRAVE_ACCENT: 96,
          /* ` */
          CHAR_HASH: 35,
          /* # */
          CHAR_HYPHEN_MINUS: 45,
          /* - */
          CHAR_LEFT_ANGLE_BRACKET: 60,
          /* < */
          CHAR_LEFT_CURLY_BRACE: 123,
          /* { */
          CHAR_LEFT_SQUARE_BRACKET: 91,
          /* [ */
          CHAR_LINE_FEED: 10,
          /* \n */
          CHAR_NO_BREAK_SPACE: 160,
          /* \u00A0 */
          CHAR_PERCENT: 37,
          /* % */
          CHAR_PLUS: 43,
          /* + */
          CHAR_QUESTION_MARK: 63,
          /* ? */
          CHAR_RIGHT_ANGLE_BRACKET: 62,
          /* > */
          CHAR_RIGHT_CURLY_BRACE: 125,
          /* } */
          CHAR_RIGHT_SQUARE_BRACKET: 93,
          /* ] */
          CHAR_SEMICOLON: 59,
          /* ; */
          CHAR_SINGLE_QUOTE: 39,
          /* ' */
          CHAR_SPACE: 32,
          /*   */
          CHAR_TAB: 9,
          /* \t */
          CHAR_UNDERSCORE: 95,
          /* _ */
          CHAR_VERTICAL_LINE: 124,
          /* | */
          CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
          /* \uFEFF */
          SEP: path17.sep,
          /**
           * Create EXTGLOB_CHARS
           */
          extglobChars(chars) {
            return {
              "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
              "?": { type: "qmark", open: "(?:", close: ")?" },
              "+": { type: "plus", open: "(?:", close: ")+" },
              "*": { type: "star", open: "(?:", close: ")*" },
              "@": { type: "at", open: "(?:", close: ")" }
            };
          },
          /**
           * Create GLOB_CHARS
           */
          globChars(win32) {
            return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
          }
        };
      }
    });
    require_utils2 = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
        "use strict";
        var path17 = __require("path");
        var win32 = process.platform === "win32";
        var {
          REGEX_BACKSLASH,
          REGEX_REMOVE_BACKSLASH,
          REGEX_SPECIAL_CHARS,
          REGEX_SPECIAL_CHARS_GLOBAL
        } = require_constants2();
        exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
        exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
        exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
        exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
        exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
        exports.removeBackslashes = (str) => {
          return str.replace(REGEX_REMOVE_BACKSLASH, (match2) => {
            return match2 === "\\" ? "" : match2;
          });
        };
        exports.supportsLookbehinds = () => {
          const segs = process.version.slice(1).split(".").map(Number);
          if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
            return true;
          }
          return false;
        };
        exports.isWindows = (options7) => {
          if (options7 && typeof options7.windows === "boolean") {
            return options7.windows;
          }
          return win32 === true || path17.sep === "\\";
        };
        exports.escapeLast = (input, char, lastIdx) => {
          const idx = input.lastIndexOf(char, lastIdx);
          if (idx === -1) return input;
          if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
          return `${input.slice(0, idx)}\\${input.slice(idx)}`;
        };
        exports.removePrefix = (input, state = {}) => {
          let output = input;
          if (output.startsWith("./")) {
            output = output.slice(2);
            state.prefix = "./";
          }
          return output;
        };
        exports.wrapOutput = (input, state = {}, options7 = {}) => {
          const prepend = options7.contains ? "" : "^";
          const append = options7.contains ? "" : "$";
          let output = `${prepend}(?:${input})${append}`;
          if (state.negated === true) {
            output = `(?:^(?!${output}).*$)`;
          }
          return output;
        };
      }
    });
    require_scan = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
        "use strict";
        var utils2 = require_utils2();
        var {
          CHAR_ASTERISK,
          /* * */
          CHAR_AT,
          /* @ */
          CHAR_BACKWARD_SLASH,
          /* \ */
          CHAR_COMMA,
          /* , */
          CHAR_DOT,
          /* . */
          CHAR_EXCLAMATION_MARK,
          /* ! */
          CHAR_FORWARD_SLASH,
          /* / */
          CHAR_LEFT_CURLY_BRACE,
          /* { */
          CHAR_LEFT_PARENTHESES,
          /* ( */
          CHAR_LEFT_SQUARE_BRACKET,
          /* [ */
          CHAR_PLUS,
          /* + */
          CHAR_QUESTION_MARK,
          /* ? */
          CHAR_RIGHT_CURLY_BRACE,
          /* } */
          CHAR_RIGHT_PARENTHESES,
          /* ) */
          CHAR_RIGHT_SQUARE_BRACKET
          /* ] */
        } = require_constants2();
        var isPathSeparator = (code) => {
          return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
        };
        var depth = (token2) => {
          if (token2.isPrefix !== true) {
            token2.depth = token2.isGlobstar ? Infinity : 1;
          }
        };
        var scan = (input, options7) => {
          const opts2 = options7 || {};
          const length = input.length - 1;
          const scanToEnd = opts2.parts === true || opts2.scanToEnd === true;
          const slashes = [];
          const tokens = [];
          const parts = [];
          let str = input;
          let index = -1;
          let start = 0;
          let lastIndex = 0;
          let isBrace = false;
          let isBracket = false;
          let isGlob = false;
          let isExtglob = false;
          let isGlobstar = false;
          let braceEscaped = false;
          let backslashes = false;
          let negated = false;
          let negatedExtglob = false;
          let finished = false;
          let braces = 0;
          let prev;
          let code;
          let token2 = { value: "", depth: 0, isGlob: false };
          const eos = () => index >= length;
          const peek2 = () => str.charCodeAt(index + 1);
          const advance = () => {
            prev = code;
            return str.charCodeAt(++index);
          };
          while (index < length) {
            code = advance();
            let next;
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              code = advance();
              if (code === CHAR_LEFT_CURLY_BRACE) {
                braceEscaped = true;
              }
              continue;
            }
            if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_CURLY_BRACE) {
                  braces++;
                  continue;
                }
                if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
                  isBrace = token2.isBrace = true;
                  isGlob = token2.isGlob = true;
                  finished = true;
                  if (scanToEnd === true) {
                    continue;
                  }
                  break;
                }
                if (braceEscaped !== true && code === CHAR_COMMA) {
                  isBrace = token2.isBrace = true;
                  isGlob = token2.isGlob = true;
                  finished = true;
                  if (scanToEnd === true) {
                    continue;
                  }
                  break;
                }
                if (code === CHAR_RIGHT_CURLY_BRACE) {
                  braces--;
                  if (braces === 0) {
                    braceEscaped = false;
                    isBrace = token2.isBrace = true;
                    finished = true;
                    break;
                  }
                }
              }
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_FORWARD_SLASH) {
              slashes.push(index);
              tokens.push(token2);
              token2 = { value: "", depth: 0, isGlob: false };
              if (finished === true) continue;
              if (prev === CHAR_DOT && index === start + 1) {
                start += 2;
                continue;
              }
              lastIndex = index + 1;
              continue;
            }
            if (opts2.noext !== true) {
              const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
              if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
                isGlob = token2.isGlob = true;
                isExtglob = token2.isExtglob = true;
                finished = true;
                if (code === CHAR_EXCLAMATION_MARK && index === start) {
                  negatedExtglob = true;
                }
                if (scanToEnd === true) {
                  while (eos() !== true && (code = advance())) {
                    if (code === CHAR_BACKWARD_SLASH) {
                      backslashes = token2.backslashes = true;
                      code = advance();
                      continue;
                    }
                    if (code === CHAR_RIGHT_PARENTHESES) {
                      isGlob = token2.isGlob = true;
                      finished = true;
                      break;
                    }
                  }
                  continue;
                }
                break;
              }
            }
            if (code === CHAR_ASTERISK) {
              if (prev === CHAR_ASTERISK) isGlobstar = token2.isGlobstar = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_QUESTION_MARK) {
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_LEFT_SQUARE_BRACKET) {
              while (eos() !== true && (next = advance())) {
                if (next === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  advance();
                  continue;
                }
                if (next === CHAR_RIGHT_SQUARE_BRACKET) {
                  isBracket = token2.isBracket = true;
                  isGlob = token2.isGlob = true;
                  finished = true;
                  break;
                }
              }
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (opts2.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
              negated = token2.negated = true;
              start++;
              continue;
            }
            if (opts2.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
              isGlob = token2.isGlob = true;
              if (scanToEnd === true) {
                while (eos() !== true && (code = advance())) {
                  if (code === CHAR_LEFT_PARENTHESES) {
                    backslashes = token2.backslashes = true;
                    code = advance();
                    continue;
                  }
                  if (code === CHAR_RIGHT_PARENTHESES) {
                    finished = true;
                    break;
                  }
                }
                continue;
              }
              break;
            }
            if (isGlob === true) {
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
          }
          if (opts2.noext === true) {
            isExtglob = false;
            isGlob = false;
          }
          let base = str;
          let prefix2 = "";
          let glob = "";
          if (start > 0) {
            prefix2 = str.slice(0, start);
            str = str.slice(start);
            lastIndex -= start;
          }
          if (base && isGlob === true && lastIndex > 0) {
            base = str.slice(0, lastIndex);
            glob = str.slice(lastIndex);
          } else if (isGlob === true) {
            base = "";
            glob = str;
          } else {
            base = str;
          }
          if (base && base !== "" && base !== "/" && base !== str) {
            if (isPathSeparator(base.charCodeAt(base.length - 1))) {
              base = base.slice(0, -1);
            }
          }
          if (opts2.unescape === true) {
            if (glob) glob = utils2.removeBackslashes(glob);
            if (base && backslashes === true) {
              base = utils2.removeBackslashes(base);
            }
          }
          const state = {
            prefix: prefix2,
            input,
            start,
            base,
            glob,
            isBrace,
            isBracket,
            isGlob,
            isExtglob,
            isGlobstar,
            negated,
            negatedExtglob
          };
          if (opts2.tokens === true) {
            state.maxDepth = 0;
            if (!isPathSeparator(code)) {
              tokens.push(token2);
            }
            state.tokens = tokens;
          }
          if (opts2.parts === true || opts2.tokens === true) {
            let prevIndex;
            for (let idx = 0; idx < slashes.length; idx++) {
              const n = prevIndex ? prevIndex + 1 : start;
              const i = slashes[idx];
              const value = input.slice(n, i);
              if (opts2.tokens) {
                if (idx === 0 && start !== 0) {
                  tokens[idx].isPrefix = true;
                  tokens[idx].value = prefix2;
                } else {
                  tokens[idx].value = value;
                }
                depth(tokens[idx]);
                state.maxDepth += tokens[idx].depth;
              }
              if (idx !== 0 || value !== "") {
                parts.push(value);
              }
              prevIndex = i;
            }
            if (prevIndex && prevIndex + 1 < input.length) {
              const value = input.slice(prevIndex + 1);
              parts.push(value);
              if (opts2.tokens) {
                tokens[tokens.length - 1].value = value;
                depth(tokens[tokens.length - 1]);
                state.maxDepth += tokens[tokens.length - 1].depth;
              }
            }
            state.slashes = slashes;
            state.parts = parts;
          }
          return state;
        };
        module.exports = scan;
      }
    });
    require_parse2 = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
        "use strict";
        var constants = require_constants2();
        var utils2 = require_utils2();
        var {
          MAX_LENGTH,
          POSIX_REGEX_SOURCE,
          REGEX_NON_SPECIAL_CHARS,
          REGEX_SPECIAL_CHARS_BACKREF,
          REPLACEMENTS
        } = constants;
        var expandRange = (args, options7) => {
          if (typeof options7.expandRange === "function") {
            return options7.expandRange(...args, options7);
          }
          args.sort();
          const value = `[${args.join("-")}]`;
          try {
            new RegExp(value);
          } catch (ex) {
            return args.map((v) => utils2.escapeRegex(v)).join("..");
          }
          return value;
        };
        var syntaxError2 = (type, char) => {
          return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
        };
        var splitTopLevel = (input) => {
          const parts = [];
          let bracket = 0;
          let paren = 0;
          let quote = 0;
          let value = "";
          let escaped = false;
          for (const ch of input) {
            if (escaped === true) {
              value += ch;
              escaped = false;
              continue;
            }
            if (ch === "\\") {
              value += ch;
              escaped = true;
              continue;
            }
            if (ch === '"') {
              quote = quote === 1 ? 0 : 1;
              value += ch;
              continue;
            }
            if (quote === 0) {
              if (ch === "[") {
                bracket++;
              } else if (ch === "]" && bracket > 0) {
                bracket--;
              } else if (bracket === 0) {
                if (ch === "(") {
                  paren++;
                } else if (ch === ")" && paren > 0) {
                  paren--;
                } else if (ch === "|" && paren === 0) {
                  parts.push(value);
                  value = "";
                  continue;
                }
              }
            }
            value += ch;
          }
          parts.push(value);
          return parts;
        };
        var isPlainBranch = (branch) => {
          let escaped = false;
          for (const ch of branch) {
            if (escaped === true) {
              escaped = false;
              continue;
            }
            if (ch === "\\") {
              escaped = true;
              continue;
            }
            if (/[?*+@!()[\]{}]/.test(ch)) {
              return false;
            }
          }
          return true;
        };
        var normalizeSimpleBranch = (branch) => {
          let value = branch.trim();
          let changed = true;
          while (changed === true) {
            changed = false;
            if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
              value = value.slice(2, -1);
              changed = true;
            }
          }
          if (!isPlainBranch(value)) {
            return;
          }
          return value.replace(/\\(.)/g, "$1");
        };
        var hasRepeatedCharPrefixOverlap = (branches) => {
          const values = branches.map(normalizeSimpleBranch).filter(Boolean);
          for (let i = 0; i < values.length; i++) {
            for (let j = i + 1; j < values.length; j++) {
              const a = values[i];
              const b = values[j];
              const char = a[0];
              if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
                continue;
              }
              if (a === b || a.startsWith(b) || b.startsWith(a)) {
                return true;
              }
            }
          }
          return false;
        };
        var parseRepeatedExtglob = (pattern, requireEnd = true) => {
          if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
            return;
          }
          let bracket = 0;
          let paren = 0;
          let quote = 0;
          let escaped = false;
          for (let i = 1; i < pattern.length; i++) {
            const ch = pattern[i];
            if (escaped === true) {
              escaped = false;
              continue;
            }
            if (ch === "\\") {
              escaped = true;
              continue;
            }
            if (ch === '"') {
              quote = quote === 1 ? 0 : 1;
              continue;
            }
            if (quote === 1) {
              continue;
            }
            if (ch === "[") {
              bracket++;
              continue;
            }
            if (ch === "]" && bracket > 0) {
              bracket--;
              continue;
            }
            if (bracket > 0) {
              continue;
            }
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")") {
              paren--;
              if (paren === 0) {
                if (requireEnd === true && i !== pattern.length - 1) {
                  return;
                }
                return {
                  type: pattern[0],
                  body: pattern.slice(2, i),
                  end: i
                };
              }
            }
          }
        };
        var getStarExtglobSequenceOutput = (pattern) => {
          let index = 0;
          const chars = [];
          while (index < pattern.length) {
            const match2 = parseRepeatedExtglob(pattern.slice(index), false);
            if (!match2 || match2.type !== "*") {
              return;
            }
            const branches = splitTopLevel(match2.body).map((branch2) => branch2.trim());
            if (branches.length !== 1) {
              return;
            }
            const branch = normalizeSimpleBranch(branches[0]);
            if (!branch || branch.length !== 1) {
              return;
            }
            chars.push(branch);
            index += match2.end + 1;
          }
          if (chars.length < 1) {
            return;
          }
          const source2 = chars.length === 1 ? utils2.escapeRegex(chars[0]) : `[${chars.map((ch) => utils2.escapeRegex(ch)).join("")}]`;
          return `${source2}*`;
        };
        var repeatedExtglobRecursion = (pattern) => {
          let depth = 0;
          let value = pattern.trim();
          let match2 = parseRepeatedExtglob(value);
          while (match2) {
            depth++;
            value = match2.body.trim();
            match2 = parseRepeatedExtglob(value);
          }
          return depth;
        };
        var analyzeRepeatedExtglob = (body, options7) => {
          if (options7.maxExtglobRecursion === false) {
            return { risky: false };
          }
          const max = typeof options7.maxExtglobRecursion === "number" ? options7.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
          const branches = splitTopLevel(body).map((branch) => branch.trim());
          if (branches.length > 1) {
            if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
              return { risky: true };
            }
          }
          for (const branch of branches) {
            const safeOutput = getStarExtglobSequenceOutput(branch);
            if (safeOutput) {
              return { risky: true, safeOutput };
            }
            if (repeatedExtglobRecursion(branch) > max) {
              return { risky: true };
            }
          }
          return { risky: false };
        };
        var parse9 = (input, options7) => {
          if (typeof input !== "string") {
            throw new TypeError("Expected a string");
          }
          input = REPLACEMENTS[input] || input;
          const opts2 = { ...options7 };
          const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
          let len = input.length;
          if (len > max) {
            throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
          }
          const bos = { type: "bos", value: "", output: opts2.prepend || "" };
          const tokens = [bos];
          const capture = opts2.capture ? "" : "?:";
          const win32 = utils2.isWindows(options7);
          const PLATFORM_CHARS = constants.globChars(win32);
          const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
          const {
            DOT_LITERAL,
            PLUS_LITERAL,
            SLASH_LITERAL,
            ONE_CHAR,
            DOTS_SLASH,
            NO_DOT,
            NO_DOT_SLASH,
            NO_DOTS_SLASH,
            QMARK,
            QMARK_NO_DOT,
            STAR,
            START_ANCHOR
          } = PLATFORM_CHARS;
          const globstar = (opts3) => {
            return `(${capture}(?:(?!${START_ANCHOR}${opts3.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
          };
          const nodot = opts2.dot ? "" : NO_DOT;
          const qmarkNoDot = opts2.dot ? QMARK : QMARK_NO_DOT;
          let star = opts2.bash === true ? globstar(opts2) : STAR;
          if (opts2.capture) {
            star = `(${star})`;
          }
          if (typeof opts2.noext === "boolean") {
            opts2.noextglob = opts2.noext;
          }
          const state = {
            input,
            index: -1,
            start: 0,
            dot: opts2.dot === true,
            consumed: "",
            output: "",
            prefix: "",
            backtrack: false,
            negated: false,
            brackets: 0,
            braces: 0,
            parens: 0,
            quotes: 0,
            globstar: false,
            tokens
          };
          input = utils2.removePrefix(input, state);
          len = input.length;
          const extglobs = [];
          const braces = [];
          const stack2 = [];
          let prev = bos;
          let value;
          const eos = () => state.index === len - 1;
          const peek2 = state.peek = (n = 1) => input[state.index + n];
          const advance = state.advance = () => input[++state.index] || "";
          const remaining = () => input.slice(state.index + 1);
          const consume = (value2 = "", num = 0) => {
            state.consumed += value2;
            state.index += num;
          };
          const append = (token2) => {
            state.output += token2.output != null ? token2.output : token2.value;
            consume(token2.value);
          };
          const negate = () => {
            let count = 1;
            while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
              advance();
              state.start++;
              count++;
            }
            if (count % 2 === 0) {
              return false;
            }
            state.negated = true;
            state.start++;
            return true;
          };
          const increment = (type) => {
            state[type]++;
            stack2.push(type);
          };
          const decrement = (type) => {
            state[type]--;
            stack2.pop();
          };
          const push2 = (tok) => {
            if (prev.type === "globstar") {
              const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
              const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
              if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
                state.output = state.output.slice(0, -prev.output.length);
                prev.type = "star";
                prev.value = "*";
                prev.output = star;
                state.output += prev.output;
              }
            }
            if (extglobs.length && tok.type !== "paren") {
              extglobs[extglobs.length - 1].inner += tok.value;
            }
            if (tok.value || tok.output) append(tok);
            if (prev && prev.type === "text" && tok.type === "text") {
              prev.value += tok.value;
              prev.output = (prev.output || "") + tok.value;
              return;
            }
            tok.prev = prev;
            tokens.push(tok);
            prev = tok;
          };
          const extglobOpen = (type, value2) => {
            const token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
            token2.prev = prev;
            token2.parens = state.parens;
            token2.output = state.output;
            token2.startIndex = state.index;
            token2.tokensIndex = tokens.length;
            const output = (opts2.capture ? "(" : "") + token2.open;
            increment("parens");
            push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
            push2({ type: "paren", extglob: true, value: advance(), output });
            extglobs.push(token2);
          };
          const extglobClose = (token2) => {
            const literal3 = input.slice(token2.startIndex, state.index + 1);
            const body = input.slice(token2.startIndex + 2, state.index);
            const analysis = analyzeRepeatedExtglob(body, opts2);
            if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
              const safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts2.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
              const open = tokens[token2.tokensIndex];
              open.type = "text";
              open.value = literal3;
              open.output = safeOutput || utils2.escapeRegex(literal3);
              for (let i = token2.tokensIndex + 1; i < tokens.length; i++) {
                tokens[i].value = "";
                tokens[i].output = "";
                delete tokens[i].suffix;
              }
              state.output = token2.output + open.output;
              state.backtrack = true;
              push2({ type: "paren", extglob: true, value, output: "" });
              decrement("parens");
              return;
            }
            let output = token2.close + (opts2.capture ? ")" : "");
            let rest;
            if (token2.type === "negate") {
              let extglobStar = star;
              if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/")) {
                extglobStar = globstar(opts2);
              }
              if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
                output = token2.close = `)$))${extglobStar}`;
              }
              if (token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
                const expression = parse9(rest, { ...options7, fastpaths: false }).output;
                output = token2.close = `)${expression})${extglobStar})`;
              }
              if (token2.prev.type === "bos") {
                state.negatedExtglob = true;
              }
            }
            push2({ type: "paren", extglob: true, value, output });
            decrement("parens");
          };
          if (opts2.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
            let backslashes = false;
            let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
              if (first === "\\") {
                backslashes = true;
                return m;
              }
              if (first === "?") {
                if (esc) {
                  return esc + first + (rest ? QMARK.repeat(rest.length) : "");
                }
                if (index === 0) {
                  return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
                }
                return QMARK.repeat(chars.length);
              }
              if (first === ".") {
                return DOT_LITERAL.repeat(chars.length);
              }
              if (first === "*") {
                if (esc) {
                  return esc + first + (rest ? star : "");
                }
                return star;
              }
              return esc ? m : `\\${m}`;
            });
            if (backslashes === true) {
              if (opts2.unescape === true) {
                output = output.replace(/\\/g, "");
              } else {
                output = output.replace(/\\+/g, (m) => {
                  return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
                });
              }
            }
            if (output === input && opts2.contains === true) {
              state.output = input;
              return state;
            }
            state.output = utils2.wrapOutput(output, state, options7);
            return state;
          }
          while (!eos()) {
            value = advance();
            if (value === "\0") {
              continue;
            }
            if (value === "\\") {
              const next = peek2();
              if (next === "/" && opts2.bash !== true) {
                continue;
              }
              if (next === "." || next === ";") {
                continue;
              }
              if (!next) {
                value += "\\";
                push2({ type: "text", value });
                continue;
              }
              const match2 = /^\\+/.exec(remaining());
              let slashes = 0;
              if (match2 && match2[0].length > 2) {
                slashes = match2[0].length;
                state.index += slashes;
                if (slashes % 2 !== 0) {
                  value += "\\";
                }
              }
              if (opts2.unescape === true) {
                value = advance();
              } else {
                value += advance();
              }
              if (state.brackets === 0) {
                push2({ type: "text", value });
                continue;
              }
            }
            if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
              if (opts2.posix !== false && value === ":") {
                const inner = prev.value.slice(1);
                if (inner.includes("[")) {
                  prev.posix = true;
                  if (inner.includes(":")) {
                    const idx = prev.value.lastIndexOf("[");
                    const pre = prev.value.slice(0, idx);
                    const rest2 = prev.value.slice(idx + 2);
                    const posix = POSIX_REGEX_SOURCE[rest2];
                    if (posix) {
                      prev.value = pre + posix;
                      state.backtrack = true;
                      advance();
                      if (!bos.output && tokens.indexOf(prev) === 1) {
                        bos.output = ONE_CHAR;
                      }
                      continue;
                    }
                  }
                }
              }
              if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
                value = `\\${value}`;
              }
              if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
                value = `\\${value}`;
              }
              if (opts2.posix === true && value === "!" && prev.value === "[") {
                value = "^";
              }
              prev.value += value;
              append({ value });
              continue;
            }
            if (state.quotes === 1 && value !== '"') {
              value = utils2.escapeRegex(value);
              prev.value += value;
              append({ value });
              continue;
            }
            if (value === '"') {
              state.quotes = state.quotes === 1 ? 0 : 1;
              if (opts2.keepQuotes === true) {
                push2({ type: "text", value });
              }
              continue;
            }
            if (value === "(") {
              increment("parens");
              push2({ type: "paren", value });
              continue;
            }
            if (value === ")") {
              if (state.parens === 0 && opts2.strictBrackets === true) {
                throw new SyntaxError(syntaxError2("opening", "("));
              }
              const extglob = extglobs[extglobs.length - 1];
              if (extglob && state.parens === extglob.parens + 1) {
                extglobClose(extglobs.pop());
                continue;
              }
              push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
              decrement("parens");
              continue;
            }
            if (value === "[") {
              if (opts2.nobracket === true || !remaining().includes("]")) {
                if (opts2.nobracket !== true && opts2.strictBrackets === true) {
                  throw new SyntaxError(syntaxError2("closing", "]"));
                }
                value = `\\${value}`;
              } else {
                increment("brackets");
              }
              push2({ type: "bracket", value });
              continue;
            }
            if (value === "]") {
              if (opts2.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
                push2({ type: "text", value, output: `\\${value}` });
                continue;
              }
              if (state.brackets === 0) {
                if (opts2.strictBrackets === true) {
                  throw new SyntaxError(syntaxError2("opening", "["));
                }
                push2({ type: "text", value, output: `\\${value}` });
                continue;
              }
              decrement("brackets");
              const prevValue = prev.value.slice(1);
              if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
                value = `/${value}`;
              }
              prev.value += value;
              append({ value });
              if (opts2.literalBrackets === false || utils2.hasRegexChars(prevValue)) {
                continue;
              }
              const escaped = utils2.escapeRegex(prev.value);
              state.output = state.output.slice(0, -prev.value.length);
              if (opts2.literalBrackets === true) {
                state.output += escaped;
                prev.value = escaped;
                continue;
              }
              prev.value = `(${capture}${escaped}|${prev.value})`;
              state.output += prev.value;
              continue;
            }
            if (value === "{" && opts2.nobrace !== true) {
              increment("braces");
              const open = {
                type: "brace",
                value,
                output: "(",
                outputIndex: state.output.length,
                tokensIndex: state.tokens.length
              };
              braces.push(open);
              push2(open);
              continue;
            }
            if (value === "}") {
              const brace = braces[braces.length - 1];
              if (opts2.nobrace === true || !brace) {
                push2({ type: "text", value, output: value });
                continue;
              }
              let output = ")";
              if (brace.dots === true) {
                const arr = tokens.slice();
                const range2 = [];
                for (let i = arr.length - 1; i >= 0; i--) {
                  tokens.pop();
                  if (arr[i].type === "brace") {
                    break;
                  }
                  if (arr[i].type !== "dots") {
                    range2.unshift(arr[i].value);
                  }
                }
                output = expandRange(range2, opts2);
                state.backtrack = true;
              }
              if (brace.comma !== true && brace.dots !== true) {
                const out = state.output.slice(0, brace.outputIndex);
                const toks = state.tokens.slice(brace.tokensIndex);
                brace.value = brace.output = "\\{";
                value = output = "\\}";
                state.output = out;
                for (const t of toks) {
                  state.output += t.output || t.value;
                }
              }
              push2({ type: "brace", value, output });
              decrement("braces");
              braces.pop();
              continue;
            }
            if (value === "|") {
              if (extglobs.length > 0) {
                extglobs[extglobs.length - 1].conditions++;
              }
              push2({ type: "text", value });
              continue;
            }
            if (value === ",") {
              let output = value;
              const brace = braces[braces.length - 1];
              if (brace && stack2[stack2.length - 1] === "braces") {
                brace.comma = true;
                output = "|";
              }
              push2({ type: "comma", value, output });
              continue;
            }
            if (value === "/") {
              if (prev.type === "dot" && state.index === state.start + 1) {
                state.start = state.index + 1;
                state.consumed = "";
                state.output = "";
                tokens.pop();
                prev = bos;
                continue;
              }
              push2({ type: "slash", value, output: SLASH_LITERAL });
              continue;
            }
            if (value === ".") {
              if (state.braces > 0 && prev.type === "dot") {
                if (prev.value === ".") prev.output = DOT_LITERAL;
                const brace = braces[braces.length - 1];
                prev.type = "dots";
                prev.output += value;
                prev.value += value;
                brace.dots = true;
                continue;
              }
              if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
                push2({ type: "text", value, output: DOT_LITERAL });
                continue;
              }
              push2({ type: "dot", value, output: DOT_LITERAL });
              continue;
            }
            if (value === "?") {
              const isGroup = prev && prev.value === "(";
              if (!isGroup && opts2.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
                extglobOpen("qmark", value);
                continue;
              }
              if (prev && prev.type === "paren") {
                const next = peek2();
                let output = value;
                if (next === "<" && !utils2.supportsLookbehinds()) {
                  throw new Error("Node.js v10 or higher is required for regex lookbehinds");
                }
                if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
                  output = `\\${value}`;
                }
                push2({ type: "text", value, output });
                continue;
              }
              if (opts2.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
                push2({ type: "qmark", value, output: QMARK_NO_DOT });
                continue;
              }
              push2({ type: "qmark", value, output: QMARK });
              continue;
            }
            if (value === "!") {
              if (opts2.noextglob !== true && peek2() === "(") {
                if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
                  extglobOpen("negate", value);
                  continue;
                }
              }
              if (opts2.nonegate !== true && state.index === 0) {
                negate();
                continue;
              }
            }
            if (value === "+") {
              if (opts2.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
                extglobOpen("plus", value);
                continue;
              }
              if (prev && prev.value === "(" || opts2.regex === false) {
                push2({ type: "plus", value, output: PLUS_LITERAL });
                continue;
              }
              if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
                push2({ type: "plus", value });
                continue;
              }
              push2({ type: "plus", value: PLUS_LITERAL });
              continue;
            }
            if (value === "@") {
              if (opts2.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
                push2({ type: "at", extglob: true, value, output: "" });
                continue;
              }
              push2({ type: "text", value });
              continue;
            }
            if (value !== "*") {
              if (value === "$" || value === "^") {
                value = `\\${value}`;
              }
              const match2 = REGEX_NON_SPECIAL_CHARS.exec(remaining());
              if (match2) {
                value += match2[0];
                state.index += match2[0].length;
              }
              push2({ type: "text", value });
              continue;
            }
            if (prev && (prev.type === "globstar" || prev.star === true)) {
              prev.type = "star";
              prev.star = true;
              prev.value += value;
              prev.output = star;
              state.backtrack = true;
              state.globstar = true;
              consume(value);
              continue;
            }
            let rest = remaining();
            if (opts2.noextglob !== true && /^\([^?]/.test(rest)) {
              extglobOpen("star", value);
              continue;
            }
            if (prev.type === "star") {
              if (opts2.noglobstar === true) {
                consume(value);
                continue;
              }
              const prior = prev.prev;
              const before = prior.prev;
              const isStart = prior.type === "slash" || prior.type === "bos";
              const afterStar = before && (before.type === "star" || before.type === "globstar");
              if (opts2.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
                push2({ type: "star", value, output: "" });
                continue;
              }
              const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
              const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
              if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
                push2({ type: "star", value, output: "" });
                continue;
              }
              while (rest.slice(0, 3) === "/**") {
                const after = input[state.index + 4];
                if (after && after !== "/") {
                  break;
                }
                rest = rest.slice(3);
                consume("/**", 3);
              }
              if (prior.type === "bos" && eos()) {
                prev.type = "globstar";
                prev.value += value;
                prev.output = globstar(opts2);
                state.output = prev.output;
                state.globstar = true;
                consume(value);
                continue;
              }
              if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
                state.output = state.output.slice(0, -(prior.output + prev.output).length);
                prior.output = `(?:${prior.output}`;
                prev.type = "globstar";
                prev.output = globstar(opts2) + (opts2.strictSlashes ? ")" : "|$)");
                prev.value += value;
                state.globstar = true;
                state.output += prior.output + prev.output;
                consume(value);
                continue;
              }
              if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
                const end = rest[1] !== void 0 ? "|$" : "";
                state.output = state.output.slice(0, -(prior.output + prev.output).length);
                prior.output = `(?:${prior.output}`;
                prev.type = "globstar";
                prev.output = `${globstar(opts2)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
                prev.value += value;
                state.output += prior.output + prev.output;
                state.globstar = true;
                consume(value + advance());
                push2({ type: "slash", value: "/", output: "" });
                continue;
              }
              if (prior.type === "bos" && rest[0] === "/") {
                prev.type = "globstar";
                prev.value += value;
                prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts2)}${SLASH_LITERAL})`;
                state.output = prev.output;
                state.globstar = true;
                consume(value + advance());
                push2({ type: "slash", value: "/", output: "" });
                continue;
              }
              state.output = state.output.slice(0, -prev.output.length);
              prev.type = "globstar";
              prev.output = globstar(opts2);
              prev.value += value;
              state.output += prev.output;
              state.globstar = true;
              consume(value);
              continue;
            }
            const token2 = { type: "star", value, output: star };
            if (opts2.bash === true) {
              token2.output = ".*?";
              if (prev.type === "bos" || prev.type === "slash") {
                token2.output = nodot + token2.output;
              }
              push2(token2);
              continue;
            }
            if (prev && (prev.type === "bracket" || prev.type === "paren") && opts2.regex === true) {
              token2.output = value;
              push2(token2);
              continue;
            }
            if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
              if (prev.type === "dot") {
                state.output += NO_DOT_SLASH;
                prev.output += NO_DOT_SLASH;
              } else if (opts2.dot === true) {
                state.output += NO_DOTS_SLASH;
                prev.output += NO_DOTS_SLASH;
              } else {
                state.output += nodot;
                prev.output += nodot;
              }
              if (peek2() !== "*") {
                state.output += ONE_CHAR;
                prev.output += ONE_CHAR;
              }
            }
            push2(token2);
          }
          while (state.brackets > 0) {
            if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "]"));
            state.output = utils2.escapeLast(state.output, "[");
            decrement("brackets");
          }
          while (state.parens > 0) {
            if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", ")"));
            state.output = utils2.escapeLast(state.output, "(");
            decrement("parens");
          }
          while (state.braces > 0) {
            if (opts2.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "}"));
            state.output = utils2.escapeLast(state.output, "{");
            decrement("braces");
          }
          if (opts2.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
            push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
          }
          if (state.backtrack === true) {
            state.output = "";
            for (const token2 of state.tokens) {
              state.output += token2.output != null ? token2.output : token2.value;
              if (token2.suffix) {
                state.output += token2.suffix;
              }
            }
          }
          return state;
        };
        parse9.fastpaths = (input, options7) => {
          const opts2 = { ...options7 };
          const max = typeof opts2.maxLength === "number" ? Math.min(MAX_LENGTH, opts2.maxLength) : MAX_LENGTH;
          const len = input.length;
          if (len > max) {
            throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
          }
          input = REPLACEMENTS[input] || input;
          const win32 = utils2.isWindows(options7);
          const {
            DOT_LITERAL,
            SLASH_LITERAL,
            ONE_CHAR,
            DOTS_SLASH,
            NO_DOT,
            NO_DOTS,
            NO_DOTS_SLASH,
            STAR,
            START_ANCHOR
          } = constants.globChars(win32);
          const nodot = opts2.dot ? NO_DOTS : NO_DOT;
          const slashDot = opts2.dot ? NO_DOTS_SLASH : NO_DOT;
          const capture = opts2.capture ? "" : "?:";
          const state = { negated: false, prefix: "" };
          let star = opts2.bash === true ? ".*?" : STAR;
          if (opts2.capture) {
            star = `(${star})`;
          }
          const globstar = (opts3) => {
            if (opts3.noglobstar === true) return star;
            return `(${capture}(?:(?!${START_ANCHOR}${opts3.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
          };
          const create = (str) => {
            switch (str) {
              case "*":
                return `${nodot}${ONE_CHAR}${star}`;
              case ".*":
                return `${DOT_LITERAL}${ONE_CHAR}${star}`;
              case "*.*":
                return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
              case "*/*":
                return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
              case "**":
                return nodot + globstar(opts2);
              case "**/*":
                return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
              case "**/*.*":
                return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
              case "**/.*":
                return `(?:${nodot}${globstar(opts2)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
              default: {
                const match2 = /^(.*?)\.(\w+)$/.exec(str);
                if (!match2) return;
                const source3 = create(match2[1]);
                if (!source3) return;
                return source3 + DOT_LITERAL + match2[2];
              }
            }
          };
          const output = utils2.removePrefix(input, state);
          let source2 = create(output);
          if (source2 && opts2.strictSlashes !== true) {
            source2 += `${SLASH_LITERAL}?`;
          }
          return source2;
        };
        module.exports = parse9;
      }
    });
    require_picomatch = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
        "use strict";
        var path17 = __require("path");
        var scan = require_scan();
        var parse9 = require_parse2();
        var utils2 = require_utils2();
        var constants = require_constants2();
        var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
        var picomatch = (glob, options7, returnState = false) => {
          if (Array.isArray(glob)) {
            const fns = glob.map((input) => picomatch(input, options7, returnState));
            const arrayMatcher = (str) => {
              for (const isMatch of fns) {
                const state2 = isMatch(str);
                if (state2) return state2;
              }
              return false;
            };
            return arrayMatcher;
          }
          const isState = isObject2(glob) && glob.tokens && glob.input;
          if (glob === "" || typeof glob !== "string" && !isState) {
            throw new TypeError("Expected pattern to be a non-empty string");
          }
          const opts2 = options7 || {};
          const posix = utils2.isWindows(options7);
          const regex = isState ? picomatch.compileRe(glob, options7) : picomatch.makeRe(glob, options7, false, true);
          const state = regex.state;
          delete regex.state;
          let isIgnored2 = () => false;
          if (opts2.ignore) {
            const ignoreOpts = { ...options7, ignore: null, onMatch: null, onResult: null };
            isIgnored2 = picomatch(opts2.ignore, ignoreOpts, returnState);
          }
          const matcher = (input, returnObject = false) => {
            const { isMatch, match: match2, output } = picomatch.test(input, regex, options7, { glob, posix });
            const result = { glob, state, regex, posix, input, output, match: match2, isMatch };
            if (typeof opts2.onResult === "function") {
              opts2.onResult(result);
            }
            if (isMatch === false) {
              result.isMatch = false;
              return returnObject ? result : false;
            }
            if (isIgnored2(input)) {
              if (typeof opts2.onIgnore === "function") {
                opts2.onIgnore(result);
              }
              result.isMatch = false;
              return returnObject ? result : false;
            }
            if (typeof opts2.onMatch === "function") {
              opts2.onMatch(result);
            }
            return returnObject ? result : true;
          };
          if (returnState) {
            matcher.state = state;
          }
          return matcher;
        };
        picomatch.test = (input, regex, options7, { glob, posix } = {}) => {
          if (typeof input !== "string") {
            throw new TypeError("Expected input to be a string");
          }
          if (input === "") {
            return { isMatch: false, output: "" };
          }
          const opts2 = options7 || {};
          const format3 = opts2.format || (posix ? utils2.toPosixSlashes : null);
          let match2 = input === glob;
          let output = match2 && format3 ? format3(input) : input;
          if (match2 === false) {
            output = format3 ? format3(input) : input;
            match2 = output === glob;
          }
          if (match2 === false || opts2.capture === true) {
            if (opts2.matchBase === true || opts2.basename === true) {
              match2 = picomatch.matchBase(input, regex, options7, posix);
            } else {
              match2 = regex.exec(output);
            }
          }
          return { isMatch: Boolean(match2), match: match2, output };
        };
        picomatch.matchBase = (input, glob, options7, posix = utils2.isWindows(options7)) => {
          const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options7);
          return regex.test(path17.basename(input));
        };
        picomatch.isMatch = (str, patterns, options7) => picomatch(patterns, options7)(str);
        picomatch.parse = (pattern, options7) => {
          if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options7));
          return parse9(pattern, { ...options7, fastpaths: false });
        };
        picomatch.scan = (input, options7) => scan(input, options7);
        picomatch.compileRe = (state, options7, returnOutput = false, returnState = false) => {
          if (returnOutput === true) {
            return state.output;
          }
          const opts2 = options7 || {};
          const prepend = opts2.contains ? "" : "^";
          const append = opts2.contains ? "" : "$";
          let source2 = `${prepend}(?:${state.output})${append}`;
          if (state && state.negated === true) {
            source2 = `^(?!${source2}).*$`;
          }
          const regex = picomatch.toRegex(source2, options7);
          if (returnState === true) {
            regex.state = state;
          }
          return regex;
        };
        picomatch.makeRe = (input, options7 = {}, returnOutput = false, returnState = false) => {
          if (!input || typeof input !== "string") {
            throw new TypeError("Expected a non-empty string");
          }
          let parsed = { negated: false, fastpaths: true };
          if (options7.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
            parsed.output = parse9.fastpaths(input, options7);
          }
          if (!parsed.output) {
            parsed = parse9(input, options7);
          }
          return picomatch.compileRe(parsed, options7, returnOutput, returnState);
        };
        picomatch.toRegex = (source2, options7) => {
          try {
            const opts2 = options7 || {};
            return new RegExp(source2, opts2.flags || (opts2.nocase ? "i" : ""));
          } catch (err) {
            if (options7 && options7.debug === true) throw err;
            return /$^/;
          }
        };
        picomatch.constants = constants;
        module.exports = picomatch;
      }
    });
    require_picomatch2 = __commonJS({
      "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
        "use strict";
        module.exports = require_picomatch();
      }
    });
    require_micromatch = __commonJS({
      "node_modules/micromatch/index.js"(exports, module) {
        "use strict";
        var util2 = __require("util");
        var braces = require_braces();
        var picomatch = require_picomatch2();
        var utils2 = require_utils2();
        var isEmptyString = (v) => v === "" || v === "./";
        var hasBraces = (v) => {
          const index = v.indexOf("{");
          return index > -1 && v.indexOf("}", index) > -1;
        };
        var micromatch2 = (list, patterns, options7) => {
          patterns = [].concat(patterns);
          list = [].concat(list);
          let omit2 = /* @__PURE__ */ new Set();
          let keep = /* @__PURE__ */ new Set();
          let items = /* @__PURE__ */ new Set();
          let negatives = 0;
          let onResult = (state) => {
            items.add(state.output);
            if (options7 && options7.onResult) {
              options7.onResult(state);
            }
          };
          for (let i = 0; i < patterns.length; i++) {
            let isMatch = picomatch(String(patterns[i]), { ...options7, onResult }, true);
            let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
            if (negated) negatives++;
            for (let item of list) {
              let matched = isMatch(item, true);
              let match2 = negated ? !matched.isMatch : matched.isMatch;
              if (!match2) continue;
              if (negated) {
                omit2.add(matched.output);
              } else {
                omit2.delete(matched.output);
                keep.add(matched.output);
              }
            }
          }
          let result = negatives === patterns.length ? [...items] : [...keep];
          let matches = result.filter((item) => !omit2.has(item));
          if (options7 && matches.length === 0) {
            if (options7.failglob === true) {
              throw new Error(`No matches found for "${patterns.join(", ")}"`);
            }
            if (options7.nonull === true || options7.nullglob === true) {
              return options7.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
            }
          }
          return matches;
        };
        micromatch2.match = micromatch2;
        micromatch2.matcher = (pattern, options7) => picomatch(pattern, options7);
        micromatch2.isMatch = (str, patterns, options7) => picomatch(patterns, options7)(str);
        micromatch2.any = micromatch2.isMatch;
        micromatch2.not = (list, patterns, options7 = {}) => {
          patterns = [].concat(patterns).map(String);
          let result = /* @__PURE__ */ new Set();
          let items = [];
          let onResult = (state) => {
            if (options7.onResult) options7.onResult(state);
            items.push(state.output);
          };
          let matches = new Set(micromatch2(list, patterns, { ...options7, onResult }));
          for (let item of items) {
            if (!matches.has(item)) {
              result.add(item);
            }
          }
          return [...result];
        };
        micromatch2.contains = (str, pattern, options7) => {
          if (typeof str !== "string") {
            throw new TypeError(`Expected a string: "${util2.inspect(str)}"`);
          }
          if (Array.isArray(pattern)) {
            return pattern.some((p) => micromatch2.contains(str, p, options7));
          }
          if (typeof pattern === "string") {
            if (isEmptyString(str) || isEmptyString(pattern)) {
              return false;
            }
            if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
              return true;
            }
          }
          return micromatch2.isMatch(str, pattern, { ...options7, contains: true });
        };
        micromatch2.matchKeys = (obj, patterns, options7) => {
          if (!utils2.isObject(obj)) {
            throw new TypeError("Expected the first argument to be an object");
          }
          let keys = micromatch2(Object.keys(obj), patterns, options7);
          let res = {};
          for (let key2 of keys) res[key2] = obj[key2];
          return res;
        };
        micromatch2.some = (list, patterns, options7) => {
          let items = [].concat(list);
          for (let pattern of [].concat(patterns)) {
            let isMatch = picomatch(String(pattern), options7);
            if (items.some((item) => isMatch(item))) {
              return true;
            }
          }
          return false;
        };
        micromatch2.every = (list, patterns, options7) => {
          let items = [].concat(list);
          for (let pattern of [].concat(patterns)) {
            let isMatch = picomatch(String(pattern), options7);
            if (!items.every((item) => isMatch(item))) {
              return false;
            }
          }
          return true;
        };
        micromatch2.all = (str, patterns, options7) => {
          if (typeof str !== "string") {
            throw new TypeError(`Expected a string: "${util2.inspect(str)}"`);
          }
          return [].concat(patterns).every((p) => picomatch(p, options7)(str));
        };
        micromatch2.capture = (glob, input, options7) => {
          let posix = utils2.isWindows(options7);
          let regex = picomatch.makeRe(String(glob), { ...options7, capture: true });
          let match2 = regex.exec(posix ? utils2.toPosixSlashes(input) : input);
          if (match2) {
            return match2.slice(1).map((v) => v === void 0 ? "" : v);
          }
        };
        micromatch2.makeRe = (...args) => picomatch.makeRe(...args);
        micromatch2.scan = (...args) => picomatch.scan(...args);
        micromatch2.parse = (patterns, options7) => {
          let res = [];
          for (let pattern of [].concat(patterns || [])) {
            for (let str of braces(String(pattern), options7)) {
              res.push(picomatch.parse(str, options7));
            }
          }
          return res;
        };
        micromatch2.braces = (pattern, options7) => {
          if (typeof pattern !== "string") throw new TypeError("Expected a string");
          if (options7 && options7.nobrace === true || !hasBraces(pattern)) {
            return [pattern];
          }
          return braces(pattern, options7);
        };
        micromatch2.braceExpand = (pattern, options7) => {
          if (typeof pattern !== "string") throw new TypeError("Expected a string");
          return micromatch2.braces(pattern, { ...options7, expand: true });
        };
        micromatch2.hasBraces = hasBraces;
        module.exports = micromatch2;
      }
    });
    require_pattern = __commonJS({
      "node_modules/fast-glob/out/utils/pattern.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
        var path17 = __require("path");
        var globParent = require_glob_parent();
        var micromatch2 = require_micromatch();
        var GLOBSTAR2 = "**";
        var ESCAPE_SYMBOL = "\\";
        var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
        var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
        var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
        var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
        var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
        var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
        function isStaticPattern(pattern, options7 = {}) {
          return !isDynamicPattern(pattern, options7);
        }
        exports.isStaticPattern = isStaticPattern;
        function isDynamicPattern(pattern, options7 = {}) {
          if (pattern === "") {
            return false;
          }
          if (options7.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
            return true;
          }
          if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
            return true;
          }
          if (options7.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
            return true;
          }
          if (options7.braceExpansion !== false && hasBraceExpansion(pattern)) {
            return true;
          }
          return false;
        }
        exports.isDynamicPattern = isDynamicPattern;
        function hasBraceExpansion(pattern) {
          const openingBraceIndex = pattern.indexOf("{");
          if (openingBraceIndex === -1) {
            return false;
          }
          const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
          if (closingBraceIndex === -1) {
            return false;
          }
          const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
          return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
        }
        function convertToPositivePattern(pattern) {
          return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
        }
        exports.convertToPositivePattern = convertToPositivePattern;
        function convertToNegativePattern(pattern) {
          return "!" + pattern;
        }
        exports.convertToNegativePattern = convertToNegativePattern;
        function isNegativePattern(pattern) {
          return pattern.startsWith("!") && pattern[1] !== "(";
        }
        exports.isNegativePattern = isNegativePattern;
        function isPositivePattern(pattern) {
          return !isNegativePattern(pattern);
        }
        exports.isPositivePattern = isPositivePattern;
        function getNegativePatterns(patterns) {
          return patterns.filter(isNegativePattern);
        }
        exports.getNegativePatterns = getNegativePatterns;
        function getPositivePatterns(patterns) {
          return patterns.filter(isPositivePattern);
        }
        exports.getPositivePatterns = getPositivePatterns;
        function getPatternsInsideCurrentDirectory(patterns) {
          return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
        }
        exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
        function getPatternsOutsideCurrentDirectory(patterns) {
          return patterns.filter(isPatternRelatedToParentDirectory);
        }
        exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
        function isPatternRelatedToParentDirectory(pattern) {
          return pattern.startsWith("..") || pattern.startsWith("./..");
        }
        exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
        function getBaseDirectory(pattern) {
          return globParent(pattern, { flipBackslashes: false });
        }
        exports.getBaseDirectory = getBaseDirectory;
        function hasGlobStar(pattern) {
          return pattern.includes(GLOBSTAR2);
        }
        exports.hasGlobStar = hasGlobStar;
        function endsWithSlashGlobStar(pattern) {
          return pattern.endsWith("/" + GLOBSTAR2);
        }
        exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
        function isAffectDepthOfReadingPattern(pattern) {
          const basename = path17.basename(pattern);
          return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
        }
        exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
        function expandPatternsWithBraceExpansion(patterns) {
          return patterns.reduce((collection, pattern) => {
            return collection.concat(expandBraceExpansion(pattern));
          }, []);
        }
        exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
        function expandBraceExpansion(pattern) {
          const patterns = micromatch2.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
          patterns.sort((a, b) => a.length - b.length);
          return patterns.filter((pattern2) => pattern2 !== "");
        }
        exports.expandBraceExpansion = expandBraceExpansion;
        function getPatternParts(pattern, options7) {
          let { parts } = micromatch2.scan(pattern, Object.assign(Object.assign({}, options7), { parts: true }));
          if (parts.length === 0) {
            parts = [pattern];
          }
          if (parts[0].startsWith("/")) {
            parts[0] = parts[0].slice(1);
            parts.unshift("");
          }
          return parts;
        }
        exports.getPatternParts = getPatternParts;
        function makeRe(pattern, options7) {
          return micromatch2.makeRe(pattern, options7);
        }
        exports.makeRe = makeRe;
        function convertPatternsToRe(patterns, options7) {
          return patterns.map((pattern) => makeRe(pattern, options7));
        }
        exports.convertPatternsToRe = convertPatternsToRe;
        function matchAny(entry, patternsRe) {
          return patternsRe.some((patternRe) => patternRe.test(entry));
        }
        exports.matchAny = matchAny;
        function removeDuplicateSlashes(pattern) {
          return pattern.replace(DOUBLE_SLASH_RE, "/");
        }
        exports.removeDuplicateSlashes = removeDuplicateSlashes;
        function partitionAbsoluteAndRelative(patterns) {
          const absolute = [];
          const relative2 = [];
          for (const pattern of patterns) {
            if (isAbsolute(pattern)) {
              absolute.push(pattern);
            } else {
              relative2.push(pattern);
            }
          }
          return [absolute, relative2];
        }
        exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
        function isAbsolute(pattern) {
          return path17.isAbsolute(pattern);
        }
        exports.isAbsolute = isAbsolute;
      }
    });
    require_merge2 = __commonJS({
      "node_modules/merge2/index.js"(exports, module) {
        "use strict";
        var Stream = __require("stream");
        var PassThrough = Stream.PassThrough;
        var slice = Array.prototype.slice;
        module.exports = merge2;
        function merge2() {
          const streamsQueue = [];
          const args = slice.call(arguments);
          let merging = false;
          let options7 = args[args.length - 1];
          if (options7 && !Array.isArray(options7) && options7.pipe == null) {
            args.pop();
          } else {
            options7 = {};
          }
          const doEnd = options7.end !== false;
          const doPipeError = options7.pipeError === true;
          if (options7.objectMode == null) {
            options7.objectMode = true;
          }
          if (options7.highWaterMark == null) {
            options7.highWaterMark = 64 * 1024;
          }
          const mergedStream = PassThrough(options7);
          function addStream() {
            for (let i = 0, len = arguments.length; i < len; i++) {
              streamsQueue.push(pauseStreams(arguments[i], options7));
            }
            mergeStream();
            return this;
          }
          function mergeStream() {
            if (merging) {
              return;
            }
            merging = true;
            let streams = streamsQueue.shift();
            if (!streams) {
              process.nextTick(endStream);
              return;
            }
            if (!Array.isArray(streams)) {
              streams = [streams];
            }
            let pipesCount = streams.length + 1;
            function next() {
              if (--pipesCount > 0) {
                return;
              }
              merging = false;
              mergeStream();
            }
            function pipe(stream) {
              function onend() {
                stream.removeListener("merge2UnpipeEnd", onend);
                stream.removeListener("end", onend);
                if (doPipeError) {
                  stream.removeListener("error", onerror);
                }
                next();
              }
              function onerror(err) {
                mergedStream.emit("error", err);
              }
              if (stream._readableState.endEmitted) {
                return next();
              }
              stream.on("merge2UnpipeEnd", onend);
              stream.on("end", onend);
              if (doPipeError) {
                stream.on("error", onerror);
              }
              stream.pipe(mergedStream, { end: false });
              stream.resume();
            }
            for (let i = 0; i < streams.length; i++) {
              pipe(streams[i]);
            }
            next();
          }
          function endStream() {
            merging = false;
            mergedStream.emit("queueDrain");
            if (doEnd) {
              mergedStream.end();
            }
          }
          mergedStream.setMaxListeners(0);
          mergedStream.add = addStream;
          mergedStream.on("unpipe", function(stream) {
            stream.emit("merge2UnpipeEnd");
          });
          if (args.length) {
            addStream.apply(null, args);
          }
          return mergedStream;
        }
        function pauseStreams(streams, options7) {
          if (!Array.isArray(streams)) {
            if (!streams._readableState && streams.pipe) {
              streams = streams.pipe(PassThrough(options7));
            }
            if (!streams._readableState || !streams.pause || !streams.pipe) {
              throw new Error("Only readable stream can be merged.");
            }
            streams.pause();
          } else {
            for (let i = 0, len = streams.length; i < len; i++) {
              streams[i] = pauseStreams(streams[i], options7);
            }
          }
          return streams;
        }
      }
    });
    require_stream = __commonJS({
      "node_modules/fast-glob/out/utils/stream.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.merge = void 0;
        var merge2 = require_merge2();
        function merge(streams) {
          const mergedStream = merge2(streams);
          streams.forEach((stream) => {
            stream.once("error", (error) => mergedStream.emit("error", error));
          });
          mergedStream.once("close", () => propagateCloseEventToSources(streams));
          mergedStream.once("end", () => propagateCloseEventToSources(streams));
          return mergedStream;
        }
        exports.merge = merge;
        function propagateCloseEventToSources(streams) {
          streams.forEach((stream) => stream.emit("close"));
        }
      }
    });
    require_string = __commonJS({
      "node_modules/fast-glob/out/utils/string.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.isEmpty = exports.isString = void 0;
        function isString(input) {
          return typeof input === "string";
        }
        exports.isString = isString;
        function isEmpty(input) {
          return input === "";
        }
        exports.isEmpty = isEmpty;
      }
    });
    require_utils3 = __commonJS({
      "node_modules/fast-glob/out/utils/index.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
        var array2 = require_array();
        exports.array = array2;
        var errno = require_errno();
        exports.errno = errno;
        var fs6 = require_fs();
        exports.fs = fs6;
        var path17 = require_path();
        exports.path = path17;
        var pattern = require_pattern();
        exports.pattern = pattern;
        var stream = require_stream();
        exports.stream = stream;
        var string = require_string();
        exports.string = string;
      }
    });
    require_tasks = __commonJS({
      "node_modules/fast-glob/out/managers/tasks.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
        var utils2 = require_utils3();
        function generate(input, settings) {
          const patterns = processPatterns(input, settings);
          const ignore = processPatterns(settings.ignore, settings);
          const positivePatterns = getPositivePatterns(patterns);
          const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
          const staticPatterns = positivePatterns.filter((pattern) => utils2.pattern.isStaticPattern(pattern, settings));
          const dynamicPatterns = positivePatterns.filter((pattern) => utils2.pattern.isDynamicPattern(pattern, settings));
          const staticTasks = convertPatternsToTasks(
            staticPatterns,
            negativePatterns,
            /* dynamic */
            false
          );
          const dynamicTasks = convertPatternsToTasks(
            dynamicPatterns,
            negativePatterns,
            /* dynamic */
            true
          );
          return staticTasks.concat(dynamicTasks);
        }
        exports.generate = generate;
        function processPatterns(input, settings) {
          let patterns = input;
          if (settings.braceExpansion) {
            patterns = utils2.pattern.expandPatternsWithBraceExpansion(patterns);
          }
          if (settings.baseNameMatch) {
            patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
          }
          return patterns.map((pattern) => utils2.pattern.removeDuplicateSlashes(pattern));
        }
        function convertPatternsToTasks(positive, negative, dynamic) {
          const tasks = [];
          const patternsOutsideCurrentDirectory = utils2.pattern.getPatternsOutsideCurrentDirectory(positive);
          const patternsInsideCurrentDirectory = utils2.pattern.getPatternsInsideCurrentDirectory(positive);
          const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
          const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
          tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
          if ("." in insideCurrentDirectoryGroup) {
            tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
          } else {
            tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
          }
          return tasks;
        }
        exports.convertPatternsToTasks = convertPatternsToTasks;
        function getPositivePatterns(patterns) {
          return utils2.pattern.getPositivePatterns(patterns);
        }
        exports.getPositivePatterns = getPositivePatterns;
        function getNegativePatternsAsPositive(patterns, ignore) {
          const negative = utils2.pattern.getNegativePatterns(patterns).concat(ignore);
          const positive = negative.map(utils2.pattern.convertToPositivePattern);
          return positive;
        }
        exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
        function groupPatternsByBaseDirectory(patterns) {
          const group2 = {};
          return patterns.reduce((collection, pattern) => {
            const base = utils2.pattern.getBaseDirectory(pattern);
            if (base in collection) {
              collection[base].push(pattern);
            } else {
              collection[base] = [pattern];
            }
            return collection;
          }, group2);
        }
        exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
        function convertPatternGroupsToTasks(positive, negative, dynamic) {
          return Object.keys(positive).map((base) => {
            return convertPatternGroupToTask(base, positive[base], negative, dynamic);
          });
        }
        exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
        function convertPatternGroupToTask(base, positive, negative, dynamic) {
          return {
            dynamic,
            positive,
            negative,
            base,
            patterns: [].concat(positive, negative.map(utils2.pattern.convertToNegativePattern))
          };
        }
        exports.convertPatternGroupToTask = convertPatternGroupToTask;
      }
    });
    require_async = __commonJS({
      "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.read = void 0;
        function read3(path17, settings, callback) {
          settings.fs.lstat(path17, (lstatError, lstat2) => {
            if (lstatError !== null) {
              callFailureCallback(callback, lstatError);
              return;
            }
            if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
              callSuccessCallback(callback, lstat2);
              return;
            }
            settings.fs.stat(path17, (statError, stat2) => {
              if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                  callFailureCallback(callback, statError);
                  return;
                }
                callSuccessCallback(callback, lstat2);
                return;
              }
              if (settings.markSymbolicLink) {
                stat2.isSymbolicLink = () => true;
              }
              callSuccessCallback(callback, stat2);
            });
          });
        }
        exports.read = read3;
        function callFailureCallback(callback, error) {
          callback(error);
        }
        function callSuccessCallback(callback, result) {
          callback(null, result);
        }
      }
    });
    require_sync = __commonJS({
      "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.read = void 0;
        function read3(path17, settings) {
          const lstat2 = settings.fs.lstatSync(path17);
          if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
            return lstat2;
          }
          try {
            const stat2 = settings.fs.statSync(path17);
            if (settings.markSymbolicLink) {
              stat2.isSymbolicLink = () => true;
            }
            return stat2;
          } catch (error) {
            if (!settings.throwErrorOnBrokenSymbolicLink) {
              return lstat2;
            }
            throw error;
          }
        }
        exports.read = read3;
      }
    });
    require_fs2 = __commonJS({
      "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
        var fs6 = __require("fs");
        exports.FILE_SYSTEM_ADAPTER = {
          lstat: fs6.lstat,
          stat: fs6.stat,
          lstatSync: fs6.lstatSync,
          statSync: fs6.statSync
        };
        function createFileSystemAdapter(fsMethods) {
          if (fsMethods === void 0) {
            return exports.FILE_SYSTEM_ADAPTER;
          }
          return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
        }
        exports.createFileSystemAdapter = createFileSystemAdapter;
      }
    });
    require_settings = __commonJS({
      "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var fs6 = require_fs2();
        var Settings = class {
          constructor(_options = {}) {
            this._options = _options;
            this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
            this.fs = fs6.createFileSystemAdapter(this._options.fs);
            this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
            this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
          }
          _getValue(option, value) {
            return option !== null && option !== void 0 ? option : value;
          }
        };
        exports.default = Settings;
      }
    });
    require_out = __commonJS({
      "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.statSync = exports.stat = exports.Settings = void 0;
        var async = require_async();
        var sync = require_sync();
        var settings_1 = require_settings();
        exports.Settings = settings_1.default;
        function stat2(path17, optionsOrSettingsOrCallback, callback) {
          if (typeof optionsOrSettingsOrCallback === "function") {
            async.read(path17, getSettings(), optionsOrSettingsOrCallback);
            return;
          }
          async.read(path17, getSettings(optionsOrSettingsOrCallback), callback);
        }
        exports.stat = stat2;
        function statSync2(path17, optionsOrSettings) {
          const settings = getSettings(optionsOrSettings);
          return sync.read(path17, settings);
        }
        exports.statSync = statSync2;
        function getSettings(settingsOrOptions = {}) {
          if (settingsOrOptions instanceof settings_1.default) {
            return settingsOrOptions;
          }
          return new settings_1.default(settingsOrOptions);
        }
      }
    });
    require_queue_microtask = __commonJS({
      "node_modules/queue-microtask/index.js"(exports, module) {
        var promise;
        module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
          throw err;
        }, 0));
      }
    });
    require_run_parallel = __commonJS({
      "node_modules/run-parallel/index.js"(exports, module) {
        module.exports = runParallel;
        var queueMicrotask2 = require_queue_microtask();
        function runParallel(tasks, cb) {
          let results, pending, keys;
          let isSync = true;
          if (Array.isArray(tasks)) {
            results = [];
            pending = tasks.length;
          } else {
            keys = Object.keys(tasks);
            results = {};
            pending = keys.length;
          }
          function done(err) {
            function end() {
              if (cb) cb(err, results);
              cb = null;
            }
            if (isSync) queueMicrotask2(end);
            else end();
          }
          function each(i, err, result) {
            results[i] = result;
            if (--pending === 0 || err) {
              done(err);
            }
          }
          if (!pending) {
            done(null);
          } else if (keys) {
            keys.forEach(function(key2) {
              tasks[key2](function(err, result) {
                each(key2, err, result);
              });
            });
          } else {
            tasks.forEach(function(task, i) {
              task(function(err, result) {
                each(i, err, result);
              });
            });
          }
          isSync = false;
        }
      }
    });
    require_constants3 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
        var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
        if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
          throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
        }
        var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
        var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
        var SUPPORTED_MAJOR_VERSION = 10;
        var SUPPORTED_MINOR_VERSION = 10;
        var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
        var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
        exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
      }
    });
    require_fs3 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.createDirentFromStats = void 0;
        var DirentFromStats = class {
          constructor(name, stats) {
            this.name = name;
            this.isBlockDevice = stats.isBlockDevice.bind(stats);
            this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
            this.isDirectory = stats.isDirectory.bind(stats);
            this.isFIFO = stats.isFIFO.bind(stats);
            this.isFile = stats.isFile.bind(stats);
            this.isSocket = stats.isSocket.bind(stats);
            this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
          }
        };
        function createDirentFromStats(name, stats) {
          return new DirentFromStats(name, stats);
        }
        exports.createDirentFromStats = createDirentFromStats;
      }
    });
    require_utils4 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.fs = void 0;
        var fs6 = require_fs3();
        exports.fs = fs6;
      }
    });
    require_common = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.joinPathSegments = void 0;
        function joinPathSegments(a, b, separator) {
          if (a.endsWith(separator)) {
            return a + b;
          }
          return a + separator + b;
        }
        exports.joinPathSegments = joinPathSegments;
      }
    });
    require_async2 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
        var fsStat = require_out();
        var rpl = require_run_parallel();
        var constants_1 = require_constants3();
        var utils2 = require_utils4();
        var common = require_common();
        function read3(directory, settings, callback) {
          if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
            readdirWithFileTypes(directory, settings, callback);
            return;
          }
          readdir(directory, settings, callback);
        }
        exports.read = read3;
        function readdirWithFileTypes(directory, settings, callback) {
          settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
            if (readdirError !== null) {
              callFailureCallback(callback, readdirError);
              return;
            }
            const entries = dirents.map((dirent) => ({
              dirent,
              name: dirent.name,
              path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
            }));
            if (!settings.followSymbolicLinks) {
              callSuccessCallback(callback, entries);
              return;
            }
            const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
            rpl(tasks, (rplError, rplEntries) => {
              if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
              }
              callSuccessCallback(callback, rplEntries);
            });
          });
        }
        exports.readdirWithFileTypes = readdirWithFileTypes;
        function makeRplTaskEntry(entry, settings) {
          return (done) => {
            if (!entry.dirent.isSymbolicLink()) {
              done(null, entry);
              return;
            }
            settings.fs.stat(entry.path, (statError, stats) => {
              if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                  done(statError);
                  return;
                }
                done(null, entry);
                return;
              }
              entry.dirent = utils2.fs.createDirentFromStats(entry.name, stats);
              done(null, entry);
            });
          };
        }
        function readdir(directory, settings, callback) {
          settings.fs.readdir(directory, (readdirError, names) => {
            if (readdirError !== null) {
              callFailureCallback(callback, readdirError);
              return;
            }
            const tasks = names.map((name) => {
              const path17 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
              return (done) => {
                fsStat.stat(path17, settings.fsStatSettings, (error, stats) => {
                  if (error !== null) {
                    done(error);
                    return;
                  }
                  const entry = {
                    name,
                    path: path17,
                    dirent: utils2.fs.createDirentFromStats(name, stats)
                  };
                  if (settings.stats) {
                    entry.stats = stats;
                  }
                  done(null, entry);
                });
              };
            });
            rpl(tasks, (rplError, entries) => {
              if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
              }
              callSuccessCallback(callback, entries);
            });
          });
        }
        exports.readdir = readdir;
        function callFailureCallback(callback, error) {
          callback(error);
        }
        function callSuccessCallback(callback, result) {
          callback(null, result);
        }
      }
    });
    require_sync2 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
        var fsStat = require_out();
        var constants_1 = require_constants3();
        var utils2 = require_utils4();
        var common = require_common();
        function read3(directory, settings) {
          if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
            return readdirWithFileTypes(directory, settings);
          }
          return readdir(directory, settings);
        }
        exports.read = read3;
        function readdirWithFileTypes(directory, settings) {
          const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
          return dirents.map((dirent) => {
            const entry = {
              dirent,
              name: dirent.name,
              path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
            };
            if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
              try {
                const stats = settings.fs.statSync(entry.path);
                entry.dirent = utils2.fs.createDirentFromStats(entry.name, stats);
              } catch (error) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                  throw error;
                }
              }
            }
            return entry;
          });
        }
        exports.readdirWithFileTypes = readdirWithFileTypes;
        function readdir(directory, settings) {
          const names = settings.fs.readdirSync(directory);
          return names.map((name) => {
            const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
            const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
            const entry = {
              name,
              path: entryPath,
              dirent: utils2.fs.createDirentFromStats(name, stats)
            };
            if (settings.stats) {
              entry.stats = stats;
            }
            return entry;
          });
        }
        exports.readdir = readdir;
      }
    });
    require_fs4 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
        var fs6 = __require("fs");
        exports.FILE_SYSTEM_ADAPTER = {
          lstat: fs6.lstat,
          stat: fs6.stat,
          lstatSync: fs6.lstatSync,
          statSync: fs6.statSync,
          readdir: fs6.readdir,
          readdirSync: fs6.readdirSync
        };
        function createFileSystemAdapter(fsMethods) {
          if (fsMethods === void 0) {
            return exports.FILE_SYSTEM_ADAPTER;
          }
          return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
        }
        exports.createFileSystemAdapter = createFileSystemAdapter;
      }
    });
    require_settings2 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var path17 = __require("path");
        var fsStat = require_out();
        var fs6 = require_fs4();
        var Settings = class {
          constructor(_options = {}) {
            this._options = _options;
            this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
            this.fs = fs6.createFileSystemAdapter(this._options.fs);
            this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path17.sep);
            this.stats = this._getValue(this._options.stats, false);
            this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
            this.fsStatSettings = new fsStat.Settings({
              followSymbolicLink: this.followSymbolicLinks,
              fs: this.fs,
              throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
            });
          }
          _getValue(option, value) {
            return option !== null && option !== void 0 ? option : value;
          }
        };
        exports.default = Settings;
      }
    });
    require_out2 = __commonJS({
      "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.Settings = exports.scandirSync = exports.scandir = void 0;
        var async = require_async2();
        var sync = require_sync2();
        var settings_1 = require_settings2();
        exports.Settings = settings_1.default;
        function scandir(path17, optionsOrSettingsOrCallback, callback) {
          if (typeof optionsOrSettingsOrCallback === "function") {
            async.read(path17, getSettings(), optionsOrSettingsOrCallback);
            return;
          }
          async.read(path17, getSettings(optionsOrSettingsOrCallback), callback);
        }
        exports.scandir = scandir;
        function scandirSync(path17, optionsOrSettings) {
          const settings = getSettings(optionsOrSettings);
          return sync.read(path17, settings);
        }
        exports.scandirSync = scandirSync;
        function getSettings(settingsOrOptions = {}) {
          if (settingsOrOptions instanceof settings_1.default) {
            return settingsOrOptions;
          }
          return new settings_1.default(settingsOrOptions);
        }
      }
    });
    require_reusify = __commonJS({
      "node_modules/reusify/reusify.js"(exports, module) {
        "use strict";
        function reusify(Constructor) {
          var head = new Constructor();
          var tail = head;
          function get() {
            var current = head;
            if (current.next) {
              head = current.next;
            } else {
              head = new Constructor();
              tail = head;
            }
            current.next = null;
            return current;
          }
          function release(obj) {
            tail.next = obj;
            tail = obj;
          }
          return {
            get,
            release
          };
        }
        module.exports = reusify;
      }
    });
    require_queue = __commonJS({
      "node_modules/fastq/queue.js"(exports, module) {
        "use strict";
        var reusify = require_reusify();
        function fastqueue(context, worker, _concurrency) {
          if (typeof context === "function") {
            _concurrency = worker;
            worker = context;
            context = null;
          }
          if (!(_concurrency >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          var cache5 = reusify(Task);
          var queueHead = null;
          var queueTail = null;
          var _running = 0;
          var errorHandler = null;
          var self = {
            push: push2,
            drain: noop22,
            saturated: noop22,
            pause,
            paused: false,
            get concurrency() {
              return _concurrency;
            },
            set concurrency(value) {
              if (!(value >= 1)) {
                throw new Error("fastqueue concurrency must be equal to or greater than 1");
              }
              _concurrency = value;
              if (self.paused) return;
              for (; queueHead && _running < _concurrency; ) {
                _running++;
                release();
              }
            },
            running,
            resume,
            idle,
            length,
            getQueue,
            unshift,
            empty: noop22,
            kill,
            killAndDrain,
            error,
            abort
          };
          return self;
          function running() {
            return _running;
          }
          function pause() {
            self.paused = true;
          }
          function length() {
            var current = queueHead;
            var counter = 0;
            while (current) {
              current = current.next;
              counter++;
            }
            return counter;
          }
          function getQueue() {
            var current = queueHead;
            var tasks = [];
            while (current) {
              tasks.push(current.value);
              current = current.next;
            }
            return tasks;
          }
          function resume() {
            if (!self.paused) return;
            self.paused = false;
            if (queueHead === null) {
              _running++;
              release();
              return;
            }
            for (; queueHead && _running < _concurrency; ) {
              _running++;
              release();
            }
          }
          function idle() {
            return _running === 0 && self.length() === 0;
          }
          function push2(value, done) {
            var current = cache5.get();
            current.context = context;
            current.release = release;
            current.value = value;
            current.callback = done || noop22;
            current.errorHandler = errorHandler;
            if (_running >= _concurrency || self.paused) {
              if (queueTail) {
                queueTail.next = current;
                queueTail = current;
              } else {
                queueHead = current;
                queueTail = current;
                self.saturated();
              }
            } else {
              _running++;
              worker.call(context, current.value, current.worked);
            }
          }
          function unshift(value, done) {
            var current = cache5.get();
            current.context = context;
            current.release = release;
            current.value = value;
            current.callback = done || noop22;
            current.errorHandler = errorHandler;
            if (_running >= _concurrency || self.paused) {
              if (queueHead) {
                current.next = queueHead;
                queueHead = current;
              } else {
                queueHead = current;
                queueTail = current;
                self.saturated();
              }
            } else {
              _running++;
              worker.call(context, current.value, current.worked);
            }
          }
          function release(holder) {
            if (holder) {
              cache5.release(holder);
            }
            var next = queueHead;
            if (next && _running <= _concurrency) {
              if (!self.paused) {
                if (queueTail === queueHead) {
                  queueTail = null;
                }
                queueHead = next.next;
                next.next = null;
                worker.call(context, next.value, next.worked);
                if (queueTail === null) {
                  self.empty();
                }
              } else {
                _running--;
              }
            } else if (--_running === 0) {
              self.drain();
            }
          }
          function kill() {
            queueHead = null;
            queueTail = null;
            self.drain = noop22;
          }
          function killAndDrain() {
            queueHead = null;
            queueTail = null;
            self.drain();
            self.drain = noop22;
          }
          function abort() {
            var current = queueHead;
            queueHead = null;
            queueTail = null;
            while (current) {
              var next = current.next;
              var callback = current.callback;
              var errorHandler2 = current.errorHandler;
              var val = current.value;
              var context2 = current.context;
              current.value = null;
              current.callback = noop22;
              current.errorHandler = null;
              current.next = null;
              if (errorHandler2) {
                errorHandler2(new Error("abort"), val);
              }
              callback.call(context2, new Error("abort"));
              cache5.release(current);
              current = next;
            }
            self.drain = noop22;
          }
          function error(handler) {
            errorHandler = handler;
          }
        }
        function noop22() {
        }
        function Task() {
          this.value = null;
          this.callback = noop22;
          this.next = null;
          this.release = noop22;
          this.context = null;
          this.errorHandler = null;
          var self = this;
          this.worked = function worked(err, result) {
            var callback = self.callback;
            var errorHandler = self.errorHandler;
            var val = self.value;
            self.value = null;
            self.callback = noop22;
            if (self.errorHandler) {
              errorHandler(err, val);
            }
            callback.call(self.context, err, result);
            self.release(self);
          };
        }
        function queueAsPromised(context, worker, _concurrency) {
          if (typeof context === "function") {
            _concurrency = worker;
            worker = context;
            context = null;
          }
          function asyncWrapper(arg, cb) {
            worker.call(this, arg).then(function(res) {
              cb(null, res);
            }, cb);
          }
          var queue = fastqueue(context, asyncWrapper, _concurrency);
          var pushCb = queue.push;
          var unshiftCb = queue.unshift;
          queue.push = push2;
          queue.unshift = unshift;
          queue.drained = drained;
          return queue;
          function push2(value) {
            var p = new Promise(function(resolve4, reject) {
              pushCb(value, function(err, result) {
                if (err) {
                  reject(err);
                  return;
                }
                resolve4(result);
              });
            });
            p.catch(noop22);
            return p;
          }
          function unshift(value) {
            var p = new Promise(function(resolve4, reject) {
              unshiftCb(value, function(err, result) {
                if (err) {
                  reject(err);
                  return;
                }
                resolve4(result);
              });
            });
            p.catch(noop22);
            return p;
          }
          function drained() {
            var p = new Promise(function(resolve4) {
              process.nextTick(function() {
                if (queue.idle()) {
                  resolve4();
                } else {
                  var previousDrain = queue.drain;
                  queue.drain = function() {
                    if (typeof previousDrain === "function") previousDrain();
                    resolve4();
                    queue.drain = previousDrain;
                  };
                }
              });
            });
            return p;
          }
        }
        module.exports = fastqueue;
        module.exports.promise = queueAsPromised;
      }
    });
    require_common2 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
        function isFatalError(settings, error) {
          if (settings.errorFilter === null) {
            return true;
          }
          return !settings.errorFilter(error);
        }
        exports.isFatalError = isFatalError;
        function isAppliedFilter(filter2, value) {
          return filter2 === null || filter2(value);
        }
        exports.isAppliedFilter = isAppliedFilter;
        function replacePathSegmentSeparator(filepath, separator) {
          return filepath.split(/[/\\]/).join(separator);
        }
        exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
        function joinPathSegments(a, b, separator) {
          if (a === "") {
            return b;
          }
          if (a.endsWith(separator)) {
            return a + b;
          }
          return a + separator + b;
        }
        exports.joinPathSegments = joinPathSegments;
      }
    });
    require_reader = __commonJS({
      "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var common = require_common2();
        var Reader = class {
          constructor(_root, _settings) {
            this._root = _root;
            this._settings = _settings;
            this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
          }
        };
        exports.default = Reader;
      }
    });
    require_async3 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var events_1 = __require("events");
        var fsScandir = require_out2();
        var fastq = require_queue();
        var common = require_common2();
        var reader_1 = require_reader();
        var AsyncReader = class extends reader_1.default {
          constructor(_root, _settings) {
            super(_root, _settings);
            this._settings = _settings;
            this._scandir = fsScandir.scandir;
            this._emitter = new events_1.EventEmitter();
            this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
            this._isFatalError = false;
            this._isDestroyed = false;
            this._queue.drain = () => {
              if (!this._isFatalError) {
                this._emitter.emit("end");
              }
            };
          }
          read() {
            this._isFatalError = false;
            this._isDestroyed = false;
            setImmediate(() => {
              this._pushToQueue(this._root, this._settings.basePath);
            });
            return this._emitter;
          }
          get isDestroyed() {
            return this._isDestroyed;
          }
          destroy() {
            if (this._isDestroyed) {
              throw new Error("The reader is already destroyed");
            }
            this._isDestroyed = true;
            this._queue.killAndDrain();
          }
          onEntry(callback) {
            this._emitter.on("entry", callback);
          }
          onError(callback) {
            this._emitter.once("error", callback);
          }
          onEnd(callback) {
            this._emitter.once("end", callback);
          }
          _pushToQueue(directory, base) {
            const queueItem = { directory, base };
            this._queue.push(queueItem, (error) => {
              if (error !== null) {
                this._handleError(error);
              }
            });
          }
          _worker(item, done) {
            this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
              if (error !== null) {
                done(error, void 0);
                return;
              }
              for (const entry of entries) {
                this._handleEntry(entry, item.base);
              }
              done(null, void 0);
            });
          }
          _handleError(error) {
            if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
              return;
            }
            this._isFatalError = true;
            this._isDestroyed = true;
            this._emitter.emit("error", error);
          }
          _handleEntry(entry, base) {
            if (this._isDestroyed || this._isFatalError) {
              return;
            }
            const fullpath = entry.path;
            if (base !== void 0) {
              entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
            }
            if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
              this._emitEntry(entry);
            }
            if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
              this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
            }
          }
          _emitEntry(entry) {
            this._emitter.emit("entry", entry);
          }
        };
        exports.default = AsyncReader;
      }
    });
    require_async4 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var async_1 = require_async3();
        var AsyncProvider = class {
          constructor(_root, _settings) {
            this._root = _root;
            this._settings = _settings;
            this._reader = new async_1.default(this._root, this._settings);
            this._storage = [];
          }
          read(callback) {
            this._reader.onError((error) => {
              callFailureCallback(callback, error);
            });
            this._reader.onEntry((entry) => {
              this._storage.push(entry);
            });
            this._reader.onEnd(() => {
              callSuccessCallback(callback, this._storage);
            });
            this._reader.read();
          }
        };
        exports.default = AsyncProvider;
        function callFailureCallback(callback, error) {
          callback(error);
        }
        function callSuccessCallback(callback, entries) {
          callback(null, entries);
        }
      }
    });
    require_stream2 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var stream_1 = __require("stream");
        var async_1 = require_async3();
        var StreamProvider = class {
          constructor(_root, _settings) {
            this._root = _root;
            this._settings = _settings;
            this._reader = new async_1.default(this._root, this._settings);
            this._stream = new stream_1.Readable({
              objectMode: true,
              read: () => {
              },
              destroy: () => {
                if (!this._reader.isDestroyed) {
                  this._reader.destroy();
                }
              }
            });
          }
          read() {
            this._reader.onError((error) => {
              this._stream.emit("error", error);
            });
            this._reader.onEntry((entry) => {
              this._stream.push(entry);
            });
            this._reader.onEnd(() => {
              this._stream.push(null);
            });
            this._reader.read();
            return this._stream;
          }
        };
        exports.default = StreamProvider;
      }
    });
    require_sync3 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var fsScandir = require_out2();
        var common = require_common2();
        var reader_1 = require_reader();
        var SyncReader = class extends reader_1.default {
          constructor() {
            super(...arguments);
            this._scandir = fsScandir.scandirSync;
            this._storage = [];
            this._queue = /* @__PURE__ */ new Set();
          }
          read() {
            this._pushToQueue(this._root, this._settings.basePath);
            this._handleQueue();
            return this._storage;
          }
          _pushToQueue(directory, base) {
            this._queue.add({ directory, base });
          }
          _handleQueue() {
            for (const item of this._queue.values()) {
              this._handleDirectory(item.directory, item.base);
            }
          }
          _handleDirectory(directory, base) {
            try {
              const entries = this._scandir(directory, this._settings.fsScandirSettings);
              for (const entry of entries) {
                this._handleEntry(entry, base);
              }
            } catch (error) {
              this._handleError(error);
            }
          }
          _handleError(error) {
            if (!common.isFatalError(this._settings, error)) {
              return;
            }
            throw error;
          }
          _handleEntry(entry, base) {
            const fullpath = entry.path;
            if (base !== void 0) {
              entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
            }
            if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
              this._pushToStorage(entry);
            }
            if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
              this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
            }
          }
          _pushToStorage(entry) {
            this._storage.push(entry);
          }
        };
        exports.default = SyncReader;
      }
    });
    require_sync4 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var sync_1 = require_sync3();
        var SyncProvider = class {
          constructor(_root, _settings) {
            this._root = _root;
            this._settings = _settings;
            this._reader = new sync_1.default(this._root, this._settings);
          }
          read() {
            return this._reader.read();
          }
        };
        exports.default = SyncProvider;
      }
    });
    require_settings3 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var path17 = __require("path");
        var fsScandir = require_out2();
        var Settings = class {
          constructor(_options = {}) {
            this._options = _options;
            this.basePath = this._getValue(this._options.basePath, void 0);
            this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
            this.deepFilter = this._getValue(this._options.deepFilter, null);
            this.entryFilter = this._getValue(this._options.entryFilter, null);
            this.errorFilter = this._getValue(this._options.errorFilter, null);
            this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path17.sep);
            this.fsScandirSettings = new fsScandir.Settings({
              followSymbolicLinks: this._options.followSymbolicLinks,
              fs: this._options.fs,
              pathSegmentSeparator: this._options.pathSegmentSeparator,
              stats: this._options.stats,
              throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
            });
          }
          _getValue(option, value) {
            return option !== null && option !== void 0 ? option : value;
          }
        };
        exports.default = Settings;
      }
    });
    require_out3 = __commonJS({
      "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
        var async_1 = require_async4();
        var stream_1 = require_stream2();
        var sync_1 = require_sync4();
        var settings_1 = require_settings3();
        exports.Settings = settings_1.default;
        function walk(directory, optionsOrSettingsOrCallback, callback) {
          if (typeof optionsOrSettingsOrCallback === "function") {
            new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
            return;
          }
          new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
        }
        exports.walk = walk;
        function walkSync(directory, optionsOrSettings) {
          const settings = getSettings(optionsOrSettings);
          const provider = new sync_1.default(directory, settings);
          return provider.read();
        }
        exports.walkSync = walkSync;
        function walkStream(directory, optionsOrSettings) {
          const settings = getSettings(optionsOrSettings);
          const provider = new stream_1.default(directory, settings);
          return provider.read();
        }
        exports.walkStream = walkStream;
        function getSettings(settingsOrOptions = {}) {
          if (settingsOrOptions instanceof settings_1.default) {
            return settingsOrOptions;
          }
          return new settings_1.default(settingsOrOptions);
        }
      }
    });
    require_reader2 = __commonJS({
      "node_modules/fast-glob/out/readers/reader.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var path17 = __require("path");
        var fsStat = require_out();
        var utils2 = require_utils3();
        var Reader = class {
          constructor(_settings) {
            this._settings = _settings;
            this._fsStatSettings = new fsStat.Settings({
              followSymbolicLink: this._settings.followSymbolicLinks,
              fs: this._settings.fs,
              throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
            });
          }
          _getFullEntryPath(filepath) {
            return path17.resolve(this._settings.cwd, filepath);
          }
          _makeEntry(stats, pattern) {
            const entry = {
              name: pattern,
              path: pattern,
              dirent: utils2.fs.createDirentFromStats(pattern, stats)
            };
            if (this._settings.stats) {
              entry.stats = stats;
            }
            return entry;
          }
          _isFatalError(error) {
            return !utils2.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
          }
        };
        exports.default = Reader;
      }
    });
    require_stream3 = __commonJS({
      "node_modules/fast-glob/out/readers/stream.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var stream_1 = __require("stream");
        var fsStat = require_out();
        var fsWalk = require_out3();
        var reader_1 = require_reader2();
        var ReaderStream = class extends reader_1.default {
          constructor() {
            super(...arguments);
            this._walkStream = fsWalk.walkStream;
            this._stat = fsStat.stat;
          }
          dynamic(root2, options7) {
            return this._walkStream(root2, options7);
          }
          static(patterns, options7) {
            const filepaths = patterns.map(this._getFullEntryPath, this);
            const stream = new stream_1.PassThrough({ objectMode: true });
            stream._write = (index, _enc, done) => {
              return this._getEntry(filepaths[index], patterns[index], options7).then((entry) => {
                if (entry !== null && options7.entryFilter(entry)) {
                  stream.push(entry);
                }
                if (index === filepaths.length - 1) {
                  stream.end();
                }
                done();
              }).catch(done);
            };
            for (let i = 0; i < filepaths.length; i++) {
              stream.write(i);
            }
            return stream;
          }
          _getEntry(filepath, pattern, options7) {
            return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
              if (options7.errorFilter(error)) {
                return null;
              }
              throw error;
            });
          }
          _getStat(filepath) {
            return new Promise((resolve4, reject) => {
              this._stat(filepath, this._fsStatSettings, (error, stats) => {
                return error === null ? resolve4(stats) : reject(error);
              });
            });
          }
        };
        exports.default = ReaderStream;
      }
    });
    require_async5 = __commonJS({
      "node_modules/fast-glob/out/readers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var fsWalk = require_out3();
        var reader_1 = require_reader2();
        var stream_1 = require_stream3();
        var ReaderAsync = class extends reader_1.default {
          constructor() {
            super(...arguments);
            this._walkAsync = fsWalk.walk;
            this._readerStream = new stream_1.default(this._settings);
          }
          dynamic(root2, options7) {
            return new Promise((resolve4, reject) => {
              this._walkAsync(root2, options7, (error, entries) => {
                if (error === null) {
                  resolve4(entries);
                } else {
                  reject(error);
                }
              });
            });
          }
          async static(patterns, options7) {
            const entries = [];
            const stream = this._readerStream.static(patterns, options7);
            return new Promise((resolve4, reject) => {
              stream.once("error", reject);
              stream.on("data", (entry) => entries.push(entry));
              stream.once("end", () => resolve4(entries));
            });
          }
        };
        exports.default = ReaderAsync;
      }
    });
    require_matcher = __commonJS({
      "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var utils2 = require_utils3();
        var Matcher2 = class {
          constructor(_patterns, _settings, _micromatchOptions) {
            this._patterns = _patterns;
            this._settings = _settings;
            this._micromatchOptions = _micromatchOptions;
            this._storage = [];
            this._fillStorage();
          }
          _fillStorage() {
            for (const pattern of this._patterns) {
              const segments = this._getPatternSegments(pattern);
              const sections = this._splitSegmentsIntoSections(segments);
              this._storage.push({
                complete: sections.length <= 1,
                pattern,
                segments,
                sections
              });
            }
          }
          _getPatternSegments(pattern) {
            const parts = utils2.pattern.getPatternParts(pattern, this._micromatchOptions);
            return parts.map((part) => {
              const dynamic = utils2.pattern.isDynamicPattern(part, this._settings);
              if (!dynamic) {
                return {
                  dynamic: false,
                  pattern: part
                };
              }
              return {
                dynamic: true,
                pattern: part,
                patternRe: utils2.pattern.makeRe(part, this._micromatchOptions)
              };
            });
          }
          _splitSegmentsIntoSections(segments) {
            return utils2.array.splitWhen(segments, (segment) => segment.dynamic && utils2.pattern.hasGlobStar(segment.pattern));
          }
        };
        exports.default = Matcher2;
      }
    });
    require_partial = __commonJS({
      "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var matcher_1 = require_matcher();
        var PartialMatcher = class extends matcher_1.default {
          match(filepath) {
            const parts = filepath.split("/");
            const levels = parts.length;
            const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
            for (const pattern of patterns) {
              const section = pattern.sections[0];
              if (!pattern.complete && levels > section.length) {
                return true;
              }
              const match2 = parts.every((part, index) => {
                const segment = pattern.segments[index];
                if (segment.dynamic && segment.patternRe.test(part)) {
                  return true;
                }
                if (!segment.dynamic && segment.pattern === part) {
                  return true;
                }
                return false;
              });
              if (match2) {
                return true;
              }
            }
            return false;
          }
        };
        exports.default = PartialMatcher;
      }
    });
    require_deep = __commonJS({
      "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var utils2 = require_utils3();
        var partial_1 = require_partial();
        var DeepFilter = class {
          constructor(_settings, _micromatchOptions) {
            this._settings = _settings;
            this._micromatchOptions = _micromatchOptions;
          }
          getFilter(basePath, positive, negative) {
            const matcher = this._getMatcher(positive);
            const negativeRe = this._getNegativePatternsRe(negative);
            return (entry) => this._filter(basePath, entry, matcher, negativeRe);
          }
          _getMatcher(patterns) {
            return new partial_1.default(patterns, this._settings, this._micromatchOptions);
          }
          _getNegativePatternsRe(patterns) {
            const affectDepthOfReadingPatterns = patterns.filter(utils2.pattern.isAffectDepthOfReadingPattern);
            return utils2.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
          }
          _filter(basePath, entry, matcher, negativeRe) {
            if (this._isSkippedByDeep(basePath, entry.path)) {
              return false;
            }
            if (this._isSkippedSymbolicLink(entry)) {
              return false;
            }
            const filepath = utils2.path.removeLeadingDotSegment(entry.path);
            if (this._isSkippedByPositivePatterns(filepath, matcher)) {
              return false;
            }
            return this._isSkippedByNegativePatterns(filepath, negativeRe);
          }
          _isSkippedByDeep(basePath, entryPath) {
            if (this._settings.deep === Infinity) {
              return false;
            }
            return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
          }
          _getEntryLevel(basePath, entryPath) {
            const entryPathDepth = entryPath.split("/").length;
            if (basePath === "") {
              return entryPathDepth;
            }
            const basePathDepth = basePath.split("/").length;
            return entryPathDepth - basePathDepth;
          }
          _isSkippedSymbolicLink(entry) {
            return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
          }
          _isSkippedByPositivePatterns(entryPath, matcher) {
            return !this._settings.baseNameMatch && !matcher.match(entryPath);
          }
          _isSkippedByNegativePatterns(entryPath, patternsRe) {
            return !utils2.pattern.matchAny(entryPath, patternsRe);
          }
        };
        exports.default = DeepFilter;
      }
    });
    require_entry = __commonJS({
      "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var utils2 = require_utils3();
        var EntryFilter = class {
          constructor(_settings, _micromatchOptions) {
            this._settings = _settings;
            this._micromatchOptions = _micromatchOptions;
            this.index = /* @__PURE__ */ new Map();
          }
          getFilter(positive, negative) {
            const [absoluteNegative, relativeNegative] = utils2.pattern.partitionAbsoluteAndRelative(negative);
            const patterns = {
              positive: {
                all: utils2.pattern.convertPatternsToRe(positive, this._micromatchOptions)
              },
              negative: {
                absolute: utils2.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
                relative: utils2.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
              }
            };
            return (entry) => this._filter(entry, patterns);
          }
          _filter(entry, patterns) {
            const filepath = utils2.path.removeLeadingDotSegment(entry.path);
            if (this._settings.unique && this._isDuplicateEntry(filepath)) {
              return false;
            }
            if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
              return false;
            }
            const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
            if (this._settings.unique && isMatched) {
              this._createIndexRecord(filepath);
            }
            return isMatched;
          }
          _isDuplicateEntry(filepath) {
            return this.index.has(filepath);
          }
          _createIndexRecord(filepath) {
            this.index.set(filepath, void 0);
          }
          _onlyFileFilter(entry) {
            return this._settings.onlyFiles && !entry.dirent.isFile();
          }
          _onlyDirectoryFilter(entry) {
            return this._settings.onlyDirectories && !entry.dirent.isDirectory();
          }
          _isMatchToPatternsSet(filepath, patterns, isDirectory) {
            const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
            if (!isMatched) {
              return false;
            }
            const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
            if (isMatchedByRelativeNegative) {
              return false;
            }
            const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
            if (isMatchedByAbsoluteNegative) {
              return false;
            }
            return true;
          }
          _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
            if (patternsRe.length === 0) {
              return false;
            }
            const fullpath = utils2.path.makeAbsolute(this._settings.cwd, filepath);
            return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
          }
          _isMatchToPatterns(filepath, patternsRe, isDirectory) {
            if (patternsRe.length === 0) {
              return false;
            }
            const isMatched = utils2.pattern.matchAny(filepath, patternsRe);
            if (!isMatched && isDirectory) {
              return utils2.pattern.matchAny(filepath + "/", patternsRe);
            }
            return isMatched;
          }
        };
        exports.default = EntryFilter;
      }
    });
    require_error = __commonJS({
      "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var utils2 = require_utils3();
        var ErrorFilter = class {
          constructor(_settings) {
            this._settings = _settings;
          }
          getFilter() {
            return (error) => this._isNonFatalError(error);
          }
          _isNonFatalError(error) {
            return utils2.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
          }
        };
        exports.default = ErrorFilter;
      }
    });
    require_entry2 = __commonJS({
      "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var utils2 = require_utils3();
        var EntryTransformer = class {
          constructor(_settings) {
            this._settings = _settings;
          }
          getTransformer() {
            return (entry) => this._transform(entry);
          }
          _transform(entry) {
            let filepath = entry.path;
            if (this._settings.absolute) {
              filepath = utils2.path.makeAbsolute(this._settings.cwd, filepath);
              filepath = utils2.path.unixify(filepath);
            }
            if (this._settings.markDirectories && entry.dirent.isDirectory()) {
              filepath += "/";
            }
            if (!this._settings.objectMode) {
              return filepath;
            }
            return Object.assign(Object.assign({}, entry), { path: filepath });
          }
        };
        exports.default = EntryTransformer;
      }
    });
    require_provider = __commonJS({
      "node_modules/fast-glob/out/providers/provider.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var path17 = __require("path");
        var deep_1 = require_deep();
        var entry_1 = require_entry();
        var error_1 = require_error();
        var entry_2 = require_entry2();
        var Provider = class {
          constructor(_settings) {
            this._settings = _settings;
            this.errorFilter = new error_1.default(this._settings);
            this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
            this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
            this.entryTransformer = new entry_2.default(this._settings);
          }
          _getRootDirectory(task) {
            return path17.resolve(this._settings.cwd, task.base);
          }
          _getReaderOptions(task) {
            const basePath = task.base === "." ? "" : task.base;
            return {
              basePath,
              pathSegmentSeparator: "/",
              concurrency: this._settings.concurrency,
              deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
              entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
              errorFilter: this.errorFilter.getFilter(),
              followSymbolicLinks: this._settings.followSymbolicLinks,
              fs: this._settings.fs,
              stats: this._settings.stats,
              throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
              transform: this.entryTransformer.getTransformer()
            };
          }
          _getMicromatchOptions() {
            return {
              dot: this._settings.dot,
              matchBase: this._settings.baseNameMatch,
              nobrace: !this._settings.braceExpansion,
              nocase: !this._settings.caseSensitiveMatch,
              noext: !this._settings.extglob,
              noglobstar: !this._settings.globstar,
              posix: true,
              strictSlashes: false
            };
          }
        };
        exports.default = Provider;
      }
    });
    require_async6 = __commonJS({
      "node_modules/fast-glob/out/providers/async.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var async_1 = require_async5();
        var provider_1 = require_provider();
        var ProviderAsync = class extends provider_1.default {
          constructor() {
            super(...arguments);
            this._reader = new async_1.default(this._settings);
          }
          async read(task) {
            const root2 = this._getRootDirectory(task);
            const options7 = this._getReaderOptions(task);
            const entries = await this.api(root2, task, options7);
            return entries.map((entry) => options7.transform(entry));
          }
          api(root2, task, options7) {
            if (task.dynamic) {
              return this._reader.dynamic(root2, options7);
            }
            return this._reader.static(task.patterns, options7);
          }
        };
        exports.default = ProviderAsync;
      }
    });
    require_stream4 = __commonJS({
      "node_modules/fast-glob/out/providers/stream.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var stream_1 = __require("stream");
        var stream_2 = require_stream3();
        var provider_1 = require_provider();
        var ProviderStream = class extends provider_1.default {
          constructor() {
            super(...arguments);
            this._reader = new stream_2.default(this._settings);
          }
          read(task) {
            const root2 = this._getRootDirectory(task);
            const options7 = this._getReaderOptions(task);
            const source2 = this.api(root2, task, options7);
            const destination = new stream_1.Readable({ objectMode: true, read: () => {
            } });
            source2.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options7.transform(entry))).once("end", () => destination.emit("end"));
            destination.once("close", () => source2.destroy());
            return destination;
          }
          api(root2, task, options7) {
            if (task.dynamic) {
              return this._reader.dynamic(root2, options7);
            }
            return this._reader.static(task.patterns, options7);
          }
        };
        exports.default = ProviderStream;
      }
    });
    require_sync5 = __commonJS({
      "node_modules/fast-glob/out/readers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var fsStat = require_out();
        var fsWalk = require_out3();
        var reader_1 = require_reader2();
        var ReaderSync = class extends reader_1.default {
          constructor() {
            super(...arguments);
            this._walkSync = fsWalk.walkSync;
            this._statSync = fsStat.statSync;
          }
          dynamic(root2, options7) {
            return this._walkSync(root2, options7);
          }
          static(patterns, options7) {
            const entries = [];
            for (const pattern of patterns) {
              const filepath = this._getFullEntryPath(pattern);
              const entry = this._getEntry(filepath, pattern, options7);
              if (entry === null || !options7.entryFilter(entry)) {
                continue;
              }
              entries.push(entry);
            }
            return entries;
          }
          _getEntry(filepath, pattern, options7) {
            try {
              const stats = this._getStat(filepath);
              return this._makeEntry(stats, pattern);
            } catch (error) {
              if (options7.errorFilter(error)) {
                return null;
              }
              throw error;
            }
          }
          _getStat(filepath) {
            return this._statSync(filepath, this._fsStatSettings);
          }
        };
        exports.default = ReaderSync;
      }
    });
    require_sync6 = __commonJS({
      "node_modules/fast-glob/out/providers/sync.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        var sync_1 = require_sync5();
        var provider_1 = require_provider();
        var ProviderSync = class extends provider_1.default {
          constructor() {
            super(...arguments);
            this._reader = new sync_1.default(this._settings);
          }
          read(task) {
            const root2 = this._getRootDirectory(task);
            const options7 = this._getReaderOptions(task);
            const entries = this.api(root2, task, options7);
            return entries.map(options7.transform);
          }
          api(root2, task, options7) {
            if (task.dynamic) {
              return this._reader.dynamic(root2, options7);
            }
            return this._reader.static(task.patterns, options7);
          }
        };
        exports.default = ProviderSync;
      }
    });
    require_settings4 = __commonJS({
      "node_modules/fast-glob/out/settings.js"(exports) {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
        var fs6 = __require("fs");
        var os = __require("os");
        var CPU_COUNT = Math.max(os.cpus().length, 1);
        exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
          lstat: fs6.lstat,
          lstatSync: fs6.lstatSync,
          stat: fs6.stat,
          statSync: fs6.statSync,
          readdir: fs6.readdir,
          readdirSync: fs6.readdirSync
        };
        var Settings = class {
          constructor(_options = {}) {
            this._options = _options;
            this.absolute = this._getValue(this._options.absolute, false);
            this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
            this.braceExpansion = this._getValue(this._options.braceExpansion, true);
            this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
            this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
            this.cwd = this._getValue(this._options.cwd, process.cwd());
            this.deep = this._getValue(this._options.deep, Infinity);
            this.dot = this._getValue(this._options.dot, false);
            this.extglob = this._getValue(this._options.extglob, true);
            this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
            this.fs = this._getFileSystemMethods(this._options.fs);
            this.globstar = this._getValue(this._options.globstar, true);
            this.ignore = this._getValue(this._options.ignore, []);
            this.markDirectories = this._getValue(this._options.markDirectories, false);
            this.objectMode = this._getValue(this._options.objectMode, false);
            this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
            this.onlyFiles = this._getValue(this._options.onlyFiles, true);
            this.stats = this._getValue(this._options.stats, false);
            this.suppressErrors = this._getValue(this._options.suppressErrors, false);
            this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
            this.unique = this._getValue(this._options.unique, true);
            if (this.onlyDirectories) {
              this.onlyFiles = false;
            }
            if (this.stats) {
              this.objectMode = true;
            }
            this.ignore = [].concat(this.ignore);
          }
          _getValue(option, value) {
            return option === void 0 ? value : option;
          }
          _getFileSystemMethods(methods = {}) {
            return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
          }
        };
        exports.default = Settings;
      }
    });
    require_out4 = __commonJS({
      "node_modules/fast-glob/out/index.js"(exports, module) {
        "use strict";
        var taskManager = require_tasks();
        var async_1 = require_async6();
        var stream_1 = require_stream4();
        var sync_1 = require_sync6();
        var settings_1 = require_settings4();
        var utils2 = require_utils3();
        async function FastGlob(source2, options7) {
          assertPatternsInput(source2);
          const works = getWorks(source2, async_1.default, options7);
          const result = await Promise.all(works);
          return utils2.array.flatten(result);
        }
        (function(FastGlob2) {
          FastGlob2.glob = FastGlob2;
          FastGlob2.globSync = sync;
          FastGlob2.globStream = stream;
          FastGlob2.async = FastGlob2;
          function sync(source2, options7) {
            assertPatternsInput(source2);
            const works = getWorks(source2, sync_1.default, options7);
            return utils2.array.flatten(works);
          }
          FastGlob2.sync = sync;
          function stream(source2, options7) {
            assertPatternsInput(source2);
            const works = getWorks(source2, stream_1.default, options7);
            return utils2.stream.merge(works);
          }
          FastGlob2.stream = stream;
          function generateTasks(source2, options7) {
            assertPatternsInput(source2);
            const patterns = [].concat(source2);
            const settings = new settings_1.default(options7);
            return taskManager.generate(patterns, settings);
          }
          FastGlob2.generateTasks = generateTasks;
          function isDynamicPattern(source2, options7) {
            assertPatternsInput(source2);
            const settings = new settings_1.default(options7);
            return utils2.pattern.isDynamicPattern(source2, settings);
          }
          FastGlob2.isDynamicPattern = isDynamicPattern;
          function escapePath(source2) {
            assertPatternsInput(source2);
            return utils2.path.escape(source2);
          }
          FastGlob2.escapePath = escapePath;
          function convertPathToPattern(source2) {
            assertPatternsInput(source2);
            return utils2.path.convertPathToPattern(source2);
          }
          FastGlob2.convertPathToPattern = convertPathToPattern;
          let posix;
          (function(posix2) {
            function escapePath2(source2) {
              assertPatternsInput(source2);
              return utils2.path.escapePosixPath(source2);
            }
            posix2.escapePath = escapePath2;
            function convertPathToPattern2(source2) {
              assertPatternsInput(source2);
              return utils2.path.convertPosixPathToPattern(source2);
            }
            posix2.convertPathToPattern = convertPathToPattern2;
          })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
          let win32;
          (function(win322) {
            function escapePath2(source2) {
              assertPatternsInput(source2);
              return utils2.path.escapeWindowsPath(source2);
            }
            win322.escapePath = escapePath2;
            function convertPathToPattern2(source2) {
              assertPatternsInput(source2);
              return utils2.path.convertWindowsPathToPattern(source2);
            }
            win322.convertPathToPattern = convertPathToPattern2;
          })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
        })(FastGlob || (FastGlob = {}));
        function getWorks(source2, _Provider, options7) {
          const patterns = [].concat(source2);
          const settings = new settings_1.default(options7);
          const tasks = taskManager.generate(patterns, settings);
          const provider = new _Provider(settings);
          return tasks.map(provider.read, provider);
        }
        function assertPatternsInput(input) {
          const source2 = [].concat(input);
          const isValidSource = source2.every((item) => utils2.string.isString(item) && !utils2.string.isEmpty(item));
          if (!isValidSource) {
            throw new TypeError("Patterns must be a string (non empty) or an array of strings");
          }
        }
        module.exports = FastGlob;
      }
    });
    require_picocolors = __commonJS({
      "node_modules/picocolors/picocolors.js"(exports, module) {
        var p = process || {};
        var argv = p.argv || [];
        var env = p.env || {};
        var isColorSupported2 = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
        var formatter = (open, close, replace = open) => (input) => {
          let string = "" + input, index = string.indexOf(close, open.length);
          return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
        };
        var replaceClose = (string, close, replace, index) => {
          let result = "", cursor22 = 0;
          do {
            result += string.substring(cursor22, index) + replace;
            cursor22 = index + close.length;
            index = string.indexOf(close, cursor22);
          } while (~index);
          return result + string.substring(cursor22);
        };
        var createColors = (enabled = isColorSupported2) => {
          let f = enabled ? formatter : () => String;
          return {
            isColorSupported: enabled,
            reset: f("\x1B[0m", "\x1B[0m"),
            bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
            dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
            italic: f("\x1B[3m", "\x1B[23m"),
            underline: f("\x1B[4m", "\x1B[24m"),
            inverse: f("\x1B[7m", "\x1B[27m"),
            hidden: f("\x1B[8m", "\x1B[28m"),
            strikethrough: f("\x1B[9m", "\x1B[29m"),
            black: f("\x1B[30m", "\x1B[39m"),
            red: f("\x1B[31m", "\x1B[39m"),
            green: f("\x1B[32m", "\x1B[39m"),
            yellow: f("\x1B[33m", "\x1B[39m"),
            blue: f("\x1B[34m", "\x1B[39m"),
            magenta: f("\x1B[35m", "\x1B[39m"),
            cyan: f("\x1B[36m", "\x1B[39m"),
            white: f("\x1B[37m", "\x1B[39m"),
            gray: f("\x1B[90m", "\x1B[39m"),
            bgBlack: f("\x1B[40m", "\x1B[49m"),
            bgRed: f("\x1B[41m", "\x1B[49m"),
            bgGreen: f("\x1B[42m", "\x1B[49m"),
            bgYellow: f("\x1B[43m", "\x1B[49m"),
            bgBlue: f("\x1B[44m", "\x1B[49m"),
            bgMagenta: f("\x1B[45m", "\x1B[49m"),
            bgCyan: f("\x1B[46m", "\x1B[49m"),
            bgWhite: f("\x1B[47m", "\x1B[49m"),
            blackBright: f("\x1B[90m", "\x1B[39m"),
            redBright: f("\x1B[91m", "\x1B[39m"),
            greenBright: f("\x1B[92m", "\x1B[39m"),
            yellowBright: f("\x1B[93m", "\x1B[39m"),
            blueBright: f("\x1B[94m", "\x1B[39m"),
            magentaBright: f("\x1B[95m", "\x1B[39m"),
            cyanBright: f("\x1B[96m", "\x1B[39m"),
            whiteBright: f("\x1B[97m", "\x1B[39m"),
            bgBlackBright: f("\x1B[100m", "\x1B[49m"),
            bgRedBright: f("\x1B[101m", "\x1B[49m"),
            bgGreenBright: f("\x1B[102m", "\x1B[49m"),
            bgYellowBright: f("\x1B[103m", "\x1B[49m"),
            bgBlueBright: f("\x1B[104m", "\x1B[49m"),
            bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
            bgCyanBright: f("\x1B[106m", "\x1B[49m"),
            bgWhiteBright: f("\x1B[107m", "\x1B[49m")
          };
        };
        module.exports = createColors();
        module.exports.createColors = createColors;
      }
    });
    init_languages_evaluate = __esm2({
      "src/language-css/languages.evaluate.js"() {
        languages_evaluate_default = [
          {
            "name": "CSS",
            "type": "markup",
            "aceMode": "css",
            "extensions": [
              ".css",
              ".wxss"
            ],
            "tmScope": "source.css",
            "codemirrorMode": "css",
            "codemirrorMimeType": "text/css",
            "parsers": [
              "css"
            ],
            "vscodeLanguageIds": [
              "css"
            ],
            "linguistLanguageId": 50
          },
          {
            "name": "PostCSS",
            "type": "markup",
            "aceMode": "text",
            "extensions": [
              ".pcss",
              ".postcss"
            ],
            "tmScope": "source.postcss",
            "group": "CSS",
            "parsers": [
              "css"
            ],
            "vscodeLanguageIds": [
              "postcss"
            ],
            "linguistLanguageId": 262764437
          },
          {
            "name": "Less",
            "type": "markup",
            "aceMode": "less",
            "extensions": [
              ".less"
            ],
            "tmScope": "source.css.less",
            "aliases": [
              "less-css"
            ],
            "codemirrorMode": "css",
            "codemirrorMimeType": "text/x-less",
            "parsers": [
              "less"
            ],
            "vscodeLanguageIds": [
              "less"
            ],
            "linguistLanguageId": 198
          },
          {
            "name": "SCSS",
            "type": "markup",
            "aceMode": "scss",
            "extensions": [
              ".scss"
            ],
            "tmScope": "source.css.scss",
            "codemirrorMode": "css",
            "codemirrorMimeType": "text/x-scss",
            "parsers": [
              "scss"
            ],
            "vscodeLanguageIds": [
              "scss"
            ],
            "linguistLanguageId": 329
          }
        ];
      }
    });
    init_common_options_evaluate = __esm2({
      "src/common/common-options.evaluate.js"() {
        common_options_evaluate_default = {
          "bracketSpacing": {
            "category": "Common",
            "type": "boolean",
            "default": true,
            "description": "Print spaces between brackets.",
            "oppositeDescription": "Do not print spaces between brackets."
          },
          "objectWrap": {
            "category": "Common",
            "type": "choice",
            "default": "preserve",
            "description": "How to wrap object literals.",
            "choices": [
              {
                "value": "preserve",
                "description": "Keep as multi-line, if there is a newline between the opening brace and first property."
              },
              {
                "value": "collapse",
                "description": "Fit to a single line when possible."
              }
            ]
          },
          "singleQuote": {
            "category": "Common",
            "type": "boolean",
            "default": false,
            "description": "Use single quotes instead of double quotes."
          },
          "proseWrap": {
            "category": "Common",
            "type": "choice",
            "default": "preserve",
            "description": "How to wrap prose.",
            "choices": [
              {
                "value": "always",
                "description": "Wrap prose if it exceeds the print width."
              },
              {
                "value": "never",
                "description": "Do not wrap prose."
              },
              {
                "value": "preserve",
                "description": "Wrap prose as-is."
              }
            ]
          },
          "bracketSameLine": {
            "category": "Common",
            "type": "boolean",
            "default": false,
            "description": "Put > of opening tags on the last line instead of on a new line."
          },
          "singleAttributePerLine": {
            "category": "Common",
            "type": "boolean",
            "default": false,
            "description": "Enforce single attribute per line in HTML, Vue and JSX."
          }
        };
      }
    });
    init_options = __esm2({
      "src/language-css/options.js"() {
        init_common_options_evaluate();
        options = {
          singleQuote: common_options_evaluate_default.singleQuote
        };
        options_default = options;
      }
    });
    init_languages_evaluate2 = __esm2({
      "src/language-graphql/languages.evaluate.js"() {
        languages_evaluate_default2 = [
          {
            "name": "GraphQL",
            "type": "data",
            "aceMode": "graphqlschema",
            "extensions": [
              ".graphql",
              ".gql",
              ".graphqls"
            ],
            "tmScope": "source.graphql",
            "parsers": [
              "graphql"
            ],
            "vscodeLanguageIds": [
              "graphql"
            ],
            "linguistLanguageId": 139
          }
        ];
      }
    });
    init_options2 = __esm2({
      "src/language-graphql/options.js"() {
        init_common_options_evaluate();
        options2 = {
          bracketSpacing: common_options_evaluate_default.bracketSpacing
        };
        options_default2 = options2;
      }
    });
    init_languages_evaluate3 = __esm2({
      "src/language-handlebars/languages.evaluate.js"() {
        languages_evaluate_default3 = [
          {
            "name": "Handlebars",
            "type": "markup",
            "aceMode": "handlebars",
            "extensions": [
              ".handlebars",
              ".hbs"
            ],
            "tmScope": "text.html.handlebars",
            "aliases": [
              "hbs",
              "htmlbars"
            ],
            "parsers": [
              "glimmer"
            ],
            "vscodeLanguageIds": [
              "handlebars"
            ],
            "linguistLanguageId": 155
          }
        ];
      }
    });
    init_languages_evaluate4 = __esm2({
      "src/language-html/languages.evaluate.js"() {
        languages_evaluate_default4 = [
          {
            "name": "Angular",
            "type": "markup",
            "aceMode": "html",
            "extensions": [
              ".component.html"
            ],
            "tmScope": "text.html.basic",
            "aliases": [
              "xhtml"
            ],
            "codemirrorMode": "htmlmixed",
            "codemirrorMimeType": "text/html",
            "parsers": [
              "angular"
            ],
            "vscodeLanguageIds": [
              "html"
            ],
            "filenames": [],
            "linguistLanguageId": 146
          },
          {
            "name": "HTML",
            "type": "markup",
            "aceMode": "html",
            "extensions": [
              ".html",
              ".hta",
              ".htm",
              ".html.hl",
              ".inc",
              ".xht",
              ".xhtml"
            ],
            "tmScope": "text.html.basic",
            "aliases": [
              "xhtml"
            ],
            "codemirrorMode": "htmlmixed",
            "codemirrorMimeType": "text/html",
            "parsers": [
              "html"
            ],
            "vscodeLanguageIds": [
              "html"
            ],
            "linguistLanguageId": 146
          },
          {
            "name": "Lightning Web Components",
            "type": "markup",
            "aceMode": "html",
            "extensions": [],
            "tmScope": "text.html.basic",
            "aliases": [
              "LWC",
              "lwc"
            ],
            "codemirrorMode": "htmlmixed",
            "codemirrorMimeType": "text/html",
            "parsers": [
              "lwc"
            ],
            "vscodeLanguageIds": [
              "html"
            ],
            "filenames": [],
            "linguistLanguageId": 146
          },
          {
            "name": "MJML",
            "type": "markup",
            "aceMode": "html",
            "extensions": [
              ".mjml"
            ],
            "tmScope": "text.mjml.basic",
            "aliases": [
              "MJML",
              "mjml"
            ],
            "codemirrorMode": "htmlmixed",
            "codemirrorMimeType": "text/html",
            "parsers": [
              "mjml"
            ],
            "filenames": [],
            "vscodeLanguageIds": [
              "mjml"
            ],
            "linguistLanguageId": 146
          },
          {
            "name": "Vue",
            "type": "markup",
            "aceMode": "vue",
            "extensions": [
              ".vue"
            ],
            "tmScope": "text.html.vue",
            "codemirrorMode": "vue",
            "codemirrorMimeType": "text/x-vue",
            "parsers": [
              "vue"
            ],
            "vscodeLanguageIds": [
              "vue"
            ],
            "linguistLanguageId": 391
          }
        ];
      }
    });
    init_options3 = __esm2({
      "src/language-html/options.js"() {
        init_common_options_evaluate();
        CATEGORY_HTML = "HTML";
        options3 = {
          bracketSameLine: common_options_evaluate_default.bracketSameLine,
          htmlWhitespaceSensitivity: {
            category: CATEGORY_HTML,
            type: "choice",
            default: "css",
            description: "How to handle whitespaces in HTML.",
            choices: [
              {
                value: "css",
                description: "Respect the default value of CSS display property."
              },
              {
                value: "strict",
                description: "Whitespaces are considered sensitive."
              },
              {
                value: "ignore",
                description: "Whitespaces are considered insensitive."
              }
            ]
          },
          singleAttributePerLine: common_options_evaluate_default.singleAttributePerLine,
          vueIndentScriptAndStyle: {
            category: CATEGORY_HTML,
            type: "boolean",
            default: false,
            description: "Indent script and style tags in Vue files."
          }
        };
        options_default3 = options3;
      }
    });
    init_languages_evaluate5 = __esm2({
      "src/language-js/languages.evaluate.js"() {
        languages_evaluate_default5 = [
          {
            "name": "JavaScript",
            "type": "programming",
            "aceMode": "javascript",
            "extensions": [
              ".js",
              "._js",
              ".bones",
              ".cjs",
              ".es",
              ".es6",
              ".gs",
              ".jake",
              ".javascript",
              ".jsb",
              ".jscad",
              ".jsfl",
              ".jslib",
              ".jsm",
              ".jspre",
              ".jss",
              ".mjs",
              ".njs",
              ".pac",
              ".sjs",
              ".ssjs",
              ".xsjs",
              ".xsjslib",
              ".start.frag",
              ".end.frag",
              ".wxs"
            ],
            "filenames": [
              "Jakefile",
              "start.frag",
              "end.frag"
            ],
            "tmScope": "source.js",
            "aliases": [
              "js",
              "node"
            ],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "text/javascript",
            "interpreters": [
              "bun",
              "chakra",
              "d8",
              "deno",
              "gjs",
              "js",
              "node",
              "nodejs",
              "qjs",
              "rhino",
              "v8",
              "v8-shell",
              "zx"
            ],
            "parsers": [
              "babel",
              "acorn",
              "espree",
              "meriyah",
              "babel-flow",
              "babel-ts",
              "flow",
              "typescript"
            ],
            "vscodeLanguageIds": [
              "javascript",
              "mongo"
            ],
            "linguistLanguageId": 183
          },
          {
            "name": "Flow",
            "type": "programming",
            "aceMode": "javascript",
            "extensions": [
              ".js.flow"
            ],
            "filenames": [],
            "tmScope": "source.js",
            "aliases": [],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "text/javascript",
            "interpreters": [
              "bun",
              "chakra",
              "d8",
              "deno",
              "gjs",
              "js",
              "node",
              "nodejs",
              "qjs",
              "rhino",
              "v8",
              "v8-shell"
            ],
            "parsers": [
              "flow",
              "babel-flow"
            ],
            "vscodeLanguageIds": [
              "javascript"
            ],
            "linguistLanguageId": 183
          },
          {
            "name": "JSX",
            "type": "programming",
            "aceMode": "javascript",
            "extensions": [
              ".jsx"
            ],
            "filenames": void 0,
            "tmScope": "source.js.jsx",
            "aliases": void 0,
            "codemirrorMode": "jsx",
            "codemirrorMimeType": "text/jsx",
            "interpreters": void 0,
            "parsers": [
              "babel",
              "babel-flow",
              "babel-ts",
              "flow",
              "typescript",
              "espree",
              "meriyah"
            ],
            "vscodeLanguageIds": [
              "javascriptreact"
            ],
            "group": "JavaScript",
            "linguistLanguageId": 183
          },
          {
            "name": "TypeScript",
            "type": "programming",
            "aceMode": "typescript",
            "extensions": [
              ".ts",
              ".cts",
              ".mts"
            ],
            "tmScope": "source.ts",
            "aliases": [
              "ts"
            ],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "application/typescript",
            "interpreters": [
              "bun",
              "deno",
              "ts-node",
              "tsx",
              "node"
            ],
            "parsers": [
              "typescript",
              "babel-ts"
            ],
            "vscodeLanguageIds": [
              "typescript"
            ],
            "linguistLanguageId": 378
          },
          {
            "name": "TSX",
            "type": "programming",
            "aceMode": "tsx",
            "extensions": [
              ".tsx"
            ],
            "tmScope": "source.tsx",
            "aliases": [
              "typescriptreact"
            ],
            "codemirrorMode": "jsx",
            "codemirrorMimeType": "text/typescript-jsx",
            "group": "TypeScript",
            "parsers": [
              "typescript",
              "babel-ts"
            ],
            "vscodeLanguageIds": [
              "typescriptreact"
            ],
            "linguistLanguageId": 94901924
          }
        ];
      }
    });
    init_options4 = __esm2({
      "src/language-js/options.js"() {
        init_common_options_evaluate();
        CATEGORY_JAVASCRIPT = "JavaScript";
        options4 = {
          arrowParens: {
            category: CATEGORY_JAVASCRIPT,
            type: "choice",
            default: "always",
            description: "Include parentheses around a sole arrow function parameter.",
            choices: [
              {
                value: "always",
                description: "Always include parens. Example: `(x) => x`"
              },
              {
                value: "avoid",
                description: "Omit parens when possible. Example: `x => x`"
              }
            ]
          },
          bracketSameLine: common_options_evaluate_default.bracketSameLine,
          objectWrap: common_options_evaluate_default.objectWrap,
          bracketSpacing: common_options_evaluate_default.bracketSpacing,
          jsxBracketSameLine: {
            category: CATEGORY_JAVASCRIPT,
            type: "boolean",
            description: "Put > on the last line instead of at a new line.",
            deprecated: "2.4.0"
          },
          semi: {
            category: CATEGORY_JAVASCRIPT,
            type: "boolean",
            default: true,
            description: "Print semicolons.",
            oppositeDescription: "Do not print semicolons, except at the beginning of lines which may need them."
          },
          experimentalOperatorPosition: {
            category: CATEGORY_JAVASCRIPT,
            type: "choice",
            default: "end",
            description: "Where to print operators when binary expressions wrap lines.",
            choices: [
              {
                value: "start",
                description: "Print operators at the start of new lines."
              },
              {
                value: "end",
                description: "Print operators at the end of previous lines."
              }
            ]
          },
          experimentalTernaries: {
            category: CATEGORY_JAVASCRIPT,
            type: "boolean",
            default: false,
            description: "Use curious ternaries, with the question mark after the condition.",
            oppositeDescription: "Default behavior of ternaries; keep question marks on the same line as the consequent."
          },
          singleQuote: common_options_evaluate_default.singleQuote,
          jsxSingleQuote: {
            category: CATEGORY_JAVASCRIPT,
            type: "boolean",
            default: false,
            description: "Use single quotes in JSX."
          },
          quoteProps: {
            category: CATEGORY_JAVASCRIPT,
            type: "choice",
            default: "as-needed",
            description: "Change when properties in objects are quoted.",
            choices: [
              {
                value: "as-needed",
                description: "Only add quotes around object properties where required."
              },
              {
                value: "consistent",
                description: "If at least one property in an object requires quotes, quote all properties."
              },
              {
                value: "preserve",
                description: "Respect the input use of quotes in object properties."
              }
            ]
          },
          trailingComma: {
            category: CATEGORY_JAVASCRIPT,
            type: "choice",
            default: "all",
            description: "Print trailing commas wherever possible when multi-line.",
            choices: [
              {
                value: "all",
                description: "Trailing commas wherever possible (including function arguments)."
              },
              {
                value: "es5",
                description: "Trailing commas where valid in ES5 (objects, arrays, etc.)"
              },
              { value: "none", description: "No trailing commas." }
            ]
          },
          singleAttributePerLine: common_options_evaluate_default.singleAttributePerLine
        };
        options_default4 = options4;
      }
    });
    init_languages_evaluate6 = __esm2({
      "src/language-json/languages.evaluate.js"() {
        languages_evaluate_default6 = [
          {
            "name": "JSON.stringify",
            "type": "data",
            "aceMode": "json",
            "extensions": [
              ".importmap"
            ],
            "filenames": [
              "package.json",
              "package-lock.json",
              "composer.json"
            ],
            "tmScope": "source.json",
            "aliases": [
              "geojson",
              "jsonl",
              "sarif",
              "topojson"
            ],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "application/json",
            "parsers": [
              "json-stringify"
            ],
            "vscodeLanguageIds": [
              "json"
            ],
            "linguistLanguageId": 174
          },
          {
            "name": "JSON",
            "type": "data",
            "aceMode": "json",
            "extensions": [
              ".json",
              ".4DForm",
              ".4DProject",
              ".avsc",
              ".geojson",
              ".gltf",
              ".har",
              ".ice",
              ".JSON-tmLanguage",
              ".json.example",
              ".mcmeta",
              ".sarif",
              ".slnlaunch",
              ".tact",
              ".tfstate",
              ".tfstate.backup",
              ".topojson",
              ".webapp",
              ".webmanifest",
              ".yy",
              ".yyp"
            ],
            "filenames": [
              ".all-contributorsrc",
              ".arcconfig",
              ".auto-changelog",
              ".c8rc",
              ".htmlhintrc",
              ".imgbotconfig",
              ".nycrc",
              ".releaserc",
              ".secrets.baseline",
              ".tern-config",
              ".tern-project",
              ".watchmanconfig",
              ".babelrc",
              ".jscsrc",
              ".jshintrc",
              ".jslintrc",
              ".swcrc"
            ],
            "tmScope": "source.json",
            "aliases": [
              "geojson",
              "jsonl",
              "sarif",
              "topojson"
            ],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "application/json",
            "parsers": [
              "json"
            ],
            "vscodeLanguageIds": [
              "json"
            ],
            "linguistLanguageId": 174
          },
          {
            "name": "JSON with Comments",
            "type": "data",
            "aceMode": "javascript",
            "extensions": [
              ".jsonc",
              ".code-snippets",
              ".code-workspace",
              ".hujson",
              ".sublime-build",
              ".sublime-color-scheme",
              ".sublime-commands",
              ".sublime-completions",
              ".sublime-keymap",
              ".sublime-macro",
              ".sublime-menu",
              ".sublime-mousemap",
              ".sublime-project",
              ".sublime-settings",
              ".sublime-theme",
              ".sublime-workspace",
              ".sublime_metrics",
              ".sublime_session"
            ],
            "filenames": [],
            "tmScope": "source.json.comments",
            "aliases": [
              "jsonc"
            ],
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "text/javascript",
            "group": "JSON",
            "parsers": [
              "jsonc"
            ],
            "vscodeLanguageIds": [
              "jsonc"
            ],
            "linguistLanguageId": 423
          },
          {
            "name": "JSON5",
            "type": "data",
            "aceMode": "json5",
            "extensions": [
              ".json5"
            ],
            "tmScope": "source.js",
            "codemirrorMode": "javascript",
            "codemirrorMimeType": "application/json",
            "parsers": [
              "json5"
            ],
            "vscodeLanguageIds": [
              "json5"
            ],
            "linguistLanguageId": 175
          }
        ];
      }
    });
    init_languages_evaluate7 = __esm2({
      "src/language-markdown/languages.evaluate.js"() {
        languages_evaluate_default7 = [
          {
            "name": "Markdown",
            "type": "prose",
            "aceMode": "markdown",
            "extensions": [
              ".md",
              ".livemd",
              ".markdown",
              ".mdown",
              ".mdwn",
              ".mkd",
              ".mkdn",
              ".mkdown",
              ".ronn",
              ".scd",
              ".workbook"
            ],
            "filenames": [
              "contents.lr",
              "README"
            ],
            "tmScope": "text.md",
            "aliases": [
              "md",
              "pandoc"
            ],
            "codemirrorMode": "gfm",
            "codemirrorMimeType": "text/x-gfm",
            "wrap": true,
            "parsers": [
              "markdown"
            ],
            "vscodeLanguageIds": [
              "markdown"
            ],
            "linguistLanguageId": 222
          },
          {
            "name": "MDX",
            "type": "prose",
            "aceMode": "markdown",
            "extensions": [
              ".mdx"
            ],
            "filenames": [],
            "tmScope": "text.md",
            "aliases": [
              "md",
              "pandoc"
            ],
            "codemirrorMode": "gfm",
            "codemirrorMimeType": "text/x-gfm",
            "wrap": true,
            "parsers": [
              "mdx"
            ],
            "vscodeLanguageIds": [
              "mdx"
            ],
            "linguistLanguageId": 222
          }
        ];
      }
    });
    init_options5 = __esm2({
      "src/language-markdown/options.js"() {
        init_common_options_evaluate();
        options5 = {
          proseWrap: common_options_evaluate_default.proseWrap,
          singleQuote: common_options_evaluate_default.singleQuote
        };
        options_default5 = options5;
      }
    });
    init_languages_evaluate8 = __esm2({
      "src/language-yaml/languages.evaluate.js"() {
        languages_evaluate_default8 = [
          {
            "name": "YAML",
            "type": "data",
            "aceMode": "yaml",
            "extensions": [
              ".yml",
              ".mir",
              ".reek",
              ".rviz",
              ".sublime-syntax",
              ".syntax",
              ".yaml",
              ".yaml-tmlanguage",
              ".yaml.sed",
              ".yml.mysql"
            ],
            "filenames": [
              ".clang-format",
              ".clang-tidy",
              ".clangd",
              ".eslintrc",
              ".gemrc",
              ".releaserc",
              "CITATION.cff",
              "glide.lock",
              "pixi.lock",
              ".prettierrc",
              ".stylelintrc",
              ".lintstagedrc"
            ],
            "tmScope": "source.yaml",
            "aliases": [
              "yml"
            ],
            "codemirrorMode": "yaml",
            "codemirrorMimeType": "text/x-yaml",
            "parsers": [
              "yaml"
            ],
            "vscodeLanguageIds": [
              "yaml",
              "ansible",
              "dockercompose",
              "github-actions-workflow",
              "home-assistant"
            ],
            "linguistLanguageId": 407
          }
        ];
      }
    });
    init_options6 = __esm2({
      "src/language-yaml/options.js"() {
        init_common_options_evaluate();
        options6 = {
          bracketSpacing: common_options_evaluate_default.bracketSpacing,
          singleQuote: common_options_evaluate_default.singleQuote,
          proseWrap: common_options_evaluate_default.proseWrap
        };
        options_default6 = options6;
      }
    });
    init_utilities = __esm2({
      "src/main/plugins/builtin-plugins/utilities.js"() {
      }
    });
    production_plugins_exports = {};
    __export3(production_plugins_exports, {
      plugins: () => plugins
    });
    init_production_plugins = __esm2({
      "src/main/plugins/builtin-plugins/production-plugins.js"() {
        init_languages_evaluate();
        init_options();
        init_languages_evaluate2();
        init_options2();
        init_languages_evaluate3();
        init_languages_evaluate4();
        init_options3();
        init_languages_evaluate5();
        init_options4();
        init_languages_evaluate6();
        init_languages_evaluate7();
        init_options5();
        init_languages_evaluate8();
        init_options6();
        init_utilities();
        plugins = /* @__PURE__ */ toLazyLoadPlugins(
          {
            name: "acorn",
            load: () => import("./acorn-ZAAWU5SF.js"),
            parsers: ["acorn", "espree"]
          },
          {
            name: "angular",
            load: () => import("./angular-AZH2VXKE.js"),
            parsers: [
              "__ng_action",
              "__ng_binding",
              "__ng_directive",
              "__ng_interpolation"
            ]
          },
          {
            name: "babel",
            load: () => import("./babel-VSOCIKOL.js"),
            parsers: [
              "__babel_estree",
              "__js_expression",
              "__ts_expression",
              "__vue_event_binding",
              "__vue_expression",
              "__vue_ts_event_binding",
              "__vue_ts_expression",
              "babel",
              "babel-flow",
              "babel-ts",
              "json",
              "json-stringify",
              "json5",
              "jsonc"
            ]
          },
          {
            name: "estree",
            load: () => import("./estree-2ZTYFEYE.js"),
            options: options_default4,
            languages: [...languages_evaluate_default6, ...languages_evaluate_default5],
            printers: ["estree", "estree-json"]
          },
          {
            name: "flow",
            load: () => import("./flow-55VG55E4.js"),
            parsers: ["flow"]
          },
          {
            name: "glimmer",
            load: () => import("./glimmer-GLX4MEME.js"),
            languages: languages_evaluate_default3,
            parsers: ["glimmer"],
            printers: ["glimmer"]
          },
          {
            name: "graphql",
            load: () => import("./graphql-HSOQ3N27.js"),
            options: options_default2,
            languages: languages_evaluate_default2,
            parsers: ["graphql"],
            printers: ["graphql"]
          },
          {
            name: "html",
            load: () => import("./html-PTDLLLGH.js"),
            options: options_default3,
            languages: languages_evaluate_default4,
            parsers: ["angular", "html", "lwc", "mjml", "vue"],
            printers: ["html"]
          },
          {
            name: "markdown",
            load: () => import("./markdown-APS4ZOQX.js"),
            options: options_default5,
            languages: languages_evaluate_default7,
            parsers: ["markdown", "mdx", "remark"],
            printers: ["mdast"]
          },
          {
            name: "meriyah",
            load: () => import("./meriyah-MQ66RMTD.js"),
            parsers: ["meriyah"]
          },
          {
            name: "postcss",
            load: () => import("./postcss-XQW2OQVI.js"),
            options: options_default,
            languages: languages_evaluate_default,
            parsers: ["css", "less", "scss"],
            printers: ["postcss"]
          },
          {
            name: "typescript",
            load: () => import("./typescript-JMSDRZQV.js"),
            parsers: ["typescript"]
          },
          {
            name: "yaml",
            load: () => import("./yaml-UKAWE46C.js"),
            options: options_default6,
            languages: languages_evaluate_default8,
            parsers: ["yaml"],
            printers: ["yaml"]
          }
        );
      }
    });
    require_ignore = __commonJS({
      "node_modules/ignore/index.js"(exports, module) {
        function makeArray(subject) {
          return Array.isArray(subject) ? subject : [subject];
        }
        var UNDEFINED = void 0;
        var EMPTY = "";
        var SPACE = " ";
        var ESCAPE = "\\";
        var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
        var BOM2 = "\uFEFF";
        var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
        var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
        var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
        var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
        var REGEX_SPLITALL_CRLF = /\r?\n/g;
        var DOUBLE_SLASH = "//";
        var SLASH_CODE = 47;
        var DOT_CODE = 46;
        var SLASH = "/";
        var TMP_KEY_IGNORE = "node-ignore";
        if (typeof Symbol !== "undefined") {
          TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
        }
        var KEY_IGNORE = TMP_KEY_IGNORE;
        var define = (object, key2, value) => {
          Object.defineProperty(object, key2, { value });
          return value;
        };
        var RETURN_FALSE = () => false;
        var POSIX_CLASSES = {
          alnum: "0-9A-Za-z",
          alpha: "A-Za-z",
          blank: " \\t",
          cntrl: "\\x00-\\x1f\\x7f",
          digit: "0-9",
          graph: "!-.0-~",
          lower: "a-z",
          print: " -.0-~",
          punct: "!-.:-@\\[-`{-~",
          // git's `sane-ctype.h` classifies \v and \f as control, not space,
          //   unlike C's `isspace`
          space: " \\t\\n\\r",
          upper: "A-Z",
          xdigit: "0-9A-Fa-f"
        };
        var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
        var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
        var NON_SLASH = "(?!\\/)";
        var classSource = (negated, body) => {
          if (negated) {
            return `[^\\/${body}]`;
          }
          const source2 = `[${body}]`;
          return new RegExp(source2).test("/") ? NON_SLASH + source2 : source2;
        };
        var scanBracket = (pattern, start) => {
          const { length } = pattern;
          let index = start + 1;
          let negated = EMPTY;
          const lead = pattern[index];
          if (lead === "!" || lead === "^") {
            negated = "^";
            index++;
          }
          let body = EMPTY;
          let prev = EMPTY;
          for (; ; ) {
            const char = pattern[index];
            if (char === UNDEFINED) {
              return null;
            }
            if (char === ESCAPE) {
              const escaped = pattern[index + 1];
              if (escaped === UNDEFINED) {
                return null;
              }
              body += escapeMember(escaped);
              prev = escaped;
              index++;
            } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
              index++;
              let to = pattern[index];
              if (to === ESCAPE) {
                to = pattern[index += 1];
              }
              if (prev <= to) {
                body += `-${escapeMember(to)}`;
              }
              prev = EMPTY;
            } else if (char === "[" && pattern[index + 1] === ":") {
              const nameStart = index + 2;
              let end = nameStart;
              while (end < length && pattern[end] !== "]") {
                end++;
              }
              if (end === length) {
                return null;
              }
              if (end > nameStart && pattern[end - 1] === ":") {
                const name = pattern.slice(nameStart, end - 1);
                if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
                  return null;
                }
                body += POSIX_CLASSES[name];
                prev = EMPTY;
                index = end;
              } else {
                body += escapeMember("[");
                prev = "[";
                index = nameStart - 2;
              }
            } else {
              body += escapeMember(char);
              prev = char;
            }
            index++;
            if (pattern[index] === "]") {
              return {
                end: index,
                source: classSource(negated, body)
              };
            }
          }
        };
        var NEVER_MATCH = "[]";
        var PLACEHOLDER = "\0";
        var REGEX_RESTORE_PLACEHOLDER = new RegExp(
          `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
          "g"
        );
        var TRAILING_WILDCARD = "\uE000";
        var TRAILING_DOUBLESTAR = "\uE001";
        var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
        var extractBrackets = (pattern) => {
          const sources = [];
          const hold = (source2) => `${PLACEHOLDER}${sources.push(source2) - 1}${PLACEHOLDER}`;
          const { length } = pattern;
          let out = EMPTY;
          let index = 0;
          while (index < length) {
            const char = pattern[index];
            if (char === ESCAPE) {
              const escaped = pattern[index + 1];
              if (escaped === UNDEFINED || escaped === SLASH && index + 2 === length) {
                out += hold(NEVER_MATCH);
              } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
                out += pattern.slice(index, index + 2);
              } else {
                out += hold(
                  REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
                );
              }
              index += 2;
            } else if (isReserved(char)) {
              out += hold(`[${char}]`);
              index++;
            } else if (char === "[") {
              const scanned = scanBracket(pattern, index);
              if (scanned === null) {
                out += hold(NEVER_MATCH);
                index = length;
              } else {
                out += hold(scanned.source);
                index = scanned.end + 1;
              }
            } else {
              out += char;
              index++;
            }
          }
          return {
            source: out,
            sources
          };
        };
        var DIRECT = null;
        var REGEX_INNER_SLASH = /\/(?!$)/;
        var REPLACERS = [
          // Replace (\ ) with ' '
          // Only a space: an escaped tab or other whitespace is already a literal by
          //   the time it reaches here, and a bare tab must be left as one, not turned
          //   into a space.
          // (\ ) -> ' '
          // (\\ ) -> '\\ '
          // (\\\ ) -> '\\ '
          [
            // A run of backslashes is taken whole, from its first one, so no match
            //   ever starts again inside it -- `(\\+?) ` did, which made a long run
            //   quadratic.
            /(\\+)( ?)/g,
            (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
            ESCAPE + SPACE
          ],
          // git's wildmatch() reads a run of two or more asterisks as one globstar
          //   whenever the run fills a path segment: it starts the pattern or follows
          //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
          //   already `**`; a longer one is folded into `**` here, so the steps
          //   below only ever have to know `**`.
          // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
          // git also takes a run beside a literal prefix (`a***/b`) or beside an
          //   escaped slash (`***\/b`) as a globstar, and this does not; the README
          //   lists both, under "A run of asterisks".
          [
            /(^|\/)\*{3,}(?=\/|$)/g,
            (_, start) => `${start}**`,
            "*"
          ],
          // Escape metacharacters
          // which is written down by users but means special for regular expressions.
          // > There are 12 characters with special meanings:
          // > - the backslash \,
          // > - the caret ^,
          // > - the dollar sign $,
          // > - the period or dot .,
          // > - the vertical bar or pipe symbol |,
          // > - the question mark ?,
          // > - the asterisk or star *,
          // > - the plus sign +,
          // > - the opening parenthesis (,
          // > - the closing parenthesis ),
          // > - and the opening square bracket [,
          // > - the opening curly brace {,
          // > These special characters are often called "metacharacters".
          [
            /[\\$.|*+(){^]/g,
            (match2) => `\\${match2}`
          ],
          [
            // > a question mark (?) matches a single character
            /(?!\\)\?/g,
            () => "[^/]",
            "?"
          ],
          // leading slash
          [
            // > A leading slash matches the beginning of the pathname.
            // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
            // A leading slash matches the beginning of the pathname
            /^\//,
            () => "^",
            SLASH
          ],
          // replace special metacharacter slash after the leading slash
          [
            /\//g,
            () => "\\/",
            SLASH
          ],
          [
            // > A leading "**" followed by a slash means match in all directories.
            // > For example, "**/foo" matches file or directory "foo" anywhere,
            // > the same as pattern "foo".
            // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
            // >   under directory "foo".
            // Notice that the '*'s have been replaced as '\\*'
            /^\^*(?:\\\*\\\*\\\/)+/,
            // '**/foo' <-> 'foo'
            () => "^(?:.*\\/)?",
            "*"
          ],
          // starting
          [
            // there will be no leading '/'
            //   (which has been replaced by section "leading slash")
            // If starts with '**', adding a '^' to the regular expression also works
            DIRECT,
            (source2, pattern) => {
              if (!source2 || source2[0] === "^") {
                return source2;
              }
              const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
              return anchor + source2;
            }
          ],
          // two globstars
          [
            // Use lookahead assertions so that we could match more than one `'/**'`
            /\\\/\\\*\\\*(?=\\\/|$)/g,
            // Zero, one or several directories
            // should not use '*', or it will be replaced by the next replacer
            // Check if it is not the last `'/**'`
            (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
            "*"
          ],
          // normal intermediate wildcards
          [
            // Never replace escaped '*'
            // ignore rule '\*' will match the path '*'
            // 'abc.*/' -> go
            // 'abc.*'  -> skip this rule,
            //    coz trailing single wildcard will be handed by [trailing wildcard]
            /(^|[^\\]+)(\\\*)+(?=.+)/g,
            // '*.js' matches '.js'
            // '*.js' doesn't match 'abc'
            (_, p1, p2) => {
              const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
              return p1 + unescaped;
            },
            "*"
          ],
          // trailing wildcard, held apart from a literal star
          [
            // The step above leaves a trailing `*` alone, so a single `\*` is all that
            //   can be left at the end here, and what stands in front of it says which
            //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
            //   nothing before it; a literal arrives as the user's own escape, which
            //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
            //   There is no third case: every backslash still reaching the chain is
            //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
            //   own character, so a longer run can never form. This runs while the
            //   two are still distinct, before the unescape steps below collapse the
            //   literal onto the very `\*` a wildcard leaves behind.
            /(^|[^\\])((?:\\\\)*)\\\*$/,
            (match2, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match2,
            "*"
          ],
          [
            // unescape, revert step 3 except for back slash
            // For example, if a user escape a '\\*',
            // after step 3, the result will be '\\\\\\*'
            /\\\\\\(?=[$.|*+(){^])/g,
            () => ESCAPE,
            ESCAPE + ESCAPE
          ],
          [
            // '\\\\' -> '\\'
            /\\\\/g,
            () => ESCAPE,
            ESCAPE + ESCAPE
          ],
          [
            // Every real bracket expression -- POSIX classes included -- has already
            //   been held aside by `extractBrackets`, so the only `[` left in the
            //   pattern is an escaped, literal one.
            // A backslash could only stand at the end of the range if it quoted the
            //   `]`, and `\]` is held aside long before this.
            /\\\[([^\]/]*?)($|\])/g,
            // '\\[bar]' -> '\\\\[bar]'
            (match2, range2, close) => `\\[${range2}${close}`,
            "["
          ],
          // ending
          [
            // 'js' will not match 'js.'
            // 'ab' will not match 'abc'
            DIRECT,
            // WTF!
            // https://git-scm.com/docs/gitignore
            // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
            // which re-fixes #24, #38
            // > If there is a separator at the end of the pattern then the pattern
            // > will only match directories, otherwise the pattern can match both
            // > files and directories.
            // 'js*' will not match 'a.js'
            // 'js/' will not match 'a.js'
            // 'js' will match 'a.js' and 'a.js/'
            (source2) => {
              const last = source2[source2.length - 1];
              if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
                return source2;
              }
              return last === SLASH ? `${source2}$` : `${source2}(?=$|\\/$)`;
            }
          ]
        ];
        var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
        var MODE_IGNORE = "regex";
        var MODE_CHECK_IGNORE = "checkRegex";
        var UNDERSCORE = "_";
        var replaceTrailingWildcard = (_, p1) => {
          const prefix2 = p1 ? `${p1}[^/]+` : "[^/]*";
          return `${prefix2}(?=$|\\/$)`;
        };
        var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
        var replaceTrailingDoublestar = () => ".+(?=$|\\/$)";
        var WILDCARD = "[^\\/]*";
        var separatorAfter = (run, at22) => {
          let separator = EMPTY;
          for (let index = at22 + 1; index < run.length && !run[index].wildcard; index++) {
            separator += run[index].single;
          }
          return separator;
        };
        var pinWildcards = (source2) => {
          if (source2.indexOf(WILDCARD) < 0) {
            return source2;
          }
          const tokens = [];
          const { length } = source2;
          let index = 0;
          while (index < length) {
            const char = source2[index];
            if (source2.startsWith(WILDCARD, index)) {
              tokens.push({ wildcard: true });
              index += WILDCARD.length;
            } else if (char === "[") {
              let end = index + 1;
              if (source2[end] === "^") {
                end++;
              }
              if (source2[end] === "]") {
                end++;
              }
              while (end < length && source2[end] !== "]") {
                end += source2[end] === ESCAPE ? 2 : 1;
              }
              end++;
              tokens.push({ single: source2.slice(index, end) });
              index = end;
            } else if (char === ESCAPE) {
              tokens.push({ single: source2.slice(index, index + 2) });
              index += 2;
            } else if (char === "(") {
              let depth = 0;
              let end = index;
              do {
                if (source2[end] === ESCAPE) {
                  end++;
                } else if (source2[end] === "(") {
                  depth++;
                } else if (source2[end] === ")") {
                  depth--;
                }
                end++;
              } while (end < length && depth > 0);
              if ("*+?".indexOf(source2[end]) >= 0) {
                end++;
              }
              tokens.push({ boundary: source2.slice(index, end) });
              index = end;
            } else if (char === "^" || char === "$") {
              tokens.push({ boundary: char });
              index++;
            } else {
              tokens.push({ single: char });
              index++;
            }
          }
          let out = EMPTY;
          let run = [];
          const flush = () => {
            let lastWildcard;
            run.forEach((token2, at22) => {
              if (token2.wildcard) {
                lastWildcard = at22;
              }
            });
            run.forEach((token2, at22) => {
              if (!token2.wildcard) {
                out += token2.single;
                return;
              }
              out += at22 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at22)})[^\\/])*`;
            });
            run = [];
          };
          tokens.forEach((token2) => {
            if (token2.boundary === void 0) {
              run.push(token2);
              return;
            }
            flush();
            out += token2.boundary;
          });
          flush();
          return out;
        };
        var makeRegexPrefix = (pattern) => {
          if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
            pattern = "**";
          }
          const { source: source2, sources } = extractBrackets(pattern);
          const replaced = REPLACERS.reduce(
            // A pass whose matcher finds nothing hands back the very string it was
            //   given, so asking first costs a search and saves a rewrite. Ten of the
            //   fifteen passes never fire for a typical .gitignore line, and between
            //   them they were 45% of this chain.
            (prev, [matcher, replacer, required]) => {
              if (matcher === DIRECT) {
                return replacer(prev, pattern);
              }
              if (required !== UNDEFINED && prev.indexOf(required) < 0) {
                return prev;
              }
              return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
            },
            source2
          );
          return sources.length ? replaced.replace(
            REGEX_RESTORE_PLACEHOLDER,
            (match2, index) => sources[index]
          ) : replaced;
        };
        var checkSourceOf = (body, prefix2) => {
          if (body[body.length - 1] === SLASH) {
            prefix2 = makeRegexPrefix(body.slice(0, -1));
          }
          const head = prefix2.slice(0, -1);
          const last = prefix2[prefix2.length - 1];
          return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? `${head}.*$` : NEVER_MATCH;
        };
        var matchesBasename = (body) => {
          const index = body.indexOf(SLASH);
          return index < 0 || index === body.length - 1;
        };
        var basenameOf = (path17) => {
          const end = path17.length - 1;
          const index = path17.lastIndexOf(
            SLASH,
            path17[end] === SLASH ? end - 1 : end
          );
          return index < 0 ? path17 : path17.slice(index + 1);
        };
        var parentOf = (path17) => {
          if (path17.charCodeAt(0) === SLASH_CODE || path17.indexOf(DOUBLE_SLASH) >= 0) {
            const slices = path17.split(SLASH).filter(Boolean);
            slices.pop();
            return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
          }
          const end = path17.length - 1;
          const cut = path17.lastIndexOf(
            SLASH,
            path17.charCodeAt(end) === SLASH_CODE ? end - 1 : end
          );
          return cut < 0 ? EMPTY : path17.slice(0, cut + 1);
        };
        var isString = (subject) => typeof subject === "string";
        var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern);
        var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
        var IgnoreRule = class {
          constructor(pattern, mark, body, ignoreCase, negative, prefix2) {
            this.pattern = pattern;
            this.mark = mark;
            this.negative = negative;
            define(this, "body", body);
            define(this, "ignoreCase", ignoreCase);
            define(this, "regexPrefix", prefix2);
          }
          // Worked out on first use and kept behind an own property, the way `regex`
          //   caches itself in `_regex`. Deciding it in the constructor instead would
          //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
          //   every compile -- including the compiles of rules that are never matched
          //   against anything.
          get _basenameOnly() {
            return define(this, "_basenameOnly", matchesBasename(this.body));
          }
          get regex() {
            const key2 = UNDERSCORE + MODE_IGNORE;
            if (this[key2]) {
              return this[key2];
            }
            return this._make(MODE_IGNORE, key2);
          }
          get checkRegex() {
            const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
            if (this[key2]) {
              return this[key2];
            }
            return this._make(MODE_CHECK_IGNORE, key2);
          }
          _make(mode, key2) {
            const str = pinWildcards(
              mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
            );
            const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
            return define(this, key2, regex);
          }
        };
        var isLineEnd = (char) => char === "\r" || char === "\n";
        var trimEnd = (body) => {
          let end = body.length;
          while (end && isLineEnd(body[end - 1])) {
            end--;
          }
          const lineEnd = end;
          while (end && body[end - 1] === SPACE) {
            end--;
          }
          if (end === lineEnd) {
            return body.slice(0, end);
          }
          let backslashes = 0;
          while (backslashes < end && body[end - backslashes - 1] === ESCAPE) {
            backslashes++;
          }
          return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
        };
        var createRule = ({
          pattern,
          mark
        }, ignoreCase) => {
          let body = pattern[0] === BOM2 ? pattern.slice(1) : pattern;
          if (body[0] === "#") {
            return;
          }
          let negative = false;
          if (body[0] === "!") {
            negative = true;
            body = body.slice(1);
          }
          const last = body[body.length - 1];
          if (last === SPACE || last === "\r" || last === "\n") {
            body = trimEnd(body);
          }
          if (!body) {
            return;
          }
          body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
          const regexPrefix = makeRegexPrefix(body);
          return new IgnoreRule(
            pattern,
            mark,
            body,
            ignoreCase,
            negative,
            regexPrefix
          );
        };
        var RuleManager = class {
          constructor(ignoreCase) {
            this._ignoreCase = ignoreCase;
            this._rules = [];
            this._basenameCount = 0;
          }
          _add(pattern) {
            if (pattern && pattern[KEY_IGNORE]) {
              this._rules = this._rules.concat(pattern._rules._rules);
              this._basenameCount += pattern._rules._basenameCount;
              this._added = true;
              return;
            }
            if (isString(pattern)) {
              pattern = {
                pattern
              };
            }
            const rule = checkPattern(pattern.pattern) && createRule(pattern, this._ignoreCase);
            if (rule) {
              this._added = true;
              this._rules.push(rule);
              if (matchesBasename(rule.body)) {
                this._basenameCount++;
              }
            }
          }
          // @param {Array<string> | string | Ignore} pattern
          add(pattern) {
            this._added = false;
            makeArray(
              isString(pattern) ? splitPattern(pattern) : pattern
            ).forEach(this._add, this);
            if (this._added) {
              this._literalRules = UNDEFINED;
            }
            return this._added;
          }
          // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
          //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
          //   are left out once, rather than tested or compiled for every path.
          testLiteral(path17) {
            const rules = this._literalRules || (this._literalRules = this._rules.filter(
              ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
            ));
            let ignored = false;
            let unignored = false;
            let matchedRule;
            for (let index = rules.length - 1; index >= 0; index--) {
              const rule = rules[index];
              if (rule.checkRegex.test(path17)) {
                ignored = !rule.negative;
                unignored = rule.negative;
                matchedRule = rule.negative ? UNDEFINED : rule;
                break;
              }
            }
            const ret = {
              ignored,
              unignored
            };
            if (matchedRule) {
              ret.rule = matchedRule;
            }
            return ret;
          }
          // Test one single path without recursively checking parent directories
          //
          // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
          // @returns {TestResult}
          test(path17, mode) {
            const rules = this._rules;
            const { length } = rules;
            const shortcut = this._basenameCount * 2 >= length;
            const basename = shortcut ? basenameOf(path17) : path17;
            for (let index = length - 1; index >= 0; index--) {
              const rule = rules[index];
              if (rule[mode].test(
                shortcut && rule._basenameOnly ? basename : path17
              )) {
                const { negative } = rule;
                const ret = {
                  ignored: !negative,
                  unignored: negative
                };
                if (!negative) {
                  ret.rule = rule;
                }
                return ret;
              }
            }
            return {
              ignored: false,
              unignored: false
            };
          }
        };
        var throwError = (message, Ctor) => {
          throw new Ctor(message);
        };
        var checkPath = (path17, originalPath, doThrow) => {
          if (!isString(path17)) {
            return doThrow(
              `path must be a string, but got \`${originalPath}\``,
              TypeError
            );
          }
          if (!path17) {
            return doThrow(`path must not be empty`, TypeError);
          }
          if (checkPath.isNotRelative(path17)) {
            const r = "`path.relative()`d";
            return doThrow(
              `path should be a ${r} string, but got "${originalPath}"`,
              RangeError
            );
          }
          return true;
        };
        var isNotRelative = (path17) => {
          const first = path17.charCodeAt(0);
          if (first === SLASH_CODE) {
            return true;
          }
          if (first !== DOT_CODE) {
            return false;
          }
          if (path17.length === 1) {
            return true;
          }
          const second = path17.charCodeAt(1);
          if (second === SLASH_CODE) {
            return true;
          }
          if (second !== DOT_CODE) {
            return false;
          }
          return path17.length === 2 || path17.charCodeAt(2) === SLASH_CODE;
        };
        checkPath.isNotRelative = isNotRelative;
        checkPath.convert = (p) => p;
        var Ignore = class {
          constructor({
            ignorecase = true,
            ignoreCase = ignorecase,
            allowRelativePaths = false
          } = {}) {
            define(this, KEY_IGNORE, true);
            this._rules = new RuleManager(ignoreCase);
            this._strictPathCheck = !allowRelativePaths;
            this._initCache();
          }
          _initCache() {
            this._ignoreCache = /* @__PURE__ */ Object.create(null);
            this._testCache = /* @__PURE__ */ Object.create(null);
          }
          add(pattern) {
            if (this._rules.add(pattern)) {
              this._initCache();
            }
            return this;
          }
          // legacy
          addPattern(pattern) {
            return this.add(pattern);
          }
          // @returns {TestResult}
          _test(originalPath, cache5) {
            const path17 = originalPath && checkPath.convert(originalPath);
            checkPath(
              path17,
              originalPath,
              this._strictPathCheck ? throwError : RETURN_FALSE
            );
            return this._t(path17, cache5);
          }
          checkIgnore(path17) {
            if (path17.charCodeAt(path17.length - 1) !== SLASH_CODE) {
              return this.test(path17);
            }
            const dir = this._t(path17, this._testCache);
            if (dir.ignored) {
              return dir;
            }
            const literal3 = this._rules.testLiteral(path17);
            return literal3.ignored || literal3.unignored ? literal3 : dir;
          }
          _t(path17, cache5) {
            if (path17 in cache5) {
              return cache5[path17];
            }
            const parentPath = parentOf(path17);
            const parent = parentPath ? this._t(parentPath, cache5) : UNDEFINED;
            return cache5[path17] = parent && parent.ignored ? parent : this._rules.test(path17, MODE_IGNORE);
          }
          ignores(path17) {
            return this._test(path17, this._ignoreCache).ignored;
          }
          createFilter() {
            return (path17) => !this.ignores(path17);
          }
          filter(paths) {
            return makeArray(paths).filter(this.createFilter());
          }
          // @returns {TestResult}
          test(path17) {
            return this._test(path17, this._testCache);
          }
        };
        var factory = (options7) => new Ignore(options7);
        var isPathValid = (path17) => checkPath(path17 && checkPath.convert(path17), path17, RETURN_FALSE);
        var setupWindows = () => {
          const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
          checkPath.convert = makePosix;
          const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
          checkPath.isNotRelative = (path17) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path17) || isNotRelative(path17);
        };
        if (
          // Detect `process` so that it can run in browsers.
          typeof process !== "undefined" && process.platform === "win32"
        ) {
          setupWindows();
        }
        module.exports = factory;
        factory.default = factory;
        module.exports.isPathValid = isPathValid;
        define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
      }
    });
    index_exports = {};
    __export3(index_exports, {
      __debug: () => debugApis,
      __internal: () => sharedWithCli,
      check: () => check,
      clearConfigCache: () => clearCache3,
      doc: () => doc_exports,
      format: () => format2,
      formatWithCursor: () => formatWithCursor2,
      getFileInfo: () => get_file_info_default,
      getSupportInfo: () => getSupportInfo2,
      resolveConfig: () => resolveConfig,
      resolveConfigFile: () => resolveConfigFile,
      util: () => public_exports2,
      version: () => version_evaluate_default
    });
    Diff = class {
      diff(oldStr, newStr, options7 = {}) {
        let callback;
        if (typeof options7 === "function") {
          callback = options7;
          options7 = {};
        } else if ("callback" in options7) {
          callback = options7.callback;
        }
        const oldString = this.castInput(oldStr, options7);
        const newString = this.castInput(newStr, options7);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options7));
        const newTokens = this.removeEmpty(this.tokenize(newString, options7));
        return this.diffWithOptionsObj(oldTokens, newTokens, options7, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options7, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options7);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options7.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options7.maxEditLength);
        }
        const maxExecutionTime = (_a = options7.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options7);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options7);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options7);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options7);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path17, added, removed, oldPosInc, options7) {
        const last = path17.lastComponent;
        if (last && !options7.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path17.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path17.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options7) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options7)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options7.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options7.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options7) {
        if (options7.comparator) {
          return options7.comparator(left, right);
        } else {
          return left === right || !!options7.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array2) {
        const ret = [];
        for (let i = 0; i < array2.length; i++) {
          if (array2[i]) {
            ret.push(array2[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options7) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options7) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options7) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options7) {
        if (options7.ignoreWhitespace) {
          if (!options7.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options7.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options7.ignoreNewlineAtEof && !options7.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options7);
      }
    };
    lineDiff = new LineDiff();
    ArrayDiff = class extends Diff {
      tokenize(value) {
        return value.slice();
      }
      join(value) {
        return value;
      }
      removeEmpty(value) {
        return value;
      }
    };
    arrayDiff = new ArrayDiff();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    import_fast_glob = __toESM(require_out4(), 1);
    array = [];
    characterCodeCache = [];
    import_picocolors4 = __toESM(require_picocolors(), 1);
    apiDescriptor = {
      key: (key2) => /^[$_a-zA-Z][$_a-zA-Z0-9]*$/.test(key2) ? key2 : JSON.stringify(key2),
      value(value) {
        if (value === null || typeof value !== "object") {
          return JSON.stringify(value);
        }
        if (Array.isArray(value)) {
          return `[${value.map((subValue) => apiDescriptor.value(subValue)).join(", ")}]`;
        }
        const keys = Object.keys(value);
        return keys.length === 0 ? "{}" : `{ ${keys.map((key2) => `${apiDescriptor.key(key2)}: ${apiDescriptor.value(value[key2])}`).join(", ")} }`;
      },
      pair: ({ key: key2, value }) => apiDescriptor.value({ [key2]: value })
    };
    import_picocolors = __toESM(require_picocolors(), 1);
    commonDeprecatedHandler = (keyOrPair, redirectTo, { descriptor }) => {
      const messages2 = [
        `${import_picocolors.default.yellow(typeof keyOrPair === "string" ? descriptor.key(keyOrPair) : descriptor.pair(keyOrPair))} is deprecated`
      ];
      if (redirectTo) {
        messages2.push(`we now treat it as ${import_picocolors.default.blue(typeof redirectTo === "string" ? descriptor.key(redirectTo) : descriptor.pair(redirectTo))}`);
      }
      return messages2.join("; ") + ".";
    };
    import_picocolors2 = __toESM(require_picocolors(), 1);
    VALUE_NOT_EXIST = /* @__PURE__ */ Symbol.for("vnopts.VALUE_NOT_EXIST");
    VALUE_UNCHANGED = /* @__PURE__ */ Symbol.for("vnopts.VALUE_UNCHANGED");
    INDENTATION = " ".repeat(2);
    commonInvalidHandler = (key2, value, utils2) => {
      const { text, list } = utils2.normalizeExpectedResult(utils2.schemas[key2].expected(utils2));
      const descriptions = [];
      if (text) {
        descriptions.push(getDescription(key2, value, text, utils2.descriptor));
      }
      if (list) {
        descriptions.push([getDescription(key2, value, list.title, utils2.descriptor)].concat(list.values.map((valueDescription) => getListDescription(valueDescription, utils2.loggerPrintWidth))).join("\n"));
      }
      return chooseDescription(descriptions, utils2.loggerPrintWidth);
    };
    import_picocolors3 = __toESM(require_picocolors(), 1);
    levenUnknownHandler = (key2, value, { descriptor, logger, schemas }) => {
      const messages2 = [
        `Ignored unknown option ${import_picocolors3.default.yellow(descriptor.pair({ key: key2, value }))}.`
      ];
      const suggestion = closestMatch(key2, Object.keys(schemas), { maxDistance: 3 });
      if (suggestion) {
        messages2.push(`Did you mean ${import_picocolors3.default.blue(descriptor.key(suggestion))}?`);
      }
      logger.warn(messages2.join(" "));
    };
    HANDLER_KEYS = [
      "default",
      "expected",
      "validate",
      "deprecated",
      "forward",
      "redirect",
      "overlap",
      "preprocess",
      "postprocess"
    ];
    Schema = class {
      static create(parameters) {
        return createSchema(this, parameters);
      }
      constructor(parameters) {
        this.name = parameters.name;
      }
      default(_utils) {
        return void 0;
      }
      // this is actually an abstract method but we need a placeholder to get `function.length`
      /* c8 ignore start */
      expected(_utils) {
        return "nothing";
      }
      /* c8 ignore stop */
      // this is actually an abstract method but we need a placeholder to get `function.length`
      /* c8 ignore start */
      validate(_value, _utils) {
        return false;
      }
      /* c8 ignore stop */
      deprecated(_value, _utils) {
        return false;
      }
      forward(_value, _utils) {
        return void 0;
      }
      redirect(_value, _utils) {
        return void 0;
      }
      overlap(currentValue, _newValue, _utils) {
        return currentValue;
      }
      preprocess(value, _utils) {
        return value;
      }
      postprocess(_value, _utils) {
        return VALUE_UNCHANGED;
      }
    };
    AliasSchema = class extends Schema {
      constructor(parameters) {
        super(parameters);
        this._sourceName = parameters.sourceName;
      }
      expected(utils2) {
        return utils2.schemas[this._sourceName].expected(utils2);
      }
      validate(value, utils2) {
        return utils2.schemas[this._sourceName].validate(value, utils2);
      }
      redirect(_value, _utils) {
        return this._sourceName;
      }
    };
    AnySchema = class extends Schema {
      expected() {
        return "anything";
      }
      validate() {
        return true;
      }
    };
    ArraySchema = class extends Schema {
      constructor({ valueSchema, name = valueSchema.name, ...handlers }) {
        super({ ...handlers, name });
        this._valueSchema = valueSchema;
      }
      expected(utils2) {
        const { text, list } = utils2.normalizeExpectedResult(this._valueSchema.expected(utils2));
        return {
          text: text && `an array of ${text}`,
          list: list && {
            title: `an array of the following values`,
            values: [{ list }]
          }
        };
      }
      validate(value, utils2) {
        if (!Array.isArray(value)) {
          return false;
        }
        const invalidValues = [];
        for (const subValue of value) {
          const subValidateResult = utils2.normalizeValidateResult(this._valueSchema.validate(subValue, utils2), subValue);
          if (subValidateResult !== true) {
            invalidValues.push(subValidateResult.value);
          }
        }
        return invalidValues.length === 0 ? true : { value: invalidValues };
      }
      deprecated(value, utils2) {
        const deprecatedResult = [];
        for (const subValue of value) {
          const subDeprecatedResult = utils2.normalizeDeprecatedResult(this._valueSchema.deprecated(subValue, utils2), subValue);
          if (subDeprecatedResult !== false) {
            deprecatedResult.push(...subDeprecatedResult.map(({ value: deprecatedValue }) => ({
              value: [deprecatedValue]
            })));
          }
        }
        return deprecatedResult;
      }
      forward(value, utils2) {
        const forwardResult = [];
        for (const subValue of value) {
          const subForwardResult = utils2.normalizeForwardResult(this._valueSchema.forward(subValue, utils2), subValue);
          forwardResult.push(...subForwardResult.map(wrapTransferResult));
        }
        return forwardResult;
      }
      redirect(value, utils2) {
        const remain = [];
        const redirect = [];
        for (const subValue of value) {
          const subRedirectResult = utils2.normalizeRedirectResult(this._valueSchema.redirect(subValue, utils2), subValue);
          if ("remain" in subRedirectResult) {
            remain.push(subRedirectResult.remain);
          }
          redirect.push(...subRedirectResult.redirect.map(wrapTransferResult));
        }
        return remain.length === 0 ? { redirect } : { redirect, remain };
      }
      overlap(currentValue, newValue) {
        return currentValue.concat(newValue);
      }
    };
    BooleanSchema = class extends Schema {
      expected() {
        return "true or false";
      }
      validate(value) {
        return typeof value === "boolean";
      }
    };
    ChoiceSchema = class extends Schema {
      constructor(parameters) {
        super(parameters);
        this._choices = mapFromArray(parameters.choices.map((choice) => choice && typeof choice === "object" ? choice : { value: choice }), "value");
      }
      expected({ descriptor }) {
        const choiceDescriptions = Array.from(this._choices.keys()).map((value) => this._choices.get(value)).filter(({ hidden }) => !hidden).map((choiceInfo) => choiceInfo.value).sort(comparePrimitive).map(descriptor.value);
        const head = choiceDescriptions.slice(0, -2);
        const tail = choiceDescriptions.slice(-2);
        const message = head.concat(tail.join(" or ")).join(", ");
        return {
          text: message,
          list: {
            title: "one of the following values",
            values: choiceDescriptions
          }
        };
      }
      validate(value) {
        return this._choices.has(value);
      }
      deprecated(value) {
        const choiceInfo = this._choices.get(value);
        return choiceInfo && choiceInfo.deprecated ? { value } : false;
      }
      forward(value) {
        const choiceInfo = this._choices.get(value);
        return choiceInfo ? choiceInfo.forward : void 0;
      }
      redirect(value) {
        const choiceInfo = this._choices.get(value);
        return choiceInfo ? choiceInfo.redirect : void 0;
      }
    };
    NumberSchema = class extends Schema {
      expected() {
        return "a number";
      }
      validate(value, _utils) {
        return typeof value === "number";
      }
    };
    IntegerSchema = class extends NumberSchema {
      expected() {
        return "an integer";
      }
      validate(value, utils2) {
        return utils2.normalizeValidateResult(super.validate(value, utils2), value) === true && isInt(value);
      }
    };
    StringSchema = class extends Schema {
      expected() {
        return "a string";
      }
      validate(value) {
        return typeof value === "string";
      }
    };
    defaultDescriptor = apiDescriptor;
    defaultUnknownHandler = levenUnknownHandler;
    defaultInvalidHandler = commonInvalidHandler;
    defaultDeprecatedHandler = commonDeprecatedHandler;
    Normalizer = class {
      constructor(schemas, opts2) {
        const { logger = console, loggerPrintWidth = 80, descriptor = defaultDescriptor, unknown = defaultUnknownHandler, invalid = defaultInvalidHandler, deprecated = defaultDeprecatedHandler, missing = () => false, required = () => false, preprocess = (x) => x, postprocess = () => VALUE_UNCHANGED } = opts2 || {};
        this._utils = {
          descriptor,
          logger: (
            /* c8 ignore next */
            logger || { warn: () => {
            } }
          ),
          loggerPrintWidth,
          schemas: recordFromArray(schemas, "name"),
          normalizeDefaultResult,
          normalizeExpectedResult,
          normalizeDeprecatedResult,
          normalizeForwardResult,
          normalizeRedirectResult,
          normalizeValidateResult
        };
        this._unknownHandler = unknown;
        this._invalidHandler = normalizeInvalidHandler(invalid);
        this._deprecatedHandler = deprecated;
        this._identifyMissing = (k, o) => !(k in o) || missing(k, o);
        this._identifyRequired = required;
        this._preprocess = preprocess;
        this._postprocess = postprocess;
        this.cleanHistory();
      }
      cleanHistory() {
        this._hasDeprecationWarned = createAutoChecklist();
      }
      normalize(options7) {
        const newOptions = {};
        const preprocessed = this._preprocess(options7, this._utils);
        const restOptionsArray = [preprocessed];
        const applyNormalization = () => {
          while (restOptionsArray.length !== 0) {
            const currentOptions = restOptionsArray.shift();
            const transferredOptionsArray = this._applyNormalization(currentOptions, newOptions);
            restOptionsArray.push(...transferredOptionsArray);
          }
        };
        applyNormalization();
        for (const key2 of Object.keys(this._utils.schemas)) {
          const schema = this._utils.schemas[key2];
          if (!(key2 in newOptions)) {
            const defaultResult = normalizeDefaultResult(schema.default(this._utils));
            if ("value" in defaultResult) {
              restOptionsArray.push({ [key2]: defaultResult.value });
            }
          }
        }
        applyNormalization();
        for (const key2 of Object.keys(this._utils.schemas)) {
          if (!(key2 in newOptions)) {
            continue;
          }
          const schema = this._utils.schemas[key2];
          const value = newOptions[key2];
          const newValue = schema.postprocess(value, this._utils);
          if (newValue === VALUE_UNCHANGED) {
            continue;
          }
          this._applyValidation(newValue, key2, schema);
          newOptions[key2] = newValue;
        }
        this._applyPostprocess(newOptions);
        this._applyRequiredCheck(newOptions);
        return newOptions;
      }
      _applyNormalization(options7, newOptions) {
        const transferredOptionsArray = [];
        const { knownKeys, unknownKeys } = this._partitionOptionKeys(options7);
        for (const key2 of knownKeys) {
          const schema = this._utils.schemas[key2];
          const value = schema.preprocess(options7[key2], this._utils);
          this._applyValidation(value, key2, schema);
          const appendTransferredOptions = ({ from, to }) => {
            transferredOptionsArray.push(typeof to === "string" ? { [to]: from } : { [to.key]: to.value });
          };
          const warnDeprecated = ({ value: currentValue, redirectTo }) => {
            const deprecatedResult = normalizeDeprecatedResult(
              schema.deprecated(currentValue, this._utils),
              value,
              /* doNotNormalizeTrue */
              true
            );
            if (deprecatedResult === false) {
              return;
            }
            if (deprecatedResult === true) {
              if (!this._hasDeprecationWarned(key2)) {
                this._utils.logger.warn(this._deprecatedHandler(key2, redirectTo, this._utils));
              }
            } else {
              for (const { value: deprecatedValue } of deprecatedResult) {
                const pair2 = { key: key2, value: deprecatedValue };
                if (!this._hasDeprecationWarned(pair2)) {
                  const redirectToPair = typeof redirectTo === "string" ? { key: redirectTo, value: deprecatedValue } : redirectTo;
                  this._utils.logger.warn(this._deprecatedHandler(pair2, redirectToPair, this._utils));
                }
              }
            }
          };
          const forwardResult = normalizeForwardResult(schema.forward(value, this._utils), value);
          forwardResult.forEach(appendTransferredOptions);
          const redirectResult = normalizeRedirectResult(schema.redirect(value, this._utils), value);
          redirectResult.redirect.forEach(appendTransferredOptions);
          if ("remain" in redirectResult) {
            const remainingValue = redirectResult.remain;
            newOptions[key2] = key2 in newOptions ? schema.overlap(newOptions[key2], remainingValue, this._utils) : remainingValue;
            warnDeprecated({ value: remainingValue });
          }
          for (const { from, to } of redirectResult.redirect) {
            warnDeprecated({ value: from, redirectTo: to });
          }
        }
        for (const key2 of unknownKeys) {
          const value = options7[key2];
          this._applyUnknownHandler(key2, value, newOptions, (knownResultKey, knownResultValue) => {
            transferredOptionsArray.push({ [knownResultKey]: knownResultValue });
          });
        }
        return transferredOptionsArray;
      }
      _applyRequiredCheck(options7) {
        for (const key2 of Object.keys(this._utils.schemas)) {
          if (this._identifyMissing(key2, options7)) {
            if (this._identifyRequired(key2)) {
              throw this._invalidHandler(key2, VALUE_NOT_EXIST, this._utils);
            }
          }
        }
      }
      _partitionOptionKeys(options7) {
        const [knownKeys, unknownKeys] = partition(Object.keys(options7).filter((key2) => !this._identifyMissing(key2, options7)), (key2) => key2 in this._utils.schemas);
        return { knownKeys, unknownKeys };
      }
      _applyValidation(value, key2, schema) {
        const validateResult = normalizeValidateResult(schema.validate(value, this._utils), value);
        if (validateResult !== true) {
          throw this._invalidHandler(key2, validateResult.value, this._utils);
        }
      }
      _applyUnknownHandler(key2, value, newOptions, knownResultHandler) {
        const unknownResult = this._unknownHandler(key2, value, this._utils);
        if (!unknownResult) {
          return;
        }
        for (const resultKey of Object.keys(unknownResult)) {
          if (this._identifyMissing(resultKey, unknownResult)) {
            continue;
          }
          const resultValue = unknownResult[resultKey];
          if (resultKey in this._utils.schemas) {
            knownResultHandler(resultKey, resultValue);
          } else {
            newOptions[resultKey] = resultValue;
          }
        }
      }
      _applyPostprocess(options7) {
        const postprocessed = this._postprocess(options7, this._utils);
        if (postprocessed === VALUE_UNCHANGED) {
          return;
        }
        if (postprocessed.delete) {
          for (const deleteKey of postprocessed.delete) {
            delete options7[deleteKey];
          }
        }
        if (postprocessed.override) {
          const { knownKeys, unknownKeys } = this._partitionOptionKeys(postprocessed.override);
          for (const key2 of knownKeys) {
            const value = postprocessed.override[key2];
            this._applyValidation(value, key2, this._utils.schemas[key2]);
            options7[key2] = value;
          }
          for (const key2 of unknownKeys) {
            const value = postprocessed.override[key2];
            this._applyUnknownHandler(key2, value, options7, (knownResultKey, knownResultValue) => {
              const schema = this._utils.schemas[knownResultKey];
              this._applyValidation(knownResultValue, knownResultKey, schema);
              options7[knownResultKey] = knownResultValue;
            });
          }
        }
      }
    };
    errors_exports = {};
    __export3(errors_exports, {
      ArgExpansionBailout: () => ArgExpansionBailout,
      ConfigError: () => ConfigError,
      UndefinedParserError: () => UndefinedParserError
    });
    ConfigError = class extends Error {
      name = "ConfigError";
    };
    UndefinedParserError = class extends Error {
      name = "UndefinedParserError";
    };
    ArgExpansionBailout = class extends Error {
      name = "ArgExpansionBailout";
    };
    hasOwn = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    function_object_has_own_default = hasOwn;
    create_mockable_default = createMockable;
    mockable = create_mockable_default({
      getPrettierConfigSearchStopDirectory: () => void 0
    });
    mockable_default = mockable.mocked;
    groupBy = Object.groupBy ?? ((array2, callback) => {
      const result = /* @__PURE__ */ Object.create(null);
      for (const value of array2) {
        const key2 = callback(value);
        if (result[key2]) {
          result[key2].push(value);
        } else {
          result[key2] = [value];
        }
      }
      return result;
    });
    function_object_group_by_default = groupBy;
    import_micromatch = __toESM(require_micromatch(), 1);
    URL_STRING_PREFIX = "file:";
    isUrlInstance = (value) => value instanceof URL;
    isUrlString = (value) => typeof value === "string" && value.startsWith(URL_STRING_PREFIX);
    isUrl = (urlOrPath) => isUrlInstance(urlOrPath) || isUrlString(urlOrPath);
    toPath = (urlOrPath) => isUrl(urlOrPath) ? url.fileURLToPath(urlOrPath) : urlOrPath;
    toAbsolutePath = (urlOrPath) => urlOrPath ? path.resolve(toPath(urlOrPath)) : urlOrPath;
    balanced = (a, b, str) => {
      const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
      const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
      const r = ma !== null && mb != null && range(ma, mb, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length)
      };
    };
    maybeMatch = (reg, str) => {
      const m = str.match(reg);
      return m ? m[0] : null;
    };
    range = (a, b, str) => {
      let begs, beg, left, right = void 0, result;
      let ai = str.indexOf(a);
      let bi = str.indexOf(b, ai + 1);
      let i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i === ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result = [left, right];
        }
      }
      return result;
    };
    escSlash = "\0SLASH" + Math.random() + "\0";
    escOpen = "\0OPEN" + Math.random() + "\0";
    escClose = "\0CLOSE" + Math.random() + "\0";
    escComma = "\0COMMA" + Math.random() + "\0";
    escPeriod = "\0PERIOD" + Math.random() + "\0";
    escSlashPattern = new RegExp(escSlash, "g");
    escOpenPattern = new RegExp(escOpen, "g");
    escClosePattern = new RegExp(escClose, "g");
    escCommaPattern = new RegExp(escComma, "g");
    escPeriodPattern = new RegExp(escPeriod, "g");
    slashPattern = /\\\\/g;
    openPattern = /\\{/g;
    closePattern = /\\}/g;
    commaPattern = /\\,/g;
    periodPattern = /\\\./g;
    EXPANSION_MAX = 1e5;
    EXPANSION_MAX_LENGTH = 4e6;
    EXPANSION_MAX_DEPTH = 1e3;
    EXPANSION_MAX_REWRITES = 1e3;
    digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
    prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
    fixed = (a, b) => {
      if (!a)
        return [[]];
      let lo = +a[0];
      let hi = +b[0];
      const ra = a.slice(1);
      const rb = b.slice(1);
      if (lo === hi)
        return prefix(lo, fixed(ra, rb));
      const zeros = "0".repeat(ra.length);
      const nines = "9".repeat(ra.length);
      const out = [];
      if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
      const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
      if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
      }
      out.push(...last);
      return out;
    };
    nonneg = (a, b, width) => {
      if (width) {
        return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
      }
      const out = [];
      for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
      }
      return out;
    };
    numericRange = (loStr, hiStr) => {
      let lo = Number(loStr);
      let hi = Number(hiStr);
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
      if (lo > hi)
        [lo, hi] = [hi, lo];
      const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
      const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
      const out = [];
      if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
      }
      if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
      return out;
    };
    posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
      "[:alpha:]": ["\\p{L}\\p{Nl}"],
      "[:ascii:]": ["\\x00-\\x7f"],
      "[:blank:]": ["\\p{Zs}\\t"],
      "[:cntrl:]": ["\\p{Cc}"],
      "[:digit:]": ["\\p{Nd}"],
      "[:graph:]": ["\\p{Z}\\p{C}", true],
      "[:lower:]": ["\\p{Ll}"],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}\\p{S}"],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
      "[:upper:]": ["\\p{Lu}"],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
      "[:xdigit:]": ["A-Fa-f0-9"]
    };
    braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
    noMatch = /$./;
    parseClass = (glob, position, nocase = false, form) => {
      const norm = (c2) => {
        const n = form ? c2.normalize(form) : c2;
        return [...n].length === 1 ? n : c2;
      };
      const pos2 = position;
      if (glob.charAt(pos2) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i = pos2 + 1;
      let sawStart = false;
      let escaping = false;
      let negate = false;
      let endPos = pos2;
      let rangeStart = "";
      WHILE: while (i < glob.length) {
        const c2 = String.fromCodePoint(glob.codePointAt(i));
        if ((c2 === "!" || c2 === "^") && i === pos2 + 1) {
          negate = true;
          i++;
          continue;
        }
        if (c2 === "]" && sawStart && !escaping) {
          endPos = i + 1;
          break;
        }
        sawStart = true;
        if (c2 === "\\") {
          if (!escaping) {
            escaping = true;
            i++;
            continue;
          }
        }
        if (c2 === "[" && !escaping) {
          for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i)) {
              if (rangeStart) {
                return [noMatch, glob.length - pos2];
              }
              i += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              continue WHILE;
            }
          }
        }
        escaping = false;
        const n = norm(c2);
        if (rangeStart) {
          if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
          } else if (n === rangeStart) {
            ranges.push(braceEscape(n));
          }
          rangeStart = "";
          i += c2.length;
          continue;
        }
        if (glob.startsWith("-]", i + c2.length)) {
          ranges.push(braceEscape(n + "-"));
          i += c2.length + 1;
          continue;
        }
        if (glob.startsWith("-", i + c2.length)) {
          rangeStart = n;
          i += c2.length + 1;
          continue;
        }
        ranges.push(braceEscape(n));
        i += c2.length;
      }
      if (endPos < i) {
        return [noMatch, 0];
      }
      if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos2];
      }
      const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
      const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
      const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
      return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos2];
    };
    MATCH = { t: "match", id: 0 };
    extTypes = "!?+*@";
    lit = (ch) => ({ t: "lit", ch });
    reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
    newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
    foldCache = /* @__PURE__ */ new Map();
    foldRe = (ch) => {
      let re = foldCache.get(ch);
      if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1e3)
          foldCache.clear();
        foldCache.set(ch, re);
      }
      return re;
    };
    litMatch = (l, c2) => {
      if (c2 === l.ch)
        return true;
      if (!l.re)
        return false;
      const code = c2.charCodeAt(0);
      if (code >= 128)
        return l.re.test(c2);
      const ascii = l.ascii ?? (l.ascii = new Uint8Array(128));
      ascii[code] || (ascii[code] = l.re.test(c2) ? 1 : 2);
      return ascii[code] === 1;
    };
    tokenize2 = (p, nocase, noext, form, mark) => {
      const toks = [];
      for (let i = 0; i < p.length; ) {
        const c2 = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
          const m = c2 === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
          if (m || c2 === mark) {
            const start = i + m + mark.length;
            const end = p.indexOf(mark, start);
            const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
            const alts = end !== -1 && r && numericRange(r[1], r[2]);
            if (alts) {
              toks.push({ t: "ext", type: "@", alts });
              i = end + mark.length;
              continue;
            }
          }
        }
        if (c2 === "\\") {
          const e = p.codePointAt(i + 1);
          const ch = e === void 0 ? c2 : String.fromCodePoint(e);
          toks.push(lit(ch));
          i += 1 + ch.length;
          continue;
        }
        if (c2 === "[") {
          const [re, consumed] = parseClass(p, i, nocase, form);
          if (consumed) {
            toks.push({ t: "class", re });
            i += consumed;
            continue;
          }
        }
        if (!noext && extTypes.includes(c2) && p[i + 1] === "(") {
          toks.push({ t: "open", type: c2 });
          i += 2;
          continue;
        }
        toks.push(!noext && c2 === "|" ? { t: "bar" } : !noext && c2 === ")" ? { t: "close" } : c2 === "*" ? { t: "star" } : c2 === "?" ? { t: "any" } : lit(c2));
        i += c2.length;
      }
      return toks;
    };
    pair = (toks) => {
      const pairs = /* @__PURE__ */ new Map();
      const stack2 = [];
      toks.forEach((tok, i) => {
        if (tok.t === "open")
          stack2.push(i);
        else if (tok.t === "close" && stack2.length)
          pairs.set(stack2.pop(), i);
      });
      return pairs;
    };
    build = (toks, pairs, start, end, top) => {
      let seq = [];
      const alts = [seq];
      for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === "open" && close !== void 0) {
          const sub = build(toks, pairs, i + 1, close, false);
          seq.push({ t: "ext", type: tok.type, alts: sub });
          i = close;
        } else if (tok.t === "bar" && !top) {
          alts.push(seq = []);
        } else if (tok.t === "open") {
          seq.push(lit(tok.type), lit("("));
        } else if (tok.t === "bar") {
          seq.push(lit("|"));
        } else if (tok.t === "close") {
          seq.push(lit(")"));
        } else {
          seq.push(tok);
        }
      }
      return alts;
    };
    normalize = (items, form) => {
      const out = [];
      let run = "";
      const flush = () => {
        for (const ch of run.normalize(form))
          out.push(lit(ch));
        run = "";
      };
      for (const it of items) {
        if (it.t === "lit") {
          run += it.ch;
          continue;
        }
        flush();
        out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
      }
      flush();
      return out;
    };
    compile = (items, nocase) => {
      let id = 1;
      const split = (out) => ({ t: "split", id: id++, out });
      const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
      const item = (it, next) => {
        switch (it.t) {
          case "lit":
            const re = nocase ? foldRe(it.ch) : void 0;
            return { t: "lit", id: id++, ch: it.ch, re, next };
          case "any":
          case "star":
            return { t: it.t, id: id++, next };
          case "class":
            return { t: "class", id: id++, re: it.re, next };
        }
        const alts = (next2) => it.alts.map((a) => seq(a, next2));
        switch (it.type) {
          case "@":
            return split(alts(next));
          case "?":
            return split([next, ...alts(next)]);
          case "!":
            return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
        }
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === "*" ? after : entry;
      };
      const start = seq(items, MATCH);
      return [start, id];
    };
    show = (start) => {
      const lines = [];
      const seen = /* @__PURE__ */ new Set();
      const ref = (n) => n.t === "match" ? "match" : String(n.id);
      const walk = (n, indent22) => {
        if (n.t === "match" || seen.has(n))
          return;
        seen.add(n);
        const line3 = (desc) => lines.push(`${indent22}${n.id}: ${desc}`);
        switch (n.t) {
          case "split":
            line3(`split -> ${n.out.map(ref).join(", ")}`);
            for (const o of n.out)
              walk(o, indent22);
            return;
          case "neg":
            line3(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
            walk(n.sub, indent22 + "  ");
            return walk(n.next, indent22);
          case "lit":
            line3(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
            break;
          case "class":
            line3(`${n.re} -> ${ref(n.next)}`);
            break;
          default:
            line3(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
        }
        walk(n.next, indent22);
      };
      walk(start, "");
      return [`start -> ${ref(start)}`, ...lines].join("\n");
    };
    State = class {
      // set by the Sim, to mark the nodes that this state has
      gen;
      threads = [];
      match = false;
      runs = [];
      // the sorted ids of the threads, with 0 for a match, once the
      // state is done
      ids = [];
      constructor(gen) {
        this.gen = gen;
      }
      // no threads, so nothing more can match
      get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
      }
    };
    sameState = (a, b) => {
      if (a.ids.length !== b.ids.length)
        return false;
      if (a.runs.length !== b.runs.length)
        return false;
      if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
      return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
    };
    marks = (size) => ({
      has: new Float64Array(size),
      seen: new Float64Array(size),
      gen: 0
    });
    Sim = class {
      // `.` and `..` only match literal dots, even with `dot:true`
      dots;
      // the string starts with `.`, and `dot:true` is not set
      dotStart;
      #marks;
      constructor(dots, dotStart, marks2) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks2;
      }
      state() {
        return new State(++this.#marks.gen);
      }
      // sort the ids of a state, once it has all of its threads
      done(state) {
        state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
        if (state.match)
          state.ids.unshift(MATCH.id);
        return state;
      }
      // true the first time that the state walks through the node, so
      // that loops in the graph stop
      #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
          return false;
        seen[node.id] = state.gen;
        return true;
      }
      #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
          return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
      }
      // wildcards only match a leading dot if `dot:true`. In a negated
      // sub-pattern, this does not apply, because the negation itself
      // can not match a leading dot.
      restricted(i, top) {
        return top && (this.dots || this.dotStart && i === 0);
      }
      add(state, node, i, top) {
        switch (node.t) {
          case "split":
            if (!this.#visit(state, node))
              return;
            for (const o of node.out)
              this.add(state, o, i, top);
            return;
          case "neg":
            if (!this.#visit(state, node))
              return;
            const sub = this.state();
            this.add(sub, node.sub, i, false);
            this.done(sub);
            return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
          case "star":
            if (this.restricted(i, top))
              return;
            if (this.#addThread(state, node))
              this.add(state, node.next, i, top);
            return;
          case "match":
            state.match = true;
            return;
          default:
            this.#addThread(state, node);
        }
      }
      addRun(state, run, i, top) {
        for (const r of state.runs) {
          if (r.neg === run.neg && sameState(r.state, run.state))
            return;
        }
        state.runs.push(run);
        if (!run.state.match) {
          this.add(state, run.neg.next, i, top);
        }
      }
      // the threads after char `c`, at index `i`
      step(state, c2, i, top) {
        const next = this.state();
        for (const th of state.threads) {
          switch (th.t) {
            case "lit":
              if (litMatch(th, c2)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "any":
              if (!this.restricted(i, top))
                this.add(next, th.next, i + 1, top);
              break;
            case "class":
              if (!this.restricted(i, top) && th.re.test(c2)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "star":
              if (!this.restricted(i, top))
                this.add(next, th, i + 1, top);
          }
        }
        if (!this.restricted(i, top)) {
          for (const run of state.runs) {
            if (run.state.dead) {
              this.addRun(next, run, i + 1, top);
              continue;
            }
            const sub = this.step(run.state, c2, i, false);
            this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
          }
        }
        return this.done(next);
      }
    };
    stateKey = (state) => {
      const ids = state.ids.join();
      if (!state.runs.length)
        return ids;
      const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
      return `${ids}|${runs.sort().join("|")}`;
    };
    DFA_BUDGET = 1 << 18;
    Dfa = class {
      #start;
      #states = /* @__PURE__ */ new Map();
      #size = 0;
      #plain;
      #dotStart;
      #sim;
      #dotSim;
      constructor(start, marks2) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks2);
        this.#dotSim = new Sim(false, true, marks2);
      }
      #make(state) {
        return {
          state,
          match: state.match,
          dead: state.dead,
          next: /* @__PURE__ */ new Map()
        };
      }
      #intern(state) {
        const key2 = stateKey(state);
        const found = this.#states.get(key2);
        if (found)
          return found;
        if (this.#size > DFA_BUDGET)
          this.#clear();
        const d = this.#make(state);
        this.#states.set(key2, d);
        this.#size += key2.length + 1;
        return d;
      }
      #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = void 0;
        this.#dotStart = void 0;
      }
      start(dotStart) {
        if (dotStart) {
          if (this.#dotStart)
            return this.#dotStart;
          const state2 = this.#dotSim.state();
          this.#dotSim.add(state2, this.#start, 0, true);
          return this.#dotStart = this.#make(this.#dotSim.done(state2));
        }
        if (this.#plain)
          return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return this.#plain = this.#intern(this.#sim.done(state));
      }
      // the next state, after a miss in `d.ascii`
      next(d, c2) {
        const code = c2.charCodeAt(0);
        const found = code < 128 ? void 0 : d.next.get(c2);
        if (found)
          return found;
        const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c2, 0, true)) : this.#intern(this.#sim.step(d.state, c2, 1, true));
        if (code < 128) {
          if (!d.ascii) {
            d.ascii = new Array(128);
            this.#size += 128;
          }
          d.ascii[code] = n;
        } else {
          d.next.set(c2, n);
        }
        this.#size++;
        return n;
      }
    };
    linear = (start) => {
      const nodes = [];
      for (let n = start; n.t !== "match"; n = n.next) {
        if (n.t === "split" || n.t === "neg")
          return void 0;
        nodes.push(n);
      }
      return nodes;
    };
    testLinear = (nodes, chars, start, end) => {
      let ni = 0;
      let ci = start;
      let starNi = -1;
      let starCi = 0;
      while (ci < end) {
        const n = nodes[ni];
        if (n?.t === "star") {
          starNi = ni++;
          starCi = ci;
          continue;
        }
        const c2 = chars[ci];
        if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c2) || n.t === "class" && n.re.test(c2))) {
          ni++;
          ci++;
          continue;
        }
        if (starNi === -1)
          return false;
        ni = starNi + 1;
        ci = ++starCi;
      }
      while (nodes[ni]?.t === "star")
        ni++;
      return ni === nodes.length;
    };
    lengths = (items) => {
      let min = 0;
      let max = 0;
      for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
      }
      return [min, max];
    };
    itemLengths = (it) => {
      if (it.t === "star")
        return [0, Infinity];
      if (it.t !== "ext")
        return [1, 1];
      if (it.type === "!")
        return [0, Infinity];
      const alts = it.alts.map(lengths);
      const min = Math.min(...alts.map((a) => a[0]));
      const max = Math.max(...alts.map((a) => a[1]));
      const loop = max === 0 ? 0 : Infinity;
      return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
    };
    hasAffix = (lits, chars, start) => {
      for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
          return false;
      }
      return true;
    };
    slashOrSurrogate = /[/\ud800-\udfff]/;
    surrogate = /[\ud800-\udfff]/;
    codePoints = (s) => surrogate.test(s) ? [...s] : s;
    noSlash = (s) => {
      if (s.includes("/")) {
        throw new Error("can only match a single path portion, got: " + s);
      }
    };
    Matcher = class {
      pattern;
      options;
      #start;
      // the number of node ids
      #size;
      #marks;
      // the Sim for strings that are only `.` or `..`
      #dotsSim;
      // the string to compare, if the pattern has no magic. With
      // `nocase:true`, the RegExp that folds case is made when it is
      // first used.
      #literal;
      #literalFold = false;
      #literalRe;
      // the nodes between the prefix and suffix, if the graph is a
      // single chain
      #linear;
      // the linear nodes are only `*` and `?`, so the length bounds and
      // the prefix and suffix decide the match
      #wild = false;
      // the least and most chars that a match can have
      #min = 0;
      #max = Infinity;
      // the literals that a match must start and end with. Each one
      // matches exactly one char, and they are distinct items in the
      // pattern, so a string that does not have them can not match.
      #prefix = [];
      #suffix = [];
      // the prefix and suffix as strings, if they do not fold case
      #prefixStr;
      #suffixStr;
      // there is a prefix or suffix to check
      #affix = false;
      #dfa;
      #form;
      constructor(pattern, options7 = {}) {
        if (pattern.includes("/")) {
          throw new Error("can only match a single path portion, got pattern: " + pattern);
        }
        this.pattern = pattern;
        this.options = options7;
        const { nocase = false, noext = false, normalize: n } = options7;
        this.#form = n === true ? "NFC" : n || void 0;
        const literal3 = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize2(pattern, nocase, noext || literal3, this.#form, options7.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
          items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every((it) => it.t === "lit")) {
          this.#literal = items.map((it) => it.ch).join("");
          this.#literalFold = nocase;
        } else {
          const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
          for (const it of items) {
            const l = lit2(it);
            if (!l)
              break;
            this.#prefix.push(l);
          }
          for (let j = items.length - 1; j >= 0; j--) {
            const l = lit2(items[j]);
            if (!l)
              break;
            this.#suffix.unshift(l);
          }
          this.#affix = !!(this.#prefix.length || this.#suffix.length);
          if (!nocase) {
            this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
            this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
          }
          this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
          this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
          const [min, max] = lengths(items);
          this.#min = min;
          this.#max = max;
        }
      }
      test(s) {
        if (this.#form) {
          noSlash(s);
          return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
          noSlash(s);
          return this.#test(s, [...s]);
        }
        return this.#test(s, s);
      }
      /**
       * The same as {@link Matcher#test}, but the string is not checked
       * for `/` chars, so the result for a string that has one is not
       * defined. Only use it for a string that is known to be one path
       * portion, such as a part of a path that was split on `/`. It can
       * be faster, because some patterns do not need to look at each char
       * of the string.
       */
      testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
      }
      // Test a string that has no `/`. `chars` indexes it by code point.
      // If it is not given, it is only found if a step needs it.
      #test(s, chars) {
        if (this.#literal !== void 0) {
          return this.#literalFold ? (this.#literalRe ?? (this.#literalRe = newFoldRe(this.#literal))).test(s) : s === this.#literal;
        }
        const min = this.#min;
        const max = this.#max;
        if (chars === void 0) {
          const most = s.length;
          const least = most + 1 >> 1;
          if (most < min || least > max)
            return false;
          if (least < min || most > max)
            chars = codePoints(s);
        }
        if (chars !== void 0 && (chars.length < min || chars.length > max)) {
          return false;
        }
        const prefix2 = this.#prefix.length;
        if (this.#affix) {
          if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
            if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
              return false;
            }
          } else {
            chars ?? (chars = codePoints(s));
            const end = chars.length - this.#suffix.length;
            if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
              return false;
            }
          }
        }
        const dotStart = !this.options.dot && s.startsWith(".");
        if (this.#linear) {
          if (s === "." || s === "..")
            return false;
          if (dotStart && !prefix2)
            return false;
          if (this.#wild)
            return true;
          chars ?? (chars = codePoints(s));
          const end = chars.length - this.#suffix.length;
          return testLinear(this.#linear, chars, prefix2, end);
        }
        chars ?? (chars = codePoints(s));
        if (s === "." || s === "..") {
          this.#marks ?? (this.#marks = marks(this.#size));
          const sim = this.#dotsSim ?? (this.#dotsSim = new Sim(true, false, this.#marks));
          const start = sim.state();
          sim.add(start, this.#start, 0, true);
          let state = sim.done(start);
          for (let i = 0; i < chars.length; i++) {
            state = sim.step(state, chars[i], i, true);
          }
          return state.match;
        }
        this.#marks ?? (this.#marks = marks(this.#size));
        const dfa = this.#dfa ?? (this.#dfa = new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
          if (d.dead)
            return false;
          const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
          d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
      }
      /** a readable listing of the state machine */
      toString() {
        return show(this.#start);
      }
    };
    MAX_PATTERN_LENGTH = 1024 * 64;
    assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
      }
      return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
    };
    unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
    DEFAULT_BRACE_EXPAND_MAX = 1e5;
    DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
    AWE_KEY = "allowWindowsEscape";
    minimatch = (p, pattern, options7) => {
      assertValidPattern(pattern);
      if (!options7?.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return cachedMinimatch(pattern, options7).match(p);
    };
    cache = /* @__PURE__ */ new Map();
    oldCache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheMax = 256;
    tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
    booleanWeights = new Map(Object.keys({
      nobrace: 0,
      nocomment: 0,
      nonegate: 0,
      noglobstar: 0,
      noext: 0,
      nonull: 0,
      partial: 0,
      dot: 0,
      nocase: 0,
      nocaseMagicOnly: 0,
      magicalBraces: 0,
      matchBase: 0,
      flipNegate: 0,
      preserveMultipleSlashes: 0,
      windowsNoMagicRoot: 0
    }).map((k, i) => [k, 24 * 3 ** i]));
    optionsKey = (o) => {
      let n = 0;
      let wpe = false;
      for (const k in o) {
        const v = o[k];
        switch (k) {
          // the same test as the Minimatch constructor
          case "windowsPathsNoEscape":
            if (v)
              wpe = true;
            break;
          case AWE_KEY:
            if (v === false)
              wpe = true;
            break;
          case "platform": {
            const p = v || defaultPlatform;
            if (p === defaultPlatform)
              break;
            if (p === "darwin")
              n += 3;
            else if (p === "win32")
              n += 6;
            else if (p === "linux")
              n += 9;
            else
              return JSON.stringify(o);
            break;
          }
          case "optimizationLevel":
            if (v === void 0)
              break;
            n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
            break;
          case "braceExpandMax":
            if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "maxGlobstarRecursion":
            if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "normalize":
            if (v !== void 0)
              return JSON.stringify(o);
            break;
          default:
            n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
      }
      return wpe ? n + 12 : n;
    };
    copyOptions = (o) => {
      const copy = {};
      for (const k in o)
        copy[k] = o[k];
      return copy;
    };
    cachedMinimatch = (pattern, options7) => {
      const key2 = options7 ? optionsKey(options7) : 0;
      let mm = cache.get(key2)?.get(pattern);
      if (mm)
        return mm;
      mm = oldCache.get(key2)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options7));
      if (cacheSize >= cacheMax) {
        oldCache = cache;
        cache = /* @__PURE__ */ new Map();
        cacheSize = 0;
      }
      let byPattern = cache.get(key2);
      if (!byPattern)
        cache.set(key2, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(pattern, mm);
      cacheSize++;
      return mm;
    };
    defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    path2 = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    sep2 = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
    minimatch.sep = sep2;
    GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    minimatch.GLOBSTAR = GLOBSTAR;
    filter = (pattern, options7) => {
      let mm;
      return (p) => (mm ?? (mm = cachedMinimatch(pattern, options7))).match(p);
    };
    minimatch.filter = filter;
    ext = (a, b = {}) => Object.assign({}, a, b);
    defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      const orig = minimatch;
      const m = (p, pattern, options7 = {}) => orig(p, pattern, ext(def, options7));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options7 = {}) {
            super(pattern, ext(def, options7));
          }
          static defaults(options7) {
            return orig.defaults(ext(def, options7)).Minimatch;
          }
        },
        unescape: (s, options7 = {}) => orig.unescape(s, ext(def, options7)),
        escape: (s, options7 = {}) => orig.escape(s, ext(def, options7)),
        filter: (pattern, options7 = {}) => orig.filter(pattern, ext(def, options7)),
        defaults: (options7) => orig.defaults(ext(def, options7)),
        braceExpand: (pattern, options7 = {}) => orig.braceExpand(pattern, ext(def, options7)),
        match: (list, pattern, options7 = {}) => orig.match(list, pattern, ext(def, options7)),
        sep: orig.sep,
        GLOBSTAR
      });
    };
    minimatch.defaults = defaults;
    braceExpand = (pattern, options7 = {}) => {
      assertValidPattern(pattern);
      if (options7.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      return expand(pattern, { max: options7.braceExpandMax });
    };
    minimatch.braceExpand = braceExpand;
    RANGE_MIN = 100;
    rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
    match = (list, pattern, options7 = {}) => {
      const mm = new Minimatch(pattern, options7);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    minimatch.match = match;
    globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    classEnd = (pattern, start) => {
      let i = start + 1;
      if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
        i++;
      let sawStart = false;
      for (; i < pattern.length; i++) {
        const c2 = pattern.charAt(i);
        if (c2 === "]" && sawStart)
          return i;
        sawStart = true;
        if (c2 === "\\")
          i++;
      }
      return -1;
    };
    literal = (pattern, noext) => {
      if (!noext && (pattern === "+()" || pattern === "@()"))
        return pattern;
      let lit2 = "";
      for (let i = 0; i < pattern.length; i++) {
        const c2 = pattern.charAt(i);
        if (c2 === "\\") {
          lit2 += pattern.charAt(++i) || c2;
        } else if (c2 === "*" || c2 === "?") {
          return void 0;
        } else if (c2 === "[") {
          const close = classEnd(pattern, i);
          if (close === -1) {
            lit2 += c2;
            continue;
          }
          let body = pattern.slice(i + 1, close);
          if (body.startsWith("\\"))
            body = body.slice(1);
          if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
            return void 0;
          }
          lit2 += body;
          i = close;
        } else if (!noext && "+@!".includes(c2) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
          return void 0;
        } else {
          lit2 += c2;
        }
      }
      return lit2;
    };
    extSafe = (pattern) => {
      if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
        return false;
      let depth = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c2 = pattern.charAt(i);
        if (c2 === "\\") {
          if (++i === pattern.length)
            return false;
        } else if (c2 === "[") {
          const close = classEnd(pattern, i);
          if (close !== -1)
            i = close;
        } else if ("+@!?*".includes(c2) && pattern.charAt(i + 1) === "(") {
          depth++;
          i++;
        } else if (c2 === ")") {
          if (!depth--)
            return false;
        } else if (c2 === "|" && !depth) {
          return false;
        }
      }
      return !depth;
    };
    portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
    endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
    isDots = (p) => p === "." || p === "..";
    isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
    isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
    uncHost = (p) => {
      if (p[0] !== "" || p[1] !== "")
        return -1;
      const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
      const host = p[h];
      const share = p[h + 1];
      return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
    };
    walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
    dotPortion = (f, start, end, dot, sep3) => {
      for (let k = start; k < end; ) {
        if (f.charCodeAt(k) === 46) {
          if (!dot)
            return true;
          const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
          if (n >= end || isSep(f.charCodeAt(n), sep3))
            return true;
        }
        const s = nextSep(f, k, sep3);
        if (s === -1)
          return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep3))
          k++;
      }
      return false;
    };
    isSep = (c2, sep3) => sep3 === "/" ? c2 === 47 : sep3 === "\\" ? c2 === 92 : c2 === 47 || c2 === 92;
    nextSep = (f, from, sep3) => {
      if (sep3 !== "both")
        return f.indexOf(sep3, from);
      const s = f.indexOf("/", from);
      const b = f.indexOf("\\", from);
      return s === -1 ? b : b === -1 ? s : Math.min(s, b);
    };
    lastSep = (f, from, sep3) => sep3 !== "both" ? f.lastIndexOf(sep3, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
    PENDING = {};
    Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      // the path can be checked against the last portion, and the string
      // portions, of each row before it is split. See #canMatch.
      #endCheck;
      #literalCheck;
      // level 2 resolves `.` and `..` portions in the path
      #level2;
      // the unicode normalization form, if any
      #form;
      // the string portions of each row in the set
      #literals = [];
      // the rows that #canMatch can match without splitting the path
      #shapes = [];
      // the rows whose last portion can be checked against the path's
      #endRows = [];
      // brace expansion can make the same portion in many rows, so they
      // share one Matcher, and the states that it caches
      #matchers = /* @__PURE__ */ new Map();
      // parse() returns PENDING in place of a Matcher
      #pending = false;
      // the char that marks numeric ranges in globSet, if any
      #rangeMark;
      // the GlobstarParts of each pattern row, by start index and partial
      #globstarParts = /* @__PURE__ */ new WeakMap();
      constructor(pattern, options7 = {}) {
        assertValidPattern(pattern);
        options7 = options7 || {};
        this.options = options7;
        this.maxGlobstarRecursion = options7.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options7.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        this.windowsPathsNoEscape = !!options7.windowsPathsNoEscape || options7[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options7.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options7.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options7.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options7.windowsNoMagicRoot !== void 0 ? options7.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options7.optimizationLevel ?? 1) >= 2;
        const n = options7.normalize;
        this.#form = n === true ? "NFC" : n || void 0;
        this.make();
        const drives = this.set.map((row) => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        this.#literals = this.set.map((row, r) => {
          const end = this.#endRows[r] ? row.length - 1 : row.length;
          const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
          return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some((l) => l.length);
        this.#shapes = this.set.map((row, r) => {
          const [p0, p1, p2] = row;
          if (this.#endRows[r] && row.length === 2) {
            if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
              return "tail";
          }
          if (this.#endRows[r] && options7.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
            return "base";
          }
          if (!this.#endCheck || drives[r] !== -1)
            return void 0;
          if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
          this.maxGlobstarRecursion > 0) {
            return "mid";
          }
          if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
            return "head";
          }
          return void 0;
        });
      }
      // a string portion of a pattern, normalized if the option is set
      #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
      }
      // On Windows, the index of the last root portion of a row, as
      // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
      // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
      // -1.
      #rootIndex(row) {
        if (!this.isWindows)
          return -1;
        if (isDrive(row[0]))
          return 0;
        const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
        if (uncDrive)
          return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      make() {
        const pattern = this.pattern;
        const options7 = this.options;
        if (!options7.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.#expandBraces())];
        const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
            const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
            const isDrive2 = /^[a-z]:/i.test(s[0]);
            if (isUNC) {
              return [
                ...s.slice(0, n).map((p) => this.#norm(p)),
                ...s.slice(n).map((ss) => this.parse(ss))
              ];
            } else if (isDrive2) {
              return [
                this.#norm(s[0]),
                ...s.slice(1).map((ss) => this.parse(ss))
              ];
            }
          }
          return s.map((ss) => this.parse(ss));
        });
        this.set = set.filter((s) => s.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i = 0; i < this.set.length; i++) {
            const p = this.set[i];
            if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
              if (isLongUNC(this.globParts[i][3]))
                p[3] = "UNC";
              p[2] = "?";
            }
          }
        }
        if (!options7.noext)
          this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
          for (let k = 0; k < row.length; k++) {
            if (row[k] === PENDING) {
              row[k] = this.parse(this.globParts[i][k]);
            }
          }
        });
      }
      // Merge rows that only differ in one portion, where each of them
      // is a Matcher, into one row that matches any of them with
      // `@(a|b|...)`. Then a path is only walked once for all of them,
      // for example with `**/*.{js,ts}`.
      mergeRows() {
        let merged = true;
        while (merged) {
          merged = false;
          const len = Math.max(0, ...this.set.map((r) => r.length));
          for (let k = 0; k < len; k++) {
            const groups = /* @__PURE__ */ new Map();
            this.set.forEach((row, i) => {
              if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
                return;
              }
              const parts = [...this.globParts[i]];
              parts[k] = "";
              const key2 = `${row.length}/${parts.join("/")}`;
              const g = groups.get(key2);
              if (g)
                g.push(i);
              else
                groups.set(key2, [i]);
            });
            const drop = /* @__PURE__ */ new Set();
            for (const g of groups.values()) {
              if (g.length < 2)
                continue;
              const [first, ...rest] = g;
              const alts = g.map((i) => this.globParts[i][k]);
              const glob = `@(${alts.join("|")})`;
              this.globParts[first][k] = glob;
              this.set[first][k] = this.parse(glob);
              for (const i of rest)
                drop.add(i);
            }
            if (drop.size) {
              merged = true;
              this.set = this.set.filter((_, i) => !drop.has(i));
              this.globParts = this.globParts.filter((_, i) => !drop.has(i));
            }
          }
        }
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts) => {
          let gs = -1;
          while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
            let i = gs;
            while (parts[i + 1] === "**") {
              i++;
            }
            if (i !== gs) {
              parts.splice(gs, i - gs);
            }
          }
          return parts;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts) => {
          const root2 = this.#rootIndex(parts) + 1;
          parts = parts.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (set.length > root2 && prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts.length === 0 ? [""] : parts;
        });
      }
      // Check the path against each row before it is split. 'no' if no
      // row can match, so it does not need to be split. 'yes' if a row of
      // `**` and one more portion matches. 'maybe' if it must be split to
      // know. None of this applies with partial, where the path can end
      // before the row does.
      //
      // On Windows, `\` is a separator in the path too, and the portions of
      // a row up to its drive letter or UNC share are not checked (see
      // #rootIndex).
      //
      // Each string portion of a row must be a portion of the path, so the
      // path must contain it. Level 2 can only take portions out of the
      // path, so this is still true then.
      //
      // The last portion of a row must match the last portion of the path,
      // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
      // This does not apply to rows that end in **, rows that end in a
      // root, or preserveMultipleSlashes (which can leave more
      // than one '' at the end). At level 2, it does not apply if that
      // portion is `.` or `..`, which can be
      // resolved away. Level 2 only takes other portions out of the
      // middle of the path.
      //
      // A row of `**/x` then matches if the ** can walk the portions
      // before the one that x matches, the same as #matchGlobstar. At
      // level 2, this is only known if none of them are `.` or `..`, so
      // that the path does not change when it is resolved.
      #canMatch(f) {
        const sep3 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
        let ends = this.#endCheck ? 0 : -1;
        let last = "";
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        ROWS: for (let r = 0; r < this.set.length; r++) {
          const row = this.set[r];
          const p = row[row.length - 1];
          let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
          if (end && ends === 0) {
            const i = lastSep(f, f.length, sep3);
            lastStart = i + 1;
            last = f.slice(lastStart);
            if (last === "" && i >= 0) {
              let j = i;
              while (j > 0 && isSep(f.charCodeAt(j - 1), sep3))
                j--;
              prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep3) + 1;
              prev = f.slice(prevStart, j);
            }
            const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
            ends = resolves ? -1 : 1;
            end = !resolves;
          }
          let tailStart = -1;
          if (end && typeof p === "string") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          if (this.#literalCheck) {
            for (const l of this.#literals[r]) {
              if (!f.includes(l))
                continue ROWS;
            }
          }
          if (end && typeof p === "object") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          const shape = this.#shapes[r];
          if (shape === "base" && end)
            return "yes";
          if (shape === "tail" && end) {
            if (this.#level2 && dotPortion(f, 0, tailStart, true, sep3)) {
              return "maybe";
            }
            if (!dotPortion(f, 0, tailStart, dot, sep3))
              return "yes";
            continue;
          }
          if (shape === "mid" || shape === "head") {
            const m = this.#walk(f, row, shape === "head", dot, sep3);
            if (m !== "no")
              return m;
            continue;
          }
          return "maybe";
        }
        return "no";
      }
      // Match a row of a known shape against the split path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do. None of these
      // rows have a drive letter, so they start at the first portion.
      #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === "head") {
          if (n < 2 || !portionMatch(row[0], file[0])) {
            return false;
          }
          for (let i = 1; i < n; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        const x = row[1];
        if (shape === "tail") {
          let t = n - 1;
          if (!portionMatch(x, file[t])) {
            if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
              return false;
            }
          }
          for (let i = 0; i < t; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        for (let k = 0; k < n; k++) {
          if (portionMatch(x, file[k]) && k + 1 < n) {
            let i = k + 1;
            while (i < n && walkable(file[i], dot))
              i++;
            if (i === n)
              return true;
          }
          if (!walkable(file[k], dot))
            return false;
        }
        return false;
      }
      // Match a row of `**/x/**` or `x/**` against the path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do once it is split.
      // x must match a portion (the first one, for `x/**`), the ** before
      // it must be able to walk the portions before that one, and there
      // must be a portion after it, which the ** after it can walk. At
      // level 2, this is only known if no portion is `.` or `..`.
      #walk(f, row, head, dot, sep3) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep3))
          return "maybe";
        const x = row[head ? 0 : 1];
        let s = 0;
        for (let e = nextSep(f, s, sep3); e !== -1; e = nextSep(f, s, sep3)) {
          let next = e + 1;
          while (next < f.length && isSep(f.charCodeAt(next), sep3))
            next++;
          const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
          if (hit && !dotPortion(f, next, f.length, dot, sep3))
            return "yes";
          if (head || dotPortion(f, s, next, dot, sep3))
            return "no";
          s = next;
        }
        return "no";
      }
      // the last split, if it was the same path with the same split
      // settings
      #cachedSplit(f) {
        const last = lastSplit;
        return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
      }
      // split a path for match(), and keep the parts for the next call
      #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
        const normalize2 = this.#form;
        if (normalize2)
          parts = parts.map((p) => p.normalize(normalize2));
        lastSplit = {
          f,
          isWindows,
          preserveMultipleSlashes,
          normalize: normalize2,
          parts
        };
        return lastSplit;
      }
      // resolve `.` and `..` portions of a path, for level 2
      #levelTwoFileOptimize(file) {
        const parts = [...file];
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i = 1; i < parts.length - 1; i++) {
              const p = parts[i];
              if (i === 1 && p === "" && parts[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts.splice(i, 1);
                i--;
              }
            }
            if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
              didSomething = true;
              parts.pop();
            }
          }
          const root2 = this.#rootIndex(parts) + 1;
          let dd = root2;
          while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
            const p = parts[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**") {
              didSomething = true;
              parts.splice(dd - 1, 2);
              dd = Math.max(dd - 2, root2);
            }
          }
        } while (didSomething);
        return parts.length === 0 ? [""] : parts;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1e6;
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts.splice(gs + 1, gss - gs);
              }
              let next = parts[gs + 1];
              const p = parts[gs + 2];
              const p2 = parts[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              const addedCells = parts.length - 1;
              if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
                throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
              }
              didSomething = true;
              parts.splice(gs, 1);
              const other = parts.slice(0);
              other[gs] = "**";
              splitCells += addedCells;
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i = 1; i < parts.length - 1; i++) {
                const p = parts[i];
                if (i === 1 && p === "" && parts[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts.splice(i, 1);
                  i--;
                }
              }
              if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
                didSomething = true;
                parts.pop();
              }
            }
            const root2 = this.#rootIndex(parts) + 1;
            let dd = root2;
            while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
              const p = parts[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts.splice(dd - 1, 2, ...splin);
                if (parts.length === 0)
                  parts.push("");
                dd = Math.max(dd - 2, root2);
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      secondPhasePreProcess(globParts) {
        const keys = /* @__PURE__ */ new Set();
        const rows = globParts.filter((parts) => {
          const key2 = parts.join("/");
          if (keys.has(key2))
            return false;
          keys.add(key2);
          return true;
        });
        const stars = /* @__PURE__ */ new Map();
        for (const parts of rows) {
          const s = [];
          for (let i = 0; i < parts.length; i++) {
            if (parts[i] === "*")
              s.push(i);
          }
          if (s.length)
            stars.set(s.join(","), s);
        }
        if (!stars.size || rows.length * stars.size > 1e5)
          return rows;
        const { dot } = this.options;
        return rows.filter((parts) => {
          for (const s of stars.values()) {
            if (s[s.length - 1] >= parts.length)
              continue;
            const c2 = [...parts];
            let ok2 = true;
            let changed = false;
            for (const i of s) {
              const p = parts[i];
              if (p === "*")
                continue;
              if (!p || p === "**" || !dot && p.startsWith(".")) {
                ok2 = false;
                break;
              }
              c2[i] = "*";
              changed = true;
            }
            if (ok2 && changed && keys.has(c2.join("/")))
              return false;
          }
          return true;
        });
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // Match the parts of a path against one row of the set. `resolved`
      // is the parts after level 2 resolves `.` and `..` in them, or the
      // same parts below level 2. Set partial to true to test if, for
      // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
      // you run out of file before you run out of pattern, then that's
      // fine, as long as all the parts match.
      #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
          const host = pattern[ph];
          const share = pattern[ph + 1];
          if (typeof host !== "string" || typeof share !== "string") {
            fileStartIndex = fh;
            patternStartIndex = ph;
          } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
            fileStartIndex = fh + 2;
            patternStartIndex = ph + 2;
          }
        } else if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              patternStartIndex = pdi + 1;
              fileStartIndex = fdi + 1;
            }
          }
        }
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        if (head.length) {
          const headEnd = fileIndex + head.length;
          if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body.length) {
          let sawSome = !!fileTailMatch;
          for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
            const f = String(file[i]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
      }
      // Split the pattern into head, tail, and middle of ** delimited
      // parts. The tail has to be at the end, and the others just have to
      // be found in order from the head. These only depend on the pattern
      // row, so they are kept for the next path.
      #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
          byStart = [];
          this.#globstarParts.set(pattern, byStart);
        }
        const key2 = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key2];
        if (found)
          return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
          if (b === GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            current = [[], 0];
            segments.push(current);
          } else {
            current[0].push(b);
            nonGsParts++;
          }
        }
        segments.forEach((b, i) => {
          b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key2] = parts;
        return parts;
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          if (partial) {
            return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
          }
          for (let i = fileIndex; i < fileLength; i++) {
            sawTail = true;
            const f = file[i];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body, need] = bs;
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
          const key2 = bodyIndex * (file.length + 1) + fileIndex;
          if (tried.has(key2))
            return false;
          tried.add(key2);
          const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
            if (sub !== false) {
              return sub;
            }
          }
          if (fileIndex === after)
            break;
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          let p = pattern[pi];
          let f = file[fi];
          if (p === false || p === GLOBSTAR) {
            return false;
          }
          if (!portionMatch(p, f))
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return braceExpand(this.pattern, this.options);
      }
      // Expand braces, except numeric ranges such as {0..999} with at
      // least RANGE_MIN values. Each of those stays in its pattern as
      // `<mark>0..999<mark>`, for the Matcher to test. If a range might
      // be inside a [...] class, expand all of them instead.
      #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
          return this.braceExpand();
        let code = 57344;
        while (pattern.includes(String.fromCharCode(code))) {
          if (++code > 63743)
            return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
          const a = Number(lo);
          const b = Number(hi);
          if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
            return m;
          }
          found = true;
          return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
          return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
          for (const portion of p.split("/")) {
            const c2 = portion.indexOf("[");
            if (c2 !== -1 && c2 < portion.lastIndexOf(mark)) {
              return this.braceExpand();
            }
          }
        }
        this.#rangeMark = mark;
        return set;
      }
      parse(pattern) {
        assertValidPattern(pattern);
        const options7 = this.options;
        if (pattern === "**")
          return GLOBSTAR;
        if (pattern === "")
          return "";
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options7;
        const rangeMark = this.#rangeMark;
        const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
        if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
          return this.#norm(lit2);
        }
        if (this.#pending)
          return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
          m = new Matcher(pattern, {
            nocase,
            noext,
            dot,
            normalize: normalize2,
            ...rangeMark && { rangeMark }
          });
          this.#matchers.set(pattern, m);
        }
        return m;
      }
      #slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options7 = this.options;
        let split = this.#cachedSplit(f);
        if (!split) {
          if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
            lastChecked = f;
            const can = this.#canMatch(f);
            if (can === "no")
              return options7.flipNegate ? false : this.negate;
            if (can === "yes")
              return options7.flipNegate ? true : !this.negate;
          }
          split = this.#split(f);
        }
        const ff = split.parts;
        const resolved = this.#level2 ? split.resolved ?? (split.resolved = this.#levelTwoFileOptimize(ff)) : ff;
        const set = this.set;
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i = ff.length - 2; !filename && i >= 0; i--) {
            filename = ff[i];
          }
        }
        for (let r = 0; r < set.length; r++) {
          const pattern = set[r];
          const shape = partial ? void 0 : this.#shapes[r];
          const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options7.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
          if (hit) {
            if (options7.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options7.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return minimatch.defaults(def).Minimatch;
      }
    };
    minimatch.Minimatch = Minimatch;
    minimatch.escape = escape;
    minimatch.unescape = unescape;
    parse3 = (input) => {
      const COMMENT1 = 35;
      const COMMENT2 = 59;
      const SECTION_START = 91;
      const SECTION_END = 93;
      const results = /* @__PURE__ */ Object.create(null);
      const lines = input.split(/\r?\n|\r/g);
      let section = results;
      for (let i = 0, l = lines.length; i < l; i++) {
        const line3 = lines[i].trim();
        if (!line3.length)
          continue;
        const firstChar = line3.charCodeAt(0);
        if (firstChar === COMMENT1 || firstChar === COMMENT2)
          continue;
        const lastChar = line3.charCodeAt(line3.length - 1);
        if (firstChar === SECTION_START) {
          if (lastChar === SECTION_END) {
            const key2 = line3.slice(1, -1);
            section = Object.prototype.hasOwnProperty.call(results, key2) && typeof results[key2] !== "string" ? results[key2] : results[key2] = /* @__PURE__ */ Object.create(null);
            continue;
          } else {
            throw new Error(`Unexpected unclosed section at line ${i + 1}`);
          }
        }
        const delimiterIndex = line3.indexOf("=");
        if (delimiterIndex >= 0) {
          let key2 = line3.slice(0, delimiterIndex).trim();
          let value = line3.slice(delimiterIndex + 1).trim();
          section[`${key2}`] = value;
          continue;
        }
        throw new Error(`Unexpected characters at line ${i + 1}`);
      }
      return results;
    };
    ini_simple_parser_default = parse3;
    EDITORCONFIG_VERSION = "4.0.0";
    escapedSep = new RegExp(path3.sep.replace(/\\/g, "\\\\"), "g");
    matchOptions = { matchBase: true, dot: true };
    knownPropNames = [
      "charset",
      "end_of_line",
      "indent_size",
      "indent_style",
      "insert_final_newline",
      // 'tab_width' // This should be an integer, not a string.
      "trim_trailing_whitespace"
    ];
    knownProps = new Set(knownPropNames);
    pendingConfigs = /* @__PURE__ */ new WeakMap();
    iterate_directory_up_default = iterateDirectoryUp;
    SearcherInternal = class {
      #stopDirectory;
      #cache;
      #resultCache = /* @__PURE__ */ new Map();
      #searchWithoutCache;
      /**
      @protected
      @type {typeof findFileInDirectory | typeof findDirectoryInDirectory | typeof findInDirectory | undefined}
      */
      findInDirectory;
      /**
      @param {TargetOrTargets} targetOrTargets
      @param {FilterOrSearcherOptions} [filterOrOptions]
      @param {SearcherOptionsWithoutFilter} [optionsWithoutFilter]
      */
      constructor(targetOrTargets, filterOrOptions, optionsWithoutFilter) {
        const {
          allowSymlinks,
          filter: filter2,
          stopDirectory,
          cache: cache5 = true
        } = typeof filterOrOptions === "function" ? { ...optionsWithoutFilter, filter: filterOrOptions } : { ...filterOrOptions };
        this.#stopDirectory = stopDirectory;
        this.#cache = cache5;
        this.#searchWithoutCache = (directory) => (
          // @ts-expect-error
          this.findInDirectory(targetOrTargets, {
            cwd: directory,
            filter: filter2,
            allowSymlinks
          })
        );
      }
      /**
        @param {string} directory
        */
      #search(directory, cache5 = true) {
        const resultCache = this.#resultCache;
        if (!cache5 || !resultCache.has(directory)) {
          resultCache.set(directory, this.#searchWithoutCache(directory));
        }
        return resultCache.get(directory);
      }
      /**
        Find closest file or directory matches name or names.
      
        @param {OptionalUrlOrPath} [startDirectory]
        @param {SearchOptions} [options]
        @returns {SearchResult}
        */
      async search(startDirectory, options7) {
        for (const directory of iterate_directory_up_default(
          startDirectory,
          this.#stopDirectory
        )) {
          const result = await this.#search(
            directory,
            options7?.cache ?? this.#cache
          );
          if (result) {
            return result;
          }
        }
      }
      /**
        Clear caches.
      
        @returns {void}
        */
      clearCache() {
        this.#resultCache.clear();
      }
    };
    FileSearcher = class extends SearcherInternal {
      /** @protected */
      findInDirectory = findFileInDirectory;
    };
    Searcher = class extends SearcherInternal {
      /** @protected */
      findInDirectory = findInDirectory;
    };
    MARKERS = [
      // Git can be a file when the repository is a submodule or a working tree
      ".git",
      { name: ".hg", type: "directory" }
    ];
    isPositiveInteger = (value) => Number.isSafeInteger(value) && value > 0;
    editorconfig_to_prettier_default = editorConfigToPrettier;
    editorconfigCache = /* @__PURE__ */ new Map();
    editorconfigFileCache = /* @__PURE__ */ new Map();
    Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/;
    ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
    ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
    util_default = {
      isSpaceSeparator(c2) {
        return typeof c2 === "string" && Space_Separator.test(c2);
      },
      isIdStartChar(c2) {
        return typeof c2 === "string" && (c2 >= "a" && c2 <= "z" || c2 >= "A" && c2 <= "Z" || c2 === "$" || c2 === "_" || ID_Start.test(c2));
      },
      isIdContinueChar(c2) {
        return typeof c2 === "string" && (c2 >= "a" && c2 <= "z" || c2 >= "A" && c2 <= "Z" || c2 >= "0" && c2 <= "9" || c2 === "$" || c2 === "_" || c2 === "\u200C" || c2 === "\u200D" || ID_Continue.test(c2));
      },
      isDigit(c2) {
        return typeof c2 === "string" && /[0-9]/.test(c2);
      },
      isHexDigit(c2) {
        return typeof c2 === "string" && /[0-9A-Fa-f]/.test(c2);
      }
    };
    lexStates = {
      default() {
        switch (c) {
          case "	":
          case "\v":
          case "\f":
          case " ":
          case "\xA0":
          case "\uFEFF":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            return;
          case "/":
            read();
            lexState = "comment";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        if (util_default.isSpaceSeparator(c)) {
          read();
          return;
        }
        return lexStates[parseState]();
      },
      comment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineComment";
            return;
          case "/":
            read();
            lexState = "singleLineComment";
            return;
        }
        throw invalidChar(read());
      },
      multiLineComment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineCommentAsterisk";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
      },
      multiLineCommentAsterisk() {
        switch (c) {
          case "*":
            read();
            return;
          case "/":
            read();
            lexState = "default";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
        lexState = "multiLineComment";
      },
      singleLineComment() {
        switch (c) {
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            lexState = "default";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        read();
      },
      value() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
          case "n":
            read();
            literal2("ull");
            return newToken("null", null);
          case "t":
            read();
            literal2("rue");
            return newToken("boolean", true);
          case "f":
            read();
            literal2("alse");
            return newToken("boolean", false);
          case "-":
          case "+":
            if (read() === "-") {
              sign = -1;
            }
            lexState = "sign";
            return;
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal2("nfinity");
            return newToken("numeric", Infinity);
          case "N":
            read();
            literal2("aN");
            return newToken("numeric", NaN);
          case '"':
          case "'":
            doubleQuote = read() === '"';
            buffer = "";
            lexState = "string";
            return;
        }
        throw invalidChar(read());
      },
      identifierNameStartEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
            break;
          default:
            if (!util_default.isIdStartChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      identifierName() {
        switch (c) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            buffer += read();
            return;
          case "\\":
            read();
            lexState = "identifierNameEscape";
            return;
        }
        if (util_default.isIdContinueChar(c)) {
          buffer += read();
          return;
        }
        return newToken("identifier", buffer);
      },
      identifierNameEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            break;
          default:
            if (!util_default.isIdContinueChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      sign() {
        switch (c) {
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal2("nfinity");
            return newToken("numeric", sign * Infinity);
          case "N":
            read();
            literal2("aN");
            return newToken("numeric", NaN);
        }
        throw invalidChar(read());
      },
      zero() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
          case "x":
          case "X":
            buffer += read();
            lexState = "hexadecimal";
            return;
        }
        return newToken("numeric", sign * 0);
      },
      decimalInteger() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util_default.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", numericLiteral(sign, buffer));
      },
      decimalPointLeading() {
        if (util_default.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        throw invalidChar(read());
      },
      decimalPoint() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util_default.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        return newToken("numeric", numericLiteral(sign, buffer));
      },
      decimalFraction() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util_default.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", numericLiteral(sign, buffer));
      },
      decimalExponent() {
        switch (c) {
          case "+":
          case "-":
            buffer += read();
            lexState = "decimalExponentSign";
            return;
        }
        if (util_default.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentSign() {
        if (util_default.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentInteger() {
        if (util_default.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", numericLiteral(sign, buffer));
      },
      hexadecimal() {
        if (util_default.isHexDigit(c)) {
          buffer += read();
          lexState = "hexadecimalInteger";
          return;
        }
        throw invalidChar(read());
      },
      hexadecimalInteger() {
        if (util_default.isHexDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", numericLiteral(sign, buffer));
      },
      string() {
        switch (c) {
          case "\\":
            read();
            buffer += escape2();
            return;
          case '"':
            if (doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "'":
            if (!doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "\n":
          case "\r":
            throw invalidChar(read());
          case "\u2028":
          case "\u2029":
            separatorChar(c);
            break;
          case void 0:
            throw invalidChar(read());
        }
        buffer += read();
      },
      start() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
        }
        lexState = "value";
      },
      beforePropertyName() {
        switch (c) {
          case "$":
          case "_":
            buffer = read();
            lexState = "identifierName";
            return;
          case "\\":
            read();
            lexState = "identifierNameStartEscape";
            return;
          case "}":
            return newToken("punctuator", read());
          case '"':
          case "'":
            doubleQuote = read() === '"';
            lexState = "string";
            return;
        }
        if (util_default.isIdStartChar(c)) {
          buffer += read();
          lexState = "identifierName";
          return;
        }
        throw invalidChar(read());
      },
      afterPropertyName() {
        if (c === ":") {
          return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforePropertyValue() {
        lexState = "value";
      },
      afterPropertyValue() {
        switch (c) {
          case ",":
          case "}":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforeArrayValue() {
        if (c === "]") {
          return newToken("punctuator", read());
        }
        lexState = "value";
      },
      afterArrayValue() {
        switch (c) {
          case ",":
          case "]":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      end() {
        throw invalidChar(read());
      }
    };
    parseStates = {
      start() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforePropertyName() {
        switch (token.type) {
          case "identifier":
          case "string":
            key = token.value;
            parseState = "afterPropertyName";
            return;
          case "punctuator":
            pop();
            return;
          case "eof":
            throw invalidEOF();
        }
      },
      afterPropertyName() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        parseState = "beforePropertyValue";
      },
      beforePropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforeArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        if (token.type === "punctuator" && token.value === "]") {
          pop();
          return;
        }
        push();
      },
      afterPropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforePropertyName";
            return;
          case "}":
            pop();
        }
      },
      afterArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforeArrayValue";
            return;
          case "]":
            pop();
        }
      },
      end() {
      }
    };
    NEWLINE = /\r\n|[\n\r\u2028\u2029]/;
    styleText2 = util.styleText ?? ((format3, text) => text);
    RegularExpressionLiteral = /\/(?![*\/])(?:\[(?:[^\]\\\n\r\u2028\u2029]+|\\.)*\]?|[^\/[\\\n\r\u2028\u2029]+|\\.)*(\/[$_\u200C\u200D\p{ID_Continue}]*|\\)?/yu;
    Punctuator = /--|\+\+|=>|\.{3}|\??\.(?!\d)|(?:&&|\|\||\?\?|[+\-%&|^]|\*{1,2}|<{1,2}|>{1,3}|!=?|={1,2}|\/(?![\/*]))=?|[?~,:;[\](){}]/y;
    Identifier = /(\x23?)(?=[$_\p{ID_Start}\\])(?:[$_\u200C\u200D\p{ID_Continue}]+|\\u[\da-fA-F]{4}|\\u\{[\da-fA-F]+\})+/yu;
    StringLiteral = /(['"])(?:[^'"\\\n\r]+|(?!\1)['"]|\\(?:\r\n|[^]))*(\1)?/y;
    NumericLiteral = /(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*)n?|0n|[1-9](?:_?\d)*n|(?:(?:0(?!\d)|0\d*[89]\d*|[1-9](?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|0[0-7]+/y;
    Template = /[`}](?:[^`\\$]+|\\[^]|\$(?!\{))*(`|\$\{)?/y;
    WhiteSpace = /[\t\v\f\ufeff\p{Zs}]+/yu;
    LineTerminatorSequence = /\r?\n|[\r\u2028\u2029]/y;
    MultiLineComment = /\/\*(?:[^*]+|\*(?!\/))*(\*\/)?/y;
    SingleLineComment = /\/\/.*/y;
    HashbangComment = /^#!.*/;
    JSXPunctuator = /[<>.:={}]|\/(?![\/*])/y;
    JSXIdentifier = /[$_\p{ID_Start}][$_\u200C\u200D\p{ID_Continue}-]*/yu;
    JSXString = /(['"])(?:[^'"]+|(?!\1)['"])*(\1)?/y;
    JSXText = /[^<>{}]+/y;
    TokensPrecedingExpression = /^(?:[\/+-]|\.{3}|\?(?:InterpolationIn(?:JSX|Template)|NoLineTerminatorHere|NonExpressionParenEnd|UnaryIncDec))?$|[{}([,;<>=*%&|^!~?:]$/;
    TokensNotPrecedingObjectLiteral = /^(?:=>|[;\]){}]|else|\?(?:NoLineTerminatorHere|NonExpressionParenEnd))?$/;
    KeywordsWithExpressionAfter = /^(?:await|case|default|delete|do|else|instanceof|new|return|throw|typeof|void|yield)$/;
    KeywordsWithNoLineTerminatorAfter = /^(?:return|throw|yield)$/;
    Newline = RegExp(LineTerminatorSequence.source);
    jsTokens = function* (input, { jsx = false } = {}) {
      var braces, firstCodePoint, isExpression, lastIndex, lastSignificantToken, length, match2, mode, nextLastIndex, nextLastSignificantToken, parenNesting, postfixIncDec, punctuator, stack2;
      ({ length } = input);
      lastIndex = 0;
      lastSignificantToken = "";
      stack2 = [
        { tag: "JS" }
      ];
      braces = [];
      parenNesting = 0;
      postfixIncDec = false;
      if (match2 = HashbangComment.exec(input)) {
        yield {
          type: "HashbangComment",
          value: match2[0]
        };
        lastIndex = match2[0].length;
      }
      while (lastIndex < length) {
        mode = stack2[stack2.length - 1];
        switch (mode.tag) {
          case "JS":
          case "JSNonExpressionParen":
          case "InterpolationInTemplate":
          case "InterpolationInJSX":
            if (input[lastIndex] === "/" && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken))) {
              RegularExpressionLiteral.lastIndex = lastIndex;
              if (match2 = RegularExpressionLiteral.exec(input)) {
                lastIndex = RegularExpressionLiteral.lastIndex;
                lastSignificantToken = match2[0];
                postfixIncDec = true;
                yield {
                  type: "RegularExpressionLiteral",
                  value: match2[0],
                  closed: match2[1] !== void 0 && match2[1] !== "\\"
                };
                continue;
              }
            }
            Punctuator.lastIndex = lastIndex;
            if (match2 = Punctuator.exec(input)) {
              punctuator = match2[0];
              nextLastIndex = Punctuator.lastIndex;
              nextLastSignificantToken = punctuator;
              switch (punctuator) {
                case "(":
                  if (lastSignificantToken === "?NonExpressionParenKeyword") {
                    stack2.push({
                      tag: "JSNonExpressionParen",
                      nesting: parenNesting
                    });
                  }
                  parenNesting++;
                  postfixIncDec = false;
                  break;
                case ")":
                  parenNesting--;
                  postfixIncDec = true;
                  if (mode.tag === "JSNonExpressionParen" && parenNesting === mode.nesting) {
                    stack2.pop();
                    nextLastSignificantToken = "?NonExpressionParenEnd";
                    postfixIncDec = false;
                  }
                  break;
                case "{":
                  Punctuator.lastIndex = 0;
                  isExpression = !TokensNotPrecedingObjectLiteral.test(lastSignificantToken) && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken));
                  braces.push(isExpression);
                  postfixIncDec = false;
                  break;
                case "}":
                  switch (mode.tag) {
                    case "InterpolationInTemplate":
                      if (braces.length === mode.nesting) {
                        Template.lastIndex = lastIndex;
                        match2 = Template.exec(input);
                        lastIndex = Template.lastIndex;
                        lastSignificantToken = match2[0];
                        if (match2[1] === "${") {
                          lastSignificantToken = "?InterpolationInTemplate";
                          postfixIncDec = false;
                          yield {
                            type: "TemplateMiddle",
                            value: match2[0]
                          };
                        } else {
                          stack2.pop();
                          postfixIncDec = true;
                          yield {
                            type: "TemplateTail",
                            value: match2[0],
                            closed: match2[1] === "`"
                          };
                        }
                        continue;
                      }
                      break;
                    case "InterpolationInJSX":
                      if (braces.length === mode.nesting) {
                        stack2.pop();
                        lastIndex += 1;
                        lastSignificantToken = "}";
                        yield {
                          type: "JSXPunctuator",
                          value: "}"
                        };
                        continue;
                      }
                  }
                  postfixIncDec = braces.pop();
                  nextLastSignificantToken = postfixIncDec ? "?ExpressionBraceEnd" : "}";
                  break;
                case "]":
                  postfixIncDec = true;
                  break;
                case "++":
                case "--":
                  nextLastSignificantToken = postfixIncDec ? "?PostfixIncDec" : "?UnaryIncDec";
                  break;
                case "<":
                  if (jsx && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken))) {
                    stack2.push({ tag: "JSXTag" });
                    lastIndex += 1;
                    lastSignificantToken = "<";
                    yield {
                      type: "JSXPunctuator",
                      value: punctuator
                    };
                    continue;
                  }
                  postfixIncDec = false;
                  break;
                default:
                  postfixIncDec = false;
              }
              lastIndex = nextLastIndex;
              lastSignificantToken = nextLastSignificantToken;
              yield {
                type: "Punctuator",
                value: punctuator
              };
              continue;
            }
            Identifier.lastIndex = lastIndex;
            if (match2 = Identifier.exec(input)) {
              lastIndex = Identifier.lastIndex;
              nextLastSignificantToken = match2[0];
              switch (match2[0]) {
                case "for":
                case "if":
                case "while":
                case "with":
                  if (lastSignificantToken !== "." && lastSignificantToken !== "?.") {
                    nextLastSignificantToken = "?NonExpressionParenKeyword";
                  }
              }
              lastSignificantToken = nextLastSignificantToken;
              postfixIncDec = !KeywordsWithExpressionAfter.test(match2[0]);
              yield {
                type: match2[1] === "#" ? "PrivateIdentifier" : "IdentifierName",
                value: match2[0]
              };
              continue;
            }
            StringLiteral.lastIndex = lastIndex;
            if (match2 = StringLiteral.exec(input)) {
              lastIndex = StringLiteral.lastIndex;
              lastSignificantToken = match2[0];
              postfixIncDec = true;
              yield {
                type: "StringLiteral",
                value: match2[0],
                closed: match2[2] !== void 0
              };
              continue;
            }
            NumericLiteral.lastIndex = lastIndex;
            if (match2 = NumericLiteral.exec(input)) {
              lastIndex = NumericLiteral.lastIndex;
              lastSignificantToken = match2[0];
              postfixIncDec = true;
              yield {
                type: "NumericLiteral",
                value: match2[0]
              };
              continue;
            }
            Template.lastIndex = lastIndex;
            if (match2 = Template.exec(input)) {
              lastIndex = Template.lastIndex;
              lastSignificantToken = match2[0];
              if (match2[1] === "${") {
                lastSignificantToken = "?InterpolationInTemplate";
                stack2.push({
                  tag: "InterpolationInTemplate",
                  nesting: braces.length
                });
                postfixIncDec = false;
                yield {
                  type: "TemplateHead",
                  value: match2[0]
                };
              } else {
                postfixIncDec = true;
                yield {
                  type: "NoSubstitutionTemplate",
                  value: match2[0],
                  closed: match2[1] === "`"
                };
              }
              continue;
            }
            break;
          case "JSXTag":
          case "JSXTagEnd":
            JSXPunctuator.lastIndex = lastIndex;
            if (match2 = JSXPunctuator.exec(input)) {
              lastIndex = JSXPunctuator.lastIndex;
              nextLastSignificantToken = match2[0];
              switch (match2[0]) {
                case "<":
                  stack2.push({ tag: "JSXTag" });
                  break;
                case ">":
                  stack2.pop();
                  if (lastSignificantToken === "/" || mode.tag === "JSXTagEnd") {
                    nextLastSignificantToken = "?JSX";
                    postfixIncDec = true;
                  } else {
                    stack2.push({ tag: "JSXChildren" });
                  }
                  break;
                case "{":
                  stack2.push({
                    tag: "InterpolationInJSX",
                    nesting: braces.length
                  });
                  nextLastSignificantToken = "?InterpolationInJSX";
                  postfixIncDec = false;
                  break;
                case "/":
                  if (lastSignificantToken === "<") {
                    stack2.pop();
                    if (stack2[stack2.length - 1].tag === "JSXChildren") {
                      stack2.pop();
                    }
                    stack2.push({ tag: "JSXTagEnd" });
                  }
              }
              lastSignificantToken = nextLastSignificantToken;
              yield {
                type: "JSXPunctuator",
                value: match2[0]
              };
              continue;
            }
            JSXIdentifier.lastIndex = lastIndex;
            if (match2 = JSXIdentifier.exec(input)) {
              lastIndex = JSXIdentifier.lastIndex;
              lastSignificantToken = match2[0];
              yield {
                type: "JSXIdentifier",
                value: match2[0]
              };
              continue;
            }
            JSXString.lastIndex = lastIndex;
            if (match2 = JSXString.exec(input)) {
              lastIndex = JSXString.lastIndex;
              lastSignificantToken = match2[0];
              yield {
                type: "JSXString",
                value: match2[0],
                closed: match2[2] !== void 0
              };
              continue;
            }
            break;
          case "JSXChildren":
            JSXText.lastIndex = lastIndex;
            if (match2 = JSXText.exec(input)) {
              lastIndex = JSXText.lastIndex;
              lastSignificantToken = match2[0];
              yield {
                type: "JSXText",
                value: match2[0]
              };
              continue;
            }
            switch (input[lastIndex]) {
              case "<":
                stack2.push({ tag: "JSXTag" });
                lastIndex++;
                lastSignificantToken = "<";
                yield {
                  type: "JSXPunctuator",
                  value: "<"
                };
                continue;
              case "{":
                stack2.push({
                  tag: "InterpolationInJSX",
                  nesting: braces.length
                });
                lastIndex++;
                lastSignificantToken = "?InterpolationInJSX";
                postfixIncDec = false;
                yield {
                  type: "JSXPunctuator",
                  value: "{"
                };
                continue;
            }
        }
        WhiteSpace.lastIndex = lastIndex;
        if (match2 = WhiteSpace.exec(input)) {
          lastIndex = WhiteSpace.lastIndex;
          yield {
            type: "WhiteSpace",
            value: match2[0]
          };
          continue;
        }
        LineTerminatorSequence.lastIndex = lastIndex;
        if (match2 = LineTerminatorSequence.exec(input)) {
          lastIndex = LineTerminatorSequence.lastIndex;
          postfixIncDec = false;
          if (KeywordsWithNoLineTerminatorAfter.test(lastSignificantToken)) {
            lastSignificantToken = "?NoLineTerminatorHere";
          }
          yield {
            type: "LineTerminatorSequence",
            value: match2[0]
          };
          continue;
        }
        MultiLineComment.lastIndex = lastIndex;
        if (match2 = MultiLineComment.exec(input)) {
          lastIndex = MultiLineComment.lastIndex;
          if (Newline.test(match2[0])) {
            postfixIncDec = false;
            if (KeywordsWithNoLineTerminatorAfter.test(lastSignificantToken)) {
              lastSignificantToken = "?NoLineTerminatorHere";
            }
          }
          yield {
            type: "MultiLineComment",
            value: match2[0],
            closed: match2[1] !== void 0
          };
          continue;
        }
        SingleLineComment.lastIndex = lastIndex;
        if (match2 = SingleLineComment.exec(input)) {
          lastIndex = SingleLineComment.lastIndex;
          postfixIncDec = false;
          yield {
            type: "SingleLineComment",
            value: match2[0]
          };
          continue;
        }
        firstCodePoint = String.fromCodePoint(input.codePointAt(lastIndex));
        lastIndex += firstCodePoint.length;
        lastSignificantToken = firstCodePoint;
        postfixIncDec = false;
        yield {
          type: mode.tag.startsWith("JSX") ? "JSXInvalid" : "Invalid",
          value: firstCodePoint
        };
      }
      return void 0;
    };
    js_tokens_default = jsTokens;
    reservedWords = {
      keyword: ["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete"],
      strict: ["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"],
      strictBind: ["eval", "arguments"]
    };
    keywords = new Set(reservedWords.keyword);
    reservedWordsStrictSet = new Set(reservedWords.strict);
    reservedWordsStrictBindSet = new Set(reservedWords.strictBind);
    defs = {
      keyword: createFormatter("cyan"),
      capitalized: createFormatter("yellow"),
      jsxIdentifier: createFormatter("yellow"),
      punctuator: createFormatter("yellow"),
      number: createFormatter("magenta"),
      string: createFormatter("green"),
      regex: createFormatter("magenta"),
      comment: createFormatter("gray"),
      invalid: createFormatter(["white", "bgRed", "bold"]),
      gutter: createFormatter("gray"),
      marker: createFormatter(["red", "bold"]),
      message: createFormatter(["red", "bold"]),
      reset: createFormatter("reset")
    };
    sometimesKeywords = /* @__PURE__ */ new Set(["as", "async", "from", "get", "of", "set"]);
    NEWLINE2 = /\r\n|[\n\r\u2028\u2029]/;
    BRACKET = /^[()[\]{}]$/;
    getTokenType = function(token2) {
      if (token2.type === "IdentifierName") {
        const tokenValue = token2.value;
        if (isKeyword(tokenValue) || isStrictReservedWord(tokenValue, true) || sometimesKeywords.has(tokenValue)) {
          return "keyword";
        }
        const firstChar = tokenValue.charCodeAt(0);
        if (firstChar < 128) {
          if (firstChar >= 65 && firstChar <= 90) {
            return "capitalized";
          }
        } else {
          const firstChar2 = String.fromCodePoint(tokenValue.codePointAt(0));
          if (firstChar2 !== firstChar2.toLowerCase()) {
            return "capitalized";
          }
        }
      }
      if (token2.type === "Punctuator" && BRACKET.test(token2.value)) {
        return "uncolored";
      }
      if (token2.type === "Invalid" && token2.value === "@") {
        return "punctuator";
      }
      switch (token2.type) {
        case "NumericLiteral":
          return "number";
        case "StringLiteral":
        case "JSXString":
        case "NoSubstitutionTemplate":
          return "string";
        case "RegularExpressionLiteral":
          return "regex";
        case "Punctuator":
        case "JSXPunctuator":
          return "punctuator";
        case "MultiLineComment":
        case "SingleLineComment":
          return "comment";
        case "Invalid":
        case "JSXInvalid":
          return "invalid";
        case "JSXIdentifier":
          return "jsxIdentifier";
        default:
          return "uncolored";
      }
    };
    getOffsets = ({
      oneBased,
      oneBasedLine = oneBased,
      oneBasedColumn = oneBased
    } = {}) => [oneBasedLine ? 1 : 0, oneBasedColumn ? 1 : 0];
    getCodePoint = (character) => `\\u{${character.codePointAt(0).toString(16)}}`;
    JSONError = class _JSONError extends Error {
      name = "JSONError";
      fileName;
      #input;
      #jsonParseError;
      #message;
      #codeFrame;
      #rawCodeFrame;
      constructor(messageOrOptions) {
        if (typeof messageOrOptions === "string") {
          super();
          this.#message = messageOrOptions;
        } else {
          const { jsonParseError, fileName, input } = messageOrOptions;
          super(void 0, { cause: jsonParseError });
          this.#input = input;
          this.#jsonParseError = jsonParseError;
          this.fileName = fileName;
        }
        Error.captureStackTrace?.(this, _JSONError);
      }
      get message() {
        this.#message ?? (this.#message = `${addCodePointToUnexpectedToken(this.#jsonParseError.message)}${this.#input === "" ? " while parsing empty string" : ""}`);
        const { codeFrame } = this;
        return `${this.#message}${this.fileName ? ` in ${this.fileName}` : ""}${codeFrame ? `

${codeFrame}
` : ""}`;
      }
      set message(message) {
        this.#message = message;
      }
      #getCodeFrame(highlightCode) {
        if (!this.#jsonParseError) {
          return;
        }
        const input = this.#input;
        const location = getErrorLocation(input, this.#jsonParseError.message);
        if (!location) {
          return;
        }
        return codeFrameColumns(input, { start: location }, { highlightCode });
      }
      get codeFrame() {
        this.#codeFrame ?? (this.#codeFrame = this.#getCodeFrame(
          /* highlightCode */
          true
        ));
        return this.#codeFrame;
      }
      get rawCodeFrame() {
        this.#rawCodeFrame ?? (this.#rawCodeFrame = this.#getCodeFrame(
          /* highlightCode */
          false
        ));
        return this.#rawCodeFrame;
      }
    };
    getErrorLocation = (string, message) => {
      const match2 = message.match(/in JSON at position (?<index>\d+)(?: \(line (?<line>\d+) column (?<column>\d+)\))?$/);
      if (!match2) {
        return;
      }
      const { index, line: line3, column: column2 } = match2.groups;
      if (line3 && column2) {
        return { line: Number(line3), column: Number(column2) - 1 };
      }
      return indexToPosition(string, Number(index), { oneBasedLine: true });
    };
    addCodePointToUnexpectedToken = (message) => message.replace(
      // TODO[engine:node@>=20]: The token always quoted after Node.js 20
      /(?<=^Unexpected token )(?<quote>')?(.)\k<quote>/,
      (_, _quote, token2) => `"${token2}"(${getCodePoint(token2)})`
    );
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options7) {
        const [line3, column2] = getLineColFromPtr(options7.toml, options7.ptr);
        const codeblock = makeCodeBlock(options7.toml, line3, column2);
        super(`Invalid TOML document: ${message}

${codeblock}`, options7);
        this.line = line3;
        this.column = column2;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
    OPTIONAL_OBJECT2 = 1;
    createMethodShim2 = (methodName, getImplementation) => (flags, object, ...arguments_) => {
      if (flags | OPTIONAL_OBJECT2 && (object === void 0 || object === null)) {
        return;
      }
      const implementation = getImplementation.call(object) ?? object[methodName];
      return implementation.apply(object, arguments_);
    };
    stringReplaceAll2 = String.prototype.replaceAll ?? function(pattern, replacement) {
      if (pattern.global) {
        return this.replace(pattern, replacement);
      }
      return this.split(pattern).join(replacement);
    };
    replaceAll2 = /* @__PURE__ */ createMethodShim2("replaceAll", function() {
      if (typeof this === "string") {
        return stringReplaceAll2;
      }
    });
    method_replace_all_default2 = replaceAll2;
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c2;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c2 = date.charCodeAt(date.length - 1)) !== 90 && c2 !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match2 = date.match(DATE_TIME_RE);
            if (match2) {
              if (!match2[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match2[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match2[2] && +match2[2] > 23) {
                date = "";
              } else {
                offset = match2[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
    HAS_WELLFORMED = !!"".isWellFormed;
    BOM = "\uFEFF";
    hasBom = (string) => string.charAt(0) === BOM;
    stripBom = (string) => hasBom(string) ? string.slice(1) : string;
    addBom = (string) => BOM + string;
    read_file_default = readFile2;
    loadConfigFromPackageJson = process.versions.bun ? async function loadConfigFromBunPackageJson(file) {
      const { prettier } = await readBunPackageJson(file);
      return prettier;
    } : async function loadConfigFromPackageJson2(file) {
      const { prettier } = await readJson(file);
      return prettier;
    };
    loaders = {
      ".toml": loadToml,
      ".json5": loadJson5,
      ".json": readJson,
      ".js": importModuleDefault,
      ".mjs": importModuleDefault,
      ".cjs": importModuleDefault,
      ".ts": importModuleDefault,
      ".mts": importModuleDefault,
      ".cts": importModuleDefault,
      ".yaml": loadYaml,
      ".yml": loadYaml,
      // No extension
      "": loadYaml
    };
    loaders_default = loaders;
    CONFIG_FILES = [
      {
        name: "package.json",
        async filter({ path: file }) {
          try {
            return Boolean(await loadConfigFromPackageJson(file));
          } catch {
            return false;
          }
        }
      },
      {
        name: "package.yaml",
        async filter({ path: file }) {
          try {
            return Boolean(await loadConfigFromPackageYaml(file));
          } catch {
            return false;
          }
        }
      },
      ".prettierrc",
      ".prettierrc.json",
      ".prettierrc.yml",
      ".prettierrc.yaml",
      ".prettierrc.json5",
      ".prettierrc.js",
      "prettier.config.js",
      ".prettierrc.ts",
      "prettier.config.ts",
      ".prettierrc.mjs",
      "prettier.config.mjs",
      ".prettierrc.mts",
      "prettier.config.mts",
      ".prettierrc.cjs",
      "prettier.config.cjs",
      ".prettierrc.cts",
      "prettier.config.cts",
      ".prettierrc.toml"
    ];
    config_searcher_default = getSearcher;
    own = {}.hasOwnProperty;
    classRegExp = /^([A-Z][a-z\d]*)+$/;
    kTypes = /* @__PURE__ */ new Set([
      "string",
      "function",
      "number",
      "object",
      // Accept 'Function' and 'Object' as alternative to the lower cased version.
      "Function",
      "Object",
      "boolean",
      "bigint",
      "symbol"
    ]);
    codes = {};
    messages = /* @__PURE__ */ new Map();
    nodeInternalPrefix = "__node_internal_";
    codes.ERR_INVALID_ARG_TYPE = createError(
      "ERR_INVALID_ARG_TYPE",
      /**
       * @param {string} name
       * @param {Array<string> | string} expected
       * @param {unknown} actual
       */
      (name, expected, actual) => {
        assert2.ok(typeof name === "string", "'name' must be a string");
        if (!Array.isArray(expected)) {
          expected = [expected];
        }
        let message = "The ";
        if (name.endsWith(" argument")) {
          message += `${name} `;
        } else {
          const type = name.includes(".") ? "property" : "argument";
          message += `"${name}" ${type} `;
        }
        message += "must be ";
        const types = [];
        const instances = [];
        const other = [];
        for (const value of expected) {
          assert2.ok(
            typeof value === "string",
            "All expected entries have to be of type string"
          );
          if (kTypes.has(value)) {
            types.push(value.toLowerCase());
          } else if (classRegExp.exec(value) === null) {
            assert2.ok(
              value !== "object",
              'The value "object" should be written as "Object"'
            );
            other.push(value);
          } else {
            instances.push(value);
          }
        }
        if (instances.length > 0) {
          const pos2 = types.indexOf("object");
          if (pos2 !== -1) {
            types.slice(pos2, 1);
            instances.push("Object");
          }
        }
        if (types.length > 0) {
          message += `${types.length > 1 ? "one of type" : "of type"} ${formatList(
            types,
            "or"
          )}`;
          if (instances.length > 0 || other.length > 0) message += " or ";
        }
        if (instances.length > 0) {
          message += `an instance of ${formatList(instances, "or")}`;
          if (other.length > 0) message += " or ";
        }
        if (other.length > 0) {
          if (other.length > 1) {
            message += `one of ${formatList(other, "or")}`;
          } else {
            if (other[0].toLowerCase() !== other[0]) message += "an ";
            message += `${other[0]}`;
          }
        }
        message += `. Received ${determineSpecificType(actual)}`;
        return message;
      },
      TypeError
    );
    codes.ERR_INVALID_MODULE_SPECIFIER = createError(
      "ERR_INVALID_MODULE_SPECIFIER",
      /**
       * @param {string} request
       * @param {string} reason
       * @param {string} [base]
       */
      (request, reason, base = void 0) => {
        return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ""}`;
      },
      TypeError
    );
    codes.ERR_INVALID_PACKAGE_CONFIG = createError(
      "ERR_INVALID_PACKAGE_CONFIG",
      /**
       * @param {string} path
       * @param {string} [base]
       * @param {string} [message]
       */
      (path17, base, message) => {
        return `Invalid package config ${path17}${base ? ` while importing ${base}` : ""}${message ? `. ${message}` : ""}`;
      },
      Error
    );
    codes.ERR_INVALID_PACKAGE_TARGET = createError(
      "ERR_INVALID_PACKAGE_TARGET",
      /**
       * @param {string} packagePath
       * @param {string} key
       * @param {unknown} target
       * @param {boolean} [isImport=false]
       * @param {string} [base]
       */
      (packagePath, key2, target, isImport = false, base = void 0) => {
        const relatedError = typeof target === "string" && !isImport && target.length > 0 && !target.startsWith("./");
        if (key2 === ".") {
          assert2.ok(isImport === false);
          return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
        }
        return `Invalid "${isImport ? "imports" : "exports"}" target ${JSON.stringify(
          target
        )} defined for '${key2}' in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
      },
      Error
    );
    codes.ERR_MODULE_NOT_FOUND = createError(
      "ERR_MODULE_NOT_FOUND",
      /**
       * @param {string} path
       * @param {string} base
       * @param {boolean} [exactUrl]
       */
      (path17, base, exactUrl = false) => {
        return `Cannot find ${exactUrl ? "module" : "package"} '${path17}' imported from ${base}`;
      },
      Error
    );
    codes.ERR_NETWORK_IMPORT_DISALLOWED = createError(
      "ERR_NETWORK_IMPORT_DISALLOWED",
      "import of '%s' by %s is not supported: %s",
      Error
    );
    codes.ERR_PACKAGE_IMPORT_NOT_DEFINED = createError(
      "ERR_PACKAGE_IMPORT_NOT_DEFINED",
      /**
       * @param {string} specifier
       * @param {string} packagePath
       * @param {string} base
       */
      (specifier, packagePath, base) => {
        return `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ""} imported from ${base}`;
      },
      TypeError
    );
    codes.ERR_PACKAGE_PATH_NOT_EXPORTED = createError(
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      /**
       * @param {string} packagePath
       * @param {string} subpath
       * @param {string} [base]
       */
      (packagePath, subpath, base = void 0) => {
        if (subpath === ".")
          return `No "exports" main defined in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
        return `Package subpath '${subpath}' is not defined by "exports" in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
      },
      Error
    );
    codes.ERR_UNSUPPORTED_DIR_IMPORT = createError(
      "ERR_UNSUPPORTED_DIR_IMPORT",
      "Directory import '%s' is not supported resolving ES modules imported from %s",
      Error
    );
    codes.ERR_UNSUPPORTED_RESOLVE_REQUEST = createError(
      "ERR_UNSUPPORTED_RESOLVE_REQUEST",
      'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
      TypeError
    );
    codes.ERR_UNKNOWN_FILE_EXTENSION = createError(
      "ERR_UNKNOWN_FILE_EXTENSION",
      /**
       * @param {string} extension
       * @param {string} path
       */
      (extension, path17) => {
        return `Unknown file extension "${extension}" for ${path17}`;
      },
      TypeError
    );
    codes.ERR_INVALID_ARG_VALUE = createError(
      "ERR_INVALID_ARG_VALUE",
      /**
       * @param {string} name
       * @param {unknown} value
       * @param {string} [reason='is invalid']
       */
      (name, value, reason = "is invalid") => {
        let inspected = inspect(value);
        if (inspected.length > 128) {
          inspected = `${inspected.slice(0, 128)}...`;
        }
        const type = name.includes(".") ? "property" : "argument";
        return `The ${type} '${name}' ${reason}. Received ${inspected}`;
      },
      TypeError
      // Note: extra classes have been shaken out.
      // , RangeError
    );
    captureLargerStackTrace = hideStackFrames(
      /**
       * @param {Error} error
       * @returns {Error}
       */
      // @ts-expect-error: fine
      function(error) {
        const stackTraceLimitIsWritable = isErrorStackTraceLimitWritable();
        if (stackTraceLimitIsWritable) {
          userStackTraceLimit = Error.stackTraceLimit;
          Error.stackTraceLimit = Number.POSITIVE_INFINITY;
        }
        Error.captureStackTrace(error);
        if (stackTraceLimitIsWritable) Error.stackTraceLimit = userStackTraceLimit;
        return error;
      }
    );
    hasOwnProperty = {}.hasOwnProperty;
    ({ ERR_INVALID_PACKAGE_CONFIG } = codes);
    cache2 = /* @__PURE__ */ new Map();
    ({ ERR_UNKNOWN_FILE_EXTENSION } = codes);
    hasOwnProperty2 = {}.hasOwnProperty;
    extensionFormatMap = {
      // @ts-expect-error: hush.
      __proto__: null,
      ".cjs": "commonjs",
      ".js": "module",
      ".json": "json",
      ".mjs": "module"
    };
    protocolHandlers = {
      // @ts-expect-error: hush.
      __proto__: null,
      "data:": getDataProtocolModuleFormat,
      "file:": getFileProtocolModuleFormat,
      "http:": getHttpProtocolModuleFormat,
      "https:": getHttpProtocolModuleFormat,
      "node:"() {
        return "builtin";
      }
    };
    ({ ERR_INVALID_ARG_VALUE } = codes);
    DEFAULT_CONDITIONS = Object.freeze(["node", "import"]);
    DEFAULT_CONDITIONS_SET = new Set(DEFAULT_CONDITIONS);
    RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
    ({
      ERR_NETWORK_IMPORT_DISALLOWED,
      ERR_INVALID_MODULE_SPECIFIER,
      ERR_INVALID_PACKAGE_CONFIG: ERR_INVALID_PACKAGE_CONFIG2,
      ERR_INVALID_PACKAGE_TARGET,
      ERR_MODULE_NOT_FOUND,
      ERR_PACKAGE_IMPORT_NOT_DEFINED,
      ERR_PACKAGE_PATH_NOT_EXPORTED,
      ERR_UNSUPPORTED_DIR_IMPORT,
      ERR_UNSUPPORTED_RESOLVE_REQUEST
    } = codes);
    own2 = {}.hasOwnProperty;
    invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
    deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
    invalidPackageNameRegEx = /^\.|%|\\/;
    patternRegEx = /\*/g;
    encodedSeparatorRegEx = /%2f|%5c/i;
    emittedPackageWarnings = /* @__PURE__ */ new Set();
    doubleSlashRegEx = /[/\\]{2}/;
    import_from_file_default = importFromFile;
    require_from_file_default = requireFromFile;
    requireErrorCodesShouldBeIgnored = /* @__PURE__ */ new Set([
      "MODULE_NOT_FOUND",
      "ERR_REQUIRE_ESM",
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      "ERR_REQUIRE_ASYNC_MODULE"
    ]);
    load_external_config_default = loadExternalConfig;
    load_config_default = loadConfig;
    loadCache = /* @__PURE__ */ new Map();
    searchCache = /* @__PURE__ */ new Map();
    OPTION_CR2 = "cr";
    OPTION_CRLF2 = "crlf";
    OPTION_LF = "lf";
    DEFAULT_OPTION = OPTION_LF;
    CHARACTER_CR2 = "\r";
    CHARACTER_CRLF2 = "\r\n";
    CHARACTER_LF2 = "\n";
    DEFAULT_EOL2 = CHARACTER_LF2;
    regexps = /* @__PURE__ */ new Map([[CHARACTER_LF2, /\n/g], [CHARACTER_CR2, /\r/g], [CHARACTER_CRLF2, /\r\n/g]]);
    END_OF_LINE_REGEXP = /\r\n?/g;
    commentsPropertyInOptions = /* @__PURE__ */ Symbol.for("comments");
    at2 = /* @__PURE__ */ createMethodShim2("at", function() {
      if (Array.isArray(this) || typeof this === "string") {
        return stringOrArrayAt2;
      }
    });
    method_at_default2 = at2;
    noop2 = () => {
    };
    noop_default2 = noop2;
    DOC_TYPE_CURSOR2 = /** @type {const} */
    "cursor";
    DOC_TYPE_INDENT2 = /** @type {const} */
    "indent";
    DOC_TYPE_ALIGN2 = /** @type {const} */
    "align";
    DOC_TYPE_TRIM2 = /** @type {const} */
    "trim";
    DOC_TYPE_GROUP2 = /** @type {const} */
    "group";
    DOC_TYPE_FILL2 = /** @type {const} */
    "fill";
    DOC_TYPE_IF_BREAK2 = /** @type {const} */
    "if-break";
    DOC_TYPE_INDENT_IF_BREAK2 = /** @type {const} */
    "indent-if-break";
    DOC_TYPE_LINE_SUFFIX2 = /** @type {const} */
    "line-suffix";
    DOC_TYPE_LINE_SUFFIX_BOUNDARY2 = /** @type {const} */
    "line-suffix-boundary";
    DOC_TYPE_LINE2 = /** @type {const} */
    "line";
    DOC_TYPE_LABEL2 = /** @type {const} */
    "label";
    DOC_TYPE_BREAK_PARENT2 = /** @type {const} */
    "break-parent";
    emoji_regex_default2 = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
    fullwidthMinimalCodePoint2 = 12288;
    fullwidthMaximumCodePoint2 = 65510;
    fullwidthRanges2 = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint2 = 4352;
    wideMaximumCodePoint2 = 262141;
    wideRanges2 = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
    isInRange2 = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
    commonCjkCodePoint2 = 19968;
    [wideFastPathStart2, wideFastPathEnd2] = /* @__PURE__ */ findWideFastPathRange2(wideRanges2);
    isFullwidth2 = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint2 || codePoint > fullwidthMaximumCodePoint2) {
        return false;
      }
      return isInRange2(fullwidthRanges2, codePoint);
    };
    isWide2 = (codePoint) => {
      if (codePoint >= wideFastPathStart2 && codePoint <= wideFastPathEnd2) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint2 || codePoint > wideMaximumCodePoint2) {
        return false;
      }
      return isInRange2(wideRanges2, codePoint);
    };
    narrowEmojiRegexp2 = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
    isNarrowEmojiCharacter2 = (character) => narrowEmojiRegexp2.test(character);
    notAsciiRegex2 = /[^\x20-\x7F]/;
    zeroWidthMarkRegex2 = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
    get_string_width_default2 = getStringWidth2;
    get_alignment_size_default = getAlignmentSize;
    AstPath = class {
      constructor(value) {
        this.stack = [value];
      }
      /** @type {string | null} */
      get key() {
        const {
          stack: stack2,
          siblings
        } = this;
        return method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          stack2,
          siblings === null ? -2 : -4
        ) ?? null;
      }
      /** @type {number | null} */
      get index() {
        return this.siblings === null ? null : method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          this.stack,
          -2
        );
      }
      /** @type {object} */
      get node() {
        return method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          this.stack,
          -1
        );
      }
      /** @type {object | null} */
      get parent() {
        return this.getNode(1);
      }
      /** @type {object | null} */
      get grandparent() {
        return this.getNode(2);
      }
      /** @type {boolean} */
      get isInArray() {
        return this.siblings !== null;
      }
      /** @type {object[] | null} */
      get siblings() {
        const {
          stack: stack2
        } = this;
        const maybeArray = method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          stack2,
          -3
        );
        return Array.isArray(maybeArray) ? maybeArray : null;
      }
      /** @type {object | null} */
      get next() {
        const {
          siblings
        } = this;
        return siblings === null ? null : siblings[this.index + 1];
      }
      /** @type {object | null} */
      get previous() {
        const {
          siblings
        } = this;
        return siblings === null ? null : siblings[this.index - 1];
      }
      /** @type {boolean} */
      get isFirst() {
        return this.index === 0;
      }
      /** @type {boolean} */
      get isLast() {
        const {
          siblings,
          index
        } = this;
        return siblings !== null && index === siblings.length - 1;
      }
      /** @type {boolean} */
      get isRoot() {
        return this.stack.length === 1;
      }
      /** @type {object} */
      get root() {
        return this.stack[0];
      }
      /** @type {object[]} */
      get ancestors() {
        return [...this.#getAncestors()];
      }
      // The name of the current property is always the penultimate element of
      // this.stack, and always a string/number/symbol.
      getName() {
        const {
          stack: stack2
        } = this;
        const {
          length
        } = stack2;
        if (length > 1) {
          return method_at_default2(
            /* OPTIONAL_OBJECT: false */
            0,
            stack2,
            -2
          );
        }
        return null;
      }
      // The value of the current property is always the final element of
      // this.stack.
      getValue() {
        return method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          this.stack,
          -1
        );
      }
      getNode(count = 0) {
        const stackIndex = this.#getNodeStackIndex(count);
        return stackIndex === -1 ? null : this.stack[stackIndex];
      }
      getParentNode(count = 0) {
        return this.getNode(count + 1);
      }
      #getNodeStackIndex(count) {
        const {
          stack: stack2
        } = this;
        for (let i = stack2.length - 1; i >= 0; i -= 2) {
          if (!Array.isArray(stack2[i]) && --count < 0) {
            return i;
          }
        }
        return -1;
      }
      // Temporarily push properties named by string arguments given after the
      // callback function onto this.stack, then call the callback with a
      // reference to this (modified) AstPath object. Note that the stack will
      // be restored to its original state after the callback is finished, so it
      // is probably a mistake to retain a reference to the path.
      call(callback, ...names) {
        const {
          stack: stack2
        } = this;
        const {
          length
        } = stack2;
        let value = method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          stack2,
          -1
        );
        for (const name of names) {
          value = value?.[name];
          stack2.push(name, value);
        }
        try {
          return callback(this);
        } finally {
          stack2.length = length;
        }
      }
      /**
       * @template {(path: AstPath) => any} T
       * @param {T} callback
       * @param {number} [count=0]
       * @returns {ReturnType<T>}
       */
      callParent(callback, count = 0) {
        const stackIndex = this.#getNodeStackIndex(count + 1);
        const parentValues = this.stack.splice(stackIndex + 1);
        try {
          return callback(this);
        } finally {
          this.stack.push(...parentValues);
        }
      }
      // Similar to AstPath.prototype.call, except that the value obtained by
      // accessing this.getValue()[name1][name2]... should be array. The
      // callback will be called with a reference to this path object for each
      // element of the array.
      each(callback, ...names) {
        const {
          stack: stack2
        } = this;
        const {
          length
        } = stack2;
        let value = method_at_default2(
          /* OPTIONAL_OBJECT: false */
          0,
          stack2,
          -1
        );
        for (const name of names) {
          value = value[name];
          stack2.push(name, value);
        }
        try {
          for (let i = 0; i < value.length; ++i) {
            stack2.push(i, value[i]);
            callback(this, i, value);
            stack2.length -= 2;
          }
        } finally {
          stack2.length = length;
        }
      }
      // Similar to AstPath.prototype.each, except that the results of the
      // callback function invocations are stored in an array and returned at
      // the end of the iteration.
      map(callback, ...names) {
        const result = [];
        this.each((path17, index, value) => {
          result[index] = callback(path17, index, value);
        }, ...names);
        return result;
      }
      /**
       * @param {...(
       *   | ((node: any, name: string | null, number: number | null) => boolean)
       *   | undefined
       * )} predicates
       */
      match(...predicates) {
        let stackPointer = this.stack.length - 1;
        let name = null;
        let node = this.stack[stackPointer--];
        for (const predicate of predicates) {
          if (node === void 0) {
            return false;
          }
          let number = null;
          if (typeof name === "number") {
            number = name;
            name = this.stack[stackPointer--];
            node = this.stack[stackPointer--];
          }
          if (predicate && !predicate(node, name, number)) {
            return false;
          }
          name = this.stack[stackPointer--];
          node = this.stack[stackPointer--];
        }
        return true;
      }
      /**
       * Traverses the ancestors of the current node heading toward the tree root
       * until it finds a node that matches the provided predicate function. Will
       * return the first matching ancestor. If no such node exists, returns undefined.
       * @param {(node: any) => boolean} predicate
       * @internal Unstable API. Don't use in plugins for now.
       */
      findAncestor(predicate) {
        for (const node of this.#getAncestors()) {
          if (predicate(node)) {
            return node;
          }
        }
      }
      /**
       * Traverses the ancestors of the current node heading toward the tree root
       * until it finds a node that matches the provided predicate function.
       * returns true if matched node found.
       * @param {(node: any) => boolean} predicate
       * @returns {boolean}
       * @internal Unstable API. Don't use in plugins for now.
       */
      hasAncestor(predicate) {
        for (const node of this.#getAncestors()) {
          if (predicate(node)) {
            return true;
          }
        }
        return false;
      }
      *#getAncestors() {
        const {
          stack: stack2
        } = this;
        for (let index = stack2.length - 3; index >= 0; index -= 2) {
          const value = stack2[index];
          if (!Array.isArray(value)) {
            yield value;
          }
        }
      }
    };
    ast_path_default = AstPath;
    is_non_empty_array_default = isNonEmptyArray;
    is_object_default = isObject;
    skipWhitespace = skip(/\s/);
    skipSpaces = skip(" 	");
    skipToLineEnd = skip(",; 	");
    skipEverythingButNewLine = skip(/[^\n\r]/);
    isNewlineCharacter = (character) => character === "\n" || character === "\r" || character === "\u2028" || character === "\u2029";
    skip_newline_default = skipNewline;
    has_newline_default = hasNewline;
    get_sorted_child_nodes_default = getSortedChildNodes;
    childNodesCache = /* @__PURE__ */ new WeakMap();
    returnFalse = () => false;
    isAllEmptyAndNoLineBreak = (text) => !/[\S\n\u2028\u2029]/.test(text);
    is_previous_line_empty_default = isPreviousLineEmpty;
    ({
      breakParent: breakParent2,
      hardline: hardline2,
      indent: indent2,
      line: line22,
      lineSuffix: lineSuffix2
    } = builders);
    returnTrue = () => true;
    create_print_pre_check_function_default = true ? () => noop_default2 : createPrintPreCheckFunction;
    core_options_evaluate_default = {
      "checkIgnorePragma": {
        "category": "Special",
        "type": "boolean",
        "default": false,
        "description": "Check whether the file's first docblock comment contains '@noprettier' or '@noformat' to determine if it should be formatted.",
        "cliCategory": "Other"
      },
      "cursorOffset": {
        "category": "Special",
        "type": "int",
        "default": -1,
        "range": {
          "start": -1,
          "end": Infinity,
          "step": 1
        },
        "description": "Print (to stderr) where a cursor at the given position would move to after formatting.",
        "cliCategory": "Editor"
      },
      "endOfLine": {
        "category": "Global",
        "type": "choice",
        "default": "lf",
        "description": "Which end of line characters to apply.",
        "choices": [
          {
            "value": "lf",
            "description": "Line Feed only (\\n), common on Linux and macOS as well as inside git repos"
          },
          {
            "value": "crlf",
            "description": "Carriage Return + Line Feed characters (\\r\\n), common on Windows"
          },
          {
            "value": "cr",
            "description": "Carriage Return character only (\\r), used very rarely"
          },
          {
            "value": "auto",
            "description": "Maintain existing\n(mixed values within one file are normalised by looking at what's used after the first line)"
          }
        ]
      },
      "filepath": {
        "category": "Special",
        "type": "path",
        "description": "Specify the input filepath. This will be used to do parser inference.",
        "cliName": "stdin-filepath",
        "cliCategory": "Other",
        "cliDescription": "Path to the file to pretend that stdin comes from."
      },
      "insertPragma": {
        "category": "Special",
        "type": "boolean",
        "default": false,
        "description": "Insert @format pragma into file's first docblock comment.",
        "cliCategory": "Other"
      },
      "parser": {
        "category": "Global",
        "type": "choice",
        "default": void 0,
        "description": "Which parser to use.",
        "exception": (value) => typeof value === "string" || typeof value === "function",
        "choices": [
          {
            "value": "flow",
            "description": "Flow"
          },
          {
            "value": "babel",
            "description": "JavaScript"
          },
          {
            "value": "babel-flow",
            "description": "Flow"
          },
          {
            "value": "babel-ts",
            "description": "TypeScript"
          },
          {
            "value": "typescript",
            "description": "TypeScript"
          },
          {
            "value": "acorn",
            "description": "JavaScript"
          },
          {
            "value": "espree",
            "description": "JavaScript"
          },
          {
            "value": "meriyah",
            "description": "JavaScript"
          },
          {
            "value": "css",
            "description": "CSS"
          },
          {
            "value": "less",
            "description": "Less"
          },
          {
            "value": "scss",
            "description": "SCSS"
          },
          {
            "value": "json",
            "description": "JSON"
          },
          {
            "value": "json5",
            "description": "JSON5"
          },
          {
            "value": "jsonc",
            "description": "JSON with Comments"
          },
          {
            "value": "json-stringify",
            "description": "JSON.stringify"
          },
          {
            "value": "graphql",
            "description": "GraphQL"
          },
          {
            "value": "markdown",
            "description": "Markdown"
          },
          {
            "value": "mdx",
            "description": "MDX"
          },
          {
            "value": "vue",
            "description": "Vue"
          },
          {
            "value": "yaml",
            "description": "YAML"
          },
          {
            "value": "glimmer",
            "description": "Ember / Handlebars"
          },
          {
            "value": "html",
            "description": "HTML"
          },
          {
            "value": "angular",
            "description": "Angular"
          },
          {
            "value": "lwc",
            "description": "Lightning Web Components"
          },
          {
            "value": "mjml",
            "description": "MJML"
          }
        ]
      },
      "plugins": {
        "type": "path",
        "array": true,
        "default": [
          {
            "value": []
          }
        ],
        "category": "Global",
        "description": "Add a plugin. Multiple plugins can be passed as separate `--plugin`s.",
        "exception": (value) => typeof value === "string" || typeof value === "object",
        "cliName": "plugin",
        "cliCategory": "Config"
      },
      "printWidth": {
        "category": "Global",
        "type": "int",
        "default": 80,
        "description": "The line length where Prettier will try wrap.",
        "range": {
          "start": 0,
          "end": Infinity,
          "step": 1
        }
      },
      "rangeEnd": {
        "category": "Special",
        "type": "int",
        "default": Infinity,
        "range": {
          "start": 0,
          "end": Infinity,
          "step": 1
        },
        "description": "Format code ending at a given character offset (exclusive).\nThe range will extend forwards to the end of the selected statement.",
        "cliCategory": "Editor"
      },
      "rangeStart": {
        "category": "Special",
        "type": "int",
        "default": 0,
        "range": {
          "start": 0,
          "end": Infinity,
          "step": 1
        },
        "description": "Format code starting at a given character offset.\nThe range will extend backwards to the start of the first line containing the selected statement.",
        "cliCategory": "Editor"
      },
      "requirePragma": {
        "category": "Special",
        "type": "boolean",
        "default": false,
        "description": "Require either '@prettier' or '@format' to be present in the file's first docblock comment in order for it to be formatted.",
        "cliCategory": "Other"
      },
      "tabWidth": {
        "type": "int",
        "category": "Global",
        "default": 2,
        "description": "Number of spaces per indentation level.",
        "range": {
          "start": 0,
          "end": Infinity,
          "step": 1
        }
      },
      "useTabs": {
        "category": "Global",
        "type": "boolean",
        "default": false,
        "description": "Indent with tabs instead of spaces."
      },
      "embeddedLanguageFormatting": {
        "category": "Global",
        "type": "choice",
        "default": "auto",
        "description": "Control how Prettier formats quoted code embedded in the file.",
        "choices": [
          {
            "value": "auto",
            "description": "Format embedded code if Prettier can automatically identify it."
          },
          {
            "value": "off",
            "description": "Never automatically format embedded code."
          }
        ]
      }
    };
    arrayToReversed = Array.prototype.toReversed ?? function() {
      return [...this].reverse();
    };
    toReversed = /* @__PURE__ */ createMethodShim2("toReversed", function() {
      if (Array.isArray(this)) {
        return arrayToReversed;
      }
    });
    method_to_reversed_default = toReversed;
    LF = 10;
    CR = 13;
    STDIN_FD = 0;
    LineByLine = class {
      constructor(file, options7) {
        options7 = options7 || {};
        if (!options7.readChunk) options7.readChunk = 1024;
        if (typeof file === "number") {
          this.fd = file;
        } else {
          this.fd = fs5.openSync(file, "r");
        }
        this.options = options7;
        this.isStdin = this.fd === STDIN_FD;
        this.reset();
      }
      _searchInBuffer(buffer2) {
        for (let i = 0; i < buffer2.length; i++) {
          const byte = buffer2[i];
          if (byte === LF || byte === CR) {
            return i;
          }
        }
        return -1;
      }
      reset() {
        this.eofReached = false;
        this.linesCache = [];
        this.fdPosition = 0;
        this.lastChunkEndedWithCR = false;
        this.lineIsComplete = false;
      }
      close() {
        if (!this.isStdin) {
          fs5.closeSync(this.fd);
        }
        this.fd = null;
      }
      _extractLines(buffer2, isEof) {
        const lines = [];
        let lineStart = 0;
        if (this.lastChunkEndedWithCR && buffer2.length > 0 && buffer2[0] === LF) {
          lineStart = 1;
        }
        this.lastChunkEndedWithCR = false;
        this.lineIsComplete = false;
        for (let i = lineStart; i < buffer2.length; i++) {
          const byte = buffer2[i];
          if (byte === LF) {
            lines.push(buffer2.slice(lineStart, i));
            lineStart = i + 1;
          } else if (byte === CR) {
            const lineEnd = i;
            if (i + 1 >= buffer2.length) {
              if (!isEof) {
                this.lastChunkEndedWithCR = true;
              }
              lines.push(buffer2.slice(lineStart, lineEnd));
              lineStart = i + 1;
            } else if (buffer2[i + 1] === LF) {
              lines.push(buffer2.slice(lineStart, lineEnd));
              i++;
              lineStart = i + 1;
            } else {
              lines.push(buffer2.slice(lineStart, lineEnd));
              lineStart = i + 1;
            }
          }
        }
        if (lineStart < buffer2.length) {
          lines.push(buffer2.slice(lineStart));
        } else if (lineStart === buffer2.length) {
          this.lineIsComplete = true;
        }
        return lines;
      }
      _readChunk(lineLeftovers) {
        let totalBytesRead = 0;
        let bytesRead;
        const buffers = [];
        do {
          const readBuffer = Buffer.alloc(this.options.readChunk);
          const position = this.isStdin ? null : this.fdPosition;
          bytesRead = fs5.readSync(this.fd, readBuffer, 0, this.options.readChunk, position);
          totalBytesRead = totalBytesRead + bytesRead;
          this.fdPosition = this.fdPosition + bytesRead;
          buffers.push(readBuffer);
        } while (bytesRead && this._searchInBuffer(buffers[buffers.length - 1]) === -1);
        let bufferData = Buffer.concat(buffers);
        if (bytesRead < this.options.readChunk) {
          this.eofReached = true;
          bufferData = bufferData.slice(0, totalBytesRead);
        }
        if (totalBytesRead) {
          this.linesCache = this._extractLines(bufferData, this.eofReached);
          if (lineLeftovers) {
            if (this.linesCache.length > 0) {
              this.linesCache[0] = Buffer.concat([lineLeftovers, this.linesCache[0]]);
            } else {
              this.linesCache.push(lineLeftovers);
            }
          }
        }
        return totalBytesRead;
      }
      next() {
        if (this.fd === null) return null;
        let line3 = null;
        if (this.eofReached && this.linesCache.length === 0) {
          return line3;
        }
        let bytesRead;
        if (!this.linesCache.length) {
          bytesRead = this._readChunk();
        }
        if (this.linesCache.length) {
          line3 = this.linesCache.shift();
          if (!this.eofReached && !this.lineIsComplete && this.linesCache.length === 0) {
            bytesRead = this._readChunk(line3);
            if (bytesRead && this.linesCache.length) {
              line3 = this.linesCache.shift();
            }
          }
        }
        if (this.eofReached && this.linesCache.length === 0) {
          this.close();
        }
        return line3;
      }
      /**
       * Returns true if the last line has been read and there are no more lines.
       * @returns {boolean}
       */
      isLast() {
        return this.fd === null || this.eofReached && this.linesCache.length === 0;
      }
    };
    readlines_default = LineByLine;
    get_interpreter_default = getInterpreter;
    getFileBasename = (file) => {
      try {
        return path13.basename(toPath(file));
      } catch {
        return "";
      }
    };
    getLanguageByInterpreter = false ? void 0 : getLanguageByInterpreterNodejs;
    infer_parser_default = inferParser;
    normalize_options_default = normalizeOptions;
    arrayFindLast = Array.prototype.findLast ?? function(callback) {
      for (let index = this.length - 1; index >= 0; index--) {
        const element = this[index];
        if (callback(element, index, this)) {
          return element;
        }
      }
    };
    findLast = /* @__PURE__ */ createMethodShim2("findLast", function() {
      if (Array.isArray(this)) {
        return arrayFindLast;
      }
    });
    method_find_last_default = findLast;
    FRONT_MATTER_MARK = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
    FRONT_MATTER_VISITOR_KEYS = [];
    is_front_matter_default = isFrontMatter;
    ({
      hardline: hardline22,
      markAsRoot: markAsRoot2
    } = builders);
    SUPPORTED_EMBED_LANGUAGES = /* @__PURE__ */ new Set(["yaml", "toml"]);
    isEmbedFrontMatter = ({
      node
    }) => is_front_matter_default(node) && SUPPORTED_EMBED_LANGUAGES.has(node.language);
    clean_default = clean;
    print_default = printFrontMatter;
    nonTraversableKeys = /* @__PURE__ */ new Set([
      "tokens",
      "comments",
      "parent",
      "enclosingNode",
      "precedingNode",
      "followingNode"
    ]);
    defaultGetVisitorKeys = (node) => Object.keys(node).filter((key2) => !nonTraversableKeys.has(key2));
    create_get_visitor_keys_function_default = createGetVisitorKeysFunction;
    normalizedPrinters = /* @__PURE__ */ new WeakMap();
    PRINTER_FRONT_MATTER_SUPPORT_FEATURES = ["clean", "embed", "print"];
    PRINTER_FRONT_MATTER_SUPPORT_OFF = Object.fromEntries(PRINTER_FRONT_MATTER_SUPPORT_FEATURES.map((feature) => [feature, false]));
    formatOptionsHiddenDefaults = {
      astFormat: "estree",
      printer: {},
      originalText: void 0,
      locStart: null,
      locEnd: null,
      getVisitorKeys: null
    };
    normalize_format_options_default = normalizeFormatOptions;
    parse_default = parse7;
    ({
      stripTrailingHardline: stripTrailingHardline2
    } = utils);
    print_ignored_default = printIgnored;
    ({
      cursor: cursor2
    } = builders);
    get_cursor_node_default = getCursorLocation;
    massage_ast_default = massageAst;
    arrayFindLastIndex = Array.prototype.findLastIndex ?? function(callback) {
      for (let index = this.length - 1; index >= 0; index--) {
        const element = this[index];
        if (callback(element, index, this)) {
          return index;
        }
      }
      return -1;
    };
    findLastIndex = /* @__PURE__ */ createMethodShim2(
      "findLastIndex",
      function() {
        if (Array.isArray(this)) {
          return arrayFindLastIndex;
        }
      }
    );
    method_find_last_index_default = findLastIndex;
    isBinaryCastExpression = createTypeCheckFunction([
      // TS
      "TSAsExpression",
      "TSSatisfiesExpression",
      // Flow
      "AsExpression",
      "AsConstExpression",
      "SatisfiesExpression"
    ]);
    isSatisfiesExpression = createTypeCheckFunction([
      "SatisfiesExpression",
      "TSSatisfiesExpression"
    ]);
    isUnionType = createTypeCheckFunction([
      "TSUnionType",
      "UnionTypeAnnotation"
    ]);
    isIntersectionType = createTypeCheckFunction([
      "TSIntersectionType",
      "IntersectionTypeAnnotation"
    ]);
    isTupleType = createTypeCheckFunction([
      "TupleTypeAnnotation",
      "TSTupleType"
    ]);
    isConditionalType = createTypeCheckFunction([
      "TSConditionalType",
      "ConditionalTypeAnnotation"
    ]);
    isTemplateLiteralType = createTypeCheckFunction([
      "TSTemplateLiteralType",
      "TemplateLiteralTypeAnnotation"
    ]);
    isImportType = createTypeCheckFunction([
      "TSImportType",
      "ImportType"
    ]);
    isExternalModuleReference = createTypeCheckFunction([
      "TSExternalModuleReference",
      "ExternalModuleReference"
    ]);
    isTypeAlias = createTypeCheckFunction([
      "TSTypeAliasDeclaration",
      "TypeAlias"
    ]);
    isReturnOrThrowStatement = createTypeCheckFunction([
      "ReturnStatement",
      "ThrowStatement"
    ]);
    isUnaryLikeNode = createTypeCheckFunction([
      "ReturnStatement",
      "ThrowStatement",
      "YieldExpression",
      "UnaryExpression"
    ]);
    isExportDeclaration = createTypeCheckFunction([
      "ExportDefaultDeclaration",
      "DeclareExportDeclaration",
      "ExportNamedDeclaration",
      "ExportAllDeclaration",
      "DeclareExportAllDeclaration"
    ]);
    isExportAssignment = createTypeCheckFunction([
      "TSExportAssignment",
      "ExportAssignment"
    ]);
    isAbstractMethodDefinition = createTypeCheckFunction([
      "AbstractMethodDefinition",
      "TSAbstractMethodDefinition"
    ]);
    isAbstractPropertyDefinition = createTypeCheckFunction([
      "AbstractPropertyDefinition",
      "TSAbstractPropertyDefinition"
    ]);
    isParameterProperty = createTypeCheckFunction([
      "TSParameterProperty",
      "ParameterProperty"
    ]);
    isNonNullExpression = createTypeCheckFunction([
      "TSNonNullExpression",
      "NonNullExpression"
    ]);
    isArrayExpression = createTypeCheckFunction(["ArrayExpression"]);
    isObjectExpression = createTypeCheckFunction(["ObjectExpression"]);
    isLiteral = createTypeCheckFunction([
      "Literal",
      "BooleanLiteral",
      "BigIntLiteral",
      // Babel, flow use `BigIntLiteral` too
      "DirectiveLiteral",
      "NullLiteral",
      "NumericLiteral",
      "RegExpLiteral",
      "StringLiteral"
    ]);
    isObjectType = createTypeCheckFunction([
      "ObjectTypeAnnotation",
      "TSTypeLiteral",
      "TSMappedType"
    ]);
    isFunctionOrArrowExpression = createTypeCheckFunction([
      "FunctionExpression",
      "ArrowFunctionExpression"
    ]);
    isJsxElement = createTypeCheckFunction([
      "JSXElement",
      "JSXFragment"
    ]);
    isBinaryish = createTypeCheckFunction([
      "BinaryExpression",
      "LogicalExpression",
      "NGPipeExpression"
    ]);
    isCallExpression = createTypeCheckFunction([
      "CallExpression",
      "OptionalCallExpression"
    ]);
    isMemberExpression = createTypeCheckFunction([
      "MemberExpression",
      "OptionalMemberExpression"
    ]);
    isCallOrNewExpression = createTypeCheckFunction([
      "CallExpression",
      "OptionalCallExpression",
      "NewExpression"
    ]);
    isCallLikeExpression = createTypeCheckFunction([
      "CallExpression",
      "OptionalCallExpression",
      "NewExpression",
      "ImportExpression"
    ]);
    isChainElementWrapper = createTypeCheckFunction([
      "ChainExpression",
      "TSNonNullExpression",
      "NonNullExpression"
    ]);
    isArrayType = createTypeCheckFunction([
      "TSArrayType",
      "ArrayTypeAnnotation"
    ]);
    isTypeParameterInstantiation = createTypeCheckFunction([
      "TSTypeParameterInstantiation",
      "TypeParameterInstantiation"
    ]);
    isTypeAnnotation = createTypeCheckFunction([
      "TSTypeAnnotation",
      "TypeAnnotation"
    ]);
    isModuleDeclaration = createTypeCheckFunction([
      "TSModuleDeclaration",
      "DeclareModule",
      "DeclareNamespace"
    ]);
    isConstructorType = createTypeCheckFunction([
      "TSConstructorType",
      "ConstructorTypeAnnotation"
    ]);
    isClass = createTypeCheckFunction([
      "ClassDeclaration",
      "ClassExpression"
    ]);
    isNamespaceSpecifier = createTypeCheckFunction([
      "ImportNamespaceSpecifier",
      "ExportNamespaceSpecifier"
    ]);
    isEnumDeclaration = createTypeCheckFunction([
      "TSEnumDeclaration",
      "EnumDeclaration",
      "DeclareEnum"
    ]);
    isEnumBody = createTypeCheckFunction(["TSEnumBody", "EnumBody"]);
    jsonSourceElements = /* @__PURE__ */ new Set(["JsonRoot", "ObjectExpression", "ArrayExpression", "StringLiteral", "NumericLiteral", "BooleanLiteral", "NullLiteral", "UnaryExpression", "TemplateLiteral"]);
    graphqlSourceElements = /* @__PURE__ */ new Set(["OperationDefinition", "FragmentDefinition", "VariableDefinition", "TypeExtensionDefinition", "ObjectTypeDefinition", "FieldDefinition", "DirectiveDefinition", "EnumTypeDefinition", "EnumValueDefinition", "InputValueDefinition", "InputObjectTypeDefinition", "SchemaDefinition", "OperationTypeDefinition", "InterfaceTypeDefinition", "UnionTypeDefinition", "ScalarTypeDefinition"]);
    ({
      addAlignmentToDoc: addAlignmentToDoc2,
      hardline: hardline3
    } = builders);
    ({
      printDocToString: printDocToStringWithoutNormalizeOptions
    } = printer);
    CURSOR = /* @__PURE__ */ Symbol("cursor");
    option_categories_exports = {};
    __export3(option_categories_exports, {
      CATEGORY_CONFIG: () => CATEGORY_CONFIG,
      CATEGORY_EDITOR: () => CATEGORY_EDITOR,
      CATEGORY_FORMAT: () => CATEGORY_FORMAT,
      CATEGORY_GLOBAL: () => CATEGORY_GLOBAL,
      CATEGORY_OTHER: () => CATEGORY_OTHER,
      CATEGORY_OUTPUT: () => CATEGORY_OUTPUT,
      CATEGORY_SPECIAL: () => CATEGORY_SPECIAL
    });
    CATEGORY_CONFIG = "Config";
    CATEGORY_EDITOR = "Editor";
    CATEGORY_FORMAT = "Format";
    CATEGORY_OTHER = "Other";
    CATEGORY_OUTPUT = "Output";
    CATEGORY_GLOBAL = "Global";
    CATEGORY_SPECIAL = "Special";
    loadBuiltinPluginsWithoutCache = true ? async () => (await Promise.resolve().then(() => (init_production_plugins(), production_plugins_exports))).plugins : async () => (await null).plugins;
    load_builtin_plugins_default = loadBuiltinPlugins;
    import_from_directory_default = importFromDirectory;
    cache4 = /* @__PURE__ */ new Map();
    load_plugins_default = loadPlugins;
    import_ignore = __toESM(require_ignore(), 1);
    slash = path16.sep === "\\" ? (filePath) => method_replace_all_default2(
      /* OPTIONAL_OBJECT: false */
      0,
      filePath,
      "\\",
      "/"
    ) : (filePath) => filePath;
    object_omit_default = omit;
    get_file_info_default = getFileInfo;
    version_evaluate_default = "3.10.1";
    public_exports2 = {};
    __export3(public_exports2, {
      addDanglingComment: () => addDanglingComment,
      addLeadingComment: () => addLeadingComment,
      addTrailingComment: () => addTrailingComment,
      getAlignmentSize: () => get_alignment_size_default,
      getIndentSize: () => get_indent_size_default,
      getMaxContinuousCount: () => get_max_continuous_count_default,
      getNextNonSpaceNonCommentCharacter: () => get_next_non_space_non_comment_character_default,
      getNextNonSpaceNonCommentCharacterIndex: () => getNextNonSpaceNonCommentCharacterIndex2,
      getPreferredQuote: () => getPreferredQuote,
      getStringWidth: () => get_string_width_default2,
      hasNewline: () => has_newline_default,
      hasNewlineInRange: () => has_newline_in_range_default,
      hasSpaces: () => has_spaces_default,
      isNextLineEmpty: () => isNextLineEmpty2,
      isNextLineEmptyAfterIndex: () => is_next_line_empty_default,
      isPreviousLineEmpty: () => isPreviousLineEmpty2,
      makeString: () => makeString,
      skip: () => skip,
      skipEverythingButNewLine: () => skipEverythingButNewLine,
      skipInlineComment: () => skip_inline_comment_default,
      skipNewline: () => skip_newline_default,
      skipSpaces: () => skipSpaces,
      skipToLineEnd: () => skipToLineEnd,
      skipTrailingComment: () => skip_trailing_comment_default,
      skipWhitespace: () => skipWhitespace
    });
    skip_inline_comment_default = skipInlineComment;
    skip_trailing_comment_default = skipTrailingComment;
    get_next_non_space_non_comment_character_index_default = getNextNonSpaceNonCommentCharacterIndex;
    is_next_line_empty_default = isNextLineEmpty;
    get_indent_size_default = getIndentSize;
    get_max_continuous_count_default = getMaxContinuousCount;
    get_next_non_space_non_comment_character_default = getNextNonSpaceNonCommentCharacter;
    SINGLE_QUOTE = "'";
    DOUBLE_QUOTE = '"';
    SINGLE_QUOTE_DATA = Object.freeze({
      character: SINGLE_QUOTE,
      codePoint: 39
    });
    DOUBLE_QUOTE_DATA = Object.freeze({
      character: DOUBLE_QUOTE,
      codePoint: 34
    });
    SINGLE_QUOTE_SETTINGS = Object.freeze({
      preferred: SINGLE_QUOTE_DATA,
      alternate: DOUBLE_QUOTE_DATA
    });
    DOUBLE_QUOTE_SETTINGS = Object.freeze({
      preferred: DOUBLE_QUOTE_DATA,
      alternate: SINGLE_QUOTE_DATA
    });
    has_newline_in_range_default = hasNewlineInRange;
    has_spaces_default = hasSpaces;
    formatWithCursor2 = withPlugins(formatWithCursor);
    getSupportInfo2 = withPlugins(getSupportInfo, 0);
    inferParser2 = withPlugins(
      (file, options7) => infer_parser_default(options7, { physicalFile: file })
    );
    sharedWithCli = {
      errors: errors_exports,
      optionCategories: option_categories_exports,
      createIsIgnoredFunction,
      formatOptionsHiddenDefaults,
      normalizeOptions: normalize_options_default,
      getSupportInfoWithoutPlugins: getSupportInfo,
      normalizeOptionSettings,
      inferParser: (file, options7) => Promise.resolve(options7?.parser ?? inferParser2(file, options7)),
      vnopts: {
        ChoiceSchema,
        apiDescriptor
      },
      fastGlob: import_fast_glob.default,
      createTwoFilesPatch,
      picocolors: import_picocolors4.default,
      closetLevenshteinMatch: closestMatch,
      utilities: {
        omit: object_omit_default,
        createMockable: create_mockable_default,
        getOrInsertComputed: getOrInsertComputed2
      }
    };
    debugApis = {
      parse: withPlugins(parse8),
      formatAST: withPlugins(formatAst),
      formatDoc: withPlugins(formatDoc),
      printToDoc: withPlugins(printToDoc),
      printDocToString: withPlugins(printDocToString2),
      // Exposed for tests
      mockable
    };
  }
});
init_prettier();
export {
  debugApis as __debug,
  sharedWithCli as __internal,
  check,
  clearCache3 as clearConfigCache,
  index_exports as default,
  doc_exports as doc,
  format2 as format,
  formatWithCursor2 as formatWithCursor,
  get_file_info_default as getFileInfo,
  getSupportInfo2 as getSupportInfo,
  resolveConfig,
  resolveConfigFile,
  public_exports2 as util,
  version_evaluate_default as version
};
