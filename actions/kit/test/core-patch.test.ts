import { afterEach, expect, test } from 'vitest'

// pnpm-workspace.yaml patches @actions/core to load its OIDC client inside getIDToken instead of at
// import time (0.9 MB out of every bundle's start-up). The function must still work when called.
const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
afterEach(() => {
  for (const [key, value] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

test('the patched getIDToken loads the OIDC client when called (it reaches its own check of the runner variables)', async () => {
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  const core = await import('@actions/core')
  await expect(core.getIDToken('sigstore')).rejects.toThrow('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
})

test('importing @actions/core no longer loads the OIDC client', async () => {
  const { readFile } = await import('node:fs/promises')
  const source = await readFile(new URL('../node_modules/@actions/core/lib/core.js', import.meta.url), 'utf8')
  expect(source).not.toMatch(/^import .*oidc-utils/m)
  expect(source).toContain("yield import('./oidc-utils.js')")
})
