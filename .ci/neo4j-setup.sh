#!/usr/bin/env bash
# Build Marsad's Neo4j launcher (Neo4j Community 5.26 embedded, see neo4j-launcher/pom.xml) so that
# `marsad neo4j start` can run it. Maven fetches the artefacts into ~/.m2 once (cache that folder in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[neo4j]\033[0m %s\n' "$*" >&2; }
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "$tool not found: install Java 17+ and Maven (apt-get install openjdk-17-jdk-headless maven),"
    say "or use your own Neo4j 5 by setting MARSAD_NEO4J_URI, MARSAD_NEO4J_USER and MARSAD_NEO4J_PASSWORD"
    exit 1
  fi
done
say "building neo4j-launcher (first run downloads Neo4j from Maven Central)"
mvn -q -B -f neo4j-launcher/pom.xml package
say "built neo4j-launcher/target/neo4j-launcher.jar with $(ls neo4j-launcher/target/lib | wc -l) runtime jars"
