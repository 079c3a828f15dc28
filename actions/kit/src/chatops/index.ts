export * from './command.js'
export * from './decisions.js'
export * from './dispatch.js'
