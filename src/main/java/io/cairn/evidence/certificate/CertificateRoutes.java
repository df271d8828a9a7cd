package io.cairn.evidence.certificate;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.cpd.CpdRecords;
import io.cairn.evidence.cpd.CpdRepository;
import io.cairn.evidence.cpd.ModuleCompletion;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Certificates of participation: a learner issues one per completed module; its holder (or an
 * admin) sees the printable page and the PDF; anyone can verify a code; an admin can revoke.
 */
public final class CertificateRoutes {
  static final int MAX_REASON = 500;

  private final Vertx vertx;
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Pool pool;
  private final URI publicUrl;
  private final CpdRepository cpd = new CpdRepository();
  private final CertificateRepository certificates = new CertificateRepository();

  private CertificateRoutes(Vertx vertx, Pages pages, Supplier<Catalog> catalog, Pool pool, URI publicUrl) {
    this.vertx = vertx;
    this.pages = pages;
    this.catalog = catalog;
    this.pool = pool;
    this.publicUrl = publicUrl;
  }

  public static void mount(Router root, Vertx vertx, Pages pages, Supplier<Catalog> catalog, Pool pool, URI publicUrl) {
    CertificateRoutes r = new CertificateRoutes(vertx, pages, catalog, pool, publicUrl);
    root.post("/cpd/certificates").handler(r::issue);
    root.get("/certificates/:code").handler(r::show);
    root.get("/verify").handler(r::lookup);
    root.get("/verify/:code").handler(r::verify);
    root.post("/admin/certificates/:code/revoke").handler(SessionAuth.requireRole(Role.ADMIN)).handler(r::revoke);
  }

  private void issue(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String moduleId = ctx.request().getFormAttribute("module");
    Catalog c = catalog.get();
    Catalog.ModuleEntry entry = c.module(moduleId == null ? "" : moduleId)
        .orElseThrow(() -> new InvalidInput("module", "Choose a module you have completed."));
    Module m = entry.module();
    cpd.progress(pool, user.id()).compose(progress -> {
      ModuleCompletion.Result done = ModuleCompletion.of(m, progress.doneIn(m.id()), progress.quizzes());
      if (!done.complete()) {
        throw new Conflict("You have not completed \"" + m.title() + "\" yet (" + done.missing().size()
            + " unit(s) to go), so there is no certificate to issue.");
      }
      Framework f = c.framework(m.framework()).map(Catalog.FrameworkEntry::framework).orElse(null);
      List<Certificate.Competence> addressed = CpdRecords.competencesAddressed(m, f).stream()
          .map(k -> new Certificate.Competence(k.id(), k.title())).toList();
      return certificates.issue(pool, new CertificateRepository.Issue(user.id(), user.displayName(), m.id(),
          entry.versionId(), entry.version(), m.title(), m.cpdMinutes(), done.completedAt(), entry.frameworkVersionId(),
          addressed, Disclaimer.RECORD));
    }).onSuccess(cert -> redirect(ctx, "/certificates/" + cert.groupedCode())).onFailure(ctx::fail);
  }

  /** The printable page, or with ".pdf" the PDF: for the holder and admins only. */
  private void show(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String raw = ctx.pathParam("code");
    boolean pdf = raw.endsWith(".pdf");
    String code = VerificationCode.parse(pdf ? raw.substring(0, raw.length() - 4) : raw)
        .orElseThrow(() -> new NotFound("There is no certificate of yours with this code."));
    certificates.byCode(pool, code).compose(found -> {
      Certificate cert = found.filter(x -> x.heldBy(user.id()) || user.isAdmin())
          .orElseThrow(() -> new NotFound("There is no certificate of yours with this code."));
      String verifyUrl = verifyUrl(cert);
      if (!pdf) {
        Map<String, Object> data = CertificateViews.certificate(cert, verifyUrl);
        pages.render(ctx, "cpd/certificate", "Certificate: " + cert.moduleTitle(), data);
        return Future.succeededFuture();
      }
      return vertx.executeBlocking(() -> CertificatePdf.render(cert, verifyUrl), false).map(bytes -> {
        ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "attachment; filename=\"cairn-certificate-" + cert.groupedCode() + ".pdf\"")
            .end(Buffer.buffer(bytes));
        return null;
      });
    }).onFailure(ctx::fail);
  }

  /** The verification form's target: /verify?code=... goes to /verify/{code}. */
  private void lookup(RoutingContext ctx) {
    String code = ctx.request().getParam("code");
    if (code == null || code.isBlank()) {
      pages.render(ctx, "cpd/verify", "Verify a certificate", Map.of("form", true, "statement", Disclaimer.RECORD));
      return;
    }
    redirect(ctx, "/verify/" + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** Public: whether the code belongs to a genuine certificate, and whether it still stands. */
  private void verify(RoutingContext ctx) {
    String raw = ctx.pathParam("code");
    var code = VerificationCode.parse(raw);
    if (code.isEmpty()) {
      ctx.response().setStatusCode(404);
      pages.render(ctx, "cpd/verify", "Not a Cairn certificate", CertificateViews.notACertificate(raw, true));
      return;
    }
    certificates.byCode(pool, code.get()).onSuccess(found -> {
      if (found.isEmpty()) {
        ctx.response().setStatusCode(404);
        pages.render(ctx, "cpd/verify", "Not a Cairn certificate", CertificateViews.notACertificate(raw, false));
        return;
      }
      Certificate cert = found.get();
      Map<String, Object> data = new java.util.HashMap<>(CertificateViews.certificate(cert, verifyUrl(cert)));
      data.put("canRevoke", SessionAuth.user(ctx).map(CurrentUser::isAdmin).orElse(false) && !cert.revoked());
      data.put("done", ctx.request().getParam("done"));
      pages.render(ctx, "cpd/verify", cert.valid() ? "Genuine certificate" : "Certificate not valid", data);
    }).onFailure(ctx::fail);
  }

  private void revoke(RoutingContext ctx) {
    CurrentUser admin = SessionAuth.requireUser(ctx);
    String code = VerificationCode.parse(ctx.pathParam("code"))
        .orElseThrow(() -> new NotFound("There is no certificate with this code."));
    String reason = ctx.request().getFormAttribute("reason");
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Give the reason for revoking the certificate; the verification page shows it.");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidInput("reason", "Keep the reason under " + MAX_REASON + " characters.");
    }
    certificates.revoke(pool, code, admin.id(), reason.strip())
        .onSuccess(v -> redirect(ctx, "/verify/" + VerificationCode.grouped(code) + "?done=revoked"))
        .onFailure(ctx::fail);
  }

  private String verifyUrl(Certificate c) {
    return publicUrl.toString().replaceAll("/+$", "") + "/verify/" + c.groupedCode();
  }

  private static void redirect(RoutingContext ctx, String to) {
    ctx.response().setStatusCode(303).putHeader("Location", to).end();
  }
}
