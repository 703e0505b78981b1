import { createRequire as __migraphCreateRequire } from 'node:module'; const require = __migraphCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x4) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x4, {
  get: (a, b4) => (typeof require !== "undefined" ? require : a)[b4]
}) : x4)(function(x4) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x4 + '" is not supported');
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
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w3 = d2 * 7;
    var y3 = d2 * 365.25;
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
          return n * y3;
        case "weeks":
        case "week":
        case "w":
          return n * w3;
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
    function plural2(ms2, msAbs, n, name2) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name2 + (isPlural ? "s" : "");
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
        let hash2 = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash2 = (hash2 << 5) - hash2 + namespace.charCodeAt(i);
          hash2 |= 0;
        }
        return createDebug.colors[Math.abs(hash2) % createDebug.colors.length];
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
          set: (v3) => {
            enableOverride = v3;
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
      function enabled(name2) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name2, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name2, ns2)) {
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
    formatters.j = function(v3) {
      try {
        return JSON.stringify(v3);
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
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_4, k3) => {
        return k3.toUpperCase();
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
      const { namespace: name2, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name2} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name2 + " " + args[0];
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
    formatters.o = function(v3) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v3, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v3) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v3, this.inspectOpts);
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
    function __export2(m2) {
      for (var p3 in m2) if (!exports.hasOwnProperty(p3)) exports[p3] = m2[p3];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src2());
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
      let fail2;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail2 = _fail;
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
            fail2(error);
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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags2) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags2);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags2 = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags2[node.tag] = true;
          });
          tagNames = Object.keys(tags2);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k3 of Array.from(val.keys())) {
            const v0 = val.get(k3);
            const v1 = applyReviver(reviver, val, k3, v0);
            if (v1 === void 0)
              val.delete(k3);
            else if (v1 !== v0)
              val.set(k3, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k3, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k3, v0);
            if (v1 === void 0)
              delete val[k3];
            else if (v1 !== v0)
              val[k3] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v3, i) => toJS(v3, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c3 = getAliasCount(doc, item, anchors2);
          if (c3 > count)
            count = c3;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t3) => t3.tag === tagName);
        const tagObj = match.find((t3) => !t3.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t3) => t3.identify?.(value) && !t3.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v3 = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k3 = path2[i];
        if (typeof k3 === "number" && Number.isInteger(k3) && k3 >= 0) {
          const a = [];
          a[k3] = v3;
          v3 = a;
        } else {
          v3 = /* @__PURE__ */ new Map([[k3, v3]]);
        }
      }
      return createNode.createNode(v3, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent2) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent2 ? comment2.replace(/^(?! *$)/gm, indent2) : comment2;
    }
    var lineComment = (str, indent2, comment2) => str.endsWith("\n") ? indentComment(comment2, indent2) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent2) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j4 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j4])
                return text;
              folds.push(j4);
              escapedFolds[j4] = true;
              end = j4 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent2}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent2}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent2;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote: singleQuote2 } = ctx.options;
      let qs2;
      if (singleQuote2 === false)
        qs2 = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs2 = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs2 = doubleQuotedString;
        else
          qs2 = singleQuote2 ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags: tags2 } = ctx.doc.schema;
        if (tags2.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss2 = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t3 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t3);
        if (res === null)
          throw new Error(`Unsupported default string type ${t3}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags2, item) {
      if (item.tag) {
        const match = tags2.filter((t3) => t3.tag === item.tag);
        if (match.length > 0)
          return match.find((t3) => t3.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags2.filter((t3) => t3.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t3) => t3.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t3) => t3.format === item.format) ?? match.find((t3) => !t3.format);
      } else {
        obj = item;
        tagObj = tags2.find((t3) => t3.nodeClass && obj instanceof t3.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent2}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws2 = " ";
      if (keyComment || vsb || vcb) {
        ws2 = vsb ? "\n" : "";
        if (vcb) {
          const cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws2 === "\n" && valueComment)
            ws2 = "\n\n";
        } else {
          ws2 += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws2 = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws2 = "";
      }
      str += ws2 + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k3 = createNode.createNode(key, void 0, ctx);
      const v3 = createNode.createNode(value, void 0, ctx);
      return new Pair(k3, v3);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_4, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k3 = identity.isScalar(key) ? key.value : key;
      for (const it2 of items) {
        if (identity.isPair(it2)) {
          if (it2.key === key || it2.key === k3)
            return it2;
          if (identity.isScalar(it2.key) && it2.key.value === k3)
            return it2;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_4, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_4, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d2 = minFractionDigits - (n.length - i - 1);
        while (d2-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot2 = str.indexOf(".");
        if (dot2 !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot2 - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o2 = 0; i < n; ++i, o2 += lineWidth) {
            lines[i] = str.substr(o2, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn2 = pair2.value ?? pair2.key;
              cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i++), it2);
          let key, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys = Object.keys(it2);
            if (keys.length === 1) {
              key = keys[0];
              value = it2[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it2;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_4, ctx) {
        if (!ctx)
          return super.toJSON(_4);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot2 = str.indexOf(".");
        if (dot2 !== -1) {
          const f3 = str.substring(dot2 + 1).replace(/_/g, "");
          if (f3[f3.length - 1] === "0")
            node.minFractionDigits = f3.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_4, ctx) {
        return super.toJSON(_4, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p3) => res2 * num(60) + num(p3), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags2 = schemaTags;
      if (!tags2) {
        if (Array.isArray(customTags))
          tags2 = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      if (addMergeTag)
        tags2 = tags2.concat(merge.merge);
      return tags2.reduce((tags3, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags3.includes(tagObj))
          tags3.push(tagObj);
        return tags3;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags2 = require_tags();
    var sortMapEntriesByKey = (a, b4) => a.key < b4.key ? -1 : a.key > b4.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags2.getTags(compat, "compat") : compat ? tags2.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags2.coreKnownTags : {};
        this.tags = tags2.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs2 = commentString(doc.comment);
          if (cs2.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs2, ""));
          } else {
            lines.push(`... ${cs2}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v3) => typeof v3 === "number" || v3 instanceof String || v3 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k3 = this.createNode(key, null, options);
        const v3 = this.createNode(value, null, options);
        return new Pair.Pair(k3, v3);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab2 = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab2) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab2 = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab2 = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab2 && (atNewline && tab2.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st2 of key.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b4) => a === b4 || identity.isScalar(a) && identity.isScalar(b4) && a.value === b4.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs2.offset;
      let commentEnd = null;
      for (const { start, value } of bs2.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs2.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st2 of sep) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce2, ...ee4] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee4.unshift(ce2);
      }
      if (ee4.length > 0) {
        const end = resolveEnd.resolveEnd(ee4, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t3) => t3.tag === tagName && t3.collection === expType);
      if (!tag) {
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines3(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content2 = lines[i][1];
        if (content2 === "" || content2 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content2] = lines[i];
        if (content2 === "" || content2 === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content2.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content2] = lines[i];
        offset += indent2.length + content2.length + 1;
        const crlf = content2[content2.length - 1] === "\r";
        if (crlf)
          content2 = content2.slice(0, -1);
        if (content2 && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content2.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent2.slice(trimIndent) + content2;
          sep = "\n";
        } else if (indent2.length > trimIndent || content2[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent2.slice(trimIndent) + content2;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content2 === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content2;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment: comment2, length };
    }
    function splitLines3(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs2 = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs2}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (identity.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st2 of sep)
          res += st2.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs2 = line.indexOf("#");
          while (cs2 !== -1) {
            const ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else {
              cs2 = line.indexOf("#", cs2 + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf("\n", cs2);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf("\n", cs2);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs2 = this.continueScalar(i + 1);
              if (cs2 === -1)
                break;
              i = Math.max(i, cs2 - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep = it2.sep;
                  sep.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it2, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it2.sep)
                this.stack.push(fs2);
              else
                Object.assign(it2, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

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

// src/cli-main.ts
import { parseArgs } from "node:util";

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
  const t3 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t3 && (yield o2);
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
  const t3 = n.at(0)?.toLowerCase();
  return t3 === void 0 ? null : E.has(t3) ? w(true, n.slice(1)) : F.has(t3) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t3 = n.at(0)?.toLowerCase();
  return t3 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t3,
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
    const t3 = N(n), o2 = t3 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t3
    });
  }
}
function D(e, n, t3) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t3)
  ), o2;
}
function L(e, n, t3) {
  if (t3 === null)
    return;
  const o2 = O(n, t3);
  t3.isWrite ? e.write.push(o2) : e.read.push(o2);
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
    const t3 = e.indexOf("=");
    if (t3 > 2)
      return [{ name: e.slice(0, t3), value: e.slice(t3 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t3 = e.charAt(1), o2 = n.short.get(t3);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t3 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t3.length; a++) {
    const s = t3[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t3.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t3 = 0;
  for (; t3 < e.length; ) {
    const o2 = String(e[t3]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t3 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t3 = s;
  }
  return { flags: n, taskIndex: t3 };
}
function V(e, n, t3 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p3 = String(i);
    if (p3 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p3.startsWith("-") || p3.length < 2) {
      a.push(p3), r2++;
      continue;
    }
    const m2 = b(p3, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t3.push(g2);
    }
    r2 = u2;
  }
  return { flags: t3, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t3 of K) {
      const o2 = t3(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t3 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t3} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t3 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t3, n, e);
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
  for (const t3 of n)
    for (const o2 of X) {
      const a = o2(e, t3);
      a && (yield a);
    }
}
function c2(e, n, t3, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t3}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t3,
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
function k(e, n, t3) {
  return [...H(e, n), ...q(t3)];
}
function Y(...e) {
  const { flags: n, taskIndex: t3 } = W(e), o2 = t3 < e.length ? String(e[t3]).toLowerCase() : null, a = o2 !== null ? e.slice(t3 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
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
  for (let t3 = 0; t3 < n; t3++) {
    const o2 = e[`git_config_key_${t3}`], a = e[`git_config_value_${t3}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t3 = y[n];
      yield {
        category: t3,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t3}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t3, o2] of Object.entries(e)) {
    const a = t3.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t3 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t3)
  ];
  return {
    config: t3,
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
function Ne(t3) {
  return typeof t3 != "function" ? W2 : t3;
}
function $e(t3) {
  return typeof t3 == "function" && t3 !== W2;
}
function Pe(t3, e) {
  const n = t3.indexOf(e);
  return n <= 0 ? [t3, ""] : [t3.substr(0, n), t3.substr(n + 1)];
}
function Me(t3, e = 0) {
  return Dt(t3) && t3.length > e ? t3[e] : void 0;
}
function N2(t3, e = 0) {
  if (Dt(t3) && t3.length > e)
    return t3[t3.length - 1 - e];
}
function Dt(t3) {
  return Bt(t3);
}
function H2(t3 = "", e = true, n = `
`) {
  return t3.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t3, e) {
  return H2(t3, true).map((n) => e(n));
}
function Lt(t3) {
  return (0, import_file_exists.exists)(t3, import_file_exists.FOLDER);
}
function S2(t3, e) {
  return Array.isArray(t3) ? t3.includes(e) || t3.push(e) : t3.add(e), e;
}
function De(t3, e) {
  return Array.isArray(t3) && !t3.includes(e) && t3.push(e), t3;
}
function ct(t3, e) {
  if (Array.isArray(t3)) {
    const n = t3.indexOf(e);
    n >= 0 && t3.splice(n, 1);
  } else
    t3.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t3) {
  return Array.isArray(t3) ? t3 : [t3];
}
function jt(t3) {
  return t3.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t3) {
  return v(t3).map((e) => e instanceof String ? e : String(e));
}
function p(t3, e = 0) {
  if (t3 == null)
    return e;
  const n = parseInt(t3, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t3, e) {
  const n = [];
  for (let r2 = 0, s = t3.length; r2 < s; r2++)
    n.push(e, t3[r2]);
  return n;
}
function F2(t3) {
  return (Array.isArray(t3) ? Buffer.concat(t3) : t3).toString("utf-8");
}
function Le(t3) {
  return t3 ? Buffer.isBuffer(t3) ? t3.length : Buffer.byteLength(t3) : 0;
}
function je(t3, e) {
  const n = {};
  return e.forEach((r2) => {
    t3[r2] !== void 0 && (n[r2] = t3[r2]);
  }), n;
}
function wt(t3 = 0) {
  return new Promise((e) => setTimeout(e, t3));
}
function bt(t3) {
  if (t3 !== false)
    return t3;
}
function d(t3, e, n) {
  return e(t3) ? t3 : arguments.length > 2 ? n : void 0;
}
var K2 = (t3) => Array.isArray(t3);
function st(t3, e) {
  const n = r(t3) ? "string" : typeof t3;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t3) => typeof t3 == "string" || r(t3);
var Be = (t3) => m(t3) || Buffer.isBuffer(t3);
var G2 = (t3) => m(t3) || Array.isArray(t3) && t3.every(m);
function lt(t3) {
  return !!t3 && ft(t3) === "[object Object]";
}
function Ie(t3) {
  return typeof t3 == "function";
}
var Bt = (t3) => t3 == null || "number|boolean|function".includes(typeof t3) ? false : typeof t3.length == "number";
var V2 = /* @__PURE__ */ ((t3) => (t3[t3.SUCCESS = 0] = "SUCCESS", t3[t3.ERROR = 1] = "ERROR", t3[t3.NOT_FOUND = -2] = "NOT_FOUND", t3[t3.UNCLEAN = 128] = "UNCLEAN", t3))(V2 || {});
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
function Ge(...t3) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t3.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t3, e = []) {
  return lt(t3) ? Object.keys(t3).reduce((n, r2) => {
    const s = t3[r2];
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
function h2(t3, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t3.length : e; s < o2; s++)
    "string|number".includes(typeof t3[s]) && r2.push(String(t3[s]));
  return It(ht(t3), r2), n || r2.push(...ze(t3)), r2;
}
function ze(t3) {
  const e = typeof N2(t3) == "function";
  return L2(d(N2(t3, e ? 1 : 0), K2, []));
}
function ht(t3) {
  const e = Ie(N2(t3));
  return d(N2(t3, e ? 1 : 0), lt);
}
function u(t3, e = true) {
  const n = Ne(N2(t3));
  return e || $e(n) ? n : void 0;
}
function Tt(t3, e) {
  return t3(e.stdOut, e.stdErr);
}
function E2(t3, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y3 = 0) => {
        if (!(i + y3 >= a))
          return o2[i + y3];
      };
      e.some(({ parse: y3 }) => y3(c3, t3));
    }
  }), t3;
}
var mt = ({ exitCode: t3 }, e, n, r2) => {
  if (t3 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t3) => t3.trim() === "true";
function We(t3) {
  switch (t3) {
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
function Ve(t3) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t3));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t3, e) {
  const n = new Xe(t3), r2 = t3 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t3) {
  return {
    commands: Ft,
    format: "empty",
    parser: t3
  };
}
function b2(t3) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t3 == "string" ? new xe(t3) : t3;
    }
  };
}
function g(t3, e = false) {
  return {
    commands: t3,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t3) {
  return {
    commands: t3,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t3) {
  return t3.format === "buffer";
}
function kt(t3) {
  return t3.format === "empty" || !t3.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t3) => (t3.DRY_RUN = "n", t3.FORCE = "f", t3.IGNORED_INCLUDED = "x", t3.IGNORED_ONLY = "X", t3.EXCLUDING = "e", t3.QUIET = "q", t3.RECURSIVE = "d", t3))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t3, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t3);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t3)) : b2(rn);
}
function an(t3, e) {
  return {
    commands: ["clean", `-${t3}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t3 === "n", r2);
    }
  };
}
function un(t3) {
  return Array.isArray(t3) && t3.every((e) => qt.has(e));
}
function cn(t3) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t3.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t3) {
  return t3 === "f" || t3 === "n";
}
function ln(t3) {
  return /^-[a-z]$/i.test(t3) && qt.has(t3.charAt(1));
}
function hn(t3) {
  return /^-[^\-]/.test(t3) ? t3.indexOf("i") > 0 : t3 === "--interactive";
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
function pn(t3) {
  const e = new mn();
  for (const n of Wt(t3))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t3, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t3, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t3) {
  return t3.replace(/^(file):/, "");
}
function* Wt(t3, e = null) {
  const n = t3.split("\0");
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
var Ht = /* @__PURE__ */ ((t3) => (t3.system = "system", t3.global = "global", t3.local = "local", t3.worktree = "worktree", t3))(Ht || {});
function Y2(t3, e) {
  return typeof t3 == "string" && Object.hasOwn(Ht, t3) ? t3 : e;
}
function yn(t3, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t3, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t3, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t3];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t3);
    }
  };
}
function bn(t3) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t3 && e.push(`--${t3}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t3, e, ...n) {
      return this._runTask(
        yn(
          t3,
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
    getConfig(t3, e) {
      return this._runTask(
        wn(t3, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t3) {
      return this._runTask(
        bn(Y2(t3[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t3) => (t3.ADDED = "A", t3.COPIED = "C", t3.DELETED = "D", t3.MODIFIED = "M", t3.RENAMED = "R", t3.CHANGED = "T", t3.UNMERGED = "U", t3.UNKNOWN = "X", t3.BROKEN = "B", t3))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t3) {
  return kn.has(t3);
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
function Sn(...t3) {
  return new En().param(...t3);
}
function Rn(t3) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t3, (r2) => {
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
    grep(t3) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t3 == "string" && (t3 = Sn().param(t3));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t3];
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
var Vt = /* @__PURE__ */ ((t3) => (t3.MIXED = "mixed", t3.SOFT = "soft", t3.HARD = "hard", t3.MERGE = "merge", t3.KEEP = "keep", t3))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t3, e) {
  const n = ["reset"];
  return Xt(t3) && n.push(`--${t3}`), n.push(...e), g(n);
}
function xn(t3) {
  if (Xt(t3))
    return t3;
  switch (typeof t3) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t3) {
  return typeof t3 == "string" && Cn.includes(t3);
}
import_debug.default.formatters.L = (t3) => String(Bt(t3) ? t3.length : "-");
import_debug.default.formatters.B = (t3) => Buffer.isBuffer(t3) ? t3.toString("utf8") : ft(t3);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t3, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t3(r2, ...s), n(r2, ...s);
  } : t3 : (r2, ...s) => {
    t3(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t3, e, { namespace: n }) {
  if (typeof t3 == "string")
    return t3;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t3, e, n, r2 = Nn()) {
  const s = t3 && `[${t3}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y3(n);
  function c3(w3, T3) {
    return S2(
      o2,
      $2(t3, a.replace(/^[^:]+/, w3), T3, r2)
    );
  }
  function y3(w3) {
    const T3 = w3 && `[${w3}]` || "", k3 = i && vt(i, T3) || W2, C3 = vt(r2, `${s} ${T3}`, k3);
    return Object.assign(i ? k3 : C3, {
      label: t3,
      sibling: c3,
      info: C3,
      step: y3
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
    return new Promise((y3, w3) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T3 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T3 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T3,
          (k3) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k3)), y3(
              new z2(
                Array.isArray(k3) ? Buffer.concat(k3) : k3,
                Buffer.concat(c3)
              )
            );
          },
          w3
        );
      if (T3)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w3(T3);
      s.info("retrieving task output complete"), y3(new z2(Buffer.concat(a), Buffer.concat(c3)));
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
      const y3 = [], w3 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T3 = this._beforeSpawn(e, r2);
      if (T3)
        return c3({
          stdOut: y3,
          stdErr: w3,
          exitCode: 9901,
          rejection: T3
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C3) {
          T3 = C3 || T3;
        }
      });
      const k3 = ve(n, r2, a);
      k3.stdout.on(
        "data",
        Et(y3, "stdOut", o2, i.step("stdOut"))
      ), k3.stderr.on(
        "data",
        Et(w3, "stdErr", o2, i.step("stdErr"))
      ), k3.on("error", Mn(w3, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k3.stdout, k3.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k3,
        close(C3, Te) {
          c3({
            stdOut: y3,
            stdErr: w3,
            exitCode: C3,
            rejection: T3 || Te
          });
        },
        kill(C3) {
          k3.killed || (T3 = C3, k3.kill("SIGINT"));
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
function Mn(t3, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t3.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t3, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t3.push(s);
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
function Ln(t3, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t3 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t3, e) {
  return tn((n) => {
    if (!Lt(t3))
      throw new Error(`Git.cwd: cannot change to non-directory "${t3}"`);
    return (e || n).cwd = t3;
  });
}
function Q2(t3) {
  const e = ["checkout", ...t3];
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
    checkoutBranch(t3, e) {
      return this._runTask(
        Q2(["-b", t3, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t3) {
      return this._runTask(
        Q2(["-b", t3, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t3, e, n) => {
  const r2 = ["clone", ...n];
  return m(t3) && r2.push(c(t3)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t3, e, n) => (S2(n, "--mirror"), Yt(t3, e, n));
function Rt(t3, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t3}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t3, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t3, m), ...e),
        u(arguments)
      );
    },
    mirror(t3, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t3, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t3, [e, n, r2]) => {
    t3.branch = e, t3.commit = r2, t3.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t3, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t3.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t3, [e, n, r2]) => {
      t3.summary.changes = parseInt(e, 10) || 0, t3.summary.insertions = parseInt(n, 10) || 0, t3.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t3, [e, n, r2]) => {
      t3.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t3.summary.deletions = s : r2 === "+" && (t3.summary.insertions = s);
    }
  )
];
function Fn(t3) {
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
  }, Un, t3);
}
function Gn(t3, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t3, "-m"),
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
      const r2 = u(arguments), s = t3(e) || Gn(
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
  function t3(e) {
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
  (t3, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t3, r2) && (t3[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t3) {
          return E2(qn(), [Wn], t3);
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
function Vn(t3, e) {
  const n = ["hash-object", t3];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t3, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t3, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t3, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t3, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t3) {
  return t3.includes(Qt);
}
function Zn(t3 = false, e, n) {
  const r2 = ["init", ...n];
  return t3 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t3) {
  return t3 === void 0 ? b2("interpretTrailers called without input content") : {
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
    input: t3
  };
}
function er() {
  return {
    interpretTrailers(t3) {
      return this._runTask(
        tr(d(t3, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t3) => (t3.NONE = "", t3.STAT = "--stat", t3.NUM_STAT = "--numstat", t3.NAME_ONLY = "--name-only", t3.NAME_STATUS = "--name-status", t3))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t3) {
  for (let e = 0; e < t3.length; e++) {
    const n = Jt.exec(t3[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t3) {
  return Jt.test(t3);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t3, [e, n, r2 = ""]) => {
      t3.files.push({
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
    (t3, [e, n, r2]) => {
      t3.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t3, [e]) => {
    t3.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t3, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t3.changed = p(e), t3.insertions = p(r2?.[1]), t3.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t3, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t3.changed++, t3.insertions += s, t3.deletions += o2, t3.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t3, [e]) => {
    t3.changed++, t3.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t3, [e]) => {
    t3.changed++, t3.files.push({
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
    (t3, [e, n, r2, s, o2]) => {
      t3.changed++, t3.files.push({
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
function Zt(t3 = R2.NONE) {
  const e = ar[t3];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t3, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t3[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t3 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t3), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t3) {
  let e = pt(t3);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t3), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t3) {
  const e = t3.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t3.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t3) => (t3[t3["--pretty"] = 0] = "--pretty", t3[t3["max-count"] = 1] = "max-count", t3[t3.maxCount = 2] = "maxCount", t3[t3.n = 3] = "n", t3[t3.file = 4] = "file", t3[t3.format = 5] = "format", t3[t3.from = 6] = "from", t3[t3.to = 7] = "to", t3[t3.splitter = 8] = "splitter", t3[t3.symmetric = 9] = "symmetric", t3[t3.mailMap = 10] = "mailMap", t3[t3.multiLine = 11] = "multiLine", t3[t3.strictDate = 12] = "strictDate", t3))(se || {});
function lr(t3, e) {
  const n = [], r2 = [];
  return Object.keys(t3).forEach((s) => {
    n.push(s), r2.push(String(t3[s]));
  }), [n, r2.join(e)];
}
function hr(t3) {
  return Object.keys(t3).reduce((e, n) => (n in se || (e[n] = t3[n]), e), {});
}
function oe2(t3 = {}, e = []) {
  const n = d(t3.splitter, m, ne2), r2 = lt(t3.format) ? t3.format : {
    hash: "%H",
    date: t3.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t3.multiLine ? "%B" : "%b",
    author_name: t3.mailMap !== false ? "%aN" : "%an",
    author_email: t3.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t3.n || t3["max-count"] || t3.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t3.from || t3.to) {
    const y3 = t3.symmetric !== false ? "..." : "..";
    i.push(`${t3.from || ""}${y3}${t3.to || ""}`);
  }
  return m(t3.file) && a.push("--follow", c(t3.file)), It(hr(t3), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t3, e, n) {
  const r2 = re(t3, e, pt(n));
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
      ), o2 = e(...n) || dt(s.commands) || t3(s);
      return this._runTask(o2, r2);
    }
  };
  function t3(n) {
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
function tt(t3) {
  return t3.objects = t3.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t3) {
  const e = /^\s*(\d+)/.exec(t3), n = /delta (\d+)/i.exec(t3);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t3, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t3.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t3, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t3.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t3, [e, n, r2]) => {
      const s = tt(t3.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t3, [e]) => (t3.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t3, [e]) => {
      t3.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t3, [e, n, r2]) => {
      t3.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t3, e) {
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
  new l2(Tr, (t3, [e, n, r2]) => {
    t3.files.push(e), n && (t3.insertions[e] = n.length), r2 && (t3.deletions[e] = r2.length);
  }),
  new l2(kr, (t3, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t3.summary.changes = +e || 0, t3.summary.insertions = +n || 0, t3.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t3, [e, n]) => {
    S2(t3.files, n), S2(e === "create" ? t3.created : t3.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t3, [e]) => {
    t3.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t3, [e]) => {
    t3.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t3, [e, n, r2, s]) => {
      t3.branch.local = r2, t3.hash.local = e, t3.branch.remote = s, t3.hash.remote = n;
    }
  )
];
var Sr = (t3, e) => E2(new ie(), vr, [t3, e]);
var ue = (t3, e) => Object.assign(
  new ie(),
  Sr(t3, e),
  ae(t3, e)
);
function Rr(t3, e) {
  const n = E2(new gr(), Er, [t3, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t3, [e]) => {
    t3.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t3, [e, n]) => {
    t3.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t3, [e, n, r2]) => {
      t3.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t3, [e]) => {
    t3.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t3, [e]) => {
    t3.result = e;
  })
];
var Cr = (t3, e) => Object.assign(Ar(t3), ue(t3, e));
var Ar = (t3) => E2(new dr(), Or, t3);
function At(t3) {
  return t3.length ? {
    commands: ["merge", ...t3],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t3, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t3), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t3,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t3, [e]) => {
    t3.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t3, [e]) => {
    t3.ref = {
      ...t3.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t3, [e, n, r2]) => {
    t3.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t3, [e, n, r2]) => {
      t3.branch = {
        ...t3.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t3, [e, n, r2, s]) => {
      t3.update = {
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
var $r = (t3, e) => {
  const n = Pr(t3, e), r2 = ae(t3, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t3, e) => E2({ pushed: [] }, Nr, [t3, e]);
function Mr(t3 = {}, e) {
  return S2(e, "--tags"), ce(t3, e);
}
function ce(t3 = {}, e) {
  const n = ["push", ...e];
  return t3.branch && n.splice(1, 0, t3.branch), t3.remote && n.splice(1, 0, t3.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t3 = ["show", ...h2(arguments, 1)];
      return t3.includes("--binary") || t3.splice(1, 0, "--binary"), this._runTask(
        Gt(t3),
        u(arguments)
      );
    },
    show() {
      const t3 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t3),
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
function xt(t3) {
  const [e, n] = t3.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t3, e, n) {
  return [`${t3}${e}`, n];
}
function et(t3, ...e) {
  return e.map((n) => _2(t3, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t3, e) => t3.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t3, e) => t3.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t3, e) => t3.modified.push(e)
  ),
  _2("A", " ", (t3, e) => {
    t3.created.push(e), t3.staged.push(e);
  }),
  _2("A", "M", (t3, e) => {
    t3.created.push(e), t3.staged.push(e), t3.modified.push(e);
  }),
  _2("D", " ", (t3, e) => {
    t3.deleted.push(e), t3.staged.push(e);
  }),
  _2("M", " ", (t3, e) => {
    t3.modified.push(e), t3.staged.push(e);
  }),
  _2("M", "M", (t3, e) => {
    t3.modified.push(e), t3.staged.push(e);
  }),
  _2("R", " ", (t3, e) => {
    t3.renamed.push(xt(e));
  }),
  _2("R", "M", (t3, e) => {
    const n = xt(e);
    t3.renamed.push(n), t3.modified.push(n.to);
  }),
  _2("!", "!", (t3, e) => {
    (t3.ignored = t3.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t3, e) => t3.not_added.push(e)
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
    (t3, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t3.ahead = a && +a[1] || 0, a = r2.exec(e), t3.behind = a && +a[1] || 0, a = s.exec(e), t3.current = d(a?.[1], m, null), a = o2.exec(e), t3.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t3.current = d(a?.[1], m, t3.current)), t3.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t3) {
  const e = t3.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t3, e) {
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
    c3 && c3(t3, i), a !== "##" && a !== "!!" && t3.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t3) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t3.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t3 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t3,
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
        onError(t3, e, n, r2) {
          if (t3.exitCode === V2.NOT_FOUND)
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
    (t3, [e, n, r2, s = ""]) => {
      Object.assign(
        t3,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t3, [e, n, r2, s = ""]) => {
      Object.assign(t3, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t3) {
  return t3 === fe ? qr() : E2(q2(0, 0, 0, t3), Hr, t3);
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
  let t3 = 0;
  return () => {
    t3++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t3
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
function Yr(t3, e) {
  return g(["apply", ...e, ...t3]);
}
var he = /* @__PURE__ */ ((t3) => (t3.CURRENT = "*", t3.LINKED = "+", t3))(he || {});
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
    (t3, [e, n, r2, s]) => {
      t3.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t3, [e, n, r2, s]) => {
      t3.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t3, [e]) => {
  t3.push(he.CURRENT, false, e, "", "");
});
function Nt(t3) {
  return t3 ? t3.charAt(0) : "";
}
function me(t3, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t3
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
function es(t3, e) {
  return {
    branch: t3,
    hash: e,
    success: true
  };
}
function ns(t3) {
  return {
    branch: t3,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t3, [e, n]) => {
    const r2 = es(e, n);
    t3.all.push(r2), t3.branches[e] = r2;
  }),
  new l2(pe, (t3, [e]) => {
    const n = ns(e);
    t3.errors.push(n), t3.all.push(n), t3.branches[e] = n;
  })
];
var gt = (t3, e) => E2(new ts(), ss, [t3, e]);
function de(t3, e) {
  return e === V2.ERROR && pe.test(t3);
}
function os(t3) {
  const e = ["-d", "-D", "--delete"];
  return t3.some((n) => e.includes(n));
}
function is(t3) {
  const e = os(t3), n = t3.includes("--show-current"), r2 = ["branch", ...t3];
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
    parser(t3) {
      return me(t3);
    }
  };
}
function us(t3, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t3],
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
function cs(t3, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t3],
    parser(r2, s) {
      return gt(r2, s).branches[t3];
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
function fs(t3) {
  return {
    commands: ["check-ignore", ...t3],
    format: "utf-8",
    parser: ls
  };
}
function ls(t3) {
  return t3.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t3) {
  const e = t3.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t3, [e]) => {
    t3.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t3, [e, n]) => {
    t3.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t3, [e, n]) => {
    t3.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t3, [e]) => {
    t3.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t3, [e, n, r2, s]) => {
      t3.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t3, e) {
  return E2({
    raw: t3,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t3, e]);
}
function ds(t3) {
  return /^--upload-pack(=|$)/.test(t3);
}
function gs(t3, e, n) {
  const r2 = ["fetch", ...n];
  return t3 && e && r2.push(t3, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t3, [e, n]) => {
    t3.moves.push({ from: e, to: n });
  })
];
function ws(t3) {
  return E2({ moves: [] }, ys, t3);
}
function bs(t3, e) {
  return {
    commands: ["mv", "-v", ...v(t3), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t3, e, n) {
  const r2 = ["pull", ...n];
  return t3 && e && r2.splice(1, 0, t3, e), {
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
function ks(t3) {
  const e = {};
  return ge(t3, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t3) {
  const e = {};
  return ge(t3, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t3, e) {
  ut(t3, (n) => e(n.split(/\s+/)));
}
function vs(t3, e, n) {
  return g(["remote", "add", ...n, t3, e]);
}
function Es(t3) {
  const e = ["remote"];
  return t3 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t3 ? _s : ks
  };
}
function Ss(t3) {
  const e = [...t3];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t3) {
  const e = [...t3];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t3) {
  return g(["remote", "remove", t3]);
}
function Cs(t3 = {}, e) {
  const n = oe2(t3), r2 = ["stash", "list", ...n.commands, ...e], s = re(
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
function As(t3, e) {
  return X2(["add", t3, e]);
}
function xs(t3) {
  return X2(["init", ...t3]);
}
function X2(t3) {
  const e = [...t3];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t3) {
  return X2(["update", ...t3]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t3, e = false) {
  const n = t3.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y3 = Math.max(i.length, a.length); c3 < y3; c3++) {
      const w3 = ye(B2(i[c3]), B2(a[c3]));
      if (w3)
        return w3;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t3, e) {
  const n = Number.isNaN(t3), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t3, e) : 0;
}
function ye(t3, e) {
  return t3 === e ? 0 : t3 > e ? 1 : -1;
}
function Ds(t3) {
  return t3.trim();
}
function B2(t3) {
  return typeof t3 == "string" && parseInt(t3.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t3 = []) {
  const e = t3.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t3],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t3) {
  return {
    format: "utf-8",
    commands: ["tag", t3],
    parser() {
      return { name: t3 };
    }
  };
}
function Bs(t3, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t3],
    parser() {
      return { name: t3 };
    }
  };
}
function f2(t3, e) {
  this._plugins = e, this._executor = new Dn(
    t3.baseDir,
    new Xr(t3.maxConcurrentProcesses),
    e
  ), this._trimmed = t3.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t3) {
  return this._plugins.reconfigure("binary", t3), this;
};
f2.prototype.env = function(t3, e) {
  return arguments.length === 1 && typeof t3 == "object" ? this._executor.env = t3 : (this._executor.env = this._executor.env || {})[t3] = e, this;
};
f2.prototype.stashList = function(t3) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t3) && t3 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t3, e) {
  return this._runTask(bs(t3, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t3) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t3);
    });
  });
};
f2.prototype.pull = function(t3, e, n, r2) {
  return this._runTask(
    Ts(
      d(t3, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t3, e) {
  return this._runTask(
    gs(
      d(t3, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t3, e) {
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
f2.prototype.reset = function(t3) {
  return this._runTask(
    An(xn(t3), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t3) {
  const e = u(arguments);
  return typeof t3 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t3]),
    e
  );
};
f2.prototype.addTag = function(t3) {
  const e = typeof t3 == "string" ? js(t3) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t3, e) {
  return this._runTask(
    Bs(t3, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t3, e, n) {
  return this._runTask(
    cs(t3, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t3, e, n) {
  return this._runTask(
    us(t3, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t3, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t3) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t3) {
  const e = !Array.isArray(t3), n = [].slice.call(e ? arguments : t3, 0);
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
f2.prototype.submoduleAdd = function(t3, e, n) {
  return this._runTask(As(t3, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t3, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t3, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t3, e) {
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
f2.prototype.addRemote = function(t3, e, n) {
  return this._runTask(
    vs(t3, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t3, e) {
  return this._runTask(Os(t3), u(arguments));
};
f2.prototype.getRemotes = function(t3, e) {
  return this._runTask(Es(t3 === true), u(arguments));
};
f2.prototype.remote = function(t3, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t3, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t3) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t3, e) {
  const n = Mr(
    { remote: d(t3, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t3) {
  return this._runTask(
    g(["rm", "-f", ...v(t3)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t3) {
  return this._runTask(
    g(["rm", "--cached", ...v(t3)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t3, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t3, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t3 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t3, e) {
  const n = m(t3) ? b2(
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
f2.prototype.applyPatch = function(t3) {
  const e = G2(t3) ? Yr(v(t3), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t3 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t3, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t3, e, n) {
  const r2 = un(t3), s = r2 && t3.join("") || d(t3, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t3) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t3 == "function" && t3();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t3, e) {
  return this._runTask(
    fs(v(d(t3, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t3, e) {
  return this._runTask(
    We(d(t3, m)),
    u(arguments)
  );
};
function Is(t3) {
  return t3 ? [{
    type: "spawn.before",
    action(r2, s) {
      t3.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t3.addEventListener("abort", o2), s.spawned.on("close", () => t3.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t3, e = false) {
  const n = new Set(t3.map((r2) => r2.toLowerCase().trim()));
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
function Gs(t3) {
  const e = t3.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t3 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t3[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t3) {
  const e = U(t3, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t3 = true,
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
      t3 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t3, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
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
      let c3 = true, y3 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y3), o2.stderr?.on("data", y3), o2.on("error", y3), o2.on("close", (w3) => a.close(w3)), o2.on("exit", (w3) => a.exit(w3));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w3) {
        i(a.exitCode, w3);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t3) {
  return !t3 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t3);
}
function Pt(t3, e) {
  if (t3.length < 1 || t3.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t3.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t3);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t3;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t3, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t3.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t3.append("spawn.binary", () => r2.binary), t3.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
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
function Ys(t3) {
  if (!t3)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t3.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t3) {
  return !!(t3.exitCode && t3.stdErr.length);
}
function Zs(t3) {
  return Buffer.concat([...t3.stdOut, ...t3.stdErr]);
}
function to(t3 = false, e = Js, n = Zs) {
  return (r2, s) => !t3 && r2 || !e(s) ? r2 : n(s);
}
function eo(t3, e) {
  return t3 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t3) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t3(e.error, {
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
function no(t3) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t3?.([...n]) ?? r2;
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
function so(t3) {
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
        c3 && t3({
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
function oo(t3) {
  return String(t3.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t3) {
  const e = je(t3, ["uid", "gid"]);
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
    action(t3) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t3.length; s++) {
        const o2 = t3[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t3.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
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
  block: t3,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t3 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t3);
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
var wo = (t3, e) => {
  const n = new ro(), r2 = Ge(
    t3 && (typeof t3 == "string" ? { baseDir: t3 } : t3) || {},
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
  const k3 = key.toLowerCase().trim();
  return k3.startsWith("git_") || GUARDED_PLAIN_KEYS.has(k3);
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
  /**
   * Reads the objects named by `ids` and returns their raw bytes keyed by the id as given. Ids git
   * does not have (or finds ambiguous) are absent from the result. Calls may overlap: each writes its
   * whole request at once and git answers in order, so calls are served one after the other.
   */
  read(ids2) {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error(`${formatCommand(this.args)}: the blob reader is closed`));
    for (const id2 of ids2) {
      if (id2.length === 0 || /[\0\r\n]/.test(id2)) {
        return Promise.reject(new Error(`Invalid object id for ${formatCommand(this.args)}: ${JSON.stringify(id2)}`));
      }
    }
    if (ids2.length === 0) return Promise.resolve(/* @__PURE__ */ new Map());
    const child = this.start();
    const done = new Promise((resolve, reject) => {
      this.batches.push({ ids: [...ids2], next: 0, found: /* @__PURE__ */ new Map(), resolve, reject });
      child.stdin.write(this.buffered ? `contents ${ids2.join("\ncontents ")}
flush
` : `${ids2.join("\n")}
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
    const id2 = batch?.ids[batch.next];
    if (id2 === void 0) {
      this.fail(new Error(`${formatCommand(this.args)} answered a request that was never made: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    if (line.endsWith(" missing") || line.endsWith(" ambiguous")) {
      this.answer(id2, void 0);
      return;
    }
    const match = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(line);
    if (!match) {
      this.fail(new Error(`${formatCommand(this.args)} gave an unexpected header for ${id2}: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    const size = Number(match[1]);
    if (size === 0) {
      this.skip = 1;
      this.answer(id2, Buffer.alloc(0));
      return;
    }
    this.body = { id: id2, data: Buffer.allocUnsafe(size), filled: 0 };
  }
  answer(id2, data) {
    const batch = this.batches[0];
    if (!batch) return;
    if (data) batch.found.set(id2, data);
    batch.next++;
    if (batch.next === batch.ids.length) {
      this.batches.shift();
      batch.resolve(batch.found);
    }
  }
};

// src/git/parse.ts
var SUBMODULE_MODE = "160000";
function isNullId(id2) {
  return /^0+$/.test(id2);
}
function parseLsTree(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    if (record === "") continue;
    const tab2 = record.indexOf("	");
    if (tab2 < 0) throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    const [mode, type, blob, size] = record.slice(0, tab2).trim().split(/ +/);
    if (mode === void 0 || type === void 0 || blob === void 0 || size === void 0) {
      throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    }
    if (type !== "blob") continue;
    const bytes = Number(size);
    if (!Number.isSafeInteger(bytes)) throw new Error(`Unexpected ls-tree size ${JSON.stringify(size)} for ${record.slice(tab2 + 1)}`);
    entries.push({ path: record.slice(tab2 + 1), blob, mode, size: bytes });
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
    const meta2 = next();
    if (!meta2.startsWith(":")) throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta2.slice(0, 200))}`);
    const [oldMode, newMode, oldId, newId, statusField] = meta2.slice(1).split(" ");
    if (oldMode === void 0 || newMode === void 0 || oldId === void 0 || newId === void 0 || statusField === void 0) {
      throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta2)}`);
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
        if (second === void 0 || !oldBlob || !newBlob) throw new Error(`Incomplete rename in git diff --raw: ${JSON.stringify(meta2)}`);
        changes.push({ status: "renamed", path: second, oldPath: first, oldBlob, newBlob, similarity: score ?? 100 });
        break;
      case "C":
        if (second === void 0) throw new Error(`Incomplete copy in git diff --raw: ${JSON.stringify(meta2)}`);
        if (newBlob) changes.push({ status: "added", path: second, newBlob });
        break;
      default:
        throw new Error(`Unexpected status ${JSON.stringify(statusField)} in git diff --raw for ${JSON.stringify(first)}`);
    }
  }
  return changes;
}

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
  async mergeBase(a, b4) {
    assertSafeRef(a);
    assertSafeRef(b4);
    const { stdout, exitCode } = await this.run(["merge-base", "--end-of-options", a, b4], [1]);
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
    const present2 = await Promise.all([this.tryResolve(base), this.tryResolve(head)]);
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
    let forkPoint3 = await this.mergeBase(baseSha, headSha);
    let depth = 32;
    let rounds = 0;
    let count = forkPoint3 ? 0 : await this.countCommits(commits);
    let stalled = false;
    while (!forkPoint3 && rounds < maxDeepen && await this.isShallow()) {
      if (!await remoteExists()) throw noRemote(`The history of this shallow clone is too short to find where ${short(head)} forked from ${short(base)}`);
      await this.fetch(remote, [`--deepen=${depth}`], [baseSha, headSha]);
      rounds++;
      notes.push(`Fetched ${depth} more commits of history from ${remote} to find where ${short(head)} forked from ${short(base)}.`);
      depth *= 2;
      forkPoint3 = await this.mergeBase(baseSha, headSha);
      if (forkPoint3) break;
      const grown = await this.countCommits(commits);
      if (grown <= count) {
        stalled = true;
        break;
      }
      count = grown;
    }
    if (!forkPoint3 && stalled && await remoteExists() && await this.isShallow()) {
      await this.fetch(remote, ["--unshallow"]);
      notes.push(`Fetched the complete history from ${remote}: deepening the shallow clone stopped bringing new commits.`);
      forkPoint3 = await this.mergeBase(baseSha, headSha);
    }
    if (forkPoint3) return { forkPoint: forkPoint3, notes };
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
    for (const [full, name2] of candidates) {
      if (await this.tryResolve(full)) return name2;
    }
    return void 0;
  }
  /** Every file (blob or symlink) in `commit`'s tree, with its size. Submodules are left out. */
  async listTree(commit) {
    assertSafeRef(commit);
    const { stdout } = await this.run(["ls-tree", "-r", "-z", "-l", "--full-tree", "--end-of-options", commit]);
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
  /** The committer date of `commit`. */
  async commitTime(commit) {
    assertSafeRef(commit);
    const { stdout } = await this.run(["log", "-1", "--no-show-signature", "--format=%ct", "--end-of-options", commit, "--"]);
    const seconds = Number(stdout.trim());
    if (!Number.isFinite(seconds) || stdout.trim() === "") throw new Error(`Unexpected committer time ${JSON.stringify(stdout)} for ${commit}`);
    return new Date(seconds * 1e3);
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
    const b4 = bytes[end];
    if (b4 === 10 || b4 === 13 && bytes[end + 1] !== 10) lines++;
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

// src/paths.ts
function dirname(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function basename(path2) {
  return path2.slice(path2.lastIndexOf("/") + 1);
}

// node_modules/@dagrejs/graphlib/dist/graphlib.esm.js
var V3 = Object.defineProperty;
var x3 = (s, e) => {
  for (var t3 in e) V3(s, t3, { get: e[t3], enumerable: true });
};
var p2 = class {
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
  setNodes(e, t3) {
    return e.forEach((r2) => {
      t3 !== void 0 ? this.setNode(r2, t3) : this.setNode(r2);
    }), this;
  }
  setNode(e, t3) {
    return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = t3), this) : (this._nodes[e] = arguments.length > 1 ? t3 : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = true), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
  }
  node(e) {
    return this._nodes[e];
  }
  hasNode(e) {
    return e in this._nodes;
  }
  removeNode(e) {
    if (e in this._nodes) {
      let t3 = (r2) => this.removeEdge(this._edgeObjs[r2]);
      delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((r2) => {
        this.setParent(r2);
      }), delete this._children[e]), Object.keys(this._in[e]).forEach(t3), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(t3), delete this._out[e], delete this._sucs[e], --this._nodeCount;
    }
    return this;
  }
  setParent(e, t3) {
    if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
    if (t3 === void 0) t3 = "\0";
    else {
      t3 += "";
      for (let r2 = t3; r2 !== void 0; r2 = this.parent(r2)) if (r2 === e) throw new Error("Setting " + t3 + " as parent of " + e + " would create a cycle");
      this.setNode(t3);
    }
    return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = t3, this._children[t3][e] = true, this;
  }
  parent(e) {
    if (this._isCompound) {
      let t3 = this._parent[e];
      if (t3 !== "\0") return t3;
    }
  }
  children(e = "\0") {
    if (this._isCompound) {
      let t3 = this._children[e];
      if (t3) return Object.keys(t3);
    } else {
      if (e === "\0") return this.nodes();
      if (this.hasNode(e)) return [];
    }
    return [];
  }
  predecessors(e) {
    let t3 = this._preds[e];
    if (t3) return Object.keys(t3);
  }
  successors(e) {
    let t3 = this._sucs[e];
    if (t3) return Object.keys(t3);
  }
  neighbors(e) {
    let t3 = this.predecessors(e);
    if (t3) {
      let r2 = new Set(t3), i = this.successors(e);
      if (i) for (let n of i) r2.add(n);
      return Array.from(r2.values());
    }
  }
  isLeaf(e) {
    var r2;
    let t3;
    return this.isDirected() ? t3 = this.successors(e) : t3 = this.neighbors(e), ((r2 = t3 == null ? void 0 : t3.length) != null ? r2 : 0) === 0;
  }
  filterNodes(e) {
    let t3 = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
    t3.setGraph(this.graph()), Object.entries(this._nodes).forEach(([n, o2]) => {
      e(n) && t3.setNode(n, o2);
    }), Object.values(this._edgeObjs).forEach((n) => {
      t3.hasNode(n.v) && t3.hasNode(n.w) && t3.setEdge(n, this.edge(n));
    });
    let r2 = {}, i = (n) => {
      let o2 = this.parent(n);
      return !o2 || t3.hasNode(o2) ? (r2[n] = o2, o2) : o2 in r2 ? r2[o2] : i(o2);
    };
    return this._isCompound && t3.nodes().forEach((n) => t3.setParent(n, i(n))), t3;
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
  setPath(e, t3) {
    return e.reduce((r2, i) => (t3 !== void 0 ? this.setEdge(r2, i, t3) : this.setEdge(r2, i), i)), this;
  }
  setEdge(e, t3, r2, i) {
    let n, o2, d2, h3, c3 = false;
    typeof e == "object" && e !== null && "v" in e ? (n = e.v, o2 = e.w, d2 = e.name, arguments.length === 2 && (h3 = t3, c3 = true)) : (n = e, o2 = t3, d2 = i, arguments.length > 2 && (h3 = r2, c3 = true)), n = "" + n, o2 = "" + o2, d2 !== void 0 && (d2 = "" + d2);
    let a = _3(this._isDirected, n, o2, d2);
    if (a in this._edgeLabels) return c3 && (this._edgeLabels[a] = h3), this;
    if (d2 !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(n), this.setNode(o2), this._edgeLabels[a] = c3 ? h3 : this._defaultEdgeLabelFn(n, o2, d2);
    let u2 = J3(this._isDirected, n, o2, d2);
    return n = u2.v, o2 = u2.w, Object.freeze(u2), this._edgeObjs[a] = u2, R3(this._preds[o2], n), R3(this._sucs[n], o2), this._in[o2][a] = u2, this._out[n][a] = u2, this._edgeCount++, this;
  }
  edge(e, t3, r2) {
    let i = arguments.length === 1 ? G3(this._isDirected, e) : _3(this._isDirected, e, t3, r2);
    return this._edgeLabels[i];
  }
  edgeAsObj(e, t3, r2) {
    let i = arguments.length === 1 ? this.edge(e) : this.edge(e, t3, r2);
    return typeof i != "object" || i === null ? { label: i } : i;
  }
  hasEdge(e, t3, r2) {
    return (arguments.length === 1 ? G3(this._isDirected, e) : _3(this._isDirected, e, t3, r2)) in this._edgeLabels;
  }
  removeEdge(e, t3, r2) {
    let i = arguments.length === 1 ? G3(this._isDirected, e) : _3(this._isDirected, e, t3, r2), n = this._edgeObjs[i];
    if (n) {
      let o2 = n.v, d2 = n.w;
      delete this._edgeLabels[i], delete this._edgeObjs[i], k2(this._preds[d2], o2), k2(this._sucs[o2], d2), delete this._in[d2][i], delete this._out[o2][i], this._edgeCount--;
    }
    return this;
  }
  inEdges(e, t3) {
    return this.isDirected() ? this.filterEdges(this._in[e], e, t3) : this.nodeEdges(e, t3);
  }
  outEdges(e, t3) {
    return this.isDirected() ? this.filterEdges(this._out[e], e, t3) : this.nodeEdges(e, t3);
  }
  nodeEdges(e, t3) {
    if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, t3);
  }
  _removeFromParentsChildList(e) {
    delete this._children[this._parent[e]][e];
  }
  filterEdges(e, t3, r2) {
    if (!e) return;
    let i = Object.values(e);
    return r2 ? i.filter((n) => n.v === t3 && n.w === r2 || n.v === r2 && n.w === t3) : i;
  }
};
function R3(s, e) {
  s[e] ? s[e]++ : s[e] = 1;
}
function k2(s, e) {
  s[e] !== void 0 && !--s[e] && delete s[e];
}
function _3(s, e, t3, r2) {
  let i = "" + e, n = "" + t3;
  if (!s && i > n) {
    let o2 = i;
    i = n, n = o2;
  }
  return i + "" + n + "" + (r2 === void 0 ? "\0" : r2);
}
function J3(s, e, t3, r2) {
  let i = "" + e, n = "" + t3;
  if (!s && i > n) {
    let d2 = i;
    i = n, n = d2;
  }
  let o2 = { v: i, w: n };
  return r2 && (o2.name = r2), o2;
}
function G3(s, e) {
  return _3(s, e.v, e.w, e.name);
}
var v2 = {};
x3(v2, { read: () => K3, write: () => U2 });
function U2(s) {
  let e = { options: { directed: s.isDirected(), multigraph: s.isMultigraph(), compound: s.isCompound() }, nodes: Y3(s), edges: z3(s) }, t3 = s.graph();
  return t3 !== void 0 && (e.value = structuredClone(t3)), e;
}
function Y3(s) {
  return s.nodes().map((e) => {
    let t3 = s.node(e), r2 = s.parent(e), i = { v: e };
    return t3 !== void 0 && (i.value = t3), r2 !== void 0 && (i.parent = r2), i;
  });
}
function z3(s) {
  return s.edges().map((e) => {
    let t3 = s.edge(e), r2 = { v: e.v, w: e.w };
    return e.name !== void 0 && (r2.name = e.name), t3 !== void 0 && (r2.value = t3), r2;
  });
}
function K3(s) {
  let e = new p2(s.options);
  return s.value !== void 0 && e.setGraph(s.value), s.nodes.forEach((t3) => {
    e.setNode(t3.v, t3.value), t3.parent != null && e.setParent(t3.v, t3.parent);
  }), s.edges.forEach((t3) => {
    e.setEdge({ v: t3.v, w: t3.w, name: t3.name }, t3.value);
  }), e;
}
var F3 = {};
x3(F3, { CycleException: () => l3, bellmanFord: () => y2, components: () => P3, dijkstra: () => E3, dijkstraAll: () => j3, findCycles: () => I3, floydWarshall: () => D2, isAcyclic: () => O3, postorder: () => A3, preorder: () => W3, prim: () => S3, shortestPaths: () => M4, tarjan: () => L3, topsort: () => w2 });
var Q3 = () => 1;
function y2(s, e, t3, r2) {
  return $3(s, String(e), t3 || Q3, r2 || function(i) {
    var n;
    return (n = s.outEdges(i)) != null ? n : [];
  });
}
function $3(s, e, t3, r2) {
  let i = {}, n, o2 = 0, d2 = s.nodes(), h3 = function(u2) {
    let g2 = i[u2.v], f3 = i[u2.w];
    if (!g2 || !f3) return;
    let m2 = t3(u2);
    g2.distance + m2 < f3.distance && (i[u2.w] = { distance: g2.distance + m2, predecessor: u2.v }, n = true);
  }, c3 = function() {
    d2.forEach(function(u2) {
      r2(u2).forEach(function(g2) {
        let f3 = g2.v === u2 ? g2.v : g2.w, m2 = f3 === g2.v ? g2.w : g2.v;
        h3({ v: f3, w: m2 });
      });
    });
  };
  d2.forEach(function(u2) {
    let g2 = u2 === e ? 0 : Number.POSITIVE_INFINITY;
    i[u2] = { distance: g2, predecessor: "" };
  });
  let a = d2.length;
  for (let u2 = 1; u2 < a && (n = false, o2++, c3(), !!n); u2++) ;
  if (o2 === a - 1 && (n = false, c3(), n)) throw new Error("The graph contains a negative weight cycle");
  return i;
}
function P3(s) {
  let e = {}, t3 = [], r2;
  function i(n) {
    var o2, d2;
    n in e || (e[n] = true, r2.push(n), (o2 = s.successors(n)) == null || o2.forEach(i), (d2 = s.predecessors(n)) == null || d2.forEach(i));
  }
  return s.nodes().forEach(function(n) {
    r2 = [], i(n), r2.length && t3.push(r2);
  }), t3;
}
var b3 = class {
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
    let t3 = this._keyIndices[e];
    if (t3 !== void 0) return this._arr[t3].priority;
  }
  min() {
    if (this.size() === 0) throw new Error("Queue underflow");
    return this._arr[0].key;
  }
  add(e, t3) {
    let r2 = this._keyIndices, i = String(e);
    if (!(i in r2)) {
      let n = this._arr, o2 = n.length;
      return r2[i] = o2, n.push({ key: i, priority: t3 }), this._decrease(o2), true;
    }
    return false;
  }
  removeMin() {
    if (this.size() === 0) throw new Error("Queue underflow");
    this._swap(0, this._arr.length - 1);
    let e = this._arr.pop();
    return delete this._keyIndices[e.key], this._heapify(0), e.key;
  }
  decrease(e, t3) {
    let r2 = this._keyIndices[e];
    if (r2 === void 0) throw new Error(`Key not found: ${e}`);
    let i = this._arr[r2].priority;
    if (t3 > i) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${i} New: ${t3}`);
    this._arr[r2].priority = t3, this._decrease(r2);
  }
  _heapify(e) {
    let t3 = this._arr, r2 = 2 * e, i = r2 + 1, n = e;
    r2 < t3.length && (n = t3[r2].priority < t3[n].priority ? r2 : n, i < t3.length && (n = t3[i].priority < t3[n].priority ? i : n), n !== e && (this._swap(e, n), this._heapify(n)));
  }
  _decrease(e) {
    let t3 = this._arr, r2 = t3[e].priority, i;
    for (; e !== 0 && (i = e >> 1, !(t3[i].priority < r2)); ) this._swap(e, i), e = i;
  }
  _swap(e, t3) {
    let r2 = this._arr, i = this._keyIndices, n = r2[e], o2 = r2[t3];
    r2[e] = o2, r2[t3] = n, i[o2.key] = e, i[n.key] = t3;
  }
};
var q3 = () => 1;
function E3(s, e, t3, r2) {
  let i = function(n) {
    var o2;
    return (o2 = s.outEdges(n)) != null ? o2 : [];
  };
  return B3(s, String(e), t3 || q3, r2 || i);
}
function B3(s, e, t3, r2) {
  let i = {}, n = new b3(), o2, d2, h3 = function(c3) {
    let a = c3.v !== o2 ? c3.v : c3.w, u2 = i[a];
    if (!u2) return;
    let g2 = t3(c3), f3 = d2.distance + g2;
    if (g2 < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + c3 + " Weight: " + g2);
    f3 < u2.distance && (u2.distance = f3, u2.predecessor = o2, n.decrease(a, f3));
  };
  for (s.nodes().forEach(function(c3) {
    let a = c3 === e ? 0 : Number.POSITIVE_INFINITY;
    i[c3] = { distance: a, predecessor: "" }, n.add(c3, a);
  }); n.size() > 0; ) {
    o2 = n.removeMin();
    let c3 = i[o2];
    if (!c3 || c3.distance === Number.POSITIVE_INFINITY) break;
    d2 = c3, r2(o2).forEach(h3);
  }
  return i;
}
function j3(s, e, t3) {
  return s.nodes().reduce(function(r2, i) {
    return r2[i] = E3(s, i, e, t3), r2;
  }, {});
}
function L3(s) {
  let e = 0, t3 = [], r2 = {}, i = [];
  function n(o2) {
    var h3;
    let d2 = r2[o2] = { onStack: true, lowlink: e, index: e++ };
    if (t3.push(o2), (h3 = s.successors(o2)) == null || h3.forEach(function(c3) {
      if (c3 in r2) {
        let a = r2[c3];
        a != null && a.onStack && (d2.lowlink = Math.min(d2.lowlink, a.index));
      } else {
        n(c3);
        let a = r2[c3];
        a && (d2.lowlink = Math.min(d2.lowlink, a.lowlink));
      }
    }), d2.lowlink === d2.index) {
      let c3 = [], a;
      do {
        a = t3.pop();
        let u2 = r2[a];
        u2 && (u2.onStack = false), c3.push(a);
      } while (o2 !== a);
      i.push(c3);
    }
  }
  return s.nodes().forEach(function(o2) {
    o2 in r2 || n(o2);
  }), i;
}
function I3(s) {
  return L3(s).filter(function(e) {
    var r2;
    let t3 = e[0];
    return t3 ? e.length > 1 || e.length === 1 && ((r2 = s.outEdges(t3, t3)) != null ? r2 : []).length > 0 : false;
  });
}
var X3 = () => 1;
function D2(s, e, t3) {
  return Z3(s, e || X3, t3 || function(r2) {
    var i;
    return (i = s.outEdges(r2)) != null ? i : [];
  });
}
function Z3(s, e, t3) {
  let r2 = {}, i = s.nodes();
  return i.forEach(function(n) {
    let o2 = {};
    r2[n] = o2, o2[n] = { distance: 0, predecessor: "" }, i.forEach(function(d2) {
      n !== d2 && (o2[d2] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), t3(n).forEach(function(d2) {
      let h3 = d2.v === n ? d2.w : d2.v, c3 = e(d2);
      o2[h3] = { distance: c3, predecessor: n };
    });
  }), i.forEach(function(n) {
    let o2 = r2[n];
    o2 && i.forEach(function(d2) {
      let h3 = r2[d2];
      h3 && i.forEach(function(c3) {
        let a = h3[n], u2 = o2[c3], g2 = h3[c3];
        if (a && u2 && g2) {
          let f3 = a.distance + u2.distance;
          f3 < g2.distance && (g2.distance = f3, g2.predecessor = u2.predecessor);
        }
      });
    });
  }), r2;
}
var l3 = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function w2(s) {
  let e = {}, t3 = {}, r2 = [];
  function i(n) {
    var o2;
    if (n in t3) throw new l3();
    n in e || (t3[n] = true, e[n] = true, (o2 = s.predecessors(n)) == null || o2.forEach(i), delete t3[n], r2.push(n));
  }
  if (s.sinks().forEach(i), Object.keys(e).length !== s.nodeCount()) throw new l3();
  return r2;
}
function O3(s) {
  try {
    w2(s);
  } catch (e) {
    if (e instanceof l3) return false;
    throw e;
  }
  return true;
}
function C2(s, e, t3, r2, i) {
  Array.isArray(e) || (e = [e]);
  let n = ((d2) => {
    var h3;
    return (h3 = s.isDirected() ? s.successors(d2) : s.neighbors(d2)) != null ? h3 : [];
  }), o2 = {};
  return e.forEach(function(d2) {
    if (!s.hasNode(d2)) throw new Error("Graph does not have node: " + d2);
    i = T2(s, d2, t3 === "post", o2, n, r2, i);
  }), i;
}
function T2(s, e, t3, r2, i, n, o2) {
  return e in r2 || (r2[e] = true, t3 || (o2 = n(o2, e)), i(e).forEach(function(d2) {
    o2 = T2(s, d2, t3, r2, i, n, o2);
  }), t3 && (o2 = n(o2, e))), o2;
}
function N3(s, e, t3) {
  return C2(s, e, t3, function(r2, i) {
    return r2.push(i), r2;
  }, []);
}
function A3(s, e) {
  return N3(s, e, "post");
}
function W3(s, e) {
  return N3(s, e, "pre");
}
function S3(s, e) {
  var c3;
  let t3 = new p2(), r2 = {}, i = new b3(), n;
  function o2(a) {
    let u2 = a.v === n ? a.w : a.v, g2 = i.priority(u2);
    if (g2 !== void 0) {
      let f3 = e(a);
      f3 < g2 && (r2[u2] = n, i.decrease(u2, f3));
    }
  }
  if (s.nodeCount() === 0) return t3;
  s.nodes().forEach(function(a) {
    i.add(a, Number.POSITIVE_INFINITY), t3.setNode(a);
  });
  let d2 = s.nodes()[0];
  d2 !== void 0 && i.decrease(d2, 0);
  let h3 = false;
  for (; i.size() > 0; ) {
    if (n = i.removeMin(), n in r2) t3.setEdge(n, r2[n]);
    else {
      if (h3) throw new Error("Input graph is not connected: " + s);
      h3 = true;
    }
    (c3 = s.nodeEdges(n)) == null || c3.forEach(o2);
  }
  return t3;
}
function M4(s, e, t3, r2) {
  return ee3(s, e, t3, r2 != null ? r2 : ((i) => {
    var n;
    return (n = s.outEdges(i)) != null ? n : [];
  }));
}
function ee3(s, e, t3, r2) {
  if (t3 === void 0) return E3(s, e, t3, r2);
  let i = false, n = s.nodes();
  for (let o2 = 0; o2 < n.length; o2++) {
    let d2 = n[o2];
    if (d2 === void 0) continue;
    let h3 = r2(d2);
    for (let c3 = 0; c3 < h3.length; c3++) {
      let a = h3[c3];
      if (!a) continue;
      let u2 = a.v === d2 ? a.v : a.w, g2 = u2 === a.v ? a.w : a.v;
      t3({ v: u2, w: g2 }) < 0 && (i = true);
    }
    if (i) return y2(s, e, t3, r2);
  }
  return E3(s, e, t3, r2);
}

// src/graph/dag.ts
var Dag = class {
  entries = /* @__PURE__ */ new Map();
  setNode(key, value) {
    const entry = this.entries.get(key);
    if (entry) entry.value = value;
    else this.entries.set(key, { value, parents: [], children: [], childEntries: [], pending: 0, extra: void 0 });
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
    const p3 = this.entries.get(parent);
    if (p3.children.includes(child)) return;
    const c3 = this.entries.get(child);
    p3.children.push(child);
    p3.childEntries.push(c3);
    c3.parents.push(parent);
  }
  removeNode(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const p3 of entry.parents) {
      const parent = this.entries.get(p3);
      if (!parent) continue;
      const i = parent.children.indexOf(key);
      if (i >= 0) {
        parent.children.splice(i, 1);
        parent.childEntries.splice(i, 1);
      }
    }
    for (const c3 of entry.children) remove(this.entries.get(c3)?.parents, key);
    this.entries.delete(key);
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
        const list = children.map((c3) => this.entries.get(c3));
        for (const c3 of list) c3.pending++;
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
        for (const c3 of entry.extra) if (--c3.pending === 0) ready.push(c3);
      }
    }
    if (removed === this.entries.size) return [];
    const rest = new p2({ directed: true });
    for (const [key, entry] of this.entries) if (entry.pending > 0) rest.setNode(key);
    for (const [key, entry] of this.entries) {
      if (entry.pending === 0) continue;
      const children = [...entry.children, ...extra?.get(key) ?? []];
      for (const c3 of children) if (this.entries.get(c3).pending > 0) rest.setEdge(key, c3);
    }
    return F3.findCycles(rest);
  }
};
var EMPTY = [];
function remove(list, item) {
  const i = list?.indexOf(item) ?? -1;
  if (i >= 0) list.splice(i, 1);
}

// src/graph/alembic.ts
var ILLEGAL = ["@", "-", "+", ":"];
var ILLEGAL_RE = /[@\-+:]/;
var LEGACY_REV = /^([a-f0-9]+)\.py$/;
function buildAlembicGraph(inputs) {
  const skipped = [];
  const unreadableDownRevision = [];
  const loaded = [];
  for (const raw of inLoadOrder(inputs)) {
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
      const illegal = ILLEGAL.filter((c3) => input.id.includes(c3)).sort();
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
    loaded.push({ input, down: down && down.length > 1 ? dedupe(down) : down });
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
  const parents = /* @__PURE__ */ new Set();
  for (const e of winners) {
    const down = e.down;
    if (down === void 0) continue;
    for (let i = 0; i < down.length; i++) {
      const parent = down[i];
      if (parent !== e.input.id && byId.has(parent)) parents.add(parent);
    }
  }
  const heads = winners.filter((e) => !parents.has(e.input.id)).map((e) => e.input.id);
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
    for (const e of winners) {
      const id2 = e.input.id;
      for (const parent of e.down ?? []) if (parent !== id2 && byId.has(parent)) dag.setEdge(parent, id2);
    }
    return dagBuilt = dag;
  };
  let cycleDetails;
  const detectCycles = () => {
    const dag = dagOf();
    const { dependents: dependents2, selfLoops } = refs();
    const allCycles = dag.cycles(dependents2.size ? dependents2 : void 0);
    const versioned = new Set(allCycles.length && dependents2.size ? dag.cycles().flat() : allCycles.flat());
    for (const loop of selfLoops) if (loop.kind === "down_revision") versioned.add(loop.ids[0]);
    const details = [];
    for (const scc of allCycles) {
      const ids2 = [...scc].sort(cmp);
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
    return details.sort((a, b4) => cmp(a.ids[0], b4.ids[0]));
  };
  const allNextCount = (id2) => {
    const deps = dependents().get(id2);
    if (!deps) return dagOf().successors(id2).length;
    return (/* @__PURE__ */ new Set([...dagOf().successors(id2), ...deps])).size;
  };
  let labelSets;
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
      labelSets ??= propagateLabels(winners, dagOf(), byId, allNextCount);
      return [...labelSets.get(id2) ?? []].sort(cmp);
    },
    get dependencies() {
      return dependencies ??= normalizedDependencies(refs().resolvedDeps, dagOf);
    },
    duplicates,
    get missing() {
      return refs().missing;
    },
    get cycles() {
      cycleDetails ??= detectCycles();
      return cycleDetails.map((c3) => c3.ids);
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
    const m2 = { from: id2, file, target, kind, reason, matches, message };
    if (span) m2.span = span;
    return m2;
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
    for (const parent of e.down ?? []) {
      if (parent === id2) {
        selfLoops.push({ ids: [id2], kind: "down_revision", message: `Self-loop is detected in revisions (${id2})` });
        continue;
      }
      if (!byId.has(parent)) missing.push(referenceProblem(e, parent, "down_revision"));
    }
    for (const dep of resolvedDeps.get(id2) ?? []) {
      if (dep === id2) {
        selfLoops.push({ ids: [id2], kind: "depends_on", message: `Dependency self-loop is detected in revisions (${id2})` });
        continue;
      }
      const list = dependents.get(dep);
      if (!list) dependents.set(dep, [id2]);
      else if (!list.includes(id2)) list.push(id2);
    }
  }
  missing.sort((a, b4) => compareLoadOrder(a.file, b4.file) || cmp(a.target, b4.target));
  return { branchLabels, labelClashes, resolvedDeps, missing, dependents, selfLoops };
}
function normalizedDependencies(resolvedDeps, dagOf) {
  const dependencies = /* @__PURE__ */ new Map();
  for (const [id2, resolved] of resolvedDeps) {
    let normalized;
    dependencies.set(id2, {
      resolved,
      get normalized() {
        if (!normalized) {
          const kept = new Set(resolved);
          for (const anc of ancestorsIn(dagOf(), id2)) for (const d2 of resolvedDeps.get(anc) ?? []) kept.delete(d2);
          normalized = resolved.filter((d2) => kept.has(d2));
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
  const union = (a, b4) => {
    let byB = unions.get(a);
    if (!byB) unions.set(a, byB = /* @__PURE__ */ new Map());
    let u2 = byB.get(b4);
    if (!u2) {
      let missing = false;
      for (const l4 of b4) if (!a.has(l4)) missing = true;
      u2 = missing ? /* @__PURE__ */ new Set([...a, ...b4]) : a;
      byB.set(b4, u2);
    }
    return u2;
  };
  const add = (id2, labels) => {
    const s = sets.get(id2);
    if (!s) sets.set(id2, labels);
    else if (s !== labels) sets.set(id2, union(s, labels));
  };
  for (const e of labelled) {
    const own = sets.get(e.input.id);
    const seen = /* @__PURE__ */ new Set();
    const todo = [e.input.id];
    let last = e.input.id;
    while (todo.length) {
      const id2 = todo.pop();
      if (seen.has(id2)) continue;
      seen.add(id2);
      for (const c3 of dag.successors(id2)) todo.push(c3);
      add(id2, own);
      last = id2;
    }
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
function ancestors(graph, id2, options = {}) {
  if (!options.includeDependencies) return ancestorsIn(graph.dag, id2);
  const seen = /* @__PURE__ */ new Set();
  const up = (k3) => {
    const deps = graph.dependencies.get(k3)?.resolved ?? [];
    return deps.length ? [...graph.dag.predecessors(k3), ...deps] : graph.dag.predecessors(k3);
  };
  const stack = [...up(id2)];
  while (stack.length) {
    const k3 = stack.pop();
    if (seen.has(k3) || k3 === id2) continue;
    seen.add(k3);
    for (const p3 of up(k3)) if (!seen.has(p3)) stack.push(p3);
  }
  return seen;
}
function ancestorsIn(dag, id2) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...dag.predecessors(id2)];
  while (stack.length) {
    const k3 = stack.pop();
    if (seen.has(k3) || k3 === id2) continue;
    seen.add(k3);
    for (const p3 of dag.predecessors(k3)) if (!seen.has(p3)) stack.push(p3);
  }
  return seen;
}
function forkPoint(graph, heads) {
  const dag = graph.dag;
  if (heads.length === 0 || heads.some((h3) => !dag.hasNode(h3))) return void 0;
  let common = ancestorsIn(dag, heads[0]);
  common.add(heads[0]);
  let frontier = [heads[0]];
  for (let i = 1; i < heads.length; i++) {
    frontier = [];
    const seen = /* @__PURE__ */ new Set();
    const stack = [heads[i]];
    while (stack.length) {
      const k3 = stack.pop();
      if (seen.has(k3)) continue;
      seen.add(k3);
      if (common.has(k3)) frontier.push(k3);
      else for (const p3 of dag.predecessors(k3)) stack.push(p3);
    }
    if (frontier.length === 0) return void 0;
    if (i < heads.length - 1) common = ancestryOf(dag, frontier);
  }
  if (frontier.length === 1) return frontier[0];
  const ancestry = new Map(frontier.map((k3) => [k3, ancestorsIn(dag, k3)]));
  const latest = frontier.filter((k3) => !frontier.some((other) => other !== k3 && ancestry.get(other).has(k3)));
  latest.sort((a, b4) => ancestry.get(a).size - ancestry.get(b4).size || cmp(a, b4));
  return latest.at(-1);
}
function ancestryOf(dag, ids2) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...ids2];
  while (stack.length) {
    const k3 = stack.pop();
    if (seen.has(k3)) continue;
    seen.add(k3);
    for (const p3 of dag.predecessors(k3)) if (!seen.has(p3)) stack.push(p3);
  }
  return seen;
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
  return out.sort(cmp);
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
  const dirs = [...byDir.keys()].sort((a, b4) => comparePathParts(a.split("/"), b4.split("/")));
  return dirs.flatMap((dir) => byDir.get(dir).sort((a, b4) => cmp(a.name, b4.name)).map((e) => e.input));
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
function compareLoadOrder(a, b4) {
  return a === b4 ? 0 : comparePathParts(a.split("/"), b4.split("/"));
}
function comparePathParts(x4, y3) {
  const n = Math.min(x4.length, y3.length);
  for (let i = 0; i < n; i++) {
    const xs2 = x4[i];
    const ys2 = y3[i];
    if (xs2 === ys2) continue;
    const xFile = i === x4.length - 1;
    const yFile = i === y3.length - 1;
    if (xFile !== yFile) return xFile ? -1 : 1;
    return cmp(xs2, ys2);
  }
  return x4.length - y3.length;
}
function dedupe(items) {
  return [...new Set(items)];
}
function cmp(a, b4) {
  return a < b4 ? -1 : a > b4 ? 1 : 0;
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
    const comment2 = stripped.startsWith("#") || stripped.startsWith(";");
    const value = comment2 ? "" : stripped;
    if (value === "") {
      if (!comment2 && cursect && optname !== void 0) cursect.get(optname)?.push("");
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
  const join5 = (m2) => new Map([...m2].map(([k3, v3]) => [k3, v3.join("\n").trimEnd()]));
  return {
    sections: new Map([...sections].map(([k3, v3]) => [k3, join5(v3)])),
    defaults: join5(defaults),
    errors
  };
}
function iniGet(file, section, option, extraDefaults = {}) {
  const sect = file.sections.get(section);
  if (!sect) return void 0;
  const lookup = (name2) => sect.get(name2) ?? file.defaults.get(name2) ?? (Object.hasOwn(extraDefaults, name2) ? extraDefaults[name2] : void 0);
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
    const p3 = rest.indexOf("%");
    if (p3 < 0) {
      out += rest;
      break;
    }
    out += rest.slice(0, p3);
    rest = rest.slice(p3);
    const c3 = rest[1];
    if (c3 === "%") {
      out += "%";
      rest = rest.slice(2);
    } else if (c3 === "(") {
      const m2 = /^%\(([^)]+)\)s/.exec(rest);
      if (!m2) return { error: `\`${option}\`: bad interpolation syntax in \`${raw}\` (InterpolationSyntaxError)` };
      const name2 = m2[1].toLowerCase();
      const v3 = lookup(name2);
      if (v3 === void 0) return { error: `\`${option}\`: \`%(${m2[1]})s\` names no option (InterpolationMissingOptionError)` };
      rest = rest.slice(m2[0].length);
      if (v3.includes("%")) {
        const inner = interpolate(v3, option, lookup, depth + 1);
        if ("error" in inner) return inner;
        out += inner.value;
      } else {
        out += v3;
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
var isTable = (v3) => typeof v3 === "object" && v3 !== null && !Array.isArray(v3);
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
  peek(k3 = 0) {
    return this.s[this.pos + k3] ?? "";
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
      const t3 = {};
      table[key] = t3;
      return t3;
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
    let t3 = this.root;
    for (let i = 0; i < key.length - 1; i++) t3 = this.descend(t3, key[i], true);
    const last = key[key.length - 1];
    const existing = t3[last];
    if (existing !== void 0) {
      if (!isTable(existing) || this.explicit.has(existing) || this.frozen.has(existing)) this.fail(`table [${key.join(".")}] defined twice`);
      this.explicit.add(existing);
      return existing;
    }
    const created = {};
    this.explicit.add(created);
    t3[last] = created;
    return created;
  }
  arrayTable(key) {
    let t3 = this.root;
    for (let i = 0; i < key.length - 1; i++) t3 = this.descend(t3, key[i], true);
    const last = key[key.length - 1];
    const existing = t3[last];
    const created = {};
    if (existing === void 0) t3[last] = [created];
    else if (Array.isArray(existing) && !this.frozen.has(existing)) existing.push(created);
    else this.fail(`[[${key.join(".")}]] conflicts with an earlier value`);
    return created;
  }
  assign(table, key, value) {
    let t3 = table;
    for (let i = 0; i < key.length - 1; i++) t3 = this.descend(t3, key[i], false);
    const last = key[key.length - 1];
    if (Object.hasOwn(t3, last)) this.fail(`key \`${key.join(".")}\` defined twice`);
    t3[last] = value;
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
    const t3 = {};
    this.ws();
    if (this.peek() === "}") {
      this.pos++;
      this.frozen.add(t3);
      return t3;
    }
    for (; ; ) {
      const key = this.key();
      if (this.peek() !== "=") this.fail("expected = in an inline table");
      this.pos++;
      this.ws();
      this.assign(t3, key, this.value());
      this.ws();
      if (this.peek() === ",") {
        this.pos++;
        this.ws();
        continue;
      }
      if (this.peek() === "}") {
        this.pos++;
        this.frozen.add(t3);
        return t3;
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
var join2 = (dir, name2) => dir === "" ? name2 : `${dir}/${name2}`;
function envDirs(all) {
  const out = /* @__PURE__ */ new Set();
  for (const p3 of all) {
    if (p3.endsWith("env.py") && (p3.length === 6 || p3.charCodeAt(p3.length - 7) === 47) && !IGNORED.test(p3)) out.add(dirname(p3));
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
  for (const p3 of all) {
    if (!p3.endsWith(".ini") && !p3.endsWith("pyproject.toml")) continue;
    if (IGNORED.test(p3)) continue;
    const name2 = basename(p3);
    if (name2 === "alembic.ini" || name2 === "pyproject.toml") out.push(p3);
    else if (name2.endsWith(".ini") && !NOT_ALEMBIC_INI.has(name2) && nearEnv.has(dirname(p3))) out.push(p3);
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
function stringOption(src, name2) {
  if (src.ini) {
    const v3 = iniGet(src.ini.file, src.ini.section, name2, { here: hereOf(src.dir) });
    if (v3) return v3;
  }
  const t3 = src.toml?.[name2];
  if (t3 === void 0) return void 0;
  if (typeof t3 === "string") return tomlFormat(t3, hereOf(src.dir));
  if (typeof t3 === "number" && Number.isInteger(t3)) return { value: String(t3) };
  return { error: `\`${name2}\` in [tool.alembic] is not a string` };
}
function booleanOption(src, name2) {
  if (src.ini) {
    const v3 = iniGet(src.ini.file, src.ini.section, name2, { here: hereOf(src.dir) });
    if (v3) return "error" in v3 ? v3 : { value: v3.value === "true" };
  }
  const t3 = src.toml?.[name2];
  if (t3 === void 0) return void 0;
  if (typeof t3 === "boolean") return { value: t3 };
  return { error: `\`${name2}\` in [tool.alembic] must be true or false (Alembic raises "boolean value expected")` };
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
    for (const name2 of ["path_separator", "version_path_separator"]) {
      const s = iniGet(src.ini.file, src.ini.section, name2, { here });
      if (!s) continue;
      if ("error" in s) {
        notes.push(`${name2}: ${s.error}`);
        return void 0;
      }
      sep = SEPARATORS[s.value];
      if (sep === void 0) {
        notes.push(`\`${name2} = ${s.value}\` is not a value Alembic accepts (it expects space, newline, os, ':' or ';' and raises ValueError); migraph splits on it anyway.`);
        sep = s.value === "comma" ? "," : s.value;
      }
      break;
    }
    if (sep === void 0) return raw.value.split(/, *| +/);
    return raw.value.split(sep).filter((x4) => x4 !== "").map((x4) => x4.trim());
  }
  const t3 = src.toml?.version_locations;
  if (t3 === void 0) return void 0;
  if (!Array.isArray(t3) || t3.some((x4) => typeof x4 !== "string")) {
    notes.push("`version_locations` in [tool.alembic] must be a list of strings.");
    return void 0;
  }
  const out = [];
  for (const item of t3) {
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
    for (const v3 of listed) {
      const r2 = resolvePath(v3, src.dir);
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
      const alembic7 = tool && typeof tool === "object" && !Array.isArray(tool) ? tool.alembic : void 0;
      if (alembic7 === void 0) continue;
      if (typeof alembic7 !== "object" || Array.isArray(alembic7)) {
        notes.push({ file: path2, message: '[tool.alembic] is not a table (Alembic raises "Incorrect TOML format").' });
        continue;
      }
      tomls.set(dir, { path: path2, table: alembic7 });
    } else {
      const file = parseIni(text);
      const l4 = inis.get(dir) ?? [];
      l4.push({ path: path2, file });
      inis.set(dir, l4);
    }
  }
  const sources = [];
  const dirs = [.../* @__PURE__ */ new Set([...inis.keys(), ...tomls.keys()])].sort();
  for (const dir of dirs) {
    const toml = tomls.get(dir);
    const files = (inis.get(dir) ?? []).sort(
      (a, b4) => basename(a.path) === "alembic.ini" ? -1 : basename(b4.path) === "alembic.ini" ? 1 : a.path < b4.path ? -1 : 1
    );
    let tomlUsed = false;
    for (const { path: path2, file } of files) {
      const sections = [...file.sections.keys()].filter(
        (s) => s === "alembic" || file.sections.get(s).has("script_location")
      );
      sections.sort((a, b4) => a === "alembic" ? -1 : b4 === "alembic" ? 1 : 0);
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
    for (const p3 of list) {
      const i = p3.lastIndexOf("/versions/");
      if (i >= 0) versionDirs.add(p3.slice(0, i));
      else if (p3.startsWith("versions/")) versionDirs.add("");
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
function isRevisionFileName(name2) {
  return name2.endsWith(".py") && !name2.startsWith(".#") && !name2.startsWith("__init__") && !/[\n\r]/.test(name2);
}
function revisionFiles(env, paths) {
  const list = listPaths(paths);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const loc of env.versionLocations) {
    const prefix = loc === "" ? "" : `${loc}/`;
    const here = [];
    let nested = false;
    for (const p3 of list) {
      if (!p3.startsWith(prefix) || !p3.endsWith(".py")) continue;
      const slash = p3.lastIndexOf("/");
      if (slash >= prefix.length) {
        if (!env.recursive) continue;
        if (p3.slice(0, slash).endsWith("__pycache__")) continue;
        nested = true;
      }
      if (!isRevisionFileName(p3.slice(slash + 1))) continue;
      here.push(p3);
    }
    if (nested) here.sort((a, b4) => walkOrder(a.slice(prefix.length), b4.slice(prefix.length)));
    else here.sort();
    for (const p3 of here) {
      if (seen.has(p3)) continue;
      seen.add(p3);
      out.push(p3);
    }
  }
  return out;
}
function walkOrder(a, b4) {
  const pa = a.split("/");
  const pb = b4.split("/");
  for (let i = 0; ; i++) {
    const lastA = i === pa.length - 1;
    const lastB = i === pb.length - 1;
    if (lastA && !lastB) return -1;
    if (lastB && !lastA) return 1;
    const x4 = pa[i];
    const y3 = pb[i];
    if (x4 !== y3) return x4 < y3 ? -1 : 1;
    if (lastA && lastB) return 0;
  }
}

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to2) {
    this.from = from;
    this.to = to2;
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
    let { enter, leave, from = 0, to: to2 = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c3 = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c3.from <= to2 && c3.to >= from && (!anon && c3.type.isAnonymous || enter(c3) !== false)) {
        if (c3.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c3.type.isAnonymous))
          leave(c3);
        if (c3.nextSibling())
          break;
        if (!c3.parent())
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
    let b4 = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j4 = 0; i < endI; ) {
      copy[j4++] = b4[i++];
      copy[j4++] = b4[i++] - from;
      let to2 = copy[j4++] = b4[i++] - from;
      copy[j4++] = b4[i++] - startI;
      len = Math.max(len, to2);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to2) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to2 >= pos && from < pos;
    case 0:
      return from < pos && to2 > pos;
    case 1:
      return from <= pos && to2 > pos;
    case 2:
      return to2 > pos;
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
    for (let scan3 = node, parent = scan3.parent; parent; scan3 = parent, parent = scan3.parent) {
      if (scan3 instanceof TreeNode && scan3.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan3.from)
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
    let r2 = getChildren(this, type, before, after);
    return r2.length ? r2[0] : null;
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
    let scan3 = this.childBefore(pos), node = this;
    while (scan3) {
      let last = scan3.lastChild;
      if (!last || last.to != scan3.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan3;
        scan3 = last.prevSibling;
      } else {
        scan3 = last;
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
      for (let { from, to: to2 } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to2 >= rPos : to2 > rPos))
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
  for (let p3 = node; i >= 0; p3 = p3.parent) {
    if (!p3)
      return false;
    if (!p3.type.isAnonymous) {
      if (context[i] && context[i] != p3.name)
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
  for (let scan3 = inner instanceof TreeNode ? inner : inner.context.parent; scan3; scan3 = scan3.parent) {
    if (scan3.index < 0) {
      let parent = scan3.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan3 = parent;
    } else {
      let mount = MountedTree.get(scan3.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan3.from, -1, scan3);
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
    let { buffer } = this.buffer, d2 = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d2 < 0 ? 0 : this.stack[d2] + 4;
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
      if (after < (d2 < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d2] + 3]))
        return this.yieldBuf(after);
    }
    return d2 < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
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
      scan: for (let index = this.index, d2 = this.stack.length; d2 >= 0; ) {
        for (let c3 = cache; c3; c3 = c3._parent)
          if (c3.index == index) {
            if (index == this.index)
              return c3;
            result = c3;
            depth = d2 + 1;
            break scan;
          }
        index = this.stack[--d2];
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
    for (let i = context.length - 1, d2 = this.stack.length - 1; i >= 0; d2--) {
      if (d2 < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d2]]];
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
      for (let i = nodes.length - 3, j4 = 0; i >= 0; i -= 3) {
        buffer2[j4++] = nodes[i];
        buffer2[j4++] = nodes[i + 1] - start;
        buffer2[j4++] = nodes[i + 2] - start;
        buffer2[j4++] = j4;
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
  function makeRepeatLeaf(children2, positions2, base, i, from, to2, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to2 - from, lookAhead2 - to2, contextHash2));
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
function balanceRange(balanceType, children, positions, from, to2, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to2; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to3, offset) {
    for (let i = from2; i < to3; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to3; i++) {
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
  divide(children, positions, from, to2, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser2 = class {
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
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r2) => new Range(r2.from, r2.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse3 = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse3.advance();
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
  read(from, to2) {
    return this.string.slice(from, to2);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p3, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p3;
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
    return `[${this.stack.filter((_4, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p3, state, pos = 0) {
    let cx = p3.parser.context;
    return new _Stack(p3, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
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
        for (let scan3 = index; scan3 > 0 && this.buffer[scan3 - 2] > end; scan3 -= 4) {
          if (this.buffer[scan3 - 1] >= 0) {
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
          if (!best.some((v3, i2) => i2 & 1 && v3 == s))
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
  read(from, to2) {
    if (from >= this.chunkPos && to2 <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to2 - this.chunkPos);
    if (from >= this.chunk2Pos && to2 <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to2 - this.chunk2Pos);
    if (from >= this.range.from && to2 <= this.range.to)
      return this.input.read(from, to2);
    let result = "";
    for (let r2 of this.ranges) {
      if (r2.from >= to2)
        break;
      if (r2.to > from)
        result += this.input.read(Math.max(r2.from, from), Math.min(r2.to, to2));
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
      let from = data[index], to2 = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to2)
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
    let fr2 = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr2) {
      this.safeFrom = fr2.openStart ? cutAt(fr2.tree, fr2.from + fr2.offset, 1) - fr2.offset : fr2.from;
      this.safeTo = fr2.openEnd ? cutAt(fr2.tree, fr2.to + fr2.offset, -1) - fr2.offset : fr2.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr2.tree);
      this.start.push(-fr2.offset);
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
    this.tokens = parser2.tokenizers.map((_4) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main2 = null;
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
      if (main2 && !tokenizer.fallback)
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
          main2 = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main2 && stack.pos == this.stream.end) {
      main2 = new CachedToken();
      main2.value = stack.p.parser.eofTerm;
      main2.start = main2.end = stack.pos;
      actionIndex = this.addActions(stack, main2.value, main2.end, actionIndex);
    }
    this.mainToken = main2;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main2 = new CachedToken(), { pos, p: p3 } = stack;
    main2.start = pos;
    main2.end = Math.min(pos + 1, p3.stream.end);
    main2.value = pos == p3.stream.end ? p3.parser.eofTerm : 0;
    return main2;
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
        newStacks.sort((a, b4) => b4.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j4 = i + 1; j4 < newStacks.length; j4++) {
          let other = newStacks[j4];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j4--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b4) => b4.score - a.score);
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
      let main2 = this.tokens.mainToken;
      localStack.apply(action, term, main2 ? main2.start : localStack.pos, end);
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
      for (let j4 = 0; j4 < 10 && force.forceReduce(); j4++) {
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
var id = (x4) => x4;
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
var LRParser = class _LRParser extends Parser2 {
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
    let topTerms = Object.keys(spec.topRules).map((r2) => spec.topRules[r2][1]);
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
            for (let j4 = -next; j4 > 0; j4--)
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
    let parse3 = new Parse(this, input, fragments, ranges);
    for (let w3 of this.wrappers)
      parse3 = w3(parse3, input, fragments, ranges);
    return parse3;
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
        if (!result.some((v3, i2) => i2 & 1 && v3 == value))
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
      copy.tokenizers = this.tokenizers.map((t3) => {
        let found = config.tokenizers.find((r2) => r2.from == t3);
        return found ? found.to : t3;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r2) => r2.from == s.external);
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
        for (let j4 = this.dialects[values[i]], id2; (id2 = this.data[j4++]) != 65535; )
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
      for (let t3 of parent.set)
        tag.set.push(t3);
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
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b4) => a.id - b4.id));
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
    let exists = mods[0].instances.find((t3) => t3.base == base && sameArray(mods, t3.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m2 of mods)
      m2.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b4) {
  return a.length == b4.length && a.every((x4, i) => x4 == b4[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j4 = 0, e = sets.length; j4 < e; j4++) {
      sets.push(sets[j4].concat(array[i]));
    }
  }
  return sets.sort((a, b4) => b4.length - a.length);
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
          let m2 = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m2)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m2[0] == "*" ? "" : m2[0][0] == '"' ? JSON.parse(m2[0]) : m2[0]);
          pos += m2[0].length;
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
  combine(a, b4) {
    let cur, root, take;
    while (a || b4) {
      if (!a || b4 && a.depth <= b4.depth) {
        take = b4;
        b4 = b4.next;
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
var t2 = Tag.define;
var comment = t2();
var name = t2();
var typeName = t2(name);
var propertyName = t2(name);
var literal = t2();
var string = t2(literal);
var number = t2(literal);
var content = t2();
var heading = t2(content);
var keyword = t2();
var operator = t2();
var punctuation = t2();
var bracket = t2(punctuation);
var meta = t2();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t2(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t2(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t2(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t2(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t2(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t2(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t2(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t2(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t2(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t2(name),
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
  docString: t2(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t2(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t2(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t2(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t2(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t2(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t2(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t2(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t2(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t2(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t2(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t2(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t2(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t2(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t2(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t2(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t2(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t2(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t2(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t2(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t2(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t2(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t2(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t2(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t2(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t2(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t2(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t2(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t2(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t2(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t2(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t2(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t2(bracket),
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
  heading1: t2(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t2(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t2(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t2(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t2(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t2(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t2(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t2(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t2(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t2(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t2(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t2(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t2(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t2(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t2(),
  /**
  Deleted text.
  */
  deleted: t2(),
  /**
  Changed text.
  */
  changed: t2(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t2(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t2(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t2(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t2(meta),
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
  reduce(context, term, _4, input) {
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
    const c3 = raw[i].toLowerCase();
    if (c3 === "r") isRaw = true;
    else if (c3 === "b") bytes = true;
    else if (c3 === "f") format = true;
    else if (c3 !== "u") break;
    i++;
  }
  const q4 = raw[i];
  if (q4 !== '"' && q4 !== "'") return void 0;
  const triple = raw.startsWith(q4 + q4 + q4, i) && raw.length >= i + 6;
  const open = triple ? 3 : 1;
  const bodyStart = i + open;
  const bodyEnd = raw.length - open;
  if (bodyEnd < bodyStart || !raw.endsWith(triple ? q4 + q4 + q4 : q4)) return void 0;
  const body = raw.slice(bodyStart, bodyEnd);
  const text = body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body;
  if (isRaw || !text.includes("\\")) return { value: text, bytes, format, quote: q4 };
  let out = "";
  for (let k3 = 0; k3 < text.length; k3++) {
    const ch = text[k3];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = text[k3 + 1];
    if (e === void 0) return void 0;
    k3++;
    if (e === "\n") continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      out += simple;
    } else if (e >= "0" && e <= "7") {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(text[k3 + 1] ?? "")) digits += text[++k3];
      out += String.fromCharCode(parseInt(digits, 8));
    } else if (e === "x" || !bytes && (e === "u" || e === "U")) {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = text.slice(k3 + 1, k3 + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return void 0;
      const cp = parseInt(hex, 16);
      if (cp > 1114111) return void 0;
      out += String.fromCodePoint(cp);
      k3 += n;
    } else if (e === "N" && !bytes) {
      return void 0;
    } else {
      out += "\\" + e;
    }
  }
  return { value: out, bytes, format, quote: q4 };
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
    let o2 = this.offset;
    let line = this.line;
    let lineStart = this.lineStart;
    if (!this.hasCR) {
      for (let nl = text.indexOf("\n", o2); nl >= 0 && nl < target; nl = text.indexOf("\n", nl + 1)) {
        line++;
        lineStart = nl + 1;
      }
      this.offset = target;
      this.line = line;
      this.lineStart = lineStart;
      return { line, column: target - lineStart + 1 };
    }
    while (o2 < target) {
      const c3 = text.charCodeAt(o2++);
      if (c3 === 10) {
        line++;
        lineStart = o2;
      } else if (c3 === 13) {
        if (text.charCodeAt(o2) === 10) {
          if (o2 === target) break;
          o2++;
        }
        line++;
        lineStart = o2;
      }
    }
    this.offset = o2;
    this.line = line;
    this.lineStart = lineStart;
    return { line, column: target - lineStart + 1 };
  }
  /** The span of [from, to): `endColumn` is the column of the last character, inclusive. */
  span(from, to2) {
    const a = this.position(from);
    const b4 = this.position(Math.max(from, to2 - 1));
    return { line: a.line, column: a.column, endLine: b4.line, endColumn: b4.column };
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
function describe(v3) {
  switch (v3.kind) {
    case "list":
      return "a list";
    case "tuple":
      return "a tuple";
    case "str":
      return v3.bytes ? "a byte string" : "a string";
    case "swappable":
      return "a swappable_dependency(...) call";
    case "bool":
      return v3.value ? "True" : "False";
    case "none":
      return "None";
    case "other":
      return v3.what;
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
    let c3 = text.charCodeAt(pos);
    if (atLineStart && depth === 0) {
      let col = 0;
      const lineStart = pos;
      while (c3 === 32 || c3 === 9 || c3 === 12) {
        col = c3 === 9 ? col + 8 - col % 8 : c3 === 12 ? 0 : col + 1;
        c3 = text.charCodeAt(++pos);
      }
      atLineStart = false;
      if (pos >= len || c3 === 10 || c3 === 13 || c3 === 35) continue;
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
    if (c3 === 10 || c3 === 13) {
      pos += c3 === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      if (depth === 0) {
        atLineStart = true;
        if (lineHasTokens && lastSignificant === 58) expectIndent = true;
        lineHasTokens = false;
      }
      continue;
    }
    if (c3 === 32 || c3 === 9 || c3 === 12) {
      pos++;
      continue;
    }
    if (c3 === 35) {
      while (pos < len && (c3 = text.charCodeAt(pos)) !== 10 && c3 !== 13) pos++;
      continue;
    }
    if (c3 === 92) {
      const n = text.charCodeAt(pos + 1);
      pos += n === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
      continue;
    }
    lineHasTokens = true;
    if (c3 === 34 || c3 === 39) {
      const q4 = c3;
      if (text.charCodeAt(pos + 1) === q4 && text.charCodeAt(pos + 2) === q4) {
        pos += 3;
        while (pos < len && !(text.charCodeAt(pos) === q4 && text.charCodeAt(pos + 1) === q4 && text.charCodeAt(pos + 2) === q4)) {
          pos += text.charCodeAt(pos) === 92 ? 2 : 1;
        }
        pos += 3;
      } else {
        pos++;
        while (pos < len) {
          const d2 = text.charCodeAt(pos);
          if (d2 === q4 || d2 === 10 || d2 === 13) break;
          pos += d2 === 92 ? 2 : 1;
        }
        pos++;
      }
      lastSignificant = q4;
      continue;
    }
    if (c3 === 40 || c3 === 91 || c3 === 123) depth++;
    else if ((c3 === 41 || c3 === 93 || c3 === 125) && depth > 0) depth--;
    if (depth === 0) lastSignificant = c3;
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
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) if (!PUNCTUATION.has(c3.name)) out.push(c3);
  return out;
}
function stringIsTerminated(raw) {
  const m2 = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(raw);
  if (!m2) return false;
  const delim = m2[1];
  if (raw.length < m2[0].length + delim.length || !raw.endsWith(delim)) return false;
  let backslashes = 0;
  for (let i = raw.length - delim.length - 1; i >= m2[0].length && raw[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}
function syntaxProblem(text, tree, lines) {
  let at2;
  tree.iterate({
    enter(n) {
      if (at2 !== void 0) return false;
      if (n.type.isError) {
        at2 = n.from;
        return false;
      }
      if (n.name === "String" || n.name === "FormatString") {
        if (!stringIsTerminated(text.slice(n.from, n.to))) at2 = n.from;
        return false;
      }
      return void 0;
    }
  });
  const layout2 = indentationError(text);
  if (layout2 !== void 0 && (at2 === void 0 || layout2.at < at2)) {
    const line2 = lines.position(layout2.at).line;
    return { message: `Python syntax error near line ${line2} (${layout2.reason})`, span: lines.span(layout2.at, layout2.at + 1) };
  }
  if (at2 === void 0) return void 0;
  const line = lines.position(Math.min(at2, Math.max(0, text.length - 1))).line;
  return { message: `Python syntax error near line ${line}`, span: lines.span(at2, at2 + 1) };
}
function countQuotes(text, tree) {
  let doubles = 0;
  let singles = 0;
  tree.iterate({
    enter(n) {
      if (n.name === "String" || n.name === "FormatString") {
        const m2 = /^[A-Za-z]{0,2}(["'])/.exec(text.slice(n.from, Math.min(n.to, n.from + 4)));
        if (m2?.[1] === '"') doubles++;
        else if (m2?.[1] === "'") singles++;
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
  const to2 = node.to;
  const other = (what) => ({ kind: "other", what, from, to: to2 });
  switch (node.name) {
    case "ArrayExpression":
    case "TupleExpression": {
      const parts = expressionChildren(node);
      if (parts.some((p3) => p3.name === "*" || p3.name === "**")) return other("a collection with * unpacking");
      if (parts.some((p3) => p3.type.isError)) return other("a collection with a syntax error");
      return { kind: node.name === "ArrayExpression" ? "list" : "tuple", items: parts.map((p3) => toValue(p3, text)), from, to: to2 };
    }
    case "ParenthesizedExpression": {
      const parts = expressionChildren(node);
      return parts.length === 1 ? toValue(parts[0], text) : other(`\`${snippet(text, node)}\``);
    }
    case "String": {
      const d2 = decodeStringLiteral(text.slice(from, to2));
      if (!d2) return other("a string literal migraph could not decode");
      return { kind: "str", value: d2.value, bytes: d2.bytes, from, to: to2 };
    }
    case "ContinuedString": {
      let value = "";
      let bytes;
      for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
        if (c3.name === "Comment") continue;
        if (c3.name !== "String") return other("an f-string");
        const d2 = decodeStringLiteral(text.slice(c3.from, c3.to));
        if (!d2) return other("a string literal migraph could not decode");
        if (bytes !== void 0 && bytes !== d2.bytes) return other("bytes and text strings joined together (a SyntaxError in Python)");
        bytes = d2.bytes;
        value += d2.value;
      }
      return { kind: "str", value, bytes: bytes ?? false, from, to: to2 };
    }
    case "FormatString":
      return other("an f-string");
    case "Boolean":
      return { kind: "bool", value: text.slice(from, to2) === "True", from, to: to2 };
    case "None":
      return { kind: "none", from, to: to2 };
    case "CallExpression": {
      const callee = node.firstChild;
      const path2 = callee ? dottedName(callee, text) : void 0;
      const argList = node.getChild("ArgList");
      const args = argList ? expressionChildren(argList) : [];
      if (path2 !== void 0 && SWAPPABLE_CALLEES.has(path2) && args.length === 1 && args[0].name === "MemberExpression") {
        const arg = dottedName(args[0], text);
        const m2 = arg === void 0 ? null : /^settings\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(arg);
        if (m2) return { kind: "swappable", setting: m2[1], from, to: to2 };
      }
      return other(`a call to \`${path2 ?? snippet(text, callee ?? node)}(...)\``);
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
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "ClassDefinition") {
      if (classNameOf(c3, text) === "Migration") out.push({ node: c3, how: "conditional" });
    } else if (c3.name !== "FunctionDefinition") {
      nestedCandidates(c3, text, out);
    }
  }
}
function boundNames(stmt, text) {
  const names = [];
  let unpacked = false;
  if (stmt.name === "AssignStatement" || stmt.name === "UpdateStatement") {
    let group = [];
    for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) {
      if (c3.name === "AssignOp" || c3.name === "UpdateOp") {
        const targets = group.filter((g2) => g2.name !== "," && g2.name !== "TypeDef" && g2.name !== "Comment");
        if (targets.length > 1 || group.some((g2) => g2.name === ",")) unpacked = true;
        for (const t3 of targets) {
          if (t3.name === "VariableName") names.push(text.slice(t3.from, t3.to));
          else if (t3.name === "TupleExpression" || t3.name === "ArrayExpression" || t3.name === "ParenthesizedExpression") {
            unpacked = true;
            collectVariableNames(t3, text, names);
          }
        }
        group = [];
      } else {
        group.push(c3);
      }
    }
  } else if (stmt.name === "ImportStatement") {
    for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) if (c3.name === "VariableName") names.push(text.slice(c3.from, c3.to));
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
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "VariableName") out.push(text.slice(c3.from, c3.to));
    else collectVariableNames(c3, text, out);
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
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "FunctionDefinition" || c3.name === "ClassDefinition") continue;
    if (c3.name === "AssignStatement" || c3.name === "UpdateStatement") {
      for (const n of boundNames(c3, text).names) if (CLASS_ATTRIBUTES.has(n)) out.add(n);
    } else {
      conditionalAssignments(c3, text, out);
    }
  }
}
function statementsOf(body) {
  const out = [];
  for (let c3 = body.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "StatementGroup") out.push(...statementsOf(c3));
    else if (c3.name !== ":" && c3.name !== ";" && c3.name !== "Comment") out.push(c3);
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
  for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) if (c3.name === "AssignOp") lastOp = c3;
  const parts = [];
  let commas = 0;
  for (let c3 = lastOp?.nextSibling ?? null; c3; c3 = c3.nextSibling) {
    if (c3.name === ",") commas++;
    else if (c3.name !== "Comment") parts.push(c3);
  }
  if (parts.length === 0) return { kind: "other", what: "nothing (a syntax error)", from: stmt.to, to: stmt.to };
  if (parts.length === 1 && commas === 0) return toValue(parts[0], text);
  return { kind: "tuple", items: parts.map((p3) => toValue(p3, text)), from: parts[0].from, to: stmt.to };
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
  ].map((k3) => [k3, K_OTHER]),
  ...["match", "case", "type", "print", "exec"].map((k3) => [k3, K_SOFT])
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
for (let c3 = 0; c3 < 128; c3++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c3))) IDENT[c3] = 1;
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "br", "rb"]);
var SHORT_DOUBLE = /"(?:[^"\\\r\n]|\\(?:\r\n|[^]))*"/y;
var SHORT_SINGLE = /'(?:[^'\\\r\n]|\\(?:\r\n|[^]))*'/y;
var TRIPLE_DOUBLE = /"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
var TRIPLE_SINGLE = /'''(?:[^'\\]|\\[^]|'(?!''))*'''/y;
var SKIM = /[^"'#\\()[\]{}\n\r]*/y;
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
  doubles = 0;
  singles = 0;
  bindings = /* @__PURE__ */ new Map();
  /** The string tokens of the first statement, when they are its only tokens: the module docstring. */
  docstring;
  capture;
  /** Lean mode (see the top of the file): module-level function bodies go through `skimBlock`. */
  lean;
  constructor(text, lean) {
    this.text = text;
    this.len = text.length;
    this.lean = lean;
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
      let c3 = text.charCodeAt(pos);
      if (this.atLineStart) {
        let col = 0;
        while (c3 === 32) {
          col++;
          c3 = text.charCodeAt(++pos);
        }
        if (c3 === 9 || c3 === 12) notSure("tab or form feed in indentation");
        if (c3 === 10 || c3 === 13 || c3 === 35 || pos >= len) {
          if (c3 === 35) pos = this.commentEnd(pos);
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
      if (c3 === 32 || c3 === 9) {
        pos++;
        continue;
      }
      if (c3 === 10 || c3 === 13) {
        const at2 = pos;
        pos = this.lineBreak(pos, c3);
        if (this.brackets.length > 0) continue;
        this.lineHasTokens = false;
        this.atLineStart = true;
        this.pos = pos;
        this.start = this.end = at2;
        this.kind = T_NEWLINE;
        return;
      }
      if (c3 === 35) {
        pos = this.commentEnd(pos);
        continue;
      }
      this.start = pos;
      this.lineHasTokens = true;
      if (c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 === 95) {
        pos++;
        while (pos < len && (c3 = text.charCodeAt(pos)) < 128 && IDENT[c3] === 1) pos++;
        if (pos < len && c3 >= 128) notSure("non-ASCII identifier");
        if ((c3 === 34 || c3 === 39) && pos < len && pos - this.start <= 2) {
          const prefix = text.slice(this.start, pos).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            this.bytes = prefix.includes("b");
            this.string(pos, c3);
            return;
          }
          notSure(prefix.includes("f") ? "f-string" : "a name before a string");
        }
        this.pos = this.end = pos;
        this.kind = T_NAME;
        this.kw = pos - this.start <= 8 ? keywordAt(text, this.start, pos - this.start) : K_NONE;
        return;
      }
      if (c3 === 34 || c3 === 39) {
        this.bytes = false;
        this.string(pos, c3);
        return;
      }
      if (c3 >= 48 && c3 <= 57) {
        const first = c3;
        pos++;
        while (pos < len && (c3 = text.charCodeAt(pos)) >= 48 && c3 <= 57) pos++;
        if (first === 48 && pos - this.start > 1) notSure("number with a leading zero");
        if (c3 === 46) {
          const d2 = text.charCodeAt(pos + 1);
          if (!(d2 >= 48 && d2 <= 57)) notSure("unusual number literal");
          pos++;
          while (pos < len && (c3 = text.charCodeAt(pos)) >= 48 && c3 <= 57) pos++;
        }
        if (pos < len && (c3 >= 128 || IDENT[c3] === 1 || c3 === 46)) notSure("unusual number literal");
        this.pos = this.end = pos;
        this.kind = T_NUMBER;
        return;
      }
      this.kind = T_OP;
      const n1 = text.charCodeAt(pos + 1);
      const two = c3 * 128 + n1;
      if (TWO_CHAR.has(two)) {
        if (text.charCodeAt(pos + 2) === 61 && two !== OP_EQ && two !== OP_NE && two !== OP_LE && two !== OP_GE) {
          notSure("augmented assignment");
        }
        this.op = two;
        this.pos = this.end = pos + 2;
        return;
      }
      switch (c3) {
        case 40:
        case 91:
        case 123:
          this.brackets.push(c3);
          break;
        case 41:
        case 93:
        case 125: {
          const open = this.brackets.pop();
          if (open === void 0 || (c3 === 41 ? open !== 40 : c3 !== open + 2)) notSure("mismatched bracket");
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
          if (n1 === 61 && c3 !== 126) notSure("augmented assignment or walrus");
          break;
        default:
          notSure(c3 === 59 ? "semicolon" : c3 === 92 ? "backslash continuation" : "unexpected character");
      }
      this.op = c3;
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
  lineBreak(pos, c3) {
    if (c3 === 10) return pos + 1;
    if (this.text.charCodeAt(pos + 1) !== 10) notSure("a lone carriage return");
    return pos + 2;
  }
  string(pos, q4) {
    this.kind = T_STRING;
    this.pos = this.end = this.stringEnd(pos, q4);
  }
  /** The end of the string literal whose opening quote `q` is at `pos`; counts short strings by quote. */
  stringEnd(pos, q4) {
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q4 && text.charCodeAt(pos + 2) === q4;
    const re2 = triple ? q4 === 34 ? TRIPLE_DOUBLE : TRIPLE_SINGLE : q4 === 34 ? SHORT_DOUBLE : SHORT_SINGLE;
    re2.lastIndex = pos;
    if (!re2.test(text)) notSure("unterminated string");
    if (!triple) {
      if (q4 === 34) this.doubles++;
      else this.singles++;
    }
    return re2.lastIndex;
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
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    let lines = 0;
    while (pos < len) {
      const lineStart = pos;
      let c3 = text.charCodeAt(pos);
      while (c3 === 32) c3 = text.charCodeAt(++pos);
      if (c3 === 9 || c3 === 12) notSure("tab or form feed in indentation");
      if (c3 === 10 || c3 === 13 || c3 === 35 || pos >= len) {
        if (c3 === 35) pos = this.commentEnd(pos);
        if (pos < len) pos = this.lineBreak(pos, text.charCodeAt(pos));
        continue;
      }
      if (pos === lineStart) break;
      lines++;
      pos = this.skimLine(pos);
    }
    if (lines === 0) notSure("expected an indented block");
    this.pos = pos;
    this.atLineStart = true;
    this.lineHasTokens = false;
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
      const c3 = text.charCodeAt(pos);
      if (c3 === 34 || c3 === 39) {
        const p3 = text.charCodeAt(pos - 1);
        if (p3 >= 128 || IDENT[p3] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c3);
      } else if (c3 === 10 || c3 === 13) {
        pos = this.lineBreak(pos, c3);
        if (depth === 0) return pos;
      } else if (c3 === 35) {
        pos = this.commentEnd(pos);
      } else if (c3 === 40 || c3 === 91 || c3 === 123) {
        depth++;
        pos++;
      } else if (c3 === 41 || c3 === 93 || c3 === 125) {
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
    let c3;
    while (from > 0 && ((c3 = text.charCodeAt(from - 1)) >= 128 || IDENT[c3] === 1)) from--;
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
      this.expr();
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
        const d2 = this.bytes ? void 0 : decodeStringLiteral(this.text.slice(this.start, this.end));
        if (!d2) notSure("a string literal the fast path does not read");
        value += d2.value;
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
function ids(v3) {
  if (v3.kind === "none") return [];
  if (v3.kind === "str") return [v3.value];
  return v3.items.map((item) => {
    if (item.kind !== "str") notSure("an entry that is not a string");
    return item.value;
  });
}
function scan(input, lean) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  if (text.includes("\r") && /\r(?!\n)/.test(text)) notSure("a lone carriage return");
  const s = new Scan(text, lean);
  s.module();
  const revision = s.bindings.get("revision");
  const down = s.bindings.get("down_revision");
  if (!revision || !down) notSure("no revision or no down_revision");
  if (revision.kind !== "str") notSure("revision is not a string");
  const lines = new LineMap(text);
  const span = (v3) => lines.span(v3.from, v3.to);
  const result = { branchLabels: [], dependsOn: [], problems: [], quote: quoteOf(s.doubles, s.singles) };
  if (s.docstring) {
    let value = "";
    for (const [from, to2] of s.docstring) {
      const d2 = decodeStringLiteral(text.slice(from, to2));
      if (!d2 || d2.bytes) notSure("a docstring the fast path does not read");
      value += d2.value;
    }
    const firstLine2 = value.trim().split(/\r\n|\r|\n/)[0].trim();
    if (firstLine2 !== "") result.message = ` ${firstLine2}`.slice(1);
    const m2 = /^[ \t]*Revises:[ \t]*(.*)$/m.exec(value);
    if (m2) result.docstringRevises = m2[1].split(",").map((x4) => x4.trim()).filter((x4) => x4 !== "");
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
function scanRevision(text, options) {
  try {
    return scan(text, options?.lean === true);
  } catch (err) {
    if (err instanceof NotSure) return void 0;
    throw err;
  }
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
  const m2 = /^([a-f0-9]+)\.py$/.exec(fileName);
  return m2?.[1];
}
function cannotReadRevision(name2, why) {
  return `migraph reads revision files without running them and could not read \`${name2}\` statically: ${why}`;
}
function snippet2(text, from, to2) {
  const raw = text.slice(from, to2).replace(/\s+/g, " ");
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}
function statementsOf2(node) {
  const out = [];
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "StatementGroup") out.push(...statementsOf2(c3));
    else if (c3.name !== ";" && c3.name !== "Comment" && c3.name !== ":") out.push(c3);
  }
  return out;
}
function collectNames(node, text, out) {
  if (node.name === "VariableName") {
    out.push(text.slice(node.from, node.to));
    return;
  }
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) collectNames(c3, text, out);
}
function namesBoundInside(node, text, out) {
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "FunctionDefinition" || c3.name === "ClassDefinition") continue;
    if (c3.name === "AssignStatement" || c3.name === "UpdateStatement") {
      const t3 = assignTargets(c3, text);
      for (const n of [...t3.names, ...t3.unpacked]) out.add(n);
      namesBoundInside(c3, text, out);
    } else if (c3.name === "NamedExpression" || c3.name === "DeleteStatement") {
      const first = c3.name === "NamedExpression" ? c3.firstChild : c3.getChild("VariableName");
      if (first?.name === "VariableName") out.add(text.slice(first.from, first.to));
      namesBoundInside(c3, text, out);
    } else if (c3.name === "ForStatement") {
      for (let t3 = c3.firstChild; t3 && t3.name !== "in"; t3 = t3.nextSibling) {
        const names = [];
        collectNames(t3, text, names);
        for (const n of names) out.add(n);
      }
      namesBoundInside(c3, text, out);
    } else {
      namesBoundInside(c3, text, out);
    }
  }
}
function assignTargets(stmt, text) {
  const names = [];
  const unpacked = [];
  let group = [];
  for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "AssignOp" || c3.name === "UpdateOp") {
      const targets = group.filter((g2) => g2.name !== "," && g2.name !== "TypeDef" && g2.name !== "Comment");
      const isUnpack = targets.length > 1 || group.some((g2) => g2.name === ",");
      for (const t3 of targets) {
        if (t3.name === "VariableName" && !isUnpack) names.push(text.slice(t3.from, t3.to));
        else collectNames(t3, text, unpacked);
      }
      group = [];
    } else {
      group.push(c3);
    }
  }
  return { names, unpacked };
}
function assignedValue2(stmt, text) {
  let lastOp;
  for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) if (c3.name === "AssignOp") lastOp = c3;
  if (!lastOp) return void 0;
  const parts = [];
  let commas = 0;
  for (let c3 = lastOp.nextSibling; c3; c3 = c3.nextSibling) {
    if (c3.name === ",") commas++;
    else if (c3.name !== "Comment") parts.push(c3);
  }
  if (parts.length === 0) return { kind: "other", what: "nothing (a syntax error)", from: stmt.to, to: stmt.to };
  if (parts.length === 1 && commas === 0) return valueOf(parts[0], text);
  return { kind: "tuple", items: parts.map((p3) => valueOf(p3, text)), from: parts[0].from, to: parts[parts.length - 1].to };
}
function valueOf(node, text) {
  if (node.name === "SetExpression") {
    const parts = expressionChildren(node);
    if (parts.some((p3) => p3.name === "*" || p3.type.isError)) {
      return { kind: "other", what: `\`${snippet2(text, node.from, node.to)}\``, from: node.from, to: node.to };
    }
    return { kind: "list", items: parts.map((p3) => valueOf(p3, text)), from: node.from, to: node.to };
  }
  if (node.name === "ParenthesizedExpression") {
    const parts = expressionChildren(node);
    if (parts.length === 1) return valueOf(parts[0], text);
  }
  if (node.name === "TupleExpression" || node.name === "ArrayExpression") {
    const v3 = toValue(node, text);
    if (v3.kind === "tuple" || v3.kind === "list") {
      return { ...v3, items: expressionChildren(node).map((p3) => valueOf(p3, text)) };
    }
    return v3;
  }
  return toValue(node, text);
}
function describe2(v3) {
  switch (v3.kind) {
    case "list":
      return "a list";
    case "tuple":
      return "a tuple";
    case "str":
      return v3.bytes ? "a byte string" : "a string";
    case "swappable":
      return "a call";
    case "bool":
      return v3.value ? "True" : "False";
    case "none":
      return "None";
    case "other":
      return v3.what;
  }
}
function readIds(name2, v3, lines, problems) {
  if (v3.kind === "none") return [];
  if (v3.kind === "str" && !v3.bytes) return [v3.value];
  if (v3.kind === "tuple" || v3.kind === "list") {
    const out = [];
    for (const item of v3.items) {
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
  const why = `it is ${describe2(v3)}, not None, a string or a tuple of strings`;
  problems.push({ message: cannotReadRevision(name2, why), span: lines.span(v3.from, v3.to) });
  return void 0;
}
function moduleDocstring(statements, text) {
  const first = statements[0];
  if (first?.name !== "ExpressionStatement") return void 0;
  const parts = expressionChildren(first);
  if (parts.length !== 1) return void 0;
  const node = parts[0];
  if (node.name === "String") {
    const d2 = decodeStringLiteral(text.slice(node.from, node.to));
    return d2 && !d2.bytes ? { value: d2.value } : void 0;
  }
  if (node.name === "ContinuedString") {
    let value = "";
    for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
      if (c3.name === "Comment") continue;
      if (c3.name !== "String") return void 0;
      const d2 = decodeStringLiteral(text.slice(c3.from, c3.to));
      if (!d2 || d2.bytes) return void 0;
      value += d2.value;
    }
    return { value };
  }
  return void 0;
}
function quoteStyle(text, tree) {
  let doubles = 0;
  let singles = 0;
  tree.iterate({
    enter(n) {
      if (n.name !== "String" && n.name !== "FormatString") return void 0;
      const m2 = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(text.slice(n.from, Math.min(n.to, n.from + 5)));
      if (m2?.[1] === '"') doubles++;
      else if (m2?.[1] === "'") singles++;
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
  const quote = quoteStyle(text, tree);
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
      for (let c3 = stmt.firstChild; c3; c3 = c3.nextSibling) {
        if (c3.name === "VariableName") bindUnknown(text.slice(c3.from, c3.to), `it is bound by an import (\`${what}\`)`, stmt);
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
        for (let c3 = stmt.firstChild; c3 && c3.name !== "Body"; c3 = c3.nextSibling) {
          if (c3.name === "VariableName") names.add(text.slice(c3.from, c3.to));
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
  const result = { branchLabels: [], dependsOn: [], problems, quote };
  const docstring = moduleDocstring(statements, text);
  if (docstring) {
    const doc = docstring.value.trim();
    const firstLine2 = doc.split(/\r\n|\r|\n/)[0].trim();
    if (firstLine2 !== "") result.message = firstLine2;
    const m2 = /^[ \t]*Revises:[ \t]*(.*)$/m.exec(docstring.value);
    if (m2) result.docstringRevises = m2[1].split(",").map((s) => s.trim()).filter((s) => s !== "");
  }
  for (const name2 of NAMES) {
    const b4 = bindings.get(name2);
    if (!b4 || b4.kind === "deleted") {
      if (name2 === "revision") {
        problems.push({
          message: "This file assigns no `revision`; Alembic then takes the id from a legacy file name made of hex digits only (`<id>.py`) and fails otherwise."
        });
      } else if (name2 === "down_revision") {
        problems.push({ message: "This file assigns no `down_revision`; Alembic fails to load it (AttributeError)." });
      }
      continue;
    }
    if (b4.kind === "unknown") {
      problems.push({ message: cannotReadRevision(name2, b4.why), span: lines.span(b4.from, b4.to) });
      continue;
    }
    const v3 = b4.value;
    const span = lines.span(v3.from, v3.to);
    if (name2 === "revision") {
      if (v3.kind === "str" && !v3.bytes) result.revision = { value: v3.value, span };
      else {
        const why = v3.kind === "other" ? `it is ${v3.what}` : `it is ${describe2(v3)}, not a string`;
        problems.push({ message: cannotReadRevision("revision", why), span });
      }
      continue;
    }
    const ids2 = readIds(name2, v3, lines, problems);
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

// src/frameworks/alembic/adapter.ts
var alembicAdapter = {
  id: "alembic",
  // Version locations can be any folder the configuration names, so any Python file may be a revision;
  // finding the environments is cheap (a few configuration files) when there are none.
  mayMatter(path2) {
    const name2 = basename(path2);
    return name2.endsWith(".py") || name2.endsWith(".ini") || name2 === "pyproject.toml" || name2 === "script.py.mako";
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
    const b4 = await loadStates(base, sources, cache);
    const headPaths = new Set(changes.flatMap((c3) => c3.oldPath !== void 0 ? [c3.path, c3.oldPath] : [c3.path]));
    const m2 = await deriveStates(b4, merged, [...headPaths], sources, cache) ?? await loadStates(merged, sources, cache);
    const baseOnly = baseChanges.flatMap((c3) => c3.oldPath !== void 0 ? [c3.path, c3.oldPath] : [c3.path]).filter((p3) => !headPaths.has(p3));
    const differs = (state) => baseOnly.some((p3) => state.env.versionLocations.some((loc) => p3.startsWith(`${loc}/`)) || p3 === state.env.configFile);
    let h3;
    const headHeads = async (state) => {
      if (!differs(state)) return state.graph.heads;
      h3 ??= await deriveStates(m2, head, baseOnly, sources, cache) ?? await loadStates(head, sources, cache);
      return h3.get(state.key)?.graph.heads;
    };
    const comparisons = [];
    for (const state of m2.values()) {
      const baseState = b4.get(state.key);
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
  const configs = alembicConfigFiles(entries).flatMap((p3) => entries.has(p3) ? [entries.get(p3)] : []);
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
  const inside = (env, path2) => env.versionLocations.some((loc) => loc === "" || path2.startsWith(`${loc}/`));
  for (const path2 of changed) {
    const name2 = basename(path2);
    if (name2 === "env.py" || name2 === "pyproject.toml" || name2 === "script.py.mako" || name2.endsWith(".ini")) return void 0;
    if (/(^|\/)versions\//.test(path2) && !envs.some((env) => inside(env, path2))) return void 0;
  }
  const states = /* @__PURE__ */ new Map();
  for (const [key, state] of from) {
    const touched = changed.filter((path2) => inside(state.env, path2));
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
  const files = paths.map((p3) => snapshot.entries.get(p3));
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
    const parsed = kept?.blob === entry.blob ? kept.parsed : cache.parsed.get(entry.blob);
    if (parsed === void 0) {
      const decoded = sources.get(entry);
      if ("error" in decoded) {
        problems.push({ file: entry.path, message: `Revision file ${decoded.error}.` });
        continue;
      }
    }
    const p3 = parsed ?? parsed_(cache, entry, sources.get(entry).text);
    for (const problem of p3.problems) problems.push({ file: entry.path, message: problem.message, ...problem.span ? { span: problem.span } : {} });
    if (kept?.blob === entry.blob) {
      revisions.push(kept);
      continue;
    }
    const id2 = p3.revision?.value ?? legacyRevisionId(basename(entry.path));
    revisions.push({ id: id2 ?? "", file: entry.path, blob: entry.blob, parsed: p3 });
  }
  const graph = buildAlembicGraph(revisions);
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
  const name2 = fileName.slice(0, -3);
  if (name2 === "" || name2.includes(".") || name2[0] === "_" || name2[0] === "~") return void 0;
  return name2;
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
    let p3 = projects.get(root);
    if (!p3) {
      p3 = { root, apps: [], settings: [], packages: /* @__PURE__ */ new Map() };
      projects.set(root, p3);
    }
    return p3;
  };
  for (const [dir, files] of byDir) {
    const p3 = project(rootOf(dir));
    p3.packages.set(dir, files);
    for (const f3 of files) {
      const name2 = basename(f3.path);
      if (name2 === "settings.py" || basename(dir) === "settings") p3.settings.push(f3);
    }
    if (basename(dir) !== "migrations") continue;
    if (!files.some((f3) => basename(f3.path) === "__init__.py")) continue;
    const appDir = dirname(dir);
    const migrationFiles = files.filter((f3) => migrationModuleName(basename(f3.path)) !== void 0);
    const appsPy = byDir.get(appDir)?.find((f3) => basename(f3.path) === "apps.py");
    p3.apps.push({ dir: appDir, migrationsDir: dir, files: migrationFiles, ...appsPy ? { appsPy } : {} });
  }
  return [...projects.values()].filter((p3) => p3.apps.length > 0 || p3.settings.length > 0).sort((a, b4) => a.root < b4.root ? -1 : a.root > b4.root ? 1 : 0);
}
function mayHoldProject(entries) {
  for (const path2 of entries.keys()) {
    if (!path2.endsWith(".py")) continue;
    const candidate = path2.endsWith("migrations/__init__.py") && (path2.length === 22 || path2.charCodeAt(path2.length - 23) === 47) || path2.endsWith("settings.py") || path2.includes("settings/");
    if (candidate && !IGNORED2.test(path2)) return true;
  }
  return false;
}

// src/graph/django.ts
var keyOf = (app, name2) => `${app}.${name2}`;
function splitKey(key) {
  const dot2 = key.indexOf(".");
  return { app: key.slice(0, dot2), name: key.slice(dot2 + 1) };
}
var isMarker = (name2) => name2 === "__first__" || name2 === "__latest__";
function buildDjangoGraph(input) {
  const g2 = new Dag();
  const disk = /* @__PURE__ */ new Map();
  const keysByApp = /* @__PURE__ */ new Map();
  const migrations = [...input.migrations].sort((a, b4) => cmp2(a.app, b4.app) || cmp2(a.name, b4.name));
  for (const m2 of migrations) {
    const key = keyOf(m2.app, m2.name);
    disk.set(key, m2);
    g2.setNode(key, { app: m2.app, name: m2.name, migration: m2, origins: [] });
    const keys = keysByApp.get(m2.app);
    if (keys) keys.push(key);
    else keysByApp.set(m2.app, [key]);
  }
  const external = [];
  const unresolved = [];
  const noMigrations = [];
  const placeholder = (k3) => {
    let data = g2.node(k3);
    if (!data) {
      data = { ...splitKey(k3), origins: [] };
      g2.setNode(k3, data);
    }
    return data;
  };
  const addEdge = (parent, child, origin, kind) => {
    const p3 = placeholder(parent);
    const c3 = placeholder(child);
    const missingSide = !p3.migration ? p3 : !c3.migration ? c3 : void 0;
    if (missingSide) missingSide.origins.push({ origin, kind });
    g2.setEdge(parent, child);
  };
  for (const m2 of migrations) {
    const key = keyOf(m2.app, m2.name);
    for (const dep of m2.parsed.dependencies) {
      const target = resolveSwappable(dep, input.settings, unresolved, originOf(m2, dep));
      if (!target || target.app !== m2.app || target.name === "__first__") continue;
      addEdge(keyOf(target.app, target.name), key, originOf(m2, dep), "dependency");
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
      const ends = appEnds(g2, keysByApp.get(target.app) ?? [], target.name === "__first__" ? "roots" : "leaves");
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
  for (const m2 of migrations) {
    const key = keyOf(m2.app, m2.name);
    for (const dep of m2.parsed.dependencies) {
      const origin = originOf(m2, dep);
      const target = resolveSwappable(dep, input.settings, unresolved, origin);
      if (!target || target.app === m2.app) continue;
      if (!isMarker(target.name) && !input.migratedApps.has(target.app) && !disk.has(keyOf(target.app, target.name))) {
        external.push({ origin, app: target.app, name: target.name });
        continue;
      }
      const parent = checkKey(target, m2.app, origin);
      if (parent !== void 0) addEdge(parent, key, origin, "dependency");
    }
    for (const ref of m2.parsed.runBefore) {
      const origin = originOf(m2, ref);
      const target = resolveSwappable(ref, input.settings, unresolved, origin);
      if (!target) continue;
      if (!isMarker(target.name) && !input.migratedApps.has(target.app) && !disk.has(keyOf(target.app, target.name))) {
        external.push({ origin, app: target.app, name: target.name });
        continue;
      }
      const child = checkKey(target, m2.app, origin);
      if (child === void 0) continue;
      addEdge(key, child, origin, "run_before");
      if (target.app === m2.app) endCache.clear();
    }
  }
  const replacedBy = /* @__PURE__ */ new Map();
  const squashes = migrations.filter((m2) => m2.parsed.replaces.length > 0);
  const replacedSet = new Set(squashes.flatMap((m2) => m2.parsed.replaces.map((r2) => keyOf(r2.app ?? m2.app, r2.name))));
  squashes.sort((a, b4) => Number(replacedSet.has(keyOf(b4.app, b4.name))) - Number(replacedSet.has(keyOf(a.app, a.name))));
  for (const squash of squashes) {
    const replacement = keyOf(squash.app, squash.name);
    if (!g2.hasNode(replacement)) continue;
    const replaced = new Set(squash.parsed.replaces.map((r2) => keyOf(r2.app ?? squash.app, r2.name)));
    for (const old of replaced) {
      if (!g2.hasNode(old)) continue;
      for (const child of [...g2.successors(old)]) {
        if (!replaced.has(child)) g2.setEdge(replacement, child);
      }
      for (const parent of [...g2.predecessors(old)]) {
        if (!replaced.has(parent)) g2.setEdge(parent, replacement);
      }
      g2.removeNode(old);
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
  for (const key of g2.nodes()) {
    const data = g2.node(key);
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
  missing.sort((a, b4) => compareKeys(a.origin.key, b4.origin.key) || a.origin.span.line - b4.origin.span.line);
  const cycles = g2.cycles().map((cycle) => [...cycle].sort(compareKeys)).sort((a, b4) => compareKeys(a[0] ?? "", b4[0] ?? ""));
  const leaves = /* @__PURE__ */ new Map();
  for (const [app, keys] of keysByApp) {
    const names = appEnds(g2, keys, "leaves").map((k3) => splitKey(k3).name);
    if (names.length) leaves.set(app, names);
  }
  return { graph: g2, nodes, disk, leaves, missing, external, cycles, replacedBy, unresolved };
}
function appEnds(g2, keys, which) {
  const ends = [];
  for (const key of keys) {
    const data = g2.node(key);
    if (!data?.migration) continue;
    const neighbours = which === "roots" ? g2.predecessors(key) : g2.successors(key);
    let end = true;
    for (const n of neighbours) if (g2.node(n).app === data.app) end = false;
    if (end) ends.push(key);
  }
  return ends.sort(compareKeys);
}
function originOf(m2, ref) {
  return { key: keyOf(m2.app, m2.name), file: m2.file, span: ref.span };
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
function compareKeys(a, b4) {
  const x4 = splitKey(a);
  const y3 = splitKey(b4);
  return cmp2(x4.app, y3.app) || cmp2(x4.name, y3.name);
}
function cmp2(a, b4) {
  return a < b4 ? -1 : a > b4 ? 1 : 0;
}
function ancestors2(g2, key) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...g2.predecessors(key)];
  while (stack.length) {
    const k3 = stack.pop();
    if (seen.has(k3)) continue;
    seen.add(k3);
    for (const p3 of g2.predecessors(k3)) if (!seen.has(p3)) stack.push(p3);
  }
  return seen;
}
function forkPoint2(g2, app, leafKeys) {
  const sets = leafKeys.map((k3) => {
    const s = ancestors2(g2, k3);
    s.add(k3);
    return new Set([...s].filter((x4) => g2.node(x4)?.app === app && g2.node(x4)?.migration));
  });
  if (sets.length === 0) return void 0;
  const common = [...sets[0]].filter((k3) => sets.every((s) => s.has(k3)));
  const commonSet = new Set(common);
  const candidates = common.filter((k3) => !g2.successors(k3).some((child) => commonSet.has(child)));
  const ancestry = new Map(candidates.map((k3) => [k3, ancestors2(g2, k3)]));
  const latest = candidates.filter((k3) => !candidates.some((other) => other !== k3 && ancestry.get(other).has(k3)));
  return latest.sort(compareKeys).at(-1);
}
function branchOf(g2, app, fork, leaf) {
  const before = fork ? ancestors2(g2, fork) : /* @__PURE__ */ new Set();
  if (fork) before.add(fork);
  const branch = [...ancestors2(g2, leaf), leaf].filter((k3) => !before.has(k3) && g2.node(k3)?.app === app && g2.node(k3)?.migration);
  const set = new Set(branch);
  const order = [];
  const visit = (k3, seen2) => {
    if (seen2.has(k3)) return;
    seen2.add(k3);
    for (const p3 of [...g2.predecessors(k3)].filter((p4) => set.has(p4)).sort(compareKeys)) visit(p3, seen2);
    order.push(k3);
  };
  const seen = /* @__PURE__ */ new Set();
  for (const k3 of branch.sort(compareKeys)) visit(k3, seen);
  return order;
}

// src/frameworks/django/scan.ts
var NotSure2 = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function notSure2(reason) {
  throw new NotSure2(reason);
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
var KEYWORDS2 = /* @__PURE__ */ new Map([
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
var IDENT2 = new Uint8Array(65536);
for (let c3 = 0; c3 < 128; c3++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c3))) IDENT2[c3] = 1;
var KEYWORD_BUCKETS2 = [];
for (const [word, id2] of KEYWORDS2) {
  const key = word.charCodeAt(0) * 16 + word.length;
  (KEYWORD_BUCKETS2[key] ??= []).push([word, id2]);
}
function keywordAt2(text, start, length) {
  const bucket = KEYWORD_BUCKETS2[text.charCodeAt(start) * 16 + length];
  if (bucket === void 0) return KW_NONE;
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i];
    if (text.startsWith(entry[0], start)) return entry[1];
  }
  return KW_NONE;
}
var SOFT_KEYWORD_STARTS = /* @__PURE__ */ new Set(["match", "case", "type", "print", "exec"]);
var STRING_PREFIXES2 = /* @__PURE__ */ new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);
var DOTTED = "[A-Za-z_]\\w*(?: ?\\. ?[A-Za-z_]\\w*)*";
var ALIASED_NAME = "[A-Za-z_]\\w*(?: as [A-Za-z_]\\w*)?";
var NAMES2 = `${ALIASED_NAME}(?: ?, ?${ALIASED_NAME})*`;
var IMPORT_RE = new RegExp(`^import ${DOTTED}(?: as [A-Za-z_]\\w*)?(?: ?, ?${DOTTED}(?: as [A-Za-z_]\\w*)?)*$`);
var FROM_RE = new RegExp(`^from (?:(?:\\. ?)*${DOTTED}|(?:\\. ?)+) ?import (?:${NAMES2}|\\( ?${NAMES2} ?,? ?\\))$`);
var CLASS_RE = new RegExp(`^class [A-Za-z_]\\w* ?(?:\\( ?(?:${DOTTED}(?: ?, ?${DOTTED})* ?,? ?)?\\) ?)?:$`);
var DEF_RE = /^def [A-Za-z_]\w* ?\( ?(?:[A-Za-z_]\w*(?: ?, ?[A-Za-z_]\w*)* ?,? ?)?\) ?:$/;
var SHORT_DOUBLE2 = /"(?:[^"\\\r\n]|\\(?:\r\n|[^]))*"/y;
var SHORT_SINGLE2 = /'(?:[^'\\\r\n]|\\(?:\r\n|[^]))*'/y;
var TRIPLE_DOUBLE2 = /"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
var TRIPLE_SINGLE2 = /'''(?:[^'\\]|\\[^]|'(?!''))*'''/y;
var SKIM_TOP = /[^"'#\\()[\]{}\n\r;\f\x80-\uffff]*/y;
var SKIM_IN = /[^"'#\\()[\]{};\f\x80-\uffff]*/y;
var COMMENT = /[^\r\n]*/y;
var LEAN_NAMES = /Migration|dependencies|replaces|run_before|initial/g;
var NUMBER_RE = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)$/;
function flatten(line) {
  if (!/[#\\\r\n\t]| {2}/.test(line)) return line.trimEnd();
  return line.replace(/#[^\r\n]*/g, "").replace(/\\\r?\n|\\\r/g, " ").replace(/\s+/g, " ").trim();
}
function isCompoundStart(kw, name2) {
  return kw === KW_IF || kw === KW_ELSE || kw === KW_FOR || kw === KW_CLASS || kw === KW_DEF || kw === KW_ELIF_WHILE_WITH || kw === KW_COLON_OK && name2 !== "lambda";
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
        if (this.brackets.length > 0) notSure2("unclosed bracket at end of file");
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
          else if (style !== c3) notSure2("tabs mixed with spaces");
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
          else if (this.indentStyle !== style) notSure2("tabs mixed with spaces");
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
        if (!this.lineHasTokens || c3 !== 10 && c3 !== 13) notSure2("backslash not followed by a line break");
        pos += c3 === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
        if (pos >= len) notSure2("backslash continuation at end of file");
        let k3 = pos;
        while ((c3 = text.charCodeAt(k3)) === 32 || c3 === 9) k3++;
        if (c3 === 10 || c3 === 13 || c3 === 35 || k3 >= len) notSure2("backslash continuation into a blank line");
        continue;
      }
      this.start = pos;
      if (!this.lineHasTokens) {
        this.lineHasTokens = true;
        this.first = true;
      }
      if (c3 >= 97 && c3 <= 122 || c3 >= 65 && c3 <= 90 || c3 === 95) {
        pos++;
        while (pos < len && IDENT2[c3 = text.charCodeAt(pos)] === 1) pos++;
        if (c3 >= 128 && pos < len) notSure2("non-ASCII identifier");
        if ((c3 === 34 || c3 === 39) && pos - this.start <= 2 && pos < len) {
          const prefix = text.slice(this.start, pos).toLowerCase();
          if (STRING_PREFIXES2.has(prefix)) {
            if (prefix.includes("f")) notSure2("f-string");
            this.strBytes = prefix.includes("b");
            this.pos = this.lexString(pos, c3);
            return;
          }
        }
        this.pos = pos;
        this.end = pos;
        this.kind = NAME;
        const length = pos - this.start;
        this.kw = length >= 2 && length <= 8 ? keywordAt2(text, this.start, length) : KW_NONE;
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
        if (!NUMBER_RE.test(text.slice(this.start, pos))) notSure2("unusual number literal");
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
          if (open === void 0 || (c3 === 41 ? open !== 40 : c3 !== open + 2)) notSure2("mismatched bracket");
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
          else if (c3 === 60 && n1 === 62) notSure2("<> operator");
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
          if (n1 !== 61) notSure2("stray !");
          this.opLen = 2;
          this.g = G_BINOP;
          break;
        case 126:
          this.g = G_TILDE;
          break;
        default:
          notSure2(c3 === 12 ? "form feed" : c3 === 59 ? "semicolon" : "unexpected character");
      }
      this.isAug = this.opLen >= 2 && text.charCodeAt(pos + this.opLen - 1) === 61 && c3 !== 61 && c3 !== 33 && c3 !== 58 && !(this.opLen === 2 && (c3 === 60 || c3 === 62));
      this.pos = pos + this.opLen;
      this.end = this.pos;
      return;
    }
  }
  lexString(pos, q4) {
    if (q4 === 34) this.doubles++;
    else this.singles++;
    this.kind = STRING;
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q4 && text.charCodeAt(pos + 2) === q4;
    const re2 = triple ? q4 === 34 ? TRIPLE_DOUBLE2 : TRIPLE_SINGLE2 : q4 === 34 ? SHORT_DOUBLE2 : SHORT_SINGLE2;
    re2.lastIndex = pos;
    if (!re2.test(text)) notSure2("unterminated string");
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
    if (kw === KW_BAIL) notSure2("yield/await/async");
    if (this.needIn) {
      if (kw !== KW_IN) notSure2("not without in");
      this.needIn = false;
    }
    const isClose = kind === OP && g2 === G_OPERAND && this.opLen === 1;
    const startsOperand = g2 === G_OPERAND && !isClose && kw !== KW_PASS || g2 === G_OPEN || g2 === G_PM || g2 === G_TILDE || g2 === G_STAR || kw === KW_NOT || kw === KW_COLON_OK && this.text.startsWith("lambda", this.start) && this.end - this.start === 6;
    switch (prev) {
      case G_START:
        if (g2 === G_COMMA || g2 === G_COLON || g2 === G_DOT || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_NEWLINE) notSure2("bad statement start");
        if (g2 === G_KW && (kw === KW_IN || kw === KW_BINARY)) notSure2("bad statement start");
        break;
      case G_OPERAND:
        if (kind === STRING) {
          if (!this.prevString) notSure2("string after operand");
        } else if (g2 === G_OPERAND && !(kind === OP && this.opLen === 1)) {
          notSure2("two operands in a row");
        } else if (g2 === G_OPEN && this.opChar === 123) {
          notSure2("brace after operand");
        } else if (g2 === G_TILDE) {
          notSure2("~ after operand");
        } else if (g2 === G_KW) {
          if (kw === KW_NOT) this.needIn = true;
          else if (kw === KW_IF) {
            if (this.compFor[depth]) {
            } else this.ifPending[depth]++;
          } else if (kw === KW_ELSE) {
            if (!(this.ifPending[depth] > 0)) notSure2("else without if");
            this.ifPending[depth]--;
          } else if (kw === KW_FOR) {
            if (depth === 0) notSure2("bare generator");
            this.compFor[depth] = true;
          } else if (kw === KW_IMPORT) {
            if (this.lineKw !== KW_FROM) notSure2("import in odd place");
          } else if (kw === KW_FROM) {
            if (this.lineKw !== KW_RETURN) notSure2("from in odd place");
          } else if (kw !== KW_IN && kw !== KW_BINARY) {
            notSure2("keyword after operand");
          }
        }
        break;
      case G_OPEN:
        if (g2 === G_COMMA || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure2("bad token after bracket");
        if (g2 === G_COLON && this.openChar !== 91) notSure2("colon after bracket");
        break;
      case G_COMMA:
        if (g2 === G_COMMA || g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure2("bad token after comma");
        if (g2 === G_COLON && this.openChar !== 91) notSure2("colon after comma");
        break;
      case G_COLON:
        if (depth > 0) {
          const inSubscript = this.openChar === 91;
          if (g2 === G_ASSIGN || g2 === G_BINOP || g2 === G_DOT || g2 === G_AT || g2 === G_KW && !startsOperand) notSure2("bad token after colon");
          if ((g2 === G_COLON || g2 === G_COMMA || isClose) && !inSubscript) notSure2("bad token after colon");
        } else if (g2 === G_COMMA || g2 === G_COLON || g2 === G_DOT || g2 === G_ASSIGN || g2 === G_BINOP) {
          notSure2("bad token after colon");
        }
        break;
      case G_DOT:
        if (kind === NAME && kw === KW_NONE) break;
        if (this.lineKw === KW_FROM && this.fromDotsOnly && (g2 === G_DOT || kw === KW_IMPORT || kind === OP && this.opLen === 3 && this.opChar === 46)) break;
        notSure2("bad token after dot");
        break;
      case G_STAR:
        if (!startsOperand || g2 === G_STAR) notSure2("bad token after star");
        break;
      case G_BINOP:
      case G_PM:
      case G_TILDE:
      case G_AT:
        if (!startsOperand || g2 === G_STAR) notSure2("operator without operand");
        break;
      case G_ASSIGN:
        if (!startsOperand || g2 === G_STAR && depth > 0) notSure2("operator without operand");
        break;
      case G_KW:
        if (prevKw === KW_RETURN && g2 === G_NEWLINE) break;
        if ((prevKw === KW_COLON_OK || prevKw === KW_ELSE) && g2 === G_COLON) break;
        if (prevKw === KW_FROM && g2 === G_DOT) break;
        if (!startsOperand || g2 === G_STAR && prevKw === KW_IMPORT) notSure2("keyword without operand");
        break;
    }
    if (this.lambdas[depth] > 0 && (g2 === G_DOT || g2 === G_OPEN)) notSure2("unusual lambda parameters");
    if (kw === KW_COLON_OK && startsOperand) this.lambdas[depth]++;
    if (kind === NAME && kw === KW_NONE) this.fromDotsOnly = false;
    if (g2 === G_COLON && depth > 0) {
      if (this.lambdas[depth] > 0) this.lambdas[depth]--;
      else if (this.openChar === 40) notSure2("colon inside parentheses");
      else if (this.openChar === 91 && !this.isCall[depth - 1]) notSure2("colon in a list display");
    } else if (g2 === G_COLON) {
      if (this.lambdas[0] > 0) this.lambdas[0]--;
      else if (!isCompoundStart(this.lineKw, this.lineFirstName) || this.sawColon0) notSure2("annotation or stray colon");
    }
    if (g2 === G_STAR && depth > 0 && this.openChar === 123 && (prev === G_OPEN || prev === G_COMMA)) this.itemColon[depth + 0] = true;
    if (this.isAug && (depth > 0 || this.lineKw !== KW_NONE || this.sawAssign0)) notSure2("augmented assignment in an odd place");
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
      if (this.ifPending[depth] > 0) notSure2("if without else");
      if (prev === G_OPEN && this.opChar === 93 && this.isCall[depth - 1]) notSure2("empty subscript");
      if (this.lambdas[depth] > 0) notSure2("lambda without colon");
      if (this.opChar === 125) this.dictItem(depth, prev);
      this.ifPending.pop();
      this.itemColon.pop();
      this.dictMode.pop();
      this.lambdas.pop();
      this.compFor.pop();
      this.isCall.pop();
      this.brackets.pop();
    } else if (g2 === G_COMMA || g2 === G_COLON || g2 === G_NEWLINE) {
      if (this.ifPending[depth] > 0) notSure2("if without else");
      if (depth > 0 && this.openChar === 123) {
        if (g2 === G_COMMA) this.dictItem(depth, prev);
        else if (this.lambdas[depth] === 0) this.itemColon[depth] = true;
      }
      if (g2 === G_COLON && depth === 0) this.sawColon0 = true;
    } else if (g2 === G_BINOP && depth === 0 && this.opChar === 58) {
      notSure2("walrus at statement level");
    } else if (g2 === G_ASSIGN) {
      if (depth > 0 && (!this.isCall[depth - 1] || this.openChar !== 40 || !this.prevPlainName || this.prevPrevG !== G_OPEN && this.prevPrevG !== G_COMMA)) notSure2("= inside brackets");
      if (depth === 0 && this.lineKw !== KW_NONE && !(isCompoundStart(this.lineKw, this.lineFirstName) && this.sawColon0)) notSure2("= in a keyword statement");
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
    else if (this.dictMode[depth] !== mode) notSure2("dict and set items mixed");
    this.itemColon[depth] = false;
  }
  startLine() {
    const col = this.lineIndent;
    const top = this.indents[this.indents.length - 1];
    if (this.expectIndent) {
      if (col <= top) notSure2("expected an indented block");
      this.indents.push(col);
      this.expectIndent = false;
    } else if (col > top) {
      notSure2("unexpected indent");
    } else if (col < top) {
      while (this.indents[this.indents.length - 1] > col) this.indents.pop();
      if (this.indents[this.indents.length - 1] !== col) notSure2("unindent does not match");
    }
    const kind = this.kind;
    const kw = kind === NAME ? this.kw : KW_NONE;
    if (this.decoratorPending) {
      if (!(kind === OP && this.opChar === 64) && kw !== KW_DEF && kw !== KW_CLASS) notSure2("decorator without definition");
      if (kw === KW_CLASS && col === 0) notSure2("decorated module-level class");
      this.decoratorPending = false;
    }
    if (kind === OP && this.opChar === 64 && this.opLen === 1) this.decoratorPending = true;
    if (kind === NAME && kw === KW_NONE && SOFT_KEYWORD_STARTS.has(this.nameText())) notSure2("soft keyword statement");
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
      if (!isCompoundStart(this.lineKw, this.lineFirstName)) notSure2("colon at end of a simple statement");
      this.expectIndent = true;
    } else if (!(prev === G_OPERAND || prev === G_COMMA || prev === G_KW && this.prevKw === KW_RETURN)) {
      notSure2("statement ends with an operator");
    }
    if (isCompoundStart(this.lineKw, this.lineFirstName) && !this.sawColon0) notSure2("compound statement without colon");
    if (this.lineKw === KW_FROM || this.lineKw === KW_IMPORT) {
      const line = this.text.slice(this.lineStartPos, this.start);
      if (/["']/.test(line)) notSure2("odd import");
      if (!(this.lineKw === KW_FROM ? FROM_RE : IMPORT_RE).test(flatten(line))) notSure2("odd import");
    } else if (this.lineKw === KW_CLASS || this.lineKw === KW_DEF) {
      const line = this.text.slice(this.lineStartPos, this.start);
      if (/["']/.test(line)) notSure2("odd header");
      if (!(this.lineKw === KW_CLASS ? CLASS_RE : DEF_RE).test(flatten(line))) notSure2("odd header");
    }
    if (this.lambdas[0] > 0) notSure2("lambda without colon");
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
        if (depth > 0) notSure2("unclosed bracket at end of file");
        end = pos;
        break;
      }
      const c4 = text.charCodeAt(pos);
      if (c4 === 34 || c4 === 39) {
        if (IDENT2[text.charCodeAt(pos - 1)] === 1) this.prefixBefore(pos);
        if (c4 === 34) doubles++;
        else singles++;
        pos = this.stringEnd(pos, c4);
      } else if (c4 === 40 || c4 === 91 || c4 === 123) {
        depth++;
        pos++;
      } else if (c4 === 41 || c4 === 93 || c4 === 125) {
        if (--depth < 0) notSure2("mismatched bracket");
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
        notSure2(c4 === 59 ? "semicolon" : c4 === 12 ? "form feed" : "unexpected character");
      }
    }
    if (this.nameWithin(from, end)) {
      this.skimExact(classLevel);
      return;
    }
    this.doubles += doubles;
    this.singles += singles;
    let k3 = commentEnd === end ? commentStart : end;
    let c3 = text.charCodeAt(k3 - 1);
    while (c3 === 32 || c3 === 9) c3 = text.charCodeAt(--k3 - 1);
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
    let k3 = pos - 1;
    while (k3 > pos - 3 && IDENT2[this.text.charCodeAt(k3 - 1)] === 1) k3--;
    if (IDENT2[this.text.charCodeAt(k3 - 1)] === 1) return;
    const prefix = this.text.slice(k3, pos).toLowerCase();
    if (STRING_PREFIXES2.has(prefix) && prefix.includes("f")) notSure2("f-string");
  }
  /** The end of the string literal whose opening quote `q` is at `pos`. */
  stringEnd(pos, q4) {
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q4 && text.charCodeAt(pos + 2) === q4;
    const re2 = triple ? q4 === 34 ? TRIPLE_DOUBLE2 : TRIPLE_SINGLE2 : q4 === 34 ? SHORT_DOUBLE2 : SHORT_SINGLE2;
    re2.lastIndex = pos;
    if (!re2.test(text)) notSure2("unterminated string");
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
        if (depth > 0) notSure2("unclosed bracket at end of file");
        end = pos;
        break;
      }
      let c3 = text.charCodeAt(pos);
      if (IDENT2[c3] === 1) {
        const start = pos;
        while (++pos < len && IDENT2[c3 = text.charCodeAt(pos)] === 1) ;
        const length = pos - start;
        if (pos < len && (c3 === 34 || c3 === 39) && length <= 2) {
          const prefix = text.slice(start, pos).toLowerCase();
          if (STRING_PREFIXES2.has(prefix)) {
            if (prefix.includes("f")) notSure2("f-string");
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
        if (--depth < 0) notSure2("mismatched bracket");
      } else if (c3 === 92) {
        pos = this.continuation(pos - 1);
        continue;
      } else if (c3 === 59 || c3 === 12 || c3 >= 128) {
        notSure2(c3 === 59 ? "semicolon" : c3 === 12 ? "form feed" : "unexpected character");
      }
      last = c3;
    }
    this.endSkipped(pos, end, last);
  }
  /** Leaves the scanner on the NEWLINE at `end` of a skipped line whose last token ends with `last`. */
  endSkipped(pos, end, last) {
    if (last === 58) {
      if (!isCompoundStart(this.lineKw, this.lineFirstName)) notSure2("colon at end of a simple statement");
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
    if (length === 9 && text.startsWith("Migration", start)) notSure2("Migration mentioned by name");
    if (classLevel && CLASS_ATTRIBUTES.has(text.slice(start, end))) {
      if (depth === 0) notSure2("attribute mentioned in another statement");
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
        if (c3 !== 61 || text.charCodeAt(pos + 1) === 61) notSure2("attribute named inside brackets, not as a keyword argument");
        return;
      }
    }
  }
  /** A backslash outside strings at `pos`: the same rules as `lex`. Returns the position after it. */
  continuation(pos) {
    const text = this.text;
    let c3 = text.charCodeAt(pos + 1);
    if (c3 !== 10 && c3 !== 13) notSure2("backslash not followed by a line break");
    pos += c3 === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
    if (pos >= this.len) notSure2("backslash continuation at end of file");
    let k3 = pos;
    while ((c3 = text.charCodeAt(k3)) === 32 || c3 === 9) k3++;
    if (c3 === 10 || c3 === 13 || c3 === 35 || k3 >= this.len) notSure2("backslash continuation into a blank line");
    return pos;
  }
  /** Skips a string literal whose opening quote `q` is at `pos` (the prefix already read); counts its quote. */
  skipString(pos, q4) {
    if (q4 === 34) this.doubles++;
    else this.singles++;
    return this.stringEnd(pos, q4);
  }
  finish() {
    if (this.expectIndent) notSure2("expected an indented block at end of file");
    if (this.decoratorPending) notSure2("decorator at end of file");
  }
};
var ATTRIBUTE_FIRST = /* @__PURE__ */ new Set([100, 114, 105]);
function scanMigration(text, options) {
  try {
    return scan2(text, options?.lean === true);
  } catch (err) {
    if (err instanceof NotSure2) return void 0;
    throw err;
  }
}
function scan2(text, lean) {
  const offset = text.charCodeAt(0) === 65279 ? 1 : 0;
  const body = offset ? text.slice(1) : text;
  const s = new Scanner(body, 0, lean);
  const attributes = /* @__PURE__ */ new Map();
  let classHeader;
  let inClass = false;
  let bodyIndent = -1;
  s.advance();
  while (s.kind !== EOF) {
    if (!s.first) notSure2("internal: expected a line start");
    const indent2 = s.lineIndent;
    if (indent2 === 0) {
      inClass = false;
      if (s.kind === NAME && s.kw === KW_CLASS) {
        const from = s.start;
        s.advance();
        if (s.kind === NAME && s.kw === KW_NONE && s.end - s.start === 9 && s.nameText() === "Migration") {
          if (classHeader) notSure2("Migration defined twice");
          s.advance();
          while (!(s.kind === OP && s.g === G_COLON && s.depth === 0)) {
            if (s.kind === NEWLINE) notSure2("class header without colon");
            if (s.beforeG !== G_DOT) checkName(s, false);
            s.advance();
          }
          const to2 = s.end;
          s.advance();
          if (s.kind !== NEWLINE) notSure2("Migration body on the header line");
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
    if (inClass && (bodyIndent === -1 || indent2 === bodyIndent)) {
      bodyIndent = indent2;
      if (s.kind === NAME && s.kw === KW_NONE && ATTRIBUTE_FIRST.has(body.charCodeAt(s.start))) {
        const name2 = s.nameText();
        if (CLASS_ATTRIBUTES.has(name2)) {
          const from = s.start;
          s.advance();
          if (!(s.kind === OP && s.g === G_ASSIGN)) notSure2(`${name2} is not a plain assignment`);
          s.advance();
          const value = parseValue(s);
          if (s.kind !== NEWLINE) notSure2(`${name2} has more after its value`);
          attributes.set(name2, { value, from, to: s.lastEnd });
          s.advance();
          continue;
        }
      }
      if (s.kind === NAME && s.kw !== KW_NONE && s.kw !== KW_DEF && s.kw !== KW_PASS && s.kw !== KW_TRUE && s.kw !== KW_FALSE && s.kw !== KW_NONEVAL) {
        notSure2("compound or unusual statement in the Migration class body");
      }
      if (s.isOp(64)) notSure2("decorator in the Migration class body");
      skipStatement(s, true);
      continue;
    }
    skipStatement(s, false);
  }
  s.finish();
  if (!classHeader) notSure2("no Migration class");
  const lines = lean && body.indexOf("\r") < 0 ? new NewlineMap(body) : new LineMap(body);
  const result = buildMigration(lines, quoteOf(s.doubles, s.singles), classHeader, attributes, []);
  if (result.problems.length > 0) notSure2("the values have problems");
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
  if (length === 9 && s.nameText() === "Migration") notSure2("Migration mentioned by name");
  if (classLevel && (length === 12 || length === 8 || length === 10 || length === 7) && CLASS_ATTRIBUTES.has(s.nameText())) {
    if (s.depth === 0) notSure2("attribute mentioned in another statement");
    s.attributeNameSeen = true;
  }
}
function skipStatement(s, classLevel) {
  s.attributeNameSeen = false;
  if (s.lean && s.kind !== NEWLINE) {
    if (s.kind === EOF) notSure2("internal: unexpected end");
    if (s.beforeG !== G_DOT) checkName(s, classLevel);
    s.skipLine(classLevel);
  }
  while (s.kind !== NEWLINE) {
    if (s.kind === EOF) notSure2("internal: unexpected end");
    if (s.beforeG !== G_DOT) checkName(s, classLevel);
    s.advance();
    if (s.attributeNameSeen && !(s.kind === OP && s.g === G_ASSIGN)) notSure2("attribute named inside brackets, not as a keyword argument");
    if (s.kind !== NAME) s.attributeNameSeen = false;
  }
  s.advance();
}
function parseValue(s) {
  const from = s.start;
  if (s.kind === OP && s.g === G_OPEN) {
    const open = s.opChar;
    if (open === 123) notSure2("dict or set value");
    s.advance();
    const items = [];
    if (open === 91) {
      while (!s.isOp(93)) {
        items.push(parseValue(s));
        if (s.kind === OP && s.g === G_COMMA) s.advance();
        else if (!s.isOp(93)) notSure2("unexpected token in list");
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
      if (!(s.kind === OP && s.g === G_COMMA)) notSure2("unexpected token in tuple");
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
      if (!decoded || decoded.format) notSure2("string literal not understood");
      if (bytes !== void 0 && bytes !== decoded.bytes) notSure2("bytes and str concatenated");
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
    if (s.kw !== KW_NONE) notSure2("keyword in value");
    let path2 = s.nameText();
    s.advance();
    while (s.kind === OP && s.g === G_DOT) {
      s.advance();
      if (s.kind !== NAME) notSure2("odd attribute");
      path2 += "." + s.nameText();
      s.advance();
    }
    if (!SWAPPABLE_CALLEES.has(path2) || !s.isOp(40)) notSure2("a name or call in the value");
    s.advance();
    if (!(s.kind === NAME && s.nameText() === "settings")) notSure2("swappable_dependency argument");
    s.advance();
    if (!(s.kind === OP && s.g === G_DOT)) notSure2("swappable_dependency argument");
    s.advance();
    if (s.kind !== NAME || s.kw !== KW_NONE) notSure2("swappable_dependency argument");
    const setting = s.nameText();
    s.advance();
    if (s.kind === OP && s.g === G_COMMA) s.advance();
    if (!s.isOp(41)) notSure2("swappable_dependency arguments");
    const to2 = s.end;
    s.advance();
    return { kind: "swappable", setting, from, to: to2 };
  }
  notSure2("value outside the literal subset");
}

// src/frameworks/django/parse.ts
function parseMigration(text, options) {
  return scanMigration(text, options) ?? parseMigrationLezer(text);
}

// src/frameworks/django/settings.ts
var SETTINGS = /* @__PURE__ */ new Set(["AUTH_USER_MODEL", "MIGRATION_MODULES"]);
var COMPOUND3 = /* @__PURE__ */ new Set(["IfStatement", "ForStatement", "WhileStatement", "TryStatement", "WithStatement", "MatchStatement"]);
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
      for (const t3 of pending) {
        if (t3.name === "VariableName") targets.push(text.slice(t3.from, t3.to));
        else if (t3.name !== "TypeDef") odd = true;
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
      for (let t3 = c3.firstChild; t3 && t3.name !== "AssignOp" && t3.name !== "UpdateOp"; t3 = t3.nextSibling) {
        if (t3.name === "VariableName") out.add(text.slice(t3.from, t3.to));
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
    const k3 = toValue(key, text);
    if (k3.kind !== "str" || k3.bytes) return `a key is ${text.slice(key.from, key.to)}, not a string literal`;
    const v3 = toValue(value, text);
    if (v3.kind === "none") entries[k3.value] = null;
    else if (v3.kind === "str" && !v3.bytes) entries[k3.value] = v3.value;
    else return `the value for "${k3.value}" is ${text.slice(value.from, value.to)}, not a string literal or None`;
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
  const cannot = (name2, why, node) => {
    result.problems.push({
      message: `migraph reads settings without running them and could not read ${name2} statically: ${why}`,
      span: lines.span(node.from, node.to)
    });
  };
  for (const stmt of topStatements(tree.topNode)) {
    if (COMPOUND3.has(stmt.name)) {
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
    for (const t3 of targets) {
      if (!SETTINGS.has(t3)) continue;
      if (odd || !value) {
        cannot(t3, "it is bound by an unpacking or annotated assignment", stmt);
        continue;
      }
      const span = lines.span(stmt.from, stmt.to);
      if (t3 === "AUTH_USER_MODEL") {
        const v3 = toValue(value, text);
        if (v3.kind === "str" && !v3.bytes) result.authUserModel = { value: v3.value, span };
        else {
          delete result.authUserModel;
          cannot(t3, `it is \`${text.slice(value.from, value.to)}\`, not a string literal`, stmt);
        }
      } else {
        const entries = value.name === "DictionaryExpression" ? dictEntries(value, text) : "it is not a dict literal";
        if (typeof entries === "string") {
          delete result.migrationModules;
          cannot(t3, entries, stmt);
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
    const bases = expressionChildren(args).map((b4) => dotted(b4, text));
    if (!bases.some((b4) => b4 === "AppConfig" || b4.endsWith(".AppConfig"))) continue;
    const info = { className: text.slice(nameNode.from, nameNode.to), span: lines.span(cls.from, args.to) };
    const body = cls.getChild("Body");
    for (const s of body ? topStatements(body) : []) {
      if (s.name !== "AssignStatement") continue;
      const { targets, value, odd } = simpleAssignment(s, text);
      if (odd || !value) continue;
      const v3 = toValue(value, text);
      for (const t3 of targets) {
        if ((t3 === "name" || t3 === "label") && v3.kind === "str" && !v3.bytes) info[t3] = v3.value;
        else if (t3 === "default" && v3.kind === "bool") info.default = v3.value;
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
  await sources.load(layouts.flatMap((l4) => [...l4.settings, ...l4.apps.flatMap((a) => a.appsPy ? [a.appsPy] : [])]));
  const projects = [];
  const plans = layouts.map((layout2) => planProject(layout2, sources));
  const files = plans.flatMap((p3) => p3.apps.flatMap((a) => a.files)).filter((f3) => !cache.has(f3.blob));
  await sources.loadEach(files, (entry, decoded) => {
    if ("text" in decoded) parsedFor(cache, entry.blob, decoded.text, lean(entry.blob));
  });
  for (const plan of plans) {
    if (plan.apps.length === 0) continue;
    projects.push(finishProject(plan, sources, cache, lean));
  }
  return projects;
}
function planProject(layout2, sources) {
  const problems = [];
  const notes = [];
  const settings = {};
  const seen = /* @__PURE__ */ new Map();
  let migrationModules = {};
  for (const entry of [...layout2.settings].sort((a, b4) => cmp2(a.path, b4.path))) {
    const decoded = sources.get(entry);
    if ("error" in decoded) {
      problems.push({ file: entry.path, message: `Settings file ${decoded.error}.` });
      continue;
    }
    const read = readSettings(decoded.text);
    for (const p3 of read.problems) problems.push({ file: entry.path, message: p3.message, ...p3.span ? { span: p3.span } : {} });
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
  for (const app of layout2.apps) {
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
    const dir = [layout2.root, module.replaceAll(".", "/")].filter(Boolean).join("/");
    const files = layout2.packages.get(dir);
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
  return { root: layout2.root, apps: [...byLabel.values()], settings, problems, notes };
}
function readApp(app, sources, cache, lean) {
  const migrations = [];
  const problems = [];
  for (const entry of app.files) {
    const name2 = migrationModuleName(basename(entry.path));
    const decoded = sources.get(entry);
    if ("error" in decoded) {
      problems.push({ file: entry.path, message: `Migration ${app.label}.${name2} ${decoded.error}.` });
      continue;
    }
    const parsed = parsedFor(cache, entry.blob, decoded.text, lean(entry.blob));
    for (const p3 of parsed.problems) problems.push({ file: entry.path, message: p3.message, ...p3.span ? { span: p3.span } : {} });
    if (!parsed.hasMigrationClass) continue;
    migrations.push({ app: app.label, name: name2, file: entry.path, blob: entry.blob, parsed });
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
function assemble(p3) {
  const migrations = [...p3.perApp.values()].flatMap((a) => a.migrations);
  const problems = [...p3.problems, ...[...p3.perApp.values()].flatMap((a) => a.problems)];
  const byPath = new Map(migrations.map((m2) => [m2.file, m2]));
  const byKey = new Map(migrations.map((m2) => [keyOf(m2.app, m2.name), m2]));
  let graph;
  const build = (subset, migrated) => buildDjangoGraph({ migrations: subset, migratedApps: migrated, settings: p3.settings });
  const appLeaves = /* @__PURE__ */ new Map();
  return {
    root: p3.root,
    apps: p3.apps,
    migrations,
    byPath,
    byKey,
    settings: p3.settings,
    problems,
    notes: p3.notes,
    perApp: p3.perApp,
    projectProblems: p3.problems,
    get graph() {
      return graph ??= build(migrations, new Set(p3.apps.keys()));
    },
    leavesOf(app) {
      if (graph) return graph.leaves.get(app) ?? [];
      let leaves = appLeaves.get(app);
      if (!leaves) {
        leaves = build(p3.perApp.get(app)?.migrations ?? [], /* @__PURE__ */ new Set([app])).leaves.get(app) ?? [];
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
    const name2 = basename(path2);
    if (name2 === "settings.py" || basename(dir) === "settings" || name2 === "apps.py" || name2 === "manage.py") return void 0;
    if (owners.has(dir)) {
      if (name2 === "__init__.py") return void 0;
      touched.add(dir);
    } else if (name2.endsWith(".py") && dir.split("/").some((segment) => segment.includes("migration"))) {
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
    const headPaths = pathsOf(changes);
    const mergedProjects = await deriveDjangoProjects(baseProjects, mergedSnap, headPaths, sources, cache, { onBase }) ?? await load(mergedSnap);
    const baseOnlyDirs = new Set([...pathsOf(baseChanges)].filter((p3) => !headPaths.has(p3)).map(dirname));
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
function pathsOf(changes) {
  return new Set(changes.flatMap((c3) => c3.oldPath !== void 0 ? [c3.path, c3.oldPath] : [c3.path]));
}
function mayChangeGraph(p3) {
  const name2 = basename(p3);
  const dir = basename(dirname(p3));
  return name2 === "apps.py" || name2 === "settings.py" || name2 === "manage.py" || dir === "settings" && name2.endsWith(".py") || // `migrations`, or a package MIGRATION_MODULES names, such as `db_migrations`.
  name2.endsWith(".py") && p3.split("/").slice(0, -1).some((segment) => segment.includes("migration"));
}
function compare(base, head, merged, changes, appliedSnap) {
  const byRoot = (list) => new Map(list.map((p3) => [p3.root, p3]));
  const b4 = byRoot(base);
  const comparisons = [];
  for (const m2 of merged) {
    const owns = (p3, path2) => p3 !== void 0 && path2 !== void 0 && migrationModuleName(basename(path2)) !== void 0 && [...p3.apps.values()].some((a) => a.migrationsDir === dirname(path2));
    const mine = [];
    for (const change of changes) {
      const oldPath = change.status === "renamed" ? change.oldPath : change.path;
      if (!owns(m2, change.path) && !owns(b4.get(m2.root), oldPath)) continue;
      const onBase = oldPath !== void 0 ? appliedSnap.entries.get(oldPath) : void 0;
      mine.push({ change, ...onBase ? { onBase } : {} });
    }
    comparisons.push({
      framework: "django",
      root: m2.root,
      ...b4.has(m2.root) ? { base: b4.get(m2.root) } : {},
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
    })).sort((x4, y3) => x4.app < y3.app ? -1 : x4.app > y3.app ? 1 : 0)
  };
}

// src/frameworks/ordered/runners/common.ts
var IGNORED3 = /(^|\/)(node_modules|bower_components|vendor|\.venv|venv|site-packages|dist-packages|\.tox|\.nox|\.git|\.bundle|target|_build|deps|dist)\//;
function join3(dir, name2) {
  return dir === "" ? name2 : `${dir}/${name2}`;
}
function ancestors3(dir) {
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
  for (const p3 of paths) {
    if (IGNORED3.test(p3)) continue;
    all.add(p3);
    const dir = dirname(p3);
    const list = files.get(dir);
    if (list) list.push(basename(p3));
    else files.set(dir, [basename(p3)]);
  }
  const tree = { files, has: (p3) => all.has(p3) };
  trees.set(paths, tree);
  return tree;
}
function present(tree, candidates) {
  return candidates.filter((p3) => tree.has(p3));
}
function foldersWith(tree, runner, accepts, sidecars = () => []) {
  const out = [];
  for (const [dir, names] of tree.files) {
    if (dir === "" || !accepts(dir, names)) continue;
    out.push({ runner, dir, sidecars: sidecars(dir) });
  }
  return out.sort((a, b4) => compareLexical(a.dir, b4.dir));
}
function endsWithSegments(dir, ...segments) {
  const parts = dir.split("/");
  if (parts.length < segments.length) return false;
  return segments.every((s, i) => parts[parts.length - segments.length + i] === s);
}
function compareLexical(a, b4) {
  return a < b4 ? -1 : a > b4 ? 1 : 0;
}
var DIGITS = /^[0-9]+$/;
function compareNumeric(a, b4) {
  if (DIGITS.test(a) && DIGITS.test(b4)) {
    const x4 = BigInt(a);
    const y3 = BigInt(b4);
    return x4 < y3 ? -1 : x4 > y3 ? 1 : 0;
  }
  if (DIGITS.test(a) !== DIGITS.test(b4)) return DIGITS.test(a) ? -1 : 1;
  return compareLexical(a, b4);
}
function canonicalInteger(version) {
  return DIGITS.test(version) ? BigInt(version).toString() : version;
}
function dottedParts(version) {
  const parts = version.replace(/_/g, ".").split(".");
  if (parts.some((p3) => !DIGITS.test(p3))) return void 0;
  return parts.map((p3) => BigInt(p3));
}
function compareDotted(a, b4) {
  if (a === "" || b4 === "") return a === b4 ? 0 : a === "" ? 1 : -1;
  const x4 = dottedParts(a);
  const y3 = dottedParts(b4);
  if (!x4 || !y3) return compareLexical(a, b4);
  for (let i = 0; i < Math.max(x4.length, y3.length); i++) {
    const p3 = x4[i] ?? 0n;
    const q4 = y3[i] ?? 0n;
    if (p3 !== q4) return p3 < q4 ? -1 : 1;
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
  const [y3, mo, d2, h3, mi, se2] = m2.slice(1).map(Number);
  const date = new Date(Date.UTC(2e3, mo - 1, d2, h3, mi, se2));
  date.setUTCFullYear(y3);
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
function maxBig(a, b4) {
  return a > b4 ? a : b4;
}
var GOLANG_MIGRATE_FILE = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
var NOT_GOLANG_MIGRATE = /\.(rb|php|exs|py|js|cjs|mjs|ts|go)$/;
function isGolangMigrateFile(name2) {
  return GOLANG_MIGRATE_FILE.test(name2) && !NOT_GOLANG_MIGRATE.test(name2);
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE.exec(name2);
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE2.exec(name2);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: name2.slice(0, -".sql".length), file: path2 };
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE3.exec(name2);
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
function isFlywayFile(name2) {
  return VERSIONED.test(name2) || REPEATABLE.test(name2);
}
var description = (raw) => raw.replace(/_/g, " ");
function locationOf(dir, configDirs) {
  const chain = ancestors3(dir).filter((d2) => d2 !== "");
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
    const outermost = [...dirs].filter((d2) => !ancestors3(dirname(d2)).some((a) => dirs.has(a)));
    return outermost.sort(compareLexical).map(
      (dir) => ({
        runner: "flyway",
        dir,
        sidecars: present(
          tree,
          ancestors3(dirname(dir)).flatMap((a) => [...CONFIGS.map((c3) => join3(a, c3)), join3(a, "conf/flyway.conf")])
        )
      })
    );
  },
  migrationOf(path2, location) {
    if (relativeTo(path2, location.dir) === void 0) return void 0;
    const name2 = basename(path2);
    const v3 = VERSIONED.exec(name2);
    if (v3) {
      const undo = v3[1] === "U";
      const canonical = canonicalDotted(v3[2]);
      return {
        version: v3[2],
        name: description(v3[3]),
        // An undo migration shares its version with the versioned one it reverts; both are legitimate.
        identity: undo ? `${canonical}:undo` : canonical,
        file: path2,
        kind: undo ? "undo" : "versioned"
      };
    }
    const r2 = REPEATABLE.exec(name2);
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
    const name2 = basename(migration2.file);
    const m2 = VERSIONED.exec(name2);
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
    const name2 = directChild(path2, location.dir);
    if (name2 === void 0 || !isGolangMigrateFile(name2)) return void 0;
    const m2 = GOLANG_MIGRATE_FILE.exec(name2);
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
function parse(name2) {
  const m2 = FILE4.exec(name2);
  if (!m2 || name2.endsWith("_test.go") || BigInt(m2[1]) === 0n) return void 0;
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
    const name2 = directChild(path2, location.dir);
    const p3 = name2 === void 0 ? void 0 : parse(name2);
    if (!p3) return void 0;
    return { version: p3.version, name: p3.name, identity: canonicalInteger(p3.version), file: path2, kind: p3.ext };
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
    const knexfiles = (dir) => ancestors3(dirname(dir)).flatMap((a) => (tree.files.get(a) ?? []).filter((n) => KNEXFILE.test(n)).map((n) => join3(a, n)));
    return foldersWith(
      tree,
      "knex",
      (dir, names) => basename(dir) === "migrations" && names.some(isMigration) && knexfiles(dir).length > 0,
      (dir) => knexfiles(dir).slice(0, 1)
    );
  },
  migrationOf(path2, location) {
    const name2 = directChild(path2, location.dir);
    if (name2 === void 0 || !isMigration(name2)) return void 0;
    const m2 = FILE5.exec(name2);
    return { version: m2[1], name: m2[2], identity: name2, file: path2, kind: m2[3] };
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE6.exec(name2);
    if (!m2) return void 0;
    return { version: m2[1], name: m2[2], identity: name2.slice(0, -".php".length), file: path2 };
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE7.exec(name2);
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
      ...present(tree, ancestors3(dirname(dir)).map((a) => join3(a, ".sequelizerc"))).slice(0, 1),
      ...basename(dir) === "migrations" ? present(tree, [join3(dirname(dir), "config/config.json"), join3(dirname(dir), "config/config.js")]) : []
    ];
    return foldersWith(tree, "sequelize", (dir, names) => names.some(isMigration2) && sidecars(dir).length > 0, sidecars);
  },
  migrationOf(path2, location) {
    const name2 = directChild(path2, location.dir);
    if (name2 === void 0 || !isMigration2(name2)) return void 0;
    const m2 = FILE8.exec(name2);
    return { version: m2[1], name: m2[2], identity: name2, file: path2, kind: m2[3] };
  },
  compareVersions: compareLexical,
  nextVersion: (after, now) => nextInteger(after, now, { lexical: true }),
  renamed(migration2, version, location) {
    return [{ from: migration2.file, to: join3(location.dir, `${version}-${migration2.name}.${migration2.kind ?? "js"}`) }];
  }
};

// src/frameworks/ordered/runners/sqlx.ts
var FILE9 = /^([0-9]+)_(.*)\.sql$/;
function parse2(name2) {
  const m2 = FILE9.exec(name2);
  if (!m2 || BigInt(m2[1]) === 0n) return void 0;
  const kind = name2.endsWith(".up.sql") ? "up" : name2.endsWith(".down.sql") ? "down" : "simple";
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
    const name2 = directChild(path2, location.dir);
    const p3 = name2 === void 0 ? void 0 : parse2(name2);
    if (!p3) return void 0;
    const id2 = canonicalInteger(p3.version);
    return { version: p3.version, name: p3.raw.replace(/_/g, " "), identity: p3.kind === "down" ? `${id2}:down` : id2, file: path2, kind: p3.kind };
  },
  compareVersions: compareNumeric,
  nextVersion: (after, now) => nextInteger(after, now),
  /** A reversible migration moves both halves; a missing partner is the caller's to skip. */
  renamed(migration2, version, location) {
    const p3 = parse2(basename(migration2.file));
    if (!p3) return [];
    const suffixes = p3.kind === "simple" ? [".sql"] : [".up.sql", ".down.sql"];
    return suffixes.map((s) => ({ from: join3(location.dir, `${p3.version}_${p3.raw}${s}`), to: join3(location.dir, `${version}_${p3.raw}${s}`) }));
  }
};

// src/frameworks/ordered/runners/supabase.ts
var FILE10 = /^([0-9]+)_(.*)\.sql$/;
function isLegacyInit(version, name2) {
  return name2 === "init" && version.length === 14 && version < "20211209000000";
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
    const name2 = directChild(path2, location.dir);
    const m2 = name2 === void 0 ? null : FILE10.exec(name2);
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
function className(name2, timestamp) {
  const pascal = name2.split(/[\s_-]+/).filter((w3) => w3 !== "").map((w3) => w3[0].toUpperCase() + w3.slice(1)).join("");
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
      const up = new Set(ancestors3(dirname(dir)));
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
    const name2 = directChild(path2, location.dir);
    if (name2 === void 0 || !isMigration3(name2)) return void 0;
    const m2 = FILE11.exec(name2);
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
  const canonical = options.order === "numeric" ? canonicalInteger : options.order === "dotted" ? canonicalDotted : (v3) => v3;
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
      const found = paths.some((p3) => tree.has(p3) && match(p3) !== void 0);
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
    const changed = (state) => changes.filter((c3) => [c3.path, c3.oldPath].some((p3) => p3 !== void 0 && (p3.startsWith(`${state.location.dir}/`) || state.location.sidecars.includes(p3))));
    const comparisons = [];
    for (const state of mergedStates.values()) {
      const touched = changed(state);
      if (touched.length === 0) continue;
      const b4 = baseStates.get(state.key);
      const mine = touched.map((change) => {
        const oldPath = change.status === "renamed" ? change.oldPath : change.path;
        const onBase = oldPath !== void 0 ? applied.entries.get(oldPath) : void 0;
        return { change, ...onBase ? { onBase } : {} };
      });
      const a = appliedStates.get(state.key);
      comparisons.push({ framework: state.spec.id, root: state.key, ...b4 ? { base: b4 } : {}, ...a ? { applied: a } : {}, merged: state, changes: mine });
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
      migrations.sort((a, b4) => spec.compareVersions(a.version, b4.version) || (a.identity < b4.identity ? -1 : a.identity > b4.identity ? 1 : 0));
      const sidecars = new Map(location.sidecars.flatMap((p3) => snapshot.entries.has(p3) ? [[p3, snapshot.entries.get(p3)]] : []));
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

// src/rules/rule.ts
function defineRule(rule12) {
  return rule12;
}
function milder(severity) {
  return severity === "error" ? "warning" : "notice";
}
function sideOf(c3, key) {
  if (c3.framework === "alembic") return c3.base?.byId.has(key) ? "base" : "head";
  if (c3.framework === "django") return c3.base?.byKey.has(key) ? "base" : "head";
  return c3.base?.migrations.some((m2) => m2.identity === key) ? "base" : "head";
}
function mention(c3, key) {
  if (c3.framework === "alembic") {
    const r2 = c3.merged.byId.get(key) ?? c3.base?.byId.get(key);
    return { id: key, name: key, ...r2 ? { file: r2.file } : {}, side: sideOf(c3, key) };
  }
  if (c3.framework !== "django") {
    const m3 = c3.merged.migrations.find((x4) => x4.identity === key) ?? c3.base?.migrations.find((x4) => x4.identity === key);
    return { id: key, name: m3?.name ?? key, ...m3 ? { file: m3.file } : {}, side: sideOf(c3, key) };
  }
  const { name: name2 } = splitKey(key);
  const m2 = c3.merged.byKey.get(key) ?? c3.base?.byKey.get(key);
  return { id: key, name: name2, ...m2 ? { file: m2.file } : {}, side: sideOf(c3, key) };
}
function byFramework(ctx, checks) {
  const c3 = ctx.comparison;
  if (c3.framework === "django") return checks.django?.(c3) ?? [];
  if (c3.framework === "alembic") return checks.alembic?.(c3) ?? [];
  return checks.ordered?.(c3) ?? [];
}
function baseFinding(rule12, c3, group, fields) {
  const preexisting = fields.preexisting ?? false;
  return {
    ruleId: rule12.id,
    severity: fields.severity ?? (preexisting ? milder(rule12.meta.defaultSeverity) : rule12.meta.defaultSeverity),
    framework: c3.framework,
    project: c3.root,
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
function django(c3) {
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const m2 = c3.base?.byPath.get(change.path);
    if (!m2) continue;
    const key = keyOf(m2.app, m2.name);
    const squash = c3.merged.migrations.find((s) => s.parsed.replaces.some((r2) => (r2.app ?? s.app) === m2.app && r2.name === m2.name));
    findings.push(
      baseFinding(rule, c3, m2.app, {
        severity: squash ? "notice" : "error",
        message: squash ? `Migration ${key} is deleted; ${squash.app}.${squash.name} replaces it. Delete replaced migrations only once every database has applied the squash.` : `Migration ${key} is already on the base branch and this pull request deletes it. Databases that ran it keep its changes, and migrations that depend on it will fail to load. Restore the file and undo its effect with a new migration instead.`,
        location: { file: change.path },
        migrations: [mention(c3, key)]
      })
    );
  }
  return findings;
}
function alembic(c3) {
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const r2 = c3.base?.byPath.get(change.path);
    if (!r2?.id) continue;
    if (c3.merged.byId.has(r2.id)) continue;
    findings.push(
      baseFinding(rule, c3, c3.root, {
        message: `Revision ${r2.id} is already on the base branch and this pull request deletes it. A database at that revision fails with "Can't locate revision identified by '${r2.id}'", and revisions after it lose their parent. Restore the file and undo its effect with a new revision instead.`,
        location: { file: change.path },
        migrations: [mention(c3, r2.id)]
      })
    );
  }
  return findings;
}
function ordered(c3) {
  const spec = c3.merged.spec;
  const newest = c3.base?.migrations.at(-1);
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "deleted" || !onBase) continue;
    const m2 = c3.base?.byFile.get(change.path);
    if (!m2) continue;
    const verdict = spec.behaviour.deleted;
    const fails = verdict === "error" || verdict === "error_if_current" && newest?.identity === m2.identity;
    findings.push(
      baseFinding(rule, c3, c3.merged.location.dir, {
        severity: fails ? "error" : "warning",
        message: fails ? `Migration ${m2.identity} is already on the base branch and this pull request deletes it. ${spec.title} will stop on databases that ran it (an applied migration with no file${verdict === "error_if_current" ? ", here the current version" : ""}). Restore the file and undo its effect with a new migration.` : `Migration ${m2.identity} is already on the base branch and this pull request deletes it. ${spec.title} does not notice, but databases that ran it keep its changes while fresh ones never get them. Restore the file and undo its effect with a new migration.`,
        location: { file: change.path },
        migrations: [mention(c3, m2.identity)]
      })
    );
  }
  return findings;
}

// src/frameworks/django/edits.ts
var CLOSERS = /* @__PURE__ */ new Set([")", "]", "}"]);
var STRINGS = /* @__PURE__ */ new Set(["String", "ContinuedString"]);
function isDocstring(node) {
  if (node.name !== "ExpressionStatement") return false;
  let only;
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "Comment") continue;
    if (only) return false;
    only = c3;
  }
  if (!only || !STRINGS.has(only.name)) return false;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.name === "Body" && parent.parent?.name !== "ClassDefinition" && parent.parent?.name !== "FunctionDefinition") return false;
  if (parent.name !== "Script" && parent.name !== "Body") return false;
  for (let c3 = parent.firstChild; c3; c3 = c3.nextSibling) {
    if (c3.name === "Comment" || c3.name === ":") continue;
    return c3.from === node.from;
  }
  return false;
}
function stringValue(node, text) {
  const pieces = node.name === "String" ? [node] : node.getChildren("String");
  let out = "";
  for (const p3 of pieces) {
    const raw = text.slice(p3.from, p3.to);
    const d2 = decodeStringLiteral(raw);
    out += d2 ? `${d2.bytes ? "b" : "s"}${JSON.stringify(d2.value)}` : `raw${JSON.stringify(raw)}`;
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
      const inner = node.getChildren("(").length === 1 ? [...childrenOf(node)].filter((c3) => c3.name !== "(" && c3.name !== ")" && c3.name !== "Comment") : [];
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
    const elements = node.name === "TupleExpression" ? [...childrenOf(node)].filter((c3) => !["(", ")", ",", "Comment"].includes(c3.name)).length : 2;
    for (let c3 = first; c3; c3 = c3.nextSibling) {
      if (c3.name === "," && elements > 1) {
        let next = c3.nextSibling;
        while (next?.name === "Comment") next = next.nextSibling;
        if (next && CLOSERS.has(next.name)) continue;
      }
      walk(c3);
    }
    out.push(")");
  };
  walk(tree.topNode);
  return out.join(" ");
}
function* childrenOf(node) {
  for (let c3 = node.firstChild; c3; c3 = c3.nextSibling) yield c3;
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
  const b4 = splitLines(after);
  const n = Math.min(a.length, b4.length);
  for (let i = 0; i < n; i++) if (a[i] !== b4[i]) return i + 1;
  return Math.max(1, Math.min(n, b4.length - 1));
}
function classifyEdit(before, after) {
  if (before === after) return { kind: "identical" };
  const line = firstDifferentLine(before, after);
  const withLine = (kind) => line === void 0 ? { kind } : { kind, line };
  const strip = (t3) => t3.charCodeAt(0) === 65279 ? t3.slice(1) : t3;
  const b4 = strip(before);
  const a = strip(after);
  const tb = parsePython(b4);
  const ta = parsePython(a);
  if (syntaxProblem(b4, tb, new LineMap(b4)) || syntaxProblem(a, ta, new LineMap(a))) return withLine("semantic");
  if (fingerprint(b4, tb, true) === fingerprint(a, ta, true)) {
    const lb = layout(b4, tb);
    const la = layout(a, ta);
    if (lb.tokens === la.tokens && lb.comments !== la.comments) return withLine("comments");
    return withLine("formatting");
  }
  if (fingerprint(b4, tb, false) === fingerprint(a, ta, false)) return withLine("docstring");
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
function intern(a, b4) {
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
  return [toIds(a), toIds(b4)];
}
function bisect(a, aLo, aHi, b4, bLo, bHi) {
  const n = aHi - aLo;
  const m2 = bHi - bLo;
  const maxD = Math.ceil((n + m2) / 2);
  const vOffset = maxD;
  const vLength = 2 * maxD + 2;
  const v1 = new Int32Array(vLength).fill(-1);
  const v22 = new Int32Array(vLength).fill(-1);
  v1[vOffset + 1] = 0;
  v22[vOffset + 1] = 0;
  const delta = n - m2;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d2 = 0; d2 < maxD; d2++) {
    for (let k1 = -d2 + k1start; k1 <= d2 - k1end; k1 += 2) {
      const k1Offset = vOffset + k1;
      let x1 = k1 === -d2 || k1 !== d2 && v1[k1Offset - 1] < v1[k1Offset + 1] ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m2 && a[aLo + x1] === b4[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m2) k1start += 2;
      else if (front) {
        const k2Offset = vOffset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v22[k2Offset] !== -1 && x1 >= n - v22[k2Offset]) {
          return [aLo + x1, bLo + y1];
        }
      }
    }
    for (let k22 = -d2 + k2start; k22 <= d2 - k2end; k22 += 2) {
      const k2Offset = vOffset + k22;
      let x22 = k22 === -d2 || k22 !== d2 && v22[k2Offset - 1] < v22[k2Offset + 1] ? v22[k2Offset + 1] : v22[k2Offset - 1] + 1;
      let y22 = x22 - k22;
      while (x22 < n && y22 < m2 && a[aHi - 1 - x22] === b4[bHi - 1 - y22]) {
        x22++;
        y22++;
      }
      v22[k2Offset] = x22;
      if (x22 > n) k2end += 2;
      else if (y22 > m2) k2start += 2;
      else if (!front) {
        const k1Offset = vOffset + delta - k22;
        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset];
          const y1 = vOffset + x1 - k1Offset;
          if (x1 >= n - x22) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return void 0;
}
function collectMatches(a, aLo, aHi, b4, bLo, bHi, matches) {
  while (aLo < aHi && bLo < bHi && a[aLo] === b4[bLo]) {
    matches.push([aLo, bLo]);
    aLo++;
    bLo++;
  }
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b4[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo < aHi && bLo < bHi) {
    const split = bisect(a, aLo, aHi, b4, bLo, bHi);
    if (split && !(split[0] === aLo && split[1] === bLo) && !(split[0] === aHi && split[1] === bHi)) {
      collectMatches(a, aLo, split[0], b4, bLo, split[1], matches);
      collectMatches(a, split[0], aHi, b4, split[1], bHi, matches);
    }
  }
  for (let i = 0; i < suffix; i++) matches.push([aHi + i, bHi + i]);
}
function editScript(oldLines, newLines) {
  const [a, b4] = intern(oldLines, newLines);
  const matches = [];
  collectMatches(a, 0, a.length, b4, 0, b4.length, matches);
  const ops = [];
  let i = 0;
  let j4 = 0;
  const flushTo = (mi, mj) => {
    for (; i < mi; i++) ops.push({ kind: "-", line: oldLines[i] });
    for (; j4 < mj; j4++) ops.push({ kind: "+", line: newLines[j4] });
  };
  for (const [mi, mj] of matches) {
    flushTo(mi, mj);
    ops.push({ kind: " ", line: oldLines[i] });
    i++;
    j4++;
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
function headerPath(prefix, path2) {
  return path2 === "/dev/null" ? path2 : `${prefix}${path2}`;
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
    const to2 = Math.min(ops.length - 1, last + context);
    const oldCount = oldBefore[to2 + 1] - oldBefore[from];
    const newCount = newBefore[to2 + 1] - newBefore[from];
    out += `@@ -${rangeHeader(oldBefore[from] + 1, oldCount)} +${rangeHeader(newBefore[from] + 1, newCount)} @@
`;
    for (let idx = from; idx <= to2; idx++) {
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
var LF2 = 10;
function prismaChecksum(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function prismaScriptMatchesChecksum(script, checksum) {
  const candidates = [script, replaceCrlfWithLf(script), replaceLfWithCrlf(script)];
  const old = checksum.length > 0 && checksum.length !== 64;
  return candidates.some((candidate) => {
    const digest = createHash("sha256").update(candidate).digest();
    const rendered = old ? Array.from(digest, (b4) => b4.toString(16)).join("") : digest.toString("hex");
    return rendered === checksum;
  });
}
function replaceCrlfWithLf(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF2) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function replaceLfWithCrlf(bytes) {
  let lf = 0;
  for (const b4 of bytes) if (b4 === LF2) lf++;
  const out = new Uint8Array(bytes.length + lf);
  let n = 0;
  for (const b4 of bytes) {
    if (b4 === LF2) out[n++] = CR;
    out[n++] = b4;
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
    let c3 = n;
    for (let k3 = 0; k3 < 8; k3++) c3 = c3 & 1 ? 3988292384 ^ c3 >>> 1 : c3 >>> 1;
    table[n] = c3 >>> 0;
  }
  CRC_TABLE = table;
  return table;
}
function crc32(bytes) {
  const table = crcTable();
  let crc = 4294967295;
  for (const b4 of bytes) crc = table[(crc ^ b4) & 255] ^ crc >>> 8;
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
      django: (c3) => edits(ctx, c3, (path2) => {
        const m2 = c3.merged.byPath.get(path2) ?? c3.base?.byPath.get(path2);
        return m2 && { name: `${m2.app}.${m2.name}`, group: m2.app, key: keyOf(m2.app, m2.name) };
      }, "Django will not run it again"),
      alembic: (c3) => edits(ctx, c3, (path2) => {
        const r2 = c3.merged.byPath.get(path2) ?? c3.base?.byPath.get(path2);
        return r2 && { name: `revision ${r2.id}`, group: c3.root, key: r2.id };
      }, "Alembic will not run it again (alembic_version only records the current head)"),
      ordered: (c3) => orderedEdits(ctx, c3)
    });
  }
});
var applied_modified_default = rule2;
function edits(ctx, c3, lookup, neverAgain) {
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "modified" || !onBase || !change.newBlob) continue;
    if (change.newBlob === onBase.blob) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    if (before === void 0 || after === void 0) continue;
    const m2 = lookup(change.path);
    const edit = classifyEdit(before, after);
    const line = edit.line ?? firstChangedLine(before, after) ?? 1;
    const lineText = after.split(/\r?\n/)[line - 1] ?? "";
    const semantic = edit.kind === "semantic";
    const name2 = m2?.name ?? change.path;
    findings.push(
      baseFinding(rule2, c3, m2?.group ?? "", {
        severity: semantic ? "error" : "notice",
        message: semantic ? `Migration ${name2} is already on the base branch and this pull request changes what it does. Databases that ran it keep the old version, and ${neverAgain}: revert the edit and make the change in a new migration.` : `Migration ${name2} is already on the base branch; ${KIND_TEXT[edit.kind]}, so nothing that runs is different.`,
        location: {
          file: change.path,
          span: { line, column: 1, endLine: line, endColumn: Math.max(1, lineText.length) }
        },
        migrations: m2 ? [mention(c3, m2.key)] : [],
        details: { editKind: edit.kind, changedLine: lineText.trim().slice(0, 200) }
      })
    );
  }
  return findings;
}
function orderedEdits(ctx, c3) {
  const spec = c3.merged.spec;
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "modified" || !onBase || !change.newBlob || change.newBlob === onBase.blob) continue;
    const m2 = c3.merged.byFile.get(change.path);
    if (!m2) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    if (before === void 0 || after === void 0) continue;
    const kind = spec.behaviour.checksum;
    const unchanged = kind ? sameForRunner(kind, Buffer.from(before), Buffer.from(after)) : false;
    const line = firstChangedLine(before, after) ?? 1;
    const lineText = after.split(/\r?\n/)[line - 1] ?? "";
    const verdict = spec.behaviour.edited;
    const message = unchanged ? `Migration ${m2.identity} is already on the base branch; the edit does not change ${spec.title}'s checksum, so nothing that runs is different.` : verdict === "error" ? `Migration ${m2.identity} is already on the base branch and this pull request changes it. ${spec.title} will refuse to migrate: checksum mismatch for ${m2.identity} on every database that ran it. Revert the edit and make the change in a new migration.` : verdict === "warning" ? `Migration ${m2.identity} is already on the base branch and this pull request changes it. ${spec.title} warns that applied migrations were modified and goes on; databases that ran it keep the old version. Revert the edit and make the change in a new migration.` : `Migration ${m2.identity} is already on the base branch and this pull request changes it. ${spec.title} keeps no checksum and will never notice: databases that ran it keep the old version and silently drift from fresh ones. Revert the edit and make the change in a new migration.`;
    findings.push(
      baseFinding(rule2, c3, c3.merged.location.dir, {
        severity: unchanged ? "notice" : verdict === "error" ? "error" : "warning",
        message,
        location: { file: change.path, span: { line, column: 1, endLine: line, endColumn: Math.max(1, lineText.length) } },
        migrations: [mention(c3, m2.identity)],
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
function django2(c3) {
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c3.base?.byPath.get(change.oldPath);
    const after = c3.merged.byPath.get(change.path);
    if (!before) continue;
    const sameKey = after !== void 0 && after.app === before.app && after.name === before.name;
    const oldKey = keyOf(before.app, before.name);
    const newKey = after ? keyOf(after.app, after.name) : change.path;
    const span = after?.parsed.classSpan;
    findings.push(
      baseFinding(rule3, c3, before.app, {
        severity: sameKey ? "notice" : "error",
        message: sameKey ? `Migration ${oldKey} moves from ${change.oldPath} to ${change.path} but keeps its app and name, so Django still sees the same migration.` : `Migration ${oldKey} is already on the base branch and this pull request renames it to ${newKey}. Django tracks applied migrations by name: databases that ran ${oldKey} will run ${newKey} again. Keep the old name.`,
        location: { file: change.path, ...span ? { span } : {} },
        migrations: [mention(c3, oldKey), ...after && !sameKey ? [mention(c3, newKey)] : []],
        details: { from: change.oldPath, to: change.path }
      })
    );
  }
  return findings;
}
function alembic2(c3) {
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c3.base?.byPath.get(change.oldPath);
    const after = c3.merged.byPath.get(change.path);
    if (!before?.id) continue;
    const sameId = after?.id === before.id;
    findings.push(
      baseFinding(rule3, c3, c3.root, {
        severity: sameId ? "notice" : "error",
        message: sameId ? `Revision ${before.id} moves from ${change.oldPath} to ${change.path}; Alembic identifies revisions by the id inside the file, so nothing changes for databases.` : `Revision ${before.id} is already on the base branch and this pull request renames its file and changes its id to ${after?.id || "(none)"}. Databases at ${before.id} can no longer find their revision. Keep the old id.`,
        location: { file: change.path, ...after?.parsed.revision ? { span: after.parsed.revision.span } : {} },
        migrations: [mention(c3, before.id), ...after?.id && !sameId ? [mention(c3, after.id)] : []],
        details: { from: change.oldPath, to: change.path }
      })
    );
  }
  return findings;
}
function ordered2(c3) {
  const spec = c3.merged.spec;
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (change.status !== "renamed" || !onBase || change.oldPath === void 0) continue;
    const before = c3.base?.byFile.get(change.oldPath);
    if (!before) continue;
    const after = c3.merged.byFile.get(change.path);
    if (!after) {
      findings.push(
        baseFinding(rule3, c3, c3.merged.location.dir, {
          severity: spec.behaviour.deleted === "ignored" ? "notice" : "warning",
          message: `Migration ${before.identity} moves to ${change.path}, which ${spec.title} does not read: for ${spec.title} it is deleted${spec.behaviour.deleted === "ignored" ? ", which it does not notice; databases that ran it keep its changes." : ", and databases that ran it will report an applied migration with no file."}`,
          location: { file: change.path },
          migrations: [mention(c3, before.identity)],
          details: { from: change.oldPath, to: change.path }
        })
      );
      continue;
    }
    const same = after.identity === before.identity;
    const verdict = spec.behaviour.renamed;
    findings.push(
      baseFinding(rule3, c3, c3.merged.location.dir, {
        severity: same || verdict === "ignored" ? "notice" : "error",
        message: same ? `Migration ${before.identity} moves from ${change.oldPath} to ${change.path} but ${spec.title} still sees the same migration.` : verdict === "rerun" ? `Migration ${before.identity} is already on the base branch and this pull request renames it to ${after.identity}. ${spec.title} identifies migrations by ${spec.id === "prisma" ? "folder name" : "name"}, so databases that ran it will run ${after.identity} again. Keep the old name.` : verdict === "error" ? `Migration ${before.identity} is already on the base branch and this pull request renames it to ${after.identity}. ${spec.title} will stop on databases that ran it (an applied version with no file). Keep the old name.` : `Migration ${before.identity} is renamed to ${after.identity}; ${spec.title} does not notice.`,
        location: { file: change.path },
        migrations: [mention(c3, before.identity), ...same ? [] : [mention(c3, after.identity)]],
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
    return byFramework(ctx, { django: django3, alembic: (c3) => alembic3(ctx, c3) });
  }
});
var dependency_cycle_default = rule4;
function django3(c3) {
  if (c3.merged.graph.cycles.length === 0) return [];
  const onBase = new Set((c3.base?.graph.cycles ?? []).map((cycle) => cycle.join(" ")));
  return c3.merged.graph.cycles.map((cycle) => {
    const first = cycle.find((k3) => sideOf(c3, k3) === "head") ?? cycle[0];
    const m2 = c3.merged.graph.nodes.get(first);
    const next = cycle.find((k3) => k3 !== first && m2?.parsed.dependencies.some((d2) => `${d2.app}.${d2.name}` === k3));
    const dep = next ? m2?.parsed.dependencies.find((d2) => `${d2.app}.${d2.name}` === next) : void 0;
    const span = dep?.span ?? m2?.parsed.dependenciesSpan ?? m2?.parsed.classSpan;
    return baseFinding(rule4, c3, splitKey(first).app, {
      preexisting: onBase.has(cycle.join(" ")),
      message: `Circular dependency between ${cycle.join(", ")}; Django raises CircularDependencyError and no migration can run.`,
      ...m2 ? { location: { file: m2.file, ...span ? { span } : {} } } : {},
      migrations: cycle.map((k3) => mention(c3, k3))
    });
  });
}
function alembic3(_ctx, c3) {
  const onBase = new Set((c3.base?.graph.cycleDetails ?? []).map((cycle) => [...cycle.ids].sort().join(" ")));
  return c3.merged.graph.cycleDetails.map((cycle) => {
    const first = cycle.ids.find((id2) => sideOf(c3, id2) === "head") ?? cycle.ids[0];
    const r2 = c3.merged.byId.get(first);
    const span = r2?.parsed.downRevision?.span ?? r2?.parsed.revision?.span;
    return baseFinding(rule4, c3, c3.root, {
      preexisting: onBase.has([...cycle.ids].sort().join(" ")),
      message: cycle.message,
      ...r2 ? { location: { file: r2.file, ...span ? { span } : {} } } : {},
      migrations: cycle.ids.map((id2) => mention(c3, id2))
    });
  });
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
function django4(c3) {
  const findings = [];
  const byApp = /* @__PURE__ */ new Map();
  for (const m2 of c3.merged.migrations) {
    const digits = leadingNumber(m2.name);
    if (digits === void 0) continue;
    const numbers = byApp.get(m2.app) ?? /* @__PURE__ */ new Map();
    byApp.set(m2.app, numbers);
    const list = numbers.get(Number(digits)) ?? [];
    list.push(keyOf(m2.app, m2.name));
    numbers.set(Number(digits), list);
  }
  for (const [app, numbers] of byApp) {
    for (const [number2, keys] of numbers) {
      if (keys.length < 2) continue;
      const replaced = new Set(
        keys.flatMap((k3) => c3.merged.byKey.get(k3).parsed.replaces.map((r2) => keyOf(r2.app ?? app, r2.name)))
      );
      const clashing = keys.filter((k3) => !replaced.has(k3) && !c3.merged.graph.replacedBy.has(k3));
      if (clashing.length < 2) continue;
      const fromHead = clashing.filter((k3) => sideOf(c3, k3) === "head");
      if (fromHead.length === 0) continue;
      const resolved = (c3.merged.graph.leaves.get(app)?.length ?? 0) <= 1;
      const at2 = c3.merged.byKey.get(fromHead[0]);
      const names = clashing.map((k3) => `${k3.slice(app.length + 1)} (${sideOf(c3, k3)})`).join(", ");
      findings.push(
        baseFinding(rule5, c3, app, {
          severity: resolved ? "notice" : "warning",
          message: `App '${app}' has ${clashing.length} migrations numbered ${String(number2).padStart(4, "0")}: ${names}.${resolved ? " The graph has a single leaf, so Django runs them fine; only the numbering is ambiguous." : ""}`,
          location: { file: at2.file, ...at2.parsed.classSpan ? { span: at2.parsed.classSpan } : {} },
          migrations: clashing.map((k3) => mention(c3, k3))
        })
      );
    }
  }
  return findings;
}
function alembic4(c3) {
  const byNumber = /* @__PURE__ */ new Map();
  for (const r2 of c3.merged.revisions) {
    const digits = leadingNumber(r2.id) ?? leadingNumber(basename(r2.file));
    if (digits === void 0 || !r2.id) continue;
    byNumber.set(Number(digits), [...byNumber.get(Number(digits)) ?? [], r2.id]);
  }
  const findings = [];
  for (const [number2, ids2] of byNumber) {
    const unique = [...new Set(ids2)];
    if (unique.length < 2) continue;
    const fromHead = unique.filter((id2) => sideOf(c3, id2) === "head");
    if (fromHead.length === 0) continue;
    const resolved = c3.merged.graph.heads.length <= 1;
    const at2 = c3.merged.byId.get(fromHead[0]);
    findings.push(
      baseFinding(rule5, c3, c3.root, {
        severity: resolved ? "notice" : "warning",
        message: `${unique.length} revisions are numbered ${String(number2).padStart(4, "0")}: ${unique.map((id2) => `${id2} (${sideOf(c3, id2)})`).join(", ")}.${resolved ? " The history has a single head, so Alembic runs them fine; only the numbering is ambiguous." : ""}`,
        location: { file: at2.file, ...at2.parsed.revision ? { span: at2.parsed.revision.span } : {} },
        migrations: unique.map((id2) => mention(c3, id2))
      })
    );
  }
  return findings;
}
function ordered3(c3) {
  const spec = c3.merged.spec;
  const groups = /* @__PURE__ */ new Map();
  let current;
  for (const m2 of c3.merged.migrations) {
    if (m2.kind === "repeatable" || m2.kind === "down" || m2.kind === "undo") continue;
    if (current && spec.compareVersions(current.version, m2.version) === 0) {
      current.list.push(m2);
    } else {
      current = { version: m2.version, list: [m2] };
      groups.set(m2.version, current.list);
    }
  }
  const findings = [];
  for (const [version, list] of groups) {
    if (new Set(list.map((m2) => m2.file)).size < 2) continue;
    const identities = [...new Set(list.map((m2) => m2.identity))];
    const fromHead = list.filter((m2) => !c3.base?.byFile.has(m2.file));
    if (fromHead.length === 0) continue;
    const refuses = spec.behaviour.duplicate === "error";
    findings.push(
      baseFinding(rule5, c3, c3.merged.location.dir, {
        severity: refuses ? "error" : "notice",
        message: `${list.length} migrations share the version ${version}: ${list.map((m2) => basename(m2.file)).join(", ")}. ${refuses ? `${spec.title} refuses to run with two migrations of one version.` : `${spec.title} tells them apart by name and runs them in name order; make sure that order is right.`}`,
        location: { file: fromHead[0].file },
        migrations: identities.map((id2) => mention(c3, id2))
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
function alembic5(c3) {
  const onBase = new Set((c3.base?.graph.duplicates ?? []).map((d2) => `${d2.id}>${[...d2.files].sort().join(">")}`));
  return c3.merged.graph.duplicates.map((d2) => {
    const headFile = d2.files.find((f3) => !c3.base?.byPath.has(f3)) ?? d2.files[0];
    const r2 = c3.merged.byPath.get(headFile);
    return baseFinding(rule6, c3, c3.root, {
      preexisting: onBase.has(`${d2.id}>${[...d2.files].sort().join(">")}`),
      message: `${d2.message} (${d2.files.join(", ")}). Give one of them a new id (\`alembic revision\` makes one) and point its children at it.`,
      location: { file: headFile, ...r2?.parsed.revision ? { span: r2.parsed.revision.span } : {} },
      migrations: [mention(c3, d2.id)],
      details: { files: JSON.stringify(d2.files), kept: d2.kept }
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
function compareDigits(a, b4) {
  const x4 = a.replace(/^0+(?=\d)/, "");
  const y3 = b4.replace(/^0+(?=\d)/, "");
  if (x4.length !== y3.length) return x4.length - y3.length;
  return x4 < y3 ? -1 : x4 > y3 ? 1 : 0;
}
function prismaLockProvider(text) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\[/.test(lines[i])) return void 0;
    const m2 = /^\s*provider\s*=\s*(?:"(?<double>(?:[^"\\]|\\.)*)"|'(?<single>[^']*)')\s*(?:#.*)?$/.exec(lines[i]);
    if (m2?.groups) return { provider: m2.groups.double ?? m2.groups.single, line: i + 1 };
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
    let at2 = entries.findIndex((e) => isObject(e) && typeof e.idx === "number" && e.idx > newIdx);
    if (at2 < 0) at2 = entries.length;
    entries.splice(at2, 0, entry);
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
    return byFramework(ctx, { ordered: (c3) => ordered4(ctx, c3) });
  }
});
var lock_file_default = rule7;
function ordered4(ctx, c3) {
  if (c3.framework !== "prisma") return [];
  const findings = [];
  for (const { change, onBase } of c3.changes) {
    if (!change.path.endsWith("migration_lock.toml") || change.status !== "modified" || !onBase || !change.newBlob) continue;
    const before = ctx.text(onBase.blob);
    const after = ctx.text(change.newBlob);
    const was = before !== void 0 ? prismaLockProvider(before) : void 0;
    const now = after !== void 0 ? prismaLockProvider(after) : void 0;
    if (!was || !now || was.provider === now.provider) continue;
    findings.push(
      baseFinding(rule7, c3, c3.merged.location.dir, {
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
    return byFramework(ctx, { django: django5, alembic: (c3) => alembic6(ctx, c3) });
  }
});
var missing_dependency_default = rule8;
function sameNumber(a, b4) {
  const x4 = /^\d+/.exec(a)?.[0];
  return x4 !== void 0 && x4 === /^\d+/.exec(b4)?.[0];
}
function django5(c3) {
  if (c3.merged.graph.missing.length === 0) return [];
  const onBase = new Set((c3.base?.graph.missing ?? []).map((m2) => `${m2.origin.key}>${m2.target}`));
  return c3.merged.graph.missing.map((missing) => {
    const target = splitKey(missing.target);
    const similar = [...c3.merged.byKey.keys()].map(splitKey).filter((k3) => k3.app === target.app && sameNumber(k3.name, target.name)).map((k3) => k3.name);
    const wasDeleted = c3.base?.byKey.has(missing.target) && !c3.merged.byKey.has(missing.target);
    const hint = wasDeleted ? ` The base has ${target.name}; this pull request deletes or renames it.` : similar.length ? ` Did you mean ${similar.join(" or ")}?` : "";
    return baseFinding(rule8, c3, splitKey(missing.origin.key).app, {
      preexisting: onBase.has(`${missing.origin.key}>${missing.target}`),
      message: `${missing.message}.${hint}`,
      location: { file: missing.origin.file, span: missing.origin.span },
      migrations: [mention(c3, missing.origin.key)],
      details: { target: missing.target }
    });
  });
}
function alembic6(_ctx, c3) {
  const onBase = new Set((c3.base?.graph.missing ?? []).map((m2) => `${m2.from}>${m2.target}>${m2.kind}`));
  return c3.merged.graph.missing.map(
    (missing) => baseFinding(rule8, c3, c3.root, {
      preexisting: onBase.has(`${missing.from}>${missing.target}>${missing.kind}`),
      message: `${missing.message}${missing.matches.length ? ` Did you mean ${missing.matches.join(" or ")}?` : ""}`,
      location: { file: missing.file, ...missing.span ? { span: missing.span } : {} },
      migrations: [mention(c3, missing.from)],
      details: { target: missing.target, kind: missing.kind, reason: missing.reason }
    })
  );
}

// src/fix/python.ts
function comparePython(a, b4) {
  const ai = a[Symbol.iterator]();
  const bi = b4[Symbol.iterator]();
  for (; ; ) {
    const x4 = ai.next();
    const y3 = bi.next();
    if (x4.done || y3.done) return x4.done === y3.done ? 0 : x4.done ? -1 : 1;
    const cx = x4.value.codePointAt(0);
    const cy = y3.value.codePointAt(0);
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
function pythonLength(s) {
  let n = 0;
  for (const _4 of s) n++;
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
  const q4 = value.includes(quote) && !value.includes(other) ? other : quote;
  let body = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0);
    if (ch === "\\") body += "\\\\";
    else if (ch === q4) body += `\\${q4}`;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "	") body += "\\t";
    else if (cp < 32 || cp === 127) body += `\\x${cp.toString(16).padStart(2, "0")}`;
    else body += ch;
  }
  return `${q4}${body}${q4}`;
}
function findStringLiteral(source, value) {
  let found;
  const re2 = /([rRuU]?)("""|'''|"|')/g;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "#") {
      const nl = source.indexOf("\n", i);
      i = nl === -1 ? source.length : nl + 1;
      continue;
    }
    re2.lastIndex = i;
    const m2 = re2.exec(source);
    if (!m2 || m2.index !== i || m2[1] && i > 0 && /\w/.test(source[i - 1])) {
      i++;
      continue;
    }
    const prefix = m2[1];
    const quote = m2[2];
    const bodyStart = i + m2[0].length;
    const raw = prefix.toLowerCase() === "r";
    let j4 = bodyStart;
    let decoded = "";
    let closed = false;
    while (j4 < source.length) {
      if (source.startsWith(quote, j4)) {
        closed = true;
        break;
      }
      const c3 = source[j4];
      if (c3 === "\\" && j4 + 1 < source.length) {
        const next = source[j4 + 1];
        if (raw) decoded += c3 + next;
        else decoded += next === "n" ? "\n" : next === "t" ? "	" : next === "r" ? "\r" : next;
        j4 += 2;
        continue;
      }
      if (c3 === "\n" && quote.length === 1) break;
      decoded += c3;
      j4++;
    }
    if (!closed) return found;
    const end = j4 + quote.length;
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
  lines.sort((a, b4) => comparePython(a.line, b4.line));
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
  const content2 = header + "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n" + (blankAfterClass ? "\n" : "") + "    dependencies = [\n" + deps.map((l4) => `${l4}
`).join("") + "    ]\n\n" + (input.style.black ? "    operations = []\n" : "    operations = [\n    ]\n");
  const dir = input.migrationsDir.replace(/\/+$/, "");
  const path2 = dir === "" ? `${name2}.py` : `${dir}/${name2}.py`;
  return { name: name2, edit: { kind: "create", path: path2, content: content2 } };
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
    let j4 = i + close.length;
    while (j4 < text.length && !text.startsWith(close, j4)) {
      if (text[j4] === "\\") j4++;
      else if (!triple && text[j4] === "\n") break;
      j4++;
    }
    i = j4 + close.length;
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
    const q4 = countQuotes2(text);
    single += q4.single;
    double += q4.double;
    if (q4.double > q4.single) doubleFiles++;
    else if (q4.single > q4.double) singleFiles++;
    const isCollapsed = collapsed.test(text);
    const isExpanded = expanded.test(text);
    if (isCollapsed && !isExpanded) {
      blackVotes++;
      blackFiles.push(text);
    } else if (isExpanded && !isCollapsed) rawVotes++;
    else if (q4.double > q4.single) {
      blackVotes++;
      blackFiles.push(text);
    } else if (q4.single > q4.double) rawVotes++;
  }
  const quote = doubleFiles !== singleFiles ? doubleFiles > singleFiles ? '"' : "'" : double > single ? '"' : "'";
  const black = blackVotes > rawVotes || blackVotes === rawVotes && quote === '"';
  for (const text of blackFiles) {
    const m2 = classHeader.exec(text);
    if (m2) {
      if (m2[1] !== void 0) blank++;
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
  for (const m2 of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(m2.index + m2[0].length);
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
  const sorted = [...replacements].sort((a, b4) => b4.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const r2 of sorted) {
    if (r2.end > limit) continue;
    out = out.slice(0, r2.start) + r2.text + out.slice(r2.end);
    limit = r2.start;
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
  const chainNames = new Set(input.chain.map((m2) => m2.name));
  const others = input.takenNames.filter((n) => !chainNames.has(n));
  const width = Math.max(4, ...[input.baseLeaf, ...input.takenNames, ...input.chain.map((m2) => m2.name)].map((n) => leadingDigits(n).length));
  const usedNumbers = new Set(others.map(leadingDigits).filter((d2) => d2 !== "").map(Number));
  const usedNames = new Set(others);
  let next = (parseMigrationNumber(input.baseLeaf) ?? 0) + 1;
  return input.chain.map((member, i) => {
    const digits = leadingDigits(member.name);
    const rest = digits === "" ? `_${member.name}` : member.name.slice(digits.length);
    for (; ; ) {
      const candidate = `${String(next).padStart(width, "0")}${rest}`;
      const clashesWithChain = input.chain.some((m2, j4) => j4 !== i && m2.name === candidate);
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
  input.chain.forEach((m2, i) => {
    if (newNames[i] !== m2.name) renamed.set(m2.name, newNames[i]);
  });
  const chainNames = new Set(input.chain.map((m2) => m2.name));
  const unrewritable = [];
  const rewrite = (path2, text, refs, extra) => {
    const replacements = [];
    for (const ref of refs) {
      const target = extra(ref) ?? (ref.app === input.app ? renamed.get(ref.name) : void 0);
      if (target === void 0 || target === ref.name) continue;
      const r2 = literalReplacement(text, ref, target);
      if (r2) replacements.push(r2);
      else unrewritable.push({ path: path2, span: ref.span, name: ref.name });
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
      const to2 = joinPath(dirname(member.path), `${newName}.py`);
      commands.push(`git mv -- ${shellQuote(member.path)} ${shellQuote(to2)}`);
      edits2.push({ kind: "rename", from: member.path, to: to2, content: newText, diff: unifiedDiff(member.text, newText, { oldPath: member.path, newPath: to2 }) });
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
  const renames = [...renamed].map(([from, to2]) => `${from} \u2192 ${to2}`).join(", ");
  let description2 = `Moves ${what} of \`${input.app}\` (in \`${input.migrationsDir}\`) after \`${input.baseLeaf}\`${renames ? ` (${renames})` : ""} and rewrites every reference to ${count === 1 ? "it" : "them"}, so the history stays a single line and no merge migration is needed. Prefer this only while the branch's migrations have not been applied anywhere that matters (a shared, staging or production database): Django records applied migrations by name, so a renamed migration that already ran looks new and would run again. Whoever applied them locally should first unapply them (\`manage.py migrate ${input.app} ${forkParent ?? "<the old parent>"}\`). If they have been applied somewhere, add the merge migration instead.`;
  if (unrewritable.length > 0) {
    const where = unrewritable.map((u2) => `${u2.path}:${u2.span.line} (${u2.name})`).join(", ");
    description2 += ` Some references are not plain string literals and must be updated by hand: ${where}.`;
  }
  return {
    title: count === 1 ? "Renumber the branch's migration" : "Renumber the branch's migrations",
    description: description2,
    commands,
    edits: edits2
  };
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
    const c3 = template[i];
    if (c3 !== "%") {
      out += c3;
      continue;
    }
    if (template[i + 1] === "%") {
      out += "%";
      i++;
      continue;
    }
    const m2 = /^%\(([^)]*)\)([-+ #0]*)(\d*)(?:\.(\d+))?([sdiurxXo])/.exec(template.slice(i));
    if (!m2) return { error: `unsupported placeholder at \`${template.slice(i, i + 12)}\` in file_template` };
    const [whole, key, flags, width, precision, conv] = m2;
    if (!Object.hasOwn(values, key)) return { error: `file_template names \`%(${key})\`, which Alembic does not provide (KeyError)` };
    const v3 = values[key];
    let s;
    if (conv === "s" || conv === "r") {
      s = conv === "r" && typeof v3 === "string" ? `'${v3}'` : String(v3);
      if (precision !== void 0) s = Array.from(s).slice(0, Number(precision)).join("");
    } else {
      if (typeof v3 !== "number") return { error: `file_template formats \`%(${key})\` as a number, but it is text (TypeError)` };
      const n = Math.trunc(v3);
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
  const r2 = formatFileTemplate(fileTemplate ?? DEFAULT_FILE_TEMPLATE, vars);
  if ("name" in r2) return `${r2.name}.py`;
  const d2 = formatFileTemplate(DEFAULT_FILE_TEMPLATE, vars);
  return `${"name" in d2 ? d2.name : vars.rev}.py`;
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
var isSeq = (v3) => typeof v3 === "object" && v3 !== null;
function pyStrRepr(s) {
  const q4 = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q4;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === q4) out += `\\${q4}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (ch !== " " && /[\p{C}\p{Z}]/u.test(ch)) {
      out += cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp <= 65535 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + q4;
}
function pyRepr(v3) {
  if (v3 === UNDEFINED) throw new RenderError("a name the template uses is not defined");
  if (v3 === null) return "None";
  if (typeof v3 === "boolean") return v3 ? "True" : "False";
  if (typeof v3 === "string") return pyStrRepr(v3);
  const inner = v3.items.map(pyRepr).join(", ");
  if (v3.seq === "list") return `[${inner}]`;
  return v3.items.length === 1 ? `(${inner},)` : `(${inner})`;
}
function pyStr(v3) {
  return typeof v3 === "string" ? v3 : pyRepr(v3);
}
function truthy(v3) {
  if (v3 === UNDEFINED || v3 === null) return false;
  if (typeof v3 === "string") return v3.length > 0;
  if (typeof v3 === "boolean") return v3;
  return v3.items.length > 0;
}
function formatAsComma(v3) {
  if (v3 === null) return "";
  if (typeof v3 === "string") return v3;
  if (isSeq(v3)) {
    return v3.items.map((i) => {
      if (typeof i !== "string") throw new RenderError("`comma` was given a collection of non-strings");
      return i;
    }).join(", ");
  }
  throw new RenderError(`\`comma\` cannot format ${v3 === UNDEFINED ? "an undefined name" : pyRepr(v3)}`);
}
function pyEquals(a, b4) {
  if (isSeq(a) || isSeq(b4)) {
    if (!isSeq(a) || !isSeq(b4) || a.seq !== b4.seq || a.items.length !== b4.items.length) return false;
    return a.items.every((x4, i) => pyEquals(x4, b4.items[i]));
  }
  return a === b4;
}
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c3 = src[i];
    if (/\s/.test(c3)) {
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
    if (c3 === '"' || c3 === "'") {
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
  const q4 = src[start];
  const triple = src.startsWith(q4.repeat(3), start);
  const delim = triple ? q4.repeat(3) : q4;
  let i = start + delim.length;
  let value = "";
  const esc = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
  while (i < src.length) {
    if (src.startsWith(delim, i)) return { value, end: i + delim.length };
    const c3 = src[i];
    if (c3 === "\\" && !raw) {
      const e = src[i + 1];
      if (e === void 0 || esc[e] === void 0) throw new RenderError("unsupported escape in a string literal");
      value += esc[e];
      i += 2;
      continue;
    }
    if (c3 === "\n" && !triple) break;
    value += c3;
    i++;
  }
  throw new RenderError("unterminated string literal");
}
var KEYWORDS3 = /* @__PURE__ */ new Set(["if", "else", "and", "or", "not", "is", "in", "lambda", "for"]);
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
  isWord(v3) {
    const t3 = this.peek();
    return t3?.t === "name" && t3.v === v3;
  }
  isOp(v3) {
    const t3 = this.peek();
    return t3?.t === "op" && t3.v === v3;
  }
  expectOp(v3) {
    if (!this.isOp(v3)) throw new RenderError(`expected \`${v3}\``);
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
    const t3 = this.peek();
    if (!t3) throw new RenderError("an expression ends too early");
    this.i++;
    if (t3.t === "str") {
      let v3 = t3.v;
      for (let n = this.peek(); n?.t === "str"; n = this.peek()) {
        v3 += n.v;
        this.i++;
      }
      return { k: "lit", v: v3 };
    }
    if (t3.t === "op") {
      if (t3.v !== "(") throw new RenderError(`unexpected \`${t3.v}\``);
      const inner = this.ternary();
      this.expectOp(")");
      return inner;
    }
    if (t3.v === "None") return { k: "lit", v: null };
    if (t3.v === "True") return { k: "lit", v: true };
    if (t3.v === "False") return { k: "lit", v: false };
    if (KEYWORDS3.has(t3.v)) throw new RenderError(`unexpected \`${t3.v}\``);
    if (this.isOp("(")) {
      if (t3.v !== "repr" && t3.v !== "str") throw new RenderError(`calling \`${t3.v}(...)\` is not supported`);
      this.i++;
      const a = this.ternary();
      this.expectOp(")");
      return { k: "call", f: t3.v, a };
    }
    const next = this.peek();
    if (next && !(next.t === "op" && next.v !== "(") && !(next.t === "name" && KEYWORDS3.has(next.v))) {
      throw new RenderError(`unsupported syntax after \`${t3.v}\``);
    }
    return { k: "name", n: t3.v };
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
      const b4 = ev(node.b);
      if (a === UNDEFINED || b4 === UNDEFINED) fail();
      if (isSeq(b4) || typeof b4 === "string") throw new RenderError("`is` is only supported with None, True or False");
      return node.neg ? a !== b4 : a === b4;
    }
    case "eq": {
      const r2 = pyEquals(ev(node.a), ev(node.b));
      return node.neg ? !r2 : r2;
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
    const c3 = body[i];
    if (c3 === '"' || c3 === "'") {
      const end = readString(body, i, false).end;
      i = end - 1;
    } else if (c3 === "(" || c3 === "[" || c3 === "{") depth++;
    else if (c3 === ")" || c3 === "]" || c3 === "}") depth--;
    else if (c3 === "|" && depth === 0) {
      const filters = body.slice(i + 1).split(",").map((f3) => f3.trim());
      return { expr: body.slice(0, i), filters };
    }
  }
  return { expr: body, filters: [] };
}
function applyFilters(v3, filters) {
  const own = filters.filter((f3) => f3 !== "n");
  const chain = filters.includes("n") ? own : ["str", ...own];
  let cur = v3;
  for (const f3 of chain) {
    if (f3 === "str") {
      if (cur === UNDEFINED) throw new RenderError("a name the template uses is not defined");
      cur = pyStr(cur);
    } else if (f3 === "comma") cur = formatAsComma(cur);
    else if (f3 === "trim") {
      if (typeof cur !== "string") throw new RenderError("`trim` needs a string");
      cur = cur.trim();
    } else throw new RenderError(`the filter \`${f3}\` is not supported`);
  }
  if (typeof cur !== "string") throw new RenderError("an expression printed with `n` is not a string");
  return cur;
}
function closingBrace(text, start) {
  let depth = 0;
  for (let i = start + 2; i < text.length; i++) {
    const c3 = text[i];
    if (c3 === '"' || c3 === "'") {
      i = readString(text, i, false).end - 1;
    } else if (c3 === "{" || c3 === "(" || c3 === "[") depth++;
    else if (c3 === ")" || c3 === "]") depth--;
    else if (c3 === "}") {
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
    const at2 = text.indexOf("${", i);
    if (at2 < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at2);
    const end = closingBrace(text, at2);
    const { expr, filters } = splitFilters(text.slice(at2 + 2, end));
    out += applyFilters(Expr.evaluate(expr, vars), filters);
    i = end + 1;
  }
  return out;
}
function toVars(v3) {
  const tuple = (items) => ({ seq: "tuple", items });
  const m2 = /* @__PURE__ */ new Map();
  m2.set("up_revision", v3.up_revision);
  const down = v3.down_revision;
  m2.set("down_revision", down === null ? null : typeof down === "string" ? down : down.length === 0 ? null : down.length === 1 ? down[0] : tuple(down));
  m2.set("branch_labels", v3.branch_labels === null || v3.branch_labels.length === 0 ? null : tuple(v3.branch_labels));
  const deps = v3.depends_on;
  m2.set("depends_on", deps === null || deps.length === 0 ? null : deps.length === 1 ? deps[0] : { seq: "list", items: deps });
  m2.set("message", v3.message);
  m2.set("create_date", v3.create_date);
  if (v3.imports !== void 0) m2.set("imports", v3.imports);
  if (v3.upgrades !== void 0) m2.set("upgrades", v3.upgrades);
  if (v3.downgrades !== void 0) m2.set("downgrades", v3.downgrades);
  return m2;
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
      const m2 = /^\w+\s+(.*?):\s*$/.exec(what) ?? /^\w+\s*\((.*)\):\s*$/.exec(what);
      if (!m2) throw new RenderError(`unsupported control line \`% ${what}\``);
      return truthy(Expr.evaluate(m2[1], vars));
    };
    if (kw === "if") {
      const parentActive = active();
      const c3 = parentActive ? condition(body) : (checkSyntax(body), false);
      stack.push({ parentActive, taken: c3, active: parentActive && c3, sawElse: false });
    } else if (kw === "elif") {
      const f3 = stack[stack.length - 1];
      if (!f3 || f3.sawElse) throw new RenderError("`% elif` without `% if`");
      if (f3.parentActive && !f3.taken) {
        const c3 = condition(body);
        f3.active = c3;
        f3.taken = c3;
      } else {
        checkSyntax(body);
        f3.active = false;
      }
    } else if (kw === "else") {
      const f3 = stack[stack.length - 1];
      if (!f3 || f3.sawElse || !/^else\s*:\s*$/.test(body)) throw new RenderError("unsupported `% else`");
      f3.sawElse = true;
      f3.active = f3.parentActive && !f3.taken;
      f3.taken = true;
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
  const m2 = /^\w+\s+(.*?):\s*$/.exec(body) ?? /^\w+\s*\((.*)\):\s*$/.exec(body);
  if (!m2) throw new RenderError(`unsupported control line \`% ${body}\``);
  Expr.parse(m2[1]);
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
  const path2 = folder ? `${folder}/${name2}` : name2;
  const content2 = "text" in rendered ? rendered.text : "";
  return {
    title: "Add a merge revision",
    description: `The revision \`alembic merge -m "${MESSAGE}" ${[...heads].join(" ")}\` would create (${templateNote}): its down_revision names every head, so \`alembic upgrade head\` has one target again. Safe whichever side has been deployed.`,
    commands: [],
    edits: [{ kind: "create", path: path2, content: content2 }]
  };
}
function alembicRepointFix(first, text, baseHead, quote) {
  const span = first.parsed.downRevision?.span;
  if (!span) return void 0;
  const start = offsetOf(text, span.line, span.column);
  const end = offsetOf(text, span.endLine, span.endColumn) + 1;
  if (start < 0 || end <= start) return void 0;
  const literal2 = quote === '"' ? JSON.stringify(baseHead) : pyStrRepr(baseHead);
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
  for (let l4 = 1; l4 < line; l4++) {
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
    return byFramework(ctx, { django: (c3) => django6(ctx, c3), alembic: (c3) => alembicHeads(ctx, c3) });
  }
});
var multiple_leaves_default = rule9;
function django6(ctx, c3) {
  const findings = [];
  for (const [app, leaves] of c3.merged.graph.leaves) {
    if (leaves.length < 2) continue;
    const keys = leaves.map((name2) => keyOf(app, name2));
    const baseLeaves = c3.base?.leavesOf(app) ?? [];
    const preexisting = baseLeaves.length > 1 && leaves.every((l4) => baseLeaves.includes(l4));
    const graph = c3.merged.graph.graph;
    const fork = forkPoint2(graph, app, keys);
    const headLeaves = keys.filter((k3) => sideOf(c3, k3) === "head");
    const at2 = c3.merged.graph.nodes.get(headLeaves[0] ?? keys[0]);
    const branches = keys.map((k3) => ({ leaf: k3, chain: branchOf(graph, app, fork, k3) }));
    const headAloneLeaves = c3.head?.leavesOf(app).length ?? 0;
    const list = keys.map((k3) => `${splitKey(k3).name} (${sideOf(c3, k3)})`).join(", ");
    const forkText = fork ? `both descend from ${splitKey(fork).name}` : "they share no ancestor in this app";
    const djangoSays = `Conflicting migrations detected; multiple leaf nodes in the migration graph: (${leaves.join(", ")} in ${app}).`;
    const why = preexisting ? "The base already has this conflict; this pull request does not add to it." : headAloneLeaves === 1 && baseLeaves.length === 1 ? "Each side alone has one leaf; the conflict appears only once both are merged." : "";
    findings.push(
      baseFinding(rule9, c3, app, {
        preexisting,
        message: `App '${app}' will have ${leaves.length} leaf migrations after the merge: ${list}; ${forkText}. \`migrate\` will stop with "${djangoSays}" ${why}`.trim(),
        location: { file: at2.file, ...spanOfForkDependency(at2, fork) },
        migrations: [...keys, ...fork ? [fork] : []].map((k3) => mention(c3, k3)),
        fixes: preexisting ? [mergeFix(ctx, c3, app, leaves)] : fixesFor(ctx, c3, app, leaves, fork, branches),
        // JSON, because migration names may hold spaces, colons or anything else a file name can.
        details: {
          forkPoint: fork ? splitKey(fork).name : "",
          leaves: JSON.stringify(keys.map((k3) => [splitKey(k3).name, sideOf(c3, k3)])),
          branches: JSON.stringify(Object.fromEntries(branches.map((b4) => [splitKey(b4.leaf).name, b4.chain.map((k3) => splitKey(k3).name)])))
        }
      })
    );
  }
  return findings;
}
function spanOfForkDependency(m2, fork) {
  const forkName = fork ? splitKey(fork) : void 0;
  const dep = m2.parsed.dependencies.find((d2) => forkName && d2.app === forkName.app && d2.name === forkName.name);
  const span = dep?.span ?? m2.parsed.dependenciesSpan ?? m2.parsed.classSpan;
  return span ? { span } : {};
}
function fixesFor(ctx, c3, app, leaves, fork, branches) {
  const fixes = [mergeFix(ctx, c3, app, leaves)];
  const headBranches = branches.filter((b4) => sideOf(c3, b4.leaf) === "head");
  const baseBranches = branches.filter((b4) => sideOf(c3, b4.leaf) === "base");
  if (fork && headBranches.length === 1 && baseBranches.length === 1) {
    const chain = headBranches[0].chain;
    if (chain.length > 0 && chain.every((k3) => sideOf(c3, k3) === "head")) {
      const merged = c3.merged;
      const chainSet = new Set(chain);
      const members = chain.map((k3) => merged.graph.nodes.get(k3)).filter(Boolean);
      const others = merged.migrations.filter((m2) => !chainSet.has(keyOf(m2.app, m2.name)) && sideOf(c3, keyOf(m2.app, m2.name)) === "head");
      const withText = (m2) => ({ path: m2.file, text: ctx.text(m2.blob) ?? "", parsed: m2.parsed });
      if (members.length === chain.length && members.every((m2) => ctx.text(m2.blob) !== void 0)) {
        fixes.push(
          renumberChain({
            app,
            migrationsDir: merged.apps.get(app).migrationsDir,
            baseLeaf: splitKey(baseBranches[0].leaf).name,
            chain: members.map((m2) => ({ name: m2.name, ...withText(m2) })),
            others: others.filter((m2) => ctx.text(m2.blob) !== void 0).map((m2) => ({ app: m2.app, ...withText(m2) })),
            takenNames: merged.migrations.filter((m2) => m2.app === app).map((m2) => m2.name)
          })
        );
      }
    }
  }
  return fixes;
}
function mergeFix(ctx, c3, app, leaves) {
  const appMigrations = c3.merged.migrations.filter((m2) => m2.app === app).sort((a, b4) => cmp2(a.name, b4.name));
  const samples = appMigrations.slice(-5).map((m2) => ctx.text(m2.blob)).filter((t3) => t3 !== void 0);
  const djangoVersion = samples.map((t3) => /^# Generated by Django (\S+) on /m.exec(t3)?.[1]).filter((v3) => v3 !== void 0).at(-1);
  const { name: name2, edit } = renderMergeMigration({
    app,
    migrationsDir: c3.merged.apps.get(app).migrationsDir,
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
function alembicHeads(ctx, c3) {
  const graph = c3.merged.graph;
  const heads = graph.heads;
  if (heads.length < 2) return [];
  const groups = headsByBranch(graph);
  const intended = heads.every((h3) => graph.labelsOf(h3).some((label) => groups.get(label)?.length === 1));
  if (intended) return [];
  const baseHeads = c3.base?.graph.heads ?? [];
  const preexisting = baseHeads.length > 1 && heads.every((h3) => baseHeads.includes(h3));
  const fork = forkPoint(graph, heads);
  let before;
  const chainOf = (head) => {
    const line = [];
    const seen = /* @__PURE__ */ new Set();
    for (let at3 = head; at3 !== void 0 && at3 !== fork && !seen.has(at3); at3 = graph.dag.predecessors(at3)[0]) {
      seen.add(at3);
      line.push(at3);
    }
    if (fork !== void 0 && line.length > 0 && graph.dag.predecessors(line.at(-1))[0] !== fork) {
      before ??= /* @__PURE__ */ new Set([fork, ...ancestors(graph, fork)]);
      const cut = line.findIndex((id2) => before.has(id2));
      if (cut >= 0) line.length = cut;
    }
    return line.reverse();
  };
  const headHeads = heads.filter((h3) => sideOf(c3, h3) === "head");
  const at2 = c3.merged.byId.get(headHeads[0] ?? heads[0]);
  const aloneHeads = c3.head?.heads.length ?? 0;
  const list = heads.map((h3) => `${h3} (${sideOf(c3, h3)})`).join(", ");
  const why = preexisting ? " The base already has these heads; this pull request does not add to them." : aloneHeads === 1 && baseHeads.length === 1 ? " Each side alone has one head; the conflict appears only once both are merged." : "";
  const fixes = [alembicMergeFix(c3.merged, heads, ctx.now)];
  const baseSide = heads.filter((h3) => sideOf(c3, h3) === "base");
  if (!preexisting && fork && headHeads.length === 1 && baseSide.length === 1) {
    const chain = chainOf(headHeads[0]);
    const first = c3.merged.byId.get(chain[0] ?? "");
    const text = first ? ctx.text(first.blob) : void 0;
    if (first && text !== void 0 && chain.every((id2) => sideOf(c3, id2) === "head")) {
      const repoint = alembicRepointFix(first, text, baseSide[0], first.parsed.quote);
      if (repoint) fixes.push(repoint);
    }
  }
  return [
    baseFinding(rule9, c3, c3.root, {
      preexisting,
      message: `Environment ${c3.root} will have ${heads.length} heads after the merge: ${list}; ${fork ? `both revise ${fork}` : "they share no ancestor"}. \`alembic upgrade head\` will stop with "Multiple head revisions are present for given argument 'head'".${why}`,
      ...at2 ? { location: { file: at2.file, ...at2.parsed.downRevision ? { span: at2.parsed.downRevision.span } : {} } } : {},
      migrations: [...heads, ...fork ? [fork] : []].map((id2) => mention(c3, id2)),
      fixes,
      details: {
        forkPoint: fork ?? "",
        leaves: JSON.stringify(heads.map((h3) => [h3, sideOf(c3, h3)])),
        branches: JSON.stringify(Object.fromEntries(heads.map((h3) => [h3, chainOf(h3)])))
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
    return byFramework(ctx, { ordered: (c3) => ordered5(ctx, c3) });
  }
});
var out_of_order_default = rule10;
var SEVERITY = {
  error: "error",
  error_unless_flag: "error",
  skipped_silently: "error",
  applied: "warning"
};
function ordered5(ctx, c3) {
  const base = c3.applied ?? c3.base;
  if (!base) return [];
  const spec = c3.merged.spec;
  const versioned = (m2) => m2.kind !== "repeatable" && m2.kind !== "down" && m2.kind !== "undo";
  const newest = base.migrations.filter(versioned).at(-1);
  const added = c3.changes.filter((ch) => ch.change.status === "added" || ch.change.status === "renamed" && !base.byFile.has(ch.change.path));
  const schema = railsSchemaOf(ctx, base);
  const findings = [];
  for (const { change } of added) {
    const m2 = c3.merged.byFile.get(change.path);
    if (!m2 || !versioned(m2)) continue;
    const beforeNewest = newest !== void 0 && spec.compareVersions(m2.version, newest.version) < 0;
    const belowSchema = schema !== void 0 && spec.compareVersions(m2.version, schema.version) <= 0;
    if (!beforeNewest && !belowSchema) continue;
    const verdict = spec.behaviour.outOfOrder;
    const what = beforeNewest ? `${m2.identity} sorts before ${newest.identity}, the newest migration ${c3.applied && c3.applied !== c3.base ? "already deployed" : "on the base"}.` : `${m2.identity} is not newer than the version ${schema.version} in ${schema.file}.`;
    const consequence = beforeNewest ? consequenceOf(spec.title, verdict, spec.behaviour.outOfOrderFlag) : "";
    const schemaNote = belowSchema ? ` Databases built from ${schema.file} (db:schema:load, db:prepare) record every version up to ${schema.version} as applied, so they will mark this migration as run without running it.` : "";
    const after = [newest?.version, schema?.version].filter((v3) => v3 !== void 0).sort(spec.compareVersions).at(-1);
    findings.push(
      baseFinding(rule10, c3, c3.merged.location.dir, {
        severity: belowSchema && verdict === "applied" ? "error" : SEVERITY[verdict],
        message: `${what}${consequence ? ` ${consequence}` : ""}${schemaNote}`,
        location: { file: m2.file },
        migrations: [mention(c3, m2.identity), ...newest ? [mention(c3, newest.identity)] : []],
        fixes: [renameFix(ctx, c3, m2, after)],
        details: { version: m2.version, ...newest ? { newestOnBase: newest.version } : {}, ...schema ? { schemaVersion: schema.version } : {} }
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
function renameFix(ctx, c3, m2, after) {
  const spec = c3.merged.spec;
  const version = spec.nextVersion(after, ctx.now);
  const exists = (from) => c3.merged.byFile.has(from) || [...c3.merged.byFile.keys()].some((f3) => f3.startsWith(`${from}/`));
  const moves = spec.renamed(m2, version, c3.merged.location).filter((mv) => exists(mv.from));
  const edits2 = [];
  for (const mv of moves) {
    const text = ctx.text(c3.merged.byFile.get(mv.from)?.blob ?? "");
    if (text === void 0) continue;
    const content2 = spec.id === "typeorm" ? text.replaceAll(m2.version, version) : text;
    edits2.push({ kind: "rename", from: mv.from, to: mv.to, content: content2, diff: unifiedDiff(text, content2, { oldPath: mv.from, newPath: mv.to }) });
  }
  let handled = spec.id === "typeorm" && edits2.length > 0;
  if (spec.id === "drizzle") {
    const journal = [...c3.merged.sidecars].find(([path2]) => path2.endsWith("meta/_journal.json"));
    const text = journal ? ctx.text(journal[1].blob) : void 0;
    const moved = moves[0];
    if (journal && text !== void 0 && moved) {
      const tag = (p3) => basename(p3).replace(/\.sql$/, "");
      const renamed = drizzleJournalWithRenamed(text, tag(moved.from), tag(moved.to), Number(version));
      if ("text" in renamed) {
        edits2.push({ kind: "rewrite", path: journal[0], content: renamed.text, diff: unifiedDiff(text, renamed.text, { oldPath: journal[0], newPath: journal[0] }) });
        handled = true;
      }
    }
  }
  if (spec.id === "rails") {
    for (const [path2, entry] of c3.merged.sidecars) {
      if (!path2.endsWith("schema.rb")) continue;
      const text = ctx.text(entry.blob);
      const found = text !== void 0 ? railsSchemaVersion(text) : void 0;
      if (text === void 0 || found?.version !== m2.version) continue;
      const content2 = railsSchemaWithVersion(text, version);
      if (content2 !== void 0) {
        edits2.push({ kind: "rewrite", path: path2, content: content2, diff: unifiedDiff(text, content2, { oldPath: path2, newPath: path2 }) });
        handled = true;
      }
    }
  }
  const extra = spec.id === "rails" && !handled ? " Run the migrations again afterwards so db/schema.rb records the new version." : spec.renameHint && !handled ? ` ${spec.renameHint}` : "";
  return {
    title: `Renumber ${m2.identity} after ${after}`,
    description: `Gives the migration the version ${version} so it sorts after everything the base has applied. Do it before the migration runs anywhere: a renamed migration that already ran looks new to ${spec.title}.${extra}`,
    commands: moves.map((mv) => `git mv -- ${shellQuote(mv.from)} ${shellQuote(mv.to)}`),
    edits: edits2
  };
}
function railsSchemaOf(ctx, state) {
  if (state.spec.id !== "rails") return void 0;
  for (const [path2, entry] of state.sidecars) {
    if (!path2.endsWith("schema.rb") && !path2.endsWith("structure.sql")) continue;
    const text = ctx.text(entry.blob);
    const found = text !== void 0 ? railsSchemaVersion(text) : void 0;
    if (found) return { version: found.version, file: path2 };
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
  check({ comparison: c3 }) {
    if (c3.framework !== "django" && c3.framework !== "alembic") return [];
    const changed = new Set(c3.changes.filter((ch) => ch.change.status !== "deleted").map((ch) => ch.change.path));
    const byFile = /* @__PURE__ */ new Map();
    for (const p3 of c3.merged.problems) byFile.set(p3.file, [...byFile.get(p3.file) ?? [], p3]);
    return [...byFile].map(([file, problems]) => {
      const syntax = problems.filter((p3) => /syntax error/i.test(p3.message));
      const shown2 = syntax.length ? syntax.slice(0, 1) : problems;
      const first = shown2[0];
      const message = shown2.length === 1 ? first.message : shown2.map((p3) => `${p3.span ? `line ${p3.span.line}: ` : ""}${p3.message}`).join("; ");
      const tool = c3.framework === "django" ? "Django" : "Alembic";
      return baseFinding(rule11, c3, c3.framework === "django" ? appOf(c3.merged.apps, file) : c3.root, {
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
var RULE_IDS = RULES.map((r2) => r2.id);

// src/snapshot.ts
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

// src/config.ts
var import_yaml = __toESM(require_dist3(), 1);
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
  frameworks: Object.freeze(Object.fromEntries(CONFIG_FRAMEWORKS.map((f3) => [f3, true]))),
  rules: Object.freeze({}),
  runners: Object.freeze([]),
  deployedRef: void 0
});
var ConfigError = class extends UsageError {
  constructor(file, problems) {
    super(problems.map((p3) => `${file}:${p3.line}${p3.column ? `:${p3.column}` : ""}: ${p3.message}`).join("\n"));
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "ConfigError";
};
function findConfigFile(paths) {
  const present2 = new Set(paths.map((p3) => p3.replace(/^\.\//, "")));
  return CONFIG_FILES.find((name2) => present2.has(name2));
}
function parseConfig(text, file, options = {}) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    throw new ConfigError(
      file,
      syntax.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { line: Math.max(line, 1), column: Math.max(col, 1), message: `YAML syntax error: ${firstLine(e.message)}` };
      })
    );
  }
  return new Validator(doc, lineCounter, file, options.ruleIds ?? RULE_IDS).config();
}
var TOP_LEVEL_KEYS = ["frameworks", "rules", "runners", "deployed-ref"];
var RUNNER_KEYS = ["name", "dir", "pattern", "order", "out-of-order", "duplicate", "edited"];
var Validator = class {
  constructor(doc, lines, file, ruleIds) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
    this.ruleIds = ruleIds;
  }
  doc;
  lines;
  file;
  ruleIds;
  problems = [];
  config() {
    const frameworks = { ...DEFAULT_CONFIG.frameworks };
    const rules = {};
    const runners = [];
    let deployedRef;
    const root = this.resolve(this.doc.contents);
    if (root !== null && !isEmptyScalar(root)) {
      if (!(0, import_yaml.isMap)(root)) {
        this.problem(root, `the file must be a mapping of ${TOP_LEVEL_KEYS.join(", ")}`);
      } else {
        for (const pair2 of root.items) {
          const key = this.key(pair2, "the top level", TOP_LEVEL_KEYS);
          if (key === "frameworks") this.frameworks(pair2, frameworks);
          else if (key === "rules") this.rules(pair2, rules);
          else if (key === "runners") this.runners(pair2, runners);
          else if (key === "deployed-ref") deployedRef = this.deployedRef(pair2);
        }
      }
    }
    if (this.problems.length > 0) throw new ConfigError(this.file, this.problems.sort((a, b4) => a.line - b4.line));
    return { file: this.file, frameworks, rules, runners, deployedRef };
  }
  frameworks(pair2, out) {
    const map = this.mapping(pair2, "frameworks", "a mapping of framework names to true or false");
    for (const item of map) {
      const key = this.key(item, "frameworks", CONFIG_FRAMEWORKS, "a framework migraph knows");
      if (key === void 0) continue;
      const value = this.resolve(item.value);
      if ((0, import_yaml.isScalar)(value) && typeof value.value === "boolean") out[key] = value.value;
      else this.problem(value ?? item.key, `frameworks.${key} must be true or false${yaml11Hint(value)}`);
    }
  }
  rules(pair2, out) {
    const map = this.mapping(pair2, "rules", "a mapping of rule ids to a severity");
    for (const item of map) {
      const key = this.key(item, "rules", this.ruleIds, "a rule");
      if (key === void 0) continue;
      const value = this.enumValue(item, `rules.${key}`, RULE_SETTINGS);
      if (value !== void 0) out[key] = value;
    }
  }
  runners(pair2, out) {
    const seq = this.resolve(pair2.value);
    if (seq === null || isEmptyScalar(seq)) return;
    if (!(0, import_yaml.isSeq)(seq)) {
      this.problem(seq, 'runners must be a list of runners (each item starts with "- name: ...")');
      return;
    }
    const names = /* @__PURE__ */ new Set();
    seq.items.forEach((raw, i) => {
      const item = this.resolve(raw);
      const where = `runners[${i}]`;
      if (!(0, import_yaml.isMap)(item)) {
        this.problem(item ?? seq, `${where} must be a mapping with name, dir and pattern`);
        return;
      }
      const fields = /* @__PURE__ */ new Map();
      for (const field of item.items) {
        const key = this.key(field, where, RUNNER_KEYS);
        if (key !== void 0) fields.set(key, field);
      }
      for (const required of ["name", "dir", "pattern"]) {
        if (!fields.has(required)) this.problem(item, `${where} has no '${required}'`);
      }
      const nameField = fields.get("name");
      const name2 = nameField && this.string(nameField, `${where}.name`);
      if (name2 !== void 0) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name2)) {
          this.problem(nameField.value, `${where}.name '${name2}' must be letters, digits, '.', '_' or '-'`);
        } else if (RUNNERS.includes(name2)) {
          this.problem(nameField.value, `${where}.name '${name2}' is a built-in runner; choose another name`);
        } else if (names.has(name2)) {
          this.problem(nameField.value, `${where}.name '${name2}' is used by another runner`);
        }
        names.add(name2);
      }
      const dirField = fields.get("dir");
      const dir = dirField && this.dir(dirField, `${where}.dir`);
      const patternField = fields.get("pattern");
      const pattern = patternField && this.pattern(patternField, `${where}.pattern`);
      const order = this.optionalEnum(fields.get("order"), `${where}.order`, RUNNER_ORDERS);
      const outOfOrder = this.optionalEnum(fields.get("out-of-order"), `${where}.out-of-order`, OUT_OF_ORDER_VERDICTS);
      const duplicate = this.optionalEnum(fields.get("duplicate"), `${where}.duplicate`, DUPLICATE_VERDICTS);
      const edited = this.optionalEnum(fields.get("edited"), `${where}.edited`, EDIT_VERDICTS);
      if (name2 === void 0 || dir === void 0 || pattern === void 0) return;
      out.push({
        name: name2,
        dir,
        pattern,
        order: order ?? CUSTOM_RUNNER_DEFAULTS.order,
        outOfOrder: outOfOrder ?? CUSTOM_RUNNER_DEFAULTS.outOfOrder,
        duplicate: duplicate ?? CUSTOM_RUNNER_DEFAULTS.duplicate,
        edited: edited ?? CUSTOM_RUNNER_DEFAULTS.edited,
        line: this.lineOf(item)
      });
    });
  }
  deployedRef(pair2) {
    const ref = this.string(pair2, "deployed-ref");
    if (ref === void 0) return void 0;
    if (ref.startsWith("-") || ref.includes("..") || ref.includes("@{") || /[\s~^:?*[\\]/.test(ref) || hasControlCharacter(ref) || ref.endsWith("/") || ref.endsWith(".lock")) {
      this.problem(pair2.value, `deployed-ref '${ref}' is not a valid git ref (a branch, tag or commit such as origin/production)`);
      return void 0;
    }
    return ref;
  }
  dir(pair2, where) {
    const raw = this.string(pair2, where);
    if (raw === void 0) return void 0;
    const dir = raw === "." || raw === "./" ? "" : raw.replace(/^\.\//, "").replace(/\/$/, "");
    const bad = raw.startsWith("/") ? "must be relative to the repository root, not absolute" : raw.includes("\\") ? "must use '/' as the separator" : /^[A-Za-z]:/.test(raw) ? "must be relative to the repository root, not a drive path" : dir !== "" && dir.split("/").some((s) => s === "..") ? "must stay inside the repository (no '..')" : dir !== "" && dir.split("/").some((s) => s === "" || s === ".") ? "must not contain empty or '.' segments" : void 0;
    if (bad) {
      this.problem(pair2.value, `${where} '${raw}' ${bad}`);
      return void 0;
    }
    return dir;
  }
  pattern(pair2, where) {
    const source = this.string(pair2, where);
    if (source === void 0) return void 0;
    let pattern;
    let groups;
    try {
      pattern = new RegExp(source);
      groups = Object.keys(new RegExp(`(?:${source})|`).exec(String())?.groups ?? {});
    } catch (err) {
      this.problem(pair2.value, `${where} is not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
      return void 0;
    }
    if (!groups.includes("version")) {
      this.problem(pair2.value, `${where} must have a named group 'version', as in '^(?<version>\\d+)_(?<name>.+)\\.sql$'`);
      return void 0;
    }
    const unknown = groups.filter((g2) => !PATTERN_GROUPS.includes(g2));
    if (unknown.length > 0) {
      this.problem(
        pair2.value,
        `${where} has a named group '${unknown[0]}'${didYouMean(unknown[0], PATTERN_GROUPS)}; the named groups are version (required) and name (optional)`
      );
      return void 0;
    }
    return pattern;
  }
  // --- helpers --------------------------------------------------------------------------------------------
  resolve(node) {
    let current = node;
    for (let i = 0; i < 16 && current && (0, import_yaml.isAlias)(current); i++) current = current.resolve(this.doc);
    return current ?? null;
  }
  /** The items of a mapping value; `key:` with nothing after it is an empty mapping. */
  mapping(pair2, where, expected) {
    const value = this.resolve(pair2.value);
    if (value === null || isEmptyScalar(value)) return [];
    if ((0, import_yaml.isMap)(value)) return value.items;
    this.problem(value, `${where} must be ${expected}`);
    return [];
  }
  key(pair2, where, known, what) {
    const keyNode = this.resolve(pair2.key);
    const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : void 0;
    if (key === void 0) {
      this.problem(keyNode ?? pair2.value, `${where} has a key that is not a plain name`);
      return void 0;
    }
    if (known.includes(key)) return key;
    const path2 = where === "the top level" ? key : `${where}.${key}`;
    const head = what ? `${path2} is not ${what}` : `${path2} is not a setting`;
    const valid = known.length <= 20 ? `. Valid: ${known.join(", ")}` : where === "rules" ? ". The rule ids are listed in docs/rules" : "";
    this.problem(keyNode, `${head}${didYouMean(key, known)}${valid}`);
    return void 0;
  }
  string(pair2, where) {
    const value = this.resolve(pair2.value);
    if ((0, import_yaml.isScalar)(value) && typeof value.value === "string" && value.value !== "") return value.value;
    this.problem(value ?? pair2.key, `${where} must be a non-empty string`);
    return void 0;
  }
  enumValue(pair2, where, valid) {
    const value = this.resolve(pair2.value);
    const text = (0, import_yaml.isScalar)(value) && typeof value.value === "string" ? value.value : void 0;
    if (text !== void 0 && valid.includes(text)) return text;
    const shown2 = (0, import_yaml.isScalar)(value) && value.value !== null ? `, not '${String(value.value)}'${text !== void 0 ? didYouMean(text, valid) : ""}` : "";
    this.problem(value ?? pair2.key, `${where} must be one of ${valid.join(", ")}${shown2}`);
    return void 0;
  }
  optionalEnum(pair2, where, valid) {
    return pair2 ? this.enumValue(pair2, where, valid) : void 0;
  }
  lineOf(node) {
    const range = node?.range;
    return range ? Math.max(this.lines.linePos(range[0]).line, 1) : 1;
  }
  problem(node, message) {
    this.problems.push({ line: this.lineOf(node), message });
  }
};
function yaml11Hint(node) {
  const text = (0, import_yaml.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
  return text !== void 0 && /^(?:y|yes|n|no|on|off)$/i.test(text) ? ` ('${text}' is text in YAML 1.2)` : "";
}
function hasControlCharacter(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32 || s.charCodeAt(i) === 127) return true;
  return false;
}
function isEmptyScalar(node) {
  return (0, import_yaml.isScalar)(node) && node.value === null;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function didYouMean(input, candidates) {
  const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const same = squash(candidate) === squash(input) || input.length >= 3 && squash(candidate).startsWith(squash(input));
    const d2 = same ? 0 : editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d2 < bestDistance) {
      best = candidate;
      bestDistance = d2;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  if (best === void 0 || bestDistance > limit) return "";
  return ` (did you mean '${best}'?)`;
}
function editDistance(a, b4) {
  const d2 = Array.from({ length: a.length + 1 }, (_4, i) => Array.from({ length: b4.length + 1 }, (_5, j4) => i === 0 ? j4 : j4 === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j4 = 1; j4 <= b4.length; j4++) {
      const cost = a[i - 1] === b4[j4 - 1] ? 0 : 1;
      let best = Math.min(d2[i - 1][j4] + 1, d2[i][j4 - 1] + 1, d2[i - 1][j4 - 1] + cost);
      if (i > 1 && j4 > 1 && a[i - 1] === b4[j4 - 2] && a[i - 2] === b4[j4 - 1]) best = Math.min(best, d2[i - 2][j4 - 2] + 1);
      d2[i][j4] = best;
    }
  }
  return d2[a.length][b4.length];
}

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
      } else if (e.size > MAX_SOURCE_BYTES) {
        this.decoded.set(e.blob, { error: `is ${e.size} bytes; migraph reads files up to ${MAX_SOURCE_BYTES} bytes` });
      } else {
        wanted.add(e.blob);
      }
    }
    if (wanted.size === 0) return;
    const blobs = await this.readBlobs([...wanted]);
    for (const id2 of wanted) {
      const bytes = blobs.get(id2);
      if (!bytes) {
        this.decoded.set(id2, { error: "could not be read from git (object missing)" });
        continue;
      }
      this.bytesRead += bytes.length;
      this.blobsRead += 1;
      this.decoded.set(id2, this.decode(bytes));
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
  const listing = () => Promise.all([git.listTree(base), git.listTree(head), git.commitTime(head)]);
  const early = isObjectId(headName) || isObjectId(baseName) ? void 0 : listing();
  early?.catch(() => void 0);
  let trees2;
  let changes;
  let baseChanges;
  let forkPoint3;
  try {
    const found = await git.ensureForkPoint(base, head, options.remote ? { remote: options.remote } : {});
    forkPoint3 = found.forkPoint;
    notes.push(...found.notes);
    [trees2, changes, baseChanges] = await Promise.all([
      early ?? listing(),
      git.diff(forkPoint3, head),
      // What the base changed since the fork: where the head alone differs from the merged result.
      git.diff(forkPoint3, base)
    ]);
  } catch (err) {
    await reader.close();
    throw err;
  }
  const [baseTree, headTree, headTime] = trees2;
  const refs = { base, head, forkPoint: forkPoint3, baseName, headName };
  const gitListed = performance.now();
  try {
    return await analyzeWith({ git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint: forkPoint3 });
  } finally {
    await reader.close();
  }
}
async function analyzeWith(a) {
  const { git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint: forkPoint3 } = a;
  const headName = refs.headName;
  const sources = new Sources((ids2) => reader.read([...ids2]), decodePython);
  const baseSnap = snapshotOf("base", baseTree);
  const config = await loadConfig(baseSnap, sources);
  const applied = config.deployedRef ? await deployedSnapshot(git, config.deployedRef, config.file ?? ".migraph.yml", notes) : baseSnap;
  const enabled = ADAPTERS.filter((adapter) => adapter.id === "ordered" || config.frameworks[adapter.id] !== false);
  const adapters = enabled.filter((ad) => changes.some((c3) => [c3.path, c3.oldPath].some((p3) => p3 !== void 0 && ad.mayMatter(p3, config))));
  if (adapters.length === 0) {
    notes.push(`No migration, settings or configuration file changed between the fork point ${forkPoint3.slice(0, 12)} and ${headName}.`);
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
      for (const rule12 of RULES) {
        if (!rule12.meta.frameworks.includes(comparison.framework)) continue;
        findings.push(...configured(rule12, rule12.check({ comparison, text, now: headTime }), config));
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
  return parseConfig(decoded.text, file);
}
function configured(rule12, findings, config) {
  const setting = config.rules[rule12.id];
  if (setting === void 0) return findings;
  if (setting === "off") return [];
  const def = rule12.meta.defaultSeverity;
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
    (a, b4) => SEVERITY_RANK[b4.severity] - SEVERITY_RANK[a.severity] || Number(a.preexisting) - Number(b4.preexisting) || (a.location?.file ?? "").localeCompare(b4.location?.file ?? "") || (a.location?.span?.line ?? 0) - (b4.location?.span?.line ?? 0) || a.ruleId.localeCompare(b4.ruleId)
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
  const pad3 = shown2.startsWith("`") || shown2.endsWith("`") || shown2.startsWith(" ") && shown2.endsWith(" ") ? " " : "";
  return `${fence}${pad3}${shown2}${pad3}${fence}`;
}
function codeBlock(content2, lang = "") {
  const shown2 = content2.replace(/\r\n/g, "\n").replace(/\n$/, "").replace(CONTROL_EXCEPT_TAB_NEWLINE, visibleEscape).replace(INVISIBLE, visibleEscape);
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
    const chain = Array.isArray(listed) ? listed.filter((x4) => typeof x4 === "string") : [];
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
  const ids2 = /* @__PURE__ */ new Map();
  const node = (key, label) => {
    let id2 = ids2.get(key);
    if (id2 === void 0) {
      id2 = `n${ids2.size}`;
      ids2.set(key, id2);
      nodes.push(`  ${id2}["${label}"]`);
    }
    return id2;
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
      const id2 = step.kind === "gap" ? node(`gap:${branch.leaf}`, `\u2026 ${step.count} more`) : node(`m:${step.name}`, `${mermaidLabel(step.name)}${isLeaf && branch.side ? ` (${branch.side} leaf)` : isLeaf ? " (leaf)" : ""}`);
      if (previous !== void 0) edge(previous, id2, first && branch.side ? `-->|${branch.side}|` : "-->");
      previous = id2;
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
  const steps = chain.map((name2) => ({ kind: "migration", name: name2 }));
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
function renderText2(report, options) {
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
      if (f3.ruleId === "multiple-leaves") out.push(...drawFork(f3).map((l4) => `      ${l4}`));
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
  fork.branches.forEach((b4, i) => {
    lines.push(`${i === fork.branches.length - 1 ? "\u2514\u2500" : "\u251C\u2500"} ${b4.chain.map(inline).join(" \u2192 ")}  (${b4.side ?? "?"})`);
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
      out.push(...block(edit.content.replace(/\n$/, "")).map((l4) => `      \u2502 ${l4}`));
    } else {
      out.push(`      ${edit.kind === "rename" ? `rename ${inline(edit.from)} \u2192 ${inline(edit.to)}` : `edit ${inline(edit.path)}`}:`);
      out.push(...block(edit.diff.replace(/\n$/, "")).map((l4) => `      \u2502 ${l4}`));
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
      options.out(renderText2(report, { color: options.color }));
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
    for (const [path2, content2] of Object.entries(files)) {
      await mkdir(dirname2(join4(dir, path2)), { recursive: true });
      await writeFile(join4(dir, path2), content2);
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
    const name2 = n === 1 ? "0001_initial" : n === 22 ? "0022_last" : `${String(n).padStart(4, "0")}_product_field_${n}`;
    products[`products/migrations/${name2}.py`] = migration(previous ? [["products", previous]] : [], operation(n), n === 1);
    previous = name2;
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
  const deps = dependencies.map(([app, name2]) => app === "__swappable__" ? `        migrations.swappable_dependency(settings.${name2}),
` : `        ("${app}", "${name2}"),
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
    process.stdout.write(format === "json" ? renderJson(report) : renderText2(report, { color }));
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
  __require,
  __commonJS,
  __export,
  __toESM,
  SEVERITY_RANK,
  UsageError,
  messageOf,
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
  renderText2 as renderText,
  main,
  exitCodeFor
};
//# sourceMappingURL=chunk-KTPYYKIG.js.map
