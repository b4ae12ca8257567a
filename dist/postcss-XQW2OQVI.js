import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/postcss.mjs
function Xl(t) {
  return this[t < 0 ? this.length + t : t];
}
function _n(t, e, s) {
  if (!t.has(e)) {
    let r = s(e);
    t.set(e, r);
  }
  return t.get(e);
}
function tc(t) {
  if (typeof t == "string") return et;
  if (Array.isArray(t)) return tt;
  if (!t) return;
  let { type: e } = t;
  if (Lt.has(e)) return e;
}
function sc(t) {
  let e = t === null ? "null" : typeof t;
  if (e !== "string" && e !== "object") return `Unexpected doc '${e}', 
Expected it to be 'string' or 'object'.`;
  if (fe(t)) throw new Error("doc is valid.");
  let s = Object.prototype.toString.call(t);
  if (s !== "[object Object]") return `Unexpected doc '${s}'.`;
  let r = rc([...Lt].map((n) => `'${n}'`));
  return `Unexpected doc.type '${t.type}'.
Expected it to be ${r}.`;
}
function Sn(t, e) {
  if (typeof t == "string") return e(t);
  let s = /* @__PURE__ */ new Map();
  return r(t);
  function r(i) {
    return _n(s, i, n);
  }
  function n(i) {
    switch (fe(i)) {
      case tt:
        return e(i.map(r));
      case ce:
        return e({ ...i, parts: i.parts.map(r) });
      case ve:
        return e({ ...i, breakContents: r(i.breakContents), flatContents: r(i.flatContents) });
      case le: {
        let { expandedStates: o, contents: u } = i;
        return o ? (o = o.map(r), u = o[0]) : u = r(u), e({ ...i, contents: u, expandedStates: o });
      }
      case De:
      case ue:
      case It:
      case Rt:
      case Me:
        return e({ ...i, contents: r(i.contents) });
      case et:
      case Nt:
      case Pt:
      case Be:
      case J:
      case Fe:
        return e(i);
      default:
        throw new En(i);
    }
  }
}
function nc(t) {
  return t.type === J && !t.hard ? t.soft ? "" : " " : t.type === ve ? t.flatContents : t;
}
function kn(t) {
  return Sn(t, nc);
}
function Tn(t, e = On) {
  return Sn(t, (s) => typeof s == "string" ? z(e, s.split(`
`)) : s);
}
function I(t) {
  return W(t), { type: ue, contents: t };
}
function ic(t, e) {
  return Cn(t), W(e), { type: De, contents: e, n: t };
}
function pe(t) {
  return ic(-1, t);
}
function Ue(t) {
  return An(t), { type: ce, parts: t };
}
function L(t, e = {}) {
  return W(t), xe(e.expandedStates, true), { type: le, id: e.id, contents: t, break: !!e.shouldBreak, expandedStates: e.expandedStates };
}
function qt(t, e = "", s = {}) {
  return W(t), e !== "" && W(e), { type: ve, breakContents: t, flatContents: e, groupId: s.groupId };
}
function z(t, e) {
  W(t), xe(e);
  let s = [];
  for (let r = 0; r < e.length; r++) r !== 0 && s.push(t), s.push(e[r]);
  return s;
}
function Dt(t) {
  return W(t), { type: Me, contents: t };
}
function ac(t) {
  return Array.isArray(t) && t.length > 0;
}
function Rn(t, e) {
  let { preferred: s, alternate: r } = e === true || e === "'" ? uc : lc, { length: n } = t, i = 0, o = 0;
  for (let u = 0; u < n; u++) {
    let a = t.charCodeAt(u);
    a === s.codePoint ? i++ : a === r.codePoint && o++;
  }
  return (i > o ? r : s).character;
}
function fc(t, e) {
  let s = e === '"' ? "'" : '"', r = k(0, t, cc, (n, i, o) => i ? i === s ? s : n : o === e ? "\\" + o : o);
  return e + r + e;
}
function pc(t, e) {
  V(/^(?<quote>["']).*\k<quote>$/s.test(t));
  let s = t.slice(1, -1), r;
  return e.parser === "json" || e.parser === "jsonc" || e.parser === "json-stringify" || e.parser === "json5" && e.quoteProps === "preserve" && !e.singleQuote ? r = '"' : e.__isInHtmlAttribute ? r = "'" : r = Rn(s, e.singleQuote), t.charAt(0) === r ? t : qn(s, r);
}
function Mn() {
}
function st(t) {
  if (rt !== null && typeof rt.property) {
    let e = rt;
    return rt = st.prototype = null, e;
  }
  return rt = st.prototype = t ?? /* @__PURE__ */ Object.create(null), new st();
}
function os(t) {
  return st(t);
}
function dc(t, e = "type") {
  os(t);
  function s(r) {
    let n = r[e], i = t[n];
    if (!Array.isArray(i)) throw Object.assign(new Error(`Missing visitor keys for '${n}'.`), { node: r });
    return i;
  }
  return s;
}
function yc(t, e) {
  let s = 0;
  for (let r = 0; r < t.line - 1; ++r) s = e.indexOf(`
`, s) + 1;
  return s + t.column;
}
function Ft(t) {
  return (e, s, r) => {
    if (s === false) return false;
    let n = !!r?.backwards, { length: i } = e, o = s;
    for (; o >= 0 && o < i; ) {
      let u = e.charAt(o);
      if (t instanceof RegExp) {
        if (!t.test(u)) return o;
      } else if (!t.includes(u)) return o;
      n ? o-- : o++;
    }
    return o === -1 || o === i ? o : false;
  };
}
function Gn(t, e) {
  let { value: s } = t;
  return s === "-" || s === "--" || s.charAt(0) !== "-" ? e : e - (s.charAt(1) === "-" ? 2 : 1);
}
function Yn(t, e) {
  if (typeof t.source?.start?.offset == "number") return t.source.start.offset;
  if (typeof t.sourceIndex == "number") return t.type === "value-word" ? Gn(t, t.sourceIndex) : t.sourceIndex;
  if (t.source?.start) return as(t.source.start, e);
  throw Object.assign(new Error("Can not locate node."), { node: t });
}
function ls(t, e) {
  if (t.type === "value-func" && t.group?.close) return ls(t.group.close, e);
  if (t.type === "css-comment" && t.inline) return Ut(e, t.source.startOffset);
  if (t.type === "value-paren" && typeof t.sourceIndex == "number") return t.sourceIndex + (t.value === ")" ? t.value.length : 0);
  if (typeof t.source?.end?.offset == "number") return t.source.end.offset;
  if (t.source) {
    if (t.source.end) {
      let s = as(t.source.end, e);
      return t.type === "value-word" ? Gn(t, s) : s;
    }
    if (he(t.nodes)) return ls(Y(0, t.nodes, -1), e);
    if (t.type === "css-atrule" && typeof t.name == "string") return Yn(t, e) + 1 + t.name.length + t.raws.afterName.length + t.raws.params.length;
  }
  return typeof t.sourceIndex == "number" && typeof t.value == "string" ? t.sourceIndex + t.value.length : null;
}
function Vn(t, e) {
  cs(t, e, 0, false);
}
function cs(t, e, s, r) {
  if (r && typeof t.type == "string") t.source ?? (t.source = {}), t.source.startOffset = s, t.source.endOffset = s + e.length;
  else if (!(typeof t.source?.startOffset == "number" && typeof t.source?.endOffset == "number")) {
    if (t.source || typeof t.sourceIndex == "number") {
      t.source ?? (t.source = {});
      let n = s + e.length;
      t.source.startOffset = Math.min(Yn(t, e) + s, n);
      let i = ls(t, e);
      t.source.endOffset = typeof i == "number" ? Math.min(i + s, n) : i;
    }
  }
  for (let n in t) {
    let i = t[n];
    if (n === "source" || !i || typeof i != "object") continue;
    let o = Array.isArray(i) ? i : [i];
    for (let u of o) {
      if (!u || typeof u != "object") continue;
      let a = gc(t, u, s);
      a ? cs(u, a.text, a.rootOffset, true) : cs(u, e, s, false), Hn(u, t);
    }
  }
  xc(t), bc(t);
}
function gc(t, e, s) {
  if (e.type === "value-root" || e.type === "value-unknown") return { rootOffset: zn(t), text: e.text || e.value || "" };
  if (e.type === "media-query-list" || t.params === e) return { rootOffset: jn(t), text: t.raws?.params || e.value || "" };
  if (e.type?.startsWith("selector-")) {
    let r = wc(t, e);
    if (typeof r == "string") return { rootOffset: vc(t, e, r, s), text: r };
  }
}
function zn(t) {
  let e = t.source.startOffset;
  return typeof t.prop == "string" && (e += t.prop.length), t.type === "css-atrule" && typeof t.name == "string" && (e += 1 + t.name.length + t.raws.afterName.match(/^\s*:?\s*/)[0].length), t.type !== "css-atrule" && typeof t.raws?.between == "string" && (e += t.raws.between.length), e;
}
function jn(t) {
  let e = t.source.startOffset;
  return t.type === "css-atrule" && typeof t.name == "string" && (e += 1 + t.name.length + t.raws.afterName.match(/^\s*:?\s*/)[0].length), e;
}
function wc(t, e) {
  if (typeof e.raws?.selector == "string") return e.raws.selector;
  if (t.selector === e) {
    if (t.mixin) return t.raws.identifier + t.name + t.raws.afterName + t.raws.params;
    if (typeof t.raws?.selector == "string") return t.raws.selector;
    if (t.customSelector && typeof t.raws?.params == "string") return t.raws.params.slice(t.customSelector.length).trim();
    if (typeof t.raws?.params == "string") return t.raws.params;
    if (t.type === "css-decl" && typeof t.raws?.value == "string") {
      let { value: s } = t.raws;
      return t.extend && s.startsWith("extend(") ? s.slice(7, -1) : s;
    }
  }
}
function vc(t, e, s, r) {
  return typeof e.sourceIndex == "number" && typeof e.raws?.selector == "string" ? r + e.sourceIndex : t.mixin ? t.source.startOffset : typeof t.raws?.selector == "string" ? t.source.startOffset + us(t.raws.selector, s) : typeof t.raws?.params == "string" ? jn(t) + us(t.raws.params, s) : t.type === "css-decl" && typeof t.raws?.value == "string" ? zn(t) + us(t.raws.value, s) : r;
}
function us(t, e) {
  let s = t.indexOf(e);
  return s === -1 ? 0 : s;
}
function xc(t) {
  var u, a;
  if (typeof t.type != "string") return;
  let e = typeof t.source?.startOffset == "number" && typeof t.source?.endOffset == "number", s = t.source?.start && t.source.end;
  if (e && s) return;
  let r = Number.POSITIVE_INFINITY, n = Number.NEGATIVE_INFINITY, i, o;
  for (let l in t) {
    if (l === "source" || l === "raws" || l === "spaces") continue;
    let f = t[l], p = Array.isArray(f) ? f : [f];
    for (let c of p) !c || typeof c != "object" || typeof c.source?.startOffset != "number" || typeof c.source?.endOffset != "number" || (c.source.startOffset < r && (r = c.source.startOffset, i = c.source.start), c.source.endOffset > n && (n = c.source.endOffset, o = c.source.end));
  }
  r !== Number.POSITIVE_INFINITY && (t.source ?? (t.source = {}), e || (t.source.startOffset = r, t.source.endOffset = n), (u = t.source).start ?? (u.start = i), (a = t.source).end ?? (a.end = o));
}
function Hn(t, e) {
  typeof t.type != "string" || t.source || typeof e.source?.startOffset != "number" || typeof e.source?.endOffset != "number" || !_c(t) || (t.source = { startOffset: e.source.startOffset, endOffset: e.source.startOffset, start: e.source.start, end: e.source.start });
}
function bc(t) {
  if (!(typeof t.source?.startOffset != "number" || typeof t.source?.endOffset != "number")) for (let e in t) {
    if (e === "source" || e === "raws" || e === "spaces") continue;
    let s = t[e], r = Array.isArray(s) ? s : [s];
    for (let n of r) n && typeof n == "object" && Hn(n, t);
  }
}
function _c(t) {
  return Array.isArray(t.nodes) && t.nodes.length === 0 || Array.isArray(t.groups) && t.groups.length === 0;
}
function Qn(t) {
  let e = "initial", s = "initial", r, n = false, i = [];
  for (let o = 0; o < t.length; o++) {
    let u = t[o];
    switch (e) {
      case "initial":
        if (u === "'") {
          e = "single-quotes";
          continue;
        }
        if (u === '"') {
          e = "double-quotes";
          continue;
        }
        if ((u === "u" || u === "U") && t.slice(o, o + 4).toLowerCase() === "url(") {
          e = "url", o += 3;
          continue;
        }
        if (u === "/") {
          let a = t[o + 1];
          a === "*" ? (e = "comment-block", o++) : a === "/" && (e = "comment-inline", r = o, o++);
          continue;
        }
        continue;
      case "single-quotes":
        if (u === "'" && t[o - 1] !== "\\" && (e = s, s = "initial"), u === `
` || u === "\r") return t;
        continue;
      case "double-quotes":
        if (u === '"' && t[o - 1] !== "\\" && (e = s, s = "initial"), u === `
` || u === "\r") return t;
        continue;
      case "url":
        if (u === ")") e = "initial";
        else if (u === `
` || u === "\r") return t;
        if (u === "'") {
          e = "single-quotes", s = "url";
          continue;
        }
        if (u === '"') {
          e = "double-quotes", s = "url";
          continue;
        }
        continue;
      case "comment-block":
        u === "/" && t[o - 1] === "*" && (e = "initial");
        continue;
      case "comment-inline":
        u === '"' || u === "'" || u === "*" ? n = true : (u === `
` || u === "\r") && (n && i.push([r, o]), e = "initial", n = false);
        continue;
    }
  }
  for (let [o, u] of i) t = t.slice(0, o) + k(0, t.slice(o, u), /["'*]/g, " ") + t.slice(u);
  return t;
}
function Ec(t) {
  return !!t?.[Wt];
}
function Sc(t) {
  return k(0, t, /[^\n]/g, " ");
}
function kc(t) {
  let e = t.slice(0, nt);
  if (e !== "---" && e !== "+++") return;
  let s = t.indexOf(`
`, nt);
  if (s === -1) return;
  let r = t.slice(nt, s).trim(), n = t.indexOf(`
${e}`, s), i = r;
  if (i || (i = e === "+++" ? "toml" : "yaml"), n === -1 && e === "---" && i === "yaml" && (n = t.indexOf(`
...`, s)), n === -1) return;
  let o = n + 1 + nt, u = t.charAt(o + 1);
  if (!/\s?/.test(u)) return;
  let a = t.slice(0, o), l;
  return { language: i, explicitLanguage: r || null, value: t.slice(s + 1, n), startDelimiter: e, endDelimiter: a.slice(-nt), raw: a, start: { line: 1, column: 0, index: 0 }, end: { index: a.length, get line() {
    return l ?? (l = a.split(`
`)), l.length;
  }, get column() {
    return l ?? (l = a.split(`
`)), Y(0, l, -1).length;
  } }, [Wt]: true };
}
function Tc(t) {
  let e = kc(t);
  return e ? { frontMatter: e, get content() {
    let { raw: s } = e;
    return $t(s) + t.slice(s.length);
  } } : { content: t };
}
function fs(t, e, s) {
  if (t.type === "css-comment" && s.type === "css-root" && s.nodes.length > 0 && ((s.nodes[0] === t || $e(s.nodes[0]) && s.nodes[1] === t) && (delete e.text, /^\*\s*@(?:format|prettier)\s*$/.test(t.text)) || s.type === "css-root" && Y(0, s.nodes, -1) === t)) return null;
  if (t.type === "value-root" && delete e.text, (t.type === "media-query" || t.type === "media-query-list" || t.type === "media-feature-expression") && delete e.value, t.type === "css-rule" && (delete e.params, t.extend && Cc(t.selector) && delete e.extend), (t.type === "media-feature" || t.type === "media-keyword" || t.type === "media-type" || t.type === "media-unknown" || t.type === "media-url" || t.type === "media-value" || t.type === "selector-attribute" || t.type === "selector-string" || t.type === "selector-class" || t.type === "selector-combinator" || t.type === "value-string") && t.value && (e.value = Ac(t.value)), t.type === "selector-combinator" && (e.value = k(0, e.value, /\s+/g, " ")), t.type === "media-feature" && (e.value = k(0, e.value, " ", "")), (t.type === "value-word" && (t.isColor && t.isHex || ["initial", "inherit", "unset", "revert"].includes(t.value.toLowerCase())) || t.type === "media-feature" || t.type === "selector-root-invalid" || t.type === "selector-pseudo") && (e.value = e.value.toLowerCase()), t.type === "css-decl" && (e.prop = t.prop.toLowerCase()), (t.type === "css-atrule" || t.type === "css-import") && (e.name = t.name.toLowerCase()), t.type === "value-number" && (e.unit = t.unit.toLowerCase()), t.type === "value-unknown" && (e.value = k(0, e.value, /;$/g, "")), t.type === "selector-attribute" && (e.attribute = t.attribute.trim(), t.namespace && typeof t.namespace == "string" && (e.namespace = t.namespace.trim() || true), t.value)) {
    let { value: r } = e;
    /\s[a-z]$/i.test(r) && (e.__prettier_attribute_selector_flag = Y(0, r, -1), r = r.slice(0, -1)), r = r.trim(), r = r.replace(/^(?<quote>["'])(?<value>.*?)\k<quote>$/, "$<value>"), e.value = r, delete e.quoted;
  }
  if ((t.type === "media-value" || t.type === "media-type" || t.type === "value-number" || t.type === "selector-root-invalid" || t.type === "selector-class" || t.type === "selector-combinator" || t.type === "selector-tag") && t.value && (e.value = k(0, e.value, /([\d+.e-]+)([a-z]*)/gi, (r, n, i) => {
    let o = Number(n);
    return Number.isNaN(o) ? r : o + i.toLowerCase();
  })), t.type === "selector-tag") {
    let r = e.value.toLowerCase();
    ["from", "to"].includes(r) && (e.value = r);
  }
  if (t.type === "css-atrule" && t.name.toLowerCase() === "supports" && delete e.value, t.type === "selector-unknown" && delete e.value, t.type === "value-comma_group") {
    let r = t.groups.findIndex((n) => n.type === "value-number" && n.unit === "...");
    r !== -1 && (e.groups[r].unit = "", e.groups.splice(r + 1, 0, { type: "value-word", value: "...", isColor: false, isHex: false }));
  }
  if (t.type === "value-comma_group" && t.groups.some((r) => r.type === "value-atword" && (r.value.endsWith("[") || r.value.endsWith("]")) || r.type === "value-word" && (r.value.startsWith("]") || r.value.startsWith("[")))) return { type: "value-atword", value: t.groups.map((r) => r.value).join("") };
  if (t.type === "value-func" && t.value === "if" && t.group.type === "value-paren_group" && t.group.groups.length === 1 && t.group.groups[0].type === "value-comma_group") {
    let r = t.group.groups[0].groups, n = e.group.groups[0].groups;
    for (let i = r.length - 1; i >= 0; i--) {
      let o = r[i];
      if (o.type === "value-word" && typeof o.value == "string" && o.value.endsWith(";")) {
        if (o.value === ";") {
          r[i - 1]?.type === "value-number" && n.splice(i - 1, 2, { type: "#node-placeholder" });
          continue;
        }
        n[i] = { type: "#node-placeholder" };
      }
    }
  }
}
function Ac(t) {
  return k(0, k(0, t, "'", '"'), /\\([^\da-f])/gi, "$1");
}
function Cc(t) {
  return t?.nodes?.some((e) => e.nodes?.some((s) => s.type === "selector-pseudo" && s.value === ":extend"));
}
function ti(t) {
  let e = t.match(Zn);
  return e ? e[0].trimStart() : "";
}
function ri(t) {
  let s = t.match(Zn)?.[0];
  return s == null ? t : t.slice(s.length);
}
function si(t) {
  t = k(0, t.replace(Ic, "").replace(Pc, ""), qc, "$1");
  let s = "";
  for (; s !== t; ) s = t, t = k(0, t, Lc, `
$1 $2
`);
  t = t.replace(Kn, "").trimEnd();
  let r = /* @__PURE__ */ Object.create(null), n = k(0, t, Jn, "").replace(Kn, "").trimEnd(), i;
  for (; i = Jn.exec(t); ) {
    let o = k(0, i[2], Rc, "");
    if (typeof r[i[1]] == "string" || Array.isArray(r[i[1]])) {
      let u = r[i[1]];
      r[i[1]] = [...ei, ...Array.isArray(u) ? u : [u], o];
    } else r[i[1]] = o;
  }
  return { comments: n, pragmas: r };
}
function ni({ comments: t = "", pragmas: e = {} }) {
  let o = Object.keys(e), u = o.flatMap((l) => Xn(l, e[l])).map((l) => ` * ${l}
`).join("");
  if (!t) {
    if (o.length === 0) return "";
    if (o.length === 1 && !Array.isArray(e[o[0]])) {
      let l = e[o[0]];
      return `/** ${Xn(o[0], l)[0]} */`;
    }
  }
  let a = t.split(`
`).map((l) => ` * ${l}`).join(`
`) + `
`;
  return `/**
` + (t ? a : "") + (t && o.length > 0 ? ` *
` : "") + u + " */";
}
function Xn(t, e) {
  return [...ei, ...Array.isArray(e) ? e : [e]].map((s) => `@${t} ${s}`.trim());
}
function Dc(t) {
  if (!t.startsWith("#!")) return "";
  let e = t.indexOf(`
`);
  return e === -1 ? t : t.slice(0, e);
}
function hs(t) {
  let e = ui(t);
  e && (t = t.slice(e.length + 1));
  let s = ti(t), { pragmas: r, comments: n } = si(s);
  return { shebang: e, text: t, pragmas: r, comments: n };
}
function li(t) {
  let { pragmas: e } = hs(t);
  return oi.some((s) => ps(e, s));
}
function ci(t) {
  let { pragmas: e } = hs(t);
  return ii.some((s) => ps(e, s));
}
function fi(t) {
  let { shebang: e, text: s, pragmas: r, comments: n } = hs(t), i = ri(s), o = ni({ pragmas: { [ai]: "", ...r }, comments: n.trimStart() });
  return (e ? `${e}
` : "") + o + (i.startsWith(`
`) ? `
` : `

`) + i;
}
function mi(t) {
  return t.findAncestor((e) => e.type === "css-decl")?.prop?.toLowerCase();
}
function yi(t) {
  return Bc.has(t.toLowerCase());
}
function gi(t) {
  return t?.type === "selector-pseudo" && Fc.has(t.value.toLowerCase());
}
function wi(t, e) {
  return t.findAncestor((r) => r.type === "css-atrule")?.name?.toLowerCase().endsWith("keyframes") && ["from", "to"].includes(e.toLowerCase());
}
function Ee(t) {
  return t.includes("$") || t.includes("@") || t.includes("#") || t.startsWith("%") || t.startsWith("--") || t.startsWith(":--") || t.includes("(") && t.includes(")") ? t : t.toLowerCase();
}
function Se(t, e) {
  return t.findAncestor((r) => r.type === "value-func")?.value?.toLowerCase() === e;
}
function vi(t) {
  return t.hasAncestor((e) => {
    if (e.type !== "css-rule") return false;
    let s = e.raws?.selector;
    return s && (s.startsWith(":import") || s.startsWith(":export"));
  });
}
function ke(t, e) {
  let s = Array.isArray(e) ? e : [e], r = t.findAncestor((n) => n.type === "css-atrule");
  return r && s.includes(r.name.toLowerCase());
}
function xi(t) {
  let { node: e } = t;
  return e.groups[0]?.value === "url" && e.groups.length === 2 && t.findAncestor((s) => s.type === "css-atrule")?.name === "import";
}
function bi(t) {
  return t.type === "value-func" && t.value.toLowerCase() === "url";
}
function _i(t) {
  return t.type === "value-func" && t.value.toLowerCase() === "var";
}
function Ei(t) {
  let { selector: e } = t;
  return e ? typeof e == "string" && /^@.+:.*$/.test(e) || e.value && /^@.+:.*$/.test(e.value) : false;
}
function Si(t) {
  return t.type === "value-word" && ["from", "through", "end"].includes(t.value);
}
function ms(t) {
  return t.type === "value-word" && ["and", "or", "not"].includes(t.value);
}
function ki(t) {
  return t.type === "value-word" && t.value === "in";
}
function Gt(t) {
  return t.type === "value-operator" && t.value === "*";
}
function Te(t) {
  return t?.type === "value-operator" && t.value === "/";
}
function Z(t) {
  return t.type === "value-operator" && t.value === "+";
}
function Oe(t) {
  return t.type === "value-operator" && t.value === "-";
}
function Uc(t) {
  return t.type === "value-operator" && t.value === "%";
}
function it(t) {
  return Gt(t) || Te(t) || Z(t) || Oe(t) || Uc(t);
}
function ys(t) {
  return t.type === "value-word" && ["==", "!="].includes(t.value);
}
function gs(t) {
  return t.type === "value-word" && ["<", ">", "<=", ">="].includes(t.value);
}
function ot(t, e) {
  return e.parser === "scss" && t.type === "css-atrule" && ["if", "else", "for", "each", "while"].includes(t.name);
}
function ws(t) {
  return t.raws?.params && /^\(\s*\)$/.test(t.raws.params);
}
function Yt(t) {
  return t.name.startsWith("prettier-placeholder");
}
function Ti(t) {
  return t.prop.startsWith("@prettier-placeholder");
}
function Oi(t, e) {
  return t.value === "$$" && t.type === "value-func" && e?.type === "value-word" && !e.raws.before;
}
function Ai(t) {
  return t.value?.type === "value-root" && t.value.group?.type === "value-value" && t.prop.toLowerCase() === "composes";
}
function Ci(t) {
  return t.value?.group?.group?.type === "value-paren_group" && t.value.group.group.open !== null && t.value.group.group.close !== null;
}
function ee(t) {
  return t?.raws?.before === "";
}
function Ni(t) {
  let e = t.findIndex((s) => s.type !== "value-comment");
  return e === -1 ? [] : t.slice(e);
}
function at(t) {
  return t.type === "value-comma_group" && t.groups && Ni(t.groups)[1]?.type === "value-colon";
}
function Vt(t, e) {
  if (e?.type !== "value-paren_group" || !e.open || !at(t)) return false;
  let [s, , r] = Ni(t.groups);
  return s.type !== "value-paren_group" && r?.type === "value-paren_group";
}
function ds(t) {
  return t.type === "value-paren_group" && t.groups?.[0] && at(t.groups[0]);
}
function vs(t, e) {
  if (e.parser !== "scss") return false;
  let { node: s } = t;
  if (s.groups.length === 0 || s.type === "value-paren_group" && s.open && s.close && s.groups.length === 1 && s.groups[0].type !== "value-comma_group") return false;
  let r = t.parent;
  if (r && r.type === "value-func" && r.value === "if") return false;
  let n = t.grandparent;
  return !ds(s) && !(n && ds(n)) ? false : t.findAncestor((o) => o.type === "css-decl")?.prop?.startsWith("$") ? true : ds(n) ? !r.groups.some((o) => it(o)) : n.type === "value-func";
}
function ut(t) {
  return t.type === "value-comment" && t.inline;
}
function zt(t) {
  return t.type === "value-word" && t.value === "#";
}
function xs(t) {
  return t.type === "value-word" && t.value === "{";
}
function jt(t) {
  return t.type === "value-word" && t.value === "}";
}
function lt(t) {
  return ["value-word", "value-atword"].includes(t.type);
}
function Ht(t) {
  return t?.type === "value-colon";
}
function Pi(t, e) {
  if (!at(e)) return false;
  let { groups: s } = e, r = s.indexOf(t);
  return r === -1 ? false : Ht(s[r + 1]);
}
function Ii(t) {
  return t.value && ["not", "and", "or"].includes(t.value.toLowerCase());
}
function Ri(t) {
  return t.type !== "value-func" ? false : Mc.has(t.value.toLowerCase());
}
function Ae(t) {
  return /\/\//.test(t.split(/[\n\r]/).pop());
}
function de(t) {
  return t?.type === "value-atword" && t.value.startsWith("prettier-placeholder-");
}
function Li(t, e) {
  if (t.open?.value !== "(" || t.close?.value !== ")" || t.groups.some((s) => s.type !== "value-comma_group")) return false;
  if (e.type === "value-comma_group") {
    let s = e.groups.indexOf(t) - 1, r = e.groups[s];
    if (r?.type === "value-word" && r.value === "with") return true;
  }
  return false;
}
function ct(t) {
  return t.type === "value-paren_group" && t.open?.value === "(" && t.close?.value === ")";
}
function Wc(t, e, s) {
  let { node: r } = t, n = t.parent, i = t.grandparent, o = mi(t), u = o && n.type === "value-value" && (o === "grid" || o.startsWith("grid-template")), a = t.findAncestor((b) => b.type === "css-atrule"), l = a && ot(a, e), f = l && r.groups.some(ms), p = Vt(r, n) && !l, c = r.groups.some((b) => ut(b)), h = t.map(s, "groups"), v = [""], d = Se(t, "url"), m = false, y = false;
  for (let b = 0; b < r.groups.length; ++b) {
    let E = r.groups[b - 1], g = r.groups[b], w = r.groups[b + 1];
    if (ut(g) && !w) {
      v.push([v.pop(), Dt([" ", h[b]])]);
      continue;
    }
    if (v.push([v.pop(), h[b]]), d) {
      (w && Z(w) || Z(g)) && v.push([v.pop(), " "]);
      continue;
    }
    if (ke(t, "forward") && g.type === "value-word" && g.value && E !== void 0 && E.type === "value-word" && E.value === "as" && w.type === "value-operator" && w.value === "*" || ke(t, "utility") && g.type === "value-word" && w && w.type === "value-operator" && w.value === "*" || !w || e.parser === "scss" && w.type === "value-word" && w.value === ";" && t.match(void 0, (D, G) => G === "groups" && D.type === "value-paren_group", (D, G) => G === "group" && D.type === "value-func" && D.value === "if") || g.type === "value-word" && de(w) && P(g) === M(w)) continue;
    if (g.type === "value-string" && g.quoted) {
      let D = g.value.lastIndexOf("#{"), G = g.value.lastIndexOf("}");
      D !== -1 && G !== -1 ? m = D > G : D !== -1 ? m = true : G !== -1 && (m = false);
    }
    if (m || Ht(g) || Ht(w) || g.type === "value-atword" && (g.value === "" || g.value.endsWith("[")) || w.type === "value-word" && w.value.startsWith("]") || g.value === "~") continue;
    if (e.parser === "less") {
      if (w?.type === "value-word" && w.value === "[") continue;
      if (g.type === "value-word" && g.value.endsWith("[") && (w?.type === "value-atword" || w?.type === "value-word")) {
        V(r.groups.some((D, G) => G > b && (D.value?.startsWith("]") || D.value?.endsWith("]"))));
        continue;
      }
      if ((g.type === "value-word" || g.type === "value-atword") && g.value.endsWith("[$") && w?.type === "value-atword" || g.type === "value-word" && g.value === "$" && (E?.type === "value-word" || E?.type === "value-atword") && E.value.endsWith("[") && w?.type === "value-atword") continue;
    }
    if (g.type !== "value-string" && g.value && g.value.includes("\\") && w && w.type !== "value-comment" || E?.value && E.value.indexOf("\\") === E.value.length - 1 && g.type === "value-operator" && g.value === "/" || g.value === "\\" || Oi(g, w) || zt(g) || xs(g) || jt(w) || xs(w) && ee(w) || jt(g) && ee(w) || g.value === "--" && zt(w)) continue;
    let $ = it(g), re = it(w);
    if (($ && zt(w) || re && jt(g)) && ee(w) || Z(w) && Se(t, "type") && ee(w) || !E && Te(g) || Se(t, "calc") && (Z(g) || Z(w) || Oe(g) || Oe(w)) && ee(w)) continue;
    if (e.parser === "scss" && $ && g.value === "-" && w.type === "value-func" && P(g) !== M(w)) {
      v.push([v.pop(), " "]);
      continue;
    }
    let se = r.groups[b + 2], O = (Z(g) || Oe(g)) && b === 0 && (w.type === "value-number" || w.isHex) && i && Ri(i) && !ee(w), A = se?.type === "value-func" || se && lt(se) || g.type === "value-func" || lt(g), C = w.type === "value-func" || lt(w) || E?.type === "value-func" || E && lt(E);
    if (!(!(Gt(w) || Gt(g)) && !Se(t, "calc") && !O && (Te(w) && !A || Te(g) && !C || Z(w) && !A || Z(g) && !C || Oe(w) || Oe(g)) && (ee(w) || $ && (!E || E && it(E)))) && !((e.parser === "scss" || e.parser === "less") && $ && g.value === "-" && ct(w) && P(g) === M(w.open) && w.open.value === "(")) {
      if (ut(g)) {
        if (n.type === "value-paren_group") {
          v.push(p ? T : pe(T), "");
          continue;
        }
        v.push(T, "");
        continue;
      }
      if (l && (ys(w) || gs(w) || f && (ys(g) || gs(g)) || ms(w) || ki(g) || Si(g))) {
        v.push([v.pop(), " "]);
        continue;
      }
      if (a && a.name.toLowerCase() === "namespace") {
        v.push([v.pop(), " "]);
        continue;
      }
      if (u) {
        g.source && w.source && g.source.start.line !== w.source.start.line ? (v.push(T, ""), y = true) : v.push([v.pop(), " "]);
        continue;
      }
      if (!(o && (o === "font" || o.startsWith("--")) && (Te(w) && ee(w) && qi(g) || Te(g) && ee(g) && qi(E)))) {
        if (re) {
          v.push([v.pop(), " "]);
          continue;
        }
        if (w?.value !== "..." && !(de(g) && de(w) && P(g) === M(w))) {
          if (de(g) && ct(w) && P(g) === M(w.open)) {
            v.push(R, "");
            continue;
          }
          if (g.value === "with" && ct(w)) {
            v = [[Ue(v), " "]];
            continue;
          }
          if (!(g.value?.endsWith("#") && w.value === "{" && ct(w.group)) && !(ut(w) && !se)) {
            if (!a && g.type === "value-comment" && !g.inline && r.groups.slice(0, b).every((D) => D.type === "value-comment")) {
              v.push(p ? N : pe(N), "");
              continue;
            }
            v.push(N, "");
          }
        }
      }
    }
  }
  return c && v.push([v.pop(), be]), y && v.unshift("", T), l ? L(I(v)) : xi(t) ? L(Ue(v)) : L(I(Ue(v)));
}
function qi(t) {
  if (t?.type === "value-number") return true;
  if (t?.type !== "value-func") return false;
  let e = t.value.toLowerCase();
  return e === "var" || e === "calc" || e === "min" || e === "max" || e === "clamp" || e.startsWith("--");
}
function Yc(t, e) {
  if (e === false) return false;
  if (t.charAt(e) === "/" && t.charAt(e + 1) === "*") {
    for (let s = e + 2; s < t.length; ++s) if (t.charAt(s) === "*" && t.charAt(s + 1) === "/") return s + 2;
  }
  return e;
}
function Vc(t, e, s) {
  if (e === false) return false;
  let r = !!s?.backwards, n = t.charAt(e);
  if (r) {
    if (t.charAt(e - 1) === "\r" && n === `
`) return e - 2;
    if (Bi(n)) return e - 1;
  } else {
    if (n === "\r" && t.charAt(e + 1) === `
`) return e + 2;
    if (Bi(n)) return e + 1;
  }
  return e;
}
function zc(t, e) {
  return e === false ? false : t.charAt(e) === "/" && t.charAt(e + 1) === "/" ? Ut(t, e) : e;
}
function jc(t, e) {
  let s = null, r = e;
  for (; r !== s; ) s = r, r = We(t, r), r = Qt(t, r), r = Kt(t, r), r = Ge(t, r);
  return r;
}
function Hc(t, e) {
  let s = Fi(t, e);
  return s === false ? "" : t.charAt(s);
}
function Qc(t, e, s = {}) {
  let r = We(t, s.backwards ? e - 1 : e, s), n = Ge(t, r, s);
  return r !== n;
}
function Kc(t, e) {
  let s = null, r = e;
  for (; r !== s; ) s = r, r = $n(t, r), r = Qt(t, r), r = We(t, r);
  return r = Kt(t, r), r = Ge(t, r), r !== false && Jt(t, r);
}
function Jc(t) {
  return t.length === 1 ? t : t.toLowerCase().replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2").replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1").replace(/^([+-])?\./, "$10.").replace(/(\.\d+?)0+(?=e|$)/, "$1").replace(/\.(?=e|$)/, "");
}
function bs(t) {
  let e = t.toLowerCase();
  return Zt.has(e) ? Zt.get(e) : t;
}
function H(t, e) {
  return k(0, t, _s, (s) => Bt(s, e));
}
function $i(t) {
  return k(0, t, _s, "");
}
function Gi(t, e) {
  let s = e.singleQuote ? "'" : '"', r = "", n = t.match(/^(?<value>.+?)\s+(?<flag>[a-z])$/i);
  return n && ({ value: t, flag: r } = n.groups), (t.includes('"') || t.includes("'") ? t : s + t + s) + (r ? ` ${r}` : "");
}
function Ce(t) {
  return k(0, t, tf, (e, s, r, n, i) => !r && n && (i ?? (i = ""), i = i.toLowerCase(), !i || i === "n" || Zt.has(i)) ? Es(n) + (i ? bs(i) : "") : e);
}
function Es(t) {
  return Wi(t).replace(/\.0(?=$|e)/, "");
}
function Yi(t) {
  return t.trailingComma === "es5" || t.trailingComma === "all";
}
function rf({ node: t, parent: e }, s) {
  if (e.type !== "value-paren_group") return false;
  let r = t.type === "value-comma_group" ? t.groups : [t], n = Mi(0, r, (o) => o.type !== "value-comment");
  return n ? Ui(s.originalText, P(n)) === "," : false;
}
function sf(t, e) {
  return (_i(t.grandparent) || e.parser === "scss" && t.grandparent?.type !== "value-func" && t.parent.groups.length === 1 && !at(t.parent.groups[0])) && rf(t, e) ? "," : t.node.type !== "value-comment" && !(t.node.type === "value-comma_group" && t.node.groups.every((s) => s.type === "value-comment")) && Yi(e) && t.callParent(() => vs(t, e)) ? qt(",") : "";
}
function Vi(t, e, s) {
  let { node: r, parent: n } = t, i = t.map(({ node: h }) => typeof h == "string" ? h : s(), "groups");
  if (n && bi(n) && (r.groups.length === 1 || r.groups.length > 0 && r.groups[0].type === "value-comma_group" && r.groups[0].groups.length > 0 && r.groups[0].groups[0].type === "value-word" && r.groups[0].groups[0].value.startsWith("data:"))) return [r.open ? s("open") : "", z(",", i), r.close ? s("close") : ""];
  if (!r.open) {
    let h = Ss(t);
    xe(i);
    let v = of(z(",", i), 2), d = z(h ? T : N, v);
    return I(h ? [T, d] : L([nf(t) ? R : "", Ue(d)]));
  }
  let o = t.map(({ node: h, isLast: v, index: d }) => {
    let m = i[d];
    Vt(h, r) && fe(m) === le && fe(m.contents) === ue && fe(m.contents.contents) === ce && (m = L(pe(m)));
    let y = [m, v ? sf(t, e) : ","];
    if (!v && h.type === "value-comma_group" && he(h.groups)) {
      let b = Y(0, h.groups, -1);
      !b.source && b.close && (b = b.close), b.source && Xt(e.originalText, P(b)) && y.push(T);
    }
    return y;
  }, "groups"), u = Pi(r, n), a = Li(r, n), l = vs(t, e), f = a || l && !u, p = a || u, c = L([r.open ? s("open") : "", I([R, z(N, o)]), R, Mt, r.close ? s("close") : ""], { shouldBreak: f });
  return p ? pe(c) : c;
}
function Ss(t) {
  return t.match((e) => e.type === "value-paren_group" && !e.open && e.groups.some((s) => s.type === "value-comma_group"), (e, s) => s === "group" && e.type === "value-value", (e, s) => s === "group" && e.type === "value-root", (e, s) => s === "value" && (e.type === "css-decl" && !e.prop.startsWith("--") || e.type === "css-atrule" && e.variable));
}
function nf(t) {
  return t.match((e) => e.type === "value-paren_group" && !e.open, (e, s) => s === "group" && e.type === "value-value", (e, s) => s === "group" && e.type === "value-root", (e, s) => s === "value" && e.type === "css-decl");
}
function of(t, e) {
  let s = [];
  for (let r = 0; r < t.length; r += e) s.push(t.slice(r, r + e));
  return s;
}
function af(t, e, s) {
  let r = [];
  return t.each(() => {
    let { node: n, previous: i } = t;
    if (i?.type === "css-comment" && i.text.trim() === "prettier-ignore" ? r.push(e.originalText.slice(M(n), P(n))) : r.push(s()), t.isLast) return;
    let { next: o } = t;
    o.type === "css-comment" && !Jt(e.originalText, M(o), { backwards: true }) && !$e(n) || o.type === "css-atrule" && o.name === "else" && n.type !== "css-comment" ? r.push(" ") : (r.push(e.__isHTMLStyleAttribute ? N : T), Xt(e.originalText, P(n)) && !$e(n) && r.push(T));
  }, "nodes"), r;
}
function zi(t, e, s) {
  let { node: r, parent: n } = t, { between: i } = r.raws, o = i.trim(), u = o === ":", a = i.endsWith(" ") && u, l = typeof r.value == "string" && /^ *$/.test(r.value), f = typeof r.value == "string" ? r.value : s("value");
  f = Ai(r) ? kn(f) : f, !u && Ae(o) && !t.call(() => Ss(t), "value", "group", "group") && (f = I([T, pe(f)]));
  let p = [k(0, r.raws.before, /[\s;]/g, ""), n.type === "css-atrule" && n.variable || vi(t) ? r.prop : Ee(r.prop)];
  if (o.startsWith("//") && p.push(" "), p.push(o), r.extend || l || !a && r.isNested && (de(r.value.group.group) || de(r.value.group.group.groups?.[0])) || p.push(" "), e.parser === "less" && r.extend && r.selector && p.push(r.selector.nodes.length > 1 ? L(["extend(", I([R, s("selector")]), R, ")"]) : ["extend(", s("selector"), ")"]), p.push(f), r.raws.important) {
    let c = `${l ? "" : " "}!important`;
    p.push(r.raws.important.replace(/\s*!\s*important/i, c));
  } else r.important && p.push(" !important");
  return r.raws.scssDefault ? p.push(r.raws.scssDefault.replace(/\s*!default/i, " !default")) : r.scssDefault && p.push(" !default"), r.raws.scssGlobal ? p.push(r.raws.scssGlobal.replace(/\s*!global/i, " !global")) : r.scssGlobal && p.push(" !global"), r.nodes ? p.push([" {", r.nodes.length > 0 ? I([R, Ne(t, e, s)]) : "", R, "}"]) : Ti(r) && !n.raws.semicolon && e.originalText[P(r) - 1] !== ";" || p.push(e.__isHTMLStyleAttribute && t.isLast ? qt(";") : ";"), p;
}
function uf(t, e, s) {
  let { node: r } = t;
  switch (r.type) {
    case "css-root": {
      let n = Ne(t, e, s), i = r.raws.after.trim();
      return i.startsWith(";") && (i = i.slice(1).trim()), [r.frontMatter ? [s("frontMatter"), T, r.nodes.length > 0 ? T : ""] : "", n, i ? ` ${i}` : "", r.nodes.length > 0 ? T : ""];
    }
    case "css-comment": {
      let n = r.inline || r.raws.inline, i = e.originalText.slice(M(r), P(r));
      return n ? i.trimEnd() : i;
    }
    case "css-rule":
      return [s("selector"), r.important ? " !important" : "", r.nodes ? [r.selector?.type === "selector-unknown" && Ae(r.selector.value) ? N : r.selector ? " " : "", "{", r.nodes.length > 0 ? I([T, Ne(t, e, s)]) : "", T, "}", Ei(r) ? ";" : ""] : ";"];
    case "css-decl":
      return zi(t, e, s);
    case "css-atrule": {
      let n = t.parent, i = Yt(r) && !n.raws.semicolon && e.originalText[P(r) - 1] !== ";";
      if (e.parser === "less") {
        if (r.mixin) return [s("selector"), r.important ? " !important" : "", i ? "" : ";"];
        if (r.function) return [r.name, typeof r.params == "string" ? r.params : s("params"), i ? "" : ";"];
        if (r.variable) return ["@", r.name, ": ", r.value ? [s("value"), Mt] : "", r.raws.between.trim() ? r.raws.between.trim() + " " : "", r.nodes ? ["{", r.nodes.length > 0 ? I([R, Ne(t, e, s)]) : "", R, "}"] : "", i ? "" : ";"];
      }
      let o = r.name === "import" && r.params?.type === "value-unknown" && r.params.value.endsWith(";");
      return ["@", ws(r) || r.name.endsWith(":") || Yt(r) ? r.name : Ee(r.name), r.params ? [ws(r) ? "" : Yt(r) ? r.raws.afterName === "" ? "" : r.name.endsWith(":") ? " " : /^\s*\n\s*\n/.test(r.raws.afterName) ? [T, T] : /^\s*\n/.test(r.raws.afterName) ? T : " " : " ", typeof r.params == "string" ? r.params : s("params")] : "", r.selector ? I([" ", s("selector")]) : "", r.value ? L([" ", s("value"), ot(r, e) ? Ci(r) ? " " : N : ""]) : r.name === "else" ? " " : "", r.nodes ? [ot(r, e) ? "" : r.selector && !r.selector.nodes && typeof r.selector.value == "string" && Ae(r.selector.value) || !r.selector && typeof r.params == "string" && Ae(r.params) ? N : " ", "{", r.nodes.length > 0 ? I([R, Ne(t, e, s)]) : "", R, "}"] : i || o ? "" : ";"];
    }
    case "media-query-list": {
      let n = [];
      return t.each(({ node: i }) => {
        i.type === "media-query" && i.value === "" || n.push(s());
      }, "nodes"), L(I(z(N, n)));
    }
    case "media-query":
      return [z(" ", t.map(s, "nodes")), t.isLast ? "" : ","];
    case "media-type":
      return Ce(H(r.value, e));
    case "media-feature-expression":
      return r.nodes ? ["(", ...t.map(s, "nodes"), ")"] : r.value;
    case "media-feature":
      return Ee(H(k(0, r.value, / +/g, " "), e));
    case "media-colon":
      return [r.value, " "];
    case "media-value":
      return Ce(H(r.value, e));
    case "media-keyword":
      return H(r.value, e);
    case "media-url":
      return H(k(0, k(0, r.value, /^url\(\s+/gi, "url("), /\s+\)$/g, ")"), e);
    case "media-unknown":
      return r.value;
    case "selector-root":
      return L([ke(t, "custom-selector") ? [t.findAncestor((n) => n.type === "css-atrule").customSelector, N] : "", z([",", ke(t, ["extend", "custom-selector", "nest"]) ? N : T], t.map(s, "nodes"))]);
    case "selector-selector": {
      let n = r.nodes.length > 2;
      return L((n ? I : (i) => i)(t.map(s, "nodes")));
    }
    case "selector-comment":
      return r.value;
    case "selector-string":
      return H(r.value, e);
    case "selector-tag":
      return [r.namespace ? [r.namespace === true ? "" : r.namespace.trim(), "|"] : "", t.previous?.type === "selector-nesting" ? r.value : Ce(wi(t, r.value) ? r.value.toLowerCase() : r.value)];
    case "selector-id":
      return ["#", r.value];
    case "selector-class":
      return [".", Ce(H(r.value, e))];
    case "selector-attribute":
      return ["[", r.namespace ? [r.namespace === true ? "" : r.namespace.trim(), "|"] : "", r.attribute.trim(), r.operator ?? "", r.value ? Tn(Gi(H(r.value.trim(), e), e), ss) : "", r.insensitive ? " i" : "", "]"];
    case "selector-combinator": {
      if (r.value === "+" || r.value === ">" || r.value === "~" || r.value === ">>>") {
        let o = t.parent, u = o.type === "selector-selector" && o.nodes[0] === r, a = u ? "" : N, l = u && r.value === "+" && gi(t.grandparent);
        return [a, r.value, t.isLast || l ? "" : " "];
      }
      let n = r.value.trimStart().startsWith("(") ? N : "", i = Ce(H(r.value.trim(), e)) || N;
      return [n, i];
    }
    case "selector-universal":
      return [r.namespace ? [r.namespace === true ? "" : r.namespace.trim(), "|"] : "", r.value];
    case "selector-pseudo":
      return [Ee(r.value), he(r.nodes) ? L(["(", I([R, z([",", N], t.map(s, "nodes"))]), R, ")"]) : ""];
    case "selector-nesting":
      return r.value;
    case "selector-unknown": {
      if (t.findAncestor((u) => u.type === "css-rule")?.isScssNestedProperty) return Ce(H(Ee(r.value), e));
      let i = t.parent;
      if (i.raws?.selector) {
        let u = M(i), a = u + i.raws.selector.length;
        return e.originalText.slice(u, a).trim();
      }
      let o = t.grandparent;
      if (i.type === "value-paren_group" && o?.type === "value-func" && o.value === "selector") {
        let u = P(i.open) + 1, a = M(i.close), l = e.originalText.slice(u, a).trim();
        return Ae(l) ? [be, l] : l;
      }
      return r.value;
    }
    case "value-value":
    case "value-root":
      return s("group");
    case "value-comment": {
      let n = e.originalText.slice(M(r), P(r));
      return r.inline ? Dt(n.trimEnd()) : n;
    }
    case "value-comma_group":
      return Di(t, e, s);
    case "value-paren_group":
      return Vi(t, e, s);
    case "value-func":
      return [r.value, ke(t, "supports") && Ii(r) ? " " : "", s("group")];
    case "value-paren":
      return r.value;
    case "value-number":
      return [Es(r.value), bs(r.unit)];
    case "value-operator":
      return r.value;
    case "value-word":
      return r.isColor && r.isHex || yi(r.value) ? r.value.toLowerCase() : r.value;
    case "value-colon": {
      let { previous: n } = t;
      return L([r.value, typeof n?.value == "string" && n.value.endsWith("\\") || Se(t, "url") ? "" : N]);
    }
    case "value-string":
      return Bt(r.raws.quote + r.value + r.raws.quote, e);
    case "value-atword":
      return ["@", r.value];
    case "value-unicode-range":
      return r.value;
    case "value-unknown":
      return r.value;
    default:
      throw new Dn(r, "PostCSS");
  }
}
function Us(t) {
  if (t[0] === "word" && t[1].slice(0, 2) === "//") {
    let e = t, s = [], r, n;
    for (; t; ) {
      if (/\r?\n/.test(t[1])) {
        if (/['"].*\r?\n/.test(t[1])) {
          s.push(t[1].substring(0, t[1].indexOf(`
`))), n = t[1].substring(t[1].indexOf(`
`));
          let o = this.input.css.valueOf().substring(this.tokenizer.position());
          n += o, r = t[3] + o.length - n.length;
        } else this.tokenizer.back(t);
        break;
      }
      s.push(t[1]), r = t[2], t = this.tokenizer.nextToken({ ignoreUnclosed: true });
    }
    let i = ["comment", s.join(""), e[2], r];
    return this.inlineComment(i), n && (this.input = new Vo.default(n, { from: this.input.file }), this.tokenizer = (0, Yo.default)(this.input)), true;
  } else if (t[1] === "/") {
    let e = this.tokenizer.nextToken({ ignoreUnclosed: true });
    if (e[0] === "comment" && /^\/\*/.test(e[1])) return e[0] = "word", e[1] = e[1].slice(1), t[1] = "//", this.tokenizer.back(e), Us.bind(this)(t);
  }
  return false;
}
function cr(t) {
  let e = [t, this.tokenizer.nextToken()], s = ["word", "}"];
  if (e[0][1].length > 1 || e[1][0] !== "{") return this.tokenizer.back(e[1]), false;
  for (t = this.tokenizer.nextToken(); t && s.includes(t[0]); ) e.push(t), t = this.tokenizer.nextToken();
  let r = e.map((u) => u[1]), [n] = e, i = e.pop(), o = ["word", r.join(""), n[2], i[2]];
  return this.tokenizer.back(t), this.tokenizer.back(o), true;
}
function zo(t) {
  let e = [], s = t.tokenizer.nextToken();
  for (; s && !(s[0] === "at-word" && s[1] === "@" && cr.bind(t)(s) && (s = t.tokenizer.nextToken(), !s) || (e.push(s), s[0] === "{" || s[0] === "}" || s[0] === ";")); ) s = t.tokenizer.nextToken();
  for (let r of e.reverse()) t.tokenizer.back(r);
}
function Qo(t) {
  let { name: e, params: s = "" } = t;
  if (e === "import" && s.length) {
    t.import = true;
    let r = (0, Ho.default)({ css: s });
    for (t.filename = s.replace(Qf, "$1"); !r.endOfFile(); ) {
      let [n, i] = r.nextToken();
      if (n === "word" && i === "url") return;
      if (n === "brackets") {
        t.options = i, t.filename = s.replace(i, "").trim();
        break;
      }
    }
  }
}
function Xo(t) {
  let { name: e, params: s = "" } = t;
  if (t.name.slice(-1) === ":") {
    if (Ko.test(e)) {
      let [r] = e.match(Ko);
      t.name = e.replace(r, ""), t.raws.afterName = r + (t.raws.afterName || ""), t.variable = true, t.value = t.params;
    }
    if (Jo.test(s)) {
      let [r] = s.match(Jo);
      t.value = s.replace(r, ""), t.raws.afterName = (t.raws.afterName || "") + r, t.variable = true;
    }
  }
}
function ra(t, e) {
  let s = new ta.default(t, e), r = new fr(s);
  return r.parse(), r.root.walk((n) => {
    let i = s.css.lastIndexOf(n.source.input.css);
    if (i === 0) return;
    if (i + n.source.input.css.length !== s.css.length) throw new Error("Invalid state detected in postcss-less");
    let o = i + n.source.start.offset, u = s.fromOffset(i + n.source.start.offset);
    if (n.source.start = { column: u.col, line: u.line, offset: o }, n.source.end) {
      let a = i + n.source.end.offset, l = s.fromOffset(i + n.source.end.offset);
      n.source.end = { column: l.col, line: l.line, offset: a };
    }
  }), r.root;
}
function zp(t, e) {
  let s = new SyntaxError(t + " (" + e.loc.start.line + ":" + e.loc.start.column + ")");
  return Object.assign(s, e);
}
function jp(t) {
  return t !== null && typeof t == "object";
}
function ie(t, e, s) {
  if (Re(t)) {
    delete t.parent;
    for (let r in t) ie(t[r], e, s), r === "type" && typeof t[r] == "string" && !t[r].startsWith(e) && (!s || !s.test(t[r])) && (t[r] = e + t[r]);
  }
  return t;
}
function sn(t) {
  if (Re(t)) {
    delete t.parent;
    for (let e in t) sn(t[e]);
    !Array.isArray(t) && t.value && !t.type && (t.type = "unknown");
  }
  return t;
}
function oh(t) {
  let e;
  try {
    e = ih(t);
  } catch {
    return { type: "selector-unknown", value: t };
  }
  return ie(sn(e), "media-");
}
function xy(t) {
  if (/\/[/*]/.test($i(t))) return { type: "selector-unknown", value: t.trim() };
  let e;
  try {
    new Uu.default((s) => {
      e = s;
    }).process(t);
  } catch {
    return { type: "selector-unknown", value: t };
  }
  return ie(e, "selector-");
}
function lg(t) {
  return Zr(t).text.slice(t.group.open.sourceIndex + 1, t.group.close.sourceIndex).trim();
}
function cg(t) {
  if (he(t)) {
    for (let e = t.length - 1; e > 0; e--) if (t[e].type === "word" && t[e].value === "{" && t[e - 1].type === "word" && t[e - 1].value.endsWith("#")) return true;
  }
  return false;
}
function fg(t) {
  return t.some((e) => e.type === "string" || e.type === "func" && !e.value.endsWith("\\"));
}
function pg(t, e) {
  return !!(e.parser === "scss" && t?.type === "word" && t.value.startsWith("$"));
}
function hg(t, e) {
  let { nodes: s } = t, r = { open: null, close: null, groups: [], type: "paren_group" }, n = [r], i = r, o = { groups: [], type: "comma_group" }, u = [o];
  for (let a = 0; a < s.length; ++a) {
    let l = s[a];
    if (e.parser === "scss" && l.type === "number" && l.unit === ".." && l.value.endsWith(".") && (l.value = l.value.slice(0, -1), l.unit = "..."), l.type === "func" && l.value === "selector") {
      let f = Zr(t).text.slice(l.group.open.sourceIndex + 1, l.group.close.sourceIndex), p = ae(f);
      p.sourceIndex = l.group.open.sourceIndex + 1, p.raws ?? (p.raws = {}), p.raws.selector = f, l.group.groups = [p];
    }
    if (l.type === "func" && l.value === "url") {
      let f = l.group?.groups ?? [], p = [];
      for (let c = 0; c < f.length; c++) {
        let h = f[c];
        h.type === "comma_group" ? p = [...p, ...h.groups] : p.push(h);
      }
      (Cl(p) || !Nl(p) && !Pl(p[0], e)) && (l.group.groups = [Al(l)]);
    }
    if (l.type === "paren" && l.value === "(") r = { open: l, close: null, groups: [], type: "paren_group" }, n.push(r), o = { groups: [], type: "comma_group" }, u.push(o);
    else if (Il(l)) {
      if (o.groups.length > 0 && r.groups.push(o), r.close = l, u.length === 1) throw new Error("Unbalanced parenthesis");
      u.pop(), o = Y(0, u, -1), o.groups.push(r), n.pop(), r = Y(0, n, -1);
    } else if (l.type === "comma") {
      if (a === s.length - 3 && s[a + 1].type === "comment" && Il(s[a + 2])) continue;
      r.groups.push(o), o = { groups: [], type: "comma_group" }, u[u.length - 1] = o;
    } else o.groups.push(l);
  }
  return o.groups.length > 0 && r.groups.push(o), i;
}
function es(t) {
  return t.type === "paren_group" && !t.open && !t.close && t.groups.length === 1 || t.type === "comma_group" && t.groups.length === 1 ? es(t.groups[0]) : t.type === "paren_group" || t.type === "comma_group" ? { ...t, groups: t.groups.map(es) } : t;
}
function Ll(t, e) {
  if (Re(t)) for (let s in t) s !== "parent" && (Ll(t[s], e), s === "nodes" && (t.type === "atword" && t.nodes.length === 0 || (t.group = es(hg(t, e))), delete t[s]));
  return t;
}
function dg(t, e) {
  if (e.parser === "less" && t.startsWith("~`")) return { type: "value-unknown", value: t };
  let s;
  try {
    s = new Rl.default(t, { loose: true }).parse();
  } catch {
    return { type: "value-unknown", value: t };
  }
  s.text = t;
  let r = Ll(s, e);
  return ie(r, "value-", /^selector-/);
}
function yg(t) {
  return mg.has(t);
}
function gg(t, e) {
  return e.parser !== "scss" || !t.selector ? false : t.selector.replace(/\/\*.*?\*\//, "").replace(/\/\/.*\n/, "").trimEnd().endsWith(":");
}
function Fl(t, e) {
  if (Re(t)) {
    delete t.parent;
    for (let i in t) Fl(t[i], e);
    if (!t.type) return t;
    if (t.raws ?? (t.raws = {}), t.type === "css-decl" && typeof t.prop == "string" && t.prop.startsWith("--") && typeof t.value == "string" && t.value.startsWith("{")) {
      let i;
      if (t.value.trimEnd().endsWith("}")) {
        let o = e.originalText.slice(0, t.source.start.offset), u = "a".repeat(t.prop.length) + e.originalText.slice(t.source.start.offset + t.prop.length, t.source.end.offset), a = $t(o) + u, l;
        e.parser === "scss" ? l = $l : e.parser === "less" ? l = Wl : l = Ul;
        let f;
        try {
          f = l(a, { ...e });
        } catch {
        }
        f?.nodes?.length === 1 && f.nodes[0].type === "css-rule" && (i = f.nodes[0].nodes);
      }
      return i ? t.value = { type: "css-rule", nodes: i } : t.value = { type: "value-unknown", value: t.raws.value.raw }, t;
    }
    let s = "";
    typeof t.selector == "string" && (s = t.raws.selector ? t.raws.selector.scss ?? t.raws.selector.raw : t.selector, t.raws.between && t.raws.between.trim().length > 0 && (s += t.raws.between), t.raws.selector = s);
    let r = "";
    typeof t.value == "string" && (r = t.raws.value ? t.raws.value.scss ?? t.raws.value.raw : t.value, t.raws.value = r.trim());
    let n = "";
    if (typeof t.params == "string" && (n = t.raws.params ? t.raws.params.scss ?? t.raws.params.raw : t.params, t.raws.afterName && t.raws.afterName.trim().length > 0 && (n = t.raws.afterName + n), t.raws.between && t.raws.between.trim().length > 0 && (n += t.raws.between), n = n.trim(), t.raws.params = n), s.trim().length > 0) return s.startsWith("@") && s.endsWith(":") ? t : t.mixin ? (t.selector = we(s, e), t) : (Dl(t, e) && (t.isScssNestedProperty = true), t.selector = ae(s), t);
    if (r.trim().length > 0) {
      let i = r.match(wg);
      i && (r = r.slice(0, i.index), t.scssDefault = true, i[0].trim() !== "!default" && (t.raws.scssDefault = i[0]));
      let o = r.match(vg);
      if (o && (r = r.slice(0, o.index), t.scssGlobal = true, o[0].trim() !== "!global" && (t.raws.scssGlobal = o[0])), r.startsWith("progid:")) return { type: "value-unknown", value: r };
      t.value = we(r, e);
    }
    if (e.parser === "less" && t.type === "css-decl" && typeof t.prop == "string" && /^\s*\+\s*:/.test(t.raws.between) && (t.prop += "+", t.raws.between = t.raws.between.replace("+", "")), e.parser === "less" && t.type === "css-decl" && r.startsWith("extend(") && (t.extend || (t.extend = t.raws.between === ":"), t.extend && !t.selector && (delete t.value, t.selector = ae(r.slice(7, -1)))), t.type === "css-atrule") {
      if (e.parser === "less") {
        if (t.mixin) {
          let i = t.raws.identifier + t.name + t.raws.afterName + t.raws.params;
          return t.selector = ae(i), delete t.params, t;
        }
        if (t.function) return t;
      }
      if (e.parser === "css" && t.name === "custom-selector") {
        let i = t.params.match(/:--\S+\s+/)[0].trim();
        return t.customSelector = i, t.selector = ae(t.params.slice(i.length).trim()), delete t.params, t;
      }
      if (e.parser === "less") {
        if (t.name.includes(":")) {
          t.variable = true;
          let i = t.name.split(":");
          t.name = i[0];
          let o = i.slice(1).join(":");
          t.params && (o += t.params), t.value = we(o, e);
        }
        if (!["page", "nest", "keyframes"].includes(t.name) && t.params?.[0] === ":") {
          t.variable = true;
          let i = t.params.slice(1);
          i && (t.value = we(i, e)), t.raws.afterName += ":";
        }
        if (t.variable) return delete t.params, t.value || delete t.value, t;
      }
    }
    if (t.type === "css-atrule" && n.length > 0) {
      let { name: i } = t;
      if (i === "warn" || i === "error") return t.params = { type: "media-unknown", value: n }, t;
      if (i === "extend" || i === "nest") return t.selector = ae(n), delete t.params, t;
      if (i === "at-root") return /^\(\s*(?:without|with)\s*:.+\)$/s.test(n) ? t.params = we(n, e) : (t.selector = ae(n), delete t.params), t;
      let o = i.toLowerCase();
      return ql(o) ? (t.import = true, delete t.filename, t.params = we(n, e), t) : ["namespace", "supports", "if", "else", "for", "each", "while", "debug", "mixin", "include", "function", "return", "define-mixin", "add-mixin"].includes(i) ? (n = n.replace(/(\$\S+?)(\s+)?\.{3}/, "$1...$2"), n = n.replace(/^(?!if)([^"'\s(]+)(\s+)\(/, "$1($2"), t.value = we(n, e), delete t.params, t) : ["media", "custom-media"].includes(o) ? n.includes("#{") ? { type: "media-unknown", value: n } : (t.params = za(n), t) : (t.params = n, t);
    }
  }
  return t;
}
function wn(t, e, s) {
  let { frontMatter: r, content: n } = _e(e), i;
  try {
    i = t(n, { map: false });
  } catch (o) {
    let { name: u, reason: a, line: l, column: f } = o;
    throw typeof l != "number" ? o : Ba(`${u}: ${a}`, { loc: { start: { line: l, column: f } }, cause: o });
  }
  return s.originalText = e, i = Fl(ie(i, "css-"), s), Vn(i, e), r && (i.frontMatter = { ...r, type: "front-matter", source: { startOffset: r.start.index, endOffset: r.end.index } }), i;
}
function Ul(t, e = {}) {
  return wn(Ml.default.default, t, e);
}
function Wl(t, e = {}) {
  return wn((s) => ra(Qn(s)), t, e);
}
function $l(t, e = {}) {
  return wn(Bl.default, t, e);
}
var Yl, ts, Vl, zl, jl, Hl, x, bn, Ql, j, Xi, Ts, er, Os, ht, dt, gt, Ye, xt, ne, bo, _o, Rs, ze, sr, He, Ms, nr, ar, ur, _t, pr, ua, Ws, $s, dr, Gs, zs, va, ba, mr, Na, Ra, qa, Ma, Js, Zs, Ga, Ya, nn, on, an, Le, B, br, eu, ru, Je, iu, au, lu, fu, hu, mu, gu, vu, bu, Eu, ku, Lu, Mu, Fu, K, U, Yu, zu, Qu, Ju, Zu, tl, nl, ol, ul, cl, pl, dl, yl, wl, bl, El, Ol, Gl, qe, Kl, Jl, k, Zl, Y, ec, V, et, tt, Nt, ue, De, Pt, le, ce, ve, It, Me, Be, J, Rt, Fe, Lt, fe, rc, rs, En, W, xe, An, Cn, be, N, R, oc, T, ss, On, Mt, he, Pn, In, uc, lc, cc, qn, Bt, is, Dn, Bn, rt, hc, Fn, X, Un, mc, Wn, as, rv, We, $n, Ut, M, P, Wt, $e, $t, nt, _e, Oc, Nc, ps, Pc, Ic, Zn, Rc, Kn, Lc, Jn, qc, ei, ii, oi, ai, ui, pi, hi, di, Mc, Bc, Fc, Di, $c, Gc, Mi, Qt, Bi, Ge, Kt, Fi, Ui, Jt, Xt, Wi, Zt, _s, Xc, Zc, ef, tf, Ne, lf, ji, Hi, Qi, cf, Ki, xn, Ml, ta, Zo, ea, Yo, Vo, jf, Hf, jo, Ho, Qf, Ko, Jo, Kf, fr, Bl, Ba, Re, Va, ih, za, Uu, ae, Rl, ug, Zr, Al, Cl, Nl, Pl, Il, we, mg, ql, Dl, wg, vg, vn, xg, bg, _g, Eg;
var init_postcss = __esm({
  "node_modules/prettier/plugins/postcss.mjs"() {
    Yl = Object.create;
    ts = Object.defineProperty;
    Vl = Object.getOwnPropertyDescriptor;
    zl = Object.getOwnPropertyNames;
    jl = Object.getPrototypeOf;
    Hl = Object.prototype.hasOwnProperty;
    x = (t, e) => () => {
      try {
        return e || t((e = { exports: {} }).exports, e), e.exports;
      } catch (s) {
        throw e = 0, s;
      }
    };
    bn = (t, e) => {
      for (var s in e) ts(t, s, { get: e[s], enumerable: true });
    };
    Ql = (t, e, s, r) => {
      if (e && typeof e == "object" || typeof e == "function") for (let n of zl(e)) !Hl.call(t, n) && n !== s && ts(t, n, { get: () => e[n], enumerable: !(r = Vl(e, n)) || r.enumerable });
      return t;
    };
    j = (t, e, s) => (s = t != null ? Yl(jl(t)) : {}, Ql(e || !t || !t.__esModule ? ts(s, "default", { value: t, enumerable: true }) : s, t));
    Xi = x((lb, ks) => {
      var _ = String, Ji = function() {
        return { isColorSupported: false, reset: _, bold: _, dim: _, italic: _, underline: _, inverse: _, hidden: _, strikethrough: _, black: _, red: _, green: _, yellow: _, blue: _, magenta: _, cyan: _, white: _, gray: _, bgBlack: _, bgRed: _, bgGreen: _, bgYellow: _, bgBlue: _, bgMagenta: _, bgCyan: _, bgWhite: _, blackBright: _, redBright: _, greenBright: _, yellowBright: _, blueBright: _, magentaBright: _, cyanBright: _, whiteBright: _, bgBlackBright: _, bgRedBright: _, bgGreenBright: _, bgYellowBright: _, bgBlueBright: _, bgMagentaBright: _, bgCyanBright: _, bgWhiteBright: _ };
      };
      ks.exports = Ji();
      ks.exports.createColors = Ji;
    });
    Ts = x(() => {
    });
    er = x((pb, to) => {
      "use strict";
      var Zi = Xi(), eo = Ts(), ft = class t extends Error {
        constructor(e, s, r, n, i, o) {
          super(e), this.name = "CssSyntaxError", this.reason = e, i && (this.file = i), n && (this.source = n), o && (this.plugin = o), typeof s < "u" && typeof r < "u" && (typeof s == "number" ? (this.line = s, this.column = r) : (this.line = s.line, this.column = s.column, this.endLine = r.line, this.endColumn = r.column)), this.setMessage(), Error.captureStackTrace && Error.captureStackTrace(this, t);
        }
        setMessage() {
          this.message = this.plugin ? this.plugin + ": " : "", this.message += this.file ? this.file : "<css input>", typeof this.line < "u" && (this.message += ":" + this.line + ":" + this.column), this.message += ": " + this.reason;
        }
        showSourceCode(e) {
          if (!this.source) return "";
          let s = this.source;
          e == null && (e = Zi.isColorSupported);
          let r = (f) => f, n = (f) => f, i = (f) => f;
          if (e) {
            let { bold: f, gray: p, red: c } = Zi.createColors(true);
            n = (h) => f(c(h)), r = (h) => p(h), eo && (i = (h) => eo(h));
          }
          let o = s.split(/\r?\n/), u = Math.max(this.line - 3, 0), a = Math.min(this.line + 2, o.length), l = String(a).length;
          return o.slice(u, a).map((f, p) => {
            let c = u + 1 + p, h = " " + (" " + c).slice(-l) + " | ";
            if (c === this.line) {
              if (f.length > 160) {
                let d = 20, m = Math.max(0, this.column - d), y = Math.max(this.column + d, this.endColumn + d), b = f.slice(m, y), E = r(h.replace(/\d/g, " ")) + f.slice(0, Math.min(this.column - 1, d - 1)).replace(/[^\t]/g, " ");
                return n(">") + r(h) + i(b) + `
 ` + E + n("^");
              }
              let v = r(h.replace(/\d/g, " ")) + f.slice(0, this.column - 1).replace(/[^\t]/g, " ");
              return n(">") + r(h) + i(f) + `
 ` + v + n("^");
            }
            return " " + r(h) + i(f);
          }).join(`
`);
        }
        toString() {
          let e = this.showSourceCode();
          return e && (e = `

` + e + `
`), this.name + ": " + this.message + e;
        }
      };
      to.exports = ft;
      ft.default = ft;
    });
    Os = x((hb, oo) => {
      "use strict";
      var ff = /[\t\n\f\r "#'()/;[\\\]{}]/, ro = { after: `
`, beforeClose: `
`, beforeComment: `
`, beforeDecl: `
`, beforeOpen: " ", beforeRule: `
`, colon: ": ", commentLeft: " ", commentRight: " ", emptyBody: "", indent: "    ", semicolon: false };
      function pf(t) {
        return t[0].toUpperCase() + t.slice(1);
      }
      function so(t, e) {
        let s = "@" + e.name, r = e.params ? t.rawValue(e, "params") : "", n = e.raws.afterName;
        return typeof n > "u" ? n = r ? " " : "" : n === "" && r && !ff.test(r[0]) && (n = " "), s + n + r;
      }
      function hf(t) {
        if (!t.prop.startsWith("--")) return false;
        let e = t.raws.before;
        return typeof e > "u" || !/[^\s;]$/.test(e);
      }
      function io(t, e, s) {
        let r = s.nodes, n = r.length - 1;
        for (; n > 0 && r[n].type === "comment"; ) n -= 1;
        let i = t.raw(s, "semicolon"), o = s.type === "document";
        for (let u = r.length - 1; u >= 0; u--) {
          let a = r[u], l = n !== u || i;
          !l && u < r.length - 1 && (a.type === "atrule" && !a.nodes || a.type === "decl" && hf(a)) && (l = true), e.push({ document: o, node: a, semicolon: l });
        }
      }
      function no(t, e, s, r) {
        let n = t.raw(s, "between", "beforeOpen");
        t.builder(r + n + "{", s, "start");
        let i = s.nodes && s.nodes.length, o = () => {
          let u = i ? t.raw(s, "after") : t.raw(s, "after", "emptyBody");
          u && t.builder(u), t.builder("}", s, "end"), s.type === "rule" && s.raws.ownSemicolon && t.builder(s.raws.ownSemicolon, s, "end");
        };
        i ? (e.push(o), io(t, e, s)) : o();
      }
      var pt = class t {
        constructor(e) {
          this.builder = e;
        }
        atrule(e, s) {
          let r = so(this, e);
          if (e.nodes) this.block(e, r);
          else {
            let n = (e.raws.between || "") + (s ? ";" : "");
            this.builder(r + n, e);
          }
        }
        beforeAfter(e, s) {
          let r;
          e.type === "decl" ? r = this.raw(e, null, "beforeDecl") : e.type === "comment" ? r = this.raw(e, null, "beforeComment") : s === "before" ? r = this.raw(e, null, "beforeRule") : r = this.raw(e, null, "beforeClose");
          let n = e.parent, i = 0;
          for (; n && n.type !== "root"; ) i += 1, n = n.parent;
          if (r.includes(`
`)) {
            let o = this.raw(e, null, "indent");
            if (o.length) for (let u = 0; u < i; u++) r += o;
          }
          return r;
        }
        block(e, s) {
          let r = this.raw(e, "between", "beforeOpen");
          this.builder(s + r + "{", e, "start");
          let n;
          e.nodes && e.nodes.length ? (this.body(e), n = this.raw(e, "after")) : n = this.raw(e, "after", "emptyBody"), n && this.builder(n), this.builder("}", e, "end");
        }
        body(e) {
          let s = t.prototype, r = ["atrule", "block", "body", "rule", "stringify"].every((i) => this[i] === s[i]), n = [];
          for (io(this, n, e); n.length > 0; ) {
            let i = n.pop();
            if (typeof i == "function") {
              i();
              continue;
            }
            let o = i.node, u = this.raw(o, "before");
            u && this.builder(u), r && o.type === "rule" ? no(this, n, o, this.rawValue(o, "selector")) : r && o.type === "atrule" && o.nodes ? no(this, n, o, so(this, o)) : this.stringify(o, i.semicolon);
          }
        }
        comment(e) {
          let s = this.raw(e, "left", "commentLeft"), r = this.raw(e, "right", "commentRight");
          this.builder("/*" + s + e.text + r + "*/", e);
        }
        decl(e, s) {
          let r = e.raws, n = this.raw(e, "between", "colon"), i = e.prop + n + this.rawValue(e, "value");
          e.important && (i += r.important || " !important"), s && (i += ";"), this.builder(i, e);
        }
        document(e) {
          this.body(e);
        }
        raw(e, s, r) {
          let n;
          if (r || (r = s), s && (n = e.raws[s], typeof n < "u")) return n;
          let i = e.parent;
          if (r === "before" && (!i || i.type === "root" && i.first === e || i && i.type === "document")) return "";
          if (!i) return ro[r];
          let o = e.root(), u = o.rawCache || (o.rawCache = {});
          if (typeof u[r] < "u") return u[r];
          if (r === "before" || r === "after") return this.beforeAfter(e, r);
          {
            let a = "raw" + pf(r);
            this[a] ? n = this[a](o, e) : o.walk((l) => {
              if (n = l.raws[s], typeof n < "u") return false;
            });
          }
          return typeof n > "u" && (n = ro[r]), u[r] = n, n;
        }
        rawBeforeClose(e) {
          let s;
          return e.walk((r) => {
            if (r.nodes && r.nodes.length > 0 && typeof r.raws.after < "u") return s = r.raws.after, s.includes(`
`) && (s = s.replace(/[^\n]+$/, "")), false;
          }), s && (s = s.replace(/\S/g, "")), s;
        }
        rawBeforeComment(e, s) {
          let r;
          return e.walkComments((n) => {
            if (typeof n.raws.before < "u") return r = n.raws.before, r.includes(`
`) && (r = r.replace(/[^\n]+$/, "")), false;
          }), typeof r > "u" ? r = this.raw(s, null, "beforeDecl") : r && (r = r.replace(/\S/g, "")), r;
        }
        rawBeforeDecl(e, s) {
          let r;
          return e.walkDecls((n) => {
            if (typeof n.raws.before < "u") return r = n.raws.before, r.includes(`
`) && (r = r.replace(/[^\n]+$/, "")), false;
          }), typeof r > "u" ? r = this.raw(s, null, "beforeRule") : r && (r = r.replace(/\S/g, "")), r;
        }
        rawBeforeOpen(e) {
          let s;
          return e.walk((r) => {
            if (r.type !== "decl" && (s = r.raws.between, typeof s < "u")) return false;
          }), s;
        }
        rawBeforeRule(e) {
          let s;
          return e.walk((r) => {
            if (r.nodes && (r.parent !== e || e.first !== r) && typeof r.raws.before < "u") return s = r.raws.before, s.includes(`
`) && (s = s.replace(/[^\n]+$/, "")), false;
          }), s && (s = s.replace(/\S/g, "")), s;
        }
        rawColon(e) {
          let s;
          return e.walkDecls((r) => {
            if (typeof r.raws.between < "u") return s = r.raws.between.replace(/[^\s:]/g, ""), false;
          }), s;
        }
        rawEmptyBody(e) {
          let s;
          return e.walk((r) => {
            if (r.nodes && r.nodes.length === 0 && (s = r.raws.after, typeof s < "u")) return false;
          }), s;
        }
        rawIndent(e) {
          if (e.raws.indent) return e.raws.indent;
          let s;
          return e.walk((r) => {
            let n = r.parent;
            if (n && n !== e && n.parent && n.parent === e && typeof r.raws.before < "u") {
              let i = r.raws.before.split(`
`);
              return s = i[i.length - 1], s = s.replace(/\S/g, ""), false;
            }
          }), s;
        }
        rawSemicolon(e) {
          let s;
          return e.walk((r) => {
            if (r.nodes && r.nodes.length && r.last.type === "decl" && (s = r.raws.semicolon, typeof s < "u")) return false;
          }), s;
        }
        rawValue(e, s) {
          let r = e[s], n = e.raws[s];
          return n && n.value === r ? n.raw : r;
        }
        root(e) {
          !(e.parent && e.parent.type === "document") && e.source && e.source.input.hasBOM && this.builder("\uFEFF", e, "start"), this.body(e), e.raws.after && this.builder(e.raws.after);
        }
        rule(e) {
          this.block(e, this.rawValue(e, "selector")), e.raws.ownSemicolon && this.builder(e.raws.ownSemicolon, e, "end");
        }
        stringify(e, s) {
          if (!this[e.type]) throw new Error("Unknown AST node type " + e.type + ". Maybe you need to change PostCSS stringifier.");
          this[e.type](e, s);
        }
      };
      oo.exports = pt;
      pt.default = pt;
    });
    ht = x((db, ao) => {
      "use strict";
      var df = Os(), mf = /(<)(\/?style\b)/gi, yf = /(<)(!--)/g;
      function gf(t) {
        return t.includes("<") ? t.replace(mf, "\\3c $2").replace(yf, "\\3c $2") : t;
      }
      function wf(t, e, s) {
        let r = [], n = 0, i = 0;
        for (let o = 0; o < t.length; o += 3) {
          let u = i, a = n + t[o].length;
          for (; n < a; ) e[n] === s[i] ? (n += 1, i += 1) : (n += 1, i += 4);
          r.push(s.slice(u, i));
        }
        return r;
      }
      var As = class extends df {
        escapeHTML(e) {
          let s = this.builder, r, n;
          if (this.builder = (o, u, a) => {
            r ? (n += o, r.push(o, u, a)) : o.includes("<") ? (n = o, r = [o, u, a]) : s(o, u, a);
          }, e(), this.builder = s, !r) return;
          let i = gf(n);
          if (i === n) for (let o = 0; o < r.length; o += 3) s(r[o], r[o + 1], r[o + 2]);
          else {
            let o = wf(r, n, i);
            for (let u = 0; u < r.length; u += 3) s(o[u / 3], r[u + 1], r[u + 2]);
          }
        }
        root(e) {
          e.parent && e.parent.type === "document" ? (this.escapeHTML(() => this.body(e)), e.raws.after && this.builder(e.raws.after)) : this.escapeHTML(() => super.root(e));
        }
      };
      function Cs(t, e) {
        let s = new As(e);
        t.type === "root" || t.type === "document" ? s.stringify(t) : s.escapeHTML(() => s.stringify(t));
      }
      ao.exports = Cs;
      Cs.default = Cs;
    });
    dt = x((mb, Ns) => {
      "use strict";
      Ns.exports.isClean = /* @__PURE__ */ Symbol("isClean");
      Ns.exports.my = /* @__PURE__ */ Symbol("my");
    });
    gt = x((yb, uo) => {
      "use strict";
      var vf = er(), xf = Os(), bf = ht(), { isClean: mt, my: _f } = dt();
      function Ef(t, e) {
        let s = new t.constructor(), r = [[t, s, e]];
        for (; r.length > 0; ) {
          let [n, i, o] = r.pop();
          for (let u in n) {
            if (!Object.prototype.hasOwnProperty.call(n, u) || u === "proxyCache") continue;
            let a = n[u], l = typeof a;
            if (u === "parent" && l === "object") o && (i[u] = o);
            else if (u === "source") i[u] = a;
            else if (Array.isArray(a)) {
              let f = [];
              i[u] = f;
              for (let p of a) {
                let c = new p.constructor();
                f.push(c), r.push([p, c, i]);
              }
            } else {
              if (l === "object" && a !== null) {
                let f = new a.constructor();
                r.push([a, f, void 0]), a = f;
              }
              i[u] = a;
            }
          }
        }
        return s;
      }
      function me(t, e) {
        if (e && typeof e.offset < "u") return e.offset;
        let s = 1, r = 1, n = 0;
        for (let i = 0; i < t.length; i++) {
          if (r === e.line && s === e.column) {
            n = i;
            break;
          }
          t[i] === `
` ? (s = 1, r += 1) : s += 1;
        }
        return n;
      }
      var yt = class t {
        get proxyOf() {
          return this;
        }
        constructor(e = {}) {
          this.raws = {}, this[mt] = false, this[_f] = true;
          for (let s of Object.keys(e)) if (s !== "__proto__") if (s === "nodes") {
            this.nodes = [];
            for (let r of e[s]) typeof r.clone == "function" && r.parent ? this.append(r.clone()) : this.append(r);
          } else this[s] = e[s];
        }
        addToError(e) {
          if (e.postcssNode = this, e.stack && this.source && /\n\s{4}at /.test(e.stack)) {
            let s = this.source;
            e.stack = e.stack.replace(/\n\s{4}at /, `$&${s.input.from}:${s.start.line}:${s.start.column}$&`);
          }
          return e;
        }
        after(e) {
          return this.parent.insertAfter(this, e), this;
        }
        assign(e = {}) {
          for (let s in e) this[s] = e[s];
          return this;
        }
        before(e) {
          return this.parent.insertBefore(this, e), this;
        }
        cleanRaws(e) {
          delete this.raws.before, delete this.raws.after, e || delete this.raws.between;
        }
        clone(e = {}) {
          let s = Ef(this);
          for (let r in e) s[r] = e[r];
          return s;
        }
        cloneAfter(e = {}) {
          let s = this.clone(e);
          return this.parent.insertAfter(this, s), s;
        }
        cloneBefore(e = {}) {
          let s = this.clone(e);
          return this.parent.insertBefore(this, s), s;
        }
        error(e, s = {}) {
          if (this.source) {
            let { end: r, start: n } = this.rangeBy(s);
            return this.source.input.error(e, { column: n.column, line: n.line }, { column: r.column, line: r.line }, s);
          }
          return new vf(e);
        }
        getProxyProcessor() {
          return { get(e, s) {
            return s === "proxyOf" ? e : s === "root" ? () => e.root().toProxy() : e[s];
          }, set(e, s, r) {
            return e[s] === r || (e[s] = r, (s === "prop" || s === "value" || s === "name" || s === "params" || s === "important" || s === "text") && e.markDirty()), true;
          } };
        }
        markClean() {
          this[mt] = true;
        }
        markDirty() {
          if (this[mt]) {
            this[mt] = false;
            let e = this;
            for (; e = e.parent; ) e[mt] = false;
          }
        }
        next() {
          if (!this.parent) return;
          let e = this.parent.index(this);
          return this.parent.nodes[e + 1];
        }
        positionBy(e = {}) {
          let s = "document" in this.source.input ? this.source.input.document : this.source.input.css, r = { column: this.source.start.column, line: this.source.start.line, offset: me(s, this.source.start) };
          if (e.index) r = this.positionInside(e.index);
          else if (e.word) {
            let i = s.slice(me(s, this.source.start), this.rangeBy().end.offset).indexOf(e.word);
            i !== -1 && (r = this.positionInside(i));
          }
          return r;
        }
        positionInside(e) {
          let s = this.source.start.column, r = this.source.start.line, n = "document" in this.source.input ? this.source.input.document : this.source.input.css, i = me(n, this.source.start), o = i + e;
          for (let u = i; u < o; u++) n[u] === `
` ? (s = 1, r += 1) : s += 1;
          return { column: s, line: r, offset: o };
        }
        prev() {
          if (!this.parent) return;
          let e = this.parent.index(this);
          return this.parent.nodes[e - 1];
        }
        rangeBy(e = {}) {
          let s = "document" in this.source.input ? this.source.input.document : this.source.input.css, r = { column: this.source.start.column, line: this.source.start.line, offset: me(s, this.source.start) }, n = this.source.end ? { column: this.source.end.column + 1, line: this.source.end.line, offset: typeof this.source.end.offset == "number" ? this.source.end.offset : me(s, this.source.end) + 1 } : { column: r.column + 1, line: r.line, offset: r.offset + 1 };
          if (e.word) {
            let o = s.slice(me(s, this.source.start), n.offset).indexOf(e.word);
            o !== -1 && (r = this.positionInside(o), n = this.positionInside(o + e.word.length));
          } else e.start ? r = { column: e.start.column, line: e.start.line, offset: me(s, e.start) } : typeof e.index == "number" && (r = this.positionInside(e.index)), e.end ? n = { column: e.end.column, line: e.end.line, offset: me(s, e.end) } : typeof e.endIndex == "number" ? n = this.positionInside(e.endIndex) : typeof e.index == "number" && (n = this.positionInside(e.index + 1));
          return (n.line < r.line || n.line === r.line && n.column <= r.column) && (n = { column: r.column + 1, line: r.line, offset: r.offset + 1 }), { end: n, start: r };
        }
        raw(e, s) {
          return new xf().raw(this, e, s);
        }
        remove() {
          return this.parent && this.parent.removeChild(this), this.parent = void 0, this;
        }
        replaceWith(...e) {
          if (this.parent) {
            let s = this, r = false;
            for (let n of e) n === this ? r = true : r ? (this.parent.insertAfter(s, n), s = n) : this.parent.insertBefore(s, n);
            r || this.remove();
          }
          return this;
        }
        root() {
          let e = this;
          for (; e.parent && e.parent.type !== "document"; ) e = e.parent;
          return e;
        }
        toJSON(e, s) {
          let r = s == null;
          s = s || /* @__PURE__ */ new Map();
          let n = [], i = [[this, n, 0]];
          for (let u = 0; u < i.length; u++) {
            let [a, l, f] = i[u], p = {};
            l[f] = p;
            for (let c in a) {
              if (!Object.prototype.hasOwnProperty.call(a, c) || c === "parent" || c === "proxyCache") continue;
              let h = a[c];
              if (Array.isArray(h)) {
                let v = [];
                p[c] = v;
                for (let d = 0; d < h.length; d++) {
                  let m = h[d];
                  typeof m == "object" && m.toJSON ? m.toJSON === t.prototype.toJSON ? i.push([m, v, d]) : v[d] = m.toJSON(null, s) : v[d] = m;
                }
              } else if (typeof h == "object" && h.toJSON) h.toJSON === t.prototype.toJSON ? i.push([h, p, c]) : p[c] = h.toJSON(null, s);
              else if (c === "source") {
                if (h == null) continue;
                let v = s.get(h.input);
                v == null && (v = s.size, s.set(h.input, v)), p[c] = { end: h.end, inputId: v, start: h.start };
              } else p[c] = h;
            }
          }
          let o = n[0];
          return r && (o.inputs = [...s.keys()].map((u) => u.toJSON())), o;
        }
        toProxy() {
          return this.proxyCache || (this.proxyCache = new Proxy(this, this.getProxyProcessor())), this.proxyCache;
        }
        toString(e = bf) {
          e.stringify && (e = e.stringify);
          let s = "";
          return e(this, (r) => {
            s += r;
          }), s;
        }
        warn(e, s, r = {}) {
          let n = { node: this };
          for (let i in r) n[i] = r[i];
          return e.warn(s, n);
        }
      };
      uo.exports = yt;
      yt.default = yt;
    });
    Ye = x((gb, lo) => {
      "use strict";
      var Sf = gt(), wt = class extends Sf {
        constructor(e) {
          super(e), this.type = "comment";
        }
      };
      lo.exports = wt;
      wt.default = wt;
    });
    xt = x((wb, co) => {
      "use strict";
      var kf = gt(), vt = class extends kf {
        get variable() {
          return this.prop.startsWith("--") || this.prop[0] === "$";
        }
        constructor(e) {
          e && typeof e.value < "u" && typeof e.value != "string" && (e = { ...e, value: String(e.value) }), super(e), this.type = "decl";
        }
      };
      co.exports = vt;
      vt.default = vt;
    });
    ne = x((vb, vo) => {
      "use strict";
      var po = Ye(), ho = xt(), fo = gt(), { isClean: mo, my: yo } = dt(), Ps, go, wo, Is;
      function Tf(t) {
        let e = t.slice();
        for (; e.length > 0; ) {
          let s = e.pop();
          if (delete s.source, s.nodes) {
            s.nodes = s.nodes.slice();
            for (let r of s.nodes) e.push(r);
          }
        }
        return t.slice();
      }
      function Of(t) {
        let e = [t];
        for (; e.length > 0; ) {
          let s = e.pop();
          if (s[mo] = false, s.proxyOf.nodes) for (let r of s.proxyOf.nodes) e.push(r);
        }
      }
      var te = class t extends fo {
        get first() {
          if (this.proxyOf.nodes) return this.proxyOf.nodes[0];
        }
        get last() {
          if (this.proxyOf.nodes) return this.proxyOf.nodes[this.proxyOf.nodes.length - 1];
        }
        append(...e) {
          for (let s of e) {
            let r = this.normalize(s, this.last);
            for (let n of r) this.proxyOf.nodes.push(n);
          }
          return this.markDirty(), this;
        }
        cleanRaws(e) {
          let s = [this];
          for (; s.length > 0; ) {
            let r = s.pop();
            if (r !== this && r.cleanRaws !== t.prototype.cleanRaws) {
              r.cleanRaws(e);
              continue;
            }
            if (fo.prototype.cleanRaws.call(r, e), r.nodes) for (let n of r.nodes) s.push(n);
          }
        }
        each(e) {
          if (!this.proxyOf.nodes) return;
          let s = this.getIterator(), r, n;
          for (; this.indexes[s] < this.proxyOf.nodes.length && (r = this.indexes[s], n = e(this.proxyOf.nodes[r], r), n !== false); ) this.indexes[s] += 1;
          return delete this.indexes[s], n;
        }
        every(e) {
          return this.nodes.every(e);
        }
        getIterator() {
          this.lastEach || (this.lastEach = 0), this.indexes || (this.indexes = {}), this.lastEach += 1;
          let e = this.lastEach;
          return this.indexes[e] = 0, e;
        }
        getProxyProcessor() {
          return { get(e, s) {
            return s === "proxyOf" ? e : e[s] ? s === "each" || typeof s == "string" && s.startsWith("walk") ? (...r) => e[s](...r.map((n) => typeof n == "function" ? (i, o) => n(i.toProxy(), o) : n)) : s === "every" || s === "some" ? (r) => e[s]((n, ...i) => r(n.toProxy(), ...i)) : s === "root" ? () => e.root().toProxy() : s === "nodes" ? e.nodes.map((r) => r.toProxy()) : s === "first" || s === "last" ? e[s].toProxy() : e[s] : e[s];
          }, set(e, s, r) {
            return e[s] === r || (e[s] = r, (s === "name" || s === "params" || s === "selector") && e.markDirty()), true;
          } };
        }
        index(e) {
          return typeof e == "number" ? e : (e.proxyOf && (e = e.proxyOf), this.proxyOf.nodes.indexOf(e));
        }
        insertAfter(e, s) {
          let r = this.index(e), n = this.normalize(s, this.proxyOf.nodes[r]).reverse();
          r = this.index(e);
          for (let o of n) this.proxyOf.nodes.splice(r + 1, 0, o);
          let i;
          for (let o in this.indexes) i = this.indexes[o], r < i && (this.indexes[o] = i + n.length);
          return this.markDirty(), this;
        }
        insertBefore(e, s) {
          let r = this.index(e), n = r === 0 ? "prepend" : false, i = this.normalize(s, this.proxyOf.nodes[r], n).reverse();
          r = this.index(e);
          for (let u of i) this.proxyOf.nodes.splice(r, 0, u);
          let o;
          for (let u in this.indexes) o = this.indexes[u], r <= o && (this.indexes[u] = o + i.length);
          return this.markDirty(), this;
        }
        normalize(e, s) {
          if (typeof e == "string") e = Tf(go(e).nodes);
          else if (typeof e > "u") e = [];
          else if (Array.isArray(e)) {
            e = e.slice(0);
            for (let n of e) n.parent && n.parent.removeChild(n, "ignore");
          } else if (e.type === "root" && this.type !== "document") {
            e = e.nodes.slice(0);
            for (let n of e) n.parent && n.parent.removeChild(n, "ignore");
          } else if (e.type) e = [e];
          else if (e.prop) {
            if (typeof e.value > "u") throw new Error("Value field is missed in node creation");
            typeof e.value != "string" && (e.value = String(e.value)), e = [new ho(e)];
          } else if (e.selector || e.selectors) e = [new Is(e)];
          else if (e.name) e = [new Ps(e)];
          else if (e.text) e = [new po(e)];
          else throw new Error("Unknown node type in node creation");
          return e.map((n) => (n[yo] || t.rebuild(n), n = n.proxyOf, n.parent && n.parent.removeChild(n), n[mo] && Of(n), n.raws || (n.raws = {}), typeof n.raws.before > "u" && s && typeof s.raws.before < "u" && (n.raws.before = s.raws.before.replace(/\S/g, "")), n.parent = this.proxyOf, n));
        }
        prepend(...e) {
          e = e.reverse();
          for (let s of e) {
            let r = this.normalize(s, this.first, "prepend").reverse();
            for (let n of r) this.proxyOf.nodes.unshift(n);
            for (let n in this.indexes) this.indexes[n] = this.indexes[n] + r.length;
          }
          return this.markDirty(), this;
        }
        push(e) {
          return e.parent = this, this.proxyOf.nodes.push(e), this;
        }
        removeAll() {
          for (let e of this.proxyOf.nodes) e.parent = void 0;
          return this.proxyOf.nodes = [], this.markDirty(), this;
        }
        removeChild(e) {
          e = this.index(e), this.proxyOf.nodes[e].parent = void 0, this.proxyOf.nodes.splice(e, 1);
          let s;
          for (let r in this.indexes) s = this.indexes[r], s >= e && (this.indexes[r] = s - 1);
          return this.markDirty(), this;
        }
        replaceValues(e, s, r) {
          return r || (r = s, s = {}), this.walkDecls((n) => {
            s.props && !s.props.includes(n.prop) || s.fast && !n.value.includes(s.fast) || (n.value = n.value.replace(e, r));
          }), this.markDirty(), this;
        }
        some(e) {
          return this.nodes.some(e);
        }
        walk(e) {
          if (!this.proxyOf.nodes) return;
          let s = [{ iterator: this.getIterator(), node: this.proxyOf }];
          for (; s.length > 0; ) {
            let { iterator: r, node: n } = s[s.length - 1], i = n.indexes[r];
            if (i >= n.proxyOf.nodes.length) {
              delete n.indexes[r], s.pop();
              let a = s[s.length - 1];
              a && (a.node.indexes[a.iterator] += 1);
              continue;
            }
            let o = n.proxyOf.nodes[i], u;
            try {
              u = e(o, i);
            } catch (a) {
              throw o.addToError(a);
            }
            if (u === false) {
              for (let a of s) delete a.node.indexes[a.iterator];
              return false;
            }
            o.walk && o.proxyOf.nodes ? s.push({ iterator: o.getIterator(), node: o }) : n.indexes[r] += 1;
          }
        }
        walkAtRules(e, s) {
          return s ? e instanceof RegExp ? this.walk((r, n) => {
            if (r.type === "atrule" && e.test(r.name)) return s(r, n);
          }) : this.walk((r, n) => {
            if (r.type === "atrule" && r.name === e) return s(r, n);
          }) : (s = e, this.walk((r, n) => {
            if (r.type === "atrule") return s(r, n);
          }));
        }
        walkComments(e) {
          return this.walk((s, r) => {
            if (s.type === "comment") return e(s, r);
          });
        }
        walkDecls(e, s) {
          return s ? e instanceof RegExp ? this.walk((r, n) => {
            if (r.type === "decl" && e.test(r.prop)) return s(r, n);
          }) : this.walk((r, n) => {
            if (r.type === "decl" && r.prop === e) return s(r, n);
          }) : (s = e, this.walk((r, n) => {
            if (r.type === "decl") return s(r, n);
          }));
        }
        walkRules(e, s) {
          return s ? e instanceof RegExp ? this.walk((r, n) => {
            if (r.type === "rule" && e.test(r.selector)) return s(r, n);
          }) : this.walk((r, n) => {
            if (r.type === "rule" && r.selector === e) return s(r, n);
          }) : (s = e, this.walk((r, n) => {
            if (r.type === "rule") return s(r, n);
          }));
        }
      };
      te.registerParse = (t) => {
        go = t;
      };
      te.registerRule = (t) => {
        Is = t;
      };
      te.registerAtRule = (t) => {
        Ps = t;
      };
      te.registerRoot = (t) => {
        wo = t;
      };
      vo.exports = te;
      te.default = te;
      te.rebuild = (t) => {
        let e = [t];
        for (; e.length > 0; ) {
          let s = e.pop();
          if (s.type === "atrule" ? Object.setPrototypeOf(s, Ps.prototype) : s.type === "rule" ? Object.setPrototypeOf(s, Is.prototype) : s.type === "decl" ? Object.setPrototypeOf(s, ho.prototype) : s.type === "comment" ? Object.setPrototypeOf(s, po.prototype) : s.type === "root" && Object.setPrototypeOf(s, wo.prototype), s[yo] = true, s.nodes) for (let r of s.nodes) e.push(r);
        }
      };
    });
    bo = x((xb, xo) => {
      var Af = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict", Cf = (t, e = 21) => (s = e) => {
        let r = "", n = s | 0;
        for (; n-- > 0; ) r += t[Math.random() * t.length | 0];
        return r;
      }, Nf = (t = 21) => {
        let e = "", s = t | 0;
        for (; s-- > 0; ) e += Af[Math.random() * 64 | 0];
        return e;
      };
      xo.exports = { nanoid: Nf, customAlphabet: Cf };
    });
    _o = x(() => {
    });
    Rs = x((Eb, Eo) => {
      Eo.exports = class {
      };
    });
    ze = x((kb, Ao) => {
      "use strict";
      var { nanoid: Pf } = bo(), { isAbsolute: Ds, resolve: rr } = {}, { SourceMapConsumer: If, SourceMapGenerator: Rf } = _o(), { fileURLToPath: So, pathToFileURL: tr } = {}, ko = er(), Lf = Rs(), Ls = Ts(), qs = /* @__PURE__ */ Symbol("lineToIndexCache"), qf = !!(If && Rf), To = !!(rr && Ds);
      function Oo(t) {
        if (t[qs]) return t[qs];
        let e = t.css.split(`
`), s = new Array(e.length), r = 0;
        for (let n = 0, i = e.length; n < i; n++) s[n] = r, r += e[n].length + 1;
        return t[qs] = s, s;
      }
      var Ve = class {
        get from() {
          return this.file || this.id;
        }
        constructor(e, s = {}) {
          if (e === null || typeof e > "u" || typeof e == "object" && !e.toString) throw new Error(`PostCSS received ${e} instead of CSS string`);
          if (this.css = e.toString(), this.css[0] === "\uFEFF" || this.css[0] === "\uFFFE" ? (this.hasBOM = true, this.css = this.css.slice(1)) : this.hasBOM = false, this.document = this.css, s.document && (this.document = s.document.toString()), s.from && (!To || /^\w+:\/\//.test(s.from) || Ds(s.from) ? this.file = s.from : this.file = rr(s.from)), To && qf) {
            let r = new Lf(this.css, s);
            if (r.text) {
              this.map = r;
              let n = r.consumer().file;
              !this.file && n && (this.file = this.mapResolve(n));
            }
          }
          this.file || (this.id = "<input css " + Pf(6) + ">"), this.map && (this.map.file = this.from);
        }
        error(e, s, r, n = {}) {
          let i, o, u, a, l;
          if (s && typeof s == "object") {
            let p = s, c = r;
            if (typeof p.offset == "number") {
              a = p.offset;
              let h = this.fromOffset(a);
              s = h.line, r = h.col;
            } else s = p.line, r = p.column, a = this.fromLineAndColumn(s, r);
            if (typeof c.offset == "number") {
              u = c.offset;
              let h = this.fromOffset(u);
              o = h.line, i = h.col;
            } else o = c.line, i = c.column, u = this.fromLineAndColumn(c.line, c.column);
          } else if (r) a = this.fromLineAndColumn(s, r);
          else {
            a = s;
            let p = this.fromOffset(a);
            s = p.line, r = p.col;
          }
          let f = this.origin(s, r, o, i);
          return f ? l = new ko(e, f.endLine === void 0 ? f.line : { column: f.column, line: f.line }, f.endLine === void 0 ? f.column : { column: f.endColumn, line: f.endLine }, f.source, f.file, n.plugin) : l = new ko(e, o === void 0 ? s : { column: r, line: s }, o === void 0 ? r : { column: i, line: o }, this.css, this.file, n.plugin), l.input = { column: r, endColumn: i, endLine: o, endOffset: u, line: s, offset: a, source: this.css }, this.file && (tr && (l.input.url = tr(this.file).toString()), l.input.file = this.file), l;
        }
        fromLineAndColumn(e, s) {
          return Oo(this)[e - 1] + s - 1;
        }
        fromOffset(e) {
          let s = Oo(this), r = s[s.length - 1], n = 0;
          if (e >= r) n = s.length - 1;
          else {
            let i = s.length - 2, o;
            for (; n < i; ) if (o = n + (i - n >> 1), e < s[o]) i = o - 1;
            else if (e >= s[o + 1]) n = o + 1;
            else {
              n = o;
              break;
            }
          }
          return { col: e - s[n] + 1, line: n + 1 };
        }
        mapResolve(e) {
          return /^\w+:\/\//.test(e) ? e : rr(this.map.consumer().sourceRoot || this.map.root || ".", e);
        }
        origin(e, s, r, n) {
          if (!this.map) return false;
          let i = this.map.consumer(), o = i.originalPositionFor({ column: s - 1, line: e });
          if (!o.source) return false;
          let u;
          if (typeof r == "number") {
            let p = i.originalPositionFor({ column: n - 1, line: r });
            p.source && (u = p);
          }
          let a;
          Ds(o.source) ? a = tr(o.source) : a = new URL(o.source, tr(this.map.mapFile || rr(".") + "/"));
          let l = { column: o.column + 1, endColumn: u && u.column + 1, endLine: u && u.line, line: o.line, url: a.toString() };
          if (a.protocol === "file:") if (So) l.file = So(a);
          else throw new Error("file: protocol is not available in this PostCSS build");
          let f = i.sourceContentFor(o.source);
          return f && (l.source = f), l;
        }
        toJSON() {
          let e = {};
          for (let s of ["hasBOM", "css", "file", "id"]) this[s] != null && (e[s] = this[s]);
          return this.map && (e.map = { ...this.map }, e.map.consumerCache && (e.map.consumerCache = void 0)), e;
        }
      };
      Ao.exports = Ve;
      Ve.default = Ve;
      Ls && Ls.registerInput && Ls.registerInput(Ve);
    });
    sr = x((Tb, No) => {
      "use strict";
      var Co = ne(), je = class extends Co {
        constructor(e) {
          super(e), this.type = "atrule";
        }
        append(...e) {
          return this.proxyOf.nodes || (this.nodes = []), super.append(...e);
        }
        prepend(...e) {
          return this.proxyOf.nodes || (this.nodes = []), super.prepend(...e);
        }
      };
      No.exports = je;
      je.default = je;
      Co.registerAtRule(je);
    });
    He = x((Ob, Lo) => {
      "use strict";
      var Po = ne(), Io, Ro, ye = class extends Po {
        constructor(e) {
          super(e), this.type = "root", this.nodes || (this.nodes = []);
        }
        normalize(e, s, r) {
          let n = /* @__PURE__ */ new Set();
          for (let o of Array.isArray(e) ? e : [e]) o && typeof o == "object" && !o.parent && o.raws && typeof o.raws.before < "u" && n.add(o.raws);
          let i = super.normalize(e);
          if (s) {
            if (r === "prepend") this.nodes.length > 1 ? s.raws.before = this.nodes[1].raws.before : delete s.raws.before;
            else if (this.first !== s) for (let o of i) n.has(o.raws) || (o.raws.before = s.raws.before);
          }
          return i;
        }
        removeChild(e, s) {
          let r = this.index(e);
          return !s && r === 0 && this.nodes.length > 1 && (this.nodes[1].raws.before = this.nodes[r].raws.before), super.removeChild(e);
        }
        toResult(e = {}) {
          return new Io(new Ro(), this, e).stringify();
        }
      };
      ye.registerLazyResult = (t) => {
        Io = t;
      };
      ye.registerProcessor = (t) => {
        Ro = t;
      };
      Lo.exports = ye;
      ye.default = ye;
      Po.registerRoot(ye);
    });
    Ms = x((Ab, qo) => {
      "use strict";
      var bt = { comma(t) {
        return bt.split(t, [","], true);
      }, space(t) {
        let e = [" ", `
`, "	"];
        return bt.split(t, e);
      }, split(t, e, s) {
        if (typeof t != "string") return [];
        let r = [], n = "", i = false, o = 0, u = false, a = "", l = false, f = false;
        for (let c = 0; c < t.length; c++) {
          let h = t[c];
          if (f) {
            n += h, h === "*" && t[c + 1] === "/" && (n += "/", c += 1, f = false);
            continue;
          }
          if (l) l = false;
          else if (h === "\\") l = true;
          else if (u) h === a && (u = false);
          else if (h === '"' || h === "'") u = true, a = h;
          else if (h === "/" && t[c + 1] === "*") {
            n += "/*", c += 1, f = true;
            continue;
          } else h === "(" ? o += 1 : h === ")" ? o > 0 && (o -= 1) : o === 0 && e.includes(h) && (i = true);
          if (i) {
            let v = n.trim();
            (s || v !== "") && r.push(v), n = "", i = false;
          } else n += h;
        }
        let p = n.trim();
        return (s || p !== "") && r.push(p), r;
      } };
      qo.exports = bt;
      bt.default = bt;
    });
    nr = x((Cb, Mo) => {
      "use strict";
      var Do = ne(), Df = Ms(), Qe = class extends Do {
        get selectors() {
          return Df.comma(this.selector);
        }
        set selectors(e) {
          let s = this.selector ? this.selector.match(/,\s*/) : null, r = s ? s[0] : "," + this.raw("between", "beforeOpen");
          this.selector = e.join(r);
        }
        constructor(e) {
          super(e), this.type = "rule", this.nodes || (this.nodes = []);
        }
      };
      Mo.exports = Qe;
      Qe.default = Qe;
      Do.registerRule(Qe);
    });
    ar = x((Nb, Fo) => {
      "use strict";
      var ir = /[\t\n\f\r "#'()/;[\\\]{}]/g, or = /[\t\n\f\r !"#'():;@[\\\]{}]|\/(?=\*)/g, Mf = /.[\r\n"'(/\\]/, Bo = /[\da-f]/i;
      Fo.exports = function(e, s = {}) {
        let r = e.css.valueOf(), n = s.ignoreErrors, i, o, u, a, l, f, p, c, h, v, d = r.length, m = 0, y = [], b = [], E = -1;
        function g() {
          return m;
        }
        function w(O) {
          throw e.error("Unclosed " + O, m);
        }
        function $() {
          return b.length === 0 && m >= d;
        }
        function re(O) {
          if (b.length) return b.pop();
          if (m >= d) return;
          let A = O ? O.ignoreUnclosed : false;
          switch (i = r.charCodeAt(m), i) {
            case 10:
            case 32:
            case 9:
            case 13:
            case 12: {
              a = m;
              do
                a += 1, i = r.charCodeAt(a);
              while (i === 32 || i === 10 || i === 9 || i === 13 || i === 12);
              f = ["space", r.slice(m, a)], m = a - 1;
              break;
            }
            case 91:
            case 93:
            case 123:
            case 125:
            case 58:
            case 59:
            case 41: {
              let C = String.fromCharCode(i);
              f = [C, C, m];
              break;
            }
            case 40: {
              if (v = y.length ? y.pop()[1] : "", h = r.charCodeAt(m + 1), v === "url" && h !== 39 && h !== 34 && h !== 32 && h !== 10 && h !== 9 && h !== 12 && h !== 13) {
                a = m;
                do {
                  if (p = false, a = r.indexOf(")", a + 1), a === -1) if (n || A) {
                    a = m;
                    break;
                  } else w("bracket");
                  for (c = a; r.charCodeAt(c - 1) === 92; ) c -= 1, p = !p;
                } while (p);
                f = ["brackets", r.slice(m, a + 1), m, a], m = a;
              } else m <= E ? f = ["(", "(", m] : (a = r.indexOf(")", m + 1), o = r.slice(m, a + 1), a === -1 || Mf.test(o) ? (E = a === -1 ? d : a, f = ["(", "(", m]) : (f = ["brackets", o, m, a], m = a));
              break;
            }
            case 39:
            case 34: {
              l = i === 39 ? "'" : '"', a = m;
              do {
                if (p = false, a = r.indexOf(l, a + 1), a === -1) if (n || A) {
                  a = m + 1;
                  break;
                } else w("string");
                for (c = a; r.charCodeAt(c - 1) === 92; ) c -= 1, p = !p;
              } while (p);
              f = ["string", r.slice(m, a + 1), m, a], m = a;
              break;
            }
            case 64: {
              ir.lastIndex = m + 1, ir.test(r), ir.lastIndex === 0 ? a = r.length - 1 : a = ir.lastIndex - 2, f = ["at-word", r.slice(m, a + 1), m, a], m = a;
              break;
            }
            case 92: {
              for (a = m, u = true; r.charCodeAt(a + 1) === 92; ) a += 1, u = !u;
              if (i = r.charCodeAt(a + 1), u && i !== 47 && i !== 32 && i !== 10 && i !== 9 && i !== 13 && i !== 12 && (a += 1, Bo.test(r.charAt(a)))) {
                for (; Bo.test(r.charAt(a + 1)); ) a += 1;
                r.charCodeAt(a + 1) === 32 && (a += 1);
              }
              f = ["word", r.slice(m, a + 1), m, a], m = a;
              break;
            }
            default: {
              i === 47 && r.charCodeAt(m + 1) === 42 ? (a = r.indexOf("*/", m + 2) + 1, a === 0 && (n || A ? a = r.length : w("comment")), f = ["comment", r.slice(m, a + 1), m, a], m = a) : (or.lastIndex = m + 1, or.test(r), or.lastIndex === 0 ? a = r.length - 1 : a = or.lastIndex - 2, f = ["word", r.slice(m, a + 1), m, a], y.push(f), m = a);
              break;
            }
          }
          return m++, f;
        }
        function se(O) {
          b.push(O);
        }
        return { back: se, endOfFile: $, nextToken: re, position: g };
      };
    });
    ur = x((Pb, $o) => {
      "use strict";
      var Bf = sr(), Ff = Ye(), Uf = xt(), Wf = He(), Uo = nr(), $f = ar(), Wo = { empty: true, space: true };
      function Gf(t) {
        for (let e = t.length - 1; e >= 0; e--) {
          let s = t[e], r = s[3] || s[2];
          if (r) return r;
        }
      }
      function Bs(t, e, s) {
        let r = "";
        for (let n = e; n < s; n++) r += t[n][1];
        return r;
      }
      var Fs = class {
        constructor(e) {
          this.input = e, this.root = new Wf(), this.current = this.root, this.spaces = "", this.semicolon = false, this.createTokenizer(), this.root.source = { input: e, start: { column: 1, line: 1, offset: 0 } };
        }
        atrule(e) {
          let s = new Bf();
          s.name = e[1].slice(1), s.name === "" && this.unnamedAtrule(s, e), this.init(s, e[2]);
          let r, n, i, o = false, u = false, a = [], l = [];
          for (; !this.tokenizer.endOfFile(); ) {
            if (e = this.tokenizer.nextToken(), r = e[0], r === "(" || r === "[" ? l.push(r === "(" ? ")" : "]") : r === "{" && l.length > 0 ? l.push("}") : r === l[l.length - 1] && l.pop(), l.length === 0) if (r === ";") {
              s.source.end = this.getPosition(e[2]), s.source.end.offset++, this.semicolon = true;
              break;
            } else if (r === "{") {
              u = true;
              break;
            } else if (r === "}") {
              if (a.length > 0) {
                for (i = a.length - 1, n = a[i]; n && n[0] === "space"; ) n = a[--i];
                n && (s.source.end = this.getPosition(n[3] || n[2]), s.source.end.offset++);
              }
              this.end(e);
              break;
            } else a.push(e);
            else a.push(e);
            if (this.tokenizer.endOfFile()) {
              o = true;
              break;
            }
          }
          s.raws.between = this.spacesAndCommentsFromEnd(a), a.length ? (s.raws.afterName = this.spacesAndCommentsFromStart(a), this.raw(s, "params", a), o && (e = a[a.length - 1], s.source.end = this.getPosition(e[3] || e[2]), s.source.end.offset++, this.spaces = s.raws.between, s.raws.between = "")) : (s.raws.afterName = "", s.params = ""), u && (s.nodes = [], this.current = s);
        }
        checkMissedSemicolon(e) {
          let s = this.colon(e);
          if (s === false) return;
          let r = 0, n;
          for (let i = s - 1; i >= 0 && (n = e[i], !(n[0] !== "space" && (r += 1, r === 2))); i--) ;
          throw this.input.error("Missed semicolon", n[0] === "word" ? n[3] + 1 : n[2]);
        }
        colon(e) {
          let s = 0, r, n, i;
          for (let [o, u] of e.entries()) {
            if (n = u, i = n[0], i === "(" && (s += 1), i === ")" && (s -= 1), s === 0 && i === ":") if (!r) this.doubleColon(n);
            else {
              if (r[0] === "word" && r[1] === "progid") continue;
              return o;
            }
            r = n;
          }
          return false;
        }
        comment(e) {
          let s = new Ff();
          this.init(s, e[2]), s.source.end = this.getPosition(e[3] || e[2]), s.source.end.offset++;
          let r = e[1].slice(2, -2);
          if (!r.trim()) s.text = "", s.raws.left = r, s.raws.right = "";
          else {
            let n = r.match(/^(\s*)([^]*\S)(\s*)$/);
            s.text = n[2], s.raws.left = n[1], s.raws.right = n[3];
          }
        }
        createTokenizer() {
          this.tokenizer = $f(this.input);
        }
        decl(e, s) {
          let r = new Uf();
          this.init(r, e[0][2]);
          let n = e[e.length - 1];
          n[0] === ";" && (this.semicolon = true, e.pop()), r.source.end = this.getPosition(n[3] || n[2] || Gf(e)), r.source.end.offset++;
          let i = 0;
          for (; e[i][0] !== "word"; ) i === e.length - 1 && this.unknownWord([e[i]]), i++;
          r.raws.before += Bs(e, 0, i), r.source.start = this.getPosition(e[i][2]);
          let o = i;
          for (; i < e.length; ) {
            let c = e[i][0];
            if (c === ":" || c === "space" || c === "comment") break;
            i++;
          }
          r.prop = Bs(e, o, i);
          let u = i, a;
          for (; i < e.length && (a = e[i], i++, a[0] !== ":"); ) a[0] === "word" && /\w/.test(a[1]) && this.unknownWord([a]);
          r.raws.between = Bs(e, u, i), (r.prop[0] === "_" || r.prop[0] === "*") && (r.raws.before += r.prop[0], r.prop = r.prop.slice(1));
          let l = i;
          for (; i < e.length; ) {
            let c = e[i][0];
            if (c !== "space" && c !== "comment") break;
            i++;
          }
          let f = e.slice(l, i);
          e = e.slice(i), this.precheckMissedSemicolon(e);
          for (let c = e.length - 1; c >= 0; c--) {
            if (a = e[c], a[1].toLowerCase() === "!important") {
              r.important = true;
              let h = this.stringFrom(e, c);
              h = this.spacesFromEnd(e) + h, h !== " !important" && (r.raws.important = h);
              break;
            } else if (a[1].toLowerCase() === "important") {
              let h = e.slice(0), v = "";
              for (let d = c; d > 0; d--) {
                let m = h[d][0];
                if (v.trim().startsWith("!") && m !== "space") break;
                v = h.pop()[1] + v;
              }
              v.trim().startsWith("!") && (r.important = true, r.raws.important = v, e = h);
            }
            if (a[0] !== "space" && a[0] !== "comment") break;
          }
          e.some((c) => c[0] !== "space" && c[0] !== "comment") && (r.raws.between += f.map((c) => c[1]).join(""), f = []), this.raw(r, "value", f.concat(e), s), r.value.includes(":") && !s && this.checkMissedSemicolon(e);
        }
        doubleColon(e) {
          throw this.input.error("Double colon", { offset: e[2] }, { offset: e[2] + e[1].length });
        }
        emptyRule(e) {
          let s = new Uo();
          this.init(s, e[2]), s.selector = "", s.raws.between = "", this.current = s;
        }
        end(e) {
          this.current.nodes && this.current.nodes.length && (this.current.raws.semicolon = this.semicolon), this.semicolon = false, this.current.raws.after = (this.current.raws.after || "") + this.spaces, this.spaces = "", this.current.parent ? (this.current.source.end = this.getPosition(e[2]), this.current.source.end.offset++, this.current = this.current.parent) : this.unexpectedClose(e);
        }
        endFile() {
          this.current.parent && this.unclosedBlock(), this.current.nodes && this.current.nodes.length && (this.current.raws.semicolon = this.semicolon), this.current.raws.after = (this.current.raws.after || "") + this.spaces, this.root.source.end = this.getPosition(this.tokenizer.position());
        }
        freeSemicolon(e) {
          if (this.spaces += e[1], this.current.nodes) {
            let s = this.current.nodes[this.current.nodes.length - 1];
            s && s.type === "rule" && !s.raws.ownSemicolon && (s.raws.ownSemicolon = this.spaces, this.spaces = "", s.source.end = this.getPosition(e[2]), s.source.end.offset++);
          }
        }
        getPosition(e) {
          let s = this.input.fromOffset(e);
          return { column: s.col, line: s.line, offset: e };
        }
        init(e, s) {
          this.current.push(e), e.source = { input: this.input, start: this.getPosition(s) }, e.raws.before = this.spaces, this.spaces = "", e.type !== "comment" && (this.semicolon = false);
        }
        other(e) {
          let s = false, r = null, n = false, i = null, o = [], u = e[1].startsWith("--"), a = [], l = e;
          for (; l; ) {
            if (r = l[0], a.push(l), r === "(" || r === "[") i || (i = l), o.push(r === "(" ? ")" : "]");
            else if (u && n && r === "{") i || (i = l), o.push("}");
            else if (o.length === 0) if (r === ";") if (n) {
              this.decl(a, u);
              return;
            } else break;
            else if (r === "{") {
              this.rule(a);
              return;
            } else if (r === "}") {
              this.tokenizer.back(a.pop()), s = true;
              break;
            } else r === ":" && (n = true);
            else r === o[o.length - 1] && (o.pop(), o.length === 0 && (i = null));
            l = this.tokenizer.nextToken();
          }
          if (this.tokenizer.endOfFile() && (s = true), o.length > 0 && this.unclosedBracket(i), s && n) {
            if (!u) for (; a.length && (l = a[a.length - 1][0], !(l !== "space" && l !== "comment")); ) this.tokenizer.back(a.pop());
            this.decl(a, u);
          } else this.unknownWord(a);
        }
        parse() {
          let e;
          for (; !this.tokenizer.endOfFile(); ) switch (e = this.tokenizer.nextToken(), e[0]) {
            case "space":
              this.spaces += e[1];
              break;
            case ";":
              this.freeSemicolon(e);
              break;
            case "}":
              this.end(e);
              break;
            case "comment":
              this.comment(e);
              break;
            case "at-word":
              this.atrule(e);
              break;
            case "{":
              this.emptyRule(e);
              break;
            default:
              this.other(e);
              break;
          }
          this.endFile();
        }
        precheckMissedSemicolon() {
        }
        raw(e, s, r, n) {
          let i, o, u = r.length, a = "", l = "", f = true, p, c;
          for (let h = 0; h < u; h += 1) i = r[h], o = i[0], o === "space" && h === u - 1 && !n ? f = false : o === "comment" ? (c = r[h - 1] ? r[h - 1][0] : "empty", p = r[h + 1] ? r[h + 1][0] : "empty", !Wo[c] && !Wo[p] ? l === "," ? f = false : (a += i[1], l = i[1].slice(-1)) : f = false) : (a += i[1], l = i[1].slice(-1));
          if (!f) {
            let h = r.reduce((v, d) => v + d[1], "");
            e.raws[s] = { raw: h, value: a };
          }
          e[s] = a;
        }
        rule(e) {
          e.pop();
          let s = new Uo();
          this.init(s, e[0][2]), s.raws.between = this.spacesAndCommentsFromEnd(e), this.raw(s, "selector", e), this.current = s;
        }
        spacesAndCommentsFromEnd(e) {
          let s, r = "";
          for (; e.length && (s = e[e.length - 1][0], !(s !== "space" && s !== "comment")); ) r = e.pop()[1] + r;
          return r;
        }
        spacesAndCommentsFromStart(e) {
          let s, r = "";
          for (; e.length && (s = e[0][0], !(s !== "space" && s !== "comment")); ) r += e.shift()[1];
          return r;
        }
        spacesFromEnd(e) {
          let s, r = "";
          for (; e.length && (s = e[e.length - 1][0], s === "space"); ) r = e.pop()[1] + r;
          return r;
        }
        stringFrom(e, s) {
          let r = "";
          for (let n = s; n < e.length; n++) r += e[n][1];
          return e.splice(s, e.length - s), r;
        }
        unclosedBlock() {
          let e = this.current.source.start;
          throw this.input.error("Unclosed block", e.line, e.column);
        }
        unclosedBracket(e) {
          throw this.input.error("Unclosed bracket", { offset: e[2] }, { offset: e[2] + 1 });
        }
        unexpectedClose(e) {
          throw this.input.error("Unexpected }", { offset: e[2] }, { offset: e[2] + 1 });
        }
        unknownWord(e) {
          throw this.input.error("Unknown word " + e[0][1], { offset: e[0][2] }, { offset: e[0][2] + e[0][1].length });
        }
        unnamedAtrule(e, s) {
          throw this.input.error("At-rule without name", { offset: s[2] }, { offset: s[2] + s[1].length });
        }
      };
      $o.exports = Fs;
    });
    _t = x((Ib, Go) => {
      "use strict";
      var Yf = ne(), Vf = ze(), zf = ur();
      function lr(t, e) {
        let s = new Vf(t, e), r = new zf(s);
        try {
          r.parse();
        } catch (n) {
          throw n;
        }
        return r.root;
      }
      Go.exports = lr;
      lr.default = lr;
      Yf.registerParse(lr);
    });
    pr = x((zb, ia) => {
      "use strict";
      var Jf = ne(), sa, na, Pe = class extends Jf {
        constructor(e) {
          super({ type: "document", ...e }), this.nodes || (this.nodes = []);
        }
        toResult(e = {}) {
          return new sa(new na(), this, e).stringify();
        }
      };
      Pe.registerLazyResult = (t) => {
        sa = t;
      };
      Pe.registerProcessor = (t) => {
        na = t;
      };
      ia.exports = Pe;
      Pe.default = Pe;
    });
    ua = x((jb, aa) => {
      "use strict";
      var Xf = sr(), Zf = Ye(), ep = xt(), tp = ze(), rp = Rs(), sp = He(), np = nr();
      function oa(t, e) {
        return t.inputs ? t.inputs.map((s) => {
          let r = { ...s, __proto__: tp.prototype };
          return r.map && (r.map = { ...r.map, __proto__: rp.prototype }), r;
        }) : e;
      }
      function ip(t, e, s) {
        let r = { ...t };
        if (delete r.inputs, delete r.nodes, r.source) {
          let { inputId: i, ...o } = r.source;
          r.source = o, i != null && (r.source.input = e[i]);
        }
        let n;
        if (r.type === "root") n = new sp(r);
        else if (r.type === "decl") n = new ep(r);
        else if (r.type === "rule") n = new np(r);
        else if (r.type === "comment") n = new Zf(r);
        else if (r.type === "atrule") n = new Xf(r);
        else throw new Error("Unknown node type: " + t.type);
        if (s) {
          n.nodes = s;
          for (let i of s) i.parent = n;
        }
        return n;
      }
      function hr(t, e) {
        if (Array.isArray(t)) return t.map((n) => hr(n));
        let s, r = [{ childIndex: 0, children: [], inputs: oa(t, e), json: t }];
        for (; r.length > 0; ) {
          let n = r[r.length - 1], i = n.json.nodes;
          if (i && n.childIndex < i.length) {
            let u = i[n.childIndex];
            n.childIndex += 1, r.push({ childIndex: 0, children: [], inputs: oa(u, n.inputs), json: u });
            continue;
          }
          r.pop();
          let o = ip(n.json, n.inputs, i ? n.children : void 0);
          r.length > 0 ? r[r.length - 1].children.push(o) : s = o;
        }
        return s;
      }
      aa.exports = hr;
      hr.default = hr;
    });
    Ws = x((Hb, la) => {
      la.exports = class {
        generate() {
        }
      };
    });
    $s = x((Kb, ca) => {
      "use strict";
      var op = ne(), { my: ap } = dt(), Et = class {
        constructor(e, s = {}) {
          if (this.type = "warning", this.text = e, s.node && s.node.source) {
            s.node[ap] || op.rebuild(s.node);
            let r = s.node.rangeBy(s);
            this.line = r.start.line, this.column = r.start.column, this.endLine = r.end.line, this.endColumn = r.end.column;
          }
          for (let r in s) this[r] = s[r];
        }
        toString() {
          return this.node ? this.node.error(this.text, { index: this.index, plugin: this.plugin, start: this.start, word: this.word }).message : this.plugin ? this.plugin + ": " + this.text : this.text;
        }
      };
      ca.exports = Et;
      Et.default = Et;
    });
    dr = x((Jb, fa) => {
      "use strict";
      var up = $s(), St = class {
        get content() {
          return this.css;
        }
        constructor(e, s, r) {
          this.processor = e, this.messages = [], this.root = s, this.opts = r, this.css = "", this.map = void 0;
        }
        toString() {
          return this.css;
        }
        warn(e, s = {}) {
          s.plugin || this.lastPlugin && this.lastPlugin.postcssPlugin && (s.plugin = this.lastPlugin.postcssPlugin);
          let r = new up(e, s);
          return this.messages.push(r), r;
        }
        warnings() {
          return this.messages.filter((e) => e.type === "warning");
        }
      };
      fa.exports = St;
      St.default = St;
    });
    Gs = x((Xb, ha) => {
      "use strict";
      var pa = {};
      ha.exports = function(e) {
        pa[e] || (pa[e] = true, typeof console < "u" && console.warn && console.warn(e));
      };
    });
    zs = x((e_, ga) => {
      "use strict";
      var lp = ne(), cp = pr(), fp = Ws(), pp = _t(), da = dr(), hp = He(), dp = ht(), { isClean: Q, my: mp } = dt(), Zb = Gs(), yp = { atrule: "AtRule", comment: "Comment", decl: "Declaration", document: "Document", root: "Root", rule: "Rule" }, gp = { AtRule: true, AtRuleExit: true, Comment: true, CommentExit: true, Declaration: true, DeclarationExit: true, Document: true, DocumentExit: true, Once: true, OnceExit: true, postcssPlugin: true, prepare: true, Root: true, RootExit: true, Rule: true, RuleExit: true }, wp = { Once: true, postcssPlugin: true, prepare: true }, Ke = 0;
      function kt(t) {
        return typeof t == "object" && typeof t.then == "function";
      }
      function Ys(t) {
        let e = false, s = yp[t.type];
        return t.type === "decl" ? e = t.prop.toLowerCase() : t.type === "atrule" && (e = t.name.toLowerCase()), e && t.append ? [s, s + "-" + e, Ke, s + "Exit", s + "Exit-" + e] : e ? [s, s + "-" + e, s + "Exit", s + "Exit-" + e] : t.append ? [s, Ke, s + "Exit"] : [s, s + "Exit"];
      }
      function ma(t) {
        let e;
        return t.type === "document" ? e = ["Document", Ke, "DocumentExit"] : t.type === "root" ? e = ["Root", Ke, "RootExit"] : e = Ys(t), { eventIndex: 0, events: e, iterator: 0, node: t, visitorIndex: 0, visitors: [] };
      }
      function ya(t) {
        let e = [t];
        for (; e.length > 0; ) {
          let s = e.pop();
          if (s[Q] = false, s.nodes) for (let r of s.nodes) e.push(r);
        }
        return t;
      }
      var Vs = {}, ge = class t {
        get content() {
          return this.stringify().content;
        }
        get css() {
          return this.stringify().css;
        }
        get map() {
          return this.stringify().map;
        }
        get messages() {
          return this.sync().messages;
        }
        get opts() {
          return this.result.opts;
        }
        get processor() {
          return this.result.processor;
        }
        get root() {
          return this.sync().root;
        }
        get [Symbol.toStringTag]() {
          return "LazyResult";
        }
        constructor(e, s, r) {
          this.stringified = false, this.processed = false;
          let n;
          if (typeof s == "object" && s !== null && (s.type === "root" || s.type === "document")) n = ya(s);
          else if (s instanceof t || s instanceof da) n = ya(s.root), s.map && (typeof r.map > "u" && (r.map = {}), r.map.inline || (r.map.inline = false), r.map.prev = s.map);
          else {
            let i = pp;
            r.syntax && (i = r.syntax.parse), r.parser && (i = r.parser), i.parse && (i = i.parse);
            try {
              n = i(s, r);
            } catch (o) {
              this.processed = true, this.error = o;
            }
            n && !n[mp] && lp.rebuild(n);
          }
          this.result = new da(e, n, r), this.helpers = { ...Vs, postcss: Vs, result: this.result }, this.plugins = this.processor.plugins.map((i) => typeof i == "object" && i.prepare ? { ...i, ...i.prepare(this.result) } : i);
        }
        async() {
          return this.error ? Promise.reject(this.error) : this.processed ? Promise.resolve(this.result) : (this.processing || (this.processing = this.runAsync()), this.processing);
        }
        catch(e) {
          return this.async().catch(e);
        }
        finally(e) {
          return this.async().finally(e);
        }
        getAsyncError() {
          throw new Error("Use process(css).then(cb) to work with async plugins");
        }
        handleError(e, s) {
          let r = this.result.lastPlugin;
          try {
            s && s.addToError(e), this.error = e, e.name === "CssSyntaxError" && !e.plugin ? (e.plugin = r.postcssPlugin, e.setMessage()) : r.postcssVersion;
          } catch (n) {
            console && console.error && console.error(n);
          }
          return e;
        }
        prepareVisitors() {
          this.listeners = {};
          let e = (s, r, n) => {
            this.listeners[r] || (this.listeners[r] = []), this.listeners[r].push([s, n]);
          };
          for (let s of this.plugins) if (typeof s == "object") for (let r in s) {
            if (!gp[r] && /^[A-Z]/.test(r)) throw new Error(`Unknown event ${r} in ${s.postcssPlugin}. Try to update PostCSS (${this.processor.version} now).`);
            if (!wp[r]) if (typeof s[r] == "object") for (let n in s[r]) n === "*" ? e(s, r, s[r][n]) : e(s, r + "-" + n.toLowerCase(), s[r][n]);
            else typeof s[r] == "function" && e(s, r, s[r]);
          }
          this.hasListener = Object.keys(this.listeners).length > 0;
        }
        async runAsync() {
          this.plugin = 0;
          for (let e = 0; e < this.plugins.length; e++) {
            let s = this.plugins[e], r = this.runOnRoot(s);
            if (kt(r)) try {
              await r;
            } catch (n) {
              throw this.handleError(n);
            }
          }
          if (this.prepareVisitors(), this.hasListener) {
            let e = this.result.root;
            for (; !e[Q]; ) {
              e[Q] = true;
              let s = [ma(e)];
              for (; s.length > 0; ) {
                let r = this.visitTick(s);
                if (kt(r)) try {
                  await r;
                } catch (n) {
                  let i = s[s.length - 1].node;
                  throw this.handleError(n, i);
                }
              }
            }
            if (this.listeners.OnceExit) for (let [s, r] of this.listeners.OnceExit) {
              this.result.lastPlugin = s;
              try {
                if (e.type === "document") {
                  let n = e.nodes.map((i) => r(i, this.helpers));
                  await Promise.all(n);
                } else await r(e, this.helpers);
              } catch (n) {
                throw this.handleError(n);
              }
            }
          }
          return this.processed = true, this.stringify();
        }
        runOnRoot(e) {
          this.result.lastPlugin = e;
          try {
            if (typeof e == "object" && e.Once) {
              if (this.result.root.type === "document") {
                let s = this.result.root.nodes.map((r) => e.Once(r, this.helpers));
                return kt(s[0]) ? Promise.all(s) : s;
              }
              return e.Once(this.result.root, this.helpers);
            } else if (typeof e == "function") return e(this.result.root, this.result);
          } catch (s) {
            throw this.handleError(s);
          }
        }
        stringify() {
          if (this.error) throw this.error;
          if (this.stringified) return this.result;
          this.stringified = true, this.sync();
          let e = this.result.opts, s = dp;
          e.syntax && (s = e.syntax.stringify), e.stringifier && (s = e.stringifier), s.stringify && (s = s.stringify);
          let r = this.result.root.source;
          if (e.map === void 0 && !(r && r.input && r.input.map)) {
            let o = "";
            return s(this.result.root, (u) => {
              o += u;
            }), this.result.css = o, this.result;
          }
          let i = new fp(s, this.result.root, this.result.opts).generate();
          return this.result.css = i[0], this.result.map = i[1], this.result;
        }
        sync() {
          if (this.error) throw this.error;
          if (this.processed) return this.result;
          if (this.processed = true, this.processing) throw this.getAsyncError();
          for (let e of this.plugins) {
            let s = this.runOnRoot(e);
            if (kt(s)) throw this.getAsyncError();
          }
          if (this.prepareVisitors(), this.hasListener) {
            let e = this.result.root;
            for (; !e[Q]; ) e[Q] = true, this.walkSync(e);
            if (this.listeners.OnceExit) if (e.type === "document") for (let s of e.nodes) this.visitSync(this.listeners.OnceExit, s);
            else this.visitSync(this.listeners.OnceExit, e);
          }
          return this.result;
        }
        then(e, s) {
          return this.async().then(e, s);
        }
        toString() {
          return this.css;
        }
        visitSync(e, s) {
          for (let [r, n] of e) {
            this.result.lastPlugin = r;
            let i;
            try {
              i = n(s, this.helpers);
            } catch (o) {
              throw this.handleError(o, s.proxyOf);
            }
            if (s.type !== "root" && s.type !== "document" && !s.parent) return true;
            if (kt(i)) throw this.getAsyncError();
          }
        }
        visitTick(e) {
          let s = e[e.length - 1], { node: r, visitors: n } = s;
          if (r.type !== "root" && r.type !== "document" && !r.parent) {
            e.pop();
            return;
          }
          if (n.length > 0 && s.visitorIndex < n.length) {
            let [o, u] = n[s.visitorIndex];
            s.visitorIndex += 1, s.visitorIndex === n.length && (s.visitors = [], s.visitorIndex = 0), this.result.lastPlugin = o;
            try {
              return u(r.toProxy(), this.helpers);
            } catch (a) {
              throw this.handleError(a, r);
            }
          }
          if (s.iterator !== 0) {
            let o = s.iterator;
            s.descending && (s.descending = false, r.indexes[o] += 1);
            let u;
            for (; u = r.nodes[r.indexes[o]]; ) {
              if (!u[Q]) {
                u[Q] = true, s.descending = true, e.push(ma(u));
                return;
              }
              r.indexes[o] += 1;
            }
            s.iterator = 0, delete r.indexes[o];
          }
          let i = s.events;
          for (; s.eventIndex < i.length; ) {
            let o = i[s.eventIndex];
            if (s.eventIndex += 1, o === Ke) {
              r.nodes && r.nodes.length && (r[Q] = true, s.iterator = r.getIterator());
              return;
            } else if (this.listeners[o]) {
              s.visitors = this.listeners[o];
              return;
            }
          }
          e.pop();
        }
        walkSync(e) {
          e[Q] = true;
          let s = [{ eventIndex: 0, events: Ys(e), iterator: 0, node: e }];
          for (; s.length > 0; ) {
            let r = s[s.length - 1], n = r.node;
            if (r.iterator !== 0) {
              let i = r.iterator;
              r.descending && (r.descending = false, n.indexes[i] += 1);
              let o, u = false;
              for (; o = n.nodes[n.indexes[i]]; ) {
                if (!o[Q]) {
                  o[Q] = true, r.descending = true, s.push({ eventIndex: 0, events: Ys(o), iterator: 0, node: o }), u = true;
                  break;
                }
                n.indexes[i] += 1;
              }
              if (u) continue;
              r.iterator = 0, delete n.indexes[i];
            }
            if (r.eventIndex < r.events.length) {
              let i = r.events[r.eventIndex];
              if (r.eventIndex += 1, i === Ke) n.nodes && n.nodes.length && (r.iterator = n.getIterator());
              else {
                let o = this.listeners[i];
                o && this.visitSync(o, n.toProxy()) && s.pop();
              }
              continue;
            }
            s.pop();
          }
        }
        warnings() {
          return this.sync().warnings();
        }
      };
      ge.registerPostcss = (t) => {
        Vs = t;
      };
      ga.exports = ge;
      ge.default = ge;
      hp.registerLazyResult(ge);
      cp.registerLazyResult(ge);
    });
    va = x((r_, wa) => {
      "use strict";
      var vp = Ws(), xp = _t(), bp = dr(), _p = ht(), t_ = Gs(), Tt = class {
        get content() {
          return this.result.css;
        }
        get css() {
          return this.result.css;
        }
        get map() {
          return this.result.map;
        }
        get messages() {
          return [];
        }
        get opts() {
          return this.result.opts;
        }
        get processor() {
          return this.result.processor;
        }
        get root() {
          if (this._root) return this._root;
          let e, s = xp;
          try {
            e = s(this._css, this._opts);
          } catch (r) {
            this.error = r;
          }
          if (this.error) throw this.error;
          return this._root = e, e;
        }
        get [Symbol.toStringTag]() {
          return "NoWorkResult";
        }
        constructor(e, s, r) {
          s = s.toString(), this.stringified = false, this._processor = e, this._css = s, this._opts = r, this._map = void 0;
          let n = _p;
          this.result = new bp(this._processor, void 0, this._opts), this.result.css = s;
          let i = this;
          Object.defineProperty(this.result, "root", { get() {
            return i.root;
          } });
          let o = new vp(n, void 0, this._opts, s);
          if (o.isMap()) {
            let [u, a] = o.generate();
            u && (this.result.css = u), a && (this.result.map = a);
          } else o.clearAnnotation(), this.result.css = o.css;
        }
        async() {
          return this.error ? Promise.reject(this.error) : Promise.resolve(this.result);
        }
        catch(e) {
          return this.async().catch(e);
        }
        finally(e) {
          return this.async().finally(e);
        }
        sync() {
          if (this.error) throw this.error;
          return this.result;
        }
        then(e, s) {
          return this.async().then(e, s);
        }
        toString() {
          return this._css;
        }
        warnings() {
          return [];
        }
      };
      wa.exports = Tt;
      Tt.default = Tt;
    });
    ba = x((s_, xa) => {
      "use strict";
      var Ep = pr(), Sp = zs(), kp = va(), Tp = He(), Ie = class {
        constructor(e = []) {
          this.version = "8.5.32", this.plugins = this.normalize(e);
        }
        normalize(e) {
          let s = [];
          for (let r of e) if (r.postcss === true ? r = r() : r.postcss && (r = r.postcss), typeof r == "object" && Array.isArray(r.plugins)) s = s.concat(r.plugins);
          else if (typeof r == "object" && r.postcssPlugin) s.push(r);
          else if (typeof r == "function") s.push(r);
          else if (!(typeof r == "object" && (r.parse || r.stringify))) throw new Error(r + " is not a PostCSS plugin");
          return s;
        }
        process(e, s = {}) {
          return !this.plugins.length && !s.parser && !s.stringifier && !s.syntax ? new kp(this, e, s) : new Sp(this, e, s);
        }
        use(e) {
          return this.plugins = this.plugins.concat(this.normalize([e])), this;
        }
      };
      xa.exports = Ie;
      Ie.default = Ie;
      Tp.registerProcessor(Ie);
      Ep.registerProcessor(Ie);
    });
    mr = x((n_, Aa) => {
      "use strict";
      var _a = sr(), Ea = Ye(), Op = ne(), Ap = er(), Sa = xt(), ka = pr(), Cp = ua(), Np = ze(), Pp = zs(), Ip = Ms(), Rp = gt(), Lp = _t(), js = ba(), qp = dr(), Ta = He(), Oa = nr(), Dp = ht(), Mp = $s();
      function S(...t) {
        return t.length === 1 && Array.isArray(t[0]) && (t = t[0]), new js(t);
      }
      S.plugin = function(e, s) {
        let r = false;
        function n(...o) {
          console && console.warn && !r && (r = true, console.warn(e + `: postcss.plugin was deprecated. Migration guide:
https://evilmartians.com/chronicles/postcss-8-plugin-migration`));
          let u = s(...o);
          return u.postcssPlugin = e, u.postcssVersion = new js().version, u;
        }
        let i;
        return Object.defineProperty(n, "postcss", { get() {
          return i || (i = n()), i;
        } }), n.process = function(o, u, a) {
          return S([n(a)]).process(o, u);
        }, n;
      };
      S.stringify = Dp;
      S.parse = Lp;
      S.fromJSON = Cp;
      S.list = Ip;
      S.comment = (t) => new Ea(t);
      S.atRule = (t) => new _a(t);
      S.decl = (t) => new Sa(t);
      S.rule = (t) => new Oa(t);
      S.root = (t) => new Ta(t);
      S.document = (t) => new ka(t);
      S.CssSyntaxError = Ap;
      S.Declaration = Sa;
      S.Container = Op;
      S.Processor = js;
      S.Document = ka;
      S.Comment = Ea;
      S.Warning = Mp;
      S.AtRule = _a;
      S.Result = qp;
      S.Input = Np;
      S.Rule = Oa;
      S.Root = Ta;
      S.Node = Rp;
      Pp.registerPostcss(S);
      Aa.exports = S;
      S.default = S;
    });
    Na = x((i_, Ca) => {
      var { Container: Bp } = mr(), Hs = class extends Bp {
        constructor(e) {
          super(e), this.type = "decl", this.isNested = true, this.nodes || (this.nodes = []);
        }
      };
      Ca.exports = Hs;
    });
    Ra = x((o_, Ia) => {
      "use strict";
      var yr = /[\t\n\f\r "#'()/;[\\\]{}]/g, gr = /[,\t\n\f\r !"#'():;@[\\\]{}]|\/(?=\*)/g, Fp = /.[\r\n"'(/\\]/, Pa = /[\da-f]/i, wr = /[\n\f\r]/g;
      Ia.exports = function(e, s = {}) {
        let r = e.css.valueOf(), n = s.ignoreErrors, i, o, u, a, l, f, p, c, h, v = r.length, d = 0, m = [], y = [], b;
        function E() {
          return d;
        }
        function g(O) {
          throw e.error("Unclosed " + O, d);
        }
        function w() {
          return y.length === 0 && d >= v;
        }
        function $() {
          let O = 1, A = false, C = false;
          for (; O > 0; ) o += 1, r.length <= o && g("interpolation"), i = r.charCodeAt(o), c = r.charCodeAt(o + 1), A ? !C && i === A ? (A = false, C = false) : i === 92 ? C = !C : C && (C = false) : i === 39 || i === 34 ? A = i : i === 125 ? O -= 1 : i === 35 && c === 123 && (O += 1);
        }
        function re(O) {
          if (y.length) return y.pop();
          if (d >= v) return;
          let A = O ? O.ignoreUnclosed : false;
          switch (i = r.charCodeAt(d), i) {
            case 10:
            case 32:
            case 9:
            case 13:
            case 12: {
              o = d;
              do
                o += 1, i = r.charCodeAt(o);
              while (i === 32 || i === 10 || i === 9 || i === 13 || i === 12);
              h = ["space", r.slice(d, o)], d = o - 1;
              break;
            }
            case 91:
            case 93:
            case 123:
            case 125:
            case 58:
            case 59:
            case 41: {
              let C = String.fromCharCode(i);
              h = [C, C, d];
              break;
            }
            case 44: {
              h = ["word", ",", d, d + 1];
              break;
            }
            case 40: {
              if (p = m.length ? m.pop()[1] : "", c = r.charCodeAt(d + 1), p === "url" && c !== 39 && c !== 34) {
                for (b = 1, f = false, o = d + 1; o <= r.length - 1; ) {
                  if (c = r.charCodeAt(o), c === 92) f = !f;
                  else if (c === 40) b += 1;
                  else if (c === 41 && (b -= 1, b === 0)) break;
                  o += 1;
                }
                a = r.slice(d, o + 1), h = ["brackets", a, d, o], d = o;
              } else o = r.indexOf(")", d + 1), a = r.slice(d, o + 1), o === -1 || Fp.test(a) ? h = ["(", "(", d] : (h = ["brackets", a, d, o], d = o);
              break;
            }
            case 39:
            case 34: {
              for (u = i, o = d, f = false; o < v && (o++, o === v && g("string"), i = r.charCodeAt(o), c = r.charCodeAt(o + 1), !(!f && i === u)); ) i === 92 ? f = !f : f ? f = false : i === 35 && c === 123 && $();
              h = ["string", r.slice(d, o + 1), d, o], d = o;
              break;
            }
            case 64: {
              yr.lastIndex = d + 1, yr.test(r), yr.lastIndex === 0 ? o = r.length - 1 : o = yr.lastIndex - 2, h = ["at-word", r.slice(d, o + 1), d, o], d = o;
              break;
            }
            case 92: {
              for (o = d, l = true; r.charCodeAt(o + 1) === 92; ) o += 1, l = !l;
              if (i = r.charCodeAt(o + 1), l && i !== 47 && i !== 32 && i !== 10 && i !== 9 && i !== 13 && i !== 12 && (o += 1, Pa.test(r.charAt(o)))) {
                for (; Pa.test(r.charAt(o + 1)); ) o += 1;
                r.charCodeAt(o + 1) === 32 && (o += 1);
              }
              h = ["word", r.slice(d, o + 1), d, o], d = o;
              break;
            }
            default:
              c = r.charCodeAt(d + 1), i === 35 && c === 123 ? (o = d, $(), a = r.slice(d, o + 1), h = ["word", a, d, o], d = o) : i === 47 && c === 42 ? (o = r.indexOf("*/", d + 2) + 1, o === 0 && (n || A ? o = r.length : g("comment")), h = ["comment", r.slice(d, o + 1), d, o], d = o) : i === 47 && c === 47 ? (wr.lastIndex = d + 1, wr.test(r), wr.lastIndex === 0 ? o = r.length - 1 : o = wr.lastIndex - 2, a = r.slice(d, o + 1), h = ["comment", a, d, o, "inline"], d = o) : (gr.lastIndex = d + 1, gr.test(r), gr.lastIndex === 0 ? o = r.length - 1 : o = gr.lastIndex - 2, h = ["word", r.slice(d, o + 1), d, o], m.push(h), d = o);
              break;
          }
          return d++, h;
        }
        function se(O) {
          y.push(O);
        }
        return { back: se, endOfFile: w, nextToken: re, position: E };
      };
    });
    qa = x((a_, La) => {
      var { Comment: Up } = mr(), Wp = ur(), $p = Na(), Gp = Ra(), Qs = class extends Wp {
        atrule(e) {
          let s = e[1], r = e;
          for (; !this.tokenizer.endOfFile(); ) {
            let n = this.tokenizer.nextToken();
            if (n[0] === "word" && n[2] === r[3] + 1) s += n[1], r = n;
            else {
              this.tokenizer.back(n);
              break;
            }
          }
          super.atrule(["at-word", s, e[2], r[3]]);
        }
        comment(e) {
          if (e[4] === "inline") {
            let s = new Up();
            this.init(s, e[2]), s.raws.inline = true;
            let r = this.input.fromOffset(e[3]);
            s.source.end = { column: r.col, line: r.line, offset: e[3] + 1 };
            let n = e[1].slice(2);
            if (/^\s*$/.test(n)) s.text = "", s.raws.left = n, s.raws.right = "";
            else {
              let i = n.match(/^(\s*)([^]*\S)(\s*)$/), o = i[2].replace(/(\*\/|\/\*)/g, "*//*");
              s.text = o, s.raws.left = i[1], s.raws.right = i[3], s.raws.text = i[2];
            }
          } else super.comment(e);
        }
        createTokenizer() {
          this.tokenizer = Gp(this.input);
        }
        raw(e, s, r, n) {
          if (super.raw(e, s, r, n), e.raws[s]) {
            let i = e.raws[s].raw;
            e.raws[s].raw = r.reduce((o, u) => {
              if (u[0] === "comment" && u[4] === "inline") {
                let a = u[1].slice(2).replace(/(\*\/|\/\*)/g, "*//*");
                return o + "/*" + a + "*/";
              } else return o + u[1];
            }, ""), i !== e.raws[s].raw && (e.raws[s].scss = i);
          }
        }
        rule(e) {
          let s = false, r = 0, n = "";
          for (let i of e) if (s) i[0] !== "comment" && i[0] !== "{" && (n += i[1]);
          else {
            if (i[0] === "space" && i[1].includes(`
`)) break;
            i[0] === "(" ? r += 1 : i[0] === ")" ? r -= 1 : r === 0 && i[0] === ":" && (s = true);
          }
          if (!s || n.trim() === "" || /^[#:A-Za-z-]/.test(n)) super.rule(e);
          else {
            e.pop();
            let i = new $p();
            this.init(i, e[0][2]);
            let o;
            for (let a = e.length - 1; a >= 0; a--) if (e[a][0] !== "space") {
              o = e[a];
              break;
            }
            if (o[3]) {
              let a = this.input.fromOffset(o[3]);
              i.source.end = { column: a.col, line: a.line, offset: o[3] + 1 };
            } else {
              let a = this.input.fromOffset(o[2]);
              i.source.end = { column: a.col, line: a.line, offset: o[2] + 1 };
            }
            for (; e[0][0] !== "word"; ) i.raws.before += e.shift()[1];
            if (e[0][2]) {
              let a = this.input.fromOffset(e[0][2]);
              i.source.start = { column: a.col, line: a.line, offset: e[0][2] };
            }
            for (i.prop = ""; e.length; ) {
              let a = e[0][0];
              if (a === ":" || a === "space" || a === "comment") break;
              i.prop += e.shift()[1];
            }
            i.raws.between = "";
            let u;
            for (; e.length; ) if (u = e.shift(), u[0] === ":") {
              i.raws.between += u[1];
              break;
            } else i.raws.between += u[1];
            (i.prop[0] === "_" || i.prop[0] === "*") && (i.raws.before += i.prop[0], i.prop = i.prop.slice(1)), i.raws.between += this.spacesAndCommentsFromStart(e), this.precheckMissedSemicolon(e);
            for (let a = e.length - 1; a > 0; a--) {
              if (u = e[a], u[1] === "!important") {
                i.important = true;
                let l = this.stringFrom(e, a);
                l = this.spacesFromEnd(e) + l, l !== " !important" && (i.raws.important = l);
                break;
              } else if (u[1] === "important") {
                let l = e.slice(0), f = "";
                for (let p = a; p > 0; p--) {
                  let c = l[p][0];
                  if (f.trim().indexOf("!") === 0 && c !== "space") break;
                  f = l.pop()[1] + f;
                }
                f.trim().indexOf("!") === 0 && (i.important = true, i.raws.important = f, e = l);
              }
              if (u[0] !== "space" && u[0] !== "comment") break;
            }
            this.raw(i, "value", e), i.value.includes(":") && this.checkMissedSemicolon(e), this.current = i;
          }
        }
      };
      La.exports = Qs;
    });
    Ma = x((u_, Da) => {
      var { Input: Yp } = mr(), Vp = qa();
      Da.exports = function(e, s) {
        let r = new Yp(e, s), n = new Vp(r);
        return n.parse(), n.root;
      };
    });
    Js = x((Ks) => {
      "use strict";
      Object.defineProperty(Ks, "__esModule", { value: true });
      function Hp(t) {
        this.after = t.after, this.before = t.before, this.type = t.type, this.value = t.value, this.sourceIndex = t.sourceIndex;
      }
      Ks.default = Hp;
    });
    Zs = x((Xs) => {
      "use strict";
      Object.defineProperty(Xs, "__esModule", { value: true });
      var Qp = Js(), Fa = Kp(Qp);
      function Kp(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Ot(t) {
        var e = this;
        this.constructor(t), this.nodes = t.nodes, this.after === void 0 && (this.after = this.nodes.length > 0 ? this.nodes[this.nodes.length - 1].after : ""), this.before === void 0 && (this.before = this.nodes.length > 0 ? this.nodes[0].before : ""), this.sourceIndex === void 0 && (this.sourceIndex = this.before.length), this.nodes.forEach(function(s) {
          s.parent = e;
        });
      }
      Ot.prototype = Object.create(Fa.default.prototype);
      Ot.constructor = Fa.default;
      Ot.prototype.walk = function(e, s) {
        for (var r = typeof e == "string" || e instanceof RegExp, n = r ? s : e, i = typeof e == "string" ? new RegExp(e) : e, o = 0; o < this.nodes.length; o++) {
          var u = this.nodes[o], a = r ? i.test(u.type) : true;
          if (a && n && n(u, o, this.nodes) === false || u.nodes && u.walk(e, s) === false) return false;
        }
        return true;
      };
      Ot.prototype.each = function() {
        for (var e = arguments.length <= 0 || arguments[0] === void 0 ? function() {
        } : arguments[0], s = 0; s < this.nodes.length; s++) {
          var r = this.nodes[s];
          if (e(r, s, this.nodes) === false) return false;
        }
        return true;
      };
      Xs.default = Ot;
    });
    Ga = x((At) => {
      "use strict";
      Object.defineProperty(At, "__esModule", { value: true });
      At.parseMediaFeature = $a;
      At.parseMediaQuery = tn;
      At.parseMediaList = Zp;
      var Jp = Js(), Ua = Wa(Jp), Xp = Zs(), en = Wa(Xp);
      function Wa(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function $a(t) {
        var e = arguments.length <= 1 || arguments[1] === void 0 ? 0 : arguments[1], s = [{ mode: "normal", character: null }], r = [], n = 0, i = "", o = null, u = null, a = e, l = t;
        t[0] === "(" && t[t.length - 1] === ")" && (l = t.substring(1, t.length - 1), a++);
        for (var f = 0; f < l.length; f++) {
          var p = l[f];
          if ((p === "'" || p === '"') && (s[n].isCalculationEnabled === true ? (s.push({ mode: "string", isCalculationEnabled: false, character: p }), n++) : s[n].mode === "string" && s[n].character === p && l[f - 1] !== "\\" && (s.pop(), n--)), p === "{" ? (s.push({ mode: "interpolation", isCalculationEnabled: true }), n++) : p === "}" && (s.pop(), n--), s[n].mode === "normal" && p === ":") {
            var c = l.substring(f + 1);
            u = { type: "value", before: /^(\s*)/.exec(c)[1], after: /(\s*)$/.exec(c)[1], value: c.trim() }, u.sourceIndex = u.before.length + f + 1 + a, o = { type: "colon", sourceIndex: f + a, after: u.before, value: ":" };
            break;
          }
          i += p;
        }
        return i = { type: "media-feature", before: /^(\s*)/.exec(i)[1], after: /(\s*)$/.exec(i)[1], value: i.trim() }, i.sourceIndex = i.before.length + a, r.push(i), o !== null && (o.before = i.after, r.push(o)), u !== null && r.push(u), r;
      }
      function tn(t) {
        var e = arguments.length <= 1 || arguments[1] === void 0 ? 0 : arguments[1], s = [], r = 0, n = false, i = void 0;
        function o() {
          return { before: "", after: "", value: "" };
        }
        i = o();
        for (var u = 0; u < t.length; u++) {
          var a = t[u];
          n ? (i.value += a, (a === "{" || a === "(") && r++, (a === ")" || a === "}") && r--) : a.search(/\s/) !== -1 ? i.before += a : (a === "(" && (i.type = "media-feature-expression", r++), i.value = a, i.sourceIndex = e + u, n = true), n && r === 0 && (a === ")" || u === t.length - 1 || t[u + 1].search(/\s/) !== -1) && (["not", "only", "and"].indexOf(i.value) !== -1 && (i.type = "keyword"), i.type === "media-feature-expression" && (i.nodes = $a(i.value, i.sourceIndex)), s.push(Array.isArray(i.nodes) ? new en.default(i) : new Ua.default(i)), i = o(), n = false);
        }
        for (var l = 0; l < s.length; l++) if (i = s[l], l > 0 && (s[l - 1].after = i.before), i.type === void 0) {
          if (l > 0) {
            if (s[l - 1].type === "media-feature-expression") {
              i.type = "keyword";
              continue;
            }
            if (s[l - 1].value === "not" || s[l - 1].value === "only") {
              i.type = "media-type";
              continue;
            }
            if (s[l - 1].value === "and") {
              i.type = "media-feature-expression";
              continue;
            }
            s[l - 1].type === "media-type" && (s[l + 1] ? i.type = s[l + 1].type === "media-feature-expression" ? "keyword" : "media-feature-expression" : i.type = "media-feature-expression");
          }
          if (l === 0) {
            if (!s[l + 1]) {
              i.type = "media-type";
              continue;
            }
            if (s[l + 1] && (s[l + 1].type === "media-feature-expression" || s[l + 1].type === "keyword")) {
              i.type = "media-type";
              continue;
            }
            if (s[l + 2]) {
              if (s[l + 2].type === "media-feature-expression") {
                i.type = "media-type", s[l + 1].type = "keyword";
                continue;
              }
              if (s[l + 2].type === "keyword") {
                i.type = "keyword", s[l + 1].type = "media-type";
                continue;
              }
            }
            if (s[l + 3] && s[l + 3].type === "media-feature-expression") {
              i.type = "keyword", s[l + 1].type = "media-type", s[l + 2].type = "keyword";
              continue;
            }
          }
        }
        return s;
      }
      function Zp(t) {
        var e = [], s = 0, r = 0, n = /^(\s*)url\s*\(/.exec(t);
        if (n !== null) {
          for (var i = n[0].length, o = 1; o > 0; ) {
            var u = t[i];
            u === "(" && o++, u === ")" && o--, i++;
          }
          e.unshift(new Ua.default({ type: "url", value: t.substring(0, i).trim(), sourceIndex: n[1].length, before: n[1], after: /^(\s*)/.exec(t.substring(i))[1] })), s = i;
        }
        for (var a = s; a < t.length; a++) {
          var l = t[a];
          if (l === "(" && r++, l === ")" && r--, r === 0 && l === ",") {
            var f = t.substring(s, a), p = /^(\s*)/.exec(f)[1];
            e.push(new en.default({ type: "media-query", value: f.trim(), sourceIndex: s + p.length, nodes: tn(f, s), before: p, after: /(\s*)$/.exec(f)[1] })), s = a + 1;
          }
        }
        var c = t.substring(s), h = /^(\s*)/.exec(c)[1];
        return e.push(new en.default({ type: "media-query", value: c.trim(), sourceIndex: s + h.length, nodes: tn(c, s), before: h, after: /(\s*)$/.exec(c)[1] })), e;
      }
    });
    Ya = x((rn) => {
      "use strict";
      Object.defineProperty(rn, "__esModule", { value: true });
      rn.default = nh;
      var eh = Zs(), th = sh(eh), rh = Ga();
      function sh(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function nh(t) {
        return new th.default({ nodes: (0, rh.parseMediaList)(t), type: "media-query-list", value: t.trim() });
      }
    });
    nn = x((v_, ja) => {
      ja.exports = function(e, s) {
        if (s = typeof s == "number" ? s : 1 / 0, !s) return Array.isArray(e) ? e.map(function(n) {
          return n;
        }) : e;
        return r(e, 1);
        function r(n, i) {
          return n.reduce(function(o, u) {
            return Array.isArray(u) && i < s ? o.concat(r(u, i + 1)) : o.concat(u);
          }, []);
        }
      };
    });
    on = x((x_, Ha) => {
      Ha.exports = function(t, e) {
        for (var s = -1, r = []; (s = t.indexOf(e, s + 1)) !== -1; ) r.push(s);
        return r;
      };
    });
    an = x((b_, Qa) => {
      "use strict";
      function ah(t, e) {
        for (var s = 1, r = t.length, n = t[0], i = t[0], o = 1; o < r; ++o) if (i = n, n = t[o], e(n, i)) {
          if (o === s) {
            s++;
            continue;
          }
          t[s++] = n;
        }
        return t.length = s, t;
      }
      function uh(t) {
        for (var e = 1, s = t.length, r = t[0], n = t[0], i = 1; i < s; ++i, n = r) if (n = r, r = t[i], r !== n) {
          if (i === e) {
            e++;
            continue;
          }
          t[e++] = r;
        }
        return t.length = e, t;
      }
      function lh(t, e, s) {
        return t.length === 0 ? t : e ? (s || t.sort(e), ah(t, e)) : (s || t.sort(), uh(t));
      }
      Qa.exports = lh;
    });
    Le = x((vr, Ja) => {
      "use strict";
      vr.__esModule = true;
      var Ka = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(t) {
        return typeof t;
      } : function(t) {
        return t && typeof Symbol == "function" && t.constructor === Symbol && t !== Symbol.prototype ? "symbol" : typeof t;
      };
      function ch(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      var fh = function t(e, s) {
        if ((typeof e > "u" ? "undefined" : Ka(e)) !== "object") return e;
        var r = new e.constructor();
        for (var n in e) if (e.hasOwnProperty(n)) {
          var i = e[n], o = typeof i > "u" ? "undefined" : Ka(i);
          n === "parent" && o === "object" ? s && (r[n] = s) : i instanceof Array ? r[n] = i.map(function(u) {
            return t(u, r);
          }) : r[n] = t(i, r);
        }
        return r;
      }, ph = (function() {
        function t() {
          var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
          ch(this, t);
          for (var s in e) this[s] = e[s];
          var r = e.spaces;
          r = r === void 0 ? {} : r;
          var n = r.before, i = n === void 0 ? "" : n, o = r.after, u = o === void 0 ? "" : o;
          this.spaces = { before: i, after: u };
        }
        return t.prototype.remove = function() {
          return this.parent && this.parent.removeChild(this), this.parent = void 0, this;
        }, t.prototype.replaceWith = function() {
          if (this.parent) {
            for (var s in arguments) this.parent.insertBefore(this, arguments[s]);
            this.remove();
          }
          return this;
        }, t.prototype.next = function() {
          return this.parent.at(this.parent.index(this) + 1);
        }, t.prototype.prev = function() {
          return this.parent.at(this.parent.index(this) - 1);
        }, t.prototype.clone = function() {
          var s = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, r = fh(this);
          for (var n in s) r[n] = s[n];
          return r;
        }, t.prototype.toString = function() {
          return [this.spaces.before, String(this.value), this.spaces.after].join("");
        }, t;
      })();
      vr.default = ph;
      Ja.exports = vr.default;
    });
    B = x((F) => {
      "use strict";
      F.__esModule = true;
      var __ = F.TAG = "tag", E_ = F.STRING = "string", S_ = F.SELECTOR = "selector", k_ = F.ROOT = "root", T_ = F.PSEUDO = "pseudo", O_ = F.NESTING = "nesting", A_ = F.ID = "id", C_ = F.COMMENT = "comment", N_ = F.COMBINATOR = "combinator", P_ = F.CLASS = "class", I_ = F.ATTRIBUTE = "attribute", R_ = F.UNIVERSAL = "universal";
    });
    br = x((xr, Xa) => {
      "use strict";
      xr.__esModule = true;
      var hh = /* @__PURE__ */ (function() {
        function t(e, s) {
          for (var r = 0; r < s.length; r++) {
            var n = s[r];
            n.enumerable = n.enumerable || false, n.configurable = true, "value" in n && (n.writable = true), Object.defineProperty(e, n.key, n);
          }
        }
        return function(e, s, r) {
          return s && t(e.prototype, s), r && t(e, r), e;
        };
      })(), dh = Le(), mh = wh(dh), yh = B(), oe = gh(yh);
      function gh(t) {
        if (t && t.__esModule) return t;
        var e = {};
        if (t != null) for (var s in t) Object.prototype.hasOwnProperty.call(t, s) && (e[s] = t[s]);
        return e.default = t, e;
      }
      function wh(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function vh(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function xh(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function bh(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var _h = (function(t) {
        bh(e, t);
        function e(s) {
          vh(this, e);
          var r = xh(this, t.call(this, s));
          return r.nodes || (r.nodes = []), r;
        }
        return e.prototype.append = function(r) {
          return r.parent = this, this.nodes.push(r), this;
        }, e.prototype.prepend = function(r) {
          return r.parent = this, this.nodes.unshift(r), this;
        }, e.prototype.at = function(r) {
          return this.nodes[r];
        }, e.prototype.index = function(r) {
          return typeof r == "number" ? r : this.nodes.indexOf(r);
        }, e.prototype.removeChild = function(r) {
          r = this.index(r), this.at(r).parent = void 0, this.nodes.splice(r, 1);
          var n = void 0;
          for (var i in this.indexes) n = this.indexes[i], n >= r && (this.indexes[i] = n - 1);
          return this;
        }, e.prototype.removeAll = function() {
          for (var i = this.nodes, r = Array.isArray(i), n = 0, i = r ? i : i[Symbol.iterator](); ; ) {
            var o;
            if (r) {
              if (n >= i.length) break;
              o = i[n++];
            } else {
              if (n = i.next(), n.done) break;
              o = n.value;
            }
            var u = o;
            u.parent = void 0;
          }
          return this.nodes = [], this;
        }, e.prototype.empty = function() {
          return this.removeAll();
        }, e.prototype.insertAfter = function(r, n) {
          var i = this.index(r);
          this.nodes.splice(i + 1, 0, n);
          var o = void 0;
          for (var u in this.indexes) o = this.indexes[u], i <= o && (this.indexes[u] = o + this.nodes.length);
          return this;
        }, e.prototype.insertBefore = function(r, n) {
          var i = this.index(r);
          this.nodes.splice(i, 0, n);
          var o = void 0;
          for (var u in this.indexes) o = this.indexes[u], i <= o && (this.indexes[u] = o + this.nodes.length);
          return this;
        }, e.prototype.each = function(r) {
          this.lastEach || (this.lastEach = 0), this.indexes || (this.indexes = {}), this.lastEach++;
          var n = this.lastEach;
          if (this.indexes[n] = 0, !!this.length) {
            for (var i = void 0, o = void 0; this.indexes[n] < this.length && (i = this.indexes[n], o = r(this.at(i), i), o !== false); ) this.indexes[n] += 1;
            if (delete this.indexes[n], o === false) return false;
          }
        }, e.prototype.walk = function(r) {
          return this.each(function(n, i) {
            var o = r(n, i);
            if (o !== false && n.length && (o = n.walk(r)), o === false) return false;
          });
        }, e.prototype.walkAttributes = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.ATTRIBUTE) return r.call(n, i);
          });
        }, e.prototype.walkClasses = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.CLASS) return r.call(n, i);
          });
        }, e.prototype.walkCombinators = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.COMBINATOR) return r.call(n, i);
          });
        }, e.prototype.walkComments = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.COMMENT) return r.call(n, i);
          });
        }, e.prototype.walkIds = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.ID) return r.call(n, i);
          });
        }, e.prototype.walkNesting = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.NESTING) return r.call(n, i);
          });
        }, e.prototype.walkPseudos = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.PSEUDO) return r.call(n, i);
          });
        }, e.prototype.walkTags = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.TAG) return r.call(n, i);
          });
        }, e.prototype.walkUniversals = function(r) {
          var n = this;
          return this.walk(function(i) {
            if (i.type === oe.UNIVERSAL) return r.call(n, i);
          });
        }, e.prototype.split = function(r) {
          var n = this, i = [];
          return this.reduce(function(o, u, a) {
            var l = r.call(n, u);
            return i.push(u), l ? (o.push(i), i = []) : a === n.length - 1 && o.push(i), o;
          }, []);
        }, e.prototype.map = function(r) {
          return this.nodes.map(r);
        }, e.prototype.reduce = function(r, n) {
          return this.nodes.reduce(r, n);
        }, e.prototype.every = function(r) {
          return this.nodes.every(r);
        }, e.prototype.some = function(r) {
          return this.nodes.some(r);
        }, e.prototype.filter = function(r) {
          return this.nodes.filter(r);
        }, e.prototype.sort = function(r) {
          return this.nodes.sort(r);
        }, e.prototype.toString = function() {
          return this.map(String).join("");
        }, hh(e, [{ key: "first", get: function() {
          return this.at(0);
        } }, { key: "last", get: function() {
          return this.at(this.length - 1);
        } }, { key: "length", get: function() {
          return this.nodes.length;
        } }]), e;
      })(mh.default);
      xr.default = _h;
      Xa.exports = xr.default;
    });
    eu = x((_r, Za) => {
      "use strict";
      _r.__esModule = true;
      var Eh = br(), Sh = Th(Eh), kh = B();
      function Th(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Oh(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Ah(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Ch(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Nh = (function(t) {
        Ch(e, t);
        function e(s) {
          Oh(this, e);
          var r = Ah(this, t.call(this, s));
          return r.type = kh.ROOT, r;
        }
        return e.prototype.toString = function() {
          var r = this.reduce(function(n, i) {
            var o = String(i);
            return o ? n + o + "," : "";
          }, "").slice(0, -1);
          return this.trailingComma ? r + "," : r;
        }, e;
      })(Sh.default);
      _r.default = Nh;
      Za.exports = _r.default;
    });
    ru = x((Er, tu) => {
      "use strict";
      Er.__esModule = true;
      var Ph = br(), Ih = Lh(Ph), Rh = B();
      function Lh(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function qh(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Dh(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Mh(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Bh = (function(t) {
        Mh(e, t);
        function e(s) {
          qh(this, e);
          var r = Dh(this, t.call(this, s));
          return r.type = Rh.SELECTOR, r;
        }
        return e;
      })(Ih.default);
      Er.default = Bh;
      tu.exports = Er.default;
    });
    Je = x((Sr, su) => {
      "use strict";
      Sr.__esModule = true;
      var Fh = /* @__PURE__ */ (function() {
        function t(e, s) {
          for (var r = 0; r < s.length; r++) {
            var n = s[r];
            n.enumerable = n.enumerable || false, n.configurable = true, "value" in n && (n.writable = true), Object.defineProperty(e, n.key, n);
          }
        }
        return function(e, s, r) {
          return s && t(e.prototype, s), r && t(e, r), e;
        };
      })(), Uh = Le(), Wh = $h(Uh);
      function $h(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Gh(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Yh(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Vh(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var zh = (function(t) {
        Vh(e, t);
        function e() {
          return Gh(this, e), Yh(this, t.apply(this, arguments));
        }
        return e.prototype.toString = function() {
          return [this.spaces.before, this.ns, String(this.value), this.spaces.after].join("");
        }, Fh(e, [{ key: "ns", get: function() {
          var r = this.namespace;
          return r ? (typeof r == "string" ? r : "") + "|" : "";
        } }]), e;
      })(Wh.default);
      Sr.default = zh;
      su.exports = Sr.default;
    });
    iu = x((kr, nu) => {
      "use strict";
      kr.__esModule = true;
      var jh = Je(), Hh = Kh(jh), Qh = B();
      function Kh(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Jh(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Xh(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Zh(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var ed = (function(t) {
        Zh(e, t);
        function e(s) {
          Jh(this, e);
          var r = Xh(this, t.call(this, s));
          return r.type = Qh.CLASS, r;
        }
        return e.prototype.toString = function() {
          return [this.spaces.before, this.ns, "." + this.value, this.spaces.after].join("");
        }, e;
      })(Hh.default);
      kr.default = ed;
      nu.exports = kr.default;
    });
    au = x((Tr, ou) => {
      "use strict";
      Tr.__esModule = true;
      var td = Le(), rd = nd(td), sd = B();
      function nd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function id(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function od(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function ad(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var ud = (function(t) {
        ad(e, t);
        function e(s) {
          id(this, e);
          var r = od(this, t.call(this, s));
          return r.type = sd.COMMENT, r;
        }
        return e;
      })(rd.default);
      Tr.default = ud;
      ou.exports = Tr.default;
    });
    lu = x((Or, uu) => {
      "use strict";
      Or.__esModule = true;
      var ld = Je(), cd = pd(ld), fd = B();
      function pd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function hd(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function dd(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function md(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var yd = (function(t) {
        md(e, t);
        function e(s) {
          hd(this, e);
          var r = dd(this, t.call(this, s));
          return r.type = fd.ID, r;
        }
        return e.prototype.toString = function() {
          return [this.spaces.before, this.ns, "#" + this.value, this.spaces.after].join("");
        }, e;
      })(cd.default);
      Or.default = yd;
      uu.exports = Or.default;
    });
    fu = x((Ar, cu) => {
      "use strict";
      Ar.__esModule = true;
      var gd = Je(), wd = xd(gd), vd = B();
      function xd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function bd(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function _d(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Ed(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Sd = (function(t) {
        Ed(e, t);
        function e(s) {
          bd(this, e);
          var r = _d(this, t.call(this, s));
          return r.type = vd.TAG, r;
        }
        return e;
      })(wd.default);
      Ar.default = Sd;
      cu.exports = Ar.default;
    });
    hu = x((Cr, pu) => {
      "use strict";
      Cr.__esModule = true;
      var kd = Le(), Td = Ad(kd), Od = B();
      function Ad(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Cd(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Nd(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Pd(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Id = (function(t) {
        Pd(e, t);
        function e(s) {
          Cd(this, e);
          var r = Nd(this, t.call(this, s));
          return r.type = Od.STRING, r;
        }
        return e;
      })(Td.default);
      Cr.default = Id;
      pu.exports = Cr.default;
    });
    mu = x((Nr, du) => {
      "use strict";
      Nr.__esModule = true;
      var Rd = br(), Ld = Dd(Rd), qd = B();
      function Dd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Md(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function Bd(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function Fd(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Ud = (function(t) {
        Fd(e, t);
        function e(s) {
          Md(this, e);
          var r = Bd(this, t.call(this, s));
          return r.type = qd.PSEUDO, r;
        }
        return e.prototype.toString = function() {
          var r = this.length ? "(" + this.map(String).join(",") + ")" : "";
          return [this.spaces.before, String(this.value), r, this.spaces.after].join("");
        }, e;
      })(Ld.default);
      Nr.default = Ud;
      du.exports = Nr.default;
    });
    gu = x((Pr, yu) => {
      "use strict";
      Pr.__esModule = true;
      var Wd = Je(), $d = Yd(Wd), Gd = B();
      function Yd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Vd(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function zd(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function jd(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var Hd = (function(t) {
        jd(e, t);
        function e(s) {
          Vd(this, e);
          var r = zd(this, t.call(this, s));
          return r.type = Gd.ATTRIBUTE, r.raws = {}, r;
        }
        return e.prototype.toString = function() {
          var r = [this.spaces.before, "[", this.ns, this.attribute];
          return this.operator && r.push(this.operator), this.value && r.push(this.value), this.raws.insensitive ? r.push(this.raws.insensitive) : this.insensitive && r.push(" i"), r.push("]"), r.concat(this.spaces.after).join("");
        }, e;
      })($d.default);
      Pr.default = Hd;
      yu.exports = Pr.default;
    });
    vu = x((Ir, wu) => {
      "use strict";
      Ir.__esModule = true;
      var Qd = Je(), Kd = Xd(Qd), Jd = B();
      function Xd(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function Zd(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function em(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function tm(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var rm = (function(t) {
        tm(e, t);
        function e(s) {
          Zd(this, e);
          var r = em(this, t.call(this, s));
          return r.type = Jd.UNIVERSAL, r.value = "*", r;
        }
        return e;
      })(Kd.default);
      Ir.default = rm;
      wu.exports = Ir.default;
    });
    bu = x((Rr, xu) => {
      "use strict";
      Rr.__esModule = true;
      var sm = Le(), nm = om(sm), im = B();
      function om(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function am(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function um(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function lm(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var cm = (function(t) {
        lm(e, t);
        function e(s) {
          am(this, e);
          var r = um(this, t.call(this, s));
          return r.type = im.COMBINATOR, r;
        }
        return e;
      })(nm.default);
      Rr.default = cm;
      xu.exports = Rr.default;
    });
    Eu = x((Lr, _u) => {
      "use strict";
      Lr.__esModule = true;
      var fm = Le(), pm = dm(fm), hm = B();
      function dm(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function mm(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      function ym(t, e) {
        if (!t) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        return e && (typeof e == "object" || typeof e == "function") ? e : t;
      }
      function gm(t, e) {
        if (typeof e != "function" && e !== null) throw new TypeError("Super expression must either be null or a function, not " + typeof e);
        t.prototype = Object.create(e && e.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }), e && (Object.setPrototypeOf ? Object.setPrototypeOf(t, e) : t.__proto__ = e);
      }
      var wm = (function(t) {
        gm(e, t);
        function e(s) {
          mm(this, e);
          var r = ym(this, t.call(this, s));
          return r.type = hm.NESTING, r.value = "&", r;
        }
        return e;
      })(pm.default);
      Lr.default = wm;
      _u.exports = Lr.default;
    });
    ku = x((qr, Su) => {
      "use strict";
      qr.__esModule = true;
      qr.default = vm;
      function vm(t) {
        return t.sort(function(e, s) {
          return e - s;
        });
      }
      Su.exports = qr.default;
    });
    Lu = x((Br, Ru) => {
      "use strict";
      Br.__esModule = true;
      Br.default = Nm;
      var Tu = 39, xm = 34, un = 92, Ou = 47, Ct = 10, ln = 32, cn = 12, fn = 9, pn = 13, Au = 43, Cu = 62, Nu = 126, Pu = 124, bm = 44, _m = 40, Em = 41, Sm = 91, km = 93, Tm = 59, Iu = 42, Om = 58, Am = 38, Cm = 64, Dr = /[ \n\t\r\{\(\)'"\\;/]/g, Mr = /[ \n\t\r\(\)\*:;@!&'"\+\|~>,\[\]\\]|\/(?=\*)/g;
      function Nm(t) {
        for (var e = [], s = t.css.valueOf(), r = void 0, n = void 0, i = void 0, o = void 0, u = void 0, a = void 0, l = void 0, f = void 0, p = void 0, c = void 0, h = void 0, v = s.length, d = -1, m = 1, y = 0, b = function(g, w) {
          if (t.safe) s += w, n = s.length - 1;
          else throw t.error("Unclosed " + g, m, y - d, y);
        }; y < v; ) {
          switch (r = s.charCodeAt(y), r === Ct && (d = y, m += 1), r) {
            case Ct:
            case ln:
            case fn:
            case pn:
            case cn:
              n = y;
              do
                n += 1, r = s.charCodeAt(n), r === Ct && (d = n, m += 1);
              while (r === ln || r === Ct || r === fn || r === pn || r === cn);
              e.push(["space", s.slice(y, n), m, y - d, y]), y = n - 1;
              break;
            case Au:
            case Cu:
            case Nu:
            case Pu:
              n = y;
              do
                n += 1, r = s.charCodeAt(n);
              while (r === Au || r === Cu || r === Nu || r === Pu);
              e.push(["combinator", s.slice(y, n), m, y - d, y]), y = n - 1;
              break;
            case Iu:
              e.push(["*", "*", m, y - d, y]);
              break;
            case Am:
              e.push(["&", "&", m, y - d, y]);
              break;
            case bm:
              e.push([",", ",", m, y - d, y]);
              break;
            case Sm:
              e.push(["[", "[", m, y - d, y]);
              break;
            case km:
              e.push(["]", "]", m, y - d, y]);
              break;
            case Om:
              e.push([":", ":", m, y - d, y]);
              break;
            case Tm:
              e.push([";", ";", m, y - d, y]);
              break;
            case _m:
              e.push(["(", "(", m, y - d, y]);
              break;
            case Em:
              e.push([")", ")", m, y - d, y]);
              break;
            case Tu:
            case xm:
              i = r === Tu ? "'" : '"', n = y;
              do
                for (c = false, n = s.indexOf(i, n + 1), n === -1 && b("quote", i), h = n; s.charCodeAt(h - 1) === un; ) h -= 1, c = !c;
              while (c);
              e.push(["string", s.slice(y, n + 1), m, y - d, m, n - d, y]), y = n;
              break;
            case Cm:
              Dr.lastIndex = y + 1, Dr.test(s), Dr.lastIndex === 0 ? n = s.length - 1 : n = Dr.lastIndex - 2, e.push(["at-word", s.slice(y, n + 1), m, y - d, m, n - d, y]), y = n;
              break;
            case un:
              for (n = y, l = true; s.charCodeAt(n + 1) === un; ) n += 1, l = !l;
              r = s.charCodeAt(n + 1), l && r !== Ou && r !== ln && r !== Ct && r !== fn && r !== pn && r !== cn && (n += 1), e.push(["word", s.slice(y, n + 1), m, y - d, m, n - d, y]), y = n;
              break;
            default:
              r === Ou && s.charCodeAt(y + 1) === Iu ? (n = s.indexOf("*/", y + 2) + 1, n === 0 && b("comment", "*/"), a = s.slice(y, n + 1), o = a.split(`
`), u = o.length - 1, u > 0 ? (f = m + u, p = n - o[u].length) : (f = m, p = d), e.push(["comment", a, m, y - d, f, n - p, y]), d = p, m = f, y = n) : (Mr.lastIndex = y + 1, Mr.test(s), Mr.lastIndex === 0 ? n = s.length - 1 : n = Mr.lastIndex - 2, e.push(["word", s.slice(y, n + 1), m, y - d, m, n - d, y]), y = n);
              break;
          }
          y++;
        }
        return e;
      }
      Ru.exports = Br.default;
    });
    Mu = x((Fr, Du) => {
      "use strict";
      Fr.__esModule = true;
      var Pm = /* @__PURE__ */ (function() {
        function t(e, s) {
          for (var r = 0; r < s.length; r++) {
            var n = s[r];
            n.enumerable = n.enumerable || false, n.configurable = true, "value" in n && (n.writable = true), Object.defineProperty(e, n.key, n);
          }
        }
        return function(e, s, r) {
          return s && t(e.prototype, s), r && t(e, r), e;
        };
      })(), Im = nn(), Rm = q(Im), Lm = on(), hn = q(Lm), qm = an(), Dm = q(qm), Mm = eu(), Bm = q(Mm), Fm = ru(), dn = q(Fm), Um = iu(), Wm = q(Um), $m = au(), Gm = q($m), Ym = lu(), Vm = q(Ym), zm = fu(), jm = q(zm), Hm = hu(), Qm = q(Hm), Km = mu(), Jm = q(Km), Xm = gu(), Zm = q(Xm), ey = vu(), ty = q(ey), ry = bu(), sy = q(ry), ny = Eu(), iy = q(ny), oy = ku(), ay = q(oy), uy = Lu(), qu = q(uy), ly = B(), cy = fy(ly);
      function fy(t) {
        if (t && t.__esModule) return t;
        var e = {};
        if (t != null) for (var s in t) Object.prototype.hasOwnProperty.call(t, s) && (e[s] = t[s]);
        return e.default = t, e;
      }
      function q(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function py(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      var hy = (function() {
        function t(e) {
          py(this, t), this.input = e, this.lossy = e.options.lossless === false, this.position = 0, this.root = new Bm.default();
          var s = new dn.default();
          return this.root.append(s), this.current = s, this.lossy ? this.tokens = (0, qu.default)({ safe: e.safe, css: e.css.trim() }) : this.tokens = (0, qu.default)(e), this.loop();
        }
        return t.prototype.attribute = function() {
          var s = "", r = void 0, n = this.currToken;
          for (this.position++; this.position < this.tokens.length && this.currToken[0] !== "]"; ) s += this.tokens[this.position][1], this.position++;
          this.position === this.tokens.length && !~s.indexOf("]") && this.error("Expected a closing square bracket.");
          var i = s.split(/((?:[*~^$|]?=))([^]*)/), o = i[0].split(/(\|)/g), u = { operator: i[1], value: i[2], source: { start: { line: n[2], column: n[3] }, end: { line: this.currToken[2], column: this.currToken[3] } }, sourceIndex: n[4] };
          if (o.length > 1 ? (o[0] === "" && (o[0] = true), u.attribute = this.parseValue(o[2]), u.namespace = this.parseNamespace(o[0])) : u.attribute = this.parseValue(i[0]), r = new Zm.default(u), i[2]) {
            var a = i[2].split(/(\s+i\s*?)$/), l = a[0].trim();
            r.value = this.lossy ? l : a[0], a[1] && (r.insensitive = true, this.lossy || (r.raws.insensitive = a[1])), r.quoted = l[0] === "'" || l[0] === '"', r.raws.unquoted = r.quoted ? l.slice(1, -1) : l;
          }
          this.newNode(r), this.position++;
        }, t.prototype.combinator = function() {
          if (this.currToken[1] === "|") return this.namespace();
          for (var s = new sy.default({ value: "", source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[2], column: this.currToken[3] } }, sourceIndex: this.currToken[4] }); this.position < this.tokens.length && this.currToken && (this.currToken[0] === "space" || this.currToken[0] === "combinator"); ) this.nextToken && this.nextToken[0] === "combinator" ? (s.spaces.before = this.parseSpace(this.currToken[1]), s.source.start.line = this.nextToken[2], s.source.start.column = this.nextToken[3], s.source.end.column = this.nextToken[3], s.source.end.line = this.nextToken[2], s.sourceIndex = this.nextToken[4]) : this.prevToken && this.prevToken[0] === "combinator" ? s.spaces.after = this.parseSpace(this.currToken[1]) : this.currToken[0] === "combinator" ? s.value = this.currToken[1] : this.currToken[0] === "space" && (s.value = this.parseSpace(this.currToken[1], " ")), this.position++;
          return this.newNode(s);
        }, t.prototype.comma = function() {
          if (this.position === this.tokens.length - 1) {
            this.root.trailingComma = true, this.position++;
            return;
          }
          var s = new dn.default();
          this.current.parent.append(s), this.current = s, this.position++;
        }, t.prototype.comment = function() {
          var s = new Gm.default({ value: this.currToken[1], source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[4], column: this.currToken[5] } }, sourceIndex: this.currToken[6] });
          this.newNode(s), this.position++;
        }, t.prototype.error = function(s) {
          throw new this.input.error(s);
        }, t.prototype.missingBackslash = function() {
          return this.error("Expected a backslash preceding the semicolon.");
        }, t.prototype.missingParenthesis = function() {
          return this.error("Expected opening parenthesis.");
        }, t.prototype.missingSquareBracket = function() {
          return this.error("Expected opening square bracket.");
        }, t.prototype.namespace = function() {
          var s = this.prevToken && this.prevToken[1] || true;
          if (this.nextToken[0] === "word") return this.position++, this.word(s);
          if (this.nextToken[0] === "*") return this.position++, this.universal(s);
        }, t.prototype.nesting = function() {
          this.newNode(new iy.default({ value: this.currToken[1], source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[2], column: this.currToken[3] } }, sourceIndex: this.currToken[4] })), this.position++;
        }, t.prototype.parentheses = function() {
          var s = this.current.last;
          if (s && s.type === cy.PSEUDO) {
            var r = new dn.default(), n = this.current;
            s.append(r), this.current = r;
            var i = 1;
            for (this.position++; this.position < this.tokens.length && i; ) this.currToken[0] === "(" && i++, this.currToken[0] === ")" && i--, i ? this.parse() : (r.parent.source.end.line = this.currToken[2], r.parent.source.end.column = this.currToken[3], this.position++);
            i && this.error("Expected closing parenthesis."), this.current = n;
          } else {
            var o = 1;
            for (this.position++, s.value += "("; this.position < this.tokens.length && o; ) this.currToken[0] === "(" && o++, this.currToken[0] === ")" && o--, s.value += this.parseParenthesisToken(this.currToken), this.position++;
            o && this.error("Expected closing parenthesis.");
          }
        }, t.prototype.pseudo = function() {
          for (var s = this, r = "", n = this.currToken; this.currToken && this.currToken[0] === ":"; ) r += this.currToken[1], this.position++;
          if (!this.currToken) return this.error("Expected pseudo-class or pseudo-element");
          if (this.currToken[0] === "word") {
            var i = void 0;
            this.splitWord(false, function(o, u) {
              r += o, i = new Jm.default({ value: r, source: { start: { line: n[2], column: n[3] }, end: { line: s.currToken[4], column: s.currToken[5] } }, sourceIndex: n[4] }), s.newNode(i), u > 1 && s.nextToken && s.nextToken[0] === "(" && s.error("Misplaced parenthesis.");
            });
          } else this.error('Unexpected "' + this.currToken[0] + '" found.');
        }, t.prototype.space = function() {
          var s = this.currToken;
          this.position === 0 || this.prevToken[0] === "," || this.prevToken[0] === "(" ? (this.spaces = this.parseSpace(s[1]), this.position++) : this.position === this.tokens.length - 1 || this.nextToken[0] === "," || this.nextToken[0] === ")" ? (this.current.last.spaces.after = this.parseSpace(s[1]), this.position++) : this.combinator();
        }, t.prototype.string = function() {
          var s = this.currToken;
          this.newNode(new Qm.default({ value: this.currToken[1], source: { start: { line: s[2], column: s[3] }, end: { line: s[4], column: s[5] } }, sourceIndex: s[6] })), this.position++;
        }, t.prototype.universal = function(s) {
          var r = this.nextToken;
          if (r && r[1] === "|") return this.position++, this.namespace();
          this.newNode(new ty.default({ value: this.currToken[1], source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[2], column: this.currToken[3] } }, sourceIndex: this.currToken[4] }), s), this.position++;
        }, t.prototype.splitWord = function(s, r) {
          for (var n = this, i = this.nextToken, o = this.currToken[1]; i && i[0] === "word"; ) {
            this.position++;
            var u = this.currToken[1];
            if (o += u, u.lastIndexOf("\\") === u.length - 1) {
              var a = this.nextToken;
              a && a[0] === "space" && (o += this.parseSpace(a[1], " "), this.position++);
            }
            i = this.nextToken;
          }
          var l = (0, hn.default)(o, "."), f = (0, hn.default)(o, "#"), p = (0, hn.default)(o, "#{");
          p.length && (f = f.filter(function(h) {
            return !~p.indexOf(h);
          }));
          var c = (0, ay.default)((0, Dm.default)((0, Rm.default)([[0], l, f])));
          c.forEach(function(h, v) {
            var d = c[v + 1] || o.length, m = o.slice(h, d);
            if (v === 0 && r) return r.call(n, m, c.length);
            var y = void 0;
            ~l.indexOf(h) ? y = new Wm.default({ value: m.slice(1), source: { start: { line: n.currToken[2], column: n.currToken[3] + h }, end: { line: n.currToken[4], column: n.currToken[3] + (d - 1) } }, sourceIndex: n.currToken[6] + c[v] }) : ~f.indexOf(h) ? y = new Vm.default({ value: m.slice(1), source: { start: { line: n.currToken[2], column: n.currToken[3] + h }, end: { line: n.currToken[4], column: n.currToken[3] + (d - 1) } }, sourceIndex: n.currToken[6] + c[v] }) : y = new jm.default({ value: m, source: { start: { line: n.currToken[2], column: n.currToken[3] + h }, end: { line: n.currToken[4], column: n.currToken[3] + (d - 1) } }, sourceIndex: n.currToken[6] + c[v] }), n.newNode(y, s);
          }), this.position++;
        }, t.prototype.word = function(s) {
          var r = this.nextToken;
          return r && r[1] === "|" ? (this.position++, this.namespace()) : this.splitWord(s);
        }, t.prototype.loop = function() {
          for (; this.position < this.tokens.length; ) this.parse(true);
          return this.root;
        }, t.prototype.parse = function(s) {
          switch (this.currToken[0]) {
            case "space":
              this.space();
              break;
            case "comment":
              this.comment();
              break;
            case "(":
              this.parentheses();
              break;
            case ")":
              s && this.missingParenthesis();
              break;
            case "[":
              this.attribute();
              break;
            case "]":
              this.missingSquareBracket();
              break;
            case "at-word":
            case "word":
              this.word();
              break;
            case ":":
              this.pseudo();
              break;
            case ";":
              this.missingBackslash();
              break;
            case ",":
              this.comma();
              break;
            case "*":
              this.universal();
              break;
            case "&":
              this.nesting();
              break;
            case "combinator":
              this.combinator();
              break;
            case "string":
              this.string();
              break;
          }
        }, t.prototype.parseNamespace = function(s) {
          if (this.lossy && typeof s == "string") {
            var r = s.trim();
            return r.length ? r : true;
          }
          return s;
        }, t.prototype.parseSpace = function(s, r) {
          return this.lossy ? r || "" : s;
        }, t.prototype.parseValue = function(s) {
          return this.lossy && s && typeof s == "string" ? s.trim() : s;
        }, t.prototype.parseParenthesisToken = function(s) {
          return this.lossy ? s[0] === "space" ? this.parseSpace(s[1], " ") : this.parseValue(s[1]) : s[1];
        }, t.prototype.newNode = function(s, r) {
          return r && (s.namespace = this.parseNamespace(r)), this.spaces && (s.spaces.before = this.spaces, this.spaces = ""), this.current.append(s);
        }, Pm(t, [{ key: "currToken", get: function() {
          return this.tokens[this.position];
        } }, { key: "nextToken", get: function() {
          return this.tokens[this.position + 1];
        } }, { key: "prevToken", get: function() {
          return this.tokens[this.position - 1];
        } }]), t;
      })();
      Fr.default = hy;
      Du.exports = Fr.default;
    });
    Fu = x((Ur, Bu) => {
      "use strict";
      Ur.__esModule = true;
      var dy = /* @__PURE__ */ (function() {
        function t(e, s) {
          for (var r = 0; r < s.length; r++) {
            var n = s[r];
            n.enumerable = n.enumerable || false, n.configurable = true, "value" in n && (n.writable = true), Object.defineProperty(e, n.key, n);
          }
        }
        return function(e, s, r) {
          return s && t(e.prototype, s), r && t(e, r), e;
        };
      })(), my = Mu(), yy = gy(my);
      function gy(t) {
        return t && t.__esModule ? t : { default: t };
      }
      function wy(t, e) {
        if (!(t instanceof e)) throw new TypeError("Cannot call a class as a function");
      }
      var vy = (function() {
        function t(e) {
          return wy(this, t), this.func = e || function() {
          }, this;
        }
        return t.prototype.process = function(s) {
          var r = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = new yy.default({ css: s, error: function(o) {
            throw new Error(o);
          }, options: r });
          return this.res = n, this.func(n), this;
        }, dy(t, [{ key: "result", get: function() {
          return String(this.res);
        } }]), t;
      })();
      Ur.default = vy;
      Bu.exports = Ur.default;
    });
    K = x((F_, Wu) => {
      "use strict";
      var mn = function(t, e) {
        let s = new t.constructor();
        for (let r in t) {
          if (!t.hasOwnProperty(r)) continue;
          let n = t[r], i = typeof n;
          r === "parent" && i === "object" ? e && (s[r] = e) : r === "source" ? s[r] = n : n instanceof Array ? s[r] = n.map((o) => mn(o, s)) : r !== "before" && r !== "after" && r !== "between" && r !== "semicolon" && (i === "object" && n !== null && (n = mn(n)), s[r] = n);
        }
        return s;
      };
      Wu.exports = class {
        constructor(e) {
          e = e || {}, this.raws = { before: "", after: "" };
          for (let s in e) this[s] = e[s];
        }
        remove() {
          return this.parent && this.parent.removeChild(this), this.parent = void 0, this;
        }
        toString() {
          return [this.raws.before, String(this.value), this.raws.after].join("");
        }
        clone(e) {
          e = e || {};
          let s = mn(this);
          for (let r in e) s[r] = e[r];
          return s;
        }
        cloneBefore(e) {
          e = e || {};
          let s = this.clone(e);
          return this.parent.insertBefore(this, s), s;
        }
        cloneAfter(e) {
          e = e || {};
          let s = this.clone(e);
          return this.parent.insertAfter(this, s), s;
        }
        replaceWith() {
          let e = Array.prototype.slice.call(arguments);
          if (this.parent) {
            for (let s of e) this.parent.insertBefore(this, s);
            this.remove();
          }
          return this;
        }
        moveTo(e) {
          return this.cleanRaws(this.root() === e.root()), this.remove(), e.append(this), this;
        }
        moveBefore(e) {
          return this.cleanRaws(this.root() === e.root()), this.remove(), e.parent.insertBefore(e, this), this;
        }
        moveAfter(e) {
          return this.cleanRaws(this.root() === e.root()), this.remove(), e.parent.insertAfter(e, this), this;
        }
        next() {
          let e = this.parent.index(this);
          return this.parent.nodes[e + 1];
        }
        prev() {
          let e = this.parent.index(this);
          return this.parent.nodes[e - 1];
        }
        toJSON() {
          let e = {};
          for (let s in this) {
            if (!this.hasOwnProperty(s) || s === "parent") continue;
            let r = this[s];
            r instanceof Array ? e[s] = r.map((n) => typeof n == "object" && n.toJSON ? n.toJSON() : n) : typeof r == "object" && r.toJSON ? e[s] = r.toJSON() : e[s] = r;
          }
          return e;
        }
        root() {
          let e = this;
          for (; e.parent; ) e = e.parent;
          return e;
        }
        cleanRaws(e) {
          delete this.raws.before, delete this.raws.after, e || delete this.raws.between;
        }
        positionInside(e) {
          let s = this.toString(), r = this.source.start.column, n = this.source.start.line;
          for (let i = 0; i < e; i++) s[i] === `
` ? (r = 1, n += 1) : r += 1;
          return { line: n, column: r };
        }
        positionBy(e) {
          let s = this.source.start;
          if (Object(e).index) s = this.positionInside(e.index);
          else if (Object(e).word) {
            let r = this.toString().indexOf(e.word);
            r !== -1 && (s = this.positionInside(r));
          }
          return s;
        }
      };
    });
    U = x((U_, $u) => {
      "use strict";
      var by = K(), Xe = class extends by {
        constructor(e) {
          super(e), this.nodes || (this.nodes = []);
        }
        push(e) {
          return e.parent = this, this.nodes.push(e), this;
        }
        each(e) {
          this.lastEach || (this.lastEach = 0), this.indexes || (this.indexes = {}), this.lastEach += 1;
          let s = this.lastEach, r, n;
          if (this.indexes[s] = 0, !!this.nodes) {
            for (; this.indexes[s] < this.nodes.length && (r = this.indexes[s], n = e(this.nodes[r], r), n !== false); ) this.indexes[s] += 1;
            return delete this.indexes[s], n;
          }
        }
        walk(e) {
          return this.each((s, r) => {
            let n = e(s, r);
            return n !== false && s.walk && (n = s.walk(e)), n;
          });
        }
        walkType(e, s) {
          if (!e || !s) throw new Error("Parameters {type} and {callback} are required.");
          let r = typeof e == "function";
          return this.walk((n, i) => {
            if (r && n instanceof e || !r && n.type === e) return s.call(this, n, i);
          });
        }
        append(e) {
          return e.parent = this, this.nodes.push(e), this;
        }
        prepend(e) {
          return e.parent = this, this.nodes.unshift(e), this;
        }
        cleanRaws(e) {
          if (super.cleanRaws(e), this.nodes) for (let s of this.nodes) s.cleanRaws(e);
        }
        insertAfter(e, s) {
          let r = this.index(e), n;
          this.nodes.splice(r + 1, 0, s);
          for (let i in this.indexes) n = this.indexes[i], r <= n && (this.indexes[i] = n + this.nodes.length);
          return this;
        }
        insertBefore(e, s) {
          let r = this.index(e), n;
          this.nodes.splice(r, 0, s);
          for (let i in this.indexes) n = this.indexes[i], r <= n && (this.indexes[i] = n + this.nodes.length);
          return this;
        }
        removeChild(e) {
          e = this.index(e), this.nodes[e].parent = void 0, this.nodes.splice(e, 1);
          let s;
          for (let r in this.indexes) s = this.indexes[r], s >= e && (this.indexes[r] = s - 1);
          return this;
        }
        removeAll() {
          for (let e of this.nodes) e.parent = void 0;
          return this.nodes = [], this;
        }
        every(e) {
          return this.nodes.every(e);
        }
        some(e) {
          return this.nodes.some(e);
        }
        index(e) {
          return typeof e == "number" ? e : this.nodes.indexOf(e);
        }
        get first() {
          if (this.nodes) return this.nodes[0];
        }
        get last() {
          if (this.nodes) return this.nodes[this.nodes.length - 1];
        }
        toString() {
          let e = this.nodes.map(String).join("");
          return this.value && (e = this.value + e), this.raws.before && (e = this.raws.before + e), this.raws.after && (e += this.raws.after), e;
        }
      };
      Xe.registerWalker = (t) => {
        let e = "walk" + t.name;
        e.lastIndexOf("s") !== e.length - 1 && (e += "s"), !Xe.prototype[e] && (Xe.prototype[e] = function(s) {
          return this.walkType(t, s);
        });
      };
      $u.exports = Xe;
    });
    Yu = x(($_, Gu) => {
      "use strict";
      var _y = U();
      Gu.exports = class extends _y {
        constructor(e) {
          super(e), this.type = "root";
        }
      };
    });
    zu = x((Y_, Vu) => {
      "use strict";
      var Ey = U();
      Vu.exports = class extends Ey {
        constructor(e) {
          super(e), this.type = "value", this.unbalanced = 0;
        }
      };
    });
    Qu = x((V_, Hu) => {
      "use strict";
      var ju = U(), Wr = class extends ju {
        constructor(e) {
          super(e), this.type = "atword";
        }
        toString() {
          let e = this.quoted ? this.raws.quote : "";
          return [this.raws.before, "@", String.prototype.toString.call(this.value), this.raws.after].join("");
        }
      };
      ju.registerWalker(Wr);
      Hu.exports = Wr;
    });
    Ju = x((z_, Ku) => {
      "use strict";
      var Sy = U(), ky = K(), $r = class extends ky {
        constructor(e) {
          super(e), this.type = "colon";
        }
      };
      Sy.registerWalker($r);
      Ku.exports = $r;
    });
    Zu = x((j_, Xu) => {
      "use strict";
      var Ty = U(), Oy = K(), Gr = class extends Oy {
        constructor(e) {
          super(e), this.type = "comma";
        }
      };
      Ty.registerWalker(Gr);
      Xu.exports = Gr;
    });
    tl = x((H_, el) => {
      "use strict";
      var Ay = U(), Cy = K(), Yr = class extends Cy {
        constructor(e) {
          super(e), this.type = "comment", this.inline = Object(e).inline || false;
        }
        toString() {
          return [this.raws.before, this.inline ? "//" : "/*", String(this.value), this.inline ? "" : "*/", this.raws.after].join("");
        }
      };
      Ay.registerWalker(Yr);
      el.exports = Yr;
    });
    nl = x((Q_, sl) => {
      "use strict";
      var rl = U(), Vr = class extends rl {
        constructor(e) {
          super(e), this.type = "func", this.unbalanced = -1;
        }
      };
      rl.registerWalker(Vr);
      sl.exports = Vr;
    });
    ol = x((K_, il) => {
      "use strict";
      var Ny = U(), Py = K(), zr = class extends Py {
        constructor(e) {
          super(e), this.type = "number", this.unit = Object(e).unit || "";
        }
        toString() {
          return [this.raws.before, String(this.value), this.unit, this.raws.after].join("");
        }
      };
      Ny.registerWalker(zr);
      il.exports = zr;
    });
    ul = x((J_, al) => {
      "use strict";
      var Iy = U(), Ry = K(), jr = class extends Ry {
        constructor(e) {
          super(e), this.type = "operator";
        }
      };
      Iy.registerWalker(jr);
      al.exports = jr;
    });
    cl = x((X_, ll) => {
      "use strict";
      var Ly = U(), qy = K(), Hr = class extends qy {
        constructor(e) {
          super(e), this.type = "paren", this.parenType = "";
        }
      };
      Ly.registerWalker(Hr);
      ll.exports = Hr;
    });
    pl = x((Z_, fl) => {
      "use strict";
      var Dy = U(), My = K(), Qr = class extends My {
        constructor(e) {
          super(e), this.type = "string";
        }
        toString() {
          let e = this.quoted ? this.raws.quote : "";
          return [this.raws.before, e, this.value + "", e, this.raws.after].join("");
        }
      };
      Dy.registerWalker(Qr);
      fl.exports = Qr;
    });
    dl = x((eE, hl) => {
      "use strict";
      var By = U(), Fy = K(), Kr = class extends Fy {
        constructor(e) {
          super(e), this.type = "word";
        }
      };
      By.registerWalker(Kr);
      hl.exports = Kr;
    });
    yl = x((tE, ml) => {
      "use strict";
      var Uy = U(), Wy = K(), Jr = class extends Wy {
        constructor(e) {
          super(e), this.type = "unicode-range";
        }
      };
      Uy.registerWalker(Jr);
      ml.exports = Jr;
    });
    wl = x((rE, gl) => {
      "use strict";
      var yn = class extends Error {
        constructor(e) {
          super(e), this.name = this.constructor.name, this.message = e || "An error ocurred while tokzenizing.", typeof Error.captureStackTrace == "function" ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error(e).stack;
        }
      };
      gl.exports = yn;
    });
    bl = x((sE, xl) => {
      "use strict";
      var Xr = /[ \n\t\r\{\(\)'"\\;,/]/g, $y = /[ \n\t\r\(\)\{\}\*:;@!&'"\+\|~>,\[\]\\]|\/(?=\*)/g, Ze = /[ \n\t\r\(\)\{\}\*:;@!&'"\-\+\|~>,\[\]\\]|\//g, Gy = /^[a-z0-9]/i, Yy = /^[a-f0-9?\-]/i, vl = wl();
      xl.exports = function(e, s) {
        s = s || {};
        let r = [], n = e.valueOf(), i = n.length, o = -1, u = 1, a = 0, l = 0, f = null, p, c, h, v, d, m, y, b, E, g, w, $;
        function re(O) {
          let A = `Unclosed ${O} at line: ${u}, column: ${a - o}, token: ${a}`;
          throw new vl(A);
        }
        function se() {
          let O = `Syntax error at line: ${u}, column: ${a - o}, token: ${a}`;
          throw new vl(O);
        }
        for (; a < i; ) {
          switch (p = n.charCodeAt(a), p === 10 && (o = a, u += 1), p) {
            case 10:
            case 32:
            case 9:
            case 13:
            case 12:
              c = a;
              do
                c += 1, p = n.charCodeAt(c), p === 10 && (o = c, u += 1);
              while (p === 32 || p === 10 || p === 9 || p === 13 || p === 12);
              r.push(["space", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              break;
            case 58:
              c = a + 1, r.push(["colon", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              break;
            case 44:
              c = a + 1, r.push(["comma", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              break;
            case 123:
              r.push(["{", "{", u, a - o, u, c - o, a]);
              break;
            case 125:
              r.push(["}", "}", u, a - o, u, c - o, a]);
              break;
            case 40:
              l++, f = !f && l === 1 && r.length > 0 && r[r.length - 1][0] === "word" && r[r.length - 1][1] === "url", r.push(["(", "(", u, a - o, u, c - o, a]);
              break;
            case 41:
              l--, f = f && l > 0, r.push([")", ")", u, a - o, u, c - o, a]);
              break;
            case 39:
            case 34:
              h = p === 39 ? "'" : '"', c = a;
              do
                for (g = false, c = n.indexOf(h, c + 1), c === -1 && re("quote", h), w = c; n.charCodeAt(w - 1) === 92; ) w -= 1, g = !g;
              while (g);
              r.push(["string", n.slice(a, c + 1), u, a - o, u, c - o, a]), a = c;
              break;
            case 64:
              Xr.lastIndex = a + 1, Xr.test(n), Xr.lastIndex === 0 ? c = n.length - 1 : c = Xr.lastIndex - 2, r.push(["atword", n.slice(a, c + 1), u, a - o, u, c - o, a]), a = c;
              break;
            case 92:
              c = a, p = n.charCodeAt(c + 1), y && p !== 47 && p !== 32 && p !== 10 && p !== 9 && p !== 13 && p !== 12 && (c += 1), r.push(["word", n.slice(a, c + 1), u, a - o, u, c - o, a]), a = c;
              break;
            case 43:
            case 45:
            case 42:
              c = a + 1, $ = n.slice(a + 1, c + 1);
              let O = n.slice(a - 1, a);
              if (p === 45 && $.charCodeAt(0) === 45) {
                c++, r.push(["word", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
                break;
              }
              r.push(["operator", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              break;
            default:
              if (p === 47 && (n.charCodeAt(a + 1) === 42 || s.loose && !f && n.charCodeAt(a + 1) === 47)) {
                if (n.charCodeAt(a + 1) === 42) c = n.indexOf("*/", a + 2) + 1, c === 0 && re("comment", "*/");
                else {
                  let C = n.indexOf(`
`, a + 2);
                  c = C !== -1 ? C - 1 : i;
                }
                m = n.slice(a, c + 1), v = m.split(`
`), d = v.length - 1, d > 0 ? (b = u + d, E = c - v[d].length) : (b = u, E = o), r.push(["comment", m, u, a - o, b, c - E, a]), o = E, u = b, a = c;
              } else if (p === 35 && !Gy.test(n.slice(a + 1, a + 2))) c = a + 1, r.push(["#", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              else if ((p === 117 || p === 85) && n.charCodeAt(a + 1) === 43) {
                c = a + 2;
                do
                  c += 1, p = n.charCodeAt(c);
                while (c < i && Yy.test(n.slice(c, c + 1)));
                r.push(["unicoderange", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              } else if (p === 47) c = a + 1, r.push(["operator", n.slice(a, c), u, a - o, u, c - o, a]), a = c - 1;
              else {
                let A = $y;
                if (p >= 48 && p <= 57 && (A = Ze), A.lastIndex = a + 1, A.test(n), A.lastIndex === 0 ? c = n.length - 1 : c = A.lastIndex - 2, A === Ze || p === 46) {
                  let C = n.charCodeAt(c), D = n.charCodeAt(c + 1), G = n.charCodeAt(c + 2);
                  (C === 101 || C === 69) && (D === 45 || D === 43) && G >= 48 && G <= 57 && (Ze.lastIndex = c + 2, Ze.test(n), Ze.lastIndex === 0 ? c = n.length - 1 : c = Ze.lastIndex - 2);
                }
                r.push(["word", n.slice(a, c + 1), u, a - o, u, c - o, a]), a = c;
              }
              break;
          }
          a++;
        }
        return r;
      };
    });
    El = x((nE, _l) => {
      "use strict";
      var gn = class extends Error {
        constructor(e) {
          super(e), this.name = this.constructor.name, this.message = e || "An error ocurred while parsing.", typeof Error.captureStackTrace == "function" ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error(e).stack;
        }
      };
      _l.exports = gn;
    });
    Ol = x((oE, Tl) => {
      "use strict";
      var Vy = Yu(), zy = zu(), jy = Qu(), Hy = Ju(), Qy = Zu(), Ky = tl(), Jy = nl(), Xy = ol(), Zy = ul(), Sl = cl(), eg = pl(), kl = dl(), tg = yl(), rg = bl(), sg = nn(), ng = on(), ig = an(), og = El();
      function ag(t) {
        return t.sort((e, s) => e - s);
      }
      Tl.exports = class {
        constructor(e, s) {
          let r = { loose: false };
          this.cache = [], this.input = e, this.options = Object.assign({}, r, s), this.position = 0, this.unbalanced = 0, this.root = new Vy();
          let n = new zy();
          this.root.append(n), this.current = n, this.tokens = rg(e, this.options);
        }
        parse() {
          return this.loop();
        }
        colon() {
          let e = this.currToken;
          this.newNode(new Hy({ value: e[1], source: { start: { line: e[2], column: e[3] }, end: { line: e[4], column: e[5] } }, sourceIndex: e[6] })), this.position++;
        }
        comma() {
          let e = this.currToken;
          this.newNode(new Qy({ value: e[1], source: { start: { line: e[2], column: e[3] }, end: { line: e[4], column: e[5] } }, sourceIndex: e[6] })), this.position++;
        }
        comment() {
          let e = false, s = this.currToken[1].replace(/\/\*|\*\//g, ""), r;
          this.options.loose && s.startsWith("//") && (s = s.substring(2), e = true), r = new Ky({ value: s, inline: e, source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[4], column: this.currToken[5] } }, sourceIndex: this.currToken[6] }), this.newNode(r), this.position++;
        }
        error(e, s) {
          throw new og(e + ` at line: ${s[2]}, column ${s[3]}`);
        }
        loop() {
          for (; this.position < this.tokens.length; ) this.parseTokens();
          return !this.current.last && this.spaces ? this.current.raws.before += this.spaces : this.spaces && (this.current.last.raws.after += this.spaces), this.spaces = "", this.root;
        }
        operator() {
          let e = this.currToken[1], s;
          if (e === "+" || e === "-") {
            if (this.options.loose || this.position > 0 && (this.current.type === "func" && this.current.value === "calc" ? this.prevToken[0] !== "space" && this.prevToken[0] !== "(" ? this.error("Syntax Error", this.currToken) : this.nextToken[0] !== "space" && this.nextToken[0] !== "word" ? this.error("Syntax Error", this.currToken) : this.nextToken[0] === "word" && this.current.last.type !== "operator" && this.current.last.value !== "(" && this.error("Syntax Error", this.currToken) : (this.nextToken[0] === "space" || this.nextToken[0] === "operator" || this.prevToken[0] === "operator") && this.error("Syntax Error", this.currToken)), this.options.loose) {
              if ((!this.current.nodes.length || this.current.last && this.current.last.type === "operator") && this.nextToken[0] === "word") return this.word();
            } else if (this.nextToken[0] === "word") return this.word();
          }
          return s = new Zy({ value: this.currToken[1], source: { start: { line: this.currToken[2], column: this.currToken[3] }, end: { line: this.currToken[2], column: this.currToken[3] } }, sourceIndex: this.currToken[4] }), this.position++, this.newNode(s);
        }
        parseTokens() {
          switch (this.currToken[0]) {
            case "space":
              this.space();
              break;
            case "colon":
              this.colon();
              break;
            case "comma":
              this.comma();
              break;
            case "comment":
              this.comment();
              break;
            case "(":
              this.parenOpen();
              break;
            case ")":
              this.parenClose();
              break;
            case "atword":
            case "word":
              this.word();
              break;
            case "operator":
              this.operator();
              break;
            case "string":
              this.string();
              break;
            case "unicoderange":
              this.unicodeRange();
              break;
            default:
              this.word();
              break;
          }
        }
        parenOpen() {
          let e = 1, s = this.position + 1, r = this.currToken, n;
          for (; s < this.tokens.length && e; ) {
            let i = this.tokens[s];
            i[0] === "(" && e++, i[0] === ")" && e--, s++;
          }
          if (e && this.error("Expected closing parenthesis", r), n = this.current.last, n && n.type === "func" && n.unbalanced < 0 && (n.unbalanced = 0, this.current = n), this.current.unbalanced++, this.newNode(new Sl({ value: r[1], source: { start: { line: r[2], column: r[3] }, end: { line: r[4], column: r[5] } }, sourceIndex: r[6] })), this.position++, this.current.type === "func" && this.current.unbalanced && this.current.value === "url" && this.currToken[0] !== "string" && this.currToken[0] !== ")" && !this.options.loose) {
            let i = this.nextToken, o = this.currToken[1], u = { line: this.currToken[2], column: this.currToken[3] };
            for (; i && i[0] !== ")" && this.current.unbalanced; ) this.position++, o += this.currToken[1], i = this.nextToken;
            this.position !== this.tokens.length - 1 && (this.position++, this.newNode(new kl({ value: o, source: { start: u, end: { line: this.currToken[4], column: this.currToken[5] } }, sourceIndex: this.currToken[6] })));
          }
        }
        parenClose() {
          let e = this.currToken;
          this.newNode(new Sl({ value: e[1], source: { start: { line: e[2], column: e[3] }, end: { line: e[4], column: e[5] } }, sourceIndex: e[6] })), this.position++, !(this.position >= this.tokens.length - 1 && !this.current.unbalanced) && (this.current.unbalanced--, this.current.unbalanced < 0 && this.error("Expected opening parenthesis", e), !this.current.unbalanced && this.cache.length && (this.current = this.cache.pop()));
        }
        space() {
          let e = this.currToken;
          this.position === this.tokens.length - 1 || this.nextToken[0] === "," || this.nextToken[0] === ")" ? (this.current.last.raws.after += e[1], this.position++) : (this.spaces = e[1], this.position++);
        }
        unicodeRange() {
          let e = this.currToken;
          this.newNode(new tg({ value: e[1], source: { start: { line: e[2], column: e[3] }, end: { line: e[4], column: e[5] } }, sourceIndex: e[6] })), this.position++;
        }
        splitWord() {
          let e = this.nextToken, s = this.currToken[1], r = /^[\+\-]?((\d+(\.\d*)?)|(\.\d+))([eE][\+\-]?\d+)?/, n = /^(?!\#([a-z0-9]+))[\#\{\}]/gi, i, o;
          if (!n.test(s)) for (; e && e[0] === "word"; ) {
            this.position++;
            let u = this.currToken[1];
            s += u, e = this.nextToken;
          }
          i = ng(s, "@"), o = ag(ig(sg([[0], i]))), o.forEach((u, a) => {
            let l = o[a + 1] || s.length, f = s.slice(u, l), p;
            if (~i.indexOf(u)) p = new jy({ value: f.slice(1), source: { start: { line: this.currToken[2], column: this.currToken[3] + u }, end: { line: this.currToken[4], column: this.currToken[3] + (l - 1) } }, sourceIndex: this.currToken[6] + o[a] });
            else if (r.test(this.currToken[1])) {
              let c = f.replace(r, "");
              p = new Xy({ value: f.replace(c, ""), source: { start: { line: this.currToken[2], column: this.currToken[3] + u }, end: { line: this.currToken[4], column: this.currToken[3] + (l - 1) } }, sourceIndex: this.currToken[6] + o[a], unit: c });
            } else p = new (e && e[0] === "(" ? Jy : kl)({ value: f, source: { start: { line: this.currToken[2], column: this.currToken[3] + u }, end: { line: this.currToken[4], column: this.currToken[3] + (l - 1) } }, sourceIndex: this.currToken[6] + o[a] }), p.type === "word" ? (p.isHex = /^#(.+)/.test(f), p.isColor = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(f)) : this.cache.push(this.current);
            this.newNode(p);
          }), this.position++;
        }
        string() {
          let e = this.currToken, s = this.currToken[1], r = /^(\"|\')/, n = r.test(s), i = "", o;
          n && (i = s.match(r)[0], s = s.slice(1, s.length - 1)), o = new eg({ value: s, source: { start: { line: e[2], column: e[3] }, end: { line: e[4], column: e[5] } }, sourceIndex: e[6], quoted: n }), o.raws.quote = i, this.newNode(o), this.position++;
        }
        word() {
          return this.splitWord();
        }
        newNode(e) {
          return this.spaces && (e.raws.before += this.spaces, this.spaces = ""), this.current.append(e);
        }
        get currToken() {
          return this.tokens[this.position];
        }
        get nextToken() {
          return this.tokens[this.position + 1];
        }
        get prevToken() {
          return this.tokens[this.position - 1];
        }
      };
    });
    Gl = {};
    bn(Gl, { languages: () => Hi, options: () => Ki, parsers: () => xn, printers: () => Eg });
    qe = (t, e) => (s, r, ...n) => s | 1 && r == null ? void 0 : (e.call(r) ?? r[t]).apply(r, n);
    Kl = String.prototype.replaceAll ?? function(t, e) {
      return t.global ? this.replace(t, e) : this.split(t).join(e);
    };
    Jl = qe("replaceAll", function() {
      if (typeof this == "string") return Kl;
    });
    k = Jl;
    Zl = qe("at", function() {
      if (Array.isArray(this) || typeof this == "string") return Xl;
    });
    Y = Zl;
    ec = () => {
    };
    V = ec;
    et = "string";
    tt = "array";
    Nt = "cursor";
    ue = "indent";
    De = "align";
    Pt = "trim";
    le = "group";
    ce = "fill";
    ve = "if-break";
    It = "indent-if-break";
    Me = "line-suffix";
    Be = "line-suffix-boundary";
    J = "line";
    Rt = "label";
    Fe = "break-parent";
    Lt = /* @__PURE__ */ new Set([Nt, ue, De, Pt, le, ce, ve, It, Me, Be, J, Rt, Fe]);
    fe = tc;
    rc = (t) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(t);
    rs = class extends Error {
      name = "InvalidDocError";
      constructor(e) {
        super(sc(e)), this.doc = e;
      }
    };
    En = rs;
    W = V;
    xe = V;
    An = V;
    Cn = V;
    be = { type: Fe };
    N = { type: J };
    R = { type: J, soft: true };
    oc = { type: J, hard: true };
    T = [oc, be];
    ss = { type: J, hard: true, literal: true };
    On = [ss, be];
    Mt = { type: Be };
    he = ac;
    Pn = Object.freeze({ character: "'", codePoint: 39 });
    In = Object.freeze({ character: '"', codePoint: 34 });
    uc = Object.freeze({ preferred: Pn, alternate: In });
    lc = Object.freeze({ preferred: In, alternate: Pn });
    cc = /\\(["'\\])|(["'])/g;
    qn = fc;
    Bt = pc;
    is = class extends Error {
      name = "UnexpectedNodeError";
      constructor(e, s, r = "type") {
        super(`Unexpected ${s} node ${r}: ${JSON.stringify(e[r])}.`), this.node = e;
      }
    };
    Dn = is;
    Mn.getVisitorKeys = (t) => t.type === "css-root" ? ["frontMatter"] : [];
    Bn = Mn;
    rt = null;
    hc = 10;
    for (let t = 0; t <= hc; t++) st();
    Fn = dc;
    X = [["nodes"], ["group"]];
    Un = { "css-root": ["frontMatter", "nodes"], "css-comment": [], "css-rule": ["selector", "nodes"], "css-decl": ["value", "selector", "nodes"], "css-atrule": ["selector", "params", "value", "nodes"], "media-query-list": X[0], "media-query": X[0], "media-type": [], "media-feature-expression": X[0], "media-feature": [], "media-colon": [], "media-value": [], "media-keyword": [], "media-url": [], "media-unknown": [], "selector-root": X[0], "selector-selector": X[0], "selector-comment": [], "selector-string": [], "selector-tag": [], "selector-id": [], "selector-class": [], "selector-attribute": [], "selector-combinator": X[0], "selector-universal": [], "selector-pseudo": X[0], "selector-nesting": [], "selector-unknown": [], "value-value": X[1], "value-root": X[1], "value-comment": [], "value-comma_group": ["groups"], "value-paren_group": ["open", "groups", "close"], "value-func": X[1], "value-paren": [], "value-number": [], "value-operator": [], "value-word": [], "value-colon": [], "value-comma": [], "value-string": [], "value-atword": [], "value-unicode-range": [], "value-unknown": [] };
    mc = Fn(Un);
    Wn = mc;
    as = yc;
    rv = Ft(/\s/);
    We = Ft(" 	");
    $n = Ft(",; 	");
    Ut = Ft(/[^\n\r]/);
    M = (t) => t.source.startOffset;
    P = (t) => t.source.endOffset;
    Wt = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
    $e = Ec;
    $t = Sc;
    nt = 3;
    _e = Tc;
    Oc = /* @__PURE__ */ new Set(["raw", "raws", "sourceIndex", "source", "before", "after", "trailingComma", "spaces"]);
    fs.ignoredProperties = Oc;
    Nc = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    ps = Nc;
    Pc = /\*\/$/;
    Ic = /^\/\*\*?/;
    Zn = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
    Rc = /(^|\s+)\/\/([^\n\r]*)/g;
    Kn = /^(\r?\n)+/;
    Lc = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
    Jn = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
    qc = /(\r?\n|^) *\* ?/g;
    ei = [];
    ii = ["noformat", "noprettier"];
    oi = ["format", "prettier"];
    ai = "format";
    ui = Dc;
    pi = (t) => li(_e(t).content);
    hi = (t) => ci(_e(t).content);
    di = (t) => {
      let { frontMatter: e, content: s } = _e(t);
      return (e ? e.raw + `

` : "") + fi(s);
    };
    Mc = /* @__PURE__ */ new Set(["red", "green", "blue", "alpha", "a", "rgb", "hue", "h", "saturation", "s", "lightness", "l", "whiteness", "w", "blackness", "b", "tint", "shade", "blend", "blenda", "contrast", "hsl", "hsla", "hwb", "hwba"]);
    Bc = /* @__PURE__ */ new Set(["initial", "inherit", "unset", "revert"]);
    Fc = /* @__PURE__ */ new Set([":nth-child", ":nth-last-child", ":nth-of-type", ":nth-last-of-type"]);
    Di = Wc;
    $c = Array.prototype.findLast ?? function(t) {
      for (let e = this.length - 1; e >= 0; e--) {
        let s = this[e];
        if (t(s, e, this)) return s;
      }
    };
    Gc = qe("findLast", function() {
      if (Array.isArray(this)) return $c;
    });
    Mi = Gc;
    Qt = Yc;
    Bi = (t) => t === `
` || t === "\r" || t === "\u2028" || t === "\u2029";
    Ge = Vc;
    Kt = zc;
    Fi = jc;
    Ui = Hc;
    Jt = Qc;
    Xt = Kc;
    Wi = Jc;
    Zt = /* @__PURE__ */ new Map([["em", "em"], ["rem", "rem"], ["ex", "ex"], ["rex", "rex"], ["cap", "cap"], ["rcap", "rcap"], ["ch", "ch"], ["rch", "rch"], ["ic", "ic"], ["ric", "ric"], ["lh", "lh"], ["rlh", "rlh"], ["vw", "vw"], ["svw", "svw"], ["lvw", "lvw"], ["dvw", "dvw"], ["vh", "vh"], ["svh", "svh"], ["lvh", "lvh"], ["dvh", "dvh"], ["vi", "vi"], ["svi", "svi"], ["lvi", "lvi"], ["dvi", "dvi"], ["vb", "vb"], ["svb", "svb"], ["lvb", "lvb"], ["dvb", "dvb"], ["vmin", "vmin"], ["svmin", "svmin"], ["lvmin", "lvmin"], ["dvmin", "dvmin"], ["vmax", "vmax"], ["svmax", "svmax"], ["lvmax", "lvmax"], ["dvmax", "dvmax"], ["cm", "cm"], ["mm", "mm"], ["q", "Q"], ["in", "in"], ["pt", "pt"], ["pc", "pc"], ["px", "px"], ["deg", "deg"], ["grad", "grad"], ["rad", "rad"], ["turn", "turn"], ["s", "s"], ["ms", "ms"], ["hz", "Hz"], ["khz", "kHz"], ["dpi", "dpi"], ["dpcm", "dpcm"], ["dppx", "dppx"], ["x", "x"], ["cqw", "cqw"], ["cqh", "cqh"], ["cqi", "cqi"], ["cqb", "cqb"], ["cqmin", "cqmin"], ["cqmax", "cqmax"], ["fr", "fr"]]);
    _s = /(?<quote>["'])(?:(?!\k<quote>)[^\\]|\\.)*\k<quote>/gs;
    Xc = /(?:\d*\.\d+|\d+\.?)(?:e[+-]?\d+)?/gi;
    Zc = /[a-z]+/gi;
    ef = /[$@]?[_a-z\u0080-\uFFFF][\w\u0080-\uFFFF-]*/gi;
    tf = new RegExp(_s.source + `|(${ef.source})?(${Xc.source})(${Zc.source})?`, "gi");
    Ne = af;
    lf = { features: { experimental_frontMatterSupport: { massageAstNode: true, embed: true, print: true } }, print: uf, embed: Bn, insertPragma: di, massageAstNode: fs, getVisitorKeys: Wn };
    ji = lf;
    Hi = [{ name: "CSS", type: "markup", aceMode: "css", extensions: [".css", ".wxss"], tmScope: "source.css", codemirrorMode: "css", codemirrorMimeType: "text/css", parsers: ["css"], vscodeLanguageIds: ["css"], linguistLanguageId: 50 }, { name: "PostCSS", type: "markup", aceMode: "text", extensions: [".pcss", ".postcss"], tmScope: "source.postcss", group: "CSS", parsers: ["css"], vscodeLanguageIds: ["postcss"], linguistLanguageId: 262764437 }, { name: "Less", type: "markup", aceMode: "less", extensions: [".less"], tmScope: "source.css.less", aliases: ["less-css"], codemirrorMode: "css", codemirrorMimeType: "text/x-less", parsers: ["less"], vscodeLanguageIds: ["less"], linguistLanguageId: 198 }, { name: "SCSS", type: "markup", aceMode: "scss", extensions: [".scss"], tmScope: "source.css.scss", codemirrorMode: "css", codemirrorMimeType: "text/x-scss", parsers: ["scss"], vscodeLanguageIds: ["scss"], linguistLanguageId: 329 }];
    Qi = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
    cf = { singleQuote: Qi.singleQuote };
    Ki = cf;
    xn = {};
    bn(xn, { css: () => xg, less: () => bg, scss: () => _g });
    Ml = j(_t(), 1);
    ta = j(ze(), 1);
    Zo = j(Ye(), 1);
    ea = j(ur(), 1);
    Yo = j(ar(), 1);
    Vo = j(ze(), 1);
    jf = /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/;
    Hf = /\.[0-9]/;
    jo = (t) => {
      let [, e] = t, [s] = e;
      return (s === "." || s === "#") && jf.test(e) === false && Hf.test(e) === false;
    };
    Ho = j(ar(), 1);
    Qf = /^url\((.+)\)/;
    Ko = /:$/;
    Jo = /^:(\s+)?/;
    Kf = /(!\s*important)$/i;
    fr = class extends ea.default {
      constructor(...e) {
        super(...e), this.lastNode = null;
      }
      atrule(e) {
        cr.bind(this)(e) || (zo(this), super.atrule(e), Qo(this.lastNode), Xo(this.lastNode));
      }
      decl(...e) {
        super.decl(...e), /extend\(.+\)/i.test(this.lastNode.value) && (this.lastNode.extend = true);
      }
      each(e) {
        e[0][1] = ` ${e[0][1]}`;
        let s = e.findIndex((u) => u[0] === "("), r = e.reverse().find((u) => u[0] === ")"), n = e.reverse().indexOf(r), o = e.splice(s, n).map((u) => u[1]).join("");
        for (let u of e.reverse()) this.tokenizer.back(u);
        this.atrule(this.tokenizer.nextToken()), this.lastNode.function = true, this.lastNode.params = o;
      }
      init(e, s, r) {
        super.init(e, s, r), this.lastNode = e;
      }
      inlineComment(e) {
        let s = new Zo.default(), r = e[1].slice(2);
        if (this.init(s, e[2]), s.source.end = this.getPosition(e[3] || e[2]), s.inline = true, s.raws.begin = "//", /^\s*$/.test(r)) s.text = "", s.raws.left = r, s.raws.right = "";
        else {
          let n = r.match(/^(\s*)([^]*[^\s])(\s*)$/);
          [, s.raws.left, s.text, s.raws.right] = n;
        }
      }
      mixin(e) {
        let [s] = e, r = s[1].slice(0, 1), n = e.findIndex((l) => l[0] === "brackets"), i = e.findIndex((l) => l[0] === "("), o = "";
        if ((n < 0 || n > 3) && i > 0) {
          let l = e.reduce((E, g, w) => g[0] === ")" ? w : E), p = e.slice(i, l + i).map((E) => E[1]).join(""), [c] = e.slice(i), h = [c[2], c[3]], [v] = e.slice(l, l + 1), d = [v[2], v[3]], m = ["brackets", p].concat(h, d), y = e.slice(0, i), b = e.slice(l + 1);
          e = y, e.push(m), e = e.concat(b);
        }
        let u = [];
        for (let l of e) if ((l[1] === "!" || u.length) && u.push(l), l[1] === "important") break;
        if (u.length) {
          let [l] = u, f = e.indexOf(l), p = u[u.length - 1], c = [l[2], l[3]], h = [p[4], p[5]], d = ["word", u.map((m) => m[1]).join("")].concat(c, h);
          e.splice(f, u.length, d);
        }
        let a = e.findIndex((l) => Kf.test(l[1]));
        a > 0 && ([, o] = e[a], e.splice(a, 1));
        for (let l of e.reverse()) this.tokenizer.back(l);
        this.atrule(this.tokenizer.nextToken()), this.lastNode.mixin = true, this.lastNode.raws.identifier = r, o && (this.lastNode.important = true, this.lastNode.raws.important = o);
      }
      other(e) {
        Us.bind(this)(e) || super.other(e);
      }
      rule(e) {
        let s = e[e.length - 1], r = e[e.length - 2];
        if (r[0] === "at-word" && s[0] === "{" && (this.tokenizer.back(s), cr.bind(this)(r))) {
          let i = this.tokenizer.nextToken();
          e = e.slice(0, e.length - 2).concat([i]);
          for (let o of e.reverse()) this.tokenizer.back(o);
          return;
        }
        super.rule(e), /:extend\(.+\)/i.test(this.lastNode.selector) && (this.lastNode.extend = true);
      }
      unknownWord(e) {
        let [s] = e;
        if (e[0][1] === "each" && e[1][0] === "(") {
          this.each(e);
          return;
        }
        if (jo(s)) {
          this.mixin(e);
          return;
        }
        super.unknownWord(e);
      }
    };
    Bl = j(Ma(), 1);
    Ba = zp;
    Re = jp;
    Va = j(Ya(), 1);
    ih = Va.default.default;
    za = oh;
    Uu = j(Fu(), 1);
    ae = xy;
    Rl = j(Ol(), 1);
    ug = (t) => {
      for (; t.parent; ) t = t.parent;
      return t;
    };
    Zr = ug;
    Al = lg;
    Cl = cg;
    Nl = fg;
    Pl = pg;
    Il = (t) => t.type === "paren" && t.value === ")";
    we = dg;
    mg = /* @__PURE__ */ new Set(["import", "use", "forward"]);
    ql = yg;
    Dl = gg;
    wg = /(\s*)(!default).*$/;
    vg = /(\s*)(!global).*$/;
    vn = { astFormat: "postcss", hasPragma: pi, hasIgnorePragma: hi, locStart: M, locEnd: P };
    xg = { ...vn, parse: Ul };
    bg = { ...vn, parse: Wl };
    _g = { ...vn, parse: $l };
    Eg = { postcss: ji };
  }
});
init_postcss();
export {
  Gl as default,
  Hi as languages,
  Ki as options,
  xn as parsers,
  Eg as printers
};
