/*
 * Posts a form that carries an LTI message back to the platform (the Deep Linking response JWT)
 * as soon as the page loads. Without JavaScript the page's own button does the same.
 */
(function () {
  'use strict';
  var form = document.getElementById('lti-autopost');
  if (form) {
    form.submit();
  }
}());
