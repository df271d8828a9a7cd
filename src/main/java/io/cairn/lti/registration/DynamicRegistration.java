package io.cairn.lti.registration;

import io.cairn.errors.InvalidInput;
import io.cairn.lti.ToolEndpoints;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LTI Dynamic Registration 1.0, tool side: fetch the platform's openid configuration, post Cairn's
 * configuration to its registration endpoint with the registration token as bearer, and store the
 * client id and deployment it answers with as a registration pending an admin's review.
 */
public final class DynamicRegistration {
  private static final Logger LOG = LoggerFactory.getLogger(DynamicRegistration.class);
  static final long TIMEOUT_MS = 10_000;
  static final int MAX_BODY = 256 * 1024;

  /** A platform answered, but not as the spec says: a 502 with what was wrong. */
  public static final class PlatformRefused extends RuntimeException {
    public PlatformRefused(String message) {
      super(message);
    }
  }

  public record Outcome(long registrationId, RegistrationInput registration) {}

  private final WebClient client;
  private final RegistrationRepository registrations;
  private final ToolEndpoints tool;
  private final boolean allowHttp;

  public DynamicRegistration(WebClient client, RegistrationRepository registrations, ToolEndpoints tool, boolean allowHttp) {
    this.client = client;
    this.registrations = registrations;
    this.tool = tool;
    this.allowHttp = allowHttp;
  }

  public Future<Outcome> register(String configurationUrl, String registrationToken) {
    if (configurationUrl == null || configurationUrl.isBlank()) {
      return Future.failedFuture(new InvalidInput("openid_configuration", "This address is for LTI Dynamic "
          + "Registration: open it from the platform (it adds ?openid_configuration=…&registration_token=…)."));
    }
    String problem = RegistrationInput.urlProblem(configurationUrl, allowHttp);
    if (problem != null) {
      return Future.failedFuture(new InvalidInput("openid_configuration", problem));
    }
    return fetchJson(bearer(client.getAbs(configurationUrl), registrationToken), null, "openid configuration")
        .map(json -> PlatformConfiguration.check(configurationUrl, json, allowHttp))
        .compose(platform -> fetchJson(bearer(client.postAbs(platform.registrationEndpoint()), registrationToken),
                ToolConfiguration.request(tool), "registration endpoint")
            .compose(answer -> store(platform, answer)));
  }

  private Future<Outcome> store(PlatformConfiguration platform, JsonObject answer) {
    Object clientId = answer.getValue("client_id");
    if (!(clientId instanceof String id) || id.isBlank()) {
      return Future.failedFuture(new PlatformRefused("The platform's registration answer has no client_id."));
    }
    JsonObject lti = answer.getValue(ToolConfiguration.TOOL_CONFIG_CLAIM) instanceof JsonObject o ? o : new JsonObject();
    Object deployment = lti.getValue("deployment_id");
    List<String> deployments = deployment == null ? List.of() : List.of(String.valueOf(deployment));
    RegistrationInput input = platform.registration(id, deployments);
    return registrations.insert(input, Registration.Status.PENDING, "dynamic", platform.raw(), answer)
        .map(regId -> {
          LOG.info("Dynamic registration stored for review: {} (issuer {}, client id {}, registration {})",
              input.name(), input.issuer(), id, regId);
          return new Outcome(regId, input);
        });
  }

  private static HttpRequest<Buffer> bearer(HttpRequest<Buffer> request, String token) {
    request.timeout(TIMEOUT_MS).putHeader("Accept", "application/json");
    if (token != null && !token.isBlank()) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Future<JsonObject> fetchJson(HttpRequest<Buffer> request, JsonObject body, String what) {
    Future<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJsonObject(body);
    return sent.recover(err -> Future.failedFuture(new PlatformRefused("Cairn could not reach the platform's "
            + what + ": " + err.getMessage())))
        .map(response -> {
          if (response.statusCode() / 100 != 2) {
            throw new PlatformRefused("The platform's " + what + " answered with status " + response.statusCode()
                + (response.statusCode() == 401 || response.statusCode() == 403
                    ? " (the registration token may have expired: start the registration again)." : "."));
          }
          Buffer b = response.body();
          if (b == null || b.length() > MAX_BODY) {
            throw new PlatformRefused("The platform's " + what + " answer is empty or too large.");
          }
          try {
            return new JsonObject(b);
          } catch (DecodeException | ClassCastException e) {
            throw new PlatformRefused("The platform's " + what + " did not answer with a JSON object.");
          }
        });
  }
}
