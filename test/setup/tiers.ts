/**
 * The two test tiers, classified by what a test file starts, not by the folder it sits in.
 *
 * - unit (`pnpm test:unit`, vitest.unit.config.ts): sources only, in-process. No registry, no
 *   container engine, no emulator server, no bundle, no child process. Every test file is in
 *   this tier unless it is listed below; test/setup/no-processes.ts makes a unit test that
 *   spawns a process or listens on a socket fail, naming this file.
 * - integration (`pnpm test:integration`, vitest.integration.config.ts): the files below. Its
 *   setup (test/setup/fresh-dist.ts) first refuses bundles older than their sources.
 */

/** Where test files live (globs relative to the repository root). */
export const testFiles = ['actions/*/test/**/*.test.ts', 'test/**/*.test.ts', 'tools/**/*.test.ts', 'services/*/test/**/*.test.ts', 'bench/**/*.test.ts']

/** Test files that start something outside the test's own process; what, in the comment. */
export const integrationTests = [
  // The committed bundles through the runner harness (node processes), with the GitHub
  // emulator, a registry, buildah, Docker or the Kubernetes emulator as each needs.
  'test/build-image.test.ts',
  'test/build-once.test.ts',
  'test/chatops.test.ts',
  'test/code-quality.test.ts',
  'test/config-gate.test.ts',
  'test/config-gate-starter.test.ts',
  'test/config-gate-promote.test.ts',
  'test/integration-tests.test.ts',
  'test/notify.test.ts',
  'test/delivery-metrics.test.ts',
  'test/peer-review.test.ts',
  'test/preview.test.ts',
  'test/promote.test.ts',
  'test/gitops-controller.test.ts',
  'test/forged-gate.test.ts',
  'test/security-scan.test.ts',
  'test/unit-tests.test.ts',
  'tools/action-harness/run-action.test.ts',
  'test/workflow-bugs.test.ts',
  // ncc builds, git, the pipeline and the release tree (child processes).
  'test/check-dist.test.ts',
  'test/pipeline.test.ts',
  'test/starters.test.ts',
  'test/release-tree.test.ts',
  'test/release-workflow.test.ts',
  'test/required-checks.test.ts',
  'bench/actions.test.ts',
  'bench/relay.test.ts',
  // Registries, buildah, Docker and the fault proxy.
  'test/registry-copy.test.ts',
  'tools/parts/buildah.test.ts',
  'tools/parts/docker-engine.test.ts',
  'tools/parts/fault-proxy.test.ts',
  'tools/parts/registry.test.ts',
  // The GitHub and Kubernetes API emulators (HTTP servers), kubectl.
  'tools/github-emulator/emulator.test.ts',
  'tools/github-emulator/merge.test.ts',
  'tools/github-emulator/compare.test.ts',
  'test/environments.test.ts',
  'tools/kubernetes-emulator/client-node.test.ts',
  'tools/kubernetes-emulator/emulator.test.ts',
  'tools/kubernetes-emulator/gitops.test.ts',
  'actions/kit/test/k8s-client.test.ts',
  // Real processes and sockets under the kit's exec, Octokit transport and the port wait.
  'actions/kit/test/exec.test.ts',
  'actions/kit/test/octokit.test.ts',
  'actions/integration-tests/test/wait.test.ts',
  // The chat relay against the Slack and GitHub emulators, and kubectl kustomize.
  'services/chat-relay/test/github-app.test.ts',
  'services/chat-relay/test/manifests.test.ts',
  'services/chat-relay/test/relay.test.ts',
  // The workflow runner: workflows run against the emulators, with git and node steps.
  'tools/workflow-runner/test/actions.test.ts',
  'tools/workflow-runner/test/environments.test.ts',
  'tools/workflow-runner/test/events.test.ts',
  'tools/workflow-runner/test/fork.test.ts',
  'tools/workflow-runner/test/jobs.test.ts',
  'tools/workflow-runner/test/mirror-commit.test.ts',
  'tools/workflow-runner/test/permissions.test.ts',
  'tools/workflow-runner/test/reusable.test.ts',
  'tools/workflow-runner/test/stand-ins.test.ts',
  'tools/workflow-runner/test/starter-workflows.test.ts',
  'tools/workflow-runner/test/unsupported.test.ts',
]
