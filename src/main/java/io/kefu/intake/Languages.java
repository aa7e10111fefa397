package io.kefu.intake;

/** Which language kefu answers a buyer in: the one they wrote in, else their preference. */
final class Languages {
  private Languages() {}

  static String of(String text, String preferred) {
    boolean latin = false;
    if (text != null) {
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
          return "zh";
        }
        latin |= (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
      }
    }
    if (latin) {
      return "en";
    }
    return preferred == null || preferred.isBlank() ? "zh" : preferred;
  }
}
