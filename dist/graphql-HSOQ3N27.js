import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/graphql.mjs
function Le(e2, t, n) {
  if (!e2.has(t)) {
    let r = n(t);
    e2.set(t, r);
  }
  return e2.get(t);
}
function E(e2) {
  return k(e2), { type: Ce, contents: e2 };
}
function S(e2, t = {}) {
  return k(e2), z(t.expandedStates, true), { type: ve, id: t.id, contents: e2, break: !!t.shouldBreak, expandedStates: t.expandedStates };
}
function O(e2, t = "", n = {}) {
  return k(e2), t !== "" && k(t), { type: ke, breakContents: e2, flatContents: t, groupId: n.groupId };
}
function m(e2, t) {
  k(e2), z(t);
  let n = [];
  for (let r = 0; r < t.length; r++) r !== 0 && n.push(e2), n.push(t[r]);
  return n;
}
function Z(e2) {
  return (t, n, r) => {
    if (n === false) return false;
    let i = !!r?.backwards, { length: s } = t, a = n;
    for (; a >= 0 && a < s; ) {
      let p = t.charAt(a);
      if (e2 instanceof RegExp) {
        if (!e2.test(p)) return a;
      } else if (!e2.includes(p)) return a;
      i ? a-- : a++;
    }
    return a === -1 || a === s ? a : false;
  };
}
function Ct(e2, t, n) {
  if (t === false) return false;
  let r = !!n?.backwards, i = e2.charAt(t);
  if (r) {
    if (e2.charAt(t - 1) === "\r" && i === `
`) return t - 2;
    if (Pe(i)) return t - 1;
  } else {
    if (i === "\r" && e2.charAt(t + 1) === `
`) return t + 2;
    if (Pe(i)) return t + 1;
  }
  return t;
}
function vt(e2, t, n = {}) {
  let r = b(e2, n.backwards ? t - 1 : t, n), i = F(e2, r, n);
  return r !== i;
}
function kt(e2, t) {
  let n = t - 1;
  n = b(e2, n, { backwards: true }), n = F(e2, n, { backwards: true }), n = b(e2, n, { backwards: true });
  let r = F(e2, n, { backwards: true });
  return n !== r;
}
function Lt(e2, t) {
  let n = e2.node;
  return n.printed = true, t.printer.printComment(e2, t);
}
function q(e2, t, n = {}) {
  let { originalText: r, locStart: i } = t, { indent: s = false, marker: a, filter: p = Rt, separator: d = ({ comment: f }) => Ve(r, i(f)) ? [u, u] : u } = n, x = new Set(e2.node?.comments?.filter((f) => !(f.leading || f.trailing || f.marker !== a || !p(f))));
  if (x.size === 0) return "";
  let D = [], I;
  return e2.each(({ node: f }) => {
    x.has(f) && (I && D.push(typeof d == "function" ? d({ previous: I, comment: f }) : d), D.push(Lt(e2, t)), I = f);
  }, "comments"), s ? E([u, D]) : D;
}
function bt(e2) {
  return Array.isArray(e2) && e2.length > 0;
}
function Q(e2) {
  if ($ !== null && typeof $.property) {
    let t = $;
    return $ = Q.prototype = null, t;
  }
  return $ = Q.prototype = e2 ?? /* @__PURE__ */ Object.create(null), new Q();
}
function Ee(e2) {
  return Q(e2);
}
function Pt(e2, t = "type") {
  Ee(e2);
  function n(r) {
    let i = r[t], s = e2[i];
    if (!Array.isArray(s)) throw Object.assign(new Error(`Missing visitor keys for '${i}'.`), { node: r });
    return s;
  }
  return n;
}
function Te(e2, t) {
  e2.kind === "StringValue" && e2.block && !e2.value.includes(`
`) && (t.value = e2.value.trim());
}
function Vt(e2, t) {
  if (t === false) return false;
  if (e2.charAt(t) === "/" && e2.charAt(t + 1) === "*") {
    for (let n = t + 2; n < e2.length; ++n) if (e2.charAt(n) === "*" && e2.charAt(n + 1) === "/") return n + 2;
  }
  return t;
}
function Mt(e2, t) {
  return t === false ? false : e2.charAt(t) === "/" && e2.charAt(t + 1) === "/" ? Fe(e2, t) : t;
}
function Bt(e2, t) {
  let n = null, r = t;
  for (; r !== n; ) n = r, r = be(e2, r), r = Xe(e2, r), r = b(e2, r);
  return r = He(e2, r), r = F(e2, r), r !== false && we(e2, r);
}
function v(e2, t, n, r) {
  return e2.map(({ isLast: i, node: s }) => {
    let a = n();
    return !i && We(t.originalText, te(s)) ? [a, u] : a;
  }, r);
}
function M(e2, t, n) {
  let { node: r } = e2;
  return N(r.arguments) ? S(["(", E([y, m([O("", ", "), y], v(e2, t, n, "arguments"))]), y, ")"]) : "";
}
function g(e2, t, n) {
  let { node: r } = e2;
  if (!r.description) return "";
  let i = [n("description")];
  return r.kind === "InputValueDefinition" && !r.description.block ? i.push(C) : i.push(u), i;
}
function T(e2, t) {
  let { node: n } = e2;
  if (!N(n.directives)) return "";
  let r = m(C, e2.map(t, "directives"));
  return n.kind === "FragmentDefinition" || n.kind === "OperationDefinition" ? S([C, r]) : [" ", S(E([y, r]))];
}
function Je(e2, t, n) {
  let { node: r } = e2, i = ["{"];
  if (r.selections.length > 0) i.push(E([u, m(u, v(e2, t, n, "selections"))]), u);
  else {
    let s = q(e2, t, { indent: true });
    s && i.push(s, u);
  }
  return i.push("}"), i;
}
function ie(e2, t, n) {
  let { node: r } = e2, { selectionSet: i } = r;
  if (!i) return "";
  let s = n("selectionSet");
  return r.type === "OperationDefinition" && r.name && ne(r, t) ? s : [" ", s];
}
function xe(e2, t) {
  let { node: n } = e2;
  return N(n.variableDefinitions) ? S(["(", E([y, m([O("", ", "), y], e2.map(t, "variableDefinitions"))]), y, ")"]) : "";
}
function Gt(e2, t, n) {
  let { node: r } = e2;
  switch (r.kind) {
    case "Document":
      return [...m(u, v(e2, t, n, "definitions")), u];
    case "OperationDefinition": {
      let i = ne(r, t), s = !!r.name;
      return [g(e2, t, n), i ? r.operation : "", i && s ? [" ", n("name")] : "", i && !s && N(r.variableDefinitions) ? " " : "", xe(e2, n), T(e2, n), !i && !s ? "" : " ", n("selectionSet")];
    }
    case "FragmentDefinition":
      return [g(e2, t, n), "fragment ", n("name"), xe(e2, n), " on ", n("typeCondition"), T(e2, n), ie(e2, t, n)];
    case "SelectionSet":
      return Je(e2, t, n);
    case "Field":
      return S([r.alias ? [n("alias"), ": "] : "", n("name"), M(e2, t, n), T(e2, n), ie(e2, t, n)]);
    case "Name":
      return r.value;
    case "StringValue":
      if (r.block) {
        let i = Y(0, r.value, '"""', '\\"""').split(`
`);
        return i.length === 1 && (i[0] = i[0].trim()), i.every((s) => s === "") && (i.length = 0), m(u, ['"""', ...i, '"""']);
      }
      return ['"', Y(0, Y(0, Y(0, r.value, /["\\]/g, "\\$&"), "\r", "\\r"), `
`, "\\n"), '"'];
    case "IntValue":
    case "FloatValue":
    case "EnumValue":
      return r.value;
    case "BooleanValue":
      return r.value ? "true" : "false";
    case "NullValue":
      return "null";
    case "Variable":
      return ["$", n("name")];
    case "ListValue": {
      let i = !N(r.values);
      return S(["[", q(e2, t, { indent: true }), i ? "" : E([y, m([O("", ", "), y], e2.map(n, "values"))]), y, "]"]);
    }
    case "ObjectValue": {
      let i = !N(r.fields), s = t.bracketSpacing && !i ? " " : "";
      return S(["{", s, q(e2, t, { indent: true }), i ? "" : E([y, m([O("", ", "), y], e2.map(n, "fields"))]), y, O("", s), "}"]);
    }
    case "ObjectField":
    case "Argument":
    case "FragmentArgument":
      return [n("name"), ": ", n("value")];
    case "Directive":
      return ["@", n("name"), M(e2, t, n)];
    case "NamedType":
      return n("name");
    case "VariableDefinition":
      return [g(e2, t, n), n("variable"), ": ", n("type"), r.defaultValue ? [" = ", n("defaultValue")] : "", T(e2, n)];
    case "ObjectTypeExtension":
    case "ObjectTypeDefinition":
    case "InputObjectTypeExtension":
    case "InputObjectTypeDefinition":
    case "InterfaceTypeExtension":
    case "InterfaceTypeDefinition": {
      let { kind: i } = r, s = [];
      return i.endsWith("TypeDefinition") ? s.push(g(e2, t, n)) : s.push("extend "), i.startsWith("ObjectType") ? s.push("type") : i.startsWith("InputObjectType") ? s.push("input") : s.push("interface"), s.push(" ", n("name")), !i.startsWith("InputObjectType") && N(r.interfaces) && s.push(" implements ", E([S([m([" &", C], e2.map(n, "interfaces"))])])), s.push(T(e2, n)), N(r.fields) && s.push([" {", E([u, m(u, v(e2, t, n, "fields"))]), u, "}"]), s;
    }
    case "FieldDefinition":
      return [g(e2, t, n), n("name"), M(e2, t, n), ": ", n("type"), T(e2, n)];
    case "DirectiveDefinition":
      return [g(e2, t, n), "directive ", "@", n("name"), M(e2, t, n), T(e2, n), r.repeatable ? " repeatable" : "", " on ", ...m(" | ", e2.map(n, "locations"))];
    case "DirectiveExtension":
      return ["extend directive @", n("name"), T(e2, n)];
    case "EnumTypeExtension":
    case "EnumTypeDefinition":
      return [g(e2, t, n), r.kind === "EnumTypeExtension" ? "extend " : "", "enum ", n("name"), T(e2, n), N(r.values) ? [" {", E([u, m(u, v(e2, t, n, "values"))]), u, "}"] : ""];
    case "EnumValueDefinition":
      return [g(e2, t, n), n("name"), T(e2, n)];
    case "InputValueDefinition":
      return [g(e2, t, n), n("name"), ": ", n("type"), r.defaultValue ? [" = ", n("defaultValue")] : "", T(e2, n)];
    case "SchemaExtension":
      return ["extend schema", T(e2, n), ...N(r.operationTypes) ? [" {", E([u, m(u, v(e2, t, n, "operationTypes"))]), u, "}"] : []];
    case "SchemaDefinition":
      return [g(e2, t, n), "schema", T(e2, n), " {", N(r.operationTypes) ? E([u, m(u, v(e2, t, n, "operationTypes"))]) : "", u, "}"];
    case "OperationTypeDefinition":
      return [r.operation, ": ", n("type")];
    case "FragmentSpread":
      return ["...", n("name"), M(e2, t, n), T(e2, n)];
    case "InlineFragment":
      return ["...", r.typeCondition ? [" on ", n("typeCondition")] : "", T(e2, n), ie(e2, t, n)];
    case "UnionTypeExtension":
    case "UnionTypeDefinition":
      return S([g(e2, t, n), S([r.kind === "UnionTypeExtension" ? "extend " : "", "union ", n("name"), T(e2, n), N(r.types) ? [" =", O("", " "), E([O([C, "| "]), m([C, "| "], e2.map(n, "types"))])] : ""])]);
    case "ScalarTypeExtension":
    case "ScalarTypeDefinition":
      return [g(e2, t, n), r.kind === "ScalarTypeExtension" ? "extend " : "", "scalar ", n("name"), T(e2, n)];
    case "NonNullType":
      return [n("type"), "!"];
    case "ListType":
      return ["[", n("type"), "]"];
    default:
      throw new Me(r, "Graphql", "kind");
  }
}
function Kt(e2) {
  return e2.kind !== "Comment";
}
function jt({ node: e2 }) {
  if (e2.kind === "Comment") return "#" + e2.value.trimEnd();
  throw new Error("Not a comment: " + JSON.stringify(e2));
}
function Yt(e2) {
  let { node: t } = e2;
  return t?.comments?.some((n) => n.value.trim() === "prettier-ignore");
}
function Qt(e2, t) {
  return e2?.__kind === t;
}
function it(e2) {
  return typeof e2 == "object" && e2 !== null;
}
function se(e2, t) {
  let n = e2.body.matchAll(rt), r = n.next().value, i = 1, s = 0;
  for (; r !== void 0 && r.index < t; ) s = r.index + r[0].length, i++, r = n.next().value;
  return { line: i, column: t + 1 - s };
}
function ye(e2) {
  if (e2.length < 2) return e2.map(({ source: r, start: i }) => se(r, i));
  let t = new re();
  e2.forEach(({ source: r, start: i }, s) => {
    t.add(r, { position: i, index: s });
  });
  let n = new Array(e2.length);
  for (let [r, i] of t) {
    let s = r.body.matchAll(rt), a = s.next().value, p = 1, d = 0;
    for (let { position: x, index: D } of i.toSorted((I, f) => I.position - f.position)) {
      for (; a !== void 0 && a.index < x; ) d = a.index + a[0].length, p++, a = s.next().value;
      n[D] = { line: p, column: x + 1 - d };
    }
  }
  return n;
}
function Ne(e2) {
  return oe(e2.source, se(e2.source, e2.start));
}
function oe(e2, t) {
  let n = e2.locationOffset.column - 1, r = "".padStart(n) + e2.body, i = t.line - 1, s = e2.locationOffset.line - 1, a = t.line + s, p = t.line === 1 ? n : 0, d = t.column + p, x = `${e2.name}:${a}:${d}
`, D = r.split(/\r\n|[\n\r]/g), I = D[i];
  if (I.length > 120) {
    let f = [];
    for (let A = 0; A < I.length; A += 80) f.push(I.slice(A, A + 80));
    let j = d - 1, R = Math.min(Math.floor(j / 80), f.length - 1), le = d - R * 80;
    return x + st([[`${a} |`, f[0]], ...f.slice(1, R + 1).map((A) => ["|", A]), ["|", "^".padStart(le)], ["|", f[R + 1]]]);
  }
  return x + st([[`${a - 1} |`, D[i - 1]], [`${a} |`, I], ["|", "^".padStart(d)], [`${a + 1} |`, D[i + 1]]]);
}
function st(e2) {
  let t = e2.filter(([r, i]) => i !== void 0), n = Math.max(...t.map(([r]) => r.length));
  return t.map(([r, i]) => r.padStart(n) + (i ? " " + i : "")).join(`
`);
}
function ot(e2) {
  return e2 === void 0 || e2.length === 0 ? void 0 : e2;
}
function _e(e2, t) {
  if (!e2) throw new Error(t);
}
function ct(e2) {
  return e2 === 9 || e2 === 32;
}
function P(e2) {
  return e2 >= 48 && e2 <= 57;
}
function pt(e2) {
  return e2 >= 97 && e2 <= 122 || e2 >= 65 && e2 <= 90;
}
function De(e2) {
  return pt(e2) || e2 === 95;
}
function ut(e2) {
  return pt(e2) || P(e2) || e2 === 95;
}
function lt(e2) {
  let t = Number.MAX_SAFE_INTEGER, n = null, r = -1;
  for (let i = 0; i < e2.length; ++i) {
    let s = e2[i], a = $n(s);
    a !== s.length && (n ?? (n = i), r = i, i !== 0 && a < t && (t = a));
  }
  return e2.map((i, s) => s === 0 ? i : i.slice(t)).slice(n ?? 0, r + 1);
}
function $n(e2) {
  let t = 0;
  for (; t < e2.length && ct(e2.charCodeAt(t)); ) ++t;
  return t;
}
function l(e2, t, n) {
  return new L(`Syntax Error: ${n}`, { source: e2, positions: [t] });
}
function Qn() {
  let e2;
  try {
    let t = globalThis.process;
    typeof t?.getBuiltinModule == "function" && (e2 = t.getBuiltinModule("node:diagnostics_channel"));
  } catch {
  }
  return e2;
}
function dt(e2) {
  if (e2 == null) return false;
  let t = e2.hasSubscribers;
  if (t !== void 0) return t;
  for (let n of Xn) if (e2[n].hasSubscribers) return true;
  return false;
}
function mt(e2) {
  return e2 === o.BANG || e2 === o.DOLLAR || e2 === o.AMP || e2 === o.PAREN_L || e2 === o.PAREN_R || e2 === o.DOT || e2 === o.SPREAD || e2 === o.COLON || e2 === o.EQUALS || e2 === o.AT || e2 === o.BRACKET_L || e2 === o.BRACKET_R || e2 === o.BRACE_L || e2 === o.PIPE || e2 === o.BRACE_R;
}
function G(e2) {
  return e2 >= 0 && e2 <= 55295 || e2 >= 57344 && e2 <= 1114111;
}
function ce(e2, t) {
  return ht(e2.charCodeAt(t)) && Et(e2.charCodeAt(t + 1));
}
function ht(e2) {
  return e2 >= 55296 && e2 <= 56319;
}
function Et(e2) {
  return e2 >= 56320 && e2 <= 57343;
}
function V(e2, t) {
  let n = e2.source.body.codePointAt(t);
  if (n === void 0) return o.EOF;
  if (n >= 32 && n <= 126) {
    let r = String.fromCodePoint(n);
    return r === '"' ? `'"'` : `"${r}"`;
  }
  return "U+" + n.toString(16).toUpperCase().padStart(4, "0");
}
function h(e2, t, n, r, i) {
  let s = e2.line, a = 1 + n - e2.lineStart;
  return new B(t, n, r, s, a, i);
}
function Hn(e2, t) {
  let n = e2.source.body, r = n.length, i = t;
  for (; i < r; ) {
    let s = n.charCodeAt(i);
    switch (s) {
      case 65279:
      case 9:
      case 32:
      case 44:
        ++i;
        continue;
      case 10:
        ++i, ++e2.line, e2.lineStart = i;
        continue;
      case 13:
        n.charCodeAt(i + 1) === 10 ? i += 2 : ++i, ++e2.line, e2.lineStart = i;
        continue;
      case 35:
        return Wn(e2, i);
      case 33:
        return h(e2, o.BANG, i, i + 1);
      case 36:
        return h(e2, o.DOLLAR, i, i + 1);
      case 38:
        return h(e2, o.AMP, i, i + 1);
      case 40:
        return h(e2, o.PAREN_L, i, i + 1);
      case 41:
        return h(e2, o.PAREN_R, i, i + 1);
      case 46: {
        let a = n.charCodeAt(i + 1);
        if (a === 46 && n.charCodeAt(i + 2) === 46) return h(e2, o.SPREAD, i, i + 3);
        if (a === 46) throw l(e2.source, i, 'Unexpected "..", did you mean "..."?');
        if (P(a)) {
          let p = e2.source.body.slice(i + 1, ae(e2, i + 1, a));
          throw l(e2.source, i, `Invalid number, expected digit before ".", did you mean "0.${p}"?`);
        }
        break;
      }
      case 58:
        return h(e2, o.COLON, i, i + 1);
      case 61:
        return h(e2, o.EQUALS, i, i + 1);
      case 64:
        return h(e2, o.AT, i, i + 1);
      case 91:
        return h(e2, o.BRACKET_L, i, i + 1);
      case 93:
        return h(e2, o.BRACKET_R, i, i + 1);
      case 123:
        return h(e2, o.BRACE_L, i, i + 1);
      case 124:
        return h(e2, o.PIPE, i, i + 1);
      case 125:
        return h(e2, o.BRACE_R, i, i + 1);
      case 34:
        return n.charCodeAt(i + 1) === 34 && n.charCodeAt(i + 2) === 34 ? ni(e2, i) : zn(e2, i);
    }
    if (P(s) || s === 45) return Jn(e2, i, s);
    if (De(s)) return ii(e2, i);
    throw l(e2.source, i, s === 39 ? `Unexpected single quote character ('), did you mean to use a double quote (")?` : G(s) || ce(n, i) ? `Unexpected character: ${V(e2, i)}.` : `Invalid character: ${V(e2, i)}.`);
  }
  return h(e2, o.EOF, r, r);
}
function Wn(e2, t) {
  let n = e2._maxComments;
  if (n !== void 0) {
    let a = e2._commentCount + 1;
    if (a > n) throw l(e2.source, t, `Document contains more than ${n} comments. Parsing aborted.`);
    e2._commentCount = a;
  }
  let r = e2.source.body, i = r.length, s = t + 1;
  for (; s < i; ) {
    let a = r.charCodeAt(s);
    if (a === 10 || a === 13) break;
    if (G(a)) ++s;
    else if (ce(r, s)) s += 2;
    else break;
  }
  return h(e2, o.COMMENT, t, s, r.slice(t + 1, s));
}
function Jn(e2, t, n) {
  let r = e2.source.body, i = t, s = n, a = false;
  if (s === 45 && (s = r.charCodeAt(++i)), s === 48) {
    if (s = r.charCodeAt(++i), P(s)) throw l(e2.source, i, `Invalid number, unexpected digit after 0: ${V(e2, i)}.`);
  } else i = ae(e2, i, s), s = r.charCodeAt(i);
  if (s === 46 && (a = true, s = r.charCodeAt(++i), i = ae(e2, i, s), s = r.charCodeAt(i)), (s === 69 || s === 101) && (a = true, s = r.charCodeAt(++i), (s === 43 || s === 45) && (s = r.charCodeAt(++i)), i = ae(e2, i, s), s = r.charCodeAt(i)), s === 46 || De(s)) throw l(e2.source, i, `Invalid number, expected digit but got: ${V(e2, i)}.`);
  return h(e2, a ? o.FLOAT : o.INT, t, i, r.slice(t, i));
}
function ae(e2, t, n) {
  if (!P(n)) throw l(e2.source, t, `Invalid number, expected digit but got: ${V(e2, t)}.`);
  let r = e2.source.body, i = t + 1;
  for (; P(r.charCodeAt(i)); ) ++i;
  return i;
}
function zn(e2, t) {
  let n = e2.source.body, r = n.length, i = t + 1, s = i, a = "";
  for (; i < r; ) {
    let p = n.charCodeAt(i);
    if (p === 34) return a += n.slice(s, i), h(e2, o.STRING, t, i + 1, a);
    if (p === 92) {
      a += n.slice(s, i);
      let d = n.charCodeAt(i + 1) === 117 ? n.charCodeAt(i + 2) === 123 ? Zn(e2, i) : ei(e2, i) : ti(e2, i);
      a += d.value, i += d.size, s = i;
      continue;
    }
    if (p === 10 || p === 13) break;
    if (G(p)) ++i;
    else if (ce(n, i)) i += 2;
    else throw l(e2.source, i, `Invalid character within String: ${V(e2, i)}.`);
  }
  throw l(e2.source, i, "Unterminated string.");
}
function Zn(e2, t) {
  let n = e2.source.body, r = 0, i = 3;
  for (; i < 12; ) {
    let s = n.charCodeAt(t + i++);
    if (s === 125) {
      if (i < 5 || !G(r)) break;
      return { value: String.fromCodePoint(r), size: i };
    }
    if (r = r << 4 | H(s), r < 0) break;
  }
  throw l(e2.source, t, `Invalid Unicode escape sequence: "${n.slice(t, t + i)}".`);
}
function ei(e2, t) {
  let n = e2.source.body, r = ft(n, t + 2);
  if (G(r)) return { value: String.fromCodePoint(r), size: 6 };
  if (ht(r) && n.charCodeAt(t + 6) === 92 && n.charCodeAt(t + 7) === 117) {
    let i = ft(n, t + 8);
    if (Et(i)) return { value: String.fromCodePoint(r, i), size: 12 };
  }
  throw l(e2.source, t, `Invalid Unicode escape sequence: "${n.slice(t, t + 6)}".`);
}
function ft(e2, t) {
  return H(e2.charCodeAt(t)) << 12 | H(e2.charCodeAt(t + 1)) << 8 | H(e2.charCodeAt(t + 2)) << 4 | H(e2.charCodeAt(t + 3));
}
function H(e2) {
  return e2 >= 48 && e2 <= 57 ? e2 - 48 : e2 >= 65 && e2 <= 70 ? e2 - 55 : e2 >= 97 && e2 <= 102 ? e2 - 87 : -1;
}
function ti(e2, t) {
  let n = e2.source.body;
  switch (n.charCodeAt(t + 1)) {
    case 34:
      return { value: '"', size: 2 };
    case 92:
      return { value: "\\", size: 2 };
    case 47:
      return { value: "/", size: 2 };
    case 98:
      return { value: "\b", size: 2 };
    case 102:
      return { value: "\f", size: 2 };
    case 110:
      return { value: `
`, size: 2 };
    case 114:
      return { value: "\r", size: 2 };
    case 116:
      return { value: "	", size: 2 };
  }
  throw l(e2.source, t, `Invalid character escape sequence: "${n.slice(t, t + 2)}".`);
}
function ni(e2, t) {
  let n = e2.source.body, r = n.length, i = e2.lineStart, s = t + 3, a = s, p = "", d = [];
  for (; s < r; ) {
    let x = n.charCodeAt(s);
    if (x === 34 && n.charCodeAt(s + 1) === 34 && n.charCodeAt(s + 2) === 34) {
      p += n.slice(a, s), d.push(p);
      let D = h(e2, o.BLOCK_STRING, t, s + 3, lt(d).join(`
`));
      return e2.line += d.length - 1, e2.lineStart = i, D;
    }
    if (x === 92 && n.charCodeAt(s + 1) === 34 && n.charCodeAt(s + 2) === 34 && n.charCodeAt(s + 3) === 34) {
      p += n.slice(a, s), a = s + 1, s += 4;
      continue;
    }
    if (x === 10 || x === 13) {
      p += n.slice(a, s), d.push(p), x === 13 && n.charCodeAt(s + 1) === 10 ? s += 2 : ++s, p = "", a = s, i = s;
      continue;
    }
    if (G(x)) ++s;
    else if (ce(n, s)) s += 2;
    else throw l(e2.source, s, `Invalid character within String: ${V(e2, s)}.`);
  }
  throw l(e2.source, s, "Unterminated string.");
}
function ii(e2, t) {
  let n = e2.source.body, r = n.length, i = t + 1;
  for (; i < r; ) {
    let s = n.charCodeAt(i);
    if (ut(s)) ++i;
    else break;
  }
  return h(e2, o.NAME, t, i, n.slice(t, i));
}
function xt(e2) {
  return nt(e2, Tt, K);
}
function ue(e2, t) {
  return dt(Se) ? Se.traceSync(() => yt(e2, t), { source: e2 }) : yt(e2, t);
}
function yt(e2, t) {
  let n = new ge(e2, t), r = n.parseDocument();
  return Object.defineProperty(r, "tokenCount", { enumerable: false, value: n.tokenCount }), r;
}
function pe(e2) {
  let t = e2.value;
  return Nt(e2.kind) + (t != null ? ` "${t}"` : "");
}
function Nt(e2) {
  return mt(e2) ? `"${e2}"` : e2;
}
function ci(e2, t) {
  let n = new SyntaxError(e2 + " (" + t.loc.start.line + ":" + t.loc.start.column + ")");
  return Object.assign(n, t);
}
function pi(e2) {
  let t = [], { startToken: n, endToken: r } = e2.loc;
  for (let i = n; i !== r; i = i.next) i.kind === "Comment" && t.push({ ...i, loc: { start: i.start, end: i.end } });
  return t;
}
function li(e2) {
  if (!(e2 instanceof L)) return e2;
  let { message: t, locations: [n] } = e2;
  return _t(t, { loc: { start: n }, cause: e2 });
}
function di(e2) {
  let t;
  try {
    t = ue(e2, ui);
  } catch (n) {
    throw li(n);
  }
  return t.comments = pi(t), t;
}
var At, de, Dt, Oe, St, gt, Y, It, fe, Ce, ve, ke, J, Re, k, z, me, C, y, Ot, u, Ui, b, be, Fe, Pe, F, we, Ve, Rt, N, he, Me, $, Ft, Be, _, Ue, wt, Ge, Ke, je, Ye, qe, $e, Qe, Xe, He, We, ee, te, Ut, ne, qt, ze, Ze, et, $t, tt, Ie, nt, re, rt, L, Xt, at, X, B, U, c, Ht, Wt, Jt, zt, Zt, en, tn, nn, rn, sn, on, an, cn, pn, un, ln, dn, fn, mn, hn, En, Tn, xn, yn, Nn, _n, Dn, An, Sn, gn, In, On, Cn, vn, kn, Rn, Ln, bn, Fn, Pn, wn, Vn, Mn, Bn, Un, Gn, Kn, jn, Yn, qn, Ae, w, Se, Fs, Ps, ws, Vs, Ms, Bs, Xn, o, W, Tt, K, ge, _t, ui, fi, mi;
var init_graphql = __esm({
  "node_modules/prettier/plugins/graphql.mjs"() {
    At = Object.defineProperty;
    de = (e2, t) => {
      for (var n in t) At(e2, n, { get: t[n], enumerable: true });
    };
    Dt = {};
    de(Dt, { languages: () => Ze, options: () => tt, parsers: () => Ie, printers: () => mi });
    Oe = (e2, t) => (n, r, ...i) => n | 1 && r == null ? void 0 : (t.call(r) ?? r[e2]).apply(r, i);
    St = String.prototype.replaceAll ?? function(e2, t) {
      return e2.global ? this.replace(e2, t) : this.split(e2).join(t);
    };
    gt = Oe("replaceAll", function() {
      if (typeof this == "string") return St;
    });
    Y = gt;
    It = () => {
    };
    fe = It;
    Ce = "indent";
    ve = "group";
    ke = "if-break";
    J = "line";
    Re = "break-parent";
    k = fe;
    z = fe;
    me = { type: Re };
    C = { type: J };
    y = { type: J, soft: true };
    Ot = { type: J, hard: true };
    u = [Ot, me];
    Ui = Z(/\s/);
    b = Z(" 	");
    be = Z(",; 	");
    Fe = Z(/[^\n\r]/);
    Pe = (e2) => e2 === `
` || e2 === "\r" || e2 === "\u2028" || e2 === "\u2029";
    F = Ct;
    we = vt;
    Ve = kt;
    Rt = () => true;
    N = bt;
    he = class extends Error {
      name = "UnexpectedNodeError";
      constructor(t, n, r = "type") {
        super(`Unexpected ${n} node ${r}: ${JSON.stringify(t[r])}.`), this.node = t;
      }
    };
    Me = he;
    $ = null;
    Ft = 10;
    for (let e2 = 0; e2 <= Ft; e2++) Q();
    Be = Pt;
    _ = [["name"], ["name", "value"], ["type"], ["description", "name", "directives"], ["description", "name", "interfaces", "directives", "fields"], ["name", "directives"], ["name", "interfaces", "directives", "fields"]];
    Ue = { Name: [], Document: ["definitions"], OperationDefinition: ["description", "name", "variableDefinitions", "directives", "selectionSet"], VariableDefinition: ["description", "variable", "type", "defaultValue", "directives"], Variable: _[0], SelectionSet: ["selections"], Field: ["alias", "name", "arguments", "directives", "selectionSet"], Argument: _[1], FragmentArgument: _[1], FragmentSpread: ["name", "arguments", "directives"], InlineFragment: ["typeCondition", "directives", "selectionSet"], FragmentDefinition: ["description", "name", "variableDefinitions", "typeCondition", "directives", "selectionSet"], IntValue: [], FloatValue: [], StringValue: [], BooleanValue: [], NullValue: [], EnumValue: [], ListValue: ["values"], ObjectValue: ["fields"], ObjectField: _[1], Directive: ["name", "arguments"], NamedType: _[0], ListType: _[2], NonNullType: _[2], SchemaDefinition: ["description", "directives", "operationTypes"], OperationTypeDefinition: _[2], ScalarTypeDefinition: _[3], ObjectTypeDefinition: _[4], FieldDefinition: ["description", "name", "arguments", "type", "directives"], InputValueDefinition: ["description", "name", "type", "defaultValue", "directives"], InterfaceTypeDefinition: _[4], UnionTypeDefinition: ["description", "name", "directives", "types"], EnumTypeDefinition: ["description", "name", "directives", "values"], EnumValueDefinition: _[3], InputObjectTypeDefinition: ["description", "name", "directives", "fields"], DirectiveDefinition: ["description", "name", "arguments", "directives", "locations"], SchemaExtension: ["directives", "operationTypes"], DirectiveExtension: _[5], ScalarTypeExtension: _[5], ObjectTypeExtension: _[6], InterfaceTypeExtension: _[6], UnionTypeExtension: ["name", "directives", "types"], EnumTypeExtension: ["name", "directives", "values"], InputObjectTypeExtension: ["name", "directives", "fields"] };
    wt = Be(Ue, "kind");
    Ge = wt;
    Te.ignoredProperties = /* @__PURE__ */ new Set(["loc", "comments"]);
    Ke = "format";
    je = /^\s*#[^\S\n]*@(?:noformat|noprettier)\s*(?:\n|$)/;
    Ye = /^\s*#[^\S\n]*@(?:format|prettier)\s*(?:\n|$)/;
    qe = (e2) => Ye.test(e2);
    $e = (e2) => je.test(e2);
    Qe = (e2) => `# @${Ke}

${e2}`;
    Xe = Vt;
    He = Mt;
    We = Bt;
    ee = (e2) => e2.loc.start;
    te = (e2) => e2.loc.end;
    Ut = /* @__PURE__ */ new WeakMap();
    ne = (e2, t) => Le(Ut, e2, (n) => t.originalText[ee(n)] !== "{");
    qt = { print: Gt, massageAstNode: Te, hasPrettierIgnore: Yt, insertPragma: Qe, printComment: jt, canAttachComment: Kt, getVisitorKeys: Ge };
    ze = qt;
    Ze = [{ name: "GraphQL", type: "data", aceMode: "graphqlschema", extensions: [".graphql", ".gql", ".graphqls"], tmScope: "source.graphql", parsers: ["graphql"], vscodeLanguageIds: ["graphql"], linguistLanguageId: 139 }];
    et = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
    $t = { bracketSpacing: et.bracketSpacing };
    tt = $t;
    Ie = {};
    de(Ie, { graphql: () => fi });
    nt = Qt;
    re = class extends Map {
      get [Symbol.toStringTag]() {
        return "AccumulatorMap";
      }
      add(t, n) {
        let r = this.get(t);
        r === void 0 ? this.set(t, [n]) : r.push(n);
      }
    };
    rt = /\r\n|[\n\r]/g;
    L = class e extends Error {
      constructor(t, n = {}) {
        let { nodes: r, source: i, positions: s, path: a, originalError: p, cause: d, extensions: x } = n, D = "cause" in n, I = D ? d : p, f = D || p != null ? { cause: I } : void 0;
        super(t, f), this.name = "GraphQLError", this.path = a ?? void 0;
        let j = p ?? (d instanceof Error ? d : void 0);
        this.originalError = j, this.nodes = ot(Array.isArray(r) ? r : r ? [r] : void 0);
        let R = ot(this.nodes?.map((A) => A.loc).filter((A) => A != null));
        this.source = i ?? R?.[0]?.source, this.positions = s ?? R?.map((A) => A.start), this.locations = s && i ? ye(s.map((A) => ({ source: i, start: A }))) : R && ye(R);
        let le = it(j?.extensions) ? j.extensions : void 0;
        this.extensions = x ?? le ?? /* @__PURE__ */ Object.create(null), Object.defineProperties(this, { message: { writable: true, enumerable: true }, name: { enumerable: false }, nodes: { enumerable: false }, source: { enumerable: false }, positions: { enumerable: false }, originalError: { enumerable: false } }), p?.stack != null ? Object.defineProperty(this, "stack", { value: p.stack, writable: true, configurable: true }) : Error.captureStackTrace != null ? Error.captureStackTrace(this, e) : Object.defineProperty(this, "stack", { value: Error().stack, writable: true, configurable: true });
      }
      get [Symbol.toStringTag]() {
        return "GraphQLError";
      }
      toString() {
        let t = this.message;
        if (this.nodes) for (let n of this.nodes) n.loc && (t += `

` + Ne(n.loc));
        else if (this.source && this.locations) for (let n of this.locations) t += `

` + oe(this.source, n);
        return t;
      }
      toJSON() {
        let t = { message: this.message };
        return this.locations != null && (t.locations = this.locations), this.path != null && (t.path = this.path), this.extensions != null && Object.keys(this.extensions).length > 0 && (t.extensions = this.extensions), t;
      }
    };
    Xt = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    at = Xt;
    X = class {
      constructor(t, n, r) {
        this.start = t.start, this.end = n.end, this.startToken = t, this.endToken = n, this.source = r;
      }
      get [Symbol.toStringTag]() {
        return "Location";
      }
      toJSON() {
        return { start: this.start, end: this.end };
      }
    };
    B = class {
      constructor(t, n, r, i, s, a) {
        this.kind = t, this.start = n, this.end = r, this.line = i, this.column = s, this.value = a, this.prev = null, this.next = null;
      }
      get [Symbol.toStringTag]() {
        return "Token";
      }
      toJSON() {
        return { kind: this.kind, value: this.value, line: this.line, column: this.column };
      }
    };
    U = { QUERY: "query", MUTATION: "mutation", SUBSCRIPTION: "subscription" };
    c = {};
    de(c, { ARGUMENT: () => tn, ARGUMENT_COORDINATE: () => jn, BOOLEAN: () => ln, DIRECTIVE: () => Tn, DIRECTIVE_ARGUMENT_COORDINATE: () => qn, DIRECTIVE_COORDINATE: () => Yn, DIRECTIVE_DEFINITION: () => Ln, DIRECTIVE_EXTENSION: () => Fn, DOCUMENT: () => Wt, ENUM: () => fn, ENUM_TYPE_DEFINITION: () => vn, ENUM_TYPE_EXTENSION: () => Bn, ENUM_VALUE_DEFINITION: () => kn, FIELD: () => en, FIELD_DEFINITION: () => gn, FLOAT: () => pn, FRAGMENT_ARGUMENT: () => nn, FRAGMENT_DEFINITION: () => on, FRAGMENT_SPREAD: () => rn, INLINE_FRAGMENT: () => sn, INPUT_OBJECT_TYPE_DEFINITION: () => Rn, INPUT_OBJECT_TYPE_EXTENSION: () => Un, INPUT_VALUE_DEFINITION: () => In, INT: () => cn, INTERFACE_TYPE_DEFINITION: () => On, INTERFACE_TYPE_EXTENSION: () => Vn, LIST: () => mn, LIST_TYPE: () => yn, MEMBER_COORDINATE: () => Kn, NAME: () => Ht, NAMED_TYPE: () => xn, NON_NULL_TYPE: () => Nn, NULL: () => dn, OBJECT: () => hn, OBJECT_FIELD: () => En, OBJECT_TYPE_DEFINITION: () => Sn, OBJECT_TYPE_EXTENSION: () => wn, OPERATION_DEFINITION: () => Jt, OPERATION_TYPE_DEFINITION: () => Dn, SCALAR_TYPE_DEFINITION: () => An, SCALAR_TYPE_EXTENSION: () => Pn, SCHEMA_DEFINITION: () => _n, SCHEMA_EXTENSION: () => bn, SELECTION_SET: () => Zt, STRING: () => un, TYPE_COORDINATE: () => Gn, UNION_TYPE_DEFINITION: () => Cn, UNION_TYPE_EXTENSION: () => Mn, VARIABLE: () => an, VARIABLE_DEFINITION: () => zt });
    Ht = "Name";
    Wt = "Document";
    Jt = "OperationDefinition";
    zt = "VariableDefinition";
    Zt = "SelectionSet";
    en = "Field";
    tn = "Argument";
    nn = "FragmentArgument";
    rn = "FragmentSpread";
    sn = "InlineFragment";
    on = "FragmentDefinition";
    an = "Variable";
    cn = "IntValue";
    pn = "FloatValue";
    un = "StringValue";
    ln = "BooleanValue";
    dn = "NullValue";
    fn = "EnumValue";
    mn = "ListValue";
    hn = "ObjectValue";
    En = "ObjectField";
    Tn = "Directive";
    xn = "NamedType";
    yn = "ListType";
    Nn = "NonNullType";
    _n = "SchemaDefinition";
    Dn = "OperationTypeDefinition";
    An = "ScalarTypeDefinition";
    Sn = "ObjectTypeDefinition";
    gn = "FieldDefinition";
    In = "InputValueDefinition";
    On = "InterfaceTypeDefinition";
    Cn = "UnionTypeDefinition";
    vn = "EnumTypeDefinition";
    kn = "EnumValueDefinition";
    Rn = "InputObjectTypeDefinition";
    Ln = "DirectiveDefinition";
    bn = "SchemaExtension";
    Fn = "DirectiveExtension";
    Pn = "ScalarTypeExtension";
    wn = "ObjectTypeExtension";
    Vn = "InterfaceTypeExtension";
    Mn = "UnionTypeExtension";
    Bn = "EnumTypeExtension";
    Un = "InputObjectTypeExtension";
    Gn = "TypeCoordinate";
    Kn = "MemberCoordinate";
    jn = "ArgumentCoordinate";
    Yn = "DirectiveCoordinate";
    qn = "DirectiveArgumentCoordinate";
    Ae = { QUERY: "QUERY", MUTATION: "MUTATION", SUBSCRIPTION: "SUBSCRIPTION", FIELD: "FIELD", FRAGMENT_DEFINITION: "FRAGMENT_DEFINITION", FRAGMENT_SPREAD: "FRAGMENT_SPREAD", INLINE_FRAGMENT: "INLINE_FRAGMENT", VARIABLE_DEFINITION: "VARIABLE_DEFINITION", FRAGMENT_VARIABLE_DEFINITION: "FRAGMENT_VARIABLE_DEFINITION", SCHEMA: "SCHEMA", SCALAR: "SCALAR", OBJECT: "OBJECT", FIELD_DEFINITION: "FIELD_DEFINITION", ARGUMENT_DEFINITION: "ARGUMENT_DEFINITION", INTERFACE: "INTERFACE", UNION: "UNION", ENUM: "ENUM", ENUM_VALUE: "ENUM_VALUE", INPUT_OBJECT: "INPUT_OBJECT", INPUT_FIELD_DEFINITION: "INPUT_FIELD_DEFINITION", DIRECTIVE_DEFINITION: "DIRECTIVE_DEFINITION" };
    w = Qn();
    Se = w?.tracingChannel("graphql:parse");
    Fs = w?.tracingChannel("graphql:validate");
    Ps = w?.tracingChannel("graphql:execute");
    ws = w?.tracingChannel("graphql:execute:variableCoercion");
    Vs = w?.tracingChannel("graphql:execute:rootSelectionSet");
    Ms = w?.tracingChannel("graphql:subscribe");
    Bs = w?.tracingChannel("graphql:resolve");
    Xn = ["start", "end", "asyncStart", "asyncEnd", "error"];
    o = { SOF: "<SOF>", EOF: "<EOF>", BANG: "!", DOLLAR: "$", AMP: "&", PAREN_L: "(", PAREN_R: ")", DOT: ".", SPREAD: "...", COLON: ":", EQUALS: "=", AT: "@", BRACKET_L: "[", BRACKET_R: "]", BRACE_L: "{", PIPE: "|", BRACE_R: "}", NAME: "Name", INT: "Int", FLOAT: "Float", STRING: "String", BLOCK_STRING: "BlockString", COMMENT: "Comment" };
    W = class {
      constructor(t) {
        let n = new B(o.SOF, 0, 0, 0, 0);
        this.source = t, this.lastToken = n, this.token = n, this.line = 1, this.lineStart = 0, this._maxComments = void 0, this._commentCount = 0;
      }
      get [Symbol.toStringTag]() {
        return "Lexer";
      }
      advance() {
        return this.lastToken = this.token, this.token = this.lookahead();
      }
      lookahead() {
        let t = this.token;
        if (t.kind !== o.EOF) do
          if (t.next) t = t.next;
          else {
            let n = Hn(this, t.end);
            t.next = n, n.prev = t, t = n;
          }
        while (t.kind === o.COMMENT);
        return t;
      }
    };
    Tt = /* @__PURE__ */ Symbol("Source");
    K = class {
      constructor(t, n = "GraphQL request", r = { line: 1, column: 1 }) {
        this.__kind = Tt, this.body = t, this.name = n, this.locationOffset = r, this.locationOffset.line > 0 || _e(false, "line in locationOffset is 1-indexed and must be positive."), this.locationOffset.column > 0 || _e(false, "column in locationOffset is 1-indexed and must be positive.");
      }
      get [Symbol.toStringTag]() {
        return "Source";
      }
    };
    ge = class {
      constructor(t, n = {}) {
        let { lexer: r, ...i } = n;
        if (r) this._lexer = r;
        else {
          let a = xt(t) ? t : new K(t);
          this._lexer = new W(a);
        }
        this._options = i, this._tokenCounter = 0, this._lexer._maxComments = i.maxComments, this._lexer._commentCount = 0;
        let s = i.maxSourceLength;
        if (s !== void 0 && this._lexer.source.body.length > s) throw l(this._lexer.source, s, `Source contains more than ${s} UTF-16 code units. Parsing aborted.`);
      }
      get tokenCount() {
        return this._tokenCounter;
      }
      parseName() {
        let t = this.expectToken(o.NAME);
        return this.node(t, { kind: c.NAME, value: t.value });
      }
      parseDocument() {
        return this.node(this._lexer.token, { kind: c.DOCUMENT, definitions: this.many(o.SOF, this.parseDefinition, o.EOF) });
      }
      parseDefinition() {
        if (this.peek(o.BRACE_L)) return this.parseOperationDefinition();
        let t = this.peekDescription(), n = t ? this._lexer.lookahead() : this._lexer.token;
        if (t && n.kind === o.BRACE_L) throw l(this._lexer.source, this._lexer.token.start, "Unexpected description, descriptions are not supported on shorthand queries.");
        if (n.kind === o.NAME) {
          switch (n.value) {
            case "schema":
              return this.parseSchemaDefinition();
            case "scalar":
              return this.parseScalarTypeDefinition();
            case "type":
              return this.parseObjectTypeDefinition();
            case "interface":
              return this.parseInterfaceTypeDefinition();
            case "union":
              return this.parseUnionTypeDefinition();
            case "enum":
              return this.parseEnumTypeDefinition();
            case "input":
              return this.parseInputObjectTypeDefinition();
            case "directive":
              return this.parseDirectiveDefinition();
          }
          switch (n.value) {
            case "query":
            case "mutation":
            case "subscription":
              return this.parseOperationDefinition();
            case "fragment":
              return this.parseFragmentDefinition();
          }
          if (t) throw l(this._lexer.source, this._lexer.token.start, "Unexpected description, only GraphQL definitions support descriptions.");
          if (n.value === "extend") return this.parseTypeSystemExtension();
        }
        throw this.unexpected(n);
      }
      parseOperationDefinition() {
        let t = this._lexer.token;
        if (this.peek(o.BRACE_L)) return this.node(t, { kind: c.OPERATION_DEFINITION, operation: U.QUERY, description: void 0, name: void 0, variableDefinitions: void 0, directives: void 0, selectionSet: this.parseSelectionSet() });
        let n = this.parseDescription(), r = this.parseOperationType(), i;
        return this.peek(o.NAME) && (i = this.parseName()), this.node(t, { kind: c.OPERATION_DEFINITION, operation: r, description: n, name: i, variableDefinitions: this.parseVariableDefinitions(), directives: this.parseDirectives(false), selectionSet: this.parseSelectionSet() });
      }
      parseOperationType() {
        let t = this.expectToken(o.NAME);
        switch (t.value) {
          case "query":
            return U.QUERY;
          case "mutation":
            return U.MUTATION;
          case "subscription":
            return U.SUBSCRIPTION;
        }
        throw this.unexpected(t);
      }
      parseVariableDefinitions() {
        return this.optionalMany(o.PAREN_L, this.parseVariableDefinition, o.PAREN_R);
      }
      parseVariableDefinition() {
        return this.node(this._lexer.token, { kind: c.VARIABLE_DEFINITION, description: this.parseDescription(), variable: this.parseVariable(), type: (this.expectToken(o.COLON), this.parseTypeReference()), defaultValue: this.expectOptionalToken(o.EQUALS) ? this.parseConstValueLiteral() : void 0, directives: this.parseConstDirectives() });
      }
      parseVariable() {
        let t = this._lexer.token;
        return this.expectToken(o.DOLLAR), this.node(t, { kind: c.VARIABLE, name: this.parseName() });
      }
      parseSelectionSet() {
        return this.node(this._lexer.token, { kind: c.SELECTION_SET, selections: this._options.allowEmptySelectionSets === false ? this.many(o.BRACE_L, this.parseSelection, o.BRACE_R) : this.any(o.BRACE_L, this.parseSelection, o.BRACE_R) });
      }
      parseSelection() {
        return this.peek(o.SPREAD) ? this.parseFragment() : this.parseField();
      }
      parseField() {
        let t = this._lexer.token, n = this.parseName(), r, i;
        return this.expectOptionalToken(o.COLON) ? (r = n, i = this.parseName()) : i = n, this.node(t, { kind: c.FIELD, alias: r, name: i, arguments: this.parseArguments(false), directives: this.parseDirectives(false), selectionSet: this.peek(o.BRACE_L) ? this.parseSelectionSet() : void 0 });
      }
      parseArguments(t) {
        let n = t ? this.parseConstArgument : this.parseArgument;
        return this.optionalMany(o.PAREN_L, n, o.PAREN_R);
      }
      parseFragmentArguments() {
        let t = this.parseFragmentArgument;
        return this.optionalMany(o.PAREN_L, t, o.PAREN_R);
      }
      parseArgument(t = false) {
        let n = this._lexer.token, r = this.parseName();
        return this.expectToken(o.COLON), this.node(n, { kind: c.ARGUMENT, name: r, value: this.parseValueLiteral(t) });
      }
      parseConstArgument() {
        return this.parseArgument(true);
      }
      parseFragmentArgument() {
        let t = this._lexer.token, n = this.parseName();
        return this.expectToken(o.COLON), this.node(t, { kind: c.FRAGMENT_ARGUMENT, name: n, value: this.parseValueLiteral(false) });
      }
      parseFragment() {
        let t = this._lexer.token;
        this.expectToken(o.SPREAD);
        let n = this.expectOptionalKeyword("on");
        if (!n && this.peek(o.NAME)) {
          let r = this.parseFragmentName();
          return this.peek(o.PAREN_L) && this._options.experimentalFragmentArguments ? this.node(t, { kind: c.FRAGMENT_SPREAD, name: r, arguments: this.parseFragmentArguments(), directives: this.parseDirectives(false) }) : this.node(t, { kind: c.FRAGMENT_SPREAD, name: r, directives: this.parseDirectives(false) });
        }
        return this.node(t, { kind: c.INLINE_FRAGMENT, typeCondition: n ? this.parseNamedType() : void 0, directives: this.parseDirectives(false), selectionSet: this.parseSelectionSet() });
      }
      parseFragmentDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        return this.expectKeyword("fragment"), this._options.experimentalFragmentArguments === true ? this.node(t, { kind: c.FRAGMENT_DEFINITION, description: n, name: this.parseFragmentName(), variableDefinitions: this.parseVariableDefinitions(), typeCondition: (this.expectKeyword("on"), this.parseNamedType()), directives: this.parseDirectives(false), selectionSet: this.parseSelectionSet() }) : this.node(t, { kind: c.FRAGMENT_DEFINITION, description: n, name: this.parseFragmentName(), typeCondition: (this.expectKeyword("on"), this.parseNamedType()), directives: this.parseDirectives(false), selectionSet: this.parseSelectionSet() });
      }
      parseFragmentName() {
        if (this._lexer.token.value === "on") throw this.unexpected();
        return this.parseName();
      }
      parseValueLiteral(t) {
        let n = this._lexer.token;
        switch (n.kind) {
          case o.BRACKET_L:
            return this.parseList(t);
          case o.BRACE_L:
            return this.parseObject(t);
          case o.INT:
            return this.advanceLexer(), this.node(n, { kind: c.INT, value: n.value });
          case o.FLOAT:
            return this.advanceLexer(), this.node(n, { kind: c.FLOAT, value: n.value });
          case o.STRING:
          case o.BLOCK_STRING:
            return this.parseStringLiteral();
          case o.NAME:
            switch (this.advanceLexer(), n.value) {
              case "true":
                return this.node(n, { kind: c.BOOLEAN, value: true });
              case "false":
                return this.node(n, { kind: c.BOOLEAN, value: false });
              case "null":
                return this.node(n, { kind: c.NULL });
              default:
                return this.node(n, { kind: c.ENUM, value: n.value });
            }
          case o.DOLLAR:
            if (t) if (this.expectToken(o.DOLLAR), this._lexer.token.kind === o.NAME) {
              let r = this._lexer.token.value;
              throw l(this._lexer.source, n.start, `Unexpected variable "$${r}" in constant value.`);
            } else throw this.unexpected(n);
            return this.parseVariable();
          default:
            throw this.unexpected();
        }
      }
      parseConstValueLiteral() {
        return this.parseValueLiteral(true);
      }
      parseStringLiteral() {
        let t = this._lexer.token;
        return this.advanceLexer(), this.node(t, { kind: c.STRING, value: t.value, block: t.kind === o.BLOCK_STRING });
      }
      parseList(t) {
        let n = () => this.parseValueLiteral(t);
        return this.node(this._lexer.token, { kind: c.LIST, values: this.any(o.BRACKET_L, n, o.BRACKET_R) });
      }
      parseObject(t) {
        let n = () => this.parseObjectField(t);
        return this.node(this._lexer.token, { kind: c.OBJECT, fields: this.any(o.BRACE_L, n, o.BRACE_R) });
      }
      parseObjectField(t) {
        let n = this._lexer.token, r = this.parseName();
        return this.expectToken(o.COLON), this.node(n, { kind: c.OBJECT_FIELD, name: r, value: this.parseValueLiteral(t) });
      }
      parseDirectives(t) {
        let n = [];
        for (; this.peek(o.AT); ) n.push(this.parseDirective(t));
        if (n.length) return n;
      }
      parseConstDirectives() {
        return this.parseDirectives(true);
      }
      parseDirective(t) {
        let n = this._lexer.token;
        return this.expectToken(o.AT), this.node(n, { kind: c.DIRECTIVE, name: this.parseName(), arguments: this.parseArguments(t) });
      }
      parseTypeReference() {
        let t = this._lexer.token, n;
        if (this.expectOptionalToken(o.BRACKET_L)) {
          let r = this.parseTypeReference();
          this.expectToken(o.BRACKET_R), n = this.node(t, { kind: c.LIST_TYPE, type: r });
        } else n = this.parseNamedType();
        return this.expectOptionalToken(o.BANG) ? this.node(t, { kind: c.NON_NULL_TYPE, type: n }) : n;
      }
      parseNamedType() {
        return this.node(this._lexer.token, { kind: c.NAMED_TYPE, name: this.parseName() });
      }
      peekDescription() {
        return this.peek(o.STRING) || this.peek(o.BLOCK_STRING);
      }
      parseDescription() {
        if (this.peekDescription()) return this.parseStringLiteral();
      }
      parseSchemaDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("schema");
        let r = this.parseConstDirectives(), i = this.many(o.BRACE_L, this.parseOperationTypeDefinition, o.BRACE_R);
        return this.node(t, { kind: c.SCHEMA_DEFINITION, description: n, directives: r, operationTypes: i });
      }
      parseOperationTypeDefinition() {
        let t = this._lexer.token, n = this.parseOperationType();
        this.expectToken(o.COLON);
        let r = this.parseNamedType();
        return this.node(t, { kind: c.OPERATION_TYPE_DEFINITION, operation: n, type: r });
      }
      parseScalarTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("scalar");
        let r = this.parseName(), i = this.parseConstDirectives();
        return this.node(t, { kind: c.SCALAR_TYPE_DEFINITION, description: n, name: r, directives: i });
      }
      parseObjectTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("type");
        let r = this.parseName(), i = this.parseImplementsInterfaces(), s = this.parseConstDirectives(), a = this.parseFieldsDefinition();
        return this.node(t, { kind: c.OBJECT_TYPE_DEFINITION, description: n, name: r, interfaces: i, directives: s, fields: a });
      }
      parseImplementsInterfaces() {
        return this.expectOptionalKeyword("implements") ? this.delimitedMany(o.AMP, this.parseNamedType) : void 0;
      }
      parseFieldsDefinition() {
        return this.optionalMany(o.BRACE_L, this.parseFieldDefinition, o.BRACE_R);
      }
      parseFieldDefinition() {
        let t = this._lexer.token, n = this.parseDescription(), r = this.parseName(), i = this.parseArgumentDefs();
        this.expectToken(o.COLON);
        let s = this.parseTypeReference(), a = this.parseConstDirectives();
        return this.node(t, { kind: c.FIELD_DEFINITION, description: n, name: r, arguments: i, type: s, directives: a });
      }
      parseArgumentDefs() {
        return this.optionalMany(o.PAREN_L, this.parseInputValueDef, o.PAREN_R);
      }
      parseInputValueDef() {
        let t = this._lexer.token, n = this.parseDescription(), r = this.parseName();
        this.expectToken(o.COLON);
        let i = this.parseTypeReference(), s;
        this.expectOptionalToken(o.EQUALS) && (s = this.parseConstValueLiteral());
        let a = this.parseConstDirectives();
        return this.node(t, { kind: c.INPUT_VALUE_DEFINITION, description: n, name: r, type: i, defaultValue: s, directives: a });
      }
      parseInterfaceTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("interface");
        let r = this.parseName(), i = this.parseImplementsInterfaces(), s = this.parseConstDirectives(), a = this.parseFieldsDefinition();
        return this.node(t, { kind: c.INTERFACE_TYPE_DEFINITION, description: n, name: r, interfaces: i, directives: s, fields: a });
      }
      parseUnionTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("union");
        let r = this.parseName(), i = this.parseConstDirectives(), s = this.parseUnionMemberTypes();
        return this.node(t, { kind: c.UNION_TYPE_DEFINITION, description: n, name: r, directives: i, types: s });
      }
      parseUnionMemberTypes() {
        return this.expectOptionalToken(o.EQUALS) ? this.delimitedMany(o.PIPE, this.parseNamedType) : void 0;
      }
      parseEnumTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("enum");
        let r = this.parseName(), i = this.parseConstDirectives(), s = this.parseEnumValuesDefinition();
        return this.node(t, { kind: c.ENUM_TYPE_DEFINITION, description: n, name: r, directives: i, values: s });
      }
      parseEnumValuesDefinition() {
        return this.optionalMany(o.BRACE_L, this.parseEnumValueDefinition, o.BRACE_R);
      }
      parseEnumValueDefinition() {
        let t = this._lexer.token, n = this.parseDescription(), r = this.parseEnumValueName(), i = this.parseConstDirectives();
        return this.node(t, { kind: c.ENUM_VALUE_DEFINITION, description: n, name: r, directives: i });
      }
      parseEnumValueName() {
        if (this._lexer.token.value === "true" || this._lexer.token.value === "false" || this._lexer.token.value === "null") throw l(this._lexer.source, this._lexer.token.start, `${pe(this._lexer.token)} is reserved and cannot be used for an enum value.`);
        return this.parseName();
      }
      parseInputObjectTypeDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("input");
        let r = this.parseName(), i = this.parseConstDirectives(), s = this.parseInputFieldsDefinition();
        return this.node(t, { kind: c.INPUT_OBJECT_TYPE_DEFINITION, description: n, name: r, directives: i, fields: s });
      }
      parseInputFieldsDefinition() {
        return this.optionalMany(o.BRACE_L, this.parseInputValueDef, o.BRACE_R);
      }
      parseTypeSystemExtension() {
        let t = this._lexer.lookahead();
        if (t.kind === o.NAME) switch (t.value) {
          case "schema":
            return this.parseSchemaExtension();
          case "scalar":
            return this.parseScalarTypeExtension();
          case "type":
            return this.parseObjectTypeExtension();
          case "interface":
            return this.parseInterfaceTypeExtension();
          case "union":
            return this.parseUnionTypeExtension();
          case "enum":
            return this.parseEnumTypeExtension();
          case "input":
            return this.parseInputObjectTypeExtension();
          case "directive":
            return this.parseDirectiveExtension();
        }
        throw this.unexpected(t);
      }
      parseSchemaExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("schema");
        let n = this.parseConstDirectives(), r = this.optionalMany(o.BRACE_L, this.parseOperationTypeDefinition, o.BRACE_R);
        if (n === void 0 && r === void 0) throw this.unexpected();
        return this.node(t, { kind: c.SCHEMA_EXTENSION, directives: n, operationTypes: r });
      }
      parseScalarTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("scalar");
        let n = this.parseName(), r = this.parseConstDirectives();
        if (r === void 0) throw this.unexpected();
        return this.node(t, { kind: c.SCALAR_TYPE_EXTENSION, name: n, directives: r });
      }
      parseObjectTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("type");
        let n = this.parseName(), r = this.parseImplementsInterfaces(), i = this.parseConstDirectives(), s = this.parseFieldsDefinition();
        if (r === void 0 && i === void 0 && s === void 0) throw this.unexpected();
        return this.node(t, { kind: c.OBJECT_TYPE_EXTENSION, name: n, interfaces: r, directives: i, fields: s });
      }
      parseInterfaceTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("interface");
        let n = this.parseName(), r = this.parseImplementsInterfaces(), i = this.parseConstDirectives(), s = this.parseFieldsDefinition();
        if (r === void 0 && i === void 0 && s === void 0) throw this.unexpected();
        return this.node(t, { kind: c.INTERFACE_TYPE_EXTENSION, name: n, interfaces: r, directives: i, fields: s });
      }
      parseUnionTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("union");
        let n = this.parseName(), r = this.parseConstDirectives(), i = this.parseUnionMemberTypes();
        if (r === void 0 && i === void 0) throw this.unexpected();
        return this.node(t, { kind: c.UNION_TYPE_EXTENSION, name: n, directives: r, types: i });
      }
      parseEnumTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("enum");
        let n = this.parseName(), r = this.parseConstDirectives(), i = this.parseEnumValuesDefinition();
        if (r === void 0 && i === void 0) throw this.unexpected();
        return this.node(t, { kind: c.ENUM_TYPE_EXTENSION, name: n, directives: r, values: i });
      }
      parseInputObjectTypeExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("input");
        let n = this.parseName(), r = this.parseConstDirectives(), i = this.parseInputFieldsDefinition();
        if (r === void 0 && i === void 0) throw this.unexpected();
        return this.node(t, { kind: c.INPUT_OBJECT_TYPE_EXTENSION, name: n, directives: r, fields: i });
      }
      parseDirectiveExtension() {
        let t = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("directive"), this.expectToken(o.AT);
        let n = this.parseName(), r = this.parseConstDirectives();
        if (r === void 0) throw this.unexpected();
        return this.node(t, { kind: c.DIRECTIVE_EXTENSION, name: n, directives: r });
      }
      parseDirectiveDefinition() {
        let t = this._lexer.token, n = this.parseDescription();
        this.expectKeyword("directive"), this.expectToken(o.AT);
        let r = this.parseName(), i = this.parseArgumentDefs(), s = this.parseConstDirectives(), a = this.expectOptionalKeyword("repeatable");
        this.expectKeyword("on");
        let p = this.parseDirectiveLocations();
        return this.node(t, { kind: c.DIRECTIVE_DEFINITION, description: n, name: r, arguments: i, directives: s, repeatable: a, locations: p });
      }
      parseDirectiveLocations() {
        return this.delimitedMany(o.PIPE, this.parseDirectiveLocation);
      }
      parseDirectiveLocation() {
        let t = this._lexer.token, n = this.parseName();
        if (at(Ae, n.value)) return n;
        throw this.unexpected(t);
      }
      parseSchemaCoordinate() {
        let t = this._lexer.token, n = this.expectOptionalToken(o.AT), r = this.parseName(), i;
        !n && this.expectOptionalToken(o.DOT) && (i = this.parseName());
        let s;
        return (n || i) && this.expectOptionalToken(o.PAREN_L) && (s = this.parseName(), this.expectToken(o.COLON), this.expectToken(o.PAREN_R)), n ? s ? this.node(t, { kind: c.DIRECTIVE_ARGUMENT_COORDINATE, name: r, argumentName: s }) : this.node(t, { kind: c.DIRECTIVE_COORDINATE, name: r }) : i ? s ? this.node(t, { kind: c.ARGUMENT_COORDINATE, name: r, fieldName: i, argumentName: s }) : this.node(t, { kind: c.MEMBER_COORDINATE, name: r, memberName: i }) : this.node(t, { kind: c.TYPE_COORDINATE, name: r });
      }
      node(t, n) {
        return this._options.noLocation !== true && (n.loc = new X(t, this._lexer.lastToken, this._lexer.source)), n;
      }
      peek(t) {
        return this._lexer.token.kind === t;
      }
      expectToken(t) {
        let n = this._lexer.token;
        if (n.kind === t) return this.advanceLexer(), n;
        throw l(this._lexer.source, n.start, `Expected ${Nt(t)}, found ${pe(n)}.`);
      }
      expectOptionalToken(t) {
        return this._lexer.token.kind === t ? (this.advanceLexer(), true) : false;
      }
      expectKeyword(t) {
        let n = this._lexer.token;
        if (n.kind === o.NAME && n.value === t) this.advanceLexer();
        else throw l(this._lexer.source, n.start, `Expected "${t}", found ${pe(n)}.`);
      }
      expectOptionalKeyword(t) {
        let n = this._lexer.token;
        return n.kind === o.NAME && n.value === t ? (this.advanceLexer(), true) : false;
      }
      unexpected(t) {
        let n = t ?? this._lexer.token;
        return l(this._lexer.source, n.start, `Unexpected ${pe(n)}.`);
      }
      any(t, n, r) {
        this.expectToken(t);
        let i = [];
        for (; !this.expectOptionalToken(r); ) i.push(n.call(this));
        return i;
      }
      optionalMany(t, n, r) {
        if (this.expectOptionalToken(t)) {
          let i = [];
          do
            i.push(n.call(this));
          while (!this.expectOptionalToken(r));
          return i;
        }
      }
      many(t, n, r) {
        this.expectToken(t);
        let i = [];
        do
          i.push(n.call(this));
        while (!this.expectOptionalToken(r));
        return i;
      }
      delimitedMany(t, n) {
        this.expectOptionalToken(t);
        let r = [];
        do
          r.push(n.call(this));
        while (this.expectOptionalToken(t));
        return r;
      }
      advanceLexer() {
        let { maxLexicalTokens: t = this._options.maxTokens } = this._options, n = this._lexer.advance();
        if (n.kind !== o.EOF && (++this._tokenCounter, t !== void 0 && this._tokenCounter > t)) throw l(this._lexer.source, n.start, `Document contains more than ${t} tokens. Parsing aborted.`);
      }
    };
    _t = ci;
    ui = { experimentalFragmentArguments: true };
    fi = { parse: di, astFormat: "graphql", hasPragma: qe, hasIgnorePragma: $e, locStart: ee, locEnd: te };
    mi = { graphql: ze };
  }
});
init_graphql();
export {
  Dt as default,
  Ze as languages,
  tt as options,
  Ie as parsers,
  mi as printers
};
