package io.kefu.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of kefu's API as {@code application/problem+json} (RFC 9457) with a {@code type}
 * per kind. Never echoes request values: they may hold personal data.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    body.setType(problem.type());
    body.setTitle(problem.title());
    return ResponseEntity.status(problem.status()).body(body);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    ex.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .forEach(e -> errors.add(Map.of("field", e.getField(),
            "message", String.valueOf(e.getDefaultMessage()))));
    ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(Map.of("field", "",
        "message", String.valueOf(e.getDefaultMessage()))));
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.size() + " field(s) are invalid");
    body.setType(URI.create(ApiProblem.TYPE_BASE + "validation"));
    body.setTitle("Invalid request");
    body.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(body);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The body is not a JSON document of the expected shape");
    body.setType(URI.create(ApiProblem.TYPE_BASE + "malformed-json"));
    body.setTitle("Malformed request body");
    return ResponseEntity.badRequest().body(body);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the body as application/json");
    body.setType(URI.create(ApiProblem.TYPE_BASE + "unsupported-media-type"));
    body.setTitle("Unsupported media type");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(body);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Unexpected error in kefu's API", e);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "An unexpected error occurred; nothing was stored. Retry with the same request id.");
    body.setType(URI.create(ApiProblem.TYPE_BASE + "internal"));
    body.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(body);
  }
}
