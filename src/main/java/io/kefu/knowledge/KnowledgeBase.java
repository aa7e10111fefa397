package io.kefu.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Standard answers by category and language (table {@code kefu_kb_article}). */
@Service
public class KnowledgeBase {

  /** One standard answer. */
  public record Article(String id, String category, String language, String title, String body,
      String link, List<String> keywords) {}

  private final JdbcClient jdbc;
  private final MessageSource messages;

  public KnowledgeBase(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /**
   * The self-service article of the category in the buyer's language whose keywords best match
   * the message; empty when the category has none.
   */
  public Optional<Article> bestSelfServiceAnswer(String category, String language, String text) {
    String haystack = text == null ? "" : text.toLowerCase(Locale.ROOT);
    List<Article> candidates = jdbc.sql("SELECT * FROM kefu_kb_article WHERE category = :c "
            + "AND language = :l AND self_service = TRUE ORDER BY id")
        .param("c", category).param("l", language)
        .query((rs, i) -> article(rs)).list();
    return candidates.stream()
        .max(Comparator.comparingLong((Article a) -> a.keywords().stream()
                .filter(k -> !k.isBlank() && haystack.contains(k)).count())
            .thenComparing(Article::id, Comparator.reverseOrder()));
  }

  public Optional<Article> article(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM kefu_kb_article WHERE id = :id").param("id", id)
        .query((rs, i) -> article(rs)).optional();
  }

  /** How the buyer tells kefu whether the answer solved the problem. */
  public String confirmationHint(String language) {
    return messages.getMessage("selfservice.confirm", null, Locale.forLanguageTag(language));
  }

  private static Article article(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Article(rs.getString("id"), rs.getString("category"), rs.getString("language"),
        rs.getString("title"), rs.getString("body"), rs.getString("link"),
        List.of(rs.getString("keywords").toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
  }
}
