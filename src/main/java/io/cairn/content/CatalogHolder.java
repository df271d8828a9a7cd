package io.cairn.content;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The catalog every request reads; replaced whole when content is loaded again. */
public final class CatalogHolder implements Supplier<Catalog> {
  private final AtomicReference<Catalog> current;

  public CatalogHolder(Catalog initial) {
    this.current = new AtomicReference<>(initial);
  }

  @Override
  public Catalog get() {
    return current.get();
  }

  public void replace(Catalog next) {
    current.set(next);
  }
}
