package io.cairn.authoring.interchange;

import java.util.List;

/** An exported quiz: the file's bytes, how to serve it, and what the format could not carry. */
public record ExportResult(byte[] bytes, String contentType, String fileName, List<ExportNote> notes) {
  public ExportResult {
    bytes = bytes.clone();
    notes = List.copyOf(notes);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
