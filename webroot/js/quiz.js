// Enhances the quiz form: answers save as you go (the same form post as the Save button, sent in
// the background), and a countdown shows the time left. Without this script the buttons do both.
(function () {
  'use strict';
  var form = document.getElementById('quiz-form');
  if (!form) { return; }
  var status = document.getElementById('save-status');
  var pending = null;
  var saving = false;
  var dirty = false;

  function say(text) { if (status) { status.textContent = text; } }

  function save() {
    if (saving) { dirty = true; return; }
    saving = true;
    dirty = false;
    var data = new FormData(form);
    data.set('go', 'stay');
    fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Autosave': '1' },
      body: new URLSearchParams(data)
    }).then(function (r) {
      if (r.status === 204) {
        // claim "saved" only when no newer change is waiting to be sent
        if (!dirty && pending === null) { say('Your answers are saved.'); }
      } else if (r.redirected || r.status === 409) {
        window.location.reload();
      } else {
        say('Your latest answer could not be saved. Use the Save answers button.');
      }
    }).catch(function () {
      say('You seem to be offline. Your latest answer is not saved yet.');
    }).then(function () {
      saving = false;
      if (dirty) { save(); }
    });
  }

  // An answer changed: it is not saved until the next save succeeds, so the status no longer says
  // it is (clearing the live region is silent); the save is sent once the learner pauses.
  function changed(delay) {
    clearTimeout(pending);
    say('');
    pending = setTimeout(function () { pending = null; save(); }, delay);
  }

  form.addEventListener('change', function (e) {
    if (e.target.name && e.target.name !== '_csrf') { changed(400); }
  });
  form.addEventListener('input', function (e) {
    if (e.target.type === 'text') { changed(1200); }
  });

  var timer = document.getElementById('timer');
  if (timer) {
    var value = document.getElementById('timer-value');
    var announce = document.getElementById('timer-announce');
    var end = Date.now() + Number(timer.getAttribute('data-seconds-left')) * 1000;
    var announced = {};
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var m = Math.floor(left / 60);
      var s = left % 60;
      value.textContent = m + ' min ' + (s < 10 ? '0' : '') + s + ' s';
      [300, 60].forEach(function (mark) {
        if (left <= mark && !announced[mark] && left > 0) {
          announced[mark] = true;
          announce.textContent = (mark / 60) + (mark === 60 ? ' minute' : ' minutes') + ' left.';
        }
      });
      if (left === 0) {
        clearInterval(handle);
        announce.textContent = 'Time is up. Submitting your saved answers.';
        form.setAttribute('action', form.getAttribute('action').replace(/\/save(\?.*)?$/, '/submit'));
        form.submit();
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();
