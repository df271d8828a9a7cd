/*
 * LTI client-side postMessage storage (1EdTech "OIDC login with LTI Client Side postMessages"),
 * for launches in a browser that blocks Cairn's cookies inside the platform's iframe.
 * put mode (login page): store state and nonce in the platform's storage frame, then go on to the
 * platform's authentication URL. get mode (launch page): read them back and post them to Cairn,
 * which compares them with the login's. Messages go only to, and are only taken from, the
 * platform's origin (the origin of its authentication endpoint).
 */
(function () {
  'use strict';
  var box = document.getElementById('lti-storage');
  if (!box) {
    return;
  }
  var mode = box.getAttribute('data-mode');
  var origin = box.getAttribute('data-origin');
  var targetName = box.getAttribute('data-target');
  var target = null;
  var done = false;
  try {
    if (window.parent !== window) {
      target = targetName === '_parent' ? window.parent : window.parent.frames[targetName];
    }
  } catch (e) {
    target = null;
  }
  if (!target) {
    return finish(false);
  }
  var pending = {};
  var values = {};

  function id() {
    var a = new Uint8Array(12);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function send(subject, key, value) {
    var message = { subject: subject, message_id: id(), key: key };
    if (value !== undefined) {
      message.value = value;
    }
    pending[message.message_id] = key;
    target.postMessage(message, origin);
  }

  function finish(ok) {
    if (done) {
      return;
    }
    done = true;
    if (mode === 'put') {
      window.location.href = box.getAttribute('data-next');
    } else {
      var form = document.getElementById('lti-confirm');
      if (ok) {
        form.elements.state.value = values.state || '';
        form.elements.nonce.value = values.nonce || '';
      }
      form.submit();
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || typeof event.data !== 'object') {
      return;
    }
    var subject = String(event.data.subject || '').replace(/^org\.imsglobal\./, '');
    var key = pending[event.data.message_id];
    if (!key || (subject !== 'lti.put_data.response' && subject !== 'lti.get_data.response')) {
      return;
    }
    delete pending[event.data.message_id];
    if (event.data.error) {
      return finish(false);
    }
    if (subject === 'lti.get_data.response') {
      values[key.indexOf('state_') === 0 ? 'state' : 'nonce'] = event.data.value;
    }
    if (Object.keys(pending).length === 0) {
      finish(true);
    }
  });

  if (mode === 'put') {
    var state = box.getAttribute('data-state');
    var nonce = box.getAttribute('data-nonce');
    send('lti.put_data', 'state_' + state, state);
    send('lti.put_data', 'nonce_' + nonce, nonce);
  } else {
    send('lti.get_data', box.getAttribute('data-state-key'));
    send('lti.get_data', box.getAttribute('data-nonce-key'));
  }
  // a platform that never answers: go on (login) or let Cairn say what it can (launch)
  window.setTimeout(function () { finish(false); }, 3000);
}());
