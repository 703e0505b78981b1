import { createRequire as __migraphCreateRequire } from 'node:module'; const require = __migraphCreateRequire(import.meta.url);
import {
  CLASS_ATTRIBUTES,
  DEFAULT_CONFIG,
  LineMap,
  RULES,
  SEVERITY_RANK,
  SWAPPABLE_CALLEES,
  UsageError,
  __commonJS,
  __require,
  __toESM,
  basename,
  buildAlembicGraph,
  buildDjangoGraph,
  buildMigration,
  cmp,
  decodeStringLiteral,
  dirname,
  expressionChildren,
  findConfigFile,
  keyOf,
  legacyRevisionId,
  messageOf,
  milder,
  parseMigrationLezer,
  parsePython,
  parseRevision,
  quoteOf,
  syntaxProblem,
  toValue
} from "./chunk-EJJRPJZ3.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse3(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse3(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural2(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural2(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural2(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path2, isFile, isDirectory) {
      log(`checking %s`, path2);
      try {
        const stat = fs_1.statSync(path2);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path2, type = exports.READABLE) {
      return check(path2, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli-main.ts
import { parseArgs } from "node:util";

// src/git/parse.ts
var SUBMODULE_MODE = "160000";
function isNullId(id) {
  return /^0+$/.test(id);
}
function parseLsTree(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    if (tab < 0) throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    const meta = record.slice(0, tab).split(" ");
    const [mode, type, blob] = meta;
    if (meta.length !== 3 || !mode || !type || !blob) throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    if (type !== "blob") continue;
    entries.push({ path: record.slice(tab + 1), blob, mode });
  }
  return entries;
}
function parseRawDiff(output) {
  const fields = output.split("\0");
  if (fields.at(-1) === "") fields.pop();
  const changes = [];
  let i = 0;
  const next = () => {
    const value = fields[i++];
    if (value === void 0) throw new Error("Truncated git diff --raw output");
    return value;
  };
  while (i < fields.length) {
    const meta = next();
    if (!meta.startsWith(":")) throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta.slice(0, 200))}`);
    const [oldMode, newMode, oldId, newId, statusField] = meta.slice(1).split(" ");
    if (oldMode === void 0 || newMode === void 0 || oldId === void 0 || newId === void 0 || statusField === void 0) {
      throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta)}`);
    }
    const letter = statusField[0];
    const score = statusField.length > 1 ? Number(statusField.slice(1)) : void 0;
    const first = next();
    const second = letter === "R" || letter === "C" ? next() : void 0;
    const oldBlob = isNullId(oldId) || oldMode === SUBMODULE_MODE ? void 0 : oldId;
    const newBlob = isNullId(newId) || newMode === SUBMODULE_MODE ? void 0 : newId;
    switch (letter) {
      case "A":
        if (newBlob) changes.push({ status: "added", path: first, newBlob });
        break;
      case "D":
        if (oldBlob) changes.push({ status: "deleted", path: first, oldBlob });
        break;
      case "M":
      case "T":
        if (oldBlob && newBlob) changes.push({ status: "modified", path: first, oldBlob, newBlob });
        else if (oldBlob) changes.push({ status: "deleted", path: first, oldBlob });
        else if (newBlob) changes.push({ status: "added", path: first, newBlob });
        break;
      case "R":
        if (second === void 0 || !oldBlob || !newBlob) throw new Error(`Incomplete rename in git diff --raw: ${JSON.stringify(meta)}`);
        changes.push({ status: "renamed", path: second, oldPath: first, oldBlob, newBlob, similarity: score ?? 100 });
        break;
      case "C":
        if (second === void 0) throw new Error(`Incomplete copy in git diff --raw: ${JSON.stringify(meta)}`);
        if (newBlob) changes.push({ status: "added", path: second, newBlob });
        break;
      default:
        throw new Error(`Unexpected status ${JSON.stringify(statusField)} in git diff --raw for ${JSON.stringify(first)}`);
    }
  }
  return changes;
}
function committerTime(commit) {
  const end = commit.indexOf("\n\n");
  for (const line of (end < 0 ? commit : commit.slice(0, end)).split("\n")) {
    const m2 = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
    if (m2) return new Date(Number(m2[1]) * 1e3);
  }
  return void 0;
}

// src/git/repo.ts
import path from "node:path";

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/git/blobs.ts
import { execFileSync, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/git/exec.ts
var GIT_ENV_OVERRIDES = {
  // A fetch that needs a password must fail at once in CI rather than wait for a prompt forever.
  GIT_TERMINAL_PROMPT: "0",
  // We only read; do not take (and maybe contend for) index.lock to refresh the index in passing.
  GIT_OPTIONAL_LOCKS: "0",
  // Git Credential Manager would otherwise open a dialog or a device-code prompt.
  GCM_INTERACTIVE: "never"
};
var GUARDED_PLAIN_KEYS = /* @__PURE__ */ new Set(["editor", "visual", "pager", "prefix", "ssh_askpass"]);
function isGuardedKey(key) {
  const k2 = key.toLowerCase().trim();
  return k2.startsWith("git_") || GUARDED_PLAIN_KEYS.has(k2);
}
function gitEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== void 0 && !isGuardedKey(key)) env[key] = value;
  }
  return { ...env, ...GIT_ENV_OVERRIDES };
}
var GIT_CONFIG = ["core.quotepath=off"];
function formatCommand(args) {
  return ["git", ...args].map((a) => /^[\w@%+=:,./^{}~-]+$/.test(a) ? a : JSON.stringify(a)).join(" ");
}
function assertSafeRef(ref, what = "ref") {
  if (ref.length === 0) throw new UsageError(`The ${what} is empty.`);
  if (ref.startsWith("-")) {
    throw new UsageError(`Refusing ${what} ${JSON.stringify(ref)}: it begins with "-" and git would read it as an option.`);
  }
  if (/[\0\r\n]/.test(ref)) {
    throw new UsageError(`Refusing ${what} ${JSON.stringify(ref)}: it contains a NUL or line break.`);
  }
}
var GitCommandError = class extends Error {
  constructor(args, exitCode, stderr, cause) {
    const code = exitCode === void 0 ? "" : ` (exit code ${exitCode})`;
    const said = stderr.trim();
    super(`${formatCommand(args)} failed${code}${said ? `: ${said}` : ""}`, cause === void 0 ? void 0 : { cause });
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  args;
  exitCode;
  stderr;
  name = "GitCommandError";
};

// src/git/blobs.ts
var SPOOL_READ_BYTES = 4 * 1024 * 1024;
var BUFFERED_ARGS = ["cat-file", "--batch-command", "--buffer"];
var PLAIN_ARGS = ["cat-file", "--batch"];
function supportsBufferedBatch(version) {
  const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major > 2 || major === 2 && minor >= 36;
}
var bufferedSupport;
function supportsBufferedCommands(cwd) {
  if (bufferedSupport === void 0) {
    try {
      bufferedSupport = supportsBufferedBatch(
        execFileSync("git", ["version"], { cwd, env: gitEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      );
    } catch {
      bufferedSupport = false;
    }
  }
  return bufferedSupport;
}
var LF = 10;
var STDERR_LIMIT = 16 * 1024;
var BlobReader = class _BlobReader {
  /**
   * @param cwd any directory inside the repository.
   * @param bufferedBatch whether git has `--batch-command --buffer`, when the caller knows; else git is asked.
   */
  constructor(cwd, bufferedBatch) {
    this.cwd = cwd;
    this.bufferedBatch = bufferedBatch;
  }
  cwd;
  bufferedBatch;
  /** How many `git cat-file` processes all readers have started; lets tests prove one process serves many reads. */
  static spawnCount = 0;
  child;
  spool;
  pumping = false;
  readBuffer;
  exited = false;
  /** Batches in the order their requests were written; git answers strictly in order. */
  batches = [];
  header = [];
  body;
  /** The number of bytes still to skip after a body: the LF git writes after each object. */
  skip = 0;
  stderr = "";
  failure;
  closing;
  buffered = false;
  args = PLAIN_ARGS;
  /**
   * Starts git now rather than at the first read, so its start (and loading the pack index) overlaps
   * whatever the caller does before it knows which blobs it wants.
   */
  warm() {
    if (!this.failure && !this.closing) this.start();
  }
  /** The process id of the running `git cat-file`, if one has been started (for diagnostics and tests). */
  get pid() {
    return this.child?.pid;
  }
  read(ids, options) {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error(`${formatCommand(this.args)}: the blob reader is closed`));
    for (const id of ids) {
      if (id.length === 0 || /[\0\r\n]/.test(id)) {
        return Promise.reject(new Error(`Invalid object id for ${formatCommand(this.args)}: ${JSON.stringify(id)}`));
      }
    }
    if (ids.length === 0) return Promise.resolve(/* @__PURE__ */ new Map());
    const child = this.start();
    const done = new Promise((resolve, reject) => {
      this.batches.push({ ids: [...ids], next: 0, maxBytes: options?.maxBytes ?? Infinity, found: /* @__PURE__ */ new Map(), resolve, reject });
      child.stdin.write(this.buffered ? `contents ${ids.join("\ncontents ")}
flush
` : `${ids.join("\n")}
`);
    });
    void this.pump();
    return done;
  }
  /** Lets git finish what was asked, then waits for it to exit. Safe to call more than once. */
  close() {
    this.closing ??= new Promise((resolve) => {
      const child = this.child;
      const cleanUp = () => {
        this.removeSpool();
        resolve();
      };
      if (!child || child.exitCode !== null || child.signalCode !== null) return cleanUp();
      child.once("close", cleanUp);
      child.stdin.end();
    });
    return this.closing;
  }
  removeSpool() {
    if (!this.spool) return;
    try {
      closeSync(this.spool.readFd);
    } catch {
    }
    rmSync(this.spool.dir, { recursive: true, force: true });
    this.spool = void 0;
  }
  /** Reads what git has written to the spool while requests are pending; one pump at a time. */
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      const chunk = this.readBuffer ??= Buffer.allocUnsafe(SPOOL_READ_BYTES);
      while (this.batches.length > 0 && !this.failure && this.spool) {
        const n = readSync(this.spool.readFd, chunk, 0, chunk.length, this.spool.offset);
        if (n > 0) {
          this.spool.offset += n;
          this.onData(chunk.subarray(0, n));
          continue;
        }
        if (this.exited) {
          this.failExited();
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    } catch (err) {
      this.fail(new Error(`${formatCommand(this.args)}: could not read its output: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    } finally {
      this.pumping = false;
    }
  }
  exitCode = null;
  exitSignal = null;
  failExited() {
    const how = this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
    const said = this.stderr.trim();
    this.fail(new Error(`${formatCommand(this.args)} ${how} unexpectedly${said ? `: ${said}` : ""}`));
  }
  start() {
    if (this.child) return this.child;
    _BlobReader.spawnCount++;
    this.buffered = this.bufferedBatch ?? supportsBufferedCommands(this.cwd);
    this.args = this.buffered ? BUFFERED_ARGS : PLAIN_ARGS;
    const dir = mkdtempSync(join(tmpdir(), "migraph-blobs-"));
    const path2 = join(dir, "cat-file.out");
    const writeFd = openSync(path2, "w", 384);
    const readFd = openSync(path2, "r");
    this.spool = { dir, readFd, offset: 0 };
    let child;
    try {
      child = spawn("git", [...this.args], {
        cwd: this.cwd,
        env: gitEnv(),
        stdio: ["pipe", writeFd, "pipe"],
        windowsHide: true
      });
    } finally {
      closeSync(writeFd);
    }
    this.child = child;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text) => {
      this.stderr = (this.stderr + text).slice(-STDERR_LIMIT);
    });
    child.stdin.on("error", () => void 0);
    child.on("error", (err) => this.fail(new Error(`${formatCommand(this.args)} could not run: ${err.message}`, { cause: err })));
    child.on("close", (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.closing && this.batches.length === 0) return;
      if (this.batches.length > 0) void this.pump();
    });
    return child;
  }
  fail(err) {
    this.failure ??= err;
    for (const batch of this.batches.splice(0)) batch.reject(this.failure);
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
  onData(chunk) {
    try {
      this.consume(chunk);
    } catch (err) {
      this.fail(new Error(`${formatCommand(this.args)}: could not read its output: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    }
  }
  consume(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - pos);
        this.skip -= n;
        pos += n;
        continue;
      }
      const body = this.body;
      if (body) {
        const n = Math.min(body.data.length - body.filled, chunk.length - pos);
        chunk.copy(body.data, body.filled, pos, pos + n);
        body.filled += n;
        pos += n;
        if (body.filled === body.data.length) {
          this.body = void 0;
          this.skip = 1;
          this.answer(body.id, body.data);
        }
        continue;
      }
      const lf = chunk.indexOf(LF, pos);
      if (lf < 0) {
        this.header.push(Buffer.from(chunk.subarray(pos)));
        return;
      }
      this.header.push(chunk.subarray(pos, lf));
      pos = lf + 1;
      const line = Buffer.concat(this.header).toString("utf8");
      this.header = [];
      this.onHeader(line);
      if (this.failure) return;
    }
  }
  /** `<oid> <type> <size>` starts an object; `<name> missing` / `<name> ambiguous` stands for none. */
  onHeader(line) {
    const batch = this.batches[0];
    const id = batch?.ids[batch.next];
    if (batch === void 0 || id === void 0) {
      this.fail(new Error(`${formatCommand(this.args)} answered a request that was never made: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    if (line.endsWith(" missing") || line.endsWith(" ambiguous")) {
      this.answer(id, void 0);
      return;
    }
    const match = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(line);
    if (!match) {
      this.fail(new Error(`${formatCommand(this.args)} gave an unexpected header for ${id}: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    const size = Number(match[1]);
    if (size === 0) {
      this.skip = 1;
      this.answer(id, Buffer.alloc(0));
      return;
    }
    if (size > batch.maxBytes) {
      this.skip = size + 1;
      this.answer(id, { oversized: size });
      return;
    }
    this.body = { id, data: Buffer.allocUnsafe(size), filled: 0 };
  }
  answer(id, data) {
    const batch = this.batches[0];
    if (!batch) return;
    if (data) batch.found.set(id, data);
    batch.next++;
    if (batch.next === batch.ids.length) {
      this.batches.shift();
      batch.resolve(batch.found);
    }
  }
};

// src/git/repo.ts
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var ExitError = class extends O2 {
  constructor(exitCode, stdout, stderr) {
    super(void 0, stderr.trim() || `exit code ${exitCode}`);
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }
  exitCode;
  stdout;
  stderr;
};
function createSimpleGit(baseDir) {
  return wo({
    baseDir,
    config: GIT_CONFIG,
    maxConcurrentProcesses: 4,
    // simple-git refuses explicitly set GIT_* variables unless they are named here.
    allowEnvironment: Object.keys(GIT_ENV_OVERRIDES).filter((key) => key.startsWith("GIT_")),
    // By default simple-git only treats a non-zero exit as an error when git also wrote to stderr,
    // so `rev-parse --verify --quiet` of an unknown ref "succeeds" with empty output. Every
    // non-zero exit is an error here; callers say which codes they expect.
    errors(error, result) {
      if (error instanceof Error && !(error instanceof O2)) return error;
      if (result.exitCode !== 0) {
        return new ExitError(result.exitCode, Buffer.concat(result.stdOut).toString("utf8"), Buffer.concat(result.stdErr).toString("utf8"));
      }
      return error;
    }
  }).env(gitEnv());
}
async function runGit(git, args, expected = []) {
  try {
    return { stdout: await git.raw(args), exitCode: 0 };
  } catch (err) {
    if (err instanceof ExitError) {
      if (expected.includes(err.exitCode)) return { stdout: err.stdout, exitCode: err.exitCode };
      throw new GitCommandError(args, err.exitCode, err.stderr, err);
    }
    throw new GitCommandError(args, void 0, messageOf(err), err);
  }
}
function short(sha) {
  return OBJECT_ID.test(sha) ? sha.slice(0, 12) : sha;
}
var HISTORY_ADVICE = "Give migraph the full history: with actions/checkout set `fetch-depth: 0`, or run `git fetch --unshallow` before migraph.";
var GitRepo = class _GitRepo {
  constructor(dir, git, bufferedBatch) {
    this.dir = dir;
    this.git = git;
    this.bufferedBatch = bufferedBatch;
  }
  dir;
  git;
  bufferedBatch;
  /** Opens the repository whose work tree contains `dir`. */
  static async open(dir) {
    const absolute = path.resolve(dir);
    let probe;
    try {
      probe = createSimpleGit(absolute);
    } catch (err) {
      throw new UsageError(`Cannot open ${JSON.stringify(dir)} as a git repository: ${messageOf(err)}`, { cause: err });
    }
    let top;
    const version = runGit(probe, ["version"]).then(
      ({ stdout }) => supportsBufferedBatch(stdout),
      () => void 0
    );
    try {
      top = (await runGit(probe, ["rev-parse", "--show-toplevel"])).stdout.trim();
    } catch (err) {
      throw new UsageError(
        `${JSON.stringify(dir)} is not inside a git work tree (${messageOf(err)}). Run migraph inside a clone of the repository, or point it at one.`,
        { cause: err }
      );
    }
    if (!top) throw new UsageError(`${JSON.stringify(dir)} is not inside a git work tree. Run migraph inside a clone of the repository.`);
    return new _GitRepo(top, createSimpleGit(top), await version);
  }
  run(args, expected = []) {
    return runGit(this.git, args, expected);
  }
  /** The commit `ref` names, or undefined when there is none. `ref` must already be vetted. */
  async tryResolve(ref) {
    const { stdout, exitCode } = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], [1]);
    const sha = stdout.trim();
    return exitCode === 0 && sha ? sha : void 0;
  }
  /** The full object id of the commit `ref` names. `ref` is untrusted user input. */
  async resolveCommit(ref) {
    assertSafeRef(ref);
    const sha = await this.tryResolve(ref);
    if (sha) return sha;
    if (ref === "HEAD") throw new UsageError(`HEAD points to no commit in ${this.dir}: the repository has no commits yet.`);
    throw new UsageError(
      `Unknown ref ${JSON.stringify(ref)}: there is no commit by that name in ${this.dir}. If it exists on the remote, fetch it first (for example \`git fetch origin ${ref}\`); with actions/checkout, set \`fetch-depth: 0\` so every branch and commit is present.`
    );
  }
  async isShallow() {
    const { stdout } = await this.run(["rev-parse", "--is-shallow-repository"]);
    return stdout.trim() === "true";
  }
  /** The best common ancestor of `a` and `b`, or undefined when the (present) history has none. */
  async mergeBase(a, b3) {
    assertSafeRef(a);
    assertSafeRef(b3);
    const { stdout, exitCode } = await this.run(["merge-base", "--end-of-options", a, b3], [1]);
    const sha = stdout.trim();
    return exitCode === 0 && sha ? sha : void 0;
  }
  async remotes() {
    const { stdout } = await this.run(["remote"]);
    return stdout.split("\n").filter((line) => line !== "");
  }
  async countCommits(commits) {
    const { stdout } = await this.run(["rev-list", "--count", "--end-of-options", ...commits, "--"]);
    return Number(stdout.trim());
  }
  async fetch(remote, options, wants = []) {
    const fetchArgs = ["fetch", "--no-tags", "--no-recurse-submodules", "--no-auto-gc", ...options, "--end-of-options", remote, ...wants];
    try {
      await this.run(fetchArgs);
    } catch (err) {
      throw new UsageError(`Could not fetch missing history from the remote ${JSON.stringify(remote)}: ${messageOf(err)}. ${HISTORY_ADVICE}`, { cause: err });
    }
  }
  /**
   * Finds where `head` forked from `base`, fetching history first when the clone lacks it (a shallow
   * CI checkout usually has one commit). `base` and `head` are refs or full object ids; an id the
   * clone does not have is fetched from the remote by id. Each fetch is described in `notes`.
   */
  async ensureForkPoint(base, head, options = {}) {
    const remote = options.remote ?? "origin";
    const maxDeepen = options.maxDeepen ?? 6;
    assertSafeRef(base);
    assertSafeRef(head);
    assertSafeRef(remote, "remote name");
    const notes = [];
    let remotes;
    const remoteExists = () => remotes ??= this.remotes().then((list) => list.includes(remote));
    const noRemote = (what) => new UsageError(`${what}, and this clone has no remote ${JSON.stringify(remote)} to fetch it from. Add the remote, or ${HISTORY_ADVICE.charAt(0).toLowerCase()}${HISTORY_ADVICE.slice(1)}`);
    const commits = [];
    const present2 = options.present ? [base, head] : await Promise.all([this.tryResolve(base), this.tryResolve(head)]);
    for (const [i, [role, ref]] of [["base", base], ["head", head]].entries()) {
      let sha = present2[i];
      if (!sha) {
        if (!OBJECT_ID.test(ref)) await this.resolveCommit(ref);
        if (!await remoteExists()) throw noRemote(`The ${role} commit ${ref} is not in this clone`);
        const depth2 = await this.isShallow() ? ["--depth=1"] : [];
        await this.fetch(remote, depth2, [ref]);
        notes.push(`Fetched the ${role} commit ${short(ref)} from ${remote}: the clone did not have it.`);
        sha = await this.tryResolve(ref);
        if (!sha) throw new UsageError(`The ${role} commit ${ref} is still missing after fetching it from ${JSON.stringify(remote)}. ${HISTORY_ADVICE}`);
      }
      commits.push(sha);
    }
    const [baseSha, headSha] = commits;
    let forkPoint = await this.mergeBase(baseSha, headSha);
    let depth = 32;
    let rounds = 0;
    let count = forkPoint ? 0 : await this.countCommits(commits);
    let stalled = false;
    while (!forkPoint && rounds < maxDeepen && await this.isShallow()) {
      if (!await remoteExists()) throw noRemote(`The history of this shallow clone is too short to find where ${short(head)} forked from ${short(base)}`);
      await this.fetch(remote, [`--deepen=${depth}`], [baseSha, headSha]);
      rounds++;
      notes.push(`Fetched ${depth} more commits of history from ${remote} to find where ${short(head)} forked from ${short(base)}.`);
      depth *= 2;
      forkPoint = await this.mergeBase(baseSha, headSha);
      if (forkPoint) break;
      const grown = await this.countCommits(commits);
      if (grown <= count) {
        stalled = true;
        break;
      }
      count = grown;
    }
    if (!forkPoint && stalled && await remoteExists() && await this.isShallow()) {
      await this.fetch(remote, ["--unshallow"]);
      notes.push(`Fetched the complete history from ${remote}: deepening the shallow clone stopped bringing new commits.`);
      forkPoint = await this.mergeBase(baseSha, headSha);
    }
    if (forkPoint) return { forkPoint, notes };
    if (await this.isShallow()) {
      if (!await remoteExists()) throw noRemote(`The history of this shallow clone is too short to find where ${short(head)} forked from ${short(base)}`);
      throw new UsageError(
        `Could not find where ${short(head)} forked from ${short(base)}: the shallow clone still lacks the common history after ${rounds} rounds of fetching. ${HISTORY_ADVICE}`
      );
    }
    throw new UsageError(
      `${short(head)} and ${short(base)} have no common ancestor: their histories are unrelated, so there is no fork point to compare against. Check that the base ref is the branch the head was created from.`
    );
  }
  /** The remote's default branch (`origin/HEAD`), else the first of origin/main, origin/master, main, master that exists. */
  async defaultBranchRef(remote = "origin") {
    assertSafeRef(remote, "remote name");
    const { stdout, exitCode } = await this.run(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`], [1, 128]);
    const target = stdout.trim();
    if (exitCode === 0 && target && await this.tryResolve(target)) return target;
    const candidates = [
      [`refs/remotes/${remote}/main`, `${remote}/main`],
      [`refs/remotes/${remote}/master`, `${remote}/master`],
      ["refs/heads/main", "main"],
      ["refs/heads/master", "master"]
    ];
    for (const [full, name] of candidates) {
      if (await this.tryResolve(full)) return name;
    }
    return void 0;
  }
  /** Every file (blob or symlink) in `commit`'s tree, with its size. Submodules are left out. */
  async listTree(commit) {
    assertSafeRef(commit);
    const { stdout } = await this.run(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit]);
    return parseLsTree(stdout);
  }
  /** The files changed from `from` to `to`, with renames detected and copies reported as additions. */
  async diff(from, to2) {
    assertSafeRef(from);
    assertSafeRef(to2);
    const { stdout } = await this.run([
      "diff",
      "--raw",
      "-z",
      "-M",
      // Porcelain diff abbreviates object ids in --raw output unless told not to.
      "--no-abbrev",
      "--no-ext-diff",
      "--no-textconv",
      "--no-relative",
      "--ignore-submodules",
      "--end-of-options",
      from,
      to2,
      "--"
    ]);
    return parseRawDiff(stdout);
  }
  /**
   * The parents recorded in a commit object. A shallow clone hides the parents of its boundary commits
   * from rev-parse, but the object itself still names them; the action reads the base of a pull request
   * from the merge commit this way.
   */
  async commitParents(commit) {
    assertSafeRef(commit);
    const { stdout } = await this.run(["cat-file", "commit", commit]);
    const parents = [];
    for (const line of stdout.split("\n")) {
      if (line === "") break;
      const m2 = /^parent ([0-9a-f]+)$/.exec(line);
      if (m2) parents.push(m2[1]);
    }
    return parents;
  }
  /** Fetches the tip of a branch of the remote (depth 1 in a shallow clone) and returns its commit id. */
  async fetchBranch(branch, remote = "origin") {
    assertSafeRef(branch, "branch");
    assertSafeRef(remote, "remote");
    const tracking = `refs/remotes/${remote}/${branch}`;
    const depth = await this.isShallow() ? ["--depth=1"] : [];
    await this.fetch(remote, depth, [`+refs/heads/${branch}:${tracking}`]);
    return this.resolveCommit(tracking);
  }
  /** A reader for blob contents; close it when done. */
  openBlobReader() {
    return new BlobReader(this.dir, this.bufferedBatch);
  }
};

// src/frameworks/django/decode.ts
var CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var CODING_BYTES = Buffer.from("coding");
var decoders = /* @__PURE__ */ new Map();
function codingDeclaration(bytes) {
  let end = 0;
  let lines = 0;
  while (end < bytes.length && end < 4096 && lines < 2) {
    const b3 = bytes[end];
    if (b3 === 10 || b3 === 13 && bytes[end + 1] !== 10) lines++;
    end++;
  }
  if (Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(CODING_BYTES) < 0) return void 0;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("latin1").split(/\r\n|\r|\n/);
  const first = head[0] ?? "";
  const m1 = CODING_RE.exec(first);
  if (m1) return m1[1];
  if (!/^[ \t\f]*(#.*)?$/.test(first)) return void 0;
  const m2 = CODING_RE.exec(head[1] ?? "");
  return m2 ? m2[1] : void 0;
}
function labelFor(coding) {
  const c3 = coding.toLowerCase().replace(/_/g, "-");
  if (c3 === "utf-8" || c3.startsWith("utf-8-") || c3 === "utf8") return "utf-8";
  if (c3 === "latin-1" || c3 === "iso-latin-1" || c3 === "l1") return "iso-8859-1";
  if (/^cp\d+$/.test(c3)) return `windows-${c3.slice(2)}`;
  return c3;
}
function decodePython(bytes) {
  if (bytes.includes(0)) return { error: "is a binary file (it contains NUL bytes)" };
  const hasBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const coding = codingDeclaration(hasBom ? bytes.subarray(3) : bytes);
  let label = "utf-8";
  if (coding !== void 0) {
    label = labelFor(coding);
    if (hasBom && label !== "utf-8") return { error: `has a UTF-8 byte order mark but declares coding ${coding}` };
  }
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (label === "iso-8859-1") {
    let text = "";
    for (let i = 0; i < body.length; i += 8192) text += String.fromCharCode(...body.subarray(i, i + 8192));
    return { text };
  }
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      return { error: `declares coding ${coding ?? label}, which migraph cannot decode` };
    }
    decoders.set(label, decoder);
  }
  try {
    return { text: decoder.decode(body) };
  } catch {
    return coding === void 0 ? { error: "is not valid UTF-8 and no coding declaration" } : { error: `is not valid ${coding} although it declares that coding` };
  }
}

// src/snapshot.ts
function changedPaths(changes) {
  return new Set(changes.flatMap((c3) => c3.oldPath !== void 0 ? [c3.path, c3.oldPath] : [c3.path]));
}
function snapshotOf(state, entries) {
  return { state, entries: new Map(entries.map((e) => [e.path, e])) };
}
function mergedSnapshot(base, head, changes) {
  const entries = new Map(base.entries);
  for (const change of changes) {
    if (change.status === "deleted") {
      entries.delete(change.path);
      continue;
    }
    if (change.status === "renamed" && change.oldPath !== void 0) entries.delete(change.oldPath);
    const entry = head.entries.get(change.path);
    if (entry) entries.set(change.path, entry);
  }
  return { state: "merged", entries };
}

// src/frameworks/alembic/ini.ts
var SECTION = /^\[(.+)\]/;
var OPTION = /^(.*?)\s*([=:])\s*(.*)$/;
function parseIni(text) {
  const sections = /* @__PURE__ */ new Map();
  const defaults = /* @__PURE__ */ new Map();
  const errors = [];
  const added = /* @__PURE__ */ new Set();
  let cursect;
  let sectname = "";
  let optname;
  let indentLevel = 0;
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const lineno = i + 1;
    const stripped = line.trim();
    const comment = stripped.startsWith("#") || stripped.startsWith(";");
    const value = comment ? "" : stripped;
    if (value === "") {
      if (!comment && cursect && optname !== void 0) cursect.get(optname)?.push("");
      return;
    }
    const curIndent = line.length - line.replace(/^\s+/, "").length;
    if (cursect && optname !== void 0 && curIndent > indentLevel) {
      cursect.get(optname).push(value);
      return;
    }
    indentLevel = curIndent;
    const sm = SECTION.exec(value);
    if (sm) {
      sectname = sm[1];
      if (sectname === "DEFAULT") cursect = defaults;
      else {
        if (added.has(`s:${sectname}`)) errors.push(`line ${lineno}: section [${sectname}] appears twice (DuplicateSectionError)`);
        added.add(`s:${sectname}`);
        cursect = sections.get(sectname) ?? /* @__PURE__ */ new Map();
        sections.set(sectname, cursect);
      }
      optname = void 0;
      return;
    }
    if (!cursect) {
      errors.push(`line ${lineno}: an option before any [section] header (MissingSectionHeaderError)`);
      return;
    }
    const om = OPTION.exec(value);
    if (!om || om[1].trimEnd() === "") {
      errors.push(`line ${lineno}: not a \`key = value\` line (ParsingError)`);
      optname = void 0;
      return;
    }
    optname = om[1].trimEnd().toLowerCase();
    const key = `o:${sectname}\0${optname}`;
    if (added.has(key)) errors.push(`line ${lineno}: option \`${optname}\` appears twice in [${sectname}] (DuplicateOptionError)`);
    added.add(key);
    cursect.set(optname, [om[3].trim()]);
  });
  const join5 = (m2) => new Map([...m2].map(([k2, v2]) => [k2, v2.join("\n").trimEnd()]));
  return {
    sections: new Map([...sections].map(([k2, v2]) => [k2, join5(v2)])),
    defaults: join5(defaults),
    errors
  };
}
function iniGet(file, section, option, extraDefaults = {}) {
  const sect = file.sections.get(section);
  if (!sect) return void 0;
  const lookup = (name) => sect.get(name) ?? file.defaults.get(name) ?? (Object.hasOwn(extraDefaults, name) ? extraDefaults[name] : void 0);
  const raw = lookup(option.toLowerCase());
  if (raw === void 0) return void 0;
  return interpolate(raw, option, lookup, 1);
}
var MAX_DEPTH = 10;
function interpolate(raw, option, lookup, depth) {
  if (depth > MAX_DEPTH) return { error: `\`${option}\`: interpolation nested too deeply (InterpolationDepthError)` };
  let out = "";
  let rest = raw;
  while (rest.length > 0) {
    const p2 = rest.indexOf("%");
    if (p2 < 0) {
      out += rest;
      break;
    }
    out += rest.slice(0, p2);
    rest = rest.slice(p2);
    const c3 = rest[1];
    if (c3 === "%") {
      out += "%";
      rest = rest.slice(2);
    } else if (c3 === "(") {
      const m2 = /^%\(([^)]+)\)s/.exec(rest);
      if (!m2) return { error: `\`${option}\`: bad interpolation syntax in \`${raw}\` (InterpolationSyntaxError)` };
      const name = m2[1].toLowerCase();
      const v2 = lookup(name);
      if (v2 === void 0) return { error: `\`${option}\`: \`%(${m2[1]})s\` names no option (InterpolationMissingOptionError)` };
      rest = rest.slice(m2[0].length);
      if (v2.includes("%")) {
        const inner = interpolate(v2, option, lookup, depth + 1);
        if ("error" in inner) return inner;
        out += inner.value;
      } else {
        out += v2;
      }
    } else {
      return { error: `\`${option}\`: '%' must be followed by '%' or '(' in \`${raw}\` (InterpolationSyntaxError)` };
    }
  }
  return { value: out };
}

// src/frameworks/alembic/toml.ts
var TomlError = class extends Error {
  name = "TomlError";
};
var BARE = /[A-Za-z0-9_-]/;
function parseToml(input) {
  return new Parser(input.replace(/^\ufeff/, "")).document();
}
var isTable = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
var Parser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  root = {};
  /** Tables made by inline tables or static arrays, which TOML forbids extending later. */
  frozen = /* @__PURE__ */ new WeakSet();
  explicit = /* @__PURE__ */ new WeakSet();
  fail(msg) {
    const line = this.s.slice(0, this.pos).split("\n").length;
    throw new TomlError(`line ${line}: ${msg}`);
  }
  peek(k2 = 0) {
    return this.s[this.pos + k2] ?? "";
  }
  ws() {
    while (this.peek() === " " || this.peek() === "	") this.pos++;
  }
  /** Whitespace, comments and newlines. */
  wsnl() {
    for (; ; ) {
      const c3 = this.peek();
      if (c3 === " " || c3 === "	" || c3 === "\n" || c3 === "\r") this.pos++;
      else if (c3 === "#") this.comment();
      else return;
    }
  }
  comment() {
    while (this.pos < this.s.length && this.peek() !== "\n") this.pos++;
  }
  endOfLine() {
    this.ws();
    if (this.peek() === "#") this.comment();
    if (this.peek() === "\r") this.pos++;
    if (this.pos < this.s.length) {
      if (this.peek() !== "\n") this.fail("expected the end of the line");
      this.pos++;
    }
  }
  document() {
    let current = this.root;
    for (; ; ) {
      this.wsnl();
      if (this.pos >= this.s.length) return this.root;
      if (this.peek() === "[") {
        const array = this.peek(1) === "[";
        this.pos += array ? 2 : 1;
        this.ws();
        const key = this.key();
        this.ws();
        if (this.peek() !== "]" || array && this.peek(1) !== "]") this.fail("expected ] after a table name");
        this.pos += array ? 2 : 1;
        this.endOfLine();
        current = array ? this.arrayTable(key) : this.table(key);
      } else {
        const key = this.key();
        this.ws();
        if (this.peek() !== "=") this.fail("expected = after a key");
        this.pos++;
        this.ws();
        const value = this.value();
        this.assign(current, key, value);
        this.endOfLine();
      }
    }
  }
  descend(table, key, forDefinition) {
    const existing = table[key];
    if (existing === void 0) {
      const t2 = {};
      table[key] = t2;
      return t2;
    }
    if (Array.isArray(existing)) {
      const last = existing[existing.length - 1];
      if (forDefinition && isTable(last) && !this.frozen.has(existing)) return last;
      this.fail(`\`${key}\` is not a table`);
    }
    if (!isTable(existing) || this.frozen.has(existing)) this.fail(`\`${key}\` cannot be extended`);
    return existing;
  }
  table(key) {
    let t2 = this.root;
    for (let i = 0; i < key.length - 1; i++) t2 = this.descend(t2, key[i], true);
    const last = key[key.length - 1];
    const existing = t2[last];
    if (existing !== void 0) {
      if (!isTable(existing) || this.explicit.has(existing) || this.frozen.has(existing)) this.fail(`table [${key.join(".")}] defined twice`);
      this.explicit.add(existing);
      return existing;
    }
    const created = {};
    this.explicit.add(created);
    t2[last] = created;
    return created;
  }
  arrayTable(key) {
    let t2 = this.root;
    for (let i = 0; i < key.length - 1; i++) t2 = this.descend(t2, key[i], true);
    const last = key[key.length - 1];
    const existing = t2[last];
    const created = {};
    if (existing === void 0) t2[last] = [created];
    else if (Array.isArray(existing) && !this.frozen.has(existing)) existing.push(created);
    else this.fail(`[[${key.join(".")}]] conflicts with an earlier value`);
    return created;
  }
  assign(table, key, value) {
    let t2 = table;
    for (let i = 0; i < key.length - 1; i++) t2 = this.descend(t2, key[i], false);
    const last = key[key.length - 1];
    if (Object.hasOwn(t2, last)) this.fail(`key \`${key.join(".")}\` defined twice`);
    t2[last] = value;
  }
  key() {
    const parts = [];
    for (; ; ) {
      this.ws();
      const c3 = this.peek();
      if (c3 === '"') parts.push(this.basicString());
      else if (c3 === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (BARE.test(this.peek())) this.pos++;
        if (this.pos === start) this.fail("expected a key");
        parts.push(this.s.slice(start, this.pos));
      }
      this.ws();
      if (this.peek() !== ".") return parts;
      this.pos++;
    }
  }
  value() {
    const c3 = this.peek();
    if (c3 === '"') return this.s.startsWith('"""', this.pos) ? this.multiBasic() : this.basicString();
    if (c3 === "'") return this.s.startsWith("'''", this.pos) ? this.multiLiteral() : this.literalString();
    if (c3 === "[") return this.array();
    if (c3 === "{") return this.inlineTable();
    if (this.s.startsWith("true", this.pos) && !BARE.test(this.peek(4))) {
      this.pos += 4;
      return true;
    }
    if (this.s.startsWith("false", this.pos) && !BARE.test(this.peek(5))) {
      this.pos += 5;
      return false;
    }
    return this.scalar();
  }
  /** Numbers and dates: read the token, then check it. */
  scalar() {
    const m2 = /^[0-9A-Za-z_+\-.:]+(?:[ T][0-9]{2}:[0-9:.+\-Z]+)?/.exec(this.s.slice(this.pos));
    if (!m2) this.fail("expected a value");
    const tok = m2[0];
    this.pos += tok.length;
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(tok)) return tok;
    if (/^[+-]?(inf|nan)$/.test(tok)) return tok.endsWith("nan") ? NaN : tok.startsWith("-") ? -Infinity : Infinity;
    const clean = tok.replace(/_/g, "");
    if (/^0x[0-9A-Fa-f]+$/.test(clean)) return parseInt(clean.slice(2), 16);
    if (/^0o[0-7]+$/.test(clean)) return parseInt(clean.slice(2), 8);
    if (/^0b[01]+$/.test(clean)) return parseInt(clean.slice(2), 2);
    if (/^[+-]?(0|[1-9]\d*)$/.test(clean)) return Number(clean);
    if (/^[+-]?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(clean)) return Number(clean);
    this.fail(`\`${tok}\` is not a TOML value`);
  }
  array() {
    this.pos++;
    const out = [];
    for (; ; ) {
      this.wsnl();
      if (this.peek() === "]") {
        this.pos++;
        this.frozen.add(out);
        return out;
      }
      out.push(this.value());
      this.wsnl();
      if (this.peek() === ",") this.pos++;
      else if (this.peek() !== "]") this.fail("expected , or ] in an array");
    }
  }
  inlineTable() {
    this.pos++;
    const t2 = {};
    this.ws();
    if (this.peek() === "}") {
      this.pos++;
      this.frozen.add(t2);
      return t2;
    }
    for (; ; ) {
      const key = this.key();
      if (this.peek() !== "=") this.fail("expected = in an inline table");
      this.pos++;
      this.ws();
      this.assign(t2, key, this.value());
      this.ws();
      if (this.peek() === ",") {
        this.pos++;
        this.ws();
        continue;
      }
      if (this.peek() === "}") {
        this.pos++;
        this.frozen.add(t2);
        return t2;
      }
      this.fail("expected , or } in an inline table");
    }
  }
  escape() {
    const c3 = this.peek();
    this.pos++;
    const simple = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", e: "\x1B", '"': '"', "\\": "\\" };
    if (simple[c3] !== void 0) return simple[c3];
    if (c3 === "u" || c3 === "U") {
      const n = c3 === "u" ? 4 : 8;
      const hex = this.s.slice(this.pos, this.pos + n);
      if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) this.fail("bad unicode escape");
      const cp = parseInt(hex, 16);
      if (cp > 1114111 || cp >= 55296 && cp <= 57343) this.fail("bad unicode escape");
      this.pos += n;
      return String.fromCodePoint(cp);
    }
    this.fail(`bad escape \\${c3}`);
  }
  basicString() {
    this.pos++;
    let out = "";
    for (; ; ) {
      const c3 = this.peek();
      if (c3 === "" || c3 === "\n") this.fail("unterminated string");
      this.pos++;
      if (c3 === '"') return out;
      out += c3 === "\\" ? this.escape() : c3;
    }
  }
  literalString() {
    this.pos++;
    const end = this.s.indexOf("'", this.pos);
    const nl = this.s.indexOf("\n", this.pos);
    if (end < 0 || nl >= 0 && nl < end) this.fail("unterminated string");
    const out = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }
  skipFirstNewline() {
    if (this.peek() === "\n") this.pos++;
    else if (this.peek() === "\r" && this.peek(1) === "\n") this.pos += 2;
  }
  multiBasic() {
    this.pos += 3;
    this.skipFirstNewline();
    let out = "";
    for (; ; ) {
      if (this.pos >= this.s.length) this.fail("unterminated string");
      if (this.s.startsWith('"""', this.pos)) {
        let extra = 0;
        while (extra < 2 && this.peek(3 + extra) === '"') extra++;
        out += '"'.repeat(extra);
        this.pos += 3 + extra;
        return out;
      }
      const c3 = this.peek();
      this.pos++;
      if (c3 === "\\") {
        const m2 = /^[ \t]*\r?\n/.exec(this.s.slice(this.pos));
        if (m2) {
          this.pos += m2[0].length;
          while (/[ \t\r\n]/.test(this.peek())) this.pos++;
        } else {
          out += this.escape();
        }
      } else {
        out += c3 === "\r" && this.peek() === "\n" ? "" : c3;
      }
    }
  }
  multiLiteral() {
    this.pos += 3;
    this.skipFirstNewline();
    const end = this.s.indexOf("'''", this.pos);
    if (end < 0) this.fail("unterminated string");
    let stop = end;
    while (stop + 3 < this.s.length && this.s[stop + 3] === "'" && stop - end < 2) stop++;
    const out = this.s.slice(this.pos, stop).replace(/\r\n/g, "\n");
    this.pos = stop + 3;
    return out;
  }
};

// src/frameworks/alembic/discover.ts
function listPaths(paths) {
  if (paths instanceof Map) return [...paths.keys()];
  return [...paths];
}
function pathLookup(paths, list) {
  return paths instanceof Map ? paths : new Set(list);
}
var IGNORED = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|\.tox|\.nox|\.git)\//;
var NOT_ALEMBIC_INI = /* @__PURE__ */ new Set(["tox.ini", "pytest.ini", "mypy.ini"]);
var join2 = (dir, name) => dir === "" ? name : `${dir}/${name}`;
function envDirs(all) {
  const out = /* @__PURE__ */ new Set();
  for (const p2 of all) {
    if (p2.endsWith("env.py") && (p2.length === 6 || p2.charCodeAt(p2.length - 7) === 47) && !IGNORED.test(p2)) out.add(dirname(p2));
  }
  return out;
}
function alembicConfigFiles(paths) {
  const all = listPaths(paths);
  return configFilesIn(all, envDirs(all));
}
function configFilesIn(all, envs) {
  const nearEnv = /* @__PURE__ */ new Set();
  for (const d2 of envs) {
    let cur = d2;
    for (let up = 0; up <= 3; up++) {
      nearEnv.add(cur);
      if (cur === "") break;
      cur = dirname(cur);
    }
  }
  const out = [];
  for (const p2 of all) {
    if (!p2.endsWith(".ini") && !p2.endsWith("pyproject.toml")) continue;
    if (IGNORED.test(p2)) continue;
    const name = basename(p2);
    if (name === "alembic.ini" || name === "pyproject.toml") out.push(p2);
    else if (name.endsWith(".ini") && !NOT_ALEMBIC_INI.has(name) && nearEnv.has(dirname(p2))) out.push(p2);
  }
  return out.sort();
}
var ROOT = "/\0repo";
var hereOf = (dir) => dir === "" ? ROOT : `${ROOT}/${dir}`;
var shown = (value, dir) => value.split(hereOf(dir)).join("%(here)s").split(ROOT).join("/");
function resolvePath(value, dir) {
  const r2 = resolveRaw(value, dir);
  return "error" in r2 ? { error: r2.error.replace(value, shown(value, dir)) } : r2;
}
function resolveRaw(value, dir) {
  let rel;
  if (value === ROOT || value.startsWith(`${ROOT}/`)) rel = value.slice(ROOT.length + 1);
  else if (value.startsWith("/")) return { error: `\`${value}\` is an absolute path outside the repository` };
  else if (value.includes(":")) {
    return { error: `\`${value}\` names a package resource (\`package:path\`), which migraph cannot locate without importing the package` };
  } else rel = value === "" ? dir : join2(dir, value);
  const out = [];
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return { error: `\`${value}\` points outside the repository` };
      out.pop();
    } else {
      out.push(part);
    }
  }
  return { path: out.join("/") };
}
function tomlFormat(value, here) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c3 = value[i];
    if (c3 !== "%") {
      out += c3;
      continue;
    }
    if (value[i + 1] === "%") {
      out += "%";
      i++;
      continue;
    }
    const m2 = /^%\(([^)]*)\)s/.exec(value.slice(i));
    if (!m2 || m2[1] !== "here") return { error: `\`${value}\` has a % placeholder Alembic cannot fill (only \`%(here)s\` is known)` };
    out += here;
    i += m2[0].length - 1;
  }
  return { value: out };
}
function stringOption(src, name) {
  if (src.ini) {
    const v2 = iniGet(src.ini.file, src.ini.section, name, { here: hereOf(src.dir) });
    if (v2) return v2;
  }
  const t2 = src.toml?.[name];
  if (t2 === void 0) return void 0;
  if (typeof t2 === "string") return tomlFormat(t2, hereOf(src.dir));
  if (typeof t2 === "number" && Number.isInteger(t2)) return { value: String(t2) };
  return { error: `\`${name}\` in [tool.alembic] is not a string` };
}
function booleanOption(src, name) {
  if (src.ini) {
    const v2 = iniGet(src.ini.file, src.ini.section, name, { here: hereOf(src.dir) });
    if (v2) return "error" in v2 ? v2 : { value: v2.value === "true" };
  }
  const t2 = src.toml?.[name];
  if (t2 === void 0) return void 0;
  if (typeof t2 === "boolean") return { value: t2 };
  return { error: `\`${name}\` in [tool.alembic] must be true or false (Alembic raises "boolean value expected")` };
}
var SEPARATORS = { space: " ", newline: "\n", os: ":", ":": ":", ";": ";" };
function versionLocationsOption(src, notes) {
  const here = hereOf(src.dir);
  const raw = src.ini ? iniGet(src.ini.file, src.ini.section, "version_locations", { here }) : void 0;
  if (raw && "error" in raw) {
    notes.push(`version_locations: ${raw.error}`);
    return void 0;
  }
  if (raw && raw.value !== "") {
    let sep;
    for (const name of ["path_separator", "version_path_separator"]) {
      const s = iniGet(src.ini.file, src.ini.section, name, { here });
      if (!s) continue;
      if ("error" in s) {
        notes.push(`${name}: ${s.error}`);
        return void 0;
      }
      sep = SEPARATORS[s.value];
      if (sep === void 0) {
        notes.push(`\`${name} = ${s.value}\` is not a value Alembic accepts (it expects space, newline, os, ':' or ';' and raises ValueError); migraph splits on it anyway.`);
        sep = s.value === "comma" ? "," : s.value;
      }
      break;
    }
    if (sep === void 0) return raw.value.split(/, *| +/);
    return raw.value.split(sep).filter((x3) => x3 !== "").map((x3) => x3.trim());
  }
  const t2 = src.toml?.version_locations;
  if (t2 === void 0) return void 0;
  if (!Array.isArray(t2) || t2.some((x3) => typeof x3 !== "string")) {
    notes.push("`version_locations` in [tool.alembic] must be a list of strings.");
    return void 0;
  }
  const out = [];
  for (const item of t2) {
    const f3 = tomlFormat(item, here);
    if ("error" in f3) {
      notes.push(`version_locations: ${f3.error}`);
      return void 0;
    }
    out.push(f3.value);
  }
  return out;
}
function buildEnvironment(src, all, envs, notes) {
  const own = [];
  const where = src.ini && src.ini.section !== "alembic" ? `${src.configFile} [${src.ini.section}]` : src.configFile;
  const location = stringOption(src, "script_location");
  let scriptLocation;
  if (location === void 0 || "value" in location && location.value === "") {
    if (envs.has(src.dir)) {
      scriptLocation = src.dir;
      own.push("No `script_location` is set; the configuration sits next to env.py, so migraph takes its folder (as Flask-Migrate does).");
    } else {
      notes.push({ file: src.configFile, message: `${where} sets no \`script_location\`; Alembic refuses to run with it ("No 'script_location' key found in configuration").` });
      return void 0;
    }
  } else if ("error" in location) {
    notes.push({ file: src.configFile, message: `${where}: could not read \`script_location\`: ${location.error}` });
    return void 0;
  } else {
    const r2 = resolvePath(location.value.trim(), src.dir);
    if ("error" in r2) {
      notes.push({ file: src.configFile, message: `${where}: \`script_location\` is not supported: ${r2.error}.` });
      return void 0;
    }
    scriptLocation = r2.path;
  }
  let versionLocations = [join2(scriptLocation, "versions")];
  const listed = versionLocationsOption(src, own);
  if (listed && listed.length > 0) {
    const resolved = [];
    for (const v2 of listed) {
      const r2 = resolvePath(v2, src.dir);
      if ("error" in r2) own.push(`A version location is skipped: ${r2.error}.`);
      else if (!resolved.includes(r2.path)) resolved.push(r2.path);
    }
    versionLocations = resolved;
  }
  const env = {
    root: src.dir,
    configFile: src.configFile,
    scriptLocation,
    versionLocations,
    recursive: false
  };
  if (src.ini && src.ini.section !== "alembic") {
    env.iniSection = src.ini.section;
    own.push(`The settings are in section [${src.ini.section}], used with \`alembic -n ${src.ini.section}\`.`);
  }
  const recursive = booleanOption(src, "recursive_version_locations");
  if (recursive && "error" in recursive) own.push(recursive.error);
  else if (recursive) env.recursive = recursive.value;
  const sourceless = booleanOption(src, "sourceless");
  if (sourceless && "error" in sourceless) own.push(sourceless.error);
  else if (sourceless?.value) {
    env.sourceless = true;
    own.push("`sourceless = true`: Alembic also loads .pyc/.pyo revisions that have no source; migraph reads only .py files.");
  }
  const template = stringOption(src, "file_template");
  if (template && "error" in template) own.push(`file_template: ${template.error}`);
  else if (template) env.fileTemplate = template.value;
  const tsl = stringOption(src, "truncate_slug_length");
  if (tsl && "error" in tsl) own.push(`truncate_slug_length: ${tsl.error}`);
  else if (tsl) {
    if (/^\s*[+-]?\d+\s*$/.test(tsl.value)) env.truncateSlugLength = parseInt(tsl.value, 10);
    else own.push(`\`truncate_slug_length = ${tsl.value}\` is not an integer (Alembic raises ValueError).`);
  }
  const mako = join2(scriptLocation, "script.py.mako");
  if (all.has(mako)) env.scriptTemplate = mako;
  if (src.ini && src.ini.file.errors.length > 0) {
    own.push(`Python's ConfigParser rejects ${src.configFile} (${src.ini.file.errors.join("; ")}); Alembic would fail to start.`);
  }
  if (own.length > 0) env.notes = own;
  return env;
}
function discoverEnvironments(paths, texts) {
  const list = listPaths(paths);
  const all = pathLookup(paths, list);
  const envs = envDirs(list);
  const notes = [];
  const inis = /* @__PURE__ */ new Map();
  const tomls = /* @__PURE__ */ new Map();
  for (const path2 of configFilesIn(list, envs)) {
    const text = texts.get(path2);
    if (text === void 0) continue;
    const dir = dirname(path2);
    if (basename(path2) === "pyproject.toml") {
      let doc;
      try {
        doc = parseToml(text);
      } catch (err) {
        if (!(err instanceof TomlError)) throw err;
        if (/\[\s*tool\s*\.\s*alembic\s*\]|tool\s*\.\s*alembic\s*\./.test(text)) {
          notes.push({ file: path2, message: `migraph could not read this pyproject.toml (${err.message}); its [tool.alembic] settings are ignored.` });
        }
        continue;
      }
      const tool = doc.tool;
      const alembic = tool && typeof tool === "object" && !Array.isArray(tool) ? tool.alembic : void 0;
      if (alembic === void 0) continue;
      if (typeof alembic !== "object" || Array.isArray(alembic)) {
        notes.push({ file: path2, message: '[tool.alembic] is not a table (Alembic raises "Incorrect TOML format").' });
        continue;
      }
      tomls.set(dir, { path: path2, table: alembic });
    } else {
      const file = parseIni(text);
      const l3 = inis.get(dir) ?? [];
      l3.push({ path: path2, file });
      inis.set(dir, l3);
    }
  }
  const sources = [];
  const dirs = [.../* @__PURE__ */ new Set([...inis.keys(), ...tomls.keys()])].sort();
  for (const dir of dirs) {
    const toml = tomls.get(dir);
    const files = (inis.get(dir) ?? []).sort(
      (a, b3) => basename(a.path) === "alembic.ini" ? -1 : basename(b3.path) === "alembic.ini" ? 1 : a.path < b3.path ? -1 : 1
    );
    let tomlUsed = false;
    for (const { path: path2, file } of files) {
      const sections = [...file.sections.keys()].filter(
        (s) => s === "alembic" || file.sections.get(s).has("script_location")
      );
      sections.sort((a, b3) => a === "alembic" ? -1 : b3 === "alembic" ? 1 : 0);
      for (const section of sections) {
        const src = { dir, configFile: path2, ini: { file, section } };
        if (toml) {
          src.toml = toml.table;
          if (section === "alembic") tomlUsed = true;
        }
        sources.push(src);
      }
    }
    if (toml && !tomlUsed) sources.push({ dir, configFile: toml.path, toml: toml.table });
  }
  const environments = [];
  const seen = /* @__PURE__ */ new Set();
  for (const src of sources) {
    const env = buildEnvironment(src, all, envs, notes);
    if (!env) continue;
    const key = `${env.scriptLocation}\0${env.versionLocations.join("\0")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    environments.push(env);
  }
  const configured2 = new Set(environments.map((e) => e.scriptLocation));
  const bare = [...envs].filter((dir) => !configured2.has(dir)).sort();
  const versionDirs = /* @__PURE__ */ new Set();
  if (bare.length > 0) {
    for (const p2 of list) {
      const i = p2.lastIndexOf("/versions/");
      if (i >= 0) versionDirs.add(p2.slice(0, i));
      else if (p2.startsWith("versions/")) versionDirs.add("");
    }
  }
  for (const dir of bare) {
    if (!versionDirs.has(dir)) continue;
    const env = {
      root: dir,
      scriptLocation: dir,
      versionLocations: [join2(dir, "versions")],
      recursive: false
    };
    const mako = join2(dir, "script.py.mako");
    if (all.has(mako)) env.scriptTemplate = mako;
    env.notes = ["No alembic.ini or [tool.alembic] names this folder; migraph assumes the default settings."];
    environments.push(env);
  }
  return { environments, notes };
}
function isRevisionFileName(name) {
  return name.endsWith(".py") && !name.startsWith(".#") && !name.startsWith("__init__") && !/[\n\r]/.test(name);
}
function revisionFiles(env, paths) {
  const list = listPaths(paths);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const loc of env.versionLocations) {
    const prefix = loc === "" ? "" : `${loc}/`;
    const here = [];
    let nested = false;
    for (const p2 of list) {
      if (!p2.startsWith(prefix) || !p2.endsWith(".py")) continue;
      const slash = p2.lastIndexOf("/");
      if (slash >= prefix.length) {
        if (!env.recursive) continue;
        if (p2.slice(0, slash).endsWith("__pycache__")) continue;
        nested = true;
      }
      if (!isRevisionFileName(p2.slice(slash + 1))) continue;
      here.push(p2);
    }
    if (nested) here.sort((a, b3) => walkOrder(a.slice(prefix.length), b3.slice(prefix.length)));
    else if (!ascending(here)) here.sort();
    if (env.versionLocations.length === 1) return here;
    for (const p2 of here) {
      if (seen.has(p2)) continue;
      seen.add(p2);
      out.push(p2);
    }
  }
  return out;
}
function ascending(list) {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}
function walkOrder(a, b3) {
  const pa = a.split("/");
  const pb = b3.split("/");
  for (let i = 0; ; i++) {
    const lastA = i === pa.length - 1;
    const lastB = i === pb.length - 1;
    if (lastA && !lastB) return -1;
    if (lastB && !lastA) return 1;
    const x3 = pa[i];
    const y2 = pb[i];
    if (x3 !== y2) return x3 < y2 ? -1 : 1;
    if (lastA && lastB) return 0;
  }
}

// src/frameworks/alembic/adapter.ts
var alembicAdapter = {
  id: "alembic",
  // Version locations can be any folder the configuration names, so any Python file may be a revision;
  // finding the environments is cheap (a few configuration files) when there are none.
  mayMatter(path2) {
    const name = basename(path2);
    return name.endsWith(".py") || name.endsWith(".ini") || name === "pyproject.toml" || name === "script.py.mako";
  },
  async compare({ base, head, merged, changes, baseChanges, sources, onBase, applied }) {
    const touched = /* @__PURE__ */ new Set();
    for (const c3 of changes) {
      for (const snap of [head, merged, base]) {
        const entry = snap.entries.get(c3.path) ?? (c3.oldPath !== void 0 ? snap.entries.get(c3.oldPath) : void 0);
        if (entry) touched.add(entry.blob);
      }
    }
    const cache = { parsed: /* @__PURE__ */ new Map(), lean: (blob) => onBase.has(blob), keepText: (blob) => touched.has(blob) };
    const b3 = await loadStates(base, sources, cache);
    const headPaths = changedPaths(changes);
    const m2 = await deriveStates(b3, merged, [...headPaths], sources, cache) ?? await loadStates(merged, sources, cache);
    const baseOnly = [...changedPaths(baseChanges)].filter((p2) => !headPaths.has(p2));
    const differs = (state) => baseOnly.some((p2) => inVersionLocations(state.env, p2) || p2 === state.env.configFile);
    let h3;
    const headHeads = async (state) => {
      if (!differs(state)) return state.graph.heads;
      const quick = headsWithoutBaseAdditions(state, baseOnly, baseChanges);
      if (quick) return quick;
      h3 ??= await deriveStates(m2, head, baseOnly, sources, cache) ?? await loadStates(head, sources, cache);
      return h3.get(state.key)?.graph.heads;
    };
    const comparisons = [];
    for (const state of m2.values()) {
      const baseState = b3.get(state.key);
      const known = (path2) => state.byPath.has(path2) || (baseState?.byPath.has(path2) ?? false);
      const mine = [];
      for (const change of changes) {
        const oldPath = change.status === "renamed" ? change.oldPath : change.path;
        if (!known(change.path) && !(oldPath !== void 0 && known(oldPath))) continue;
        const onBase2 = oldPath !== void 0 ? applied.entries.get(oldPath) : void 0;
        mine.push({ change, ...onBase2 ? { onBase: onBase2 } : {} });
      }
      const heads = await headHeads(state);
      comparisons.push({
        framework: "alembic",
        root: state.key,
        ...baseState ? { base: baseState } : {},
        ...heads ? { head: { heads } } : {},
        merged: state,
        changes: mine
      });
    }
    await sources.load(comparisons.flatMap((c3) => c3.changes.flatMap((ch) => ch.onBase ? [ch.onBase] : [])));
    return comparisons;
  },
  summarise(c3) {
    return {
      framework: "alembic",
      root: c3.root,
      apps: [
        {
          app: c3.merged.env.scriptLocation,
          migrationsDir: c3.merged.env.versionLocations[0] ?? c3.merged.env.scriptLocation,
          migrations: c3.merged.revisions.length,
          leaves: { base: c3.base?.graph.heads ?? [], head: c3.head?.heads ?? [], merged: c3.merged.graph.heads }
        }
      ]
    };
  },
  reportedChanges(c3) {
    return c3.changes.map(({ change }) => {
      const r2 = change.status === "deleted" ? c3.base?.byPath.get(change.path) : c3.merged.byPath.get(change.path);
      return {
        framework: "alembic",
        project: c3.root,
        app: c3.merged.env.scriptLocation,
        ...r2 ? { name: r2.id } : {},
        path: change.path,
        ...change.oldPath !== void 0 ? { oldPath: change.oldPath } : {},
        status: change.status
      };
    });
  },
  notes: (c3) => c3.merged.notes,
  size: (c3) => c3.merged.revisions.length
};
function headsWithoutBaseAdditions(state, baseOnly, baseChanges) {
  const added = new Set(baseChanges.flatMap((c3) => c3.status === "added" ? [c3.path] : []));
  const ids = [];
  for (const path2 of baseOnly) {
    if (path2 === state.env.configFile) return void 0;
    if (!inVersionLocations(state.env, path2)) continue;
    if (!added.has(path2)) return void 0;
    const id = state.byPath.get(path2)?.id;
    if (id) ids.push(id);
  }
  return state.graph.headsWithout(ids);
}
async function loadStates(snapshot, sources, cache) {
  const entries = snapshot.entries;
  let hasEnv = false;
  for (const path2 of entries.keys()) {
    if (path2 === "env.py" || path2.endsWith("/env.py")) {
      hasEnv = true;
      break;
    }
  }
  if (!hasEnv) return /* @__PURE__ */ new Map();
  const configs = alembicConfigFiles(entries).flatMap((p2) => entries.has(p2) ? [entries.get(p2)] : []);
  await sources.load(configs);
  const texts = new Map(
    configs.map((e) => {
      const d2 = sources.get(e);
      return [e.path, "text" in d2 ? d2.text : void 0];
    })
  );
  const discovery = discoverEnvironments(entries, texts);
  const discoveryNotes = discovery.notes.map((n) => `${n.file}: ${n.message}`);
  const states = /* @__PURE__ */ new Map();
  for (const env of discovery.environments) {
    const state = await readState(env, revisionFiles(env, entries), snapshot, sources, cache, discoveryNotes);
    states.set(state.key, state);
  }
  return states;
}
async function deriveStates(from, snapshot, changed, sources, cache) {
  const envs = [...from.values()].map((s) => s.env);
  for (const path2 of changed) {
    const name = basename(path2);
    if (name === "env.py" || name === "pyproject.toml" || name === "script.py.mako" || name.endsWith(".ini")) return void 0;
    if (/(^|\/)versions\//.test(path2) && !envs.some((env) => inVersionLocations(env, path2))) return void 0;
  }
  const states = /* @__PURE__ */ new Map();
  for (const [key, state] of from) {
    const touched = changed.filter((path2) => inVersionLocations(state.env, path2));
    if (touched.length === 0) {
      states.set(key, { ...state });
      continue;
    }
    const gone = new Set(touched);
    const candidates = state.revisions.flatMap((r2) => gone.has(r2.file) ? [] : [r2.file]);
    for (const path2 of touched) if (snapshot.entries.has(path2)) candidates.push(path2);
    states.set(key, await readState(state.env, revisionFiles(state.env, candidates), snapshot, sources, cache, state.discoveryNotes, state));
  }
  return states;
}
async function readState(env, paths, snapshot, sources, cache, discoveryNotes, previous) {
  const files = paths.map((p2) => snapshot.entries.get(p2));
  const template = env.scriptTemplate ? snapshot.entries.get(env.scriptTemplate) : void 0;
  if (template) await sources.load([template]);
  await sources.loadEach(
    files.filter((f3) => !cache.parsed.has(f3.blob)),
    (entry, decoded) => {
      if (!("text" in decoded)) return;
      parsed_(cache, entry, decoded.text);
      if (cache.lean(entry.blob) && !cache.keepText(entry.blob)) sources.forget(entry.blob);
    }
  );
  const revisions = [];
  const problems = [];
  for (const entry of files) {
    const kept = previous?.byPath.get(entry.path);
    let p2 = kept?.blob === entry.blob ? kept.parsed : cache.parsed.get(entry.blob);
    if (p2 === void 0) {
      const decoded = sources.get(entry);
      if ("error" in decoded) {
        problems.push({ file: entry.path, message: `Revision file ${decoded.error}.` });
        continue;
      }
      p2 = parsed_(cache, entry, decoded.text);
    }
    if (p2.problems.length > 0) {
      for (const problem of p2.problems) problems.push({ file: entry.path, message: problem.message, ...problem.span ? { span: problem.span } : {} });
    }
    if (kept?.blob === entry.blob) {
      revisions.push(kept);
      continue;
    }
    const id = p2.revision?.value ?? legacyRevisionId(basename(entry.path));
    revisions.push({ id: id ?? "", file: entry.path, blob: entry.blob, parsed: p2 });
  }
  const graph = buildAlembicGraph(revisions, { inLoadOrder: true });
  for (const s of graph.skipped) problems.push({ file: s.file, message: s.message, ...s.span ? { span: s.span } : {} });
  const templateText = template ? sources.get(template) : void 0;
  const byPath = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const r2 of revisions) {
    byPath.set(r2.file, r2);
    if (r2.id) byId.set(r2.id, r2);
  }
  return {
    env,
    key: env.iniSection ? `${env.scriptLocation}#${env.iniSection}` : env.scriptLocation,
    revisions,
    byPath,
    byId,
    graph,
    problems,
    notes: [...env.notes ?? [], ...discoveryNotes],
    discoveryNotes,
    ...templateText && "text" in templateText ? { scriptTemplate: templateText.text } : {}
  };
}
function inVersionLocations(env, path2) {
  return env.versionLocations.some((loc) => loc === "" || path2.startsWith(`${loc}/`));
}
function parsed_(cache, entry, text) {
  let parsed = cache.parsed.get(entry.blob);
  if (!parsed) {
    parsed = parseRevision(text, { lean: cache.lean(entry.blob) });
    cache.parsed.set(entry.blob, parsed);
  }
  return parsed;
}

// src/frameworks/django/layout.ts
var IGNORED2 = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|\.tox|\.nox|__pycache__|\.git)\//;
function migrationModuleName(fileName) {
  if (!fileName.endsWith(".py")) return void 0;
  const name = fileName.slice(0, -3);
  if (name === "" || name.includes(".") || name[0] === "_" || name[0] === "~") return void 0;
  return name;
}
function findProjects(entries) {
  if (!mayHoldProject(entries)) return [];
  const roots = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  for (const entry of entries.values()) {
    if (!entry.path.endsWith(".py")) continue;
    if (IGNORED2.test(entry.path)) continue;
    const dir = dirname(entry.path);
    const list = byDir.get(dir);
    if (list) list.push(entry);
    else byDir.set(dir, [entry]);
    if (basename(entry.path) === "manage.py") roots.add(dir);
  }
  const rootOf = (dir) => {
    for (let d2 = dir; ; d2 = dirname(d2)) {
      if (roots.has(d2)) return d2;
      if (d2 === "") return "";
    }
  };
  const projects = /* @__PURE__ */ new Map();
  const project = (root) => {
    let p2 = projects.get(root);
    if (!p2) {
      p2 = { root, apps: [], settings: [], packages: /* @__PURE__ */ new Map() };
      projects.set(root, p2);
    }
    return p2;
  };
  for (const [dir, files] of byDir) {
    const p2 = project(rootOf(dir));
    p2.packages.set(dir, files);
    for (const f3 of files) {
      const name = basename(f3.path);
      if (name === "settings.py" || basename(dir) === "settings") p2.settings.push(f3);
    }
    if (basename(dir) !== "migrations") continue;
    if (!files.some((f3) => basename(f3.path) === "__init__.py")) continue;
    const appDir = dirname(dir);
    const migrationFiles = files.filter((f3) => migrationModuleName(basename(f3.path)) !== void 0);
    const appsPy = byDir.get(appDir)?.find((f3) => basename(f3.path) === "apps.py");
    p2.apps.push({ dir: appDir, migrationsDir: dir, files: migrationFiles, ...appsPy ? { appsPy } : {} });
  }
  return [...projects.values()].filter((p2) => p2.apps.length > 0 || p2.settings.length > 0).sort((a, b3) => a.root < b3.root ? -1 : a.root > b3.root ? 1 : 0);
}
function mayHoldProject(entries) {
  for (const path2 of entries.keys()) {
    if (!path2.endsWith(".py")) continue;
    const candidate = path2.endsWith("migrations/__init__.py") && (path2.length === 22 || path2.charCodeAt(path2.length - 23) === 47) || path2.endsWith("settings.py") || path2.includes("settings/");
    if (candidate && !IGNORED2.test(path2)) return true;
  }
  return false;
}

// src/frameworks/django/scan.ts
var NotSure = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function notSure(reason) {
  throw new NotSure(reason);
}
var NAME = 1;
var NUMBER = 2;
var STRING = 3;
var OP = 4;
var NEWLINE = 5;
var EOF = 6;
var G_START = 0;
var G_OPERAND = 1;
var G_OPEN = 2;
var G_COMMA = 3;
var G_COLON = 4;
var G_DOT = 5;
var G_ASSIGN = 6;
var G_BINOP = 7;
var G_PM = 8;
var G_TILDE = 9;
var G_STAR = 10;
var G_AT = 11;
var G_KW = 12;
var G_NEWLINE = 13;
var KW_NONE = 0;
var KW_TRUE = 1;
var KW_FALSE = 2;
var KW_NONEVAL = 3;
var KW_PASS = 4;
var KW_NOT = 5;
var KW_IN = 6;
var KW_IF = 7;
var KW_ELSE = 8;
var KW_FOR = 9;
var KW_IMPORT = 10;
var KW_FROM = 11;
var KW_CLASS = 12;
var KW_DEF = 13;
var KW_RETURN = 14;
var KW_COLON_OK = 15;
var KW_BINARY = 16;
var KW_STMT = 17;
var KW_BAIL = 18;
var KW_ELIF_WHILE_WITH = 19;
var KEYWORDS = /* @__PURE__ */ new Map([
  ["True", KW_TRUE],
  ["False", KW_FALSE],
  ["None", KW_NONEVAL],
  ["pass", KW_PASS],
  ["break", KW_PASS],
  ["continue", KW_PASS],
  ["not", KW_NOT],
  ["in", KW_IN],
  ["if", KW_IF],
  ["else", KW_ELSE],
  ["for", KW_FOR],
  ["import", KW_IMPORT],
  ["from", KW_FROM],
  ["class", KW_CLASS],
  ["def", KW_DEF],
  ["return", KW_RETURN],
  ["raise", KW_RETURN],
  ["try", KW_COLON_OK],
  ["finally", KW_COLON_OK],
  ["lambda", KW_COLON_OK],
  ["except", KW_COLON_OK],
  ["and", KW_BINARY],
  ["or", KW_BINARY],
  ["is", KW_BINARY],
  ["as", KW_BINARY],
  ["elif", KW_ELIF_WHILE_WITH],
  ["while", KW_ELIF_WHILE_WITH],
  ["with", KW_ELIF_WHILE_WITH],
  ["del", KW_STMT],
  ["assert", KW_STMT],
  ["global", KW_STMT],
  ["nonlocal", KW_STMT],
  ["yield", KW_BAIL],
  ["await", KW_BAIL],
  ["async", KW_BAIL]
]);
var IDENT = new Uint8Array(65536);
for (let c3 = 0; c3 < 128; c3++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c3))) IDENT[c3] = 1;
var KEYWORD_BUCKETS = [];
for (const [word, id] of KEYWORDS) {
  const key = word.charCodeAt(0) * 16 + word.length;
  (KEYWORD_BUCKETS[key] ??= []).push([word, id]);
}
function keywordAt(text, start, length) {
  const bucket = KEYWORD_BUCKETS[text.charCodeAt(start) * 16 + length];
  if (bucket === void 0) return KW_NONE;
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i];
    if (text.startsWith(entry[0], start)) return entry[1];
  }
  return KW_NONE;
}
var SOFT_KEYWORD_STARTS = /* @__PURE__ */ new Set(["match", "case", "type", "print", "exec"]);
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);
var DOTTED = "[A-Za-z_]\\w*(?: ?\\. ?[A-Za-z_]\\w*)*";
var ALIASED_NAME = "[A-Za-z_]\\w*(?: as [A-Za-z_]\\w*)?";
var NAMES = `${ALIASED_NAME}(?: ?, ?${ALIASED_NAME})*`;
var IMPORT_RE = new RegExp(`^import ${DOTTED}(?: as [A-Za-z_]\\w*)?(?: ?, ?${DOTTED}(?: as [A-Za-z_]\\w*)?)*$`);
var FROM_RE = new RegExp(`^from (?:(?:\\. ?)*${DOTTED}|(?:\\. ?)+) ?import (?:${NAMES}|\\( ?${NAMES} ?,? ?\\))$`);
var CLASS_RE = new RegExp(`^class [A-Za-z_]\\w* ?(?:\\( ?(?:${DOTTED}(?: ?, ?${DOTTED})* ?,? ?)?\\) ?)?:$`);
var DEF_RE = /^def [A-Za-z_]\w* ?\( ?(?:[A-Za-z_]\w*(?: ?, ?[A-Za-z_]\w*)* ?,? ?)?\) ?:$/;
var SHORT_DOUBLE = /"(?:[^"\\\r\n]|\\(?:\r\n|[^]))*"/y;
var SHORT_SINGLE = /'(?:[^'\\\r\n]|\\(?:\r\n|[^]))*'/y;
var TRIPLE_DOUBLE = /"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
var TRIPLE_SINGLE = /'''(?:[^'\\]|\\[^]|'(?!''))*'''/y;
var SKIM_TOP = /[^"'#\\()[\]{}\n\r;\f\x80-\uffff]*/y;
var SKIM_IN = /[^"'#\\()[\]{};\f\x80-\uffff]*/y;
var COMMENT = /[^\r\n]*/y;
var LEAN_NAMES = /Migration|dependencies|replaces|run_before|initial/g;
var NUMBER_RE = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)$/;
function flatten(line) {
  if (!/[#\\\r\n\t]| {2}/.test(line)) return line.trimEnd();
  return line.replace(/#[^\r\n]*/g, "").replace(/\\\r?\n|\\\r/g, " ").replace(/\s+/g, " ").trim();
}
function isCompoundStart(kw, name) {
  return kw === KW_IF || kw === KW_ELSE || kw === KW_FOR || kw === KW_CLASS || kw === KW_DEF || kw === KW_ELIF_WHILE_WITH || kw === KW_COLON_OK && name !== "lambda";
}
var Scanner = class {
  text;
  len;
  pos;
  // Current token.
  kind = 0;
  start = 0;
  end = 0;
  /** For OP tokens: the operator's first character code; `opLen` its length. */
  opChar = 0;
  opLen = 0;
  g = G_START;
  kw = KW_NONE;
  /** For STRING tokens: prefix flags. */
  strBytes = false;
  /** True for the first token of a logical line. */
  first = false;
  /** End of the token before the current one. */
  lastEnd = 0;
  // Layout.
  atLineStart = true;
  lineHasTokens = false;
  brackets = [];
  isCall = [];
  ifPending = [0];
  compFor = [false];
  lambdas = [0];
  itemColon = [false];
  dictMode = [0];
  sawAssign0 = false;
  isAug = false;
  prevPrevG = G_START;
  fromDotsOnly = false;
  indentStyle = 0;
  // 0 unknown, 32 spaces, 9 tabs
  indents = [0];
  expectIndent = false;
  decoratorPending = false;
  lineIndent = 0;
  attributeNameSeen = false;
  // Logical-line grammar state.
  prevG = G_START;
  prevKw = KW_NONE;
  prevString = false;
  needIn = false;
  lineKw = KW_NONE;
  lineFirstName = "";
  sawColon0 = false;
  prevPlainName = false;
  /** The grammar class of the token before the current one (G_START at a line start). */
  beforeG = G_START;
  doubles = 0;
  singles = 0;
  /** Lean mode (see the top of the file): skipped statements go through `skipLine`, not the tokenizer. */
  lean;
  constructor(text, from, lean = false) {
    this.text = text;
    this.len = text.length;
    this.pos = from;
    this.lean = lean;
  }
  get depth() {
    return this.brackets.length;
  }
  get openChar() {
    return this.brackets[this.brackets.length - 1] ?? 0;
  }
  /** Reads the next token and checks it may follow the previous one. */
  advance() {
    this.lastEnd = this.end;
    this.lex();
    this.check();
  }
  /** Whether the current token is the one-character operator `code`; a call, so TS does not narrow across advance(). */
  isOp(code) {
    return this.kind === OP && this.opChar === code && this.opLen === 1;
  }
  nameText() {
    return this.text.slice(this.start, this.end);
  }
  lex() {
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    this.first = false;
    this.isAug = false;
    for (; ; ) {
      if (pos >= len) {
        if (this.brackets.length > 0) notSure("unclosed bracket at end of file");
        this.pos = pos;
        this.start = this.end = pos;
        if (this.lineHasTokens) {
          this.lineHasTokens = false;
          this.kind = NEWLINE;
        } else {
          this.kind = EOF;
        }
        return;
      }
      let c3 = text.charCodeAt(pos);
      if (this.atLineStart) {
        let col = 0;
        let style = 0;
        while (c3 === 32 || c3 === 9) {
          if (style === 0) style = c3;
          else if (style !== c3) notSure("tabs mixed with spaces");
          col++;
          c3 = text.charCodeAt(++pos);
        }
        if (c3 === 10 || c3 === 13 || c3 === 35 || pos >= len) {
          if (c3 === 35) {
            while (pos < len && (c3 = text.charCodeAt(pos)) !== 10 && c3 !== 13) pos++;
          }
          if (pos >= len) continue;
          pos += c3 === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
          continue;
        }
        if (style !== 0) {
          if (this.indentStyle === 0) this.indentStyle = style;
          else if (this.indentStyle !== style) notSure("tabs mixed with spaces");
        }
        this.atLineStart = false;
        this.lineIndent = col;
      }
      if (c3 === 32 || c3 === 9) {
        pos++;
        continue;
      }
      if (c3 === 10 || c3 === 13) {
        const at2 = pos;
        pos += c3 === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        if (this.brackets.length > 0) continue;
        this.atLineStart = true;
        if (this.lineHasTokens) {
          this.lineHasTokens = false;
          this.pos = pos;
          this.kind = NEWLINE;
          this.start = this.end = at2;
          return;
        }
        continue;
      }
      if (c3 === 35) {
        while (pos < len && (c3 = text.charCodeAt(pos)) !== 10 && c3 !== 13) pos++;
        continue;
      }
      if (c3 === 92) {
        c3 = text.charCodeAt(pos + 1);
        if (!this.lineHasTokens || c3 !== 10 && c3 !== 13) notSure("backslash not followed by a line break");
        pos += c3 === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
        if (pos >= len) notSure("backslash continuation at end of file");
        let k2 = pos;
        while ((c3 = text.charCodeAt(k2)) === 32 || c3 === 9) k2++;
        if (c3 === 10 || c3 === 13 || c3 === 35 || k2 >= len) notSure("backslash continuation into a blank line");
        continue;
      }
      this.start = pos;
      if (!this.lineHasTokens) {
        this.lineHasTokens = true;
        this.first = true;
      }
      if (c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 === 95) {
        pos++;
        while (pos < len && IDENT[c3 = text.charCodeAt(pos)] === 1) pos++;
        if (c3 >= 128 && pos < len) notSure("non-ASCII identifier");
        if ((c3 === 34 || c3 === 39) && pos - this.start <= 2 && pos < len) {
          const prefix = text.slice(this.start, pos).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            if (prefix.includes("f")) notSure("f-string");
            this.strBytes = prefix.includes("b");
            this.pos = this.lexString(pos, c3);
            return;
          }
        }
        this.pos = pos;
        this.end = pos;
        this.kind = NAME;
        const length = pos - this.start;
        this.kw = length >= 2 && length <= 8 ? keywordAt(text, this.start, length) : KW_NONE;
        return;
      }
      if (c3 === 34 || c3 === 39) {
        this.strBytes = false;
        this.pos = this.lexString(pos, c3);
        return;
      }
      if (c3 >= 48 && c3 <= 57 || c3 === 46 && text.charCodeAt(pos + 1) - 48 >>> 0 <= 9) {
        pos++;
        let prev = c3;
        while (pos < len) {
          c3 = text.charCodeAt(pos);
          if (c3 >= 48 && c3 <= 57 || c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 === 95 || c3 === 46) {
            prev = c3;
            pos++;
          } else if ((c3 === 43 || c3 === 45) && (prev === 101 || prev === 69) && text.charCodeAt(this.start + 1) !== 120 && text.charCodeAt(this.start + 1) !== 88) {
            prev = c3;
            pos++;
          } else break;
        }
        if (!NUMBER_RE.test(text.slice(this.start, pos))) notSure("unusual number literal");
        this.pos = pos;
        this.end = pos;
        this.kind = NUMBER;
        return;
      }
      this.kind = OP;
      this.opChar = c3;
      this.opLen = 1;
      const n1 = text.charCodeAt(pos + 1);
      switch (c3) {
        case 40:
        case 91:
        case 123:
          this.g = G_OPEN;
          break;
        case 41:
        case 93:
        case 125: {
          const open = this.brackets[this.brackets.length - 1];
          if (open === void 0 || (c3 === 41 ? open !== 40 : c3 !== open + 2)) notSure("mismatched bracket");
          this.g = G_OPERAND;
          break;
        }
        case 44:
          this.g = G_COMMA;
          break;
        case 58:
          if (n1 === 61) {
            this.opLen = 2;
            this.g = G_BINOP;
          } else this.g = G_COLON;
          break;
        case 46:
          if (n1 === 46 && text.charCodeAt(pos + 2) === 46) {
            this.opLen = 3;
            this.g = G_OPERAND;
          } else this.g = G_DOT;
          break;
        case 61:
          if (n1 === 61) {
            this.opLen = 2;
            this.g = G_BINOP;
          } else this.g = G_ASSIGN;
          break;
        case 43:
        case 45:
          if (n1 === 61 || c3 === 45 && n1 === 62) {
            this.opLen = 2;
            this.g = G_BINOP;
          } else this.g = G_PM;
          break;
        case 42:
          if (n1 === 42) {
            if (text.charCodeAt(pos + 2) === 61) {
              this.opLen = 3;
              this.g = G_BINOP;
            } else {
              this.opLen = 2;
              this.g = G_STAR;
            }
          } else if (n1 === 61) {
            this.opLen = 2;
            this.g = G_BINOP;
          } else this.g = G_STAR;
          break;
        case 47:
          if (n1 === 47) this.opLen = text.charCodeAt(pos + 2) === 61 ? 3 : 2;
          else if (n1 === 61) this.opLen = 2;
          this.g = G_BINOP;
          break;
        case 60:
        case 62:
          if (n1 === c3) this.opLen = text.charCodeAt(pos + 2) === 61 ? 3 : 2;
          else if (n1 === 61) this.opLen = 2;
          else if (c3 === 60 && n1 === 62) notSure("<> operator");
          this.g = G_BINOP;
          break;
        case 37:
        case 38:
        case 124:
        case 94:
          if (n1 === 61) this.opLen = 2;
          this.g = G_BINOP;
          break;
        case 64:
          if (n1 === 61) {
            this.opLen = 2;
            this.g = G_BINOP;
          } else this.g = G_AT;
          break;
        case 33:
          if (n1 !== 61) notSure("stray !");
          this.opLen = 2;
          this.g = G_BINOP;
          break;
        case 126:
          this.g = G_TILDE;
          break;
        default:
          notSure(c3 === 12 ? "form feed" : c3 === 59 ? "semicolon" : "unexpected character");
      }
      this.isAug = this.opLen >= 2 && text.charCodeAt(pos + this.opLen - 1) === 61 && c3 !== 61 && c3 !== 33 && c3 !== 58 && !(this.opLen === 2 && (c3 === 60 || c3 === 62));
      this.pos = pos + this.opLen;
      this.end = this.pos;
      return;
    }
  }
  lexString(pos, q3) {
    if (q3 === 34) this.doubles++;
    else this.singles++;
    this.kind = STRING;
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q3 && text.charCodeAt(pos + 2) === q3;
    const re2 = triple ? q3 === 34 ? TRIPLE_DOUBLE : TRIPLE_SINGLE : q3 === 34 ? SHORT_DOUBLE : SHORT_SINGLE;
    re2.lastIndex = pos;
    if (!re2.test(text)) notSure("unterminated string");
    this.end = re2.lastIndex;
    return re2.lastIndex;
  }
  /** The token-level grammar: which token may follow which. Anything unusual is "not sure". */
  check() {
    const kind = this.kind;
    let g2;
    if (kind === NAME) g2 = this.kw === KW_NONE ? G_OPERAND : this.kw <= KW_PASS ? G_OPERAND : G_KW;
    else if (kind === NUMBER || kind === STRING) g2 = G_OPERAND;
    else if (kind === NEWLINE || kind === EOF) g2 = G_NEWLINE;
    else g2 = this.g;
    if (kind !== OP) this.g = g2;
    if (kind === EOF) return;
    if (this.first) this.startLine();
    const prev = this.prevG;
    const prevKw = this.prevKw;
    const kw = kind === NAME ? this.kw : KW_NONE;
    const depth = this.brackets.length;
    if (kw === KW_BAIL) notSure("yield/await/async");
    if (this.needIn) {
      if (kw !== KW_IN) notSure("not without in");
      this.needIn = false;
    }
    const isClose = kind === OP && g2 === G_OPERAND && this.opLen === 1;
    const startsOperand = g2 === G_OPERAND && !isClose && kw !== KW_PASS || g2 === G_OPEN || g2 === G_PM || g2 === G_TILDE || g2 === G_STAR || kw === KW_NOT || kw === KW_COLON_OK && this.text.startsWith("lambda", this.start) && this.end - this.start === 6;
    switch (prev) {
      case G_START:
        if (g2 === G_COMMA || g2 === G_COLON || g2 === G_DOT || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_NEWLINE) notSure("bad statement start");
        if (g2 === G_KW && (kw === KW_IN || kw === KW_BINARY)) notSure("bad statement start");
        break;
      case G_OPERAND:
        if (kind === STRING) {
          if (!this.prevString) notSure("string after operand");
        } else if (g2 === G_OPERAND && !(kind === OP && this.opLen === 1)) {
          notSure("two operands in a row");
        } else if (g2 === G_OPEN && this.opChar === 123) {
          notSure("brace after operand");
        } else if (g2 === G_TILDE) {
          notSure("~ after operand");
        } else if (g2 === G_KW) {
          if (kw === KW_NOT) this.needIn = true;
          else if (kw === KW_IF) {
            if (this.compFor[depth]) {
            } else this.ifPending[depth]++;
          } else if (kw === KW_ELSE) {
            if (!(this.ifPending[depth] > 0)) notSure("else without if");
            this.ifPending[depth]--;
          } else if (kw === KW_FOR) {
            if (depth === 0) notSure("bare generator");
            this.compFor[depth] = true;
          } else if (kw === KW_IMPORT) {
            if (this.lineKw !== KW_FROM) notSure("import in odd place");
          } else if (kw === KW_FROM) {
            if (this.lineKw !== KW_RETURN) notSure("from in odd place");
          } else if (kw !== KW_IN && kw !== KW_BINARY) {
            notSure("keyword after operand");
          }
        }
        break;
      case G_OPEN:
        if (g2 === G_COMMA || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure("bad token after bracket");
        if (g2 === G_COLON && this.openChar !== 91) notSure("colon after bracket");
        break;
      case G_COMMA:
        if (g2 === G_COMMA || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure("bad token after comma");
        if (g2 === G_COLON && this.openChar !== 91) notSure("colon after comma");
        break;
      case G_COLON:
        if (depth > 0) {
          const inSubscript = this.openChar === 91;
          if (g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure("bad token after colon");
          if ((g2 === G_COLON || g2 === G_COMMA || isClose) && !inSubscript) notSure("bad token after colon");
        } else if (g2 === G_COMMA || g2 === G_COLON || g2 === G_DOT || g2 === G_ASSIGN || g2 === G_BINOP) {
          notSure("bad token after colon");
        }
        break;
      case G_DOT:
        if (kind === NAME && kw === KW_NONE) break;
        if (this.lineKw === KW_FROM && this.fromDotsOnly && (g2 === G_DOT || kw === KW_IMPORT || kind === OP && this.opLen === 3 && this.opChar === 46)) break;
        notSure("bad token after dot");
        break;
      case G_STAR:
        if (!startsOperand || g2 === G_STAR) notSure("bad token after star");
        break;
      case G_BINOP:
      case G_PM:
      case G_TILDE:
      case G_AT:
        if (!startsOperand || g2 === G_STAR) notSure("operator without operand");
        break;
      case G_ASSIGN:
        if (!startsOperand || g2 === G_STAR && depth > 0) notSure("operator without operand");
        break;
      case G_KW:
        if (prevKw === KW_RETURN && g2 === G_NEWLINE) break;
        if ((prevKw === KW_COLON_OK || prevKw === KW_ELSE) && g2 === G_COLON) break;
        if (prevKw === KW_FROM && g2 === G_DOT) break;
        if (!startsOperand || g2 === G_STAR && prevKw === KW_IMPORT) notSure("keyword without operand");
        break;
    }
    if (this.lambdas[depth] > 0 && (g2 === G_DOT || g2 === G_OPEN)) notSure("unusual lambda parameters");
    if (kw === KW_COLON_OK && startsOperand) this.lambdas[depth]++;
    if (kind === NAME && kw === KW_NONE) this.fromDotsOnly = false;
    if (g2 === G_COLON && depth > 0) {
      if (this.lambdas[depth] > 0) this.lambdas[depth]--;
      else if (this.openChar === 40) notSure("colon inside parentheses");
      else if (this.openChar === 91 && !this.isCall[depth - 1]) notSure("colon in a list display");
    } else if (g2 === G_COLON) {
      if (this.lambdas[0] > 0) this.lambdas[0]--;
      else if (!isCompoundStart(this.lineKw, this.lineFirstName) || this.sawColon0) notSure("annotation or stray colon");
    }
    if (g2 === G_STAR && depth > 0 && this.openChar === 123 && (prev === G_OPEN || prev === G_COMMA)) this.itemColon[depth + 0] = true;
    if (this.isAug && (depth > 0 || this.lineKw !== KW_NONE || this.sawAssign0)) notSure("augmented assignment in an odd place");
    if (g2 === G_ASSIGN && depth === 0) this.sawAssign0 = true;
    if (g2 === G_OPEN) {
      this.itemColon.push(false);
      this.dictMode.push(0);
      this.lambdas.push(0);
      this.ifPending.push(0);
      this.compFor.push(false);
      this.isCall.push(prev === G_OPERAND);
      this.brackets.push(this.opChar);
    } else if (kind === OP && g2 === G_OPERAND && this.opLen === 1) {
      if (this.ifPending[depth] > 0) notSure("if without else");
      if (prev === G_OPEN && this.opChar === 93 && this.isCall[depth - 1]) notSure("empty subscript");
      if (this.lambdas[depth] > 0) notSure("lambda without colon");
      if (this.opChar === 125) this.dictItem(depth, prev);
      this.ifPending.pop();
      this.itemColon.pop();
      this.dictMode.pop();
      this.lambdas.pop();
      this.compFor.pop();
      this.isCall.pop();
      this.brackets.pop();
    } else if (g2 === G_COMMA || g2 === G_COLON || g2 === G_NEWLINE) {
      if (this.ifPending[depth] > 0) notSure("if without else");
      if (depth > 0 && this.openChar === 123) {
        if (g2 === G_COMMA) this.dictItem(depth, prev);
        else if (this.lambdas[depth] === 0) this.itemColon[depth] = true;
      }
      if (g2 === G_COLON && depth === 0) this.sawColon0 = true;
    } else if (g2 === G_BINOP && depth === 0 && this.opChar === 58) {
      notSure("walrus at statement level");
    } else if (g2 === G_ASSIGN) {
      if (depth > 0 && (!this.isCall[depth - 1] || this.openChar !== 40 || !this.prevPlainName || this.prevPrevG !== G_OPEN && this.prevPrevG !== G_COMMA)) notSure("= inside brackets");
      if (depth === 0 && this.lineKw !== KW_NONE && !(isCompoundStart(this.lineKw, this.lineFirstName) && this.sawColon0)) notSure("= in a keyword statement");
    }
    if (g2 === G_NEWLINE) this.endLine(prev);
    this.beforeG = prev;
    this.prevPrevG = prev;
    this.prevG = g2;
    this.prevKw = kw;
    this.prevString = kind === STRING;
    this.prevPlainName = kind === NAME && kw === KW_NONE;
  }
  /** A dict display holds only `k: v` / `**m` items and a set display none of them; lezer rejects a mix. */
  dictItem(depth, prev) {
    if (prev === G_OPEN || prev === G_COMMA) return;
    const mode = this.itemColon[depth] ? 1 : 2;
    if (this.dictMode[depth] === 0) this.dictMode[depth] = mode;
    else if (this.dictMode[depth] !== mode) notSure("dict and set items mixed");
    this.itemColon[depth] = false;
  }
  startLine() {
    const col = this.lineIndent;
    const top = this.indents[this.indents.length - 1];
    if (this.expectIndent) {
      if (col <= top) notSure("expected an indented block");
      this.indents.push(col);
      this.expectIndent = false;
    } else if (col > top) {
      notSure("unexpected indent");
    } else if (col < top) {
      while (this.indents[this.indents.length - 1] > col) this.indents.pop();
      if (this.indents[this.indents.length - 1] !== col) notSure("unindent does not match");
    }
    const kind = this.kind;
    const kw = kind === NAME ? this.kw : KW_NONE;
    if (this.decoratorPending) {
      if (!(kind === OP && this.opChar === 64) && kw !== KW_DEF && kw !== KW_CLASS) notSure("decorator without definition");
      if (kw === KW_CLASS && col === 0) notSure("decorated module-level class");
      this.decoratorPending = false;
    }
    if (kind === OP && this.opChar === 64 && this.opLen === 1) this.decoratorPending = true;
    if (kind === NAME && kw === KW_NONE && SOFT_KEYWORD_STARTS.has(this.nameText())) notSure("soft keyword statement");
    this.lineStartPos = this.start;
    this.lineKw = kw;
    this.lineFirstName = kind === NAME ? this.nameText() : "";
    this.sawColon0 = false;
    this.prevG = G_START;
    this.prevKw = KW_NONE;
    this.prevString = false;
    this.needIn = false;
    this.ifPending[0] = 0;
    this.compFor[0] = false;
    this.lambdas[0] = 0;
    this.sawAssign0 = false;
    this.fromDotsOnly = true;
    this.prevPrevG = G_START;
  }
  endLine(prev) {
    if (prev === G_COLON) {
      if (!isCompoundStart(this.lineKw, this.lineFirstName)) notSure("colon at end of a simple statement");
      this.expectIndent = true;
    } else if (!(prev === G_OPERAND || prev === G_COMMA || prev === G_KW && this.prevKw === KW_RETURN)) {
      notSure("statement ends with an operator");
    }
    if (isCompoundStart(this.lineKw, this.lineFirstName) && !this.sawColon0) notSure("compound statement without colon");
    if (this.lineKw === KW_FROM || this.lineKw === KW_IMPORT) {
      const line = this.text.slice(this.lineStartPos, this.start);
      if (/["']/.test(line)) notSure("odd import");
      if (!(this.lineKw === KW_FROM ? FROM_RE : IMPORT_RE).test(flatten(line))) notSure("odd import");
    } else if (this.lineKw === KW_CLASS || this.lineKw === KW_DEF) {
      const line = this.text.slice(this.lineStartPos, this.start);
      if (/["']/.test(line)) notSure("odd header");
      if (!(this.lineKw === KW_CLASS ? CLASS_RE : DEF_RE).test(flatten(line))) notSure("odd header");
    }
    if (this.lambdas[0] > 0) notSure("lambda without colon");
  }
  lineStartPos = 0;
  /**
   * Lean mode: moves past the rest of the current logical line without tokens or grammar checks, and
   * leaves the scanner on its NEWLINE, as if every token up to it had been read. Only what finds the end
   * of the line is tracked (strings, comments, bracket depth, backslash continuations), plus what the
   * next line's indentation needs (a trailing colon opens a block), the quote counts, and the names that
   * could bind `Migration` or an attribute (see `checkName`).
   *
   * The skim runs on sticky regular expressions (native code) between the few characters that matter;
   * names are looked up afterwards with indexOf, and only a line that holds one of them somewhere (even
   * in a string or a comment) is read again character by character, by `skimExact`, to judge it exactly.
   */
  skipLine(classLevel) {
    if (classLevel && this.attributeNameSeen) this.keywordArgumentAfter(this.pos);
    const text = this.text;
    const len = this.len;
    const from = this.pos;
    let pos = from;
    let depth = this.brackets.length;
    let doubles = 0;
    let singles = 0;
    let commentStart = -1;
    let commentEnd = -1;
    let end;
    for (; ; ) {
      const re2 = depth === 0 ? SKIM_TOP : SKIM_IN;
      re2.lastIndex = pos;
      re2.test(text);
      pos = re2.lastIndex;
      if (pos >= len) {
        if (depth > 0) notSure("unclosed bracket at end of file");
        end = pos;
        break;
      }
      const c4 = text.charCodeAt(pos);
      if (c4 === 34 || c4 === 39) {
        if (IDENT[text.charCodeAt(pos - 1)] === 1) this.prefixBefore(pos);
        if (c4 === 34) doubles++;
        else singles++;
        pos = this.stringEnd(pos, c4);
      } else if (c4 === 40 || c4 === 91 || c4 === 123) {
        depth++;
        pos++;
      } else if (c4 === 41 || c4 === 93 || c4 === 125) {
        if (--depth < 0) notSure("mismatched bracket");
        pos++;
      } else if (c4 === 10 || c4 === 13) {
        end = pos;
        pos += c4 === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        break;
      } else if (c4 === 35) {
        commentStart = pos;
        COMMENT.lastIndex = pos;
        COMMENT.test(text);
        pos = commentEnd = COMMENT.lastIndex;
      } else if (c4 === 92) {
        pos = this.continuation(pos);
      } else {
        notSure(c4 === 59 ? "semicolon" : c4 === 12 ? "form feed" : "unexpected character");
      }
    }
    if (this.nameWithin(from, end)) {
      this.skimExact(classLevel);
      return;
    }
    this.doubles += doubles;
    this.singles += singles;
    let k2 = commentEnd === end ? commentStart : end;
    let c3 = text.charCodeAt(k2 - 1);
    while (c3 === 32 || c3 === 9) c3 = text.charCodeAt(--k2 - 1);
    this.endSkipped(pos, end, c3);
  }
  /** Whether [from, to) holds `Migration` or an attribute's name anywhere (even in a string or a comment). */
  nameWithin(from, to2) {
    if (this.nextName < from) {
      LEAN_NAMES.lastIndex = from;
      this.nextName = LEAN_NAMES.test(this.text) ? LEAN_NAMES.lastIndex - 1 : this.len;
    }
    return this.nextName < to2;
  }
  /** Where `LEAN_NAMES` next matches (ends, less one): a cache for `nameWithin`. */
  nextName = -1;
  /** Refuses an f-string prefix before the quote at `pos`, as `lex` does. */
  prefixBefore(pos) {
    let k2 = pos - 1;
    while (k2 > pos - 3 && IDENT[this.text.charCodeAt(k2 - 1)] === 1) k2--;
    if (IDENT[this.text.charCodeAt(k2 - 1)] === 1) return;
    const prefix = this.text.slice(k2, pos).toLowerCase();
    if (STRING_PREFIXES.has(prefix) && prefix.includes("f")) notSure("f-string");
  }
  /** The end of the string literal whose opening quote `q` is at `pos`. */
  stringEnd(pos, q3) {
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q3 && text.charCodeAt(pos + 2) === q3;
    const re2 = triple ? q3 === 34 ? TRIPLE_DOUBLE : TRIPLE_SINGLE : q3 === 34 ? SHORT_DOUBLE : SHORT_SINGLE;
    re2.lastIndex = pos;
    if (!re2.test(text)) notSure("unterminated string");
    return re2.lastIndex;
  }
  /** `skipLine`, character by character, judging every name as `checkName` does. */
  skimExact(classLevel) {
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    let depth = this.brackets.length;
    let last = text.charCodeAt(this.end - 1);
    let end;
    for (; ; ) {
      if (pos >= len) {
        if (depth > 0) notSure("unclosed bracket at end of file");
        end = pos;
        break;
      }
      let c3 = text.charCodeAt(pos);
      if (IDENT[c3] === 1) {
        const start = pos;
        while (++pos < len && IDENT[c3 = text.charCodeAt(pos)] === 1) ;
        const length = pos - start;
        if (pos < len && (c3 === 34 || c3 === 39) && length <= 2) {
          const prefix = text.slice(start, pos).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            if (prefix.includes("f")) notSure("f-string");
            pos = this.skipString(pos, c3);
            last = c3;
            continue;
          }
        }
        if (last !== 46 && (length === 9 || classLevel && (length === 12 || length === 8 || length === 10 || length === 7))) {
          this.skippedName(start, pos, depth, classLevel);
        }
        last = 97;
        continue;
      }
      if (c3 === 32 || c3 === 9) {
        pos++;
        continue;
      }
      if (c3 === 34 || c3 === 39) {
        pos = this.skipString(pos, c3);
        last = c3;
        continue;
      }
      if (c3 === 10 || c3 === 13) {
        end = pos;
        pos += c3 === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        if (depth === 0) break;
        continue;
      }
      if (c3 === 35) {
        while (++pos < len && (c3 = text.charCodeAt(pos)) !== 10 && c3 !== 13) ;
        continue;
      }
      pos++;
      if (c3 === 40 || c3 === 91 || c3 === 123) {
        depth++;
      } else if (c3 === 41 || c3 === 93 || c3 === 125) {
        if (--depth < 0) notSure("mismatched bracket");
      } else if (c3 === 92) {
        pos = this.continuation(pos - 1);
        continue;
      } else if (c3 === 59 || c3 === 12 || c3 >= 128) {
        notSure(c3 === 59 ? "semicolon" : c3 === 12 ? "form feed" : "unexpected character");
      }
      last = c3;
    }
    this.endSkipped(pos, end, last);
  }
  /** Leaves the scanner on the NEWLINE at `end` of a skipped line whose last token ends with `last`. */
  endSkipped(pos, end, last) {
    if (last === 58) {
      if (!isCompoundStart(this.lineKw, this.lineFirstName)) notSure("colon at end of a simple statement");
      this.expectIndent = true;
    }
    this.pos = pos;
    this.atLineStart = true;
    this.lineHasTokens = false;
    this.kind = NEWLINE;
    this.lastEnd = this.end;
    this.start = this.end = end;
    this.first = false;
    this.attributeNameSeen = false;
    if (this.brackets.length > 0) {
      this.brackets.length = 0;
      this.isCall.length = 0;
      this.ifPending.length = 1;
      this.compFor.length = 1;
      this.lambdas.length = 1;
      this.itemColon.length = 1;
      this.dictMode.length = 1;
    }
  }
  /** `checkName` for a name inside a skipped line. */
  skippedName(start, end, depth, classLevel) {
    const text = this.text;
    const length = end - start;
    const c0 = text.charCodeAt(start);
    if (c0 >= 48 && c0 <= 57) return;
    if (length === 9 && text.startsWith("Migration", start)) notSure("Migration mentioned by name");
    if (classLevel && CLASS_ATTRIBUTES.has(text.slice(start, end))) {
      if (depth === 0) notSure("attribute mentioned in another statement");
      this.keywordArgumentAfter(end);
    }
  }
  /** After an attribute's name inside brackets: refuses anything but `=` (a keyword argument) next. */
  keywordArgumentAfter(pos) {
    const text = this.text;
    const len = this.len;
    while (pos < len) {
      const c3 = text.charCodeAt(pos);
      if (c3 === 32 || c3 === 9 || c3 === 10 || c3 === 13) pos++;
      else if (c3 === 35) while (pos < len && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos++;
      else if (c3 === 92) pos = this.continuation(pos);
      else {
        if (c3 !== 61 || text.charCodeAt(pos + 1) === 61) notSure("attribute named inside brackets, not as a keyword argument");
        return;
      }
    }
  }
  /** A backslash outside strings at `pos`: the same rules as `lex`. Returns the position after it. */
  continuation(pos) {
    const text = this.text;
    let c3 = text.charCodeAt(pos + 1);
    if (c3 !== 10 && c3 !== 13) notSure("backslash not followed by a line break");
    pos += c3 === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
    if (pos >= this.len) notSure("backslash continuation at end of file");
    let k2 = pos;
    while ((c3 = text.charCodeAt(k2)) === 32 || c3 === 9) k2++;
    if (c3 === 10 || c3 === 13 || c3 === 35 || k2 >= this.len) notSure("backslash continuation into a blank line");
    return pos;
  }
  /** Skips a string literal whose opening quote `q` is at `pos` (the prefix already read); counts its quote. */
  skipString(pos, q3) {
    if (q3 === 34) this.doubles++;
    else this.singles++;
    return this.stringEnd(pos, q3);
  }
  finish() {
    if (this.expectIndent) notSure("expected an indented block at end of file");
    if (this.decoratorPending) notSure("decorator at end of file");
  }
};
var ATTRIBUTE_FIRST = /* @__PURE__ */ new Set([100, 114, 105]);
function scanMigration(text, options) {
  try {
    return scan(text, options?.lean === true);
  } catch (err) {
    if (err instanceof NotSure) return void 0;
    throw err;
  }
}
function scan(text, lean) {
  const offset = text.charCodeAt(0) === 65279 ? 1 : 0;
  const body = offset ? text.slice(1) : text;
  const s = new Scanner(body, 0, lean);
  const attributes = /* @__PURE__ */ new Map();
  let classHeader;
  let inClass = false;
  let bodyIndent = -1;
  s.advance();
  while (s.kind !== EOF) {
    if (!s.first) notSure("internal: expected a line start");
    const indent = s.lineIndent;
    if (indent === 0) {
      inClass = false;
      if (s.kind === NAME && s.kw === KW_CLASS) {
        const from = s.start;
        s.advance();
        if (s.kind === NAME && s.kw === KW_NONE && s.end - s.start === 9 && s.nameText() === "Migration") {
          if (classHeader) notSure("Migration defined twice");
          s.advance();
          while (!(s.kind === OP && s.g === G_COLON && s.depth === 0)) {
            if (s.kind === NEWLINE) notSure("class header without colon");
            if (s.beforeG !== G_DOT) checkName(s, false);
            s.advance();
          }
          const to2 = s.end;
          s.advance();
          if (s.kind !== NEWLINE) notSure("Migration body on the header line");
          classHeader = { from, to: to2 };
          inClass = true;
          bodyIndent = -1;
          s.advance();
          continue;
        }
      }
      skipStatement(s, false);
      continue;
    }
    if (inClass && (bodyIndent === -1 || indent === bodyIndent)) {
      bodyIndent = indent;
      if (s.kind === NAME && s.kw === KW_NONE && ATTRIBUTE_FIRST.has(body.charCodeAt(s.start))) {
        const name = s.nameText();
        if (CLASS_ATTRIBUTES.has(name)) {
          const from = s.start;
          s.advance();
          if (!(s.kind === OP && s.g === G_ASSIGN)) notSure(`${name} is not a plain assignment`);
          s.advance();
          const value = parseValue(s);
          if (s.kind !== NEWLINE) notSure(`${name} has more after its value`);
          attributes.set(name, { value, from, to: s.lastEnd });
          s.advance();
          continue;
        }
      }
      if (s.kind === NAME && s.kw !== KW_NONE && s.kw !== KW_DEF && s.kw !== KW_PASS && s.kw !== KW_TRUE && s.kw !== KW_FALSE && s.kw !== KW_NONEVAL) {
        notSure("compound or unusual statement in the Migration class body");
      }
      if (s.isOp(64)) notSure("decorator in the Migration class body");
      skipStatement(s, true);
      continue;
    }
    skipStatement(s, false);
  }
  s.finish();
  if (!classHeader) notSure("no Migration class");
  const lines = lean && body.indexOf("\r") < 0 ? new NewlineMap(body) : new LineMap(body);
  const result = buildMigration(lines, quoteOf(s.doubles, s.singles), classHeader, attributes, []);
  if (result.problems.length > 0) notSure("the values have problems");
  return result;
}
var NewlineMap = class extends LineMap {
  source;
  at = 0;
  atLine = 1;
  atLineStart = 0;
  constructor(text) {
    super(text);
    this.source = text;
  }
  position(target) {
    if (target < this.at) {
      this.atLine = 1;
      this.atLineStart = 0;
    }
    let line = this.atLine;
    let lineStart = this.atLineStart;
    for (; ; ) {
      const nl = this.source.indexOf("\n", lineStart);
      if (nl < 0 || nl >= target) break;
      line++;
      lineStart = nl + 1;
    }
    this.at = target;
    this.atLine = line;
    this.atLineStart = lineStart;
    return { line, column: target - lineStart + 1 };
  }
};
function checkName(s, classLevel) {
  if (s.kind !== NAME || s.kw !== KW_NONE) return;
  const length = s.end - s.start;
  if (length === 9 && s.nameText() === "Migration") notSure("Migration mentioned by name");
  if (classLevel && (length === 12 || length === 8 || length === 10 || length === 7) && CLASS_ATTRIBUTES.has(s.nameText())) {
    if (s.depth === 0) notSure("attribute mentioned in another statement");
    s.attributeNameSeen = true;
  }
}
function skipStatement(s, classLevel) {
  s.attributeNameSeen = false;
  if (s.lean && s.kind !== NEWLINE) {
    if (s.kind === EOF) notSure("internal: unexpected end");
    if (s.beforeG !== G_DOT) checkName(s, classLevel);
    s.skipLine(classLevel);
  }
  while (s.kind !== NEWLINE) {
    if (s.kind === EOF) notSure("internal: unexpected end");
    if (s.beforeG !== G_DOT) checkName(s, classLevel);
    s.advance();
    if (s.attributeNameSeen && !(s.kind === OP && s.g === G_ASSIGN)) notSure("attribute named inside brackets, not as a keyword argument");
    if (s.kind !== NAME) s.attributeNameSeen = false;
  }
  s.advance();
}
function parseValue(s) {
  const from = s.start;
  if (s.kind === OP && s.g === G_OPEN) {
    const open = s.opChar;
    if (open === 123) notSure("dict or set value");
    s.advance();
    const items = [];
    if (open === 91) {
      while (!s.isOp(93)) {
        items.push(parseValue(s));
        if (s.kind === OP && s.g === G_COMMA) s.advance();
        else if (!s.isOp(93)) notSure("unexpected token in list");
      }
      const to3 = s.end;
      s.advance();
      return { kind: "list", items, from, to: to3 };
    }
    if (s.isOp(41)) {
      const to3 = s.end;
      s.advance();
      return { kind: "tuple", items, from, to: to3 };
    }
    const firstItem = parseValue(s);
    if (s.isOp(41)) {
      s.advance();
      return firstItem;
    }
    items.push(firstItem);
    while (!s.isOp(41)) {
      if (!(s.kind === OP && s.g === G_COMMA)) notSure("unexpected token in tuple");
      s.advance();
      if (s.isOp(41)) break;
      items.push(parseValue(s));
    }
    const to2 = s.end;
    s.advance();
    return { kind: "tuple", items, from, to: to2 };
  }
  if (s.kind === STRING) {
    let value = "";
    let bytes;
    let to2 = from;
    while (s.kind === STRING) {
      const decoded = decodeStringLiteral(s.nameText());
      if (!decoded || decoded.format) notSure("string literal not understood");
      if (bytes !== void 0 && bytes !== decoded.bytes) notSure("bytes and str concatenated");
      bytes = decoded.bytes;
      value += decoded.value;
      to2 = s.end;
      s.advance();
    }
    return { kind: "str", value, bytes: bytes ?? false, from, to: to2 };
  }
  if (s.kind === NAME) {
    if (s.kw === KW_TRUE || s.kw === KW_FALSE) {
      const value = s.kw === KW_TRUE;
      const to3 = s.end;
      s.advance();
      return { kind: "bool", value, from, to: to3 };
    }
    if (s.kw === KW_NONEVAL) {
      const to3 = s.end;
      s.advance();
      return { kind: "none", from, to: to3 };
    }
    if (s.kw !== KW_NONE) notSure("keyword in value");
    let path2 = s.nameText();
    s.advance();
    while (s.kind === OP && s.g === G_DOT) {
      s.advance();
      if (s.kind !== NAME) notSure("odd attribute");
      path2 += "." + s.nameText();
      s.advance();
    }
    if (!SWAPPABLE_CALLEES.has(path2) || !s.isOp(40)) notSure("a name or call in the value");
    s.advance();
    if (!(s.kind === NAME && s.nameText() === "settings")) notSure("swappable_dependency argument");
    s.advance();
    if (!(s.kind === OP && s.g === G_DOT)) notSure("swappable_dependency argument");
    s.advance();
    if (s.kind !== NAME || s.kw !== KW_NONE) notSure("swappable_dependency argument");
    const setting = s.nameText();
    s.advance();
    if (s.kind === OP && s.g === G_COMMA) s.advance();
    if (!s.isOp(41)) notSure("swappable_dependency arguments");
    const to2 = s.end;
    s.advance();
    return { kind: "swappable", setting, from, to: to2 };
  }
  notSure("value outside the literal subset");
}

// src/frameworks/django/parse.ts
function parseMigration(text, options) {
  return scanMigration(text, options) ?? parseMigrationLezer(text);
}

// src/frameworks/django/settings.ts
var SETTINGS = /* @__PURE__ */ new Set(["AUTH_USER_MODEL", "MIGRATION_MODULES"]);
var COMPOUND = /* @__PURE__ */ new Set(["IfStatement", "ForStatement", "WhileStatement", "TryStatement", "WithStatement", "MatchStatement"]);
function topStatements(node) {
  const out = [];
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "StatementGroup") out.push(...topStatements(c3));
    else if (c3.name !== "Comment" && c3.name !== ";" && c3.name !== ":") out.push(c3);
  }
  return out;
}
function simpleAssignment(stmt, text) {
  const targets = [];
  let odd = false;
  let value;
  let pending = [];
  for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "AssignOp") {
      for (const t2 of pending) {
        if (t2.name === "VariableName") targets.push(text.slice(t2.from, t2.to));
        else if (t2.name !== "TypeDef") odd = true;
      }
      pending = [];
    } else if (c3.name !== "Comment") {
      pending.push(c3);
    }
  }
  if (pending.length === 1) value = pending[0];
  else odd = true;
  return { targets, value, odd };
}
function assignedInside(node, text, out) {
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "AssignStatement" || c3.name === "UpdateStatement") {
      for (let t2 = c3.firstChild; t2 && t2.name !== "AssignOp" && t2.name !== "UpdateOp"; t2 = t2.nextSibling) {
        if (t2.name === "VariableName") out.add(text.slice(t2.from, t2.to));
      }
    } else if (c3.name !== "FunctionDefinition" && c3.name !== "ClassDefinition") {
      assignedInside(c3, text, out);
    }
  }
}
function dictEntries(node, text) {
  const entries = {};
  const parts = expressionChildren(node);
  for (let i = 0; i < parts.length; i += 3) {
    const key = parts[i];
    const colon = parts[i + 1];
    const value = parts[i + 2];
    if (!key || colon?.name !== ":" || !value) return 'it is not a plain {"app_label": "module"} dict literal';
    const k2 = toValue(key, text);
    if (k2.kind !== "str" || k2.bytes) return `a key is ${text.slice(key.from, key.to)}, not a string literal`;
    const v2 = toValue(value, text);
    if (v2.kind === "none") entries[k2.value] = null;
    else if (v2.kind === "str" && !v2.bytes) entries[k2.value] = v2.value;
    else return `the value for "${k2.value}" is ${text.slice(value.from, value.to)}, not a string literal or None`;
  }
  return entries;
}
function readSettings(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const tree = parsePython(text);
  const lines = new LineMap(text);
  const result = { problems: [] };
  const syntax = syntaxProblem(text, tree, lines);
  if (syntax) result.problems.push(syntax);
  const cannot = (name, why, node) => {
    result.problems.push({
      message: `migraph reads settings without running them and could not read ${name} statically: ${why}`,
      span: lines.span(node.from, node.to)
    });
  };
  for (const stmt of topStatements(tree.topNode)) {
    if (COMPOUND.has(stmt.name)) {
      const names = /* @__PURE__ */ new Set();
      assignedInside(stmt, text, names);
      for (const n of names) if (SETTINGS.has(n)) cannot(n, "it is assigned inside an if/try/with block", stmt);
      continue;
    }
    if (stmt.name === "UpdateStatement") {
      const target = stmt.firstChild;
      const n = target ? text.slice(target.from, target.to) : "";
      if (SETTINGS.has(n)) cannot(n, "it is changed with an augmented assignment", stmt);
      continue;
    }
    if (stmt.name !== "AssignStatement") continue;
    const { targets, value, odd } = simpleAssignment(stmt, text);
    for (const t2 of targets) {
      if (!SETTINGS.has(t2)) continue;
      if (odd || !value) {
        cannot(t2, "it is bound by an unpacking or annotated assignment", stmt);
        continue;
      }
      const span = lines.span(stmt.from, stmt.to);
      if (t2 === "AUTH_USER_MODEL") {
        const v2 = toValue(value, text);
        if (v2.kind === "str" && !v2.bytes) result.authUserModel = { value: v2.value, span };
        else {
          delete result.authUserModel;
          cannot(t2, `it is \`${text.slice(value.from, value.to)}\`, not a string literal`, stmt);
        }
      } else {
        const entries = value.name === "DictionaryExpression" ? dictEntries(value, text) : "it is not a dict literal";
        if (typeof entries === "string") {
          delete result.migrationModules;
          cannot(t2, entries, stmt);
        } else {
          result.migrationModules = { entries, span };
        }
      }
    }
    const first = stmt.firstChild;
    if (first && first.name === "MemberExpression") {
      const base = first.firstChild;
      const n = base ? text.slice(base.from, base.to) : "";
      if (SETTINGS.has(n)) cannot(n, "it is changed by item assignment", stmt);
    }
  }
  return result;
}
function dotted(node, text) {
  return text.slice(node.from, node.to).replace(/\s+/g, "");
}
function readAppConfigs(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const tree = parsePython(text);
  const lines = new LineMap(text);
  const out = [];
  for (const stmt of topStatements(tree.topNode)) {
    const cls = stmt.name === "ClassDefinition" ? stmt : stmt.name === "DecoratedStatement" ? stmt.getChild("ClassDefinition") : null;
    if (!cls) continue;
    const nameNode = cls.getChild("VariableName");
    const args = cls.getChild("ArgList");
    if (!nameNode || !args) continue;
    const bases = expressionChildren(args).map((b3) => dotted(b3, text));
    if (!bases.some((b3) => b3 === "AppConfig" || b3.endsWith(".AppConfig"))) continue;
    const info = { className: text.slice(nameNode.from, nameNode.to), span: lines.span(cls.from, args.to) };
    const body = cls.getChild("Body");
    for (const s of body ? topStatements(body) : []) {
      if (s.name !== "AssignStatement") continue;
      const { targets, value, odd } = simpleAssignment(s, text);
      if (odd || !value) continue;
      const v2 = toValue(value, text);
      for (const t2 of targets) {
        if ((t2 === "name" || t2 === "label") && v2.kind === "str" && !v2.bytes) info[t2] = v2.value;
        else if (t2 === "default" && v2.kind === "bool") info.default = v2.value;
      }
    }
    out.push(info);
  }
  return out;
}

// src/frameworks/django/project.ts
function parsedFor(cache, blob, text, lean) {
  const cached = cache.get(blob);
  if (cached) return cached;
  const parsed = parseMigration(text, { lean });
  cache.set(blob, parsed);
  return parsed;
}
async function loadDjangoProjects(snapshot, sources, cache, options = {}) {
  const lean = (blob) => options.onBase?.has(blob) ?? false;
  const layouts = findProjects(snapshot.entries);
  await sources.load(layouts.flatMap((l3) => [...l3.settings, ...l3.apps.flatMap((a) => a.appsPy ? [a.appsPy] : [])]));
  const projects = [];
  const plans = layouts.map((layout) => planProject(layout, sources));
  const files = plans.flatMap((p2) => p2.apps.flatMap((a) => a.files)).filter((f3) => !cache.has(f3.blob));
  await sources.loadEach(files, (entry, decoded) => {
    if ("text" in decoded) parsedFor(cache, entry.blob, decoded.text, lean(entry.blob));
  });
  for (const plan of plans) {
    if (plan.apps.length === 0) continue;
    projects.push(finishProject(plan, sources, cache, lean));
  }
  return projects;
}
function planProject(layout, sources) {
  const problems = [];
  const notes = [];
  const settings = {};
  const seen = /* @__PURE__ */ new Map();
  let migrationModules = {};
  for (const entry of [...layout.settings].sort((a, b3) => cmp(a.path, b3.path))) {
    const decoded = sources.get(entry);
    if ("error" in decoded) {
      problems.push({ file: entry.path, message: `Settings file ${decoded.error}.` });
      continue;
    }
    const read = readSettings(decoded.text);
    for (const p2 of read.problems) problems.push({ file: entry.path, message: p2.message, ...p2.span ? { span: p2.span } : {} });
    if (read.authUserModel) {
      const prior = seen.get("AUTH_USER_MODEL");
      if (prior && prior.value !== read.authUserModel.value) {
        notes.push(
          `AUTH_USER_MODEL is '${prior.value}' in ${prior.file} but '${read.authUserModel.value}' in ${entry.path}; migraph uses the first.`
        );
      } else if (!prior) {
        seen.set("AUTH_USER_MODEL", { value: read.authUserModel.value, file: entry.path });
        settings.AUTH_USER_MODEL = read.authUserModel.value;
      }
    }
    if (read.migrationModules) migrationModules = { ...read.migrationModules.entries, ...migrationModules };
  }
  const apps = [];
  for (const app of layout.apps) {
    let label = basename(app.dir);
    let labelFrom = "folder";
    if (app.appsPy) {
      const decoded = sources.get(app.appsPy);
      if ("text" in decoded) {
        const configs = readAppConfigs(decoded.text);
        const chosen = configs.find((c3) => c3.default === true) ?? (configs.length === 1 ? configs[0] : void 0);
        if (chosen?.label) {
          label = chosen.label;
          labelFrom = "AppConfig.label";
        }
      }
    }
    apps.push({ label, dir: app.dir, migrationsDir: app.migrationsDir, labelFrom, files: app.files });
  }
  for (const [label, module] of Object.entries(migrationModules)) {
    const index = apps.findIndex((a) => a.label === label);
    if (module === null) {
      if (index >= 0) {
        notes.push(`MIGRATION_MODULES disables migrations for '${label}'; its ${apps[index].migrationsDir} folder is ignored.`);
        apps.splice(index, 1);
      }
      continue;
    }
    const dir = [layout.root, module.replaceAll(".", "/")].filter(Boolean).join("/");
    const files = layout.packages.get(dir);
    if (!files?.some((f3) => basename(f3.path) === "__init__.py")) {
      notes.push(`MIGRATION_MODULES maps '${label}' to ${module}, which is not a package in this repository; its migrations are treated as external.`);
      if (index >= 0) apps.splice(index, 1);
      continue;
    }
    const app = {
      label,
      dir: index >= 0 ? apps[index].dir : dirname(dir),
      migrationsDir: dir,
      labelFrom: "MIGRATION_MODULES",
      files: files.filter((f3) => migrationModuleName(basename(f3.path)) !== void 0)
    };
    if (index >= 0) apps[index] = app;
    else apps.push(app);
  }
  const byLabel = /* @__PURE__ */ new Map();
  for (const app of apps) {
    const prior = byLabel.get(app.label);
    if (prior) {
      problems.push({
        file: `${app.migrationsDir}/__init__.py`,
        message: `Two apps have the label '${app.label}' (${prior.dir} and ${app.dir}); Django refuses to start ("Application labels aren't unique"). migraph analyses the first.`
      });
      continue;
    }
    byLabel.set(app.label, app);
  }
  return { root: layout.root, apps: [...byLabel.values()], settings, problems, notes };
}
function readApp(app, sources, cache, lean) {
  const migrations = [];
  const problems = [];
  for (const entry of app.files) {
    const name = migrationModuleName(basename(entry.path));
    const decoded = sources.get(entry);
    if ("error" in decoded) {
      problems.push({ file: entry.path, message: `Migration ${app.label}.${name} ${decoded.error}.` });
      continue;
    }
    const parsed = parsedFor(cache, entry.blob, decoded.text, lean(entry.blob));
    for (const p2 of parsed.problems) problems.push({ file: entry.path, message: p2.message, ...p2.span ? { span: p2.span } : {} });
    if (!parsed.hasMigrationClass) continue;
    migrations.push({ app: app.label, name, file: entry.path, blob: entry.blob, parsed });
  }
  return { migrations, problems };
}
function finishProject(plan, sources, cache, lean) {
  const apps = /* @__PURE__ */ new Map();
  const perApp = /* @__PURE__ */ new Map();
  for (const app of plan.apps) {
    apps.set(app.label, { label: app.label, dir: app.dir, migrationsDir: app.migrationsDir, labelFrom: app.labelFrom });
    perApp.set(app.label, readApp(app, sources, cache, lean));
  }
  return assemble({ root: plan.root, apps, perApp, problems: plan.problems, settings: plan.settings, notes: plan.notes });
}
function assemble(p2) {
  const migrations = [...p2.perApp.values()].flatMap((a) => a.migrations);
  const problems = [...p2.problems, ...[...p2.perApp.values()].flatMap((a) => a.problems)];
  const byPath = new Map(migrations.map((m2) => [m2.file, m2]));
  const byKey = new Map(migrations.map((m2) => [keyOf(m2.app, m2.name), m2]));
  let graph;
  const build = (subset, migrated) => buildDjangoGraph({ migrations: subset, migratedApps: migrated, settings: p2.settings });
  const appLeaves = /* @__PURE__ */ new Map();
  return {
    root: p2.root,
    apps: p2.apps,
    migrations,
    byPath,
    byKey,
    settings: p2.settings,
    problems,
    notes: p2.notes,
    perApp: p2.perApp,
    projectProblems: p2.problems,
    get graph() {
      return graph ??= build(migrations, new Set(p2.apps.keys()));
    },
    leavesOf(app) {
      if (graph) return graph.leaves.get(app) ?? [];
      let leaves = appLeaves.get(app);
      if (!leaves) {
        leaves = build(p2.perApp.get(app)?.migrations ?? [], /* @__PURE__ */ new Set([app])).leaves.get(app) ?? [];
        appLeaves.set(app, leaves);
      }
      return leaves;
    }
  };
}
async function deriveDjangoProjects(from, snapshot, changed, sources, cache, options = {}) {
  const owners = /* @__PURE__ */ new Map();
  for (const project of from) for (const app of project.apps.values()) owners.set(app.migrationsDir, { project, app });
  const touched = /* @__PURE__ */ new Set();
  for (const path2 of changed) {
    const dir = dirname(path2);
    const name = basename(path2);
    if (name === "settings.py" || basename(dir) === "settings" || name === "apps.py" || name === "manage.py") return void 0;
    if (owners.has(dir)) {
      if (name === "__init__.py") return void 0;
      touched.add(dir);
    } else if (name.endsWith(".py") && dir.split("/").some((segment) => segment.includes("migration"))) {
      return void 0;
    }
  }
  const files = new Map([...touched].map((d2) => [d2, []]));
  for (const entry of snapshot.entries.values()) {
    const list = files.get(dirname(entry.path));
    if (list && migrationModuleName(basename(entry.path)) !== void 0) list.push(entry);
  }
  const wanted = [...files.values()].flat();
  await sources.load(wanted);
  const lean = (blob) => options.onBase?.has(blob) ?? false;
  return from.map((project) => {
    const perApp = new Map(project.perApp);
    for (const app of project.apps.values()) {
      const own = files.get(app.migrationsDir);
      if (own) perApp.set(app.label, readApp({ ...app, files: own }, sources, cache, lean));
    }
    return assemble({ root: project.root, apps: project.apps, perApp, problems: project.projectProblems, settings: project.settings, notes: project.notes });
  });
}
async function appLeavesIn(snapshot, app, sources, cache, options = {}) {
  const prefix = `${app.migrationsDir}/`;
  const files = [...snapshot.entries.values()].filter(
    (e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes("/") && migrationModuleName(basename(e.path)) !== void 0
  );
  await sources.load(files);
  const migrations = [];
  for (const entry of files) {
    const decoded = sources.get(entry);
    if (!("text" in decoded)) continue;
    const parsed = parsedFor(cache, entry.blob, decoded.text, options.onBase?.has(entry.blob) ?? false);
    if (parsed.hasMigrationClass) {
      migrations.push({ app: app.label, name: migrationModuleName(basename(entry.path)), file: entry.path, blob: entry.blob, parsed });
    }
  }
  return buildDjangoGraph({ migrations, migratedApps: /* @__PURE__ */ new Set([app.label]), settings: {} }).leaves.get(app.label) ?? [];
}

// src/frameworks/django/adapter.ts
var djangoAdapter = {
  id: "django",
  mayMatter: mayChangeGraph,
  async compare({ base: baseSnap, head: headSnap, merged: mergedSnap, changes, baseChanges, sources, onBase, applied }) {
    const cache = /* @__PURE__ */ new Map();
    const load = (s) => loadDjangoProjects(s, sources, cache, { onBase });
    const baseProjects = await load(baseSnap);
    const headPaths = changedPaths(changes);
    const mergedProjects = await deriveDjangoProjects(baseProjects, mergedSnap, headPaths, sources, cache, { onBase }) ?? await load(mergedSnap);
    const baseOnlyDirs = new Set([...changedPaths(baseChanges)].filter((p2) => !headPaths.has(p2)).map(dirname));
    const headStates = /* @__PURE__ */ new Map();
    for (const merged of mergedProjects) {
      const own = /* @__PURE__ */ new Map();
      for (const app of merged.apps.values()) {
        if (baseOnlyDirs.has(app.migrationsDir)) own.set(app.label, await appLeavesIn(headSnap, app, sources, cache, { onBase }));
      }
      headStates.set(merged.root, { leavesOf: (app) => own.get(app) ?? merged.leavesOf(app) });
    }
    const comparisons = compare(baseProjects, headStates, mergedProjects, changes, applied);
    await sources.load(comparisons.flatMap((c3) => c3.changes.flatMap((ch) => ch.onBase ? [ch.onBase] : [])));
    return comparisons;
  },
  summarise,
  reportedChanges,
  notes(c3) {
    return [
      ...c3.merged.notes,
      ...c3.merged.graph.unresolved.map(
        (u2) => `${u2.origin.file}: swappable_dependency(settings.${u2.setting}) names a setting migraph did not find in the settings files; the dependency is treated as external.`
      )
    ];
  },
  size: (c3) => c3.merged.migrations.length
};
function mayChangeGraph(p2) {
  const name = basename(p2);
  const dir = basename(dirname(p2));
  return name === "apps.py" || name === "settings.py" || name === "manage.py" || dir === "settings" && name.endsWith(".py") || // `migrations`, or a package MIGRATION_MODULES names, such as `db_migrations`.
  name.endsWith(".py") && p2.split("/").slice(0, -1).some((segment) => segment.includes("migration"));
}
function compare(base, head, merged, changes, appliedSnap) {
  const byRoot = (list) => new Map(list.map((p2) => [p2.root, p2]));
  const b3 = byRoot(base);
  const comparisons = [];
  for (const m2 of merged) {
    const owns = (p2, path2) => p2 !== void 0 && path2 !== void 0 && migrationModuleName(basename(path2)) !== void 0 && [...p2.apps.values()].some((a) => a.migrationsDir === dirname(path2));
    const mine = [];
    for (const change of changes) {
      const oldPath = change.status === "renamed" ? change.oldPath : change.path;
      if (!owns(m2, change.path) && !owns(b3.get(m2.root), oldPath)) continue;
      const onBase = oldPath !== void 0 ? appliedSnap.entries.get(oldPath) : void 0;
      mine.push({ change, ...onBase ? { onBase } : {} });
    }
    comparisons.push({
      framework: "django",
      root: m2.root,
      ...b3.has(m2.root) ? { base: b3.get(m2.root) } : {},
      ...head.has(m2.root) ? { head: head.get(m2.root) } : {},
      merged: m2,
      changes: mine
    });
  }
  return comparisons;
}
function reportedChanges(c3) {
  return c3.changes.map(({ change }) => {
    const m2 = change.status === "deleted" ? c3.base?.byPath.get(change.path) : c3.merged.byPath.get(change.path);
    return {
      framework: c3.framework,
      project: c3.root,
      ...m2 ? { app: m2.app, name: m2.name } : {},
      path: change.path,
      ...change.oldPath !== void 0 ? { oldPath: change.oldPath } : {},
      status: change.status
    };
  });
}
function summarise(c3) {
  const headDirs = new Set(c3.changes.flatMap(({ change }) => change.oldPath !== void 0 ? [change.path, change.oldPath] : [change.path]).map(dirname));
  const counts = /* @__PURE__ */ new Map();
  for (const m2 of c3.merged.migrations) counts.set(m2.app, (counts.get(m2.app) ?? 0) + 1);
  const baseLeaves = (app) => c3.base === void 0 ? [] : headDirs.has(app.migrationsDir) ? c3.base.leavesOf(app.label) : c3.merged.leavesOf(app.label);
  const headLeaves = (app) => c3.head?.leavesOf(app) ?? [];
  return {
    framework: c3.framework,
    root: c3.root,
    apps: [...c3.merged.apps.values()].map((a) => ({
      app: a.label,
      migrationsDir: a.migrationsDir,
      migrations: counts.get(a.label) ?? 0,
      leaves: { base: baseLeaves(a), head: headLeaves(a.label), merged: c3.merged.leavesOf(a.label) }
    })).sort((x3, y2) => x3.app < y2.app ? -1 : x3.app > y2.app ? 1 : 0)
  };
}

// src/frameworks/ordered/runners/common.ts
var IGNORED3 = /(^|\/)(node_modules|bower_components|vendor|\.venv|venv|site-packages|dist-packages|\.tox|\.nox|\.git|\.bundle|target|_build|deps|dist)\//;
function join3(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function ancestors(dir) {
  const out = [dir];
  for (let d2 = dir; d2 !== ""; ) {
    d2 = dirname(d2);
    out.push(d2);
  }
  return out;
}
function relativeTo(path2, dir) {
  if (dir === "") return path2;
  return path2.startsWith(`${dir}/`) ? path2.slice(dir.length + 1) : void 0;
}
function directChild(path2, dir) {
  const rel = relativeTo(path2, dir);
  return rel !== void 0 && !rel.includes("/") ? rel : void 0;
}
var trees = /* @__PURE__ */ new WeakMap();
function treeOf(paths) {
  const cached = trees.get(paths);
  if (cached) return cached;
  const files = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Set();
  for (const p2 of paths) {
    if (IGNORED3.test(p2)) continue;
    all.add(p2);
    const dir = dirname(p2);
    const list = files.get(dir);
    if (list) list.push(basename(p2));
    else files.set(dir, [basename(p2)]);
  }
  const tree = { files, has: (p2) => all.has(p2) };
  trees.set(paths, tree);
  return tree;
}
function present(tree, candidates) {
  return candidates.filter((p2) => tree.has(p2));
}
function foldersWith(tree, runner, accepts, sidecars = () => []) {
  const out = [];
  for (const [dir, names] of tree.files) {
    if (dir === "" || !accepts(dir, names)) continue;
    out.push({ runner, dir, sidecars: sidecars(dir) });
  }
  return out.sort((a, b3) => compareLexical(a.dir, b3.dir));
}
function endsWithSegments(dir, ...segments) {
  const parts = dir.split("/");
  if (parts.length < segments.length) return false;
  return segments.every((s, i) => parts[parts.length - segments.length + i] === s);
}
function compareLexical(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}
var DIGITS = /^[0-9]+$/;
function compareNumeric(a, b3) {
  if (DIGITS.test(a) && DIGITS.test(b3)) {
    const x3 = BigInt(a);
    const y2 = BigInt(b3);
    return x3 < y2 ? -1 : x3 > y2 ? 1 : 0;
  }
  if (DIGITS.test(a) !== DIGITS.test(b3)) return DIGITS.test(a) ? -1 : 1;
  return compareLexical(a, b3);
}
function canonicalInteger(version) {
  return DIGITS.test(version) ? BigInt(version).toString() : version;
}
function dottedParts(version) {
  const parts = version.replace(/_/g, ".").split(".");
  if (parts.some((p2) => !DIGITS.test(p2))) return void 0;
  return parts.map((p2) => BigInt(p2));
}
function compareDotted(a, b3) {
  if (a === "" || b3 === "") return a === b3 ? 0 : a === "" ? 1 : -1;
  const x3 = dottedParts(a);
  const y2 = dottedParts(b3);
  if (!x3 || !y2) return compareLexical(a, b3);
  for (let i = 0; i < Math.max(x3.length, y2.length); i++) {
    const p2 = x3[i] ?? 0n;
    const q3 = y2[i] ?? 0n;
    if (p2 !== q3) return p2 < q3 ? -1 : 1;
  }
  return 0;
}
function canonicalDotted(version) {
  const parts = dottedParts(version);
  if (!parts) return version;
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts.join(".");
}
var pad = (n, width) => String(n).padStart(width, "0");
function utc14(d2) {
  return pad(d2.getUTCFullYear(), 4) + pad(d2.getUTCMonth() + 1, 2) + pad(d2.getUTCDate(), 2) + pad(d2.getUTCHours(), 2) + pad(d2.getUTCMinutes(), 2) + pad(d2.getUTCSeconds(), 2);
}
function parse14(s) {
  const m2 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m2) return void 0;
  const [y2, mo, d2, h3, mi, se2] = m2.slice(1).map(Number);
  const date = new Date(Date.UTC(2e3, mo - 1, d2, h3, mi, se2));
  date.setUTCFullYear(y2);
  return utc14(date) === s ? date : void 0;
}
function nextTimestamp14(after, now) {
  const fromNow = utc14(now);
  const last = parse14(after);
  if (!last || fromNow > after) return fromNow;
  return utc14(new Date(last.getTime() + 1e3));
}
function increment(digits) {
  const next = (BigInt(digits) + 1n).toString();
  return next.padStart(digits.length, "0");
}
function nextInteger(after, now, options = {}) {
  if (!DIGITS.test(after)) return options.empty ?? utc14(now);
  if (after.length === 14 && parse14(after)) return nextTimestamp14(after, now);
  const big = BigInt(after);
  if (after.length === 13 && !after.startsWith("0")) return maxBig(BigInt(now.getTime()), big + 1n).toString();
  if (after.length === 10 && !after.startsWith("0") && big >= 1000000000n) {
    return maxBig(BigInt(Math.floor(now.getTime() / 1e3)), big + 1n).toString();
  }
  const next = increment(after);
  if (options.lexical && next.length > after.length) return `${after}1`;
  return next;
}
function maxBig(a, b3) {
  return a > b3 ? a : b3;
}
var GOLANG_MIGRATE_FILE = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
var NOT_GOLANG_MIGRATE = /\.(rb|php|exs|py|js|cjs|mjs|ts|go)$/;
function isGolangMigrateFile(name) {
  return GOLANG_MIGRATE_FILE.test(name) && !NOT_GOLANG_MIGRATE.test(name);
}
var GOOSE_GO_FILE = /^[0-9]+_.*\.go$/;
function isSupabaseDir(dir) {
  return endsWithSegments(dir, "supabase", "migrations");
}
function cargoManifestOf(tree, dir) {
  if (basename(dir) !== "migrations") return void 0;
  const parent = dirname(dir);
  return present(tree, [join3(parent, "Cargo.toml"), ...parent === "" ? [] : [join3(dirname(parent), "Cargo.toml")]])[0];
}
function dbmateSchemaOf(tree, dir) {
  return present(tree, [join3(dirname(dir), "schema.sql")])[0];
}
function sqlFolderOwner(tree, dir) {
  if (isSupabaseDir(dir)) return "supabase";
  if (tree.has(join3(dir, "meta/_journal.json"))) return "drizzle";
  if (tree.has(join3(dir, "migration_lock.toml"))) return "prisma";
  const names = tree.files.get(dir) ?? [];
  if (cargoManifestOf(tree, dir) !== void 0) return "sqlx";
  if (names.some(isGolangMigrateFile)) return typicalSqlFolder(dir) ? "golang-migrate" : void 0;
  if (names.some((n) => GOOSE_GO_FILE.test(n) && !n.endsWith("_test.go"))) return "goose";
  if (basename(dir) !== "migrations") return void 0;
  if (endsWithSegments(dir, "db", "migrations") || dbmateSchemaOf(tree, dir) !== void 0) return "dbmate";
  return "goose";
}
function typicalSqlFolder(dir) {
  return dir.split("/").some((s) => /migrat/i.test(s) || /^(sql|db|database|schema)$/i.test(s));
}

// src/frameworks/ordered/runners/dbmate.ts
var FILE = /^([0-9]+)(.*)\.sql$/;
var dbmate = {
  id: "dbmate",
  title: "dbmate",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "error",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "dbmate",
      (dir, names) => names.some((n) => FILE.test(n)) && sqlFolderOwner(tree, dir) === "dbmate",
      (dir) => {
        const schema = dbmateSchemaOf(tree, dir);
        return schema === void 0 ? [] : [schema];
      }
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE.exec(name);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2].replace(/^_/, ""), identity: m2[1], file: path2 };
  },
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    const rest = basename(migration2.file).replace(/^[0-9]+/, "");
    return [{ from: migration2.file, to: join3(location.dir, `${version}${rest}`) }];
  }
};

// src/frameworks/ordered/runners/drizzle.ts
var FILE2 = /^([0-9]+)_(.*)\.sql$/;
var JOURNAL = "meta/_journal.json";
var drizzle = {
  id: "drizzle",
  title: "Drizzle",
  behaviour: {
    outOfOrder: "skipped_silently",
    duplicate: "allowed",
    edited: "ignored",
    deleted: "ignored",
    renamed: "ignored"
  },
  renameHint: "Update the entry's `tag` in meta/_journal.json too: the migrator reads `<tag>.sql` from the journal.",
  locate(paths) {
    const tree = treeOf(paths);
    const dirs = /* @__PURE__ */ new Set();
    for (const [dir, names] of tree.files) {
      if (names.includes("_journal.json") && dir.endsWith("/meta")) dirs.add(dir.slice(0, -"/meta".length));
    }
    return foldersWith(
      tree,
      "drizzle",
      (dir) => dirs.has(dir),
      (dir) => [join3(dir, JOURNAL)]
    ).concat(
      // A folder whose only content is its journal (before the first migration) has no files of its own.
      [...dirs].filter((d2) => !tree.files.has(d2)).map((dir) => ({ runner: "drizzle", dir, sidecars: [join3(dir, JOURNAL)] }))
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE2.exec(name);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: name.slice(0, -".sql".length), file: path2 };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now, { empty: "0000" }),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.sql`) }];
  }
};

// src/frameworks/ordered/runners/ecto.ts
var FILE3 = /^([0-9]+)_(.*)\.exs$/;
var ecto = {
  id: "ecto",
  title: "Ecto",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "error",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "ecto",
      (dir, names) => basename(dir) === "migrations" && basename(dirname(dirname(dir))) === "priv" && names.some((n) => FILE3.test(n)),
      // `mix ecto.dump` writes `priv/<repo>/structure.sql`.
      (dir) => present(tree, [join3(dirname(dir), "structure.sql")])
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE3.exec(name);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: canonicalInteger(m2[1]), file: path2 };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.exs`) }];
  }
};

// src/frameworks/ordered/runners/flyway.ts
var VERSIONED = /^([VU])([0-9]+(?:[._][0-9]+)*)__(.*)\.sql$/;
var REPEATABLE = /^R__(.*)\.sql$/;
var CONFIGS = ["flyway.conf", "flyway.toml"];
function isFlywayFile(name) {
  return VERSIONED.test(name) || REPEATABLE.test(name);
}
var description = (raw) => raw.replace(/_/g, " ");
function locationOf(dir, configDirs) {
  const chain = ancestors(dir).filter((d2) => d2 !== "");
  const dbMigration = chain.find((d2) => basename(d2) === "migration" && basename(dirname(d2)) === "db");
  if (dbMigration !== void 0) return dbMigration;
  const named = chain.filter((d2) => basename(d2) === "sql" || basename(d2) === "flyway").at(-1);
  if (named !== void 0) return named;
  return configDirs.has(dirname(dir)) ? dir : void 0;
}
var flyway = {
  id: "flyway",
  title: "Flyway",
  behaviour: {
    outOfOrder: "error_unless_flag",
    outOfOrderFlag: "-outOfOrder=true",
    duplicate: "error",
    edited: "error",
    deleted: "error",
    // The old version is "applied migration not resolved locally".
    renamed: "error",
    checksum: "flyway-crc32"
  },
  locate(paths) {
    const tree = treeOf(paths);
    const configDirs = /* @__PURE__ */ new Set();
    for (const [dir, names] of tree.files) {
      if (!names.some((n) => CONFIGS.includes(n))) continue;
      configDirs.add(dir);
      if (basename(dir) === "conf") configDirs.add(dirname(dir));
    }
    const dirs = /* @__PURE__ */ new Set();
    for (const [dir, names] of tree.files) {
      if (!names.some(isFlywayFile)) continue;
      const location = locationOf(dir, configDirs);
      if (location !== void 0) dirs.add(location);
    }
    const outermost = [...dirs].filter((d2) => !ancestors(dirname(d2)).some((a) => dirs.has(a)));
    return outermost.sort(compareLexical).map(
      (dir) => ({
        runner: "flyway",
        dir,
        sidecars: present(
          tree,
          ancestors(dirname(dir)).flatMap((a) => [...CONFIGS.map((c3) => join3(a, c3)), join3(a, "conf/flyway.conf")])
        )
      })
    );
  },
  migrationOf(path2, location) {
    if (relativeTo(path2, location.dir) === void 0) return void 0;
    const name = basename(path2);
    const v2 = VERSIONED.exec(name);
    if (v2) {
      const undo = v2[1] === "U";
      const canonical = canonicalDotted(v2[2]);
      return {
        version: v2[2],
        name: description(v2[3]),
        // An undo migration shares its version with the versioned one it reverts; both are legitimate.
        identity: undo ? `${canonical}:undo` : canonical,
        file: path2,
        kind: undo ? "undo" : "versioned"
      };
    }
    const r2 = REPEATABLE.exec(name);
    if (r2) {
      const desc = description(r2[1]);
      return { version: "", name: desc, identity: desc, file: path2, kind: "repeatable" };
    }
    return void 0;
  },
  compareVersions: compareDotted,
  nextVersion(after, now) {
    if (after === "") return "1";
    if (/^[0-9]{14}$/.test(after) && parse14(after)) return nextTimestamp14(after, now);
    const next = after.replace(/[0-9]+$/, (last) => (BigInt(last) + 1n).toString().padStart(last.length, "0"));
    return next === after ? `${after}.1` : next;
  },
  renamed(migration2, version) {
    if (migration2.kind === "repeatable") return [];
    const name = basename(migration2.file);
    const m2 = VERSIONED.exec(name);
    if (!m2) return [];
    return [{ from: migration2.file, to: join3(dirname(migration2.file), `${m2[1]}${version}__${m2[3]}.sql`) }];
  }
};

// src/frameworks/ordered/runners/golang-migrate.ts
var golangMigrate = {
  id: "golang-migrate",
  title: "golang-migrate",
  behaviour: {
    outOfOrder: "skipped_silently",
    duplicate: "error",
    edited: "ignored",
    deleted: "error_if_current",
    // A renumbered file is a new version: it runs when it sorts above the database's current version.
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(tree, "golang-migrate", (dir, names) => names.some(isGolangMigrateFile) && sqlFolderOwner(tree, dir) === "golang-migrate");
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    if (name === void 0 || !isGolangMigrateFile(name)) return void 0;
    const m2 = GOLANG_MIGRATE_FILE.exec(name);
    return { version: m2[1], name: m2[2], identity: `${canonicalInteger(m2[1])}:${m2[3]}`, file: path2, kind: m2[3] };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  /** Both directions move together; a missing partner is the caller's to skip (paths are not known here). */
  renamed(migration2, version, location) {
    const m2 = GOLANG_MIGRATE_FILE.exec(basename(migration2.file));
    if (!m2) return [];
    const [, oldVersion, title, , ext] = m2;
    return ["up", "down"].map((direction) => ({
      from: join3(location.dir, `${oldVersion}_${title}.${direction}.${ext}`),
      to: join3(location.dir, `${version}_${title}.${direction}.${ext}`)
    }));
  }
};

// src/frameworks/ordered/runners/goose.ts
var FILE4 = /^([0-9]+)_(.*)\.(sql|go)$/;
function parse(name) {
  const m2 = FILE4.exec(name);
  if (!m2 || name.endsWith("_test.go") || BigInt(m2[1]) === 0n) return void 0;
  return { version: m2[1], name: m2[2], ext: m2[3] };
}
var goose = {
  id: "goose",
  title: "goose",
  behaviour: {
    outOfOrder: "error_unless_flag",
    outOfOrderFlag: "-allow-missing",
    duplicate: "error",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(tree, "goose", (dir, names) => names.some((n) => parse(n) !== void 0) && sqlFolderOwner(tree, dir) === "goose");
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const p2 = name === void 0 ? void 0 : parse(name);
    if (!p2) return void 0;
    return { version: p2.version, name: p2.name, identity: canonicalInteger(p2.version), file: path2, kind: p2.ext };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.${migration2.kind ?? "sql"}`) }];
  }
};

// src/frameworks/ordered/runners/knex.ts
var FILE5 = /^([0-9]+)_(.+)\.(js|ts|cjs|mjs)$/;
var KNEXFILE = /^knexfile\.(js|ts|cjs|mjs|coffee)$/;
var isMigration = (n) => FILE5.test(n) && !n.endsWith(".d.ts");
var knex = {
  id: "knex",
  title: "Knex",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "allowed",
    edited: "ignored",
    deleted: "error",
    // The old name is missing: "the migration directory is corrupt".
    renamed: "error"
  },
  locate(paths) {
    const tree = treeOf(paths);
    const knexfiles = (dir) => ancestors(dirname(dir)).flatMap((a) => (tree.files.get(a) ?? []).filter((n) => KNEXFILE.test(n)).map((n) => join3(a, n)));
    return foldersWith(
      tree,
      "knex",
      (dir, names) => basename(dir) === "migrations" && names.some(isMigration) && knexfiles(dir).length > 0,
      (dir) => knexfiles(dir).slice(0, 1)
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    if (name === void 0 || !isMigration(name)) return void 0;
    const m2 = FILE5.exec(name);
    return { version: m2[1], name: m2[2], identity: name, file: path2, kind: m2[3] };
  },
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.${migration2.kind ?? "js"}`) }];
  }
};

// src/frameworks/ordered/runners/laravel.ts
var FILE6 = /^([0-9]{4}_[0-9]{2}_[0-9]{2}_[0-9]{6})_(.+)\.php$/;
var SCHEMA_DUMP = /-schema\.(sql|dump)$/;
var toLaravel = (ts2) => `${ts2.slice(0, 4)}_${ts2.slice(4, 6)}_${ts2.slice(6, 8)}_${ts2.slice(8)}`;
var laravel = {
  id: "laravel",
  title: "Laravel",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "allowed",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "laravel",
      (dir, names) => endsWithSegments(dir, "database", "migrations") && names.some((n) => FILE6.test(n)),
      (dir) => {
        const schema = join3(dirname(dir), "schema");
        return (tree.files.get(schema) ?? []).filter((n) => SCHEMA_DUMP.test(n)).map((n) => join3(schema, n)).sort(compareLexical);
      }
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE6.exec(name);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: name.slice(0, -".php".length), file: path2 };
  },
  // The prefix has a fixed width, so its text order (then the name, the adapter's tie-break) is the file-name order.
  compareVersions: compareLexical,
  nextVersion(after, now) {
    const digits = after.replace(/_/g, "");
    return toLaravel(nextTimestamp14(/^[0-9]{14}$/.test(digits) ? digits : "", now));
  },
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.php`) }];
  }
};

// src/frameworks/ordered/runners/prisma.ts
var LOCK = "migration_lock.toml";
var FOLDER = /^([0-9]+)_(.*)$/;
var prisma = {
  id: "prisma",
  title: "Prisma Migrate",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "allowed",
    edited: "warning",
    deleted: "ignored",
    renamed: "rerun",
    checksum: "prisma-sha256"
  },
  locate(paths) {
    const tree = treeOf(paths);
    const dirs = /* @__PURE__ */ new Set();
    for (const [dir, names] of tree.files) {
      if (names.includes(LOCK)) dirs.add(dir);
      if (names.includes("migration.sql") && FOLDER.test(basename(dir))) {
        const parent = dirname(dir);
        if (endsWithSegments(parent, "prisma", "migrations")) dirs.add(parent);
      }
    }
    return [...dirs].filter((d2) => d2 !== "").sort(compareLexical).map((dir) => ({
      runner: "prisma",
      dir,
      sidecars: present(tree, [join3(dir, LOCK), join3(dirname(dir), "schema.prisma")])
    }));
  },
  migrationOf(path2, location) {
    const rel = relativeTo(path2, location.dir);
    const parts = rel?.split("/");
    if (parts?.length !== 2 || parts[1] !== "migration.sql") return void 0;
    const folder = parts[0];
    const m2 = FOLDER.exec(folder);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: folder, file: path2 };
  },
  // Prisma sorts folder names as text; for timestamps of one width that is also their numeric order.
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    return [{ from: join3(location.dir, migration2.identity), to: join3(location.dir, `${version}_${migration2.name}`) }];
  }
};

// src/frameworks/ordered/runners/rails.ts
var FILE7 = /^([0-9]+)_([_a-z0-9]*)\.?([_a-z0-9]*)?\.rb$/;
var FOLDER2 = /^(?:([a-z0-9_]+)_)?migrate$/;
var rails = {
  id: "rails",
  title: "Rails (Active Record)",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "error",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "rails",
      (dir, names) => FOLDER2.test(basename(dir)) && basename(dirname(dir)) === "db" && names.some((n) => FILE7.test(n)),
      (dir) => {
        const prefix = FOLDER2.exec(basename(dir))?.[1];
        const db = dirname(dir);
        const stem = prefix === void 0 ? "" : `${prefix}_`;
        return present(tree, [join3(db, `${stem}schema.rb`), join3(db, `${stem}structure.sql`)]);
      }
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE7.exec(name);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: canonicalInteger(m2[1]), file: path2, ...m2[3] ? { kind: m2[3] } : {} };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  renamed(migration2, version, location) {
    const rest = basename(migration2.file).replace(/^[0-9]+/, "");
    return [{ from: migration2.file, to: join3(location.dir, `${version}${rest}`) }];
  }
};

// src/frameworks/ordered/runners/sequelize.ts
var FILE8 = /^([0-9]{14})-(.+)\.(js|cjs|mjs|ts)$/;
var isMigration2 = (n) => FILE8.test(n) && !n.endsWith(".d.ts");
var sequelize = {
  id: "sequelize",
  title: "Sequelize",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "allowed",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  locate(paths) {
    const tree = treeOf(paths);
    const sidecars = (dir) => [
      ...present(tree, ancestors(dirname(dir)).map((a) => join3(a, ".sequelizerc"))).slice(0, 1),
      ...basename(dir) === "migrations" ? present(tree, [join3(dirname(dir), "config/config.json"), join3(dirname(dir), "config/config.js")]) : []
    ];
    return foldersWith(tree, "sequelize", (dir, names) => names.some(isMigration2) && sidecars(dir).length > 0, sidecars);
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    if (name === void 0 || !isMigration2(name)) return void 0;
    const m2 = FILE8.exec(name);
    return { version: m2[1], name: m2[2], identity: name, file: path2, kind: m2[3] };
  },
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}-${migration2.name}.${migration2.kind ?? "js"}`) }];
  }
};

// src/frameworks/ordered/runners/sqlx.ts
var FILE9 = /^([0-9]+)_(.*)\.sql$/;
function parse2(name) {
  const m2 = FILE9.exec(name);
  if (!m2 || BigInt(m2[1]) === 0n) return void 0;
  const kind = name.endsWith(".up.sql") ? "up" : name.endsWith(".down.sql") ? "down" : "simple";
  const raw = kind === "simple" ? m2[2] : m2[2].slice(0, -`.${kind}`.length);
  return { version: m2[1], raw, kind };
}
var sqlx = {
  id: "sqlx",
  title: "sqlx",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "error",
    edited: "error",
    deleted: "error",
    // The old version is `VersionMissing` (unless `ignore_missing`).
    renamed: "error",
    checksum: "sqlx-sha384"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "sqlx",
      (dir, names) => names.some((n) => parse2(n) !== void 0) && sqlFolderOwner(tree, dir) === "sqlx",
      (dir) => {
        const manifest = cargoManifestOf(tree, dir);
        return manifest === void 0 ? [] : [manifest];
      }
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const p2 = name === void 0 ? void 0 : parse2(name);
    if (!p2) return void 0;
    const id = canonicalInteger(p2.version);
    return { version: p2.version, name: p2.raw.replace(/_/g, " "), identity: p2.kind === "down" ? `${id}:down` : id, file: path2, kind: p2.kind };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  /** A reversible migration moves both halves; a missing partner is the caller's to skip. */
  renamed(migration2, version, location) {
    const p2 = parse2(basename(migration2.file));
    if (!p2) return [];
    const suffixes = p2.kind === "simple" ? [".sql"] : [".up.sql", ".down.sql"];
    return suffixes.map((s) => ({ from: join3(location.dir, `${p2.version}_${p2.raw}${s}`), to: join3(location.dir, `${version}_${p2.raw}${s}`) }));
  }
};

// src/frameworks/ordered/runners/supabase.ts
var FILE10 = /^([0-9]+)_(.*)\.sql$/;
function isLegacyInit(version, name) {
  return name === "init" && version.length === 14 && version < "20211209000000";
}
var supabase = {
  id: "supabase",
  title: "Supabase CLI",
  behaviour: {
    outOfOrder: "error_unless_flag",
    outOfOrderFlag: "--include-all",
    duplicate: "error",
    edited: "ignored",
    deleted: "error",
    // A version that disappears is "Remote migration versions not found in local migrations directory".
    renamed: "error"
  },
  locate(paths) {
    const tree = treeOf(paths);
    return foldersWith(
      tree,
      "supabase",
      (dir, names) => isSupabaseDir(dir) && names.some((n) => FILE10.test(n)),
      (dir) => present(tree, [join3(dirname(dir), "config.toml")])
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    const m2 = name === void 0 ? null : FILE10.exec(name);
    if (!m2 || isLegacyInit(m2[1], m2[2])) return void 0;
    return { version: m2[1], name: m2[2], identity: m2[1], file: path2 };
  },
  // `remote < local` on strings (`pkg/migration/apply.go`).
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}_${migration2.name}.sql`) }];
  }
};

// src/frameworks/ordered/runners/typeorm.ts
var FILE11 = /^([0-9]{13})-(.+)\.(ts|js|cjs|mjs)$/;
var CONFIG = /^(ormconfig\.(json|js|cjs|mjs|ts|yml|yaml|xml|env)|typeorm\.config\.(ts|js)|(.+[.-])?data-?source\.(ts|js|cjs|mjs))$/;
var isMigration3 = (n) => FILE11.test(n) && !n.endsWith(".d.ts");
function className(name, timestamp) {
  const pascal = name.split(/[\s_-]+/).filter((w2) => w2 !== "").map((w2) => w2[0].toUpperCase() + w2.slice(1)).join("");
  return `${pascal}${timestamp}`;
}
var typeorm = {
  id: "typeorm",
  title: "TypeORM",
  behaviour: {
    outOfOrder: "applied",
    duplicate: "allowed",
    edited: "ignored",
    deleted: "ignored",
    renamed: "rerun"
  },
  renameHint: "Rename the class inside the file too: TypeORM knows a migration by its class name, which ends with the timestamp.",
  locate(paths) {
    const tree = treeOf(paths);
    const configs = [];
    for (const [dir, names] of tree.files) for (const n of names) if (CONFIG.test(n)) configs.push(join3(dir, n));
    const configsOf = (dir) => {
      const up = new Set(ancestors(dirname(dir)));
      return configs.filter((c3) => up.has(dirname(c3)) || dirname(c3) !== "" && up.has(dirname(dirname(c3))));
    };
    return foldersWith(
      tree,
      "typeorm",
      (dir, names) => /^migrations?$/.test(basename(dir)) && names.some(isMigration3) && configsOf(dir).length > 0,
      (dir) => configsOf(dir).sort()
    );
  },
  migrationOf(path2, location) {
    const name = directChild(path2, location.dir);
    if (name === void 0 || !isMigration3(name)) return void 0;
    const m2 = FILE11.exec(name);
    return { version: m2[1], name: m2[2], identity: className(m2[2], m2[1]), file: path2, kind: m2[3] };
  },
  compareVersions: compareNumeric,
  /** Milliseconds since the epoch, as the CLI names files (`Date.now()`), after `after`. */
  nextVersion(after, now) {
    const fromNow = BigInt(now.getTime());
    const next = /^[0-9]+$/.test(after) ? BigInt(after) + 1n : 0n;
    return (fromNow > next ? fromNow : next).toString();
  },
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}-${migration2.name}.${migration2.kind ?? "ts"}`) }];
  }
};

// src/frameworks/ordered/runners/custom.ts
var CUSTOM_DEFAULT_BEHAVIOUR = {
  outOfOrder: "applied",
  duplicate: "error",
  edited: "ignored",
  deleted: "ignored",
  renamed: "rerun"
};
var ORDERS = ["numeric", "lexical", "dotted"];
function customRunner(options) {
  const dir = options.dir.replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (!ORDERS.includes(options.order)) {
    throw new Error(`Custom runner order is '${String(options.order)}'. Valid: ${ORDERS.join(", ")}`);
  }
  let regex;
  try {
    regex = new RegExp(`^(?:${options.pattern})$`, "d");
  } catch (err) {
    throw new Error(`Custom runner pattern ${JSON.stringify(options.pattern)} is not a valid regular expression: ${err.message}`, { cause: err });
  }
  if (!/\(\?<version>/.test(options.pattern)) {
    throw new Error(`Custom runner pattern ${JSON.stringify(options.pattern)} has no named group 'version'.`);
  }
  const compareVersions = options.order === "numeric" ? compareNumeric : options.order === "dotted" ? compareDotted : compareLexical;
  const canonical = options.order === "numeric" ? canonicalInteger : options.order === "dotted" ? canonicalDotted : (v2) => v2;
  const match = (path2) => {
    const rel = relativeTo(path2, dir);
    if (rel === void 0 || IGNORED3.test(rel)) return void 0;
    const m2 = regex.exec(rel);
    const version = m2?.groups?.["version"];
    return m2 && version !== void 0 && version !== "" ? { rel, m: m2, version } : void 0;
  };
  return {
    id: "custom",
    title: options.id ?? "custom runner",
    behaviour: { ...CUSTOM_DEFAULT_BEHAVIOUR, ...options.behaviour },
    locate(paths) {
      const tree = treeOf(paths);
      const found = paths.some((p2) => tree.has(p2) && match(p2) !== void 0);
      return found ? [{ runner: "custom", dir, sidecars: [] }] : [];
    },
    migrationOf(path2, location) {
      if (location.dir !== dir) return void 0;
      const hit = match(path2);
      if (!hit) return void 0;
      return { version: hit.version, name: hit.m.groups?.["name"] ?? hit.rel, identity: canonical(hit.version), file: path2 };
    },
    compareVersions,
    nextVersion(after, now) {
      if (options.order === "dotted") return flyway.nextVersion(after, now);
      return nextInteger(after, now, { lexical: options.order === "lexical" });
    },
    renamed(migration2, version) {
      const hit = match(migration2.file);
      const span = hit?.m.indices?.groups?.["version"];
      if (!hit || !span) return [];
      const slash = hit.rel.indexOf("/", span[1]);
      const end = slash >= 0 && !hit.rel.slice(0, span[0]).includes("/") ? slash : hit.rel.length;
      const from = hit.rel.slice(0, end);
      const to2 = hit.rel.slice(0, span[0]) + version + hit.rel.slice(span[1], end);
      return [{ from: join3(dir, from), to: join3(dir, to2) }];
    }
  };
}

// src/frameworks/ordered/runners/index.ts
var RUNNER_SPECS = {
  prisma,
  supabase,
  flyway,
  "golang-migrate": golangMigrate,
  rails,
  laravel,
  goose,
  dbmate,
  sqlx,
  knex,
  typeorm,
  sequelize,
  ecto,
  drizzle
};

// src/frameworks/ordered/adapter.ts
var RUNNER_FILES = /\.(sql|rb|php|js|cjs|mjs|ts|exs|go|json|toml|conf)$/;
var orderedAdapter = {
  id: "ordered",
  mayMatter: (path2, config) => RUNNER_FILES.test(path2) || config.runners.some((r2) => r2.dir === "" || path2.startsWith(`${r2.dir}/`)),
  async compare({ base, merged, changes, sources, config, applied }) {
    const specs = runnerSpecs(config);
    const baseStates = statesOf(base, specs);
    const appliedStates = applied === base ? baseStates : statesOf(applied, specs);
    const mergedStates = statesOf(merged, specs);
    const changed = (state) => changes.filter((c3) => [c3.path, c3.oldPath].some((p2) => p2 !== void 0 && (p2.startsWith(`${state.location.dir}/`) || state.location.sidecars.includes(p2))));
    const comparisons = [];
    for (const state of mergedStates.values()) {
      const touched = changed(state);
      if (touched.length === 0) continue;
      const b3 = baseStates.get(state.key);
      const mine = touched.map((change) => {
        const oldPath = change.status === "renamed" ? change.oldPath : change.path;
        const onBase = oldPath !== void 0 ? applied.entries.get(oldPath) : void 0;
        return { change, ...onBase ? { onBase } : {} };
      });
      const a = appliedStates.get(state.key);
      comparisons.push({ framework: state.spec.id, root: state.key, ...b3 ? { base: b3 } : {}, ...a ? { applied: a } : {}, merged: state, changes: mine });
    }
    const wanted = [];
    for (const c3 of comparisons) {
      for (const { change, onBase } of c3.changes) {
        if (onBase) wanted.push(onBase);
        const now = merged.entries.get(change.path);
        if (now) wanted.push(now);
      }
      for (const e of c3.merged.sidecars.values()) wanted.push(e);
      for (const e of c3.base?.sidecars.values() ?? []) wanted.push(e);
    }
    await sources.load(wanted);
    return comparisons;
  },
  summarise(c3) {
    const newest = (s) => {
      const last = s?.migrations.at(-1);
      return last ? [last.identity] : [];
    };
    return {
      framework: c3.framework,
      root: c3.root,
      apps: [{ app: c3.merged.location.dir, migrationsDir: c3.merged.location.dir, migrations: c3.merged.migrations.length, leaves: { base: newest(c3.base), head: [], merged: newest(c3.merged) } }]
    };
  },
  reportedChanges(c3) {
    return c3.changes.map(({ change }) => {
      const m2 = change.status === "deleted" ? c3.base?.byFile.get(change.path) : c3.merged.byFile.get(change.path);
      return {
        framework: c3.framework,
        project: c3.root,
        app: c3.merged.location.dir,
        ...m2 ? { name: m2.identity } : {},
        path: change.path,
        ...change.oldPath !== void 0 ? { oldPath: change.oldPath } : {},
        status: change.status
      };
    });
  },
  notes: () => [],
  size: (c3) => c3.merged.migrations.length
};
function statesOf(snapshot, specs) {
  const paths = [...snapshot.entries.keys()];
  const states = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    for (const location of spec.locate(paths)) {
      const key = `${spec.id}:${location.dir}`;
      if (states.has(key)) continue;
      const prefix = `${location.dir}/`;
      const migrations = [];
      for (const [path2, entry] of snapshot.entries) {
        if (!path2.startsWith(prefix)) continue;
        const m2 = spec.migrationOf(path2, location);
        if (m2) migrations.push({ ...m2, blob: entry.blob });
      }
      migrations.sort((a, b3) => spec.compareVersions(a.version, b3.version) || (a.identity < b3.identity ? -1 : a.identity > b3.identity ? 1 : 0));
      const sidecars = new Map(location.sidecars.flatMap((p2) => snapshot.entries.has(p2) ? [[p2, snapshot.entries.get(p2)]] : []));
      states.set(key, { spec, location, key, migrations, byFile: new Map(migrations.map((m2) => [m2.file, m2])), sidecars });
    }
  }
  return states;
}
function runnerSpecs(config) {
  const builtIn = Object.values(RUNNER_SPECS).filter((spec) => config.frameworks[spec.id] !== false);
  const custom = config.frameworks.custom === false ? [] : config.runners.map(
    (r2) => customRunner({
      id: r2.name,
      dir: r2.dir,
      pattern: r2.pattern.source,
      order: r2.order,
      behaviour: { outOfOrder: r2.outOfOrder, duplicate: r2.duplicate, edited: r2.edited }
    })
  );
  return [...builtIn, ...custom];
}

// src/frameworks/index.ts
var ADAPTERS = [djangoAdapter, alembicAdapter, orderedAdapter];

// src/sources.ts
var MAX_SOURCE_BYTES = 1024 * 1024;
var Sources = class {
  constructor(readBlobs, decode) {
    this.readBlobs = readBlobs;
    this.decode = decode;
  }
  readBlobs;
  decode;
  decoded = /* @__PURE__ */ new Map();
  bytesRead = 0;
  blobsRead = 0;
  /**
   * Loads the entries and calls `each` for every one as soon as its chunk has arrived, so the caller's
   * CPU work (parsing) overlaps git's I/O instead of waiting for the whole batch.
   */
  async loadEach(entries, each, chunkSize = 500) {
    const chunks = [];
    for (let i = 0, size = Math.min(64, chunkSize); i < entries.length; i += size, size = Math.min(size * 2, chunkSize)) {
      chunks.push(entries.slice(i, i + size));
    }
    const pending = chunks.map((chunk) => this.load(chunk));
    for (let i = 0; i < chunks.length; i++) {
      await pending[i];
      for (const entry of chunks[i]) each(entry, this.get(entry));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  async load(entries) {
    const wanted = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (this.decoded.has(e.blob)) continue;
      if (e.mode === "120000") {
        this.decoded.set(e.blob, { error: "is a symbolic link; Django imports the file it points to, migraph does not follow links" });
      } else {
        wanted.add(e.blob);
      }
    }
    if (wanted.size === 0) return;
    const blobs = await this.readBlobs([...wanted], MAX_SOURCE_BYTES);
    for (const id of wanted) {
      const bytes = blobs.get(id);
      if (!bytes) {
        this.decoded.set(id, { error: "could not be read from git (object missing)" });
        continue;
      }
      if (!(bytes instanceof Uint8Array)) {
        this.decoded.set(id, { error: `is ${bytes.oversized} bytes; migraph reads files up to ${MAX_SOURCE_BYTES} bytes` });
        continue;
      }
      this.bytesRead += bytes.length;
      this.blobsRead += 1;
      this.decoded.set(id, this.decode(bytes));
    }
  }
  /**
   * Lets go of a blob's text once the caller has what it needs from it (a parse), so thousands of files
   * are not kept alive for the whole run. A later `load` reads it again; errors are kept.
   */
  forget(blob) {
    const d2 = this.decoded.get(blob);
    if (d2 && "text" in d2) this.decoded.delete(blob);
  }
  /** The decoded text of an entry that was loaded before. */
  get(entry) {
    return this.decoded.get(entry.blob) ?? { error: "was not loaded (internal error)" };
  }
  getById(blob) {
    return this.decoded.get(blob);
  }
};

// src/version.ts
var VERSION = "0.1.0";

// src/analyze.ts
async function analyze(options) {
  const started = performance.now();
  const git = await GitRepo.open(options.repo);
  const notes = [];
  const headName = options.head ?? "HEAD";
  let baseName = options.base;
  if (baseName === void 0) {
    baseName = await git.defaultBranchRef(options.remote);
    if (!baseName) {
      throw new UsageError(
        "No --base given and no default branch found (looked for origin/HEAD, origin/main, origin/master, main, master). Pass --base <branch or commit>."
      );
    }
  }
  const isObjectId = (ref) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref);
  const resolve = (ref) => isObjectId(ref) ? Promise.resolve(ref.toLowerCase()) : git.resolveCommit(ref);
  const [head, base] = await Promise.all([resolve(headName), resolve(baseName)]);
  const reader = git.openBlobReader();
  reader.warm();
  const listing = () => Promise.all([git.listTree(base), git.listTree(head)]);
  const byName = !isObjectId(headName) && !isObjectId(baseName);
  const early = byName ? listing() : void 0;
  early?.catch(() => void 0);
  let trees2;
  let changes;
  let baseChanges;
  let forkPoint;
  let headTime;
  try {
    const found = await git.ensureForkPoint(base, head, { ...options.remote ? { remote: options.remote } : {}, present: byName });
    forkPoint = found.forkPoint;
    notes.push(...found.notes);
    [trees2, changes, baseChanges, headTime] = await Promise.all([
      early ?? listing(),
      git.diff(forkPoint, head),
      // What the base changed since the fork: where the head alone differs from the merged result.
      git.diff(forkPoint, base),
      // The head commit's time (rules date what they write by it), read by the running cat-file.
      reader.read([head]).then((objects) => {
        const time = committerTime(objects.get(head)?.toString("utf8") ?? "");
        if (!time) throw new Error(`Could not read the committer time of ${head}`);
        return time;
      })
    ]);
  } catch (err) {
    await reader.close();
    throw err;
  }
  const [baseTree, headTree] = trees2;
  const refs = { base, head, forkPoint, baseName, headName };
  const gitListed = performance.now();
  try {
    return await analyzeWith({ git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint });
  } finally {
    await reader.close();
  }
}
async function analyzeWith(a) {
  const { git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint } = a;
  const headName = refs.headName;
  const sources = new Sources((ids, maxBytes) => reader.read([...ids], { maxBytes }), decodePython);
  const baseSnap = snapshotOf("base", baseTree);
  const config = await loadConfig(baseSnap, sources);
  const applied = config.deployedRef ? await deployedSnapshot(git, config.deployedRef, config.file ?? ".migraph.yml", notes) : baseSnap;
  const enabled = ADAPTERS.filter((adapter) => adapter.id === "ordered" || config.frameworks[adapter.id] !== false);
  const adapters = enabled.filter((ad) => changes.some((c3) => [c3.path, c3.oldPath].some((p2) => p2 !== void 0 && ad.mayMatter(p2, config))));
  if (adapters.length === 0) {
    notes.push(`No migration, settings or configuration file changed between the fork point ${forkPoint.slice(0, 12)} and ${headName}.`);
    return finish({ refs, analyzed: false, findings: [], changes: [], projects: [], notes, started, gitMs: gitListed - started, parseMs: 0, rulesMs: 0, filesRead: 0, migrations: 0 });
  }
  const headSnap = snapshotOf("head", headTree);
  const mergedSnap = mergedSnapshot(baseSnap, headSnap, changes);
  const parseStart = performance.now();
  const onBase = new Set([...baseSnap.entries.values()].map((e) => e.blob));
  const input = { base: baseSnap, head: headSnap, merged: mergedSnap, changes, baseChanges, sources, onBase, config, applied };
  const perAdapter = [];
  for (const adapter of adapters) perAdapter.push({ adapter, comparisons: await adapter.compare(input) });
  const parseMs = performance.now() - parseStart;
  const rulesStart = performance.now();
  const text = (blob) => {
    const d2 = sources.getById(blob);
    return d2 && "text" in d2 ? d2.text : void 0;
  };
  const findings = [];
  for (const { adapter, comparisons } of perAdapter) {
    for (const comparison of comparisons) {
      notes.push(...adapter.notes(comparison));
      for (const rule of RULES) {
        if (!rule.meta.frameworks.includes(comparison.framework)) continue;
        findings.push(...configured(rule, rule.check({ comparison, text, now: headTime }), config));
      }
    }
  }
  sortFindings(findings);
  const rulesMs = performance.now() - rulesStart;
  return finish({
    refs,
    analyzed: true,
    findings,
    changes: perAdapter.flatMap(({ adapter, comparisons }) => comparisons.flatMap((c3) => adapter.reportedChanges(c3))),
    projects: perAdapter.flatMap(({ adapter, comparisons }) => comparisons.map((c3) => adapter.summarise(c3))),
    notes: [...new Set(notes)],
    started,
    gitMs: gitListed - started,
    parseMs,
    rulesMs,
    filesRead: sources.blobsRead,
    migrations: perAdapter.reduce((n, { adapter, comparisons }) => n + comparisons.reduce((m2, c3) => m2 + adapter.size(c3), 0), 0)
  });
}
async function deployedSnapshot(git, ref, file, notes) {
  let commit;
  try {
    commit = await git.resolveCommit(ref);
  } catch {
    const branch = ref.replace(/^(refs\/remotes\/)?origin\//, "").replace(/^refs\/heads\//, "");
    try {
      commit = await git.fetchBranch(branch);
      notes.push(`Fetched ${branch} for ${file}'s deployed-ref.`);
    } catch (err) {
      throw new UsageError(`${file}: deployed-ref '${ref}' names no commit this clone has or can fetch (${messageOf(err)}).`);
    }
  }
  notes.push(`Migrations count as applied when they are on ${ref} (${commit.slice(0, 12)}), as ${file} says.`);
  return snapshotOf("base", await git.listTree(commit));
}
async function loadConfig(base, sources) {
  const file = findConfigFile([...base.entries.keys()]);
  if (!file) return DEFAULT_CONFIG;
  const entry = base.entries.get(file);
  await sources.load([entry]);
  const decoded = sources.get(entry);
  if ("error" in decoded) throw new UsageError(`${file} ${decoded.error}.`);
  const { parseConfig } = await import("./config-parse-JD34G64Z.js");
  return parseConfig(decoded.text, file);
}
function configured(rule, findings, config) {
  const setting = config.rules[rule.id];
  if (setting === void 0) return findings;
  if (setting === "off") return [];
  const def = rule.meta.defaultSeverity;
  return findings.map((f3) => {
    if (f3.severity === def && !f3.preexisting) return { ...f3, severity: setting };
    if (f3.preexisting && f3.severity === milder(def)) return { ...f3, severity: milder(setting) };
    return f3;
  });
}
function mayChangeGraph2(path2) {
  return ADAPTERS.some((a) => a.mayMatter(path2, DEFAULT_CONFIG));
}
function sortFindings(findings) {
  findings.sort(
    (a, b3) => SEVERITY_RANK[b3.severity] - SEVERITY_RANK[a.severity] || Number(a.preexisting) - Number(b3.preexisting) || (a.location?.file ?? "").localeCompare(b3.location?.file ?? "") || (a.location?.span?.line ?? 0) - (b3.location?.span?.line ?? 0) || a.ruleId.localeCompare(b3.ruleId)
  );
}
function finish(r2) {
  const count = (s) => r2.findings.filter((f3) => f3.severity === s).length;
  const round = (n) => Math.round(n * 10) / 10;
  return {
    schemaVersion: 1,
    tool: { name: "migraph", version: VERSION },
    refs: r2.refs,
    analyzed: r2.analyzed,
    findings: r2.findings,
    changes: r2.changes,
    projects: r2.projects,
    notes: r2.notes,
    summary: { errors: count("error"), warnings: count("warning"), notices: count("notice"), migrations: r2.migrations, filesRead: r2.filesRead },
    timing: {
      totalMs: round(performance.now() - r2.started),
      gitMs: round(r2.gitMs),
      parseMs: round(r2.parseMs),
      rulesMs: round(r2.rulesMs),
      maxRssBytes: process.resourceUsage().maxRSS * 1024
    }
  };
}

// src/demo.ts
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname2, join as join4 } from "node:path";
import { promisify } from "node:util";

// src/report/json.ts
var UNSAFE = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
function renderJson(report) {
  const json = JSON.stringify(report, null, 2).replaceAll("##[", "\\u0023#[").replace(UNSAFE, (c3) => `\\u${c3.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${json}
`;
}

// src/report/markdown.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
var CONTROL_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
function visibleEscape(c3) {
  return `\\u{${c3.codePointAt(0).toString(16)}}`;
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var MARKDOWN_ENTITIES = {
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "|": "&#124;",
  $: "&#36;"
};
var isAlnum = (c3) => c3 !== void 0 && /[\p{L}\p{N}]/u.test(c3);
function prose(text) {
  const flat = text.replace(/\r\n|\n|\r|\t/g, " ").replace(CONTROL, visibleEscape).replace(INVISIBLE, visibleEscape);
  const chars = [...flat];
  let out = "";
  chars.forEach((c3, i) => {
    const next = chars[i + 1];
    if (c3 === "@" && next !== void 0 && /[\p{L}\p{N}_-]/u.test(next)) out += "@&#8203;";
    else if (c3 === "#" && next !== void 0 && /[0-9]/.test(next)) out += "#&#8203;";
    else if (c3 === ":" && next === ":") out += "&#58;";
    else if (c3 === "_" && isAlnum(chars[i - 1]) && isAlnum(next)) out += "_";
    else out += HTML_ENTITIES[c3] ?? MARKDOWN_ENTITIES[c3] ?? c3;
  });
  return out;
}
function entityEncode(text) {
  return text.replace(/[&<>"'`*_~[\]\\|$@#:]/g, (c3) => `&#${c3.charCodeAt(0)};`);
}
var RAW_LOOKS_LIVE = /[<>&@#|]|::/;
var BLOCK_LOOKS_LIVE = /<[!?/A-Za-z]|@[\p{L}\p{N}_-]|#[0-9]|::|##\[/u;
function codeSpan(text) {
  const shown2 = text.replace(CONTROL, visibleEscape).replace(INVISIBLE, visibleEscape);
  if (RAW_LOOKS_LIVE.test(shown2) || shown2.trim() === "") {
    return `<code>${entityEncode(shown2)}</code>`;
  }
  const fence = "`".repeat(longestRun(shown2, "`") + 1);
  const pad2 = shown2.startsWith("`") || shown2.endsWith("`") || shown2.startsWith(" ") && shown2.endsWith(" ") ? " " : "";
  return `${fence}${pad2}${shown2}${pad2}${fence}`;
}
function codeBlock(content, lang = "") {
  const shown2 = content.replace(/\r\n/g, "\n").replace(/\n$/, "").replace(CONTROL_EXCEPT_TAB_NEWLINE, visibleEscape).replace(INVISIBLE, visibleEscape);
  if (BLOCK_LOOKS_LIVE.test(shown2)) {
    return `<pre>${entityEncode(shown2)}</pre>`;
  }
  const fence = "`".repeat(Math.max(3, longestRun(shown2, "`") + 1, longestRun(shown2, "~") + 1));
  const info = lang.replace(/[^A-Za-z0-9_+-]/g, "");
  return `${fence}${info}
${shown2}
${fence}`;
}
function tableRow(cells) {
  return `| ${cells.map((c3) => c3.replace(/\r\n|\n|\r/g, " ").replaceAll("|", "&#124;")).join(" | ")} |`;
}
function tableDivider(columns) {
  return `|${" --- |".repeat(columns)}`;
}
function mermaidLabel(text) {
  const shown2 = text.replace(/\r\n|\n|\r|\t/g, " ").replace(CONTROL, visibleEscape).replace(INVISIBLE, visibleEscape);
  return [...shown2].map((c3) => /[\p{L}\p{N} _./-]/u.test(c3) ? c3 : `#${c3.codePointAt(0)};`).join("");
}
function safeLink(text, url) {
  if (url === void 0 || !/^https:\/\/[A-Za-z0-9.-]+(:[0-9]+)?(\/[A-Za-z0-9._~%/+=-]*)?$/.test(url)) return void 0;
  return `[${prose(text)}](${url})`;
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c3 of text) {
    current = c3 === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
function shortSha(sha, n = 7) {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, n) : prose(sha.slice(0, n));
}
function proseWithCode(text) {
  const flat = text.replace(/\r\n|\n|\r|\t/g, " ");
  let out = "";
  let last = 0;
  for (const m2 of flat.matchAll(/`([^`]+)`/g)) {
    out += prose(flat.slice(last, m2.index)) + codeSpan(m2[1]);
    last = m2.index + m2[0].length;
  }
  return out + prose(flat.slice(last));
}

// src/report/fork.ts
var MAX_CHAIN = 8;
var CHAIN_ENDS = 3;
function forkOf(finding) {
  const details = finding.details ?? {};
  const entries = parseJson(details.leaves, []).filter((e) => Array.isArray(e) && typeof e[0] === "string");
  if (entries.length === 0) return void 0;
  const chains = parseJson(details.branches, {});
  const branches = entries.map(([leaf, side]) => {
    const listed = chains[leaf];
    const chain = Array.isArray(listed) ? listed.filter((x3) => typeof x3 === "string") : [];
    return { leaf, ...side === "base" || side === "head" ? { side } : {}, chain: chain.length > 0 ? chain : [leaf] };
  });
  const created = finding.fixes[0]?.edits.find((e) => e.kind === "create");
  const merge = created?.kind === "create" ? basename(created.path).replace(/\.py$/, "") : void 0;
  return { ...details.forkPoint ? { forkPoint: details.forkPoint } : {}, branches, ...merge ? { merge } : {} };
}
function forkDiagram(finding) {
  const fork = forkOf(finding);
  if (!fork) return void 0;
  const nodes = [];
  const edges = [];
  const seenEdges = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Map();
  const node = (key, label) => {
    let id = ids.get(key);
    if (id === void 0) {
      id = `n${ids.size}`;
      ids.set(key, id);
      nodes.push(`  ${id}["${label}"]`);
    }
    return id;
  };
  const edge = (from, to2, arrow) => {
    const line = `  ${from} ${arrow} ${to2}`;
    if (!seenEdges.has(line)) {
      seenEdges.add(line);
      edges.push(line);
    }
  };
  const root = fork.forkPoint !== void 0 ? node(`m:${fork.forkPoint}`, mermaidLabel(fork.forkPoint)) : void 0;
  const leafIds = [];
  for (const branch of fork.branches) {
    let previous = root;
    let first = true;
    for (const step of shorten(branch.chain)) {
      const isLeaf = step.kind === "migration" && step.name === branch.leaf;
      const id = step.kind === "gap" ? node(`gap:${branch.leaf}`, `\u2026 ${step.count} more`) : node(`m:${step.name}`, `${mermaidLabel(step.name)}${isLeaf && branch.side ? ` (${branch.side} leaf)` : isLeaf ? " (leaf)" : ""}`);
      if (previous !== void 0) edge(previous, id, first && branch.side ? `-->|${branch.side}|` : "-->");
      previous = id;
      first = false;
    }
    if (previous !== void 0) leafIds.push(previous);
  }
  const styles = [];
  if (fork.merge !== void 0) {
    const merge = node(`merge:${fork.merge}`, `${mermaidLabel(fork.merge)} (proposed merge)`);
    for (const leaf of leafIds) edge(leaf, merge, "-.->");
    styles.push("  classDef proposed stroke-dasharray: 5 5", `  class ${merge} proposed`);
  }
  return ["```mermaid", "flowchart TD", ...nodes, ...edges, ...styles, "```"].join("\n");
}
function shorten(chain) {
  const steps = chain.map((name) => ({ kind: "migration", name }));
  if (chain.length <= MAX_CHAIN) return steps;
  return [...steps.slice(0, CHAIN_ENDS), { kind: "gap", count: chain.length - 2 * CHAIN_ENDS }, ...steps.slice(-CHAIN_ENDS)];
}
function parseJson(text, fallback) {
  if (!text) return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

// src/report/sanitize.ts
var CONTROL2 = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var INVISIBLE2 = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
var visible = (c3) => `\\u{${c3.codePointAt(0).toString(16)}}`;
function inline(text) {
  return breakLegacyCommands(text.replace(/\r?\n|\r|\t/g, " ").replace(CONTROL2, visible).replace(INVISIBLE2, visible));
}
function block(text) {
  return text.split(/\r?\n/).map((line) => breakLegacyCommands(line.replace(/\t/g, "    ").replace(CONTROL2, visible).replace(INVISIBLE2, visible)));
}
function breakLegacyCommands(text) {
  return text.replaceAll("##[", "#\u2060#[");
}
function neutraliseLines(text) {
  return breakLegacyCommands(text.replace(/^([ \t]*):(?=:)/gm, "$1:\u2060"));
}

// src/report/text.ts
var ICON = { error: "\u2716", warning: "\u25B2", notice: "\u2022" };
var COLOR = { error: 31, warning: 33, notice: 36 };
function renderText(report, options) {
  const paint = (code, s) => options.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const bold = (s) => paint(1, s);
  const dim = (s) => paint(2, s);
  const out = [];
  const short2 = (sha) => sha.slice(0, 12);
  const { refs } = report;
  out.push(
    `${bold("migraph")} ${report.tool.version}  base ${inline(refs.baseName)} (${short2(refs.base)})  head ${inline(refs.headName)} (${short2(refs.head)})  fork point ${short2(refs.forkPoint)}`
  );
  for (const note of report.notes) out.push(dim(`  note: ${inline(note)}`));
  const groups = /* @__PURE__ */ new Map();
  for (const f3 of report.findings) {
    const key = `${f3.project}\0${f3.group}`;
    groups.set(key, [...groups.get(key) ?? [], f3]);
  }
  for (const [key, findings] of groups) {
    const [project, group] = key.split("\0");
    out.push("");
    out.push(bold(`${inline(group || "(project)")}`) + dim(`  ${findings[0].framework}${project && project !== group ? ` project ${inline(project)}` : ""}`));
    for (const f3 of findings) {
      const where = f3.location ? `${inline(f3.location.file)}${f3.location.span ? `:${f3.location.span.line}` : ""}` : "";
      const label = `${ICON[f3.severity]} ${f3.severity}${f3.preexisting ? " (already on base)" : ""}`;
      out.push(`  ${paint(COLOR[f3.severity], label)}  ${bold(f3.ruleId)}  ${dim(where)}`);
      for (const line of wrap(inline(f3.message), 100)) out.push(`    ${line}`);
      if (f3.ruleId === "multiple-leaves") out.push(...drawFork(f3).map((l3) => `      ${l3}`));
      if (f3.details?.changedLine) out.push(dim(`      changed line: ${inline(f3.details.changedLine)}`));
      if (options.showFixes !== false) {
        f3.fixes.forEach((fix, i) => out.push(...renderFix(fix, i + 1, f3.fixes.length, bold, dim)));
      }
    }
  }
  const { summary } = report;
  out.push("");
  const verdict = report.findings.length === 0 ? report.analyzed ? "No migration problems found." : "Nothing to check." : "";
  const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}`;
  out.push(
    `${verdict ? `${verdict} ` : ""}${counts} \xB7 ${plural(summary.migrations, "migration")} in ${plural(report.projects.length, "project")} \xB7 ${(report.timing.totalMs / 1e3).toFixed(2)} s`
  );
  return neutraliseLines(`${out.join("\n")}
`);
}
function drawFork(f3) {
  const fork = forkOf(f3);
  if (!fork) return [];
  const lines = [fork.forkPoint ? inline(fork.forkPoint) : "(no common ancestor)"];
  fork.branches.forEach((b3, i) => {
    lines.push(`${i === fork.branches.length - 1 ? "\u2514\u2500" : "\u251C\u2500"} ${b3.chain.map(inline).join(" \u2192 ")}  (${b3.side ?? "?"})`);
  });
  return lines;
}
function renderFix(fix, n, total, bold, dim) {
  const out = ["", `    ${bold(`Fix${total > 1 ? ` ${n}` : ""}: ${inline(fix.title)}`)}`];
  for (const line of wrap(inline(fix.description), 96)) out.push(`      ${dim(line)}`);
  for (const cmd of fix.commands) out.push(`      $ ${inline(cmd)}`);
  for (const edit of fix.edits) {
    if (edit.kind === "create") {
      out.push(`      new file ${inline(edit.path)}:`);
      out.push(...block(edit.content.replace(/\n$/, "")).map((l3) => `      \u2502 ${l3}`));
    } else {
      out.push(`      ${edit.kind === "rename" ? `rename ${inline(edit.from)} \u2192 ${inline(edit.to)}` : `edit ${inline(edit.path)}`}:`);
      out.push(...block(edit.diff.replace(/\n$/, "")).map((l3) => `      \u2502 ${l3}`));
    }
  }
  return out;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function wrap(text, width) {
  const lines = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

// src/demo.ts
var run = promisify(execFile);
async function runDemo(options) {
  const dir = await mkdtemp(join4(tmpdir2(), "migraph-demo-"));
  try {
    await buildDemoRepository(dir);
    const report = await analyze({ repo: dir, base: "main", head: "feature/product-category" });
    if (options.format === "json") {
      options.out(renderJson(report));
    } else {
      options.out(
        `Demo repository: ${options.keep ? dir : "(a temporary folder, deleted afterwards)"}
main has merged products/0023_add_user_profile; the branch feature/product-category adds products/0023_add_product_category.
$ migraph check --base main --head feature/product-category

`
      );
      options.out(renderText(report, { color: options.color }));
      const code = report.summary.errors > 0 ? 1 : 0;
      options.out(`
(migraph check would exit ${code} here: that is what fails the pull request's check.)
`);
    }
    return { dir, exitCode: report.summary.errors > 0 ? 1 : 0 };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}
var GIT_ENV = {
  GIT_AUTHOR_NAME: "Demo",
  GIT_AUTHOR_EMAIL: "demo@example.com",
  GIT_COMMITTER_NAME: "Demo",
  GIT_COMMITTER_EMAIL: "demo@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null"
};
async function buildDemoRepository(dir) {
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const git = async (...args) => {
    const date = new Date(clock += 36e5).toISOString();
    await run("git", args, { cwd: dir, env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  };
  const write = async (files) => {
    for (const [path2, content] of Object.entries(files)) {
      await mkdir(dirname2(join4(dir, path2)), { recursive: true });
      await writeFile(join4(dir, path2), content);
    }
  };
  const commit = async (message) => {
    await git("add", "--all");
    await git("commit", "--quiet", "--no-verify", "-m", message);
  };
  await git("init", "--quiet", "--initial-branch=main");
  const products = {};
  let previous = "";
  for (let n = 1; n <= 22; n++) {
    const name = n === 1 ? "0001_initial" : n === 22 ? "0022_last" : `${String(n).padStart(4, "0")}_product_field_${n}`;
    products[`products/migrations/${name}.py`] = migration(previous ? [["products", previous]] : [], operation(n), n === 1);
    previous = name;
  }
  await write({
    "manage.py": '#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n    from django.core.management import execute_from_command_line\n\n    execute_from_command_line(sys.argv)\n',
    "shop/__init__.py": "",
    "shop/settings.py": 'INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "products"]\nAUTH_USER_MODEL = "auth.User"\n',
    "products/__init__.py": "",
    "products/apps.py": 'from django.apps import AppConfig\n\n\nclass ProductsConfig(AppConfig):\n    default_auto_field = "django.db.models.BigAutoField"\n    name = "products"\n',
    "products/migrations/__init__.py": "",
    ...products
  });
  await commit("products: migrations up to 0022");
  await git("switch", "--quiet", "-c", "feature/product-category");
  await write({
    "products/migrations/0023_add_product_category.py": migration(
      [["products", "0022_last"]],
      '        migrations.AddField(\n            model_name="product",\n            name="category",\n            field=models.CharField(max_length=100, null=True),\n        ),\n'
    )
  });
  await commit("products: add a category to products");
  await git("switch", "--quiet", "main");
  await git("switch", "--quiet", "-c", "feature/user-profile");
  await write({
    "products/migrations/0023_add_user_profile.py": migration(
      [["products", "0022_last"], ["__swappable__", "AUTH_USER_MODEL"]],
      '        migrations.CreateModel(\n            name="UserProfile",\n            fields=[\n                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),\n                ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),\n            ],\n        ),\n'
    )
  });
  await commit("products: add user profiles");
  await git("switch", "--quiet", "main");
  await git("merge", "--quiet", "--no-ff", "-m", "Merge feature/user-profile", "feature/user-profile");
}
function operation(n) {
  if (n === 1) {
    return '        migrations.CreateModel(\n            name="Product",\n            fields=[\n                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),\n                ("name", models.CharField(max_length=200)),\n            ],\n        ),\n';
  }
  return `        migrations.AddField(
            model_name="product",
            name="field_${n}",
            field=models.IntegerField(default=0),
        ),
`;
}
function migration(dependencies, operations, initial = false) {
  const swappable = dependencies.some(([app]) => app === "__swappable__");
  const deps = dependencies.map(([app, name]) => app === "__swappable__" ? `        migrations.swappable_dependency(settings.${name}),
` : `        ("${app}", "${name}"),
`).join("");
  return [
    "# Generated by Django 5.1.4 on 2026-01-05 09:00\n\n",
    swappable ? "import django.db.models.deletion\nfrom django.conf import settings\n" : "",
    "from django.db import migrations, models\n\n\n",
    "class Migration(migrations.Migration):\n",
    initial ? "\n    initial = True\n" : "",
    `
    dependencies = [
${deps}    ]

`,
    `    operations = [
${operations}    ]
`
  ].join("");
}

// src/cli-main.ts
var COMMANDS = ["check", "demo", "help"];
var FORMATS = ["text", "json"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var HELP = `migraph ${VERSION}: predicts migration conflicts before a branch merges, and writes the fix.

Usage:
  migraph check [--repo DIR] [--base REF] [--head REF] [--format text|json] [--fail-on error|warning|notice|never]
  migraph demo              build a throwaway repository with a conflict and check it
  migraph --help | --version

check options:
  --repo DIR        the repository (default: the current folder)
  --base REF        what the change merges into (default: the remote's default branch)
  --head REF        the change (default: HEAD)
  --remote NAME     the remote to fetch missing history from in shallow clones (default: origin)
  --format FMT      text (default) or json (schema: docs/report.schema.json)
  --fail-on LEVEL   exit 1 when a finding is at least this severe (default: error)
  --color / --no-color

Exit codes: 0 no findings at --fail-on, 1 findings at --fail-on, 2 usage or runtime error.
`;
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        remote: { type: "string" },
        format: { type: "string", default: "text" },
        "fail-on": { type: "string", default: "error" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (err) {
    return usage(messageOf(err).replace(/\s*\n\s*/g, " "));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command = positionals[0] ?? (values.help ? "help" : void 0);
  if (command === "help" || values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = oneOf("--format", values.format, FORMATS);
  if (format instanceof Error) return usage(format.message);
  const failOn = oneOf("--fail-on", values["fail-on"], FAIL_ON);
  if (failOn instanceof Error) return usage(failOn.message);
  const color = values["no-color"] ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  try {
    if (command === "demo") {
      await runDemo({ color, format, out: (s) => process.stdout.write(s) });
      return 0;
    }
    if (command !== "check") {
      return usage(`${command === void 0 ? "Missing command." : `Unknown command '${command}'.`} Valid: ${COMMANDS.join(", ")}.`);
    }
    if (positionals.length > 1) return usage(`Unexpected argument '${positionals[1]}'.`);
    const report = await analyze({
      repo: values.repo ?? process.cwd(),
      ...values.base !== void 0 ? { base: values.base } : {},
      ...values.head !== void 0 ? { head: values.head } : {},
      ...values.remote !== void 0 ? { remote: values.remote } : {}
    });
    process.stdout.write(format === "json" ? renderJson(report) : renderText(report, { color }));
    return exitCodeFor(report, failOn);
  } catch (err) {
    const prefix = err instanceof UsageError ? "migraph" : "migraph failed";
    process.stderr.write(`${prefix}: ${messageOf(err)}
`);
    return 2;
  }
}
function exitCodeFor(report, failOn) {
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.findings.some((f3) => SEVERITY_RANK[f3.severity] >= threshold) ? 1 : 0;
}
function oneOf(flag, value, valid) {
  if (value !== void 0 && valid.includes(value)) return value;
  return new Error(`${flag} is '${value}'. Valid: ${valid.join(", ")}.`);
}
function usage(message) {
  process.stderr.write(`migraph: ${message}
Run 'migraph --help' for usage.
`);
  return 2;
}

export {
  GitRepo,
  analyze,
  mayChangeGraph2 as mayChangeGraph,
  renderJson,
  prose,
  codeSpan,
  codeBlock,
  tableRow,
  tableDivider,
  safeLink,
  shortSha,
  proseWithCode,
  forkOf,
  forkDiagram,
  inline,
  renderText,
  main,
  exitCodeFor
};
//# sourceMappingURL=chunk-JHXV6VY2.js.map
