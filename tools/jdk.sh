# Finds a Java 25 JDK for the launcher and the test command (sourced, not run). Sets JAVA_HOME and
# JAVA, or explains what to install and returns 1. Looks at, in order: $JAVA_HOME, Temurin 25 where
# machines of this kind have it, then `java` on the PATH if it is 25 or newer.

borderland_java_version() { # the feature version of a java binary, e.g. 25 (0 when unknown)
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  v="${v%%.*}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

borderland_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] \
      && [ "$(borderland_java_version "$candidate/bin/java")" -ge 25 ]; then
      JAVA_HOME="$candidate"
      JAVA="$candidate/bin/java"
      export JAVA_HOME JAVA
      return 0
    fi
  done
  if command -v javac >/dev/null && command -v java >/dev/null \
    && [ "$(borderland_java_version "$(command -v java)")" -ge 25 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    JAVA="$JAVA_HOME/bin/java"
    export JAVA_HOME JAVA
    return 0
  fi
  {
    echo "borderland: needs a Java 25 JDK, and none was found:"
    echo "  JAVA_HOME=${JAVA_HOME:-(not set)}; /usr/lib/jvm/temurin-25-jdk-amd64 absent;"
    echo "  java on the PATH is $(command -v java >/dev/null && "$(command -v java)" -version 2>&1 | head -1 || echo 'not installed')."
    echo "  Install Temurin 25 (Adoptium's temurin-25-jdk package) or any JDK 25, then set JAVA_HOME to it."
  } >&2
  return 1
}
