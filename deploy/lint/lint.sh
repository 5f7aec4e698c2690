#!/usr/bin/env bash
# The API documents of every service, linted; an error fails the build (warnings are shown, not fatal):
# - the OpenAPI document each service's build writes (target/openapi): Redocly's recommended rules, and Spectral's
#   OpenAPI rules with OWASP's API Security Top 10 (.spectral.yaml says what is out of scope, and why);
# - its AsyncAPI document (src/main/resources/META-INF/asyncapi.yaml): AsyncAPI's own validation.
# A module that is not a Quarkus application yet (no quarkus-maven-plugin) has events only, and no OpenAPI document.
# A service is every module with an AsyncAPI document; the linters' versions are pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

npm install --no-audit --no-fund --loglevel=error
npx asyncapi config analytics --disable >/dev/null
mkdir -p target/openapi
services=0
for asyncapi in ../../*/src/main/resources/META-INF/asyncapi.yaml; do
  service=${asyncapi#../../}
  service=${service%%/*}
  echo "== $service"
  # a Quarkus application has a REST API, whose document its build writes; a module that is not one yet has events only
  if grep -q "<artifactId>quarkus-maven-plugin</artifactId>" "../../$service/pom.xml"; then
    openapi="../../$service/target/openapi/openapi.yaml"
    [[ -f $openapi ]] || { echo "$service has no $openapi: its build writes it (quarkus.smallrye-openapi.store-schema-directory)" >&2; exit 1; }
    # below this folder, so the rule overrides of .spectral.yaml (relative to it) apply
    cp "$openapi" "target/openapi/$service.yaml"
    npx redocly lint --extends recommended --format stylish "target/openapi/$service.yaml"
    npx spectral lint --ruleset .spectral.yaml --fail-severity error "target/openapi/$service.yaml"
  else
    echo "$service is not a Quarkus application yet: no REST API to lint"
  fi
  npx asyncapi validate "$asyncapi" --fail-severity error
  services=$((services + 1))
done
(( services > 0 )) || { echo "no service's AsyncAPI document found" >&2; exit 1; }
echo "API documents of $services services linted: no errors"
