// timeline_app web page: an interactive timeline of the events embedded in this file.
// No network, no library: the data is the JSON in the element #timeline-data. All text from
// the data reaches the page through textContent (never innerHTML), so it shows as text.
(function () {
  "use strict";
  var T0 = performance.now();
  var D = JSON.parse(document.getElementById("timeline-data").textContent);
  var E = D.events, N = E.id.length;
  var GRAN = D.granularities;
  var LANE_H = 26, AXIS_H = 44, TOP = AXIS_H + 8, GAP = 10, MAX_LABEL = 190, CHAR_W = 6.6, CELL = 60;
  var DAY = 864e5, YEAR = 365.2425 * DAY, MIN_SPAN = 36e5, MAX_SPAN = 10000 * YEAR;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function colour(d) { return D.colours[d % D.colours.length]; }

  // ---- state ------------------------------------------------------------------------------
  var state = { doc: -1, tag: -1, q: "", sel: -1, view: "timeline", t0: 0, scale: 1 };
  var shown = [];          // filtered event indexes, dated, in time order
  var shownUndated = [];
  var order = [];          // all dated events in time order
  var undated = [];
  for (var i = 0; i < N; i++) (E.s[i] === null ? undated : order).push(i);
  order.sort(function (a, b) { return E.s[a] - E.s[b] || E.e[a] - E.e[b] || a - b; });
  // a span a date bounds ("the second conviction since 2019") is labelled with the words that
  // bound it, as the app's timeline labels it: "since 2019 · ..."; its open side is drawn faded
  var OPEN = E.o || [], BOUND = E.ob || [];
  function label(i) { return BOUND[i] ? BOUND[i] + " · " + E.h[i] : E.h[i]; }
  function openClass(i) { return OPEN[i] > 0 ? "open-end" : OPEN[i] < 0 ? "open-start" : ""; }
  var labelPx = new Float64Array(N);
  for (i = 0; i < N; i++) labelPx[i] = Math.min(MAX_LABEL, label(i).length * CHAR_W + 4 + (OPEN[i] ? 10 : 0));
  var lowerText = null;    // built on first search

  function matches(i) {
    if (state.doc >= 0 && E.d[i] !== state.doc) return false;
    if (state.tag >= 0 && E.t[i].indexOf(state.tag) < 0) return false;
    if (state.q) {
      if (!lowerText) {
        lowerText = new Array(N);
        for (var k = 0; k < N; k++) lowerText[k] = (E.h[k] + " " + D.sentences[E.x[k]] + " " + E.n[k]).toLowerCase();
      }
      if (lowerText[i].indexOf(state.q) < 0) return false;
    }
    return true;
  }
  function applyFilters() {
    shown = order.filter(matches);
    shownUndated = undated.filter(matches);
    cache = {};
    var total = order.length, nu = undated.length;
    var c = shown.length === total ? total + " dated event" + (total === 1 ? "" : "s")
      : shown.length + " of " + total + " dated events";
    if (nu) c += " · " + shownUndated.length + (shownUndated.length === nu ? "" : " of " + nu) + " undated (in the list)";
    $("count").textContent = c;
    $("count").dataset.shown = shown.length;
  }

  // ---- dates --------------------------------------------------------------------------------
  function utc(y, m, d, h, mi) {   // years 1..9999, also below 100 (Date.UTC would add 1900)
    var t = new Date(0);
    t.setUTCFullYear(y, m, d);
    t.setUTCHours(h || 0, mi || 0, 0, 0);
    return t.getTime();
  }
  function fmtDay(t) {
    var d = new Date(t);
    return d.getUTCDate() + " " + LONG_MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  // ---- layout: lanes and overflow badges, one per zoom level (power of two), cached ------------
  var cache = {};
  function lanesAvailable() {
    var h = $("timeline").clientHeight;
    return Math.max(2, Math.floor((h - TOP - 30) / LANE_H));
  }
  function levelOf(scale) { return Math.floor(Math.log2(scale)); }
  function layout(level) {
    var lanes = lanesAvailable();
    var key = level + ":" + lanes;
    if (cache[key]) return cache[key];
    var ls = Math.pow(2, level);
    var laneEnd = new Float64Array(lanes).fill(-Infinity);
    var L = { ls: ls, lanes: [], badges: [] };
    for (var l = 0; l < lanes; l++) L.lanes.push({ idx: [], x0: [], r: [] });
    var cellMap = new Map();
    for (var k = 0; k < shown.length; k++) {
      var i = shown[k];
      var x0 = E.s[i] * ls, x1 = Math.max(E.e[i] * ls, x0 + 12);
      var r = Math.max(x1, x0 + 16 + labelPx[i]) + GAP;
      var placed = false;
      for (l = 0; l < lanes; l++) {
        if (laneEnd[l] <= x0) {
          laneEnd[l] = r;
          var ln = L.lanes[l];
          ln.idx.push(i); ln.x0.push(x0); ln.r.push(r);
          placed = true;
          break;
        }
      }
      if (!placed) {
        var c = Math.floor(x0 / CELL);
        var b = cellMap.get(c);
        if (!b) { b = { cell: c, n: 0, a: E.s[i], z: E.e[i] }; cellMap.set(c, b); L.badges.push(b); }
        b.n++; b.z = Math.max(b.z, E.e[i]);
      }
    }
    cache[key] = L;
    return L;
  }
  function bsearch(arr, v) {  // first index with arr[i] >= v
    var lo = 0, hi = arr.length;
    while (lo < hi) { var m = (lo + hi) >> 1; if (arr[m] < v) lo = m + 1; else hi = m; }
    return lo;
  }

  // ---- axis ---------------------------------------------------------------------------------
  var UNITS = [["minute", 1], ["minute", 5], ["minute", 15], ["minute", 30], ["hour", 1], ["hour", 3], ["hour", 6],
    ["hour", 12], ["day", 1], ["day", 2], ["week", 1], ["month", 1], ["month", 3], ["month", 6], ["year", 1],
    ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50], ["year", 100], ["year", 250],
    ["year", 500], ["year", 1000]];
  var APPROX = { minute: 6e4, hour: 36e5, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: YEAR };
  function floorTo(t, u, n) {
    var d = new Date(t), y = d.getUTCFullYear(), m = d.getUTCMonth();
    if (u === "year") return utc(Math.floor(y / n) * n, 0, 1);
    if (u === "month") return utc(y, Math.floor(m / n) * n, 1);
    if (u === "week") { var day = utc(y, m, d.getUTCDate()); return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY; }
    if (u === "day") return utc(y, m, d.getUTCDate());
    var step = APPROX[u] * n;
    return Math.floor(t / step) * step;
  }
  function stepTo(t, u, n) {
    var d = new Date(t);
    if (u === "year") return utc(d.getUTCFullYear() + n, 0, 1);
    if (u === "month") return utc(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    if (u === "week") return t + 7 * DAY;
    if (u === "day") return utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
    return t + APPROX[u] * n;
  }
  function tickLabel(t, u) {
    var d = new Date(t);
    if (u === "year") return String(d.getUTCFullYear());
    if (u === "month") return d.getUTCMonth() === 0 ? MONTHS[0] + " " + d.getUTCFullYear() : MONTHS[d.getUTCMonth()];
    if (u === "day" || u === "week") return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
    var hm = String(d.getUTCHours()).padStart(2, "0") + ":" + String(d.getUTCMinutes()).padStart(2, "0");
    return hm === "00:00" ? d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] : hm;
  }
  function contextLabel(t, u) {
    var d = new Date(t);
    if (u === "year") return "";
    if (u === "month") return String(d.getUTCFullYear());
    if (u === "minute" || u === "hour") return fmtDay(t);
    return LONG_MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  // ---- rendering ----------------------------------------------------------------------------
  var tl, layer, axis, pending = false;
  function width() { return Math.max(1, tl.clientWidth); }
  function xOf(t) { return (t - state.t0) * state.scale; }
  function schedule() {
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; render(); }); }
  }
  function render() {
    var w = width(), t0 = state.t0, t1 = t0 + w / state.scale;
    axis.textContent = "";
    layer.textContent = "";
    // axis and grid
    var unit = UNITS[UNITS.length - 1];
    for (var u = 0; u < UNITS.length; u++) {
      if (APPROX[UNITS[u][0]] * UNITS[u][1] * state.scale >= 64) { unit = UNITS[u]; break; }
    }
    var ctx = el("div", "ctx", contextLabel(t0 + 1, unit[0]));
    axis.appendChild(ctx);
    var guard = 0;
    for (var t = floorTo(t0, unit[0], unit[1]); t < t1 && guard < 400; t = stepTo(t, unit[0], unit[1]), guard++) {
      var x = xOf(t);
      if (x < -80) continue;
      var tk = el("div", "tick", tickLabel(t, unit[0]));
      tk.style.left = x + "px";
      axis.appendChild(tk);
      var g = el("div", "grid");
      g.style.left = x + "px";
      layer.appendChild(g);
    }
    for (var r = 0; r < D.documents.length; r++) {
      var ref = D.documents[r].ref_ms;
      if (ref === null || (state.doc >= 0 && state.doc !== r)) continue;
      var rx = xOf(ref);
      if (rx < -2 || rx > w + 2) continue;
      var line = el("div", "ref");
      line.style.left = rx + "px";
      line.style.setProperty("--c", colour(r));
      line.title = D.documents[r].name + ": published " + D.documents[r].ref;
      layer.appendChild(line);
    }
    $("empty").hidden = shown.length > 0;
    if (!shown.length) return;
    var L = layout(levelOf(state.scale));
    var k = state.scale / L.ls;      // >= 1: gaps only widen between levels, nothing overlaps
    var left = t0 * L.ls, right = t1 * L.ls;
    var drawn = 0, inBadges = 0;
    for (var l = 0; l < L.lanes.length; l++) {
      var ln = L.lanes[l];
      // items in a lane do not overlap, so their reserved ends are sorted like their starts
      for (var j = bsearch(ln.r, left); j < ln.idx.length && ln.x0[j] <= right; j++) {
        var i = ln.idx[j];
        var ex = xOf(E.s[i]), ee = xOf(E.e[i]);
        var room = (ln.r[j] - GAP) * k - ln.x0[j] * k;
        var b = el("button", "ev");
        b.type = "button";
        b.dataset.id = E.id[i];
        b.dataset.i = i;
        b.style.setProperty("--c", colour(E.d[i]));
        b.style.top = (TOP + l * LANE_H) + "px";
        b.title = E.w[i] + " — " + E.h[i];
        var span = ee - ex > 14, oc = openClass(i);
        if (span) {
          var bar = el("span", "bar" + (oc ? " " + oc : ""));
          bar.style.width = (ee - ex) + "px";
          b.appendChild(bar);
          b.style.left = ex + "px";
        } else {
          b.appendChild(el("span", "dot" + (oc ? " " + oc : "")));
          b.style.left = (ex - 5) + "px";
        }
        var lab = el("span", "lbl", label(i));
        lab.style.maxWidth = Math.max(0, room - 16) + "px";
        if (room < 40) lab.hidden = true;
        b.appendChild(lab);
        if (i === state.sel) b.classList.add("sel");
        layer.appendChild(b);
        drawn++;
      }
    }
    var badgeY = TOP + L.lanes.length * LANE_H + 2;
    for (var q = 0; q < L.badges.length; q++) {
      var bd = L.badges[q];
      var bx = bd.cell * CELL * k - t0 * state.scale;
      if (bx < -CELL * k || bx > w) continue;
      var badge = el("button", "badge", "+" + bd.n);
      badge.type = "button";
      badge.style.left = bx + "px";
      badge.style.top = badgeY + "px";
      badge.dataset.count = bd.n;
      badge.title = bd.n + " more events here: click to zoom in";
      badge.dataset.a = bd.a; badge.dataset.z = bd.z;
      layer.appendChild(badge);
      inBadges += bd.n;
    }
    tl.dataset.drawn = drawn;
    tl.dataset.inBadges = inBadges;
  }

  // ---- view ---------------------------------------------------------------------------------
  function setView(t0, scale) {
    var w = width();
    scale = Math.min(Math.max(scale, w / MAX_SPAN), w / MIN_SPAN);
    state.t0 = t0; state.scale = scale;
    schedule();
  }
  function zoomTo(a, b) {
    var w = width(), span = Math.max(b - a, MIN_SPAN) * 1.1, mid = (a + b) / 2;
    setView(mid - span / 2, w / span);
  }
  function fit() {
    var list = shown.length ? shown : order;
    if (!list.length) { zoomTo(Date.now() - 15 * DAY, Date.now() + 15 * DAY); return; }
    var a = Infinity, b = -Infinity;
    for (var k = 0; k < list.length; k++) { a = Math.min(a, E.s[list[k]]); b = Math.max(b, E.e[list[k]]); }
    if (b - a < DAY) { a -= 3 * DAY; b += 3 * DAY; }
    // room on the right for the last labels
    var w = width();
    zoomTo(a, b + (b - a) * Math.min(0.5, 200 / Math.max(200, w - 200)));
  }
  function zoomBy(f, x) {
    if (x == null) x = width() / 2;
    var t = state.t0 + x / state.scale;
    var w = width(), s = Math.min(Math.max(state.scale * f, w / MAX_SPAN), w / MIN_SPAN);
    setView(t - x / s, s);
  }
  function centreOn(i) {
    var w = width(), t1 = state.t0 + w / state.scale;
    if (E.s[i] < state.t0 || E.s[i] > t1) setView(E.s[i] - w / state.scale / 3, state.scale);
  }

  // ---- details ------------------------------------------------------------------------------
  function select(i, fromList) {
    state.sel = i;
    var box = $("detail");
    box.textContent = "";
    if (i < 0) { box.appendChild(el("p", "hint", "Click an event to read the sentence it comes from.")); schedule(); return; }
    box.style.setProperty("--c", colour(E.d[i]));
    box.appendChild(el("h2", null, E.h[i]));
    box.appendChild(el("div", "when", E.dd[i] || E.w[i] || "undated"));
    var s = D.sentences[E.x[i]], a = E.a[i], b = E.b[i];
    var q = el("blockquote", "sentence");
    q.appendChild(document.createTextNode(s.slice(0, a)));
    q.appendChild(el("mark", null, s.slice(a, b)));
    q.appendChild(document.createTextNode(s.slice(b)));
    box.appendChild(q);
    var doc = D.documents[E.d[i]];
    box.appendChild(el("div", "src", doc.name + (doc.ref ? " · published " + doc.ref : "") +
      (E.more[i] ? " · and " + E.more[i] + " more source" + (E.more[i] > 1 ? "s" : "") : "")));
    if (E.n[i]) box.appendChild(el("p", "note", E.n[i]));
    if (E.t[i].length) {
      var tg = el("div", "tags");
      E.t[i].forEach(function (t) { tg.appendChild(el("span", null, D.tags[t])); });
      box.appendChild(tg);
    }
    box.appendChild(el("p", "meta", E.v[i] + (E.why[i] ? " — " + E.why[i] : "")));
    if (!fromList && state.view === "list") markList();
    if (fromList && E.s[i] !== null) centreOn(i);
    schedule();
    markList();
  }
  function step(dir) {
    if (!shown.length) return;
    var k = shown.indexOf(state.sel);
    k = k < 0 ? (dir > 0 ? 0 : shown.length - 1) : Math.min(Math.max(k + dir, 0), shown.length - 1);
    select(shown[k]);
    centreOn(shown[k]);
  }

  // ---- list view ----------------------------------------------------------------------------
  var listLimit = 500;
  function listRow(i) {
    var li = el("li");
    li.dataset.i = i;
    li.dataset.id = E.id[i];
    li.style.setProperty("--c", colour(E.d[i]));
    li.appendChild(el("span", "when", E.dd[i] || E.w[i] || "undated"));
    li.appendChild(el("span", "h", label(i)));
    if (i === state.sel) li.classList.add("sel");
    return li;
  }
  function renderList() {
    var box = $("list");
    box.textContent = "";
    var ol = el("ol");
    ol.id = "dated-list";
    for (var k = 0; k < shown.length && k < listLimit; k++) ol.appendChild(listRow(shown[k]));
    box.appendChild(ol);
    if (shown.length > listLimit) {
      var more = el("button", null, "Show " + Math.min(500, shown.length - listLimit) + " more of " +
        (shown.length - listLimit));
      more.id = "more";
      more.type = "button";
      more.onclick = function () { listLimit += 500; renderList(); };
      box.appendChild(more);
    }
    if (shownUndated.length) {
      box.appendChild(el("h2", null, "Undated (" + shownUndated.length + "): durations, repetitions and vague times"));
      var ou = el("ol");
      ou.id = "undated-list";
      shownUndated.forEach(function (i) { ou.appendChild(listRow(i)); });
      box.appendChild(ou);
    }
  }
  function markList() {
    var rows = $("list").querySelectorAll("li.sel");
    for (var k = 0; k < rows.length; k++) rows[k].classList.remove("sel");
    if (state.sel >= 0) {
      var r = $("list").querySelector('li[data-i="' + state.sel + '"]');
      if (r) r.classList.add("sel");
    }
  }
  function setViewMode(v) {
    state.view = v;
    $("timeline").hidden = v !== "timeline";
    $("list").hidden = v !== "list";
    $("show-timeline").setAttribute("aria-pressed", v === "timeline");
    $("show-list").setAttribute("aria-pressed", v === "list");
    if (v === "list") renderList(); else schedule();
  }
  function refilter() {
    applyFilters();
    listLimit = 500;
    if (state.view === "list") renderList();
    fit();
  }

  // ---- input --------------------------------------------------------------------------------
  function setup() {
    tl = $("timeline"); layer = $("layer"); axis = $("axis");
    document.title = D.title;
    $("title").textContent = D.title;
    var ds = $("doc-filter");
    D.documents.forEach(function (d, k) {
      var o = el("option", null, d.name); o.value = k; ds.appendChild(o);
      var s = el("span", null, d.name);
      s.style.setProperty("--c", colour(k));
      $("legend").appendChild(s);
    });
    if (D.documents.length < 2) $("doc-label").hidden = true;
    var ts = $("tag-filter");
    D.tags.forEach(function (t, k) { var o = el("option", null, t); o.value = k; ts.appendChild(o); });
    if (!D.tags.length) $("tag-label").hidden = true;
    ds.onchange = function () { state.doc = +ds.value; refilter(); };
    ts.onchange = function () { state.tag = +ts.value; refilter(); };
    var qt = null;
    $("search").oninput = function () {
      clearTimeout(qt);
      qt = setTimeout(function () { state.q = $("search").value.trim().toLowerCase(); refilter(); }, 150);
    };
    $("show-timeline").onclick = function () { setViewMode("timeline"); };
    $("show-list").onclick = function () { setViewMode("list"); };
    $("zoom-in").onclick = function () { zoomBy(1.6); };
    $("zoom-out").onclick = function () { zoomBy(1 / 1.6); };
    $("zoom-fit").onclick = fit;
    $("list").addEventListener("click", function (ev) {
      var li = ev.target.closest("li");
      if (li) select(+li.dataset.i, true);
    });
    // pointer: drag to pan, two fingers to zoom, click (without moving) to select
    var ptrs = new Map(), drag = null, pinch = null;
    tl.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest(".zoom")) return;
      ptrs.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      if (ptrs.size === 1) drag = { x: ev.clientX, t0: state.t0, moved: false, target: ev.target };
      if (ptrs.size === 2) {
        var p = Array.from(ptrs.values());
        pinch = { d: Math.abs(p[0].x - p[1].x) || 1, scale: state.scale, t0: state.t0,
          x: (p[0].x + p[1].x) / 2 - tl.getBoundingClientRect().left };
        drag = null;
      }
    });
    tl.addEventListener("pointermove", function (ev) {
      if (!ptrs.has(ev.pointerId)) return;
      ptrs.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      if (pinch && ptrs.size === 2) {
        var p = Array.from(ptrs.values());
        var f = (Math.abs(p[0].x - p[1].x) || 1) / pinch.d;
        var t = pinch.t0 + pinch.x / pinch.scale, s = pinch.scale * f;
        setView(t - pinch.x / s, s);
      } else if (drag) {
        var dx = ev.clientX - drag.x;
        if (!drag.moved && Math.abs(dx) > 4) {
          drag.moved = true;
          tl.classList.add("dragging");
          try { tl.setPointerCapture(ev.pointerId); } catch (e) { /* already released */ }
        }
        if (drag.moved) setView(drag.t0 - dx / state.scale, state.scale);
      }
    });
    function up(ev) {
      ptrs.delete(ev.pointerId);
      if (ptrs.size < 2) pinch = null;
      tl.classList.remove("dragging");
      if (drag && !drag.moved && ev.type === "pointerup") {
        var b = drag.target.closest && drag.target.closest(".ev, .badge");
        if (b && b.classList.contains("ev")) select(+b.dataset.i);
        else if (b) zoomTo(+b.dataset.a, Math.max(+b.dataset.z, +b.dataset.a + MIN_SPAN));
      }
      drag = null;
    }
    tl.addEventListener("pointerup", up);
    tl.addEventListener("pointercancel", up);
    tl.addEventListener("keydown", function (ev) {   // Enter/Space on a focused event or badge
      if ((ev.key === "Enter" || ev.key === " ") && ev.target.closest(".ev")) {
        select(+ev.target.closest(".ev").dataset.i); ev.preventDefault();
      }
    });
    // focusing or scrolling an event into view must not shift the drawing (the view pans instead)
    tl.addEventListener("scroll", function () { tl.scrollLeft = 0; tl.scrollTop = 0; });
    tl.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var x = ev.clientX - tl.getBoundingClientRect().left;
      if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
        setView(state.t0 + (ev.deltaX || ev.deltaY) / state.scale, state.scale);
      } else {
        zoomBy(Math.pow(1.0015, -ev.deltaY * (ev.deltaMode === 1 ? 33 : 1)), x);
      }
    }, { passive: false });
    tl.addEventListener("dblclick", function (ev) {
      if (!ev.target.closest(".ev, .badge, .zoom")) zoomBy(2, ev.clientX - tl.getBoundingClientRect().left);
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.target.matches && ev.target.matches("input, select")) return;
      if (ev.key === "ArrowRight") { step(1); ev.preventDefault(); }
      else if (ev.key === "ArrowLeft") { step(-1); ev.preventDefault(); }
      else if (ev.key === "+" || ev.key === "=") zoomBy(1.6);
      else if (ev.key === "-") zoomBy(1 / 1.6);
      else if (ev.key === "Home") fit();
    });
    var lastW = 0, lastH = 0;
    window.addEventListener("resize", function () {
      if (tl.clientWidth !== lastW || tl.clientHeight !== lastH) {
        var mid = state.t0 + lastW / state.scale / 2;
        lastW = tl.clientWidth; lastH = tl.clientHeight;
        cache = {};
        if (lastW) setView(mid - lastW / state.scale / 2, state.scale);
      }
    });
    applyFilters();
    select(-1);
    lastW = tl.clientWidth; lastH = tl.clientHeight;
    fit();
    render();
    pending = false;
    window.timelineApp = { firstRenderMs: performance.now(), scriptMs: performance.now() - T0, select: select,
      zoomTo: zoomTo, fit: fit, state: state, shownCount: function () { return shown.length; } };
    document.body.dataset.ready = "1";
  }
  setup();
})();
