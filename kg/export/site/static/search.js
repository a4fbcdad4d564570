/* Search (characters, full pinyin, initials), filters, and the who-attended-what matrix of the overview.
   The index (data/search.js) is loaded after the network is drawn, or at once when the URL has ?q=. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || ".";
  var $ = function (id) { return document.getElementById(id); };
  var input = $("q"), results = $("results"), count = $("result-count");
  var INDEX = null, loading = false, pending = null;
  var KIND_NAMES = { person: "人物", organization: "机构", company: "企业", event: "活动" };
  var MAX_RESULTS = 200, MAX_ROWS = 150, MAX_COLS = 60;

  function load(then) {
    if (INDEX) { if (then) then(); return; }
    if (then) pending = then;
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "/data/search.js";
    script.onload = function () { prepare(window.KG_SEARCH); if (pending) pending(); pending = null; };
    script.onerror = function () { count.textContent = "索引载入失败 (data/search.js)"; };
    document.head.appendChild(script);
  }

  function prepare(raw) {
    INDEX = raw;
    INDEX.byPerson = {}; INDEX.byEvent = {};
    raw.att.forEach(function (a) {
      (INDEX.byPerson[a[0]] = INDEX.byPerson[a[0]] || []).push(a);
      (INDEX.byEvent[a[1]] = INDEX.byEvent[a[1]] || []).push(a);
    });
    var roleCounts = raw.roles.map(function () { return 0; });
    raw.att.forEach(function (a) { a[2].forEach(function (r) { roleCounts[r] += 1; }); });
    var select = $("role");
    raw.roles.map(function (r, i) { return [r, i]; })
      .sort(function (a, b) { return roleCounts[b[1]] - roleCounts[a[1]]; })
      .slice(0, 200)
      .forEach(function (pair) {
        var o = document.createElement("option");
        o.value = String(pair[1]);
        o.textContent = pair[0] + " (" + roleCounts[pair[1]] + ")";
        select.appendChild(o);
      });
    var list = $("org-list");
    raw.entities.map(function (e, i) { return i; })
      .filter(function (i) { var t = raw.entities[i].t; return t === "organization" || t === "company"; })
      .sort(function (a, b) { return raw.entities[b].w - raw.entities[a].w; })
      .slice(0, 500)
      .forEach(function (i) { var o = document.createElement("option"); o.value = raw.entities[i].l; list.appendChild(o); });
  }

  /* The query in simplified characters, as the texts were converted at ingest (OpenCC t2s): 劉非 -> 刘非. */
  function norm(q) {
    var t2s = INDEX.t2s || {};
    return Array.from(q.trim().toLowerCase()).map(function (c) { return t2s[c] || c; }).join("");
  }

  function score(e, q, latin) {
    var best = 0, l = e.l;
    if (l === q) best = 100; else if (l.indexOf(q) === 0) best = 90; else if (l.indexOf(q) > 0) best = 70;
    else if (e.s && e.s.indexOf(q) >= 0) best = 40;
    if (latin) {
      e.py.forEach(function (p) {
        if (p === q) best = Math.max(best, 95); else if (p.indexOf(q) === 0) best = Math.max(best, 85);
        else if (p.indexOf(q) > 0) best = Math.max(best, 45);
      });
      e.ini.forEach(function (p) {
        if (p === q) best = Math.max(best, 80); else if (p.indexOf(q) === 0) best = Math.max(best, 60);
        else if (p.indexOf(q) > 0) best = Math.max(best, 30);
      });
    }
    return best;
  }

  function filters() {
    var types = {};
    document.querySelectorAll("input[name=type]").forEach(function (c) { if (c.checked) types[c.value] = true; });
    var org = $("org").value.trim(), orgs = null;
    if (org) {
      orgs = {};
      INDEX.entities.forEach(function (e, i) {
        if ((e.t === "organization" || e.t === "company") && e.l.indexOf(org) >= 0) orgs[i] = true;
      });
    }
    var role = $("role").value;
    return { types: types, from: $("date-from").value, to: $("date-to").value, orgs: orgs,
             role: role === "" ? null : parseInt(role, 10) };
  }

  function anyOrg(e, orgs) { return e.o.some(function (o) { return orgs[o]; }); }

  function passes(e, i, f) {
    if (!f.types[e.t]) return false;
    if (f.from || f.to) {
      if (!e.d0) return false;
      if (f.from && e.d1 < f.from) return false;
      if (f.to && e.d0 > f.to) return false;
    }
    if (f.orgs) {
      if (e.t === "person" && !anyOrg(e, f.orgs)) return false;
      if ((e.t === "organization" || e.t === "company") && !f.orgs[i]) return false;
      if (e.t === "event" && !anyOrg(e, f.orgs) && !(INDEX.byEvent[i] || []).some(function (a) {
        return anyOrg(INDEX.entities[a[0]], f.orgs); })) return false;
    }
    if (f.role !== null) {
      var atts = e.t === "person" ? INDEX.byPerson[i] : e.t === "event" ? INDEX.byEvent[i] : null;
      if (!atts || !atts.some(function (a) { return a[2].indexOf(f.role) >= 0; })) return false;
    }
    return true;
  }

  var current = [];

  function run(query) {
    if (!INDEX) { count.textContent = "正在载入索引…"; load(function () { run(query); }); return; }
    if (typeof query === "string") input.value = query;
    var q = norm(input.value), latin = /^[a-z0-9]+$/.test(q.replace(/[\s']/g, ""));
    if (latin) q = q.replace(/[\s']/g, "");
    var f = filters(), hits = [];
    INDEX.entities.forEach(function (e, i) {
      if (!passes(e, i, f)) return;
      var s = q ? score(e, q, latin) : 1;
      if (s > 0) hits.push([s, e.w, i]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || a[2] - b[2]; });
    current = hits.map(function (h) { return h[2]; });
    render();
    if (window.kgSelect) {
      window.kgSelect(q ? current.slice(0, 50).map(function (i) { return INDEX.entities[i].u; }).filter(Boolean) : []);
    }
  }

  function entityLink(i, short) {
    var e = INDEX.entities[i], a = document.createElement(e.u ? "a" : "span");
    if (e.u) a.href = root + "/" + e.u;
    a.className = "k-" + e.t;
    a.textContent = short && e.l.length > 14 ? e.l.slice(0, 13) + "…" : e.l;
    a.title = e.l + (e.s ? " · " + e.s : "");
    return a;
  }

  function render() {
    results.textContent = "";
    count.textContent = current.length ? "找到 " + current.length + " 个" + (current.length > MAX_RESULTS ? "，显示前 " + MAX_RESULTS : "")
                                       : "没有找到。No match.";
    current.slice(0, MAX_RESULTS).forEach(function (i) {
      var e = INDEX.entities[i], li = document.createElement("li");
      var dot = document.createElement("i"); dot.className = "dot k-" + e.t; li.appendChild(dot);
      li.appendChild(entityLink(i, false));
      var sub = document.createElement("div"); sub.className = "sub";
      sub.textContent = [KIND_NAMES[e.t] + (e.r ? " · 记者" : ""), e.s].filter(Boolean).join(" · ");
      li.appendChild(sub);
      if (e.u && window.kgLocate) {
        var b = document.createElement("button"); b.type = "button"; b.className = "locate"; b.title = "在图中定位 locate";
        b.textContent = "◎";
        b.addEventListener("click", function () { window.kgLocate(e.u); });
        li.appendChild(b);
      }
      results.appendChild(li);
    });
    if (!$("matrix").hidden) matrix();
  }

  /* Persons (rows) x events (columns) of the current selection; a cell holds the roles. */
  function matrix() {
    if (!INDEX) return;
    var f = filters(), persons = [], events = [];
    current.forEach(function (i) {
      var t = INDEX.entities[i].t;
      if (t === "person") persons.push(i); else if (t === "event") events.push(i);
    });
    var keep = function (a) { return f.role === null || a[2].indexOf(f.role) >= 0; };
    var cells = [];
    /* Selected persons: every event of theirs (within the role and dates asked for), not only the events
       the query also matched; no person selected: everyone at the selected events. */
    if (persons.length) {
      persons.forEach(function (p) { (INDEX.byPerson[p] || []).forEach(function (a) {
        var e = INDEX.entities[a[1]];
        if (keep(a) && (!f.from || (e.d1 && e.d1 >= f.from)) && (!f.to || (e.d0 && e.d0 <= f.to))) cells.push(a);
      }); });
    } else {
      events.forEach(function (e) { (INDEX.byEvent[e] || []).forEach(function (a) { if (keep(a)) cells.push(a); }); });
    }
    var colCount = {}, rowCount = {};
    cells.forEach(function (a) { colCount[a[1]] = (colCount[a[1]] || 0) + 1; rowCount[a[0]] = (rowCount[a[0]] || 0) + 1; });
    var cols = Object.keys(colCount).map(Number).sort(function (a, b) {
      var da = INDEX.entities[a].d0 || "9999", db = INDEX.entities[b].d0 || "9999";
      return da < db ? -1 : da > db ? 1 : colCount[b] - colCount[a];
    });
    var rows = Object.keys(rowCount).map(Number).sort(function (a, b) { return rowCount[b] - rowCount[a] || a - b; });
    var note = rows.length + " 人 × " + cols.length + " 个活动 · 格内为角色，● = 在场、未写角色";
    if (rows.length > MAX_ROWS || cols.length > MAX_COLS) note += "（显示前 " + Math.min(rows.length, MAX_ROWS) + " × " + Math.min(cols.length, MAX_COLS) + "）";
    $("matrix-note").textContent = note;
    rows = rows.slice(0, MAX_ROWS); cols = cols.slice(0, MAX_COLS);
    var at = {};
    cells.forEach(function (a) { at[a[0] + ":" + a[1]] = a; });
    var table = document.createElement("table"), head = table.createTHead().insertRow();
    head.appendChild(document.createElement("th"));
    cols.forEach(function (c) {
      var th = document.createElement("th"), e = INDEX.entities[c];
      th.appendChild(entityLink(c, true));
      var d = document.createElement("div"); d.className = "date"; d.textContent = e.d0 || ""; th.appendChild(d);
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (r) {
      var tr = body.insertRow(), th = document.createElement("th");
      th.appendChild(entityLink(r, false));
      if (INDEX.entities[r].s) { var s = document.createElement("div"); s.className = "sub"; s.textContent = INDEX.entities[r].s; th.appendChild(s); }
      tr.appendChild(th);
      cols.forEach(function (c) {
        var td = tr.insertCell(), a = at[r + ":" + c];
        if (a) {
          td.className = "hit";
          td.textContent = a[2].length ? a[2].map(function (x) { return INDEX.roles[x]; }).join("、") : "●";
          td.title = INDEX.entities[r].l + " · " + INDEX.entities[c].l;
        }
      });
    });
    var holder = $("matrix-body");
    holder.textContent = "";
    holder.appendChild(cells.length ? table : document.createTextNode("当前选择里没有出席记录。Select persons or events first."));
  }

  window.kgSearch = { run: run, matrix: matrix };
  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  input.addEventListener("focus", function () { load(); });
  document.querySelectorAll(".filters input, .filters select").forEach(function (el) {
    el.addEventListener("change", function () { run(); });
  });
  $("org").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  $("clear").addEventListener("click", function () {
    document.querySelectorAll("input[name=type]").forEach(function (c) { c.checked = true; });
    $("date-from").value = $("date-to").value = $("org").value = $("role").value = "";
    input.value = "";
    run();
  });
  $("matrix-open").addEventListener("click", function () { $("matrix").hidden = false; load(function () { run(); }); });
  $("matrix-close").addEventListener("click", function () { $("matrix").hidden = true; });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; load(function () { run(initial); }); }
  else {
    var later = function () { setTimeout(function () { load(function () { run(); }); }, 50); };
    if (window.kgFirstPaint !== undefined) later(); else document.addEventListener("kg:painted", later);
  }
})();
