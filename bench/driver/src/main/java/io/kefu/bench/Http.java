package io.kefu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small blocking HTTP/1.1 client (keep-alive connections, one per concurrent caller). */
final class Http {

  record Response(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final Duration timeout = Duration.ofSeconds(60);

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response get(String url, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
        .header("Accept", "application/json");
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return send(b.build());
  }

  Response post(String url, String auth, String json) throws Exception {
    return withBody("POST", url, auth, json);
  }

  Response put(String url, String auth, String json) throws Exception {
    return withBody("PUT", url, auth, json);
  }

  private Response withBody(String method, String url, String auth, String json)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return send(b.build());
  }

  private Response send(HttpRequest request) throws Exception {
    HttpResponse<String> r = client.send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.body());
  }
}
