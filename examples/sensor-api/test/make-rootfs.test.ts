// The base image's root filesystem, built from this machine's files into a temp dir.

import { lstat, mkdtemp, readFile, readlink, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRootfs, parseLdd, sharedLibraries } from '../base/make-rootfs.mjs'

describe('parseLdd', () => {
  it('takes mapped libraries and the loader, skipping the vdso', () => {
    const output = [
      '\tlinux-vdso.so.1 (0x00007ffc5e9f7000)',
      '\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f6c91000000)',
      '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f6c90e1e000)',
      '\t/lib64/ld-linux-x86-64.so.2 (0x00007f6c913a4000)',
      '',
    ].join('\n')
    expect(parseLdd(output)).toEqual(['/lib/x86_64-linux-gnu/libstdc++.so.6', '/lib/x86_64-linux-gnu/libc.so.6', '/lib64/ld-linux-x86-64.so.2'])
  })

  it('fails loudly on a missing library rather than building an image that cannot start', () => {
    expect(() => parseLdd('\tlibfoo.so.1 => not found\n')).toThrow(/missing library: libfoo.so.1/)
  })
})

describe('makeRootfs', () => {
  let dir: string
  let result: Awaited<ReturnType<typeof makeRootfs>>
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sensor-api-rootfs-'))
    result = await makeRootfs(join(dir, 'rootfs'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('places the running node binary at /usr/local/bin/node, executable', async () => {
    const node = await stat(join(result.root, 'usr/local/bin/node'))
    expect(node.size).toBe((await stat(process.execPath)).size)
    expect(node.mode & 0o111).toBe(0o111)
  })

  it('copies every library ldd lists, at the same path', async () => {
    const libs = await sharedLibraries(process.execPath)
    expect(libs.some((lib) => /ld-linux/.test(lib))).toBe(true)
    for (const lib of libs) {
      expect((await stat(join(result.root, lib))).isFile()).toBe(true)
      expect(result.files).toContain(lib)
    }
  })

  it('has a nonroot user 65532, a world-writable sticky /tmp and epoch mtimes', async () => {
    expect(await readFile(join(result.root, 'etc/passwd'), 'utf8')).toMatch(/^nonroot:x:65532:65532:/m)
    const tmp = await stat(join(result.root, 'tmp'))
    expect(tmp.mode & 0o7777).toBe(0o1777)
    expect((await stat(join(result.root, 'usr/local/bin/node'))).mtimeMs).toBe(0)
  })

  it('links /bin/sh to busybox when busybox-static is installed', async () => {
    const hasBusybox = await stat('/bin/busybox').then(
      () => true,
      () => false,
    )
    expect(result.shell).toBe(hasBusybox)
    if (hasBusybox) {
      expect((await lstat(join(result.root, 'bin/sh'))).isSymbolicLink()).toBe(true)
      expect(await readlink(join(result.root, 'bin/sh'))).toBe('busybox')
    }
  })

  it('leaves out busybox when it is absent', async () => {
    const other = await makeRootfs(join(dir, 'no-shell'), { busybox: join(dir, 'missing-busybox') })
    expect(other.shell).toBe(false)
    await expect(lstat(join(other.root, 'bin/sh'))).rejects.toThrow(/ENOENT/)
  })
})
