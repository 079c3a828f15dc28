// Process entry point (`node dist/main.js`): the only module that touches process-wide state.

import { startService } from './service.js'

// One JSON object per line on stdout: what container log collectors parse best.
const log = (entry: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`)
}

try {
  const service = await startService({ env: process.env, log, signals: process })
  // Nothing else keeps the event loop alive, so the process exits by itself after a graceful stop.
  await service.stopped
} catch (error) {
  log({ msg: 'failed', level: 'error', error: error instanceof Error ? error.message : String(error) })
  process.exitCode = 1
}
