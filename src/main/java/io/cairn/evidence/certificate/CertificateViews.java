package io.cairn.evidence.certificate;

import io.cairn.evidence.Disclaimer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** View models of the certificate page and the public verification page. */
final class CertificateViews {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private CertificateViews() {}

  static Map<String, Object> certificate(Certificate c, String verifyUrl) {
    Map<String, Object> view = new HashMap<>();
    view.put("code", c.groupedCode());
    view.put("holder", c.holderName());
    view.put("holderErased", c.holderErased());
    view.put("erasedOn", day(c.holderErasedAt()));
    view.put("moduleId", c.moduleId());
    view.put("moduleTitle", c.moduleTitle());
    view.put("moduleVersion", c.moduleVersion());
    view.put("cpdHours", CertificatePdf.hours(c.cpdMinutes()));
    view.put("completedOn", day(c.completedAt()));
    view.put("issuedOn", day(c.issuedAt()));
    view.put("competences", c.competences());
    view.put("statement", c.statement());
    view.put("revoked", c.revoked());
    view.put("revokedOn", day(c.revokedAt()));
    view.put("revokeReason", c.revokeReason());
    view.put("valid", c.valid());
    view.put("verifyUrl", verifyUrl);
    return view;
  }

  /** What the verification page says about a code that is not a Cairn certificate. */
  static Map<String, Object> notACertificate(String input, boolean malformed) {
    Map<String, Object> view = new HashMap<>();
    view.put("unknown", true);
    view.put("input", input == null ? "" : input);
    view.put("malformed", malformed);
    view.put("statement", Disclaimer.RECORD);
    return view;
  }

  static String day(Instant t) {
    return t == null ? "" : DAY.format(t.atZone(ZoneOffset.UTC));
  }
}
