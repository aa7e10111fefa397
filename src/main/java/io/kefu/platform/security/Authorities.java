package io.kefu.platform.security;

/** Spring Security authority names for Camunda group memberships. */
public final class Authorities {
  private Authorities() {}

  public static String group(String groupId) {
    return "GROUP_" + groupId;
  }
}
