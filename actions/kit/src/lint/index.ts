export * from './findings.js'
export * from './diff.js'
export * from './sonar.js'
