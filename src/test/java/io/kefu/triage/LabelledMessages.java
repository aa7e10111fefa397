package io.kefu.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled CSV ({@code text,category,emotion}, RFC 4180, UTF-8) from the classpath. */
final class LabelledMessages {

  /** One labelled buyer message. */
  record LabelledMessage(int line, String text, Category category, Emotion emotion) {}

  private LabelledMessages() {}

  static List<LabelledMessage> read(String resource) {
    String csv;
    try (InputStream in = LabelledMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("not on the classpath: " + resource);
      }
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> records = parse(csv);
    if (records.isEmpty() || !records.get(0).equals(List.of("text", "category", "emotion"))) {
      throw new IllegalStateException(resource + ": header must be text,category,emotion");
    }
    List<LabelledMessage> messages = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> r = records.get(i);
      if (r.size() != 3) {
        throw new IllegalStateException(resource + " record " + (i + 1) + ": 3 fields expected, "
            + r.size() + " found: " + r);
      }
      messages.add(new LabelledMessage(i + 1, r.get(0), Category.valueOf(r.get(1)),
          Emotion.valueOf(r.get(2))));
    }
    return messages;
  }

  /** RFC 4180: fields separated by commas, optionally quoted, "" is a quote inside quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || !field.isEmpty()) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (fieldStarted || !field.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
