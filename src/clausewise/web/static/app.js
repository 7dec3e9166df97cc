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
