package io.cairn.lti;

/** The simulator's HTML: a course page that frames the tool, the storage frame, the auto-post form. */
final class SimulatorPages {
  private SimulatorPages() {}

  /** 1EdTech postMessage storage, keyed by the tool's origin; records what it was asked. */
  static final String STORAGE = """
      <!doctype html><html><head><title>storage</title></head><body><script>
      window.store = {}; window.messages = [];
      window.addEventListener('message', function (e) {
        var d = e.data;
        if (!d || typeof d !== 'object') { return; }
        window.messages.push(d.subject + ' ' + d.key + ' from ' + e.origin);
        var reply = { message_id: d.message_id, key: d.key };
        if (d.subject === 'lti.put_data') {
          window.store[e.origin + '|' + d.key] = d.value;
          reply.subject = 'lti.put_data.response'; reply.value = d.value;
        } else if (d.subject === 'lti.get_data') {
          reply.subject = 'lti.get_data.response'; reply.value = window.store[e.origin + '|' + d.key];
        } else { return; }
        e.source.postMessage(reply, e.origin);
      });
      </script></body></html>""";

  static String course(String toolLoginUrl) {
    return """
        <!doctype html><html><head><title>Simulated course</title></head><body>
        <h1>Simulated course</h1>
        <iframe name="%s" id="storage" src="/storage" title="storage" style="display:none"></iframe>
        <iframe id="tool" name="tool" title="Cairn" width="1100" height="800" data-src="%s"></iframe>
        <script>
        var storage = document.getElementById('storage');
        function start() { var t = document.getElementById('tool'); t.src = t.getAttribute('data-src'); }
        if (storage.contentDocument && storage.contentDocument.readyState === 'complete' && storage.contentWindow.store) { start(); }
        else { storage.addEventListener('load', start); }
        </script></body></html>""".formatted(PlatformSimulator.STORAGE_FRAME, escape(toolLoginUrl));
  }

  static String autoPost(String redirectUri, String idToken, String state) {
    return """
        <!doctype html><html><head><title>Signing in</title></head><body>
        <form method="post" action="%s"><input type="hidden" name="id_token" value="%s">
        <input type="hidden" name="state" value="%s"><noscript><button>Continue</button></noscript></form>
        <script>document.forms[0].submit();</script></body></html>""".formatted(escape(redirectUri), escape(idToken),
        escape(state));
  }

  static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
