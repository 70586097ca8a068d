// On a phone a list's filter panel starts folded, so the results come first; "Filter and sort" opens
// it. It stays open when the form has an error to show. Without this script the panel is open.
(function () {
  if (!window.matchMedia("(max-width: 900px)").matches) return;
  document.querySelectorAll("details.filter-panel").forEach(function (panel) {
    if (!panel.querySelector(".field--error, .form-error")) panel.open = false;
  });
})();
