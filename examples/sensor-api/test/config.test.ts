import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readConfig, readPackageInfo } from '../src/config.ts'

describe('readConfig', () => {
  it('defaults to port 8080 on all interfaces, revision unknown', () => {
    expect(readConfig({})).toEqual({ port: 8080, host: undefined, revision: 'unknown', shutdownGraceMs: 10_000 })
  })

  it('reads PORT, HOST, REVISION and SHUTDOWN_GRACE_MS', () => {
    expect(readConfig({ PORT: '0', HOST: '127.0.0.1', REVISION: ' 0123abc ', SHUTDOWN_GRACE_MS: '250' })).toEqual({
      port: 0,
      host: '127.0.0.1',
      revision: '0123abc',
      shutdownGraceMs: 250,
    })
  })

  it('treats empty values as unset', () => {
    expect(readConfig({ PORT: '', HOST: ' ', REVISION: '' })).toMatchObject({ port: 8080, host: undefined, revision: 'unknown' })
  })

  it.each(['http', '-1', '65536', '80.5', '0x50'])('fails fast on PORT=%s, naming the variable', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(`PORT must be an integer from 0 to 65535, got "${port}"`)
  })
})

describe('readPackageInfo', () => {
  it("reads the service's own package.json by default", () => {
    expect(readPackageInfo()).toEqual({ name: 'sensor-api', version: '1.4.2' })
  })

  it('refuses a package.json without name and version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sensor-api-pkg-'))
    await writeFile(join(dir, 'package.json'), '{"type":"module"}')
    try {
      expect(() => readPackageInfo(pathToFileURL(join(dir, 'package.json')))).toThrow(/no string "name" and "version"/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
