// Builds the Python base image and pushes it to a registry, returning a digest-pinned reference,
// the same way as sensor-api's Node base (../../sensor-api/base/): nothing can be pulled from a
// public registry here, so the root filesystem is made from this machine's own Debian python3:
// the interpreter, exactly the shared libraries `ldd` says it and its extension modules load,
// the standard library (without its tests, IDLE, Tk and the other parts a service never
// imports), a passwd with an unprivileged user, and /tmp. Every mtime is 0 and the build has
// --timestamp 0, so the same host files always give the same digest.
import { chmod, copyFile, cp, lutimes, mkdir, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildah } from '../../sensor-api/base/buildah.ts'
import { sharedLibraries } from '../../sensor-api/base/make-rootfs.mjs'

export interface PythonBaseImage {
  /** `<registryHost>/<repository>@sha256:...` */
  imageRef: string
  digest: string
}

const CONTAINERFILE = fileURLToPath(new URL('./Containerfile', import.meta.url))
const PYTHON = '/usr/bin/python3.11'
const STDLIB = '/usr/lib/python3.11'
/** Parts of the standard library a service never imports (and Debian's pip marker). */
const LEFT_OUT = new Set([
  'test',
  'idlelib',
  'tkinter',
  'turtledemo',
  'ensurepip',
  'lib2to3',
  'pydoc_data',
  '__pycache__',
  'config-3.11-x86_64-linux-gnu',
  'EXTERNALLY-MANAGED',
  'sitecustomize.py',
  'site-packages',
  'dist-packages',
])

const PASSWD = 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin\n'
const GROUP = 'root:x:0:\nnonroot:x:65532:\n'

/** Writes the root filesystem into `root` (replacing it). */
export async function makePythonRootfs(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true })
  await mkdir(root, { recursive: true })
  const placed = new Set<string>()
  const place = async (from: string, to = from): Promise<void> => {
    if (placed.has(to)) return
    placed.add(to)
    await mkdir(join(root, dirname(to)), { recursive: true })
    await copyFile(await realpath(from), join(root, to))
    await chmod(join(root, to), (await stat(from)).mode & 0o7777)
  }
  await place(PYTHON)
  await symlink('python3.11', join(root, '/usr/bin/python3'))
  for (const lib of await sharedLibraries(PYTHON)) await place(lib)
  // Symlinks inside the standard library are copied as the files they name.
  await cp(STDLIB, join(root, STDLIB), {
    recursive: true,
    dereference: true,
    filter: (src) =>
      !src
        .slice(STDLIB.length)
        .split('/')
        .some((part) => LEFT_OUT.has(part)),
  })
  // Extension modules load their own libraries (libssl for _ssl, libffi for _ctypes, ...).
  const dynload = join(STDLIB, 'lib-dynload')
  for (const module of (await readdir(dynload)).filter((f) => f.endsWith('.so')).sort()) {
    for (const lib of await sharedLibraries(join(dynload, module)).catch(() => [])) await place(lib)
  }
  await mkdir(join(root, 'etc'), { recursive: true })
  await writeFile(join(root, 'etc/passwd'), PASSWD, { mode: 0o644 })
  await writeFile(join(root, 'etc/group'), GROUP, { mode: 0o644 })
  await writeFile(join(root, 'etc/hosts'), '127.0.0.1 localhost\n::1 localhost\n', { mode: 0o644 })
  await mkdir(join(root, 'tmp'))
  await chmod(join(root, 'tmp'), 0o1777)
  await zeroTimes(root)
}

async function zeroTimes(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await zeroTimes(path)
    await lutimes(path, 0, 0)
  }
  await lutimes(dir, 0, 0)
}

/** Builds the base with buildah (storage under workDir) and pushes it to `registryHost` (plain HTTP). */
export async function buildPythonBase(opts: { registryHost: string; workDir: string; repository?: string }): Promise<PythonBaseImage> {
  const repository = opts.repository ?? 'python-base'
  if (!/^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/.test(repository)) throw new Error(`repository must be a lowercase OCI repository name, got "${repository}"`)
  const tag = `${opts.registryHost}/${repository}:3.11`
  const context = join(opts.workDir, 'python-base-context')
  const digestFile = join(opts.workDir, 'python-base.digest')
  await mkdir(opts.workDir, { recursive: true })
  await makePythonRootfs(join(context, 'rootfs'))
  await buildah(opts.workDir, ['build', '--isolation', 'chroot', '--timestamp', '0', '-f', CONTAINERFILE, '-t', tag, context])
  await buildah(opts.workDir, ['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${tag}`])
  const digest = (await readFile(digestFile, 'utf8')).trim()
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`buildah push wrote no digest to ${digestFile}: "${digest}"`)
  return { imageRef: `${opts.registryHost}/${repository}@${digest}`, digest }
}
