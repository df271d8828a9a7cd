package io.cairn.lti.ags;

/** A score that cannot go out now (permanent: ever, e.g. the platform granted no score scope). */
public final class ScoreNotDeliverable extends RuntimeException {
  private final boolean permanent;

  public ScoreNotDeliverable(String reason, boolean permanent) {
    super(reason);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
