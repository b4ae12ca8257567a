import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  __esm
} from "./chunk-O4VAB7NG.js";

// node_modules/prettier/plugins/markdown.mjs
function Sm({ slug: e, permalink: t, alias: r }) {
  return { hName: "a", hProperties: { href: t ?? e }, hChildren: [{ type: "text", value: r ?? e }] };
}
function Xn(e = {}) {
  let t = e.linkTemplate || Sm, r;
  function n(s) {
    r = { type: "wikiLink", value: null, data: {} }, this.enter(r, s);
  }
  function i(s) {
    return s[s.length - 1];
  }
  function u(s) {
    let c = this.sliceSerialize(s), l = i(this.stack);
    l.data.alias = c;
  }
  function a(s) {
    let c = this.sliceSerialize(s), l = i(this.stack);
    l.value = c;
  }
  function o(s) {
    this.exit(s);
    let c = r, l = { slug: c.value, alias: c.data.alias, permalink: e.linkResolver ? e.linkResolver(c.value) : void 0 };
    c.data = { alias: l.alias, permalink: l.permalink, ...t(l) };
  }
  return { enter: { wikiLink: n }, exit: { wikiLinkTarget: a, wikiLinkAlias: u, wikiLink: o } };
}
function Tu(e) {
  return e !== it.eof && (e < it.nul || e === it.space);
}
function Jn(e) {
  return e !== it.eof && (e === null || e < it.horizontalTab);
}
function Zn(e = {}) {
  let r = e.aliasDivider || "|", n = "[[", i = "]]";
  return { text: { 91: { tokenize: (a, o, s) => {
    let c, l, f = 0, p = 0, m = 0;
    return d;
    function d(C) {
      return C !== n.charCodeAt(p) ? s(C) : (a.enter("wikiLink"), a.enter("wikiLinkMarker"), k(C));
    }
    function k(C) {
      return p === n.length ? (a.exit("wikiLinkMarker"), g(C)) : C !== n.charCodeAt(p) ? s(C) : (a.consume(C), p++, k);
    }
    function g(C) {
      return Jn(C) || C === it.eof ? s(C) : (a.enter("wikiLinkData"), a.enter("wikiLinkTarget"), x(C));
    }
    function x(C) {
      return C === r.charCodeAt(f) ? c ? (a.exit("wikiLinkTarget"), a.enter("wikiLinkAliasMarker"), F(C)) : s(C) : C === i.charCodeAt(m) ? c ? (a.exit("wikiLinkTarget"), a.exit("wikiLinkData"), a.enter("wikiLinkMarker"), T(C)) : s(C) : Jn(C) || C === it.eof ? s(C) : (Tu(C) || (c = true), a.consume(C), x);
    }
    function F(C) {
      return f === r.length ? (a.exit("wikiLinkAliasMarker"), a.enter("wikiLinkAlias"), w(C)) : C !== r.charCodeAt(f) ? s(C) : (a.consume(C), f++, F);
    }
    function w(C) {
      return C === i.charCodeAt(m) ? l ? (a.exit("wikiLinkAlias"), a.exit("wikiLinkData"), a.enter("wikiLinkMarker"), T(C)) : s(C) : Jn(C) || C === it.eof ? s(C) : (Tu(C) || (l = true), a.consume(C), w);
    }
    function T(C) {
      return m === i.length ? (a.exit("wikiLinkMarker"), a.exit("wikiLink"), o(C)) : C !== i.charCodeAt(m) ? s(C) : (a.consume(C), m++, T);
    }
  } } } };
}
function ei(e, t) {
  let r = t || Lm, n = typeof r.includeImageAlt == "boolean" ? r.includeImageAlt : true, i = typeof r.includeHtml == "boolean" ? r.includeHtml : true;
  return Lu(e, n, i);
}
function Lu(e, t, r) {
  if (Im(e)) {
    if ("value" in e) return e.type === "html" && !r ? "" : e.value;
    if (t && "alt" in e && e.alt) return e.alt;
    if ("children" in e) return Su(e.children, t, r);
  }
  return Array.isArray(e) ? Su(e, t, r) : "";
}
function Su(e, t, r) {
  let n = [], i = -1;
  for (; ++i < e.length; ) n[i] = Lu(e[i], t, r);
  return n.join("");
}
function Im(e) {
  return !!(e && typeof e == "object");
}
function St(e) {
  return qm.call(ti, e) ? ti[e] : false;
}
function oe(e, t, r, n) {
  let i = e.length, u = 0, a;
  if (t < 0 ? t = -t > i ? 0 : i + t : t = t > i ? i : t, r = r > 0 ? r : 0, n.length < 1e4) a = Array.from(n), a.unshift(t, r), e.splice(...a);
  else for (r && e.splice(t, r); u < n.length; ) a = n.slice(u, u + 1e4), a.unshift(t, 0), e.splice(...a), u += 1e4, t += 1e4;
}
function he(e, t) {
  return e.length > 0 ? (oe(e, e.length, 0, t), e) : t;
}
function Ur(e) {
  let t = {}, r = -1;
  for (; ++r < e.length; ) Bm(t, e[r]);
  return t;
}
function Bm(e, t) {
  let r;
  for (r in t) {
    let i = (Iu.call(e, r) ? e[r] : void 0) || (e[r] = {}), u = t[r], a;
    if (u) for (a in u) {
      Iu.call(i, a) || (i[a] = []);
      let o = u[a];
      _m(i[a], Array.isArray(o) ? o : o ? [o] : []);
    }
  }
}
function _m(e, t) {
  let r = -1, n = [];
  for (; ++r < t.length; ) (t[r].add === "after" ? e : n).push(t[r]);
  oe(e, 0, 0, n);
}
function Hr(e, t) {
  let r = Number.parseInt(e, t);
  return r < 9 || r === 11 || r > 13 && r < 32 || r > 126 && r < 160 || r > 55295 && r < 57344 || r > 64975 && r < 65008 || (r & 65535) === 65535 || (r & 65535) === 65534 || r > 1114111 ? "\uFFFD" : String.fromCodePoint(r);
}
function ce(e) {
  return e.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}
function Dt(e) {
  return e !== null && (e < 32 || e === 127);
}
function B(e) {
  return e !== null && e < -2;
}
function G(e) {
  return e !== null && (e < 0 || e === 32);
}
function U(e) {
  return e === -2 || e === -1 || e === 32;
}
function at(e) {
  return t;
  function t(r) {
    return r !== null && r > -1 && e.test(String.fromCharCode(r));
  }
}
function H(e, t, r, n) {
  let i = n ? n - 1 : 1 / 0, u = 0;
  return a;
  function a(s) {
    return U(s) ? (e.enter(r), o(s)) : t(s);
  }
  function o(s) {
    return U(s) && u++ < i ? (e.consume(s), o) : (e.exit(r), t(s));
  }
}
function ri(e, t, r, n, i, u) {
  let a = 0;
  return o;
  function o(l) {
    return u > 0 && U(l) ? (e.enter(n), s(l)) : c(l);
  }
  function s(l) {
    return U(l) && a < u ? (e.consume(l), a++, s) : (e.exit(n), c(l));
  }
  function c(l) {
    return a >= i ? t(l) : r(l);
  }
}
function Pm(e) {
  let t = e.attempt(this.parser.constructs.contentInitial, n, i), r;
  return t;
  function n(o) {
    if (o === null) {
      e.consume(o);
      return;
    }
    return e.enter("lineEnding"), e.consume(o), e.exit("lineEnding"), H(e, t, "linePrefix");
  }
  function i(o) {
    return e.enter("paragraph"), u(o);
  }
  function u(o) {
    let s = e.enter("chunkText", { contentType: "text", previous: r });
    return r && (r.next = s), r = s, a(o);
  }
  function a(o) {
    if (o === null) {
      e.exit("chunkText"), e.exit("paragraph"), e.consume(o);
      return;
    }
    return B(o) ? (e.consume(o), e.exit("chunkText"), u) : (e.consume(o), a);
  }
}
function Nu(e, t, r, n, i) {
  if (r === 0 && n.length === 0) return;
  let u = e.index.get(t);
  if (u) {
    u[1] += r, i ? (n.push(...u[2]), u[2] = n) : u[2].push(...n);
    return;
  }
  let a = [t, r, n];
  e.map.push(a), e.index.set(t, a);
}
function Nm(e) {
  let t = this, r = [], n = 0, i, u, a;
  return o;
  function o(w) {
    if (n < r.length) {
      let T = r[n];
      return t.containerState = T[1], e.attempt(T[0].continuation, s, c)(w);
    }
    return c(w);
  }
  function s(w) {
    if (n++, t.containerState._closeFlow) {
      t.containerState._closeFlow = void 0, i && F();
      let T = t.events.length, C = T, D;
      for (; C--; ) if (t.events[C][0] === "exit" && t.events[C][1].type === "chunkFlow") {
        D = t.events[C][1].end;
        break;
      }
      x(n);
      let v = T;
      for (; v < t.events.length; ) t.events[v][1].end = { ...D }, v++;
      let L = new Ve();
      return L.add(C + 1, 0, t.events.slice(T)), L.add(T, v - T, []), L.consume(t.events), c(w);
    }
    return o(w);
  }
  function c(w) {
    if (n === r.length) {
      if (!i) return p(w);
      if (i.currentConstruct && i.currentConstruct.concrete) return d(w);
      t.interrupt = !!(i.currentConstruct && !i._gfmTableDynamicInterruptHack);
    }
    return t.containerState = {}, e.check(Ou, l, f)(w);
  }
  function l(w) {
    return i && F(), x(n), p(w);
  }
  function f(w) {
    return t.parser.lazy[t.now().line] = n !== r.length, a = t.now().offset, d(w);
  }
  function p(w) {
    return t.containerState = {}, e.attempt(Ou, m, d)(w);
  }
  function m(w) {
    return n++, r.push([t.currentConstruct, t.containerState]), p(w);
  }
  function d(w) {
    if (w === null) {
      i && F(), x(0), e.consume(w);
      return;
    }
    return i = i || t.parser.flow(t.now()), e.enter("chunkFlow", { _tokenizer: i, contentType: "flow", previous: u }), k(w);
  }
  function k(w) {
    if (w === null) {
      g(e.exit("chunkFlow"), true), x(0), e.consume(w);
      return;
    }
    return B(w) ? (e.consume(w), g(e.exit("chunkFlow")), n = 0, t.interrupt = void 0, o) : (e.consume(w), k);
  }
  function g(w, T) {
    let C = t.sliceStream(w);
    if (T && C.push(null), w.previous = u, u && (u.next = w), u = w, i.defineSkip(w.start), i.write(C), t.parser.lazy[w.start.line]) {
      let D = i.events.length;
      for (; D--; ) if (i.events[D][1].start.offset < a && (!i.events[D][1].end || i.events[D][1].end.offset > a)) return;
      let v = t.events.length, L = v, y, E;
      for (; L--; ) if (t.events[L][0] === "exit" && t.events[L][1].type === "chunkFlow") {
        if (y) {
          E = t.events[L][1].end;
          break;
        }
        y = true;
      }
      for (x(n), D = v; D < t.events.length; ) t.events[D][1].end = { ...E }, D++;
      let I = new Ve();
      I.add(L + 1, 0, t.events.slice(v)), I.add(v, D - v, []), I.consume(t.events);
    }
  }
  function x(w) {
    let T = r.length;
    for (; T-- > w; ) {
      let C = r[T];
      t.containerState = C[1], C[0].exit.call(t, e);
    }
    r.length = w;
  }
  function F() {
    i.write([null]), u = void 0, i = void 0, t.containerState._closeFlow = void 0;
  }
}
function Om(e, t, r) {
  return H(e, e.attempt(this.parser.constructs.document, t, r), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}
function Lt(e) {
  if (e === null || G(e) || Be(e)) return 1;
  if (gt(e)) return 2;
}
function ut(e, t, r) {
  let n = [], i = -1;
  for (; ++i < e.length; ) {
    let u = e[i].resolveAll;
    u && !n.includes(u) && (t = u(t, r), n.push(u));
  }
  return t;
}
function Rm(e, t) {
  let r = -1, n;
  for (; ++r < e.length; ) if (e[r][0] === "enter" && e[r][1].type === "attentionSequence" && e[r][1]._close) {
    let i = r;
    for (; i--; ) if (e[i][0] === "exit" && e[i][1].type === "attentionSequence" && e[i][1]._open && t.sliceSerialize(e[i][1]).charCodeAt(0) === t.sliceSerialize(e[r][1]).charCodeAt(0)) {
      if ((e[i][1]._close || e[r][1]._open) && (e[r][1].end.offset - e[r][1].start.offset) % 3 && !((e[i][1].end.offset - e[i][1].start.offset + e[r][1].end.offset - e[r][1].start.offset) % 3)) continue;
      let u = e[i][1].end.offset - e[i][1].start.offset > 1 && e[r][1].end.offset - e[r][1].start.offset > 1 ? 2 : 1, a = { ...e[i][1].end }, o = { ...e[r][1].start };
      Mu(a, -u), Mu(o, u);
      let s = { type: u > 1 ? "strongSequence" : "emphasisSequence", start: a, end: { ...e[i][1].end } }, c = { type: u > 1 ? "strongSequence" : "emphasisSequence", start: { ...e[r][1].start }, end: o }, l = { type: u > 1 ? "strongText" : "emphasisText", start: { ...e[i][1].end }, end: { ...e[r][1].start } }, f = { type: u > 1 ? "strong" : "emphasis", start: { ...s.start }, end: { ...c.end } };
      e[i][1].end = { ...s.start }, e[r][1].start = { ...c.end }, n = [], e[i][1].end.offset - e[i][1].start.offset && (n = he(n, [["enter", e[i][1], t], ["exit", e[i][1], t]])), n = he(n, [["enter", f, t], ["enter", s, t], ["exit", s, t], ["enter", l, t]]), n = he(n, ut(t.parser.constructs.insideSpan.null, e.slice(i + 1, r), t)), n = he(n, [["exit", l, t], ["enter", c, t], ["exit", c, t], ["exit", f, t]]);
      let p = 0;
      e[r][1].end.offset - e[r][1].start.offset && (p = 2, n = he(n, [["enter", e[r][1], t], ["exit", e[r][1], t]])), oe(e, i - 1, r - i + 3, n), r = i + n.length - p - 2;
      break;
    }
  }
  for (r = -1; ++r < e.length; ) e[r][1].type === "attentionSequence" && (e[r][1].type = "data");
  return e;
}
function Mm(e, t) {
  let r = this.parser.constructs.attentionMarkers.null, n = this.previous, i = Lt(n), u;
  return a;
  function a(s) {
    return u = s, e.enter("attentionSequence"), o(s);
  }
  function o(s) {
    if (s === u) return e.consume(s), o;
    let c = e.exit("attentionSequence"), l = Lt(s), f = !l || l === 2 && i || r.includes(s) && s !== 42 && s !== 95, p = !i || i === 2 && l || r.includes(n) && n !== 42 && n !== 95;
    return c._open = !!(u === 42 ? f : f && (i || !p)), c._close = !!(u === 42 ? p : p && (l || !f)), t(s);
  }
}
function Mu(e, t) {
  e.column += t, e.offset += t, e._bufferIndex += t;
}
function zm(e, t, r) {
  let n = 0;
  return i;
  function i(m) {
    return e.enter("autolink"), e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.enter("autolinkProtocol"), u;
  }
  function u(m) {
    return X(m) ? (e.consume(m), a) : m === 64 ? r(m) : c(m);
  }
  function a(m) {
    return m === 43 || m === 45 || m === 46 || ee(m) ? (n = 1, o(m)) : c(m);
  }
  function o(m) {
    return m === 58 ? (e.consume(m), n = 0, s) : (m === 43 || m === 45 || m === 46 || ee(m)) && n++ < 32 ? (e.consume(m), o) : (n = 0, c(m));
  }
  function s(m) {
    return m === 62 ? (e.exit("autolinkProtocol"), e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.exit("autolink"), t) : m === null || m === 32 || m === 60 || Dt(m) ? r(m) : (e.consume(m), s);
  }
  function c(m) {
    return m === 64 ? (e.consume(m), l) : qu(m) ? (e.consume(m), c) : r(m);
  }
  function l(m) {
    return ee(m) ? f(m) : r(m);
  }
  function f(m) {
    return m === 46 ? (e.consume(m), n = 0, l) : m === 62 ? (e.exit("autolinkProtocol").type = "autolinkEmail", e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.exit("autolink"), t) : p(m);
  }
  function p(m) {
    if ((m === 45 || ee(m)) && n++ < 63) {
      let d = m === 45 ? p : f;
      return e.consume(m), d;
    }
    return r(m);
  }
}
function Um(e, t, r) {
  return n;
  function n(u) {
    return U(u) ? H(e, i, "linePrefix")(u) : i(u);
  }
  function i(u) {
    return u === null || B(u) ? t(u) : r(u);
  }
}
function Hm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    if (a === 62) {
      let o = n.containerState;
      return o.open || (e.enter("blockQuote", { _container: true }), o.open = true), e.enter("blockQuotePrefix"), e.enter("blockQuoteMarker"), e.consume(a), e.exit("blockQuoteMarker"), u;
    }
    return r(a);
  }
  function u(a) {
    return U(a) ? (e.enter("blockQuotePrefixWhitespace"), e.consume(a), e.exit("blockQuotePrefixWhitespace"), e.exit("blockQuotePrefix"), t) : (e.exit("blockQuotePrefix"), t(a));
  }
}
function Vm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return U(a) ? H(e, u, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(a) : u(a);
  }
  function u(a) {
    return e.attempt(Vr, t, r)(a);
  }
}
function Gm(e) {
  e.exit("blockQuote");
}
function jm(e, t, r) {
  return n;
  function n(u) {
    return e.enter("characterEscape"), e.enter("escapeMarker"), e.consume(u), e.exit("escapeMarker"), i;
  }
  function i(u) {
    return _u(u) ? (e.enter("characterEscapeValue"), e.consume(u), e.exit("characterEscapeValue"), e.exit("characterEscape"), t) : r(u);
  }
}
function Wm(e, t, r) {
  let n = this, i = 0, u, a;
  return o;
  function o(f) {
    return e.enter("characterReference"), e.enter("characterReferenceMarker"), e.consume(f), e.exit("characterReferenceMarker"), s;
  }
  function s(f) {
    return f === 35 ? (e.enter("characterReferenceMarkerNumeric"), e.consume(f), e.exit("characterReferenceMarkerNumeric"), c) : (e.enter("characterReferenceValue"), u = 31, a = ee, l(f));
  }
  function c(f) {
    return f === 88 || f === 120 ? (e.enter("characterReferenceMarkerHexadecimal"), e.consume(f), e.exit("characterReferenceMarkerHexadecimal"), e.enter("characterReferenceValue"), u = 6, a = Bu, l) : (e.enter("characterReferenceValue"), u = 7, a = rr, l(f));
  }
  function l(f) {
    if (f === 59 && i) {
      let p = e.exit("characterReferenceValue");
      return a === ee && !St(n.sliceSerialize(p)) ? r(f) : (e.enter("characterReferenceMarker"), e.consume(f), e.exit("characterReferenceMarker"), e.exit("characterReference"), t);
    }
    return a(f) && i++ < u ? (e.consume(f), l) : r(f);
  }
}
function Ym(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a === null ? r(a) : (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), u);
  }
  function u(a) {
    return n.parser.lazy[n.now().line] ? r(a) : t(a);
  }
}
function $m(e, t, r) {
  let n = this, i = { partial: true, tokenize: C }, u = 0, a = 0, o;
  return s;
  function s(D) {
    return c(D);
  }
  function c(D) {
    let v = n.events[n.events.length - 1];
    return u = v && v[1].type === "linePrefix" ? v[2].sliceSerialize(v[1], true).length : 0, o = D, e.enter("codeFenced"), e.enter("codeFencedFence"), e.enter("codeFencedFenceSequence"), l(D);
  }
  function l(D) {
    return D === o ? (a++, e.consume(D), l) : a < 3 ? r(D) : (e.exit("codeFencedFenceSequence"), U(D) ? H(e, f, "whitespace")(D) : f(D));
  }
  function f(D) {
    return D === null || B(D) ? (e.exit("codeFencedFence"), n.interrupt ? t(D) : e.check(ir, k, T)(D)) : (e.enter("codeFencedFenceInfo"), e.enter("chunkString", { contentType: "string" }), p(D));
  }
  function p(D) {
    return D === null || B(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceInfo"), f(D)) : U(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceInfo"), H(e, m, "whitespace")(D)) : D === 96 && D === o ? r(D) : (e.consume(D), p);
  }
  function m(D) {
    return D === null || B(D) ? f(D) : (e.enter("codeFencedFenceMeta"), e.enter("chunkString", { contentType: "string" }), d(D));
  }
  function d(D) {
    return D === null || B(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceMeta"), f(D)) : D === 96 && D === o ? r(D) : (e.consume(D), d);
  }
  function k(D) {
    return e.attempt(i, T, g)(D);
  }
  function g(D) {
    return e.enter("lineEnding"), e.consume(D), e.exit("lineEnding"), x;
  }
  function x(D) {
    return u > 0 && U(D) ? H(e, F, "linePrefix", u + 1)(D) : F(D);
  }
  function F(D) {
    return D === null || B(D) ? e.check(ir, k, T)(D) : (e.enter("codeFlowValue"), w(D));
  }
  function w(D) {
    return D === null || B(D) ? (e.exit("codeFlowValue"), F(D)) : (e.consume(D), w);
  }
  function T(D) {
    return e.exit("codeFenced"), t(D);
  }
  function C(D, v, L) {
    let y = 0;
    return E;
    function E(N) {
      return D.enter("lineEnding"), D.consume(N), D.exit("lineEnding"), I;
    }
    function I(N) {
      return D.enter("codeFencedFence"), U(N) ? H(D, q, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(N) : q(N);
    }
    function q(N) {
      return N === o ? (D.enter("codeFencedFenceSequence"), S(N)) : L(N);
    }
    function S(N) {
      return N === o ? (y++, D.consume(N), S) : y >= a ? (D.exit("codeFencedFenceSequence"), U(N) ? H(D, z, "whitespace")(N) : z(N)) : L(N);
    }
    function z(N) {
      return N === null || B(N) ? (D.exit("codeFencedFence"), v(N)) : L(N);
    }
  }
}
function Qm(e, t, r) {
  return n;
  function n(o) {
    return e.enter("codeIndented"), ri(e, i, r, "linePrefix", 4, 4)(o);
  }
  function i(o) {
    return o === null ? a(o) : B(o) ? e.attempt(Km, i, a)(o) : (e.enter("codeFlowValue"), u(o));
  }
  function u(o) {
    return o === null || B(o) ? (e.exit("codeFlowValue"), i(o)) : (e.consume(o), u);
  }
  function a(o) {
    return e.exit("codeIndented"), t(o);
  }
}
function Xm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return n.parser.lazy[n.now().line] ? r(a) : B(a) ? (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), i) : ri(e, t, u, "linePrefix", 4, 4)(a);
  }
  function u(a) {
    return B(a) ? i(a) : r(a);
  }
}
function Jm(e) {
  let t = e.length - 4, r = 3, n, i;
  if ((e[r][1].type === "lineEnding" || e[r][1].type === "space") && (e[t][1].type === "lineEnding" || e[t][1].type === "space")) {
    for (n = r; ++n < t; ) if (e[n][1].type === "codeTextData") {
      e[r][1].type = "codeTextPadding", e[t][1].type = "codeTextPadding", r += 2, t -= 2;
      break;
    }
  }
  for (n = r - 1, t++; ++n <= t; ) i === void 0 ? n !== t && e[n][1].type !== "lineEnding" && (i = n) : (n === t || e[n][1].type === "lineEnding") && (e[i][1].type = "codeTextData", n !== i + 2 && (e[i][1].end = e[n - 1][1].end, e.splice(i + 2, n - i - 2), t -= n - i - 2, n = i + 2), i = void 0);
  return e;
}
function Zm(e) {
  return e !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function ed(e, t, r) {
  let n = this, i = 0, u, a;
  return o;
  function o(p) {
    return e.enter("codeText"), e.enter("codeTextSequence"), s(p);
  }
  function s(p) {
    return p === 96 ? (e.consume(p), i++, s) : (e.exit("codeTextSequence"), c(p));
  }
  function c(p) {
    return p === null ? r(p) : p === 32 ? (e.enter("space"), e.consume(p), e.exit("space"), c) : p === 96 ? (a = e.enter("codeTextSequence"), u = 0, f(p)) : B(p) ? (e.enter("lineEnding"), e.consume(p), e.exit("lineEnding"), c) : (e.enter("codeTextData"), l(p));
  }
  function l(p) {
    return p === null || p === 32 || p === 96 || B(p) ? (e.exit("codeTextData"), c(p)) : (e.consume(p), l);
  }
  function f(p) {
    return p === 96 ? (e.consume(p), u++, f) : u === i ? (e.exit("codeTextSequence"), e.exit("codeText"), t(p)) : (a.type = "codeTextData", l(p));
  }
}
function ur(e, t) {
  let r = 0;
  if (t.length < 1e4) e.push(...t);
  else for (; r < t.length; ) e.push(...t.slice(r, r + 1e4)), r += 1e4;
}
function $r(e) {
  let t = {}, r = -1, n, i, u, a, o, s, c, l = new Yr(e);
  for (; ++r < l.length; ) {
    for (; r in t; ) r = t[r];
    if (n = l.get(r), r && n[1].type === "chunkFlow" && l.get(r - 1)[1].type === "listItemPrefix" && (s = n[1]._tokenizer.events, u = 0, u < s.length && s[u][1].type === "lineEndingBlank" && (u += 2), u < s.length && s[u][1].type === "content")) for (; ++u < s.length && s[u][1].type !== "content"; ) s[u][1].type === "chunkText" && (s[u][1]._isInFirstContentOfListItem = true, u++);
    if (n[0] === "enter") n[1].contentType && (Object.assign(t, td(l, r)), r = t[r], c = true);
    else if (n[1]._container) {
      for (u = r, i = void 0; u--; ) if (a = l.get(u), a[1].type === "lineEnding" || a[1].type === "lineEndingBlank") a[0] === "enter" && (i && (l.get(i)[1].type = "lineEndingBlank"), a[1].type = "lineEnding", i = u);
      else if (!(a[1].type === "linePrefix" || a[1].type === "listItemIndent")) break;
      i && (n[1].end = { ...l.get(i)[1].start }, o = l.slice(i, r), o.unshift(n), l.splice(i, r - i + 1, o));
    }
  }
  return oe(e, 0, Number.POSITIVE_INFINITY, l.slice(0)), !c;
}
function td(e, t) {
  let r = e.get(t)[1], n = e.get(t)[2], i = t - 1, u = [], a = r._tokenizer;
  a || (a = n.parser[r.contentType](r.start), r._contentTypeTextTrailing && (a._contentTypeTextTrailing = true));
  let o = a.events, s = [], c = {}, l, f, p = -1, m = r, d = 0, k = 0, g = [k];
  for (; m; ) {
    for (; e.get(++i)[1] !== m; ) ;
    u.push(i), m._tokenizer || (l = n.sliceStream(m), m.next || l.push(null), f && a.defineSkip(m.start), m._isInFirstContentOfListItem && (a._gfmTasklistFirstContentOfListItem = true), a.write(l), m._isInFirstContentOfListItem && (a._gfmTasklistFirstContentOfListItem = void 0)), f = m, m = m.next;
  }
  for (m = r; ++p < o.length; ) o[p][0] === "exit" && o[p - 1][0] === "enter" && o[p][1].type === o[p - 1][1].type && o[p][1].start.line !== o[p][1].end.line && (k = p + 1, g.push(k), m._tokenizer = void 0, m.previous = void 0, m = m.next);
  for (a.events = [], m ? (m._tokenizer = void 0, m.previous = void 0) : g.pop(), p = g.length; p--; ) {
    let x = o.slice(g[p], g[p + 1]), F = u.pop();
    s.push([F, F + x.length - 1]), e.splice(F, 2, x);
  }
  for (s.reverse(), p = -1; ++p < s.length; ) c[d + s[p][0]] = d + s[p][1], d += s[p][1] - s[p][0] - 1;
  return c;
}
function nd(e) {
  return $r(e), e;
}
function id(e, t) {
  let r;
  return n;
  function n(o) {
    return e.enter("content"), r = e.enter("chunkContent", { contentType: "content" }), i(o);
  }
  function i(o) {
    return o === null ? u(o) : B(o) ? e.check(rd, a, u)(o) : (e.consume(o), i);
  }
  function u(o) {
    return e.exit("chunkContent"), e.exit("content"), t(o);
  }
  function a(o) {
    return e.consume(o), e.exit("chunkContent"), r.next = e.enter("chunkContent", { contentType: "content", previous: r }), r = r.next, i;
  }
}
function ad(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return e.exit("chunkContent"), e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), H(e, u, "linePrefix");
  }
  function u(a) {
    if (a === null || B(a)) return r(a);
    let o = n.events[n.events.length - 1];
    return !n.parser.constructs.disable.null.includes("codeIndented") && o && o[1].type === "linePrefix" && o[2].sliceSerialize(o[1], true).length >= 4 ? t(a) : e.interrupt(n.parser.constructs.flow, r, t)(a);
  }
}
function Kr(e, t, r, n, i, u, a, o, s) {
  let c = s || Number.POSITIVE_INFINITY, l = 0;
  return f;
  function f(x) {
    return x === 60 ? (e.enter(n), e.enter(i), e.enter(u), e.consume(x), e.exit(u), p) : x === null || x === 32 || x === 41 || Dt(x) ? r(x) : (e.enter(n), e.enter(a), e.enter(o), e.enter("chunkString", { contentType: "string" }), k(x));
  }
  function p(x) {
    return x === 62 ? (e.enter(u), e.consume(x), e.exit(u), e.exit(i), e.exit(n), t) : (e.enter(o), e.enter("chunkString", { contentType: "string" }), m(x));
  }
  function m(x) {
    return x === 62 ? (e.exit("chunkString"), e.exit(o), p(x)) : x === null || x === 60 || B(x) ? r(x) : (e.consume(x), x === 92 ? d : m);
  }
  function d(x) {
    return x === 60 || x === 62 || x === 92 ? (e.consume(x), m) : m(x);
  }
  function k(x) {
    return !l && (x === null || x === 41 || G(x)) ? (e.exit("chunkString"), e.exit(o), e.exit(a), e.exit(n), t(x)) : l < c && x === 40 ? (e.consume(x), l++, k) : x === 41 ? (e.consume(x), l--, k) : x === null || x === 32 || x === 40 || Dt(x) ? r(x) : (e.consume(x), x === 92 ? g : k);
  }
  function g(x) {
    return x === 40 || x === 41 || x === 92 ? (e.consume(x), k) : k(x);
  }
}
function Qr(e, t, r, n, i, u) {
  let a = this, o = 0, s;
  return c;
  function c(m) {
    return e.enter(n), e.enter(i), e.consume(m), e.exit(i), e.enter(u), l;
  }
  function l(m) {
    return o > 999 || m === null || m === 91 || m === 93 && !s || m === 94 && !o && "_hiddenFootnoteSupport" in a.parser.constructs ? r(m) : m === 93 ? (e.exit(u), e.enter(i), e.consume(m), e.exit(i), e.exit(n), t) : B(m) ? (e.enter("lineEnding"), e.consume(m), e.exit("lineEnding"), l) : (e.enter("chunkString", { contentType: "string" }), f(m));
  }
  function f(m) {
    return m === null || m === 91 || m === 93 || B(m) || o++ > 999 ? (e.exit("chunkString"), l(m)) : (e.consume(m), s || (s = !U(m)), m === 92 ? p : f);
  }
  function p(m) {
    return m === 91 || m === 92 || m === 93 ? (e.consume(m), o++, f) : f(m);
  }
}
function Xr(e, t, r, n, i, u) {
  let a;
  return o;
  function o(p) {
    return p === 34 || p === 39 || p === 40 ? (e.enter(n), e.enter(i), e.consume(p), e.exit(i), a = p === 40 ? 41 : p, s) : r(p);
  }
  function s(p) {
    return p === a ? (e.enter(i), e.consume(p), e.exit(i), e.exit(n), t) : (e.enter(u), c(p));
  }
  function c(p) {
    return p === a ? (e.exit(u), s(a)) : p === null ? r(p) : B(p) ? (e.enter("lineEnding"), e.consume(p), e.exit("lineEnding"), H(e, c, "linePrefix")) : (e.enter("chunkString", { contentType: "string" }), l(p));
  }
  function l(p) {
    return p === a || p === null || B(p) ? (e.exit("chunkString"), c(p)) : (e.consume(p), p === 92 ? f : l);
  }
  function f(p) {
    return p === a || p === 92 ? (e.consume(p), l) : l(p);
  }
}
function xt(e, t) {
  let r;
  return n;
  function n(i) {
    return B(i) ? (e.enter("lineEnding"), e.consume(i), e.exit("lineEnding"), r = true, n) : U(i) ? H(e, n, r ? "linePrefix" : "lineSuffix")(i) : t(i);
  }
}
function od(e, t, r) {
  let n = this, i;
  return u;
  function u(m) {
    return e.enter("definition"), a(m);
  }
  function a(m) {
    return Qr.call(n, e, o, r, "definitionLabel", "definitionLabelMarker", "definitionLabelString")(m);
  }
  function o(m) {
    return i = ce(n.sliceSerialize(n.events[n.events.length - 1][1]).slice(1, -1)), m === 58 ? (e.enter("definitionMarker"), e.consume(m), e.exit("definitionMarker"), s) : r(m);
  }
  function s(m) {
    return G(m) ? xt(e, c)(m) : c(m);
  }
  function c(m) {
    return Kr(e, l, r, "definitionDestination", "definitionDestinationLiteral", "definitionDestinationLiteralMarker", "definitionDestinationRaw", "definitionDestinationString")(m);
  }
  function l(m) {
    return e.attempt(ud, f, f)(m);
  }
  function f(m) {
    return U(m) ? H(e, p, "whitespace")(m) : p(m);
  }
  function p(m) {
    return m === null || B(m) ? (e.exit("definition"), n.parser.defined.push(i), t(m)) : r(m);
  }
}
function sd(e, t, r) {
  return n;
  function n(o) {
    return G(o) ? xt(e, i)(o) : r(o);
  }
  function i(o) {
    return Xr(e, u, r, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(o);
  }
  function u(o) {
    return U(o) ? H(e, a, "whitespace")(o) : a(o);
  }
  function a(o) {
    return o === null || B(o) ? t(o) : r(o);
  }
}
function ld(e, t, r) {
  return n;
  function n(u) {
    return e.enter("hardBreakEscape"), e.consume(u), i;
  }
  function i(u) {
    return B(u) ? (e.exit("hardBreakEscape"), t(u)) : r(u);
  }
}
function cd(e, t) {
  let r = e.length - 2, n = 3;
  if (e[n][1].type === "whitespace" && (n += 2), r - 2 > n && e[r][1].type === "whitespace" && (r -= 2), e[r][1].type === "atxHeadingSequence" && (n === r - 1 || r - 4 > n && e[r - 2][1].type === "whitespace") && (r -= n + 1 === r ? 2 : 4), r > n) {
    let i = { type: "atxHeadingText", start: e[n][1].start, end: e[r][1].end }, u = { type: "chunkText", start: e[n][1].start, end: e[r][1].end, contentType: "text" };
    oe(e, n, r - n + 1, [["enter", i, t], ["enter", u, t], ["exit", u, t], ["exit", i, t]]);
  }
  return e;
}
function fd(e, t, r) {
  let n = 0;
  return i;
  function i(l) {
    return e.enter("atxHeading"), u(l);
  }
  function u(l) {
    return e.enter("atxHeadingSequence"), a(l);
  }
  function a(l) {
    return l === 35 && n++ < 6 ? (e.consume(l), a) : l === null || G(l) ? (e.exit("atxHeadingSequence"), o(l)) : r(l);
  }
  function o(l) {
    return l === 35 ? (e.enter("atxHeadingSequence"), s(l)) : l === null || B(l) ? (e.exit("atxHeading"), t(l)) : U(l) ? H(e, o, "whitespace")(l) : (e.enter("atxHeadingText"), c(l));
  }
  function s(l) {
    return l === 35 ? (e.consume(l), s) : (e.exit("atxHeadingSequence"), o(l));
  }
  function c(l) {
    return l === null || l === 35 || G(l) ? (e.exit("atxHeadingText"), o(l)) : (e.consume(l), c);
  }
}
function hd(e) {
  let t = e.length;
  for (; t-- && !(e[t][0] === "enter" && e[t][1].type === "htmlFlow"); ) ;
  return t > 1 && e[t - 2][1].type === "linePrefix" && (e[t][1].start = e[t - 2][1].start, e[t + 1][1].start = e[t - 2][1].start, e.splice(t - 2, 2)), e;
}
function md(e, t, r) {
  let n = this, i, u, a, o, s;
  return c;
  function c(b) {
    return l(b);
  }
  function l(b) {
    return e.enter("htmlFlow"), e.enter("htmlFlowData"), e.consume(b), f;
  }
  function f(b) {
    return b === 33 ? (e.consume(b), p) : b === 47 ? (e.consume(b), u = true, k) : b === 63 ? (e.consume(b), i = 3, n.interrupt ? t : h) : X(b) ? (e.consume(b), a = String.fromCharCode(b), g) : r(b);
  }
  function p(b) {
    return b === 45 ? (e.consume(b), i = 2, m) : b === 91 ? (e.consume(b), i = 5, o = 0, d) : X(b) ? (e.consume(b), i = 4, n.interrupt ? t : h) : r(b);
  }
  function m(b) {
    return b === 45 ? (e.consume(b), n.interrupt ? t : h) : r(b);
  }
  function d(b) {
    let te = "CDATA[";
    return b === te.charCodeAt(o++) ? (e.consume(b), o === te.length ? n.interrupt ? t : q : d) : r(b);
  }
  function k(b) {
    return X(b) ? (e.consume(b), a = String.fromCharCode(b), g) : r(b);
  }
  function g(b) {
    if (b === null || b === 47 || b === 62 || G(b)) {
      let te = b === 47, pe = a.toLowerCase();
      return !te && !u && li.includes(pe) ? (i = 1, n.interrupt ? t(b) : q(b)) : zu.includes(a.toLowerCase()) ? (i = 6, te ? (e.consume(b), x) : n.interrupt ? t(b) : q(b)) : (i = 7, n.interrupt && !n.parser.lazy[n.now().line] ? r(b) : u ? F(b) : w(b));
    }
    return b === 45 || ee(b) ? (e.consume(b), a += String.fromCharCode(b), g) : r(b);
  }
  function x(b) {
    return b === 62 ? (e.consume(b), n.interrupt ? t : q) : r(b);
  }
  function F(b) {
    return U(b) ? (e.consume(b), F) : E(b);
  }
  function w(b) {
    return b === 47 ? (e.consume(b), E) : b === 58 || b === 95 || X(b) ? (e.consume(b), T) : U(b) ? (e.consume(b), w) : E(b);
  }
  function T(b) {
    return b === 45 || b === 46 || b === 58 || b === 95 || ee(b) ? (e.consume(b), T) : C(b);
  }
  function C(b) {
    return b === 61 ? (e.consume(b), D) : U(b) ? (e.consume(b), C) : w(b);
  }
  function D(b) {
    return b === null || b === 60 || b === 61 || b === 62 || b === 96 ? r(b) : b === 34 || b === 39 ? (e.consume(b), s = b, v) : U(b) ? (e.consume(b), D) : L(b);
  }
  function v(b) {
    return b === s ? (e.consume(b), s = null, y) : b === null || B(b) ? r(b) : (e.consume(b), v);
  }
  function L(b) {
    return b === null || b === 34 || b === 39 || b === 47 || b === 60 || b === 61 || b === 62 || b === 96 || G(b) ? C(b) : (e.consume(b), L);
  }
  function y(b) {
    return b === 47 || b === 62 || U(b) ? w(b) : r(b);
  }
  function E(b) {
    return b === 62 ? (e.consume(b), I) : r(b);
  }
  function I(b) {
    return b === null || B(b) ? q(b) : U(b) ? (e.consume(b), I) : r(b);
  }
  function q(b) {
    return b === 45 && i === 2 ? (e.consume(b), M) : b === 60 && i === 1 ? (e.consume(b), O) : b === 62 && i === 4 ? (e.consume(b), Y) : b === 63 && i === 3 ? (e.consume(b), h) : b === 93 && i === 5 ? (e.consume(b), ne) : B(b) && (i === 6 || i === 7) ? (e.exit("htmlFlowData"), e.check(pd, ie, S)(b)) : b === null || B(b) ? (e.exit("htmlFlowData"), S(b)) : (e.consume(b), q);
  }
  function S(b) {
    return e.check(ir, z, ie)(b);
  }
  function z(b) {
    return e.enter("lineEnding"), e.consume(b), e.exit("lineEnding"), N;
  }
  function N(b) {
    return b === null || B(b) ? S(b) : (e.enter("htmlFlowData"), q(b));
  }
  function M(b) {
    return b === 45 ? (e.consume(b), h) : q(b);
  }
  function O(b) {
    return b === 47 ? (e.consume(b), a = "", W) : q(b);
  }
  function W(b) {
    if (b === 62) {
      let te = a.toLowerCase();
      return li.includes(te) ? (e.consume(b), Y) : q(b);
    }
    return X(b) && a.length < 8 ? (e.consume(b), a += String.fromCharCode(b), W) : q(b);
  }
  function ne(b) {
    return b === 93 ? (e.consume(b), h) : q(b);
  }
  function h(b) {
    return b === 62 ? (e.consume(b), Y) : b === 45 && i === 2 ? (e.consume(b), h) : q(b);
  }
  function Y(b) {
    return b === null || B(b) ? (e.exit("htmlFlowData"), ie(b)) : (e.consume(b), Y);
  }
  function ie(b) {
    return e.exit("htmlFlow"), t(b);
  }
}
function dd(e, t, r) {
  return n;
  function n(i) {
    return e.enter("lineEnding"), e.consume(i), e.exit("lineEnding"), e.attempt(_e, t, r);
  }
}
function Dd(e, t, r) {
  let n = this, i, u, a;
  return o;
  function o(h) {
    return e.enter("htmlText"), e.enter("htmlTextData"), e.consume(h), s;
  }
  function s(h) {
    return h === 33 ? (e.consume(h), c) : h === 47 ? (e.consume(h), C) : h === 63 ? (e.consume(h), w) : X(h) ? (e.consume(h), L) : r(h);
  }
  function c(h) {
    return h === 45 ? (e.consume(h), l) : h === 91 ? (e.consume(h), u = 0, d) : X(h) ? (e.consume(h), F) : r(h);
  }
  function l(h) {
    return h === 45 ? (e.consume(h), m) : r(h);
  }
  function f(h) {
    return h === null ? r(h) : h === 45 ? (e.consume(h), p) : B(h) ? (a = f, O(h)) : (e.consume(h), f);
  }
  function p(h) {
    return h === 45 ? (e.consume(h), m) : f(h);
  }
  function m(h) {
    return h === 62 ? M(h) : h === 45 ? p(h) : f(h);
  }
  function d(h) {
    let Y = "CDATA[";
    return h === Y.charCodeAt(u++) ? (e.consume(h), u === Y.length ? k : d) : r(h);
  }
  function k(h) {
    return h === null ? r(h) : h === 93 ? (e.consume(h), g) : B(h) ? (a = k, O(h)) : (e.consume(h), k);
  }
  function g(h) {
    return h === 93 ? (e.consume(h), x) : k(h);
  }
  function x(h) {
    return h === 62 ? M(h) : h === 93 ? (e.consume(h), x) : k(h);
  }
  function F(h) {
    return h === null || h === 62 ? M(h) : B(h) ? (a = F, O(h)) : (e.consume(h), F);
  }
  function w(h) {
    return h === null ? r(h) : h === 63 ? (e.consume(h), T) : B(h) ? (a = w, O(h)) : (e.consume(h), w);
  }
  function T(h) {
    return h === 62 ? M(h) : w(h);
  }
  function C(h) {
    return X(h) ? (e.consume(h), D) : r(h);
  }
  function D(h) {
    return h === 45 || ee(h) ? (e.consume(h), D) : v(h);
  }
  function v(h) {
    return B(h) ? (a = v, O(h)) : U(h) ? (e.consume(h), v) : M(h);
  }
  function L(h) {
    return h === 45 || ee(h) ? (e.consume(h), L) : h === 47 || h === 62 || G(h) ? y(h) : r(h);
  }
  function y(h) {
    return h === 47 ? (e.consume(h), M) : h === 58 || h === 95 || X(h) ? (e.consume(h), E) : B(h) ? (a = y, O(h)) : U(h) ? (e.consume(h), y) : M(h);
  }
  function E(h) {
    return h === 45 || h === 46 || h === 58 || h === 95 || ee(h) ? (e.consume(h), E) : I(h);
  }
  function I(h) {
    return h === 61 ? (e.consume(h), q) : B(h) ? (a = I, O(h)) : U(h) ? (e.consume(h), I) : y(h);
  }
  function q(h) {
    return h === null || h === 60 || h === 61 || h === 62 || h === 96 ? r(h) : h === 34 || h === 39 ? (e.consume(h), i = h, S) : B(h) ? (a = q, O(h)) : U(h) ? (e.consume(h), q) : (e.consume(h), z);
  }
  function S(h) {
    return h === i ? (e.consume(h), i = void 0, N) : h === null ? r(h) : B(h) ? (a = S, O(h)) : (e.consume(h), S);
  }
  function z(h) {
    return h === null || h === 34 || h === 39 || h === 60 || h === 61 || h === 96 ? r(h) : h === 47 || h === 62 || G(h) ? y(h) : (e.consume(h), z);
  }
  function N(h) {
    return h === 47 || h === 62 || G(h) ? y(h) : r(h);
  }
  function M(h) {
    return h === 62 ? (e.consume(h), e.exit("htmlTextData"), e.exit("htmlText"), t) : r(h);
  }
  function O(h) {
    return e.exit("htmlTextData"), e.enter("lineEnding"), e.consume(h), e.exit("lineEnding"), W;
  }
  function W(h) {
    return U(h) ? H(e, ne, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(h) : ne(h);
  }
  function ne(h) {
    return e.enter("htmlTextData"), a(h);
  }
}
function Fd(e) {
  let t = -1, r = [];
  for (; ++t < e.length; ) {
    let n = e[t][1];
    if (r.push(e[t]), n.type === "labelImage" || n.type === "labelLink" || n.type === "labelEnd") {
      let i = n.type === "labelImage" ? 4 : 2;
      n.type = "data", t += i;
    }
  }
  return e.length !== r.length && oe(e, 0, e.length, r), e;
}
function bd(e, t) {
  let r = e.length, n = 0, i, u, a;
  for (; r--; ) {
    let l = e[r][1];
    if (i) {
      if (l.type === "link" || l.type === "labelLink" && l._inactive) break;
      e[r][0] === "enter" && l.type === "labelLink" && (l._inactive = true);
    } else if (u) {
      if (e[r][0] === "enter" && (l.type === "labelImage" || l.type === "labelLink") && !l._balanced && (i = r, l.type !== "labelLink")) {
        n = 2;
        break;
      }
    } else l.type === "labelEnd" && (u = r);
  }
  let o = { type: e[i][1].type === "labelLink" ? "link" : "image", start: { ...e[i][1].start }, end: { ...e[e.length - 1][1].end } }, s = { type: "label", start: { ...e[i][1].start }, end: { ...e[u][1].end } }, c = { type: "labelText", start: { ...e[i + n + 2][1].end }, end: { ...e[u - 2][1].start } };
  return a = [["enter", o, t], ["enter", s, t]], a = he(a, e.slice(i + 1, i + n + 3)), a = he(a, [["enter", c, t]]), a = he(a, ut(t.parser.constructs.insideSpan.null, e.slice(i + n + 4, u - 3), t)), a = he(a, [["exit", c, t], e[u - 2], e[u - 1], ["exit", s, t]]), a = he(a, e.slice(u + 1)), a = he(a, [["exit", o, t]]), oe(e, i, e.length, a), e;
}
function Ed(e, t, r) {
  let n = this, i = n._labelStarts, u, a;
  if (i) {
    for (; i.length > 0 && i[i.length - 1]._balanced; ) i.pop();
    u = i[i.length - 1];
  }
  return o;
  function o(p) {
    return u ? u._inactive ? f(p) : (a = n.parser.defined.includes(ce(n.sliceSerialize({ start: u.end, end: n.now() }))), e.enter("labelEnd"), e.enter("labelMarker"), e.consume(p), e.exit("labelMarker"), e.exit("labelEnd"), s) : r(p);
  }
  function s(p) {
    return p === 40 ? e.attempt(gd, l, a ? l : f)(p) : p === 91 ? e.attempt(xd, l, a ? c : f)(p) : a ? l(p) : f(p);
  }
  function c(p) {
    return e.attempt(kd, l, f)(p);
  }
  function l(p) {
    return i.pop(), t(p);
  }
  function f(p) {
    return u._balanced = true, r(p);
  }
}
function wd(e, t, r) {
  return n;
  function n(f) {
    return e.enter("resource"), e.enter("resourceMarker"), e.consume(f), e.exit("resourceMarker"), i;
  }
  function i(f) {
    return G(f) ? xt(e, u)(f) : u(f);
  }
  function u(f) {
    return f === 41 ? l(f) : Kr(e, a, o, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(f);
  }
  function a(f) {
    return G(f) ? xt(e, s)(f) : l(f);
  }
  function o(f) {
    return r(f);
  }
  function s(f) {
    return f === 34 || f === 39 || f === 40 ? Xr(e, c, r, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(f) : l(f);
  }
  function c(f) {
    return G(f) ? xt(e, l)(f) : l(f);
  }
  function l(f) {
    return f === 41 ? (e.enter("resourceMarker"), e.consume(f), e.exit("resourceMarker"), e.exit("resource"), t) : r(f);
  }
}
function Cd(e, t, r) {
  let n = this;
  return i;
  function i(o) {
    return Qr.call(n, e, u, a, "reference", "referenceMarker", "referenceString")(o);
  }
  function u(o) {
    return n.parser.defined.includes(ce(n.sliceSerialize(n.events[n.events.length - 1][1]).slice(1, -1))) ? t(o) : r(o);
  }
  function a(o) {
    return r(o);
  }
}
function yd(e, t, r) {
  return n;
  function n(u) {
    return e.enter("reference"), e.enter("referenceMarker"), e.consume(u), e.exit("referenceMarker"), i;
  }
  function i(u) {
    return u === 93 ? (e.enter("referenceMarker"), e.consume(u), e.exit("referenceMarker"), e.exit("reference"), t) : r(u);
  }
}
function vd(e, t, r) {
  let n = this, i;
  return u;
  function u(s) {
    return e.enter("labelImage"), e.enter("labelImageMarker"), e.consume(s), e.exit("labelImageMarker"), a;
  }
  function a(s) {
    return s === 91 ? (e.enter("labelMarker"), e.consume(s), e.exit("labelMarker"), i = e.exit("labelImage"), o) : r(s);
  }
  function o(s) {
    return s === 94 && "_hiddenFootnoteSupport" in n.parser.constructs ? r(s) : (n._labelStarts = n._labelStarts || [], n._labelStarts.push(i), t(s));
  }
}
function Ad(e, t, r) {
  let n = this, i;
  return u;
  function u(o) {
    return e.enter("labelLink"), e.enter("labelMarker"), e.consume(o), e.exit("labelMarker"), i = e.exit("labelLink"), a;
  }
  function a(o) {
    return o === 94 && "_hiddenFootnoteSupport" in n.parser.constructs ? r(o) : (n._labelStarts = n._labelStarts || [], n._labelStarts.push(i), t(o));
  }
}
function Td(e, t) {
  return r;
  function r(n) {
    return e.enter("lineEnding"), e.consume(n), e.exit("lineEnding"), H(e, t, "linePrefix");
  }
}
function Sd(e, t, r) {
  let n = 0, i;
  return u;
  function u(c) {
    return e.enter("thematicBreak"), a(c);
  }
  function a(c) {
    return i = c, o(c);
  }
  function o(c) {
    return c === i ? (e.enter("thematicBreakSequence"), s(c)) : n >= 3 && (c === null || B(c)) ? (e.exit("thematicBreak"), t(c)) : r(c);
  }
  function s(c) {
    return c === i ? (e.consume(c), n++, s) : (e.exit("thematicBreakSequence"), U(c) ? H(e, o, "whitespace")(c) : o(c));
  }
}
function qd(e, t, r) {
  let n = this, i = n.events[n.events.length - 1], u = i && i[1].type === "linePrefix" ? i[2].sliceSerialize(i[1], true).length : 0, a = 0;
  return o;
  function o(m) {
    let d = n.containerState.type || (m === 42 || m === 43 || m === 45 ? "listUnordered" : "listOrdered");
    if (d === "listUnordered" ? !n.containerState.marker || m === n.containerState.marker : rr(m)) {
      if (n.containerState.type || (n.containerState.type = d, e.enter(d, { _container: true })), d === "listUnordered") return e.enter("listItemPrefix"), m === 42 || m === 45 ? e.check(Ft, r, c)(m) : c(m);
      if (!n.interrupt || m === 49) return e.enter("listItemPrefix"), e.enter("listItemValue"), s(m);
    }
    return r(m);
  }
  function s(m) {
    return rr(m) && ++a < 10 ? (e.consume(m), s) : (!n.interrupt || a < 2) && (n.containerState.marker ? m === n.containerState.marker : m === 41 || m === 46) ? (e.exit("listItemValue"), c(m)) : r(m);
  }
  function c(m) {
    return e.enter("listItemMarker"), e.consume(m), e.exit("listItemMarker"), n.containerState.marker = n.containerState.marker || m, e.check(_e, n.interrupt ? r : l, e.attempt(Ld, p, f));
  }
  function l(m) {
    return n.containerState.initialBlankLine = true, u++, p(m);
  }
  function f(m) {
    return U(m) ? (e.enter("listItemPrefixWhitespace"), e.consume(m), e.exit("listItemPrefixWhitespace"), p) : r(m);
  }
  function p(m) {
    return n.containerState.size = u + n.sliceSerialize(e.exit("listItemPrefix"), true).length, t(m);
  }
}
function Bd(e, t, r) {
  let n = this;
  return n.containerState._closeFlow = void 0, e.check(_e, i, u);
  function i(o) {
    return n.containerState.furtherBlankLines = n.containerState.furtherBlankLines || n.containerState.initialBlankLine, H(e, t, "listItemIndent", n.containerState.size + 1)(o);
  }
  function u(o) {
    return n.containerState.furtherBlankLines || !U(o) ? (n.containerState.furtherBlankLines = void 0, n.containerState.initialBlankLine = void 0, a(o)) : (n.containerState.furtherBlankLines = void 0, n.containerState.initialBlankLine = void 0, e.attempt(Id, t, a)(o));
  }
  function a(o) {
    return n.containerState._closeFlow = true, n.interrupt = void 0, H(e, e.attempt(fe, t, r), "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(o);
  }
}
function _d(e, t, r) {
  let n = this;
  return H(e, i, "listItemIndent", n.containerState.size + 1);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return a && a[1].type === "listItemIndent" && a[2].sliceSerialize(a[1], true).length === n.containerState.size ? t(u) : r(u);
  }
}
function Pd(e) {
  e.exit(this.containerState.type);
}
function Nd(e, t, r) {
  let n = this;
  return H(e, i, "listItemPrefixWhitespace", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 5);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return !U(u) && a && a[1].type === "listItemPrefixWhitespace" ? t(u) : r(u);
  }
}
function Od(e, t) {
  let r = new Ve(), n = e.length, i, u, a;
  for (; n--; ) if (e[n][0] === "enter") {
    if (e[n][1].type === "content") {
      i = n;
      break;
    }
    e[n][1].type === "paragraph" && (u = n);
  } else e[n][1].type === "content" && r.add(n, 1, []), !a && e[n][1].type === "definition" && (a = n);
  let o = { type: "setextHeading", start: { ...e[i][1].start }, end: { ...e[e.length - 1][1].end } };
  return e[u][1].type = "setextHeadingText", a ? (r.add(u, 0, [["enter", o, t]]), r.add(a + 1, 0, [["exit", e[i][1], t]]), e[i][1].end = { ...e[a][1].end }) : e[i][1] = o, r.add(e.length, 0, [["exit", o, t]]), r.consume(e), e;
}
function Rd(e, t, r) {
  let n = this, i;
  return u;
  function u(c) {
    let l = n.events.length, f;
    for (; l--; ) if (n.events[l][1].type !== "lineEnding" && n.events[l][1].type !== "linePrefix" && n.events[l][1].type !== "content") {
      f = n.events[l][1].type === "paragraph";
      break;
    }
    return !n.parser.lazy[n.now().line] && (n.interrupt || f) ? (e.enter("setextHeadingLine"), i = c, a(c)) : r(c);
  }
  function a(c) {
    return e.enter("setextHeadingLineSequence"), o(c);
  }
  function o(c) {
    return c === i ? (e.consume(c), o) : (e.exit("setextHeadingLineSequence"), U(c) ? H(e, s, "lineSuffix")(c) : s(c));
  }
  function s(c) {
    return c === null || B(c) ? (e.exit("setextHeadingLine"), t(c)) : r(c);
  }
}
function Md(e) {
  let t = this, r = e.attempt(_e, n, e.attempt(this.parser.constructs.flowInitial, i, H(e, e.attempt(this.parser.constructs.flow, i, e.attempt(ai, i)), "linePrefix")));
  return r;
  function n(u) {
    if (u === null) {
      e.consume(u);
      return;
    }
    return e.enter("lineEndingBlank"), e.consume(u), e.exit("lineEndingBlank"), t.currentConstruct = void 0, r;
  }
  function i(u) {
    if (u === null) {
      e.consume(u);
      return;
    }
    return e.enter("lineEnding"), e.consume(u), e.exit("lineEnding"), t.currentConstruct = void 0, r;
  }
}
function ju(e) {
  return { resolveAll: Wu(e === "text" ? zd : void 0), tokenize: t };
  function t(r) {
    let n = this, i = this.parser.constructs[e], u = r.attempt(i, a, o);
    return a;
    function a(l) {
      return c(l) ? u(l) : o(l);
    }
    function o(l) {
      if (l === null) {
        r.consume(l);
        return;
      }
      return r.enter("data"), r.consume(l), s;
    }
    function s(l) {
      return c(l) ? (r.exit("data"), u(l)) : (r.consume(l), s);
    }
    function c(l) {
      if (l === null) return true;
      let f = i[l], p = -1;
      if (f) for (; ++p < f.length; ) {
        let m = f[p];
        if (!m.previous || m.previous.call(n, n.previous)) return true;
      }
      return false;
    }
  }
}
function Wu(e) {
  return t;
  function t(r, n) {
    let i = -1, u;
    for (; ++i <= r.length; ) u === void 0 ? r[i] && r[i][1].type === "data" && (u = i, i++) : (!r[i] || r[i][1].type !== "data") && (i !== u + 2 && (r[u][1].end = r[i - 1][1].end, r.splice(u + 2, i - u - 2), i = u + 2), u = void 0);
    return e ? e(r, n) : r;
  }
}
function zd(e, t) {
  let r = new Ve(), n = 0;
  for (; ++n <= e.length; ) if ((n === e.length || e[n][1].type === "lineEnding") && e[n - 1][1].type === "data") {
    let i = e[n - 1][1], u = t.sliceStream(i), a = u.length, o = -1, s = 0, c;
    for (; a--; ) {
      let l = u[a];
      if (typeof l == "string") {
        for (o = l.length; l.charCodeAt(o - 1) === 32; ) s++, o--;
        if (o) break;
        o = -1;
      } else if (l === -2) c = true, s++;
      else if (l !== -1) {
        a++;
        break;
      }
    }
    if (t._contentTypeTextTrailing && n === e.length && (s = 0), s) {
      let l = { type: n === e.length || c || s < 2 ? "lineSuffix" : "hardBreakTrailing", start: { _bufferIndex: a ? o : i.start._bufferIndex + o, _index: i.start._index + a, line: i.end.line, column: i.end.column - s, offset: i.end.offset - s }, end: { ...i.end } };
      i.end = { ...l.start }, i.start.offset === i.end.offset ? Object.assign(i, l) : r.add(n, 0, [["enter", l, t], ["exit", l, t]]);
    }
    n++;
  }
  return r.consume(e), e;
}
function Yu(e, t, r) {
  let n = { _bufferIndex: -1, _index: 0, line: r && r.line || 1, column: r && r.column || 1, offset: r && r.offset || 0 }, i = {}, u = [], a = [], o = [], s = true, c = { attempt: y(v), check: y(L), consume: T, enter: C, exit: D, interrupt: y(L, { interrupt: true }) }, l = { code: null, containerState: {}, defineSkip: x, events: [], now: g, parser: e, previous: null, sliceSerialize: d, sliceStream: k, write: m }, f = t.tokenize.call(l, c), p;
  return t.resolveAll && u.push(t), l;
  function m(S) {
    return a = he(a, S), F(), a[a.length - 1] !== null ? [] : (E(t, 0), l.events = ut(u, l.events, l), l.events);
  }
  function d(S, z) {
    return Xd(k(S), z);
  }
  function k(S) {
    return Qd(a, S);
  }
  function g() {
    let { _bufferIndex: S, _index: z, line: N, column: M, offset: O } = n;
    return { _bufferIndex: S, _index: z, line: N, column: M, offset: O };
  }
  function x(S) {
    i[S.line] = S.column, q();
  }
  function F() {
    for (; n._index < a.length; ) {
      let S = a[n._index];
      if (typeof S == "string") {
        let z = n._index;
        for (n._bufferIndex < 0 && (n._bufferIndex = 0); n._index === z && n._bufferIndex < S.length; ) w(S.charCodeAt(n._bufferIndex));
      } else w(S);
    }
  }
  function w(S) {
    s = void 0, p = S, f = f(S);
  }
  function T(S) {
    B(S) ? (n.line++, n.column = 1, n.offset += S === -3 ? 2 : 1, q()) : S !== -1 && (n.column++, n.offset++), n._bufferIndex < 0 ? n._index++ : (n._bufferIndex++, n._bufferIndex === a[n._index].length && (n._bufferIndex = -1, n._index++)), l.previous = S, s = true;
  }
  function C(S, z) {
    let N = z || {};
    return N.type = S, N.start = g(), l.events.push(["enter", N, l]), o.push(N), N;
  }
  function D(S) {
    let z = o.pop();
    return z.end = g(), l.events.push(["exit", z, l]), z;
  }
  function v(S, z) {
    E(S, z.from);
  }
  function L(S, z) {
    z.restore();
  }
  function y(S, z) {
    return N;
    function N(M, O, W) {
      let ne, h, Y, ie;
      return Array.isArray(M) ? te(M) : "tokenize" in M ? te([M]) : b(M);
      function b(se) {
        return Jt;
        function Jt(Ue) {
          let vt = Ue !== null && se[Ue], ht = Ue !== null && se.null, Yn = [...Array.isArray(vt) ? vt : vt ? [vt] : [], ...Array.isArray(ht) ? ht : ht ? [ht] : []];
          return te(Yn)(Ue);
        }
      }
      function te(se) {
        return ne = se, h = 0, se.length === 0 ? W : pe(se[h]);
      }
      function pe(se) {
        return Jt;
        function Jt(Ue) {
          return ie = I(), Y = se, se.partial || (l.currentConstruct = se), se.name && l.parser.constructs.disable.null.includes(se.name) ? nt(Ue) : se.tokenize.call(z ? Object.assign(Object.create(l), z) : l, c, Z, nt)(Ue);
        }
      }
      function Z(se) {
        return s = true, S(Y, ie), O;
      }
      function nt(se) {
        return s = true, ie.restore(), ++h < ne.length ? pe(ne[h]) : W;
      }
    }
  }
  function E(S, z) {
    S.resolveAll && !u.includes(S) && u.push(S), S.resolve && oe(l.events, z, l.events.length - z, S.resolve(l.events.slice(z), l)), S.resolveTo && (l.events = S.resolveTo(l.events, l));
  }
  function I() {
    let S = g(), z = l.previous, N = l.currentConstruct, M = l.events.length, O = Array.from(o);
    return { from: M, restore: W };
    function W() {
      n = S, l.previous = z, l.currentConstruct = N, l.events.length = M, o = O, q();
    }
  }
  function q() {
    n.line in i && n.column < 2 && (n.column = i[n.line], n.offset += i[n.line] - 1);
  }
}
function Qd(e, t) {
  let r = t.start._index, n = t.start._bufferIndex, i = t.end._index, u = t.end._bufferIndex, a;
  if (r === i) a = [e[r].slice(n, u)];
  else {
    if (a = e.slice(r, i), n > -1) {
      let o = a[0];
      typeof o == "string" ? a[0] = o.slice(n) : a.shift();
    }
    u > 0 && a.push(e[i].slice(0, u));
  }
  return a;
}
function Xd(e, t) {
  let r = -1, n = [], i;
  for (; ++r < e.length; ) {
    let u = e[r], a;
    if (typeof u == "string") a = u;
    else switch (u) {
      case -5: {
        a = "\r";
        break;
      }
      case -4: {
        a = `
`;
        break;
      }
      case -3: {
        a = `\r
`;
        break;
      }
      case -2: {
        a = t ? " " : "	";
        break;
      }
      case -1: {
        if (!t && i) continue;
        a = " ";
        break;
      }
      default:
        a = String.fromCharCode(u);
    }
    i = u === -2, n.push(a);
  }
  return n.join("");
}
function di(e) {
  let n = { constructs: Ur([mi, ...(e || {}).extensions || []]), content: i(Pu), defined: [], document: i(Ru), flow: i(Uu), lazy: {}, string: i(Vu), text: i(Gu) };
  return n;
  function i(u) {
    return a;
    function a(o) {
      return Yu(n, u, o);
    }
  }
}
function Di(e) {
  for (; !$r(e); ) ;
  return e;
}
function gi() {
  let e = 1, t = "", r = true, n;
  return i;
  function i(u, a, o) {
    u = t + (typeof u == "string" ? u.toString() : new TextDecoder(a || void 0).decode(u));
    let s = [], c = 0;
    for (t = "", r && (u.charCodeAt(0) === 65279 && c++, r = void 0); c < u.length; ) {
      $u.lastIndex = c;
      let l = $u.exec(u), f = l && l.index !== void 0 ? l.index : u.length, p = u.charCodeAt(f);
      if (!l) {
        t = u.slice(c);
        break;
      }
      if (p === 10 && c === f && n) s.push(-3), n = void 0;
      else switch (n && (s.push(-5), n = void 0), c < f && (s.push(u.slice(c, f)), e += f - c), p) {
        case 0: {
          s.push(65533), e++;
          break;
        }
        case 9: {
          let m = Math.ceil(e / 4) * 4;
          for (s.push(-2); e++ < m; ) s.push(-1);
          break;
        }
        case 10: {
          s.push(-4), e = 1;
          break;
        }
        default:
          n = true, e = 1;
      }
      c = f + 1;
    }
    return o && (n && s.push(-5), t && s.push(t), s.push(null)), s;
  }
}
function Ku(e) {
  return e.replace(Jd, Zd);
}
function Zd(e, t, r) {
  if (t) return t;
  if (r.charCodeAt(0) === 35) {
    let i = r.charCodeAt(1), u = i === 120 || i === 88;
    return Hr(r.slice(u ? 2 : 1), u ? 16 : 10);
  }
  return St(r) || e;
}
function It(e) {
  return !e || typeof e != "object" ? "" : "position" in e || "type" in e ? Qu(e.position) : "start" in e || "end" in e ? Qu(e) : "line" in e || "column" in e ? xi(e) : "";
}
function xi(e) {
  return Xu(e && e.line) + ":" + Xu(e && e.column);
}
function Qu(e) {
  return xi(e && e.start) + "-" + xi(e && e.end);
}
function Xu(e) {
  return e && typeof e == "number" ? e : 1;
}
function ki(e, t, r) {
  return t && typeof t == "object" && (r = t, t = void 0), eD(r)(Di(di(r).document().write(gi()(e, t, true))));
}
function eD(e) {
  let t = { afterExit: [], beforeEnter: [], transforms: [], canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"], enter: { autolink: a(wu), autolinkProtocol: E, autolinkEmail: E, atxHeading: a(Fu), blockQuote: a(vt), characterEscape: E, characterReference: E, codeFenced: a(ht), codeFencedFenceInfo: o, codeFencedFenceMeta: o, codeIndented: a(ht, o), codeText: a(Yn, o), codeTextData: E, data: E, codeFlowValue: E, definition: a(mm), definitionDestinationString: o, definitionLabelString: o, definitionTitleString: o, emphasis: a(dm), hardBreakEscape: a(bu), hardBreakTrailing: a(bu), htmlFlow: a(Eu, o), htmlFlowData: E, htmlText: a(Eu, o), htmlTextData: E, image: a(Dm), label: o, link: a(wu), listItem: a(gm), listItemValue: m, listOrdered: a(Cu, p), listUnordered: a(Cu), paragraph: a(xm), reference: te, referenceString: o, resourceDestinationString: o, resourceTitleString: o, setextHeading: a(Fu), strong: a(km), thematicBreak: a(bm) }, exit: { atxHeading: c(), atxHeadingSequence: D, autolink: c(), autolinkEmail: Ue, autolinkProtocol: Jt, blockQuote: c(), characterEscapeValue: I, characterReferenceMarkerHexadecimal: Z, characterReferenceMarkerNumeric: Z, characterReferenceValue: nt, characterReference: se, codeFenced: c(x), codeFencedFence: g, codeFencedFenceInfo: d, codeFencedFenceMeta: k, codeFlowValue: I, codeIndented: c(F), codeText: c(M), codeTextData: I, data: I, definition: c(), definitionDestinationString: C, definitionLabelString: w, definitionTitleString: T, emphasis: c(), hardBreakEscape: c(S), hardBreakTrailing: c(S), htmlFlow: c(z), htmlFlowData: I, htmlText: c(N), htmlTextData: I, image: c(W), label: h, labelText: ne, lineEnding: q, link: c(O), listItem: c(), listOrdered: c(), listUnordered: c(), paragraph: c(), referenceString: pe, resourceDestinationString: Y, resourceTitleString: ie, resource: b, setextHeading: c(y), setextHeadingLineSequence: L, setextHeadingText: v, strong: c(), thematicBreak: c() } };
  eo(t, (e || {}).mdastExtensions || []);
  let r = {};
  return n;
  function n(A) {
    let P = { type: "root", children: [], position: void 0 }, V = { stack: [P], tokenStack: [], config: t, enter: s, exit: l, buffer: o, resume: f, data: r }, j = [], de = [], $ = -1;
    for (; ++$ < A.length; ) if (de.push(A[$]), A[$][1].type === "listOrdered" || A[$][1].type === "listUnordered") if (A[$][0] === "enter") j.push(de.length - 1);
    else {
      let De = j.pop();
      u(de, De);
    }
    for (A = de, $ = -1; ++$ < A.length; ) {
      let De = t[A[$][0]];
      A[$][0] === "enter" && t.beforeEnter.length > 0 && i(t.beforeEnter, { ...V, sliceSerialize: A[$][2].sliceSerialize }, A[$][1]), Zu.call(De, A[$][1].type) && De[A[$][1].type].call({ ...V, sliceSerialize: A[$][2].sliceSerialize }, A[$][1]), A[$][0] === "exit" && t.afterExit.length > 0 && i(t.afterExit, { ...V, sliceSerialize: A[$][2].sliceSerialize }, A[$][1]);
    }
    if (V.tokenStack.length > 0) {
      let De = V.tokenStack[V.tokenStack.length - 1];
      (De[1] || Ju).call(V, void 0, De[0]);
    }
    for (P.position = { start: ot(A.length > 0 ? A[0][1].start : { line: 1, column: 1, offset: 0 }), end: ot(A.length > 0 ? A[A.length - 2][1].end : { line: 1, column: 1, offset: 0 }) }, $ = -1; ++$ < t.transforms.length; ) P = t.transforms[$](P) || P;
    return P;
  }
  function i(A, P, V) {
    let j = -1;
    for (; ++j < A.length; ) A[j].call(P, V);
  }
  function u(A, P) {
    let V = A.length - 1, j = P - 1, de = -1, $ = false, De, qe, Zt, er, tr = [];
    for (; ++j <= V; ) {
      let Fe = A[j];
      switch (Fe[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          Fe[0] === "enter" ? de++ : de--, er = void 0;
          break;
        }
        case "lineEndingBlank": {
          Fe[0] === "enter" && (De && !er && !de && !Zt && (Zt = j), er = void 0);
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace":
          break;
        default:
          er = void 0;
      }
      if (!de && Fe[0] === "enter" && Fe[1].type === "listItemPrefix" || de === -1 && Fe[0] === "exit" && (Fe[1].type === "listUnordered" || Fe[1].type === "listOrdered")) {
        if (De) {
          let At = j;
          for (qe = void 0; At--; ) {
            let He = A[At];
            if (He[1].type === "lineEnding" || He[1].type === "lineEndingBlank") {
              if (He[0] === "exit") continue;
              qe && (A[qe][1].type = "lineEndingBlank", $ = true), He[1].type = "lineEnding", qe = At;
            } else if (!(He[1].type === "linePrefix" || He[1].type === "blockQuotePrefix" || He[1].type === "blockQuotePrefixWhitespace" || He[1].type === "blockQuoteMarker" || He[1].type === "listItemIndent")) break;
          }
          Zt && (!qe || Zt < qe) && (De._spread = true), De.end = Object.assign({}, qe ? A[qe][1].start : Fe[1].end), tr.push({ at: qe || j, event: ["exit", De, Fe[2]] });
        }
        if (Fe[1].type === "listItemPrefix") {
          let At = { type: "listItem", _spread: false, start: Object.assign({}, Fe[1].start), end: void 0 };
          De = At, tr.push({ at: j, event: ["enter", At, Fe[2]] }), Zt = void 0, er = true;
        }
      }
    }
    let yu = A.splice(P), $n = 0;
    for (j = -1; ++j < yu.length; ) {
      for (; $n < tr.length && tr[$n].at === P + j; ) A.push(tr[$n++].event);
      A.push(yu[j]);
    }
    A[P][1]._spread = $;
  }
  function a(A, P) {
    return V;
    function V(j) {
      s.call(this, A(j), j), P && P.call(this, j);
    }
  }
  function o() {
    this.stack.push({ type: "fragment", children: [] });
  }
  function s(A, P, V) {
    this.stack[this.stack.length - 1].children.push(A), this.stack.push(A), this.tokenStack.push([P, V || void 0]), A.position = { start: ot(P.start), end: void 0 };
  }
  function c(A) {
    return P;
    function P(V) {
      A && A.call(this, V), l.call(this, V);
    }
  }
  function l(A, P) {
    let V = this.stack.pop(), j = this.tokenStack.pop();
    if (!j) throw new Error("Cannot close `" + A.type + "` (" + It({ start: A.start, end: A.end }) + "): it\u2019s not open");
    j[0].type !== A.type && (P ? P.call(this, A, j[0]) : (j[1] || Ju).call(this, A, j[0])), V.position.end = ot(A.end);
  }
  function f() {
    return ei(this.stack.pop());
  }
  function p() {
    this.data.expectingFirstListItemValue = true;
  }
  function m(A) {
    if (this.data.expectingFirstListItemValue) {
      let P = this.stack[this.stack.length - 2];
      P.start = Number.parseInt(this.sliceSerialize(A), 10), this.data.expectingFirstListItemValue = void 0;
    }
  }
  function d() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.lang = A;
  }
  function k() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.meta = A;
  }
  function g() {
    this.data.flowCodeInside || (this.buffer(), this.data.flowCodeInside = true);
  }
  function x() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""), this.data.flowCodeInside = void 0;
  }
  function F() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A.replace(/(\r?\n|\r)$/g, "");
  }
  function w(A) {
    let P = this.resume(), V = this.stack[this.stack.length - 1];
    V.label = P, V.identifier = ce(this.sliceSerialize(A)).toLowerCase();
  }
  function T() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.title = A;
  }
  function C() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.url = A;
  }
  function D(A) {
    let P = this.stack[this.stack.length - 1];
    if (!P.depth) {
      let V = this.sliceSerialize(A).length;
      P.depth = V;
    }
  }
  function v() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function L(A) {
    let P = this.stack[this.stack.length - 1];
    P.depth = this.sliceSerialize(A).codePointAt(0) === 61 ? 1 : 2;
  }
  function y() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function E(A) {
    let V = this.stack[this.stack.length - 1].children, j = V[V.length - 1];
    (!j || j.type !== "text") && (j = Fm(), j.position = { start: ot(A.start), end: void 0 }, V.push(j)), this.stack.push(j);
  }
  function I(A) {
    let P = this.stack.pop();
    P.value += this.sliceSerialize(A), P.position.end = ot(A.end);
  }
  function q(A) {
    let P = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      let V = P.children[P.children.length - 1];
      V.position.end = ot(A.end), this.data.atHardBreak = void 0;
      return;
    }
    !this.data.setextHeadingSlurpLineEnding && t.canContainEols.includes(P.type) && (E.call(this, A), I.call(this, A));
  }
  function S() {
    this.data.atHardBreak = true;
  }
  function z() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A;
  }
  function N() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A;
  }
  function M() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A;
  }
  function O() {
    let A = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let P = this.data.referenceType || "shortcut";
      A.type += "Reference", A.referenceType = P, delete A.url, delete A.title;
    } else delete A.identifier, delete A.label;
    this.data.referenceType = void 0;
  }
  function W() {
    let A = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let P = this.data.referenceType || "shortcut";
      A.type += "Reference", A.referenceType = P, delete A.url, delete A.title;
    } else delete A.identifier, delete A.label;
    this.data.referenceType = void 0;
  }
  function ne(A) {
    let P = this.sliceSerialize(A), V = this.stack[this.stack.length - 2];
    V.label = Ku(P), V.identifier = ce(P).toLowerCase();
  }
  function h() {
    let A = this.stack[this.stack.length - 1], P = this.resume(), V = this.stack[this.stack.length - 1];
    if (this.data.inReference = true, V.type === "link") {
      let j = A.children;
      V.children = j;
    } else V.alt = P;
  }
  function Y() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.url = A;
  }
  function ie() {
    let A = this.resume(), P = this.stack[this.stack.length - 1];
    P.title = A;
  }
  function b() {
    this.data.inReference = void 0;
  }
  function te() {
    this.data.referenceType = "collapsed";
  }
  function pe(A) {
    let P = this.resume(), V = this.stack[this.stack.length - 1];
    V.label = P, V.identifier = ce(this.sliceSerialize(A)).toLowerCase(), this.data.referenceType = "full";
  }
  function Z(A) {
    this.data.characterReferenceType = A.type;
  }
  function nt(A) {
    let P = this.sliceSerialize(A), V = this.data.characterReferenceType, j;
    V ? (j = Hr(P, V === "characterReferenceMarkerNumeric" ? 10 : 16), this.data.characterReferenceType = void 0) : j = St(P);
    let de = this.stack[this.stack.length - 1];
    de.value += j;
  }
  function se(A) {
    let P = this.stack.pop();
    P.position.end = ot(A.end);
  }
  function Jt(A) {
    I.call(this, A);
    let P = this.stack[this.stack.length - 1];
    P.url = this.sliceSerialize(A);
  }
  function Ue(A) {
    I.call(this, A);
    let P = this.stack[this.stack.length - 1];
    P.url = "mailto:" + this.sliceSerialize(A);
  }
  function vt() {
    return { type: "blockquote", children: [], position: void 0 };
  }
  function ht() {
    return { type: "code", lang: null, meta: null, value: "", position: void 0 };
  }
  function Yn() {
    return { type: "inlineCode", value: "", position: void 0 };
  }
  function mm() {
    return { type: "definition", identifier: "", label: null, title: null, url: "", position: void 0 };
  }
  function dm() {
    return { type: "emphasis", children: [], position: void 0 };
  }
  function Fu() {
    return { type: "heading", depth: 0, children: [], position: void 0 };
  }
  function bu() {
    return { type: "break", position: void 0 };
  }
  function Eu() {
    return { type: "html", value: "", position: void 0 };
  }
  function Dm() {
    return { type: "image", title: null, url: "", alt: null, position: void 0 };
  }
  function wu() {
    return { type: "link", title: null, url: "", children: [], position: void 0 };
  }
  function Cu(A) {
    return { type: "list", ordered: A.type === "listOrdered", start: null, spread: A._spread, children: [], position: void 0 };
  }
  function gm(A) {
    return { type: "listItem", spread: A._spread, checked: null, children: [], position: void 0 };
  }
  function xm() {
    return { type: "paragraph", children: [], position: void 0 };
  }
  function km() {
    return { type: "strong", children: [], position: void 0 };
  }
  function Fm() {
    return { type: "text", value: "", position: void 0 };
  }
  function bm() {
    return { type: "thematicBreak", position: void 0 };
  }
}
function ot(e) {
  return { line: e.line, column: e.column, offset: e.offset };
}
function eo(e, t) {
  let r = -1;
  for (; ++r < t.length; ) {
    let n = t[r];
    Array.isArray(n) ? eo(e, n) : tD(e, n);
  }
}
function tD(e, t) {
  let r;
  for (r in t) if (Zu.call(t, r)) switch (r) {
    case "canContainEols": {
      let n = t[r];
      n && e[r].push(...n);
      break;
    }
    case "transforms": {
      let n = t[r];
      n && e[r].push(...n);
      break;
    }
    case "afterExit":
    case "beforeEnter": {
      let n = t[r];
      n && e[r].push(n);
      break;
    }
    case "enter":
    case "exit": {
      let n = t[r];
      n && Object.assign(e[r], n);
      break;
    }
  }
}
function Ju(e, t) {
  throw e ? new Error("Cannot close `" + e.type + "` (" + It({ start: e.start, end: e.end }) + "): a different token (`" + t.type + "`, " + It({ start: t.start, end: t.end }) + ") is open") : new Error("Cannot close document, a token (`" + t.type + "`, " + It({ start: t.start, end: t.end }) + ") is still open");
}
function Fi() {
  return { enter: { mathFlow: e, mathFlowFenceMeta: t, mathText: u }, exit: { mathFlow: i, mathFlowFence: n, mathFlowFenceMeta: r, mathFlowValue: o, mathText: a, mathTextData: o } };
  function e(s) {
    let c = { type: "element", tagName: "code", properties: { className: ["language-math", "math-display"] }, children: [] };
    this.enter({ type: "math", meta: null, value: "", data: { hName: "pre", hChildren: [c] } }, s);
  }
  function t() {
    this.buffer();
  }
  function r() {
    let s = this.resume(), c = this.stack[this.stack.length - 1];
    c.type, c.meta = s;
  }
  function n() {
    this.data.mathFlowInside || (this.buffer(), this.data.mathFlowInside = true);
  }
  function i(s) {
    let c = this.resume().replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""), l = this.stack[this.stack.length - 1];
    l.type, this.exit(s), l.value = c;
    let f = l.data.hChildren[0];
    f.type, f.tagName, f.children.push({ type: "text", value: c }), this.data.mathFlowInside = void 0;
  }
  function u(s) {
    this.enter({ type: "inlineMath", value: "", data: { hName: "code", hProperties: { className: ["language-math", "math-inline"] }, hChildren: [] } }, s), this.buffer();
  }
  function a(s) {
    let c = this.resume(), l = this.stack[this.stack.length - 1];
    l.type, this.exit(s), l.value = c, l.data.hChildren.push({ type: "text", value: c });
  }
  function o(s) {
    this.config.enter.data.call(this, s), this.config.exit.data.call(this, s);
  }
}
function Ei() {
  return { text: Pe };
}
function iD(e, t, r) {
  let n = this, i, u;
  return a;
  function a(f) {
    return !bi(f) || !so.call(n, n.previous) || wi(n.events) ? r(f) : (e.enter("literalAutolink"), e.enter("literalAutolinkEmail"), o(f));
  }
  function o(f) {
    return bi(f) ? (e.consume(f), o) : f === 64 ? (e.consume(f), s) : r(f);
  }
  function s(f) {
    return f === 46 ? e.check(nD, l, c)(f) : f === 45 || f === 95 || ee(f) ? (u = true, e.consume(f), s) : l(f);
  }
  function c(f) {
    return e.consume(f), i = true, s;
  }
  function l(f) {
    return u && i && X(n.previous) ? (e.exit("literalAutolinkEmail"), e.exit("literalAutolink"), t(f)) : r(f);
  }
}
function aD(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a !== 87 && a !== 119 || !uo.call(n, n.previous) || wi(n.events) ? r(a) : (e.enter("literalAutolink"), e.enter("literalAutolinkWww"), e.check(rD, e.attempt(to, e.attempt(ro, u), r), r)(a));
  }
  function u(a) {
    return e.exit("literalAutolinkWww"), e.exit("literalAutolink"), t(a);
  }
}
function uD(e, t, r) {
  let n = this, i = "", u = false;
  return a;
  function a(f) {
    return (f === 72 || f === 104) && oo.call(n, n.previous) && !wi(n.events) ? (e.enter("literalAutolink"), e.enter("literalAutolinkHttp"), i += String.fromCodePoint(f), e.consume(f), o) : r(f);
  }
  function o(f) {
    if (X(f) && i.length < 5) return i += String.fromCodePoint(f), e.consume(f), o;
    if (f === 58) {
      let p = i.toLowerCase();
      if (p === "http" || p === "https") return e.consume(f), s;
    }
    return r(f);
  }
  function s(f) {
    return f === 47 ? (e.consume(f), u ? c : (u = true, s)) : r(f);
  }
  function c(f) {
    return f === null || Dt(f) || G(f) || Be(f) || gt(f) ? r(f) : e.attempt(to, e.attempt(ro, l), r)(f);
  }
  function l(f) {
    return e.exit("literalAutolinkHttp"), e.exit("literalAutolink"), t(f);
  }
}
function oD(e, t, r) {
  let n = 0;
  return i;
  function i(a) {
    return (a === 87 || a === 119) && n < 3 ? (n++, e.consume(a), i) : a === 46 && n === 3 ? (e.consume(a), u) : r(a);
  }
  function u(a) {
    return a === null ? r(a) : t(a);
  }
}
function sD(e, t, r) {
  let n, i, u;
  return a;
  function a(c) {
    return c === 46 || c === 95 ? e.check(no, s, o)(c) : c === null || G(c) || Be(c) || c !== 45 && gt(c) ? s(c) : (u = true, e.consume(c), a);
  }
  function o(c) {
    return c === 95 ? n = true : (i = n, n = void 0), e.consume(c), a;
  }
  function s(c) {
    return i || n || !u ? r(c) : t(c);
  }
}
function lD(e, t) {
  let r = 0, n = 0;
  return i;
  function i(a) {
    return a === 40 ? (r++, e.consume(a), i) : a === 41 && n < r ? u(a) : a === 33 || a === 34 || a === 38 || a === 39 || a === 41 || a === 42 || a === 44 || a === 46 || a === 58 || a === 59 || a === 60 || a === 63 || a === 93 || a === 95 || a === 126 ? e.check(no, t, u)(a) : a === null || G(a) || Be(a) ? t(a) : (e.consume(a), i);
  }
  function u(a) {
    return a === 41 && n++, e.consume(a), i;
  }
}
function cD(e, t, r) {
  return n;
  function n(o) {
    return o === 33 || o === 34 || o === 39 || o === 41 || o === 42 || o === 44 || o === 46 || o === 58 || o === 59 || o === 63 || o === 95 || o === 126 ? (e.consume(o), n) : o === 38 ? (e.consume(o), u) : o === 93 ? (e.consume(o), i) : o === 60 || o === null || G(o) || Be(o) ? t(o) : r(o);
  }
  function i(o) {
    return o === null || o === 40 || o === 91 || G(o) || Be(o) ? t(o) : n(o);
  }
  function u(o) {
    return X(o) ? a(o) : r(o);
  }
  function a(o) {
    return o === 59 ? (e.consume(o), n) : X(o) ? (e.consume(o), a) : r(o);
  }
}
function fD(e, t, r) {
  return n;
  function n(u) {
    return e.consume(u), i;
  }
  function i(u) {
    return ee(u) ? r(u) : t(u);
  }
}
function uo(e) {
  return e === null || e === 40 || e === 42 || e === 95 || e === 91 || e === 93 || e === 126 || G(e);
}
function oo(e) {
  return !X(e);
}
function so(e) {
  return !(e === 47 || bi(e));
}
function bi(e) {
  return e === 43 || e === 45 || e === 46 || e === 95 || ee(e);
}
function wi(e) {
  let t = e.length, r = false;
  for (; t--; ) {
    let n = e[t][1];
    if ((n.type === "labelLink" || n.type === "labelImage") && !n._balanced) {
      r = true;
      break;
    }
    if (n._gfmAutolinkLiteralWalkedInto) {
      r = false;
      break;
    }
  }
  return e.length > 0 && !r && (e[e.length - 1][1]._gfmAutolinkLiteralWalkedInto = true), r;
}
function Ci() {
  return { document: { 91: { name: "gfmFootnoteDefinition", tokenize: DD, continuation: { tokenize: gD }, exit: xD } }, text: { 91: { name: "gfmFootnoteCall", tokenize: dD }, 93: { name: "gfmPotentialFootnoteCall", add: "after", tokenize: hD, resolveTo: mD } } };
}
function hD(e, t, r) {
  let n = this, i = n.events.length, u = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), a;
  for (; i--; ) {
    let s = n.events[i][1];
    if (s.type === "labelImage") {
      a = s;
      break;
    }
    if (s.type === "gfmFootnoteCall" || s.type === "labelLink" || s.type === "label" || s.type === "image" || s.type === "link") break;
  }
  return o;
  function o(s) {
    if (!a || !a._balanced) return r(s);
    let c = ce(n.sliceSerialize({ start: a.end, end: n.now() }));
    return c.codePointAt(0) !== 94 || !u.includes(c.slice(1)) ? r(s) : (e.enter("gfmFootnoteCallLabelMarker"), e.consume(s), e.exit("gfmFootnoteCallLabelMarker"), t(s));
  }
}
function mD(e, t) {
  let r = e.length, n;
  for (; r--; ) if (e[r][1].type === "labelImage" && e[r][0] === "enter") {
    n = e[r][1];
    break;
  }
  e[r + 1][1].type = "data", e[r + 3][1].type = "gfmFootnoteCallLabelMarker";
  let i = { type: "gfmFootnoteCall", start: Object.assign({}, e[r + 3][1].start), end: Object.assign({}, e[e.length - 1][1].end) }, u = { type: "gfmFootnoteCallMarker", start: Object.assign({}, e[r + 3][1].end), end: Object.assign({}, e[r + 3][1].end) };
  u.end.column++, u.end.offset++, u.end._bufferIndex++;
  let a = { type: "gfmFootnoteCallString", start: Object.assign({}, u.end), end: Object.assign({}, e[e.length - 1][1].start) }, o = { type: "chunkString", contentType: "string", start: Object.assign({}, a.start), end: Object.assign({}, a.end) }, s = [e[r + 1], e[r + 2], ["enter", i, t], e[r + 3], e[r + 4], ["enter", u, t], ["exit", u, t], ["enter", a, t], ["enter", o, t], ["exit", o, t], ["exit", a, t], e[e.length - 2], e[e.length - 1], ["exit", i, t]];
  return e.splice(r, e.length - r + 1, ...s), e;
}
function dD(e, t, r) {
  let n = this, i = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), u = 0, a;
  return o;
  function o(f) {
    return e.enter("gfmFootnoteCall"), e.enter("gfmFootnoteCallLabelMarker"), e.consume(f), e.exit("gfmFootnoteCallLabelMarker"), s;
  }
  function s(f) {
    return f !== 94 ? r(f) : (e.enter("gfmFootnoteCallMarker"), e.consume(f), e.exit("gfmFootnoteCallMarker"), e.enter("gfmFootnoteCallString"), e.enter("chunkString").contentType = "string", c);
  }
  function c(f) {
    if (u > 999 || f === 93 && !a || f === null || f === 91 || G(f)) return r(f);
    if (f === 93) {
      e.exit("chunkString");
      let p = e.exit("gfmFootnoteCallString");
      return i.includes(ce(n.sliceSerialize(p))) ? (e.enter("gfmFootnoteCallLabelMarker"), e.consume(f), e.exit("gfmFootnoteCallLabelMarker"), e.exit("gfmFootnoteCall"), t) : r(f);
    }
    return G(f) || (a = true), u++, e.consume(f), f === 92 ? l : c;
  }
  function l(f) {
    return f === 91 || f === 92 || f === 93 ? (e.consume(f), u++, c) : c(f);
  }
}
function DD(e, t, r) {
  let n = this, i = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), u, a = 0, o;
  return s;
  function s(d) {
    return e.enter("gfmFootnoteDefinition")._container = true, e.enter("gfmFootnoteDefinitionLabel"), e.enter("gfmFootnoteDefinitionLabelMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionLabelMarker"), c;
  }
  function c(d) {
    return d === 94 ? (e.enter("gfmFootnoteDefinitionMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionMarker"), e.enter("gfmFootnoteDefinitionLabelString"), e.enter("chunkString").contentType = "string", l) : r(d);
  }
  function l(d) {
    if (a > 999 || d === 93 && !o || d === null || d === 91 || G(d)) return r(d);
    if (d === 93) {
      e.exit("chunkString");
      let k = e.exit("gfmFootnoteDefinitionLabelString");
      return u = ce(n.sliceSerialize(k)), e.enter("gfmFootnoteDefinitionLabelMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionLabelMarker"), e.exit("gfmFootnoteDefinitionLabel"), p;
    }
    return G(d) || (o = true), a++, e.consume(d), d === 92 ? f : l;
  }
  function f(d) {
    return d === 91 || d === 92 || d === 93 ? (e.consume(d), a++, l) : l(d);
  }
  function p(d) {
    return d === 58 ? (e.enter("definitionMarker"), e.consume(d), e.exit("definitionMarker"), i.includes(u) || i.push(u), H(e, m, "gfmFootnoteDefinitionWhitespace")) : r(d);
  }
  function m(d) {
    return t(d);
  }
}
function gD(e, t, r) {
  return e.check(_e, t, e.attempt(pD, t, r));
}
function xD(e) {
  e.exit("gfmFootnoteDefinition");
}
function kD(e, t, r) {
  let n = this;
  return H(e, i, "gfmFootnoteDefinitionIndent", 5);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return a && a[1].type === "gfmFootnoteDefinitionIndent" && a[2].sliceSerialize(a[1], true).length === 4 ? t(u) : r(u);
  }
}
function yi(e) {
  let r = (e || {}).singleTilde, n = { name: "strikethrough", tokenize: u, resolveAll: i };
  return r == null && (r = true), { text: { 126: n }, insideSpan: { null: [n] }, attentionMarkers: { null: [126] } };
  function i(a, o) {
    let s = -1;
    for (; ++s < a.length; ) if (a[s][0] === "enter" && a[s][1].type === "strikethroughSequenceTemporary" && a[s][1]._close) {
      let c = s;
      for (; c--; ) if (a[c][0] === "exit" && a[c][1].type === "strikethroughSequenceTemporary" && a[c][1]._open && a[s][1].end.offset - a[s][1].start.offset === a[c][1].end.offset - a[c][1].start.offset) {
        a[s][1].type = "strikethroughSequence", a[c][1].type = "strikethroughSequence";
        let l = { type: "strikethrough", start: Object.assign({}, a[c][1].start), end: Object.assign({}, a[s][1].end) }, f = { type: "strikethroughText", start: Object.assign({}, a[c][1].end), end: Object.assign({}, a[s][1].start) }, p = [["enter", l, o], ["enter", a[c][1], o], ["exit", a[c][1], o], ["enter", f, o]], m = o.parser.constructs.insideSpan.null;
        m && oe(p, p.length, 0, ut(m, a.slice(c + 1, s), o)), oe(p, p.length, 0, [["exit", f, o], ["enter", a[s][1], o], ["exit", a[s][1], o], ["exit", l, o]]), oe(a, c - 1, s - c + 3, p), s = c + p.length - 2;
        break;
      }
    }
    for (s = -1; ++s < a.length; ) a[s][1].type === "strikethroughSequenceTemporary" && (a[s][1].type = "data");
    return a;
  }
  function u(a, o, s) {
    let c = this.previous, l = this.events, f = 0;
    return p;
    function p(d) {
      return c === 126 && l[l.length - 1][1].type !== "characterEscape" ? s(d) : (a.enter("strikethroughSequenceTemporary"), m(d));
    }
    function m(d) {
      let k = Lt(c);
      if (d === 126) return f > 1 ? s(d) : (a.consume(d), f++, m);
      if (f < 2 && !r) return s(d);
      let g = a.exit("strikethroughSequenceTemporary"), x = Lt(d);
      return g._open = !x || x === 2 && !!k, g._close = !k || k === 2 && !!x, o(d);
    }
  }
}
function FD(e, t, r, n) {
  if (r === 0 && n.length === 0) return;
  let i = e.index.get(t);
  if (i) {
    i[1] += r, i[2].push(...n);
    return;
  }
  let u = [t, r, n];
  e.map.push(u), e.index.set(t, u);
}
function lo(e, t) {
  let r = false, n = [];
  for (; t < e.length; ) {
    let i = e[t];
    if (r) {
      if (i[0] === "enter") i[1].type === "tableContent" && n.push(e[t + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
      else if (i[1].type === "tableContent") {
        if (e[t - 1][1].type === "tableDelimiterMarker") {
          let u = n.length - 1;
          n[u] = n[u] === "left" ? "center" : "right";
        }
      } else if (i[1].type === "tableDelimiterRow") break;
    } else i[0] === "enter" && i[1].type === "tableDelimiterRow" && (r = true);
    t += 1;
  }
  return n;
}
function vi() {
  return { flow: { null: { name: "table", tokenize: bD, resolveAll: ED } } };
}
function bD(e, t, r) {
  let n = this, i = 0, u = 0, a;
  return o;
  function o(E) {
    let I = n.events.length - 1;
    for (; I > -1; ) {
      let { type: z } = n.events[I][1];
      if (z === "lineEnding" || z === "linePrefix") I--;
      else break;
    }
    let q = I > -1 ? n.events[I][1].type : null, S = q === "tableHead" || q === "tableRow" ? D : s;
    return S === D && n.parser.lazy[n.now().line] ? r(E) : S(E);
  }
  function s(E) {
    return e.enter("tableHead"), e.enter("tableRow"), c(E);
  }
  function c(E) {
    return E === 124 || (a = true, u += 1), l(E);
  }
  function l(E) {
    return E === null ? r(E) : B(E) ? u > 1 ? (u = 0, n.interrupt = true, e.exit("tableRow"), e.enter("lineEnding"), e.consume(E), e.exit("lineEnding"), m) : r(E) : U(E) ? H(e, l, "whitespace")(E) : (u += 1, a && (a = false, i += 1), E === 124 ? (e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), a = true, l) : (e.enter("data"), f(E)));
  }
  function f(E) {
    return E === null || E === 124 || G(E) ? (e.exit("data"), l(E)) : (e.consume(E), E === 92 ? p : f);
  }
  function p(E) {
    return E === 92 || E === 124 ? (e.consume(E), f) : f(E);
  }
  function m(E) {
    return n.interrupt = false, n.parser.lazy[n.now().line] ? r(E) : (e.enter("tableDelimiterRow"), a = false, U(E) ? H(e, d, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(E) : d(E));
  }
  function d(E) {
    return E === 45 || E === 58 ? g(E) : E === 124 ? (a = true, e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), k) : C(E);
  }
  function k(E) {
    return U(E) ? H(e, g, "whitespace")(E) : g(E);
  }
  function g(E) {
    return E === 58 ? (u += 1, a = true, e.enter("tableDelimiterMarker"), e.consume(E), e.exit("tableDelimiterMarker"), x) : E === 45 ? (u += 1, x(E)) : E === null || B(E) ? T(E) : C(E);
  }
  function x(E) {
    return E === 45 ? (e.enter("tableDelimiterFiller"), F(E)) : C(E);
  }
  function F(E) {
    return E === 45 ? (e.consume(E), F) : E === 58 ? (a = true, e.exit("tableDelimiterFiller"), e.enter("tableDelimiterMarker"), e.consume(E), e.exit("tableDelimiterMarker"), w) : (e.exit("tableDelimiterFiller"), w(E));
  }
  function w(E) {
    return U(E) ? H(e, T, "whitespace")(E) : T(E);
  }
  function T(E) {
    return E === 124 ? d(E) : E === null || B(E) ? !a || i !== u ? C(E) : (e.exit("tableDelimiterRow"), e.exit("tableHead"), t(E)) : C(E);
  }
  function C(E) {
    return r(E);
  }
  function D(E) {
    return e.enter("tableRow"), v(E);
  }
  function v(E) {
    return E === 124 ? (e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), v) : E === null || B(E) ? (e.exit("tableRow"), t(E)) : U(E) ? H(e, v, "whitespace")(E) : (e.enter("data"), L(E));
  }
  function L(E) {
    return E === null || E === 124 || G(E) ? (e.exit("data"), v(E)) : (e.consume(E), E === 92 ? y : L);
  }
  function y(E) {
    return E === 92 || E === 124 ? (e.consume(E), L) : L(E);
  }
}
function ED(e, t) {
  let r = -1, n = true, i = 0, u = [0, 0, 0, 0], a = [0, 0, 0, 0], o = false, s = 0, c, l, f, p = new Zr();
  for (; ++r < e.length; ) {
    let m = e[r], d = m[1];
    m[0] === "enter" ? d.type === "tableHead" ? (o = false, s !== 0 && (co(p, t, s, c, l), l = void 0, s = 0), c = { type: "table", start: Object.assign({}, d.start), end: Object.assign({}, d.end) }, p.add(r, 0, [["enter", c, t]])) : d.type === "tableRow" || d.type === "tableDelimiterRow" ? (n = true, f = void 0, u = [0, 0, 0, 0], a = [0, r + 1, 0, 0], o && (o = false, l = { type: "tableBody", start: Object.assign({}, d.start), end: Object.assign({}, d.end) }, p.add(r, 0, [["enter", l, t]])), i = d.type === "tableDelimiterRow" ? 2 : l ? 3 : 1) : i && (d.type === "data" || d.type === "tableDelimiterMarker" || d.type === "tableDelimiterFiller") ? (n = false, a[2] === 0 && (u[1] !== 0 && (a[0] = a[1], f = en(p, t, u, i, void 0, f), u = [0, 0, 0, 0]), a[2] = r)) : d.type === "tableCellDivider" && (n ? n = false : (u[1] !== 0 && (a[0] = a[1], f = en(p, t, u, i, void 0, f)), u = a, a = [u[1], r, 0, 0])) : d.type === "tableHead" ? (o = true, s = r) : d.type === "tableRow" || d.type === "tableDelimiterRow" ? (s = r, u[1] !== 0 ? (a[0] = a[1], f = en(p, t, u, i, r, f)) : a[1] !== 0 && (f = en(p, t, a, i, r, f)), i = 0) : i && (d.type === "data" || d.type === "tableDelimiterMarker" || d.type === "tableDelimiterFiller") && (a[3] = r);
  }
  for (s !== 0 && co(p, t, s, c, l), p.consume(t.events), r = -1; ++r < t.events.length; ) {
    let m = t.events[r];
    m[0] === "enter" && m[1].type === "table" && (m[1]._align = lo(t.events, r));
  }
  return e;
}
function en(e, t, r, n, i, u) {
  let a = n === 1 ? "tableHeader" : n === 2 ? "tableDelimiter" : "tableData", o = "tableContent";
  r[0] !== 0 && (u.end = Object.assign({}, qt(t.events, r[0])), e.add(r[0], 0, [["exit", u, t]]));
  let s = qt(t.events, r[1]);
  if (u = { type: a, start: Object.assign({}, s), end: Object.assign({}, s) }, e.add(r[1], 0, [["enter", u, t]]), r[2] !== 0) {
    let c = qt(t.events, r[2]), l = qt(t.events, r[3]), f = { type: o, start: Object.assign({}, c), end: Object.assign({}, l) };
    if (e.add(r[2], 0, [["enter", f, t]]), n !== 2) {
      let p = t.events[r[2]], m = t.events[r[3]];
      if (p[1].end = Object.assign({}, m[1].end), p[1].type = "chunkText", p[1].contentType = "text", r[3] > r[2] + 1) {
        let d = r[2] + 1, k = r[3] - r[2] - 1;
        e.add(d, k, []);
      }
    }
    e.add(r[3] + 1, 0, [["exit", f, t]]);
  }
  return i !== void 0 && (u.end = Object.assign({}, qt(t.events, i)), e.add(i, 0, [["exit", u, t]]), u = void 0), u;
}
function co(e, t, r, n, i) {
  let u = [], a = qt(t.events, r);
  i && (i.end = Object.assign({}, a), u.push(["exit", i, t])), n.end = Object.assign({}, a), u.push(["exit", n, t]), e.add(r + 1, 0, u);
}
function qt(e, t) {
  let r = e[t], n = r[0] === "enter" ? "start" : "end";
  return r[1][n];
}
function Ai() {
  return { text: { 91: wD } };
}
function CD(e, t, r) {
  let n = this;
  return i;
  function i(s) {
    return n.previous !== null || !n._gfmTasklistFirstContentOfListItem ? r(s) : (e.enter("taskListCheck"), e.enter("taskListCheckMarker"), e.consume(s), e.exit("taskListCheckMarker"), u);
  }
  function u(s) {
    return G(s) ? (e.enter("taskListCheckValueUnchecked"), e.consume(s), e.exit("taskListCheckValueUnchecked"), a) : s === 88 || s === 120 ? (e.enter("taskListCheckValueChecked"), e.consume(s), e.exit("taskListCheckValueChecked"), a) : r(s);
  }
  function a(s) {
    return s === 93 ? (e.enter("taskListCheckMarker"), e.consume(s), e.exit("taskListCheckMarker"), e.exit("taskListCheck"), o) : r(s);
  }
  function o(s) {
    return B(s) ? t(s) : U(s) ? e.check({ tokenize: yD }, t, r)(s) : r(s);
  }
}
function yD(e, t, r) {
  return H(e, n, "whitespace");
  function n(i) {
    return i === null ? r(i) : t(i);
  }
}
function fo(e) {
  return Ur([Ei(), Ci(), yi(e), vi(), Ai()]);
}
function vD(e, t, r) {
  let n = this, i = n.events[n.events.length - 1], u = i && i[1].type === "linePrefix" ? i[2].sliceSerialize(i[1], true).length : 0, a = 0;
  return o;
  function o(F) {
    return e.enter("mathFlow"), e.enter("mathFlowFence"), e.enter("mathFlowFenceSequence"), s(F);
  }
  function s(F) {
    return F === 36 ? (e.consume(F), a++, s) : a < 2 ? r(F) : (e.exit("mathFlowFenceSequence"), H(e, c, "whitespace")(F));
  }
  function c(F) {
    return F === null || B(F) ? f(F) : (e.enter("mathFlowFenceMeta"), e.enter("chunkString", { contentType: "string" }), l(F));
  }
  function l(F) {
    return F === null || B(F) ? (e.exit("chunkString"), e.exit("mathFlowFenceMeta"), f(F)) : F === 36 ? r(F) : (e.consume(F), l);
  }
  function f(F) {
    return e.exit("mathFlowFence"), n.interrupt ? t(F) : e.attempt(po, p, g)(F);
  }
  function p(F) {
    return e.attempt({ tokenize: x, partial: true }, g, m)(F);
  }
  function m(F) {
    return (u ? H(e, d, "linePrefix", u + 1) : d)(F);
  }
  function d(F) {
    return F === null ? g(F) : B(F) ? e.attempt(po, p, g)(F) : (e.enter("mathFlowValue"), k(F));
  }
  function k(F) {
    return F === null || B(F) ? (e.exit("mathFlowValue"), d(F)) : (e.consume(F), k);
  }
  function g(F) {
    return e.exit("mathFlow"), t(F);
  }
  function x(F, w, T) {
    let C = 0;
    return H(F, D, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function D(y) {
      return F.enter("mathFlowFence"), F.enter("mathFlowFenceSequence"), v(y);
    }
    function v(y) {
      return y === 36 ? (C++, F.consume(y), v) : C < a ? T(y) : (F.exit("mathFlowFenceSequence"), H(F, L, "whitespace")(y));
    }
    function L(y) {
      return y === null || B(y) ? (F.exit("mathFlowFence"), w(y)) : T(y);
    }
  }
}
function AD(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a === null ? t(a) : (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), u);
  }
  function u(a) {
    return n.parser.lazy[n.now().line] ? r(a) : t(a);
  }
}
function mo(e) {
  let r = (e || {}).singleDollarTextMath;
  return r == null && (r = true), { tokenize: n, resolve: TD, previous: SD, name: "mathText" };
  function n(i, u, a) {
    let o = this, s = 0, c, l;
    return f;
    function f(g) {
      return i.enter("mathText"), i.enter("mathTextSequence"), p(g);
    }
    function p(g) {
      return g === 36 ? (i.consume(g), s++, p) : s < 2 && !r ? a(g) : (i.exit("mathTextSequence"), m(g));
    }
    function m(g) {
      return g === null ? a(g) : g === 36 ? (l = i.enter("mathTextSequence"), c = 0, k(g)) : g === 32 ? (i.enter("space"), i.consume(g), i.exit("space"), m) : B(g) ? (i.enter("lineEnding"), i.consume(g), i.exit("lineEnding"), m) : (i.enter("mathTextData"), d(g));
    }
    function d(g) {
      return g === null || g === 32 || g === 36 || B(g) ? (i.exit("mathTextData"), m(g)) : (i.consume(g), d);
    }
    function k(g) {
      return g === 36 ? (i.consume(g), c++, k) : c === s ? (i.exit("mathTextSequence"), i.exit("mathText"), u(g)) : (l.type = "mathTextData", d(g));
    }
  }
}
function TD(e) {
  let t = e.length - 4, r = 3, n, i;
  if ((e[r][1].type === "lineEnding" || e[r][1].type === "space") && (e[t][1].type === "lineEnding" || e[t][1].type === "space")) {
    for (n = r; ++n < t; ) if (e[n][1].type === "mathTextData") {
      e[t][1].type = "mathTextPadding", e[r][1].type = "mathTextPadding", r += 2, t -= 2;
      break;
    }
  }
  for (n = r - 1, t++; ++n <= t; ) i === void 0 ? n !== t && e[n][1].type !== "lineEnding" && (i = n) : (n === t || e[n][1].type === "lineEnding") && (e[i][1].type = "mathTextData", n !== i + 2 && (e[i][1].end = e[n - 1][1].end, e.splice(i + 2, n - i - 2), t -= n - i - 2, n = i + 2), i = void 0);
  return e;
}
function SD(e) {
  return e !== 36 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function Ti(e) {
  return { flow: { 36: ho }, text: { 36: mo(e) } };
}
function LD(e) {
  return this[e < 0 ? this.length + e : e];
}
function PD(e) {
  return Q(0, e, /[^\n]/g, " ");
}
function ND(e) {
  let t = e.slice(0, lr);
  if (t !== "---" && t !== "+++") return;
  let r = e.indexOf(`
`, lr);
  if (r === -1) return;
  let n = e.slice(lr, r).trim(), i = e.indexOf(`
${t}`, r), u = n;
  if (u || (u = t === "+++" ? "toml" : "yaml"), i === -1 && t === "---" && u === "yaml" && (i = e.indexOf(`
...`, r)), i === -1) return;
  let a = i + 1 + lr, o = e.charAt(a + 1);
  if (!/\s?/.test(o)) return;
  let s = e.slice(0, a), c;
  return { language: u, explicitLanguage: n || null, value: e.slice(r + 1, i), startDelimiter: t, endDelimiter: s.slice(-lr), raw: s, start: { line: 1, column: 0, index: 0 }, end: { index: s.length, get line() {
    return c ?? (c = s.split(`
`)), c.length;
  }, get column() {
    return c ?? (c = s.split(`
`)), K(0, c, -1).length;
  } }, [tn]: true };
}
function OD(e) {
  let t = ND(e);
  return t ? { frontMatter: t, get content() {
    let { raw: r } = t;
    return Do(r) + e.slice(r.length);
  } } : { content: e };
}
function Si(e, t) {
  let r = String(e);
  if (typeof t != "string") throw new TypeError("Expected character");
  let n = 0, i = r.indexOf(t);
  for (; i !== -1; ) n++, i = r.indexOf(t, i + t.length);
  return n;
}
function We(e) {
  if (typeof e != "string") throw new TypeError("Expected a string");
  return e.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
function RD(e) {
  let t = [], r = -1;
  for (; ++r < e.length; ) t[r] = _t(e[r]);
  return rn(n);
  function n(...i) {
    let u = -1;
    for (; ++u < t.length; ) if (t[u].apply(this, i)) return true;
    return false;
  }
}
function MD(e) {
  let t = e;
  return rn(r);
  function r(n) {
    let i = n, u;
    for (u in e) if (i[u] !== t[u]) return false;
    return true;
  }
}
function zD(e) {
  return rn(t);
  function t(r) {
    return r && r.type === e;
  }
}
function rn(e) {
  return t;
  function t(r, n, i) {
    return !!(HD(r) && e.call(this, r, typeof n == "number" ? n : void 0, i || void 0));
  }
}
function UD() {
  return true;
}
function HD(e) {
  return e !== null && typeof e == "object" && "type" in e;
}
function Li(e, t, r, n) {
  if (!e || typeof e != "object") throw new Error("Unexpected value `" + e + "` for `tree`, expected node");
  let i = true, u, a, o, s;
  if (typeof r == "function" || r && typeof r == "object" ? (u = t, a = r, n && (i = false)) : (a = t, r && (i = false)), typeof a == "function") o = a;
  else if (a && typeof a == "object") {
    if (!(a.enter === null || a.enter === void 0)) if (typeof a.enter == "function") o = a.enter;
    else throw new Error("Unexpected value `" + a.enter + "` for `visitors.enter`, expected optional visitor");
    if (typeof a.exit == "function") s = a.exit;
    else throw new Error("Unexpected value `" + a.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)");
  } else throw new Error("Unexpected value `" + a + "` for `enter` or `visitors`, expected visitor or object with visitors");
  let c = _t(u), l = i ? 1 : -1;
  f(e, void 0, [])();
  function f(p, m, d) {
    let k = p && typeof p == "object" ? p : {};
    if (typeof k.type == "string") {
      let x = typeof k.tagName == "string" ? k.tagName : typeof k.name == "string" ? k.name : void 0;
      Object.defineProperty(g, "name", { value: "node (" + (p.type + (x ? "<" + x + ">" : "")) + ")" });
    }
    return g;
    function g() {
      let x = !u || c(p, m, d[d.length - 1] || void 0), F = xo;
      if (o && x && (F = go(o(p, d, m)), F[0] === nn)) return F;
      if ("children" in p && p.children) {
        let w = p;
        if (w.children && F[0] !== cr) {
          let T = (i ? -1 : w.children.length) + l, C = [...d, w];
          for (; T > -1 && T < w.children.length; ) {
            let D = w.children[T], v = f(D, T, C)();
            if (v[0] === nn) return v;
            T = typeof v[1] == "number" ? v[1] : T + l;
          }
        }
      }
      if (s && x) {
        let w = go(s(p, d, m));
        if (w[0] === cr) throw new Error("Unexpected value `" + w[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing");
        if (w[0] === nn || typeof w[1] == "number") return w;
      }
      return F;
    }
  }
}
function go(e) {
  return Array.isArray(e) ? e : typeof e == "number" ? [ko, e] : e == null ? xo : [e];
}
function Ii(e, t, r) {
  let i = _t((r || {}).ignore || []), u = VD(t), a = -1;
  for (; ++a < u.length; ) Li(e, o);
  function o(c, l, f) {
    if (c.type === "text" && typeof f == "number") return s(c, l, f);
    if (i(c, f, l[l.length - 1])) return cr;
  }
  function s(c, l, f) {
    let p = l[l.length - 1], m = u[a][0], d = u[a][1], k = 0, g = false, x = [];
    m.lastIndex = 0;
    let F = m.exec(c.value);
    for (; F; ) {
      let T = F.index, C = { index: F.index, input: F.input, stack: [...l, c] }, D = d(...F, C);
      if (typeof D == "string" && (D = D.length > 0 ? { type: "text", value: D } : void 0), D === false) m.lastIndex = T + 1;
      else {
        if (k !== T && w({ type: "text", value: c.value.slice(k, T) }), Array.isArray(D)) for (let v of D) w(v);
        else D && w(D);
        k = T + F[0].length, g = true;
      }
      if (!m.global) break;
      F = m.exec(c.value);
    }
    return g ? (k < c.value.length && w({ type: "text", value: c.value.slice(k) }), p.children.splice(f, 1, ...x)) : x = [c], f + x.length;
    function w(T) {
      let C = x[x.length - 1];
      C && C.type === "text" && T.type === "text" ? C.value += T.value : x.push(T);
    }
  }
}
function VD(e) {
  if (!Array.isArray(e)) throw new TypeError("Expected find and replace tuple or list of tuples");
  let t = [], r = !e[0] || Array.isArray(e[0]) ? e : [e], n = -1;
  for (; ++n < r.length; ) {
    let i = r[n];
    t.push([GD(i[0]), jD(i[1])]);
  }
  return t;
}
function GD(e) {
  return typeof e == "string" ? new RegExp(We(e), "g") : e;
}
function jD(e) {
  return typeof e == "function" ? e : function() {
    return e;
  };
}
function Bi() {
  return { transforms: [XD], enter: { literalAutolink: WD, literalAutolinkEmail: qi, literalAutolinkHttp: qi, literalAutolinkWww: qi }, exit: { literalAutolink: QD, literalAutolinkEmail: KD, literalAutolinkHttp: YD, literalAutolinkWww: $D } };
}
function WD(e) {
  this.enter({ type: "link", title: null, url: "", children: [] }, e);
}
function qi(e) {
  this.config.enter.autolinkProtocol.call(this, e);
}
function YD(e) {
  this.config.exit.autolinkProtocol.call(this, e);
}
function $D(e) {
  this.config.exit.data.call(this, e);
  let t = this.stack[this.stack.length - 1];
  t.type, t.url = "http://" + this.sliceSerialize(e);
}
function KD(e) {
  this.config.exit.autolinkEmail.call(this, e);
}
function QD(e) {
  this.exit(e);
}
function XD(e) {
  Ii(e, [[/(https?:\/\/|www(?=\.))([-.\w]+)([^ \t\r\n]*)/gi, JD], [new RegExp("(?<=^|\\s|\\p{P}|\\p{S})([-.\\w+]+)@([-\\w]+(?:\\.[-\\w]+)+)", "gu"), ZD]], { ignore: ["link", "linkReference"] });
}
function JD(e, t, r, n, i) {
  let u = "";
  if (!Fo(i) || (/^w/i.test(t) && (r = t + r, t = "", u = "http://"), !eg(r))) return false;
  let a = tg(r + n);
  if (!a[0]) return false;
  let o = { type: "link", title: null, url: u + t + a[0], children: [{ type: "text", value: t + a[0] }] };
  return a[1] ? [o, { type: "text", value: a[1] }] : o;
}
function ZD(e, t, r, n) {
  return !Fo(n, true) || /[-\d_]$/.test(r) ? false : { type: "link", title: null, url: "mailto:" + t + "@" + r, children: [{ type: "text", value: t + "@" + r }] };
}
function eg(e) {
  let t = e.split(".");
  return !(t.length < 2 || t[t.length - 1] && (/_/.test(t[t.length - 1]) || !/[a-zA-Z\d]/.test(t[t.length - 1])) || t[t.length - 2] && (/_/.test(t[t.length - 2]) || !/[a-zA-Z\d]/.test(t[t.length - 2])));
}
function tg(e) {
  let t = /[!"&'),.:;<>?\]}]+$/.exec(e);
  if (!t) return [e, void 0];
  e = e.slice(0, t.index);
  let r = t[0], n = r.indexOf(")"), i = Si(e, "("), u = Si(e, ")");
  for (; n !== -1 && i > u; ) e += r.slice(0, n + 1), r = r.slice(n + 1), n = r.indexOf(")"), u++;
  return [e, r];
}
function Fo(e, t) {
  let r = e.input.charCodeAt(e.index - 1);
  return (e.index === 0 || Be(r) || gt(r)) && (!t || r !== 47);
}
function ng() {
  this.buffer();
}
function ig(e) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, e);
}
function ag() {
  this.buffer();
}
function ug(e) {
  this.enter({ type: "footnoteDefinition", identifier: "", label: "", children: [] }, e);
}
function og(e) {
  let t = this.resume(), r = this.stack[this.stack.length - 1];
  r.type, r.identifier = ce(this.sliceSerialize(e)).toLowerCase(), r.label = t;
}
function sg(e) {
  this.exit(e);
}
function lg(e) {
  let t = this.resume(), r = this.stack[this.stack.length - 1];
  r.type, r.identifier = ce(this.sliceSerialize(e)).toLowerCase(), r.label = t;
}
function cg(e) {
  this.exit(e);
}
function fg() {
  return "[";
}
function pg(e, t, r, n) {
  let i = r.createTracker(n), u = i.move("[^"), a = r.enter("footnoteReference"), o = r.enter("reference");
  return u += i.move(r.safe(r.associationId(e), { after: "]", before: u })), o(), a(), u += i.move("]"), u;
}
function _i() {
  return { enter: { gfmFootnoteCallString: ng, gfmFootnoteCall: ig, gfmFootnoteDefinitionLabelString: ag, gfmFootnoteDefinition: ug }, exit: { gfmFootnoteCallString: og, gfmFootnoteCall: sg, gfmFootnoteDefinitionLabelString: lg, gfmFootnoteDefinition: cg } };
}
function Pi() {
  return { canContainEols: ["delete"], enter: { strikethrough: mg }, exit: { strikethrough: dg } };
}
function mg(e) {
  this.enter({ type: "delete", children: [], position: void 0 }, e);
}
function dg(e) {
  this.exit(e);
}
function bo(e, t, r, n) {
  let i = r.createTracker(n), u = r.stack.includes("strikethrough") ? "~" : "~~", a = r.enter("strikethrough"), o = i.move(u);
  return o += r.containerPhrasing(e, { ...i.current(), before: o, after: "~" }), o += i.move(u), a(), o;
}
function Dg() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function gg() {
  return "~";
}
function Oi() {
  return { enter: { table: kg, tableData: Eo, tableHeader: Eo, tableRow: bg }, exit: { codeText: Eg, table: Fg, tableData: Ni, tableHeader: Ni, tableRow: Ni } };
}
function kg(e) {
  let t = e._align;
  this.enter({ type: "table", align: t.map(function(r) {
    return r === "none" ? null : r;
  }), children: [], position: void 0 }, e), this.data.inTable = true;
}
function Fg(e) {
  this.exit(e), this.data.inTable = void 0;
}
function bg(e) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, e);
}
function Ni(e) {
  this.exit(e);
}
function Eo(e) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, e);
}
function Eg(e) {
  let t = this.resume();
  this.data.inTable && (t = t.replace(/\\([\\|])/g, wg));
  let r = this.stack[this.stack.length - 1];
  r.type, r.value = t, this.exit(e);
}
function wg(e, t) {
  return t === "|" ? t : e;
}
function Ri() {
  return { exit: { taskListCheckValueChecked: wo, taskListCheckValueUnchecked: wo, paragraph: yg } };
}
function wo(e) {
  let t = this.stack[this.stack.length - 2];
  t.type, t.checked = e.type === "taskListCheckValueChecked";
}
function yg(e) {
  let t = this.stack[this.stack.length - 2];
  if (t && t.type === "listItem" && typeof t.checked == "boolean") {
    let r = this.stack[this.stack.length - 1];
    r.type;
    let n = r.children[0];
    if (n && n.type === "text") {
      let i = t.children, u = -1, a;
      for (; ++u < i.length; ) {
        let o = i[u];
        if (o.type === "paragraph") {
          a = o;
          break;
        }
      }
      a === r && (n.value = n.value.slice(1), n.value.length === 0 ? r.children.shift() : r.position && n.position && typeof n.position.start.offset == "number" && (n.position.start.column++, n.position.start.offset++, r.position.start = Object.assign({}, n.position.start)));
    }
  }
  this.exit(e);
}
function Mi() {
  return [Bi(), _i(), Pi(), Oi(), Ri()];
}
function Co() {
  let e = Mi(), t = e.find((r) => r.enter.literalAutolink);
  return t.transforms = [], e;
}
function Tg(e, t, r) {
  let n = this, i, u, a;
  return o;
  function o(h) {
    return an(h === R.lessThan, "expected `<`"), e.enter(re.htmlText), e.enter(re.htmlTextData), e.consume(h), s;
  }
  function s(h) {
    return h === R.exclamationMark ? (e.consume(h), c) : h === R.slash ? (e.consume(h), C) : h === R.questionMark ? (e.consume(h), w) : X(h) ? (e.consume(h), L) : r(h);
  }
  function c(h) {
    return h === R.dash ? (e.consume(h), l) : h === R.leftSquareBracket ? (e.consume(h), u = 0, d) : X(h) ? (e.consume(h), F) : r(h);
  }
  function l(h) {
    return h === R.dash ? (e.consume(h), m) : r(h);
  }
  function f(h) {
    return h === R.eof ? r(h) : h === R.dash ? (e.consume(h), p) : B(h) ? (a = f, O(h)) : (e.consume(h), f);
  }
  function p(h) {
    return h === R.dash ? (e.consume(h), m) : f(h);
  }
  function m(h) {
    return h === R.greaterThan ? M(h) : h === R.dash ? p(h) : f(h);
  }
  function d(h) {
    let Y = zi.cdataOpeningString;
    return h === Y.charCodeAt(u++) ? (e.consume(h), u === Y.length ? k : d) : r(h);
  }
  function k(h) {
    return h === R.eof ? r(h) : h === R.rightSquareBracket ? (e.consume(h), g) : B(h) ? (a = k, O(h)) : (e.consume(h), k);
  }
  function g(h) {
    return h === R.rightSquareBracket ? (e.consume(h), x) : k(h);
  }
  function x(h) {
    return h === R.greaterThan ? M(h) : h === R.rightSquareBracket ? (e.consume(h), x) : k(h);
  }
  function F(h) {
    return h === R.eof || h === R.greaterThan ? M(h) : B(h) ? (a = F, O(h)) : (e.consume(h), F);
  }
  function w(h) {
    return h === R.eof ? r(h) : h === R.questionMark ? (e.consume(h), T) : B(h) ? (a = w, O(h)) : (e.consume(h), w);
  }
  function T(h) {
    return h === R.greaterThan ? M(h) : w(h);
  }
  function C(h) {
    return X(h) ? (e.consume(h), D) : r(h);
  }
  function D(h) {
    return h === R.dash || ee(h) ? (e.consume(h), D) : v(h);
  }
  function v(h) {
    return B(h) ? (a = v, O(h)) : U(h) ? (e.consume(h), v) : M(h);
  }
  function L(h) {
    return h === R.dash || ee(h) ? (e.consume(h), L) : h === R.slash || h === R.greaterThan || G(h) ? y(h) : r(h);
  }
  function y(h) {
    return h === R.slash ? (e.consume(h), M) : h === R.colon || h === R.underscore || X(h) ? (e.consume(h), E) : B(h) ? (a = y, O(h)) : U(h) ? (e.consume(h), y) : M(h);
  }
  function E(h) {
    return h === R.dash || h === R.dot || h === R.colon || h === R.underscore || ee(h) ? (e.consume(h), E) : I(h);
  }
  function I(h) {
    return h === R.equalsTo ? (e.consume(h), q) : B(h) ? (a = I, O(h)) : U(h) ? (e.consume(h), I) : y(h);
  }
  function q(h) {
    return h === R.eof || h === R.lessThan || h === R.equalsTo || h === R.greaterThan || h === R.graveAccent ? r(h) : h === R.quotationMark || h === R.apostrophe ? (e.consume(h), i = h, S) : B(h) ? (a = q, O(h)) : U(h) ? (e.consume(h), q) : (e.consume(h), z);
  }
  function S(h) {
    return h === i ? (e.consume(h), i = void 0, N) : h === R.eof ? r(h) : B(h) ? (a = S, O(h)) : (e.consume(h), S);
  }
  function z(h) {
    return h === R.eof || h === R.quotationMark || h === R.apostrophe || h === R.lessThan || h === R.equalsTo || h === R.graveAccent ? r(h) : h === R.slash || h === R.greaterThan || G(h) ? y(h) : (e.consume(h), z);
  }
  function N(h) {
    return h === R.slash || h === R.greaterThan || G(h) ? y(h) : r(h);
  }
  function M(h) {
    return h === R.greaterThan ? (e.consume(h), e.exit(re.htmlTextData), e.exit(re.htmlText), t) : r(h);
  }
  function O(h) {
    return an(a, "expected return state"), an(B(h), "expected eol"), e.exit(re.htmlTextData), e.enter(re.lineEnding), e.consume(h), e.exit(re.lineEnding), W;
  }
  function W(h) {
    return an(n.parser.constructs.disable.null, "expected `disable.null` to be populated"), ne(h);
  }
  function ne(h) {
    return e.enter(re.htmlTextData), a(h);
  }
}
function yo() {
  return { text: { [R.lessThan]: Ag } };
}
function an(...e) {
}
function vo() {
  return { canContainEols: [fr], enter: { [fr]: e }, exit: { [fr]: t } };
  function e(r) {
    this.enter({ type: fr }, r), this.buffer();
  }
  function t(r) {
    this.resume();
    let n = K(0, this.stack, -1);
    n.value = this.sliceSerialize(r), this.exit(r);
  }
}
function Ao() {
  return { flow: { [R.leftCurlyBrace]: { name: "liquidFlow", tokenize: e } }, text: { [R.leftCurlyBrace]: { name: "liquidText", tokenize: t } } };
  function e(n, i, u) {
    return r.call(this, n, i, u, "flow");
  }
  function t(n, i, u) {
    return r.call(this, n, i, u, "text");
  }
  function r(n, i, u, a) {
    let o = a === "flow", { now: s, parser: c } = this, l;
    return f;
    function f(F) {
      return n.enter("liquidNode"), n.enter(re.data), n.consume(F), function(w) {
        switch (w) {
          case R.percentSign:
          case R.leftCurlyBrace:
            return l = w === R.percentSign ? R.percentSign : R.rightCurlyBrace, n.consume(w), p;
          default:
            return u(w);
        }
      };
    }
    function p(F) {
      switch (F) {
        case l:
          return n.consume(F), d;
        case R.eof:
          return u(F);
        default:
          return B(F) ? (n.exit(re.data), n.enter(re.lineEnding), n.consume(F), n.exit(re.lineEnding), o ? m : (n.enter(re.data), p)) : (n.consume(F), p);
      }
    }
    function m(F) {
      return c.lazy[s().line] ? u(F) : B(F) ? (n.enter(re.lineEnding), n.consume(F), n.exit(re.lineEnding), m) : (n.enter(re.data), p(F));
    }
    function d(F) {
      return F === R.rightCurlyBrace ? (n.consume(F), n.exit(re.data), n.exit(fr), o ? k : i) : p;
    }
    function k(F) {
      return U(F) ? (n.enter(re.whitespace), n.consume(F), g) : x(F);
    }
    function g(F) {
      return U(F) ? (n.consume(F), g) : (n.exit(re.whitespace), x(F));
    }
    function x(F) {
      return F === R.eof || B(F) ? i(F) : u(F);
    }
  }
}
function Sg() {
  return To ?? (To = { extensions: [fo({ singleTilde: false }), Ti({ singleDollarTextMath: false }), Zn({ aliasDivider: { charCodeAt: () => Number.NaN } }), Ao(), yo()], mdastExtensions: [Co(), Fi(), Xn(), vo()] });
}
function Ui(e) {
  let { frontMatter: t, content: r } = je(e), n = ki(r, Sg());
  if (t) {
    let [i, u] = [t.start, t.end].map(({ line: a, column: o, index: s }) => ({ line: a, column: o + 1, offset: s }));
    n.children.unshift({ ...t, type: "frontMatter", position: { start: i, end: u } });
  }
  return n;
}
function zp(e, t, r) {
  if (!e.has(t)) {
    let n = r(t);
    e.set(t, n);
  }
  return e.get(t);
}
function Hb(e) {
  if (typeof e == "string") return ge;
  if (Array.isArray(e)) return xe;
  if (!e) return;
  let { type: t } = e;
  if (Bn.has(t)) return t;
}
function Gb(e) {
  let t = e === null ? "null" : typeof e;
  if (t !== "string" && t !== "object") return `Unexpected doc '${t}', 
Expected it to be 'string' or 'object'.`;
  if (me(e)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(e);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = Vb([...Bn].map((i) => `'${i}'`));
  return `Unexpected doc.type '${e.type}'.
Expected it to be ${n}.`;
}
function jb(e, t, r, n) {
  let i = [e];
  for (; i.length > 0; ) {
    let u = i.pop();
    if (u === Up) {
      r(i.pop());
      continue;
    }
    r && i.push(u, Up);
    let a = me(u);
    if (!a) throw new yt(u);
    if (t?.(u) !== false) switch (a) {
      case xe:
      case Ee: {
        let o = a === xe ? u : u.parts;
        for (let s = o.length, c = s - 1; c >= 0; --c) i.push(o[c]);
        break;
      }
      case we:
        i.push(u.flatContents, u.breakContents);
        break;
      case be:
        if (n && u.expandedStates) for (let o = u.expandedStates.length, s = o - 1; s >= 0; --s) i.push(u.expandedStates[s]);
        else i.push(u.contents);
        break;
      case Se:
      case Te:
      case Xe:
      case et:
      case Je:
        i.push(u.contents);
        break;
      case ge:
      case ft:
      case Qe:
      case Ze:
      case ke:
      case Le:
        break;
      default:
        throw new yt(u);
    }
  }
}
function Wb(e, t) {
  if (typeof e == "string") return t(e);
  let r = /* @__PURE__ */ new Map();
  return n(e);
  function n(u) {
    return zp(r, u, i);
  }
  function i(u) {
    switch (me(u)) {
      case xe:
        return t(u.map(n));
      case Ee:
        return t({ ...u, parts: u.parts.map(n) });
      case we:
        return t({ ...u, breakContents: n(u.breakContents), flatContents: n(u.flatContents) });
      case be: {
        let { expandedStates: a, contents: o } = u;
        return a ? (a = a.map(n), o = a[0]) : o = n(o), t({ ...u, contents: o, expandedStates: a });
      }
      case Se:
      case Te:
      case Xe:
      case et:
      case Je:
        return t({ ...u, contents: n(u.contents) });
      case ge:
      case ft:
      case Qe:
      case Ze:
      case ke:
      case Le:
        return t(u);
      default:
        throw new yt(u);
    }
  }
}
function Vp(e) {
  if (e.length > 0) {
    let t = K(0, e, -1);
    !t.expandedStates && !t.break && (t.break = "propagated");
  }
  return null;
}
function Gp(e) {
  let t = /* @__PURE__ */ new Set(), r = [];
  function n(u) {
    if (u.type === Le && Vp(r), u.type === be) {
      if (r.push(u), t.has(u)) return false;
      t.add(u);
    }
  }
  function i(u) {
    u.type === be && r.pop().break && Vp(r);
  }
  Hp(e, n, i, true);
}
function Me(e, t = Ar) {
  return Wb(e, (r) => typeof r == "string" ? _n(t, r.split(`
`)) : r);
}
function Tr(e) {
  return Ie(e), { type: Te, contents: e };
}
function Ce(e, t) {
  return Wp(e), Ie(t), { type: Se, contents: t, n: e };
}
function Sr(e) {
  return Ce({ type: "root" }, e);
}
function Yt(e) {
  return jp(e), { type: Ee, parts: e };
}
function $t(e, t = {}) {
  return Ie(e), Pn(t.expandedStates, true), { type: be, id: t.id, contents: e, break: !!t.shouldBreak, expandedStates: t.expandedStates };
}
function Yp(e, t = "", r = {}) {
  return Ie(e), t !== "" && Ie(t), { type: we, breakContents: e, flatContents: t, groupId: r.groupId };
}
function _n(e, t) {
  Ie(e), Pn(t);
  let r = [];
  for (let n = 0; n < t.length; n++) n !== 0 && r.push(e), r.push(t[n]);
  return r;
}
function $p(e) {
  return e === $b ? Qb : e === Kb ? Xb : Zb;
}
function rE(e) {
  let t = e[0], r = e[1];
  for (let n = 0; n < e.length; n += 2) {
    let i = e[n], u = e[n + 1];
    if (th >= i && th <= u) return [i, u];
    u - i > r - t && (t = i, r = u);
  }
  return [t, r];
}
function uE(e) {
  if (!e) return 0;
  if (!iE.test(e)) return e.length;
  let t = 0;
  e = e.replace(Kp(), (r) => (t += rh(r) ? 1 : 2, ""));
  for (let r of e) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || aE.test(r) || (t += Rn(n) || Ja(n) ? 2 : 1);
  }
  return t;
}
function nh(e, t, r) {
  let n = t.type === 1 ? e.queue.slice(0, -1) : [...e.queue, t], i = "", u = 0, a = 0, o = 0;
  for (let d of n) switch (d.type) {
    case 0:
      l(), r.useTabs ? s(1) : c(r.tabWidth);
      break;
    case 3: {
      let { string: k } = d;
      l(), i += k, u += k.length;
      break;
    }
    case 2: {
      let { width: k } = d;
      a += 1, o += k;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${d.type}'.`);
  }
  return p(), { ...e, value: i, length: u, queue: n };
  function s(d) {
    i += "	".repeat(d), u += r.tabWidth * d;
  }
  function c(d) {
    i += " ".repeat(d), u += d;
  }
  function l() {
    r.useTabs ? f() : p();
  }
  function f() {
    a > 0 && s(a), m();
  }
  function p() {
    o > 0 && c(o), m();
  }
  function m() {
    a = 0, o = 0;
  }
}
function ih(e, t, r) {
  if (!t) return e;
  if (t.type === "root") return { ...e, root: e };
  if (t === Number.NEGATIVE_INFINITY) return e.root;
  let n;
  return typeof t == "number" ? t < 0 ? n = sE : n = { type: 2, width: t } : n = { type: 3, string: t }, nh(e, n, r);
}
function ah(e, t) {
  return nh(e, oE, t);
}
function lE(e) {
  let t = 0;
  for (let r = e.length - 1; r >= 0; r--) {
    let n = e[r];
    if (n === " " || n === "	") t++;
    else break;
  }
  return t;
}
function Mn(e) {
  let t = lE(e);
  return { text: t === 0 ? e : e.slice(0, e.length - t), count: t };
}
function zn(e, t, r, n, i, u) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let a = t.length, o = false, s = [e], c = "";
  for (; r >= 0; ) {
    if (s.length === 0) {
      if (a === 0) return true;
      s.push(t[--a]);
      continue;
    }
    let { mode: l, doc: f } = s.pop(), p = me(f);
    switch (p) {
      case ge:
        f && (o && (c += " ", r -= 1, o = false), c += f, r -= Ir(f));
        break;
      case xe:
      case Ee: {
        let m = p === xe ? f : f.parts, d = f[tu] ?? 0;
        for (let k = m.length - 1; k >= d; k--) s.push({ mode: l, doc: m[k] });
        break;
      }
      case Te:
      case Se:
      case Xe:
      case et:
        s.push({ mode: l, doc: f.contents });
        break;
      case Qe: {
        let { text: m, count: d } = Mn(c);
        c = m, r += d;
        break;
      }
      case be: {
        if (u && f.break) return false;
        let m = f.break ? ve : l, d = f.expandedStates && m === ve ? K(0, f.expandedStates, -1) : f.contents;
        s.push({ mode: m, doc: d });
        break;
      }
      case we: {
        let d = (f.groupId ? i[f.groupId] || ze : l) === ve ? f.breakContents : f.flatContents;
        d && s.push({ mode: l, doc: d });
        break;
      }
      case ke:
        if (l === ve || f.hard) return true;
        f.soft || (o = true);
        break;
      case Je:
        n = true;
        break;
      case Ze:
        if (n) return false;
        break;
    }
  }
  return false;
}
function Un(e, t) {
  let r = /* @__PURE__ */ Object.create(null), n = t.printWidth, i = $p(t.endOfLine), u = 0, a = [{ indent: Za, mode: ve, doc: e }], o = false, s = [], c = new uh();
  for (Gp(e); a.length > 0; ) {
    let { indent: d, mode: k, doc: g } = a.pop();
    switch (me(g)) {
      case ge: {
        let x = i !== `
` ? Q(0, g, `
`, i) : g;
        x && (c.write(x), a.length > 0 && (u += Ir(x)));
        break;
      }
      case xe:
        for (let x = g.length - 1; x >= 0; x--) a.push({ indent: d, mode: k, doc: g[x] });
        break;
      case ft:
        c.markPosition();
        break;
      case Te:
        a.push({ indent: ah(d, t), mode: k, doc: g.contents });
        break;
      case Se:
        a.push({ indent: ih(d, g.n, t), mode: k, doc: g.contents });
        break;
      case Qe:
        u -= c.trim();
        break;
      case be: {
        let x = (function() {
          if (k === ze && !o) return { indent: d, mode: g.break ? ve : ze, doc: g.contents };
          o = false;
          let w = n - u, T = s.length > 0, C = { indent: d, mode: ze, doc: g.contents };
          if (!g.break && zn(C, a, w, T, r)) return C;
          if (!g.expandedStates) return { indent: d, mode: ve, doc: g.contents };
          if (!g.break) for (let D = 1; D < g.expandedStates.length - 1; D++) {
            let v = { indent: d, mode: ze, doc: g.expandedStates[D] };
            if (zn(v, a, w, T, r)) return v;
          }
          return { indent: d, mode: ve, doc: K(0, g.expandedStates, -1) };
        })();
        a.push(x), g.id && (r[g.id] = x.mode);
        break;
      }
      case Ee: {
        let x = n - u, F = g[tu] ?? 0, { parts: w } = g, T = w.length - F;
        if (T === 0) break;
        let C = w[F + 0], D = w[F + 1], v = { indent: d, mode: ze, doc: C }, L = { indent: d, mode: ve, doc: C }, y = zn(v, [], x, s.length > 0, r, true);
        if (T === 1) {
          y ? a.push(v) : a.push(L);
          break;
        }
        let E = { indent: d, mode: ze, doc: D }, I = { indent: d, mode: ve, doc: D };
        if (T === 2) {
          y ? a.push(E, v) : a.push(I, L);
          break;
        }
        let q = w[F + 2], S = { indent: d, mode: k, doc: { ...g, [tu]: F + 2 } }, N = zn({ indent: d, mode: ze, doc: [C, D, q] }, [], x, s.length > 0, r, true);
        a.push(S), N ? a.push(E, v) : y ? a.push(I, v) : a.push(I, L);
        break;
      }
      case we:
      case Xe: {
        let x = g.groupId ? r[g.groupId] : k;
        if (x === ve) {
          let F = g.type === we ? g.breakContents : g.negate ? g.contents : Tr(g.contents);
          F && a.push({ indent: d, mode: k, doc: F });
        }
        if (x === ze) {
          let F = g.type === we ? g.flatContents : g.negate ? Tr(g.contents) : g.contents;
          F && a.push({ indent: d, mode: k, doc: F });
        }
        break;
      }
      case Je:
        s.push({ indent: d, mode: k, doc: g.contents });
        break;
      case Ze:
        s.length > 0 && a.push({ indent: d, mode: k, doc: Lr });
        break;
      case ke:
        switch (k) {
          case ze:
            if (!g.hard) {
              g.soft || (c.write(" "), u += 1);
              break;
            }
            o = true;
          case ve:
            if (s.length > 0) {
              a.push({ indent: d, mode: k, doc: g }, ...s.reverse()), s.length = 0;
              break;
            }
            g.literal ? (c.write(i), u = 0, d.root && (d.root.value && c.write(d.root.value), u = d.root.length)) : (c.trim(), c.write(i + d.value), u = d.length);
            break;
        }
        break;
      case et:
        a.push({ indent: d, mode: k, doc: g.contents });
        break;
      case Le:
        break;
      default:
        throw new yt(g);
    }
    a.length === 0 && s.length > 0 && (a.push(...s.reverse()), s.length = 0);
  }
  let { text: l, positions: f } = c.finish();
  if (f.length !== 2) return { formatted: l };
  let [p, m] = f;
  return { formatted: l, cursorNodeStart: p, cursorNodeText: l.slice(p, m) };
}
function pE() {
  let e = globalThis, t = e.process?.platform;
  if (typeof t == "string") return t.startsWith("win");
  let r = e.Deno?.build?.os;
  return typeof r == "string" ? r === "windows" : e.navigator?.platform?.startsWith("Win") ?? false;
}
function sh(e) {
  if (e = e instanceof URL ? e : new URL(e), e.protocol !== "file:") throw new TypeError(`URL must be a file URL: received "${e.protocol}"`);
  return e;
}
function mE(e) {
  return e = sh(e), decodeURIComponent(e.pathname.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
}
function dE(e) {
  e = sh(e);
  let t = decodeURIComponent(e.pathname.replace(/\//g, "\\").replace(/%(?![0-9A-Fa-f]{2})/g, "%25")).replace(/^\\*([A-Za-z]:)(\\|$)/, "$1\\");
  return e.hostname !== "" && (t = `\\\\${e.hostname}${t}`), t;
}
function ru(e) {
  return hE ? dE(e) : mE(e);
}
function fh(e, t) {
  if (!t) return;
  let r = lh(t).toLowerCase();
  return e.find(({ filenames: n }) => n?.some((i) => i.toLowerCase() === r)) ?? e.find(({ extensions: n }) => n?.some((i) => r.endsWith(i)));
}
function DE(e, t) {
  if (t) return e.find(({ name: r }) => r.toLowerCase() === t) ?? e.find(({ aliases: r }) => r?.includes(t)) ?? e.find(({ extensions: r }) => r?.includes(`.${t}`));
}
function ph(e, t) {
  if (t) {
    if (ch(t)) try {
      t = ru(t);
    } catch {
      return;
    }
    if (typeof t == "string") return e.find(({ isSupported: r }) => r?.({ filepath: t }));
  }
}
function xE(e, t) {
  let r = oh(0, e.plugins).flatMap((i) => i.languages ?? []);
  return (DE(r, t.language) ?? fh(r, t.physicalFile) ?? fh(r, t.file) ?? ph(r, t.physicalFile) ?? ph(r, t.file) ?? gE?.(r, t.physicalFile))?.parsers[0];
}
function kE(e) {
  return !!e?.[tn];
}
function _r(e) {
  let t = [], r = e.split(/([\t\n ]+)/);
  for (let [i, u] of r.entries()) {
    if (i % 2 === 1) {
      t.push({ type: "whitespace", value: /\n/.test(u) ? `
` : " " });
      continue;
    }
    if ((i === 0 || i === r.length - 1) && u === "") continue;
    let a = u.split(new RegExp(`(${mh.source})`, "u"));
    for (let [o, s] of a.entries()) if (!((o === 0 || o === a.length - 1) && s === "")) {
      if (o % 2 === 0) {
        s !== "" && n({ type: "word", value: s, kind: Kt, isCJ: false, hasLeadingPunctuation: tt.test(s[0]), hasTrailingPunctuation: tt.test(K(0, s, -1)) });
        continue;
      }
      if (tt.test(s)) {
        n({ type: "word", value: s, kind: qr, isCJ: true, hasLeadingPunctuation: true, hasTrailingPunctuation: true });
        continue;
      }
      if (bE.test(s)) {
        n({ type: "word", value: s, kind: rt, isCJ: false, hasLeadingPunctuation: false, hasTrailingPunctuation: false });
        continue;
      }
      n({ type: "word", value: s, kind: Ae, isCJ: true, hasLeadingPunctuation: false, hasTrailingPunctuation: false });
    }
  }
  return t;
  function n(i) {
    let u = K(0, t, -1);
    u?.type === "word" && !a(Kt, qr) && [u.value, i.value].every((o) => !/\u3000/.test(o)) && t.push({ type: "whitespace", value: "" }), t.push(i);
    function a(o, s) {
      return u.kind === o && i.kind === s || u.kind === s && i.kind === o;
    }
  }
}
function pt(e, t) {
  let r = t.originalText.slice(e.position.start.offset, e.position.end.offset);
  if (t.parser !== "mdx") {
    let u = e.children[0];
    u && (r = t.originalText.slice(e.position.start.offset, u.position.start.offset));
  }
  let { numberText: n, leadingSpaces: i } = r.match(/^\s*(?<numberText>\d+)(\.|\))(?<leadingSpaces>\s*)/).groups;
  return { number: Number(n), leadingSpaces: i };
}
function uu(e, t) {
  return !e.ordered || e.children.length < 2 || pt(e.children[1], t).number !== 1 ? false : pt(e.children[0], t).number !== 0 ? true : e.children.length > 2 && pt(e.children[2], t).number === 1;
}
function Hn(e, t) {
  let { value: r } = e;
  return e.position.end.offset === t.length && r.endsWith(`
`) && t.endsWith(`
`) ? r.slice(0, -1) : r;
}
function ye(e, t) {
  return (function r(n, i, u) {
    let a = { ...t(n, i, u) };
    return a.children && (a.children = a.children.map((o, s) => r(o, s, [a, ...u]))), a;
  })(e, null, []);
}
function Vn(e) {
  if (e?.type !== "link" || e.children.length !== 1) return false;
  let [t] = e.children;
  return mt(e) === mt(t) && dt(e) === dt(t);
}
function Pr(e) {
  let t;
  if (e.type === "html") t = e.value.match(/^<!--\s*prettier-ignore(?:-(start|end))?\s*-->$/);
  else {
    let r;
    e.type === "esComment" ? r = e : e.type === "paragraph" && e.children.length === 1 && e.children[0].type === "esComment" && (r = e.children[0]), r && (t = r.value.match(/^prettier-ignore(?:-(start|end))?$/));
  }
  return t ? t[1] || "next" : false;
}
function Nr(e, t) {
  return r(e, t, (n) => n.ordered === e.ordered);
  function r(n, i, u) {
    let a = -1;
    for (let o of i.children) if (o.type === n.type && u(o) ? a++ : a = -1, o === n) return a;
  }
}
function dh(e) {
  return e.index > 0 && Pr(e.previous) === "next";
}
function Qt(e) {
  return e.type === "heading" && e.position.start.line < e.position.end.line;
}
function EE() {
  return (e) => ye(e, (t, r, [n]) => t.type !== "html" || Pp.test(t.value) || Br.has(n.type) ? t : { ...t, type: "jsx" });
}
function ou(e) {
  let t = (0, Eh.default)().use(bh.default, { commonmark: true, blocks: [_p] }).use(kh.default).use(hh).use(Fh.default).use(Mp).use(gh).use(Dh).use(xh);
  return t.run(t.parse(e));
}
function Th(e) {
  return { astFormat: "mdast", hasPragma: Gn, hasIgnorePragma: vh, locStart: mt, locEnd: dt, parse: e };
}
function AE(e, t) {
  let r = e.matchAll(new RegExp(`(?:${We(t)})+`, "g"));
  return r.reduce || (r = [...r]), r.reduce((n, [i]) => Math.max(n, i.length), 0) / t.length;
}
function lu(e, t) {
  let r = t.__inJsTemplate ? "~" : "`", n = typeof e == "string" ? e : Un(e, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted;
  return r.repeat(Math.max(3, Sh(n, r) + 1));
}
function TE(e, t) {
  let { node: r } = e, n = t.parser === "mdx" ? Hn(r, t.originalText) : r.value, i = lu(n, t);
  return [i, r.lang || "", r.meta ? " " + r.meta : "", J, Me(n, J), J, i];
}
function Lh(e, t) {
  let { node: r } = e;
  if (r.isIndented) {
    let n = " ".repeat(4);
    return Ce(n, [n, Me(r.value, J)]);
  }
  return TE(e, t);
}
function SE(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "code": {
      let { isIndented: n, lang: i } = r;
      if (n || !i) return;
      let u;
      return i === "angular-ts" ? u = nu(t, { language: "typescript" }) : i === "angular-html" ? u = "angular" : u = nu(t, { language: i }), u ? async (a) => {
        let o = { parser: u };
        i === "ts" || i === "typescript" ? o.filepath = "dummy.ts" : i === "tsx" && (o.filepath = "dummy.tsx");
        let s = await a(t.parser === "mdx" ? Hn(r, t.originalText) : r.value, o), c = lu(s, t);
        return Sr([c, r.lang, r.meta ? " " + r.meta : "", J, Me(s), J, c]);
      } : void 0;
    }
    case "import":
    case "export":
      return (n) => n(r.value, { __onHtmlBindingRoot: (i) => LE(i, r.type), parser: "babel" });
    case "jsx":
      return (n) => n(`<$>${r.value}</$>`, { parser: "__js_expression", rootMarker: "mdx" });
  }
  return null;
}
function LE(e, t) {
  let { program: { body: r } } = e;
  if (r.some((n) => !(n.type === "ImportDeclaration" || n.type === "ExportDefaultDeclaration" || n.type === "ExportNamedDeclaration"))) throw new Error(`Unexpected '${t}' in MDX.`);
}
function fu(e, t, r) {
  if ((e.type === "code" || e.type === "yaml" || e.type === "import" || e.type === "export" || e.type === "jsx") && delete t.value, e.type === "list" && delete t.isAligned, (e.type === "list" || e.type === "listItem") && delete t.spread, e.type === "text") return null;
  if (e.type === "inlineCode" && (t.value = Q(0, e.value, `
`, " ")), (e.type === "definition" || e.type === "linkReference" || e.type === "imageReference") && (t.label = (0, cu.default)(e.label)), e.type === "imageReference" && e.referenceType === "collapsed" && (t.alt = (0, cu.default)(e.alt)), (e.type === "link" || e.type === "image") && e.url && e.url.includes("(")) for (let n of "<>") t.url = Q(0, e.url, n, encodeURIComponent(n));
  if ((e.type === "definition" || e.type === "link" || e.type === "image") && e.title && (t.title = Q(0, e.title, /\\(?=["')])/g, "")), r?.type === "root" && r.children.length > 0 && (r.children[0] === e || iu(r.children[0]) && r.children[1] === e) && e.type === "html" && Gn(e.value)) return null;
}
function pu(e, t) {
  let r = t.originalText.slice(e.node.position.start.offset, e.node.position.end.offset);
  return t.parser === "mdx" ? r : e.node.type === "list" && e.findAncestor((n) => n.type === "blockquote") && t.proseWrap !== "always" ? r.replace(/\n>\s*$/, "") : r;
}
function qE(e, t) {
  let r = e.match(new RegExp(`(${We(t)})+`, "g"));
  if (r === null) return 1;
  let n = /* @__PURE__ */ new Map(), i = 0;
  for (let u of r) {
    let a = u.length / t.length;
    n.set(a, true), a > i && (i = a);
  }
  for (let u = 1; u < i; u++) if (!n.get(u)) return u;
  return i + 1;
}
function Ph(e, t) {
  let { preferred: r, alternate: n } = t === true || t === "'" ? BE : _E, { length: i } = e, u = 0, a = 0;
  for (let o = 0; o < i; o++) {
    let s = e.charCodeAt(o);
    s === r.codePoint ? u++ : s === n.codePoint && a++;
  }
  return (u > a ? n : r).character;
}
function ae(e, t, r, n = {}) {
  let { processor: i = r } = n, u = [];
  return e.each(() => {
    let a = i(e);
    a !== false && (u.length > 0 && PE(e) && (u.push(J), OE(e, t) && u.push(J)), u.push(a));
  }, "children"), u;
}
function PE({ node: e, parent: t }) {
  let r = au.has(e.type) && !(e.type === "liquidNode" && !Br.has(t.type)), n = e.type === "html" && Br.has(t.type);
  return !r && !n;
}
function OE(e, t) {
  let { node: r, previous: n, parent: i } = e;
  if (t.parser === "mdx") {
    if (Oh(n, t) || r.type === "list" && i.type === "listItem" && (n.type === "code" || n.type === "paragraph") && n.position.end.line + 1 < r.position.start.line) return true;
  } else {
    if (Qt(r) && r.position.start.line < n.position.end.line) return false;
    if (RE(e) || r.type === "list" && i.type === "listItem" && (n.type === "code" || n.type === "paragraph" || n.type === "html") && n.position.end.line + 1 < r.position.start.line) return true;
  }
  let a = n.type === r.type && NE.has(r.type), o;
  t.parser === "mdx" ? o = i.type === "listItem" && (r.type === "list" || !Oh(i, t)) : o = i.type === "listItem" && (r.type === "list" || !e.callParent(Rh));
  let s = Pr(n) === "next", c = r.type === "html" && n.type === "html" && n.position.end.line + 1 === r.position.start.line, l = t.parser !== "mdx" && r.type === "html" && n.type === "paragraph" && n.position.end.line + 1 === r.position.start.line, f = r.type === "html" && i.type === "listItem" && n.type === "paragraph" && n.position.end.line + 1 === r.position.start.line, p = (r.type === "liquidNode" || n.type === "liquidNode") && n.position.end.line + 1 === r.position.start.line;
  return !(a || o || s || c || l || f || p);
}
function Oh(e, t) {
  return e.type === "listItem" && (e.spread || t.originalText.charAt(e.position.end.offset - 1) === `
`);
}
function Rh({ node: e, parent: t, next: r }) {
  return e.type === "listItem" && (e.spread || t.type === "list" && r?.type === "listItem" && e.position.end.line + 1 < r.position.start.line);
}
function RE(e) {
  return e.index === 0 ? false : Rh({ node: e.previous, parent: e.parent, next: e.node });
}
function ME(e, t, r) {
  return ["#".repeat(e.node.depth) + " ", ae(e, t, r)];
}
function zE(e, t, r) {
  let { originalText: n } = t, { node: i } = e, u = i.position.end.offset, a = n.lastIndexOf(`
`, u - 1) + 1, o = n.slice(a, u), s = Math.max(o.indexOf("="), o.indexOf("-")), c = o.slice(s);
  return [ae(e, t, r), J, c];
}
function Mh(e, t, r) {
  return t.parser !== "mdx" && Qt(e.node) ? zE(e, t, r) : ME(e, t, r);
}
function Hh(e, t, r) {
  let { node: n } = e, i = Nr(n, e.parent), u = uu(n, t), a = HE(e);
  return ae(e, t, r, { processor() {
    let o = c(), { node: s } = e;
    if (s.children.length === 2 && s.children[1].type === "html" && s.children[0].position.start.column !== s.children[1].position.start.column) return [o, zh(e, t, r, o)];
    return [o, Ce(" ".repeat(o.length), zh(e, t, r, o))];
    function c() {
      let l = n.ordered ? (e.isFirst ? n.start : u ? 1 : Math.min(n.start + e.index, UE)) + (i % 2 === 0 ? ". " : ") ") : i % 2 === 0 ? "- " : "* ", f = n.isAligned && n.ordered ? Gh(l, t) : l;
      if (f.length >= a) return f;
      f = f.trimEnd();
      let p = Math.min(a - f.length, 4);
      p > 0 && (f += " ".repeat(p));
      let m = Math.min(a - f.length, 3);
      return m > 0 && (f = " ".repeat(m) + f), f;
    }
  } });
}
function zh(e, t, r, n) {
  let { node: i } = e, u = i.checked === null ? "" : i.checked ? "[x] " : "[ ] ";
  return [u, ae(e, t, r, { processor({ node: a, isFirst: o }) {
    if (o && a.type !== "list" || a.type === "html") return Ce(" ".repeat(u.length), r());
    if (a.type === "code" && a.isIndented) return r();
    let s = " ".repeat(jh(t.tabWidth - n.length, 0, 3));
    return [s, Ce(s, r())];
  } })];
}
function HE(e) {
  let { node: t, next: r } = e;
  return t.checked === null || !(r?.type === "code" && r.isIndented) ? 0 : 4 + [.../^[ \t]*/.exec(r.value)?.[0] ?? ""].reduce((i, u) => i + (u === "	" ? 4 : 1), 0) + 1;
}
function Vh(e, t, r) {
  let { node: n } = e, i = Nr(n, e.parent), u = uu(n, t);
  return ae(e, t, r, { processor() {
    let a = s(), { node: o } = e;
    if (o.children.length === 2 && o.children[1].type === "html" && o.children[0].position.start.column !== o.children[1].position.start.column) return [a, Uh(e, t, r, a)];
    return [a, Ce(" ".repeat(a.length), Uh(e, t, r, a))];
    function s() {
      let c = n.ordered ? (e.isFirst ? n.start : u ? 1 : n.start + e.index) + (i % 2 === 0 ? ". " : ") ") : i % 2 === 0 ? "- " : "* ";
      return (n.isAligned || n.hasIndentedCodeblock) && n.ordered ? Gh(c, t) : c;
    }
  } });
}
function Uh(e, t, r, n) {
  let { node: i } = e, u = i.checked === null ? "" : i.checked ? "[x] " : "[ ] ";
  return [u, ae(e, t, r, { processor({ node: a, isFirst: o }) {
    if (o && a.type !== "list") return Ce(" ".repeat(u.length), r());
    if (a.type === "code" && a.isIndented) return r();
    let s = " ".repeat(jh(t.tabWidth - n.length, 0, 3));
    return [s, Ce(s, r())];
  } })];
}
function Gh(e, t) {
  let r = n();
  return e + " ".repeat(r >= 4 ? 0 : r);
  function n() {
    let i = e.length % t.tabWidth;
    return i === 0 ? 0 : t.tabWidth - i;
  }
}
function jh(e, t, r) {
  return Math.max(t, Math.min(e, r));
}
function Wh(e, t, r) {
  let n = e.map(r, "children");
  return VE(n);
}
function VE(e) {
  let t = [""];
  return (function r(n) {
    for (let i of n) {
      let u = me(i);
      if (u === xe) {
        r(i);
        continue;
      }
      let a = i, o = [];
      u === Ee && ([a, ...o] = i.parts), t.push([t.pop(), a], ...o);
    }
  })(e), Yt(t);
}
function Yh(e, t) {
  let r = [""];
  return e.each(() => {
    let { node: n } = e, i = t();
    switch (n.type) {
      case "whitespace":
        if (me(i) !== ge) {
          r.push(i, "");
          break;
        }
      default:
        r.push([r.pop(), i]);
    }
  }, "children"), Yt(r);
}
function $h(e, t, r) {
  let { node: n } = e, i = [], u = e.map(() => e.map(({ index: f }) => {
    let p = Un(r(), { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted, m = Ir(p);
    return i[f] = Math.max(i[f] ?? 3, m), { text: p, width: m };
  }, "children"), "children"), a = s(false);
  if (t.proseWrap !== "never") return [Wt, a];
  let o = s(true);
  return [Wt, $t(Yp(o, a))];
  function s(f) {
    return _n(Lr, [l(u[0], f), c(f), ...u.slice(1).map((p) => l(p, f))].map((p) => `| ${p.join(" | ")} |`));
  }
  function c(f) {
    return i.map((p, m) => {
      if (t.parser !== "mdx" && m >= u[0].length) return null;
      let d = n.align[m], k = d === "center" || d === "left" ? ":" : "-", g = d === "center" || d === "right" ? ":" : "-", x = f ? "-" : "-".repeat(p - 2);
      return `${k}${x}${g}`;
    }).filter((p) => p !== null);
  }
  function l(f, p) {
    return f.map(({ text: m, width: d }, k) => {
      if (p) return m;
      let g = i[k] - d, x = n.align[k], F = 0;
      x === "right" ? F = g : x === "center" && (F = Math.floor(g / 2));
      let w = g - F;
      return `${" ".repeat(F)}${m}${" ".repeat(w)}`;
    });
  }
}
function jE({ parent: e }) {
  if (e.usesCJSpaces === void 0) {
    let t = { " ": 0, "": 0 }, { children: r } = e;
    for (let n = 1; n < r.length - 1; ++n) {
      let i = r[n];
      if (i.type === "whitespace" && (i.value === " " || i.value === "")) {
        let u = r[n - 1].kind, a = r[n + 1].kind;
        (u === Ae && a === Kt || u === Kt && a === Ae) && ++t[i.value];
      }
    }
    e.usesCJSpaces = t[" "] > t[""];
  }
  return e.usesCJSpaces;
}
function WE(e, t) {
  if (t) return true;
  let { previous: r, next: n } = e;
  if (!r || !n) return true;
  let i = r.kind, u = n.kind;
  return Qh(i) && Qh(u) || i === rt && u === Ae || u === rt && i === Ae ? true : i === qr || u === qr || i === Ae && u === Ae ? false : Kh.has(n.value[0]) || Kh.has(K(0, r.value, -1)) ? true : r.hasTrailingPunctuation || n.hasLeadingPunctuation ? false : jE(e);
}
function Qh(e) {
  return e === Kt || e === rt;
}
function YE(e, t, r, n, i) {
  if (r !== "always" || e.hasAncestor((o) => GE.has(o.type) || o.type === "heading" && (i.parser === "mdx" || !Qt(o)))) return false;
  if (n) return t !== "";
  let { previous: u, next: a } = e;
  return !u || !a ? true : t === "" ? false : u.kind === rt && a.kind === Ae || a.kind === rt && u.kind === Ae ? true : !(u.isCJ || a.isCJ);
}
function mu(e, t, r, n, i) {
  if ((r === "preserve" || $E(e)) && t === `
`) return J;
  let u = t === " " || t === `
` && WE(e, n);
  return YE(e, t, r, n, i) ? u ? Nn : On : u ? " " : "";
}
function Xh(e, t) {
  return mu(e, e.node.value, KE(e, t) ? "never" : t.proseWrap, false, t);
}
function $E(e) {
  let { previous: t, next: r } = e;
  return !!((t?.isCJ || r?.isCJ) && !(t?.kind === rt && r?.kind === Ae || r?.kind === rt && t?.kind === Ae));
}
function KE(e, t) {
  let { proseWrap: r } = t;
  return r === "never" ? true : e.isLast ? false : !!(/^>|^(?:[*+-]|#{1,6}|\d+[).])$/.test(e.next.value) && !QE(e) && !(r === "preserve" && XE(e)));
}
function QE(e) {
  let t = e.siblings[e.index + 2];
  return t?.type === "whitespace" && t.value === "";
}
function XE(e) {
  if (!Xt(e.node) || e.next.value !== "-") return false;
  let t = e.siblings[e.index + 2];
  return !t || Xt(t);
}
function Jh(e, t) {
  let { node: r } = e, n = e.findAncestor((u) => u.type === "emphasis" || u.type === "strong"), i = r.value;
  return n ? (e.isFirst && (i.startsWith("*") || i.startsWith("_")) && e.callParent(() => e.isFirst) && e.grandparent === n && (i = `\\${i}`), i = Q(0, i, /(\\+|^|.)(\*+|_+)($|.)/g, (u, a, o, s) => [...a].every((c) => c === "\\") && a.length % 2 === 1 ? u : ZE(K(0, a, -1) || K(1, e.previous?.value, -1), o, s[0] || e.next?.value[0]) ? `${a}\\${o}${s}` : u), i) : t.proseWrap === "preserve" && e.parent.type === "sentence" && JE.test(i) && Xt(e.previous) && (e.isLast || Xt(e.next)) ? `\\${i}` : i;
}
function ZE(e, t, r) {
  if (!e || !r) return null;
  let n = /[\p{Space_Separator}\t\n\f\r]/u.test(r), i = /[\p{Space_Separator}\t\n\f\r]/u.test(e), u = tt.test(r), a = tt.test(e), o = !n && (!u || u && (i || a)), s = !i && (!a || a && (n || u));
  return t[0] === "*" ? o || s : o ? !s || a : s ? !o || u : false;
}
function Zh(e) {
  let { node: t } = e, r = Q(0, Q(0, t.value, "*", "\\*"), new RegExp([`(^|${tt.source})(_+)`, `(_+)(${tt.source}|$)`].join("|"), "gu"), (u, a, o, s, c) => Q(0, o ? `${a}${o}` : `${s}${c}`, "_", "\\_")), n = (u, a, o) => u.type === "sentence" && o === 0, i = (u, a, o) => Vn(u.children[o - 1]);
  return r !== t.value && (e.match(void 0, n, i) || e.match(void 0, n, (u, a, o) => u.type === "emphasis" && o === 0, i)) && (r = r.replace(/^(\\?[*_])+/, (u) => Q(0, u, "\\", ""))), r;
}
function em(e) {
  let { previous: t, next: r } = e;
  return t?.type === "sentence" && K(0, t.children, -1)?.type === "word" && !K(0, t.children, -1).hasTrailingPunctuation && !/[\p{Space_Separator}\t\n\f\r]$/u.test(K(0, t.children, -1).value) || r?.type === "sentence" && r.children[0]?.type === "word" && !r.children[0].hasLeadingPunctuation && !/^[\p{Space_Separator}\t\n\f\r]/u.test(r.children[0].value);
}
function Du(e, t, r) {
  let { node: n } = e;
  if (tw(e)) {
    let i = [""], u = _r(t.originalText.slice(n.position.start.offset, n.position.end.offset));
    for (let a of u) {
      if (a.type === "word") {
        i.push([i.pop(), a.value]);
        continue;
      }
      let o = mu(e, a.value, t.proseWrap, true, t);
      if (me(o) === ge) {
        i.push([i.pop(), o]);
        continue;
      }
      i.push(o, "");
    }
    return Yt(i);
  }
  switch (n.type) {
    case "root":
      return n.children.length === 0 ? "" : [ew(e, t, r), J];
    case "paragraph":
      return Wh(e, t, r);
    case "sentence":
      return Yh(e, r);
    case "word":
      return t.parser !== "mdx" ? Jh(e, t) : Zh(e);
    case "whitespace":
      return Xh(e, t);
    case "emphasis": {
      let i;
      if (Vn(n.children[0])) i = t.originalText[n.position.start.offset];
      else {
        let u = em(e), a = e.callParent(({ node: o }) => o.type === "strong" && em(e));
        i = u || a || e.hasAncestor((o) => o.type === "emphasis") ? "*" : "_";
      }
      return [i, ae(e, t, r), i];
    }
    case "strong":
      return ["**", ae(e, t, r), "**"];
    case "delete":
      return ["~~", ae(e, t, r), "~~"];
    case "inlineCode": {
      let i = t.proseWrap === "preserve" ? n.value : Q(0, n.value, `
`, " ");
      t.parser !== "mdx" && e.hasAncestor((s) => s.type === "tableCell") && (i = Q(0, i, "|", "\\|"));
      let u = qh(i, "`"), a = "`".repeat(u), o = i.startsWith("`") || i.endsWith("`") || /^[\n ]/.test(i) && /[\n ]$/.test(i) && /[^\n ]/.test(i) ? " " : "";
      return [a, o, i, o, a];
    }
    case "wikiLink": {
      let i;
      return t.proseWrap === "preserve" ? i = n.value : i = Q(0, n.value, /[\t\n]+/g, " "), ["[[", i, "]]"];
    }
    case "link":
      switch (t.originalText[n.position.start.offset]) {
        case "<": {
          let i = "mailto:";
          return ["<", n.url.startsWith(i) && t.originalText.slice(n.position.start.offset + 1, n.position.start.offset + 1 + i.length) !== i ? n.url.slice(i.length) : n.url, ">"];
        }
        case "[":
          return ["[", ae(e, t, r), "](", t.parser !== "mdx" && n.url === "" ? "<>" : du(n.url, false), Wn(n.title, t), ")"];
        default:
          return t.originalText.slice(n.position.start.offset, n.position.end.offset);
      }
    case "image":
      return ["![", nm(n, t), "](", t.parser !== "mdx" && n.url === "" ? "<>" : du(n.url, false), Wn(n.title, t), ")"];
    case "blockquote":
      return ["> ", Ce("> ", ae(e, t, r))];
    case "heading":
      return Mh(e, t, r);
    case "code":
      return Lh(e, t);
    case "html": {
      let { parent: i, isLast: u } = e, a = i.type === "root" && u ? n.value.trimEnd() : n.value, o = /^<!--.*-->$/s.test(a);
      return Me(a, o ? J : Sr(Ar));
    }
    case "list":
      return t.parser === "mdx" ? Vh(e, t, r) : Hh(e, t, r);
    case "thematicBreak": {
      let { ancestors: i } = e, u = i.findIndex((o) => o.type === "list");
      return u === -1 ? e.isFirst && e.parent.type === "root" ? "***" : "---" : Nr(i[u], i[u + 1]) % 2 === 0 ? "***" : "---";
    }
    case "linkReference":
      return ["[", ae(e, t, r), "]", n.referenceType === "full" ? jn(n) : n.referenceType === "collapsed" ? "[]" : ""];
    case "imageReference": {
      let i = nm(n, t);
      return n.referenceType === "full" ? ["![", i, "]", jn(n)] : [...t.parser === "mdx" ? ["![", i, "]"] : ["!", jn(n)], n.referenceType === "collapsed" ? "[]" : ""];
    }
    case "definition": {
      let i = t.proseWrap === "always" ? Nn : " ";
      return $t([jn(n), ":", Tr([i, t.parser !== "mdx" && n.url === "" ? "<>" : du(n.url, true), n.title === null ? "" : [i, Wn(n.title, t, false)]])]);
    }
    case "footnote":
      return ["[^", ae(e, t, r), "]"];
    case "footnoteReference":
      return rm(n);
    case "footnoteDefinition": {
      let i = n.children.length === 1 && n.children[0].type === "paragraph" && (t.proseWrap === "never" || t.proseWrap === "preserve" && n.children[0].position.start.line === n.children[0].position.end.line);
      return [rm(n), ": ", i ? ae(e, t, r) : $t([Ce(" ".repeat(4), ae(e, t, r, { processor: ({ isFirst: u }) => u ? $t([On, r()]) : r() }))])];
    }
    case "table":
      return $h(e, t, r);
    case "tableCell":
      return ae(e, t, r);
    case "break":
      return /\s/.test(t.originalText[n.position.start.offset]) ? ["  ", Sr(Ar)] : ["\\", J];
    case "liquidNode":
      return Me(n.value, J);
    case "import":
    case "export":
    case "jsx":
      return n.value.trimEnd();
    case "esComment":
      return ["{/* ", n.value, " */}"];
    case "math":
      return ["$$", n.meta ? " " + n.meta : "", J, n.value ? [Me(n.value, J), J] : "", "$$"];
    case "inlineMath":
      return t.originalText.slice(mt(n), dt(n));
    case "text":
      return Me(n.value, J);
    default:
      throw new Nh(n, "Markdown");
  }
}
function ew(e, t, r) {
  let n = [], i = null, { children: u } = e.node;
  for (let [a, o] of u.entries()) switch (Pr(o)) {
    case "start":
      i === null && (i = { index: a, offset: o.position.end.offset });
      break;
    case "end":
      i !== null && (n.push({ start: i, end: { index: a, offset: o.position.start.offset } }), i = null);
      break;
    default:
      break;
  }
  return ae(e, t, r, { processor({ index: a }) {
    if (n.length > 0) {
      let o = n[0];
      if (a === o.start.index) return [tm(u[o.start.index]), t.originalText.slice(o.start.offset, o.end.offset), tm(u[o.end.index])];
      if (o.start.index < a && a < o.end.index) return false;
      if (a === o.end.index) return n.shift(), false;
    }
    return r();
  } });
}
function tm(e) {
  if (e.type === "html") return e.value;
  if (e.type === "paragraph" && Array.isArray(e.children) && e.children.length === 1 && e.children[0].type === "esComment") return ["{/* ", e.children[0].value, " */}"];
}
function tw(e) {
  let t = e.findAncestor((r) => r.type === "linkReference" || r.type === "imageReference");
  return t && (t.type !== "linkReference" || t.referenceType !== "full");
}
function du(e, t) {
  return e = Q(0, e, /\\(?![^!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "\\\\"), e = am(e), (/[\x00-\x1f\x7f ]|^</.test(e) || (t ? !/^(?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*$/.test(e) : /[()]/.test(e))) && (e = `<${Q(0, e, /([<>])/g, "\\$1")}>`), e;
}
function Wn(e, t, r = true) {
  if (!e) return "";
  if (r) return " " + Wn(e, t, false);
  t.parser === "mdx" && (e = Q(0, e, /\\(?=["')])/g, ""));
  let n = e.includes('"') && e.includes("'") && !e.includes("(") && !e.includes(")") ? void 0 : Ph(e, t.singleQuote);
  return e = Q(0, e, "\\", "\\\\"), n && (e = Q(0, e, n, `\\${n}`)), e = am(e), e = n ? `${n}${e}${n}` : `(${e})`, e;
}
function jn(e, t) {
  let r = (0, im.default)(e.label);
  return t?.parser === "mdx" ? `[${r}]` : `[${Q(0, r, /[\\[\]]/g, (i) => `\\${i}`)}]`;
}
function rm(e) {
  return `[^${e.label}]`;
}
function nm(e, t) {
  return t.parser !== "mdx" && e.originalAltText ? e.originalAltText : e.alt || "";
}
function aw(e) {
  let t = 0;
  for (let r of e) if (r === ">") t++;
  else if (r !== " " && r !== "	") break;
  return t;
}
function uw(e, t) {
  let r = /[ \t]*(?:>|\\>|&gt;|&GT;|&#0*62;|&#[xX]0*3[eE];)[ \t]*/y, n = [], { lastIndex: i } = r, u;
  for (; u = r.exec(e); ) n.push(u.index), i = r.lastIndex;
  if (t === 0) return e.slice(i);
  let a = K(0, n, -t);
  return a === null ? e : e.slice(a);
}
function om(e, t) {
  let r = e.split(`
`), n = t.value.split(`
`), i = 0;
  return r.map((a, o) => {
    let s = n[i++], c = a.matchAll(ow);
    if (i += [...c].length, o === 0) return a;
    let l = aw(s);
    return uw(a, l);
  }).join(`
`);
}
function cw(e, t) {
  return t.parser === "mdx" ? e = fw(e, t) : e = pw(e, t), e = mw(e), t.parser === "mdx" ? e = xw(e, t) : e = gw(e, t), t.parser !== "mdx" && (e = kw(e, t)), t.parser === "mdx" ? e = bw(e, t) : e = Fw(e, t), t.parser === "mdx" ? e = dw(e) : e = Dw(e), e;
}
function fw(e, t) {
  return ye(e, (r) => {
    if (r.type !== "text") return r;
    let { value: n } = r;
    if (n === "*" || n === "_" || !sw.test(n) || r.position.end.offset - r.position.start.offset === n.length) return r;
    let i = t.originalText.slice(r.position.start.offset, r.position.end.offset);
    return lw.test(i) ? r : { ...r, value: i };
  });
}
function pw(e, t) {
  return ye(e, (r) => (r.type === "text" && (r.raw = t.originalText.slice(r.position.start.offset, r.position.end.offset)), r));
}
function hw(e, t, r) {
  return ye(e, (n) => {
    if (!n.children) return n;
    let i = [], u, a;
    for (let o of n.children) u && t(u, o) ? (o = r(u, o), i.splice(-1, 1, o), a || (a = true)) : i.push(o), u = o;
    return a ? { ...n, children: i } : n;
  });
}
function mw(e) {
  return hw(e, (t, r) => t.type === "text" && r.type === "text", (t, r) => ({ type: "text", value: t.value + r.value, position: { start: t.position.start, end: r.position.end } }));
}
function dw(e) {
  return ye(e, (t, r, [n]) => {
    if (t.type !== "text") return t;
    let { value: i } = t;
    return n.type === "paragraph" && (r === 0 && (i = Or.trimStart(i)), r === n.children.length - 1 && (i = Or.trimEnd(i))), { type: "sentence", position: t.position, children: _r(i) };
  });
}
function Dw(e) {
  let t = /* @__PURE__ */ new Set(), r = /* @__PURE__ */ new Set();
  return n(e, (u, a) => {
    if (u.type === "wikiLink") {
      i(a);
      return;
    }
    if (u.type === "text") {
      if (u.raw.includes("[[")) for (let o of a) o.type === "paragraph" && t.add(o);
      u.raw.includes("]]") && i(a);
    }
  }), ye(e, (u, a, o) => {
    if (u.type !== "text") return u;
    let s = u.raw, c = o.findIndex((f) => f?.type === "paragraph" || f?.type === "heading"), l = c === -1 ? void 0 : o[c];
    if (l) {
      o.slice(c + 1).some((p) => p?.type === "blockquote") && (s = om(s, u));
      let f = o[0];
      f?.type === "paragraph" && (a === 0 && (s = Or.trimStart(s)), a === f.children.length - 1 && (s = Or.trimEnd(s)));
    }
    return l && r.has(l.position) ? { type: "text", position: u.position, value: s } : { type: "sentence", position: u.position, children: _r(s) };
  });
  function n(u, a) {
    return (function o(s, c) {
      if (a(s, c), s.children) for (let l of s.children) o(l, [s, ...c]);
    })(u, []);
  }
  function i(u) {
    for (let a of u) a.type === "paragraph" && t.has(a) && r.add(a.position);
  }
}
function gw(e, t) {
  return ye(e, (r) => {
    if (r.type !== "code") return r;
    let n = /^\n?(?: {4,}|\t)/.test(t.originalText.slice(r.position.start.offset, r.position.end.offset));
    return r.isIndented = n, r;
  });
}
function xw(e, t) {
  return ye(e, (r, n, i) => {
    if (r.type === "code") {
      let u = /^\n?(?: {4,}|\t)/.test(t.originalText.slice(r.position.start.offset, r.position.end.offset));
      if (r.isIndented = u, u) for (let a = 0; a < i.length; a++) {
        let o = i[a];
        if (o.hasIndentedCodeblock) break;
        o.type === "list" && (o.hasIndentedCodeblock = true);
      }
    }
    return r;
  });
}
function kw(e, t) {
  let { originalText: r } = t;
  return ye(e, (n) => {
    if (n.type === "image" || n.type === "imageReference") return n.originalAltText = sm(r, n.position.start.offset, n.position.end.offset), n;
    if (n.type !== "link" || !n.url) return n;
    let i = sm(r, n.position.start.offset, n.position.end.offset);
    return i && /[[\]]/.test(i) && (n.originalLabelText = i), n;
  });
}
function sm(e, t, r) {
  let n = e.indexOf("[", t);
  if (n === -1 || n >= r) return null;
  let i = 1, u = n + 1;
  for (; u < r; ) {
    let a = e[u];
    if (a === "\\") {
      u += 2;
      continue;
    }
    if (a === "[") i++;
    else if (a === "]" && (i--, i === 0)) return e.slice(n + 1, u);
    u++;
  }
  return null;
}
function Fw(e, t) {
  return ye(e, (i, u, a) => {
    if (i.type === "list" && i.children.length > 0) {
      for (let s = 0; s < a.length; s++) {
        let c = a[s];
        if (c.type === "list" && !c.isAligned) return i.isAligned = false, i;
      }
      let o = a[0]?.children[u + 1];
      if (o?.type === "code" && o.isIndented) return i.isAligned = false, i;
      i.isAligned = n(i);
    }
    return i;
  });
  function r(i) {
    return i.children.length === 0 ? -1 : i.children[0].position.start.column - 1;
  }
  function n(i) {
    if (!i.ordered) return true;
    let [u, a] = i.children;
    if (pt(u, t).leadingSpaces.length > 1) return true;
    let s = r(u);
    if (s === -1) return false;
    if (i.children.length === 1) return s % t.tabWidth === 0;
    let c = r(a);
    return s !== c ? false : s % t.tabWidth === 0 ? true : pt(a, t).leadingSpaces.length > 1;
  }
}
function bw(e, t) {
  return ye(e, (i, u, a) => {
    if (i.type === "list" && i.children.length > 0) {
      for (let o = 0; o < a.length; o++) {
        let s = a[o];
        if (s.type === "list" && !s.isAligned) return i.isAligned = false, i;
      }
      i.isAligned = n(i);
    }
    return i;
  });
  function r(i) {
    return i.children.length === 0 ? -1 : i.children[0].position.start.column - 1;
  }
  function n(i) {
    if (!i.ordered) return true;
    let [u, a] = i.children;
    if (pt(u, t).leadingSpaces.length > 1) return true;
    let s = r(u);
    if (s === -1) return false;
    if (i.children.length === 1) return s % t.tabWidth === 0;
    let c = r(a);
    return s !== c ? false : s % t.tabWidth === 0 ? true : pt(a, t).leadingSpaces.length > 1;
  }
}
function Mr(e) {
  if (Rr !== null && typeof Rr.property) {
    let t = Rr;
    return Rr = Mr.prototype = null, t;
  }
  return Rr = Mr.prototype = e ?? /* @__PURE__ */ Object.create(null), new Mr();
}
function xu(e) {
  return Mr(e);
}
function ww(e, t = "type") {
  xu(e);
  function r(n) {
    let i = n[t], u = e[i];
    if (!Array.isArray(u)) throw Object.assign(new Error(`Missing visitor keys for '${i}'.`), { node: n });
    return u;
  }
  return r;
}
var Em, Kn, wm, Cm, ym, vm, _, zr, Am, Tt, Lo, ji, Oo, Ho, Go, Et, Wo, Ko, Xo, Zo, ts, rs, ns, wt, us, Ot, ls, cs, hs, dr, Ss, qs, Ps, Os, ta, zs, Vs, js, Ks, Xs, Zs, rl, il, dn, ia, ll, pl, Ct, gn, xl, bl, Cl, la, Sl, Pl, Ml, ma, jl, Oe, kn, da, tc, ic, oc, lc, hc, ka, kc, bc, Cc, Sc, Bc, Oc, zc, La, $c, Xc, Zc, nf, uf, sf, hf, df, Ff, Ef, yf, Af, Lf, qf, Nf, zf, Hf, Ma, Jf, ep, rp, op, fp, mp, dp, gp, Fp, Ep, Cp, Bp, hm, vu, Qn, Tm, Au, su, mt, dt, it, Lm, ti, qm, Iu, X, ee, qu, rr, Bu, _u, gt, Be, Pu, Ve, Ru, Ou, nr, ni, _e, Vr, Gr, jr, ir, Wr, ar, Km, ii, Yr, ai, rd, ui, ud, oi, si, zu, li, ci, pd, fi, kt, gd, xd, kd, pi, hi, or, Ft, fe, Ld, Id, Jr, Uu, Hu, Vu, Gu, mi, Ud, Hd, Vd, Gd, jd, Wd, Yd, $d, Kd, $u, Jd, Zu, rD, to, ro, no, nD, io, ao, Ge, Pe, bt, pD, Zr, wD, ho, po, Bt, ID, K, qD, BD, Q, _D, sr, Do, tn, lr, je, _t, xo, ko, nn, cr, R, zi, re, Ag, fr, To, kh, Fh, bh, Eh, Rb, Mb, _p, Pp, zb, Ub, Np, Op, $a, Rp, Mp, ge, xe, ft, Te, Se, Qe, be, Ee, we, Xe, Je, Ze, ke, et, Le, Bn, me, Vb, Ka, yt, Up, Hp, Ie, Pn, jp, Wp, Wt, Nn, On, Lr, J, Yb, Ar, $b, Kb, Qb, Xb, Jb, Zb, Kp, Qp, Xp, Jp, Zp, eh, Qa, Xa, th, eE, tE, Rn, Ja, nE, rh, iE, aE, Ir, oE, sE, Za, eu, uh, ve, ze, tu, cE, fE, oh, hE, lh, ch, gE, nu, iu, FE, hh, mh, tt, au, Br, Kt, Ae, rt, qr, bE, Xt, Dh, wE, gh, CE, xh, wh, Ch, yh, Gn, vh, Ah, yE, vE, ku, Sh, Ih, cu, IE, im, qh, Bh, _h, BE, _E, hu, Nh, NE, UE, GE, Kh, JE, rw, am, gu, um, nw, iw, Or, ow, sw, lw, lm, Rr, Ew, cm, le, fm, Cw, pm, yw;
var init_markdown = __esm({
  "node_modules/prettier/plugins/markdown.mjs"() {
    Em = Object.create;
    Kn = Object.defineProperty;
    wm = Object.getOwnPropertyDescriptor;
    Cm = Object.getOwnPropertyNames;
    ym = Object.getPrototypeOf;
    vm = Object.prototype.hasOwnProperty;
    _ = (e, t) => () => {
      try {
        return t || e((t = { exports: {} }).exports, t), t.exports;
      } catch (r) {
        throw t = 0, r;
      }
    };
    zr = (e, t) => {
      for (var r in t) Kn(e, r, { get: t[r], enumerable: true });
    };
    Am = (e, t, r, n) => {
      if (t && typeof t == "object" || typeof t == "function") for (let i of Cm(t)) !vm.call(e, i) && i !== r && Kn(e, i, { get: () => t[i], enumerable: !(n = wm(t, i)) || n.enumerable });
      return e;
    };
    Tt = (e, t, r) => (r = e != null ? Em(ym(e)) : {}, Am(t || !e || !e.__esModule ? Kn(r, "default", { value: e, enumerable: true }) : r, e));
    Lo = _((U8, So) => {
      "use strict";
      So.exports = _g;
      var pr = 9, un = 10, Pt = 32, Lg = 33, Ig = 58, Nt = 91, qg = 92, Hi = 93, hr = 94, on = 96, sn = 4, Bg = 1024;
      function _g(e) {
        var t = this.Parser, r = this.Compiler;
        Pg(t) && Og(t, e), Ng(r) && Rg(r);
      }
      function Pg(e) {
        return !!(e && e.prototype && e.prototype.blockTokenizers);
      }
      function Ng(e) {
        return !!(e && e.prototype && e.prototype.visitors);
      }
      function Og(e, t) {
        for (var r = t || {}, n = e.prototype, i = n.blockTokenizers, u = n.inlineTokenizers, a = n.blockMethods, o = n.inlineMethods, s = i.definition, c = u.reference, l = [], f = -1, p = a.length, m; ++f < p; ) m = a[f], !(m === "newline" || m === "indentedCode" || m === "paragraph" || m === "footnoteDefinition") && l.push([m]);
        l.push(["footnoteDefinition"]), r.inlineNotes && (Vi(o, "reference", "inlineNote"), u.inlineNote = g), Vi(a, "definition", "footnoteDefinition"), Vi(o, "reference", "footnoteCall"), i.definition = F, i.footnoteDefinition = d, u.footnoteCall = k, u.reference = x, n.interruptFootnoteDefinition = l, x.locator = c.locator, k.locator = w, g.locator = T;
        function d(C, D, v) {
          for (var L = this, y = L.interruptFootnoteDefinition, E = L.offset, I = D.length + 1, q = 0, S = [], z, N, M, O, W, ne, h, Y, ie, b, te, pe, Z; q < I && (O = D.charCodeAt(q), !(O !== pr && O !== Pt)); ) q++;
          if (D.charCodeAt(q++) === Nt && D.charCodeAt(q++) === hr) {
            for (N = q; q < I; ) {
              if (O = D.charCodeAt(q), O !== O || O === un || O === pr || O === Pt) return;
              if (O === Hi) {
                M = q, q++;
                break;
              }
              q++;
            }
            if (!(M === void 0 || N === M || D.charCodeAt(q++) !== Ig)) {
              if (v) return true;
              for (z = D.slice(N, M), W = C.now(), ie = 0, b = 0, te = q, pe = []; q < I; ) {
                if (O = D.charCodeAt(q), O !== O || O === un) Z = { start: ie, contentStart: te || q, contentEnd: q, end: q }, pe.push(Z), O === un && (ie = q + 1, b = 0, te = void 0, Z.end = ie);
                else if (b !== void 0) if (O === Pt || O === pr) b += O === Pt ? 1 : sn - b % sn, b > sn && (b = void 0, te = q);
                else {
                  if (b < sn && Z && (Z.contentStart === Z.contentEnd || Mg(y, i, L, [C, D.slice(q, Bg), true]))) break;
                  b = void 0, te = q;
                }
                q++;
              }
              for (q = -1, I = pe.length; I > 0 && (Z = pe[I - 1], Z.contentStart === Z.contentEnd); ) I--;
              for (ne = C(D.slice(0, Z.contentEnd)); ++q < I; ) Z = pe[q], E[W.line + q] = (E[W.line + q] || 0) + (Z.contentStart - Z.start), S.push(D.slice(Z.contentStart, Z.end));
              return h = L.enterBlock(), Y = L.tokenizeBlock(S.join(""), W), h(), ne({ type: "footnoteDefinition", identifier: z.toLowerCase(), label: z, children: Y });
            }
          }
        }
        function k(C, D, v) {
          var L = D.length + 1, y = 0, E, I, q, S;
          if (D.charCodeAt(y++) === Nt && D.charCodeAt(y++) === hr) {
            for (I = y; y < L; ) {
              if (S = D.charCodeAt(y), S !== S || S === un || S === pr || S === Pt) return;
              if (S === Hi) {
                q = y, y++;
                break;
              }
              y++;
            }
            if (!(q === void 0 || I === q)) return v ? true : (E = D.slice(I, q), C(D.slice(0, y))({ type: "footnoteReference", identifier: E.toLowerCase(), label: E }));
          }
        }
        function g(C, D, v) {
          var L = this, y = D.length + 1, E = 0, I = 0, q, S, z, N, M, O, W;
          if (D.charCodeAt(E++) === hr && D.charCodeAt(E++) === Nt) {
            for (z = E; E < y; ) {
              if (S = D.charCodeAt(E), S !== S) return;
              if (O === void 0) if (S === qg) E += 2;
              else if (S === Nt) I++, E++;
              else if (S === Hi) if (I === 0) {
                N = E, E++;
                break;
              } else I--, E++;
              else if (S === on) {
                for (M = E, O = 1; D.charCodeAt(M + O) === on; ) O++;
                E += O;
              } else E++;
              else if (S === on) {
                for (M = E, W = 1; D.charCodeAt(M + W) === on; ) W++;
                E += W, O === W && (O = void 0), W = void 0;
              } else E++;
            }
            if (N !== void 0) return v ? true : (q = C.now(), q.column += 2, q.offset += 2, C(D.slice(0, E))({ type: "footnote", children: L.tokenizeInline(D.slice(z, N), q) }));
          }
        }
        function x(C, D, v) {
          var L = 0;
          if (D.charCodeAt(L) === Lg && L++, D.charCodeAt(L) === Nt && D.charCodeAt(L + 1) !== hr) return c.call(this, C, D, v);
        }
        function F(C, D, v) {
          for (var L = 0, y = D.charCodeAt(L); y === Pt || y === pr; ) y = D.charCodeAt(++L);
          if (y === Nt && D.charCodeAt(L + 1) !== hr) return s.call(this, C, D, v);
        }
        function w(C, D) {
          return C.indexOf("[", D);
        }
        function T(C, D) {
          return C.indexOf("^[", D);
        }
      }
      function Rg(e) {
        var t = e.prototype.visitors, r = "    ";
        t.footnote = n, t.footnoteReference = i, t.footnoteDefinition = u;
        function n(a) {
          return "^[" + this.all(a).join("") + "]";
        }
        function i(a) {
          return "[^" + (a.label || a.identifier) + "]";
        }
        function u(a) {
          for (var o = this.all(a).join(`

`).split(`
`), s = 0, c = o.length, l; ++s < c; ) l = o[s], l !== "" && (o[s] = r + l);
          return "[^" + (a.label || a.identifier) + "]: " + o.join(`
`);
        }
      }
      function Vi(e, t, r) {
        e.splice(e.indexOf(t), 0, r);
      }
      function Mg(e, t, r, n) {
        for (var i = e.length, u = -1; ++u < i; ) if (t[e[u][0]].apply(r, n)) return true;
        return false;
      }
    });
    ji = _((Gi) => {
      Gi.isRemarkParser = zg;
      Gi.isRemarkCompiler = Ug;
      function zg(e) {
        return !!(e && e.prototype && e.prototype.blockTokenizers);
      }
      function Ug(e) {
        return !!(e && e.prototype && e.prototype.visitors);
      }
    });
    Oo = _((V8, No) => {
      var Io = ji();
      No.exports = jg;
      var qo = 9, Bo = 32, ln = 36, Hg = 48, Vg = 57, _o = 92, Gg = ["math", "math-inline"], Po = "math-display";
      function jg(e) {
        let t = this.Parser, r = this.Compiler;
        Io.isRemarkParser(t) && Wg(t, e), Io.isRemarkCompiler(r) && Yg(r, e);
      }
      function Wg(e, t) {
        let r = e.prototype, n = r.inlineMethods;
        u.locator = i, r.inlineTokenizers.math = u, n.splice(n.indexOf("text"), 0, "math");
        function i(a, o) {
          return a.indexOf("$", o);
        }
        function u(a, o, s) {
          let c = o.length, l = false, f = false, p = 0, m, d, k, g, x, F, w;
          if (o.charCodeAt(p) === _o && (f = true, p++), o.charCodeAt(p) === ln) {
            if (p++, f) return s ? true : a(o.slice(0, p))({ type: "text", value: "$" });
            if (o.charCodeAt(p) === ln && (l = true, p++), k = o.charCodeAt(p), !(k === Bo || k === qo)) {
              for (g = p; p < c; ) {
                if (d = k, k = o.charCodeAt(p + 1), d === ln) {
                  if (m = o.charCodeAt(p - 1), m !== Bo && m !== qo && (k !== k || k < Hg || k > Vg) && (!l || k === ln)) {
                    x = p - 1, p++, l && p++, F = p;
                    break;
                  }
                } else d === _o && (p++, k = o.charCodeAt(p + 1));
                p++;
              }
              if (F !== void 0) return s ? true : (w = o.slice(g, x + 1), a(o.slice(0, F))({ type: "inlineMath", value: w, data: { hName: "span", hProperties: { className: Gg.concat(l && t.inlineMathDouble ? [Po] : []) }, hChildren: [{ type: "text", value: w }] } }));
            }
          }
        }
      }
      function Yg(e) {
        let t = e.prototype;
        t.visitors.inlineMath = r;
        function r(n) {
          let i = "$";
          return (n.data && n.data.hProperties && n.data.hProperties.className || []).includes(Po) && (i = "$$"), i + n.value + i;
        }
      }
    });
    Ho = _((G8, Uo) => {
      var Ro = ji();
      Uo.exports = Xg;
      var Mo = 10, mr = 32, Wi = 36, zo = `
`, $g = "$", Kg = 2, Qg = ["math", "math-display"];
      function Xg() {
        let e = this.Parser, t = this.Compiler;
        Ro.isRemarkParser(e) && Jg(e), Ro.isRemarkCompiler(t) && Zg(t);
      }
      function Jg(e) {
        let t = e.prototype, r = t.blockMethods, n = t.interruptParagraph, i = t.interruptList, u = t.interruptBlockquote;
        t.blockTokenizers.math = a, r.splice(r.indexOf("fencedCode") + 1, 0, "math"), n.splice(n.indexOf("fencedCode") + 1, 0, ["math"]), i.splice(i.indexOf("fencedCode") + 1, 0, ["math"]), u.splice(u.indexOf("fencedCode") + 1, 0, ["math"]);
        function a(o, s, c) {
          var l = s.length, f = 0;
          let p, m, d, k, g, x, F, w, T, C, D;
          for (; f < l && s.charCodeAt(f) === mr; ) f++;
          for (g = f; f < l && s.charCodeAt(f) === Wi; ) f++;
          if (x = f - g, !(x < Kg)) {
            for (; f < l && s.charCodeAt(f) === mr; ) f++;
            for (F = f; f < l; ) {
              if (p = s.charCodeAt(f), p === Wi) return;
              if (p === Mo) break;
              f++;
            }
            if (s.charCodeAt(f) === Mo) {
              if (c) return true;
              for (m = [], F !== f && m.push(s.slice(F, f)), f++, d = s.indexOf(zo, f + 1), d = d === -1 ? l : d; f < l; ) {
                for (w = false, C = f, D = d, k = d, T = 0; k > C && s.charCodeAt(k - 1) === mr; ) k--;
                for (; k > C && s.charCodeAt(k - 1) === Wi; ) T++, k--;
                for (x <= T && s.indexOf($g, C) === k && (w = true, D = k); C <= D && C - f < g && s.charCodeAt(C) === mr; ) C++;
                if (w) for (; D > C && s.charCodeAt(D - 1) === mr; ) D--;
                if ((!w || C !== D) && m.push(s.slice(C, D)), w) break;
                f = d + 1, d = s.indexOf(zo, f + 1), d = d === -1 ? l : d;
              }
              return m = m.join(`
`), o(s.slice(0, d))({ type: "math", value: m, data: { hName: "div", hProperties: { className: Qg.concat() }, hChildren: [{ type: "text", value: m }] } });
            }
          }
        }
      }
      function Zg(e) {
        let t = e.prototype;
        t.visitors.math = r;
        function r(n) {
          return `$$
` + n.value + `
$$`;
        }
      }
    });
    Go = _((j8, Vo) => {
      var ex = Oo(), tx = Ho();
      Vo.exports = rx;
      function rx(e) {
        var t = e || {};
        tx.call(this, t), ex.call(this, t);
      }
    });
    Et = _((W8, jo) => {
      jo.exports = ix;
      var nx = Object.prototype.hasOwnProperty;
      function ix() {
        for (var e = {}, t = 0; t < arguments.length; t++) {
          var r = arguments[t];
          for (var n in r) nx.call(r, n) && (e[n] = r[n]);
        }
        return e;
      }
    });
    Wo = _((Y8, Yi) => {
      typeof Object.create == "function" ? Yi.exports = function(t, r) {
        r && (t.super_ = r, t.prototype = Object.create(r.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }));
      } : Yi.exports = function(t, r) {
        if (r) {
          t.super_ = r;
          var n = function() {
          };
          n.prototype = r.prototype, t.prototype = new n(), t.prototype.constructor = t;
        }
      };
    });
    Ko = _(($8, $o) => {
      "use strict";
      var ax = Et(), Yo = Wo();
      $o.exports = ux;
      function ux(e) {
        var t, r, n;
        Yo(u, e), Yo(i, u), t = u.prototype;
        for (r in t) n = t[r], n && typeof n == "object" && (t[r] = "concat" in n ? n.concat() : ax(n));
        return u;
        function i(a) {
          return e.apply(this, a);
        }
        function u() {
          return this instanceof u ? e.apply(this, arguments) : new i(arguments);
        }
      }
    });
    Xo = _((K8, Qo) => {
      "use strict";
      Qo.exports = ox;
      function ox(e, t, r) {
        return n;
        function n() {
          var i = r || this, u = i[e];
          return i[e] = !t, a;
          function a() {
            i[e] = u;
          }
        }
      }
    });
    Zo = _((Q8, Jo) => {
      "use strict";
      Jo.exports = sx;
      function sx(e) {
        for (var t = String(e), r = [], n = /\r?\n|\r/g; n.exec(t); ) r.push(n.lastIndex);
        return r.push(t.length + 1), { toPoint: i, toPosition: i, toOffset: u };
        function i(a) {
          var o = -1;
          if (a > -1 && a < r[r.length - 1]) {
            for (; ++o < r.length; ) if (r[o] > a) return { line: o + 1, column: a - (r[o - 1] || 0) + 1, offset: a };
          }
          return {};
        }
        function u(a) {
          var o = a && a.line, s = a && a.column, c;
          return !isNaN(o) && !isNaN(s) && o - 1 in r && (c = (r[o - 2] || 0) + s - 1 || 0), c > -1 && c < r[r.length - 1] ? c : -1;
        }
      }
    });
    ts = _((X8, es) => {
      "use strict";
      es.exports = lx;
      var $i = "\\";
      function lx(e, t) {
        return r;
        function r(n) {
          for (var i = 0, u = n.indexOf($i), a = e[t], o = [], s; u !== -1; ) o.push(n.slice(i, u)), i = u + 1, s = n.charAt(i), (!s || a.indexOf(s) === -1) && o.push($i), u = n.indexOf($i, i + 1);
          return o.push(n.slice(i)), o.join("");
        }
      }
    });
    rs = _((J8, cx) => {
      cx.exports = { AElig: "\xC6", AMP: "&", Aacute: "\xC1", Acirc: "\xC2", Agrave: "\xC0", Aring: "\xC5", Atilde: "\xC3", Auml: "\xC4", COPY: "\xA9", Ccedil: "\xC7", ETH: "\xD0", Eacute: "\xC9", Ecirc: "\xCA", Egrave: "\xC8", Euml: "\xCB", GT: ">", Iacute: "\xCD", Icirc: "\xCE", Igrave: "\xCC", Iuml: "\xCF", LT: "<", Ntilde: "\xD1", Oacute: "\xD3", Ocirc: "\xD4", Ograve: "\xD2", Oslash: "\xD8", Otilde: "\xD5", Ouml: "\xD6", QUOT: '"', REG: "\xAE", THORN: "\xDE", Uacute: "\xDA", Ucirc: "\xDB", Ugrave: "\xD9", Uuml: "\xDC", Yacute: "\xDD", aacute: "\xE1", acirc: "\xE2", acute: "\xB4", aelig: "\xE6", agrave: "\xE0", amp: "&", aring: "\xE5", atilde: "\xE3", auml: "\xE4", brvbar: "\xA6", ccedil: "\xE7", cedil: "\xB8", cent: "\xA2", copy: "\xA9", curren: "\xA4", deg: "\xB0", divide: "\xF7", eacute: "\xE9", ecirc: "\xEA", egrave: "\xE8", eth: "\xF0", euml: "\xEB", frac12: "\xBD", frac14: "\xBC", frac34: "\xBE", gt: ">", iacute: "\xED", icirc: "\xEE", iexcl: "\xA1", igrave: "\xEC", iquest: "\xBF", iuml: "\xEF", laquo: "\xAB", lt: "<", macr: "\xAF", micro: "\xB5", middot: "\xB7", nbsp: "\xA0", not: "\xAC", ntilde: "\xF1", oacute: "\xF3", ocirc: "\xF4", ograve: "\xF2", ordf: "\xAA", ordm: "\xBA", oslash: "\xF8", otilde: "\xF5", ouml: "\xF6", para: "\xB6", plusmn: "\xB1", pound: "\xA3", quot: '"', raquo: "\xBB", reg: "\xAE", sect: "\xA7", shy: "\xAD", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", szlig: "\xDF", thorn: "\xFE", times: "\xD7", uacute: "\xFA", ucirc: "\xFB", ugrave: "\xF9", uml: "\xA8", uuml: "\xFC", yacute: "\xFD", yen: "\xA5", yuml: "\xFF" };
    });
    ns = _((Z8, fx) => {
      fx.exports = { "0": "\uFFFD", "128": "\u20AC", "130": "\u201A", "131": "\u0192", "132": "\u201E", "133": "\u2026", "134": "\u2020", "135": "\u2021", "136": "\u02C6", "137": "\u2030", "138": "\u0160", "139": "\u2039", "140": "\u0152", "142": "\u017D", "145": "\u2018", "146": "\u2019", "147": "\u201C", "148": "\u201D", "149": "\u2022", "150": "\u2013", "151": "\u2014", "152": "\u02DC", "153": "\u2122", "154": "\u0161", "155": "\u203A", "156": "\u0153", "158": "\u017E", "159": "\u0178" };
    });
    wt = _((eT, is) => {
      "use strict";
      is.exports = px;
      function px(e) {
        var t = typeof e == "string" ? e.charCodeAt(0) : e;
        return t >= 48 && t <= 57;
      }
    });
    us = _((tT, as) => {
      "use strict";
      as.exports = hx;
      function hx(e) {
        var t = typeof e == "string" ? e.charCodeAt(0) : e;
        return t >= 97 && t <= 102 || t >= 65 && t <= 70 || t >= 48 && t <= 57;
      }
    });
    Ot = _((rT, os) => {
      "use strict";
      os.exports = mx;
      function mx(e) {
        var t = typeof e == "string" ? e.charCodeAt(0) : e;
        return t >= 97 && t <= 122 || t >= 65 && t <= 90;
      }
    });
    ls = _((nT, ss) => {
      "use strict";
      var dx = Ot(), Dx = wt();
      ss.exports = gx;
      function gx(e) {
        return dx(e) || Dx(e);
      }
    });
    cs = _((iT, xx) => {
      xx.exports = { AEli: "\xC6", AElig: "\xC6", AM: "&", AMP: "&", Aacut: "\xC1", Aacute: "\xC1", Abreve: "\u0102", Acir: "\xC2", Acirc: "\xC2", Acy: "\u0410", Afr: "\u{1D504}", Agrav: "\xC0", Agrave: "\xC0", Alpha: "\u0391", Amacr: "\u0100", And: "\u2A53", Aogon: "\u0104", Aopf: "\u{1D538}", ApplyFunction: "\u2061", Arin: "\xC5", Aring: "\xC5", Ascr: "\u{1D49C}", Assign: "\u2254", Atild: "\xC3", Atilde: "\xC3", Aum: "\xC4", Auml: "\xC4", Backslash: "\u2216", Barv: "\u2AE7", Barwed: "\u2306", Bcy: "\u0411", Because: "\u2235", Bernoullis: "\u212C", Beta: "\u0392", Bfr: "\u{1D505}", Bopf: "\u{1D539}", Breve: "\u02D8", Bscr: "\u212C", Bumpeq: "\u224E", CHcy: "\u0427", COP: "\xA9", COPY: "\xA9", Cacute: "\u0106", Cap: "\u22D2", CapitalDifferentialD: "\u2145", Cayleys: "\u212D", Ccaron: "\u010C", Ccedi: "\xC7", Ccedil: "\xC7", Ccirc: "\u0108", Cconint: "\u2230", Cdot: "\u010A", Cedilla: "\xB8", CenterDot: "\xB7", Cfr: "\u212D", Chi: "\u03A7", CircleDot: "\u2299", CircleMinus: "\u2296", CirclePlus: "\u2295", CircleTimes: "\u2297", ClockwiseContourIntegral: "\u2232", CloseCurlyDoubleQuote: "\u201D", CloseCurlyQuote: "\u2019", Colon: "\u2237", Colone: "\u2A74", Congruent: "\u2261", Conint: "\u222F", ContourIntegral: "\u222E", Copf: "\u2102", Coproduct: "\u2210", CounterClockwiseContourIntegral: "\u2233", Cross: "\u2A2F", Cscr: "\u{1D49E}", Cup: "\u22D3", CupCap: "\u224D", DD: "\u2145", DDotrahd: "\u2911", DJcy: "\u0402", DScy: "\u0405", DZcy: "\u040F", Dagger: "\u2021", Darr: "\u21A1", Dashv: "\u2AE4", Dcaron: "\u010E", Dcy: "\u0414", Del: "\u2207", Delta: "\u0394", Dfr: "\u{1D507}", DiacriticalAcute: "\xB4", DiacriticalDot: "\u02D9", DiacriticalDoubleAcute: "\u02DD", DiacriticalGrave: "`", DiacriticalTilde: "\u02DC", Diamond: "\u22C4", DifferentialD: "\u2146", Dopf: "\u{1D53B}", Dot: "\xA8", DotDot: "\u20DC", DotEqual: "\u2250", DoubleContourIntegral: "\u222F", DoubleDot: "\xA8", DoubleDownArrow: "\u21D3", DoubleLeftArrow: "\u21D0", DoubleLeftRightArrow: "\u21D4", DoubleLeftTee: "\u2AE4", DoubleLongLeftArrow: "\u27F8", DoubleLongLeftRightArrow: "\u27FA", DoubleLongRightArrow: "\u27F9", DoubleRightArrow: "\u21D2", DoubleRightTee: "\u22A8", DoubleUpArrow: "\u21D1", DoubleUpDownArrow: "\u21D5", DoubleVerticalBar: "\u2225", DownArrow: "\u2193", DownArrowBar: "\u2913", DownArrowUpArrow: "\u21F5", DownBreve: "\u0311", DownLeftRightVector: "\u2950", DownLeftTeeVector: "\u295E", DownLeftVector: "\u21BD", DownLeftVectorBar: "\u2956", DownRightTeeVector: "\u295F", DownRightVector: "\u21C1", DownRightVectorBar: "\u2957", DownTee: "\u22A4", DownTeeArrow: "\u21A7", Downarrow: "\u21D3", Dscr: "\u{1D49F}", Dstrok: "\u0110", ENG: "\u014A", ET: "\xD0", ETH: "\xD0", Eacut: "\xC9", Eacute: "\xC9", Ecaron: "\u011A", Ecir: "\xCA", Ecirc: "\xCA", Ecy: "\u042D", Edot: "\u0116", Efr: "\u{1D508}", Egrav: "\xC8", Egrave: "\xC8", Element: "\u2208", Emacr: "\u0112", EmptySmallSquare: "\u25FB", EmptyVerySmallSquare: "\u25AB", Eogon: "\u0118", Eopf: "\u{1D53C}", Epsilon: "\u0395", Equal: "\u2A75", EqualTilde: "\u2242", Equilibrium: "\u21CC", Escr: "\u2130", Esim: "\u2A73", Eta: "\u0397", Eum: "\xCB", Euml: "\xCB", Exists: "\u2203", ExponentialE: "\u2147", Fcy: "\u0424", Ffr: "\u{1D509}", FilledSmallSquare: "\u25FC", FilledVerySmallSquare: "\u25AA", Fopf: "\u{1D53D}", ForAll: "\u2200", Fouriertrf: "\u2131", Fscr: "\u2131", GJcy: "\u0403", G: ">", GT: ">", Gamma: "\u0393", Gammad: "\u03DC", Gbreve: "\u011E", Gcedil: "\u0122", Gcirc: "\u011C", Gcy: "\u0413", Gdot: "\u0120", Gfr: "\u{1D50A}", Gg: "\u22D9", Gopf: "\u{1D53E}", GreaterEqual: "\u2265", GreaterEqualLess: "\u22DB", GreaterFullEqual: "\u2267", GreaterGreater: "\u2AA2", GreaterLess: "\u2277", GreaterSlantEqual: "\u2A7E", GreaterTilde: "\u2273", Gscr: "\u{1D4A2}", Gt: "\u226B", HARDcy: "\u042A", Hacek: "\u02C7", Hat: "^", Hcirc: "\u0124", Hfr: "\u210C", HilbertSpace: "\u210B", Hopf: "\u210D", HorizontalLine: "\u2500", Hscr: "\u210B", Hstrok: "\u0126", HumpDownHump: "\u224E", HumpEqual: "\u224F", IEcy: "\u0415", IJlig: "\u0132", IOcy: "\u0401", Iacut: "\xCD", Iacute: "\xCD", Icir: "\xCE", Icirc: "\xCE", Icy: "\u0418", Idot: "\u0130", Ifr: "\u2111", Igrav: "\xCC", Igrave: "\xCC", Im: "\u2111", Imacr: "\u012A", ImaginaryI: "\u2148", Implies: "\u21D2", Int: "\u222C", Integral: "\u222B", Intersection: "\u22C2", InvisibleComma: "\u2063", InvisibleTimes: "\u2062", Iogon: "\u012E", Iopf: "\u{1D540}", Iota: "\u0399", Iscr: "\u2110", Itilde: "\u0128", Iukcy: "\u0406", Ium: "\xCF", Iuml: "\xCF", Jcirc: "\u0134", Jcy: "\u0419", Jfr: "\u{1D50D}", Jopf: "\u{1D541}", Jscr: "\u{1D4A5}", Jsercy: "\u0408", Jukcy: "\u0404", KHcy: "\u0425", KJcy: "\u040C", Kappa: "\u039A", Kcedil: "\u0136", Kcy: "\u041A", Kfr: "\u{1D50E}", Kopf: "\u{1D542}", Kscr: "\u{1D4A6}", LJcy: "\u0409", L: "<", LT: "<", Lacute: "\u0139", Lambda: "\u039B", Lang: "\u27EA", Laplacetrf: "\u2112", Larr: "\u219E", Lcaron: "\u013D", Lcedil: "\u013B", Lcy: "\u041B", LeftAngleBracket: "\u27E8", LeftArrow: "\u2190", LeftArrowBar: "\u21E4", LeftArrowRightArrow: "\u21C6", LeftCeiling: "\u2308", LeftDoubleBracket: "\u27E6", LeftDownTeeVector: "\u2961", LeftDownVector: "\u21C3", LeftDownVectorBar: "\u2959", LeftFloor: "\u230A", LeftRightArrow: "\u2194", LeftRightVector: "\u294E", LeftTee: "\u22A3", LeftTeeArrow: "\u21A4", LeftTeeVector: "\u295A", LeftTriangle: "\u22B2", LeftTriangleBar: "\u29CF", LeftTriangleEqual: "\u22B4", LeftUpDownVector: "\u2951", LeftUpTeeVector: "\u2960", LeftUpVector: "\u21BF", LeftUpVectorBar: "\u2958", LeftVector: "\u21BC", LeftVectorBar: "\u2952", Leftarrow: "\u21D0", Leftrightarrow: "\u21D4", LessEqualGreater: "\u22DA", LessFullEqual: "\u2266", LessGreater: "\u2276", LessLess: "\u2AA1", LessSlantEqual: "\u2A7D", LessTilde: "\u2272", Lfr: "\u{1D50F}", Ll: "\u22D8", Lleftarrow: "\u21DA", Lmidot: "\u013F", LongLeftArrow: "\u27F5", LongLeftRightArrow: "\u27F7", LongRightArrow: "\u27F6", Longleftarrow: "\u27F8", Longleftrightarrow: "\u27FA", Longrightarrow: "\u27F9", Lopf: "\u{1D543}", LowerLeftArrow: "\u2199", LowerRightArrow: "\u2198", Lscr: "\u2112", Lsh: "\u21B0", Lstrok: "\u0141", Lt: "\u226A", Map: "\u2905", Mcy: "\u041C", MediumSpace: "\u205F", Mellintrf: "\u2133", Mfr: "\u{1D510}", MinusPlus: "\u2213", Mopf: "\u{1D544}", Mscr: "\u2133", Mu: "\u039C", NJcy: "\u040A", Nacute: "\u0143", Ncaron: "\u0147", Ncedil: "\u0145", Ncy: "\u041D", NegativeMediumSpace: "\u200B", NegativeThickSpace: "\u200B", NegativeThinSpace: "\u200B", NegativeVeryThinSpace: "\u200B", NestedGreaterGreater: "\u226B", NestedLessLess: "\u226A", NewLine: `
`, Nfr: "\u{1D511}", NoBreak: "\u2060", NonBreakingSpace: "\xA0", Nopf: "\u2115", Not: "\u2AEC", NotCongruent: "\u2262", NotCupCap: "\u226D", NotDoubleVerticalBar: "\u2226", NotElement: "\u2209", NotEqual: "\u2260", NotEqualTilde: "\u2242\u0338", NotExists: "\u2204", NotGreater: "\u226F", NotGreaterEqual: "\u2271", NotGreaterFullEqual: "\u2267\u0338", NotGreaterGreater: "\u226B\u0338", NotGreaterLess: "\u2279", NotGreaterSlantEqual: "\u2A7E\u0338", NotGreaterTilde: "\u2275", NotHumpDownHump: "\u224E\u0338", NotHumpEqual: "\u224F\u0338", NotLeftTriangle: "\u22EA", NotLeftTriangleBar: "\u29CF\u0338", NotLeftTriangleEqual: "\u22EC", NotLess: "\u226E", NotLessEqual: "\u2270", NotLessGreater: "\u2278", NotLessLess: "\u226A\u0338", NotLessSlantEqual: "\u2A7D\u0338", NotLessTilde: "\u2274", NotNestedGreaterGreater: "\u2AA2\u0338", NotNestedLessLess: "\u2AA1\u0338", NotPrecedes: "\u2280", NotPrecedesEqual: "\u2AAF\u0338", NotPrecedesSlantEqual: "\u22E0", NotReverseElement: "\u220C", NotRightTriangle: "\u22EB", NotRightTriangleBar: "\u29D0\u0338", NotRightTriangleEqual: "\u22ED", NotSquareSubset: "\u228F\u0338", NotSquareSubsetEqual: "\u22E2", NotSquareSuperset: "\u2290\u0338", NotSquareSupersetEqual: "\u22E3", NotSubset: "\u2282\u20D2", NotSubsetEqual: "\u2288", NotSucceeds: "\u2281", NotSucceedsEqual: "\u2AB0\u0338", NotSucceedsSlantEqual: "\u22E1", NotSucceedsTilde: "\u227F\u0338", NotSuperset: "\u2283\u20D2", NotSupersetEqual: "\u2289", NotTilde: "\u2241", NotTildeEqual: "\u2244", NotTildeFullEqual: "\u2247", NotTildeTilde: "\u2249", NotVerticalBar: "\u2224", Nscr: "\u{1D4A9}", Ntild: "\xD1", Ntilde: "\xD1", Nu: "\u039D", OElig: "\u0152", Oacut: "\xD3", Oacute: "\xD3", Ocir: "\xD4", Ocirc: "\xD4", Ocy: "\u041E", Odblac: "\u0150", Ofr: "\u{1D512}", Ograv: "\xD2", Ograve: "\xD2", Omacr: "\u014C", Omega: "\u03A9", Omicron: "\u039F", Oopf: "\u{1D546}", OpenCurlyDoubleQuote: "\u201C", OpenCurlyQuote: "\u2018", Or: "\u2A54", Oscr: "\u{1D4AA}", Oslas: "\xD8", Oslash: "\xD8", Otild: "\xD5", Otilde: "\xD5", Otimes: "\u2A37", Oum: "\xD6", Ouml: "\xD6", OverBar: "\u203E", OverBrace: "\u23DE", OverBracket: "\u23B4", OverParenthesis: "\u23DC", PartialD: "\u2202", Pcy: "\u041F", Pfr: "\u{1D513}", Phi: "\u03A6", Pi: "\u03A0", PlusMinus: "\xB1", Poincareplane: "\u210C", Popf: "\u2119", Pr: "\u2ABB", Precedes: "\u227A", PrecedesEqual: "\u2AAF", PrecedesSlantEqual: "\u227C", PrecedesTilde: "\u227E", Prime: "\u2033", Product: "\u220F", Proportion: "\u2237", Proportional: "\u221D", Pscr: "\u{1D4AB}", Psi: "\u03A8", QUO: '"', QUOT: '"', Qfr: "\u{1D514}", Qopf: "\u211A", Qscr: "\u{1D4AC}", RBarr: "\u2910", RE: "\xAE", REG: "\xAE", Racute: "\u0154", Rang: "\u27EB", Rarr: "\u21A0", Rarrtl: "\u2916", Rcaron: "\u0158", Rcedil: "\u0156", Rcy: "\u0420", Re: "\u211C", ReverseElement: "\u220B", ReverseEquilibrium: "\u21CB", ReverseUpEquilibrium: "\u296F", Rfr: "\u211C", Rho: "\u03A1", RightAngleBracket: "\u27E9", RightArrow: "\u2192", RightArrowBar: "\u21E5", RightArrowLeftArrow: "\u21C4", RightCeiling: "\u2309", RightDoubleBracket: "\u27E7", RightDownTeeVector: "\u295D", RightDownVector: "\u21C2", RightDownVectorBar: "\u2955", RightFloor: "\u230B", RightTee: "\u22A2", RightTeeArrow: "\u21A6", RightTeeVector: "\u295B", RightTriangle: "\u22B3", RightTriangleBar: "\u29D0", RightTriangleEqual: "\u22B5", RightUpDownVector: "\u294F", RightUpTeeVector: "\u295C", RightUpVector: "\u21BE", RightUpVectorBar: "\u2954", RightVector: "\u21C0", RightVectorBar: "\u2953", Rightarrow: "\u21D2", Ropf: "\u211D", RoundImplies: "\u2970", Rrightarrow: "\u21DB", Rscr: "\u211B", Rsh: "\u21B1", RuleDelayed: "\u29F4", SHCHcy: "\u0429", SHcy: "\u0428", SOFTcy: "\u042C", Sacute: "\u015A", Sc: "\u2ABC", Scaron: "\u0160", Scedil: "\u015E", Scirc: "\u015C", Scy: "\u0421", Sfr: "\u{1D516}", ShortDownArrow: "\u2193", ShortLeftArrow: "\u2190", ShortRightArrow: "\u2192", ShortUpArrow: "\u2191", Sigma: "\u03A3", SmallCircle: "\u2218", Sopf: "\u{1D54A}", Sqrt: "\u221A", Square: "\u25A1", SquareIntersection: "\u2293", SquareSubset: "\u228F", SquareSubsetEqual: "\u2291", SquareSuperset: "\u2290", SquareSupersetEqual: "\u2292", SquareUnion: "\u2294", Sscr: "\u{1D4AE}", Star: "\u22C6", Sub: "\u22D0", Subset: "\u22D0", SubsetEqual: "\u2286", Succeeds: "\u227B", SucceedsEqual: "\u2AB0", SucceedsSlantEqual: "\u227D", SucceedsTilde: "\u227F", SuchThat: "\u220B", Sum: "\u2211", Sup: "\u22D1", Superset: "\u2283", SupersetEqual: "\u2287", Supset: "\u22D1", THOR: "\xDE", THORN: "\xDE", TRADE: "\u2122", TSHcy: "\u040B", TScy: "\u0426", Tab: "	", Tau: "\u03A4", Tcaron: "\u0164", Tcedil: "\u0162", Tcy: "\u0422", Tfr: "\u{1D517}", Therefore: "\u2234", Theta: "\u0398", ThickSpace: "\u205F\u200A", ThinSpace: "\u2009", Tilde: "\u223C", TildeEqual: "\u2243", TildeFullEqual: "\u2245", TildeTilde: "\u2248", Topf: "\u{1D54B}", TripleDot: "\u20DB", Tscr: "\u{1D4AF}", Tstrok: "\u0166", Uacut: "\xDA", Uacute: "\xDA", Uarr: "\u219F", Uarrocir: "\u2949", Ubrcy: "\u040E", Ubreve: "\u016C", Ucir: "\xDB", Ucirc: "\xDB", Ucy: "\u0423", Udblac: "\u0170", Ufr: "\u{1D518}", Ugrav: "\xD9", Ugrave: "\xD9", Umacr: "\u016A", UnderBar: "_", UnderBrace: "\u23DF", UnderBracket: "\u23B5", UnderParenthesis: "\u23DD", Union: "\u22C3", UnionPlus: "\u228E", Uogon: "\u0172", Uopf: "\u{1D54C}", UpArrow: "\u2191", UpArrowBar: "\u2912", UpArrowDownArrow: "\u21C5", UpDownArrow: "\u2195", UpEquilibrium: "\u296E", UpTee: "\u22A5", UpTeeArrow: "\u21A5", Uparrow: "\u21D1", Updownarrow: "\u21D5", UpperLeftArrow: "\u2196", UpperRightArrow: "\u2197", Upsi: "\u03D2", Upsilon: "\u03A5", Uring: "\u016E", Uscr: "\u{1D4B0}", Utilde: "\u0168", Uum: "\xDC", Uuml: "\xDC", VDash: "\u22AB", Vbar: "\u2AEB", Vcy: "\u0412", Vdash: "\u22A9", Vdashl: "\u2AE6", Vee: "\u22C1", Verbar: "\u2016", Vert: "\u2016", VerticalBar: "\u2223", VerticalLine: "|", VerticalSeparator: "\u2758", VerticalTilde: "\u2240", VeryThinSpace: "\u200A", Vfr: "\u{1D519}", Vopf: "\u{1D54D}", Vscr: "\u{1D4B1}", Vvdash: "\u22AA", Wcirc: "\u0174", Wedge: "\u22C0", Wfr: "\u{1D51A}", Wopf: "\u{1D54E}", Wscr: "\u{1D4B2}", Xfr: "\u{1D51B}", Xi: "\u039E", Xopf: "\u{1D54F}", Xscr: "\u{1D4B3}", YAcy: "\u042F", YIcy: "\u0407", YUcy: "\u042E", Yacut: "\xDD", Yacute: "\xDD", Ycirc: "\u0176", Ycy: "\u042B", Yfr: "\u{1D51C}", Yopf: "\u{1D550}", Yscr: "\u{1D4B4}", Yuml: "\u0178", ZHcy: "\u0416", Zacute: "\u0179", Zcaron: "\u017D", Zcy: "\u0417", Zdot: "\u017B", ZeroWidthSpace: "\u200B", Zeta: "\u0396", Zfr: "\u2128", Zopf: "\u2124", Zscr: "\u{1D4B5}", aacut: "\xE1", aacute: "\xE1", abreve: "\u0103", ac: "\u223E", acE: "\u223E\u0333", acd: "\u223F", acir: "\xE2", acirc: "\xE2", acut: "\xB4", acute: "\xB4", acy: "\u0430", aeli: "\xE6", aelig: "\xE6", af: "\u2061", afr: "\u{1D51E}", agrav: "\xE0", agrave: "\xE0", alefsym: "\u2135", aleph: "\u2135", alpha: "\u03B1", amacr: "\u0101", amalg: "\u2A3F", am: "&", amp: "&", and: "\u2227", andand: "\u2A55", andd: "\u2A5C", andslope: "\u2A58", andv: "\u2A5A", ang: "\u2220", ange: "\u29A4", angle: "\u2220", angmsd: "\u2221", angmsdaa: "\u29A8", angmsdab: "\u29A9", angmsdac: "\u29AA", angmsdad: "\u29AB", angmsdae: "\u29AC", angmsdaf: "\u29AD", angmsdag: "\u29AE", angmsdah: "\u29AF", angrt: "\u221F", angrtvb: "\u22BE", angrtvbd: "\u299D", angsph: "\u2222", angst: "\xC5", angzarr: "\u237C", aogon: "\u0105", aopf: "\u{1D552}", ap: "\u2248", apE: "\u2A70", apacir: "\u2A6F", ape: "\u224A", apid: "\u224B", apos: "'", approx: "\u2248", approxeq: "\u224A", arin: "\xE5", aring: "\xE5", ascr: "\u{1D4B6}", ast: "*", asymp: "\u2248", asympeq: "\u224D", atild: "\xE3", atilde: "\xE3", aum: "\xE4", auml: "\xE4", awconint: "\u2233", awint: "\u2A11", bNot: "\u2AED", backcong: "\u224C", backepsilon: "\u03F6", backprime: "\u2035", backsim: "\u223D", backsimeq: "\u22CD", barvee: "\u22BD", barwed: "\u2305", barwedge: "\u2305", bbrk: "\u23B5", bbrktbrk: "\u23B6", bcong: "\u224C", bcy: "\u0431", bdquo: "\u201E", becaus: "\u2235", because: "\u2235", bemptyv: "\u29B0", bepsi: "\u03F6", bernou: "\u212C", beta: "\u03B2", beth: "\u2136", between: "\u226C", bfr: "\u{1D51F}", bigcap: "\u22C2", bigcirc: "\u25EF", bigcup: "\u22C3", bigodot: "\u2A00", bigoplus: "\u2A01", bigotimes: "\u2A02", bigsqcup: "\u2A06", bigstar: "\u2605", bigtriangledown: "\u25BD", bigtriangleup: "\u25B3", biguplus: "\u2A04", bigvee: "\u22C1", bigwedge: "\u22C0", bkarow: "\u290D", blacklozenge: "\u29EB", blacksquare: "\u25AA", blacktriangle: "\u25B4", blacktriangledown: "\u25BE", blacktriangleleft: "\u25C2", blacktriangleright: "\u25B8", blank: "\u2423", blk12: "\u2592", blk14: "\u2591", blk34: "\u2593", block: "\u2588", bne: "=\u20E5", bnequiv: "\u2261\u20E5", bnot: "\u2310", bopf: "\u{1D553}", bot: "\u22A5", bottom: "\u22A5", bowtie: "\u22C8", boxDL: "\u2557", boxDR: "\u2554", boxDl: "\u2556", boxDr: "\u2553", boxH: "\u2550", boxHD: "\u2566", boxHU: "\u2569", boxHd: "\u2564", boxHu: "\u2567", boxUL: "\u255D", boxUR: "\u255A", boxUl: "\u255C", boxUr: "\u2559", boxV: "\u2551", boxVH: "\u256C", boxVL: "\u2563", boxVR: "\u2560", boxVh: "\u256B", boxVl: "\u2562", boxVr: "\u255F", boxbox: "\u29C9", boxdL: "\u2555", boxdR: "\u2552", boxdl: "\u2510", boxdr: "\u250C", boxh: "\u2500", boxhD: "\u2565", boxhU: "\u2568", boxhd: "\u252C", boxhu: "\u2534", boxminus: "\u229F", boxplus: "\u229E", boxtimes: "\u22A0", boxuL: "\u255B", boxuR: "\u2558", boxul: "\u2518", boxur: "\u2514", boxv: "\u2502", boxvH: "\u256A", boxvL: "\u2561", boxvR: "\u255E", boxvh: "\u253C", boxvl: "\u2524", boxvr: "\u251C", bprime: "\u2035", breve: "\u02D8", brvba: "\xA6", brvbar: "\xA6", bscr: "\u{1D4B7}", bsemi: "\u204F", bsim: "\u223D", bsime: "\u22CD", bsol: "\\", bsolb: "\u29C5", bsolhsub: "\u27C8", bull: "\u2022", bullet: "\u2022", bump: "\u224E", bumpE: "\u2AAE", bumpe: "\u224F", bumpeq: "\u224F", cacute: "\u0107", cap: "\u2229", capand: "\u2A44", capbrcup: "\u2A49", capcap: "\u2A4B", capcup: "\u2A47", capdot: "\u2A40", caps: "\u2229\uFE00", caret: "\u2041", caron: "\u02C7", ccaps: "\u2A4D", ccaron: "\u010D", ccedi: "\xE7", ccedil: "\xE7", ccirc: "\u0109", ccups: "\u2A4C", ccupssm: "\u2A50", cdot: "\u010B", cedi: "\xB8", cedil: "\xB8", cemptyv: "\u29B2", cen: "\xA2", cent: "\xA2", centerdot: "\xB7", cfr: "\u{1D520}", chcy: "\u0447", check: "\u2713", checkmark: "\u2713", chi: "\u03C7", cir: "\u25CB", cirE: "\u29C3", circ: "\u02C6", circeq: "\u2257", circlearrowleft: "\u21BA", circlearrowright: "\u21BB", circledR: "\xAE", circledS: "\u24C8", circledast: "\u229B", circledcirc: "\u229A", circleddash: "\u229D", cire: "\u2257", cirfnint: "\u2A10", cirmid: "\u2AEF", cirscir: "\u29C2", clubs: "\u2663", clubsuit: "\u2663", colon: ":", colone: "\u2254", coloneq: "\u2254", comma: ",", commat: "@", comp: "\u2201", compfn: "\u2218", complement: "\u2201", complexes: "\u2102", cong: "\u2245", congdot: "\u2A6D", conint: "\u222E", copf: "\u{1D554}", coprod: "\u2210", cop: "\xA9", copy: "\xA9", copysr: "\u2117", crarr: "\u21B5", cross: "\u2717", cscr: "\u{1D4B8}", csub: "\u2ACF", csube: "\u2AD1", csup: "\u2AD0", csupe: "\u2AD2", ctdot: "\u22EF", cudarrl: "\u2938", cudarrr: "\u2935", cuepr: "\u22DE", cuesc: "\u22DF", cularr: "\u21B6", cularrp: "\u293D", cup: "\u222A", cupbrcap: "\u2A48", cupcap: "\u2A46", cupcup: "\u2A4A", cupdot: "\u228D", cupor: "\u2A45", cups: "\u222A\uFE00", curarr: "\u21B7", curarrm: "\u293C", curlyeqprec: "\u22DE", curlyeqsucc: "\u22DF", curlyvee: "\u22CE", curlywedge: "\u22CF", curre: "\xA4", curren: "\xA4", curvearrowleft: "\u21B6", curvearrowright: "\u21B7", cuvee: "\u22CE", cuwed: "\u22CF", cwconint: "\u2232", cwint: "\u2231", cylcty: "\u232D", dArr: "\u21D3", dHar: "\u2965", dagger: "\u2020", daleth: "\u2138", darr: "\u2193", dash: "\u2010", dashv: "\u22A3", dbkarow: "\u290F", dblac: "\u02DD", dcaron: "\u010F", dcy: "\u0434", dd: "\u2146", ddagger: "\u2021", ddarr: "\u21CA", ddotseq: "\u2A77", de: "\xB0", deg: "\xB0", delta: "\u03B4", demptyv: "\u29B1", dfisht: "\u297F", dfr: "\u{1D521}", dharl: "\u21C3", dharr: "\u21C2", diam: "\u22C4", diamond: "\u22C4", diamondsuit: "\u2666", diams: "\u2666", die: "\xA8", digamma: "\u03DD", disin: "\u22F2", div: "\xF7", divid: "\xF7", divide: "\xF7", divideontimes: "\u22C7", divonx: "\u22C7", djcy: "\u0452", dlcorn: "\u231E", dlcrop: "\u230D", dollar: "$", dopf: "\u{1D555}", dot: "\u02D9", doteq: "\u2250", doteqdot: "\u2251", dotminus: "\u2238", dotplus: "\u2214", dotsquare: "\u22A1", doublebarwedge: "\u2306", downarrow: "\u2193", downdownarrows: "\u21CA", downharpoonleft: "\u21C3", downharpoonright: "\u21C2", drbkarow: "\u2910", drcorn: "\u231F", drcrop: "\u230C", dscr: "\u{1D4B9}", dscy: "\u0455", dsol: "\u29F6", dstrok: "\u0111", dtdot: "\u22F1", dtri: "\u25BF", dtrif: "\u25BE", duarr: "\u21F5", duhar: "\u296F", dwangle: "\u29A6", dzcy: "\u045F", dzigrarr: "\u27FF", eDDot: "\u2A77", eDot: "\u2251", eacut: "\xE9", eacute: "\xE9", easter: "\u2A6E", ecaron: "\u011B", ecir: "\xEA", ecirc: "\xEA", ecolon: "\u2255", ecy: "\u044D", edot: "\u0117", ee: "\u2147", efDot: "\u2252", efr: "\u{1D522}", eg: "\u2A9A", egrav: "\xE8", egrave: "\xE8", egs: "\u2A96", egsdot: "\u2A98", el: "\u2A99", elinters: "\u23E7", ell: "\u2113", els: "\u2A95", elsdot: "\u2A97", emacr: "\u0113", empty: "\u2205", emptyset: "\u2205", emptyv: "\u2205", emsp13: "\u2004", emsp14: "\u2005", emsp: "\u2003", eng: "\u014B", ensp: "\u2002", eogon: "\u0119", eopf: "\u{1D556}", epar: "\u22D5", eparsl: "\u29E3", eplus: "\u2A71", epsi: "\u03B5", epsilon: "\u03B5", epsiv: "\u03F5", eqcirc: "\u2256", eqcolon: "\u2255", eqsim: "\u2242", eqslantgtr: "\u2A96", eqslantless: "\u2A95", equals: "=", equest: "\u225F", equiv: "\u2261", equivDD: "\u2A78", eqvparsl: "\u29E5", erDot: "\u2253", erarr: "\u2971", escr: "\u212F", esdot: "\u2250", esim: "\u2242", eta: "\u03B7", et: "\xF0", eth: "\xF0", eum: "\xEB", euml: "\xEB", euro: "\u20AC", excl: "!", exist: "\u2203", expectation: "\u2130", exponentiale: "\u2147", fallingdotseq: "\u2252", fcy: "\u0444", female: "\u2640", ffilig: "\uFB03", fflig: "\uFB00", ffllig: "\uFB04", ffr: "\u{1D523}", filig: "\uFB01", fjlig: "fj", flat: "\u266D", fllig: "\uFB02", fltns: "\u25B1", fnof: "\u0192", fopf: "\u{1D557}", forall: "\u2200", fork: "\u22D4", forkv: "\u2AD9", fpartint: "\u2A0D", frac1: "\xBC", frac12: "\xBD", frac13: "\u2153", frac14: "\xBC", frac15: "\u2155", frac16: "\u2159", frac18: "\u215B", frac23: "\u2154", frac25: "\u2156", frac3: "\xBE", frac34: "\xBE", frac35: "\u2157", frac38: "\u215C", frac45: "\u2158", frac56: "\u215A", frac58: "\u215D", frac78: "\u215E", frasl: "\u2044", frown: "\u2322", fscr: "\u{1D4BB}", gE: "\u2267", gEl: "\u2A8C", gacute: "\u01F5", gamma: "\u03B3", gammad: "\u03DD", gap: "\u2A86", gbreve: "\u011F", gcirc: "\u011D", gcy: "\u0433", gdot: "\u0121", ge: "\u2265", gel: "\u22DB", geq: "\u2265", geqq: "\u2267", geqslant: "\u2A7E", ges: "\u2A7E", gescc: "\u2AA9", gesdot: "\u2A80", gesdoto: "\u2A82", gesdotol: "\u2A84", gesl: "\u22DB\uFE00", gesles: "\u2A94", gfr: "\u{1D524}", gg: "\u226B", ggg: "\u22D9", gimel: "\u2137", gjcy: "\u0453", gl: "\u2277", glE: "\u2A92", gla: "\u2AA5", glj: "\u2AA4", gnE: "\u2269", gnap: "\u2A8A", gnapprox: "\u2A8A", gne: "\u2A88", gneq: "\u2A88", gneqq: "\u2269", gnsim: "\u22E7", gopf: "\u{1D558}", grave: "`", gscr: "\u210A", gsim: "\u2273", gsime: "\u2A8E", gsiml: "\u2A90", g: ">", gt: ">", gtcc: "\u2AA7", gtcir: "\u2A7A", gtdot: "\u22D7", gtlPar: "\u2995", gtquest: "\u2A7C", gtrapprox: "\u2A86", gtrarr: "\u2978", gtrdot: "\u22D7", gtreqless: "\u22DB", gtreqqless: "\u2A8C", gtrless: "\u2277", gtrsim: "\u2273", gvertneqq: "\u2269\uFE00", gvnE: "\u2269\uFE00", hArr: "\u21D4", hairsp: "\u200A", half: "\xBD", hamilt: "\u210B", hardcy: "\u044A", harr: "\u2194", harrcir: "\u2948", harrw: "\u21AD", hbar: "\u210F", hcirc: "\u0125", hearts: "\u2665", heartsuit: "\u2665", hellip: "\u2026", hercon: "\u22B9", hfr: "\u{1D525}", hksearow: "\u2925", hkswarow: "\u2926", hoarr: "\u21FF", homtht: "\u223B", hookleftarrow: "\u21A9", hookrightarrow: "\u21AA", hopf: "\u{1D559}", horbar: "\u2015", hscr: "\u{1D4BD}", hslash: "\u210F", hstrok: "\u0127", hybull: "\u2043", hyphen: "\u2010", iacut: "\xED", iacute: "\xED", ic: "\u2063", icir: "\xEE", icirc: "\xEE", icy: "\u0438", iecy: "\u0435", iexc: "\xA1", iexcl: "\xA1", iff: "\u21D4", ifr: "\u{1D526}", igrav: "\xEC", igrave: "\xEC", ii: "\u2148", iiiint: "\u2A0C", iiint: "\u222D", iinfin: "\u29DC", iiota: "\u2129", ijlig: "\u0133", imacr: "\u012B", image: "\u2111", imagline: "\u2110", imagpart: "\u2111", imath: "\u0131", imof: "\u22B7", imped: "\u01B5", in: "\u2208", incare: "\u2105", infin: "\u221E", infintie: "\u29DD", inodot: "\u0131", int: "\u222B", intcal: "\u22BA", integers: "\u2124", intercal: "\u22BA", intlarhk: "\u2A17", intprod: "\u2A3C", iocy: "\u0451", iogon: "\u012F", iopf: "\u{1D55A}", iota: "\u03B9", iprod: "\u2A3C", iques: "\xBF", iquest: "\xBF", iscr: "\u{1D4BE}", isin: "\u2208", isinE: "\u22F9", isindot: "\u22F5", isins: "\u22F4", isinsv: "\u22F3", isinv: "\u2208", it: "\u2062", itilde: "\u0129", iukcy: "\u0456", ium: "\xEF", iuml: "\xEF", jcirc: "\u0135", jcy: "\u0439", jfr: "\u{1D527}", jmath: "\u0237", jopf: "\u{1D55B}", jscr: "\u{1D4BF}", jsercy: "\u0458", jukcy: "\u0454", kappa: "\u03BA", kappav: "\u03F0", kcedil: "\u0137", kcy: "\u043A", kfr: "\u{1D528}", kgreen: "\u0138", khcy: "\u0445", kjcy: "\u045C", kopf: "\u{1D55C}", kscr: "\u{1D4C0}", lAarr: "\u21DA", lArr: "\u21D0", lAtail: "\u291B", lBarr: "\u290E", lE: "\u2266", lEg: "\u2A8B", lHar: "\u2962", lacute: "\u013A", laemptyv: "\u29B4", lagran: "\u2112", lambda: "\u03BB", lang: "\u27E8", langd: "\u2991", langle: "\u27E8", lap: "\u2A85", laqu: "\xAB", laquo: "\xAB", larr: "\u2190", larrb: "\u21E4", larrbfs: "\u291F", larrfs: "\u291D", larrhk: "\u21A9", larrlp: "\u21AB", larrpl: "\u2939", larrsim: "\u2973", larrtl: "\u21A2", lat: "\u2AAB", latail: "\u2919", late: "\u2AAD", lates: "\u2AAD\uFE00", lbarr: "\u290C", lbbrk: "\u2772", lbrace: "{", lbrack: "[", lbrke: "\u298B", lbrksld: "\u298F", lbrkslu: "\u298D", lcaron: "\u013E", lcedil: "\u013C", lceil: "\u2308", lcub: "{", lcy: "\u043B", ldca: "\u2936", ldquo: "\u201C", ldquor: "\u201E", ldrdhar: "\u2967", ldrushar: "\u294B", ldsh: "\u21B2", le: "\u2264", leftarrow: "\u2190", leftarrowtail: "\u21A2", leftharpoondown: "\u21BD", leftharpoonup: "\u21BC", leftleftarrows: "\u21C7", leftrightarrow: "\u2194", leftrightarrows: "\u21C6", leftrightharpoons: "\u21CB", leftrightsquigarrow: "\u21AD", leftthreetimes: "\u22CB", leg: "\u22DA", leq: "\u2264", leqq: "\u2266", leqslant: "\u2A7D", les: "\u2A7D", lescc: "\u2AA8", lesdot: "\u2A7F", lesdoto: "\u2A81", lesdotor: "\u2A83", lesg: "\u22DA\uFE00", lesges: "\u2A93", lessapprox: "\u2A85", lessdot: "\u22D6", lesseqgtr: "\u22DA", lesseqqgtr: "\u2A8B", lessgtr: "\u2276", lesssim: "\u2272", lfisht: "\u297C", lfloor: "\u230A", lfr: "\u{1D529}", lg: "\u2276", lgE: "\u2A91", lhard: "\u21BD", lharu: "\u21BC", lharul: "\u296A", lhblk: "\u2584", ljcy: "\u0459", ll: "\u226A", llarr: "\u21C7", llcorner: "\u231E", llhard: "\u296B", lltri: "\u25FA", lmidot: "\u0140", lmoust: "\u23B0", lmoustache: "\u23B0", lnE: "\u2268", lnap: "\u2A89", lnapprox: "\u2A89", lne: "\u2A87", lneq: "\u2A87", lneqq: "\u2268", lnsim: "\u22E6", loang: "\u27EC", loarr: "\u21FD", lobrk: "\u27E6", longleftarrow: "\u27F5", longleftrightarrow: "\u27F7", longmapsto: "\u27FC", longrightarrow: "\u27F6", looparrowleft: "\u21AB", looparrowright: "\u21AC", lopar: "\u2985", lopf: "\u{1D55D}", loplus: "\u2A2D", lotimes: "\u2A34", lowast: "\u2217", lowbar: "_", loz: "\u25CA", lozenge: "\u25CA", lozf: "\u29EB", lpar: "(", lparlt: "\u2993", lrarr: "\u21C6", lrcorner: "\u231F", lrhar: "\u21CB", lrhard: "\u296D", lrm: "\u200E", lrtri: "\u22BF", lsaquo: "\u2039", lscr: "\u{1D4C1}", lsh: "\u21B0", lsim: "\u2272", lsime: "\u2A8D", lsimg: "\u2A8F", lsqb: "[", lsquo: "\u2018", lsquor: "\u201A", lstrok: "\u0142", l: "<", lt: "<", ltcc: "\u2AA6", ltcir: "\u2A79", ltdot: "\u22D6", lthree: "\u22CB", ltimes: "\u22C9", ltlarr: "\u2976", ltquest: "\u2A7B", ltrPar: "\u2996", ltri: "\u25C3", ltrie: "\u22B4", ltrif: "\u25C2", lurdshar: "\u294A", luruhar: "\u2966", lvertneqq: "\u2268\uFE00", lvnE: "\u2268\uFE00", mDDot: "\u223A", mac: "\xAF", macr: "\xAF", male: "\u2642", malt: "\u2720", maltese: "\u2720", map: "\u21A6", mapsto: "\u21A6", mapstodown: "\u21A7", mapstoleft: "\u21A4", mapstoup: "\u21A5", marker: "\u25AE", mcomma: "\u2A29", mcy: "\u043C", mdash: "\u2014", measuredangle: "\u2221", mfr: "\u{1D52A}", mho: "\u2127", micr: "\xB5", micro: "\xB5", mid: "\u2223", midast: "*", midcir: "\u2AF0", middo: "\xB7", middot: "\xB7", minus: "\u2212", minusb: "\u229F", minusd: "\u2238", minusdu: "\u2A2A", mlcp: "\u2ADB", mldr: "\u2026", mnplus: "\u2213", models: "\u22A7", mopf: "\u{1D55E}", mp: "\u2213", mscr: "\u{1D4C2}", mstpos: "\u223E", mu: "\u03BC", multimap: "\u22B8", mumap: "\u22B8", nGg: "\u22D9\u0338", nGt: "\u226B\u20D2", nGtv: "\u226B\u0338", nLeftarrow: "\u21CD", nLeftrightarrow: "\u21CE", nLl: "\u22D8\u0338", nLt: "\u226A\u20D2", nLtv: "\u226A\u0338", nRightarrow: "\u21CF", nVDash: "\u22AF", nVdash: "\u22AE", nabla: "\u2207", nacute: "\u0144", nang: "\u2220\u20D2", nap: "\u2249", napE: "\u2A70\u0338", napid: "\u224B\u0338", napos: "\u0149", napprox: "\u2249", natur: "\u266E", natural: "\u266E", naturals: "\u2115", nbs: "\xA0", nbsp: "\xA0", nbump: "\u224E\u0338", nbumpe: "\u224F\u0338", ncap: "\u2A43", ncaron: "\u0148", ncedil: "\u0146", ncong: "\u2247", ncongdot: "\u2A6D\u0338", ncup: "\u2A42", ncy: "\u043D", ndash: "\u2013", ne: "\u2260", neArr: "\u21D7", nearhk: "\u2924", nearr: "\u2197", nearrow: "\u2197", nedot: "\u2250\u0338", nequiv: "\u2262", nesear: "\u2928", nesim: "\u2242\u0338", nexist: "\u2204", nexists: "\u2204", nfr: "\u{1D52B}", ngE: "\u2267\u0338", nge: "\u2271", ngeq: "\u2271", ngeqq: "\u2267\u0338", ngeqslant: "\u2A7E\u0338", nges: "\u2A7E\u0338", ngsim: "\u2275", ngt: "\u226F", ngtr: "\u226F", nhArr: "\u21CE", nharr: "\u21AE", nhpar: "\u2AF2", ni: "\u220B", nis: "\u22FC", nisd: "\u22FA", niv: "\u220B", njcy: "\u045A", nlArr: "\u21CD", nlE: "\u2266\u0338", nlarr: "\u219A", nldr: "\u2025", nle: "\u2270", nleftarrow: "\u219A", nleftrightarrow: "\u21AE", nleq: "\u2270", nleqq: "\u2266\u0338", nleqslant: "\u2A7D\u0338", nles: "\u2A7D\u0338", nless: "\u226E", nlsim: "\u2274", nlt: "\u226E", nltri: "\u22EA", nltrie: "\u22EC", nmid: "\u2224", nopf: "\u{1D55F}", no: "\xAC", not: "\xAC", notin: "\u2209", notinE: "\u22F9\u0338", notindot: "\u22F5\u0338", notinva: "\u2209", notinvb: "\u22F7", notinvc: "\u22F6", notni: "\u220C", notniva: "\u220C", notnivb: "\u22FE", notnivc: "\u22FD", npar: "\u2226", nparallel: "\u2226", nparsl: "\u2AFD\u20E5", npart: "\u2202\u0338", npolint: "\u2A14", npr: "\u2280", nprcue: "\u22E0", npre: "\u2AAF\u0338", nprec: "\u2280", npreceq: "\u2AAF\u0338", nrArr: "\u21CF", nrarr: "\u219B", nrarrc: "\u2933\u0338", nrarrw: "\u219D\u0338", nrightarrow: "\u219B", nrtri: "\u22EB", nrtrie: "\u22ED", nsc: "\u2281", nsccue: "\u22E1", nsce: "\u2AB0\u0338", nscr: "\u{1D4C3}", nshortmid: "\u2224", nshortparallel: "\u2226", nsim: "\u2241", nsime: "\u2244", nsimeq: "\u2244", nsmid: "\u2224", nspar: "\u2226", nsqsube: "\u22E2", nsqsupe: "\u22E3", nsub: "\u2284", nsubE: "\u2AC5\u0338", nsube: "\u2288", nsubset: "\u2282\u20D2", nsubseteq: "\u2288", nsubseteqq: "\u2AC5\u0338", nsucc: "\u2281", nsucceq: "\u2AB0\u0338", nsup: "\u2285", nsupE: "\u2AC6\u0338", nsupe: "\u2289", nsupset: "\u2283\u20D2", nsupseteq: "\u2289", nsupseteqq: "\u2AC6\u0338", ntgl: "\u2279", ntild: "\xF1", ntilde: "\xF1", ntlg: "\u2278", ntriangleleft: "\u22EA", ntrianglelefteq: "\u22EC", ntriangleright: "\u22EB", ntrianglerighteq: "\u22ED", nu: "\u03BD", num: "#", numero: "\u2116", numsp: "\u2007", nvDash: "\u22AD", nvHarr: "\u2904", nvap: "\u224D\u20D2", nvdash: "\u22AC", nvge: "\u2265\u20D2", nvgt: ">\u20D2", nvinfin: "\u29DE", nvlArr: "\u2902", nvle: "\u2264\u20D2", nvlt: "<\u20D2", nvltrie: "\u22B4\u20D2", nvrArr: "\u2903", nvrtrie: "\u22B5\u20D2", nvsim: "\u223C\u20D2", nwArr: "\u21D6", nwarhk: "\u2923", nwarr: "\u2196", nwarrow: "\u2196", nwnear: "\u2927", oS: "\u24C8", oacut: "\xF3", oacute: "\xF3", oast: "\u229B", ocir: "\xF4", ocirc: "\xF4", ocy: "\u043E", odash: "\u229D", odblac: "\u0151", odiv: "\u2A38", odot: "\u2299", odsold: "\u29BC", oelig: "\u0153", ofcir: "\u29BF", ofr: "\u{1D52C}", ogon: "\u02DB", ograv: "\xF2", ograve: "\xF2", ogt: "\u29C1", ohbar: "\u29B5", ohm: "\u03A9", oint: "\u222E", olarr: "\u21BA", olcir: "\u29BE", olcross: "\u29BB", oline: "\u203E", olt: "\u29C0", omacr: "\u014D", omega: "\u03C9", omicron: "\u03BF", omid: "\u29B6", ominus: "\u2296", oopf: "\u{1D560}", opar: "\u29B7", operp: "\u29B9", oplus: "\u2295", or: "\u2228", orarr: "\u21BB", ord: "\xBA", order: "\u2134", orderof: "\u2134", ordf: "\xAA", ordm: "\xBA", origof: "\u22B6", oror: "\u2A56", orslope: "\u2A57", orv: "\u2A5B", oscr: "\u2134", oslas: "\xF8", oslash: "\xF8", osol: "\u2298", otild: "\xF5", otilde: "\xF5", otimes: "\u2297", otimesas: "\u2A36", oum: "\xF6", ouml: "\xF6", ovbar: "\u233D", par: "\xB6", para: "\xB6", parallel: "\u2225", parsim: "\u2AF3", parsl: "\u2AFD", part: "\u2202", pcy: "\u043F", percnt: "%", period: ".", permil: "\u2030", perp: "\u22A5", pertenk: "\u2031", pfr: "\u{1D52D}", phi: "\u03C6", phiv: "\u03D5", phmmat: "\u2133", phone: "\u260E", pi: "\u03C0", pitchfork: "\u22D4", piv: "\u03D6", planck: "\u210F", planckh: "\u210E", plankv: "\u210F", plus: "+", plusacir: "\u2A23", plusb: "\u229E", pluscir: "\u2A22", plusdo: "\u2214", plusdu: "\u2A25", pluse: "\u2A72", plusm: "\xB1", plusmn: "\xB1", plussim: "\u2A26", plustwo: "\u2A27", pm: "\xB1", pointint: "\u2A15", popf: "\u{1D561}", poun: "\xA3", pound: "\xA3", pr: "\u227A", prE: "\u2AB3", prap: "\u2AB7", prcue: "\u227C", pre: "\u2AAF", prec: "\u227A", precapprox: "\u2AB7", preccurlyeq: "\u227C", preceq: "\u2AAF", precnapprox: "\u2AB9", precneqq: "\u2AB5", precnsim: "\u22E8", precsim: "\u227E", prime: "\u2032", primes: "\u2119", prnE: "\u2AB5", prnap: "\u2AB9", prnsim: "\u22E8", prod: "\u220F", profalar: "\u232E", profline: "\u2312", profsurf: "\u2313", prop: "\u221D", propto: "\u221D", prsim: "\u227E", prurel: "\u22B0", pscr: "\u{1D4C5}", psi: "\u03C8", puncsp: "\u2008", qfr: "\u{1D52E}", qint: "\u2A0C", qopf: "\u{1D562}", qprime: "\u2057", qscr: "\u{1D4C6}", quaternions: "\u210D", quatint: "\u2A16", quest: "?", questeq: "\u225F", quo: '"', quot: '"', rAarr: "\u21DB", rArr: "\u21D2", rAtail: "\u291C", rBarr: "\u290F", rHar: "\u2964", race: "\u223D\u0331", racute: "\u0155", radic: "\u221A", raemptyv: "\u29B3", rang: "\u27E9", rangd: "\u2992", range: "\u29A5", rangle: "\u27E9", raqu: "\xBB", raquo: "\xBB", rarr: "\u2192", rarrap: "\u2975", rarrb: "\u21E5", rarrbfs: "\u2920", rarrc: "\u2933", rarrfs: "\u291E", rarrhk: "\u21AA", rarrlp: "\u21AC", rarrpl: "\u2945", rarrsim: "\u2974", rarrtl: "\u21A3", rarrw: "\u219D", ratail: "\u291A", ratio: "\u2236", rationals: "\u211A", rbarr: "\u290D", rbbrk: "\u2773", rbrace: "}", rbrack: "]", rbrke: "\u298C", rbrksld: "\u298E", rbrkslu: "\u2990", rcaron: "\u0159", rcedil: "\u0157", rceil: "\u2309", rcub: "}", rcy: "\u0440", rdca: "\u2937", rdldhar: "\u2969", rdquo: "\u201D", rdquor: "\u201D", rdsh: "\u21B3", real: "\u211C", realine: "\u211B", realpart: "\u211C", reals: "\u211D", rect: "\u25AD", re: "\xAE", reg: "\xAE", rfisht: "\u297D", rfloor: "\u230B", rfr: "\u{1D52F}", rhard: "\u21C1", rharu: "\u21C0", rharul: "\u296C", rho: "\u03C1", rhov: "\u03F1", rightarrow: "\u2192", rightarrowtail: "\u21A3", rightharpoondown: "\u21C1", rightharpoonup: "\u21C0", rightleftarrows: "\u21C4", rightleftharpoons: "\u21CC", rightrightarrows: "\u21C9", rightsquigarrow: "\u219D", rightthreetimes: "\u22CC", ring: "\u02DA", risingdotseq: "\u2253", rlarr: "\u21C4", rlhar: "\u21CC", rlm: "\u200F", rmoust: "\u23B1", rmoustache: "\u23B1", rnmid: "\u2AEE", roang: "\u27ED", roarr: "\u21FE", robrk: "\u27E7", ropar: "\u2986", ropf: "\u{1D563}", roplus: "\u2A2E", rotimes: "\u2A35", rpar: ")", rpargt: "\u2994", rppolint: "\u2A12", rrarr: "\u21C9", rsaquo: "\u203A", rscr: "\u{1D4C7}", rsh: "\u21B1", rsqb: "]", rsquo: "\u2019", rsquor: "\u2019", rthree: "\u22CC", rtimes: "\u22CA", rtri: "\u25B9", rtrie: "\u22B5", rtrif: "\u25B8", rtriltri: "\u29CE", ruluhar: "\u2968", rx: "\u211E", sacute: "\u015B", sbquo: "\u201A", sc: "\u227B", scE: "\u2AB4", scap: "\u2AB8", scaron: "\u0161", sccue: "\u227D", sce: "\u2AB0", scedil: "\u015F", scirc: "\u015D", scnE: "\u2AB6", scnap: "\u2ABA", scnsim: "\u22E9", scpolint: "\u2A13", scsim: "\u227F", scy: "\u0441", sdot: "\u22C5", sdotb: "\u22A1", sdote: "\u2A66", seArr: "\u21D8", searhk: "\u2925", searr: "\u2198", searrow: "\u2198", sec: "\xA7", sect: "\xA7", semi: ";", seswar: "\u2929", setminus: "\u2216", setmn: "\u2216", sext: "\u2736", sfr: "\u{1D530}", sfrown: "\u2322", sharp: "\u266F", shchcy: "\u0449", shcy: "\u0448", shortmid: "\u2223", shortparallel: "\u2225", sh: "\xAD", shy: "\xAD", sigma: "\u03C3", sigmaf: "\u03C2", sigmav: "\u03C2", sim: "\u223C", simdot: "\u2A6A", sime: "\u2243", simeq: "\u2243", simg: "\u2A9E", simgE: "\u2AA0", siml: "\u2A9D", simlE: "\u2A9F", simne: "\u2246", simplus: "\u2A24", simrarr: "\u2972", slarr: "\u2190", smallsetminus: "\u2216", smashp: "\u2A33", smeparsl: "\u29E4", smid: "\u2223", smile: "\u2323", smt: "\u2AAA", smte: "\u2AAC", smtes: "\u2AAC\uFE00", softcy: "\u044C", sol: "/", solb: "\u29C4", solbar: "\u233F", sopf: "\u{1D564}", spades: "\u2660", spadesuit: "\u2660", spar: "\u2225", sqcap: "\u2293", sqcaps: "\u2293\uFE00", sqcup: "\u2294", sqcups: "\u2294\uFE00", sqsub: "\u228F", sqsube: "\u2291", sqsubset: "\u228F", sqsubseteq: "\u2291", sqsup: "\u2290", sqsupe: "\u2292", sqsupset: "\u2290", sqsupseteq: "\u2292", squ: "\u25A1", square: "\u25A1", squarf: "\u25AA", squf: "\u25AA", srarr: "\u2192", sscr: "\u{1D4C8}", ssetmn: "\u2216", ssmile: "\u2323", sstarf: "\u22C6", star: "\u2606", starf: "\u2605", straightepsilon: "\u03F5", straightphi: "\u03D5", strns: "\xAF", sub: "\u2282", subE: "\u2AC5", subdot: "\u2ABD", sube: "\u2286", subedot: "\u2AC3", submult: "\u2AC1", subnE: "\u2ACB", subne: "\u228A", subplus: "\u2ABF", subrarr: "\u2979", subset: "\u2282", subseteq: "\u2286", subseteqq: "\u2AC5", subsetneq: "\u228A", subsetneqq: "\u2ACB", subsim: "\u2AC7", subsub: "\u2AD5", subsup: "\u2AD3", succ: "\u227B", succapprox: "\u2AB8", succcurlyeq: "\u227D", succeq: "\u2AB0", succnapprox: "\u2ABA", succneqq: "\u2AB6", succnsim: "\u22E9", succsim: "\u227F", sum: "\u2211", sung: "\u266A", sup: "\u2283", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", supE: "\u2AC6", supdot: "\u2ABE", supdsub: "\u2AD8", supe: "\u2287", supedot: "\u2AC4", suphsol: "\u27C9", suphsub: "\u2AD7", suplarr: "\u297B", supmult: "\u2AC2", supnE: "\u2ACC", supne: "\u228B", supplus: "\u2AC0", supset: "\u2283", supseteq: "\u2287", supseteqq: "\u2AC6", supsetneq: "\u228B", supsetneqq: "\u2ACC", supsim: "\u2AC8", supsub: "\u2AD4", supsup: "\u2AD6", swArr: "\u21D9", swarhk: "\u2926", swarr: "\u2199", swarrow: "\u2199", swnwar: "\u292A", szli: "\xDF", szlig: "\xDF", target: "\u2316", tau: "\u03C4", tbrk: "\u23B4", tcaron: "\u0165", tcedil: "\u0163", tcy: "\u0442", tdot: "\u20DB", telrec: "\u2315", tfr: "\u{1D531}", there4: "\u2234", therefore: "\u2234", theta: "\u03B8", thetasym: "\u03D1", thetav: "\u03D1", thickapprox: "\u2248", thicksim: "\u223C", thinsp: "\u2009", thkap: "\u2248", thksim: "\u223C", thor: "\xFE", thorn: "\xFE", tilde: "\u02DC", time: "\xD7", times: "\xD7", timesb: "\u22A0", timesbar: "\u2A31", timesd: "\u2A30", tint: "\u222D", toea: "\u2928", top: "\u22A4", topbot: "\u2336", topcir: "\u2AF1", topf: "\u{1D565}", topfork: "\u2ADA", tosa: "\u2929", tprime: "\u2034", trade: "\u2122", triangle: "\u25B5", triangledown: "\u25BF", triangleleft: "\u25C3", trianglelefteq: "\u22B4", triangleq: "\u225C", triangleright: "\u25B9", trianglerighteq: "\u22B5", tridot: "\u25EC", trie: "\u225C", triminus: "\u2A3A", triplus: "\u2A39", trisb: "\u29CD", tritime: "\u2A3B", trpezium: "\u23E2", tscr: "\u{1D4C9}", tscy: "\u0446", tshcy: "\u045B", tstrok: "\u0167", twixt: "\u226C", twoheadleftarrow: "\u219E", twoheadrightarrow: "\u21A0", uArr: "\u21D1", uHar: "\u2963", uacut: "\xFA", uacute: "\xFA", uarr: "\u2191", ubrcy: "\u045E", ubreve: "\u016D", ucir: "\xFB", ucirc: "\xFB", ucy: "\u0443", udarr: "\u21C5", udblac: "\u0171", udhar: "\u296E", ufisht: "\u297E", ufr: "\u{1D532}", ugrav: "\xF9", ugrave: "\xF9", uharl: "\u21BF", uharr: "\u21BE", uhblk: "\u2580", ulcorn: "\u231C", ulcorner: "\u231C", ulcrop: "\u230F", ultri: "\u25F8", umacr: "\u016B", um: "\xA8", uml: "\xA8", uogon: "\u0173", uopf: "\u{1D566}", uparrow: "\u2191", updownarrow: "\u2195", upharpoonleft: "\u21BF", upharpoonright: "\u21BE", uplus: "\u228E", upsi: "\u03C5", upsih: "\u03D2", upsilon: "\u03C5", upuparrows: "\u21C8", urcorn: "\u231D", urcorner: "\u231D", urcrop: "\u230E", uring: "\u016F", urtri: "\u25F9", uscr: "\u{1D4CA}", utdot: "\u22F0", utilde: "\u0169", utri: "\u25B5", utrif: "\u25B4", uuarr: "\u21C8", uum: "\xFC", uuml: "\xFC", uwangle: "\u29A7", vArr: "\u21D5", vBar: "\u2AE8", vBarv: "\u2AE9", vDash: "\u22A8", vangrt: "\u299C", varepsilon: "\u03F5", varkappa: "\u03F0", varnothing: "\u2205", varphi: "\u03D5", varpi: "\u03D6", varpropto: "\u221D", varr: "\u2195", varrho: "\u03F1", varsigma: "\u03C2", varsubsetneq: "\u228A\uFE00", varsubsetneqq: "\u2ACB\uFE00", varsupsetneq: "\u228B\uFE00", varsupsetneqq: "\u2ACC\uFE00", vartheta: "\u03D1", vartriangleleft: "\u22B2", vartriangleright: "\u22B3", vcy: "\u0432", vdash: "\u22A2", vee: "\u2228", veebar: "\u22BB", veeeq: "\u225A", vellip: "\u22EE", verbar: "|", vert: "|", vfr: "\u{1D533}", vltri: "\u22B2", vnsub: "\u2282\u20D2", vnsup: "\u2283\u20D2", vopf: "\u{1D567}", vprop: "\u221D", vrtri: "\u22B3", vscr: "\u{1D4CB}", vsubnE: "\u2ACB\uFE00", vsubne: "\u228A\uFE00", vsupnE: "\u2ACC\uFE00", vsupne: "\u228B\uFE00", vzigzag: "\u299A", wcirc: "\u0175", wedbar: "\u2A5F", wedge: "\u2227", wedgeq: "\u2259", weierp: "\u2118", wfr: "\u{1D534}", wopf: "\u{1D568}", wp: "\u2118", wr: "\u2240", wreath: "\u2240", wscr: "\u{1D4CC}", xcap: "\u22C2", xcirc: "\u25EF", xcup: "\u22C3", xdtri: "\u25BD", xfr: "\u{1D535}", xhArr: "\u27FA", xharr: "\u27F7", xi: "\u03BE", xlArr: "\u27F8", xlarr: "\u27F5", xmap: "\u27FC", xnis: "\u22FB", xodot: "\u2A00", xopf: "\u{1D569}", xoplus: "\u2A01", xotime: "\u2A02", xrArr: "\u27F9", xrarr: "\u27F6", xscr: "\u{1D4CD}", xsqcup: "\u2A06", xuplus: "\u2A04", xutri: "\u25B3", xvee: "\u22C1", xwedge: "\u22C0", yacut: "\xFD", yacute: "\xFD", yacy: "\u044F", ycirc: "\u0177", ycy: "\u044B", ye: "\xA5", yen: "\xA5", yfr: "\u{1D536}", yicy: "\u0457", yopf: "\u{1D56A}", yscr: "\u{1D4CE}", yucy: "\u044E", yum: "\xFF", yuml: "\xFF", zacute: "\u017A", zcaron: "\u017E", zcy: "\u0437", zdot: "\u017C", zeetrf: "\u2128", zeta: "\u03B6", zfr: "\u{1D537}", zhcy: "\u0436", zigrarr: "\u21DD", zopf: "\u{1D56B}", zscr: "\u{1D4CF}", zwj: "\u200D", zwnj: "\u200C" };
    });
    hs = _((aT, ps) => {
      "use strict";
      var fs = cs();
      ps.exports = Fx;
      var kx = {}.hasOwnProperty;
      function Fx(e) {
        return kx.call(fs, e) ? fs[e] : false;
      }
    });
    dr = _((uT, vs) => {
      "use strict";
      var ms = rs(), ds = ns(), bx = wt(), Ex = us(), ks = ls(), wx = hs();
      vs.exports = Nx;
      var Cx = {}.hasOwnProperty, Rt = String.fromCharCode, yx = Function.prototype, Ds = { warning: null, reference: null, text: null, warningContext: null, referenceContext: null, textContext: null, position: {}, additional: null, attribute: false, nonTerminated: true }, vx = 9, gs = 10, Ax = 12, Tx = 32, xs = 38, Sx = 59, Lx = 60, Ix = 61, qx = 35, Bx = 88, _x = 120, Px = 65533, Mt = "named", Qi = "hexadecimal", Xi = "decimal", Ji = {};
      Ji[Qi] = 16;
      Ji[Xi] = 10;
      var cn = {};
      cn[Mt] = ks;
      cn[Xi] = bx;
      cn[Qi] = Ex;
      var Fs = 1, bs = 2, Es = 3, ws = 4, Cs = 5, Ki = 6, ys = 7, st = {};
      st[Fs] = "Named character references must be terminated by a semicolon";
      st[bs] = "Numeric character references must be terminated by a semicolon";
      st[Es] = "Named character references cannot be empty";
      st[ws] = "Numeric character references cannot be empty";
      st[Cs] = "Named character references must be known";
      st[Ki] = "Numeric character references cannot be disallowed";
      st[ys] = "Numeric character references cannot be outside the permissible Unicode range";
      function Nx(e, t) {
        var r = {}, n, i;
        t || (t = {});
        for (i in Ds) n = t[i], r[i] = n ?? Ds[i];
        return (r.position.indent || r.position.start) && (r.indent = r.position.indent || [], r.position = r.position.start), Ox(e, r);
      }
      function Ox(e, t) {
        var r = t.additional, n = t.nonTerminated, i = t.text, u = t.reference, a = t.warning, o = t.textContext, s = t.referenceContext, c = t.warningContext, l = t.position, f = t.indent || [], p = e.length, m = 0, d = -1, k = l.column || 1, g = l.line || 1, x = "", F = [], w, T, C, D, v, L, y, E, I, q, S, z, N, M, O, W, ne, h, Y;
        for (typeof r == "string" && (r = r.charCodeAt(0)), W = ie(), E = a ? b : yx, m--, p++; ++m < p; ) if (v === gs && (k = f[d] || 1), v = e.charCodeAt(m), v === xs) {
          if (y = e.charCodeAt(m + 1), y === vx || y === gs || y === Ax || y === Tx || y === xs || y === Lx || y !== y || r && y === r) {
            x += Rt(v), k++;
            continue;
          }
          for (N = m + 1, z = N, Y = N, y === qx ? (Y = ++z, y = e.charCodeAt(Y), y === Bx || y === _x ? (M = Qi, Y = ++z) : M = Xi) : M = Mt, w = "", S = "", D = "", O = cn[M], Y--; ++Y < p && (y = e.charCodeAt(Y), !!O(y)); ) D += Rt(y), M === Mt && Cx.call(ms, D) && (w = D, S = ms[D]);
          C = e.charCodeAt(Y) === Sx, C && (Y++, T = M === Mt ? wx(D) : false, T && (w = D, S = T)), h = 1 + Y - N, !C && !n || (D ? M === Mt ? (C && !S ? E(Cs, 1) : (w !== D && (Y = z + w.length, h = 1 + Y - z, C = false), C || (I = w ? Fs : Es, t.attribute ? (y = e.charCodeAt(Y), y === Ix ? (E(I, h), S = null) : ks(y) ? S = null : E(I, h)) : E(I, h))), L = S) : (C || E(bs, h), L = parseInt(D, Ji[M]), Rx(L) ? (E(ys, h), L = Rt(Px)) : L in ds ? (E(Ki, h), L = ds[L]) : (q = "", Mx(L) && E(Ki, h), L > 65535 && (L -= 65536, q += Rt(L >>> 10 | 55296), L = 56320 | L & 1023), L = q + Rt(L))) : M !== Mt && E(ws, h)), L ? (te(), W = ie(), m = Y - 1, k += Y - N + 1, F.push(L), ne = ie(), ne.offset++, u && u.call(s, L, { start: W, end: ne }, e.slice(N - 1, Y)), W = ne) : (D = e.slice(N - 1, Y), x += D, k += D.length, m = Y - 1);
        } else v === 10 && (g++, d++, k = 0), v === v ? (x += Rt(v), k++) : te();
        return F.join("");
        function ie() {
          return { line: g, column: k, offset: m + (l.offset || 0) };
        }
        function b(pe, Z) {
          var nt = ie();
          nt.column += Z, nt.offset += Z, a.call(c, st[pe], nt, pe);
        }
        function te() {
          x && (F.push(x), i && i.call(o, x, { start: W, end: ie() }), x = "");
        }
      }
      function Rx(e) {
        return e >= 55296 && e <= 57343 || e > 1114111;
      }
      function Mx(e) {
        return e >= 1 && e <= 8 || e === 11 || e >= 13 && e <= 31 || e >= 127 && e <= 159 || e >= 64976 && e <= 65007 || (e & 65535) === 65535 || (e & 65535) === 65534;
      }
    });
    Ss = _((oT, Ts) => {
      "use strict";
      var zx = Et(), As = dr();
      Ts.exports = Ux;
      function Ux(e) {
        return r.raw = n, r;
        function t(u) {
          for (var a = e.offset, o = u.line, s = []; ++o && o in a; ) s.push((a[o] || 0) + 1);
          return { start: u, indent: s };
        }
        function r(u, a, o) {
          As(u, { position: t(a), warning: i, text: o, reference: o, textContext: e, referenceContext: e });
        }
        function n(u, a, o) {
          return As(u, zx(o, { position: t(a), warning: i }));
        }
        function i(u, a, o) {
          o !== 3 && e.file.message(u, a);
        }
      }
    });
    qs = _((sT, Is) => {
      "use strict";
      Is.exports = Hx;
      function Hx(e) {
        return t;
        function t(r, n) {
          var i = this, u = i.offset, a = [], o = i[e + "Methods"], s = i[e + "Tokenizers"], c = n.line, l = n.column, f, p, m, d, k, g;
          if (!r) return a;
          for (L.now = w, L.file = i.file, x(""); r; ) {
            for (f = -1, p = o.length, k = false; ++f < p && (d = o[f], m = s[d], !(m && (!m.onlyAtStart || i.atStart) && (!m.notInList || !i.inList) && (!m.notInBlock || !i.inBlock) && (!m.notInLink || !i.inLink) && (g = r.length, m.apply(i, [L, r]), k = g !== r.length, k))); ) ;
            k || i.file.fail(new Error("Infinite loop"), L.now());
          }
          return i.eof = w(), a;
          function x(y) {
            for (var E = -1, I = y.indexOf(`
`); I !== -1; ) c++, E = I, I = y.indexOf(`
`, I + 1);
            E === -1 ? l += y.length : l = y.length - E, c in u && (E !== -1 ? l += u[c] : l <= u[c] && (l = u[c] + 1));
          }
          function F() {
            var y = [], E = c + 1;
            return function() {
              for (var I = c + 1; E < I; ) y.push((u[E] || 0) + 1), E++;
              return y;
            };
          }
          function w() {
            var y = { line: c, column: l };
            return y.offset = i.toOffset(y), y;
          }
          function T(y) {
            this.start = y, this.end = w();
          }
          function C(y) {
            r.slice(0, y.length) !== y && i.file.fail(new Error("Incorrectly eaten value: please report this warning on https://git.io/vg5Ft"), w());
          }
          function D() {
            var y = w();
            return E;
            function E(I, q) {
              var S = I.position, z = S ? S.start : y, N = [], M = S && S.end.line, O = y.line;
              if (I.position = new T(z), S && q && S.indent) {
                if (N = S.indent, M < O) {
                  for (; ++M < O; ) N.push((u[M] || 0) + 1);
                  N.push(y.column);
                }
                q = N.concat(q);
              }
              return I.position.indent = q || [], I;
            }
          }
          function v(y, E) {
            var I = E ? E.children : a, q = I[I.length - 1], S;
            return q && y.type === q.type && (y.type === "text" || y.type === "blockquote") && Ls(q) && Ls(y) && (S = y.type === "text" ? Vx : Gx, y = S.call(i, q, y)), y !== q && I.push(y), i.atStart && a.length !== 0 && i.exitStart(), y;
          }
          function L(y) {
            var E = F(), I = D(), q = w();
            return C(y), S.reset = z, z.test = N, S.test = N, r = r.slice(y.length), x(y), E = E(), S;
            function S(M, O) {
              return I(v(I(M), O), E);
            }
            function z() {
              var M = S.apply(null, arguments);
              return c = q.line, l = q.column, r = y + r, M;
            }
            function N() {
              var M = I({});
              return c = q.line, l = q.column, r = y + r, M.position;
            }
          }
        }
      }
      function Ls(e) {
        var t, r;
        return e.type !== "text" || !e.position ? true : (t = e.position.start, r = e.position.end, t.line !== r.line || r.column - t.column === e.value.length);
      }
      function Vx(e, t) {
        return e.value += t.value, e;
      }
      function Gx(e, t) {
        return this.options.commonmark || this.options.gfm ? t : (e.children = e.children.concat(t.children), e);
      }
    });
    Ps = _((lT, _s) => {
      "use strict";
      _s.exports = fn;
      var Zi = ["\\", "`", "*", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "_", ">"], ea = Zi.concat(["~", "|"]), Bs = ea.concat([`
`, '"', "$", "%", "&", "'", ",", "/", ":", ";", "<", "=", "?", "@", "^"]);
      fn.default = Zi;
      fn.gfm = ea;
      fn.commonmark = Bs;
      function fn(e) {
        var t = e || {};
        return t.commonmark ? Bs : t.gfm ? ea : Zi;
      }
    });
    Os = _((cT, Ns) => {
      "use strict";
      Ns.exports = ["address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre", "section", "source", "title", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul"];
    });
    ta = _((fT, Rs) => {
      "use strict";
      Rs.exports = { position: true, gfm: true, commonmark: false, pedantic: false, blocks: Os() };
    });
    zs = _((pT, Ms) => {
      "use strict";
      var jx = Et(), Wx = Ps(), Yx = ta();
      Ms.exports = $x;
      function $x(e) {
        var t = this, r = t.options, n, i;
        if (e == null) e = {};
        else if (typeof e == "object") e = jx(e);
        else throw new Error("Invalid value `" + e + "` for setting `options`");
        for (n in Yx) {
          if (i = e[n], i == null && (i = r[n]), n !== "blocks" && typeof i != "boolean" || n === "blocks" && typeof i != "object") throw new Error("Invalid value `" + i + "` for setting `options." + n + "`");
          e[n] = i;
        }
        return t.options = e, t.escape = Wx(e), t;
      }
    });
    Vs = _((hT, Hs) => {
      "use strict";
      Hs.exports = Us;
      function Us(e) {
        if (e == null) return Jx;
        if (typeof e == "string") return Xx(e);
        if (typeof e == "object") return "length" in e ? Qx(e) : Kx(e);
        if (typeof e == "function") return e;
        throw new Error("Expected function, string, or object as test");
      }
      function Kx(e) {
        return t;
        function t(r) {
          var n;
          for (n in e) if (r[n] !== e[n]) return false;
          return true;
        }
      }
      function Qx(e) {
        for (var t = [], r = -1; ++r < e.length; ) t[r] = Us(e[r]);
        return n;
        function n() {
          for (var i = -1; ++i < t.length; ) if (t[i].apply(this, arguments)) return true;
          return false;
        }
      }
      function Xx(e) {
        return t;
        function t(r) {
          return !!(r && r.type === e);
        }
      }
      function Jx() {
        return true;
      }
    });
    js = _((mT, Gs) => {
      Gs.exports = Zx;
      function Zx(e) {
        return e;
      }
    });
    Ks = _((dT, $s) => {
      "use strict";
      $s.exports = pn;
      var e1 = Vs(), t1 = js(), Ws = true, Ys = "skip", ra = false;
      pn.CONTINUE = Ws;
      pn.SKIP = Ys;
      pn.EXIT = ra;
      function pn(e, t, r, n) {
        var i, u;
        typeof t == "function" && typeof r != "function" && (n = r, r = t, t = null), u = e1(t), i = n ? -1 : 1, a(e, null, [])();
        function a(o, s, c) {
          var l = typeof o == "object" && o !== null ? o : {}, f;
          return typeof l.type == "string" && (f = typeof l.tagName == "string" ? l.tagName : typeof l.name == "string" ? l.name : void 0, p.displayName = "node (" + t1(l.type + (f ? "<" + f + ">" : "")) + ")"), p;
          function p() {
            var m = c.concat(o), d = [], k, g;
            if ((!t || u(o, s, c[c.length - 1] || null)) && (d = r1(r(o, c)), d[0] === ra)) return d;
            if (o.children && d[0] !== Ys) for (g = (n ? o.children.length : -1) + i; g > -1 && g < o.children.length; ) {
              if (k = a(o.children[g], g, m)(), k[0] === ra) return k;
              g = typeof k[1] == "number" ? k[1] : g + i;
            }
            return d;
          }
        }
      }
      function r1(e) {
        return e !== null && typeof e == "object" && "length" in e ? e : typeof e == "number" ? [Ws, e] : [e];
      }
    });
    Xs = _((DT, Qs) => {
      "use strict";
      Qs.exports = mn;
      var hn = Ks(), n1 = hn.CONTINUE, i1 = hn.SKIP, a1 = hn.EXIT;
      mn.CONTINUE = n1;
      mn.SKIP = i1;
      mn.EXIT = a1;
      function mn(e, t, r, n) {
        typeof t == "function" && typeof r != "function" && (n = r, r = t, t = null), hn(e, t, i, n);
        function i(u, a) {
          var o = a[a.length - 1], s = o ? o.children.indexOf(u) : null;
          return r(u, s, o);
        }
      }
    });
    Zs = _((gT, Js) => {
      "use strict";
      var u1 = Xs();
      Js.exports = o1;
      function o1(e, t) {
        return u1(e, t ? s1 : l1), e;
      }
      function s1(e) {
        delete e.position;
      }
      function l1(e) {
        e.position = void 0;
      }
    });
    rl = _((xT, tl) => {
      "use strict";
      var el = Et(), c1 = Zs();
      tl.exports = h1;
      var f1 = `
`, p1 = /\r\n|\r/g;
      function h1() {
        var e = this, t = String(e.file), r = { line: 1, column: 1, offset: 0 }, n = el(r), i;
        return t = t.replace(p1, f1), t.charCodeAt(0) === 65279 && (t = t.slice(1), n.column++, n.offset++), i = { type: "root", children: e.tokenizeBlock(t, n), position: { start: r, end: e.eof || el(r) } }, e.options.position || c1(i, true), i;
      }
    });
    il = _((kT, nl) => {
      "use strict";
      var m1 = /^[ \t]*(\n|$)/;
      nl.exports = d1;
      function d1(e, t, r) {
        for (var n, i = "", u = 0, a = t.length; u < a && (n = m1.exec(t.slice(u)), n != null); ) u += n[0].length, i += n[0];
        if (i !== "") {
          if (r) return true;
          e(i);
        }
      }
    });
    dn = _((FT, al) => {
      "use strict";
      var Ye = "", na;
      al.exports = D1;
      function D1(e, t) {
        if (typeof e != "string") throw new TypeError("expected a string");
        if (t === 1) return e;
        if (t === 2) return e + e;
        var r = e.length * t;
        if (na !== e || typeof na > "u") na = e, Ye = "";
        else if (Ye.length >= r) return Ye.substr(0, r);
        for (; r > Ye.length && t > 1; ) t & 1 && (Ye += e), t >>= 1, e += e;
        return Ye += e, Ye = Ye.substr(0, r), Ye;
      }
    });
    ia = _((bT, ul) => {
      "use strict";
      ul.exports = g1;
      function g1(e) {
        return String(e).replace(/\n+$/, "");
      }
    });
    ll = _((ET, sl) => {
      "use strict";
      var x1 = dn(), k1 = ia();
      sl.exports = E1;
      var aa = `
`, ol = "	", ua = " ", F1 = 4, b1 = x1(ua, F1);
      function E1(e, t, r) {
        for (var n = -1, i = t.length, u = "", a = "", o = "", s = "", c, l, f; ++n < i; ) if (c = t.charAt(n), f) if (f = false, u += o, a += s, o = "", s = "", c === aa) o = c, s = c;
        else for (u += c, a += c; ++n < i; ) {
          if (c = t.charAt(n), !c || c === aa) {
            s = c, o = c;
            break;
          }
          u += c, a += c;
        }
        else if (c === ua && t.charAt(n + 1) === c && t.charAt(n + 2) === c && t.charAt(n + 3) === c) o += b1, n += 3, f = true;
        else if (c === ol) o += c, f = true;
        else {
          for (l = ""; c === ol || c === ua; ) l += c, c = t.charAt(++n);
          if (c !== aa) break;
          o += l + c, s += c;
        }
        if (a) return r ? true : e(u)({ type: "code", lang: null, meta: null, value: k1(a) });
      }
    });
    pl = _((wT, fl) => {
      "use strict";
      fl.exports = v1;
      var Dn = `
`, Dr = "	", zt = " ", w1 = "~", cl = "`", C1 = 3, y1 = 4;
      function v1(e, t, r) {
        var n = this, i = n.options.gfm, u = t.length + 1, a = 0, o = "", s, c, l, f, p, m, d, k, g, x, F, w, T;
        if (i) {
          for (; a < u && (l = t.charAt(a), !(l !== zt && l !== Dr)); ) o += l, a++;
          if (w = a, l = t.charAt(a), !(l !== w1 && l !== cl)) {
            for (a++, c = l, s = 1, o += l; a < u && (l = t.charAt(a), l === c); ) o += l, s++, a++;
            if (!(s < C1)) {
              for (; a < u && (l = t.charAt(a), !(l !== zt && l !== Dr)); ) o += l, a++;
              for (f = "", d = ""; a < u && (l = t.charAt(a), !(l === Dn || c === cl && l === c)); ) l === zt || l === Dr ? d += l : (f += d + l, d = ""), a++;
              if (l = t.charAt(a), !(l && l !== Dn)) {
                if (r) return true;
                T = e.now(), T.column += o.length, T.offset += o.length, o += f, f = n.decode.raw(n.unescape(f), T), d && (o += d), d = "", x = "", F = "", k = "", g = "";
                for (var C = true; a < u; ) {
                  if (l = t.charAt(a), k += x, g += F, x = "", F = "", l !== Dn) {
                    k += l, F += l, a++;
                    continue;
                  }
                  for (C ? (o += l, C = false) : (x += l, F += l), d = "", a++; a < u && (l = t.charAt(a), l === zt); ) d += l, a++;
                  if (x += d, F += d.slice(w), !(d.length >= y1)) {
                    for (d = ""; a < u && (l = t.charAt(a), l === c); ) d += l, a++;
                    if (x += d, F += d, !(d.length < s)) {
                      for (d = ""; a < u && (l = t.charAt(a), !(l !== zt && l !== Dr)); ) x += l, F += l, a++;
                      if (!l || l === Dn) break;
                    }
                  }
                }
                for (o += k + x, a = -1, u = f.length; ++a < u; ) if (l = f.charAt(a), l === zt || l === Dr) p || (p = f.slice(0, a));
                else if (p) {
                  m = f.slice(a);
                  break;
                }
                return e(o)({ type: "code", lang: p || f || null, meta: m || null, value: g });
              }
            }
          }
        }
      }
    });
    Ct = _((Ut, hl) => {
      Ut = hl.exports = A1;
      function A1(e) {
        return e.trim ? e.trim() : Ut.right(Ut.left(e));
      }
      Ut.left = function(e) {
        return e.trimLeft ? e.trimLeft() : e.replace(/^\s\s*/, "");
      };
      Ut.right = function(e) {
        if (e.trimRight) return e.trimRight();
        for (var t = /\s/, r = e.length; t.test(e.charAt(--r)); ) ;
        return e.slice(0, r + 1);
      };
    });
    gn = _((CT, ml) => {
      "use strict";
      ml.exports = T1;
      function T1(e, t, r, n) {
        for (var i = e.length, u = -1, a, o; ++u < i; ) if (a = e[u], o = a[1] || {}, !(o.pedantic !== void 0 && o.pedantic !== r.options.pedantic) && !(o.commonmark !== void 0 && o.commonmark !== r.options.commonmark) && t[a[0]].apply(r, n)) return true;
        return false;
      }
    });
    xl = _((yT, gl) => {
      "use strict";
      var S1 = Ct(), L1 = gn();
      gl.exports = I1;
      var oa = `
`, dl = "	", sa = " ", Dl = ">";
      function I1(e, t, r) {
        for (var n = this, i = n.offset, u = n.blockTokenizers, a = n.interruptBlockquote, o = e.now(), s = o.line, c = t.length, l = [], f = [], p = [], m, d = 0, k, g, x, F, w, T, C, D; d < c && (k = t.charAt(d), !(k !== sa && k !== dl)); ) d++;
        if (t.charAt(d) === Dl) {
          if (r) return true;
          for (d = 0; d < c; ) {
            for (x = t.indexOf(oa, d), T = d, C = false, x === -1 && (x = c); d < c && (k = t.charAt(d), !(k !== sa && k !== dl)); ) d++;
            if (t.charAt(d) === Dl ? (d++, C = true, t.charAt(d) === sa && d++) : d = T, F = t.slice(d, x), !C && !S1(F)) {
              d = T;
              break;
            }
            if (!C && (g = t.slice(d), L1(a, u, n, [e, g, true]))) break;
            w = T === d ? F : t.slice(T, x), p.push(d - T), l.push(w), f.push(F), d = x + 1;
          }
          for (d = -1, c = p.length, m = e(l.join(oa)); ++d < c; ) i[s] = (i[s] || 0) + p[d], s++;
          return D = n.enterBlock(), f = n.tokenizeBlock(f.join(oa), o), D(), m({ type: "blockquote", children: f });
        }
      }
    });
    bl = _((vT, Fl) => {
      "use strict";
      Fl.exports = B1;
      var kl = `
`, gr = "	", xr = " ", kr = "#", q1 = 6;
      function B1(e, t, r) {
        for (var n = this, i = n.options.pedantic, u = t.length + 1, a = -1, o = e.now(), s = "", c = "", l, f, p; ++a < u; ) {
          if (l = t.charAt(a), l !== xr && l !== gr) {
            a--;
            break;
          }
          s += l;
        }
        for (p = 0; ++a <= u; ) {
          if (l = t.charAt(a), l !== kr) {
            a--;
            break;
          }
          s += l, p++;
        }
        if (!(p > q1) && !(!p || !i && t.charAt(a + 1) === kr)) {
          for (u = t.length + 1, f = ""; ++a < u; ) {
            if (l = t.charAt(a), l !== xr && l !== gr) {
              a--;
              break;
            }
            f += l;
          }
          if (!(!i && f.length === 0 && l && l !== kl)) {
            if (r) return true;
            for (s += f, f = "", c = ""; ++a < u && (l = t.charAt(a), !(!l || l === kl)); ) {
              if (l !== xr && l !== gr && l !== kr) {
                c += f + l, f = "";
                continue;
              }
              for (; l === xr || l === gr; ) f += l, l = t.charAt(++a);
              if (!i && c && !f && l === kr) {
                c += l;
                continue;
              }
              for (; l === kr; ) f += l, l = t.charAt(++a);
              for (; l === xr || l === gr; ) f += l, l = t.charAt(++a);
              a--;
            }
            return o.column += s.length, o.offset += s.length, s += c + f, e(s)({ type: "heading", depth: p, children: n.tokenizeInline(c, o) });
          }
        }
      }
    });
    Cl = _((AT, wl) => {
      "use strict";
      wl.exports = z1;
      var _1 = "	", P1 = `
`, El = " ", N1 = "*", O1 = "-", R1 = "_", M1 = 3;
      function z1(e, t, r) {
        for (var n = -1, i = t.length + 1, u = "", a, o, s, c; ++n < i && (a = t.charAt(n), !(a !== _1 && a !== El)); ) u += a;
        if (!(a !== N1 && a !== O1 && a !== R1)) for (o = a, u += a, s = 1, c = ""; ++n < i; ) if (a = t.charAt(n), a === o) s++, u += c + o, c = "";
        else if (a === El) c += a;
        else return s >= M1 && (!a || a === P1) ? (u += c, r ? true : e(u)({ type: "thematicBreak" })) : void 0;
      }
    });
    la = _((TT, vl) => {
      "use strict";
      vl.exports = G1;
      var yl = "	", U1 = " ", H1 = 1, V1 = 4;
      function G1(e) {
        for (var t = 0, r = 0, n = e.charAt(t), i = {}, u, a = 0; n === yl || n === U1; ) {
          for (u = n === yl ? V1 : H1, r += u, u > 1 && (r = Math.floor(r / u) * u); a < r; ) i[++a] = t;
          n = e.charAt(++t);
        }
        return { indent: r, stops: i };
      }
    });
    Sl = _((ST, Tl) => {
      "use strict";
      var j1 = Ct(), W1 = dn(), Y1 = la();
      Tl.exports = Q1;
      var Al = `
`, $1 = " ", K1 = "!";
      function Q1(e, t) {
        var r = e.split(Al), n = r.length + 1, i = 1 / 0, u = [], a, o, s;
        for (r.unshift(W1($1, t) + K1); n--; ) if (o = Y1(r[n]), u[n] = o.stops, j1(r[n]).length !== 0) if (o.indent) o.indent > 0 && o.indent < i && (i = o.indent);
        else {
          i = 1 / 0;
          break;
        }
        if (i !== 1 / 0) for (n = r.length; n--; ) {
          for (s = u[n], a = i; a && !(a in s); ) a--;
          r[n] = r[n].slice(s[a] + 1);
        }
        return r.shift(), r.join(Al);
      }
    });
    Pl = _((LT, _l) => {
      "use strict";
      var X1 = Ct(), J1 = dn(), Ll = wt(), Z1 = la(), ek = Sl(), tk = gn();
      _l.exports = lk;
      var ca = "*", rk = "_", Il = "+", fa = "-", ql = ".", $e = " ", Ne = `
`, xn = "	", Bl = ")", nk = "x", lt = 4, ik = /\n\n(?!\s*$)/, ak = /^\[([ X\tx])][ \t]/, uk = /^([ \t]*)([*+-]|\d+[.)])( {1,4}(?! )| |\t|$|(?=\n))([^\n]*)/, ok = /^([ \t]*)([*+-]|\d+[.)])([ \t]+)/, sk = /^( {1,4}|\t)?/gm;
      function lk(e, t, r) {
        for (var n = this, i = n.options.commonmark, u = n.options.pedantic, a = n.blockTokenizers, o = n.interruptList, s = 0, c = t.length, l = null, f, p, m, d, k, g, x, F, w, T, C, D, v, L, y, E, I, q, S, z = false, N, M, O, W; s < c && (d = t.charAt(s), !(d !== xn && d !== $e)); ) s++;
        if (d = t.charAt(s), d === ca || d === Il || d === fa) k = d, m = false;
        else {
          for (m = true, p = ""; s < c && (d = t.charAt(s), !!Ll(d)); ) p += d, s++;
          if (d = t.charAt(s), !p || !(d === ql || i && d === Bl) || r && p !== "1") return;
          l = parseInt(p, 10), k = d;
        }
        if (d = t.charAt(++s), !(d !== $e && d !== xn && (u || d !== Ne && d !== ""))) {
          if (r) return true;
          for (s = 0, L = [], y = [], E = []; s < c; ) {
            for (g = t.indexOf(Ne, s), x = s, F = false, W = false, g === -1 && (g = c), f = 0; s < c; ) {
              if (d = t.charAt(s), d === xn) f += lt - f % lt;
              else if (d === $e) f++;
              else break;
              s++;
            }
            if (I && f >= I.indent && (W = true), d = t.charAt(s), w = null, !W) {
              if (d === ca || d === Il || d === fa) w = d, s++, f++;
              else {
                for (p = ""; s < c && (d = t.charAt(s), !!Ll(d)); ) p += d, s++;
                d = t.charAt(s), s++, p && (d === ql || i && d === Bl) && (w = d, f += p.length + 1);
              }
              if (w) if (d = t.charAt(s), d === xn) f += lt - f % lt, s++;
              else if (d === $e) {
                for (O = s + lt; s < O && t.charAt(s) === $e; ) s++, f++;
                s === O && t.charAt(s) === $e && (s -= lt - 1, f -= lt - 1);
              } else d !== Ne && d !== "" && (w = null);
            }
            if (w) {
              if (!u && k !== w) break;
              F = true;
            } else !i && !W && t.charAt(x) === $e ? W = true : i && I && (W = f >= I.indent || f > lt), F = false, s = x;
            if (C = t.slice(x, g), T = x === s ? C : t.slice(s, g), (w === ca || w === rk || w === fa) && a.thematicBreak.call(n, e, C, true)) break;
            if (D = v, v = !F && !X1(T).length, W && I) I.value = I.value.concat(E, C), y = y.concat(E, C), E = [];
            else if (F) E.length !== 0 && (z = true, I.value.push(""), I.trail = E.concat()), I = { value: [C], indent: f, trail: [] }, L.push(I), y = y.concat(E, C), E = [];
            else if (v) {
              if (D && !i) break;
              E.push(C);
            } else {
              if (D || tk(o, a, n, [e, C, true])) break;
              I.value = I.value.concat(E, C), y = y.concat(E, C), E = [];
            }
            s = g + 1;
          }
          for (N = e(y.join(Ne)).reset({ type: "list", ordered: m, start: l, spread: z, children: [] }), q = n.enterList(), S = n.enterBlock(), s = -1, c = L.length; ++s < c; ) I = L[s].value.join(Ne), M = e.now(), e(I)(ck(n, I, M), N), I = L[s].trail.join(Ne), s !== c - 1 && (I += Ne), e(I);
          return q(), S(), N;
        }
      }
      function ck(e, t, r) {
        var n = e.offset, i = e.options.pedantic ? fk : pk, u = null, a, o;
        return t = i.apply(null, arguments), e.options.gfm && (a = t.match(ak), a && (o = a[0].length, u = a[1].toLowerCase() === nk, n[r.line] += o, t = t.slice(o))), { type: "listItem", spread: ik.test(t), checked: u, children: e.tokenizeBlock(t, r) };
      }
      function fk(e, t, r) {
        var n = e.offset, i = r.line;
        return t = t.replace(ok, u), i = r.line, t.replace(sk, u);
        function u(a) {
          return n[i] = (n[i] || 0) + a.length, i++, "";
        }
      }
      function pk(e, t, r) {
        var n = e.offset, i = r.line, u, a, o, s, c, l, f;
        for (t = t.replace(uk, p), s = t.split(Ne), c = ek(t, Z1(u).indent).split(Ne), c[0] = o, n[i] = (n[i] || 0) + a.length, i++, l = 0, f = s.length; ++l < f; ) n[i] = (n[i] || 0) + s[l].length - c[l].length, i++;
        return c.join(Ne);
        function p(m, d, k, g, x) {
          return a = d + k + g, o = x, Number(k) < 10 && a.length % 2 === 1 && (k = $e + k), u = d + J1($e, k.length) + g, u + o;
        }
      }
    });
    Ml = _((IT, Rl) => {
      "use strict";
      Rl.exports = xk;
      var pa = `
`, hk = "	", Nl = " ", Ol = "=", mk = "-", dk = 3, Dk = 1, gk = 2;
      function xk(e, t, r) {
        for (var n = this, i = e.now(), u = t.length, a = -1, o = "", s, c, l, f, p; ++a < u; ) {
          if (l = t.charAt(a), l !== Nl || a >= dk) {
            a--;
            break;
          }
          o += l;
        }
        for (s = "", c = ""; ++a < u; ) {
          if (l = t.charAt(a), l === pa) {
            a--;
            break;
          }
          l === Nl || l === hk ? c += l : (s += c + l, c = "");
        }
        if (i.column += o.length, i.offset += o.length, o += s + c, l = t.charAt(++a), f = t.charAt(++a), !(l !== pa || f !== Ol && f !== mk)) {
          for (o += l, c = f, p = f === Ol ? Dk : gk; ++a < u; ) {
            if (l = t.charAt(a), l !== f) {
              if (l !== pa) return;
              a--;
              break;
            }
            c += l;
          }
          return r ? true : e(o + c)({ type: "heading", depth: p, children: n.tokenizeInline(s, i) });
        }
      }
    });
    ma = _((ha) => {
      "use strict";
      var kk = "[a-zA-Z_:][a-zA-Z0-9:._-]*", Fk = "[^\"'=<>`\\u0000-\\u0020]+", bk = "'[^']*'", Ek = '"[^"]*"', wk = "(?:" + Fk + "|" + bk + "|" + Ek + ")", Ck = "(?:\\s+" + kk + "(?:\\s*=\\s*" + wk + ")?)", zl = "<[A-Za-z][A-Za-z0-9\\-]*" + Ck + "*\\s*\\/?>", Ul = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>", yk = "<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->", vk = "<[?].*?[?]>", Ak = "<![A-Za-z]+\\s+[^>]*>", Tk = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
      ha.openCloseTag = new RegExp("^(?:" + zl + "|" + Ul + ")");
      ha.tag = new RegExp("^(?:" + zl + "|" + Ul + "|" + yk + "|" + vk + "|" + Ak + "|" + Tk + ")");
    });
    jl = _((BT, Gl) => {
      "use strict";
      var Sk = ma().openCloseTag;
      Gl.exports = Gk;
      var Lk = "	", Ik = " ", Hl = `
`, qk = "<", Bk = /^<(script|pre|style)(?=(\s|>|$))/i, _k = /<\/(script|pre|style)>/i, Pk = /^<!--/, Nk = /-->/, Ok = /^<\?/, Rk = /\?>/, Mk = /^<![A-Za-z]/, zk = />/, Uk = /^<!\[CDATA\[/, Hk = /]]>/, Vl = /^$/, Vk = new RegExp(Sk.source + "\\s*$");
      function Gk(e, t, r) {
        for (var n = this, i = n.options.blocks.join("|"), u = new RegExp("^</?(" + i + ")(?=(\\s|/?>|$))", "i"), a = t.length, o = 0, s, c, l, f, p, m, d, k = [[Bk, _k, true], [Pk, Nk, true], [Ok, Rk, true], [Mk, zk, true], [Uk, Hk, true], [u, Vl, true], [Vk, Vl, false]]; o < a && (f = t.charAt(o), !(f !== Lk && f !== Ik)); ) o++;
        if (t.charAt(o) === qk) {
          for (s = t.indexOf(Hl, o + 1), s = s === -1 ? a : s, c = t.slice(o, s), l = -1, p = k.length; ++l < p; ) if (k[l][0].test(c)) {
            m = k[l];
            break;
          }
          if (m) {
            if (r) return m[2];
            if (o = s, !m[1].test(c)) for (; o < a; ) {
              if (s = t.indexOf(Hl, o + 1), s = s === -1 ? a : s, c = t.slice(o + 1, s), m[1].test(c)) {
                c && (o = s);
                break;
              }
              o = s;
            }
            return d = t.slice(0, o), e(d)({ type: "html", value: d });
          }
        }
      }
    });
    Oe = _((_T, Wl) => {
      "use strict";
      Wl.exports = Yk;
      var jk = String.fromCharCode, Wk = /\s/;
      function Yk(e) {
        return Wk.test(typeof e == "number" ? jk(e) : e.charAt(0));
      }
    });
    kn = _((PT, Yl) => {
      "use strict";
      Yl.exports = $k;
      function $k(e) {
        return String(e).replace(/\s+/g, " ");
      }
    });
    da = _((NT, $l) => {
      "use strict";
      var Kk = kn();
      $l.exports = Qk;
      function Qk(e) {
        return Kk(e).toLowerCase();
      }
    });
    tc = _((OT, ec) => {
      "use strict";
      var Xk = Oe(), Jk = da();
      ec.exports = r0;
      var Kl = '"', Ql = "'", Zk = "\\", Ht = `
`, Fn = "	", bn = " ", ga = "[", Fr = "]", e0 = "(", t0 = ")", Xl = ":", Jl = "<", Zl = ">";
      function r0(e, t, r) {
        for (var n = this, i = n.options.commonmark, u = 0, a = t.length, o = "", s, c, l, f, p, m, d, k; u < a && (f = t.charAt(u), !(f !== bn && f !== Fn)); ) o += f, u++;
        if (f = t.charAt(u), f === ga) {
          for (u++, o += f, l = ""; u < a && (f = t.charAt(u), f !== Fr); ) f === Zk && (l += f, u++, f = t.charAt(u)), l += f, u++;
          if (!(!l || t.charAt(u) !== Fr || t.charAt(u + 1) !== Xl)) {
            for (m = l, o += l + Fr + Xl, u = o.length, l = ""; u < a && (f = t.charAt(u), !(f !== Fn && f !== bn && f !== Ht)); ) o += f, u++;
            if (f = t.charAt(u), l = "", s = o, f === Jl) {
              for (u++; u < a && (f = t.charAt(u), !!Da(f)); ) l += f, u++;
              if (f = t.charAt(u), f === Da.delimiter) o += Jl + l + f, u++;
              else {
                if (i) return;
                u -= l.length + 1, l = "";
              }
            }
            if (!l) {
              for (; u < a && (f = t.charAt(u), !!n0(f)); ) l += f, u++;
              o += l;
            }
            if (l) {
              for (d = l, l = ""; u < a && (f = t.charAt(u), !(f !== Fn && f !== bn && f !== Ht)); ) l += f, u++;
              if (f = t.charAt(u), p = null, f === Kl ? p = Kl : f === Ql ? p = Ql : f === e0 && (p = t0), !p) l = "", u = o.length;
              else if (l) {
                for (o += l + f, u = o.length, l = ""; u < a && (f = t.charAt(u), f !== p); ) {
                  if (f === Ht) {
                    if (u++, f = t.charAt(u), f === Ht || f === p) return;
                    l += Ht;
                  }
                  l += f, u++;
                }
                if (f = t.charAt(u), f !== p) return;
                c = o, o += l + f, u++, k = l, l = "";
              } else return;
              for (; u < a && (f = t.charAt(u), !(f !== Fn && f !== bn)); ) o += f, u++;
              if (f = t.charAt(u), !f || f === Ht) return r ? true : (s = e(s).test().end, d = n.decode.raw(n.unescape(d), s, { nonTerminated: false }), k && (c = e(c).test().end, k = n.decode.raw(n.unescape(k), c)), e(o)({ type: "definition", identifier: Jk(m), label: m, title: k || null, url: d }));
            }
          }
        }
      }
      function Da(e) {
        return e !== Zl && e !== ga && e !== Fr;
      }
      Da.delimiter = Zl;
      function n0(e) {
        return e !== ga && e !== Fr && !Xk(e);
      }
    });
    ic = _((RT, nc) => {
      "use strict";
      var i0 = Oe();
      nc.exports = m0;
      var a0 = "	", En = `
`, u0 = " ", o0 = "-", s0 = ":", l0 = "\\", xa = "|", c0 = 1, f0 = 2, rc = "left", p0 = "center", h0 = "right";
      function m0(e, t, r) {
        var n = this, i, u, a, o, s, c, l, f, p, m, d, k, g, x, F, w, T, C, D, v, L, y;
        if (n.options.gfm) {
          for (i = 0, w = 0, c = t.length + 1, l = []; i < c; ) {
            if (v = t.indexOf(En, i), L = t.indexOf(xa, i + 1), v === -1 && (v = t.length), L === -1 || L > v) {
              if (w < f0) return;
              break;
            }
            l.push(t.slice(i, v)), w++, i = v + 1;
          }
          for (o = l.join(En), u = l.splice(1, 1)[0] || [], i = 0, c = u.length, w--, a = false, d = []; i < c; ) {
            if (p = u.charAt(i), p === xa) {
              if (m = null, a === false) {
                if (y === false) return;
              } else d.push(a), a = false;
              y = false;
            } else if (p === o0) m = true, a = a || null;
            else if (p === s0) a === rc ? a = p0 : m && a === null ? a = h0 : a = rc;
            else if (!i0(p)) return;
            i++;
          }
          if (a !== false && d.push(a), !(d.length < c0)) {
            if (r) return true;
            for (F = -1, C = [], D = e(o).reset({ type: "table", align: d, children: C }); ++F < w; ) {
              for (T = l[F], s = { type: "tableRow", children: [] }, F && e(En), e(T).reset(s, D), c = T.length + 1, i = 0, f = "", k = "", g = true; i < c; ) {
                if (p = T.charAt(i), p === a0 || p === u0) {
                  k ? f += p : e(p), i++;
                  continue;
                }
                p === "" || p === xa ? g ? e(p) : ((k || p) && !g && (o = k, f.length > 1 && (p ? (o += f.slice(0, -1), f = f.charAt(f.length - 1)) : (o += f, f = "")), x = e.now(), e(o)({ type: "tableCell", children: n.tokenizeInline(k, x) }, s)), e(f + p), f = "", k = "") : (f && (k += f, f = ""), k += p, p === l0 && i !== c - 2 && (k += T.charAt(i + 1), i++)), g = false, i++;
              }
              F || e(En + u);
            }
            return D;
          }
        }
      }
    });
    oc = _((MT, uc) => {
      "use strict";
      var d0 = Ct(), D0 = ia(), g0 = gn();
      uc.exports = F0;
      var x0 = "	", br = `
`, k0 = " ", ac = 4;
      function F0(e, t, r) {
        for (var n = this, i = n.options, u = i.commonmark, a = n.blockTokenizers, o = n.interruptParagraph, s = t.indexOf(br), c = t.length, l, f, p, m, d; s < c; ) {
          if (s === -1) {
            s = c;
            break;
          }
          if (t.charAt(s + 1) === br) break;
          if (u) {
            for (m = 0, l = s + 1; l < c; ) {
              if (p = t.charAt(l), p === x0) {
                m = ac;
                break;
              } else if (p === k0) m++;
              else break;
              l++;
            }
            if (m >= ac && p !== br) {
              s = t.indexOf(br, s + 1);
              continue;
            }
          }
          if (f = t.slice(s + 1), g0(o, a, n, [e, f, true])) break;
          if (l = s, s = t.indexOf(br, s + 1), s !== -1 && d0(t.slice(l, s)) === "") {
            s = l;
            break;
          }
        }
        return f = t.slice(0, s), r ? true : (d = e.now(), f = D0(f), e(f)({ type: "paragraph", children: n.tokenizeInline(f, d) }));
      }
    });
    lc = _((zT, sc) => {
      "use strict";
      sc.exports = b0;
      function b0(e, t) {
        return e.indexOf("\\", t);
      }
    });
    hc = _((UT, pc) => {
      "use strict";
      var E0 = lc();
      pc.exports = fc;
      fc.locator = E0;
      var w0 = `
`, cc = "\\";
      function fc(e, t, r) {
        var n = this, i, u;
        if (t.charAt(0) === cc && (i = t.charAt(1), n.escape.indexOf(i) !== -1)) return r ? true : (i === w0 ? u = { type: "break" } : u = { type: "text", value: i }, e(cc + i)(u));
      }
    });
    ka = _((HT, mc) => {
      "use strict";
      mc.exports = C0;
      function C0(e, t) {
        return e.indexOf("<", t);
      }
    });
    kc = _((VT, xc) => {
      "use strict";
      var dc = Oe(), y0 = dr(), v0 = ka();
      xc.exports = wa;
      wa.locator = v0;
      wa.notInLink = true;
      var Dc = "<", Fa = ">", gc = "@", ba = "/", Ea = "mailto:", wn = Ea.length;
      function wa(e, t, r) {
        var n = this, i = "", u = t.length, a = 0, o = "", s = false, c = "", l, f, p, m, d;
        if (t.charAt(0) === Dc) {
          for (a++, i = Dc; a < u && (l = t.charAt(a), !(dc(l) || l === Fa || l === gc || l === ":" && t.charAt(a + 1) === ba)); ) o += l, a++;
          if (o) {
            if (c += o, o = "", l = t.charAt(a), c += l, a++, l === gc) s = true;
            else {
              if (l !== ":" || t.charAt(a + 1) !== ba) return;
              c += ba, a++;
            }
            for (; a < u && (l = t.charAt(a), !(dc(l) || l === Fa)); ) o += l, a++;
            if (l = t.charAt(a), !(!o || l !== Fa)) return r ? true : (c += o, p = c, i += c + l, f = e.now(), f.column++, f.offset++, s && (c.slice(0, wn).toLowerCase() === Ea ? (p = p.slice(wn), f.column += wn, f.offset += wn) : c = Ea + c), m = n.inlineTokenizers, n.inlineTokenizers = { text: m.text }, d = n.enterLink(), p = n.tokenizeInline(p, f), n.inlineTokenizers = m, d(), e(i)({ type: "link", title: null, url: y0(c, { nonTerminated: false }), children: p }));
          }
        }
      }
    });
    bc = _((GT, Fc) => {
      "use strict";
      Fc.exports = A0;
      function A0(e, t) {
        var r = String(e), n = 0, i;
        if (typeof t != "string") throw new Error("Expected character");
        for (i = r.indexOf(t); i !== -1; ) n++, i = r.indexOf(t, i + t.length);
        return n;
      }
    });
    Cc = _((jT, wc) => {
      "use strict";
      wc.exports = T0;
      var Ec = ["www.", "http://", "https://"];
      function T0(e, t) {
        var r = -1, n, i, u;
        if (!this.options.gfm) return r;
        for (i = Ec.length, n = -1; ++n < i; ) u = e.indexOf(Ec[n], t), u !== -1 && (r === -1 || u < r) && (r = u);
        return r;
      }
    });
    Sc = _((WT, Tc) => {
      "use strict";
      var yc = bc(), S0 = dr(), L0 = wt(), Ca = Ot(), I0 = Oe(), q0 = Cc();
      Tc.exports = va;
      va.locator = q0;
      va.notInLink = true;
      var B0 = 33, _0 = 38, P0 = 41, N0 = 42, O0 = 44, R0 = 45, ya = 46, M0 = 58, z0 = 59, U0 = 63, H0 = 60, vc = 95, V0 = 126, G0 = "(", Ac = ")";
      function va(e, t, r) {
        var n = this, i = n.options.gfm, u = n.inlineTokenizers, a = t.length, o = -1, s = false, c, l, f, p, m, d, k, g, x, F, w, T, C, D;
        if (i) {
          if (t.slice(0, 4) === "www.") s = true, p = 4;
          else if (t.slice(0, 7).toLowerCase() === "http://") p = 7;
          else if (t.slice(0, 8).toLowerCase() === "https://") p = 8;
          else return;
          for (o = p - 1, f = p, c = []; p < a; ) {
            if (k = t.charCodeAt(p), k === ya) {
              if (o === p - 1) break;
              c.push(p), o = p, p++;
              continue;
            }
            if (L0(k) || Ca(k) || k === R0 || k === vc) {
              p++;
              continue;
            }
            break;
          }
          if (k === ya && (c.pop(), p--), c[0] !== void 0 && (l = c.length < 2 ? f : c[c.length - 2] + 1, t.slice(l, p).indexOf("_") === -1)) {
            if (r) return true;
            for (g = p, m = p; p < a && (k = t.charCodeAt(p), !(I0(k) || k === H0)); ) p++, k === B0 || k === N0 || k === O0 || k === ya || k === M0 || k === U0 || k === vc || k === V0 || (g = p);
            if (p = g, t.charCodeAt(p - 1) === P0) for (d = t.slice(m, p), x = yc(d, G0), F = yc(d, Ac); F > x; ) p = m + d.lastIndexOf(Ac), d = t.slice(m, p), F--;
            if (t.charCodeAt(p - 1) === z0 && (p--, Ca(t.charCodeAt(p - 1)))) {
              for (g = p - 2; Ca(t.charCodeAt(g)); ) g--;
              t.charCodeAt(g) === _0 && (p = g);
            }
            return w = t.slice(0, p), C = S0(w, { nonTerminated: false }), s && (C = "http://" + C), D = n.enterLink(), n.inlineTokenizers = { text: u.text }, T = n.tokenizeInline(w, e.now()), n.inlineTokenizers = u, D(), e(w)({ type: "link", title: null, url: C, children: T });
          }
        }
      }
    });
    Bc = _((YT, qc) => {
      "use strict";
      var j0 = wt(), W0 = Ot(), Y0 = 43, $0 = 45, K0 = 46, Q0 = 95;
      qc.exports = Ic;
      function Ic(e, t) {
        var r = this, n, i;
        if (!this.options.gfm || (n = e.indexOf("@", t), n === -1)) return -1;
        if (i = n, i === t || !Lc(e.charCodeAt(i - 1))) return Ic.call(r, e, n + 1);
        for (; i > t && Lc(e.charCodeAt(i - 1)); ) i--;
        return i;
      }
      function Lc(e) {
        return j0(e) || W0(e) || e === Y0 || e === $0 || e === K0 || e === Q0;
      }
    });
    Oc = _(($T, Nc) => {
      "use strict";
      var X0 = dr(), _c = wt(), Pc = Ot(), J0 = Bc();
      Nc.exports = Sa;
      Sa.locator = J0;
      Sa.notInLink = true;
      var Z0 = 43, Aa = 45, Cn = 46, eF = 64, Ta = 95;
      function Sa(e, t, r) {
        var n = this, i = n.options.gfm, u = n.inlineTokenizers, a = 0, o = t.length, s = -1, c, l, f, p;
        if (i) {
          for (c = t.charCodeAt(a); _c(c) || Pc(c) || c === Z0 || c === Aa || c === Cn || c === Ta; ) c = t.charCodeAt(++a);
          if (a !== 0 && c === eF) {
            for (a++; a < o; ) {
              if (c = t.charCodeAt(a), _c(c) || Pc(c) || c === Aa || c === Cn || c === Ta) {
                a++, s === -1 && c === Cn && (s = a);
                continue;
              }
              break;
            }
            if (!(s === -1 || s === a || c === Aa || c === Ta)) return c === Cn && a--, l = t.slice(0, a), r ? true : (p = n.enterLink(), n.inlineTokenizers = { text: u.text }, f = n.tokenizeInline(l, e.now()), n.inlineTokenizers = u, p(), e(l)({ type: "link", title: null, url: "mailto:" + X0(l, { nonTerminated: false }), children: f }));
          }
        }
      }
    });
    zc = _((KT, Mc) => {
      "use strict";
      var tF = Ot(), rF = ka(), nF = ma().tag;
      Mc.exports = Rc;
      Rc.locator = rF;
      var iF = "<", aF = "?", uF = "!", oF = "/", sF = /^<a /i, lF = /^<\/a>/i;
      function Rc(e, t, r) {
        var n = this, i = t.length, u, a;
        if (!(t.charAt(0) !== iF || i < 3) && (u = t.charAt(1), !(!tF(u) && u !== aF && u !== uF && u !== oF) && (a = t.match(nF), !!a))) return r ? true : (a = a[0], !n.inLink && sF.test(a) ? n.inLink = true : n.inLink && lF.test(a) && (n.inLink = false), e(a)({ type: "html", value: a }));
      }
    });
    La = _((QT, Uc) => {
      "use strict";
      Uc.exports = cF;
      function cF(e, t) {
        var r = e.indexOf("[", t), n = e.indexOf("![", t);
        return n === -1 || r < n ? r : n;
      }
    });
    $c = _((XT, Yc) => {
      "use strict";
      var Er = Oe(), fF = La();
      Yc.exports = Wc;
      Wc.locator = fF;
      var pF = `
`, hF = "!", Hc = '"', Vc = "'", Vt = "(", wr = ")", Ia = "<", qa = ">", Gc = "[", Cr = "\\", mF = "]", jc = "`";
      function Wc(e, t, r) {
        var n = this, i = "", u = 0, a = t.charAt(0), o = n.options.pedantic, s = n.options.commonmark, c = n.options.gfm, l, f, p, m, d, k, g, x, F, w, T, C, D, v, L, y, E, I;
        if (a === hF && (x = true, i = a, a = t.charAt(++u)), a === Gc && !(!x && n.inLink)) {
          for (i += a, v = "", u++, T = t.length, y = e.now(), D = 0, y.column += u, y.offset += u; u < T; ) {
            if (a = t.charAt(u), k = a, a === jc) {
              for (f = 1; t.charAt(u + 1) === jc; ) k += a, u++, f++;
              p ? f >= p && (p = 0) : p = f;
            } else if (a === Cr) u++, k += t.charAt(u);
            else if ((!p || c) && a === Gc) D++;
            else if ((!p || c) && a === mF) if (D) D--;
            else {
              if (t.charAt(u + 1) !== Vt) return;
              k += Vt, l = true, u++;
              break;
            }
            v += k, k = "", u++;
          }
          if (l) {
            for (F = v, i += v + k, u++; u < T && (a = t.charAt(u), !!Er(a)); ) i += a, u++;
            if (a = t.charAt(u), v = "", m = i, a === Ia) {
              for (u++, m += Ia; u < T && (a = t.charAt(u), a !== qa); ) {
                if (s && a === pF) return;
                v += a, u++;
              }
              if (t.charAt(u) !== qa) return;
              i += Ia + v + qa, L = v, u++;
            } else {
              for (a = null, k = ""; u < T && (a = t.charAt(u), !(k && (a === Hc || a === Vc || s && a === Vt))); ) {
                if (Er(a)) {
                  if (!o) break;
                  k += a;
                } else {
                  if (a === Vt) D++;
                  else if (a === wr) {
                    if (D === 0) break;
                    D--;
                  }
                  v += k, k = "", a === Cr && (v += Cr, a = t.charAt(++u)), v += a;
                }
                u++;
              }
              i += v, L = v, u = i.length;
            }
            for (v = ""; u < T && (a = t.charAt(u), !!Er(a)); ) v += a, u++;
            if (a = t.charAt(u), i += v, v && (a === Hc || a === Vc || s && a === Vt)) if (u++, i += a, v = "", w = a === Vt ? wr : a, d = i, s) {
              for (; u < T && (a = t.charAt(u), a !== w); ) a === Cr && (v += Cr, a = t.charAt(++u)), u++, v += a;
              if (a = t.charAt(u), a !== w) return;
              for (C = v, i += v + a, u++; u < T && (a = t.charAt(u), !!Er(a)); ) i += a, u++;
            } else for (k = ""; u < T; ) {
              if (a = t.charAt(u), a === w) g && (v += w + k, k = ""), g = true;
              else if (!g) v += a;
              else if (a === wr) {
                i += v + w + k, C = v;
                break;
              } else Er(a) ? k += a : (v += w + k + a, k = "", g = false);
              u++;
            }
            if (t.charAt(u) === wr) return r ? true : (i += wr, L = n.decode.raw(n.unescape(L), e(m).test().end, { nonTerminated: false }), C && (d = e(d).test().end, C = n.decode.raw(n.unescape(C), d)), I = { type: x ? "image" : "link", title: C || null, url: L }, x ? I.alt = n.decode.raw(n.unescape(F), y) || null : (E = n.enterLink(), I.children = n.tokenizeInline(F, y), E()), e(i)(I));
          }
        }
      }
    });
    Xc = _((JT, Qc) => {
      "use strict";
      var dF = Oe(), DF = La(), gF = da();
      Qc.exports = Kc;
      Kc.locator = DF;
      var Ba = "link", xF = "image", kF = "shortcut", FF = "collapsed", _a = "full", bF = "!", yn = "[", vn = "\\", An = "]";
      function Kc(e, t, r) {
        var n = this, i = n.options.commonmark, u = t.charAt(0), a = 0, o = t.length, s = "", c = "", l = Ba, f = kF, p, m, d, k, g, x, F, w;
        if (u === bF && (l = xF, c = u, u = t.charAt(++a)), u === yn) {
          for (a++, c += u, x = "", w = 0; a < o; ) {
            if (u = t.charAt(a), u === yn) F = true, w++;
            else if (u === An) {
              if (!w) break;
              w--;
            }
            u === vn && (x += vn, u = t.charAt(++a)), x += u, a++;
          }
          if (s = x, p = x, u = t.charAt(a), u === An) {
            if (a++, s += u, x = "", !i) for (; a < o && (u = t.charAt(a), !!dF(u)); ) x += u, a++;
            if (u = t.charAt(a), u === yn) {
              for (m = "", x += u, a++; a < o && (u = t.charAt(a), !(u === yn || u === An)); ) u === vn && (m += vn, u = t.charAt(++a)), m += u, a++;
              u = t.charAt(a), u === An ? (f = m ? _a : FF, x += m + u, a++) : m = "", s += x, x = "";
            } else {
              if (!p) return;
              m = p;
            }
            if (!(f !== _a && F)) return s = c + s, l === Ba && n.inLink ? null : r ? true : (d = e.now(), d.column += c.length, d.offset += c.length, m = f === _a ? m : p, k = { type: l + "Reference", identifier: gF(m), label: m, referenceType: f }, l === Ba ? (g = n.enterLink(), k.children = n.tokenizeInline(p, d), g()) : k.alt = n.decode.raw(n.unescape(p), d) || null, e(s)(k));
          }
        }
      }
    });
    Zc = _((ZT, Jc) => {
      "use strict";
      Jc.exports = EF;
      function EF(e, t) {
        var r = e.indexOf("**", t), n = e.indexOf("__", t);
        return n === -1 ? r : r === -1 || n < r ? n : r;
      }
    });
    nf = _((e3, rf) => {
      "use strict";
      var wF = Ct(), ef = Oe(), CF = Zc();
      rf.exports = tf;
      tf.locator = CF;
      var yF = "\\", vF = "*", AF = "_";
      function tf(e, t, r) {
        var n = this, i = 0, u = t.charAt(i), a, o, s, c, l, f, p;
        if (!(u !== vF && u !== AF || t.charAt(++i) !== u) && (o = n.options.pedantic, s = u, l = s + s, f = t.length, i++, c = "", u = "", !(o && ef(t.charAt(i))))) for (; i < f; ) {
          if (p = u, u = t.charAt(i), u === s && t.charAt(i + 1) === s && (!o || !ef(p)) && (u = t.charAt(i + 2), u !== s)) return wF(c) ? r ? true : (a = e.now(), a.column += 2, a.offset += 2, e(l + c + l)({ type: "strong", children: n.tokenizeInline(c, a) })) : void 0;
          !o && u === yF && (c += u, u = t.charAt(++i)), c += u, i++;
        }
      }
    });
    uf = _((t3, af) => {
      "use strict";
      af.exports = LF;
      var TF = String.fromCharCode, SF = /\w/;
      function LF(e) {
        return SF.test(typeof e == "number" ? TF(e) : e.charAt(0));
      }
    });
    sf = _((r3, of) => {
      "use strict";
      of.exports = IF;
      function IF(e, t) {
        var r = e.indexOf("*", t), n = e.indexOf("_", t);
        return n === -1 ? r : r === -1 || n < r ? n : r;
      }
    });
    hf = _((n3, pf) => {
      "use strict";
      var qF = Ct(), BF = uf(), lf = Oe(), _F = sf();
      pf.exports = ff;
      ff.locator = _F;
      var PF = "*", cf = "_", NF = "\\";
      function ff(e, t, r) {
        var n = this, i = 0, u = t.charAt(i), a, o, s, c, l, f, p;
        if (!(u !== PF && u !== cf) && (o = n.options.pedantic, l = u, s = u, f = t.length, i++, c = "", u = "", !(o && lf(t.charAt(i))))) for (; i < f; ) {
          if (p = u, u = t.charAt(i), u === s && (!o || !lf(p))) {
            if (u = t.charAt(++i), u !== s) {
              if (!qF(c) || p === s) return;
              if (!o && s === cf && BF(u)) {
                c += s;
                continue;
              }
              return r ? true : (a = e.now(), a.column++, a.offset++, e(l + c + s)({ type: "emphasis", children: n.tokenizeInline(c, a) }));
            }
            c += s;
          }
          !o && u === NF && (c += u, u = t.charAt(++i)), c += u, i++;
        }
      }
    });
    df = _((i3, mf) => {
      "use strict";
      mf.exports = OF;
      function OF(e, t) {
        return e.indexOf("~~", t);
      }
    });
    Ff = _((a3, kf) => {
      "use strict";
      var Df = Oe(), RF = df();
      kf.exports = xf;
      xf.locator = RF;
      var Tn = "~", gf = "~~";
      function xf(e, t, r) {
        var n = this, i = "", u = "", a = "", o = "", s, c, l;
        if (!(!n.options.gfm || t.charAt(0) !== Tn || t.charAt(1) !== Tn || Df(t.charAt(2)))) for (s = 1, c = t.length, l = e.now(), l.column += 2, l.offset += 2; ++s < c; ) {
          if (i = t.charAt(s), i === Tn && u === Tn && (!a || !Df(a))) return r ? true : e(gf + o + gf)({ type: "delete", children: n.tokenizeInline(o, l) });
          o += u, a = u, u = i;
        }
      }
    });
    Ef = _((u3, bf) => {
      "use strict";
      bf.exports = MF;
      function MF(e, t) {
        return e.indexOf("`", t);
      }
    });
    yf = _((o3, Cf) => {
      "use strict";
      var zF = Ef();
      Cf.exports = wf;
      wf.locator = zF;
      var Pa = 10, Na = 32, Oa = 96;
      function wf(e, t, r) {
        for (var n = t.length, i = 0, u, a, o, s, c, l; i < n && t.charCodeAt(i) === Oa; ) i++;
        if (!(i === 0 || i === n)) {
          for (u = i, c = t.charCodeAt(i); i < n; ) {
            if (s = c, c = t.charCodeAt(i + 1), s === Oa) {
              if (a === void 0 && (a = i), o = i + 1, c !== Oa && o - a === u) {
                l = true;
                break;
              }
            } else a !== void 0 && (a = void 0, o = void 0);
            i++;
          }
          if (l) {
            if (r) return true;
            if (i = u, n = a, s = t.charCodeAt(i), c = t.charCodeAt(n - 1), l = false, n - i > 2 && (s === Na || s === Pa) && (c === Na || c === Pa)) {
              for (i++, n--; i < n; ) {
                if (s = t.charCodeAt(i), s !== Na && s !== Pa) {
                  l = true;
                  break;
                }
                i++;
              }
              l === true && (u++, a--);
            }
            return e(t.slice(0, o))({ type: "inlineCode", value: t.slice(u, a) });
          }
        }
      }
    });
    Af = _((s3, vf) => {
      "use strict";
      vf.exports = UF;
      function UF(e, t) {
        for (var r = e.indexOf(`
`, t); r > t && e.charAt(r - 1) === " "; ) r--;
        return r;
      }
    });
    Lf = _((l3, Sf) => {
      "use strict";
      var HF = Af();
      Sf.exports = Tf;
      Tf.locator = HF;
      var VF = " ", GF = `
`, jF = 2;
      function Tf(e, t, r) {
        for (var n = t.length, i = -1, u = "", a; ++i < n; ) {
          if (a = t.charAt(i), a === GF) return i < jF ? void 0 : r ? true : (u += a, e(u)({ type: "break" }));
          if (a !== VF) return;
          u += a;
        }
      }
    });
    qf = _((c3, If) => {
      "use strict";
      If.exports = WF;
      function WF(e, t, r) {
        var n = this, i, u, a, o, s, c, l, f, p, m;
        if (r) return true;
        for (i = n.inlineMethods, o = i.length, u = n.inlineTokenizers, a = -1, p = t.length; ++a < o; ) f = i[a], !(f === "text" || !u[f]) && (l = u[f].locator, l || e.file.fail("Missing locator: `" + f + "`"), c = l.call(n, t, 1), c !== -1 && c < p && (p = c));
        s = t.slice(0, p), m = e.now(), n.decode(s, m, d);
        function d(k, g, x) {
          e(x || k)({ type: "text", value: k });
        }
      }
    });
    Nf = _((f3, Pf) => {
      "use strict";
      var YF = Et(), Sn = Xo(), $F = Zo(), KF = ts(), QF = Ss(), Ra = qs();
      Pf.exports = Bf;
      function Bf(e, t) {
        this.file = t, this.offset = {}, this.options = YF(this.options), this.setOptions({}), this.inList = false, this.inBlock = false, this.inLink = false, this.atStart = true, this.toOffset = $F(t).toOffset, this.unescape = KF(this, "escape"), this.decode = QF(this);
      }
      var ue = Bf.prototype;
      ue.setOptions = zs();
      ue.parse = rl();
      ue.options = ta();
      ue.exitStart = Sn("atStart", true);
      ue.enterList = Sn("inList", false);
      ue.enterLink = Sn("inLink", false);
      ue.enterBlock = Sn("inBlock", false);
      ue.interruptParagraph = [["thematicBreak"], ["list"], ["atxHeading"], ["fencedCode"], ["blockquote"], ["html"], ["setextHeading", { commonmark: false }], ["definition", { commonmark: false }]];
      ue.interruptList = [["atxHeading", { pedantic: false }], ["fencedCode", { pedantic: false }], ["thematicBreak", { pedantic: false }], ["definition", { commonmark: false }]];
      ue.interruptBlockquote = [["indentedCode", { commonmark: true }], ["fencedCode", { commonmark: true }], ["atxHeading", { commonmark: true }], ["setextHeading", { commonmark: true }], ["thematicBreak", { commonmark: true }], ["html", { commonmark: true }], ["list", { commonmark: true }], ["definition", { commonmark: false }]];
      ue.blockTokenizers = { blankLine: il(), indentedCode: ll(), fencedCode: pl(), blockquote: xl(), atxHeading: bl(), thematicBreak: Cl(), list: Pl(), setextHeading: Ml(), html: jl(), definition: tc(), table: ic(), paragraph: oc() };
      ue.inlineTokenizers = { escape: hc(), autoLink: kc(), url: Sc(), email: Oc(), html: zc(), link: $c(), reference: Xc(), strong: nf(), emphasis: hf(), deletion: Ff(), code: yf(), break: Lf(), text: qf() };
      ue.blockMethods = _f(ue.blockTokenizers);
      ue.inlineMethods = _f(ue.inlineTokenizers);
      ue.tokenizeBlock = Ra("block");
      ue.tokenizeInline = Ra("inline");
      ue.tokenizeFactory = Ra;
      function _f(e) {
        var t = [], r;
        for (r in e) t.push(r);
        return t;
      }
    });
    zf = _((p3, Mf) => {
      "use strict";
      var XF = Ko(), JF = Et(), Of = Nf();
      Mf.exports = Rf;
      Rf.Parser = Of;
      function Rf(e) {
        var t = this.data("settings"), r = XF(Of);
        r.prototype.options = JF(r.prototype.options, t, e), this.Parser = r;
      }
    });
    Hf = _((h3, Uf) => {
      "use strict";
      Uf.exports = ZF;
      function ZF(e) {
        if (e) throw e;
      }
    });
    Ma = _((m3, Vf) => {
      Vf.exports = function(t) {
        return t != null && t.constructor != null && typeof t.constructor.isBuffer == "function" && t.constructor.isBuffer(t);
      };
    });
    Jf = _((d3, Xf) => {
      "use strict";
      var Ln = Object.prototype.hasOwnProperty, Qf = Object.prototype.toString, Gf = Object.defineProperty, jf = Object.getOwnPropertyDescriptor, Wf = function(t) {
        return typeof Array.isArray == "function" ? Array.isArray(t) : Qf.call(t) === "[object Array]";
      }, Yf = function(t) {
        if (!t || Qf.call(t) !== "[object Object]") return false;
        var r = Ln.call(t, "constructor"), n = t.constructor && t.constructor.prototype && Ln.call(t.constructor.prototype, "isPrototypeOf");
        if (t.constructor && !r && !n) return false;
        var i;
        for (i in t) ;
        return typeof i > "u" || Ln.call(t, i);
      }, $f = function(t, r) {
        Gf && r.name === "__proto__" ? Gf(t, r.name, { enumerable: true, configurable: true, value: r.newValue, writable: true }) : t[r.name] = r.newValue;
      }, Kf = function(t, r) {
        if (r === "__proto__") if (Ln.call(t, r)) {
          if (jf) return jf(t, r).value;
        } else return;
        return t[r];
      };
      Xf.exports = function e() {
        var t, r, n, i, u, a, o = arguments[0], s = 1, c = arguments.length, l = false;
        for (typeof o == "boolean" && (l = o, o = arguments[1] || {}, s = 2), (o == null || typeof o != "object" && typeof o != "function") && (o = {}); s < c; ++s) if (t = arguments[s], t != null) for (r in t) n = Kf(o, r), i = Kf(t, r), o !== i && (l && i && (Yf(i) || (u = Wf(i))) ? (u ? (u = false, a = n && Wf(n) ? n : []) : a = n && Yf(n) ? n : {}, $f(o, { name: r, newValue: e(l, a, i) })) : typeof i < "u" && $f(o, { name: r, newValue: i }));
        return o;
      };
    });
    ep = _((D3, Zf) => {
      "use strict";
      Zf.exports = (e) => {
        if (Object.prototype.toString.call(e) !== "[object Object]") return false;
        let t = Object.getPrototypeOf(e);
        return t === null || t === Object.prototype;
      };
    });
    rp = _((g3, tp) => {
      "use strict";
      var eb = [].slice;
      tp.exports = tb;
      function tb(e, t) {
        var r;
        return n;
        function n() {
          var a = eb.call(arguments, 0), o = e.length > a.length, s;
          o && a.push(i);
          try {
            s = e.apply(null, a);
          } catch (c) {
            if (o && r) throw c;
            return i(c);
          }
          o || (s && typeof s.then == "function" ? s.then(u, i) : s instanceof Error ? i(s) : u(s));
        }
        function i() {
          r || (r = true, t.apply(null, arguments));
        }
        function u(a) {
          i(null, a);
        }
      }
    });
    op = _((x3, up) => {
      "use strict";
      var ip = rp();
      up.exports = ap;
      ap.wrap = ip;
      var np = [].slice;
      function ap() {
        var e = [], t = {};
        return t.run = r, t.use = n, t;
        function r() {
          var i = -1, u = np.call(arguments, 0, -1), a = arguments[arguments.length - 1];
          if (typeof a != "function") throw new Error("Expected function as last argument, not " + a);
          o.apply(null, [null].concat(u));
          function o(s) {
            var c = e[++i], l = np.call(arguments, 0), f = l.slice(1), p = u.length, m = -1;
            if (s) {
              a(s);
              return;
            }
            for (; ++m < p; ) (f[m] === null || f[m] === void 0) && (f[m] = u[m]);
            u = f, c ? ip(c, o).apply(null, u) : a.apply(null, [null].concat(u));
          }
        }
        function n(i) {
          if (typeof i != "function") throw new Error("Expected `fn` to be a function, not " + i);
          return e.push(i), t;
        }
      }
    });
    fp = _((k3, cp) => {
      "use strict";
      var Gt = {}.hasOwnProperty;
      cp.exports = rb;
      function rb(e) {
        return !e || typeof e != "object" ? "" : Gt.call(e, "position") || Gt.call(e, "type") ? sp(e.position) : Gt.call(e, "start") || Gt.call(e, "end") ? sp(e) : Gt.call(e, "line") || Gt.call(e, "column") ? za(e) : "";
      }
      function za(e) {
        return (!e || typeof e != "object") && (e = {}), lp(e.line) + ":" + lp(e.column);
      }
      function sp(e) {
        return (!e || typeof e != "object") && (e = {}), za(e.start) + "-" + za(e.end);
      }
      function lp(e) {
        return e && typeof e == "number" ? e : 1;
      }
    });
    mp = _((F3, hp) => {
      "use strict";
      var nb = fp();
      hp.exports = Ua;
      function pp() {
      }
      pp.prototype = Error.prototype;
      Ua.prototype = new pp();
      var ct = Ua.prototype;
      ct.file = "";
      ct.name = "";
      ct.reason = "";
      ct.message = "";
      ct.stack = "";
      ct.fatal = null;
      ct.column = null;
      ct.line = null;
      function Ua(e, t, r) {
        var n, i, u;
        typeof t == "string" && (r = t, t = null), n = ib(r), i = nb(t) || "1:1", u = { start: { line: null, column: null }, end: { line: null, column: null } }, t && t.position && (t = t.position), t && (t.start ? (u = t, t = t.start) : u.start = t), e.stack && (this.stack = e.stack, e = e.message), this.message = e, this.name = i, this.reason = e, this.line = t ? t.line : null, this.column = t ? t.column : null, this.location = u, this.source = n[0], this.ruleId = n[1];
      }
      function ib(e) {
        var t = [null, null], r;
        return typeof e == "string" && (r = e.indexOf(":"), r === -1 ? t[1] = e : (t[0] = e.slice(0, r), t[1] = e.slice(r + 1))), t;
      }
    });
    dp = _((jt) => {
      "use strict";
      jt.basename = ab;
      jt.dirname = ub;
      jt.extname = ob;
      jt.join = sb;
      jt.sep = "/";
      function ab(e, t) {
        var r = 0, n = -1, i, u, a, o;
        if (t !== void 0 && typeof t != "string") throw new TypeError('"ext" argument must be a string');
        if (yr(e), i = e.length, t === void 0 || !t.length || t.length > e.length) {
          for (; i--; ) if (e.charCodeAt(i) === 47) {
            if (a) {
              r = i + 1;
              break;
            }
          } else n < 0 && (a = true, n = i + 1);
          return n < 0 ? "" : e.slice(r, n);
        }
        if (t === e) return "";
        for (u = -1, o = t.length - 1; i--; ) if (e.charCodeAt(i) === 47) {
          if (a) {
            r = i + 1;
            break;
          }
        } else u < 0 && (a = true, u = i + 1), o > -1 && (e.charCodeAt(i) === t.charCodeAt(o--) ? o < 0 && (n = i) : (o = -1, n = u));
        return r === n ? n = u : n < 0 && (n = e.length), e.slice(r, n);
      }
      function ub(e) {
        var t, r, n;
        if (yr(e), !e.length) return ".";
        for (t = -1, n = e.length; --n; ) if (e.charCodeAt(n) === 47) {
          if (r) {
            t = n;
            break;
          }
        } else r || (r = true);
        return t < 0 ? e.charCodeAt(0) === 47 ? "/" : "." : t === 1 && e.charCodeAt(0) === 47 ? "//" : e.slice(0, t);
      }
      function ob(e) {
        var t = -1, r = 0, n = -1, i = 0, u, a, o;
        for (yr(e), o = e.length; o--; ) {
          if (a = e.charCodeAt(o), a === 47) {
            if (u) {
              r = o + 1;
              break;
            }
            continue;
          }
          n < 0 && (u = true, n = o + 1), a === 46 ? t < 0 ? t = o : i !== 1 && (i = 1) : t > -1 && (i = -1);
        }
        return t < 0 || n < 0 || i === 0 || i === 1 && t === n - 1 && t === r + 1 ? "" : e.slice(t, n);
      }
      function sb() {
        for (var e = -1, t; ++e < arguments.length; ) yr(arguments[e]), arguments[e] && (t = t === void 0 ? arguments[e] : t + "/" + arguments[e]);
        return t === void 0 ? "." : lb(t);
      }
      function lb(e) {
        var t, r;
        return yr(e), t = e.charCodeAt(0) === 47, r = cb(e, !t), !r.length && !t && (r = "."), r.length && e.charCodeAt(e.length - 1) === 47 && (r += "/"), t ? "/" + r : r;
      }
      function cb(e, t) {
        for (var r = "", n = 0, i = -1, u = 0, a = -1, o, s; ++a <= e.length; ) {
          if (a < e.length) o = e.charCodeAt(a);
          else {
            if (o === 47) break;
            o = 47;
          }
          if (o === 47) {
            if (!(i === a - 1 || u === 1)) if (i !== a - 1 && u === 2) {
              if (r.length < 2 || n !== 2 || r.charCodeAt(r.length - 1) !== 46 || r.charCodeAt(r.length - 2) !== 46) {
                if (r.length > 2) {
                  if (s = r.lastIndexOf("/"), s !== r.length - 1) {
                    s < 0 ? (r = "", n = 0) : (r = r.slice(0, s), n = r.length - 1 - r.lastIndexOf("/")), i = a, u = 0;
                    continue;
                  }
                } else if (r.length) {
                  r = "", n = 0, i = a, u = 0;
                  continue;
                }
              }
              t && (r = r.length ? r + "/.." : "..", n = 2);
            } else r.length ? r += "/" + e.slice(i + 1, a) : r = e.slice(i + 1, a), n = a - i - 1;
            i = a, u = 0;
          } else o === 46 && u > -1 ? u++ : u = -1;
        }
        return r;
      }
      function yr(e) {
        if (typeof e != "string") throw new TypeError("Path must be a string. Received " + JSON.stringify(e));
      }
    });
    gp = _((Dp) => {
      "use strict";
      Dp.cwd = fb;
      function fb() {
        return "/";
      }
    });
    Fp = _((w3, kp) => {
      "use strict";
      var Re = dp(), pb = gp(), hb = Ma();
      kp.exports = Ke;
      var mb = {}.hasOwnProperty, Ha = ["history", "path", "basename", "stem", "extname", "dirname"];
      Ke.prototype.toString = yb;
      Object.defineProperty(Ke.prototype, "path", { get: db, set: Db });
      Object.defineProperty(Ke.prototype, "dirname", { get: gb, set: xb });
      Object.defineProperty(Ke.prototype, "basename", { get: kb, set: Fb });
      Object.defineProperty(Ke.prototype, "extname", { get: bb, set: Eb });
      Object.defineProperty(Ke.prototype, "stem", { get: wb, set: Cb });
      function Ke(e) {
        var t, r;
        if (!e) e = {};
        else if (typeof e == "string" || hb(e)) e = { contents: e };
        else if ("message" in e && "messages" in e) return e;
        if (!(this instanceof Ke)) return new Ke(e);
        for (this.data = {}, this.messages = [], this.history = [], this.cwd = pb.cwd(), r = -1; ++r < Ha.length; ) t = Ha[r], mb.call(e, t) && (this[t] = e[t]);
        for (t in e) Ha.indexOf(t) < 0 && (this[t] = e[t]);
      }
      function db() {
        return this.history[this.history.length - 1];
      }
      function Db(e) {
        Ga(e, "path"), this.path !== e && this.history.push(e);
      }
      function gb() {
        return typeof this.path == "string" ? Re.dirname(this.path) : void 0;
      }
      function xb(e) {
        xp(this.path, "dirname"), this.path = Re.join(e || "", this.basename);
      }
      function kb() {
        return typeof this.path == "string" ? Re.basename(this.path) : void 0;
      }
      function Fb(e) {
        Ga(e, "basename"), Va(e, "basename"), this.path = Re.join(this.dirname || "", e);
      }
      function bb() {
        return typeof this.path == "string" ? Re.extname(this.path) : void 0;
      }
      function Eb(e) {
        if (Va(e, "extname"), xp(this.path, "extname"), e) {
          if (e.charCodeAt(0) !== 46) throw new Error("`extname` must start with `.`");
          if (e.indexOf(".", 1) > -1) throw new Error("`extname` cannot contain multiple dots");
        }
        this.path = Re.join(this.dirname, this.stem + (e || ""));
      }
      function wb() {
        return typeof this.path == "string" ? Re.basename(this.path, this.extname) : void 0;
      }
      function Cb(e) {
        Ga(e, "stem"), Va(e, "stem"), this.path = Re.join(this.dirname || "", e + (this.extname || ""));
      }
      function yb(e) {
        return (this.contents || "").toString(e);
      }
      function Va(e, t) {
        if (e && e.indexOf(Re.sep) > -1) throw new Error("`" + t + "` cannot be a path: did not expect `" + Re.sep + "`");
      }
      function Ga(e, t) {
        if (!e) throw new Error("`" + t + "` cannot be empty");
      }
      function xp(e, t) {
        if (!e) throw new Error("Setting `" + t + "` requires `path` to be set too");
      }
    });
    Ep = _((C3, bp) => {
      "use strict";
      var vb = mp(), In = Fp();
      bp.exports = In;
      In.prototype.message = Ab;
      In.prototype.info = Sb;
      In.prototype.fail = Tb;
      function Ab(e, t, r) {
        var n = new vb(e, t, r);
        return this.path && (n.name = this.path + ":" + n.name, n.file = this.path), n.fatal = false, this.messages.push(n), n;
      }
      function Tb() {
        var e = this.message.apply(this, arguments);
        throw e.fatal = true, e;
      }
      function Sb() {
        var e = this.message.apply(this, arguments);
        return e.fatal = null, e;
      }
    });
    Cp = _((y3, wp) => {
      "use strict";
      wp.exports = Ep();
    });
    Bp = _((v3, qp) => {
      "use strict";
      var yp = Hf(), Lb = Ma(), qn = Jf(), vp = ep(), Lp = op(), vr = Cp();
      qp.exports = Ip().freeze();
      var Ib = [].slice, qb = {}.hasOwnProperty, Bb = Lp().use(_b).use(Pb).use(Nb);
      function _b(e, t) {
        t.tree = e.parse(t.file);
      }
      function Pb(e, t, r) {
        e.run(t.tree, t.file, n);
        function n(i, u, a) {
          i ? r(i) : (t.tree = u, t.file = a, r());
        }
      }
      function Nb(e, t) {
        var r = e.stringify(t.tree, t.file);
        r == null || (typeof r == "string" || Lb(r) ? ("value" in t.file && (t.file.value = r), t.file.contents = r) : t.file.result = r);
      }
      function Ip() {
        var e = [], t = Lp(), r = {}, n = -1, i;
        return u.data = o, u.freeze = a, u.attachers = e, u.use = s, u.parse = l, u.stringify = m, u.run = f, u.runSync = p, u.process = d, u.processSync = k, u;
        function u() {
          for (var g = Ip(), x = -1; ++x < e.length; ) g.use.apply(null, e[x]);
          return g.data(qn(true, {}, r)), g;
        }
        function a() {
          var g, x;
          if (i) return u;
          for (; ++n < e.length; ) g = e[n], g[1] !== false && (g[1] === true && (g[1] = void 0), x = g[0].apply(u, g.slice(1)), typeof x == "function" && t.use(x));
          return i = true, n = 1 / 0, u;
        }
        function o(g, x) {
          return typeof g == "string" ? arguments.length === 2 ? (Ya("data", i), r[g] = x, u) : qb.call(r, g) && r[g] || null : g ? (Ya("data", i), r = g, u) : r;
        }
        function s(g) {
          var x;
          if (Ya("use", i), g != null) if (typeof g == "function") C.apply(null, arguments);
          else if (typeof g == "object") "length" in g ? T(g) : F(g);
          else throw new Error("Expected usable value, not `" + g + "`");
          return x && (r.settings = qn(r.settings || {}, x)), u;
          function F(D) {
            T(D.plugins), D.settings && (x = qn(x || {}, D.settings));
          }
          function w(D) {
            if (typeof D == "function") C(D);
            else if (typeof D == "object") "length" in D ? C.apply(null, D) : F(D);
            else throw new Error("Expected usable value, not `" + D + "`");
          }
          function T(D) {
            var v = -1;
            if (D != null) if (typeof D == "object" && "length" in D) for (; ++v < D.length; ) w(D[v]);
            else throw new Error("Expected a list of plugins, not `" + D + "`");
          }
          function C(D, v) {
            var L = c(D);
            L ? (vp(L[1]) && vp(v) && (v = qn(true, L[1], v)), L[1] = v) : e.push(Ib.call(arguments));
          }
        }
        function c(g) {
          for (var x = -1; ++x < e.length; ) if (e[x][0] === g) return e[x];
        }
        function l(g) {
          var x = vr(g), F;
          return a(), F = u.Parser, ja("parse", F), Ap(F, "parse") ? new F(String(x), x).parse() : F(String(x), x);
        }
        function f(g, x, F) {
          if (Tp(g), a(), !F && typeof x == "function" && (F = x, x = null), !F) return new Promise(w);
          w(null, F);
          function w(T, C) {
            t.run(g, vr(x), D);
            function D(v, L, y) {
              L = L || g, v ? C(v) : T ? T(L) : F(null, L, y);
            }
          }
        }
        function p(g, x) {
          var F, w;
          return f(g, x, T), Sp("runSync", "run", w), F;
          function T(C, D) {
            w = true, F = D, yp(C);
          }
        }
        function m(g, x) {
          var F = vr(x), w;
          return a(), w = u.Compiler, Wa("stringify", w), Tp(g), Ap(w, "compile") ? new w(g, F).compile() : w(g, F);
        }
        function d(g, x) {
          if (a(), ja("process", u.Parser), Wa("process", u.Compiler), !x) return new Promise(F);
          F(null, x);
          function F(w, T) {
            var C = vr(g);
            Bb.run(u, { file: C }, D);
            function D(v) {
              v ? T(v) : w ? w(C) : x(null, C);
            }
          }
        }
        function k(g) {
          var x, F;
          return a(), ja("processSync", u.Parser), Wa("processSync", u.Compiler), x = vr(g), d(x, w), Sp("processSync", "process", F), x;
          function w(T) {
            F = true, yp(T);
          }
        }
      }
      function Ap(e, t) {
        return typeof e == "function" && e.prototype && (Ob(e.prototype) || t in e.prototype);
      }
      function Ob(e) {
        var t;
        for (t in e) return true;
        return false;
      }
      function ja(e, t) {
        if (typeof t != "function") throw new Error("Cannot `" + e + "` without `Parser`");
      }
      function Wa(e, t) {
        if (typeof t != "function") throw new Error("Cannot `" + e + "` without `Compiler`");
      }
      function Ya(e, t) {
        if (t) throw new Error("Cannot invoke `" + e + "` on a frozen processor.\nCreate a new processor first, by invoking it: use `processor()` instead of `processor`.");
      }
      function Tp(e) {
        if (!e || typeof e.type != "string") throw new Error("Expected node, got `" + e + "`");
      }
      function Sp(e, t, r) {
        if (!r) throw new Error("`" + e + "` finished async. Use `" + t + "` instead");
      }
    });
    hm = {};
    zr(hm, { languages: () => vu, options: () => Au, parsers: () => su, printers: () => ku });
    vu = [{ name: "Markdown", type: "prose", aceMode: "markdown", extensions: [".md", ".livemd", ".markdown", ".mdown", ".mdwn", ".mkd", ".mkdn", ".mkdown", ".ronn", ".scd", ".workbook"], filenames: ["contents.lr", "README"], tmScope: "text.md", aliases: ["md", "pandoc"], codemirrorMode: "gfm", codemirrorMimeType: "text/x-gfm", wrap: true, parsers: ["markdown"], vscodeLanguageIds: ["markdown"], linguistLanguageId: 222 }, { name: "MDX", type: "prose", aceMode: "markdown", extensions: [".mdx"], filenames: [], tmScope: "text.md", aliases: ["md", "pandoc"], codemirrorMode: "gfm", codemirrorMimeType: "text/x-gfm", wrap: true, parsers: ["mdx"], vscodeLanguageIds: ["mdx"], linguistLanguageId: 222 }];
    Qn = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
    Tm = { proseWrap: Qn.proseWrap, singleQuote: Qn.singleQuote };
    Au = Tm;
    su = {};
    zr(su, { markdown: () => yE, mdx: () => vE, remark: () => yE });
    mt = (e) => e.position.start.offset;
    dt = (e) => e.position.end.offset;
    it = { horizontalTab: -2, virtualSpace: -1, nul: 0, eof: null, space: 32 };
    Lm = {};
    ti = { AElig: "\xC6", AMP: "&", Aacute: "\xC1", Abreve: "\u0102", Acirc: "\xC2", Acy: "\u0410", Afr: "\u{1D504}", Agrave: "\xC0", Alpha: "\u0391", Amacr: "\u0100", And: "\u2A53", Aogon: "\u0104", Aopf: "\u{1D538}", ApplyFunction: "\u2061", Aring: "\xC5", Ascr: "\u{1D49C}", Assign: "\u2254", Atilde: "\xC3", Auml: "\xC4", Backslash: "\u2216", Barv: "\u2AE7", Barwed: "\u2306", Bcy: "\u0411", Because: "\u2235", Bernoullis: "\u212C", Beta: "\u0392", Bfr: "\u{1D505}", Bopf: "\u{1D539}", Breve: "\u02D8", Bscr: "\u212C", Bumpeq: "\u224E", CHcy: "\u0427", COPY: "\xA9", Cacute: "\u0106", Cap: "\u22D2", CapitalDifferentialD: "\u2145", Cayleys: "\u212D", Ccaron: "\u010C", Ccedil: "\xC7", Ccirc: "\u0108", Cconint: "\u2230", Cdot: "\u010A", Cedilla: "\xB8", CenterDot: "\xB7", Cfr: "\u212D", Chi: "\u03A7", CircleDot: "\u2299", CircleMinus: "\u2296", CirclePlus: "\u2295", CircleTimes: "\u2297", ClockwiseContourIntegral: "\u2232", CloseCurlyDoubleQuote: "\u201D", CloseCurlyQuote: "\u2019", Colon: "\u2237", Colone: "\u2A74", Congruent: "\u2261", Conint: "\u222F", ContourIntegral: "\u222E", Copf: "\u2102", Coproduct: "\u2210", CounterClockwiseContourIntegral: "\u2233", Cross: "\u2A2F", Cscr: "\u{1D49E}", Cup: "\u22D3", CupCap: "\u224D", DD: "\u2145", DDotrahd: "\u2911", DJcy: "\u0402", DScy: "\u0405", DZcy: "\u040F", Dagger: "\u2021", Darr: "\u21A1", Dashv: "\u2AE4", Dcaron: "\u010E", Dcy: "\u0414", Del: "\u2207", Delta: "\u0394", Dfr: "\u{1D507}", DiacriticalAcute: "\xB4", DiacriticalDot: "\u02D9", DiacriticalDoubleAcute: "\u02DD", DiacriticalGrave: "`", DiacriticalTilde: "\u02DC", Diamond: "\u22C4", DifferentialD: "\u2146", Dopf: "\u{1D53B}", Dot: "\xA8", DotDot: "\u20DC", DotEqual: "\u2250", DoubleContourIntegral: "\u222F", DoubleDot: "\xA8", DoubleDownArrow: "\u21D3", DoubleLeftArrow: "\u21D0", DoubleLeftRightArrow: "\u21D4", DoubleLeftTee: "\u2AE4", DoubleLongLeftArrow: "\u27F8", DoubleLongLeftRightArrow: "\u27FA", DoubleLongRightArrow: "\u27F9", DoubleRightArrow: "\u21D2", DoubleRightTee: "\u22A8", DoubleUpArrow: "\u21D1", DoubleUpDownArrow: "\u21D5", DoubleVerticalBar: "\u2225", DownArrow: "\u2193", DownArrowBar: "\u2913", DownArrowUpArrow: "\u21F5", DownBreve: "\u0311", DownLeftRightVector: "\u2950", DownLeftTeeVector: "\u295E", DownLeftVector: "\u21BD", DownLeftVectorBar: "\u2956", DownRightTeeVector: "\u295F", DownRightVector: "\u21C1", DownRightVectorBar: "\u2957", DownTee: "\u22A4", DownTeeArrow: "\u21A7", Downarrow: "\u21D3", Dscr: "\u{1D49F}", Dstrok: "\u0110", ENG: "\u014A", ETH: "\xD0", Eacute: "\xC9", Ecaron: "\u011A", Ecirc: "\xCA", Ecy: "\u042D", Edot: "\u0116", Efr: "\u{1D508}", Egrave: "\xC8", Element: "\u2208", Emacr: "\u0112", EmptySmallSquare: "\u25FB", EmptyVerySmallSquare: "\u25AB", Eogon: "\u0118", Eopf: "\u{1D53C}", Epsilon: "\u0395", Equal: "\u2A75", EqualTilde: "\u2242", Equilibrium: "\u21CC", Escr: "\u2130", Esim: "\u2A73", Eta: "\u0397", Euml: "\xCB", Exists: "\u2203", ExponentialE: "\u2147", Fcy: "\u0424", Ffr: "\u{1D509}", FilledSmallSquare: "\u25FC", FilledVerySmallSquare: "\u25AA", Fopf: "\u{1D53D}", ForAll: "\u2200", Fouriertrf: "\u2131", Fscr: "\u2131", GJcy: "\u0403", GT: ">", Gamma: "\u0393", Gammad: "\u03DC", Gbreve: "\u011E", Gcedil: "\u0122", Gcirc: "\u011C", Gcy: "\u0413", Gdot: "\u0120", Gfr: "\u{1D50A}", Gg: "\u22D9", Gopf: "\u{1D53E}", GreaterEqual: "\u2265", GreaterEqualLess: "\u22DB", GreaterFullEqual: "\u2267", GreaterGreater: "\u2AA2", GreaterLess: "\u2277", GreaterSlantEqual: "\u2A7E", GreaterTilde: "\u2273", Gscr: "\u{1D4A2}", Gt: "\u226B", HARDcy: "\u042A", Hacek: "\u02C7", Hat: "^", Hcirc: "\u0124", Hfr: "\u210C", HilbertSpace: "\u210B", Hopf: "\u210D", HorizontalLine: "\u2500", Hscr: "\u210B", Hstrok: "\u0126", HumpDownHump: "\u224E", HumpEqual: "\u224F", IEcy: "\u0415", IJlig: "\u0132", IOcy: "\u0401", Iacute: "\xCD", Icirc: "\xCE", Icy: "\u0418", Idot: "\u0130", Ifr: "\u2111", Igrave: "\xCC", Im: "\u2111", Imacr: "\u012A", ImaginaryI: "\u2148", Implies: "\u21D2", Int: "\u222C", Integral: "\u222B", Intersection: "\u22C2", InvisibleComma: "\u2063", InvisibleTimes: "\u2062", Iogon: "\u012E", Iopf: "\u{1D540}", Iota: "\u0399", Iscr: "\u2110", Itilde: "\u0128", Iukcy: "\u0406", Iuml: "\xCF", Jcirc: "\u0134", Jcy: "\u0419", Jfr: "\u{1D50D}", Jopf: "\u{1D541}", Jscr: "\u{1D4A5}", Jsercy: "\u0408", Jukcy: "\u0404", KHcy: "\u0425", KJcy: "\u040C", Kappa: "\u039A", Kcedil: "\u0136", Kcy: "\u041A", Kfr: "\u{1D50E}", Kopf: "\u{1D542}", Kscr: "\u{1D4A6}", LJcy: "\u0409", LT: "<", Lacute: "\u0139", Lambda: "\u039B", Lang: "\u27EA", Laplacetrf: "\u2112", Larr: "\u219E", Lcaron: "\u013D", Lcedil: "\u013B", Lcy: "\u041B", LeftAngleBracket: "\u27E8", LeftArrow: "\u2190", LeftArrowBar: "\u21E4", LeftArrowRightArrow: "\u21C6", LeftCeiling: "\u2308", LeftDoubleBracket: "\u27E6", LeftDownTeeVector: "\u2961", LeftDownVector: "\u21C3", LeftDownVectorBar: "\u2959", LeftFloor: "\u230A", LeftRightArrow: "\u2194", LeftRightVector: "\u294E", LeftTee: "\u22A3", LeftTeeArrow: "\u21A4", LeftTeeVector: "\u295A", LeftTriangle: "\u22B2", LeftTriangleBar: "\u29CF", LeftTriangleEqual: "\u22B4", LeftUpDownVector: "\u2951", LeftUpTeeVector: "\u2960", LeftUpVector: "\u21BF", LeftUpVectorBar: "\u2958", LeftVector: "\u21BC", LeftVectorBar: "\u2952", Leftarrow: "\u21D0", Leftrightarrow: "\u21D4", LessEqualGreater: "\u22DA", LessFullEqual: "\u2266", LessGreater: "\u2276", LessLess: "\u2AA1", LessSlantEqual: "\u2A7D", LessTilde: "\u2272", Lfr: "\u{1D50F}", Ll: "\u22D8", Lleftarrow: "\u21DA", Lmidot: "\u013F", LongLeftArrow: "\u27F5", LongLeftRightArrow: "\u27F7", LongRightArrow: "\u27F6", Longleftarrow: "\u27F8", Longleftrightarrow: "\u27FA", Longrightarrow: "\u27F9", Lopf: "\u{1D543}", LowerLeftArrow: "\u2199", LowerRightArrow: "\u2198", Lscr: "\u2112", Lsh: "\u21B0", Lstrok: "\u0141", Lt: "\u226A", Map: "\u2905", Mcy: "\u041C", MediumSpace: "\u205F", Mellintrf: "\u2133", Mfr: "\u{1D510}", MinusPlus: "\u2213", Mopf: "\u{1D544}", Mscr: "\u2133", Mu: "\u039C", NJcy: "\u040A", Nacute: "\u0143", Ncaron: "\u0147", Ncedil: "\u0145", Ncy: "\u041D", NegativeMediumSpace: "\u200B", NegativeThickSpace: "\u200B", NegativeThinSpace: "\u200B", NegativeVeryThinSpace: "\u200B", NestedGreaterGreater: "\u226B", NestedLessLess: "\u226A", NewLine: `
`, Nfr: "\u{1D511}", NoBreak: "\u2060", NonBreakingSpace: "\xA0", Nopf: "\u2115", Not: "\u2AEC", NotCongruent: "\u2262", NotCupCap: "\u226D", NotDoubleVerticalBar: "\u2226", NotElement: "\u2209", NotEqual: "\u2260", NotEqualTilde: "\u2242\u0338", NotExists: "\u2204", NotGreater: "\u226F", NotGreaterEqual: "\u2271", NotGreaterFullEqual: "\u2267\u0338", NotGreaterGreater: "\u226B\u0338", NotGreaterLess: "\u2279", NotGreaterSlantEqual: "\u2A7E\u0338", NotGreaterTilde: "\u2275", NotHumpDownHump: "\u224E\u0338", NotHumpEqual: "\u224F\u0338", NotLeftTriangle: "\u22EA", NotLeftTriangleBar: "\u29CF\u0338", NotLeftTriangleEqual: "\u22EC", NotLess: "\u226E", NotLessEqual: "\u2270", NotLessGreater: "\u2278", NotLessLess: "\u226A\u0338", NotLessSlantEqual: "\u2A7D\u0338", NotLessTilde: "\u2274", NotNestedGreaterGreater: "\u2AA2\u0338", NotNestedLessLess: "\u2AA1\u0338", NotPrecedes: "\u2280", NotPrecedesEqual: "\u2AAF\u0338", NotPrecedesSlantEqual: "\u22E0", NotReverseElement: "\u220C", NotRightTriangle: "\u22EB", NotRightTriangleBar: "\u29D0\u0338", NotRightTriangleEqual: "\u22ED", NotSquareSubset: "\u228F\u0338", NotSquareSubsetEqual: "\u22E2", NotSquareSuperset: "\u2290\u0338", NotSquareSupersetEqual: "\u22E3", NotSubset: "\u2282\u20D2", NotSubsetEqual: "\u2288", NotSucceeds: "\u2281", NotSucceedsEqual: "\u2AB0\u0338", NotSucceedsSlantEqual: "\u22E1", NotSucceedsTilde: "\u227F\u0338", NotSuperset: "\u2283\u20D2", NotSupersetEqual: "\u2289", NotTilde: "\u2241", NotTildeEqual: "\u2244", NotTildeFullEqual: "\u2247", NotTildeTilde: "\u2249", NotVerticalBar: "\u2224", Nscr: "\u{1D4A9}", Ntilde: "\xD1", Nu: "\u039D", OElig: "\u0152", Oacute: "\xD3", Ocirc: "\xD4", Ocy: "\u041E", Odblac: "\u0150", Ofr: "\u{1D512}", Ograve: "\xD2", Omacr: "\u014C", Omega: "\u03A9", Omicron: "\u039F", Oopf: "\u{1D546}", OpenCurlyDoubleQuote: "\u201C", OpenCurlyQuote: "\u2018", Or: "\u2A54", Oscr: "\u{1D4AA}", Oslash: "\xD8", Otilde: "\xD5", Otimes: "\u2A37", Ouml: "\xD6", OverBar: "\u203E", OverBrace: "\u23DE", OverBracket: "\u23B4", OverParenthesis: "\u23DC", PartialD: "\u2202", Pcy: "\u041F", Pfr: "\u{1D513}", Phi: "\u03A6", Pi: "\u03A0", PlusMinus: "\xB1", Poincareplane: "\u210C", Popf: "\u2119", Pr: "\u2ABB", Precedes: "\u227A", PrecedesEqual: "\u2AAF", PrecedesSlantEqual: "\u227C", PrecedesTilde: "\u227E", Prime: "\u2033", Product: "\u220F", Proportion: "\u2237", Proportional: "\u221D", Pscr: "\u{1D4AB}", Psi: "\u03A8", QUOT: '"', Qfr: "\u{1D514}", Qopf: "\u211A", Qscr: "\u{1D4AC}", RBarr: "\u2910", REG: "\xAE", Racute: "\u0154", Rang: "\u27EB", Rarr: "\u21A0", Rarrtl: "\u2916", Rcaron: "\u0158", Rcedil: "\u0156", Rcy: "\u0420", Re: "\u211C", ReverseElement: "\u220B", ReverseEquilibrium: "\u21CB", ReverseUpEquilibrium: "\u296F", Rfr: "\u211C", Rho: "\u03A1", RightAngleBracket: "\u27E9", RightArrow: "\u2192", RightArrowBar: "\u21E5", RightArrowLeftArrow: "\u21C4", RightCeiling: "\u2309", RightDoubleBracket: "\u27E7", RightDownTeeVector: "\u295D", RightDownVector: "\u21C2", RightDownVectorBar: "\u2955", RightFloor: "\u230B", RightTee: "\u22A2", RightTeeArrow: "\u21A6", RightTeeVector: "\u295B", RightTriangle: "\u22B3", RightTriangleBar: "\u29D0", RightTriangleEqual: "\u22B5", RightUpDownVector: "\u294F", RightUpTeeVector: "\u295C", RightUpVector: "\u21BE", RightUpVectorBar: "\u2954", RightVector: "\u21C0", RightVectorBar: "\u2953", Rightarrow: "\u21D2", Ropf: "\u211D", RoundImplies: "\u2970", Rrightarrow: "\u21DB", Rscr: "\u211B", Rsh: "\u21B1", RuleDelayed: "\u29F4", SHCHcy: "\u0429", SHcy: "\u0428", SOFTcy: "\u042C", Sacute: "\u015A", Sc: "\u2ABC", Scaron: "\u0160", Scedil: "\u015E", Scirc: "\u015C", Scy: "\u0421", Sfr: "\u{1D516}", ShortDownArrow: "\u2193", ShortLeftArrow: "\u2190", ShortRightArrow: "\u2192", ShortUpArrow: "\u2191", Sigma: "\u03A3", SmallCircle: "\u2218", Sopf: "\u{1D54A}", Sqrt: "\u221A", Square: "\u25A1", SquareIntersection: "\u2293", SquareSubset: "\u228F", SquareSubsetEqual: "\u2291", SquareSuperset: "\u2290", SquareSupersetEqual: "\u2292", SquareUnion: "\u2294", Sscr: "\u{1D4AE}", Star: "\u22C6", Sub: "\u22D0", Subset: "\u22D0", SubsetEqual: "\u2286", Succeeds: "\u227B", SucceedsEqual: "\u2AB0", SucceedsSlantEqual: "\u227D", SucceedsTilde: "\u227F", SuchThat: "\u220B", Sum: "\u2211", Sup: "\u22D1", Superset: "\u2283", SupersetEqual: "\u2287", Supset: "\u22D1", THORN: "\xDE", TRADE: "\u2122", TSHcy: "\u040B", TScy: "\u0426", Tab: "	", Tau: "\u03A4", Tcaron: "\u0164", Tcedil: "\u0162", Tcy: "\u0422", Tfr: "\u{1D517}", Therefore: "\u2234", Theta: "\u0398", ThickSpace: "\u205F\u200A", ThinSpace: "\u2009", Tilde: "\u223C", TildeEqual: "\u2243", TildeFullEqual: "\u2245", TildeTilde: "\u2248", Topf: "\u{1D54B}", TripleDot: "\u20DB", Tscr: "\u{1D4AF}", Tstrok: "\u0166", Uacute: "\xDA", Uarr: "\u219F", Uarrocir: "\u2949", Ubrcy: "\u040E", Ubreve: "\u016C", Ucirc: "\xDB", Ucy: "\u0423", Udblac: "\u0170", Ufr: "\u{1D518}", Ugrave: "\xD9", Umacr: "\u016A", UnderBar: "_", UnderBrace: "\u23DF", UnderBracket: "\u23B5", UnderParenthesis: "\u23DD", Union: "\u22C3", UnionPlus: "\u228E", Uogon: "\u0172", Uopf: "\u{1D54C}", UpArrow: "\u2191", UpArrowBar: "\u2912", UpArrowDownArrow: "\u21C5", UpDownArrow: "\u2195", UpEquilibrium: "\u296E", UpTee: "\u22A5", UpTeeArrow: "\u21A5", Uparrow: "\u21D1", Updownarrow: "\u21D5", UpperLeftArrow: "\u2196", UpperRightArrow: "\u2197", Upsi: "\u03D2", Upsilon: "\u03A5", Uring: "\u016E", Uscr: "\u{1D4B0}", Utilde: "\u0168", Uuml: "\xDC", VDash: "\u22AB", Vbar: "\u2AEB", Vcy: "\u0412", Vdash: "\u22A9", Vdashl: "\u2AE6", Vee: "\u22C1", Verbar: "\u2016", Vert: "\u2016", VerticalBar: "\u2223", VerticalLine: "|", VerticalSeparator: "\u2758", VerticalTilde: "\u2240", VeryThinSpace: "\u200A", Vfr: "\u{1D519}", Vopf: "\u{1D54D}", Vscr: "\u{1D4B1}", Vvdash: "\u22AA", Wcirc: "\u0174", Wedge: "\u22C0", Wfr: "\u{1D51A}", Wopf: "\u{1D54E}", Wscr: "\u{1D4B2}", Xfr: "\u{1D51B}", Xi: "\u039E", Xopf: "\u{1D54F}", Xscr: "\u{1D4B3}", YAcy: "\u042F", YIcy: "\u0407", YUcy: "\u042E", Yacute: "\xDD", Ycirc: "\u0176", Ycy: "\u042B", Yfr: "\u{1D51C}", Yopf: "\u{1D550}", Yscr: "\u{1D4B4}", Yuml: "\u0178", ZHcy: "\u0416", Zacute: "\u0179", Zcaron: "\u017D", Zcy: "\u0417", Zdot: "\u017B", ZeroWidthSpace: "\u200B", Zeta: "\u0396", Zfr: "\u2128", Zopf: "\u2124", Zscr: "\u{1D4B5}", aacute: "\xE1", abreve: "\u0103", ac: "\u223E", acE: "\u223E\u0333", acd: "\u223F", acirc: "\xE2", acute: "\xB4", acy: "\u0430", aelig: "\xE6", af: "\u2061", afr: "\u{1D51E}", agrave: "\xE0", alefsym: "\u2135", aleph: "\u2135", alpha: "\u03B1", amacr: "\u0101", amalg: "\u2A3F", amp: "&", and: "\u2227", andand: "\u2A55", andd: "\u2A5C", andslope: "\u2A58", andv: "\u2A5A", ang: "\u2220", ange: "\u29A4", angle: "\u2220", angmsd: "\u2221", angmsdaa: "\u29A8", angmsdab: "\u29A9", angmsdac: "\u29AA", angmsdad: "\u29AB", angmsdae: "\u29AC", angmsdaf: "\u29AD", angmsdag: "\u29AE", angmsdah: "\u29AF", angrt: "\u221F", angrtvb: "\u22BE", angrtvbd: "\u299D", angsph: "\u2222", angst: "\xC5", angzarr: "\u237C", aogon: "\u0105", aopf: "\u{1D552}", ap: "\u2248", apE: "\u2A70", apacir: "\u2A6F", ape: "\u224A", apid: "\u224B", apos: "'", approx: "\u2248", approxeq: "\u224A", aring: "\xE5", ascr: "\u{1D4B6}", ast: "*", asymp: "\u2248", asympeq: "\u224D", atilde: "\xE3", auml: "\xE4", awconint: "\u2233", awint: "\u2A11", bNot: "\u2AED", backcong: "\u224C", backepsilon: "\u03F6", backprime: "\u2035", backsim: "\u223D", backsimeq: "\u22CD", barvee: "\u22BD", barwed: "\u2305", barwedge: "\u2305", bbrk: "\u23B5", bbrktbrk: "\u23B6", bcong: "\u224C", bcy: "\u0431", bdquo: "\u201E", becaus: "\u2235", because: "\u2235", bemptyv: "\u29B0", bepsi: "\u03F6", bernou: "\u212C", beta: "\u03B2", beth: "\u2136", between: "\u226C", bfr: "\u{1D51F}", bigcap: "\u22C2", bigcirc: "\u25EF", bigcup: "\u22C3", bigodot: "\u2A00", bigoplus: "\u2A01", bigotimes: "\u2A02", bigsqcup: "\u2A06", bigstar: "\u2605", bigtriangledown: "\u25BD", bigtriangleup: "\u25B3", biguplus: "\u2A04", bigvee: "\u22C1", bigwedge: "\u22C0", bkarow: "\u290D", blacklozenge: "\u29EB", blacksquare: "\u25AA", blacktriangle: "\u25B4", blacktriangledown: "\u25BE", blacktriangleleft: "\u25C2", blacktriangleright: "\u25B8", blank: "\u2423", blk12: "\u2592", blk14: "\u2591", blk34: "\u2593", block: "\u2588", bne: "=\u20E5", bnequiv: "\u2261\u20E5", bnot: "\u2310", bopf: "\u{1D553}", bot: "\u22A5", bottom: "\u22A5", bowtie: "\u22C8", boxDL: "\u2557", boxDR: "\u2554", boxDl: "\u2556", boxDr: "\u2553", boxH: "\u2550", boxHD: "\u2566", boxHU: "\u2569", boxHd: "\u2564", boxHu: "\u2567", boxUL: "\u255D", boxUR: "\u255A", boxUl: "\u255C", boxUr: "\u2559", boxV: "\u2551", boxVH: "\u256C", boxVL: "\u2563", boxVR: "\u2560", boxVh: "\u256B", boxVl: "\u2562", boxVr: "\u255F", boxbox: "\u29C9", boxdL: "\u2555", boxdR: "\u2552", boxdl: "\u2510", boxdr: "\u250C", boxh: "\u2500", boxhD: "\u2565", boxhU: "\u2568", boxhd: "\u252C", boxhu: "\u2534", boxminus: "\u229F", boxplus: "\u229E", boxtimes: "\u22A0", boxuL: "\u255B", boxuR: "\u2558", boxul: "\u2518", boxur: "\u2514", boxv: "\u2502", boxvH: "\u256A", boxvL: "\u2561", boxvR: "\u255E", boxvh: "\u253C", boxvl: "\u2524", boxvr: "\u251C", bprime: "\u2035", breve: "\u02D8", brvbar: "\xA6", bscr: "\u{1D4B7}", bsemi: "\u204F", bsim: "\u223D", bsime: "\u22CD", bsol: "\\", bsolb: "\u29C5", bsolhsub: "\u27C8", bull: "\u2022", bullet: "\u2022", bump: "\u224E", bumpE: "\u2AAE", bumpe: "\u224F", bumpeq: "\u224F", cacute: "\u0107", cap: "\u2229", capand: "\u2A44", capbrcup: "\u2A49", capcap: "\u2A4B", capcup: "\u2A47", capdot: "\u2A40", caps: "\u2229\uFE00", caret: "\u2041", caron: "\u02C7", ccaps: "\u2A4D", ccaron: "\u010D", ccedil: "\xE7", ccirc: "\u0109", ccups: "\u2A4C", ccupssm: "\u2A50", cdot: "\u010B", cedil: "\xB8", cemptyv: "\u29B2", cent: "\xA2", centerdot: "\xB7", cfr: "\u{1D520}", chcy: "\u0447", check: "\u2713", checkmark: "\u2713", chi: "\u03C7", cir: "\u25CB", cirE: "\u29C3", circ: "\u02C6", circeq: "\u2257", circlearrowleft: "\u21BA", circlearrowright: "\u21BB", circledR: "\xAE", circledS: "\u24C8", circledast: "\u229B", circledcirc: "\u229A", circleddash: "\u229D", cire: "\u2257", cirfnint: "\u2A10", cirmid: "\u2AEF", cirscir: "\u29C2", clubs: "\u2663", clubsuit: "\u2663", colon: ":", colone: "\u2254", coloneq: "\u2254", comma: ",", commat: "@", comp: "\u2201", compfn: "\u2218", complement: "\u2201", complexes: "\u2102", cong: "\u2245", congdot: "\u2A6D", conint: "\u222E", copf: "\u{1D554}", coprod: "\u2210", copy: "\xA9", copysr: "\u2117", crarr: "\u21B5", cross: "\u2717", cscr: "\u{1D4B8}", csub: "\u2ACF", csube: "\u2AD1", csup: "\u2AD0", csupe: "\u2AD2", ctdot: "\u22EF", cudarrl: "\u2938", cudarrr: "\u2935", cuepr: "\u22DE", cuesc: "\u22DF", cularr: "\u21B6", cularrp: "\u293D", cup: "\u222A", cupbrcap: "\u2A48", cupcap: "\u2A46", cupcup: "\u2A4A", cupdot: "\u228D", cupor: "\u2A45", cups: "\u222A\uFE00", curarr: "\u21B7", curarrm: "\u293C", curlyeqprec: "\u22DE", curlyeqsucc: "\u22DF", curlyvee: "\u22CE", curlywedge: "\u22CF", curren: "\xA4", curvearrowleft: "\u21B6", curvearrowright: "\u21B7", cuvee: "\u22CE", cuwed: "\u22CF", cwconint: "\u2232", cwint: "\u2231", cylcty: "\u232D", dArr: "\u21D3", dHar: "\u2965", dagger: "\u2020", daleth: "\u2138", darr: "\u2193", dash: "\u2010", dashv: "\u22A3", dbkarow: "\u290F", dblac: "\u02DD", dcaron: "\u010F", dcy: "\u0434", dd: "\u2146", ddagger: "\u2021", ddarr: "\u21CA", ddotseq: "\u2A77", deg: "\xB0", delta: "\u03B4", demptyv: "\u29B1", dfisht: "\u297F", dfr: "\u{1D521}", dharl: "\u21C3", dharr: "\u21C2", diam: "\u22C4", diamond: "\u22C4", diamondsuit: "\u2666", diams: "\u2666", die: "\xA8", digamma: "\u03DD", disin: "\u22F2", div: "\xF7", divide: "\xF7", divideontimes: "\u22C7", divonx: "\u22C7", djcy: "\u0452", dlcorn: "\u231E", dlcrop: "\u230D", dollar: "$", dopf: "\u{1D555}", dot: "\u02D9", doteq: "\u2250", doteqdot: "\u2251", dotminus: "\u2238", dotplus: "\u2214", dotsquare: "\u22A1", doublebarwedge: "\u2306", downarrow: "\u2193", downdownarrows: "\u21CA", downharpoonleft: "\u21C3", downharpoonright: "\u21C2", drbkarow: "\u2910", drcorn: "\u231F", drcrop: "\u230C", dscr: "\u{1D4B9}", dscy: "\u0455", dsol: "\u29F6", dstrok: "\u0111", dtdot: "\u22F1", dtri: "\u25BF", dtrif: "\u25BE", duarr: "\u21F5", duhar: "\u296F", dwangle: "\u29A6", dzcy: "\u045F", dzigrarr: "\u27FF", eDDot: "\u2A77", eDot: "\u2251", eacute: "\xE9", easter: "\u2A6E", ecaron: "\u011B", ecir: "\u2256", ecirc: "\xEA", ecolon: "\u2255", ecy: "\u044D", edot: "\u0117", ee: "\u2147", efDot: "\u2252", efr: "\u{1D522}", eg: "\u2A9A", egrave: "\xE8", egs: "\u2A96", egsdot: "\u2A98", el: "\u2A99", elinters: "\u23E7", ell: "\u2113", els: "\u2A95", elsdot: "\u2A97", emacr: "\u0113", empty: "\u2205", emptyset: "\u2205", emptyv: "\u2205", emsp13: "\u2004", emsp14: "\u2005", emsp: "\u2003", eng: "\u014B", ensp: "\u2002", eogon: "\u0119", eopf: "\u{1D556}", epar: "\u22D5", eparsl: "\u29E3", eplus: "\u2A71", epsi: "\u03B5", epsilon: "\u03B5", epsiv: "\u03F5", eqcirc: "\u2256", eqcolon: "\u2255", eqsim: "\u2242", eqslantgtr: "\u2A96", eqslantless: "\u2A95", equals: "=", equest: "\u225F", equiv: "\u2261", equivDD: "\u2A78", eqvparsl: "\u29E5", erDot: "\u2253", erarr: "\u2971", escr: "\u212F", esdot: "\u2250", esim: "\u2242", eta: "\u03B7", eth: "\xF0", euml: "\xEB", euro: "\u20AC", excl: "!", exist: "\u2203", expectation: "\u2130", exponentiale: "\u2147", fallingdotseq: "\u2252", fcy: "\u0444", female: "\u2640", ffilig: "\uFB03", fflig: "\uFB00", ffllig: "\uFB04", ffr: "\u{1D523}", filig: "\uFB01", fjlig: "fj", flat: "\u266D", fllig: "\uFB02", fltns: "\u25B1", fnof: "\u0192", fopf: "\u{1D557}", forall: "\u2200", fork: "\u22D4", forkv: "\u2AD9", fpartint: "\u2A0D", frac12: "\xBD", frac13: "\u2153", frac14: "\xBC", frac15: "\u2155", frac16: "\u2159", frac18: "\u215B", frac23: "\u2154", frac25: "\u2156", frac34: "\xBE", frac35: "\u2157", frac38: "\u215C", frac45: "\u2158", frac56: "\u215A", frac58: "\u215D", frac78: "\u215E", frasl: "\u2044", frown: "\u2322", fscr: "\u{1D4BB}", gE: "\u2267", gEl: "\u2A8C", gacute: "\u01F5", gamma: "\u03B3", gammad: "\u03DD", gap: "\u2A86", gbreve: "\u011F", gcirc: "\u011D", gcy: "\u0433", gdot: "\u0121", ge: "\u2265", gel: "\u22DB", geq: "\u2265", geqq: "\u2267", geqslant: "\u2A7E", ges: "\u2A7E", gescc: "\u2AA9", gesdot: "\u2A80", gesdoto: "\u2A82", gesdotol: "\u2A84", gesl: "\u22DB\uFE00", gesles: "\u2A94", gfr: "\u{1D524}", gg: "\u226B", ggg: "\u22D9", gimel: "\u2137", gjcy: "\u0453", gl: "\u2277", glE: "\u2A92", gla: "\u2AA5", glj: "\u2AA4", gnE: "\u2269", gnap: "\u2A8A", gnapprox: "\u2A8A", gne: "\u2A88", gneq: "\u2A88", gneqq: "\u2269", gnsim: "\u22E7", gopf: "\u{1D558}", grave: "`", gscr: "\u210A", gsim: "\u2273", gsime: "\u2A8E", gsiml: "\u2A90", gt: ">", gtcc: "\u2AA7", gtcir: "\u2A7A", gtdot: "\u22D7", gtlPar: "\u2995", gtquest: "\u2A7C", gtrapprox: "\u2A86", gtrarr: "\u2978", gtrdot: "\u22D7", gtreqless: "\u22DB", gtreqqless: "\u2A8C", gtrless: "\u2277", gtrsim: "\u2273", gvertneqq: "\u2269\uFE00", gvnE: "\u2269\uFE00", hArr: "\u21D4", hairsp: "\u200A", half: "\xBD", hamilt: "\u210B", hardcy: "\u044A", harr: "\u2194", harrcir: "\u2948", harrw: "\u21AD", hbar: "\u210F", hcirc: "\u0125", hearts: "\u2665", heartsuit: "\u2665", hellip: "\u2026", hercon: "\u22B9", hfr: "\u{1D525}", hksearow: "\u2925", hkswarow: "\u2926", hoarr: "\u21FF", homtht: "\u223B", hookleftarrow: "\u21A9", hookrightarrow: "\u21AA", hopf: "\u{1D559}", horbar: "\u2015", hscr: "\u{1D4BD}", hslash: "\u210F", hstrok: "\u0127", hybull: "\u2043", hyphen: "\u2010", iacute: "\xED", ic: "\u2063", icirc: "\xEE", icy: "\u0438", iecy: "\u0435", iexcl: "\xA1", iff: "\u21D4", ifr: "\u{1D526}", igrave: "\xEC", ii: "\u2148", iiiint: "\u2A0C", iiint: "\u222D", iinfin: "\u29DC", iiota: "\u2129", ijlig: "\u0133", imacr: "\u012B", image: "\u2111", imagline: "\u2110", imagpart: "\u2111", imath: "\u0131", imof: "\u22B7", imped: "\u01B5", in: "\u2208", incare: "\u2105", infin: "\u221E", infintie: "\u29DD", inodot: "\u0131", int: "\u222B", intcal: "\u22BA", integers: "\u2124", intercal: "\u22BA", intlarhk: "\u2A17", intprod: "\u2A3C", iocy: "\u0451", iogon: "\u012F", iopf: "\u{1D55A}", iota: "\u03B9", iprod: "\u2A3C", iquest: "\xBF", iscr: "\u{1D4BE}", isin: "\u2208", isinE: "\u22F9", isindot: "\u22F5", isins: "\u22F4", isinsv: "\u22F3", isinv: "\u2208", it: "\u2062", itilde: "\u0129", iukcy: "\u0456", iuml: "\xEF", jcirc: "\u0135", jcy: "\u0439", jfr: "\u{1D527}", jmath: "\u0237", jopf: "\u{1D55B}", jscr: "\u{1D4BF}", jsercy: "\u0458", jukcy: "\u0454", kappa: "\u03BA", kappav: "\u03F0", kcedil: "\u0137", kcy: "\u043A", kfr: "\u{1D528}", kgreen: "\u0138", khcy: "\u0445", kjcy: "\u045C", kopf: "\u{1D55C}", kscr: "\u{1D4C0}", lAarr: "\u21DA", lArr: "\u21D0", lAtail: "\u291B", lBarr: "\u290E", lE: "\u2266", lEg: "\u2A8B", lHar: "\u2962", lacute: "\u013A", laemptyv: "\u29B4", lagran: "\u2112", lambda: "\u03BB", lang: "\u27E8", langd: "\u2991", langle: "\u27E8", lap: "\u2A85", laquo: "\xAB", larr: "\u2190", larrb: "\u21E4", larrbfs: "\u291F", larrfs: "\u291D", larrhk: "\u21A9", larrlp: "\u21AB", larrpl: "\u2939", larrsim: "\u2973", larrtl: "\u21A2", lat: "\u2AAB", latail: "\u2919", late: "\u2AAD", lates: "\u2AAD\uFE00", lbarr: "\u290C", lbbrk: "\u2772", lbrace: "{", lbrack: "[", lbrke: "\u298B", lbrksld: "\u298F", lbrkslu: "\u298D", lcaron: "\u013E", lcedil: "\u013C", lceil: "\u2308", lcub: "{", lcy: "\u043B", ldca: "\u2936", ldquo: "\u201C", ldquor: "\u201E", ldrdhar: "\u2967", ldrushar: "\u294B", ldsh: "\u21B2", le: "\u2264", leftarrow: "\u2190", leftarrowtail: "\u21A2", leftharpoondown: "\u21BD", leftharpoonup: "\u21BC", leftleftarrows: "\u21C7", leftrightarrow: "\u2194", leftrightarrows: "\u21C6", leftrightharpoons: "\u21CB", leftrightsquigarrow: "\u21AD", leftthreetimes: "\u22CB", leg: "\u22DA", leq: "\u2264", leqq: "\u2266", leqslant: "\u2A7D", les: "\u2A7D", lescc: "\u2AA8", lesdot: "\u2A7F", lesdoto: "\u2A81", lesdotor: "\u2A83", lesg: "\u22DA\uFE00", lesges: "\u2A93", lessapprox: "\u2A85", lessdot: "\u22D6", lesseqgtr: "\u22DA", lesseqqgtr: "\u2A8B", lessgtr: "\u2276", lesssim: "\u2272", lfisht: "\u297C", lfloor: "\u230A", lfr: "\u{1D529}", lg: "\u2276", lgE: "\u2A91", lhard: "\u21BD", lharu: "\u21BC", lharul: "\u296A", lhblk: "\u2584", ljcy: "\u0459", ll: "\u226A", llarr: "\u21C7", llcorner: "\u231E", llhard: "\u296B", lltri: "\u25FA", lmidot: "\u0140", lmoust: "\u23B0", lmoustache: "\u23B0", lnE: "\u2268", lnap: "\u2A89", lnapprox: "\u2A89", lne: "\u2A87", lneq: "\u2A87", lneqq: "\u2268", lnsim: "\u22E6", loang: "\u27EC", loarr: "\u21FD", lobrk: "\u27E6", longleftarrow: "\u27F5", longleftrightarrow: "\u27F7", longmapsto: "\u27FC", longrightarrow: "\u27F6", looparrowleft: "\u21AB", looparrowright: "\u21AC", lopar: "\u2985", lopf: "\u{1D55D}", loplus: "\u2A2D", lotimes: "\u2A34", lowast: "\u2217", lowbar: "_", loz: "\u25CA", lozenge: "\u25CA", lozf: "\u29EB", lpar: "(", lparlt: "\u2993", lrarr: "\u21C6", lrcorner: "\u231F", lrhar: "\u21CB", lrhard: "\u296D", lrm: "\u200E", lrtri: "\u22BF", lsaquo: "\u2039", lscr: "\u{1D4C1}", lsh: "\u21B0", lsim: "\u2272", lsime: "\u2A8D", lsimg: "\u2A8F", lsqb: "[", lsquo: "\u2018", lsquor: "\u201A", lstrok: "\u0142", lt: "<", ltcc: "\u2AA6", ltcir: "\u2A79", ltdot: "\u22D6", lthree: "\u22CB", ltimes: "\u22C9", ltlarr: "\u2976", ltquest: "\u2A7B", ltrPar: "\u2996", ltri: "\u25C3", ltrie: "\u22B4", ltrif: "\u25C2", lurdshar: "\u294A", luruhar: "\u2966", lvertneqq: "\u2268\uFE00", lvnE: "\u2268\uFE00", mDDot: "\u223A", macr: "\xAF", male: "\u2642", malt: "\u2720", maltese: "\u2720", map: "\u21A6", mapsto: "\u21A6", mapstodown: "\u21A7", mapstoleft: "\u21A4", mapstoup: "\u21A5", marker: "\u25AE", mcomma: "\u2A29", mcy: "\u043C", mdash: "\u2014", measuredangle: "\u2221", mfr: "\u{1D52A}", mho: "\u2127", micro: "\xB5", mid: "\u2223", midast: "*", midcir: "\u2AF0", middot: "\xB7", minus: "\u2212", minusb: "\u229F", minusd: "\u2238", minusdu: "\u2A2A", mlcp: "\u2ADB", mldr: "\u2026", mnplus: "\u2213", models: "\u22A7", mopf: "\u{1D55E}", mp: "\u2213", mscr: "\u{1D4C2}", mstpos: "\u223E", mu: "\u03BC", multimap: "\u22B8", mumap: "\u22B8", nGg: "\u22D9\u0338", nGt: "\u226B\u20D2", nGtv: "\u226B\u0338", nLeftarrow: "\u21CD", nLeftrightarrow: "\u21CE", nLl: "\u22D8\u0338", nLt: "\u226A\u20D2", nLtv: "\u226A\u0338", nRightarrow: "\u21CF", nVDash: "\u22AF", nVdash: "\u22AE", nabla: "\u2207", nacute: "\u0144", nang: "\u2220\u20D2", nap: "\u2249", napE: "\u2A70\u0338", napid: "\u224B\u0338", napos: "\u0149", napprox: "\u2249", natur: "\u266E", natural: "\u266E", naturals: "\u2115", nbsp: "\xA0", nbump: "\u224E\u0338", nbumpe: "\u224F\u0338", ncap: "\u2A43", ncaron: "\u0148", ncedil: "\u0146", ncong: "\u2247", ncongdot: "\u2A6D\u0338", ncup: "\u2A42", ncy: "\u043D", ndash: "\u2013", ne: "\u2260", neArr: "\u21D7", nearhk: "\u2924", nearr: "\u2197", nearrow: "\u2197", nedot: "\u2250\u0338", nequiv: "\u2262", nesear: "\u2928", nesim: "\u2242\u0338", nexist: "\u2204", nexists: "\u2204", nfr: "\u{1D52B}", ngE: "\u2267\u0338", nge: "\u2271", ngeq: "\u2271", ngeqq: "\u2267\u0338", ngeqslant: "\u2A7E\u0338", nges: "\u2A7E\u0338", ngsim: "\u2275", ngt: "\u226F", ngtr: "\u226F", nhArr: "\u21CE", nharr: "\u21AE", nhpar: "\u2AF2", ni: "\u220B", nis: "\u22FC", nisd: "\u22FA", niv: "\u220B", njcy: "\u045A", nlArr: "\u21CD", nlE: "\u2266\u0338", nlarr: "\u219A", nldr: "\u2025", nle: "\u2270", nleftarrow: "\u219A", nleftrightarrow: "\u21AE", nleq: "\u2270", nleqq: "\u2266\u0338", nleqslant: "\u2A7D\u0338", nles: "\u2A7D\u0338", nless: "\u226E", nlsim: "\u2274", nlt: "\u226E", nltri: "\u22EA", nltrie: "\u22EC", nmid: "\u2224", nopf: "\u{1D55F}", not: "\xAC", notin: "\u2209", notinE: "\u22F9\u0338", notindot: "\u22F5\u0338", notinva: "\u2209", notinvb: "\u22F7", notinvc: "\u22F6", notni: "\u220C", notniva: "\u220C", notnivb: "\u22FE", notnivc: "\u22FD", npar: "\u2226", nparallel: "\u2226", nparsl: "\u2AFD\u20E5", npart: "\u2202\u0338", npolint: "\u2A14", npr: "\u2280", nprcue: "\u22E0", npre: "\u2AAF\u0338", nprec: "\u2280", npreceq: "\u2AAF\u0338", nrArr: "\u21CF", nrarr: "\u219B", nrarrc: "\u2933\u0338", nrarrw: "\u219D\u0338", nrightarrow: "\u219B", nrtri: "\u22EB", nrtrie: "\u22ED", nsc: "\u2281", nsccue: "\u22E1", nsce: "\u2AB0\u0338", nscr: "\u{1D4C3}", nshortmid: "\u2224", nshortparallel: "\u2226", nsim: "\u2241", nsime: "\u2244", nsimeq: "\u2244", nsmid: "\u2224", nspar: "\u2226", nsqsube: "\u22E2", nsqsupe: "\u22E3", nsub: "\u2284", nsubE: "\u2AC5\u0338", nsube: "\u2288", nsubset: "\u2282\u20D2", nsubseteq: "\u2288", nsubseteqq: "\u2AC5\u0338", nsucc: "\u2281", nsucceq: "\u2AB0\u0338", nsup: "\u2285", nsupE: "\u2AC6\u0338", nsupe: "\u2289", nsupset: "\u2283\u20D2", nsupseteq: "\u2289", nsupseteqq: "\u2AC6\u0338", ntgl: "\u2279", ntilde: "\xF1", ntlg: "\u2278", ntriangleleft: "\u22EA", ntrianglelefteq: "\u22EC", ntriangleright: "\u22EB", ntrianglerighteq: "\u22ED", nu: "\u03BD", num: "#", numero: "\u2116", numsp: "\u2007", nvDash: "\u22AD", nvHarr: "\u2904", nvap: "\u224D\u20D2", nvdash: "\u22AC", nvge: "\u2265\u20D2", nvgt: ">\u20D2", nvinfin: "\u29DE", nvlArr: "\u2902", nvle: "\u2264\u20D2", nvlt: "<\u20D2", nvltrie: "\u22B4\u20D2", nvrArr: "\u2903", nvrtrie: "\u22B5\u20D2", nvsim: "\u223C\u20D2", nwArr: "\u21D6", nwarhk: "\u2923", nwarr: "\u2196", nwarrow: "\u2196", nwnear: "\u2927", oS: "\u24C8", oacute: "\xF3", oast: "\u229B", ocir: "\u229A", ocirc: "\xF4", ocy: "\u043E", odash: "\u229D", odblac: "\u0151", odiv: "\u2A38", odot: "\u2299", odsold: "\u29BC", oelig: "\u0153", ofcir: "\u29BF", ofr: "\u{1D52C}", ogon: "\u02DB", ograve: "\xF2", ogt: "\u29C1", ohbar: "\u29B5", ohm: "\u03A9", oint: "\u222E", olarr: "\u21BA", olcir: "\u29BE", olcross: "\u29BB", oline: "\u203E", olt: "\u29C0", omacr: "\u014D", omega: "\u03C9", omicron: "\u03BF", omid: "\u29B6", ominus: "\u2296", oopf: "\u{1D560}", opar: "\u29B7", operp: "\u29B9", oplus: "\u2295", or: "\u2228", orarr: "\u21BB", ord: "\u2A5D", order: "\u2134", orderof: "\u2134", ordf: "\xAA", ordm: "\xBA", origof: "\u22B6", oror: "\u2A56", orslope: "\u2A57", orv: "\u2A5B", oscr: "\u2134", oslash: "\xF8", osol: "\u2298", otilde: "\xF5", otimes: "\u2297", otimesas: "\u2A36", ouml: "\xF6", ovbar: "\u233D", par: "\u2225", para: "\xB6", parallel: "\u2225", parsim: "\u2AF3", parsl: "\u2AFD", part: "\u2202", pcy: "\u043F", percnt: "%", period: ".", permil: "\u2030", perp: "\u22A5", pertenk: "\u2031", pfr: "\u{1D52D}", phi: "\u03C6", phiv: "\u03D5", phmmat: "\u2133", phone: "\u260E", pi: "\u03C0", pitchfork: "\u22D4", piv: "\u03D6", planck: "\u210F", planckh: "\u210E", plankv: "\u210F", plus: "+", plusacir: "\u2A23", plusb: "\u229E", pluscir: "\u2A22", plusdo: "\u2214", plusdu: "\u2A25", pluse: "\u2A72", plusmn: "\xB1", plussim: "\u2A26", plustwo: "\u2A27", pm: "\xB1", pointint: "\u2A15", popf: "\u{1D561}", pound: "\xA3", pr: "\u227A", prE: "\u2AB3", prap: "\u2AB7", prcue: "\u227C", pre: "\u2AAF", prec: "\u227A", precapprox: "\u2AB7", preccurlyeq: "\u227C", preceq: "\u2AAF", precnapprox: "\u2AB9", precneqq: "\u2AB5", precnsim: "\u22E8", precsim: "\u227E", prime: "\u2032", primes: "\u2119", prnE: "\u2AB5", prnap: "\u2AB9", prnsim: "\u22E8", prod: "\u220F", profalar: "\u232E", profline: "\u2312", profsurf: "\u2313", prop: "\u221D", propto: "\u221D", prsim: "\u227E", prurel: "\u22B0", pscr: "\u{1D4C5}", psi: "\u03C8", puncsp: "\u2008", qfr: "\u{1D52E}", qint: "\u2A0C", qopf: "\u{1D562}", qprime: "\u2057", qscr: "\u{1D4C6}", quaternions: "\u210D", quatint: "\u2A16", quest: "?", questeq: "\u225F", quot: '"', rAarr: "\u21DB", rArr: "\u21D2", rAtail: "\u291C", rBarr: "\u290F", rHar: "\u2964", race: "\u223D\u0331", racute: "\u0155", radic: "\u221A", raemptyv: "\u29B3", rang: "\u27E9", rangd: "\u2992", range: "\u29A5", rangle: "\u27E9", raquo: "\xBB", rarr: "\u2192", rarrap: "\u2975", rarrb: "\u21E5", rarrbfs: "\u2920", rarrc: "\u2933", rarrfs: "\u291E", rarrhk: "\u21AA", rarrlp: "\u21AC", rarrpl: "\u2945", rarrsim: "\u2974", rarrtl: "\u21A3", rarrw: "\u219D", ratail: "\u291A", ratio: "\u2236", rationals: "\u211A", rbarr: "\u290D", rbbrk: "\u2773", rbrace: "}", rbrack: "]", rbrke: "\u298C", rbrksld: "\u298E", rbrkslu: "\u2990", rcaron: "\u0159", rcedil: "\u0157", rceil: "\u2309", rcub: "}", rcy: "\u0440", rdca: "\u2937", rdldhar: "\u2969", rdquo: "\u201D", rdquor: "\u201D", rdsh: "\u21B3", real: "\u211C", realine: "\u211B", realpart: "\u211C", reals: "\u211D", rect: "\u25AD", reg: "\xAE", rfisht: "\u297D", rfloor: "\u230B", rfr: "\u{1D52F}", rhard: "\u21C1", rharu: "\u21C0", rharul: "\u296C", rho: "\u03C1", rhov: "\u03F1", rightarrow: "\u2192", rightarrowtail: "\u21A3", rightharpoondown: "\u21C1", rightharpoonup: "\u21C0", rightleftarrows: "\u21C4", rightleftharpoons: "\u21CC", rightrightarrows: "\u21C9", rightsquigarrow: "\u219D", rightthreetimes: "\u22CC", ring: "\u02DA", risingdotseq: "\u2253", rlarr: "\u21C4", rlhar: "\u21CC", rlm: "\u200F", rmoust: "\u23B1", rmoustache: "\u23B1", rnmid: "\u2AEE", roang: "\u27ED", roarr: "\u21FE", robrk: "\u27E7", ropar: "\u2986", ropf: "\u{1D563}", roplus: "\u2A2E", rotimes: "\u2A35", rpar: ")", rpargt: "\u2994", rppolint: "\u2A12", rrarr: "\u21C9", rsaquo: "\u203A", rscr: "\u{1D4C7}", rsh: "\u21B1", rsqb: "]", rsquo: "\u2019", rsquor: "\u2019", rthree: "\u22CC", rtimes: "\u22CA", rtri: "\u25B9", rtrie: "\u22B5", rtrif: "\u25B8", rtriltri: "\u29CE", ruluhar: "\u2968", rx: "\u211E", sacute: "\u015B", sbquo: "\u201A", sc: "\u227B", scE: "\u2AB4", scap: "\u2AB8", scaron: "\u0161", sccue: "\u227D", sce: "\u2AB0", scedil: "\u015F", scirc: "\u015D", scnE: "\u2AB6", scnap: "\u2ABA", scnsim: "\u22E9", scpolint: "\u2A13", scsim: "\u227F", scy: "\u0441", sdot: "\u22C5", sdotb: "\u22A1", sdote: "\u2A66", seArr: "\u21D8", searhk: "\u2925", searr: "\u2198", searrow: "\u2198", sect: "\xA7", semi: ";", seswar: "\u2929", setminus: "\u2216", setmn: "\u2216", sext: "\u2736", sfr: "\u{1D530}", sfrown: "\u2322", sharp: "\u266F", shchcy: "\u0449", shcy: "\u0448", shortmid: "\u2223", shortparallel: "\u2225", shy: "\xAD", sigma: "\u03C3", sigmaf: "\u03C2", sigmav: "\u03C2", sim: "\u223C", simdot: "\u2A6A", sime: "\u2243", simeq: "\u2243", simg: "\u2A9E", simgE: "\u2AA0", siml: "\u2A9D", simlE: "\u2A9F", simne: "\u2246", simplus: "\u2A24", simrarr: "\u2972", slarr: "\u2190", smallsetminus: "\u2216", smashp: "\u2A33", smeparsl: "\u29E4", smid: "\u2223", smile: "\u2323", smt: "\u2AAA", smte: "\u2AAC", smtes: "\u2AAC\uFE00", softcy: "\u044C", sol: "/", solb: "\u29C4", solbar: "\u233F", sopf: "\u{1D564}", spades: "\u2660", spadesuit: "\u2660", spar: "\u2225", sqcap: "\u2293", sqcaps: "\u2293\uFE00", sqcup: "\u2294", sqcups: "\u2294\uFE00", sqsub: "\u228F", sqsube: "\u2291", sqsubset: "\u228F", sqsubseteq: "\u2291", sqsup: "\u2290", sqsupe: "\u2292", sqsupset: "\u2290", sqsupseteq: "\u2292", squ: "\u25A1", square: "\u25A1", squarf: "\u25AA", squf: "\u25AA", srarr: "\u2192", sscr: "\u{1D4C8}", ssetmn: "\u2216", ssmile: "\u2323", sstarf: "\u22C6", star: "\u2606", starf: "\u2605", straightepsilon: "\u03F5", straightphi: "\u03D5", strns: "\xAF", sub: "\u2282", subE: "\u2AC5", subdot: "\u2ABD", sube: "\u2286", subedot: "\u2AC3", submult: "\u2AC1", subnE: "\u2ACB", subne: "\u228A", subplus: "\u2ABF", subrarr: "\u2979", subset: "\u2282", subseteq: "\u2286", subseteqq: "\u2AC5", subsetneq: "\u228A", subsetneqq: "\u2ACB", subsim: "\u2AC7", subsub: "\u2AD5", subsup: "\u2AD3", succ: "\u227B", succapprox: "\u2AB8", succcurlyeq: "\u227D", succeq: "\u2AB0", succnapprox: "\u2ABA", succneqq: "\u2AB6", succnsim: "\u22E9", succsim: "\u227F", sum: "\u2211", sung: "\u266A", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", sup: "\u2283", supE: "\u2AC6", supdot: "\u2ABE", supdsub: "\u2AD8", supe: "\u2287", supedot: "\u2AC4", suphsol: "\u27C9", suphsub: "\u2AD7", suplarr: "\u297B", supmult: "\u2AC2", supnE: "\u2ACC", supne: "\u228B", supplus: "\u2AC0", supset: "\u2283", supseteq: "\u2287", supseteqq: "\u2AC6", supsetneq: "\u228B", supsetneqq: "\u2ACC", supsim: "\u2AC8", supsub: "\u2AD4", supsup: "\u2AD6", swArr: "\u21D9", swarhk: "\u2926", swarr: "\u2199", swarrow: "\u2199", swnwar: "\u292A", szlig: "\xDF", target: "\u2316", tau: "\u03C4", tbrk: "\u23B4", tcaron: "\u0165", tcedil: "\u0163", tcy: "\u0442", tdot: "\u20DB", telrec: "\u2315", tfr: "\u{1D531}", there4: "\u2234", therefore: "\u2234", theta: "\u03B8", thetasym: "\u03D1", thetav: "\u03D1", thickapprox: "\u2248", thicksim: "\u223C", thinsp: "\u2009", thkap: "\u2248", thksim: "\u223C", thorn: "\xFE", tilde: "\u02DC", times: "\xD7", timesb: "\u22A0", timesbar: "\u2A31", timesd: "\u2A30", tint: "\u222D", toea: "\u2928", top: "\u22A4", topbot: "\u2336", topcir: "\u2AF1", topf: "\u{1D565}", topfork: "\u2ADA", tosa: "\u2929", tprime: "\u2034", trade: "\u2122", triangle: "\u25B5", triangledown: "\u25BF", triangleleft: "\u25C3", trianglelefteq: "\u22B4", triangleq: "\u225C", triangleright: "\u25B9", trianglerighteq: "\u22B5", tridot: "\u25EC", trie: "\u225C", triminus: "\u2A3A", triplus: "\u2A39", trisb: "\u29CD", tritime: "\u2A3B", trpezium: "\u23E2", tscr: "\u{1D4C9}", tscy: "\u0446", tshcy: "\u045B", tstrok: "\u0167", twixt: "\u226C", twoheadleftarrow: "\u219E", twoheadrightarrow: "\u21A0", uArr: "\u21D1", uHar: "\u2963", uacute: "\xFA", uarr: "\u2191", ubrcy: "\u045E", ubreve: "\u016D", ucirc: "\xFB", ucy: "\u0443", udarr: "\u21C5", udblac: "\u0171", udhar: "\u296E", ufisht: "\u297E", ufr: "\u{1D532}", ugrave: "\xF9", uharl: "\u21BF", uharr: "\u21BE", uhblk: "\u2580", ulcorn: "\u231C", ulcorner: "\u231C", ulcrop: "\u230F", ultri: "\u25F8", umacr: "\u016B", uml: "\xA8", uogon: "\u0173", uopf: "\u{1D566}", uparrow: "\u2191", updownarrow: "\u2195", upharpoonleft: "\u21BF", upharpoonright: "\u21BE", uplus: "\u228E", upsi: "\u03C5", upsih: "\u03D2", upsilon: "\u03C5", upuparrows: "\u21C8", urcorn: "\u231D", urcorner: "\u231D", urcrop: "\u230E", uring: "\u016F", urtri: "\u25F9", uscr: "\u{1D4CA}", utdot: "\u22F0", utilde: "\u0169", utri: "\u25B5", utrif: "\u25B4", uuarr: "\u21C8", uuml: "\xFC", uwangle: "\u29A7", vArr: "\u21D5", vBar: "\u2AE8", vBarv: "\u2AE9", vDash: "\u22A8", vangrt: "\u299C", varepsilon: "\u03F5", varkappa: "\u03F0", varnothing: "\u2205", varphi: "\u03D5", varpi: "\u03D6", varpropto: "\u221D", varr: "\u2195", varrho: "\u03F1", varsigma: "\u03C2", varsubsetneq: "\u228A\uFE00", varsubsetneqq: "\u2ACB\uFE00", varsupsetneq: "\u228B\uFE00", varsupsetneqq: "\u2ACC\uFE00", vartheta: "\u03D1", vartriangleleft: "\u22B2", vartriangleright: "\u22B3", vcy: "\u0432", vdash: "\u22A2", vee: "\u2228", veebar: "\u22BB", veeeq: "\u225A", vellip: "\u22EE", verbar: "|", vert: "|", vfr: "\u{1D533}", vltri: "\u22B2", vnsub: "\u2282\u20D2", vnsup: "\u2283\u20D2", vopf: "\u{1D567}", vprop: "\u221D", vrtri: "\u22B3", vscr: "\u{1D4CB}", vsubnE: "\u2ACB\uFE00", vsubne: "\u228A\uFE00", vsupnE: "\u2ACC\uFE00", vsupne: "\u228B\uFE00", vzigzag: "\u299A", wcirc: "\u0175", wedbar: "\u2A5F", wedge: "\u2227", wedgeq: "\u2259", weierp: "\u2118", wfr: "\u{1D534}", wopf: "\u{1D568}", wp: "\u2118", wr: "\u2240", wreath: "\u2240", wscr: "\u{1D4CC}", xcap: "\u22C2", xcirc: "\u25EF", xcup: "\u22C3", xdtri: "\u25BD", xfr: "\u{1D535}", xhArr: "\u27FA", xharr: "\u27F7", xi: "\u03BE", xlArr: "\u27F8", xlarr: "\u27F5", xmap: "\u27FC", xnis: "\u22FB", xodot: "\u2A00", xopf: "\u{1D569}", xoplus: "\u2A01", xotime: "\u2A02", xrArr: "\u27F9", xrarr: "\u27F6", xscr: "\u{1D4CD}", xsqcup: "\u2A06", xuplus: "\u2A04", xutri: "\u25B3", xvee: "\u22C1", xwedge: "\u22C0", yacute: "\xFD", yacy: "\u044F", ycirc: "\u0177", ycy: "\u044B", yen: "\xA5", yfr: "\u{1D536}", yicy: "\u0457", yopf: "\u{1D56A}", yscr: "\u{1D4CE}", yucy: "\u044E", yuml: "\xFF", zacute: "\u017A", zcaron: "\u017E", zcy: "\u0437", zdot: "\u017C", zeetrf: "\u2128", zeta: "\u03B6", zfr: "\u{1D537}", zhcy: "\u0436", zigrarr: "\u21DD", zopf: "\u{1D56B}", zscr: "\u{1D4CF}", zwj: "\u200D", zwnj: "\u200C" };
    qm = {}.hasOwnProperty;
    Iu = {}.hasOwnProperty;
    X = at(/[A-Za-z]/);
    ee = at(/[\dA-Za-z]/);
    qu = at(/[#-'*+\--9=?A-Z^-~]/);
    rr = at(/\d/);
    Bu = at(/[\dA-Fa-f]/);
    _u = at(/[!-/:-@[-`{-~]/);
    gt = at(new RegExp("\\p{P}|\\p{S}", "u"));
    Be = at(/\s/);
    Pu = { tokenize: Pm };
    Ve = class {
      constructor() {
        this.index = /* @__PURE__ */ new Map(), this.map = [];
      }
      add(t, r, n) {
        Nu(this, t, r, n, false);
      }
      addBefore(t, r, n) {
        Nu(this, t, r, n, true);
      }
      consume(t) {
        if (this.map.sort(function(u, a) {
          return u[0] - a[0];
        }), this.map.length === 0) return;
        let r = this.map.length, n = [];
        for (; r > 0; ) r -= 1, n.push(t.slice(this.map[r][0] + this.map[r][1]), this.map[r][2]), t.length = this.map[r][0];
        n.push(t.slice()), t.length = 0;
        let i = n.pop();
        for (; i; ) {
          for (let u of i) t.push(u);
          i = n.pop();
        }
        this.map.length = 0, this.index.clear();
      }
    };
    Ru = { tokenize: Nm };
    Ou = { tokenize: Om };
    nr = { name: "attention", resolveAll: Rm, tokenize: Mm };
    ni = { name: "autolink", tokenize: zm };
    _e = { partial: true, tokenize: Um };
    Vr = { continuation: { tokenize: Vm }, exit: Gm, name: "blockQuote", tokenize: Hm };
    Gr = { name: "characterEscape", tokenize: jm };
    jr = { name: "characterReference", tokenize: Wm };
    ir = { partial: true, tokenize: Ym };
    Wr = { concrete: true, name: "codeFenced", tokenize: $m };
    ar = { name: "codeIndented", tokenize: Qm };
    Km = { partial: true, tokenize: Xm };
    ii = { name: "codeText", previous: Zm, resolve: Jm, tokenize: ed };
    Yr = class {
      constructor(t) {
        this.left = t ? [...t] : [], this.right = [];
      }
      get(t) {
        if (t < 0 || t >= this.left.length + this.right.length) throw new RangeError("Cannot access index `" + t + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
        return t < this.left.length ? this.left[t] : this.right[this.right.length - t + this.left.length - 1];
      }
      get length() {
        return this.left.length + this.right.length;
      }
      shift() {
        return this.setCursor(0), this.right.pop();
      }
      slice(t, r) {
        let n = r ?? Number.POSITIVE_INFINITY;
        return n < this.left.length ? this.left.slice(t, n) : t > this.left.length ? this.right.slice(this.right.length - n + this.left.length, this.right.length - t + this.left.length).reverse() : this.left.slice(t).concat(this.right.slice(this.right.length - n + this.left.length).reverse());
      }
      splice(t, r, n) {
        let i = r || 0;
        this.setCursor(Math.trunc(t));
        let u = this.right.splice(this.right.length - i, Number.POSITIVE_INFINITY);
        return n && ur(this.left, n), u.reverse();
      }
      pop() {
        return this.setCursor(Number.POSITIVE_INFINITY), this.left.pop();
      }
      push(t) {
        this.setCursor(Number.POSITIVE_INFINITY), this.left.push(t);
      }
      pushMany(t) {
        this.setCursor(Number.POSITIVE_INFINITY), ur(this.left, t);
      }
      unshift(t) {
        this.setCursor(0), this.right.push(t);
      }
      unshiftMany(t) {
        this.setCursor(0), ur(this.right, t.reverse());
      }
      setCursor(t) {
        if (!(t === this.left.length || t > this.left.length && this.right.length === 0 || t < 0 && this.left.length === 0)) if (t < this.left.length) {
          let r = this.left.splice(t, Number.POSITIVE_INFINITY);
          ur(this.right, r.reverse());
        } else {
          let r = this.right.splice(this.left.length + this.right.length - t, Number.POSITIVE_INFINITY);
          ur(this.left, r.reverse());
        }
      }
    };
    ai = { resolve: nd, tokenize: id };
    rd = { partial: true, tokenize: ad };
    ui = { name: "definition", tokenize: od };
    ud = { partial: true, tokenize: sd };
    oi = { name: "hardBreakEscape", tokenize: ld };
    si = { name: "headingAtx", resolve: cd, tokenize: fd };
    zu = ["address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul"];
    li = ["pre", "script", "style", "textarea"];
    ci = { concrete: true, name: "htmlFlow", resolveTo: hd, tokenize: md };
    pd = { partial: true, tokenize: dd };
    fi = { name: "htmlText", tokenize: Dd };
    kt = { name: "labelEnd", resolveAll: Fd, resolveTo: bd, tokenize: Ed };
    gd = { tokenize: wd };
    xd = { tokenize: Cd };
    kd = { tokenize: yd };
    pi = { name: "labelStartImage", resolveAll: kt.resolveAll, tokenize: vd };
    hi = { name: "labelStartLink", resolveAll: kt.resolveAll, tokenize: Ad };
    or = { name: "lineEnding", tokenize: Td };
    Ft = { name: "thematicBreak", tokenize: Sd };
    fe = { continuation: { tokenize: Bd }, exit: Pd, name: "list", tokenize: qd };
    Ld = { partial: true, tokenize: Nd };
    Id = { partial: true, tokenize: _d };
    Jr = { name: "setextUnderline", resolveTo: Od, tokenize: Rd };
    Uu = { tokenize: Md };
    Hu = { resolveAll: Wu() };
    Vu = ju("string");
    Gu = ju("text");
    mi = {};
    zr(mi, { attentionMarkers: () => $d, contentInitial: () => Hd, disable: () => Kd, document: () => Ud, flow: () => Gd, flowInitial: () => Vd, insideSpan: () => Yd, string: () => jd, text: () => Wd });
    Ud = { 42: fe, 43: fe, 45: fe, 48: fe, 49: fe, 50: fe, 51: fe, 52: fe, 53: fe, 54: fe, 55: fe, 56: fe, 57: fe, 62: Vr };
    Hd = { 91: ui };
    Vd = { [-2]: ar, [-1]: ar, 32: ar };
    Gd = { 35: si, 42: Ft, 45: [Jr, Ft], 60: ci, 61: Jr, 95: Ft, 96: Wr, 126: Wr };
    jd = { 38: jr, 92: Gr };
    Wd = { [-5]: or, [-4]: or, [-3]: or, 33: pi, 38: jr, 42: nr, 60: [ni, fi], 91: hi, 92: [oi, Gr], 93: kt, 95: nr, 96: ii };
    Yd = { null: [nr, Hu] };
    $d = { null: [42, 95] };
    Kd = { null: [] };
    $u = /[\0\t\n\r]/g;
    Jd = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
    Zu = {}.hasOwnProperty;
    rD = { tokenize: oD, partial: true };
    to = { tokenize: sD, partial: true };
    ro = { tokenize: lD, partial: true };
    no = { tokenize: cD, partial: true };
    nD = { tokenize: fD, partial: true };
    io = { name: "wwwAutolink", tokenize: aD, previous: uo };
    ao = { name: "protocolAutolink", tokenize: uD, previous: oo };
    Ge = { name: "emailAutolink", tokenize: iD, previous: so };
    Pe = {};
    bt = 48;
    for (; bt < 123; ) Pe[bt] = Ge, bt++, bt === 58 ? bt = 65 : bt === 91 && (bt = 97);
    Pe[43] = Ge;
    Pe[45] = Ge;
    Pe[46] = Ge;
    Pe[95] = Ge;
    Pe[72] = [Ge, ao];
    Pe[104] = [Ge, ao];
    Pe[87] = [Ge, io];
    Pe[119] = [Ge, io];
    pD = { tokenize: kD, partial: true };
    Zr = class {
      constructor() {
        this.map = [], this.index = /* @__PURE__ */ new Map();
      }
      add(t, r, n) {
        FD(this, t, r, n);
      }
      consume(t) {
        if (this.map.sort(function(u, a) {
          return u[0] - a[0];
        }), this.map.length === 0) return;
        let r = this.map.length, n = [];
        for (; r > 0; ) r -= 1, n.push(t.slice(this.map[r][0] + this.map[r][1]), this.map[r][2]), t.length = this.map[r][0];
        n.push(t.slice()), t.length = 0;
        let i = n.pop();
        for (; i; ) {
          for (let u of i) t.push(u);
          i = n.pop();
        }
        this.map.length = 0, this.index.clear();
      }
    };
    wD = { name: "tasklistCheck", tokenize: CD };
    ho = { tokenize: vD, concrete: true, name: "mathFlow" };
    po = { tokenize: AD, partial: true };
    Bt = (e, t) => (r, n, ...i) => r | 1 && n == null ? void 0 : (t.call(n) ?? n[e]).apply(n, i);
    ID = Bt("at", function() {
      if (Array.isArray(this) || typeof this == "string") return LD;
    });
    K = ID;
    qD = String.prototype.replaceAll ?? function(e, t) {
      return e.global ? this.replace(e, t) : this.split(e).join(t);
    };
    BD = Bt("replaceAll", function() {
      if (typeof this == "string") return qD;
    });
    Q = BD;
    _D = () => {
    };
    sr = _D;
    Do = PD;
    tn = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
    lr = 3;
    je = OD;
    _t = (function(e) {
      if (e == null) return UD;
      if (typeof e == "function") return rn(e);
      if (typeof e == "object") return Array.isArray(e) ? RD(e) : MD(e);
      if (typeof e == "string") return zD(e);
      throw new Error("Expected function, string, or object as test");
    });
    xo = [];
    ko = true;
    nn = false;
    cr = "skip";
    pg.peek = fg;
    bo.attention = Dg;
    bo.peek = gg;
    R = { carriageReturn: -5, lineFeed: -4, carriageReturnLineFeed: -3, horizontalTab: -2, virtualSpace: -1, eof: null, nul: 0, soh: 1, stx: 2, etx: 3, eot: 4, enq: 5, ack: 6, bel: 7, bs: 8, ht: 9, lf: 10, vt: 11, ff: 12, cr: 13, so: 14, si: 15, dle: 16, dc1: 17, dc2: 18, dc3: 19, dc4: 20, nak: 21, syn: 22, etb: 23, can: 24, em: 25, sub: 26, esc: 27, fs: 28, gs: 29, rs: 30, us: 31, space: 32, exclamationMark: 33, quotationMark: 34, numberSign: 35, dollarSign: 36, percentSign: 37, ampersand: 38, apostrophe: 39, leftParenthesis: 40, rightParenthesis: 41, asterisk: 42, plusSign: 43, comma: 44, dash: 45, dot: 46, slash: 47, digit0: 48, digit1: 49, digit2: 50, digit3: 51, digit4: 52, digit5: 53, digit6: 54, digit7: 55, digit8: 56, digit9: 57, colon: 58, semicolon: 59, lessThan: 60, equalsTo: 61, greaterThan: 62, questionMark: 63, atSign: 64, uppercaseA: 65, uppercaseB: 66, uppercaseC: 67, uppercaseD: 68, uppercaseE: 69, uppercaseF: 70, uppercaseG: 71, uppercaseH: 72, uppercaseI: 73, uppercaseJ: 74, uppercaseK: 75, uppercaseL: 76, uppercaseM: 77, uppercaseN: 78, uppercaseO: 79, uppercaseP: 80, uppercaseQ: 81, uppercaseR: 82, uppercaseS: 83, uppercaseT: 84, uppercaseU: 85, uppercaseV: 86, uppercaseW: 87, uppercaseX: 88, uppercaseY: 89, uppercaseZ: 90, leftSquareBracket: 91, backslash: 92, rightSquareBracket: 93, caret: 94, underscore: 95, graveAccent: 96, lowercaseA: 97, lowercaseB: 98, lowercaseC: 99, lowercaseD: 100, lowercaseE: 101, lowercaseF: 102, lowercaseG: 103, lowercaseH: 104, lowercaseI: 105, lowercaseJ: 106, lowercaseK: 107, lowercaseL: 108, lowercaseM: 109, lowercaseN: 110, lowercaseO: 111, lowercaseP: 112, lowercaseQ: 113, lowercaseR: 114, lowercaseS: 115, lowercaseT: 116, lowercaseU: 117, lowercaseV: 118, lowercaseW: 119, lowercaseX: 120, lowercaseY: 121, lowercaseZ: 122, leftCurlyBrace: 123, verticalBar: 124, rightCurlyBrace: 125, tilde: 126, del: 127, byteOrderMarker: 65279, replacementCharacter: 65533 };
    zi = { attentionSideAfter: 2, attentionSideBefore: 1, atxHeadingOpeningFenceSizeMax: 6, autolinkDomainSizeMax: 63, autolinkSchemeSizeMax: 32, cdataOpeningString: "CDATA[", characterGroupPunctuation: 2, characterGroupWhitespace: 1, characterReferenceDecimalSizeMax: 7, characterReferenceHexadecimalSizeMax: 6, characterReferenceNamedSizeMax: 31, codeFencedSequenceSizeMin: 3, contentTypeContent: "content", contentTypeDocument: "document", contentTypeFlow: "flow", contentTypeString: "string", contentTypeText: "text", hardBreakPrefixSizeMin: 2, htmlBasic: 6, htmlCdata: 5, htmlComment: 2, htmlComplete: 7, htmlDeclaration: 4, htmlInstruction: 3, htmlRawSizeMax: 8, htmlRaw: 1, linkResourceDestinationBalanceMax: 32, linkReferenceSizeMax: 999, listItemValueSizeMax: 10, numericBaseDecimal: 10, numericBaseHexadecimal: 16, tabSize: 4, thematicBreakMarkerCountMin: 3, v8MaxSafeChunkSize: 1e4 };
    re = { data: "data", whitespace: "whitespace", lineEnding: "lineEnding", lineEndingBlank: "lineEndingBlank", linePrefix: "linePrefix", lineSuffix: "lineSuffix", atxHeading: "atxHeading", atxHeadingSequence: "atxHeadingSequence", atxHeadingText: "atxHeadingText", autolink: "autolink", autolinkEmail: "autolinkEmail", autolinkMarker: "autolinkMarker", autolinkProtocol: "autolinkProtocol", characterEscape: "characterEscape", characterEscapeValue: "characterEscapeValue", characterReference: "characterReference", characterReferenceMarker: "characterReferenceMarker", characterReferenceMarkerNumeric: "characterReferenceMarkerNumeric", characterReferenceMarkerHexadecimal: "characterReferenceMarkerHexadecimal", characterReferenceValue: "characterReferenceValue", codeFenced: "codeFenced", codeFencedFence: "codeFencedFence", codeFencedFenceSequence: "codeFencedFenceSequence", codeFencedFenceInfo: "codeFencedFenceInfo", codeFencedFenceMeta: "codeFencedFenceMeta", codeFlowValue: "codeFlowValue", codeIndented: "codeIndented", codeText: "codeText", codeTextData: "codeTextData", codeTextPadding: "codeTextPadding", codeTextSequence: "codeTextSequence", content: "content", definition: "definition", definitionDestination: "definitionDestination", definitionDestinationLiteral: "definitionDestinationLiteral", definitionDestinationLiteralMarker: "definitionDestinationLiteralMarker", definitionDestinationRaw: "definitionDestinationRaw", definitionDestinationString: "definitionDestinationString", definitionLabel: "definitionLabel", definitionLabelMarker: "definitionLabelMarker", definitionLabelString: "definitionLabelString", definitionMarker: "definitionMarker", definitionTitle: "definitionTitle", definitionTitleMarker: "definitionTitleMarker", definitionTitleString: "definitionTitleString", emphasis: "emphasis", emphasisSequence: "emphasisSequence", emphasisText: "emphasisText", escapeMarker: "escapeMarker", hardBreakEscape: "hardBreakEscape", hardBreakTrailing: "hardBreakTrailing", htmlFlow: "htmlFlow", htmlFlowData: "htmlFlowData", htmlText: "htmlText", htmlTextData: "htmlTextData", image: "image", label: "label", labelText: "labelText", labelLink: "labelLink", labelImage: "labelImage", labelMarker: "labelMarker", labelImageMarker: "labelImageMarker", labelEnd: "labelEnd", link: "link", paragraph: "paragraph", reference: "reference", referenceMarker: "referenceMarker", referenceString: "referenceString", resource: "resource", resourceDestination: "resourceDestination", resourceDestinationLiteral: "resourceDestinationLiteral", resourceDestinationLiteralMarker: "resourceDestinationLiteralMarker", resourceDestinationRaw: "resourceDestinationRaw", resourceDestinationString: "resourceDestinationString", resourceMarker: "resourceMarker", resourceTitle: "resourceTitle", resourceTitleMarker: "resourceTitleMarker", resourceTitleString: "resourceTitleString", setextHeading: "setextHeading", setextHeadingText: "setextHeadingText", setextHeadingLine: "setextHeadingLine", setextHeadingLineSequence: "setextHeadingLineSequence", strong: "strong", strongSequence: "strongSequence", strongText: "strongText", thematicBreak: "thematicBreak", thematicBreakSequence: "thematicBreakSequence", blockQuote: "blockQuote", blockQuotePrefix: "blockQuotePrefix", blockQuoteMarker: "blockQuoteMarker", blockQuotePrefixWhitespace: "blockQuotePrefixWhitespace", listOrdered: "listOrdered", listUnordered: "listUnordered", listItemIndent: "listItemIndent", listItemMarker: "listItemMarker", listItemPrefix: "listItemPrefix", listItemPrefixWhitespace: "listItemPrefixWhitespace", listItemValue: "listItemValue", chunkDocument: "chunkDocument", chunkContent: "chunkContent", chunkFlow: "chunkFlow", chunkText: "chunkText", chunkString: "chunkString" };
    Ag = { name: "htmlText", tokenize: Tg, add: "before" };
    fr = "liquidNode";
    kh = Tt(Lo(), 1);
    Fh = Tt(Go(), 1);
    bh = Tt(zf(), 1);
    Eh = Tt(Bp(), 1);
    Rb = /^import\s/;
    Mb = /^export\s/;
    _p = "[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*|";
    Pp = /<!---->|<!---?[^>-](?:-?[^-])*-->/;
    zb = /^\{\s*\/\*(.*)\*\/\s*\}/;
    Ub = (e) => Rb.test(e);
    Np = (e) => Mb.test(e);
    Op = (e) => Ub(e) || Np(e);
    $a = (e, t) => {
      let r = t.indexOf(`

`), n = r === -1 ? t : t.slice(0, r);
      if (Op(n)) return e(n)({ type: Np(n) ? "export" : "import", value: n });
    };
    $a.notInBlock = true;
    $a.locator = (e) => Op(e) ? -1 : 1;
    Rp = (e, t) => {
      let r = zb.exec(t);
      if (r) return e(r[0])({ type: "esComment", value: r[1].trim() });
    };
    Rp.locator = (e, t) => e.indexOf("{", t);
    Mp = function() {
      let { Parser: e } = this, { blockTokenizers: t, blockMethods: r, inlineTokenizers: n, inlineMethods: i } = e.prototype;
      t.esSyntax = $a, n.esComment = Rp, r.splice(r.indexOf("paragraph"), 0, "esSyntax"), i.splice(i.indexOf("text"), 0, "esComment");
    };
    ge = "string";
    xe = "array";
    ft = "cursor";
    Te = "indent";
    Se = "align";
    Qe = "trim";
    be = "group";
    Ee = "fill";
    we = "if-break";
    Xe = "indent-if-break";
    Je = "line-suffix";
    Ze = "line-suffix-boundary";
    ke = "line";
    et = "label";
    Le = "break-parent";
    Bn = /* @__PURE__ */ new Set([ft, Te, Se, Qe, be, Ee, we, Xe, Je, Ze, ke, et, Le]);
    me = Hb;
    Vb = (e) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(e);
    Ka = class extends Error {
      name = "InvalidDocError";
      constructor(t) {
        super(Gb(t)), this.doc = t;
      }
    };
    yt = Ka;
    Up = {};
    Hp = jb;
    Ie = sr;
    Pn = sr;
    jp = sr;
    Wp = sr;
    Wt = { type: Le };
    Nn = { type: ke };
    On = { type: ke, soft: true };
    Lr = { type: ke, hard: true };
    J = [Lr, Wt];
    Yb = { type: ke, hard: true, literal: true };
    Ar = [Yb, Wt];
    $b = "cr";
    Kb = "crlf";
    Qb = "\r";
    Xb = `\r
`;
    Jb = `
`;
    Zb = Jb;
    Kp = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    Qp = 12288;
    Xp = 65510;
    Jp = [12288, 12288, 65281, 65376, 65504, 65510];
    Zp = 4352;
    eh = 262141;
    Qa = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
    Xa = (e, t) => {
      let r = 0, n = Math.floor(e.length / 2) - 1;
      for (; r <= n; ) {
        let i = Math.floor((r + n) / 2), u = i * 2;
        if (t < e[u]) n = i - 1;
        else if (t > e[u + 1]) r = i + 1;
        else return true;
      }
      return false;
    };
    th = 19968;
    [eE, tE] = rE(Qa);
    Rn = (e) => e < Qp || e > Xp ? false : Xa(Jp, e);
    Ja = (e) => e >= eE && e <= tE ? true : e < Zp || e > eh ? false : Xa(Qa, e);
    nE = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
    rh = (e) => nE.test(e);
    iE = /[^\x20-\x7F]/;
    aE = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
    Ir = uE;
    oE = { type: 0 };
    sE = { type: 1 };
    Za = { value: "", length: 0, queue: [], get root() {
      return Za;
    } };
    eu = class {
      #e = [];
      #t = "";
      #n = 0;
      #i = [];
      #r = [];
      #a() {
        let t = this.#t;
        t !== "" && (this.#e.push(t), this.#n += t.length, this.#t = "");
        for (let r of this.#r) this.#i.push(Math.min(r, this.#n));
        this.#r.length = 0;
      }
      markPosition() {
        if (this.#i.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
        this.#r.push(this.#n + this.#t.length);
      }
      write(t) {
        this.#t += t;
      }
      trim() {
        let { text: t, count: r } = Mn(this.#t);
        return this.#t = t, this.#a(), r;
      }
      finish() {
        return this.#a(), { text: this.#e.join(""), positions: this.#i };
      }
    };
    uh = eu;
    ve = /* @__PURE__ */ Symbol("MODE_BREAK");
    ze = /* @__PURE__ */ Symbol("MODE_FLAT");
    tu = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
    cE = Array.prototype.toReversed ?? function() {
      return [...this].reverse();
    };
    fE = Bt("toReversed", function() {
      if (Array.isArray(this)) return cE;
    });
    oh = fE;
    hE = pE();
    lh = (e) => String(e).split(/[/\\]/).pop();
    ch = (e) => String(e).startsWith("file:");
    gE = void 0;
    nu = xE;
    iu = kE;
    FE = function() {
      let e = this.Parser.prototype;
      e.blockMethods = ["frontMatter", ...e.blockMethods], e.blockTokenizers.frontMatter = t;
      function t(r, n) {
        let { frontMatter: i } = je(n);
        if (i) return r(i.raw)({ ...i, type: "frontMatter" });
      }
      t.onlyAtStart = true;
    };
    hh = FE;
    mh = /(?:[\u{2c7}\u{2c9}-\u{2cb}\u{2d9}\u{2ea}-\u{2eb}\u{305}\u{323}\u{1100}-\u{11ff}\u{2e80}-\u{2e99}\u{2e9b}-\u{2ef3}\u{2f00}-\u{2fd5}\u{2ff0}-\u{303f}\u{3041}-\u{3096}\u{3099}-\u{30ff}\u{3105}-\u{312f}\u{3131}-\u{318e}\u{3190}-\u{4dbf}\u{4e00}-\u{9fff}\u{a700}-\u{a707}\u{a960}-\u{a97c}\u{ac00}-\u{d7a3}\u{d7b0}-\u{d7c6}\u{d7cb}-\u{d7fb}\u{f900}-\u{fa6d}\u{fa70}-\u{fad9}\u{fe10}-\u{fe1f}\u{fe30}-\u{fe6f}\u{ff00}-\u{ffef}\u{16fe3}\u{16ff2}-\u{16ff6}\u{1aff0}-\u{1aff3}\u{1aff5}-\u{1affb}\u{1affd}-\u{1affe}\u{1b000}-\u{1b128}\u{1b132}\u{1b150}-\u{1b152}\u{1b155}\u{1b164}-\u{1b168}\u{1f200}\u{1f250}-\u{1f251}\u{20000}-\u{2a6df}\u{2a700}-\u{2b81e}\u{2b820}-\u{2cead}\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{33479}])(?:[\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}])?/u;
    tt = new RegExp("(?:[\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}\\u{3000}\\u{ff5e}]|\\p{General_Category=Connector_Punctuation}|\\p{General_Category=Dash_Punctuation}|\\p{General_Category=Close_Punctuation}|\\p{General_Category=Final_Punctuation}|\\p{General_Category=Initial_Punctuation}|\\p{General_Category=Other_Punctuation}|\\p{General_Category=Open_Punctuation})", "u");
    au = /* @__PURE__ */ new Set(["liquidNode", "inlineCode", "emphasis", "esComment", "strong", "delete", "wikiLink", "link", "linkReference", "image", "imageReference", "footnote", "footnoteReference", "sentence", "whitespace", "word", "break", "inlineMath"]);
    Br = /* @__PURE__ */ new Set([...au, "tableCell", "paragraph", "heading"]);
    Kt = "non-cjk";
    Ae = "cj-letter";
    rt = "k-letter";
    qr = "cjk-punctuation";
    bE = new RegExp("\\p{Script_Extensions=Hangul}", "u");
    Xt = (e) => e?.type === "whitespace" && e.value === `
`;
    Dh = EE;
    wE = function() {
      let e = this.Parser.prototype, t = e.inlineMethods;
      t.splice(t.indexOf("text"), 0, "liquid"), e.inlineTokenizers.liquid = r;
      function r(n, i) {
        let u = i.match(/^(\{%.*?%\}|\{\{.*?\}\})/s);
        if (u) return n(u[0])({ type: "liquidNode", value: u[0] });
      }
      r.locator = function(n, i) {
        return n.indexOf("{", i);
      };
    };
    gh = wE;
    CE = function() {
      let e = "wikiLink", t = /^\[\[(?<linkContents>.+?)\]\]/s, r = this.Parser.prototype, n = r.inlineMethods;
      n.splice(n.indexOf("link"), 0, e), r.inlineTokenizers.wikiLink = i;
      function i(u, a) {
        let o = t.exec(a);
        if (o) {
          let s = o.groups.linkContents.trim();
          return u(o[0])({ type: e, value: s });
        }
      }
      i.locator = function(u, a) {
        return u.indexOf("[", a);
      };
    };
    xh = CE;
    wh = "format";
    Ch = /<!--\s*@(?:noformat|noprettier)\s*-->|\{\s*\/\*\s*@(?:noformat|noprettier)\s*\*\/\s*\}|<!--.*\r?\n[\s\S]*(^|\n)[^\S\n]*@(?:noformat|noprettier)[^\S\n]*($|\n)[\s\S]*\n.*-->/m;
    yh = /<!--\s*@(?:format|prettier)\s*-->|\{\s*\/\*\s*@(?:format|prettier)\s*\*\/\s*\}|<!--.*\r?\n[\s\S]*(^|\n)[^\S\n]*@(?:format|prettier)[^\S\n]*($|\n)[\s\S]*\n.*-->/m;
    Gn = (e) => je(e).content.trimStart().match(yh)?.index === 0;
    vh = (e) => je(e).content.trimStart().match(Ch)?.index === 0;
    Ah = (e) => {
      let { frontMatter: t } = je(e), r = `<!-- @${wh} -->`;
      return t ? `${t.raw}

${r}

${e.slice(t.end.index)}` : `${r}

${e}`;
    };
    yE = Th(Ui);
    vE = Th(ou);
    ku = {};
    zr(ku, { mdast: () => yw });
    Sh = AE;
    Ih = SE;
    cu = Tt(kn(), 1);
    IE = /* @__PURE__ */ new Set(["position", "raw"]);
    fu.ignoredProperties = IE;
    im = Tt(kn(), 1);
    qh = qE;
    Bh = Object.freeze({ character: "'", codePoint: 39 });
    _h = Object.freeze({ character: '"', codePoint: 34 });
    BE = Object.freeze({ preferred: Bh, alternate: _h });
    _E = Object.freeze({ preferred: _h, alternate: Bh });
    hu = class extends Error {
      name = "UnexpectedNodeError";
      constructor(t, r, n = "type") {
        super(`Unexpected ${r} node ${n}: ${JSON.stringify(t[n])}.`), this.node = t;
      }
    };
    Nh = hu;
    NE = /* @__PURE__ */ new Set(["listItem", "definition"]);
    UE = 999999999;
    GE = /* @__PURE__ */ new Set(["tableCell", "link", "wikiLink"]);
    Kh = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    JE = /^(?:=+|-+)$/;
    rw = /&(?=(?:#\d{1,7}|#x[\da-f]{1,6}|[\da-z]{1,31});)/gi;
    am = (e) => Q(0, e, rw, "\\&");
    gu = class {
      #e;
      constructor(t) {
        this.#e = new Set(t);
      }
      getLeadingWhitespaceCount(t) {
        let r = this.#e, n = 0;
        for (let i = 0; i < t.length && r.has(t.charAt(i)); i++) n++;
        return n;
      }
      getTrailingWhitespaceCount(t) {
        let r = this.#e, n = 0;
        for (let i = t.length - 1; i >= 0 && r.has(t.charAt(i)); i--) n++;
        return n;
      }
      getLeadingWhitespace(t) {
        let r = this.getLeadingWhitespaceCount(t);
        return t.slice(0, r);
      }
      getTrailingWhitespace(t) {
        let r = this.getTrailingWhitespaceCount(t);
        return t.slice(t.length - r);
      }
      hasLeadingWhitespace(t) {
        return this.#e.has(t.charAt(0));
      }
      hasTrailingWhitespace(t) {
        return this.#e.has(K(0, t, -1));
      }
      trimStart(t) {
        let r = this.getLeadingWhitespaceCount(t);
        return t.slice(r);
      }
      trimEnd(t) {
        let r = this.getTrailingWhitespaceCount(t);
        return t.slice(0, t.length - r);
      }
      trim(t) {
        return this.trimEnd(this.trimStart(t));
      }
      split(t, r = false) {
        let n = `[${We([...this.#e].join(""))}]+`, i = new RegExp(r ? `(${n})` : n);
        return t.split(i);
      }
      hasWhitespaceCharacter(t) {
        let r = this.#e;
        return Array.prototype.some.call(t, (n) => r.has(n));
      }
      hasNonWhitespaceCharacter(t) {
        let r = this.#e;
        return Array.prototype.some.call(t, (n) => !r.has(n));
      }
      isWhitespaceOnly(t) {
        let r = this.#e;
        return Array.prototype.every.call(t, (n) => r.has(n));
      }
      #t(t) {
        let r = Number.POSITIVE_INFINITY;
        for (let n of t.split(`
`)) {
          if (n.length === 0) continue;
          let i = this.getLeadingWhitespaceCount(n);
          if (i === 0) return 0;
          n.length !== i && i < r && (r = i);
        }
        return r === Number.POSITIVE_INFINITY ? 0 : r;
      }
      dedentString(t) {
        let r = this.#t(t);
        return r === 0 ? t : t.split(`
`).map((n) => n.slice(r)).join(`
`);
      }
    };
    um = gu;
    nw = ["	", `
`, "\f", "\r", " "];
    iw = new um(nw);
    Or = iw;
    ow = /(?<!\\)(?:\\\\)*(?:&NewLine;|&#0*10;|&#[Xx]0*[Aa];)/g;
    sw = /^\\?.$/su;
    lw = /^\n *>[ >]*$/;
    lm = cw;
    Rr = null;
    Ew = 10;
    for (let e = 0; e <= Ew; e++) Mr();
    cm = ww;
    le = [["children"]];
    fm = { root: le[0], paragraph: le[0], sentence: le[0], word: [], whitespace: [], emphasis: le[0], strong: le[0], delete: le[0], inlineCode: [], wikiLink: [], link: le[0], image: [], blockquote: le[0], heading: le[0], code: [], html: [], list: le[0], thematicBreak: [], linkReference: le[0], imageReference: [], definition: [], footnote: le[0], footnoteReference: [], footnoteDefinition: le[0], table: le[0], tableCell: le[0], break: [], liquidNode: [], import: [], export: [], esComment: [], jsx: [], math: [], inlineMath: [], tableRow: le[0], listItem: le[0], text: [] };
    Cw = cm(fm);
    pm = Cw;
    yw = { features: { experimental_frontMatterSupport: { massageAstNode: true, embed: true, print: true } }, preprocess: lm, print: Du, embed: Ih, massageAstNode: fu, hasPrettierIgnore: dh, insertPragma: Ah, getVisitorKeys: pm, printPrettierIgnored: pu };
  }
});
init_markdown();
export {
  hm as default,
  vu as languages,
  Au as options,
  su as parsers,
  ku as printers
};
