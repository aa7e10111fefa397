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
 * <p>A term matches where its units equal the text's units starting at a word start. Where
 * matches of two terms overlap, the longer one wins (so a phrase such as {@code 仅退款} or
 * {@code partial refund} overrides the word {@code 退款}/{@code refund} it contains); at equal
 * length the earlier one, then the one listed first in the lexicon. Each term counts once per
 * text however often it occurs. Immutable and thread-safe.
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

  /** The terms found in {@code units}, in text order, without overlaps or repeats. */
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
    boolean[] covered = new boolean[units.size()];
    Set<Term<T>> seen = new HashSet<>();
    List<Match<T>> accepted = new ArrayList<>();
    for (Match<T> match : candidates) {
      if (isFree(covered, match)) {
        for (int i = match.start(); i < match.end(); i++) {
          covered[i] = true;
        }
        if (seen.add(match.term())) {
          accepted.add(match);
        }
      }
    }
    accepted.sort(Comparator.comparingInt(Match::start));
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

  private static boolean isFree(boolean[] covered, Match<?> match) {
    for (int i = match.start(); i < match.end(); i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }
}
