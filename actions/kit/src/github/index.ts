export * from './rest.js'
export * from './client.js'
export * from './deployments.js'
