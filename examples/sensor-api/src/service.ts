// Assembles the service from config + store + app + server and ties its life to signals.
// Everything process-wide (env, stdout, the process's signals) is passed in, so tests run the
// whole service, shutdown included, inside the test process.

import { createApp, type LogFn } from './app.js'
import { readConfig, readPackageInfo, type Env } from './config.js'
import { startServer } from './server.js'
import { ReadingStore } from './store.js'

export type ShutdownSignal = 'SIGTERM' | 'SIGINT'

/** The part of `process` the service uses to learn it should stop. */
export interface SignalSource {
  on(event: ShutdownSignal, listener: (signal?: string) => void): unknown
  off(event: ShutdownSignal, listener: (signal?: string) => void): unknown
}

export interface ServiceOptions {
  env: Env
  log: LogFn
  signals: SignalSource
}

export interface RunningService {
  url: string
  port: number
  /** Graceful stop, the same path a signal takes; idempotent. */
  stop(): Promise<void>
  /** Settles once the server has closed, whichever way the stop began. */
  stopped: Promise<void>
}

const SIGNALS: readonly ShutdownSignal[] = ['SIGTERM', 'SIGINT']

export async function startService({ env, log, signals }: ServiceOptions): Promise<RunningService> {
  const config = readConfig(env)
  const pkg = readPackageInfo()
  const app = createApp({ store: new ReadingStore(), info: { ...pkg, revision: config.revision }, log })
  const server = await startServer(app, { port: config.port, host: config.host })
  log({ msg: 'listening', url: server.url, port: server.port, version: pkg.version, revision: config.revision })

  // `stopped` exists before any stop begins, so main can await it right away; the first stop
  // (signal or call) settles it and later ones share it.
  let settle!: { resolve: () => void; reject: (error: unknown) => void }
  const stopped = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> => {
    if (!stopping) {
      for (const signal of SIGNALS) signals.off(signal, onSignal)
      stopping = server.close(config.shutdownGraceMs).then(() => log({ msg: 'stopped' }))
      stopping.then(settle.resolve, settle.reject)
    }
    return stopping
  }
  // As PID 1 in a container, node gets no default SIGTERM behaviour: without a listener,
  // `podman stop`/Kubernetes would wait out their grace period and then SIGKILL.
  function onSignal(signal?: string): void {
    log({ msg: 'shutting down', signal })
    void stop()
  }
  for (const signal of SIGNALS) signals.on(signal, onSignal)

  return { url: server.url, port: server.port, stop, stopped }
}
