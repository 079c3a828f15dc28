// Runs podman against a private vfs store, with the flags this machine needs (found by trying):
// runc, because crun fails on this kernel's hybrid cgroups; cgroupfs, because there is no systemd
// to delegate cgroups; file events, because there is no journald; explicit ulimits, because
// without them podman fails to set the container's rlimits here.

import { runTool, storageFlags } from '../../base/buildah.ts'

export function podmanFlags(workDir: string): string[] {
  return [...storageFlags(workDir), '--runtime', 'runc', '--cgroup-manager', 'cgroupfs', '--events-backend', 'file']
}

export function podman(workDir: string, args: readonly string[]): Promise<string> {
  return runTool('podman', [...podmanFlags(workDir), ...args])
}

export const RUN_LIMITS = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096']
