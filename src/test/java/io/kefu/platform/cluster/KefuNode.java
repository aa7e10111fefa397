package io.kefu.platform.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One kefu node for {@link TwoNodeClusterIT}: the fat jar built by {@code package}, started as a
 * JVM of its own with the production profile ({@code postgres}) and the environment variables of
 * docker-compose.yml, plus demo users and demo data. Its output goes to
 * {@code target/cluster-it/<name>.log}.
 */
final class KefuNode {

  static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LOG_DIR = Path.of("target", "cluster-it");

  final String name;
  final int port;
  final Path log;
  private final Path jar;
  private final ClusterDatabase database;
  private final String adminPassword;
  private final Duration lockTime;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private Process process;

  KefuNode(String name, Path jar, ClusterDatabase database, String adminPassword,
      Duration lockTime) throws IOException {
    this.name = name;
    this.jar = jar;
    this.database = database;
    this.adminPassword = adminPassword;
    this.lockTime = lockTime;
    this.port = freePort();
    Files.createDirectories(LOG_DIR);
    this.log = LOG_DIR.resolve(name + ".log");
  }

  /** The executable jar of this build (target/kefu-*.jar, not the plain *.jar.original). */
  static Path fatJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("kefu-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "No target/kefu-*.jar: run the IT through Maven's verify (after package)"));
    }
  }

  void start() throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-jar", jar.toAbsolutePath().toString(),
        "--server.port=" + port,
        // the demo users and the demo marketplace (customers, orders) of the tests
        "--kefu.demo.enabled=true",
        "--spring.datasource.hikari.maximum-pool-size=10",
        // a dead node's jobs wait this long before the other node runs them
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("KEFU_") || k.startsWith("SPRING_")
        || k.startsWith("CAMUNDA_") || k.equals("JAVA_TOOL_OPTIONS"));
    // as docker-compose.yml configures a node
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("KEFU_DB_HOST", database.host);
    env.put("KEFU_DB_PORT", Integer.toString(database.port));
    env.put("KEFU_DB_NAME", database.name);
    env.put("KEFU_DB_USER", database.user);
    env.put("KEFU_DB_PASSWORD", database.password);
    env.put("KEFU_ADMIN_PASSWORD", adminPassword);
    env.put("KEFU_NODE_NAME", name);
    process = builder.start();
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
  }

  /** Waits until /actuator/health answers UP; fails at once if the JVM ends. */
  void awaitHealthy(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
            + " before it was healthy; its log:\n" + tail());
      }
      try {
        Response health = send("GET", "/actuator/health", null, null);
        if (health.status() == 200 && health.json() != null
            && "UP".equals(health.json().path("status").asText())) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " not healthy within " + timeout + "; its log:\n"
            + tail());
      }
      Thread.sleep(1000);
    }
  }

  Response get(String path, String user) throws IOException, InterruptedException {
    return send("GET", path, user, null);
  }

  Response post(String path, String user, Object body) throws IOException, InterruptedException {
    return send("POST", path, user, JSON.writeValueAsString(body));
  }

  /** Freezes the JVM (SIGSTOP): its threads, its job executor and its transactions stand still. */
  void freeze() throws IOException, InterruptedException {
    signal("STOP");
  }

  void thaw() throws IOException, InterruptedException {
    signal("CONT");
  }

  /** Ends the JVM at once (SIGKILL): no shutdown, nothing unlocked, connections just drop. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Stops the JVM as `docker stop` would (SIGTERM), forcibly if it takes too long. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      signal("CONT");
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .redirectErrorStream(true).start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed: "
          + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private Response send(String method, String path, String user, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, application/problem+json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = null;
    try {
      json = response.body() == null || response.body().isBlank() ? null
          : JSON.readTree(response.body());
    } catch (IOException notJson) {
      // leave null
    }
    return new Response(response.statusCode(), json, response.body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Status and body of an answer. */
  record Response(int status, JsonNode json, String raw) {
    String text(String field) {
      JsonNode node = json == null ? null : json.get(field);
      return node == null || node.isNull() ? null : node.asText();
    }

    @Override
    public String toString() {
      return status + " " + raw;
    }
  }
}
