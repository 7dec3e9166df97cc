// The pages' one script. Every page works without it; with it, pickers suggest documents
// as a person types, and the compare view moves from change to change with keys.
"use strict";
(function () {
  // -- pickers: <input data-suggest list="X"> fills <datalist id="X"> from /api/suggest --
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null, asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        fetch("/api/suggest?" + new URLSearchParams({ q: q, limit: "12" }))
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (found) {
            if (!found || asked !== q) return; // a later keystroke asked again
            list.replaceChildren.apply(list, found.suggestions.map(function (s) {
              var o = document.createElement("option");
              o.value = s.symbol || s.id;
              o.label = s.label;
              o.textContent = s.label;
              return o;
            }));
          });
      }, 120);
    });
  });

  // -- the compare view: next / previous change, changes only ------------------------------
  var body = document.querySelector(".compare-body");
  if (!body) return;
  var pos = document.getElementById("change-pos");
  var at = -1;
  function changes() {
    var side = document.getElementById("cw-v-side");
    return Array.prototype.slice.call(side && side.checked
      ? body.querySelectorAll(".side-view tr:not(:first-child):not(.unchanged)")
      : body.querySelectorAll(".inline-view .para:not(.unchanged)"));
  }
  function show(items, i) {
    if (!items.length) { pos.textContent = "no change"; return; }
    at = Math.max(0, Math.min(i, items.length - 1));
    body.querySelectorAll(".current-change").forEach(function (e) {
      e.classList.remove("current-change");
    });
    var el = items[at];
    el.classList.add("current-change");
    el.scrollIntoView({ block: "center" });
    pos.textContent = "change " + (at + 1) + " of " + items.length;
  }
  function step(by) { show(changes(), at + by); }
  document.getElementById("next-change").addEventListener("click", function () { step(1); });
  document.getElementById("prev-change").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest("input, select, textarea")) return;
    if (e.key === "n" || e.key === "j") { step(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { step(-1); e.preventDefault(); }
  });
  // a count in the summary jumps to the next change of its type
  document.querySelectorAll(".change-counts a[data-type]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var type = a.getAttribute("data-type"), items = changes();
      var next = items.findIndex(function (el, i) { return i > at && el.classList.contains(type); });
      if (next < 0) next = items.findIndex(function (el) { return el.classList.contains(type); });
      if (next >= 0) { e.preventDefault(); show(items, next); }
    });
  });
})();

// -- adding documents: each dropped or chosen file posted to the API on its own, with its
// progress and its result (added, already present, replaced, rejected with the reason).
// The signed-in editor's session cookie goes with each (same-origin) request; the page's
// CSRF token, in the X-CSRF-Token header, shows the request comes from this page.
(function () {
  var form = document.getElementById("upload");
  if (!form) return;
  var csrf = document.getElementById("csrf").value;
  var files = document.getElementById("files");
  var drop = document.getElementById("drop");
  var results = document.getElementById("results");
  // one file at a time: the server parses a few uploads at once and answers 503 beyond
  var queue = [], busy = false;
  function next() {
    if (busy || !queue.length) return;
    busy = true;
    var job = queue.shift();
    one(job.file, job.li, function () { busy = false; next(); });
  }
  function enqueue(file) {
    var li = row(file);
    queue.push({ file: file, li: li });
    next();
  }
  function row(file) {
    var li = document.createElement("li");
    var name = document.createElement("span");
    name.className = "name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    var said = document.createElement("span");
    said.className = "said";
    said.textContent = "waiting…";
    li.append(name, " ", bar, " ", said);
    results.append(li);
    return li;
  }
  function one(file, li, done) {
    var bar = li.querySelector("progress"), said = li.querySelector(".said");
    said.textContent = "sending…";
    var xhr = new XMLHttpRequest();
    var replace = document.getElementById("replace").checked ? "?replace=true" : "";
    xhr.open("POST", "/api/documents" + replace);
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
    });
    xhr.addEventListener("load", function () {
      if (xhr.status === 503) { // busy: try again when the server says
        var wait = parseInt(xhr.getResponseHeader("Retry-After") || "2", 10);
        said.textContent = "the server is busy: trying again in " + wait + " s";
        setTimeout(function () { one(file, li, done); }, wait * 1000);
        return;
      }
      bar.value = 100;
      done();
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
      if (xhr.status === 201 || xhr.status === 200) {
        var st = body.status === "present" ? "already present" : body.status;
        li.className = "result " + (body.status === "present" ? "present" : "added");
        said.textContent = st + ": ";
        var a = document.createElement("a");
        a.href = "/documents/" + encodeURIComponent(body.id);
        a.textContent = (body.document && (body.document.symbol || body.document.title)) || body.id;
        said.append(a);
      } else {
        li.className = "result rejected";
        said.textContent = "rejected: " + (body.detail || ("the server answered " + xhr.status));
      }
    });
    xhr.addEventListener("error", function () {
      li.className = "result rejected";
      said.textContent = "not sent: the server could not be reached";
      done();
    });
    var data = new FormData();
    data.append("file", file, file.name);
    xhr.send(data);
  }
  function send(list) {
    Array.prototype.forEach.call(list, enqueue);
  }
  files.addEventListener("change", function () { send(files.files); files.value = ""; });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { send(e.dataTransfer.files); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
})();

// -- deleting a document, after a confirmation (the document page's button)
(function () {
  var button = document.getElementById("delete-document");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var id = button.getAttribute("data-id");
    var label = button.getAttribute("data-label");
    if (!window.confirm("Delete " + label + " from the library? This cannot be undone.")) return;
    fetch("/api/documents/" + encodeURIComponent(id), {
      method: "DELETE", headers: { "X-CSRF-Token": button.getAttribute("data-csrf") },
    }).then(function (r) {
      return r.json().then(function (body) { return [r, body]; });
    }).then(function (rb) {
      var out = document.getElementById("delete-result");
      if (rb[0].ok) {
        out.textContent = label + " was deleted. ";
        var a = document.createElement("a"); a.href = "/"; a.textContent = "Back to the library";
        out.append(a);
      } else {
        out.textContent = "Not deleted: " + (rb[1].detail || rb[0].status);
      }
    });
  });
})();
