package io.kefu.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A business error of kefu's API, answered as {@code application/problem+json} with a
 * {@code type} per kind of error, so clients can branch on it.
 */
public class ApiProblem extends RuntimeException {

  public static final String TYPE_BASE = "https://kefu.io/problems/";

  private final HttpStatus status;
  private final String kind;
  private final String title;

  public ApiProblem(HttpStatus status, String kind, String title, String detail) {
    super(detail);
    this.status = status;
    this.kind = kind;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create(TYPE_BASE + kind);
  }

  public String title() {
    return title;
  }

  public static ApiProblem notFound(String what) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found");
  }
}
