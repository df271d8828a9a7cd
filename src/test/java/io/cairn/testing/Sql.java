package io.cairn.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads rows straight from a test database over JDBC, to assert what the server stored. */
public final class Sql {
  private Sql() {}

  public static long count(TestServer server, String sql) {
    return ((Number) single(server, sql)).longValue();
  }

  public static Object single(TestServer server, String sql) {
    List<Object> rows = column(server, sql);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size() + ": " + sql);
    }
    return rows.get(0);
  }

  /** The first column of every row. */
  public static List<Object> column(TestServer server, String sql) {
    String url = server.databaseUrl().replace("postgresql://postgres@", "jdbc:postgresql://");
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getObject(1));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  public static void execute(TestServer server, String sql) {
    TestDatabase.execute(server.databaseName(), sql);
  }
}
