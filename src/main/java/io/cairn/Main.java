package io.cairn;

import io.cairn.config.AppConfig;
import io.cairn.config.ConfigException;
import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.content.files.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. With no arguments it runs the server; {@code validate <folder>} checks content
 * files without starting anything.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "serve" : args[0];
    switch (command) {
      case "serve" -> serve();
      case "validate" -> System.exit(validate(args.length > 1 ? Path.of(args[1]) : Path.of("quizzes"),
          webrootBeside(args), System.out));
      case "help", "--help", "-h" -> usage(System.out);
      default -> {
        usage(System.err);
        System.exit(2);
      }
    }
  }

  private static void serve() throws Exception {
    AppConfig config;
    try {
      config = AppConfig.fromEnv(System.getenv());
    } catch (ConfigException e) {
      System.err.println("Cairn cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    Cairn cairn = Cairn.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Stopping Cairn");
      try {
        cairn.close();
      } catch (Exception e) {
        LOG.error("Error while stopping", e);
      }
      stopped.countDown();
    }, "cairn-shutdown"));
    stopped.await();
  }

  /** Prints every problem of every file; returns the exit status (0 when there are none). */
  static int validate(Path contentDir, Path webroot, PrintStream out) {
    ContentSet content = new ContentReader(contentDir, webroot).read();
    for (Problem p : content.problems()) {
      out.println(p);
    }
    int modules = content.modules().size() + content.skippedModules().size();
    if (content.problems().isEmpty()) {
      out.println("OK: " + content.frameworks().size() + " framework(s) and " + modules + " module(s), no problems.");
      return 0;
    }
    out.println(content.problems().size() + " problem(s); " + content.skippedModules().size() + " of "
        + modules + " module(s) would be skipped: " + String.join(", ", content.skippedModules()));
    return 1;
  }

  /** Media paths are checked against CAIRN_WEBROOT, or the webroot folder beside the content folder. */
  private static Path webrootBeside(String[] args) {
    String env = System.getenv("CAIRN_WEBROOT");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path content = Path.of(args.length > 1 ? args[1] : "quizzes").toAbsolutePath().normalize();
    Path parent = content.getParent();
    return parent == null ? Path.of("webroot") : parent.resolve("webroot");
  }

  private static void usage(PrintStream out) {
    out.println("""
        Usage: java -jar cairn.jar [command]
          (no command)         run the server; settings come from environment variables (see README)
          validate [folder]    check content files (default: quizzes), print every problem,
                               exit 1 when there is any
          help                 this text""");
  }
}
