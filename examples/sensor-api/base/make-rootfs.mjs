#!/usr/bin/env node
// Builds the root filesystem of a minimal Node.js base image from this machine's own files,
// because no base image can be pulled here: the node binary, exactly the shared libraries
// `ldd` says it loads (and the dynamic loader), a passwd with an unprivileged user, /tmp,
// and a busybox shell when busybox-static is installed (handy for debugging, not needed to run).
//
//   node base/make-rootfs.mjs OUT_DIR
//
// Plain Node ESM with no dependencies so it runs before `pnpm install`, on any runner.
// OUT_DIR is replaced. Every mtime is set to 0 so the same host files always give the same
// layer, whichever builder copies them.

import { execFile } from 'node:child_process'
import { chmod, copyFile, lutimes, mkdir, readdir, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Absolute paths of the libraries `ldd` lists for an executable; [] for a static one. */
export async function sharedLibraries(executable) {
  let stdout
  try {
    ;({ stdout } = await run('ldd', [executable]))
  } catch (error) {
    // ldd exits 1 with "not a dynamic executable" for static binaries such as busybox-static.
    if (/not a dynamic executable/.test(`${error.stdout}${error.stderr}`)) return []
    throw error
  }
  return parseLdd(stdout)
}

/** Parses ldd output: "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" and
 * "/lib64/ld-linux-x86-64.so.2 (0x...)"; the kernel's vdso has no file and is skipped. */
export function parseLdd(output) {
  const paths = []
  for (const line of output.split('\n')) {
    const text = line.trim()
    if (text === '' || text.startsWith('linux-vdso') || text.startsWith('linux-gate')) continue
    if (/=>\s*not found/.test(text)) throw new Error(`ldd: missing library: ${text}`)
    const mapped = /=>\s*(\/\S+)/.exec(text)
    const direct = /^(\/\S+)\s+\(/.exec(text)
    const path = mapped?.[1] ?? direct?.[1]
    if (path) paths.push(path)
  }
  return paths
}

const PASSWD = [
  'root:x:0:0:root:/root:/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin',
  // The service image runs as USER 65532, the uid distroless images call "nonroot".
  'nonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin',
  '',
].join('\n')
const GROUP = ['root:x:0:', 'nogroup:x:65534:', 'nonroot:x:65532:', ''].join('\n')

/**
 * Writes the root filesystem into outDir (replacing it) and returns what it put there.
 * @param {string} outDir
 * @param {{ node?: string, busybox?: string }} [options]
 */
export async function makeRootfs(outDir, options = {}) {
  const root = resolve(outDir)
  const node = options.node ?? process.execPath
  const busybox = options.busybox ?? '/bin/busybox'
  await rm(root, { recursive: true, force: true })
  await mkdir(root, { recursive: true })

  const files = []
  // Copy the content behind symlinks (e.g. /lib64/ld-linux-x86-64.so.2 -> ...): the image needs
  // the bytes at the path the binary asks for, not the host's link layout.
  const place = async (from, to) => {
    const target = join(root, to)
    await mkdir(dirname(target), { recursive: true })
    await copyFile(await realpath(from), target)
    await chmod(target, (await stat(from)).mode & 0o7777)
    files.push(to)
  }

  await place(node, '/usr/local/bin/node')
  for (const lib of await sharedLibraries(node)) await place(lib, lib)

  let shell = false
  if (await exists(busybox)) {
    await place(busybox, '/bin/busybox')
    // Normally static; should a dynamic one be installed, its libraries come along too.
    for (const lib of await sharedLibraries(busybox)) if (!files.includes(lib)) await place(lib, lib)
    // The shell is /bin/sh; the other applets (ls, cat, wget...) get links too, since this
    // busybox's sh does not run applets by name on its own.
    const { stdout } = await run(busybox, ['--list'])
    const applets = new Set(['sh', ...stdout.split('\n').filter((name) => /^[\w.[-]+$/.test(name) && name !== 'busybox')])
    for (const applet of applets) await symlink('busybox', join(root, 'bin', applet))
    shell = true
  }

  await mkdir(join(root, 'etc'), { recursive: true })
  await writeFile(join(root, 'etc/passwd'), PASSWD, { mode: 0o644 })
  await writeFile(join(root, 'etc/group'), GROUP, { mode: 0o644 })
  // Without these, getaddrinfo("localhost") fails when a runtime does not inject its own.
  await writeFile(join(root, 'etc/hosts'), '127.0.0.1 localhost\n::1 localhost\n', { mode: 0o644 })
  await writeFile(join(root, 'etc/nsswitch.conf'), 'passwd: files\ngroup: files\nhosts: files dns\n', { mode: 0o644 })
  // Sticky and world-writable, like any /tmp: the nonroot user's home and scratch space.
  await mkdir(join(root, 'tmp'))
  await chmod(join(root, 'tmp'), 0o1777)

  await zeroTimes(root)
  return { root, files, shell }
}

async function exists(path) {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** Sets atime and mtime of every entry (links themselves, not their targets) to the epoch. */
async function zeroTimes(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await zeroTimes(path)
    await lutimes(path, 0, 0)
  }
  await lutimes(dir, 0, 0)
}

// Run as a script (not when imported for its functions).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2]
  if (!out) {
    console.error('usage: node make-rootfs.mjs OUT_DIR')
    process.exit(2)
  }
  const { root, files, shell } = await makeRootfs(out)
  console.log(JSON.stringify({ rootfs: root, files, shell }))
}
