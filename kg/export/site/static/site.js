/* Every page: the header's search box opens the overview with the query (index.html?q=...). */
(function () {
  "use strict";
  var form = document.getElementById("site-search");
  if (!form) return;
  var root = document.body.getAttribute("data-root") || ".";
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = document.getElementById("q").value.trim();
    if (window.kgSearch) { window.kgSearch.run(q); return; }
    window.location.href = root + "/index.html" + (q ? "?q=" + encodeURIComponent(q) : "");
  });
})();
