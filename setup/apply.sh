#!/usr/bin/env bash
# Applies the rulesets (setup/rulesets/*.json: the five gates and the pull request rule on main,
# immutable vX.Y.Z tags) and the environments production, release and admin (required reviewers,
# deployable only from main and vX.Y.Z tags) to one repository. Needs only bash, curl and jq.
# Idempotent: a ruleset is found by name and replaced, an environment is put with the same
# settings, and its branch and tag patterns are added or removed to match.
#
#   GITHUB_TOKEN=<Administration: write (+ Members: read for teams)> \
#     bash setup/apply.sh octo-org/app alice,octo-org/platform
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="${1:-}"
reviewers="${2:-}"
api="${GITHUB_API_URL:-https://api.github.com}"
if [[ ! "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then
  echo "::error::repository \"$repo\" is not owner/name. Expected: bash setup/apply.sh octo-org/app alice,octo-org/platform" >&2
  exit 2
fi
if [ -z "$reviewers" ]; then
  echo "::error::reviewers is empty. Expected one to six users or org/team, comma-separated, e.g. alice,octo-org/platform" >&2
  exit 2
fi
if [ -z "${GITHUB_TOKEN:-}" ]; then
  echo "::error::GITHUB_TOKEN is empty. Expected a token with Administration: write on $repo" >&2
  exit 2
fi

# The token goes to curl on stdin as a header file, never in argv.
gh_api() {
  local method="$1" path="$2" body="${3:-}"
  local args=(-sS --fail-with-body -X "$method" -H @- -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28" "$api$path")
  if [ -n "$body" ]; then args+=(-H "Content-Type: application/json" --data-binary "$body"); fi
  printf 'Authorization: Bearer %s\n' "$GITHUB_TOKEN" | curl "${args[@]}"
}

for file in "$here"/rulesets/*.json; do
  name="$(jq -r .name "$file")"
  id="$(gh_api GET "/repos/$repo/rulesets?per_page=100&includes_parents=false" | jq -r --arg n "$name" '[.[] | select(.name == $n and .source_type == "Repository")][0].id // empty')"
  if [ -n "$id" ]; then
    gh_api PUT "/repos/$repo/rulesets/$id" "$(cat "$file")" >/dev/null
    echo "ruleset \"$name\": updated (id $id)"
  else
    id="$(gh_api POST "/repos/$repo/rulesets" "$(cat "$file")" | jq -r .id)"
    echo "ruleset \"$name\": created (id $id)"
  fi
done

list='[]'
IFS=',' read -ra names <<<"$reviewers"
for r in "${names[@]}"; do
  if [[ "$r" == */* ]]; then
    id="$(gh_api GET "/orgs/${r%%/*}/teams/${r#*/}" | jq -r .id)"
    list="$(jq -c --argjson id "$id" '. + [{type: "Team", id: $id}]' <<<"$list")"
  else
    id="$(gh_api GET "/users/$r" | jq -r .id)"
    list="$(jq -c --argjson id "$id" '. + [{type: "User", id: $id}]' <<<"$list")"
  fi
done

for env in $(jq -r '.environments[]' "$here/environments.json"); do
  body="$(jq -c --argjson reviewers "$list" '{prevent_self_review: true, reviewers: $reviewers, deployment_branch_policy: {protected_branches: false, custom_branch_policies: true}}' <<<'{}')"
  gh_api PUT "/repos/$repo/environments/$env" "$body" >/dev/null
  have="$(gh_api GET "/repos/$repo/environments/$env/deployment-branch-policies?per_page=100")"
  want="$(jq -c '.policies' "$here/environments.json")"
  jq -c --argjson want "$want" '.branch_policies[] | select(. as $p | $want | map(.name == $p.name and .type == $p.type) | any | not)' <<<"$have" | while read -r extra; do
    gh_api DELETE "/repos/$repo/environments/$env/deployment-branch-policies/$(jq -r .id <<<"$extra")" >/dev/null
    echo "environment \"$env\": - $(jq -r '.type + " " + .name' <<<"$extra")"
  done
  jq -c --argjson have "$have" '.policies[] | select(. as $p | $have.branch_policies | map(.name == $p.name and .type == $p.type) | any | not)' "$here/environments.json" | while read -r missing; do
    gh_api POST "/repos/$repo/environments/$env/deployment-branch-policies" "$missing" >/dev/null
    echo "environment \"$env\": + $(jq -r '.type + " " + .name' <<<"$missing")"
  done
  echo "environment \"$env\": reviewers $reviewers, deployable from $(jq -r '[.policies[] | .type + " " + .name] | join(" and ")' "$here/environments.json")"
done
