package io.cairn.lti.deeplinking;

import io.cairn.auth.SessionAuth;
import io.cairn.lti.ToolEndpoints;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import java.util.Map;

/**
 * Where an LtiDeepLinkingRequest lands after its launch is verified and its user provisioned:
 * {@code /lti/deep-linking/<lti_launch id>?lt=…}. The launch row holds the verified claims
 * (deep_linking_settings: deep_link_return_url, accept_types, data…). A stub until Deep Linking 2.0
 * is built: it says so.
 */
public final class DeepLinkingRoutes {
  private DeepLinkingRoutes() {}

  public static void mount(Router root, Pages pages) {
    root.get(ToolEndpoints.DEEP_LINKING_PATH + "/:launchId").handler(ctx -> {
      SessionAuth.requireUser(ctx);
      pages.render(ctx, "lti/deep-linking", "Add Cairn content", Map.of());
    });
  }
}
