import { createRequire as __migraphCreateRequire } from 'node:module'; const require = __migraphCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b2) => (typeof require !== "undefined" ? require : a)[b2]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/frameworks/ordered/types.ts
var RUNNERS = [
  "prisma",
  "supabase",
  "flyway",
  "golang-migrate",
  "rails",
  "laravel",
  "goose",
  "dbmate",
  "sqlx",
  "knex",
  "typeorm",
  "sequelize",
  "ecto",
  "drizzle",
  "custom"
];

// src/model.ts
var SEVERITIES = ["error", "warning", "notice"];
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
var FRAMEWORKS = ["django", "alembic", ...RUNNERS];
var UsageError = class extends Error {
  name = "UsageError";
};
function messageOf(err) {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

// node_modules/@dagrejs/graphlib/dist/graphlib.esm.js
var V = Object.defineProperty;
var x = (s, e) => {
  for (var t2 in e) V(s, t2, { get: e[t2], enumerable: true });
};
var p = class {
  constructor(e) {
    this._isDirected = true;
    this._isMultigraph = false;
    this._isCompound = false;
    this._nodes = {};
    this._in = {};
    this._preds = {};
    this._out = {};
    this._sucs = {};
    this._edgeObjs = {};
    this._edgeLabels = {};
    this._nodeCount = 0;
    this._edgeCount = 0;
    this._defaultNodeLabelFn = () => {
    };
    this._defaultEdgeLabelFn = () => {
    };
    e && (this._isDirected = "directed" in e ? e.directed : true, this._isMultigraph = "multigraph" in e ? e.multigraph : false, this._isCompound = "compound" in e ? e.compound : false), this._isCompound && (this._parent = {}, this._children = {}, this._children["\0"] = {});
  }
  isDirected() {
    return this._isDirected;
  }
  isMultigraph() {
    return this._isMultigraph;
  }
  isCompound() {
    return this._isCompound;
  }
  setGraph(e) {
    return this._label = e, this;
  }
  graph() {
    return this._label;
  }
  setDefaultNodeLabel(e) {
    return typeof e != "function" ? this._defaultNodeLabelFn = () => e : this._defaultNodeLabelFn = e, this;
  }
  nodeCount() {
    return this._nodeCount;
  }
  nodes() {
    return Object.keys(this._nodes);
  }
  sources() {
    return this.nodes().filter((e) => Object.keys(this._in[e]).length === 0);
  }
  sinks() {
    return this.nodes().filter((e) => Object.keys(this._out[e]).length === 0);
  }
  setNodes(e, t2) {
    return e.forEach((r) => {
      t2 !== void 0 ? this.setNode(r, t2) : this.setNode(r);
    }), this;
  }
  setNode(e, t2) {
    return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = t2), this) : (this._nodes[e] = arguments.length > 1 ? t2 : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = true), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
  }
  node(e) {
    return this._nodes[e];
  }
  hasNode(e) {
    return e in this._nodes;
  }
  removeNode(e) {
    if (e in this._nodes) {
      let t2 = (r) => this.removeEdge(this._edgeObjs[r]);
      delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((r) => {
        this.setParent(r);
      }), delete this._children[e]), Object.keys(this._in[e]).forEach(t2), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(t2), delete this._out[e], delete this._sucs[e], --this._nodeCount;
    }
    return this;
  }
  setParent(e, t2) {
    if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
    if (t2 === void 0) t2 = "\0";
    else {
      t2 += "";
      for (let r = t2; r !== void 0; r = this.parent(r)) if (r === e) throw new Error("Setting " + t2 + " as parent of " + e + " would create a cycle");
      this.setNode(t2);
    }
    return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = t2, this._children[t2][e] = true, this;
  }
  parent(e) {
    if (this._isCompound) {
      let t2 = this._parent[e];
      if (t2 !== "\0") return t2;
    }
  }
  children(e = "\0") {
    if (this._isCompound) {
      let t2 = this._children[e];
      if (t2) return Object.keys(t2);
    } else {
      if (e === "\0") return this.nodes();
      if (this.hasNode(e)) return [];
    }
    return [];
  }
  predecessors(e) {
    let t2 = this._preds[e];
    if (t2) return Object.keys(t2);
  }
  successors(e) {
    let t2 = this._sucs[e];
    if (t2) return Object.keys(t2);
  }
  neighbors(e) {
    let t2 = this.predecessors(e);
    if (t2) {
      let r = new Set(t2), i = this.successors(e);
      if (i) for (let n of i) r.add(n);
      return Array.from(r.values());
    }
  }
  isLeaf(e) {
    var r;
    let t2;
    return this.isDirected() ? t2 = this.successors(e) : t2 = this.neighbors(e), ((r = t2 == null ? void 0 : t2.length) != null ? r : 0) === 0;
  }
  filterNodes(e) {
    let t2 = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
    t2.setGraph(this.graph()), Object.entries(this._nodes).forEach(([n, o]) => {
      e(n) && t2.setNode(n, o);
    }), Object.values(this._edgeObjs).forEach((n) => {
      t2.hasNode(n.v) && t2.hasNode(n.w) && t2.setEdge(n, this.edge(n));
    });
    let r = {}, i = (n) => {
      let o = this.parent(n);
      return !o || t2.hasNode(o) ? (r[n] = o, o) : o in r ? r[o] : i(o);
    };
    return this._isCompound && t2.nodes().forEach((n) => t2.setParent(n, i(n))), t2;
  }
  setDefaultEdgeLabel(e) {
    return typeof e != "function" ? this._defaultEdgeLabelFn = () => e : this._defaultEdgeLabelFn = e, this;
  }
  edgeCount() {
    return this._edgeCount;
  }
  edges() {
    return Object.values(this._edgeObjs);
  }
  setPath(e, t2) {
    return e.reduce((r, i) => (t2 !== void 0 ? this.setEdge(r, i, t2) : this.setEdge(r, i), i)), this;
  }
  setEdge(e, t2, r, i) {
    let n, o, d, h, c = false;
    typeof e == "object" && e !== null && "v" in e ? (n = e.v, o = e.w, d = e.name, arguments.length === 2 && (h = t2, c = true)) : (n = e, o = t2, d = i, arguments.length > 2 && (h = r, c = true)), n = "" + n, o = "" + o, d !== void 0 && (d = "" + d);
    let a = _(this._isDirected, n, o, d);
    if (a in this._edgeLabels) return c && (this._edgeLabels[a] = h), this;
    if (d !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(n), this.setNode(o), this._edgeLabels[a] = c ? h : this._defaultEdgeLabelFn(n, o, d);
    let u = J(this._isDirected, n, o, d);
    return n = u.v, o = u.w, Object.freeze(u), this._edgeObjs[a] = u, R(this._preds[o], n), R(this._sucs[n], o), this._in[o][a] = u, this._out[n][a] = u, this._edgeCount++, this;
  }
  edge(e, t2, r) {
    let i = arguments.length === 1 ? G(this._isDirected, e) : _(this._isDirected, e, t2, r);
    return this._edgeLabels[i];
  }
  edgeAsObj(e, t2, r) {
    let i = arguments.length === 1 ? this.edge(e) : this.edge(e, t2, r);
    return typeof i != "object" || i === null ? { label: i } : i;
  }
  hasEdge(e, t2, r) {
    return (arguments.length === 1 ? G(this._isDirected, e) : _(this._isDirected, e, t2, r)) in this._edgeLabels;
  }
  removeEdge(e, t2, r) {
    let i = arguments.length === 1 ? G(this._isDirected, e) : _(this._isDirected, e, t2, r), n = this._edgeObjs[i];
    if (n) {
      let o = n.v, d = n.w;
      delete this._edgeLabels[i], delete this._edgeObjs[i], k(this._preds[d], o), k(this._sucs[o], d), delete this._in[d][i], delete this._out[o][i], this._edgeCount--;
    }
    return this;
  }
  inEdges(e, t2) {
    return this.isDirected() ? this.filterEdges(this._in[e], e, t2) : this.nodeEdges(e, t2);
  }
  outEdges(e, t2) {
    return this.isDirected() ? this.filterEdges(this._out[e], e, t2) : this.nodeEdges(e, t2);
  }
  nodeEdges(e, t2) {
    if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, t2);
  }
  _removeFromParentsChildList(e) {
    delete this._children[this._parent[e]][e];
  }
  filterEdges(e, t2, r) {
    if (!e) return;
    let i = Object.values(e);
    return r ? i.filter((n) => n.v === t2 && n.w === r || n.v === r && n.w === t2) : i;
  }
};
function R(s, e) {
  s[e] ? s[e]++ : s[e] = 1;
}
function k(s, e) {
  s[e] !== void 0 && !--s[e] && delete s[e];
}
function _(s, e, t2, r) {
  let i = "" + e, n = "" + t2;
  if (!s && i > n) {
    let o = i;
    i = n, n = o;
  }
  return i + "" + n + "" + (r === void 0 ? "\0" : r);
}
function J(s, e, t2, r) {
  let i = "" + e, n = "" + t2;
  if (!s && i > n) {
    let d = i;
    i = n, n = d;
  }
  let o = { v: i, w: n };
  return r && (o.name = r), o;
}
function G(s, e) {
  return _(s, e.v, e.w, e.name);
}
var v = {};
x(v, { read: () => K, write: () => U });
function U(s) {
  let e = { options: { directed: s.isDirected(), multigraph: s.isMultigraph(), compound: s.isCompound() }, nodes: Y(s), edges: z(s) }, t2 = s.graph();
  return t2 !== void 0 && (e.value = structuredClone(t2)), e;
}
function Y(s) {
  return s.nodes().map((e) => {
    let t2 = s.node(e), r = s.parent(e), i = { v: e };
    return t2 !== void 0 && (i.value = t2), r !== void 0 && (i.parent = r), i;
  });
}
function z(s) {
  return s.edges().map((e) => {
    let t2 = s.edge(e), r = { v: e.v, w: e.w };
    return e.name !== void 0 && (r.name = e.name), t2 !== void 0 && (r.value = t2), r;
  });
}
function K(s) {
  let e = new p(s.options);
  return s.value !== void 0 && e.setGraph(s.value), s.nodes.forEach((t2) => {
    e.setNode(t2.v, t2.value), t2.parent != null && e.setParent(t2.v, t2.parent);
  }), s.edges.forEach((t2) => {
    e.setEdge({ v: t2.v, w: t2.w, name: t2.name }, t2.value);
  }), e;
}
var F = {};
x(F, { CycleException: () => l, bellmanFord: () => y, components: () => P, dijkstra: () => E, dijkstraAll: () => j, findCycles: () => I, floydWarshall: () => D, isAcyclic: () => O, postorder: () => A, preorder: () => W, prim: () => S, shortestPaths: () => M, tarjan: () => L, topsort: () => w });
var Q = () => 1;
function y(s, e, t2, r) {
  return $(s, String(e), t2 || Q, r || function(i) {
    var n;
    return (n = s.outEdges(i)) != null ? n : [];
  });
}
function $(s, e, t2, r) {
  let i = {}, n, o = 0, d = s.nodes(), h = function(u) {
    let g = i[u.v], f = i[u.w];
    if (!g || !f) return;
    let m = t2(u);
    g.distance + m < f.distance && (i[u.w] = { distance: g.distance + m, predecessor: u.v }, n = true);
  }, c = function() {
    d.forEach(function(u) {
      r(u).forEach(function(g) {
        let f = g.v === u ? g.v : g.w, m = f === g.v ? g.w : g.v;
        h({ v: f, w: m });
      });
    });
  };
  d.forEach(function(u) {
    let g = u === e ? 0 : Number.POSITIVE_INFINITY;
    i[u] = { distance: g, predecessor: "" };
  });
  let a = d.length;
  for (let u = 1; u < a && (n = false, o++, c(), !!n); u++) ;
  if (o === a - 1 && (n = false, c(), n)) throw new Error("The graph contains a negative weight cycle");
  return i;
}
function P(s) {
  let e = {}, t2 = [], r;
  function i(n) {
    var o, d;
    n in e || (e[n] = true, r.push(n), (o = s.successors(n)) == null || o.forEach(i), (d = s.predecessors(n)) == null || d.forEach(i));
  }
  return s.nodes().forEach(function(n) {
    r = [], i(n), r.length && t2.push(r);
  }), t2;
}
var b = class {
  constructor() {
    this._arr = [];
    this._keyIndices = {};
  }
  size() {
    return this._arr.length;
  }
  keys() {
    return this._arr.map((e) => e.key);
  }
  has(e) {
    return e in this._keyIndices;
  }
  priority(e) {
    let t2 = this._keyIndices[e];
    if (t2 !== void 0) return this._arr[t2].priority;
  }
  min() {
    if (this.size() === 0) throw new Error("Queue underflow");
    return this._arr[0].key;
  }
  add(e, t2) {
    let r = this._keyIndices, i = String(e);
    if (!(i in r)) {
      let n = this._arr, o = n.length;
      return r[i] = o, n.push({ key: i, priority: t2 }), this._decrease(o), true;
    }
    return false;
  }
  removeMin() {
    if (this.size() === 0) throw new Error("Queue underflow");
    this._swap(0, this._arr.length - 1);
    let e = this._arr.pop();
    return delete this._keyIndices[e.key], this._heapify(0), e.key;
  }
  decrease(e, t2) {
    let r = this._keyIndices[e];
    if (r === void 0) throw new Error(`Key not found: ${e}`);
    let i = this._arr[r].priority;
    if (t2 > i) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${i} New: ${t2}`);
    this._arr[r].priority = t2, this._decrease(r);
  }
  _heapify(e) {
    let t2 = this._arr, r = 2 * e, i = r + 1, n = e;
    r < t2.length && (n = t2[r].priority < t2[n].priority ? r : n, i < t2.length && (n = t2[i].priority < t2[n].priority ? i : n), n !== e && (this._swap(e, n), this._heapify(n)));
  }
  _decrease(e) {
    let t2 = this._arr, r = t2[e].priority, i;
    for (; e !== 0 && (i = e >> 1, !(t2[i].priority < r)); ) this._swap(e, i), e = i;
  }
  _swap(e, t2) {
    let r = this._arr, i = this._keyIndices, n = r[e], o = r[t2];
    r[e] = o, r[t2] = n, i[o.key] = e, i[n.key] = t2;
  }
};
var q = () => 1;
function E(s, e, t2, r) {
  let i = function(n) {
    var o;
    return (o = s.outEdges(n)) != null ? o : [];
  };
  return B(s, String(e), t2 || q, r || i);
}
function B(s, e, t2, r) {
  let i = {}, n = new b(), o, d, h = function(c) {
    let a = c.v !== o ? c.v : c.w, u = i[a];
    if (!u) return;
    let g = t2(c), f = d.distance + g;
    if (g < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + c + " Weight: " + g);
    f < u.distance && (u.distance = f, u.predecessor = o, n.decrease(a, f));
  };
  for (s.nodes().forEach(function(c) {
    let a = c === e ? 0 : Number.POSITIVE_INFINITY;
    i[c] = { distance: a, predecessor: "" }, n.add(c, a);
  }); n.size() > 0; ) {
    o = n.removeMin();
    let c = i[o];
    if (!c || c.distance === Number.POSITIVE_INFINITY) break;
    d = c, r(o).forEach(h);
  }
  return i;
}
function j(s, e, t2) {
  return s.nodes().reduce(function(r, i) {
    return r[i] = E(s, i, e, t2), r;
  }, {});
}
function L(s) {
  let e = 0, t2 = [], r = {}, i = [];
  function n(o) {
    var h;
    let d = r[o] = { onStack: true, lowlink: e, index: e++ };
    if (t2.push(o), (h = s.successors(o)) == null || h.forEach(function(c) {
      if (c in r) {
        let a = r[c];
        a != null && a.onStack && (d.lowlink = Math.min(d.lowlink, a.index));
      } else {
        n(c);
        let a = r[c];
        a && (d.lowlink = Math.min(d.lowlink, a.lowlink));
      }
    }), d.lowlink === d.index) {
      let c = [], a;
      do {
        a = t2.pop();
        let u = r[a];
        u && (u.onStack = false), c.push(a);
      } while (o !== a);
      i.push(c);
    }
  }
  return s.nodes().forEach(function(o) {
    o in r || n(o);
  }), i;
}
function I(s) {
  return L(s).filter(function(e) {
    var r;
    let t2 = e[0];
    return t2 ? e.length > 1 || e.length === 1 && ((r = s.outEdges(t2, t2)) != null ? r : []).length > 0 : false;
  });
}
var X = () => 1;
function D(s, e, t2) {
  return Z(s, e || X, t2 || function(r) {
    var i;
    return (i = s.outEdges(r)) != null ? i : [];
  });
}
function Z(s, e, t2) {
  let r = {}, i = s.nodes();
  return i.forEach(function(n) {
    let o = {};
    r[n] = o, o[n] = { distance: 0, predecessor: "" }, i.forEach(function(d) {
      n !== d && (o[d] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), t2(n).forEach(function(d) {
      let h = d.v === n ? d.w : d.v, c = e(d);
      o[h] = { distance: c, predecessor: n };
    });
  }), i.forEach(function(n) {
    let o = r[n];
    o && i.forEach(function(d) {
      let h = r[d];
      h && i.forEach(function(c) {
        let a = h[n], u = o[c], g = h[c];
        if (a && u && g) {
          let f = a.distance + u.distance;
          f < g.distance && (g.distance = f, g.predecessor = u.predecessor);
        }
      });
    });
  }), r;
}
var l = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function w(s) {
  let e = {}, t2 = {}, r = [];
  function i(n) {
    var o;
    if (n in t2) throw new l();
    n in e || (t2[n] = true, e[n] = true, (o = s.predecessors(n)) == null || o.forEach(i), delete t2[n], r.push(n));
  }
  if (s.sinks().forEach(i), Object.keys(e).length !== s.nodeCount()) throw new l();
  return r;
}
function O(s) {
  try {
    w(s);
  } catch (e) {
    if (e instanceof l) return false;
    throw e;
  }
  return true;
}
function C(s, e, t2, r, i) {
  Array.isArray(e) || (e = [e]);
  let n = ((d) => {
    var h;
    return (h = s.isDirected() ? s.successors(d) : s.neighbors(d)) != null ? h : [];
  }), o = {};
  return e.forEach(function(d) {
    if (!s.hasNode(d)) throw new Error("Graph does not have node: " + d);
    i = T(s, d, t2 === "post", o, n, r, i);
  }), i;
}
function T(s, e, t2, r, i, n, o) {
  return e in r || (r[e] = true, t2 || (o = n(o, e)), i(e).forEach(function(d) {
    o = T(s, d, t2, r, i, n, o);
  }), t2 && (o = n(o, e))), o;
}
function N(s, e, t2) {
  return C(s, e, t2, function(r, i) {
    return r.push(i), r;
  }, []);
}
function A(s, e) {
  return N(s, e, "post");
}
function W(s, e) {
  return N(s, e, "pre");
}
function S(s, e) {
  var c;
  let t2 = new p(), r = {}, i = new b(), n;
  function o(a) {
    let u = a.v === n ? a.w : a.v, g = i.priority(u);
    if (g !== void 0) {
      let f = e(a);
      f < g && (r[u] = n, i.decrease(u, f));
    }
  }
  if (s.nodeCount() === 0) return t2;
  s.nodes().forEach(function(a) {
    i.add(a, Number.POSITIVE_INFINITY), t2.setNode(a);
  });
  let d = s.nodes()[0];
  d !== void 0 && i.decrease(d, 0);
  let h = false;
  for (; i.size() > 0; ) {
    if (n = i.removeMin(), n in r) t2.setEdge(n, r[n]);
    else {
      if (h) throw new Error("Input graph is not connected: " + s);
      h = true;
    }
    (c = s.nodeEdges(n)) == null || c.forEach(o);
  }
  return t2;
}
function M(s, e, t2, r) {
  return ee(s, e, t2, r != null ? r : ((i) => {
    var n;
    return (n = s.outEdges(i)) != null ? n : [];
  }));
}
function ee(s, e, t2, r) {
  if (t2 === void 0) return E(s, e, t2, r);
  let i = false, n = s.nodes();
  for (let o = 0; o < n.length; o++) {
    let d = n[o];
    if (d === void 0) continue;
    let h = r(d);
    for (let c = 0; c < h.length; c++) {
      let a = h[c];
      if (!a) continue;
      let u = a.v === d ? a.v : a.w, g = u === a.v ? a.w : a.v;
      t2({ v: u, w: g }) < 0 && (i = true);
    }
    if (i) return y(s, e, t2, r);
  }
  return E(s, e, t2, r);
}

// src/graph/dag.ts
var Dag = class {
  entries = /* @__PURE__ */ new Map();
  setNode(key, value) {
    const entry = this.entries.get(key);
    if (entry) entry.value = value;
    else this.entries.set(key, { value, parents: [], children: [], childEntries: [], pending: 0, extra: void 0, seen: 0, key });
  }
  hasNode(key) {
    return this.entries.has(key);
  }
  node(key) {
    return this.entries.get(key)?.value;
  }
  nodes() {
    return this.entries.keys();
  }
  get size() {
    return this.entries.size;
  }
  /** Adds the edge parent -> child (once); both nodes must exist. */
  setEdge(parent, child) {
    const p2 = this.entries.get(parent);
    if (p2.children.includes(child)) return;
    const c = this.entries.get(child);
    p2.children.push(child);
    p2.childEntries.push(c);
    c.parents.push(parent);
  }
  removeNode(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const p2 of entry.parents) {
      const parent = this.entries.get(p2);
      if (!parent) continue;
      const i = parent.children.indexOf(key);
      if (i >= 0) {
        parent.children.splice(i, 1);
        parent.childEntries.splice(i, 1);
      }
    }
    for (const c of entry.children) remove(this.entries.get(c)?.parents, key);
    this.entries.delete(key);
  }
  walks = 0;
  /**
   * Depth-first over `key` and its descendants: a stack, children pushed in order, each node visited
   * once when popped. Marks live on the entries, so a walk over 10,000 nodes allocates no set.
   */
  walkDown(key, visit) {
    const start = this.entries.get(key);
    if (!start) return;
    const walk = ++this.walks;
    const todo = [start];
    while (todo.length) {
      const entry = todo.pop();
      if (entry.seen === walk) continue;
      entry.seen = walk;
      const children = entry.childEntries;
      for (let i = 0; i < children.length; i++) todo.push(children[i]);
      visit(entry.key);
    }
  }
  predecessors(key) {
    return this.entries.get(key)?.parents ?? EMPTY;
  }
  successors(key) {
    return this.entries.get(key)?.children ?? EMPTY;
  }
  /**
   * Every cycle (strongly connected component with a loop), each as the list of its keys. `extra` adds
   * edges for this question only (parent -> children), e.g. Alembic's depends_on next to down_revision.
   */
  cycles(extra) {
    for (const entry of this.entries.values()) {
      entry.pending = entry.parents.length;
      entry.extra = void 0;
    }
    if (extra) {
      for (const [key, children] of extra) {
        const list = children.map((c) => this.entries.get(c));
        for (const c of list) c.pending++;
        this.entries.get(key).extra = list;
      }
    }
    const ready = [];
    for (const entry of this.entries.values()) if (entry.pending === 0) ready.push(entry);
    let removed = 0;
    while (ready.length) {
      const entry = ready.pop();
      removed++;
      const children = entry.childEntries;
      for (let i = 0; i < children.length; i++) if (--children[i].pending === 0) ready.push(children[i]);
      if (entry.extra) {
        for (const c of entry.extra) if (--c.pending === 0) ready.push(c);
      }
    }
    if (removed === this.entries.size) return [];
    const rest = new p({ directed: true });
    for (const [key, entry] of this.entries) if (entry.pending > 0) rest.setNode(key);
    for (const [key, entry] of this.entries) {
      if (entry.pending === 0) continue;
      const children = [...entry.children, ...extra?.get(key) ?? []];
      for (const c of children) if (this.entries.get(c).pending > 0) rest.setEdge(key, c);
    }
    return F.findCycles(rest);
  }
};
var EMPTY = [];
function remove(list, item) {
  const i = list?.indexOf(item) ?? -1;
  if (i >= 0) list.splice(i, 1);
}

// src/graph/django.ts
var keyOf = (app, name2) => `${app}.${name2}`;
function splitKey(key) {
  const dot2 = key.indexOf(".");
  return { app: key.slice(0, dot2), name: key.slice(dot2 + 1) };
}
var isMarker = (name2) => name2 === "__first__" || name2 === "__latest__";
function buildDjangoGraph(input) {
  const g = new Dag();
  const disk = /* @__PURE__ */ new Map();
  const keysByApp = /* @__PURE__ */ new Map();
  const migrations = [...input.migrations].sort((a, b2) => cmp(a.app, b2.app) || cmp(a.name, b2.name));
  for (const m of migrations) {
    const key = keyOf(m.app, m.name);
    disk.set(key, m);
    g.setNode(key, { app: m.app, name: m.name, migration: m, origins: [] });
    const keys = keysByApp.get(m.app);
    if (keys) keys.push(key);
    else keysByApp.set(m.app, [key]);
  }
  const external = [];
  const unresolved = [];
  const noMigrations = [];
  const placeholder = (k2) => {
    let data = g.node(k2);
    if (!data) {
      data = { ...splitKey(k2), origins: [] };
      g.setNode(k2, data);
    }
    return data;
  };
  const addEdge = (parent, child, origin, kind) => {
    const p2 = placeholder(parent);
    const c = placeholder(child);
    const missingSide = !p2.migration ? p2 : !c.migration ? c : void 0;
    if (missingSide) missingSide.origins.push({ origin, kind });
    g.setEdge(parent, child);
  };
  for (const m of migrations) {
    const key = keyOf(m.app, m.name);
    for (const dep of m.parsed.dependencies) {
      const target = resolveSwappable(dep, input.settings, unresolved, originOf(m, dep));
      if (!target || target.app !== m.app || target.name === "__first__") continue;
      addEdge(keyOf(target.app, target.name), key, originOf(m, dep), "dependency");
    }
  }
  const endCache = /* @__PURE__ */ new Map();
  const checkKey = (target, currentApp, origin) => {
    const key = keyOf(target.app, target.name);
    if (!isMarker(target.name) || disk.has(key)) return key;
    if (target.app === currentApp) return void 0;
    if (!input.migratedApps.has(target.app)) {
      external.push({ origin, app: target.app, name: target.name });
      return void 0;
    }
    const cacheKey = `${target.name}:${target.app}`;
    if (!endCache.has(cacheKey)) {
      const ends = appEnds(g, keysByApp.get(target.app) ?? [], target.name === "__first__" ? "roots" : "leaves");
      endCache.set(cacheKey, ends[0]);
    }
    const resolved = endCache.get(cacheKey);
    if (resolved === void 0) {
      noMigrations.push({
        origin,
        target: key,
        kind: "dependency",
        message: `Dependency on app with no migrations: ${target.app}`
      });
    }
    return resolved;
  };
  for (const m of migrations) {
    const key = keyOf(m.app, m.name);
    for (const dep of m.parsed.dependencies) {
      const origin = originOf(m, dep);
      const target = resolveSwappable(dep, input.settings, unresolved, origin);
      if (!target || target.app === m.app) continue;
      if (!isMarker(target.name) && !input.migratedApps.has(target.app) && !disk.has(keyOf(target.app, target.name))) {
        external.push({ origin, app: target.app, name: target.name });
        continue;
      }
      const parent = checkKey(target, m.app, origin);
      if (parent !== void 0) addEdge(parent, key, origin, "dependency");
    }
    for (const ref of m.parsed.runBefore) {
      const origin = originOf(m, ref);
      const target = resolveSwappable(ref, input.settings, unresolved, origin);
      if (!target) continue;
      if (!isMarker(target.name) && !input.migratedApps.has(target.app) && !disk.has(keyOf(target.app, target.name))) {
        external.push({ origin, app: target.app, name: target.name });
        continue;
      }
      const child = checkKey(target, m.app, origin);
      if (child === void 0) continue;
      addEdge(key, child, origin, "run_before");
      if (target.app === m.app) endCache.clear();
    }
  }
  const replacedBy = /* @__PURE__ */ new Map();
  const squashes = migrations.filter((m) => m.parsed.replaces.length > 0);
  const replacedSet = new Set(squashes.flatMap((m) => m.parsed.replaces.map((r) => keyOf(r.app ?? m.app, r.name))));
  squashes.sort((a, b2) => Number(replacedSet.has(keyOf(b2.app, b2.name))) - Number(replacedSet.has(keyOf(a.app, a.name))));
  for (const squash of squashes) {
    const replacement = keyOf(squash.app, squash.name);
    if (!g.hasNode(replacement)) continue;
    const replaced = new Set(squash.parsed.replaces.map((r) => keyOf(r.app ?? squash.app, r.name)));
    for (const old of replaced) {
      if (!g.hasNode(old)) continue;
      for (const child of [...g.successors(old)]) {
        if (!replaced.has(child)) g.setEdge(replacement, child);
      }
      for (const parent of [...g.predecessors(old)]) {
        if (!replaced.has(parent)) g.setEdge(parent, replacement);
      }
      g.removeNode(old);
      replacedBy.set(old, replacement);
    }
  }
  for (const [old, by] of replacedBy) {
    let final = by;
    while (replacedBy.has(final)) final = replacedBy.get(final);
    replacedBy.set(old, final);
  }
  const missing = [...noMigrations];
  const nodes = /* @__PURE__ */ new Map();
  for (const key of g.nodes()) {
    const data = g.node(key);
    if (data.migration) {
      nodes.set(key, data.migration);
      continue;
    }
    for (const { origin, kind } of data.origins) {
      const from = splitKey(origin.key);
      missing.push({
        origin,
        target: key,
        kind,
        message: kind === "dependency" ? `Migration ${from.app}.${from.name} dependencies reference nonexistent parent node ('${data.app}', '${data.name}')` : `Migration ${from.app}.${from.name} run_before references nonexistent child node ('${data.app}', '${data.name}')`
      });
    }
  }
  missing.sort((a, b2) => compareKeys(a.origin.key, b2.origin.key) || a.origin.span.line - b2.origin.span.line);
  const cycles = g.cycles().map((cycle) => [...cycle].sort(compareKeys)).sort((a, b2) => compareKeys(a[0] ?? "", b2[0] ?? ""));
  const leaves = /* @__PURE__ */ new Map();
  for (const [app, keys] of keysByApp) {
    const names = appEnds(g, keys, "leaves").map((k2) => splitKey(k2).name);
    if (names.length) leaves.set(app, names);
  }
  return { graph: g, nodes, disk, leaves, missing, external, cycles, replacedBy, unresolved };
}
function appEnds(g, keys, which) {
  const ends = [];
  for (const key of keys) {
    const data = g.node(key);
    if (!data?.migration) continue;
    const neighbours = which === "roots" ? g.predecessors(key) : g.successors(key);
    let end = true;
    for (const n of neighbours) if (g.node(n).app === data.app) end = false;
    if (end) ends.push(key);
  }
  return ends.sort(compareKeys);
}
function originOf(m, ref) {
  return { key: keyOf(m.app, m.name), file: m.file, span: ref.span };
}
function resolveSwappable(ref, settings, unresolved, origin) {
  if (ref.app !== void 0) return { app: ref.app, name: ref.name };
  const setting = ref.swappableSetting ?? "AUTH_USER_MODEL";
  const value = settings[setting] ?? (setting === "AUTH_USER_MODEL" ? "auth.User" : void 0);
  if (!value || !value.includes(".")) {
    unresolved.push({ origin, setting });
    return void 0;
  }
  return { app: value.slice(0, value.indexOf(".")), name: ref.name };
}
function compareKeys(a, b2) {
  const x2 = splitKey(a);
  const y2 = splitKey(b2);
  return cmp(x2.app, y2.app) || cmp(x2.name, y2.name);
}
function cmp(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}
function ancestors(g, key) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...g.predecessors(key)];
  while (stack.length) {
    const k2 = stack.pop();
    if (seen.has(k2)) continue;
    seen.add(k2);
    for (const p2 of g.predecessors(k2)) if (!seen.has(p2)) stack.push(p2);
  }
  return seen;
}
function forkPoint(g, app, leafKeys) {
  const sets = leafKeys.map((k2) => {
    const s = ancestors(g, k2);
    s.add(k2);
    return new Set([...s].filter((x2) => g.node(x2)?.app === app && g.node(x2)?.migration));
  });
  if (sets.length === 0) return void 0;
  const common = [...sets[0]].filter((k2) => sets.every((s) => s.has(k2)));
  const commonSet = new Set(common);
  const candidates = common.filter((k2) => !g.successors(k2).some((child) => commonSet.has(child)));
  const ancestry = new Map(candidates.map((k2) => [k2, ancestors(g, k2)]));
  const latest = candidates.filter((k2) => !candidates.some((other) => other !== k2 && ancestry.get(other).has(k2)));
  return latest.sort(compareKeys).at(-1);
}
function branchOf(g, app, fork, leaf) {
  const before = fork ? ancestors(g, fork) : /* @__PURE__ */ new Set();
  if (fork) before.add(fork);
  const branch = [...ancestors(g, leaf), leaf].filter((k2) => !before.has(k2) && g.node(k2)?.app === app && g.node(k2)?.migration);
  const set = new Set(branch);
  const order = [];
  const visit = (k2, seen2) => {
    if (seen2.has(k2)) return;
    seen2.add(k2);
    for (const p2 of [...g.predecessors(k2)].filter((p3) => set.has(p3)).sort(compareKeys)) visit(p2, seen2);
    order.push(k2);
  };
  const seen = /* @__PURE__ */ new Set();
  for (const k2 of branch.sort(compareKeys)) visit(k2, seen);
  return order;
}

// src/rules/rule.ts
function defineRule(rule12) {
  return rule12;
}
function milder(severity) {
  return severity === "error" ? "warning" : "notice";
}
function sideOf(c, key) {
  if (c.framework === "alembic") return c.base?.byId.has(key) ? "base" : "head";
  if (c.framework === "django") return c.base?.byKey.has(key) ? "base" : "head";
  return c.base?.migrations.some((m) => m.identity === key) ? "base" : "head";
}
function mention(c, key) {
  if (c.framework === "alembic") {
    const r = c.merged.byId.get(key) ?? c.base?.byId.get(key);
    return { id: key, name: key, ...r ? { file: r.file } : {}, side: sideOf(c, key) };
  }
  if (c.framework !== "django") {
    const m2 = c.merged.migrations.find((x2) => x2.identity === key) ?? c.base?.migrations.find((x2) => x2.identity === key);
    return { id: key, name: m2?.name ?? key, ...m2 ? { file: m2.file } : {}, side: sideOf(c, key) };
  }
  const { name: name2 } = splitKey(key);
  const m = c.merged.byKey.get(key) ?? c.base?.byKey.get(key);
  return { id: key, name: name2, ...m ? { file: m.file } : {}, side: sideOf(c, key) };
}
function byFramework(ctx, checks) {
  const c = ctx.comparison;
  if (c.framework === "django") return checks.django?.(c) ?? [];
  if (c.framework === "alembic") return checks.alembic?.(c) ?? [];
  return checks.ordered?.(c) ?? [];
}
function baseFinding(rule12, c, group, fields) {
  const preexisting = fields.preexisting ?? false;
  return {
    ruleId: rule12.id,
    severity: fields.severity ?? (preexisting ? milder(rule12.meta.defaultSeverity) : rule12.meta.defaultSeverity),
    framework: c.framework,
    project: c.root,
    group,
    fixes: [],
    preexisting,
    ...fields
  };
}

// src/rules/applied-deleted.ts
var rule = defineRule({
  id: "applied-deleted",
  meta: {
    description: "The pull request deletes a migration that already exists on the base branch.",
    defaultSeverity: "error",
    frameworks: FRAMEWORKS
  },
  check(ctx) {
    return byFramework(ctx, { django, alembic, ordered });
  }
});
var applied_deleted_default = rule;
function django(c) {
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const m = c.base?.byPath.get(change.path);
    if (!m) continue;
    const key = keyOf(m.app, m.name);
    const squash = c.merged.migrations.find((s) => s.parsed.replaces.some((r) => (r.app ?? s.app) === m.app && r.name === m.name));
    findings.push(
      baseFinding(rule, c, m.app, {
        severity: squash ? "notice" : "error",
        message: squash ? `Migration ${key} is deleted; ${squash.app}.${squash.name} replaces it. Delete replaced migrations only once every database has applied the squash.` : `Migration ${key} is already on the base branch and this pull request deletes it. Databases that ran it keep its changes, and migrations that depend on it will fail to load. Restore the file and undo its effect with a new migration instead.`,
        location: { file: change.path },
        migrations: [mention(c, key)]
      })
    );
  }
  return findings;
}
function alembic(c) {
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const r = c.base?.byPath.get(change.path);
    if (!r?.id) continue;
    if (c.merged.byId.has(r.id)) continue;
    findings.push(
      baseFinding(rule, c, c.root, {
        message: `Revision ${r.id} is already on the base branch and this pull request deletes it. A database at that revision fails with "Can't locate revision identified by '${r.id}'", and revisions after it lose their parent. Restore the file and undo its effect with a new revision instead.`,
        location: { file: change.path },
        migrations: [mention(c, r.id)]
      })
    );
  }
  return findings;
}
function ordered(c) {
  const spec = c.merged.spec;
  const newest = c.base?.migrations.at(-1);
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const m = c.base?.byFile.get(change.path);
    if (!m) continue;
    const verdict = spec.behaviour.deleted;
    const fails = verdict === "error" || verdict === "error_if_current" && newest?.identity === m.identity;
    findings.push(
      baseFinding(rule, c, c.merged.location.dir, {
        severity: fails ? "error" : "warning",
        message: fails ? `Migration ${m.identity} is already on the base branch and this pull request deletes it. ${spec.title} will stop on databases that ran it (an applied migration with no file${verdict === "error_if_current" ? ", here the current version" : ""}). Restore the file and undo its effect with a new migration.` : `Migration ${m.identity} is already on the base branch and this pull request deletes it. ${spec.title} does not notice, but databases that ran it keep its changes while fresh ones never get them. Restore the file and undo its effect with a new migration.`,
        location: { file: change.path },
        migrations: [mention(c, m.identity)]
      })
    );
  }
  return findings;
}

// src/frameworks/django/literal.ts
var SIMPLE_ESCAPES = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function decodeStringLiteral(raw) {
  let i = 0;
  let isRaw = false;
  let bytes = false;
  let format = false;
  while (i < raw.length && i < 3) {
    const c = raw[i].toLowerCase();
    if (c === "r") isRaw = true;
    else if (c === "b") bytes = true;
    else if (c === "f") format = true;
    else if (c !== "u") break;
    i++;
  }
  const q2 = raw[i];
  if (q2 !== '"' && q2 !== "'") return void 0;
  const triple = raw.startsWith(q2 + q2 + q2, i) && raw.length >= i + 6;
  const open = triple ? 3 : 1;
  const bodyStart = i + open;
  const bodyEnd = raw.length - open;
  if (bodyEnd < bodyStart || !raw.endsWith(triple ? q2 + q2 + q2 : q2)) return void 0;
  const body = raw.slice(bodyStart, bodyEnd);
  const text = body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body;
  if (isRaw || !text.includes("\\")) return { value: text, bytes, format, quote: q2 };
  let out = "";
  for (let k2 = 0; k2 < text.length; k2++) {
    const ch = text[k2];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = text[k2 + 1];
    if (e === void 0) return void 0;
    k2++;
    if (e === "\n") continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      out += simple;
    } else if (e >= "0" && e <= "7") {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(text[k2 + 1] ?? "")) digits += text[++k2];
      out += String.fromCharCode(parseInt(digits, 8));
    } else if (e === "x" || !bytes && (e === "u" || e === "U")) {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = text.slice(k2 + 1, k2 + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return void 0;
      const cp = parseInt(hex, 16);
      if (cp > 1114111) return void 0;
      out += String.fromCodePoint(cp);
      k2 += n;
    } else if (e === "N" && !bytes) {
      return void 0;
    } else {
      out += "\\" + e;
    }
  }
  return { value: out, bytes, format, quote: q2 };
}
var LineMap = class {
  constructor(text) {
    this.text = text;
    this.hasCR = text.includes("\r");
  }
  text;
  offset = 0;
  line = 1;
  lineStart = 0;
  hasCR;
  position(target) {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    let o = this.offset;
    let line = this.line;
    let lineStart = this.lineStart;
    if (!this.hasCR) {
      for (let nl = text.indexOf("\n", o); nl >= 0 && nl < target; nl = text.indexOf("\n", nl + 1)) {
        line++;
        lineStart = nl + 1;
      }
      this.offset = target;
      this.line = line;
      this.lineStart = lineStart;
      return { line, column: target - lineStart + 1 };
    }
    while (o < target) {
      const c = text.charCodeAt(o++);
      if (c === 10) {
        line++;
        lineStart = o;
      } else if (c === 13) {
        if (text.charCodeAt(o) === 10) {
          if (o === target) break;
          o++;
        }
        line++;
        lineStart = o;
      }
    }
    this.offset = o;
    this.line = line;
    this.lineStart = lineStart;
    return { line, column: target - lineStart + 1 };
  }
  /** The span of [from, to): `endColumn` is the column of the last character, inclusive. */
  span(from, to) {
    const a = this.position(from);
    const b2 = this.position(Math.max(from, to - 1));
    return { line: a.line, column: a.column, endLine: b2.line, endColumn: b2.column };
  }
};
var SWAPPABLE_CALLEES = /* @__PURE__ */ new Set([
  "swappable_dependency",
  "migrations.swappable_dependency",
  "django.db.migrations.swappable_dependency"
]);
var REFERENCE_ATTRIBUTES = ["dependencies", "replaces", "run_before"];
var CLASS_ATTRIBUTES = /* @__PURE__ */ new Set([...REFERENCE_ATTRIBUTES, "initial"]);
function cannotRead(attribute, why) {
  return `migraph reads migration files without running them and could not read \`${attribute}\` statically: ${why}`;
}
function describe(v2) {
  switch (v2.kind) {
    case "list":
      return "a list";
    case "tuple":
      return "a tuple";
    case "str":
      return v2.bytes ? "a byte string" : "a string";
    case "swappable":
      return "a swappable_dependency(...) call";
    case "bool":
      return v2.value ? "True" : "False";
    case "none":
      return "None";
    case "other":
      return v2.what;
  }
}
function readReferences(attribute, value, lines) {
  const refs = [];
  const problems = [];
  if (value.kind !== "list" && value.kind !== "tuple") {
    problems.push({
      message: cannotRead(attribute, `it is ${describe(value)}, not a list of (app_label, migration_name) pairs`),
      span: lines.span(value.from, value.to)
    });
    return { refs, problems };
  }
  for (const item of value.items) {
    if (item.kind === "swappable") {
      refs.push({ app: void 0, name: "__first__", swappableSetting: item.setting, span: lines.span(item.from, item.to) });
      continue;
    }
    if ((item.kind === "tuple" || item.kind === "list") && item.items.length === 2) {
      const [app, name2] = item.items;
      if (app.kind === "str" && name2.kind === "str") {
        if (app.bytes || name2.bytes) {
          problems.push({
            message: `\`${attribute}\` has an entry written with byte strings (b'...'); Django would fail to load this migration`,
            span: lines.span(item.from, item.to)
          });
        } else {
          refs.push({ app: app.value, name: name2.value, span: lines.span(item.from, item.to) });
        }
        continue;
      }
    }
    problems.push({
      message: cannotRead(attribute, `an entry is ${describe(item)}, not an (app_label, migration_name) pair of string literals`),
      span: lines.span(item.from, item.to)
    });
  }
  return { refs, problems };
}
function readInitial(value, lines) {
  if (value.kind === "bool") return { initial: value.value, problems: [] };
  if (value.kind === "none") return { problems: [] };
  return {
    problems: [{ message: cannotRead("initial", `it is ${describe(value)}, not True or False`), span: lines.span(value.from, value.to) }]
  };
}
function emptyMigration(quote) {
  return { hasMigrationClass: false, dependencies: [], replaces: [], runBefore: [], problems: [], quote };
}
function quoteOf(double, single) {
  return single > double ? "'" : '"';
}
function buildMigration(lines, quote, classHeader, attributes, problems) {
  const result = emptyMigration(quote);
  if (!classHeader) {
    result.problems = problems;
    return result;
  }
  result.hasMigrationClass = true;
  result.classSpan = lines.span(classHeader.from, classHeader.to);
  const own = [];
  const deps = attributes.get("dependencies");
  if (deps) {
    result.dependenciesSpan = lines.span(deps.from, deps.to);
    const read = readReferences("dependencies", deps.value, lines);
    result.dependencies = read.refs;
    own.push(...read.problems);
  }
  const replaces = attributes.get("replaces");
  if (replaces) {
    const read = readReferences("replaces", replaces.value, lines);
    result.replaces = read.refs;
    own.push(...read.problems);
  }
  const runBefore = attributes.get("run_before");
  if (runBefore) {
    const read = readReferences("run_before", runBefore.value, lines);
    result.runBefore = read.refs;
    own.push(...read.problems);
  }
  const initial = attributes.get("initial");
  if (initial) {
    const read = readInitial(initial.value, lines);
    if (read.initial !== void 0) result.initial = read.initial;
    own.push(...read.problems);
  }
  result.problems = own.length === 0 ? problems : [...problems, ...own];
  const out = { hasMigrationClass: true };
  out.classSpan = result.classSpan;
  out.dependencies = result.dependencies;
  if (result.dependenciesSpan) out.dependenciesSpan = result.dependenciesSpan;
  out.replaces = result.replaces;
  out.runBefore = result.runBefore;
  if (result.initial !== void 0) out.initial = result.initial;
  out.problems = result.problems;
  out.quote = result.quote;
  return out;
}

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed2 = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed2;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id2, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id2;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id2 in this.props)
        result.push([+id2, this.props[id2]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id2], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b2 = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j2 = 0; i < endI; ) {
      copy[j2++] = b2[i++];
      copy[j2++] = b2[i++] - from;
      let to = copy[j2++] = b2[i++] - from;
      copy[j2++] = b2[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan2 = node, parent = scan2.parent; parent; scan2 = parent, parent = scan2.parent) {
      if (scan2 instanceof TreeNode && scan2.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan2.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan2 = this.childBefore(pos), node = this;
    while (scan2) {
      let last = scan2.lastChild;
      if (!last || last.to != scan2.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan2;
        scan2 = last.prevSibling;
      } else {
        scan2 = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p2 = node; i >= 0; p2 = p2.parent) {
    if (!p2)
      return false;
    if (!p2.type.isAnonymous) {
      if (context[i] && context[i] != p2.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan2 = inner instanceof TreeNode ? inner : inner.context.parent; scan2; scan2 = scan2.parent) {
    if (scan2.index < 0) {
      let parent = scan2.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan2 = parent;
    } else {
      let mount = MountedTree.get(scan2.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan2.from, -1, scan2);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j2 = 0; i >= 0; i -= 3) {
        buffer2[j2++] = nodes[i];
        buffer2[j2++] = nodes[i + 1] - start;
        buffer2[j2++] = nodes[i + 2] - start;
        buffer2[j2++] = j2;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p2, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p2;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_2, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p2, state, pos = 0) {
    let cx = p2.parser.context;
    return new _Stack(p2, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan2 = index; scan2 > 0 && this.buffer[scan2 - 2] > end; scan2 -= 4) {
          if (this.buffer[scan2 - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v2, i2) => i2 & 1 && v2 == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id2) {
    this.data = data;
    this.id = id2;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var ExternalTokenizer = class {
  /**
  Create a tokenizer. The first argument is the function that,
  given an input stream, scans for the types of tokens it
  recognizes at the stream's position, and calls
  [`acceptToken`](#lr.InputStream.acceptToken) when it finds
  one.
  */
  constructor(token, options = {}) {
    this.token = token;
    this.contextual = !!options.contextual;
    this.fallback = !!options.fallback;
    this.extend = !!options.extend;
  }
};
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_2) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p: p2 } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p2.stream.end);
    main.value = pos == p2.stream.end ? p2.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b2) => b2.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j2 = i + 1; j2 < newStacks.length; j2++) {
          let other = newStacks[j2];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j2--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b2) => b2.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j2 = 0; j2 < 10 && force.forceReduce(); j2++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id2)
      stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
    return id2 + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var id = (x2) => x2;
var ContextTracker = class {
  /**
  Define a context tracker.
  */
  constructor(spec) {
    this.start = spec.start;
    this.shift = spec.shift || id;
    this.reduce = spec.reduce || id;
    this.reuse = spec.reuse || id;
    this.hash = spec.hash || (() => 0);
    this.strict = spec.strict !== false;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j2 = -next; j2 > 0; j2--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w2 of this.wrappers)
      parse = w2(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v2, i2) => i2 & 1 && v2 == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id2 = values.indexOf(part);
        if (id2 >= 0)
          flags[id2] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j2 = this.dialects[values[i]], id2; (id2 = this.data[j2++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b2) => a.id - b2.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b2) {
  return a.length == b2.length && a.every((x2, i) => x2 == b2[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j2 = 0, e = sets.length; j2 < e; j2++) {
      sets.push(sets[j2].concat(array[i]));
    }
  }
  return sets.sort((a, b2) => b2.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule12 = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule12.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b2) {
    let cur, root, take;
    while (a || b2) {
      if (!a || b2 && a.depth <= b2.depth) {
        take = b2;
        b2 = b2.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@lezer/python/dist/index.js
var printKeyword = 1;
var indent = 194;
var dedent = 195;
var newline$1 = 196;
var blankLineStart = 197;
var newlineBracketed = 198;
var eof = 199;
var stringContent = 200;
var Escape = 2;
var replacementStart = 3;
var stringEnd = 201;
var ParenL = 24;
var ParenthesizedExpression = 25;
var TupleExpression = 49;
var ComprehensionExpression = 50;
var BracketL = 55;
var ArrayExpression = 56;
var ArrayComprehensionExpression = 57;
var BraceL = 59;
var DictionaryExpression = 60;
var DictionaryComprehensionExpression = 61;
var SetExpression = 62;
var SetComprehensionExpression = 63;
var ArgList = 65;
var subscript = 238;
var String$1 = 71;
var stringStart = 241;
var stringStartD = 242;
var stringStartL = 243;
var stringStartLD = 244;
var stringStartR = 245;
var stringStartRD = 246;
var stringStartRL = 247;
var stringStartRLD = 248;
var FormatString = 72;
var stringStartF = 249;
var stringStartFD = 250;
var stringStartFL = 251;
var stringStartFLD = 252;
var stringStartFR = 253;
var stringStartFRD = 254;
var stringStartFRL = 255;
var stringStartFRLD = 256;
var FormatReplacement = 73;
var nestedFormatReplacement = 77;
var importList = 263;
var TypeParamList = 112;
var ParamList = 130;
var SequencePattern = 151;
var MappingPattern = 152;
var PatternArgList = 155;
var newline = 10;
var carriageReturn = 13;
var space = 32;
var tab = 9;
var hash = 35;
var parenOpen = 40;
var dot = 46;
var braceOpen = 123;
var braceClose = 125;
var singleQuote = 39;
var doubleQuote = 34;
var backslash = 92;
var letter_o = 111;
var letter_x = 120;
var letter_N = 78;
var letter_u = 117;
var letter_U = 85;
var bracketed = /* @__PURE__ */ new Set([
  ParenthesizedExpression,
  TupleExpression,
  ComprehensionExpression,
  importList,
  ArgList,
  ParamList,
  ArrayExpression,
  ArrayComprehensionExpression,
  subscript,
  SetExpression,
  SetComprehensionExpression,
  FormatString,
  FormatReplacement,
  nestedFormatReplacement,
  DictionaryExpression,
  DictionaryComprehensionExpression,
  SequencePattern,
  MappingPattern,
  PatternArgList,
  TypeParamList
]);
function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
var newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) && stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) {
      input.advance();
      spaces++;
    }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, { contextual: true });
var indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return;
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - depth % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});
var cx_Bracketed = 1;
var cx_String = 2;
var cx_DoubleQuote = 4;
var cx_Long = 8;
var cx_Raw = 16;
var cx_Format = 32;
function Context(parent, indent2, flags) {
  this.parent = parent;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
var topIndent = new Context(null, 0, 0);
function countIndent(space2) {
  let depth = 0;
  for (let i = 0; i < space2.length; i++)
    depth += space2.charCodeAt(i) == tab ? 8 - depth % 8 : 1;
  return depth;
}
var stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));
var trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _2, input) {
    if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
      return context.parent;
    return context;
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
    if (term == dedent)
      return context.parent;
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed);
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
    return context;
  },
  hash(context) {
    return context.hash;
  }
});
var legacyPrint = new ExternalTokenizer((input) => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return;
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return;
  for (let off = 0; ; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue;
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return;
  }
});
var strings = new ExternalTokenizer((input, stack) => {
  let { flags } = stack.context;
  let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;
  let start = input.pos;
  for (; ; ) {
    if (input.next < 0) {
      break;
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return;
        }
        break;
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return;
      }
      break;
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return;
      }
      break;
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return;
      }
      break;
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var pythonHighlighting = styleTags({
  'async "*" "**" FormatConversion FormatSpec': tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});
var spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
var parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "\u26A0 print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5, 4, 71, 72, 73, 77, ""],
    ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
    ["openedBy", 23, "(", 54, "[", 58, "{"],
    ["closedBy", 24, ")", 55, "]", 59, "}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0, 4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: { "Script": [0, 5] },
  specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
  tokenPrec: 7668
});

// src/frameworks/django/indent-check.ts
function indentationError(text) {
  const len = text.length;
  const stack = [0];
  let pos = 0;
  let depth = 0;
  let atLineStart = true;
  let lineHasTokens = false;
  let lastSignificant = 0;
  let expectIndent = false;
  while (pos < len) {
    let c = text.charCodeAt(pos);
    if (atLineStart && depth === 0) {
      let col = 0;
      const lineStart = pos;
      while (c === 32 || c === 9 || c === 12) {
        col = c === 9 ? col + 8 - col % 8 : c === 12 ? 0 : col + 1;
        c = text.charCodeAt(++pos);
      }
      atLineStart = false;
      if (pos >= len || c === 10 || c === 13 || c === 35) continue;
      const top = stack[stack.length - 1];
      if (expectIndent) {
        if (col <= top) return { at: lineStart, reason: "expected an indented block" };
        stack.push(col);
        expectIndent = false;
      } else if (col > top) {
        return { at: lineStart, reason: "unexpected indent" };
      } else if (col < top) {
        while (stack[stack.length - 1] > col) stack.pop();
        if (stack[stack.length - 1] !== col) return { at: lineStart, reason: "unindent does not match any outer indentation level" };
      }
    }
    if (c === 10 || c === 13) {
      pos += c === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      if (depth === 0) {
        atLineStart = true;
        if (lineHasTokens && lastSignificant === 58) expectIndent = true;
        lineHasTokens = false;
      }
      continue;
    }
    if (c === 32 || c === 9 || c === 12) {
      pos++;
      continue;
    }
    if (c === 35) {
      while (pos < len && (c = text.charCodeAt(pos)) !== 10 && c !== 13) pos++;
      continue;
    }
    if (c === 92) {
      const n = text.charCodeAt(pos + 1);
      pos += n === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
      continue;
    }
    lineHasTokens = true;
    if (c === 34 || c === 39) {
      const q2 = c;
      if (text.charCodeAt(pos + 1) === q2 && text.charCodeAt(pos + 2) === q2) {
        pos += 3;
        while (pos < len && !(text.charCodeAt(pos) === q2 && text.charCodeAt(pos + 1) === q2 && text.charCodeAt(pos + 2) === q2)) {
          pos += text.charCodeAt(pos) === 92 ? 2 : 1;
        }
        pos += 3;
      } else {
        pos++;
        while (pos < len) {
          const d = text.charCodeAt(pos);
          if (d === q2 || d === 10 || d === 13) break;
          pos += d === 92 ? 2 : 1;
        }
        pos++;
      }
      lastSignificant = q2;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    if (depth === 0) lastSignificant = c;
    pos++;
  }
  if (expectIndent) return { at: Math.max(0, len - 1), reason: "expected an indented block" };
  return void 0;
}

// src/frameworks/django/parse-lezer.ts
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ",", "Comment"]);
var COMPOUND = /* @__PURE__ */ new Set(["IfStatement", "ForStatement", "WhileStatement", "TryStatement", "WithStatement", "MatchStatement"]);
function parsePython(text) {
  const last = text.charCodeAt(text.length - 1);
  return parser.parse(text.length === 0 || last === 10 || last === 13 ? text : text + "\n");
}
function expressionChildren(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (!PUNCTUATION.has(c.name)) out.push(c);
  return out;
}
function stringIsTerminated(raw) {
  const m = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(raw);
  if (!m) return false;
  const delim = m[1];
  if (raw.length < m[0].length + delim.length || !raw.endsWith(delim)) return false;
  let backslashes = 0;
  for (let i = raw.length - delim.length - 1; i >= m[0].length && raw[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}
function syntaxProblem(text, tree, lines) {
  let at;
  tree.iterate({
    enter(n) {
      if (at !== void 0) return false;
      if (n.type.isError) {
        at = n.from;
        return false;
      }
      if (n.name === "String" || n.name === "FormatString") {
        if (!stringIsTerminated(text.slice(n.from, n.to))) at = n.from;
        return false;
      }
      return void 0;
    }
  });
  const layout2 = indentationError(text);
  if (layout2 !== void 0 && (at === void 0 || layout2.at < at)) {
    const line2 = lines.position(layout2.at).line;
    return { message: `Python syntax error near line ${line2} (${layout2.reason})`, span: lines.span(layout2.at, layout2.at + 1) };
  }
  if (at === void 0) return void 0;
  const line = lines.position(Math.min(at, Math.max(0, text.length - 1))).line;
  return { message: `Python syntax error near line ${line}`, span: lines.span(at, at + 1) };
}
function countQuotes(text, tree) {
  let doubles = 0;
  let singles = 0;
  tree.iterate({
    enter(n) {
      if (n.name === "String" || n.name === "FormatString") {
        const m = /^[A-Za-z]{0,2}(["'])/.exec(text.slice(n.from, Math.min(n.to, n.from + 4)));
        if (m?.[1] === '"') doubles++;
        else if (m?.[1] === "'") singles++;
        return false;
      }
      return void 0;
    }
  });
  return quoteOf(doubles, singles);
}
function dottedName(node, text) {
  if (node.name === "VariableName") return text.slice(node.from, node.to);
  if (node.name === "MemberExpression") {
    const parts = expressionChildren(node);
    const base = parts[0] && dottedName(parts[0], text);
    const prop = parts[parts.length - 1];
    if (base === void 0 || parts.length !== 3 || prop?.name !== "PropertyName") return void 0;
    return `${base}.${text.slice(prop.from, prop.to)}`;
  }
  return void 0;
}
function snippet(text, node) {
  const raw = text.slice(node.from, node.to).replace(/\s+/g, " ");
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}
function toValue(node, text) {
  const from = node.from;
  const to = node.to;
  const other = (what) => ({ kind: "other", what, from, to });
  switch (node.name) {
    case "ArrayExpression":
    case "TupleExpression": {
      const parts = expressionChildren(node);
      if (parts.some((p2) => p2.name === "*" || p2.name === "**")) return other("a collection with * unpacking");
      if (parts.some((p2) => p2.type.isError)) return other("a collection with a syntax error");
      return { kind: node.name === "ArrayExpression" ? "list" : "tuple", items: parts.map((p2) => toValue(p2, text)), from, to };
    }
    case "ParenthesizedExpression": {
      const parts = expressionChildren(node);
      return parts.length === 1 ? toValue(parts[0], text) : other(`\`${snippet(text, node)}\``);
    }
    case "String": {
      const d = decodeStringLiteral(text.slice(from, to));
      if (!d) return other("a string literal migraph could not decode");
      return { kind: "str", value: d.value, bytes: d.bytes, from, to };
    }
    case "ContinuedString": {
      let value = "";
      let bytes;
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === "Comment") continue;
        if (c.name !== "String") return other("an f-string");
        const d = decodeStringLiteral(text.slice(c.from, c.to));
        if (!d) return other("a string literal migraph could not decode");
        if (bytes !== void 0 && bytes !== d.bytes) return other("bytes and text strings joined together (a SyntaxError in Python)");
        bytes = d.bytes;
        value += d.value;
      }
      return { kind: "str", value, bytes: bytes ?? false, from, to };
    }
    case "FormatString":
      return other("an f-string");
    case "Boolean":
      return { kind: "bool", value: text.slice(from, to) === "True", from, to };
    case "None":
      return { kind: "none", from, to };
    case "CallExpression": {
      const callee = node.firstChild;
      const path = callee ? dottedName(callee, text) : void 0;
      const argList = node.getChild("ArgList");
      const args = argList ? expressionChildren(argList) : [];
      if (path !== void 0 && SWAPPABLE_CALLEES.has(path) && args.length === 1 && args[0].name === "MemberExpression") {
        const arg = dottedName(args[0], text);
        const m = arg === void 0 ? null : /^settings\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(arg);
        if (m) return { kind: "swappable", setting: m[1], from, to };
      }
      return other(`a call to \`${path ?? snippet(text, callee ?? node)}(...)\``);
    }
    case "VariableName":
      return other(`the name \`${snippet(text, node)}\`, whose value is only known when the module runs`);
    case "MemberExpression":
      return other(`\`${snippet(text, node)}\`, whose value is only known when the module runs`);
    case "ArrayComprehensionExpression":
    case "ComprehensionExpression":
      return other("a comprehension");
    case "BinaryExpression":
      return other(`an expression (\`${snippet(text, node)}\`)`);
    default:
      return other(`\`${snippet(text, node)}\``);
  }
}
function classNameOf(node, text) {
  const name2 = node.getChild("VariableName");
  return name2 ? text.slice(name2.from, name2.to) : void 0;
}
function nestedCandidates(node, text, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "ClassDefinition") {
      if (classNameOf(c, text) === "Migration") out.push({ node: c, how: "conditional" });
    } else if (c.name !== "FunctionDefinition") {
      nestedCandidates(c, text, out);
    }
  }
}
function boundNames(stmt, text) {
  const names = [];
  let unpacked = false;
  if (stmt.name === "AssignStatement" || stmt.name === "UpdateStatement") {
    let group = [];
    for (let c = stmt.firstChild; c; c = c.nextSibling) {
      if (c.name === "AssignOp" || c.name === "UpdateOp") {
        const targets = group.filter((g) => g.name !== "," && g.name !== "TypeDef" && g.name !== "Comment");
        if (targets.length > 1 || group.some((g) => g.name === ",")) unpacked = true;
        for (const t2 of targets) {
          if (t2.name === "VariableName") names.push(text.slice(t2.from, t2.to));
          else if (t2.name === "TupleExpression" || t2.name === "ArrayExpression" || t2.name === "ParenthesizedExpression") {
            unpacked = true;
            collectVariableNames(t2, text, names);
          }
        }
        group = [];
      } else {
        group.push(c);
      }
    }
  } else if (stmt.name === "ImportStatement") {
    for (let c = stmt.firstChild; c; c = c.nextSibling) if (c.name === "VariableName") names.push(text.slice(c.from, c.to));
  } else if (stmt.name === "FunctionDefinition" || stmt.name === "ClassDefinition") {
    const n = classNameOf(stmt, text);
    if (n) names.push(n);
  } else if (stmt.name === "DecoratedStatement") {
    const inner = stmt.getChild("ClassDefinition") ?? stmt.getChild("FunctionDefinition");
    if (inner) return boundNames(inner, text);
  }
  return { names, unpacked };
}
function collectVariableNames(node, text, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "VariableName") out.push(text.slice(c.from, c.to));
    else collectVariableNames(c, text, out);
  }
}
function walrusTargets(stmt, text) {
  const out = [];
  const cursor = stmt.cursor();
  do {
    if (cursor.name === "NamedExpression") {
      const target = cursor.node.firstChild;
      if (target?.name === "VariableName") out.push(text.slice(target.from, target.to));
    }
  } while (cursor.next() && cursor.from < stmt.to);
  return out;
}
function conditionalAssignments(node, text, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "FunctionDefinition" || c.name === "ClassDefinition") continue;
    if (c.name === "AssignStatement" || c.name === "UpdateStatement") {
      for (const n of boundNames(c, text).names) if (CLASS_ATTRIBUTES.has(n)) out.add(n);
    } else {
      conditionalAssignments(c, text, out);
    }
  }
}
function statementsOf(body) {
  const out = [];
  for (let c = body.firstChild; c; c = c.nextSibling) {
    if (c.name === "StatementGroup") out.push(...statementsOf(c));
    else if (c.name !== ":" && c.name !== ";" && c.name !== "Comment") out.push(c);
  }
  return out;
}
function parseMigrationLezer(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const tree = parsePython(text);
  const lines = new LineMap(text);
  const problems = [];
  const syntax = syntaxProblem(text, tree, lines);
  if (syntax) problems.push(syntax);
  const quote = countQuotes(text, tree);
  const candidates = [];
  const top = tree.topNode;
  const moduleStatements = statementsOf(top);
  for (const stmt of moduleStatements) {
    if (stmt.name === "ClassDefinition" && classNameOf(stmt, text) === "Migration") {
      candidates.push({ node: stmt, how: "top" });
    } else if (stmt.name === "DecoratedStatement") {
      const inner = stmt.getChild("ClassDefinition");
      if (inner && classNameOf(inner, text) === "Migration") candidates.push({ node: inner, how: "decorated" });
    } else if (COMPOUND.has(stmt.name)) {
      nestedCandidates(stmt, text, candidates);
    }
  }
  const chosen = candidates[candidates.length - 1];
  if (!chosen) {
    problems.push({
      message: "This file defines no module-level `class Migration`; Django refuses to load it (BadMigrationError)."
    });
    return buildMigration(lines, quote, void 0, /* @__PURE__ */ new Map(), problems);
  }
  const classNode = chosen.node;
  const nameNode = classNode.getChild("VariableName");
  const body = classNode.getChild("Body");
  const colon = body?.firstChild?.name === ":" ? body.firstChild : void 0;
  const header = { from: classNode.from, to: colon ? colon.to : nameNode.to };
  const headerSpan = lines.span(header.from, header.to);
  if (chosen.how === "conditional") {
    problems.push({
      message: "The `Migration` class is defined inside an if/try/with block; migraph reads files without running them and cannot tell whether Django would see this definition.",
      span: headerSpan
    });
  } else if (chosen.how === "decorated") {
    problems.push({
      message: "The `Migration` class has a decorator, which could replace it when the module runs; migraph reads the class as written.",
      span: headerSpan
    });
  }
  const classStatement = chosen.how === "decorated" ? classNode.parent : classNode;
  for (const stmt of moduleStatements) {
    if (stmt.from <= classStatement.from) continue;
    if (COMPOUND.has(stmt.name) || !boundNames(stmt, text).names.includes("Migration")) continue;
    problems.push({
      message: `\`Migration\` is bound again on line ${lines.position(stmt.from).line}, after the class; migraph reads files without running them and cannot tell what Django would load.`,
      span: lines.span(stmt.from, stmt.to)
    });
  }
  const attributes = /* @__PURE__ */ new Map();
  for (const stmt of body ? statementsOf(body) : []) {
    if (COMPOUND.has(stmt.name)) {
      const names = /* @__PURE__ */ new Set();
      conditionalAssignments(stmt, text, names);
      for (const n of names) {
        problems.push({
          message: cannotRead(n, "it is assigned inside an if/for/try/with block, so its value depends on running the class body"),
          span: lines.span(stmt.from, stmt.to)
        });
      }
      continue;
    }
    for (const n of walrusTargets(stmt, text)) {
      if (CLASS_ATTRIBUTES.has(n)) problems.push({ message: cannotRead(n, "it is assigned with `:=` inside an expression"), span: lines.span(stmt.from, stmt.to) });
    }
    const bound = boundNames(stmt, text);
    const ours = bound.names.filter((n) => CLASS_ATTRIBUTES.has(n));
    if (ours.length === 0) continue;
    for (const name2 of ours) {
      if (stmt.name === "UpdateStatement") {
        problems.push({ message: cannotRead(name2, `it is changed with an augmented assignment (\`${snippet(text, stmt)}\`)`), span: lines.span(stmt.from, stmt.to) });
        continue;
      }
      if (stmt.name !== "AssignStatement" || bound.unpacked) {
        problems.push({ message: cannotRead(name2, `it is bound by \`${snippet(text, stmt)}\``), span: lines.span(stmt.from, stmt.to) });
        attributes.delete(name2);
        continue;
      }
      attributes.set(name2, { value: assignedValue(stmt, text), from: stmt.from, to: stmt.to });
    }
  }
  return buildMigration(lines, quote, header, attributes, problems);
}
function assignedValue(stmt, text) {
  let lastOp;
  for (let c = stmt.firstChild; c; c = c.nextSibling) if (c.name === "AssignOp") lastOp = c;
  const parts = [];
  let commas = 0;
  for (let c = lastOp?.nextSibling ?? null; c; c = c.nextSibling) {
    if (c.name === ",") commas++;
    else if (c.name !== "Comment") parts.push(c);
  }
  if (parts.length === 0) return { kind: "other", what: "nothing (a syntax error)", from: stmt.to, to: stmt.to };
  if (parts.length === 1 && commas === 0) return toValue(parts[0], text);
  return { kind: "tuple", items: parts.map((p2) => toValue(p2, text)), from: parts[0].from, to: stmt.to };
}

// src/frameworks/django/edits.ts
var CLOSERS = /* @__PURE__ */ new Set([")", "]", "}"]);
var STRINGS = /* @__PURE__ */ new Set(["String", "ContinuedString"]);
function isDocstring(node) {
  if (node.name !== "ExpressionStatement") return false;
  let only;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "Comment") continue;
    if (only) return false;
    only = c;
  }
  if (!only || !STRINGS.has(only.name)) return false;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.name === "Body" && parent.parent?.name !== "ClassDefinition" && parent.parent?.name !== "FunctionDefinition") return false;
  if (parent.name !== "Script" && parent.name !== "Body") return false;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.name === "Comment" || c.name === ":") continue;
    return c.from === node.from;
  }
  return false;
}
function stringValue(node, text) {
  const pieces = node.name === "String" ? [node] : node.getChildren("String");
  let out = "";
  for (const p2 of pieces) {
    const raw = text.slice(p2.from, p2.to);
    const d = decodeStringLiteral(raw);
    out += d ? `${d.bytes ? "b" : "s"}${JSON.stringify(d.value)}` : `raw${JSON.stringify(raw)}`;
  }
  if (node.name === "ContinuedString" && node.getChildren("FormatString").length > 0) return `raw${JSON.stringify(text.slice(node.from, node.to))}`;
  return node.name === "ContinuedString" ? `cat[${out}]` : out;
}
function fingerprint(text, tree, keepDocstrings) {
  const out = [];
  const walk = (node) => {
    if (node.name === "Comment") return;
    if (!keepDocstrings && isDocstring(node)) return;
    if (STRINGS.has(node.name)) {
      out.push(stringValue(node, text));
      return;
    }
    if (node.name === "FormatString") {
      out.push(`f${JSON.stringify(text.slice(node.from, node.to))}`);
      return;
    }
    if (node.name === "ParenthesizedExpression") {
      const inner = node.getChildren("(").length === 1 ? [...childrenOf(node)].filter((c) => c.name !== "(" && c.name !== ")" && c.name !== "Comment") : [];
      if (inner.length === 1) {
        walk(inner[0]);
        return;
      }
    }
    const first = node.firstChild;
    if (!first) {
      out.push(node.type.isError ? "\u26A0" : `${node.name}:${text.slice(node.from, node.to)}`);
      return;
    }
    out.push(`${node.name}(`);
    const elements = node.name === "TupleExpression" ? [...childrenOf(node)].filter((c) => !["(", ")", ",", "Comment"].includes(c.name)).length : 2;
    for (let c = first; c; c = c.nextSibling) {
      if (c.name === "," && elements > 1) {
        let next = c.nextSibling;
        while (next?.name === "Comment") next = next.nextSibling;
        if (next && CLOSERS.has(next.name)) continue;
      }
      walk(c);
    }
    out.push(")");
  };
  walk(tree.topNode);
  return out.join(" ");
}
function* childrenOf(node) {
  for (let c = node.firstChild; c; c = c.nextSibling) yield c;
}
function layout(text, tree) {
  const tokens = [];
  const comments = [];
  let prevEnd = 0;
  tree.iterate({
    enter(n) {
      if (n.name === "Comment") {
        comments.push(text.slice(n.from, n.to).trimEnd());
        return false;
      }
      const leaf = n.name === "String" || n.name === "FormatString" || !n.node.firstChild;
      if (!leaf) return void 0;
      if (n.to > n.from) {
        const gap = text.slice(prevEnd, n.from).replace(/#[^\r\n]*/g, "");
        const lineBreak = gap.search(/[\r\n][^\r\n]*$/);
        tokens.push(lineBreak >= 0 ? `
${gap.slice(lineBreak + 1).replace(/^\n/, "")}` : gap);
        tokens.push(text.slice(n.from, n.to));
        prevEnd = n.to;
      }
      return false;
    }
  });
  return { tokens: tokens.join("\0"), comments: comments.join("\n") };
}
function splitLines(text) {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g) ?? [];
}
function firstDifferentLine(before, after) {
  if (before === after) return void 0;
  const a = splitLines(before);
  const b2 = splitLines(after);
  const n = Math.min(a.length, b2.length);
  for (let i = 0; i < n; i++) if (a[i] !== b2[i]) return i + 1;
  return Math.max(1, Math.min(n, b2.length - 1));
}
function classifyEdit(before, after) {
  if (before === after) return { kind: "identical" };
  const line = firstDifferentLine(before, after);
  const withLine = (kind) => line === void 0 ? { kind } : { kind, line };
  const strip = (t2) => t2.charCodeAt(0) === 65279 ? t2.slice(1) : t2;
  const b2 = strip(before);
  const a = strip(after);
  const tb = parsePython(b2);
  const ta = parsePython(a);
  if (syntaxProblem(b2, tb, new LineMap(b2)) || syntaxProblem(a, ta, new LineMap(a))) return withLine("semantic");
  if (fingerprint(b2, tb, true) === fingerprint(a, ta, true)) {
    const lb = layout(b2, tb);
    const la = layout(a, ta);
    if (lb.tokens === la.tokens && lb.comments !== la.comments) return withLine("comments");
    return withLine("formatting");
  }
  if (fingerprint(b2, tb, false) === fingerprint(a, ta, false)) return withLine("docstring");
  return withLine("semantic");
}

// src/text/diff.ts
var NO_NEWLINE = "\\ No newline at end of file";
function splitLines2(text) {
  if (text === "") return [];
  const lines = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      if (start < text.length) lines.push(text.slice(start));
      return lines;
    }
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
}
function intern(a, b2) {
  const ids2 = /* @__PURE__ */ new Map();
  const toIds = (lines) => {
    const out = new Int32Array(lines.length);
    lines.forEach((line, i) => {
      let id2 = ids2.get(line);
      if (id2 === void 0) {
        id2 = ids2.size;
        ids2.set(line, id2);
      }
      out[i] = id2;
    });
    return out;
  };
  return [toIds(a), toIds(b2)];
}
function bisect(a, aLo, aHi, b2, bLo, bHi) {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const vOffset = maxD;
  const vLength = 2 * maxD + 2;
  const v1 = new Int32Array(vLength).fill(-1);
  const v2 = new Int32Array(vLength).fill(-1);
  v1[vOffset + 1] = 0;
  v2[vOffset + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = vOffset + k1;
      let x1 = k1 === -d || k1 !== d && v1[k1Offset - 1] < v1[k1Offset + 1] ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b2[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2Offset = vOffset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1 && x1 >= n - v2[k2Offset]) {
          return [aLo + x1, bLo + y1];
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = vOffset + k2;
      let x2 = k2 === -d || k2 !== d && v2[k2Offset - 1] < v2[k2Offset + 1] ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - 1 - x2] === b2[bHi - 1 - y2]) {
        x2++;
        y2++;
      }
      v2[k2Offset] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1Offset = vOffset + delta - k2;
        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset];
          const y1 = vOffset + x1 - k1Offset;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return void 0;
}
function collectMatches(a, aLo, aHi, b2, bLo, bHi, matches) {
  while (aLo < aHi && bLo < bHi && a[aLo] === b2[bLo]) {
    matches.push([aLo, bLo]);
    aLo++;
    bLo++;
  }
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b2[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo < aHi && bLo < bHi) {
    const split = bisect(a, aLo, aHi, b2, bLo, bHi);
    if (split && !(split[0] === aLo && split[1] === bLo) && !(split[0] === aHi && split[1] === bHi)) {
      collectMatches(a, aLo, split[0], b2, bLo, split[1], matches);
      collectMatches(a, split[0], aHi, b2, split[1], bHi, matches);
    }
  }
  for (let i = 0; i < suffix; i++) matches.push([aHi + i, bHi + i]);
}
function editScript(oldLines, newLines) {
  const [a, b2] = intern(oldLines, newLines);
  const matches = [];
  collectMatches(a, 0, a.length, b2, 0, b2.length, matches);
  const ops = [];
  let i = 0;
  let j2 = 0;
  const flushTo = (mi, mj) => {
    for (; i < mi; i++) ops.push({ kind: "-", line: oldLines[i] });
    for (; j2 < mj; j2++) ops.push({ kind: "+", line: newLines[j2] });
  };
  for (const [mi, mj] of matches) {
    flushTo(mi, mj);
    ops.push({ kind: " ", line: oldLines[i] });
    i++;
    j2++;
  }
  flushTo(oldLines.length, newLines.length);
  return ops;
}
function rangeHeader(start, count) {
  if (count === 0) return `${start - 1},0`;
  if (count === 1) return `${start}`;
  return `${start},${count}`;
}
function renderLine(kind, line) {
  return line.endsWith("\n") ? `${kind}${line}` : `${kind}${line}
${NO_NEWLINE}
`;
}
function headerPath(prefix, path) {
  return path === "/dev/null" ? path : `${prefix}${path}`;
}
function unifiedDiff(oldText, newText, options) {
  if (oldText === newText) return "";
  const context = Math.max(0, Math.floor(options.context ?? 3));
  const ops = editScript(splitLines2(oldText), splitLines2(newText));
  const changeIdx = [];
  ops.forEach((op, idx) => {
    if (op.kind !== " ") changeIdx.push(idx);
  });
  const groups = [];
  for (const idx of changeIdx) {
    const last = groups[groups.length - 1];
    if (last && idx - last[1] - 1 <= 2 * context) last[1] = idx;
    else groups.push([idx, idx]);
  }
  const oldBefore = new Int32Array(ops.length + 1);
  const newBefore = new Int32Array(ops.length + 1);
  ops.forEach((op, idx) => {
    oldBefore[idx + 1] = oldBefore[idx] + (op.kind === "+" ? 0 : 1);
    newBefore[idx + 1] = newBefore[idx] + (op.kind === "-" ? 0 : 1);
  });
  let out = `--- ${headerPath("a/", options.oldPath)}
+++ ${headerPath("b/", options.newPath)}
`;
  for (const [first, last] of groups) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const oldCount = oldBefore[to + 1] - oldBefore[from];
    const newCount = newBefore[to + 1] - newBefore[from];
    out += `@@ -${rangeHeader(oldBefore[from] + 1, oldCount)} +${rangeHeader(newBefore[from] + 1, newCount)} @@
`;
    for (let idx = from; idx <= to; idx++) {
      const op = ops[idx];
      out += renderLine(op.kind, op.line);
    }
  }
  return out;
}
function firstChangedLine(oldText, newText) {
  if (oldText === newText) return void 0;
  const oldLines = splitLines2(oldText);
  const newLines = splitLines2(newText);
  let i = 0;
  while (i < oldLines.length && i < newLines.length && oldLines[i] === newLines[i]) i++;
  return Math.max(1, Math.min(i + 1, newLines.length));
}

// src/frameworks/ordered/checksum.ts
import { createHash } from "node:crypto";
var CR = 13;
var LF = 10;
function prismaChecksum(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function prismaScriptMatchesChecksum(script, checksum) {
  const candidates = [script, replaceCrlfWithLf(script), replaceLfWithCrlf(script)];
  const old = checksum.length > 0 && checksum.length !== 64;
  return candidates.some((candidate) => {
    const digest = createHash("sha256").update(candidate).digest();
    const rendered = old ? Array.from(digest, (b2) => b2.toString(16)).join("") : digest.toString("hex");
    return rendered === checksum;
  });
}
function replaceCrlfWithLf(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function replaceLfWithCrlf(bytes) {
  let lf = 0;
  for (const b2 of bytes) if (b2 === LF) lf++;
  const out = new Uint8Array(bytes.length + lf);
  let n = 0;
  for (const b2 of bytes) {
    if (b2 === LF) out[n++] = CR;
    out[n++] = b2;
  }
  return out;
}
function flywayChecksum(bytes, encoding = "utf-8") {
  let text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return crc32(Buffer.from(text.replace(/[\r\n]/g, ""), "utf8")) | 0;
}
var CRC_TABLE;
function crcTable() {
  if (CRC_TABLE) return CRC_TABLE;
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k2 = 0; k2 < 8; k2++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  CRC_TABLE = table;
  return table;
}
function crc32(bytes) {
  const table = crcTable();
  let crc = 4294967295;
  for (const b2 of bytes) crc = table[(crc ^ b2) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function sqlxChecksum(bytes, ignoredChars = []) {
  const hash2 = createHash("sha384");
  if (ignoredChars.length === 0) return hash2.update(bytes).digest("hex");
  const ignored = new Set(ignoredChars);
  let kept = "";
  for (const ch of new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)) if (!ignored.has(ch)) kept += ch;
  return hash2.update(kept, "utf8").digest("hex");
}
function sameForRunner(kind, before, after, options = {}) {
  switch (kind) {
    case "prisma-sha256":
      return prismaScriptMatchesChecksum(after, prismaChecksum(before));
    case "flyway-crc32":
      return flywayChecksum(before, options.flywayEncoding) === flywayChecksum(after, options.flywayEncoding);
    case "sqlx-sha384":
      return sqlxChecksum(before, options.sqlxIgnoredChars) === sqlxChecksum(after, options.sqlxIgnoredChars);
  }
}

// src/rules/applied-modified.ts
var KIND_TEXT = {
  comments: "only comments changed",
  formatting: "only formatting changed (whitespace, quotes, line breaks)",
  docstring: "only a docstring changed",
  identical: "the content is identical"
};
var rule2 = defineRule({
  id: "applied-modified",
  meta: {
    description: "The pull request edits a migration that already exists on the base branch.",
    defaultSeverity: "error",
    frameworks: FRAMEWORKS
  },
  check(ctx) {
    return byFramework(ctx, {
      django: (c) => edits(ctx, c, (path) => {
        const m = c.merged.byPath.get(path) ?? c.base?.byPath.get(path);
        return m && { name: `${m.app}.${m.name}`, group: m.app, key: keyOf(m.app, m.name) };
      }, "Django will not run it again"),
      alembic: (c) => edits(ctx, c, (path) => {
        const r = c.merged.byPath.get(path) ?? c.base?.byPath.get(path);
        return r && { name: `revision ${r.id}`, group: c.root, key: r.id };
      }, "Alembic will not run it again (alembic_version only records the current head)"),
      ordered: (c) => orderedEdits(ctx, c)
    });
  }
});
var applied_modified_default = rule2;
function edits(ctx, c, lookup, neverAgain) {
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "modified" || !onBase || !change.newBlob) continue;
    if (change.newBlob === onBase.blob) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    if (before === void 0 || after === void 0) continue;
    const m = lookup(change.path);
    const edit = classifyEdit(before, after);
    const line = edit.line ?? firstChangedLine(before, after) ?? 1;
    const lineText = after.split(/\r?\n/)[line - 1] ?? "";
    const semantic = edit.kind === "semantic";
    const name2 = m?.name ?? change.path;
    findings.push(
      baseFinding(rule2, c, m?.group ?? "", {
        severity: semantic ? "error" : "notice",
        message: semantic ? `Migration ${name2} is already on the base branch and this pull request changes what it does. Databases that ran it keep the old version, and ${neverAgain}: revert the edit and make the change in a new migration.` : `Migration ${name2} is already on the base branch; ${KIND_TEXT[edit.kind]}, so nothing that runs is different.`,
        location: {
          file: change.path,
          span: { line, column: 1, endLine: line, endColumn: Math.max(1, lineText.length) }
        },
        migrations: m ? [mention(c, m.key)] : [],
        details: { editKind: edit.kind, changedLine: lineText.trim().slice(0, 200) }
      })
    );
  }
  return findings;
}
function orderedEdits(ctx, c) {
  const spec = c.merged.spec;
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "modified" || !onBase || !change.newBlob || change.newBlob === onBase.blob) continue;
    const m = c.merged.byFile.get(change.path);
    if (!m) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    if (before === void 0 || after === void 0) continue;
    const kind = spec.behaviour.checksum;
    const unchanged = kind ? sameForRunner(kind, Buffer.from(before), Buffer.from(after)) : false;
    const line = firstChangedLine(before, after) ?? 1;
    const lineText = after.split(/\r?\n/)[line - 1] ?? "";
    const verdict = spec.behaviour.edited;
    const message = unchanged ? `Migration ${m.identity} is already on the base branch; the edit does not change ${spec.title}'s checksum, so nothing that runs is different.` : verdict === "error" ? `Migration ${m.identity} is already on the base branch and this pull request changes it. ${spec.title} will refuse to migrate: checksum mismatch for ${m.identity} on every database that ran it. Revert the edit and make the change in a new migration.` : verdict === "warning" ? `Migration ${m.identity} is already on the base branch and this pull request changes it. ${spec.title} warns that applied migrations were modified and goes on; databases that ran it keep the old version. Revert the edit and make the change in a new migration.` : `Migration ${m.identity} is already on the base branch and this pull request changes it. ${spec.title} keeps no checksum and will never notice: databases that ran it keep the old version and silently drift from fresh ones. Revert the edit and make the change in a new migration.`;
    findings.push(
      baseFinding(rule2, c, c.merged.location.dir, {
        severity: unchanged ? "notice" : verdict === "error" ? "error" : "warning",
        message,
        location: { file: change.path, span: { line, column: 1, endLine: line, endColumn: Math.max(1, lineText.length) } },
        migrations: [mention(c, m.identity)],
        details: { changedLine: lineText.trim().slice(0, 200), ...kind ? { checksum: unchanged ? "unchanged" : "changed" } : {} }
      })
    );
  }
  return findings;
}

// src/rules/applied-renamed.ts
var rule3 = defineRule({
  id: "applied-renamed",
  meta: {
    description: "The pull request renames or moves a migration that already exists on the base branch.",
    defaultSeverity: "error",
    frameworks: FRAMEWORKS
  },
  check(ctx) {
    return byFramework(ctx, { django: django2, alembic: alembic2, ordered: ordered2 });
  }
});
var applied_renamed_default = rule3;
function django2(c) {
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c.base?.byPath.get(change.oldPath);
    const after = c.merged.byPath.get(change.path);
    if (!before) continue;
    const sameKey = after !== void 0 && after.app === before.app && after.name === before.name;
    const oldKey = keyOf(before.app, before.name);
    const newKey = after ? keyOf(after.app, after.name) : change.path;
    const span = after?.parsed.classSpan;
    findings.push(
      baseFinding(rule3, c, before.app, {
        severity: sameKey ? "notice" : "error",
        message: sameKey ? `Migration ${oldKey} moves from ${change.oldPath} to ${change.path} but keeps its app and name, so Django still sees the same migration.` : `Migration ${oldKey} is already on the base branch and this pull request renames it to ${newKey}. Django tracks applied migrations by name: databases that ran ${oldKey} will run ${newKey} again. Keep the old name.`,
        location: { file: change.path, ...span ? { span } : {} },
        migrations: [mention(c, oldKey), ...after && !sameKey ? [mention(c, newKey)] : []],
        details: { from: change.oldPath, to: change.path }
      })
    );
  }
  return findings;
}
function alembic2(c) {
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c.base?.byPath.get(change.oldPath);
    const after = c.merged.byPath.get(change.path);
    if (!before?.id) continue;
    const sameId = after?.id === before.id;
    findings.push(
      baseFinding(rule3, c, c.root, {
        severity: sameId ? "notice" : "error",
        message: sameId ? `Revision ${before.id} moves from ${change.oldPath} to ${change.path}; Alembic identifies revisions by the id inside the file, so nothing changes for databases.` : `Revision ${before.id} is already on the base branch and this pull request renames its file and changes its id to ${after?.id || "(none)"}. Databases at ${before.id} can no longer find their revision. Keep the old id.`,
        location: { file: change.path, ...after?.parsed.revision ? { span: after.parsed.revision.span } : {} },
        migrations: [mention(c, before.id), ...after?.id && !sameId ? [mention(c, after.id)] : []],
        details: { from: change.oldPath, to: change.path }
      })
    );
  }
  return findings;
}
function ordered2(c) {
  const spec = c.merged.spec;
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c.base?.byFile.get(change.oldPath);
    if (!before) continue;
    const after = c.merged.byFile.get(change.path);
    if (!after) {
      findings.push(
        baseFinding(rule3, c, c.merged.location.dir, {
          severity: spec.behaviour.deleted === "ignored" ? "notice" : "warning",
          message: `Migration ${before.identity} moves to ${change.path}, which ${spec.title} does not read: for ${spec.title} it is deleted${spec.behaviour.deleted === "ignored" ? ", which it does not notice; databases that ran it keep its changes." : ", and databases that ran it will report an applied migration with no file."}`,
          location: { file: change.path },
          migrations: [mention(c, before.identity)],
          details: { from: change.oldPath, to: change.path }
        })
      );
      continue;
    }
    const same = after.identity === before.identity;
    const verdict = spec.behaviour.renamed;
    findings.push(
      baseFinding(rule3, c, c.merged.location.dir, {
        severity: same || verdict === "ignored" ? "notice" : "error",
        message: same ? `Migration ${before.identity} moves from ${change.oldPath} to ${change.path} but ${spec.title} still sees the same migration.` : verdict === "rerun" ? `Migration ${before.identity} is already on the base branch and this pull request renames it to ${after.identity}. ${spec.title} identifies migrations by ${spec.id === "prisma" ? "folder name" : "name"}, so databases that ran it will run ${after.identity} again. Keep the old name.` : verdict === "error" ? `Migration ${before.identity} is already on the base branch and this pull request renames it to ${after.identity}. ${spec.title} will stop on databases that ran it (an applied version with no file). Keep the old name.` : `Migration ${before.identity} is renamed to ${after.identity}; ${spec.title} does not notice.`,
        location: { file: change.path },
        migrations: [mention(c, before.identity), ...same ? [] : [mention(c, after.identity)]],
        details: { from: change.oldPath, to: change.path }
      })
    );
  }
  return findings;
}

// src/rules/dependency-cycle.ts
var rule4 = defineRule({
  id: "dependency-cycle",
  meta: {
    description: "Migrations depend on each other in a cycle, so no order can apply them.",
    defaultSeverity: "error",
    frameworks: ["django", "alembic"]
  },
  check(ctx) {
    return byFramework(ctx, { django: django3, alembic: (c) => alembic3(ctx, c) });
  }
});
var dependency_cycle_default = rule4;
function django3(c) {
  if (c.merged.graph.cycles.length === 0) return [];
  const onBase = new Set((c.base?.graph.cycles ?? []).map((cycle) => cycle.join(" ")));
  return c.merged.graph.cycles.map((cycle) => {
    const first = cycle.find((k2) => sideOf(c, k2) === "head") ?? cycle[0];
    const m = c.merged.graph.nodes.get(first);
    const next = cycle.find((k2) => k2 !== first && m?.parsed.dependencies.some((d) => `${d.app}.${d.name}` === k2));
    const dep = next ? m?.parsed.dependencies.find((d) => `${d.app}.${d.name}` === next) : void 0;
    const span = dep?.span ?? m?.parsed.dependenciesSpan ?? m?.parsed.classSpan;
    return baseFinding(rule4, c, splitKey(first).app, {
      preexisting: onBase.has(cycle.join(" ")),
      message: `Circular dependency between ${cycle.join(", ")}; Django raises CircularDependencyError and no migration can run.`,
      ...m ? { location: { file: m.file, ...span ? { span } : {} } } : {},
      migrations: cycle.map((k2) => mention(c, k2))
    });
  });
}
function alembic3(_ctx, c) {
  const cycles = c.merged.graph.cycleDetails;
  if (cycles.length === 0) return [];
  const onBase = new Set((c.base?.graph.cycleDetails ?? []).map((cycle) => [...cycle.ids].sort().join(" ")));
  return cycles.map((cycle) => {
    const first = cycle.ids.find((id2) => sideOf(c, id2) === "head") ?? cycle.ids[0];
    const r = c.merged.byId.get(first);
    const span = r?.parsed.downRevision?.span ?? r?.parsed.revision?.span;
    return baseFinding(rule4, c, c.root, {
      preexisting: onBase.has([...cycle.ids].sort().join(" ")),
      message: cycle.message,
      ...r ? { location: { file: r.file, ...span ? { span } : {} } } : {},
      migrations: cycle.ids.map((id2) => mention(c, id2))
    });
  });
}

// src/paths.ts
function dirname(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/rules/duplicate-number.ts
var leadingNumber = (name2) => /^\d+/.exec(name2)?.[0];
var rule5 = defineRule({
  id: "duplicate-number",
  meta: {
    description: "Two migrations of one app share a numeric prefix in the merged result.",
    defaultSeverity: "warning",
    frameworks: FRAMEWORKS
  },
  check(ctx) {
    return byFramework(ctx, { django: django4, alembic: alembic4, ordered: ordered3 });
  }
});
var duplicate_number_default = rule5;
function django4(c) {
  const findings = [];
  const byApp = /* @__PURE__ */ new Map();
  for (const m of c.merged.migrations) {
    const digits = leadingNumber(m.name);
    if (digits === void 0) continue;
    const numbers = byApp.get(m.app) ?? /* @__PURE__ */ new Map();
    byApp.set(m.app, numbers);
    const list = numbers.get(Number(digits)) ?? [];
    list.push(keyOf(m.app, m.name));
    numbers.set(Number(digits), list);
  }
  for (const [app, numbers] of byApp) {
    for (const [number2, keys] of numbers) {
      if (keys.length < 2) continue;
      const replaced = new Set(
        keys.flatMap((k2) => c.merged.byKey.get(k2).parsed.replaces.map((r) => keyOf(r.app ?? app, r.name)))
      );
      const clashing = keys.filter((k2) => !replaced.has(k2) && !c.merged.graph.replacedBy.has(k2));
      if (clashing.length < 2) continue;
      const fromHead = clashing.filter((k2) => sideOf(c, k2) === "head");
      if (fromHead.length === 0) continue;
      const resolved = (c.merged.graph.leaves.get(app)?.length ?? 0) <= 1;
      const at = c.merged.byKey.get(fromHead[0]);
      const names = clashing.map((k2) => `${k2.slice(app.length + 1)} (${sideOf(c, k2)})`).join(", ");
      findings.push(
        baseFinding(rule5, c, app, {
          severity: resolved ? "notice" : "warning",
          message: `App '${app}' has ${clashing.length} migrations numbered ${String(number2).padStart(4, "0")}: ${names}.${resolved ? " The graph has a single leaf, so Django runs them fine; only the numbering is ambiguous." : ""}`,
          location: { file: at.file, ...at.parsed.classSpan ? { span: at.parsed.classSpan } : {} },
          migrations: clashing.map((k2) => mention(c, k2))
        })
      );
    }
  }
  return findings;
}
var NUMBERED = /^(\d+)(?:[_-]|$)/;
var DATED_TEMPLATE = /^%\((?:year|month|day|hour|minute|second|epoch)\)/;
function revisionNumber(id2, file, datedFiles) {
  const numbered = NUMBERED.exec(id2) ?? (datedFiles ? null : NUMBERED.exec(basename(file).replace(/\.py$/, "")));
  if (!numbered || numbered[1].length >= 8) return void 0;
  return Number(numbered[1]);
}
function alembic4(c) {
  const datedFiles = DATED_TEMPLATE.test(c.merged.env.fileTemplate ?? "");
  const byNumber = /* @__PURE__ */ new Map();
  for (const r of c.merged.revisions) {
    if (!r.id) continue;
    const number2 = revisionNumber(r.id, r.file, datedFiles);
    if (number2 === void 0) continue;
    const ids2 = byNumber.get(number2);
    if (ids2) ids2.push(r.id);
    else byNumber.set(number2, [r.id]);
  }
  const findings = [];
  for (const [number2, ids2] of byNumber) {
    if (ids2.length < 2) continue;
    const unique = [...new Set(ids2)];
    if (unique.length < 2) continue;
    const fromHead = unique.filter((id2) => sideOf(c, id2) === "head");
    if (fromHead.length === 0) continue;
    const resolved = c.merged.graph.heads.length <= 1;
    const at = c.merged.byId.get(fromHead[0]);
    findings.push(
      baseFinding(rule5, c, c.root, {
        severity: resolved ? "notice" : "warning",
        message: `${unique.length} revisions are numbered ${String(number2).padStart(4, "0")}: ${unique.map((id2) => `${id2} (${sideOf(c, id2)})`).join(", ")}.${resolved ? " The history has a single head, so Alembic runs them fine; only the numbering is ambiguous." : ""}`,
        location: { file: at.file, ...at.parsed.revision ? { span: at.parsed.revision.span } : {} },
        migrations: unique.map((id2) => mention(c, id2))
      })
    );
  }
  return findings;
}
function ordered3(c) {
  const spec = c.merged.spec;
  const groups = /* @__PURE__ */ new Map();
  let current;
  for (const m of c.merged.migrations) {
    if (m.kind === "repeatable" || m.kind === "down" || m.kind === "undo") continue;
    if (current && spec.compareVersions(current.version, m.version) === 0) {
      current.list.push(m);
    } else {
      current = { version: m.version, list: [m] };
      groups.set(m.version, current.list);
    }
  }
  const findings = [];
  for (const [version, list] of groups) {
    if (new Set(list.map((m) => m.file)).size < 2) continue;
    const identities = [...new Set(list.map((m) => m.identity))];
    const fromHead = list.filter((m) => !c.base?.byFile.has(m.file));
    if (fromHead.length === 0) continue;
    const refuses = spec.behaviour.duplicate === "error";
    findings.push(
      baseFinding(rule5, c, c.merged.location.dir, {
        severity: refuses ? "error" : "notice",
        message: `${list.length} migrations share the version ${version}: ${list.map((m) => basename(m.file)).join(", ")}. ${refuses ? `${spec.title} refuses to run with two migrations of one version.` : `${spec.title} tells them apart by name and runs them in name order; make sure that order is right.`}`,
        location: { file: fromHead[0].file },
        migrations: identities.map((id2) => mention(c, id2))
      })
    );
  }
  return findings;
}

// src/rules/duplicate-revision.ts
var rule6 = defineRule({
  id: "duplicate-revision",
  meta: {
    description: "Two revision files in one Alembic environment declare the same revision id.",
    defaultSeverity: "error",
    frameworks: ["alembic"]
  },
  check(ctx) {
    return byFramework(ctx, { alembic: alembic5 });
  }
});
var duplicate_revision_default = rule6;
function alembic5(c) {
  const onBase = new Set((c.base?.graph.duplicates ?? []).map((d) => `${d.id}>${[...d.files].sort().join(">")}`));
  return c.merged.graph.duplicates.map((d) => {
    const headFile = d.files.find((f) => !c.base?.byPath.has(f)) ?? d.files[0];
    const r = c.merged.byPath.get(headFile);
    return baseFinding(rule6, c, c.root, {
      preexisting: onBase.has(`${d.id}>${[...d.files].sort().join(">")}`),
      message: `${d.message} (${d.files.join(", ")}). Give one of them a new id (\`alembic revision\` makes one) and point its children at it.`,
      location: { file: headFile, ...r?.parsed.revision ? { span: r.parsed.revision.span } : {} },
      migrations: [mention(c, d.id)],
      details: { files: JSON.stringify(d.files), kept: d.kept }
    });
  });
}

// src/frameworks/ordered/sidecars.ts
var DEFINE_RE = /ActiveRecord::Schema(?:\[[^\]\n]*\])?\s*\.define\s*\(\s*(?:version:|:version\s*=>)\s*(?<version>[0-9][0-9_]*)/;
var SCHEMA_MIGRATIONS_INSERT_RE = /INSERT\s+INTO\s+(?:[`"]?\w+[`"]?\.)?[`"]?schema_migrations[`"]?\s*\(\s*[`"]?version[`"]?\s*\)\s*VALUES(?<values>[^;]*);/dgi;
var QUOTED_VERSION_RE = /'(?<version>[^']*)'/g;
function railsSchemaVersion(text) {
  const define = DEFINE_RE.exec(text);
  if (define?.groups) {
    const start = define.index + define[0].length - define.groups.version.length;
    return { version: define.groups.version.replace(/_/g, ""), line: lineAt(text, start) };
  }
  let best;
  for (const insert of text.matchAll(SCHEMA_MIGRATIONS_INSERT_RE)) {
    const values = insert.groups.values;
    const valuesStart = insert.indices.groups.values[0];
    for (const quoted of values.matchAll(QUOTED_VERSION_RE)) {
      const version = quoted.groups.version;
      if (!/^\d+$/.test(version)) continue;
      if (!best || compareDigits(version, best.version) > 0) {
        best = { version, line: lineAt(text, valuesStart + quoted.index) };
      }
    }
  }
  return best;
}
function railsSchemaWithVersion(text, newVersion) {
  const digits = newVersion.replace(/_/g, "");
  if (!/^\d+$/.test(digits)) return void 0;
  const define = DEFINE_RE.exec(text);
  if (!define?.groups) return void 0;
  const old = define.groups.version;
  const formatted = old.includes("_") && digits.length === 14 ? `${digits.slice(0, 4)}_${digits.slice(4, 6)}_${digits.slice(6, 8)}_${digits.slice(8)}` : digits;
  const end = define.index + define[0].length;
  return text.slice(0, end - old.length) + formatted + text.slice(end);
}
function compareDigits(a, b2) {
  const x2 = a.replace(/^0+(?=\d)/, "");
  const y2 = b2.replace(/^0+(?=\d)/, "");
  if (x2.length !== y2.length) return x2.length - y2.length;
  return x2 < y2 ? -1 : x2 > y2 ? 1 : 0;
}
function prismaLockProvider(text) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\[/.test(lines[i])) return void 0;
    const m = /^\s*provider\s*=\s*(?:"(?<double>(?:[^"\\]|\\.)*)"|'(?<single>[^']*)')\s*(?:#.*)?$/.exec(lines[i]);
    if (m?.groups) return { provider: m.groups.double ?? m.groups.single, line: i + 1 };
  }
  return void 0;
}
function drizzleJournalWithRenamed(text, fromTag, toTag, newIdx, when) {
  const parsed = parseJournalObject(text);
  if ("error" in parsed) return parsed;
  const raw = parsed.value;
  const entries = raw.entries;
  const position = entries.findIndex((e) => isObject(e) && e.tag === fromTag);
  if (position < 0) return { error: `no entry is tagged '${fromTag}'` };
  if (fromTag !== toTag && entries.some((e) => isObject(e) && e.tag === toTag)) {
    return { error: `an entry is already tagged '${toTag}'` };
  }
  if (newIdx !== void 0 && (!Number.isInteger(newIdx) || newIdx < 0)) return { error: `idx ${newIdx} is not a whole number` };
  const entry = entries[position];
  entry.tag = toTag;
  if (newIdx !== void 0) entry.idx = newIdx;
  if (when !== void 0) entry.when = when;
  if (newIdx !== void 0) {
    entries.splice(position, 1);
    let at = entries.findIndex((e) => isObject(e) && typeof e.idx === "number" && e.idx > newIdx);
    if (at < 0) at = entries.length;
    entries.splice(at, 0, entry);
  }
  return { text: renderLike(text, raw) };
}
function parseJournalObject(text) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { error: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isObject(value)) return { error: "the journal is not a JSON object" };
  if (!Array.isArray(value.entries)) return { error: "the journal has no 'entries' list" };
  return { value };
}
function renderLike(original, value) {
  const indentMatch = /^\{\r?\n([ \t]+)"/.exec(original.replace(/^\uFEFF/, ""));
  const compact = !/^\s*\{\s*\r?\n/.test(original.replace(/^\uFEFF/, ""));
  const indent2 = compact ? void 0 : indentMatch?.[1] ?? "  ";
  let out = JSON.stringify(value, null, indent2);
  if (original.includes("\r\n")) out = out.replace(/\n/g, "\r\n");
  const newline2 = /\r?\n$/.exec(original)?.[0] ?? "";
  return (original.startsWith("\uFEFF") ? "\uFEFF" : "") + out + newline2;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/rules/lock-file.ts
var rule7 = defineRule({
  id: "lock-file",
  meta: {
    description: "The pull request changes the provider in Prisma's migration_lock.toml.",
    defaultSeverity: "error",
    frameworks: ["prisma"]
  },
  check(ctx) {
    return byFramework(ctx, { ordered: (c) => ordered4(ctx, c) });
  }
});
var lock_file_default = rule7;
function ordered4(ctx, c) {
  if (c.framework !== "prisma") return [];
  const findings = [];
  for (const { change, onBase } of c.changes) {
    if (!change.path.endsWith("migration_lock.toml") || change.status !== "modified" || !onBase || !change.newBlob) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    const was = before !== void 0 ? prismaLockProvider(before) : void 0;
    const now = after !== void 0 ? prismaLockProvider(after) : void 0;
    if (!was || !now || was.provider === now.provider) continue;
    findings.push(
      baseFinding(rule7, c, c.merged.location.dir, {
        message: `The migrations were written for ${was.provider} and this pull request switches migration_lock.toml to ${now.provider}. Every Prisma command will fail with ProviderSwitchedError until the migration history is recreated for ${now.provider} (a new baseline migration), because SQL written for one provider does not run on another.`,
        location: { file: change.path, span: { line: now.line, column: 1, endLine: now.line, endColumn: 1 } },
        migrations: []
      })
    );
  }
  return findings;
}

// src/rules/missing-dependency.ts
var rule8 = defineRule({
  id: "missing-dependency",
  meta: {
    description: "A migration depends on a migration that does not exist in the merged result.",
    defaultSeverity: "error",
    frameworks: ["django", "alembic"]
  },
  check(ctx) {
    return byFramework(ctx, { django: django5, alembic: (c) => alembic6(ctx, c) });
  }
});
var missing_dependency_default = rule8;
function sameNumber(a, b2) {
  const x2 = /^\d+/.exec(a)?.[0];
  return x2 !== void 0 && x2 === /^\d+/.exec(b2)?.[0];
}
function django5(c) {
  if (c.merged.graph.missing.length === 0) return [];
  const onBase = new Set((c.base?.graph.missing ?? []).map((m) => `${m.origin.key}>${m.target}`));
  return c.merged.graph.missing.map((missing) => {
    const target = splitKey(missing.target);
    const similar = [...c.merged.byKey.keys()].map(splitKey).filter((k2) => k2.app === target.app && sameNumber(k2.name, target.name)).map((k2) => k2.name);
    const wasDeleted = c.base?.byKey.has(missing.target) && !c.merged.byKey.has(missing.target);
    const hint = wasDeleted ? ` The base has ${target.name}; this pull request deletes or renames it.` : similar.length ? ` Did you mean ${similar.join(" or ")}?` : "";
    return baseFinding(rule8, c, splitKey(missing.origin.key).app, {
      preexisting: onBase.has(`${missing.origin.key}>${missing.target}`),
      message: `${missing.message}.${hint}`,
      location: { file: missing.origin.file, span: missing.origin.span },
      migrations: [mention(c, missing.origin.key)],
      details: { target: missing.target }
    });
  });
}
function alembic6(_ctx, c) {
  const missingNow = c.merged.graph.missing;
  if (missingNow.length === 0) return [];
  const onBase = new Set((c.base?.graph.missing ?? []).map((m) => `${m.from}>${m.target}>${m.kind}`));
  return missingNow.map(
    (missing) => baseFinding(rule8, c, c.root, {
      preexisting: onBase.has(`${missing.from}>${missing.target}>${missing.kind}`),
      message: `${missing.message}${missing.matches.length ? ` Did you mean ${missing.matches.join(" or ")}?` : ""}`,
      location: { file: missing.file, ...missing.span ? { span: missing.span } : {} },
      migrations: [mention(c, missing.from)],
      details: { target: missing.target, kind: missing.kind, reason: missing.reason }
    })
  );
}

// src/fix/python.ts
function comparePython(a, b2) {
  const ai = a[Symbol.iterator]();
  const bi = b2[Symbol.iterator]();
  for (; ; ) {
    const x2 = ai.next();
    const y2 = bi.next();
    if (x2.done || y2.done) return x2.done === y2.done ? 0 : x2.done ? -1 : 1;
    const cx = x2.value.codePointAt(0);
    const cy = y2.value.codePointAt(0);
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
function pythonLength(s) {
  let n = 0;
  for (const _2 of s) n++;
  return n;
}
function decimalValue(digits) {
  let value = 0;
  for (const ch of digits) {
    let cp = ch.codePointAt(0);
    let below = 0;
    while (cp > 0 && new RegExp("\\p{Nd}", "u").test(String.fromCodePoint(cp - 1))) {
      cp--;
      below++;
    }
    value = value * 10 + below % 10;
  }
  return value;
}
function pythonStringLiteral(value, quote) {
  const other = quote === '"' ? "'" : '"';
  const q2 = value.includes(quote) && !value.includes(other) ? other : quote;
  let body = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0);
    if (ch === "\\") body += "\\\\";
    else if (ch === q2) body += `\\${q2}`;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "	") body += "\\t";
    else if (cp < 32 || cp === 127) body += `\\x${cp.toString(16).padStart(2, "0")}`;
    else body += ch;
  }
  return `${q2}${body}${q2}`;
}
function findStringLiteral(source, value) {
  let found;
  const re = /([rRuU]?)("""|'''|"|')/g;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "#") {
      const nl = source.indexOf("\n", i);
      i = nl === -1 ? source.length : nl + 1;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(source);
    if (!m || m.index !== i || m[1] && i > 0 && /\w/.test(source[i - 1])) {
      i++;
      continue;
    }
    const prefix = m[1];
    const quote = m[2];
    const bodyStart = i + m[0].length;
    const raw = prefix.toLowerCase() === "r";
    let j2 = bodyStart;
    let decoded = "";
    let closed = false;
    while (j2 < source.length) {
      if (source.startsWith(quote, j2)) {
        closed = true;
        break;
      }
      const c = source[j2];
      if (c === "\\" && j2 + 1 < source.length) {
        const next = source[j2 + 1];
        if (raw) decoded += c + next;
        else decoded += next === "n" ? "\n" : next === "t" ? "	" : next === "r" ? "\r" : next;
        j2 += 2;
        continue;
      }
      if (c === "\n" && quote.length === 1) break;
      decoded += c;
      j2++;
    }
    if (!closed) return found;
    const end = j2 + quote.length;
    if (decoded === value) found = { start: i, end, prefix, quote };
    i = end;
  }
  return found;
}

// src/fix/django-merge.ts
function parseMigrationNumber(name2) {
  const squashed = new RegExp(".*_squashed_(\\p{Nd}+)", "u").exec(name2);
  if (squashed) return decimalValue(squashed[1]);
  const leading = new RegExp("^\\p{Nd}+", "u").exec(name2);
  return leading ? decimalValue(leading[0]) : void 0;
}
var MERGE_LEAF_NAMES_MAX = 47;
function pad2(n) {
  return String(n).padStart(2, "0");
}
function migrationNameTimestamp(now) {
  return `${now.getUTCFullYear()}${pad2(now.getUTCMonth() + 1)}${pad2(now.getUTCDate())}_${pad2(now.getUTCHours())}${pad2(now.getUTCMinutes())}`;
}
function migrationHeaderTimestamp(now) {
  return `${now.getUTCFullYear()}-${pad2(now.getUTCMonth() + 1)}-${pad2(now.getUTCDate())} ${pad2(now.getUTCHours())}:${pad2(now.getUTCMinutes())}`;
}
function percent04i(n) {
  return n < 0 ? `-${String(-n).padStart(3, "0")}` : String(n).padStart(4, "0");
}
function conflictOrder(leaves) {
  return [...new Set(leaves)].sort(comparePython);
}
function mergeMigrationName(leaves, now) {
  const ordered6 = conflictOrder(leaves);
  const numbers = ordered6.map(parseMigrationNumber).filter((n) => n !== void 0);
  const biggest = numbers.length > 0 ? Math.max(...numbers) : 1;
  const parts = [percent04i(biggest + 1), "merge"];
  const leafNames = ordered6.join("_");
  parts.push(pythonLength(leafNames) > MERGE_LEAF_NAMES_MAX ? migrationNameTimestamp(now) : leafNames);
  return parts.join("_");
}
var BLACK_LINE_LENGTH = 88;
function dependencyLines(app, leaves, style) {
  const appLiteral = pythonStringLiteral(app, style.quote);
  const lines = leaves.map((leaf) => {
    const leafLiteral = pythonStringLiteral(leaf, style.quote);
    return { line: `        (${appLiteral}, ${leafLiteral}),`, leafLiteral };
  });
  lines.sort((a, b2) => comparePython(a.line, b2.line));
  return lines.flatMap(({ line, leafLiteral }) => {
    if (!style.black || pythonLength(line) <= BLACK_LINE_LENGTH) return [line];
    return ["        (", `            ${appLiteral},`, `            ${leafLiteral},`, "        ),"];
  });
}
function renderMergeMigration(input) {
  const name2 = mergeMigrationName(input.leaves, input.now);
  const stamp = migrationHeaderTimestamp(input.now);
  const header = input.djangoVersion !== void 0 && input.djangoVersion !== "" ? `# Generated by Django ${input.djangoVersion} on ${stamp}

` : `# Generated by migraph on ${stamp}: the equivalent of \`manage.py makemigrations --merge\`

`;
  const deps = dependencyLines(input.app, conflictOrder(input.leaves), input.style);
  const blankAfterClass = !input.style.black || input.style.blankLineAfterClass !== false;
  const content2 = header + "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n" + (blankAfterClass ? "\n" : "") + "    dependencies = [\n" + deps.map((l2) => `${l2}
`).join("") + "    ]\n\n" + (input.style.black ? "    operations = []\n" : "    operations = [\n    ]\n");
  const dir = input.migrationsDir.replace(/\/+$/, "");
  const path = dir === "" ? `${name2}.py` : `${dir}/${name2}.py`;
  return { name: name2, edit: { kind: "create", path, content: content2 } };
}
function countQuotes2(text) {
  let single = 0;
  let double = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "#") {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl + 1;
      continue;
    }
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    const triple = text.startsWith(ch.repeat(3), i);
    const close = triple ? ch.repeat(3) : ch;
    if (!triple) {
      if (ch === '"') double++;
      else single++;
    }
    let j2 = i + close.length;
    while (j2 < text.length && !text.startsWith(close, j2)) {
      if (text[j2] === "\\") j2++;
      else if (!triple && text[j2] === "\n") break;
      j2++;
    }
    i = j2 + close.length;
  }
  return { single, double };
}
function detectStyle(texts) {
  let single = 0;
  let double = 0;
  let singleFiles = 0;
  let doubleFiles = 0;
  let blackVotes = 0;
  let rawVotes = 0;
  let blank = 0;
  let noBlank = 0;
  const collapsed = /^[ \t]+(?:operations|dependencies)[ \t]*=[ \t]*\[\][ \t]*$/m;
  const expanded = /^[ \t]+(?:operations|dependencies)[ \t]*=[ \t]*\[[ \t]*\r?\n[ \t]*\][ \t]*$/m;
  const classHeader = /^class[ \t]+Migration\b[^\n]*:[ \t]*\r?\n([ \t]*\r?\n)?/m;
  const blackFiles = [];
  for (const text of texts) {
    const q2 = countQuotes2(text);
    single += q2.single;
    double += q2.double;
    if (q2.double > q2.single) doubleFiles++;
    else if (q2.single > q2.double) singleFiles++;
    const isCollapsed = collapsed.test(text);
    const isExpanded = expanded.test(text);
    if (isCollapsed && !isExpanded) {
      blackVotes++;
      blackFiles.push(text);
    } else if (isExpanded && !isCollapsed) rawVotes++;
    else if (q2.double > q2.single) {
      blackVotes++;
      blackFiles.push(text);
    } else if (q2.single > q2.double) rawVotes++;
  }
  const quote = doubleFiles !== singleFiles ? doubleFiles > singleFiles ? '"' : "'" : double > single ? '"' : "'";
  const black = blackVotes > rawVotes || blackVotes === rawVotes && quote === '"';
  for (const text of blackFiles) {
    const m = classHeader.exec(text);
    if (m) {
      if (m[1] !== void 0) blank++;
      else noBlank++;
    }
  }
  return { quote, black, blankLineAfterClass: noBlank <= blank };
}

// src/fix/django-renumber.ts
function leadingDigits(name2) {
  return /^[0-9]*/.exec(name2)[0];
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function spanOffsets(text, span) {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(m.index + m[0].length);
  const startLine = lineStarts[span.line - 1];
  const endLine = lineStarts[span.endLine - 1];
  if (startLine === void 0 || endLine === void 0) return void 0;
  const start = startLine + span.column - 1;
  const end = endLine + span.endColumn;
  if (start < 0 || end > text.length || start >= end) return void 0;
  return [start, end];
}
function literalReplacement(text, ref, newName) {
  const range = spanOffsets(text, ref.span);
  if (!range) return void 0;
  const literal2 = findStringLiteral(text.slice(range[0], range[1]), ref.name);
  if (!literal2) return void 0;
  const original = text.slice(range[0] + literal2.start, range[0] + literal2.end);
  const quoteChar = literal2.quote[0];
  let replacement;
  if (literal2.prefix.toLowerCase() === "r" || literal2.quote.length === 3) {
    if (newName.includes("\\") || newName.includes(quoteChar) || newName.includes("\n")) return void 0;
    replacement = `${literal2.prefix}${literal2.quote}${newName}${literal2.quote}`;
  } else {
    const body = pythonStringLiteral(newName, quoteChar);
    replacement = `${literal2.prefix}${body}`;
  }
  if (replacement === original) return void 0;
  return { start: range[0] + literal2.start, end: range[0] + literal2.end, text: replacement };
}
function applyReplacements(text, replacements) {
  const sorted = [...replacements].sort((a, b2) => b2.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const r of sorted) {
    if (r.end > limit) continue;
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
    limit = r.start;
  }
  return out;
}
function allReferences(parsed) {
  return [...parsed.dependencies, ...parsed.replaces, ...parsed.runBefore];
}
function joinPath(dir, file) {
  return dir === "" ? file : `${dir}/${file}`;
}
function assignNames(input) {
  const chainNames = new Set(input.chain.map((m) => m.name));
  const others = input.takenNames.filter((n) => !chainNames.has(n));
  const width = Math.max(4, ...[input.baseLeaf, ...input.takenNames, ...input.chain.map((m) => m.name)].map((n) => leadingDigits(n).length));
  const usedNumbers = new Set(others.map(leadingDigits).filter((d) => d !== "").map(Number));
  const usedNames = new Set(others);
  let next = (parseMigrationNumber(input.baseLeaf) ?? 0) + 1;
  return input.chain.map((member, i) => {
    const digits = leadingDigits(member.name);
    const rest = digits === "" ? `_${member.name}` : member.name.slice(digits.length);
    for (; ; ) {
      const candidate = `${String(next).padStart(width, "0")}${rest}`;
      const clashesWithChain = input.chain.some((m, j2) => j2 !== i && m.name === candidate);
      if (!usedNumbers.has(next) && !usedNames.has(candidate) && !clashesWithChain) {
        usedNames.add(candidate);
        usedNumbers.add(next);
        next++;
        return candidate;
      }
      next++;
    }
  });
}
function renumberChain(input) {
  const newNames = assignNames(input);
  const renamed = /* @__PURE__ */ new Map();
  input.chain.forEach((m, i) => {
    if (newNames[i] !== m.name) renamed.set(m.name, newNames[i]);
  });
  const chainNames = new Set(input.chain.map((m) => m.name));
  const unrewritable = [];
  const rewrite = (path, text, refs, extra) => {
    const replacements = [];
    for (const ref of refs) {
      const target = extra(ref) ?? (ref.app === input.app ? renamed.get(ref.name) : void 0);
      if (target === void 0 || target === ref.name) continue;
      const r = literalReplacement(text, ref, target);
      if (r) replacements.push(r);
      else unrewritable.push({ path, span: ref.span, name: ref.name });
    }
    return applyReplacements(text, replacements);
  };
  const edits2 = [];
  const commands = [];
  let forkParent;
  input.chain.forEach((member, i) => {
    let forkParentDone = false;
    const newText = rewrite(member.path, member.text, allReferences(member.parsed), (ref) => {
      if (i !== 0 || forkParentDone || ref.app !== input.app || chainNames.has(ref.name)) return void 0;
      if (!member.parsed.dependencies.includes(ref) || ref.name.startsWith("__")) return void 0;
      forkParentDone = true;
      forkParent = ref.name;
      return input.baseLeaf;
    });
    const newName = newNames[i];
    if (newName !== member.name) {
      const to = joinPath(dirname(member.path), `${newName}.py`);
      commands.push(`git mv -- ${shellQuote(member.path)} ${shellQuote(to)}`);
      edits2.push({ kind: "rename", from: member.path, to, content: newText, diff: unifiedDiff(member.text, newText, { oldPath: member.path, newPath: to }) });
    } else if (newText !== member.text) {
      edits2.push({ kind: "rewrite", path: member.path, content: newText, diff: unifiedDiff(member.text, newText, { oldPath: member.path, newPath: member.path }) });
    }
  });
  for (const other of input.others) {
    const newText = rewrite(other.path, other.text, allReferences(other.parsed), () => void 0);
    if (newText !== other.text) {
      edits2.push({ kind: "rewrite", path: other.path, content: newText, diff: unifiedDiff(other.text, newText, { oldPath: other.path, newPath: other.path }) });
    }
  }
  const count = input.chain.length;
  const what = count === 1 ? "the branch's migration" : `the branch's ${count} migrations`;
  const renames = [...renamed].map(([from, to]) => `${from} \u2192 ${to}`).join(", ");
  let description = `Moves ${what} of \`${input.app}\` (in \`${input.migrationsDir}\`) after \`${input.baseLeaf}\`${renames ? ` (${renames})` : ""} and rewrites every reference to ${count === 1 ? "it" : "them"}, so the history stays a single line and no merge migration is needed. Prefer this only while the branch's migrations have not been applied anywhere that matters (a shared, staging or production database): Django records applied migrations by name, so a renamed migration that already ran looks new and would run again. Whoever applied them locally should first unapply them (\`manage.py migrate ${input.app} ${forkParent ?? "<the old parent>"}\`). If they have been applied somewhere, add the merge migration instead.`;
  if (unrewritable.length > 0) {
    const where = unrewritable.map((u) => `${u.path}:${u.span.line} (${u.name})`).join(", ");
    description += ` Some references are not plain string literals and must be updated by hand: ${where}.`;
  }
  return {
    title: count === 1 ? "Renumber the branch's migration" : "Renumber the branch's migrations",
    description,
    commands,
    edits: edits2
  };
}

// src/graph/alembic.ts
var ILLEGAL = ["@", "-", "+", ":"];
var ILLEGAL_RE = /[@\-+:]/;
var EMPTY_IDS = [];
var LEGACY_REV = /^([a-f0-9]+)\.py$/;
var NO_ENTRIES = [];
function buildAlembicGraph(inputs, options = {}) {
  const skipped = [];
  const unreadableDownRevision = [];
  const loaded = [];
  for (const raw of options.inLoadOrder ? inputs : inLoadOrder(inputs)) {
    let input = raw;
    const parsedId = raw.parsed.revision?.value;
    if (parsedId === void 0) {
      const legacy = LEGACY_REV.exec(basename(raw.file));
      if (!legacy) {
        skipped.push({
          file: raw.file,
          reason: "no-revision",
          message: `Could not determine revision id from filename ${basename(raw.file)}. Be sure the 'revision' variable is declared inside the script`
        });
        continue;
      }
      input = { ...raw, id: legacy[1] };
    } else if (raw.id !== parsedId) {
      input = { ...raw, id: parsedId };
    }
    if (ILLEGAL_RE.test(input.id)) {
      const illegal = ILLEGAL.filter((c) => input.id.includes(c)).sort();
      skipped.push({
        file: raw.file,
        reason: "illegal-revision-id",
        span: raw.parsed.revision?.span,
        message: `Character(s) '${illegal.join(", ")}' not allowed in revision identifier '${input.id}'`
      });
      continue;
    }
    let down = raw.parsed.downRevision?.value;
    if (down === void 0) {
      const hint = raw.parsed.docstringRevises;
      unreadableDownRevision.push({ id: input.id, file: raw.file, usedDocstring: hint !== void 0 });
      down = hint;
    }
    loaded.push({ input, down: down && down.length > 1 ? dedupe(down) : down, ups: NO_ENTRIES, children: 0, index: -1, seen: 0, mark: 0 });
  }
  const byId = /* @__PURE__ */ new Map();
  const dupFiles = /* @__PURE__ */ new Map();
  for (const e of loaded) {
    const previous = byId.get(e.input.id);
    if (previous) {
      const files = dupFiles.get(e.input.id);
      if (files) files.push(e.input.file);
      else dupFiles.set(e.input.id, [previous.input.file, e.input.file]);
    }
    byId.set(e.input.id, e);
  }
  const duplicates = [...dupFiles].map(([id2, files]) => ({
    id: id2,
    files,
    kept: byId.get(id2).input.file,
    message: `Revision ${id2} is present more than once`
  }));
  const winners = loaded.filter((e) => byId.get(e.input.id) === e);
  for (let i = 0; i < winners.length; i++) winners[i].index = i;
  for (const e of winners) {
    const down = e.down;
    if (down === void 0) continue;
    for (let i = 0; i < down.length; i++) {
      const parent = down[i];
      if (parent === e.input.id) continue;
      const p2 = byId.get(parent);
      if (p2 === void 0) continue;
      p2.children++;
      e.ups = e.ups === NO_ENTRIES ? [p2] : [...e.ups, p2];
    }
  }
  const heads = winners.filter((e) => e.children === 0).map((e) => e.input.id);
  const bases = winners.filter((e) => e.down !== void 0 && e.down.length === 0).map((e) => e.input.id);
  const realBases = bases.filter((id2) => byId.get(id2).input.parsed.dependsOn.length === 0);
  let references;
  const refs = () => references ??= mapReferences(loaded, winners, byId);
  const dependents = () => refs().dependents;
  let dagBuilt;
  const dagOf = () => {
    if (dagBuilt) return dagBuilt;
    const dag = new Dag();
    for (const e of winners) dag.setNode(e.input.id, e.input);
    for (const e of winners) for (const p2 of e.ups) dag.setEdge(p2.input.id, e.input.id);
    return dagBuilt = dag;
  };
  let cycleDetails;
  const detectCycles = () => {
    const { resolvedDeps, selfLoops, dependents: dependents2 } = refs();
    if (selfLoops.length === 0 && !hasCycle(winners, resolvedDeps, byId, () => ++walks)) return [];
    const dag = dagOf();
    const allCycles = dag.cycles(dependents2.size ? dependents2 : void 0);
    const versioned = new Set(allCycles.length && dependents2.size ? dag.cycles().flat() : allCycles.flat());
    for (const loop of selfLoops) if (loop.kind === "down_revision") versioned.add(loop.ids[0]);
    const details = [];
    for (const scc of allCycles) {
      const ids2 = [...scc].sort(cmp2);
      if (ids2.length === 1) continue;
      const kind = ids2.some((id2) => versioned.has(id2)) ? "down_revision" : "depends_on";
      const what = kind === "down_revision" ? "Cycle" : "Dependency cycle";
      details.push({ ids: ids2, kind, message: `${what} is detected in revisions (${ids2.join(", ")})` });
    }
    const reportedLoops = /* @__PURE__ */ new Set();
    for (const loop of selfLoops) {
      const key = loop.ids[0];
      if (reportedLoops.has(key)) continue;
      reportedLoops.add(key);
      details.push(loop);
    }
    return details.sort((a, b2) => cmp2(a.ids[0], b2.ids[0]));
  };
  const allNextCount = (id2) => {
    const deps = dependents().get(id2);
    if (!deps) return dagOf().successors(id2).length;
    return (/* @__PURE__ */ new Set([...dagOf().successors(id2), ...deps])).size;
  };
  let labelSets;
  let walks = 0;
  const labelled = winners.filter((e) => e.input.parsed.branchLabels.length > 0);
  const ancestorsOf = (id2) => {
    const e = byId.get(id2);
    return e === void 0 ? /* @__PURE__ */ new Set() : ancestorIdsOf(e);
  };
  let revisions;
  let dependencies;
  return {
    get dag() {
      return dagOf();
    },
    get revisions() {
      return revisions ??= new Map(winners.map((e) => [e.input.id, e.input]));
    },
    heads,
    get realHeads() {
      return heads.filter((id2) => !dependents().has(id2));
    },
    bases,
    realBases,
    get branchLabels() {
      return refs().branchLabels;
    },
    labelsOf: (id2) => {
      if (labelled.length === 0) return [];
      const e = byId.get(id2);
      if (!labelSets && e !== void 0 && e.children === 0) return headLabels(e, labelled.length, ++walks);
      labelSets ??= propagateLabels(winners, dagOf(), byId, allNextCount);
      return [...labelSets.get(id2) ?? []].sort(cmp2);
    },
    ancestorsOf,
    parentsOf: (id2) => {
      const e = byId.get(id2);
      return e === void 0 ? EMPTY_IDS : e.ups.map((p2) => p2.input.id);
    },
    headsWithout: (ids2) => {
      const gone = /* @__PURE__ */ new Set();
      for (const id2 of ids2) {
        const e = byId.get(id2);
        if (e === void 0 || dupFiles.has(id2)) return void 0;
        gone.add(e);
      }
      const lost = /* @__PURE__ */ new Map();
      for (const e of gone) for (const p2 of e.ups) if (!gone.has(p2)) lost.set(p2, (lost.get(p2) ?? 0) + 1);
      const result = winners.filter((e) => e.children === 0 && !gone.has(e));
      for (const [p2, n] of lost) if (n === p2.children) result.push(p2);
      return result.sort((a, b2) => a.index - b2.index).map((e) => e.input.id);
    },
    forkPoint: (ids2) => {
      const entries = ids2.map((id2) => byId.get(id2));
      if (entries.length === 0 || entries.some((e) => e === void 0)) return void 0;
      return forkPointOf(entries, () => ++walks);
    },
    get dependencies() {
      return dependencies ??= normalizedDependencies(refs().resolvedDeps, ancestorsOf);
    },
    duplicates,
    get missing() {
      return refs().missing;
    },
    get cycles() {
      cycleDetails ??= detectCycles();
      return cycleDetails.map((c) => c.ids);
    },
    get cycleDetails() {
      cycleDetails ??= detectCycles();
      return cycleDetails;
    },
    get labelClashes() {
      return refs().labelClashes;
    },
    skipped,
    unreadableDownRevision
  };
}
function mapReferences(loaded, winners, byId) {
  const branchLabels = /* @__PURE__ */ new Map();
  const claims = /* @__PURE__ */ new Map();
  for (const e of loaded) {
    if (e.input.parsed.branchLabels.length === 0) continue;
    for (const label of e.input.parsed.branchLabels) {
      const owners = claims.get(label);
      if (owners) owners.push(e.input.id);
      else claims.set(label, [e.input.id]);
      if (!branchLabels.has(label)) branchLabels.set(label, e.input.id);
    }
  }
  const labelClashes = [];
  for (const [label, owners] of claims) {
    const all = byId.has(label) ? [label, ...owners] : owners;
    if (all.length < 2) continue;
    labelClashes.push({
      label,
      ids: dedupe(all),
      message: `Branch name '${label}' in revision ${all[1]} already used by revision ${all[0]}`
    });
  }
  const missing = [];
  const referenceProblem = (e, target, kind) => {
    const { parsed, id: id2, file } = e.input;
    const span = kind === "down_revision" ? parsed.downRevision?.span : parsed.dependsOnSpan;
    const labelOwner = kind === "down_revision" ? branchLabels.get(target) : void 0;
    const matches = labelOwner !== void 0 ? [labelOwner] : prefixMatches(byId, target);
    const reason = labelOwner !== void 0 ? "branch-label" : matches.length === 1 ? "partial" : matches.length > 1 ? "ambiguous" : "absent";
    let message = `Revision ${target} referenced from ${id2} is not present`;
    if (reason === "branch-label") {
      message += `; '${target}' is a branch label of ${labelOwner}, and down_revision must name a revision id`;
    } else if (reason === "partial") {
      message += `; Alembic does not resolve partial revision ids in revision files, write '${matches[0]}' in full`;
    } else if (reason === "ambiguous") {
      message += `; it is the start of several revision ids (${matches.slice(0, 3).join(", ")})`;
    } else if (kind === "depends_on") {
      message += "; depends_on must name a revision id or a branch label";
    }
    const m = { from: id2, file, target, kind, reason, matches, message };
    if (span) m.span = span;
    return m;
  };
  const resolvedDeps = /* @__PURE__ */ new Map();
  for (const e of loaded) {
    const deps = e.input.parsed.dependsOn;
    if (!deps.length) continue;
    const resolved = [];
    for (const dep of deps) {
      const target = byId.has(dep) ? dep : branchLabels.get(dep);
      if (target !== void 0) resolved.push(target);
      else missing.push(referenceProblem(e, dep, "depends_on"));
    }
    if (byId.get(e.input.id) === e) resolvedDeps.set(e.input.id, dedupe(resolved));
  }
  const dependents = /* @__PURE__ */ new Map();
  const selfLoops = [];
  for (const e of winners) {
    const id2 = e.input.id;
    const down = e.down ?? EMPTY_IDS;
    for (let i = 0; i < down.length; i++) {
      const parent = down[i];
      if (parent === id2) {
        selfLoops.push({ ids: [id2], kind: "down_revision", message: `Self-loop is detected in revisions (${id2})` });
        continue;
      }
      if (!byId.has(parent)) missing.push(referenceProblem(e, parent, "down_revision"));
    }
    const deps = resolvedDeps.size ? resolvedDeps.get(id2) : void 0;
    if (!deps) continue;
    for (const dep of deps) {
      if (dep === id2) {
        selfLoops.push({ ids: [id2], kind: "depends_on", message: `Dependency self-loop is detected in revisions (${id2})` });
        continue;
      }
      const list = dependents.get(dep);
      if (!list) dependents.set(dep, [id2]);
      else if (!list.includes(id2)) list.push(id2);
    }
  }
  missing.sort((a, b2) => compareLoadOrder(a.file, b2.file) || cmp2(a.target, b2.target));
  return { branchLabels, labelClashes, resolvedDeps, missing, dependents, selfLoops };
}
function normalizedDependencies(resolvedDeps, ancestorsOf) {
  const dependencies = /* @__PURE__ */ new Map();
  for (const [id2, resolved] of resolvedDeps) {
    let normalized;
    dependencies.set(id2, {
      resolved,
      get normalized() {
        if (!normalized) {
          const kept = new Set(resolved);
          for (const anc of ancestorsOf(id2)) for (const d of resolvedDeps.get(anc) ?? []) kept.delete(d);
          normalized = resolved.filter((d) => kept.has(d));
        }
        return normalized;
      }
    });
  }
  return dependencies;
}
function propagateLabels(winners, dag, byId, allNextCount) {
  const sets = /* @__PURE__ */ new Map();
  const labelled = winners.filter((e) => e.input.parsed.branchLabels.length > 0);
  for (const e of labelled) sets.set(e.input.id, new Set(e.input.parsed.branchLabels));
  const unions = /* @__PURE__ */ new Map();
  const union = (a, b2) => {
    let byB = unions.get(a);
    if (!byB) unions.set(a, byB = /* @__PURE__ */ new Map());
    let u = byB.get(b2);
    if (!u) {
      let missing = false;
      for (const l2 of b2) if (!a.has(l2)) missing = true;
      u = missing ? /* @__PURE__ */ new Set([...a, ...b2]) : a;
      byB.set(b2, u);
    }
    return u;
  };
  const add = (id2, labels) => {
    const s = sets.get(id2);
    if (!s) sets.set(id2, labels);
    else if (s !== labels) sets.set(id2, union(s, labels));
  };
  for (const e of labelled) {
    const own = sets.get(e.input.id);
    let last = e.input.id;
    dag.walkDown(e.input.id, (id2) => {
      add(id2, own);
      last = id2;
    });
    let parent = byId.get(last);
    const visited = /* @__PURE__ */ new Set();
    while (parent && !visited.has(parent.input.id)) {
      const id2 = parent.input.id;
      visited.add(id2);
      const realBranchPoint = allNextCount(id2) > 1;
      const mergePoint = (parent.down?.length ?? 0) > 1;
      if (realBranchPoint || mergePoint) break;
      add(id2, own);
      const down = parent.down?.[0];
      parent = down !== void 0 ? byId.get(down) : void 0;
    }
  }
  return sets;
}
function ancestors2(graph, id2, options = {}) {
  if (!options.includeDependencies) return graph.ancestorsOf(id2);
  const seen = /* @__PURE__ */ new Set();
  const up = (k2) => {
    const deps = graph.dependencies.get(k2)?.resolved ?? [];
    return deps.length ? [...graph.parentsOf(k2), ...deps] : graph.parentsOf(k2);
  };
  const stack = [...up(id2)];
  while (stack.length) {
    const k2 = stack.pop();
    if (seen.has(k2) || k2 === id2) continue;
    seen.add(k2);
    for (const p2 of up(k2)) if (!seen.has(p2)) stack.push(p2);
  }
  return seen;
}
function forkPoint2(graph, heads) {
  return graph.forkPoint(heads);
}
function forkPointOf(heads, next) {
  let common = next();
  markAncestry([heads[0]], common);
  let frontier = [heads[0]];
  for (let i = 1; i < heads.length; i++) {
    frontier = [];
    const walk = next();
    const stack = [heads[i]];
    while (stack.length) {
      const e = stack.pop();
      if (e.seen === walk) continue;
      e.seen = walk;
      if (e.mark === common) frontier.push(e);
      else for (const p2 of e.ups) stack.push(p2);
    }
    if (frontier.length === 0) return void 0;
    if (i < heads.length - 1) markAncestry(frontier, common = next());
  }
  if (frontier.length === 1) return frontier[0].input.id;
  const ids2 = frontier.map((e) => e.input.id);
  const ancestry = new Map(frontier.map((e) => [e.input.id, ancestorIdsOf(e)]));
  const latest = ids2.filter((k2) => !ids2.some((other) => other !== k2 && ancestry.get(other).has(k2)));
  latest.sort((a, b2) => ancestry.get(a).size - ancestry.get(b2).size || cmp2(a, b2));
  return latest.at(-1);
}
function markAncestry(from, mark) {
  const stack = [...from];
  while (stack.length) {
    const e = stack.pop();
    if (e.mark === mark) continue;
    e.mark = mark;
    for (const p2 of e.ups) if (p2.mark !== mark) stack.push(p2);
  }
}
function ancestorIdsOf(entry) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...entry.ups];
  while (stack.length) {
    const e = stack.pop();
    if (seen.has(e.input.id)) continue;
    seen.add(e.input.id);
    for (const p2 of e.ups) if (!seen.has(p2.input.id)) stack.push(p2);
  }
  seen.delete(entry.input.id);
  return seen;
}
function headLabels(head, labelled, walk) {
  const labels = /* @__PURE__ */ new Set();
  let found = 0;
  const stack = [head];
  while (stack.length && found < labelled) {
    const e = stack.pop();
    if (e.seen === walk) continue;
    e.seen = walk;
    const own = e.input.parsed.branchLabels;
    if (own.length > 0) {
      found++;
      for (const l2 of own) labels.add(l2);
    }
    for (const p2 of e.ups) if (p2.seen !== walk) stack.push(p2);
  }
  return [...labels].sort(cmp2);
}
function hasCycle(winners, resolvedDeps, byId, next) {
  const done = next();
  const onPath = next();
  const upsOf = (e) => {
    const deps = resolvedDeps.size ? resolvedDeps.get(e.input.id) : void 0;
    if (!deps) return e.ups;
    const extra = deps.flatMap((d) => d === e.input.id ? [] : [byId.get(d)]);
    return extra.length ? [...e.ups, ...extra] : e.ups;
  };
  const stack = [];
  const edges = [];
  const at = [];
  for (const root of winners) {
    if (root.seen === done) continue;
    stack.push(root);
    edges.push(upsOf(root));
    at.push(0);
    root.mark = onPath;
    while (stack.length) {
      const top = stack.length - 1;
      const list = edges[top];
      const i = at[top];
      if (i === list.length) {
        const e = stack.pop();
        edges.pop();
        at.pop();
        e.seen = done;
        e.mark = 0;
        continue;
      }
      at[top] = i + 1;
      const p2 = list[i];
      if (p2.mark === onPath) return true;
      if (p2.seen === done) continue;
      p2.mark = onPath;
      stack.push(p2);
      edges.push(upsOf(p2));
      at.push(0);
    }
  }
  return false;
}
function headsByBranch(graph) {
  const groups = /* @__PURE__ */ new Map();
  for (const head of graph.heads) {
    const labels = graph.labelsOf(head);
    for (const key of labels.length ? labels : [void 0]) {
      const list = groups.get(key);
      if (list) list.push(head);
      else groups.set(key, [head]);
    }
  }
  return groups;
}
function prefixMatches(byId, prefix) {
  if (!prefix) return [];
  const out = [];
  for (const id2 of byId.keys()) if (id2.length > 3 && id2 !== prefix && id2.startsWith(prefix)) out.push(id2);
  return out.sort(cmp2);
}
function inLoadOrder(inputs) {
  if (inOneFolderSorted(inputs)) return inputs;
  const byDir = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const slash = input.file.lastIndexOf("/");
    const dir = input.file.slice(0, slash + 1);
    const entry = { name: input.file.slice(slash + 1), input };
    const list = byDir.get(dir);
    if (list) list.push(entry);
    else byDir.set(dir, [entry]);
  }
  const dirs = [...byDir.keys()].sort((a, b2) => comparePathParts(a.split("/"), b2.split("/")));
  return dirs.flatMap((dir) => byDir.get(dir).sort((a, b2) => cmp2(a.name, b2.name)).map((e) => e.input));
}
function inOneFolderSorted(inputs) {
  if (inputs.length === 0) return true;
  const first = inputs[0].file;
  const slash = first.lastIndexOf("/");
  const dir = first.slice(0, slash + 1);
  let previous = "";
  for (let i = 0; i < inputs.length; i++) {
    const file = inputs[i].file;
    if (file.lastIndexOf("/") !== slash || !file.startsWith(dir) || file <= previous) return false;
    previous = file;
  }
  return true;
}
function compareLoadOrder(a, b2) {
  return a === b2 ? 0 : comparePathParts(a.split("/"), b2.split("/"));
}
function comparePathParts(x2, y2) {
  const n = Math.min(x2.length, y2.length);
  for (let i = 0; i < n; i++) {
    const xs = x2[i];
    const ys = y2[i];
    if (xs === ys) continue;
    const xFile = i === x2.length - 1;
    const yFile = i === y2.length - 1;
    if (xFile !== yFile) return xFile ? -1 : 1;
    return cmp2(xs, ys);
  }
  return x2.length - y2.length;
}
function dedupe(items) {
  return [...new Set(items)];
}
function cmp2(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}

// src/fix/alembic.ts
import { createHash as createHash2 } from "node:crypto";

// src/frameworks/alembic/file-template.ts
var DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";
var DEFAULT_TRUNCATE_SLUG_LENGTH = 40;
var WORD = /[\p{L}\p{N}_]+/gu;
function slugOf(message, truncateSlugLength) {
  const limit = truncateSlugLength || DEFAULT_TRUNCATE_SLUG_LENGTH;
  let slug = (message ?? "").match(WORD)?.join("_").toLowerCase() ?? "";
  const chars = Array.from(slug);
  if (chars.length > limit) {
    const cut = chars.slice(0, limit).join("");
    const i = cut.lastIndexOf("_");
    slug = (i < 0 ? cut : cut.slice(0, i)) + "_";
  }
  return slug;
}
function dateVars(date) {
  return {
    epoch: Math.floor(date.getTime() / 1e3),
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds()
  };
}
function formatFileTemplate(template, vars) {
  const values = vars;
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    if (template[i + 1] === "%") {
      out += "%";
      i++;
      continue;
    }
    const m = /^%\(([^)]*)\)([-+ #0]*)(\d*)(?:\.(\d+))?([sdiurxXo])/.exec(template.slice(i));
    if (!m) return { error: `unsupported placeholder at \`${template.slice(i, i + 12)}\` in file_template` };
    const [whole, key, flags, width, precision, conv] = m;
    if (!Object.hasOwn(values, key)) return { error: `file_template names \`%(${key})\`, which Alembic does not provide (KeyError)` };
    const v2 = values[key];
    let s;
    if (conv === "s" || conv === "r") {
      s = conv === "r" && typeof v2 === "string" ? `'${v2}'` : String(v2);
      if (precision !== void 0) s = Array.from(s).slice(0, Number(precision)).join("");
    } else {
      if (typeof v2 !== "number") return { error: `file_template formats \`%(${key})\` as a number, but it is text (TypeError)` };
      const n = Math.trunc(v2);
      const base = conv === "x" || conv === "X" ? 16 : conv === "o" ? 8 : 10;
      let digits = Math.abs(n).toString(base);
      if (conv === "X") digits = digits.toUpperCase();
      if (precision !== void 0) digits = digits.padStart(Number(precision), "0");
      if (flags.includes("#") && base !== 10) digits = (base === 16 ? `0${conv}` : "0o") + digits;
      const sign = n < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      s = sign + digits;
      if (width && flags.includes("0") && !flags.includes("-")) s = sign + digits.padStart(Number(width) - sign.length, "0");
    }
    if (width && s.length < Number(width)) s = flags.includes("-") ? s.padEnd(Number(width)) : s.padStart(Number(width));
    out += s;
    i += whole.length - 1;
  }
  return { name: out };
}
function revisionFileName(fileTemplate, vars) {
  const r = formatFileTemplate(fileTemplate ?? DEFAULT_FILE_TEMPLATE, vars);
  if ("name" in r) return `${r.name}.py`;
  const d = formatFileTemplate(DEFAULT_FILE_TEMPLATE, vars);
  return `${"name" in d ? d.name : vars.rev}.py`;
}

// src/frameworks/alembic/quick.ts
var QuickDecline = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var BLANK_LINES = /(?:[ \t]*(?:#[^\n]*)?\n)*/y;
var DOCSTRING_DOUBLE = /"""((?:[^"\\]|"(?!""))*)"""[ \t]*(?:#[^\n]*)?\n/y;
var DOCSTRING_SINGLE = /'''((?:[^'\\]|'(?!''))*)'''[ \t]*(?:#[^\n]*)?\n/y;
var W2 = "(?!(?:revision|down_revision|branch_labels|depends_on|lambda)\\b)\\w+";
var DOTTED = `${W2}(?:\\.${W2})*`;
var IMPORT_LINE = new RegExp(
  `(?:import[ \\t]+${DOTTED}(?:[ \\t]+as[ \\t]+${W2})?(?:[ \\t]*,[ \\t]*${DOTTED}(?:[ \\t]+as[ \\t]+${W2})?)*|from[ \\t]+(?:\\.+(?:${DOTTED})?|${DOTTED})[ \\t]+import[ \\t]+${W2}(?:[ \\t]+as[ \\t]+${W2})?(?:[ \\t]*,[ \\t]*${W2}(?:[ \\t]+as[ \\t]+${W2})?)*)[ \\t]*(?:#[^\\n]*)?\\n`,
  "y"
);
var ASSIGNMENT_REST = new RegExp(`[ \\t]*(?::(?:[.,[\\] \\t|]|${W2})*)?=(?!=)[ \\t]*`, "y");
var LINE_END = /[ \t]*(?:#[^\n]*)?\n/y;
var PLAIN_STRING = /"[^"\\\n]*"|'[^'\\\n]*'/y;
var NAME_OR_STAR = /\b(?:revision|down_revision|branch_labels|depends_on)\b|\bimport(?:[ \t]|\\\n)*\*/g;
var NON_ASCII = /[\u0080-\uffff]/g;
function trackedAt(text, pos) {
  const c = text.charCodeAt(pos);
  const name2 = c === 114 ? "revision" : c === 100 ? text.charCodeAt(pos + 1) === 111 ? "down_revision" : "depends_on" : c === 98 ? "branch_labels" : void 0;
  if (name2 === void 0 || !text.startsWith(name2, pos) || isWordChar(text.charCodeAt(pos + name2.length))) return void 0;
  return name2;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function quickRevision(text) {
  if (text.includes("\r")) return new QuickDecline("a carriage return");
  if (text.charCodeAt(0) === 65279) return new QuickDecline("a byte order mark");
  let revision;
  let down;
  let labels;
  let depends;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const spanOf = (r) => {
    for (let nl = text.indexOf("\n", counted); nl >= 0 && nl < r.from; nl = text.indexOf("\n", nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    counted = r.from;
    return { line, column: r.from - lineStart + 1, endLine: line, endColumn: r.to - lineStart };
  };
  BLANK_LINES.lastIndex = 0;
  BLANK_LINES.test(text);
  let pos = BLANK_LINES.lastIndex;
  let docstring;
  const q2 = text.charCodeAt(pos);
  if (q2 === 34 || q2 === 39) {
    const re = q2 === 34 ? DOCSTRING_DOUBLE : DOCSTRING_SINGLE;
    re.lastIndex = pos;
    const doc = re.exec(text);
    if (!doc) return new QuickDecline("a first statement that is a string of another form");
    docstring = doc[1];
    pos = re.lastIndex;
  }
  for (; ; ) {
    BLANK_LINES.lastIndex = pos;
    BLANK_LINES.test(text);
    pos = BLANK_LINES.lastIndex;
    const c = text.charCodeAt(pos);
    if (c === 105 || c === 102) {
      IMPORT_LINE.lastIndex = pos;
      if (!IMPORT_LINE.test(text)) break;
      pos = IMPORT_LINE.lastIndex;
      continue;
    }
    const name2 = trackedAt(text, pos);
    if (name2 === void 0) break;
    ASSIGNMENT_REST.lastIndex = pos + name2.length;
    if (!ASSIGNMENT_REST.test(text)) break;
    const value = readValue(text, ASSIGNMENT_REST.lastIndex);
    if (value instanceof QuickDecline) return value;
    LINE_END.lastIndex = value.end;
    if (!LINE_END.test(text)) return new QuickDecline("something after a value");
    value.read.span = spanOf(value.read);
    if (name2 === "revision") revision = value.read;
    else if (name2 === "down_revision") down = value.read;
    else if (name2 === "branch_labels") labels = value.read;
    else depends = value.read;
    pos = LINE_END.lastIndex;
  }
  if (text.indexOf("revision", pos) >= 0 || text.indexOf("branch_labels", pos) >= 0 || text.indexOf("depends_on", pos) >= 0 || text.indexOf("*", pos) >= 0) {
    NAME_OR_STAR.lastIndex = pos;
    if (NAME_OR_STAR.test(text)) return new QuickDecline("one of the four names (or a star import) after the header");
  }
  NON_ASCII.lastIndex = pos;
  if (NON_ASCII.test(text)) return new QuickDecline("non-ASCII after the header (a name could normalise to one of the four)");
  if (!revision || !down) return new QuickDecline("no revision or no down_revision in the header");
  if (!revision.single) return new QuickDecline("revision is not a string");
  const result = { branchLabels: [], dependsOn: [], problems: [] };
  if (docstring !== void 0) readDocstring(docstring, result);
  result.revision = { value: revision.ids[0], span: revision.span };
  result.downRevision = { value: down.ids ?? [], span: down.span };
  if (labels) {
    result.branchLabels = labels.ids ?? [];
    result.branchLabelsSpan = labels.span;
  }
  if (depends) {
    result.dependsOn = depends.ids ?? [];
    result.dependsOnSpan = depends.span;
  }
  return result;
}
function readValue(text, pos) {
  const c = text.charCodeAt(pos);
  if (c === 78) {
    if (text.startsWith("None", pos) && !isWordChar(text.charCodeAt(pos + 4))) {
      return { read: { ids: void 0, single: false, from: pos, to: pos + 4 }, end: pos + 4 };
    }
    return new QuickDecline("a value other than None, strings or a sequence of strings");
  }
  if (c === 34 || c === 39) {
    PLAIN_STRING.lastIndex = pos;
    if (!PLAIN_STRING.test(text)) return new QuickDecline("a string with a backslash, or unterminated");
    const end2 = PLAIN_STRING.lastIndex;
    if (text.charCodeAt(end2) === c || text.charCodeAt(end2) === 34 || text.charCodeAt(end2) === 39) {
      return new QuickDecline("a triple-quoted or implicitly concatenated string");
    }
    return { read: { ids: [text.slice(pos + 1, end2 - 1)], single: true, from: pos, to: end2 }, end: end2 };
  }
  if (c !== 40 && c !== 91 && c !== 123) return new QuickDecline("a value other than None, strings or a sequence of strings");
  const close = c === 40 ? 41 : c + 2;
  const ids2 = [];
  let at = pos + 1;
  let inner;
  let trailingComma = false;
  for (; ; ) {
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const d = text.charCodeAt(at);
    if (d === close) break;
    if (d !== 34 && d !== 39) return new QuickDecline("a sequence item that is not a plain string");
    PLAIN_STRING.lastIndex = at;
    if (!PLAIN_STRING.test(text)) return new QuickDecline("a string with a backslash, or unterminated");
    const end2 = PLAIN_STRING.lastIndex;
    ids2.push(text.slice(at + 1, end2 - 1));
    inner = { from: at, to: end2 };
    at = end2;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    trailingComma = text.charCodeAt(at) === 44;
    if (trailingComma) {
      at++;
      continue;
    }
    if (text.charCodeAt(at) !== close) return new QuickDecline("a sequence that does not close on its line");
    break;
  }
  const end = at + 1;
  if (ids2.length === 0 && c === 123) return new QuickDecline("a dict");
  if (c === 40 && ids2.length === 1 && !trailingComma) {
    return { read: { ids: ids2, single: true, from: inner.from, to: inner.to }, end };
  }
  return { read: { ids: ids2, single: false, from: pos, to: end }, end };
}
function readDocstring(value, result) {
  const trimmed = value.trim();
  const cr = trimmed.indexOf("\r");
  const lf = trimmed.indexOf("\n");
  const end = cr < 0 ? lf < 0 ? trimmed.length : lf : lf < 0 ? cr : Math.min(cr, lf);
  const firstLine = trimmed.slice(0, end).trim();
  if (firstLine !== "") result.message = ` ${firstLine}`.slice(1);
  const m = /^[ \t]*Revises:[ \t]*(.*)$/m.exec(value);
  if (m) result.docstringRevises = m[1].split(",").map((x2) => x2.trim()).filter((x2) => x2 !== "");
}

// src/frameworks/alembic/scan.ts
var NotSure = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function notSure(reason) {
  throw new NotSure(reason);
}
var MODE_FULL = 0;
var MODE_LEAN = 1;
var MODE_LEAN_DEFS = 2;
var T_NAME = 1;
var T_NUMBER = 2;
var T_STRING = 3;
var T_OP = 4;
var T_NEWLINE = 5;
var T_INDENT = 6;
var T_DEDENT = 7;
var T_EOF = 8;
var K_NONE = 0;
var K_CONST = 1;
var K_NONEVAL = 2;
var K_NOT = 3;
var K_BOOL = 4;
var K_IN = 5;
var K_IS = 6;
var K_DEF = 7;
var K_WITH = 8;
var K_AS = 9;
var K_PASS = 10;
var K_RETURN = 11;
var K_RAISE = 12;
var K_FROM = 13;
var K_IMPORT = 14;
var K_OTHER = 15;
var K_SOFT = 16;
var KEYWORDS = new Map([
  ["True", K_CONST],
  ["False", K_CONST],
  ["None", K_NONEVAL],
  ["not", K_NOT],
  ["and", K_BOOL],
  ["or", K_BOOL],
  ["in", K_IN],
  ["is", K_IS],
  ["def", K_DEF],
  ["with", K_WITH],
  ["as", K_AS],
  ["pass", K_PASS],
  ["return", K_RETURN],
  ["raise", K_RAISE],
  ["from", K_FROM],
  ["import", K_IMPORT],
  ...[
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "global",
    "if",
    "lambda",
    "nonlocal",
    "try",
    "while",
    "yield"
  ].map((k2) => [k2, K_OTHER]),
  ...["match", "case", "type", "print", "exec"].map((k2) => [k2, K_SOFT])
]);
var KEYWORD_BUCKETS = [[]];
var KEYWORD_INDEX = new Uint8Array(128 * 16);
for (const [word, id2] of KEYWORDS) {
  const key = word.charCodeAt(0) * 16 + word.length;
  if (KEYWORD_INDEX[key] === 0) {
    KEYWORD_INDEX[key] = KEYWORD_BUCKETS.length;
    KEYWORD_BUCKETS.push([]);
  }
  KEYWORD_BUCKETS[KEYWORD_INDEX[key]].push([word, id2]);
}
function keywordAt(text, start, length) {
  const index = KEYWORD_INDEX[text.charCodeAt(start) * 16 + length];
  if (index === 0) return K_NONE;
  const bucket = KEYWORD_BUCKETS[index];
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i];
    if (text.startsWith(entry[0], start)) return entry[1];
  }
  return K_NONE;
}
var op2 = (s) => s.charCodeAt(0) * 128 + s.charCodeAt(1);
var OP_EQ = op2("==");
var OP_NE = op2("!=");
var OP_LE = op2("<=");
var OP_GE = op2(">=");
var OP_ARROW = op2("->");
var OP_POW = op2("**");
var OP_FLOORDIV = op2("//");
var OP_LSHIFT = op2("<<");
var OP_RSHIFT = op2(">>");
var TWO_CHAR = /* @__PURE__ */ new Set([OP_EQ, OP_NE, OP_LE, OP_GE, OP_ARROW, OP_POW, OP_FLOORDIV, OP_LSHIFT, OP_RSHIFT]);
var BINARY = /* @__PURE__ */ new Set([
  43,
  45,
  42,
  47,
  37,
  124,
  38,
  94,
  60,
  62,
  // + - * / % | & ^ < >
  OP_EQ,
  OP_NE,
  OP_LE,
  OP_GE,
  OP_POW,
  OP_FLOORDIV,
  OP_LSHIFT,
  OP_RSHIFT
]);
var E_OTHER = 0;
var E_NAME = 1;
var E_TARGET = 2;
var E_STRING = 3;
var IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c))) IDENT[c] = 1;
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "br", "rb"]);
var SHORT_DOUBLE = /"(?:[^"\\\r\n]|\\(?:\r\n|[^]))*"/y;
var SHORT_SINGLE = /'(?:[^'\\\r\n]|\\(?:\r\n|[^]))*'/y;
var TRIPLE_DOUBLE = /"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
var TRIPLE_SINGLE = /'''(?:[^'\\]|\\[^]|'(?!''))*'''/y;
var SKIM = /[^"'#\\()[\]{}\n\r]*/y;
var BODY_LINE_START = /(?: *(?:#[^\r\n]*)?\r?\n)* */y;
var LINE_PLAIN = /(?:[^"'#\\()[\]{}\n\r\w.:*\x80-\uffff]+|\.\w*|(?!(?:revision|down_revision|branch_labels|depends_on)\b)\w+|(?<!\bimport[ \t\f]*)\*|:(?![ \t\f]*(?:#[^\r\n]*)?(?:[\r\n]|$)))*/y;
var IMPORT_PLAIN = /(?:[^"'#\\()[\]{}\n\r\w:*\x80-\uffff]+|(?!(?:revision|down_revision|branch_labels|depends_on)\b)\w+|(?<!\bimport[ \t\f]*)\*|:(?![ \t\f]*(?:#[^\r\n]*)?(?:[\r\n]|$)))*/y;
var ANNOTATION_PLAIN = /(?:[^"'#\\()[\]{}\n\r\w.:;=<>!\x80-\uffff]+|\.\w*|(?!(?:revision|down_revision|branch_labels|depends_on|lambda)\b)\w+|[<>!=]=|[<>!]|:(?!=))*/y;
var TRACKED = ["revision", "down_revision", "branch_labels", "depends_on"];
var Scan = class {
  text;
  len;
  pos = 0;
  // The current token.
  kind = 0;
  start = 0;
  end = 0;
  /** OP: the character code, or first * 128 + second for two-character operators. */
  op = 0;
  /** NAME: the keyword class. */
  kw = K_NONE;
  /** STRING: has a b prefix. */
  bytes = false;
  /** The end of the previous token. */
  prevEnd = 0;
  // Layout.
  brackets = [];
  indents = [0];
  pendingDedents = 0;
  atLineStart = true;
  lineHasTokens = false;
  bindings = /* @__PURE__ */ new Map();
  /** The string tokens of the first statement, when they are its only tokens: the module docstring. */
  docstring;
  capture;
  /** Lean mode (see the top of the file): module-level function bodies go through `skimBlock`. */
  lean;
  /**
   * Lean mode's first try (`MODE_LEAN`): after the first statement, module-level statements other than
   * the four names' assignments are skimmed too (`leanStatement`), and those assignments' annotations.
   */
  leanLines;
  constructor(text, mode) {
    this.text = text;
    this.len = text.length;
    this.lean = mode !== MODE_FULL;
    this.leanLines = mode === MODE_LEAN;
  }
  // -------------------------------------------------------------------------------------------------
  // The tokenizer.
  next() {
    this.prevEnd = this.end;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.kind = T_DEDENT;
      return;
    }
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    for (; ; ) {
      if (pos >= len) {
        if (this.brackets.length > 0) notSure("unclosed bracket at end of file");
        this.pos = pos;
        this.start = this.end = pos;
        if (this.lineHasTokens) {
          this.lineHasTokens = false;
          this.atLineStart = true;
          this.kind = T_NEWLINE;
        } else if (this.indents.length > 1) {
          this.indents.pop();
          this.kind = T_DEDENT;
        } else {
          this.kind = T_EOF;
        }
        return;
      }
      let c = text.charCodeAt(pos);
      if (this.atLineStart) {
        let col = 0;
        while (c === 32) {
          col++;
          c = text.charCodeAt(++pos);
        }
        if (c === 9 || c === 12) notSure("tab or form feed in indentation");
        if (c === 10 || c === 13 || c === 35 || pos >= len) {
          if (c === 35) pos = this.commentEnd(pos);
          if (pos < len) pos = this.lineBreak(pos, text.charCodeAt(pos));
          continue;
        }
        this.atLineStart = false;
        const top = this.indents[this.indents.length - 1];
        if (col !== top) {
          this.pos = pos;
          this.start = this.end = pos;
          if (col > top) {
            this.indents.push(col);
            this.kind = T_INDENT;
            return;
          }
          let n = 0;
          while (this.indents[this.indents.length - 1] > col) {
            this.indents.pop();
            n++;
          }
          if (this.indents[this.indents.length - 1] !== col) notSure("unindent does not match");
          this.pendingDedents = n - 1;
          this.kind = T_DEDENT;
          return;
        }
      }
      if (c === 32 || c === 9) {
        pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        const at = pos;
        pos = this.lineBreak(pos, c);
        if (this.brackets.length > 0) continue;
        this.lineHasTokens = false;
        this.atLineStart = true;
        this.pos = pos;
        this.start = this.end = at;
        this.kind = T_NEWLINE;
        return;
      }
      if (c === 35) {
        pos = this.commentEnd(pos);
        continue;
      }
      this.start = pos;
      this.lineHasTokens = true;
      if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
        pos++;
        while (pos < len && (c = text.charCodeAt(pos)) < 128 && IDENT[c] === 1) pos++;
        if (pos < len && c >= 128) notSure("non-ASCII identifier");
        if ((c === 34 || c === 39) && pos < len && pos - this.start <= 2) {
          const prefix = text.slice(this.start, pos).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            this.bytes = prefix.includes("b");
            this.string(pos, c);
            return;
          }
          notSure(prefix.includes("f") ? "f-string" : "a name before a string");
        }
        this.pos = this.end = pos;
        this.kind = T_NAME;
        this.kw = pos - this.start <= 8 ? keywordAt(text, this.start, pos - this.start) : K_NONE;
        return;
      }
      if (c === 34 || c === 39) {
        this.bytes = false;
        this.string(pos, c);
        return;
      }
      if (c >= 48 && c <= 57) {
        const first = c;
        pos++;
        while (pos < len && (c = text.charCodeAt(pos)) >= 48 && c <= 57) pos++;
        if (first === 48 && pos - this.start > 1) notSure("number with a leading zero");
        if (c === 46) {
          const d = text.charCodeAt(pos + 1);
          if (!(d >= 48 && d <= 57)) notSure("unusual number literal");
          pos++;
          while (pos < len && (c = text.charCodeAt(pos)) >= 48 && c <= 57) pos++;
        }
        if (pos < len && (c >= 128 || IDENT[c] === 1 || c === 46)) notSure("unusual number literal");
        this.pos = this.end = pos;
        this.kind = T_NUMBER;
        return;
      }
      this.kind = T_OP;
      const n1 = text.charCodeAt(pos + 1);
      const two = c * 128 + n1;
      if (TWO_CHAR.has(two)) {
        if (text.charCodeAt(pos + 2) === 61 && two !== OP_EQ && two !== OP_NE && two !== OP_LE && two !== OP_GE) {
          notSure("augmented assignment");
        }
        this.op = two;
        this.pos = this.end = pos + 2;
        return;
      }
      switch (c) {
        case 40:
        case 91:
        case 123:
          this.brackets.push(c);
          break;
        case 41:
        case 93:
        case 125: {
          const open = this.brackets.pop();
          if (open === void 0 || (c === 41 ? open !== 40 : c !== open + 2)) notSure("mismatched bracket");
          break;
        }
        case 46:
          if (n1 >= 48 && n1 <= 57) notSure("number starting with a dot");
          break;
        case 44:
        case 58:
        case 61:
        case 43:
        case 45:
        case 42:
        case 47:
        case 37:
        case 124:
        case 38:
        case 94:
        case 60:
        case 62:
        case 126:
          if (n1 === 61 && c !== 126) notSure("augmented assignment or walrus");
          break;
        default:
          notSure(c === 59 ? "semicolon" : c === 92 ? "backslash continuation" : "unexpected character");
      }
      this.op = c;
      this.pos = this.end = pos + 1;
      return;
    }
  }
  /** The line break ending the comment at `pos` (the file has no lone \r: `scan` refuses one up front). */
  commentEnd(pos) {
    const nl = this.text.indexOf("\n", pos);
    if (nl < 0) return this.len;
    return this.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }
  /** Past the line break at `pos` (character `c`); a lone \r is refused. */
  lineBreak(pos, c) {
    if (c === 10) return pos + 1;
    if (this.text.charCodeAt(pos + 1) !== 10) notSure("a lone carriage return");
    return pos + 2;
  }
  string(pos, q2) {
    this.kind = T_STRING;
    this.pos = this.end = this.stringEnd(pos, q2);
  }
  /** The end of the string literal whose opening quote `q` is at `pos`. */
  stringEnd(pos, q2) {
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q2 && text.charCodeAt(pos + 2) === q2;
    const re = triple ? q2 === 34 ? TRIPLE_DOUBLE : TRIPLE_SINGLE : q2 === 34 ? SHORT_DOUBLE : SHORT_SINGLE;
    re.lastIndex = pos;
    if (!re.test(text)) notSure("unterminated string");
    return re.lastIndex;
  }
  isOp(code) {
    return this.kind === T_OP && this.op === code;
  }
  expectOp(code, what) {
    if (!(this.kind === T_OP && this.op === code)) notSure(`expected ${what}`);
    this.next();
  }
  /** The name of the current token when it is one of the four names, else undefined. */
  tracked() {
    const length = this.end - this.start;
    if (length !== 8 && length !== 13 && length !== 10) return void 0;
    const name2 = this.text.slice(this.start, this.end);
    return TRACKED.includes(name2) ? name2 : void 0;
  }
  /** A name that binds or reads a variable: not a keyword, not one of the four names. */
  plainName() {
    if (this.kind !== T_NAME || this.kw !== K_NONE) notSure("expected a name");
    if (this.tracked()) notSure("one of revision/down_revision/branch_labels/depends_on used elsewhere");
    this.next();
  }
  // -------------------------------------------------------------------------------------------------
  // Statements.
  module() {
    this.next();
    let first = true;
    while (this.kind !== T_EOF) {
      if (first && this.kind === T_STRING) {
        this.capture = [];
        const code = this.statement(true, false);
        if (code === E_STRING) this.docstring = this.capture;
        this.capture = void 0;
      } else if (!first && this.leanLines) {
        this.leanStatement();
      } else {
        this.statement(true, false);
      }
      first = false;
    }
  }
  /** One statement; returns the expression's class for a lone expression statement. */
  statement(top, inDef) {
    if (this.kind === T_NAME) {
      switch (this.kw) {
        case K_NONE: {
          if (top) {
            const name2 = this.tracked();
            if (name2) {
              this.trackedAssignment(name2);
              return E_OTHER;
            }
          }
          return this.expressionStatement(top);
        }
        case K_DEF:
          this.funcdef(top);
          return E_OTHER;
        case K_WITH:
          this.next();
          for (; ; ) {
            this.expr();
            if (this.kind === T_NAME && this.kw === K_AS) {
              this.next();
              this.plainName();
            }
            if (!this.isOp(44)) break;
            this.next();
          }
          this.expectOp(58, "':'");
          this.block(inDef);
          return E_OTHER;
        case K_PASS:
          this.next();
          break;
        case K_RETURN:
          if (!inDef) notSure("return outside a function");
          this.next();
          if (this.kind !== T_NEWLINE) this.exprList();
          break;
        case K_RAISE:
          this.next();
          if (this.kind !== T_NEWLINE) {
            this.expr();
            if (this.kind === T_NAME && this.kw === K_FROM) {
              this.next();
              this.expr();
            }
          }
          break;
        case K_IMPORT:
          this.next();
          for (; ; ) {
            this.dottedName();
            if (this.kind === T_NAME && this.kw === K_AS) {
              this.next();
              this.plainName();
            }
            if (!this.isOp(44)) break;
            this.next();
          }
          break;
        case K_FROM:
          this.fromImport();
          break;
        case K_CONST:
        case K_NONEVAL:
        case K_NOT:
          return this.expressionStatement(top);
        default:
          notSure("a statement outside the subset");
      }
      this.endOfStatement();
      return E_OTHER;
    }
    if (this.kind === T_STRING || this.kind === T_NUMBER || this.kind === T_OP) return this.expressionStatement(top);
    notSure(this.kind === T_INDENT ? "unexpected indent" : "unexpected token at a statement start");
  }
  endOfStatement() {
    if (this.kind !== T_NEWLINE) notSure("more after the end of a statement");
    this.next();
  }
  dottedName() {
    this.plainName();
    while (this.isOp(46)) {
      this.next();
      this.plainName();
    }
  }
  fromImport() {
    this.next();
    let dots = false;
    while (this.isOp(46)) {
      dots = true;
      this.next();
    }
    if (!(dots && this.kind === T_NAME && this.kw === K_IMPORT)) this.dottedName();
    if (!(this.kind === T_NAME && this.kw === K_IMPORT)) notSure("expected import");
    this.next();
    const parens = this.isOp(40);
    if (parens) this.next();
    for (; ; ) {
      if (this.isOp(42)) notSure("star import");
      this.plainName();
      if (this.kind === T_NAME && this.kw === K_AS) {
        this.next();
        this.plainName();
      }
      if (!this.isOp(44)) break;
      this.next();
      if (parens && this.isOp(41)) break;
      if (!parens && this.kind === T_NEWLINE) notSure("trailing comma in an import");
    }
    if (parens) this.expectOp(41, "')'");
  }
  funcdef(top) {
    this.next();
    this.plainName();
    this.expectOp(40, "'('");
    let defaults = false;
    while (!this.isOp(41)) {
      this.plainName();
      if (this.isOp(58)) {
        this.next();
        this.expr();
      }
      if (this.isOp(61)) {
        this.next();
        this.expr();
        defaults = true;
      } else if (defaults) {
        notSure("a parameter without a default after one with a default");
      }
      if (this.isOp(44)) this.next();
      else if (!this.isOp(41)) notSure("bad parameter list");
    }
    this.next();
    if (this.isOp(OP_ARROW)) {
      this.next();
      this.expr();
    }
    this.expectOp(58, "':'");
    if (top && this.lean) this.skimBlock();
    else this.block(true);
  }
  /**
   * Lean mode: moves past the body of a module-level `def` without the tokenizer, from the NEWLINE that
   * ends its header to the next statement at column 0 (the current token then), as if `block` had read
   * it. No INDENT is pushed, so there is no DEDENT to read either.
   */
  skimBlock() {
    if (this.kind !== T_NEWLINE) notSure("a block on the header line");
    this.resumeAt(this.skimBody(this.pos));
  }
  /** Lean mode: past a function body starting at `pos` (after its header's line break); see `skimBlock`. */
  skimBody(pos) {
    const text = this.text;
    const len = this.len;
    let lines = 0;
    while (pos < len) {
      BODY_LINE_START.lastIndex = pos;
      BODY_LINE_START.test(text);
      const at = BODY_LINE_START.lastIndex;
      if (at >= len) return this.bodyEnd(len, lines);
      const c = text.charCodeAt(at);
      if (c === 9 || c === 12) notSure("tab or form feed in indentation");
      if (c === 35) {
        pos = this.commentEnd(at);
        continue;
      }
      if (at === pos || text.charCodeAt(at - 1) === 10) return this.bodyEnd(at, lines);
      lines++;
      pos = this.skimLine(at);
    }
    return this.bodyEnd(pos, lines);
  }
  bodyEnd(pos, lines) {
    if (lines === 0) notSure("expected an indented block");
    return pos;
  }
  /** Lean mode: the tokenizer carries on at `pos`, the start of a line at module level. */
  resumeAt(pos) {
    this.brackets.length = 0;
    this.pos = pos;
    this.atLineStart = true;
    this.lineHasTokens = false;
    this.next();
  }
  /**
   * Lean mode's first try: one module-level statement after the first, on its first token (read by the
   * tokenizer, at column 0). The four names' assignments are parsed (`trackedAssignment`, with the
   * annotation skimmed); a `def` has its name checked and the rest skimmed (`leanFuncdef`); any other
   * statement is skimmed (`skimStatement`) when its first token is one a simple statement can start with.
   */
  leanStatement() {
    const kind = this.kind;
    if (kind === T_NAME) {
      const kw = this.kw;
      if (kw === K_NONE) {
        const name2 = this.tracked();
        if (name2) {
          this.trackedAssignment(name2);
          return;
        }
      } else if (kw === K_DEF) {
        this.leanFuncdef();
        return;
      } else if (kw !== K_FROM && kw !== K_IMPORT && kw !== K_CONST && kw !== K_NONEVAL && kw !== K_NOT && kw !== K_PASS && kw !== K_RAISE) {
        notSure("a statement lean mode does not skim");
      }
    } else if (kind === T_OP) {
      if (this.op !== 40 && this.op !== 91 && this.op !== 123) notSure("a statement lean mode does not skim");
    } else if (kind !== T_STRING && kind !== T_NUMBER) {
      notSure(kind === T_INDENT ? "unexpected indent" : "unexpected token at a statement start");
    }
    const plain = kind === T_NAME && (this.kw === K_IMPORT || this.kw === K_FROM) ? IMPORT_PLAIN : LINE_PLAIN;
    this.resumeAt(this.skimStatement(this.pos, this.brackets.length, plain, false));
  }
  /** Lean mode's first try: a module-level `def`, on `def`. */
  leanFuncdef() {
    this.next();
    this.plainName();
    if (!this.isOp(40) && !this.isOp(91)) notSure("expected '('");
    const pos = this.skimStatement(this.pos, this.brackets.length, LINE_PLAIN, true);
    this.resumeAt(this.skimBody(pos));
  }
  /**
   * Lean mode's first try: past the logical line that goes on at `pos` with `depth` brackets open (past
   * its line break), as `skimLine` finds its end, refusing in plain code (`plain`: `LINE_PLAIN`, or
   * `IMPORT_PLAIN` for an import) what could bind one of the four names or change what the file means
   * to the lezer path: the four names as words (not after a dot, outside imports), a star import, a `:`
   * ending a line outside brackets (a compound statement's header; for a `def` `header`, the one `:` that
   * must end it), backslashes, non-ASCII.
   */
  skimStatement(pos, depth, plain, header) {
    const text = this.text;
    const len = this.len;
    let colon = false;
    for (; ; ) {
      plain.lastIndex = pos;
      plain.test(text);
      pos = plain.lastIndex;
      if (pos >= len) {
        if (depth > 0) notSure("unclosed bracket at end of file");
        if (header && !colon) notSure("a block on the header line");
        return pos;
      }
      const c = text.charCodeAt(pos);
      if (c === 34 || c === 39) {
        const p2 = text.charCodeAt(pos - 1);
        if (p2 >= 128 || IDENT[p2] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        pos = this.lineBreak(pos, c);
        if (depth === 0) {
          if (header && !colon) notSure("a block on the header line");
          return pos;
        }
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure("mismatched bracket");
        depth--;
        pos++;
      } else if (c === 58) {
        if (depth === 0) {
          if (!header || colon) notSure("a compound statement");
          colon = true;
        }
        pos++;
      } else {
        notSure(
          c === 92 ? "backslash continuation" : c >= 128 ? "non-ASCII outside strings and comments" : c === 42 ? "star import" : "one of revision/down_revision/branch_labels/depends_on used elsewhere"
        );
      }
    }
  }
  /**
   * Lean mode's first try: the annotation of one of the four names, on the token after its `:`. Moves to
   * the `=` that ends it (outside brackets and strings, not `==`/`<=`/`>=`/`!=`), the current token then.
   */
  skimAnnotation() {
    if (this.kind === T_NAME) {
      if (this.kw !== K_NONE && this.kw !== K_CONST && this.kw !== K_NONEVAL || this.tracked()) {
        notSure("an annotation outside the subset");
      }
    } else if (this.kind !== T_STRING && !this.isOp(40) && !this.isOp(91) && !this.isOp(123)) {
      notSure("an annotation outside the subset");
    }
    const text = this.text;
    const len = this.len;
    let depth = this.brackets.length;
    let pos = this.pos;
    for (; ; ) {
      ANNOTATION_PLAIN.lastIndex = pos;
      ANNOTATION_PLAIN.test(text);
      pos = ANNOTATION_PLAIN.lastIndex;
      if (pos >= len) notSure("an annotation without a value");
      const c = text.charCodeAt(pos);
      if (c === 61) {
        if (depth === 0) break;
        pos++;
      } else if (c === 34 || c === 39) {
        const p2 = text.charCodeAt(pos - 1);
        if (p2 >= 128 || IDENT[p2] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        if (depth === 0) notSure("an annotation without a value");
        pos = this.lineBreak(pos, c);
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure("mismatched bracket");
        depth--;
        pos++;
      } else {
        notSure(
          c === 92 ? "backslash continuation" : c >= 128 ? "non-ASCII outside strings and comments" : c === 58 ? "walrus in an annotation" : c === 59 ? "semicolon" : "one of the four names, or lambda, in an annotation"
        );
      }
    }
    this.brackets.length = 0;
    this.pos = pos;
    this.next();
  }
  /**
   * Lean mode: past the logical line starting at `pos` (past its line break), tracking only what finds
   * its end: strings, comments and bracket depth. Plain text is crossed by a sticky regular expression.
   */
  skimLine(pos) {
    const text = this.text;
    const len = this.len;
    let depth = 0;
    for (; ; ) {
      SKIM.lastIndex = pos;
      SKIM.test(text);
      pos = SKIM.lastIndex;
      if (pos >= len) {
        if (depth > 0) notSure("unclosed bracket at end of file");
        return pos;
      }
      const c = text.charCodeAt(pos);
      if (c === 34 || c === 39) {
        const p2 = text.charCodeAt(pos - 1);
        if (p2 >= 128 || IDENT[p2] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        pos = this.lineBreak(pos, c);
        if (depth === 0) return pos;
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure("mismatched bracket");
        depth--;
        pos++;
      } else {
        notSure("backslash continuation");
      }
    }
  }
  /**
   * Lean mode: refuses a name of one or two characters right before the quote at `pos` unless it is a
   * string prefix, as `next` does (so f- and t-strings). A longer name is no prefix but a token of its
   * own, as in `return"x"`, which full mode reads too.
   */
  prefixBefore(pos) {
    const text = this.text;
    let from = pos - 1;
    let c;
    while (from > 0 && ((c = text.charCodeAt(from - 1)) >= 128 || IDENT[c] === 1)) from--;
    if (pos - from > 2) return;
    const prefix = text.slice(from, pos).toLowerCase();
    if (!STRING_PREFIXES.has(prefix)) notSure(prefix.includes("f") ? "f-string" : "a name before a string");
  }
  /** NEWLINE INDENT statement+ DEDENT. */
  block(inDef) {
    if (this.kind !== T_NEWLINE) notSure("a block on the header line");
    this.next();
    if (this.kind !== T_INDENT) notSure("expected an indented block");
    this.next();
    while (this.kind !== T_DEDENT) {
      if (this.kind === T_EOF) notSure("internal: end of file inside a block");
      this.statement(false, inDef);
    }
    this.next();
  }
  expressionStatement(top) {
    let code = this.expr();
    if (this.isOp(44)) {
      this.exprListRest();
      code = E_OTHER;
    }
    if (this.isOp(61)) {
      while (this.isOp(61)) {
        if (code !== E_NAME && code !== E_TARGET) notSure("an assignment to something other than a name, attribute or subscript");
        this.next();
        code = this.exprList();
      }
      this.endOfStatement();
      return E_OTHER;
    }
    if (this.isOp(58)) {
      if (!top || code !== E_NAME) notSure("an annotation outside the subset");
      this.next();
      this.expr();
      if (this.isOp(61)) {
        this.next();
        this.exprList();
      }
      this.endOfStatement();
      return E_OTHER;
    }
    this.endOfStatement();
    return code;
  }
  /** `revision = ...` / `revision: annotation = ...` at module level. */
  trackedAssignment(name2) {
    this.next();
    if (this.isOp(58)) {
      this.next();
      if (this.leanLines) this.skimAnnotation();
      else this.expr();
    }
    if (!this.isOp(61)) notSure(`${name2} is not assigned a value`);
    this.next();
    const rawFrom = this.start;
    let value = this.literal();
    if (this.isOp(44)) {
      const items = [value];
      let rawTo = this.prevEnd;
      while (this.isOp(44)) {
        this.next();
        if (this.kind === T_NEWLINE) break;
        items.push(this.literal());
        rawTo = this.prevEnd;
      }
      value = { kind: "seq", items, from: rawFrom, to: rawTo };
    }
    this.endOfStatement();
    this.bindings.set(name2, value);
  }
  /** None, strings, or a tuple/list/set of literals; parentheses around one value vanish. */
  literal() {
    const from = this.start;
    if (this.kind === T_STRING) {
      let value = "";
      while (this.kind === T_STRING) {
        const d = this.bytes ? void 0 : decodeStringLiteral(this.text.slice(this.start, this.end));
        if (!d) notSure("a string literal the fast path does not read");
        value += d.value;
        this.next();
      }
      return { kind: "str", value, from, to: this.prevEnd };
    }
    if (this.kind === T_NAME && this.kw === K_NONEVAL) {
      this.next();
      return { kind: "none", from, to: this.prevEnd };
    }
    if (this.kind !== T_OP) notSure("a value outside the literal subset");
    const open = this.op;
    if (open !== 40 && open !== 91 && open !== 123) notSure("a value outside the literal subset");
    const close = open === 40 ? 41 : open + 2;
    this.next();
    const items = [];
    if (this.isOp(close)) {
      if (open === 123) notSure("a dict");
      this.next();
      return { kind: "seq", items, from, to: this.prevEnd };
    }
    items.push(this.literal());
    if (open === 40 && this.isOp(41)) {
      this.next();
      return items[0];
    }
    while (!this.isOp(close)) {
      this.expectOp(44, "','");
      if (this.isOp(close)) break;
      items.push(this.literal());
    }
    this.next();
    return { kind: "seq", items, from, to: this.prevEnd };
  }
  // -------------------------------------------------------------------------------------------------
  // Expressions: only checked, never built.
  exprList() {
    const code = this.expr();
    if (!this.isOp(44)) return code;
    this.exprListRest();
    return E_OTHER;
  }
  /** After the first item of a bare tuple, on its comma. */
  exprListRest() {
    while (this.isOp(44)) {
      this.next();
      if (this.kind === T_NEWLINE || this.isOp(61)) return;
      this.expr();
    }
  }
  expr() {
    let notAllowed = true;
    let operands = 0;
    let code;
    for (; ; ) {
      let prefixed = false;
      for (; ; ) {
        if (this.kind === T_NAME && this.kw === K_NOT) {
          if (!notAllowed) notSure("not after an operator");
        } else if (this.kind === T_OP && (this.op === 43 || this.op === 45 || this.op === 126)) {
          notAllowed = false;
        } else {
          break;
        }
        prefixed = true;
        this.next();
      }
      code = this.primary();
      if (prefixed) code = E_OTHER;
      operands++;
      if (this.kind === T_OP) {
        if (!BINARY.has(this.op)) break;
        this.next();
        notAllowed = false;
        continue;
      }
      if (this.kind !== T_NAME) break;
      const kw = this.kw;
      if (kw === K_BOOL) {
        notAllowed = true;
      } else if (kw === K_IN) {
        notAllowed = false;
      } else if (kw === K_IS) {
        this.next();
        if (this.kind === T_NAME && this.kw === K_NOT) this.next();
        notAllowed = false;
        continue;
      } else if (kw === K_NOT) {
        this.next();
        if (!(this.kind === T_NAME && this.kw === K_IN)) notSure("not without in");
        notAllowed = false;
      } else {
        break;
      }
      this.next();
    }
    return operands === 1 ? code : E_OTHER;
  }
  /** An atom and its trailers (attributes, calls, subscripts). */
  primary() {
    let code;
    if (this.kind === T_NAME) {
      if (this.kw === K_CONST || this.kw === K_NONEVAL) {
        this.next();
        return E_OTHER;
      }
      this.plainName();
      code = E_NAME;
    } else if (this.kind === T_STRING) {
      const bytes = this.bytes;
      while (this.kind === T_STRING) {
        if (this.bytes !== bytes) notSure("bytes and text strings joined");
        if (this.capture) this.capture.push([this.start, this.end]);
        this.next();
      }
      code = E_STRING;
    } else if (this.kind === T_NUMBER) {
      this.next();
      return E_OTHER;
    } else if (this.kind === T_OP && (this.op === 40 || this.op === 91)) {
      const close = this.op === 40 ? 41 : 93;
      this.next();
      while (!this.isOp(close)) {
        this.expr();
        if (this.isOp(44)) this.next();
        else if (!this.isOp(close)) notSure("bad tuple or list");
      }
      this.next();
      code = E_OTHER;
    } else if (this.isOp(123)) {
      this.display();
      code = E_OTHER;
    } else {
      notSure("expected an operand");
    }
    const named = code === E_NAME;
    for (; ; ) {
      if (this.kind !== T_OP) return code;
      if (this.op === 46) {
        this.next();
        if (this.kind !== T_NAME || this.kw !== K_NONE && this.kw !== K_SOFT) notSure("bad attribute");
        this.next();
        code = named ? E_TARGET : E_OTHER;
      } else if (this.op === 40) {
        this.next();
        this.args();
        code = E_OTHER;
      } else if (this.op === 91) {
        this.next();
        do {
          this.expr();
          if (!this.isOp(44)) break;
          this.next();
        } while (!this.isOp(93));
        this.expectOp(93, "']'");
        code = named ? E_TARGET : E_OTHER;
      } else {
        return code;
      }
    }
  }
  /** Call arguments after `(`: positional ones, then keyword ones. */
  args() {
    let keywords = false;
    while (!this.isOp(41)) {
      const code = this.expr();
      if (this.isOp(61)) {
        if (code !== E_NAME) notSure("bad keyword argument");
        this.next();
        this.expr();
        keywords = true;
      } else if (keywords) {
        notSure("a positional argument after a keyword argument");
      }
      if (this.isOp(44)) this.next();
      else if (!this.isOp(41)) notSure("bad argument list");
    }
    this.next();
  }
  /** A dict or set display, on its `{`. */
  display() {
    this.next();
    if (this.isOp(125)) {
      this.next();
      return;
    }
    this.expr();
    const dict = this.isOp(58);
    if (dict) {
      this.next();
      this.expr();
    }
    while (!this.isOp(125)) {
      this.expectOp(44, "','");
      if (this.isOp(125)) break;
      this.expr();
      if (dict) {
        this.expectOp(58, "':'");
        this.expr();
      }
    }
    this.next();
  }
};
function ids(v2) {
  if (v2.kind === "none") return [];
  if (v2.kind === "str") return [v2.value];
  return v2.items.map((item) => {
    if (item.kind !== "str") notSure("an entry that is not a string");
    return item.value;
  });
}
function scan(input, mode) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  if (text.includes("\r") && /\r(?!\n)/.test(text)) notSure("a lone carriage return");
  const s = new Scan(text, mode);
  s.module();
  const revision = s.bindings.get("revision");
  const down = s.bindings.get("down_revision");
  if (!revision || !down) notSure("no revision or no down_revision");
  if (revision.kind !== "str") notSure("revision is not a string");
  const lines = new LineMap(text);
  const span = (v2) => lines.span(v2.from, v2.to);
  const result = { branchLabels: [], dependsOn: [], problems: [] };
  if (s.docstring) {
    let value = "";
    for (const [from, to] of s.docstring) {
      const d = decodeStringLiteral(text.slice(from, to));
      if (!d || d.bytes) notSure("a docstring the fast path does not read");
      value += d.value;
    }
    readDocstring(value, result);
  }
  result.revision = { value: revision.value, span: span(revision) };
  result.downRevision = { value: ids(down), span: span(down) };
  const labels = s.bindings.get("branch_labels");
  if (labels) {
    result.branchLabels = ids(labels);
    result.branchLabelsSpan = span(labels);
  }
  const depends = s.bindings.get("depends_on");
  if (depends) {
    result.dependsOn = ids(depends);
    result.dependsOnSpan = span(depends);
  }
  return result;
}
function attempt(text, mode) {
  try {
    return scan(text, mode);
  } catch (err) {
    if (err instanceof NotSure) return err;
    throw err;
  }
}
function scanRevision(text, options) {
  if (options?.lean !== true) {
    const r2 = attempt(text, MODE_FULL);
    return r2 instanceof NotSure ? void 0 : r2;
  }
  if (options.quick !== false) {
    const quick = quickRevision(text);
    if (!(quick instanceof QuickDecline)) return quick;
  }
  const r = attempt(text, MODE_LEAN);
  if (!(r instanceof NotSure)) return r;
  const again = attempt(text, MODE_LEAN_DEFS);
  return again instanceof NotSure ? void 0 : again;
}

// src/frameworks/alembic/parse.ts
var NAMES = ["revision", "down_revision", "branch_labels", "depends_on"];
var NAME_SET = new Set(NAMES);
var COMPOUND2 = /* @__PURE__ */ new Set([
  "IfStatement",
  "ForStatement",
  "WhileStatement",
  "TryStatement",
  "WithStatement",
  "MatchStatement"
]);
function legacyRevisionId(fileName) {
  const m = /^([a-f0-9]+)\.py$/.exec(fileName);
  return m?.[1];
}
function cannotReadRevision(name2, why) {
  return `migraph reads revision files without running them and could not read \`${name2}\` statically: ${why}`;
}
function snippet2(text, from, to) {
  const raw = text.slice(from, to).replace(/\s+/g, " ");
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}
function statementsOf2(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "StatementGroup") out.push(...statementsOf2(c));
    else if (c.name !== ";" && c.name !== "Comment" && c.name !== ":") out.push(c);
  }
  return out;
}
function collectNames(node, text, out) {
  if (node.name === "VariableName") {
    out.push(text.slice(node.from, node.to));
    return;
  }
  for (let c = node.firstChild; c; c = c.nextSibling) collectNames(c, text, out);
}
function namesBoundInside(node, text, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === "FunctionDefinition" || c.name === "ClassDefinition") continue;
    if (c.name === "AssignStatement" || c.name === "UpdateStatement") {
      const t2 = assignTargets(c, text);
      for (const n of [...t2.names, ...t2.unpacked]) out.add(n);
      namesBoundInside(c, text, out);
    } else if (c.name === "NamedExpression" || c.name === "DeleteStatement") {
      const first = c.name === "NamedExpression" ? c.firstChild : c.getChild("VariableName");
      if (first?.name === "VariableName") out.add(text.slice(first.from, first.to));
      namesBoundInside(c, text, out);
    } else if (c.name === "ForStatement") {
      for (let t2 = c.firstChild; t2 && t2.name !== "in"; t2 = t2.nextSibling) {
        const names = [];
        collectNames(t2, text, names);
        for (const n of names) out.add(n);
      }
      namesBoundInside(c, text, out);
    } else {
      namesBoundInside(c, text, out);
    }
  }
}
function assignTargets(stmt, text) {
  const names = [];
  const unpacked = [];
  let group = [];
  for (let c = stmt.firstChild; c; c = c.nextSibling) {
    if (c.name === "AssignOp" || c.name === "UpdateOp") {
      const targets = group.filter((g) => g.name !== "," && g.name !== "TypeDef" && g.name !== "Comment");
      const isUnpack = targets.length > 1 || group.some((g) => g.name === ",");
      for (const t2 of targets) {
        if (t2.name === "VariableName" && !isUnpack) names.push(text.slice(t2.from, t2.to));
        else collectNames(t2, text, unpacked);
      }
      group = [];
    } else {
      group.push(c);
    }
  }
  return { names, unpacked };
}
function assignedValue2(stmt, text) {
  let lastOp;
  for (let c = stmt.firstChild; c; c = c.nextSibling) if (c.name === "AssignOp") lastOp = c;
  if (!lastOp) return void 0;
  const parts = [];
  let commas = 0;
  for (let c = lastOp.nextSibling; c; c = c.nextSibling) {
    if (c.name === ",") commas++;
    else if (c.name !== "Comment") parts.push(c);
  }
  if (parts.length === 0) return { kind: "other", what: "nothing (a syntax error)", from: stmt.to, to: stmt.to };
  if (parts.length === 1 && commas === 0) return valueOf(parts[0], text);
  return { kind: "tuple", items: parts.map((p2) => valueOf(p2, text)), from: parts[0].from, to: parts[parts.length - 1].to };
}
function valueOf(node, text) {
  if (node.name === "SetExpression") {
    const parts = expressionChildren(node);
    if (parts.some((p2) => p2.name === "*" || p2.type.isError)) {
      return { kind: "other", what: `\`${snippet2(text, node.from, node.to)}\``, from: node.from, to: node.to };
    }
    return { kind: "list", items: parts.map((p2) => valueOf(p2, text)), from: node.from, to: node.to };
  }
  if (node.name === "ParenthesizedExpression") {
    const parts = expressionChildren(node);
    if (parts.length === 1) return valueOf(parts[0], text);
  }
  if (node.name === "TupleExpression" || node.name === "ArrayExpression") {
    const v2 = toValue(node, text);
    if (v2.kind === "tuple" || v2.kind === "list") {
      return { ...v2, items: expressionChildren(node).map((p2) => valueOf(p2, text)) };
    }
    return v2;
  }
  return toValue(node, text);
}
function describe2(v2) {
  switch (v2.kind) {
    case "list":
      return "a list";
    case "tuple":
      return "a tuple";
    case "str":
      return v2.bytes ? "a byte string" : "a string";
    case "swappable":
      return "a call";
    case "bool":
      return v2.value ? "True" : "False";
    case "none":
      return "None";
    case "other":
      return v2.what;
  }
}
function readIds(name2, v2, lines, problems) {
  if (v2.kind === "none") return [];
  if (v2.kind === "str" && !v2.bytes) return [v2.value];
  if (v2.kind === "tuple" || v2.kind === "list") {
    const out = [];
    for (const item of v2.items) {
      if (item.kind === "str" && !item.bytes) {
        out.push(item.value);
        continue;
      }
      problems.push({
        message: cannotReadRevision(name2, `an entry is ${describe2(item)}, not a string literal`),
        span: lines.span(item.from, item.to)
      });
      return void 0;
    }
    return out;
  }
  const why = `it is ${describe2(v2)}, not None, a string or a tuple of strings`;
  problems.push({ message: cannotReadRevision(name2, why), span: lines.span(v2.from, v2.to) });
  return void 0;
}
function moduleDocstring(statements, text) {
  const first = statements[0];
  if (first?.name !== "ExpressionStatement") return void 0;
  const parts = expressionChildren(first);
  if (parts.length !== 1) return void 0;
  const node = parts[0];
  if (node.name === "String") {
    const d = decodeStringLiteral(text.slice(node.from, node.to));
    return d && !d.bytes ? { value: d.value } : void 0;
  }
  if (node.name === "ContinuedString") {
    let value = "";
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === "Comment") continue;
      if (c.name !== "String") return void 0;
      const d = decodeStringLiteral(text.slice(c.from, c.to));
      if (!d || d.bytes) return void 0;
      value += d.value;
    }
    return { value };
  }
  return void 0;
}
function revisionQuoteStyle(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  return quoteStyle(text, parsePython(text));
}
function quoteStyle(text, tree) {
  let doubles = 0;
  let singles = 0;
  tree.iterate({
    enter(n) {
      if (n.name !== "String" && n.name !== "FormatString") return void 0;
      const m = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(text.slice(n.from, Math.min(n.to, n.from + 5)));
      if (m?.[1] === '"') doubles++;
      else if (m?.[1] === "'") singles++;
      return false;
    }
  });
  return quoteOf(doubles, singles);
}
function parseRevision(input, options) {
  return scanRevision(input, options) ?? parseRevisionThorough(input);
}
function parseRevisionThorough(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const tree = parsePython(text);
  const lines = new LineMap(text);
  const problems = [];
  const syntax = syntaxProblem(text, tree, lines);
  if (syntax) problems.push(syntax);
  const statements = statementsOf2(tree.topNode);
  const bindings = /* @__PURE__ */ new Map();
  const bindUnknown = (name2, why, node) => {
    if (NAME_SET.has(name2)) bindings.set(name2, { kind: "unknown", why, from: node.from, to: node.to });
  };
  for (const stmt of statements) {
    const what = snippet2(text, stmt.from, stmt.to);
    if (stmt.name === "AssignStatement") {
      const { names, unpacked } = assignTargets(stmt, text);
      const value = assignedValue2(stmt, text);
      for (const n of unpacked) bindUnknown(n, `it is bound by unpacking (\`${what}\`)`, stmt);
      if (value) {
        for (const n of names) {
          if (NAME_SET.has(n)) bindings.set(n, { kind: "value", value, stmtFrom: stmt.from, stmtTo: stmt.to });
        }
      }
    } else if (stmt.name === "UpdateStatement") {
      for (const n of assignTargets(stmt, text).names) bindUnknown(n, `it is changed with an augmented assignment (\`${what}\`)`, stmt);
    } else if (stmt.name === "DeleteStatement") {
      const names = [];
      collectNames(stmt, text, names);
      for (const n of names) if (NAME_SET.has(n)) bindings.set(n, { kind: "deleted" });
    } else if (stmt.name === "ImportStatement") {
      for (let c = stmt.firstChild; c; c = c.nextSibling) {
        if (c.name === "VariableName") bindUnknown(text.slice(c.from, c.to), `it is bound by an import (\`${what}\`)`, stmt);
      }
    } else if (stmt.name === "FunctionDefinition" || stmt.name === "ClassDefinition") {
      const n = stmt.getChild("VariableName");
      if (n) bindUnknown(text.slice(n.from, n.to), "a function or class of that name is defined", stmt);
    } else if (stmt.name === "DecoratedStatement") {
      const inner = stmt.getChild("FunctionDefinition") ?? stmt.getChild("ClassDefinition");
      const n = inner?.getChild("VariableName");
      if (n) bindUnknown(text.slice(n.from, n.to), "a function or class of that name is defined", stmt);
    } else if (COMPOUND2.has(stmt.name)) {
      const names = /* @__PURE__ */ new Set();
      namesBoundInside(stmt, text, names);
      if (stmt.name === "ForStatement" || stmt.name === "WithStatement") {
        for (let c = stmt.firstChild; c && c.name !== "Body"; c = c.nextSibling) {
          if (c.name === "VariableName") names.add(text.slice(c.from, c.to));
        }
      }
      for (const n of names) {
        bindUnknown(n, "it is assigned inside an if/for/try/with block, so its value depends on running the module", stmt);
      }
    } else {
      const cursor = stmt.cursor();
      do {
        if (cursor.name === "NamedExpression") {
          const target = cursor.node.firstChild;
          if (target?.name === "VariableName") bindUnknown(text.slice(target.from, target.to), "it is assigned with `:=` inside an expression", stmt);
        }
      } while (cursor.next() && cursor.from < stmt.to);
    }
  }
  const result = { branchLabels: [], dependsOn: [], problems };
  const docstring = moduleDocstring(statements, text);
  if (docstring) readDocstring(docstring.value, result);
  for (const name2 of NAMES) {
    const b2 = bindings.get(name2);
    if (!b2 || b2.kind === "deleted") {
      if (name2 === "revision") {
        problems.push({
          message: "This file assigns no `revision`; Alembic then takes the id from a legacy file name made of hex digits only (`<id>.py`) and fails otherwise."
        });
      } else if (name2 === "down_revision") {
        problems.push({ message: "This file assigns no `down_revision`; Alembic fails to load it (AttributeError)." });
      }
      continue;
    }
    if (b2.kind === "unknown") {
      problems.push({ message: cannotReadRevision(name2, b2.why), span: lines.span(b2.from, b2.to) });
      continue;
    }
    const v2 = b2.value;
    const span = lines.span(v2.from, v2.to);
    if (name2 === "revision") {
      if (v2.kind === "str" && !v2.bytes) result.revision = { value: v2.value, span };
      else {
        const why = v2.kind === "other" ? `it is ${v2.what}` : `it is ${describe2(v2)}, not a string`;
        problems.push({ message: cannotReadRevision("revision", why), span });
      }
      continue;
    }
    const ids2 = readIds(name2, v2, lines, problems);
    if (!ids2) continue;
    if (name2 === "down_revision") result.downRevision = { value: ids2, span };
    else if (name2 === "branch_labels") {
      result.branchLabels = ids2;
      result.branchLabelsSpan = span;
    } else {
      result.dependsOn = ids2;
      result.dependsOnSpan = span;
    }
  }
  return result;
}

// src/frameworks/alembic/mako.ts
var DEFAULT_SCRIPT_TEMPLATE = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
Create Date: \${create_date}

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
\${imports if imports else ""}

# revision identifiers, used by Alembic.
revision: str = \${repr(up_revision)}
down_revision: Union[str, Sequence[str], None] = \${repr(down_revision)}
branch_labels: Union[str, Sequence[str], None] = \${repr(branch_labels)}
depends_on: Union[str, Sequence[str], None] = \${repr(depends_on)}


def upgrade() -> None:
    """Upgrade schema."""
    \${upgrades if upgrades else "pass"}


def downgrade() -> None:
    """Downgrade schema."""
    \${downgrades if downgrades else "pass"}
`;
var UNDEFINED = /* @__PURE__ */ Symbol("UNDEFINED");
var RenderError = class extends Error {
};
var isSeq = (v2) => typeof v2 === "object" && v2 !== null;
function pyStrRepr(s) {
  const q2 = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q2;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === q2) out += `\\${q2}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (ch !== " " && /[\p{C}\p{Z}]/u.test(ch)) {
      out += cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp <= 65535 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + q2;
}
function pyRepr(v2) {
  if (v2 === UNDEFINED) throw new RenderError("a name the template uses is not defined");
  if (v2 === null) return "None";
  if (typeof v2 === "boolean") return v2 ? "True" : "False";
  if (typeof v2 === "string") return pyStrRepr(v2);
  const inner = v2.items.map(pyRepr).join(", ");
  if (v2.seq === "list") return `[${inner}]`;
  return v2.items.length === 1 ? `(${inner},)` : `(${inner})`;
}
function pyStr(v2) {
  return typeof v2 === "string" ? v2 : pyRepr(v2);
}
function truthy(v2) {
  if (v2 === UNDEFINED || v2 === null) return false;
  if (typeof v2 === "string") return v2.length > 0;
  if (typeof v2 === "boolean") return v2;
  return v2.items.length > 0;
}
function formatAsComma(v2) {
  if (v2 === null) return "";
  if (typeof v2 === "string") return v2;
  if (isSeq(v2)) {
    return v2.items.map((i) => {
      if (typeof i !== "string") throw new RenderError("`comma` was given a collection of non-strings");
      return i;
    }).join(", ");
  }
  throw new RenderError(`\`comma\` cannot format ${v2 === UNDEFINED ? "an undefined name" : pyRepr(v2)}`);
}
function pyEquals(a, b2) {
  if (isSeq(a) || isSeq(b2)) {
    if (!isSeq(a) || !isSeq(b2) || a.seq !== b2.seq || a.items.length !== b2.items.length) return false;
    return a.items.every((x2, i) => pyEquals(x2, b2.items[i]));
  }
  return a === b2;
}
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const name2 = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name2) {
      const rest = src.slice(i + name2[0].length);
      if (/^['"]/.test(rest) && /^[rRuU]$/.test(name2[0])) {
        const lit = readString(src, i + name2[0].length, name2[0].toLowerCase() === "r");
        out.push({ t: "str", v: lit.value });
        i = lit.end;
        continue;
      }
      out.push({ t: "name", v: name2[0] });
      i += name2[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      const lit = readString(src, i, false);
      out.push({ t: "str", v: lit.value });
      i = lit.end;
      continue;
    }
    const op = /^(==|!=|[(),])/.exec(src.slice(i));
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new RenderError(`unsupported syntax \`${src.slice(i, i + 20)}\``);
  }
  return out;
}
function readString(src, start, raw) {
  const q2 = src[start];
  const triple = src.startsWith(q2.repeat(3), start);
  const delim = triple ? q2.repeat(3) : q2;
  let i = start + delim.length;
  let value = "";
  const esc = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
  while (i < src.length) {
    if (src.startsWith(delim, i)) return { value, end: i + delim.length };
    const c = src[i];
    if (c === "\\" && !raw) {
      const e = src[i + 1];
      if (e === void 0 || esc[e] === void 0) throw new RenderError("unsupported escape in a string literal");
      value += esc[e];
      i += 2;
      continue;
    }
    if (c === "\n" && !triple) break;
    value += c;
    i++;
  }
  throw new RenderError("unterminated string literal");
}
var KEYWORDS2 = /* @__PURE__ */ new Set(["if", "else", "and", "or", "not", "is", "in", "lambda", "for"]);
var Expr = class _Expr {
  constructor(toks) {
    this.toks = toks;
  }
  toks;
  i = 0;
  static parse(src) {
    const e = new _Expr(tokenize(src));
    const node = e.ternary();
    if (e.i < e.toks.length) throw new RenderError(`unsupported syntax in \`${src.trim()}\``);
    return node;
  }
  static evaluate(src, vars) {
    return evaluate(_Expr.parse(src), vars);
  }
  peek() {
    return this.toks[this.i];
  }
  isWord(v2) {
    const t2 = this.peek();
    return t2?.t === "name" && t2.v === v2;
  }
  isOp(v2) {
    const t2 = this.peek();
    return t2?.t === "op" && t2.v === v2;
  }
  expectOp(v2) {
    if (!this.isOp(v2)) throw new RenderError(`expected \`${v2}\``);
    this.i++;
  }
  ternary() {
    const body = this.or();
    if (!this.isWord("if")) return body;
    this.i++;
    const cond = this.or();
    if (!this.isWord("else")) throw new RenderError("expected `else`");
    this.i++;
    return { k: "ifexp", body, cond, orelse: this.ternary() };
  }
  or() {
    let a = this.and();
    while (this.isWord("or")) {
      this.i++;
      a = { k: "or", a, b: this.and() };
    }
    return a;
  }
  and() {
    let a = this.not();
    while (this.isWord("and")) {
      this.i++;
      a = { k: "and", a, b: this.not() };
    }
    return a;
  }
  not() {
    if (this.isWord("not")) {
      this.i++;
      return { k: "not", a: this.not() };
    }
    return this.comparison();
  }
  comparison() {
    const a = this.primary();
    if (this.isWord("is")) {
      this.i++;
      const neg = this.isWord("not");
      if (neg) this.i++;
      return { k: "is", a, b: this.primary(), neg };
    }
    if (this.isOp("==") || this.isOp("!=")) {
      const neg = this.peek().v === "!=";
      this.i++;
      return { k: "eq", a, b: this.primary(), neg };
    }
    return a;
  }
  primary() {
    const t2 = this.peek();
    if (!t2) throw new RenderError("an expression ends too early");
    this.i++;
    if (t2.t === "str") {
      let v2 = t2.v;
      for (let n = this.peek(); n?.t === "str"; n = this.peek()) {
        v2 += n.v;
        this.i++;
      }
      return { k: "lit", v: v2 };
    }
    if (t2.t === "op") {
      if (t2.v !== "(") throw new RenderError(`unexpected \`${t2.v}\``);
      const inner = this.ternary();
      this.expectOp(")");
      return inner;
    }
    if (t2.v === "None") return { k: "lit", v: null };
    if (t2.v === "True") return { k: "lit", v: true };
    if (t2.v === "False") return { k: "lit", v: false };
    if (KEYWORDS2.has(t2.v)) throw new RenderError(`unexpected \`${t2.v}\``);
    if (this.isOp("(")) {
      if (t2.v !== "repr" && t2.v !== "str") throw new RenderError(`calling \`${t2.v}(...)\` is not supported`);
      this.i++;
      const a = this.ternary();
      this.expectOp(")");
      return { k: "call", f: t2.v, a };
    }
    const next = this.peek();
    if (next && !(next.t === "op" && next.v !== "(") && !(next.t === "name" && KEYWORDS2.has(next.v))) {
      throw new RenderError(`unsupported syntax after \`${t2.v}\``);
    }
    return { k: "name", n: t2.v };
  }
};
function evaluate(node, vars) {
  const ev = (n) => evaluate(n, vars);
  switch (node.k) {
    case "lit":
      return node.v;
    case "name":
      return vars.has(node.n) ? vars.get(node.n) : UNDEFINED;
    case "call": {
      const a = ev(node.a);
      return node.f === "repr" ? pyRepr(a) : a === UNDEFINED ? fail() : pyStr(a);
    }
    case "not":
      return !truthy(ev(node.a));
    case "and": {
      const a = ev(node.a);
      return truthy(a) ? ev(node.b) : a;
    }
    case "or": {
      const a = ev(node.a);
      return truthy(a) ? a : ev(node.b);
    }
    case "is": {
      const a = ev(node.a);
      const b2 = ev(node.b);
      if (a === UNDEFINED || b2 === UNDEFINED) fail();
      if (isSeq(b2) || typeof b2 === "string") throw new RenderError("`is` is only supported with None, True or False");
      return node.neg ? a !== b2 : a === b2;
    }
    case "eq": {
      const r = pyEquals(ev(node.a), ev(node.b));
      return node.neg ? !r : r;
    }
    case "ifexp":
      return truthy(ev(node.cond)) ? ev(node.body) : ev(node.orelse);
  }
}
function fail() {
  throw new RenderError("a name the template uses is not defined");
}
function splitFilters(body) {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'") {
      const end = readString(body, i, false).end;
      i = end - 1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "|" && depth === 0) {
      const filters = body.slice(i + 1).split(",").map((f) => f.trim());
      return { expr: body.slice(0, i), filters };
    }
  }
  return { expr: body, filters: [] };
}
function applyFilters(v2, filters) {
  const own = filters.filter((f) => f !== "n");
  const chain = filters.includes("n") ? own : ["str", ...own];
  let cur = v2;
  for (const f of chain) {
    if (f === "str") {
      if (cur === UNDEFINED) throw new RenderError("a name the template uses is not defined");
      cur = pyStr(cur);
    } else if (f === "comma") cur = formatAsComma(cur);
    else if (f === "trim") {
      if (typeof cur !== "string") throw new RenderError("`trim` needs a string");
      cur = cur.trim();
    } else throw new RenderError(`the filter \`${f}\` is not supported`);
  }
  if (typeof cur !== "string") throw new RenderError("an expression printed with `n` is not a string");
  return cur;
}
function closingBrace(text, start) {
  let depth = 0;
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = readString(text, i, false).end - 1;
    } else if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new RenderError("a `${` is never closed");
}
function renderText(text, vars) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf("${", i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    const end = closingBrace(text, at);
    const { expr, filters } = splitFilters(text.slice(at + 2, end));
    out += applyFilters(Expr.evaluate(expr, vars), filters);
    i = end + 1;
  }
  return out;
}
function toVars(v2) {
  const tuple = (items) => ({ seq: "tuple", items });
  const m = /* @__PURE__ */ new Map();
  m.set("up_revision", v2.up_revision);
  const down = v2.down_revision;
  m.set("down_revision", down === null ? null : typeof down === "string" ? down : down.length === 0 ? null : down.length === 1 ? down[0] : tuple(down));
  m.set("branch_labels", v2.branch_labels === null || v2.branch_labels.length === 0 ? null : tuple(v2.branch_labels));
  const deps = v2.depends_on;
  m.set("depends_on", deps === null || deps.length === 0 ? null : deps.length === 1 ? deps[0] : { seq: "list", items: deps });
  m.set("message", v2.message);
  m.set("create_date", v2.create_date);
  if (v2.imports !== void 0) m.set("imports", v2.imports);
  if (v2.upgrades !== void 0) m.set("upgrades", v2.upgrades);
  if (v2.downgrades !== void 0) m.set("downgrades", v2.downgrades);
  return m;
}
function renderScriptTemplate(template, vars) {
  try {
    return { text: render(template, toVars(vars)) };
  } catch (err) {
    if (err instanceof RenderError) return { error: `migraph cannot render this script.py.mako safely: ${err.message}` };
    throw err;
  }
}
function render(template, vars) {
  let src = template.replace(/<%doc>[\s\S]*?<\/%doc>/g, "");
  const tag = /<%(!|text|def|block|include|inherit|namespace|call|page|[a-zA-Z_]+:|\s)/.exec(src);
  if (tag) throw new RenderError(`\`${tag[0].trim()}\` blocks are not supported`);
  if (src.includes("<%")) throw new RenderError("`<%` blocks are not supported");
  src = src.replace(/\\\r?\n/g, "");
  const lines = src.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const stack = [];
  const active = () => stack.length === 0 || stack[stack.length - 1].active;
  let out = "";
  let pending = "";
  const flush = () => {
    if (pending !== "") out += renderText(pending, vars);
    pending = "";
  };
  for (const line of lines) {
    const control = /^[ \t]*%(?!%)(.*?)\r?\n?$/.exec(line);
    if (/^[ \t]*##/.test(line)) continue;
    if (!control) {
      const text = line.replace(/^([ \t]*)%%/, "$1%");
      if (active()) pending += text;
      continue;
    }
    flush();
    const body = control[1].trim();
    const kw = /^(\w+)/.exec(body)?.[1] ?? "";
    const condition = (what) => {
      const m = /^\w+\s+(.*?):\s*$/.exec(what) ?? /^\w+\s*\((.*)\):\s*$/.exec(what);
      if (!m) throw new RenderError(`unsupported control line \`% ${what}\``);
      return truthy(Expr.evaluate(m[1], vars));
    };
    if (kw === "if") {
      const parentActive = active();
      const c = parentActive ? condition(body) : (checkSyntax(body), false);
      stack.push({ parentActive, taken: c, active: parentActive && c, sawElse: false });
    } else if (kw === "elif") {
      const f = stack[stack.length - 1];
      if (!f || f.sawElse) throw new RenderError("`% elif` without `% if`");
      if (f.parentActive && !f.taken) {
        const c = condition(body);
        f.active = c;
        f.taken = c;
      } else {
        checkSyntax(body);
        f.active = false;
      }
    } else if (kw === "else") {
      const f = stack[stack.length - 1];
      if (!f || f.sawElse || !/^else\s*:\s*$/.test(body)) throw new RenderError("unsupported `% else`");
      f.sawElse = true;
      f.active = f.parentActive && !f.taken;
      f.taken = true;
    } else if (kw === "endif") {
      if (!stack.pop() || body !== "endif") throw new RenderError("unsupported `% endif`");
    } else {
      throw new RenderError(`the control line \`% ${body}\` is not supported`);
    }
  }
  if (stack.length > 0) throw new RenderError("a `% if` is never closed with `% endif`");
  flush();
  return out;
}
function checkSyntax(body) {
  const m = /^\w+\s+(.*?):\s*$/.exec(body) ?? /^\w+\s*\((.*)\):\s*$/.exec(body);
  if (!m) throw new RenderError(`unsupported control line \`% ${body}\``);
  Expr.parse(m[1]);
}

// src/fix/alembic.ts
var MESSAGE = "merge heads";
function createDate(now) {
  return now.toISOString().replace("T", " ").replace(/\.\d+Z$/, "");
}
function mergeRevisionId(heads) {
  return createHash2("sha256").update([...heads].sort().join("\n")).digest("hex").slice(-12);
}
function alembicMergeFix(state, heads, now) {
  const rev = mergeRevisionId(heads);
  const vars = {
    up_revision: rev,
    down_revision: [...heads],
    branch_labels: null,
    depends_on: null,
    message: MESSAGE,
    create_date: createDate(now)
  };
  let rendered = renderScriptTemplate(state.scriptTemplate ?? DEFAULT_SCRIPT_TEMPLATE, vars);
  let templateNote = state.scriptTemplate ? `rendered through ${state.env.scriptTemplate}` : "rendered through Alembic's default script.py.mako";
  if ("error" in rendered) {
    templateNote = `rendered through Alembic's default script.py.mako, because migraph could not render ${state.env.scriptTemplate} safely (${rendered.error})`;
    rendered = renderScriptTemplate(DEFAULT_SCRIPT_TEMPLATE, vars);
  }
  const folder = state.env.versionLocations[0] ?? `${state.env.scriptLocation}/versions`;
  const name2 = revisionFileName(state.env.fileTemplate, { rev, slug: slugOf(MESSAGE, state.env.truncateSlugLength), ...dateVars(now) });
  const path = folder ? `${folder}/${name2}` : name2;
  const content2 = "text" in rendered ? rendered.text : "";
  return {
    title: "Add a merge revision",
    description: `The revision \`alembic merge -m "${MESSAGE}" ${[...heads].join(" ")}\` would create (${templateNote}): its down_revision names every head, so \`alembic upgrade head\` has one target again. Safe whichever side has been deployed.`,
    commands: [],
    edits: [{ kind: "create", path, content: content2 }]
  };
}
function alembicRepointFix(first, text, baseHead) {
  const span = first.parsed.downRevision?.span;
  if (!span) return void 0;
  const start = offsetOf(text, span.line, span.column);
  const end = offsetOf(text, span.endLine, span.endColumn) + 1;
  if (start < 0 || end <= start) return void 0;
  const literal2 = revisionQuoteStyle(text) === '"' ? JSON.stringify(baseHead) : pyStrRepr(baseHead);
  const content2 = text.slice(0, start) + literal2 + text.slice(end);
  return {
    title: "Re-point the branch's revision at the base's head",
    description: `Changes ${first.id}'s down_revision to ${baseHead}, so the branch's revisions follow the base's and no merge revision is needed. Prefer this only while the branch's revisions have not been applied to a shared database: a database that already ran ${first.id} on top of the old parent would be out of step.`,
    commands: [],
    edits: [{ kind: "rewrite", path: first.file, content: content2, diff: unifiedDiff(text, content2, { oldPath: first.file, newPath: first.file }) }]
  };
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l2 = 1; l2 < line; l2++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return -1;
    offset = next + 1;
  }
  return offset + column - 1;
}

// src/rules/multiple-leaves.ts
var rule9 = defineRule({
  id: "multiple-leaves",
  meta: {
    description: "An app has more than one leaf migration in the merged result, so `migrate` refuses to run.",
    defaultSeverity: "error",
    frameworks: ["django", "alembic"]
  },
  check(ctx) {
    return byFramework(ctx, { django: (c) => django6(ctx, c), alembic: (c) => alembicHeads(ctx, c) });
  }
});
var multiple_leaves_default = rule9;
function django6(ctx, c) {
  const findings = [];
  for (const [app, leaves] of c.merged.graph.leaves) {
    if (leaves.length < 2) continue;
    const keys = leaves.map((name2) => keyOf(app, name2));
    const baseLeaves = c.base?.leavesOf(app) ?? [];
    const preexisting = baseLeaves.length > 1 && leaves.every((l2) => baseLeaves.includes(l2));
    const graph = c.merged.graph.graph;
    const fork = forkPoint(graph, app, keys);
    const headLeaves = keys.filter((k2) => sideOf(c, k2) === "head");
    const at = c.merged.graph.nodes.get(headLeaves[0] ?? keys[0]);
    const branches = keys.map((k2) => ({ leaf: k2, chain: branchOf(graph, app, fork, k2) }));
    const headAloneLeaves = c.head?.leavesOf(app).length ?? 0;
    const list = keys.map((k2) => `${splitKey(k2).name} (${sideOf(c, k2)})`).join(", ");
    const forkText = fork ? `both descend from ${splitKey(fork).name}` : "they share no ancestor in this app";
    const djangoSays = `Conflicting migrations detected; multiple leaf nodes in the migration graph: (${leaves.join(", ")} in ${app}).`;
    const why = preexisting ? "The base already has this conflict; this pull request does not add to it." : headAloneLeaves === 1 && baseLeaves.length === 1 ? "Each side alone has one leaf; the conflict appears only once both are merged." : "";
    findings.push(
      baseFinding(rule9, c, app, {
        preexisting,
        message: `App '${app}' will have ${leaves.length} leaf migrations after the merge: ${list}; ${forkText}. \`migrate\` will stop with "${djangoSays}" ${why}`.trim(),
        location: { file: at.file, ...spanOfForkDependency(at, fork) },
        migrations: [...keys, ...fork ? [fork] : []].map((k2) => mention(c, k2)),
        fixes: preexisting ? [mergeFix(ctx, c, app, leaves)] : fixesFor(ctx, c, app, leaves, fork, branches),
        // JSON, because migration names may hold spaces, colons or anything else a file name can.
        details: {
          forkPoint: fork ? splitKey(fork).name : "",
          leaves: JSON.stringify(keys.map((k2) => [splitKey(k2).name, sideOf(c, k2)])),
          branches: JSON.stringify(Object.fromEntries(branches.map((b2) => [splitKey(b2.leaf).name, b2.chain.map((k2) => splitKey(k2).name)])))
        }
      })
    );
  }
  return findings;
}
function spanOfForkDependency(m, fork) {
  const forkName = fork ? splitKey(fork) : void 0;
  const dep = m.parsed.dependencies.find((d) => forkName && d.app === forkName.app && d.name === forkName.name);
  const span = dep?.span ?? m.parsed.dependenciesSpan ?? m.parsed.classSpan;
  return span ? { span } : {};
}
function fixesFor(ctx, c, app, leaves, fork, branches) {
  const fixes = [mergeFix(ctx, c, app, leaves)];
  const headBranches = branches.filter((b2) => sideOf(c, b2.leaf) === "head");
  const baseBranches = branches.filter((b2) => sideOf(c, b2.leaf) === "base");
  if (fork && headBranches.length === 1 && baseBranches.length === 1) {
    const chain = headBranches[0].chain;
    if (chain.length > 0 && chain.every((k2) => sideOf(c, k2) === "head")) {
      const merged = c.merged;
      const chainSet = new Set(chain);
      const members = chain.map((k2) => merged.graph.nodes.get(k2)).filter(Boolean);
      const others = merged.migrations.filter((m) => !chainSet.has(keyOf(m.app, m.name)) && sideOf(c, keyOf(m.app, m.name)) === "head");
      const withText = (m) => ({ path: m.file, text: ctx.text(m.blob) ?? "", parsed: m.parsed });
      if (members.length === chain.length && members.every((m) => ctx.text(m.blob) !== void 0)) {
        fixes.push(
          renumberChain({
            app,
            migrationsDir: merged.apps.get(app).migrationsDir,
            baseLeaf: splitKey(baseBranches[0].leaf).name,
            chain: members.map((m) => ({ name: m.name, ...withText(m) })),
            others: others.filter((m) => ctx.text(m.blob) !== void 0).map((m) => ({ app: m.app, ...withText(m) })),
            takenNames: merged.migrations.filter((m) => m.app === app).map((m) => m.name)
          })
        );
      }
    }
  }
  return fixes;
}
function mergeFix(ctx, c, app, leaves) {
  const appMigrations = c.merged.migrations.filter((m) => m.app === app).sort((a, b2) => cmp(a.name, b2.name));
  const samples = appMigrations.slice(-5).map((m) => ctx.text(m.blob)).filter((t2) => t2 !== void 0);
  const djangoVersion = samples.map((t2) => /^# Generated by Django (\S+) on /m.exec(t2)?.[1]).filter((v2) => v2 !== void 0).at(-1);
  const { name: name2, edit } = renderMergeMigration({
    app,
    migrationsDir: c.merged.apps.get(app).migrationsDir,
    leaves,
    now: ctx.now,
    style: detectStyle(samples),
    ...djangoVersion ? { djangoVersion } : {}
  });
  return {
    title: "Add a merge migration",
    description: `The file \`python manage.py makemigrations --merge\` would write: ${name2} depends on every leaf and has no operations. Safe whichever side has been deployed.`,
    commands: [],
    edits: [edit]
  };
}
function alembicHeads(ctx, c) {
  const graph = c.merged.graph;
  const heads = graph.heads;
  if (heads.length < 2) return [];
  const groups = headsByBranch(graph);
  const intended = heads.every((h) => graph.labelsOf(h).some((label) => groups.get(label)?.length === 1));
  if (intended) return [];
  const baseHeads = c.base?.graph.heads ?? [];
  const preexisting = baseHeads.length > 1 && heads.every((h) => baseHeads.includes(h));
  const fork = forkPoint2(graph, heads);
  let before;
  const chainOf = (head) => {
    const line = [];
    const seen = /* @__PURE__ */ new Set();
    for (let at2 = head; at2 !== void 0 && at2 !== fork && !seen.has(at2); at2 = graph.parentsOf(at2)[0]) {
      seen.add(at2);
      line.push(at2);
    }
    if (fork !== void 0 && line.length > 0 && graph.parentsOf(line.at(-1))[0] !== fork) {
      before ??= /* @__PURE__ */ new Set([fork, ...ancestors2(graph, fork)]);
      const cut = line.findIndex((id2) => before.has(id2));
      if (cut >= 0) line.length = cut;
    }
    return line.reverse();
  };
  const headHeads = heads.filter((h) => sideOf(c, h) === "head");
  const at = c.merged.byId.get(headHeads[0] ?? heads[0]);
  const aloneHeads = c.head?.heads.length ?? 0;
  const list = heads.map((h) => `${h} (${sideOf(c, h)})`).join(", ");
  const why = preexisting ? " The base already has these heads; this pull request does not add to them." : aloneHeads === 1 && baseHeads.length === 1 ? " Each side alone has one head; the conflict appears only once both are merged." : "";
  const fixes = [alembicMergeFix(c.merged, heads, ctx.now)];
  const baseSide = heads.filter((h) => sideOf(c, h) === "base");
  if (!preexisting && fork && headHeads.length === 1 && baseSide.length === 1) {
    const chain = chainOf(headHeads[0]);
    const first = c.merged.byId.get(chain[0] ?? "");
    const text = first ? ctx.text(first.blob) : void 0;
    if (first && text !== void 0 && chain.every((id2) => sideOf(c, id2) === "head")) {
      const repoint = alembicRepointFix(first, text, baseSide[0]);
      if (repoint) fixes.push(repoint);
    }
  }
  return [
    baseFinding(rule9, c, c.root, {
      preexisting,
      message: `Environment ${c.root} will have ${heads.length} heads after the merge: ${list}; ${fork ? `both revise ${fork}` : "they share no ancestor"}. \`alembic upgrade head\` will stop with "Multiple head revisions are present for given argument 'head'".${why}`,
      ...at ? { location: { file: at.file, ...at.parsed.downRevision ? { span: at.parsed.downRevision.span } : {} } } : {},
      migrations: [...heads, ...fork ? [fork] : []].map((id2) => mention(c, id2)),
      fixes,
      details: {
        forkPoint: fork ?? "",
        leaves: JSON.stringify(heads.map((h) => [h, sideOf(c, h)])),
        branches: JSON.stringify(Object.fromEntries(heads.map((h) => [h, chainOf(h)])))
      }
    })
  ];
}

// src/rules/out-of-order.ts
var rule10 = defineRule({
  id: "out-of-order",
  meta: {
    description: "A migration the pull request adds sorts before the base's newest migration.",
    defaultSeverity: "error",
    frameworks: ["prisma", "supabase", "flyway", "golang-migrate", "rails", "laravel", "goose", "dbmate", "sqlx", "knex", "typeorm", "sequelize", "ecto", "drizzle", "custom"]
  },
  check(ctx) {
    return byFramework(ctx, { ordered: (c) => ordered5(ctx, c) });
  }
});
var out_of_order_default = rule10;
var SEVERITY = {
  error: "error",
  error_unless_flag: "error",
  skipped_silently: "error",
  applied: "warning"
};
function ordered5(ctx, c) {
  const base = c.applied ?? c.base;
  if (!base) return [];
  const spec = c.merged.spec;
  const versioned = (m) => m.kind !== "repeatable" && m.kind !== "down" && m.kind !== "undo";
  const newest = base.migrations.filter(versioned).at(-1);
  const added = c.changes.filter((ch) => ch.change.status === "added" || ch.change.status === "renamed" && !base.byFile.has(ch.change.path));
  const schema = railsSchemaOf(ctx, base);
  const findings = [];
  for (const { change } of added) {
    const m = c.merged.byFile.get(change.path);
    if (!m || !versioned(m)) continue;
    const beforeNewest = newest !== void 0 && spec.compareVersions(m.version, newest.version) < 0;
    const belowSchema = schema !== void 0 && spec.compareVersions(m.version, schema.version) <= 0;
    if (!beforeNewest && !belowSchema) continue;
    const verdict = spec.behaviour.outOfOrder;
    const what = beforeNewest ? `${m.identity} sorts before ${newest.identity}, the newest migration ${c.applied && c.applied !== c.base ? "already deployed" : "on the base"}.` : `${m.identity} is not newer than the version ${schema.version} in ${schema.file}.`;
    const consequence = beforeNewest ? consequenceOf(spec.title, verdict, spec.behaviour.outOfOrderFlag) : "";
    const schemaNote = belowSchema ? ` Databases built from ${schema.file} (db:schema:load, db:prepare) record every version up to ${schema.version} as applied, so they will mark this migration as run without running it.` : "";
    const after = [newest?.version, schema?.version].filter((v2) => v2 !== void 0).sort(spec.compareVersions).at(-1);
    findings.push(
      baseFinding(rule10, c, c.merged.location.dir, {
        severity: belowSchema && verdict === "applied" ? "error" : SEVERITY[verdict],
        message: `${what}${consequence ? ` ${consequence}` : ""}${schemaNote}`,
        location: { file: m.file },
        migrations: [mention(c, m.identity), ...newest ? [mention(c, newest.identity)] : []],
        fixes: [renameFix(ctx, c, m, after)],
        details: { version: m.version, ...newest ? { newestOnBase: newest.version } : {}, ...schema ? { schemaVersion: schema.version } : {} }
      })
    );
  }
  return findings;
}
function consequenceOf(title, verdict, flag) {
  switch (verdict) {
    case "skipped_silently":
      return `${title} will silently skip this migration on every database that is already past it.`;
    case "error_unless_flag":
      return `${title} will refuse to migrate databases that already ran the newer ones${flag ? ` unless run with ${flag}` : ""}.`;
    case "error":
      return `${title} will refuse to migrate databases that already ran the newer ones.`;
    case "applied":
      return `${title} will apply it after the newer ones on databases that already ran them, and before them on fresh ones: check that it does not depend on their order.`;
  }
}
function renameFix(ctx, c, m, after) {
  const spec = c.merged.spec;
  const version = spec.nextVersion(after, ctx.now);
  const exists = (from) => c.merged.byFile.has(from) || [...c.merged.byFile.keys()].some((f) => f.startsWith(`${from}/`));
  const moves = spec.renamed(m, version, c.merged.location).filter((mv) => exists(mv.from));
  const edits2 = [];
  for (const mv of moves) {
    const text = ctx.text(c.merged.byFile.get(mv.from)?.blob ?? "");
    if (text === void 0) continue;
    const content2 = spec.id === "typeorm" ? text.replaceAll(m.version, version) : text;
    edits2.push({ kind: "rename", from: mv.from, to: mv.to, content: content2, diff: unifiedDiff(text, content2, { oldPath: mv.from, newPath: mv.to }) });
  }
  let handled = spec.id === "typeorm" && edits2.length > 0;
  if (spec.id === "drizzle") {
    const journal = [...c.merged.sidecars].find(([path]) => path.endsWith("meta/_journal.json"));
    const text = journal ? ctx.text(journal[1].blob) : void 0;
    const moved = moves[0];
    if (journal && text !== void 0 && moved) {
      const tag = (p2) => basename(p2).replace(/\.sql$/, "");
      const renamed = drizzleJournalWithRenamed(text, tag(moved.from), tag(moved.to), Number(version));
      if ("text" in renamed) {
        edits2.push({ kind: "rewrite", path: journal[0], content: renamed.text, diff: unifiedDiff(text, renamed.text, { oldPath: journal[0], newPath: journal[0] }) });
        handled = true;
      }
    }
  }
  if (spec.id === "rails") {
    for (const [path, entry] of c.merged.sidecars) {
      if (!path.endsWith("schema.rb")) continue;
      const text = ctx.text(entry.blob);
      const found = text !== void 0 ? railsSchemaVersion(text) : void 0;
      if (text === void 0 || found?.version !== m.version) continue;
      const content2 = railsSchemaWithVersion(text, version);
      if (content2 !== void 0) {
        edits2.push({ kind: "rewrite", path, content: content2, diff: unifiedDiff(text, content2, { oldPath: path, newPath: path }) });
        handled = true;
      }
    }
  }
  const extra = spec.id === "rails" && !handled ? " Run the migrations again afterwards so db/schema.rb records the new version." : spec.renameHint && !handled ? ` ${spec.renameHint}` : "";
  return {
    title: `Renumber ${m.identity} after ${after}`,
    description: `Gives the migration the version ${version} so it sorts after everything the base has applied. Do it before the migration runs anywhere: a renamed migration that already ran looks new to ${spec.title}.${extra}`,
    commands: moves.map((mv) => `git mv -- ${shellQuote(mv.from)} ${shellQuote(mv.to)}`),
    edits: edits2
  };
}
function railsSchemaOf(ctx, state) {
  if (state.spec.id !== "rails") return void 0;
  for (const [path, entry] of state.sidecars) {
    if (!path.endsWith("schema.rb") && !path.endsWith("structure.sql")) continue;
    const text = ctx.text(entry.blob);
    const found = text !== void 0 ? railsSchemaVersion(text) : void 0;
    if (found) return { version: found.version, file: path };
  }
  return void 0;
}

// src/rules/parse-error.ts
var rule11 = defineRule({
  id: "parse-error",
  meta: {
    description: "A migration file cannot be read: a syntax error, no Migration class, or a value that needs running code.",
    defaultSeverity: "error",
    frameworks: ["django", "alembic"]
  },
  check({ comparison: c }) {
    if (c.framework !== "django" && c.framework !== "alembic") return [];
    const changed = new Set(c.changes.filter((ch) => ch.change.status !== "deleted").map((ch) => ch.change.path));
    const byFile = /* @__PURE__ */ new Map();
    for (const p2 of c.merged.problems) byFile.set(p2.file, [...byFile.get(p2.file) ?? [], p2]);
    return [...byFile].map(([file, problems]) => {
      const syntax = problems.filter((p2) => /syntax error/i.test(p2.message));
      const shown = syntax.length ? syntax.slice(0, 1) : problems;
      const first = shown[0];
      const message = shown.length === 1 ? first.message : shown.map((p2) => `${p2.span ? `line ${p2.span.line}: ` : ""}${p2.message}`).join("; ");
      const tool = c.framework === "django" ? "Django" : "Alembic";
      return baseFinding(rule11, c, c.framework === "django" ? appOf(c.merged.apps, file) : c.root, {
        preexisting: !changed.has(file),
        message: syntax.length ? `${message}. ${tool} cannot import this file either.` : message,
        location: { file, ...first.span ? { span: first.span } : {} },
        migrations: []
      });
    });
  }
});
var parse_error_default = rule11;
function appOf(apps, file) {
  for (const [label, app] of apps) {
    if (file.startsWith(`${app.migrationsDir}/`) || file.startsWith(`${app.dir}/`)) return label;
  }
  return "";
}

// src/rules/index.ts
var RULES = [
  multiple_leaves_default,
  out_of_order_default,
  duplicate_number_default,
  duplicate_revision_default,
  applied_modified_default,
  applied_deleted_default,
  applied_renamed_default,
  missing_dependency_default,
  dependency_cycle_default,
  parse_error_default,
  lock_file_default
];
var RULE_IDS = RULES.map((r) => r.id);

// src/config.ts
var CONFIG_FILES = [".migraph.yml", ".migraph.yaml"];
var CONFIG_FRAMEWORKS = [.../* @__PURE__ */ new Set([...FRAMEWORKS, ...RUNNERS])];
var RULE_SETTINGS = [...SEVERITIES, "off"];
var RUNNER_ORDERS = ["numeric", "lexical", "dotted"];
var OUT_OF_ORDER_VERDICTS = ["applied", "error", "error_unless_flag", "skipped_silently"];
var DUPLICATE_VERDICTS = ["error", "allowed"];
var EDIT_VERDICTS = ["error", "warning", "ignored"];
var PATTERN_GROUPS = ["version", "name"];
var CUSTOM_RUNNER_DEFAULTS = {
  order: "numeric",
  outOfOrder: "error",
  duplicate: "error",
  edited: "warning"
};
var DEFAULT_CONFIG = Object.freeze({
  file: void 0,
  frameworks: Object.freeze(Object.fromEntries(CONFIG_FRAMEWORKS.map((f) => [f, true]))),
  rules: Object.freeze({}),
  runners: Object.freeze([]),
  deployedRef: void 0
});
var ConfigError = class extends UsageError {
  constructor(file, problems) {
    super(problems.map((p2) => `${file}:${p2.line}${p2.column ? `:${p2.column}` : ""}: ${p2.message}`).join("\n"));
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "ConfigError";
};
function findConfigFile(paths) {
  const present = new Set(paths.map((p2) => p2.replace(/^\.\//, "")));
  return CONFIG_FILES.find((name2) => present.has(name2));
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  RUNNERS,
  SEVERITY_RANK,
  UsageError,
  messageOf,
  dirname,
  basename,
  buildAlembicGraph,
  decodeStringLiteral,
  LineMap,
  SWAPPABLE_CALLEES,
  CLASS_ATTRIBUTES,
  quoteOf,
  buildMigration,
  parsePython,
  expressionChildren,
  syntaxProblem,
  toValue,
  parseMigrationLezer,
  legacyRevisionId,
  parseRevision,
  keyOf,
  buildDjangoGraph,
  cmp,
  milder,
  RULES,
  RULE_IDS,
  CONFIG_FRAMEWORKS,
  RULE_SETTINGS,
  RUNNER_ORDERS,
  OUT_OF_ORDER_VERDICTS,
  DUPLICATE_VERDICTS,
  EDIT_VERDICTS,
  PATTERN_GROUPS,
  CUSTOM_RUNNER_DEFAULTS,
  DEFAULT_CONFIG,
  ConfigError,
  findConfigFile
};
//# sourceMappingURL=chunk-EJJRPJZ3.js.map
