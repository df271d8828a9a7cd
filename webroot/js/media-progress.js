// Reports which spans of a film or audio were actually played, so the server can count a unit
// done once enough of it has been watched or heard. Without this script, "Mark as done" serves.
(function () {
  'use strict';
  var SEND_EVERY_MS = 10000;

  document.querySelectorAll('video[data-progress-url], audio[data-progress-url]').forEach(function (media) {
    var url = media.getAttribute('data-progress-url');
    var csrf = media.getAttribute('data-csrf');
    var status = document.getElementById('unit-status');
    var pending = [];
    var spanStart = null;

    function closeSpan() {
      if (spanStart !== null && media.currentTime > spanStart) {
        pending.push([spanStart, media.currentTime]);
      }
      spanStart = null;
    }

    function send() {
      closeSpan();
      if (!media.paused && !media.ended) {
        spanStart = media.currentTime;
      }
      if (!pending.length || !isFinite(media.duration)) {
        return;
      }
      var body = JSON.stringify({ duration: media.duration, ranges: pending });
      pending = [];
      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: body
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
        if (p && status) {
          var text = p.done ? 'Done' : (p.playedPercent + '% ' + (media.tagName === 'VIDEO' ? 'watched' : 'heard'));
          status.querySelector('strong').textContent = text;
        }
      }).catch(function () { /* offline: the next send retries with new spans */ });
    }

    media.addEventListener('playing', function () { spanStart = media.currentTime; });
    media.addEventListener('pause', function () { send(); });
    media.addEventListener('ended', function () { send(); });
    media.addEventListener('seeking', closeSpan);
    media.addEventListener('seeked', function () { if (!media.paused) { spanStart = media.currentTime; } });
    setInterval(function () { if (!media.paused) { send(); } }, SEND_EVERY_MS);
    document.addEventListener('visibilitychange', function () { if (document.hidden) { send(); } });
  });
})();
