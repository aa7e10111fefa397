package io.kefu.bench.sqlcount;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /bench/sql: the counts so far (the driver takes differences). */
@RestController
public class SqlCountController {

  @GetMapping(path = "/bench/sql", produces = "application/json")
  public Map<String, Long> counts() {
    return SqlCounter.INSTANCE.snapshot();
  }
}
