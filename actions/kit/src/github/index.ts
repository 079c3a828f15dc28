export * from './rest.js'
export * from './octokit.js'
export * from './deployments.js'
