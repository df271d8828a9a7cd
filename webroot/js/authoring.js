// The editor works without this script; it adds a live markdown preview (rendered and sanitised
// by the server, so it is what learners will see), filtering of the competence list as you type,
// and focus on the error summary after a failed save.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  var tokenInput = document.querySelector('input[name="_csrf"]');
  var token = tokenInput ? tokenInput.value : '';

  document.querySelectorAll('textarea[data-preview]').forEach(function (area) {
    var target = document.getElementById(area.getAttribute('data-preview'));
    var timer = null;
    var render = function () {
      var body = new URLSearchParams();
      body.set('text', area.value);
      fetch('/authoring/preview', {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'X-CSRF-Token': token, 'Accept': 'text/html' }
      }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          target.innerHTML = html; // sanitised by the server: the allow-list of Markdown.java
          target.hidden = area.value.trim() === '';
        })
        .catch(function () { /* the Preview button still works */ });
    };
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
  });

  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('data-filter'));
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      list.querySelectorAll('li[data-search]').forEach(function (li) {
        var box = li.querySelector('input');
        var hay = li.getAttribute('data-search');
        var match = words.every(function (w) { return hay.indexOf(w) >= 0; });
        li.hidden = !(match || (box && box.checked));
      });
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); } // filtering is live; Enter would submit the form
    });
  });
})();
