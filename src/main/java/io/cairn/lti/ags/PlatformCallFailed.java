package io.cairn.lti.ags;

/**
 * A platform's service answered with an error status (or not at all: status 0). The message says
 * which call, and the start of what the platform said, for logs and the outbox's last_error.
 */
public final class PlatformCallFailed extends RuntimeException {
  private final int status;

  public PlatformCallFailed(String call, int status, String body) {
    super(call + (status == 0 ? " failed" : " answered " + status) + (body == null || body.isBlank() ? ""
        : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
    this.status = status;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
