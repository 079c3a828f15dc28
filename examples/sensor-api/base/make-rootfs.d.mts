// Types for make-rootfs.mjs, which stays plain JavaScript so it runs with bare `node`.

export function sharedLibraries(executable: string): Promise<string[]>
export function parseLdd(output: string): string[]
export function makeRootfs(outDir: string, options?: { node?: string; busybox?: string }): Promise<{ root: string; files: string[]; shell: boolean }>
