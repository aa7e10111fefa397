package io.kefu.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** kefu's JSON API as a channel integration calls it, for tests. */
public final class KefuApi {

  public static final String CHANNEL_USER = "channel-app";
  public static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String user;

  public KefuApi(TestRestTemplate http) {
    this(http, CHANNEL_USER);
  }

  public KefuApi(TestRestTemplate http, String user) {
    this.http = http;
    this.user = user;
  }

  /** A valid request body with a fresh request id; change entries to vary it. */
  public static Map<String, Object> request(String customerId, String orderNumber,
      String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", "test-" + UUID.randomUUID());
    body.put("channel", "APP");
    body.put("customerId", customerId);
    if (orderNumber != null) {
      body.put("orderNumber", orderNumber);
    }
    body.put("description", description);
    return body;
  }

  public Response post(String path, Object body) {
    try {
      return post(path, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return Response.of(http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
  }

  public Response get(String path) {
    return Response.of(http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class));
  }

  /** Status, content type and parsed body of an answer. */
  public record Response(int status, String contentType, JsonNode json, String raw) {
    static Response of(ResponseEntity<String> r) {
      JsonNode json = null;
      try {
        json = r.getBody() == null ? null : JSON.readTree(r.getBody());
      } catch (Exception notJson) {
        // leave null
      }
      MediaType type = r.getHeaders().getContentType();
      return new Response(r.getStatusCode().value(), type == null ? null : type.toString(), json,
          r.getBody());
    }

    public String text(String field) {
      JsonNode node = json == null ? null : json.get(field);
      return node == null || node.isNull() ? null : node.asText();
    }
  }
}
