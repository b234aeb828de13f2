(function () {
  "use strict";
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  function visible(row) {
    var verdict = form.elements.verdict.value, kind = form.elements.kind.value, source = form.elements.source.value;
    return (!verdict || row.dataset.verdict === verdict) && (!kind || row.dataset.kind === kind) &&
      (!source || JSON.parse(row.dataset.sources).indexOf(source) >= 0);
  }
  function applyFilters() {
    var shown = 0, filtered = form.elements.verdict.value || form.elements.kind.value || form.elements.source.value;
    rows.forEach(function (row) { row.hidden = !visible(row); if (!row.hidden) { shown += 1; } });
    Array.prototype.forEach.call(document.querySelectorAll("section.verdict"), function (section) {
      var count = section.querySelectorAll("tr.finding:not([hidden])").length;
      section.querySelector(".shown").textContent = String(count);
      section.hidden = Boolean(filtered) && count === 0;
    });
    document.getElementById("shown").textContent = shown + " of " + rows.length + " findings shown";
  }
  function sortKey(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
  }
  function sortTable(button) {
    var header = button.parentNode, table = header.closest("table"), body = table.tBodies[0];
    var column = Number(button.dataset.column);
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    var sorted = Array.prototype.slice.call(body.querySelectorAll("tr.finding")).sort(function (a, b) {
      var order = sortKey(a, column).localeCompare(sortKey(b, column), "en", {numeric: true});
      return order * direction || Number(a.dataset.order) - Number(b.dataset.order);
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }
  rows.forEach(function (row, index) { row.dataset.order = String(index); });
  form.hidden = false;
  form.addEventListener("change", applyFilters);
  Array.prototype.forEach.call(document.querySelectorAll("th button[data-column]"), function (button) {
    button.addEventListener("click", function () { sortTable(button); });
  });
  applyFilters();
}());
