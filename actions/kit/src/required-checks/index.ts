export * from './checks.js'
export * from './merged-pull.js'
export * from './evidence.js'
export * from './evidence-run.js'
