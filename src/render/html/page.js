// The page reads in full without this script: it only adds a search box,
// sortable column headings and paging to long tables. No request is made.
(function () {
  "use strict";
  var root = document.documentElement;
  var words = document.body.dataset;
  var PAGE = 200;
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  // Vietnamese without its accents, so "so xay dung" finds "Sở Xây dựng".
  var fold = function (s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  };
  var key = function (cell) {
    if (!cell) { return ""; }
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  };
  // Empty cells last; numbers as numbers; ids and words in the page's
  // language with their digits as numbers ("PL2.II.10" after "PL2.II.9").
  var compare = function (a, b) {
    if (a === "") { return b === "" ? 0 : 1; }
    if (b === "") { return -1; }
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b, root.lang, { numeric: true });
  };

  each(document.querySelectorAll("table.data"), function (table) {
    var bodies = Array.prototype.slice.call(table.tBodies);
    var rows = [];
    bodies.forEach(function (tb) {
      each(tb.rows, function (r) {
        if (!r.classList.contains("group-head")) {
          r._text = fold(r.textContent);
          rows.push(r);
        }
      });
    });
    if (rows.length < 2 || !table.tHead) { return; }
    var query = "";
    var limit = PAGE;
    var status = document.createElement("span");
    status.className = "count";
    var more = document.createElement("button");
    more.type = "button";
    more.className = "more";
    more.textContent = words.more;

    var refresh = function () {
      var shown = 0, matched = 0;
      rows.forEach(function (r) {
        var hit = query === "" || r._text.indexOf(query) >= 0;
        if (hit) { matched += 1; }
        var show = hit && matched <= limit;
        r.hidden = !show;
        if (show) { shown += 1; }
      });
      bodies.forEach(function (tb) {
        var head = tb.querySelector("tr.group-head");
        if (head) {
          head.hidden = !Array.prototype.some.call(tb.rows, function (r) {
            return r !== head && !r.hidden;
          });
        }
      });
      status.textContent = shown + " / " + rows.length;
      more.hidden = matched <= limit;
    };

    each(table.tHead.rows[0].cells, function (th, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      b.title = words.sortHint;
      while (th.firstChild) { b.appendChild(th.firstChild); }
      th.appendChild(b);
      b.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        each(table.tHead.rows[0].cells, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        bodies.forEach(function (tb) {
          var own = Array.prototype.filter.call(tb.rows, function (r) {
            return !r.classList.contains("group-head");
          });
          own.sort(function (a, c) {
            var d = compare(key(a.cells[i]), key(c.cells[i]));
            return up ? d : -d;
          });
          own.forEach(function (r) { tb.appendChild(r); });
        });
        rows.sort(function (a, c) {
          return bodies.indexOf(a.parentNode) - bodies.indexOf(c.parentNode) ||
            Array.prototype.indexOf.call(a.parentNode.rows, a) - Array.prototype.indexOf.call(c.parentNode.rows, c);
        });
        refresh();
      });
    });

    var bar = document.createElement("div");
    bar.className = "tools";
    if (rows.length >= 10) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "search";
      label.textContent = words.search + " ";
      label.appendChild(input);
      bar.appendChild(label);
      input.addEventListener("input", function () {
        query = fold(input.value.trim());
        limit = PAGE;
        refresh();
      });
    }
    bar.appendChild(status);
    var wrap = table.parentNode;
    wrap.parentNode.insertBefore(bar, wrap);
    wrap.parentNode.insertBefore(more, wrap.nextSibling);
    more.addEventListener("click", function () {
      limit += PAGE;
      refresh();
    });
    refresh();
  });
  root.setAttribute("data-script", "ok");
})();
