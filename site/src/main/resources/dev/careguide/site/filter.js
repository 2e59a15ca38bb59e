// careguide review site: the only script. It filters what a page already shows; every page reads fully
// without it. A form.filters holds checkboxes; an element with data-flags stays visible when it carries one
// of the checked flags, or when none is checked.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form.filters').forEach(function (form) {
    var targets = Array.prototype.slice.call(document.querySelectorAll('[data-flags]'));
    var status = form.querySelector('.filter-status');
    function apply() {
      var active = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]:checked'))
        .map(function (box) { return box.value; });
      var shown = 0;
      targets.forEach(function (element) {
        var flags = element.getAttribute('data-flags').split(' ');
        var visible = active.length === 0 || active.some(function (flag) { return flags.indexOf(flag) >= 0; });
        element.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      if (status) {
        status.textContent = active.length === 0 ? 'Showing all ' + targets.length + '.'
          : 'Showing ' + shown + ' of ' + targets.length + '.';
      }
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  });
});
