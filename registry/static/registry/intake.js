// The review page: pointing at (or focusing) a record marks its evidence sentence in the article.
// Served from the registry itself: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  document.querySelectorAll("[data-evidence]").forEach(function (record) {
    var mark = document.getElementById(record.dataset.evidence);
    if (!mark) { return; }
    function on() { mark.classList.add("intake-evidence--current"); }
    function off() { mark.classList.remove("intake-evidence--current"); }
    record.addEventListener("mouseenter", on);
    record.addEventListener("mouseleave", off);
    record.addEventListener("focusin", function () { on(); mark.scrollIntoView({block: "nearest"}); });
    record.addEventListener("focusout", off);
  });
})();
