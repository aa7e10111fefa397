package io.kefu.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import io.kefu.platform.web.CachedBodyRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@code /engine-rest} requests that carry query expressions (task query fields such as
 * {@code assigneeExpression}, also nested in {@code orQueries} or in a filter's stored query)
 * before they reach the engine. Camunda 7 CE receives no more security patches, so kefu keeps
 * expressions out of REST queries itself.
 */
public class QueryExpressionGuardFilter extends OncePerRequestFilter {

  /** Endpoints whose JSON body is (or contains) a task query. */
  private static final Pattern QUERY_BODY_PATHS =
      Pattern.compile("^/engine-rest(/engine/[^/]+)?/(task(/count)?|filter(/.*)?)$");
  private static final int MAX_BODY = 1024 * 1024;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (isExpressionField(parameter.getKey())) {
        reject(response, parameter.getKey());
        return;
      }
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
    if (!hasBody || !QUERY_BODY_PATHS.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    String field = body.length == 0 ? null : findExpressionField(body);
    if (field != null) {
      reject(response, field);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private String findExpressionField(byte[] body) {
    try {
      return findExpressionField(json.readTree(body));
    } catch (IOException notJson) {
      return null; // the engine answers malformed JSON itself
    }
  }

  private static String findExpressionField(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionField(field.getKey())) {
          return field.getKey();
        }
        String nested = findExpressionField(field.getValue());
        if (nested != null) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String nested = findExpressionField(element);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  static boolean isExpressionField(String name) {
    return name != null && name.endsWith("Expression");
  }

  private static void reject(HttpServletResponse response, String field) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
        + "\"Query expressions are disabled on this server (field '"
        + field.replaceAll("[^A-Za-z0-9_.]", "") + "')\"}");
  }
}
