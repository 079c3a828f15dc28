export * from './check-run.js'
export * from './head-sha.js'
export * from './trim.js'
export * from './target.js'
