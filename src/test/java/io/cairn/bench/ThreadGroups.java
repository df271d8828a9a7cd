package io.cairn.bench;

/**
 * Names the JVM's threads by role, so CPU, allocation and JFR samples can be split between the
 * server's event loops and the load generator that shares the JVM with it.
 */
final class ThreadGroups {
  static final String SERVER = "server event loops";
  static final String GENERATOR = "load generator";
  static final String VERTX_OTHER = "vert.x other";
  static final String OTHER = "other Java threads";

  private final long generatorThread;

  ThreadGroups(long generatorThread) {
    this.generatorThread = generatorThread;
  }

  String of(long threadId, String name) {
    if (threadId == generatorThread || AttemptLoad.THREAD_NAME.equals(name)) {
      return GENERATOR;
    } else if (name.startsWith("vert.x-eventloop-thread")) {
      return SERVER; // the generator runs on its own, renamed Vert.x thread, so these are the server's
    } else if (name.startsWith("vert.x-")) {
      return VERTX_OTHER;
    }
    return OTHER;
  }
}
