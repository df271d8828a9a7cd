/* LTI Dynamic Registration: tell the platform's window that registration is over. */
(function () {
  'use strict';
  function close() {
    var target = window.opener || (window.parent !== window ? window.parent : null);
    if (target) {
      target.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
    }
  }
  var button = document.getElementById('lti-close');
  if (button) {
    button.addEventListener('click', close);
  }
  if (button && button.getAttribute('data-close') === 'true') {
    close();
  }
}());
