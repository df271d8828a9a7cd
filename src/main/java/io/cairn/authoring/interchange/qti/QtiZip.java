package io.cairn.authoring.interchange.qti;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded package into memory with limits, so that a zip bomb or a package of thousands
 * of files is refused rather than unpacked. Nothing is written to disk, so entry names such as
 * "../x" can do no harm; they are refused all the same.
 */
final class QtiZip {
  static final int MAX_ENTRIES = 2_000;
  static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

  /** A package that cannot be read at all. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private QtiZip() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** File names (without a leading "./" or "/") to contents; folders are left out. */
  static Map<String, byte[]> read(byte[] zip) throws Unreadable {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[8192];
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (files.size() >= MAX_ENTRIES) {
          throw new Unreadable("the package has more than " + MAX_ENTRIES + " files");
        }
        String name = e.getName().replace('\\', '/').replaceFirst("^(\\./|/)+", "");
        if (name.contains("../") || name.startsWith("..")) {
          throw new Unreadable("the package has a file outside its folder: " + e.getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (out.size() + n > MAX_ENTRY_BYTES) {
            throw new Unreadable(name + " unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
          }
          if (total > MAX_TOTAL_BYTES) {
            throw new Unreadable("the package unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
          }
          out.write(buffer, 0, n);
        }
        if (!e.isDirectory()) {
          files.put(name, out.toByteArray());
        }
      }
    } catch (IOException e) {
      throw new Unreadable("the zip file cannot be read: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new Unreadable("the zip file is empty or not a zip file");
    }
    return files;
  }

  /** Resolves an href against the folder of the file that holds it ("a/b.xml" + "../c.xml" gives "c.xml"). */
  static String resolve(String from, String href) {
    String base = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : (base + href.replace('\\', '/')).split("/")) {
      if (p.equals("..")) {
        parts.pollLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
