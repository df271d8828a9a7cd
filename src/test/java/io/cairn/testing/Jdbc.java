package io.cairn.testing;

import io.cairn.db.Database;
import io.vertx.pgclient.PgConnectOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a test database URL (as given to CAIRN_DATABASE_URL), for setting up and asserting rows. */
public final class Jdbc {
  private Jdbc() {}

  public static Connection connect(String databaseUrl) throws SQLException {
    PgConnectOptions db = Database.fromUrl(databaseUrl);
    return DriverManager.getConnection("jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/"
        + db.getDatabase(), db.getUser(), db.getPassword() == null ? "" : db.getPassword());
  }

  /** The first column of every row, as text. */
  public static List<String> column(String databaseUrl, String sql) {
    try (Connection c = connect(databaseUrl); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  /** A single number, such as {@code SELECT count(*) ...}. */
  public static long number(String databaseUrl, String sql) {
    List<String> values = column(databaseUrl, sql);
    if (values.size() != 1) {
      throw new IllegalStateException("expected one row from " + sql + ", got " + values);
    }
    return Long.parseLong(values.get(0));
  }

  /** Runs a statement and returns the rows it changed; SQL errors are thrown as they are. */
  public static int update(String databaseUrl, String sql) throws SQLException {
    try (Connection c = connect(databaseUrl); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }
}
