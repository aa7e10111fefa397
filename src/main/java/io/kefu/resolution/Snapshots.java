package io.kefu.resolution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short JSON snapshots for the audit trail's before/after (properly escaped, in given order). */
final class Snapshots {
  private Snapshots() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code of("seller", "S0002", "score", 58)} to {@code {"seller":"S0002","score":58}}. */
  static String of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
