package io.kefu.triage;

import io.kefu.triage.TextAnalysis.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon terms in an analysed text.
 *
 * <p>A term matches where its units equal the text's units starting at a word start. A match
 * that lies inside a longer match is dropped, so a phrase such as {@code 仅退款} or
 * {@code partial refund} overrides the word {@code 退款}/{@code refund} it contains; matches that
 * only partly overlap ({@code 还没到} and {@code 到账} in 还没到账) both count. Each term counts
 * once per text however often it occurs. Immutable and thread-safe.
 *
 * @param <T> what a term is evidence for (a category or an emotion)
 */
final class PhraseMatcher<T> {

  /**
   * A lexicon term.
   *
   * @param text the term as written in the lexicon, shown to agents
   * @param units the term after the same analysis as the text
   * @param weight how much one match counts for {@code target}
   * @param target what the term is evidence for
   * @param line the line of the lexicon that defines the term
   */
  record Term<T>(String text, List<Unit> units, double weight, T target, int line) {
    Term {
      units = List.copyOf(units);
    }
  }

  /** A term found in a text, covering units {@code start} (inclusive) to {@code end}. */
  record Match<T>(Term<T> term, int start, int end) {}

  private final List<Term<T>> terms;
  private final Map<String, List<Term<T>>> byFirstUnit = new HashMap<>();

  PhraseMatcher(List<Term<T>> terms) {
    this.terms = List.copyOf(terms);
    for (Term<T> term : this.terms) {
      byFirstUnit.computeIfAbsent(term.units().get(0).value(), k -> new ArrayList<>()).add(term);
    }
  }

  List<Term<T>> terms() {
    return terms;
  }

  /** The terms found in {@code units}, in text order, without nested matches or repeats. */
  List<Match<T>> find(List<Unit> units) {
    List<Match<T>> candidates = new ArrayList<>();
    for (int start = 0; start < units.size(); start++) {
      if (!units.get(start).wordStart()) {
        continue;
      }
      for (Term<T> term : byFirstUnit.getOrDefault(units.get(start).value(), List.of())) {
        if (matchesAt(term, units, start)) {
          candidates.add(new Match<>(term, start, start + term.units().size()));
        }
      }
    }
    candidates.sort(Comparator.<Match<T>>comparingInt(m -> m.start() - m.end())
        .thenComparingInt(Match::start)
        .thenComparingInt(m -> m.term().line()));
    // longest first, so a match is only ever checked against longer (or equal) ones
    List<Match<T>> kept = new ArrayList<>();
    for (Match<T> match : candidates) {
      if (kept.stream().noneMatch(k -> k.start() <= match.start() && match.end() <= k.end())) {
        kept.add(match);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    Set<Term<T>> seen = new HashSet<>();
    List<Match<T>> accepted = new ArrayList<>();
    for (Match<T> match : kept) {
      if (seen.add(match.term())) {
        accepted.add(match);
      }
    }
    return accepted;
  }

  private static boolean matchesAt(Term<?> term, List<Unit> units, int start) {
    List<Unit> wanted = term.units();
    if (start + wanted.size() > units.size()) {
      return false;
    }
    // English words and numbers are whole units, so equal values mean whole-word matches
    for (int i = 0; i < wanted.size(); i++) {
      if (!wanted.get(i).value().equals(units.get(start + i).value())) {
        return false;
      }
    }
    return true;
  }
}
