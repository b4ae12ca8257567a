import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  hasReportMarker
} from "./chunk-BNZRH5ZJ.js";
import {
  external_exports
} from "./chunk-6BKRNGNI.js";

// src/action/event.ts
var ACTIONS_BOT = { login: "github-actions[bot]" };
var UserSchema = external_exports.object({ login: external_exports.string(), type: external_exports.string() });
var CommentSchema = external_exports.object({ id: external_exports.number(), body: external_exports.string().nullable(), user: UserSchema, html_url: external_exports.string() });
var IssueCommentEvent = external_exports.object({
  action: external_exports.string(),
  comment: CommentSchema,
  issue: external_exports.object({ number: external_exports.number() })
});
var ReviewCommentEvent = external_exports.object({
  action: external_exports.string(),
  comment: CommentSchema,
  pull_request: external_exports.object({ number: external_exports.number() })
});
var PullRequestEvent = external_exports.object({ pull_request: external_exports.object({ number: external_exports.number() }) });
var RepositoryDispatchEvent = external_exports.object({ client_payload: external_exports.object({ task: external_exports.string().optional() }).loose().nullish() });
function resolveTrigger(eventName, payload, inputs, self = ACTIONS_BOT) {
  switch (eventName) {
    case "issue_comment": {
      const event = IssueCommentEvent.parse(payload);
      const target = { issue_number: event.issue.number };
      return commentTrigger(event.action, event.comment, "issue", target, inputs, self);
    }
    case "pull_request_review_comment": {
      const event = ReviewCommentEvent.parse(payload);
      const target = { issue_number: event.pull_request.number };
      return commentTrigger(event.action, event.comment, "review", target, inputs, self);
    }
    case "pull_request":
    case "pull_request_target": {
      const event = PullRequestEvent.parse(payload);
      return inputTrigger(eventName, inputs.task, { issue_number: event.pull_request.number });
    }
    case "repository_dispatch": {
      const task = RepositoryDispatchEvent.parse(payload).client_payload?.task?.trim();
      if (task) return { kind: "run", task, target: inputTarget(inputs), comment: null };
      return inputTrigger(eventName, inputs.task, inputTarget(inputs));
    }
    default:
      return inputTrigger(eventName, inputs.task, inputTarget(inputs));
  }
}
function commentTrigger(action, comment, kind, target, inputs, self) {
  const body = comment.body ?? "";
  if (action !== "created") return { kind: "ignore", reason: `Comment was ${action}, not created.` };
  if (hasReportMarker(body) && (comment.user.login === self.login || comment.user.type === "Bot")) {
    return { kind: "ignore", reason: "Comment was written by this action." };
  }
  const task = taskAfterPhrase(body, inputs.trigger_phrase);
  if (task === null) return { kind: "ignore", reason: `Comment does not start with ${inputs.trigger_phrase}.` };
  const triggerComment = { id: comment.id, kind, author: comment.user, html_url: comment.html_url };
  if (!task) return { kind: "usage", reason: `No task after ${inputs.trigger_phrase}.`, target, comment: triggerComment };
  const approval = /^approve(?:\s+([0-9a-f]{12}))?(?:\s+(again|all))?$/i.exec(task);
  if (approval) {
    const hash = approval[1]?.toLowerCase() ?? null;
    const word = approval[2]?.toLowerCase();
    return { kind: "approve", hash, again: word === "again", all: word === "all", target, comment: triggerComment };
  }
  const rejection = /^reject(?:\s+([0-9a-f]{12}))?$/i.exec(task);
  if (rejection) return { kind: "reject", hash: rejection[1]?.toLowerCase() ?? null, target, comment: triggerComment };
  const save = /^save(?:\s+(.*))?$/is.exec(task);
  if (save) return { kind: "save", name: save[1]?.trim() ?? "", target, comment: triggerComment };
  return { kind: "run", task, target, comment: triggerComment };
}
function taskAfterPhrase(body, phrase) {
  const text = body.trimStart();
  if (!text.startsWith(phrase)) return null;
  const rest = text.slice(phrase.length);
  if (rest !== "" && !/^\s/.test(rest)) return null;
  return rest.trim();
}
function inputTarget(inputs) {
  return inputs.issue_number === null ? null : { issue_number: inputs.issue_number };
}
function inputTrigger(eventName, task, target) {
  if (!task)
    return { kind: "usage", reason: `Input required and not supplied: task (needed for ${eventName} events).`, target, comment: null };
  return { kind: "run", task, target, comment: null };
}

export {
  ACTIONS_BOT,
  resolveTrigger
};
