package io.kefu.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code kefu.api.max-body-size} (64 KiB) on kefu's API with 413 before
 * anything reads them, whether the client announced the length or streams it chunked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final int maxBytes;

  public RequestBodyLimitFilter(@Value("${kefu.api.max-body-size:65536}") int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      tooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"type\":\"" + ApiProblem.TYPE_BASE + "payload-too-large\","
        + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The body exceeds "
        + maxBytes + " bytes\"}");
  }
}
