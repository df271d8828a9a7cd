package io.cairn.authoring.draft;

import io.cairn.content.Catalog;
import io.cairn.content.CatalogHolder;
import io.cairn.content.CatalogRepository;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * Reloads the catalog of current versions when content is published. Every server instance
 * listens on the PostgreSQL channel {@value #CHANNEL} (see Cairn) and refreshes on each
 * notification; the instance that published also refreshes at once, so its next page shows the new
 * version. Reloads never overlap: one asked for during a reload runs right after it, so it sees
 * every commit made before it was asked for.
 */
public final class ContentRefresh {
  public static final String CHANNEL = "cairn_content";
  /** SQL that tells every instance (including this one) to reload; delivered on commit. */
  public static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', $1)";

  private final CatalogRepository repository;
  private final CatalogHolder holder;
  private Future<Void> inFlight;
  private Promise<Void> next;

  public ContentRefresh(CatalogRepository repository, CatalogHolder holder) {
    this.repository = repository;
    this.holder = holder;
  }

  /** Completes once a reload that started after this call has replaced the catalog. */
  public synchronized Future<Void> refresh() {
    if (inFlight != null) {
      if (next == null) {
        next = Promise.promise();
      }
      return next.future();
    }
    return start();
  }

  public Catalog current() {
    return holder.get();
  }

  private Future<Void> start() {
    Future<Void> f = repository.load().map(c -> {
      holder.replace(c);
      return null;
    });
    inFlight = f;
    f.onComplete(done -> {
      Promise<Void> waiting;
      synchronized (this) {
        inFlight = null;
        waiting = next;
        next = null;
        if (waiting != null) {
          start().onComplete(waiting);
        }
      }
    });
    return f;
  }
}
